"""The progress line: silent at first, then bar, rate and ETA; erased at the end."""

from __future__ import annotations

import io

from newslint.progress import Progress


def test_progress_is_silent_for_short_runs() -> None:
    out = io.StringIO()
    p = Progress(1000, out, delay=60)
    p.advance(500, 10)
    p.close()
    assert out.getvalue() == ""


def test_progress_shows_share_articles_and_is_erased() -> None:
    out = io.StringIO()
    p = Progress(1000, out, delay=0)
    p._last = -1.0  # let the first update through regardless of the 0.1 s throttle
    p.advance(250, 40)
    text = out.getvalue()
    assert text.startswith("\r[######")
    assert " 25%" in text and "40 articles" in text and "ETA" in text
    p.close()
    assert out.getvalue().endswith("\r\x1b[K")


def test_progress_is_off_when_stderr_is_not_a_terminal(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from newslint.cli import main

    (tmp_path / "a.txt").write_text("The council met on Tuesday.\n", encoding="utf-8")
    main(["check", str(tmp_path / "a.txt"), "--no-cache"])
    assert "ETA" not in capsys.readouterr().err

"""Performance benchmark of issue 4: newslint against a bare baseline and peer tools.

    python bench/speed.py [--articles N] [--repeat R] [--quick] [--corpus FILE.jsonl]

One run measures, side by side on the same synthetic corpus (see ``_gen.py``):

1. throughput: newslint (default rules; console script with --jobs 1 and 2, start-up
   included, and ``pipeline.run`` in-process), a bare read + 50-phrase-regex baseline, and
   peers (proselint, datatrove's Gopher/C4/FineWeb filters) installed in their own venv;
2. corpus-rule scaling (NL501-NL503, NL505) at 1k, 10k and 100k articles;
3. the pre-commit case: re-check one changed article of an indexed 10,000-article folder;
4. start-up time, a per-rule breakdown and a cProfile summary (bench/out/profile.txt).

The machine is shared and noisy, so every number is a median of several runs, tools are
interleaved round by round (a noisy minute hurts all of them alike) and every target is a
ratio to a baseline measured in the same run. Nothing here fails hard: a tool that cannot
run is reported as "not available" with the reason.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _gen  # noqa: E402  (sibling module; bench/ is not a package)

OUT_DIR = HERE / "out"
PEERS = ("proselint", "gopher-quality", "gopher-repetition", "c4-quality", "fineweb-quality")
PEER_PACKAGES = ("proselint", "datatrove[processing]", "spacy")
DEFAULT_PEERS_VENV = Path(tempfile.gettempdir()) / "newslint-bench-peers"
CORPUS_CODES = "NL501,NL502,NL503,NL505"
SCALE_LIMIT_S = 300.0
DEFAULT_SCALE = "1000,10000,100000"  # a scaling size slower than this ends the scaling series


# --------------------------------------------------------------------------- processes


@dataclass
class Proc:
    """One finished child: wall and CPU seconds, peak RSS (KiB), exit code, stdout, stderr."""

    wall: float
    cpu: float
    maxrss_kb: int
    rc: int
    out: str
    err: str


def run_child(
    cmd: Sequence[str], *, cwd: Path | None = None, timeout: float = 1800.0, keep_out: bool = False
) -> Proc:
    """Run ``cmd``; wall time from fork to reap, peak RSS from ``wait4`` of that child.

    ``wait4`` reports the largest RSS of the child and of its reaped descendants (the
    --jobs workers), i.e. the peak of any one process, not their sum.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd), cwd=cwd, stdout=out if keep_out else subprocess.DEVNULL, stderr=err
        )
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait again
        out.seek(0)
        err.seek(0)
        return Proc(
            wall,
            usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss,
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def last_line(text: str, limit: int = 160) -> str:
    """The last non-empty line (the JSON payload, or the most telling error line)."""
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    # newslint ends a crash with a "this is a bug" hint: the error is the line before.
    errors = [ln for ln in lines if ln.startswith("newslint: error:")]
    line = errors[-1] if errors else (lines[-1] if lines else "no output")
    return line[:limit] if limit else line


def newslint_cmd(*args: str) -> list[str]:
    """The console script next to this interpreter (start-up included, as users run it)."""
    script = Path(sys.executable).with_name("newslint")
    return [str(script) if script.exists() else "newslint", *args]


def check_cmd(path: Path, jobs: int, *extra: str) -> list[str]:
    return newslint_cmd(
        "check", "--quiet", "--exit-zero", "--no-cache", "-j", str(jobs), *extra, str(path)
    )


# --------------------------------------------------------------------------- results


@dataclass
class Row:
    """Throughput of one tool: the runs so far and the corpus they covered."""

    name: str
    articles: int = 0
    size: int = 0
    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss_kb: int = 0
    note: str = ""
    error: str = ""

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None

    @property
    def rate(self) -> float | None:
        m = self.median
        return self.articles / m if m else None

    @property
    def cpu_rate(self) -> float | None:
        """Articles per CPU second (all processes): robust to a busy machine, blind to -j."""
        return self.articles / statistics.median(self.cpu) if self.cpu else None

    def add(self, seconds: float, cpu: float, articles: int, size: int, rss_kb: int) -> None:
        self.times.append(seconds)
        self.cpu.append(cpu)
        self.articles, self.size = articles, size
        self.rss_kb = max(self.rss_kb, rss_kb)


def fmt_rate(row: Row) -> str:
    if row.error or row.rate is None:
        return f"{row.name:<28} not available: {row.error or 'no run'}"
    m = row.median or 0.0
    return (
        f"{row.name:<28} {row.rate:>8.1f} {row.size / 1e6 / m:>6.2f} {row.cpu_rate or 0:>8.1f}"
        f" {row.rss_kb / 1024:>7.0f} {m:>8.2f} {len(row.times):>4}  {row.note}"
    )


def ratio(a: Row, b: Row) -> float | None:
    if a.rate is None or b.rate is None or a.error or b.error:
        return None
    return a.rate / b.rate


def verdict(
    label: str, value: float | None, target: float, unit: str = "x", less: bool = False
) -> str:
    if value is None:
        return f"{label:<52} {'n/a':>9}   target {'<' if less else '>='} {target}{unit}  SKIP"
    ok = value < target if less else value >= target
    return (
        f"{label:<52} {value:>8.2f}{unit}   target {'<' if less else '>='} {target}{unit}"
        f"  {'PASS' if ok else 'FAIL'}"
    )


# --------------------------------------------------------------------------- peers venv


def ensure_peers_venv(venv: Path, install: bool) -> tuple[Path | None, str]:
    """The peers' interpreter, creating the venv and installing them if asked; else a reason."""
    python = venv / "bin" / "python"
    if python.exists():
        return python, ""
    if not install:
        return None, f"no peers venv at {venv} (run without --no-install to create it)"
    print(f"# creating peers venv {venv} (pip install {' '.join(PEER_PACKAGES)})", flush=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"venv creation failed: {exc}"
    # One package at a time: a datatrove failure must not take proselint down with it (the
    # adapter of a missing package then reports its own ImportError as the reason).
    for package in PEER_PACKAGES:
        try:
            res = subprocess.run(
                [str(python), "-m", "pip", "install", "-q", package],
                capture_output=True,
                text=True,
                timeout=1200,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            print(f"# pip install {package} failed: {exc}", flush=True)
            continue
        if res.returncode != 0:
            print(f"# pip install {package} failed: {last_line(res.stderr)}", flush=True)
    return python, ""


def run_adapter(python: Path, tool: str, corpus: Path, *extra: str) -> tuple[dict[str, Any], Proc]:
    """Run one ``_peers.py`` mode under ``python``; its JSON payload and the process."""
    proc = run_child(
        [str(python), str(HERE / "_peers.py"), tool, str(corpus), *extra], keep_out=True
    )
    try:
        payload = json.loads(last_line(proc.out, 0) if proc.out.strip() else "{}")
    except json.JSONDecodeError:
        payload = {}
    if not payload.get("ok"):
        reason = payload.get("error") or f"exit {proc.rc}: {last_line(proc.err)}"
        payload = {"ok": False, "error": reason}
    return payload, proc


# --------------------------------------------------------------------------- sections


def throughput(
    corpus: Path,
    peer_corpus: Path,
    txt_dir: Path | None,
    repeat: int,
    peers_python: Path | None,
    peers_reason: str,
    budget: float,
) -> dict[str, Row]:
    """Section 1: every tool, ``repeat`` rounds, interleaved; medians per tool."""
    articles = sum(1 for _ in corpus.open("rb"))
    size = sum(len(t.encode("utf-8")) for t in _load_texts(corpus))
    rows: dict[str, Row] = {
        "baseline": Row("baseline (read+50-phrase re)"),
        "j1": Row("newslint CLI -j1", note="console script, start-up included"),
        "j2": Row("newslint CLI -j2", note="console script, start-up included"),
        "inproc": Row("newslint pipeline.run j1", note="in-process, no start-up"),
    }
    if txt_dir is not None:
        rows["txt-j1"] = Row("newslint CLI -j1 .txt folder", note="one file per article")
        rows["txt-j2"] = Row("newslint CLI -j2 .txt folder", note="one file per article")
    for peer in PEERS:
        rows[peer] = Row(peer, error="" if peers_python else peers_reason)
    spent: dict[str, float] = {}
    for rnd in range(repeat):
        for key, row in rows.items():
            if row.error:
                continue
            # Slow tools stop repeating once they have 3 runs and used their time budget.
            if len(row.times) >= 3 and spent.get(key, 0.0) > budget:
                continue
            t0 = time.perf_counter()
            _measure(key, row, corpus, peer_corpus, txt_dir, articles, size, peers_python)
            spent[key] = spent.get(key, 0.0) + time.perf_counter() - t0
        print(f"# throughput round {rnd + 1}/{repeat} done", flush=True)
    return rows


def _measure(
    key: str,
    row: Row,
    corpus: Path,
    peer_corpus: Path,
    txt_dir: Path | None,
    articles: int,
    size: int,
    peers_python: Path | None,
) -> None:
    if key in ("j1", "j2", "txt-j1", "txt-j2"):
        target = txt_dir if key.startswith("txt") and txt_dir is not None else corpus
        proc = run_child(check_cmd(target, int(key[-1])))
        if proc.rc != 0:
            row.error = f"exit {proc.rc}: {last_line(proc.err)}"
            return
        row.add(proc.wall, proc.cpu, articles, size, proc.maxrss_kb)
        return
    if key in ("baseline", "inproc"):
        python, tool, path = Path(sys.executable), "baseline", corpus
        if key == "inproc":
            tool = "newslint-inproc"
    else:
        assert peers_python is not None
        python, tool, path = peers_python, key, peer_corpus
    payload, proc = run_adapter(python, tool, path)
    if not payload["ok"]:
        row.error = payload["error"]
        return
    row.add(
        payload["seconds"],
        payload["cpu_seconds"],
        payload["articles"],
        payload["bytes"],
        proc.maxrss_kb,
    )
    if key in PEERS:
        row.note = f"{payload['version']}, first {payload['articles']} articles, warm"
    elif key == "baseline":
        row.note = "warm, same venv as newslint"


def _load_texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


CLI_HOW = "CLI -j2"
DIRECT_HOW = "in-process key+reduce (the CLI cannot select NL5xx yet)"


def _corpus_run(path: Path, how: str) -> tuple[float, float, int, str]:
    """One timed corpus-rule run: (wall s, CPU s, peak RSS KiB, error or "")."""
    if how == CLI_HOW:
        proc = run_child(check_cmd(path, 2, "--select", CORPUS_CODES), timeout=SCALE_LIMIT_S * 2)
        err = "" if proc.rc == 0 else f"exit {proc.rc}: {last_line(proc.err)}"
        return proc.wall, proc.cpu, proc.maxrss_kb, err
    me = Path(sys.executable)
    payload, proc = run_adapter(me, "newslint-corpus", path, CORPUS_CODES)
    if not payload["ok"]:
        return 0.0, 0.0, 0, payload["error"]
    return payload["seconds"], payload["cpu_seconds"], proc.maxrss_kb, ""


def scaling(big: Path, sizes: Sequence[int], repeat: int, work: Path) -> list[dict[str, Any]]:
    """Section 2: corpus rules alone at growing sizes (prefixes of one generated corpus)."""
    rows: list[dict[str, Any]] = []
    how = CLI_HOW
    for n in sizes:
        path = work / f"scale-{n}.jsonl"
        _gen.head_jsonl(big, path, n)
        row: dict[str, Any] = {"n": n, "error": "", "times": [], "cpu": [], "rss_kb": 0}
        for _ in range(repeat if n <= 10_000 else 1):  # 100k runs once: minutes each
            wall, cpu, rss, err = _corpus_run(path, how)
            if err and how == CLI_HOW and "unknown rule reference" in err:
                how = DIRECT_HOW  # rules not registered in the CLI yet: time them directly
                wall, cpu, rss, err = _corpus_run(path, how)
            if err:
                row["error"] = err
                break
            row["times"].append(wall)
            row["cpu"].append(cpu)
            row["rss_kb"] = max(row["rss_kb"], rss)
            if wall > SCALE_LIMIT_S:
                break
        row["how"] = how
        path.unlink()
        rows.append(row)
        print(f"# scaling {n} done", flush=True)
        if row["error"] or (row["times"] and statistics.median(row["times"]) > SCALE_LIMIT_S):
            break
    return rows


def precommit(big: Path, n: int, work: Path, repeat: int) -> dict[str, Any]:
    """Section 3: `newslint index` a folder of ``n`` .txt files, then re-check one changed."""
    folder = work / "precommit"
    _gen.write_txt_folder(folder, big, limit=n)
    files = sorted(folder.glob("*.txt"))
    result: dict[str, Any] = {"n": len(files)}
    proc = run_child(newslint_cmd("index", "."), cwd=folder, timeout=1800)
    result["index_s"] = proc.wall
    result["index_error"] = "" if proc.rc == 0 else f"exit {proc.rc}: {last_line(proc.err)}"
    changed = files[len(files) // 2]
    with changed.open("a", encoding="utf-8") as fh:
        fh.write("\nOfficials said on Friday that the review would be published next month.\n")
    times: list[float] = []
    err = ""
    for _ in range(max(repeat, 5)):
        p = run_child(newslint_cmd("check", "--quiet", "--exit-zero", changed.name), cwd=folder)
        if p.rc != 0:
            err = f"exit {p.rc}: {last_line(p.err)}"
            break
        times.append(p.wall)
    result.update(times=times, error=err)
    shutil.rmtree(folder, ignore_errors=True)
    return result


def startup(small: Path, runs: int) -> dict[str, list[float]]:
    """Section 4a: `newslint --version` and linting one small file, ``runs`` times each."""
    out: dict[str, list[float]] = {"version": [], "one-file": []}
    for _ in range(runs):
        p = run_child(newslint_cmd("--version"))
        if p.rc == 0:
            out["version"].append(p.wall)
        p = run_child(newslint_cmd("check", "--quiet", "--exit-zero", "--no-cache", str(small)))
        if p.rc == 0:
            out["one-file"].append(p.wall)
    return out


# --------------------------------------------------------------------------- report


def report(args: argparse.Namespace, res: dict[str, Any]) -> str:
    """The printed report: a header, then one block per section that ran."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    out = [
        f"newslint speed benchmark  {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
        f"  ({cores} cores, Python {sys.version.split()[0]})",
        f"load average at start/end: {args.load_start} / {_load()}"
        "  (above the core count means other work competed for the CPUs)",
        f"corpus: {args.articles} synthetic articles, {res['mb']:.1f} MB of text (1-5 KB each,"
        f" ~2% exact + ~2% near duplicates); medians of up to {args.repeat} runs",
        "",
    ]
    if "rows" in res:
        out += _throughput_section(res["rows"])
    if "scale" in res:
        out += _scale_section(res["scale"])
    if "pre" in res:
        out += _precommit_section(res["pre"])
    if "start" in res:
        out += _startup_section(res["start"])
    if "rules" in res:
        out.append(_rules_section(res["rules"]))
    if "prof" in res:
        out.append(_profile_section(res["prof"]))
    return "\n".join(out)


def _throughput_section(rows: dict[str, Row]) -> list[str]:
    out = [
        "## Throughput (default rule set)",
        f"{'tool':<28} {'art/s':>8} {'MB/s':>6} {'art/cpu-s':>8} {'peakMiB':>7} {'median_s':>8}"
        f" {'runs':>4}  notes",
        *(fmt_rate(row) for row in rows.values()),
        "",
        "## Ratios and targets (articles/s, wall clock)",
    ]
    j1, j2, base = rows["j1"], rows["j2"], rows["baseline"]
    out.append(verdict("newslint -j1 / gopher-quality", ratio(j1, rows["gopher-quality"]), 10))
    out.append(verdict("newslint -j1 / proselint", ratio(j1, rows["proselint"]), 10))
    out.append(verdict("newslint -j1 / baseline", ratio(j1, base), 0.25))
    out.append(verdict("newslint -j2 / -j1", ratio(j2, j1), 1.7))
    out.append(verdict("(info) pipeline.run j1 / baseline", ratio(rows["inproc"], base), 0.25))
    if "txt-j1" in rows:
        out.append(
            verdict("(info) .txt folder -j2 / -j1", ratio(rows["txt-j2"], rows["txt-j1"]), 1.7)
        )
    return [*out, ""]


def _scale_section(scale: list[dict[str, Any]]) -> list[str]:
    out = [
        f"## Corpus rules alone ({CORPUS_CODES}; {scale[-1]['how'] if scale else '-'})",
        f"{'articles':>9} {'median_s':>9} {'ms/article':>11} {'cpu_s':>8} {'peakMiB':>8}"
        f" {'runs':>4}",
    ]
    for r in scale:
        if r["error"]:
            out.append(f"{r['n']:>9} not available: {r['error']}")
            continue
        m, cpu = statistics.median(r["times"]), statistics.median(r["cpu"])
        out.append(
            f"{r['n']:>9} {m:>9.2f} {1000 * m / r['n']:>11.3f} {cpu:>8.2f}"
            f" {r['rss_kb'] / 1024:>8.0f} {len(r['times']):>4}"
        )
        if m > SCALE_LIMIT_S:
            out.append(f"{'':>9} over {SCALE_LIMIT_S:.0f} s: scaling stopped here")
    by_n = {r["n"]: r for r in scale if r["times"] and not r["error"]}
    if 10_000 in by_n and 100_000 in by_n:
        a, b = by_n[10_000], by_n[100_000]
        growth = statistics.median(b["times"]) / statistics.median(a["times"])
        out.append(verdict("growth 10k->100k / linear (10x), wall", growth / 10, 1.5, less=True))
        cpu_growth = statistics.median(b["cpu"]) / statistics.median(a["cpu"])
        out.append(verdict("(info) same, CPU seconds", cpu_growth / 10, 1.5, less=True))
        per = (b["rss_kb"] - a["rss_kb"]) * 1024 / 90_000
        out.append(
            f"{'peak RSS growth per article 10k->100k':<52} {per:>8.0f} B   (target < 1 KiB)"
        )
    else:
        out.append(verdict("growth 10k->100k / linear (10x)", None, 1.5, less=True))
    return [*out, ""]


def _precommit_section(pre: dict[str, Any]) -> list[str]:
    state = "indexed" if not pre["index_error"] else f"index not wired ({pre['index_error']})"
    out = [
        "## Pre-commit: re-check 1 changed article of an indexed corpus",
        f"corpus: {pre['n']} .txt files; `newslint index .` {pre['index_s']:.1f} s; {state}",
    ]
    if pre["error"]:
        out.append(f"re-check failed: {pre['error']}")
    value = statistics.median(pre["times"]) if pre["times"] else None
    label = "`newslint check <1 file>` wall, start-up incl. (s)"
    out.append(verdict(label, value, 1.0, "s", less=True))
    return [*out, ""]


def _startup_section(start: dict[str, list[float]]) -> list[str]:
    out = ["## Start-up (median of runs)"]
    for key, label in (
        ("version", "newslint --version"),
        ("one-file", "newslint check <1 small file>"),
    ):
        vals = start.get(key) or []
        text = f"{statistics.median(vals):.3f} s ({len(vals)} runs)" if vals else "failed"
        out.append(f"{label:<40} {text}")
    return [*out, ""]


def _rules_section(rules: dict[str, Any]) -> str:
    if not rules.get("ok"):
        return f"## Per-rule time\nnot available: {rules.get('error')}\n"
    per = rules["per_rule"]
    total = sum(per.values()) or 1e-9
    n = rules["articles"]
    lines = [f"## Per-rule time (each rule alone over {n} articles, in-process)"]
    lines.append(f"{'rule':<36} {'ms/article':>10} {'share':>7}")
    for name, sec in sorted(per.items(), key=lambda kv: -kv[1]):
        lines.append(f"{name:<36} {1000 * sec / n:>10.3f} {100 * sec / total:>6.1f}%")
    lines.append(f"{'sum of rules':<36} {1000 * total / n:>10.3f}")
    return "\n".join(lines) + "\n"


def _profile_section(prof: dict[str, Any]) -> str:
    if not prof.get("ok"):
        return f"## Profile\nnot available: {prof.get('error')}\n"
    lines = [f"## Profile (cProfile, pipeline.run j1, {prof['total_s']:.1f} s under the profiler)"]
    libs = ", ".join(f"{k} {100 * v:.1f}%" for k, v in list(prof["libs"].items())[:6])
    lines.append(f"own time by package: {libs}")
    lines.append("top cumulative:")
    for name, share in prof["top_cum"][:15]:
        lines.append(f"  {100 * share:5.1f}%  {name}")
    lines.append("top own time:")
    for name, share in prof["top_own"][:12]:
        lines.append(f"  {100 * share:5.1f}%  {name}")
    lines.append("language detection (cumulative):")
    for name, share in sorted(prof["language"].items(), key=lambda kv: -kv[1]):
        lines.append(f"  {100 * share:5.1f}%  {name}")
    lines.append(f"(full listing: {prof['listing']})")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- main


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - platforms without it
        return "n/a"


SECTIONS = ("throughput", "startup", "profile", "scale", "precommit")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=5000, help="corpus size (default 5000)")
    p.add_argument("--repeat", type=int, default=5, help="runs per tool (default 5)")
    p.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run of seconds")
    p.add_argument("--corpus", type=Path, help="use this JSONL (field `text`) instead")
    p.add_argument(
        "--peer-articles",
        type=int,
        default=1000,
        help="peers run on the first N articles (they manage ~75/s; default 1000)",
    )
    p.add_argument("--peers-venv", type=Path, default=DEFAULT_PEERS_VENV)
    p.add_argument("--no-install", action="store_true", help="never create the peers venv")
    p.add_argument("--no-peers", action="store_true")
    p.add_argument("--no-txt", action="store_true", help="skip the .txt-folder rows")
    p.add_argument("--scale", default=DEFAULT_SCALE, help="corpus-rule sizes")
    p.add_argument(
        "--out-dir", type=Path, default=OUT_DIR, help="report and profile go here (bench/out)"
    )
    p.add_argument("--precommit-articles", type=int, default=10_000)
    p.add_argument("--profile-articles", type=int, default=2000)
    p.add_argument(
        "--budget",
        type=float,
        default=90.0,
        help="seconds per tool after which it stops repeating (min 3 runs)",
    )
    p.add_argument("--keep", action="store_true", help="keep the temporary corpus folder")
    p.add_argument(
        "--sections", default=",".join(SECTIONS), help=f"comma list of: {', '.join(SECTIONS)}"
    )
    args = p.parse_args(argv)
    if args.quick:
        args.articles, args.repeat = min(args.articles, 200), 1
        args.peer_articles = min(args.peer_articles, 50)
        if args.scale == DEFAULT_SCALE:
            args.scale = "200,500"
        args.precommit_articles, args.profile_articles = 200, 100
        args.no_install = True
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    # SIGTERM should still remove the temporary corpus (hundreds of MB at 100k articles).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    work = Path(tempfile.mkdtemp(prefix="newslint-speed-"))
    try:
        return _main(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def _main(args: argparse.Namespace, work: Path) -> int:
    args.load_start = _load()
    sizes = [int(s) for s in args.scale.split(",") if s.strip()]
    wanted = args.sections.split(",")
    biggest = max(
        [
            args.articles,
            args.precommit_articles if "precommit" in wanted else 0,
            *(sizes if "scale" in wanted else []),
        ]
    )
    t0 = time.perf_counter()
    big = work / "big.jsonl"
    _gen.write_jsonl(big, biggest)
    print(
        f"# generated {biggest} articles in {time.perf_counter() - t0:.1f} s ({work})", flush=True
    )
    corpus = work / "corpus.jsonl"
    if args.corpus:
        shutil.copyfile(args.corpus, corpus)
        args.articles = sum(1 for _ in corpus.open("rb"))
    else:
        _gen.head_jsonl(big, corpus, args.articles)
    peer_corpus = work / "peers.jsonl"
    _gen.head_jsonl(corpus, peer_corpus, args.peer_articles)
    txt_dir = None
    if not args.no_txt and "throughput" in args.sections:
        txt_dir = work / "txt"
        _gen.write_txt_folder(txt_dir, corpus)

    sections = set(args.sections.split(","))
    res: dict[str, Any] = {"mb": corpus.stat().st_size / 1e6}
    if "throughput" in sections:
        if args.no_peers:
            peers_python, reason = None, "skipped (--no-peers)"
        else:
            peers_python, reason = ensure_peers_venv(args.peers_venv, install=not args.no_install)
        rows = throughput(
            corpus, peer_corpus, txt_dir, args.repeat, peers_python, reason, args.budget
        )
        res["rows"] = rows
        res["mb"] = rows["baseline"].size / 1e6 or res["mb"]
    if txt_dir is not None:
        shutil.rmtree(txt_dir, ignore_errors=True)
    if "startup" in sections:
        small = work / "small.txt"
        # A plain English article: one with a foreign paragraph would add langdetect's
        # profile loading (~0.7 s, reported by the profile section) to the start-up figure.
        plain = next(r for r in _gen.generate(50) if not any(f in r["text"] for f in _gen.FOREIGN))
        small.write_text(plain["text"], encoding="utf-8")
        res["start"] = startup(small, 3 if args.quick else 10)
    if "profile" in sections:
        prof_corpus = work / "profile.jsonl"
        _gen.head_jsonl(corpus, prof_corpus, args.profile_articles)
        me = Path(sys.executable)
        res["rules"], _ = run_adapter(me, "newslint-rules", prof_corpus)
        out = str(args.out_dir / "profile.txt")
        res["prof"], _ = run_adapter(me, "newslint-profile", prof_corpus, out)
        res["prof"]["listing"] = out
        print("# per-rule and profile done", flush=True)
    if "scale" in sections:
        res["scale"] = scaling(big, sizes, 1 if args.quick else 3, work)
    if "precommit" in sections:
        res["pre"] = precommit(big, args.precommit_articles, work, 3 if args.quick else 5)

    text = report(args, res)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "speed-report.txt").write_text(text + "\n", encoding="utf-8")
    print(text)
    print(f"\n# total benchmark time {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

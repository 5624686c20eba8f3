"""Every built-in YAML rule's own examples: each bad one fires that rule, each good one does not."""

from __future__ import annotations

from typing import Any

import pytest
from ruamel.yaml import YAML

from newslint.packs import builtin_pack_dir, builtin_pack_rules, pack_files
from tests.conftest import lint_text


def _cases() -> list[Any]:
    cases = []
    for path in pack_files(builtin_pack_dir()):
        pack = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        for rule in pack["rules"]:
            for kind in ("bad", "good"):
                for i, text in enumerate(rule["examples"][kind]):
                    case_id = f"{rule['code']}-{kind}-{i}"
                    cases.append(pytest.param(rule["code"], kind, text, id=case_id))
    return cases


CASES = _cases()


def test_every_builtin_pack_rule_has_examples() -> None:
    codes = {c.values[0] for c in CASES}
    assert codes == {r.meta.code for r in builtin_pack_rules()}
    assert "NL202" in codes


@pytest.mark.parametrize(("code", "kind", "text"), CASES)
def test_example(code: str, kind: str, text: str) -> None:
    codes = [f.code for f in lint_text(text, code)]
    if kind == "bad":
        assert code in codes, f"{code} did not fire on its bad example {text!r}"
    else:
        assert codes == [], f"{code} fired on its good example {text!r}"

"""Nesting depth is counted without recursion: exact at the limit, whatever the bracket kinds, and
brackets inside strings are text."""

import pytest

from api.json_input import nul_field, too_deep


def objects(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


@pytest.mark.parametrize("make", [objects, lambda d: "[" * d + "]" * d, lambda d: "[{" * (d // 2) + "}]" * (d // 2),
                                  lambda d: '{"a":[' * (d // 2) + "]}" * (d // 2)])
def test_depth_is_exact_at_the_limit(make):
    assert not too_deep(make(32)) and too_deep(make(34))
    assert not too_deep(make(32).encode()) and too_deep(make(34).encode())


def test_brackets_in_strings_and_siblings_do_not_count():
    assert not too_deep('["' + "[" * 1000 + '", "\\"[[[["]')
    assert not too_deep("[" + "[]," * 100_000 + "[]]")
    assert too_deep("[" * 100)  # unclosed, but it opens 100 levels


def test_the_first_nul_is_named_by_its_path():
    assert nul_field({"a": [1, {"b": "x\x00"}]}) == "a[1].b"
    assert nul_field({"ok": "fine", "list": ["a", "b"]}) is None
    assert nul_field("\x00") == "body"

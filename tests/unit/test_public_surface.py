"""The domain's public surface: every name it lists loads, from the module that defines it."""

from __future__ import annotations

import importlib

import advisor


def test_every_public_name_loads_and_comes_from_its_own_module() -> None:
    assert set(advisor.__all__) == set(advisor._WHERE)
    for name in advisor.__all__:
        value = getattr(advisor, name)
        module = importlib.import_module(f"advisor.{advisor._WHERE[name]}")
        assert getattr(module, name) is value, name


def test_a_case_can_be_judged_shared_and_written_from_the_package_alone() -> None:
    case = advisor.example_case()
    assert advisor.decode(advisor.encode(case)) == case
    assert advisor.evaluate(case).verdict in advisor.Verdict
    assert advisor.to_markdown(case).startswith("#")

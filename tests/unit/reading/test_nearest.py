"""The second opinion: the bundled model loads without the network and reads like its exemplars."""

from __future__ import annotations

import socket

import numpy as np
import pytest

from advisor.reading import nearest
from advisor.reading.topics import read


def test_the_model_never_reaches_for_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the reader tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    nearest._model.cache_clear()
    nearest._bank.cache_clear()
    try:
        assert read("The salary is lower than I hoped").topic.value == "pay"
        vector = nearest.embed("Night shifts")
        assert vector.shape == (256,) and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5
    finally:
        nearest._model.cache_clear()
        nearest._bank.cache_clear()


def test_a_reason_reads_like_the_exemplars_of_its_topic() -> None:
    assert nearest.guess("My pay would go down a lot").topic.value == "pay"
    assert nearest.guess("They sell weapons").core


def test_an_empty_reason_embeds_to_nothing_and_guesses_nothing_sure() -> None:
    assert not nearest.embed("").any()
    assert nearest.guess("").likeness == 0.0


def test_the_exemplars_are_labelled_with_the_set() -> None:
    rows = nearest.exemplar_rows()
    assert len(rows) >= 400
    assert {row["source"] for row in rows} == {"own", "tuning"}
    assert all(row["kind"] in ("core", "negotiable") and row["reason"].strip() for row in rows)

"""A second opinion on a reason: the labelled reasons it reads most like (``exemplars.tsv``).

Each reason is turned into a 256-number vector by ``wordllama``'s small bundled model (the mean
of its words' vectors; about 0.03 ms a reason) and compared with every exemplar: the nearest
ones vote for a topic and a sort, weighted by how alike they are. Clauses count as in the word
reader (``advisor.reading.clauses``): "I love the work but the pay is low" is embedded mostly
as "the pay is low".

The exemplars are reasons written for this file in plain words, plus the corpus's tuning rows
(``source`` says which); never the held-out rows.

The model is read from the two files inside the installed wheel (tokenizer and weights) with
``tokenizers`` and ``safetensors``, not through ``wordllama.WordLlama.load``: importing the
``wordllama`` package calls ``logging.basicConfig`` on the app's root logger, and its loader
downloads from Hugging Face when a file is not where it expects it (0.4.0 looks for its
tokenizer under ``tokenizer/``, the wheel has it under ``tokenizers/``). Reading the files
directly never touches the network; the pooling is wordllama's own (mean, then unit length).
"""

from __future__ import annotations

import csv
import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from advisor.reading.clauses import clauses, fold
from advisor.reading.topic_set import Topic

_EXEMPLARS = Path(__file__).with_name("exemplars.tsv")
_TOKENIZER = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
_WEIGHTS = Path("weights") / "l2_supercat_256.safetensors"
# How many exemplars vote: chosen by 5-fold cross-validation on the tuning rows and own exemplars.
NEIGHBOURS = 7

Vector = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Guess:
    """What the nearest exemplars say: their topic, the share of their vote for core, and how
    alike the nearest one is (cosine, 1 is the same words)."""

    topic: Topic
    core_share: float
    likeness: float

    @property
    def core(self) -> bool:
        return self.core_share >= 0.5

    @property
    def agreement(self) -> float:
        """How one-sided the vote on the sort is, from 0.5 (split) to 1 (all alike)."""
        return max(self.core_share, 1.0 - self.core_share)


@dataclass(frozen=True, slots=True)
class _Model:
    tokenizer: Any  # tokenizers.Tokenizer
    vectors: Vector  # one row per token id


@functools.cache
def _model() -> _Model:
    """The model, read once per process from the installed wheel's files.

    Cached in the process on purpose: it is read-only data shipped with the code (16 MB), the
    same for every visitor, and holds nothing of anyone's words.
    """
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    spec = importlib.util.find_spec("wordllama")  # finds the folder without importing the package
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("wordllama is not installed (see requirements.txt)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    tokenizer = Tokenizer.from_file(str(folder / _TOKENIZER))
    vectors = load_file(str(folder / _WEIGHTS))["embedding.weight"].astype(np.float32)
    return _Model(tokenizer, vectors)


def _mean(model: _Model, text: str) -> Vector | None:
    ids = model.tokenizer.encode(text, add_special_tokens=False).ids
    if not ids:
        return None
    vector: Vector = model.vectors[np.clip(ids, 0, len(model.vectors) - 1)].mean(axis=0)
    return vector


def embed(text: str) -> Vector:
    """A reason as a unit vector: its clauses' vectors weighted as the word reader weighs them
    (what follows "but" more than the concession, nothing after "it's not about")."""
    model = _model()
    total = np.zeros(model.vectors.shape[1], dtype=np.float32)
    folded = fold(text)
    for clause in clauses(folded):
        end = min(clause.end, clause.ruled_out_from, clause.yardstick_from)
        part = _mean(model, text[clause.start:end]) if clause.weight > 0 else None
        if part is not None:
            total += clause.weight * part
    if not total.any():
        whole = _mean(model, text)
        total = whole if whole is not None else total
    norm = float(np.linalg.norm(total))
    return total / norm if norm else total


@dataclass(frozen=True, slots=True)
class Bank:
    """Labelled reasons and their vectors."""

    topics: tuple[Topic, ...]
    cores: npt.NDArray[np.bool_]
    vectors: Vector


def exemplar_rows() -> list[dict[str, str]]:
    """The rows of ``exemplars.tsv``: kind, topic, source (own or tuning) and reason."""
    with _EXEMPLARS.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE))


def bank_of(rows: list[dict[str, str]]) -> Bank:
    """A bank built from rows with ``kind``, ``topic`` and ``reason``."""
    vectors = np.stack([embed(row["reason"]) for row in rows]) if rows else np.zeros((0, 256), np.float32)
    return Bank(tuple(Topic(row["topic"]) for row in rows),
                np.array([row["kind"] == "core" for row in rows], dtype=np.bool_), vectors)


@functools.cache
def _bank() -> Bank:
    """The exemplars embedded, once per process: read-only data shipped with the code."""
    return bank_of(exemplar_rows())


def guess(label: str, bank: Bank | None = None, neighbours: int = NEIGHBOURS) -> Guess:
    """What the exemplars nearest to a reason say about it (``bank`` for cross-validation)."""
    bank = bank if bank is not None else _bank()
    likeness = bank.vectors @ embed(label)
    nearest = np.argsort(-likeness)[:neighbours]
    weights = np.clip(likeness[nearest], 0.0, None) ** 2
    total = float(weights.sum())
    if total <= 0:
        return Guess(Topic.UNKNOWN, 0.5, 0.0)
    votes: dict[Topic, float] = {}
    for place, weight in zip(nearest, weights, strict=True):
        votes[bank.topics[place]] = votes.get(bank.topics[place], 0.0) + float(weight)
    topic = max(votes, key=lambda t: votes[t])
    core_share = float(weights[bank.cores[nearest]].sum()) / total
    return Guess(topic, core_share, float(likeness[nearest[0]]))

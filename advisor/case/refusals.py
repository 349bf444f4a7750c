"""Validation errors as sentences a person can act on, naming the field by its title."""

from __future__ import annotations

from pydantic import BaseModel, ValidationError

from advisor.case.debrief import Debrief
from advisor.case.models import Case, Job, Reason, Review
from advisor.case.practice import Draft

_MODELS: dict[str, type[BaseModel]] = {m.__name__: m for m in (Case, Job, Reason, Review, Debrief, Draft)}


def refusals(error: ValidationError, model: type[BaseModel] | None = None) -> list[str]:
    """Turn a validation error into sentences a person can act on, naming the field (the model
    that failed is found by its name when not given) and saying "characters" for any text.

    Every sentence is ours: a rule of the model speaks in its own words (its ``ValueError``), and
    what pydantic found wrong is said by the kind of error, never in pydantic's words, which
    name Python types ("a valid dictionary or instance of Job") and Unix timestamps.
    """
    out = []
    root = model or _MODELS.get(error.title, Case)
    for item in error.errors(include_url=False):
        where = _field_title(item["loc"], root)
        text = _said(item["type"], item.get("ctx", {}), item["input"], str(item["msg"]))
        if item["type"] not in _OWN_WORDS:
            where = where or ("The case" if root is Case else "It")
        out.append(f"{where}: {text}." if where else f"{text[0].upper()}{text[1:]}.")
    return out


# Errors whose message a rule of ours wrote (a validator's ValueError, an assert).
_OWN_WORDS = frozenset({"value_error", "assertion_error"})
_BY_TYPE = {
    "missing": "is missing",
    "extra_forbidden": "holds something that is not part of a case",
    "enum": "is not one of the answers we offer",
    "literal_error": "is not one of the answers we offer",
    "string_pattern_mismatch": "is not in the form we make",
    "string_too_short": "cannot be empty",
}
# The kind of value a "…_type" or "…_parsing" error wanted, by the start of its name.
_WANTED = (("string", "must be text"), ("int", "must be a whole number"), ("float", "must be a number"),
           ("finite", "must be a number"), ("bool", "must be yes or no"),
           ("date", "must be a date, as year-month-day"))


def _said(kind: str, ctx: dict[str, object], given: object, pydantics: str) -> str:
    if kind in _OWN_WORDS:
        return pydantics.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if kind in _BY_TYPE:
        return _BY_TYPE[kind]
    if kind in ("string_too_long", "too_long", "too_short"):
        unit = "characters" if isinstance(given, str) else "items"
        most = "at most" if kind != "too_short" else "at least"
        limit = ctx.get("max_length" if kind != "too_short" else "min_length")
        return f"{most} {limit:,} {unit}" if isinstance(limit, int) else "is not in the form we make"
    bound = {"less_than_equal": "must be at most", "greater_than_equal": "must be at least",
             "less_than": "must be less than", "greater_than": "must be more than"}.get(kind)
    if bound is not None:
        return f"{bound} {next(iter(ctx.values()), '')}".rstrip()
    return next((wanted for start, wanted in _WANTED if kind.startswith(start)), "is not in the form we make")


def _field_title(loc: tuple[int | str, ...], root: type[BaseModel]) -> str:
    model: type[BaseModel] | None = root
    title = ""
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        info = model.model_fields.get(part)
        if info is None:
            break
        title = info.title or part
        annotation = info.annotation
        nested = getattr(annotation, "__args__", (annotation,))
        model = next((a for a in nested if isinstance(a, type) and issubclass(a, BaseModel)),
                     None)
    return title

"""Validation errors as sentences a person can act on, naming the field by its title."""

from __future__ import annotations

from pydantic import BaseModel, ValidationError

from advisor.models import Case, Debrief, Job, Reason, Review

_MODELS: dict[str, type[BaseModel]] = {m.__name__: m for m in (Case, Job, Reason, Review, Debrief)}


def messages(error: ValidationError, model: type[BaseModel] | None = None) -> list[str]:
    """Turn a validation error into sentences a person can act on, naming the field (the model
    that failed is found by its name when not given) and saying "characters" for any text."""
    out = []
    root = model or _MODELS.get(error.title, Case)
    for item in error.errors(include_url=False):
        where = _field_title(item["loc"], root)
        text = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "string_too_long" or (item["type"] == "too_long" and isinstance(item["input"], str)):
            text = f"at most {item['ctx']['max_length']:,} characters"
        elif item["type"] == "too_long":
            text = f"at most {item['ctx']['max_length']} items"
        elif item["type"] == "string_too_short":
            text = "cannot be empty"
        elif item["type"] == "string_pattern_mismatch":
            text = "is not in the form we make"
        elif item["type"] in ("less_than_equal", "greater_than_equal"):
            text = f"must be {'at most' if item['type'] == 'less_than_equal' else 'at least'} "
            text += f"{next(iter(item['ctx'].values()))}"
        out.append(f"{where}: {text}." if where else f"{text[0].upper()}{text[1:]}.")
    return out


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

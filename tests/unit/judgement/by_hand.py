"""Cases made by hand for the judgement tests: only the answers a test names differ from the defaults."""

from __future__ import annotations

from typing import Any

from advisor.case.models import Case


def make(job: dict[str, Any] | None = None, reasons: list[dict[str, Any]] | None = None,
         weights: dict[str, int] | None = None) -> Case:
    return Case.model_validate({"job": job or {}, "reasons": reasons or [], "weights": weights or {}})


QUIET_JOB = {  # every strength zero: no pull either way
    "interviews_so_far": 10, "early_career": False, "selling_difficulty": 0, "similarity": 0,
    "network_value": 0, "curiosity": 0, "experience_years": 10, "travel_hours": 0, "travel_cost": 0,
    "financial_need": 0, "dread": 0,
}

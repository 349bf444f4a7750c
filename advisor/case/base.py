"""What every part of a case shares: one model configuration and the bounds of a reason's id.

A case arrives from anyone's link, so every part of it refuses unknown fields and is checked
again on every change.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

MAX_REASONS = 20
# A reason's id is unique in its case and never changes (see advisor.editing.edits.next_reason_id).
MAX_REASON_ID = 999


class CaseModel(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=False)

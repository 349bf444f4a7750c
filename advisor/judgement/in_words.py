"""A balance and a verdict in words: one place for every way the app says where the balance
leans, so a number is never shown without its meaning and no two surfaces disagree.

Every phrasing uses the same close-call band (``CLOSE_CALL``) as the verdict itself.
"""

from __future__ import annotations

from advisor.judgement.scoring import CLOSE_CALL, Assessment, Verdict

# How far past the close-call band a quick verdict must be to be called firm.
FIRM_MARGIN = CLOSE_CALL


def lean_words(balance: float) -> str:
    """A balance in words, so a number is never shown without its meaning."""
    size = abs(balance)
    if size < CLOSE_CALL:
        return "about even"
    strength = "clearly" if size >= 0.5 else "somewhat"
    return f"{strength} towards {'going' if balance > 0 else 'skipping'}"


def says_go(verdict: Verdict) -> bool | None:
    """What a verdict says to the question "should I go?": yes, no, or None for a close call,
    which says neither. The gut check and the debrief both compare with this answer."""
    if verdict is Verdict.CLOSE_CALL:
        return None
    return verdict is not Verdict.SKIP


def balance_says(assessment: Assessment) -> str:
    """The balance's answer to "should I go?" in two or three words."""
    answer = says_go(assessment.verdict)
    return "it is close" if answer is None else ("go" if answer else "skip it")


def verdict_words(balance: float) -> str:
    """An option's verdict, with the same close-call band as the main verdict."""
    if balance >= CLOSE_CALL:
        return "Worth it"
    if balance <= -CLOSE_CALL:
        return "Not worth it"
    return "Close call"


def firmness(verdict: Verdict, balance: float) -> tuple[bool, str]:
    """How firm a verdict is, from the balance's distance to the close-call line, in words: the
    figures are under "How is this computed?"."""
    lean = f"the balance leans {lean_words(balance)}"
    if verdict is not Verdict.CLOSE_CALL and abs(balance) >= CLOSE_CALL + FIRM_MARGIN:
        return True, f"A clear lead: {lean}, well clear of a close call."
    return False, f"Close — the full steps can tip it: {lean}, near a close call."

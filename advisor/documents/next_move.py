"""The one next move: what to do first, built on the option the Verdict ranks first, with the
message ready to send. A stressed person acts on one step; the rest of the plan can wait."""

from __future__ import annotations

from dataclasses import dataclass

from advisor.case.arguments import holds_other_offer
from advisor.case.models import Case
from advisor.documents.plan import decline_line
from advisor.judgement.defaults import Unsettled, unsettled
from advisor.judgement.options import Option, beyond_means
from advisor.judgement.scoring import Verdict


@dataclass(frozen=True, slots=True)
class NextMove:
    """What to do now, why it comes first, and the message to send (its words, ready to copy)."""

    title: str
    why: str
    message: str
    waits: bool = False  # the message is for the verdict once the answers asked for first leave it as it is


def _role(case: Case) -> str:
    return f" for the {case.job.title} role" if case.job.title else ""


def _before_booking(or_video: bool) -> str:
    """Asking about the fare before committing money one does not have; when accepting, the
    article's second ask (a first round by video) in the same breath."""
    video = ", or could the first round be held by video" if or_video else ""
    return f"Before I book: do you cover candidates' travel costs{video}? The journey is an expensive one for me."


def _accept(case: Case) -> str:
    honest = (" I should say openly that I also hold another offer, and I'll keep you posted on my timing."
              if holds_other_offer(case) else "")
    fare = f" {_before_booking(or_video=True)}" if beyond_means(case) else ""
    return (f"Thank you for inviting me to interview{_role(case)}. I'm glad to come.{fare} Could you tell me who "
            f"I'll be meeting and how long to plan for?{honest}")


def next_move(case: Case, verdict: Verdict, first: Option) -> NextMove:
    """The step the first option asks for, as one message the person can send today; or, when
    answers not given yet could turn the verdict, those answers first (see ``_answer_first``)."""
    move = _move(case, verdict, first)
    found = unsettled(case, verdict)
    return move if found is None else _answer_first(move, found)


def _answer_first(move: NextMove, found: Unsettled) -> NextMove:
    """A decline can't be taken back and an acceptance commits the person and the employer, so a
    verdict that unanswered questions could turn is no ground to send either yet: the first step
    is the answer that settles it, and the message waits for the verdict it was written for."""
    then = f"If the verdict stays, {move.title[0].lower()}{move.title[1:]}, with the message below."
    single = found.deciding if len(found.deciding) == 1 else found.open_questions
    if len(single) == 1:
        return NextMove(f"Answer “{single[0].label}” first",
                        f"Your answer could turn the verdict to {found.turns()}. {then}", move.message, waits=True)
    return NextMove(f"Answer the {len(found.open_questions)} open questions first",
                    f"Together your answers could turn the verdict to {found.turns()}. {then}", move.message,
                    waits=True)


def _move(case: Case, verdict: Verdict, first: Option) -> NextMove:
    """The step the first option asks for, as one message the person can send today."""
    if first.id == "decline":
        return NextMove("Decline warmly, today", "The sooner they know, the sooner the slot goes to someone else.",
                        decline_line(case))
    if first.id == "video":
        return NextMove("Ask for a first round by video", "It saves the journey and its cost and keeps the door "
                        "open.", f"Thank you for inviting me to interview{_role(case)}. The journey to you is a "
                        "long one for me: could the first round be held by video? I'd gladly come in person after.")
    if first.id == "fare":
        return NextMove("Ask them to cover the fare", "The journey costs more than you can spare; asking is "
                        "ordinary, and their answer settles it.", f"Thank you for inviting me to "
                        f"interview{_role(case)}. {_before_booking(or_video=False)}")
    if first.id == "call":
        return NextMove("Ask for an informational call instead", "You would learn about the company and the "
                        "field without an interview you don't need.", f"Thank you for inviting me to "
                        f"interview{_role(case)}. I'm not sure the role is my match, but I'd value learning "
                        "more about your work: would you have twenty minutes for a short call instead?")
    why = ("It is close, and going keeps both answers open: accept, and decide after the interview."
           if verdict is Verdict.CLOSE_CALL else
           "Going is worth it for you: accept, then prepare your asks." if first.id == "negotiate"
           else "Going is worth it for what the interview itself brings you, whatever you decide about the job: "
                "accept, then prepare as for any interview.")
    if beyond_means(case):
        why += (" The journey costs more than you can spare, so the message asks whether they cover it or could "
                "hold the first round by video.")
    return NextMove("Accept the invitation", why, _accept(case))

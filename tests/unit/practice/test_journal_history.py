"""Looking back across interviews: the questions that keep coming and how each felt."""

from __future__ import annotations

import datetime

from advisor.case.models import Case, Job
from advisor.case.practice import Feeling
from advisor.editing.practice_edits import choose_questions, set_came_up, set_feeling
from advisor.sharing.journal import (
    Journal,
    QuestionHistory,
    add,
    from_file,
    practise_again,
    question_history,
    question_table,
    to_file,
)


def interview(title: str, day: int | None, chosen: list[str], came_up: list[str],
              felt: dict[str, Feeling]) -> Case:
    case = choose_questions(Case(job=Job(title=title)), chosen)
    for question_id, feeling in felt.items():
        case = set_feeling(case, question_id, feeling)
    case = set_came_up(case, came_up)
    if day is not None and case.debrief is not None:
        case = case.model_copy(update={"debrief": case.debrief.model_copy(
            update={"date": datetime.date(2026, 3, day)})})
    return case


def test_the_questions_that_keep_coming_first_with_how_each_felt_oldest_first() -> None:
    cases = [
        interview("Third", 20, ["why_here", "salary"], ["why_here"], {"why_here": Feeling.CONFIDENT}),
        interview("Undated", None, ["conflict"], [], {}),
        interview("First", 2, ["why_here", "conflict", "salary"], ["why_here", "conflict"],
                  {"why_here": Feeling.NOT_YET, "conflict": Feeling.SHAKY}),
        interview("Second", 9, ["why_here"], ["why_here"], {"why_here": Feeling.SHAKY}),
    ]
    history = question_history(cases)
    assert [h.question for h in history] == ["why_here", "conflict", "salary"]
    why = history[0]
    assert why == QuestionHistory("why_here", "Why do you want to work here?", prepared=3, came_up=3,
                                  feelings=(Feeling.NOT_YET, Feeling.SHAKY, Feeling.CONFIDENT))
    assert why.last_feeling is Feeling.CONFIDENT
    conflict = history[1]
    assert (conflict.prepared, conflict.came_up, conflict.feelings) == (2, 1, (Feeling.SHAKY, None))
    assert conflict.last_feeling is Feeling.SHAKY
    assert history[2].last_feeling is None
    table = question_table(cases)
    assert list(table.columns) == ["Question", "Came up", "Prepared", "How it felt"]
    assert table.iloc[0].to_dict() == {"Question": "Why do you want to work here?", "Came up": 3, "Prepared": 3,
                                       "How it felt": "Not yet → Shaky → Confident"}
    assert table.iloc[1]["How it felt"] == "Shaky → not said"


def test_no_practice_no_history() -> None:
    assert question_history([Case(), Case(job=Job(title="x"))]) == []
    assert question_table([]).empty


def test_the_journal_file_keeps_the_practice() -> None:
    case = interview("Kept", 2, ["why_here", "conflict"], ["why_here"], {"why_here": Feeling.SHAKY})
    again = from_file(to_file(add(Journal(), case)))
    assert again.cases == [case]
    assert question_history(again.cases)[0].feelings == (Feeling.SHAKY,)


def test_the_next_interview_starts_from_what_came_up_and_did_not_feel_confident() -> None:
    cases = [
        interview("First", 2, ["why_here", "conflict", "salary"], ["why_here", "conflict", "salary"],
                  {"why_here": Feeling.SHAKY, "conflict": Feeling.SHAKY, "salary": Feeling.CONFIDENT}),
        interview("Second", 9, ["why_here", "weakness"], ["why_here"], {"why_here": Feeling.CONFIDENT}),
        interview("Third", 12, ["proud"], [], {}),
    ]
    assert practise_again(cases) == ("conflict",)  # why_here and salary felt confident the last time
    assert practise_again(cases[:1]) == ("why_here", "conflict")
    assert practise_again([]) == ()

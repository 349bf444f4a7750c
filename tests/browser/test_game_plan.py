"""The Game plan: its checklist read at a glance and ticked on request, and its report, a Markdown
file that carries the case."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from advisor.case.examples import example_case
from advisor.documents.plan import CHECKLIST
from advisor.sharing.codec import encode
from tests.browser.conftest import assert_clean, changes_case, nav, open_page, open_part, reload, type_into
from tests.unit.panel.build import person

# CommonMark: a backslash before ASCII punctuation shows that character literally.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def as_read(markdown: str) -> str:
    """The text a reader sees once the Markdown escapes are rendered."""
    return _ESCAPED.sub(r"\1", markdown)


def _download(page: Page, tmp_path: Path) -> tuple[str, str]:
    open_part(page, "Take it along")
    button = page.locator(".st-key-plan_download").get_by_role("button", name="Download report (Markdown)")
    expect(button).to_be_visible()
    with page.expect_download() as info:
        button.click()
    download = info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    return download.suggested_filename, target.read_text(encoding="utf-8")


def test_report_of_a_typed_case_carries_the_job_title(page: Page, app_url: str, tmp_path: Path) -> None:
    open_page(page, f"{app_url}/job")
    type_into(page, "job_title", "Night porter")
    type_into(page, "job_company", "Grand Hotel")
    nav(page, "Game plan")
    expect(page.get_by_role("heading", level=1, name="Game plan")).to_be_visible()
    name, text = _download(page, tmp_path)
    assert name == "interview-advisor-Night-porter.md"
    assert text.startswith("# Interview Advisor: Night porter\n")
    assert "Grand Hotel" in text
    assert "No verdict yet" in text  # a job and no reason: nothing to weigh yet
    assert_clean(page)


def test_report_of_the_example_case(page: Page, app_url: str, tmp_path: Path) -> None:
    case = example_case()
    open_page(page, f"{app_url}/game_plan?case={encode(case)}")
    name, text = _download(page, tmp_path)
    assert name.startswith("interview-advisor-Customer-service-agent") and name.endswith(".md")
    shown = as_read(text)
    assert case.job.title in shown
    assert "**Verdict:** Go for the practice and the contacts." in text
    assert "**Next step:** Accept the invitation." in text
    assert "They matter only if the work itself (“Talking on the phone all day”)" in shown  # no asks to make
    assert "Day or evening shifts only" not in shown
    assert_clean(page)


def test_the_checklist_shows_once_ticks_and_is_kept(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/game_plan?case={encode(example_case())}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("checkbox")).to_have_count(len(CHECKLIST))  # once, as its boxes, in sight
    expect(main.get_by_role("listitem").filter(has_text=CHECKLIST[0].text)).to_have_count(0)
    for item in (CHECKLIST[0], CHECKLIST[3]):
        with changes_case(page):
            page.locator(f".st-key-plan_{item.id} label").click()
    expect(main.get_by_text(f"2 of {len(CHECKLIST)} done")).to_be_visible()
    reload(page)
    expect(main.get_by_text(f"2 of {len(CHECKLIST)} done")).to_be_visible()
    for n, item in enumerate(CHECKLIST):
        box = main.get_by_role("checkbox", name=item.text)
        expect(box).to_be_checked() if n in (0, 3) else expect(box).not_to_be_checked()
    assert_clean(page)


def test_a_strong_objection_to_the_work_sends_her_for_the_practice_and_her_words_stay_whole(
        page: Page, app_url: str, tmp_path: Path) -> None:
    """Kayla, a vet tech who cannot do euthanasia days (9 of 10) and needs the shelter's insurance:
    she was told "Close call"; her coach, and the fresh panel's two others with a strong objection to
    the work itself, say go for the practice. Her reason has a full stop inside it, and the report's
    opening "Why:" line cut it there."""
    open_page(page, f"{app_url}/game_plan?case={encode(person('kayla_county_shelter_vet_tech'))}")
    _, report = _download(page, tmp_path)
    why = next(line for line in report.splitlines() if line.startswith("**Why:**"))
    assert "“Pay's a bit lower, thats fine honestly. It's euthanasia days I can't do”" in as_read(why)
    assert "**Verdict:** Go for the practice and the contacts." in report
    nav(page, "Verdict")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_role("heading", name="Go for the practice and the contacts")).to_be_visible()


def test_a_walk_away_line_written_as_a_limit_reads_as_one(page: Page, app_url: str) -> None:
    """Ivan's walk-away line is "Less than 2,800 a month net": the plan said "If they can't offer at
    least “Less than 2,800 a month net”, withdraw politely", the opposite of what he meant."""
    open_page(page, f"{app_url}/game_plan?case={encode(person('ivan_tanker_shore_job'))}")
    main = page.get_by_test_id("stMain")
    expect(main.get_by_text("Your walk-away line: “Less than 2,800 a month net”. Then withdraw politely.").first
           ).to_be_visible()
    expect(main).not_to_contain_text("at least “Less")

"""Hostile text and many visitors: nothing typed or linked runs, and nobody sees another's case."""

from __future__ import annotations

import base64
import zlib
from collections.abc import Callable
from functools import partial

import orjson
import pytest
from playwright.sync_api import Browser, BrowserContext, Dialog, Page, expect

from advisor.article.factors import Kind
from advisor.case.debrief import Debrief
from advisor.case.models import SCHEMA_VERSION, Case, Job, Reason, Review
from advisor.case.pros import Pro
from advisor.reading.topics import read
from advisor.sharing.codec import encode
from harness.chromium import VIEWPORT
from tests.browser.conftest import (
    as_shown,
    assert_clean,
    changes_case,
    job_screen,
    open_page,
    open_part,
    slider_thumb,
    type_into,
    wait_idle,
    wait_settled,
)
from tests.browser.urlcase import wait_for_case
from ui.shell.steps import ALL

PAYLOADS = {
    "script": "<script>window.__pwned=1</script>",
    "img": '<img src=x onerror="window.__pwned=2">',
    "js_link": "[click me](javascript:window.__pwned=3)",
    "md_image": "![pic](http://127.0.0.1:9/pwn.png)",
    "entities": "&lt;b&gt;bold&lt;/b&gt; &amp; &#60;i&#62;",
    "rtl": "abc\u202edcba\u202c end",
    "emoji": "😀🎉 naïve café 漢字",
}
INJECTED = (
    "() => window.__pwned !== undefined"
    " || document.querySelector('img[src=\"x\"], img[src*=\"pwn.png\"], a[href^=\"javascript\"]') !== null"
    " || Array.from(document.querySelectorAll('script')).some(s => s.textContent.includes('__pwned'))"
    " || document.querySelector('[data-testid=\"stMain\"] b, [data-testid=\"stMain\"] i') !== null"
)


def _guard(page: Page) -> list[str]:
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


def _job_field_is(field: str, text: str, case: Case) -> bool:
    return bool(getattr(case.job, field) == text)


def _has_reason(text: str, case: Case) -> bool:
    return text in [r.label for r in case.reasons]


def _hostile_case() -> Case:
    texts = list(PAYLOADS.values())
    return Case(
        job=Job(title=PAYLOADS["script"], company=PAYLOADS["img"], activity=" ".join(texts)[:240],
                wanted_job=PAYLOADS["js_link"]),
        reasons=[Reason(label=text, kind=Kind.NEGOTIABLE if i % 2 else Kind.CORE, ask=text)
                 for i, text in enumerate(texts)],
        notes=PAYLOADS["md_image"],
        reviews=[Review(mentor=PAYLOADS["img"], overall=PAYLOADS["js_link"],
                        notes={i: text for i, text in enumerate(texts)})],
        debrief=Debrief(surprises=texts, went_well=PAYLOADS["entities"], why=PAYLOADS["rtl"]),
    )


def _kept(text: str) -> str:
    """The text as the model keeps it: direction controls are removed (they can spoof a name)."""
    return Job(title=text).title


def _assert_safe(page: Page, dialogs: list[str]) -> None:
    assert not page.evaluate(INJECTED), "an injected element or script appeared"
    assert not dialogs, f"a dialog opened: {dialogs}"
    assert_clean(page)


@pytest.mark.parametrize("path", ["sort", "verdict", "game_plan", "mentor", "debrief", "share", "why_not"])
def test_a_crafted_link_shows_hostile_text_as_typed(page: Page, app_url: str, path: str) -> None:
    dialogs = _guard(page)
    open_page(page, f"{app_url}/{path}?case={encode(_hostile_case())}")
    main = page.locator('[data-testid="stMain"]')
    expect(main).to_contain_text("answered" if path != "debrief" else "After the interview")
    _assert_safe(page, dialogs)
    if path in ("sort", "why_not", "mentor"):
        for text in PAYLOADS.values():
            expect(main).to_contain_text(as_shown(_kept(text)))


def test_hostile_text_typed_into_every_field_shows_as_typed(page: Page, app_url: str) -> None:
    dialogs = _guard(page)
    open_page(page, f"{app_url}/job")
    fields = {"job_title": PAYLOADS["script"], "job_company": PAYLOADS["img"],
              "job_activity": PAYLOADS["js_link"] + " " + PAYLOADS["md_image"], "job_wanted_job": PAYLOADS["rtl"]}
    for key, text in fields.items():
        if key == "job_wanted_job":
            job_screen(page, "The job you really want")
        type_into(page, key, text)
        wait_for_case(page, partial(_job_field_is, key.removeprefix("job_"), _kept(text)))
        wait_idle(page)
    page.get_by_role("link", name="Why not", exact=True).click()
    open_part(page, "Add a reason in your own words")
    for text in (PAYLOADS["entities"], PAYLOADS["emoji"], PAYLOADS["img"]):
        page.locator(".st-key-why_new input").fill(text)
        page.get_by_role("button", name="Add reason").click()
        wait_for_case(page, partial(_has_reason, text))
    main = page.locator('[data-testid="stMain"]')
    for text in (PAYLOADS["entities"], PAYLOADS["emoji"], PAYLOADS["img"]):
        expect(main.get_by_text(as_shown(text, whole=True))).to_be_visible()
    page.get_by_role("link", name="Sort", exact=True).click()
    assert not read(PAYLOADS["entities"]).sure  # words the reader cannot place: the article's test comes first
    with changes_case(page):
        page.locator(".st-key-sort_test_yes_0 button").click()
    type_into(page, "sort_ask_0", PAYLOADS["md_image"])
    wait_for_case(page, lambda case: case.reasons[0].ask == PAYLOADS["md_image"])
    page.get_by_role("link", name="Game plan", exact=True).click()
    open_part(page, "Your notes")
    type_into(page, "plan_notes", PAYLOADS["script"] + "\n" + PAYLOADS["js_link"])
    expect(page.locator(".st-key-plan_notes textarea")).to_have_value(PAYLOADS["script"] + "\n" + PAYLOADS["js_link"])
    expect(page.locator('[data-testid="stMain"]')).to_contain_text(as_shown(PAYLOADS["md_image"]))
    page.get_by_role("link", name="Verdict", exact=True).click()
    _open_how_computed(page)
    expect(page.locator('[data-testid="stMain"]')).to_contain_text(f"For {PAYLOADS['script']}")
    _assert_safe(page, dialogs)


def test_a_pasted_100000_character_text_gets_a_message_and_keeps_the_case(page: Page, app_url: str) -> None:
    open_page(page, f"{app_url}/job")
    type_into(page, "job_title", "Sales assistant")
    wait_for_case(page, partial(_job_field_is, "title", "Sales assistant"))
    wait_idle(page)
    box = page.locator(".st-key-job_title input")
    box.fill("")
    box.focus()
    page.keyboard.insert_text("x" * 100_000)  # what a paste does
    box.press("Tab")
    expect(page.get_by_text("Job title: at most 100 characters.")).to_be_visible()
    wait_idle(page)
    case = wait_for_case(page, lambda case: True)
    assert case.job.title == "Sales assistant"
    page.get_by_role("link", name="Weigh", exact=True).click()
    expect(page.locator(".st-key-weigh_practice")).to_be_visible()
    page.get_by_role("link", name="The job", exact=True).click()
    expect(page.locator(".st-key-job_title input")).to_have_value("Sales assistant")
    assert_clean(page)


VISITORS = 8


def _title_is(number: int, case: Case) -> bool:
    return case.job.title == f"Visitor {number} job"


def _reason_is(number: int, case: Case) -> bool:
    return [r.label for r in case.reasons] == [f"Reason of visitor {number}"]


def _income_is(number: int, case: Case) -> bool:
    return case.weights["income"] == min(10, 5 + number % 5 + 1)


def test_eight_visitors_at_once_never_see_each_other(browser: Browser, app_url: str) -> None:
    contexts: list[BrowserContext] = [browser.new_context(viewport=VIEWPORT)
                                      for _ in range(VISITORS)]
    pages = [context.new_page() for context in contexts]
    errors: list[str] = []
    for page in pages:
        page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        for page in pages:
            page.goto(f"{app_url}/job")
        for number, page in enumerate(pages):
            wait_settled(page)
            page.locator(".st-key-job_title input").fill(f"Visitor {number} job")
            page.locator(".st-key-job_title input").press("Tab")
        for number, page in enumerate(pages):
            wait_for_case(page, partial(_title_is, number))
            page.get_by_role("link", name="Why not", exact=True).click()
        for page in pages:
            open_part(page, "Add a reason in your own words")
        for number, page in enumerate(pages):
            page.locator(".st-key-why_new input").fill(f"Reason of visitor {number}")
            page.get_by_role("button", name="Add reason").click()
        for number, page in enumerate(pages):
            wait_for_case(page, partial(_reason_is, number))
            page.get_by_role("link", name="Weigh", exact=True).click()
        for number, page in enumerate(pages):
            slider = slider_thumb(page, "weigh_income")
            slider.focus()
            for _ in range(number % 5 + 1):
                slider.press("ArrowRight")
        for number, page in enumerate(pages):
            case = wait_for_case(page, partial(_income_is, number))
            page.get_by_role("link", name="The job", exact=True).click()
            expect(page.locator(".st-key-job_title input")).to_have_value(f"Visitor {number} job")
            body = page.inner_text("body")
            others = [n for n in range(VISITORS) if n != number and f"Visitor {n} job" in body]
            assert not others, f"visitor {number} sees visitors {others}"
            assert case.job.title == f"Visitor {number} job"
            assert_clean(page)
        assert not errors, errors
    finally:
        for context in contexts:
            context.close()


# Text Streamlit would turn into links or icons if it were not defeated: a bare address, a URL,
# an e-mail address, an icon code and a colour directive.
LINKY = "see www.evil.example, http://evil.example/x, a@b.example :material/warning: :red[alarm]"
FOREIGN = """origin => [...document.querySelectorAll(
    '[data-testid="stMain"] a[href], [data-testid="stSidebar"] a[href]')]
    .map(a => a.href).filter(h => !h.startsWith(origin))"""
ICONS = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stMarkdownContainer"] span')]
    .filter(s => s.textContent === 'warning' || /color|red/.test(s.getAttribute('style') || '')).length"""


def _linky_case() -> Case:
    return Case(
        job=Job(title="Agent", company="Acme", activity=LINKY, first_name="Alex"),
        reasons=[Reason(label=LINKY[:80], ask=LINKY[:100], severity=7)],
        notes=LINKY,
        reviews=[Review(mentor="Ann", overall=LINKY, notes={0: LINKY})],
        debrief=Debrief(surprises=[LINKY], went_well=LINKY, why=LINKY),
    )


@pytest.mark.parametrize("kind", ["case", "review"])
def test_no_user_text_becomes_a_link_or_an_icon_on_any_page(page: Page, app_url: str, kind: str) -> None:
    token = encode(_linky_case())
    for step in ALL:
        open_page(page, f"{app_url}/{step.url}?{kind}={token}")
        expect(page.get_by_test_id("stMain")).to_be_visible()
        foreign = page.evaluate(FOREIGN, app_url)
        assert not foreign, f"{step.title}: user text became links: {foreign}"
        assert page.evaluate(ICONS) == 0, f"{step.title}: user text became an icon or a colour"
        assert_clean(page)


# --- Markup in own pros, mentor names, link errors and notices -------------------------------
# Each would draw an element of its own if it reached Streamlit's Markdown (or plotly's text)
# unescaped: a working link to another site, an image the page fetches, a heading, emphasis,
# code, KaTeX, a colour and an icon. A page drawn from them must hold exactly the elements of
# the same page drawn from harmless text.
HOSTILE_PROS = (
    "[Session expired: sign in again](http://evil.example/login)",
    "![pic](http://127.0.0.1:9/pwn.png) *em* __strong__ ~~gone~~",
    "`code` $x^2$ :red[alarm] :blue-badge[badge] :material/warning:",
    'plain\n# Heading <a href="http://evil.example">Sign in</a> <b>bold</b>',
)
HARMLESS_PROS = ("The team seemed friendly", "A short walk from home", "Good coffee", "Plain words")
HOSTILE_MENTOR = "# [Sign in](http://evil.example) :red[x] $y$ `c` *e*"
HARMLESS_MENTOR = "Ann"
# Elements user text must never draw, counted in the main area. A chart's title is ours alone and
# drawn bold a moment after its bars (counting it made the check race the drawing), so it is left out.
MARKUP_COUNTS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const count = selector => main.querySelectorAll(selector).length;
    return {
        links: count('a'), images: count('img'), headings: count('h1, h2, h3, h4, h5, h6'),
        emphasis: count('em, strong, b, i, del, s'), code: count('code, pre'), katex: count('.katex'),
        colours: count('.stMarkdownColoredText, .stMarkdownColoredBackground, .stMarkdownBadge'),
        icons: count('[data-testid="stIconMaterial"]'),
        chart_markup: count('.js-plotly-plot a, .js-plotly-plot tspan[style*="bold"]:not(.gtitle *)'),
    };
}"""
# Every plotly chart of the main area has drawn its bars' labels.
CHARTS_DRAWN = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stPlotlyChart"]')]
    .every(chart => chart.querySelector('.ytick'))"""


def _liking(labels: tuple[str, ...], mentor: str) -> Case:
    """A case whose own pros (the heaviest first, so the verdict's reason names it) and one
    mentor's name are the given texts."""
    return Case(job=Job(title="Agent", company="Acme"),
                reasons=[Reason(label="Night shifts", kind=Kind.NEGOTIABLE, ask="Day shifts", severity=6)],
                pros=[Pro(id=i, label=label, weight=10 - i) for i, label in enumerate(labels)],
                reviews=[Review(mentor=mentor, notes={0: "Ask early"})])


def _counts(page: Page) -> dict[str, int]:
    expect(page.get_by_test_id("stMain")).to_be_visible()
    page.wait_for_function(CHARTS_DRAWN)
    counts: dict[str, int] = page.evaluate(MARKUP_COUNTS)
    return counts


def _drawn(browser: Browser, app_url: str, address: str, then: Callable[[Page], None] | None = None,
           kept: Case | None = None) -> dict[str, int]:
    """What a fresh browser's main area draws at ``address`` (after ``then``); with ``kept``, a
    browser that already keeps that case as its owner's."""
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        dialogs = _guard(page)
        if kept is not None:
            open_page(page, f"{app_url}/?case={encode(kept)}")
            page.wait_for_function("() => localStorage.getItem('interview-advisor:case') !== null")
            wait_idle(page)
        open_page(page, f"{app_url}/{address}")
        if then is not None:
            then(page)
        counts = _counts(page)
        _assert_safe(page, dialogs)
        return counts
    finally:
        context.close()


def _open_how_computed(page: Page) -> None:
    open_part(page, "How is this computed?")


@pytest.mark.parametrize("kind", ["case", "review"])
@pytest.mark.parametrize("path", ["verdict", "weigh", "why_not", "mentor"])
def test_own_pros_and_mentor_names_draw_no_markup(browser: Browser, app_url: str, kind: str, path: str) -> None:
    """The owner's pages and a mentor's read-only ones: the chart in words, "How is this
    computed?", the verdict's reason, the pros' sliders, the comparison and the review form."""
    then = _open_how_computed if path == "verdict" else None
    drawn = {variant: _drawn(browser, app_url, f"{path}?{kind}={encode(_liking(pros, mentor))}", then)
             for variant, pros, mentor in (("harmless", HARMLESS_PROS, HARMLESS_MENTOR),
                                           ("hostile", HOSTILE_PROS, HOSTILE_MENTOR))}
    assert drawn["hostile"] == drawn["harmless"]


def test_a_review_coming_back_names_its_mentor_as_typed(browser: Browser, app_url: str) -> None:
    """A ``/mentor?reply=`` link opened in the owner's browser: the notice naming the mentor."""
    owner = _liking(HARMLESS_PROS, HARMLESS_MENTOR).model_copy(update={"reviews": []})

    def notice_shown(page: Page) -> None:
        expect(page.get_by_test_id("stAlert").filter(has_text="review has been added")).to_be_visible()

    drawn = {}
    for variant, mentor in (("harmless", HARMLESS_MENTOR), ("hostile", HOSTILE_MENTOR)):
        reply = owner.model_copy(update={"reviews": [Review(mentor=mentor, weights={"dread": 9})]})
        drawn[variant] = _drawn(browser, app_url, f"mentor?reply={encode(reply)}", notice_shown, kept=owner)
    assert drawn["hostile"] == drawn["harmless"]


def _token_of(data: dict[str, object]) -> str:
    """A link token of any JSON, as a crafted link carries it: the app's own form, unchecked."""
    packed = zlib.compress(orjson.dumps(data))
    return f"{SCHEMA_VERSION}.{base64.urlsafe_b64encode(packed).rstrip(b'=').decode('ascii')}"


@pytest.mark.parametrize("kind", ["case", "review"])
@pytest.mark.parametrize("crafted", ["weight_key", "twin_mentors"])
def test_a_link_error_quotes_nothing_that_draws(browser: Browser, app_url: str, kind: str, crafted: str) -> None:
    """A link the model refuses (an unknown weight, two reviews by one mentor): its error
    message may come from the link's own text, and draws nothing of it."""
    def data(text: str) -> dict[str, object]:
        if crafted == "weight_key":
            return {"weights": {text: 5}}
        return {"reviews": [{"mentor": text}, {"mentor": text}]}

    def error_shown(page: Page) -> None:
        expect(page.get_by_test_id("stAlert").filter(has_text="cannot accept")).to_be_visible()

    drawn = {variant: _drawn(browser, app_url, f"verdict?{kind}={_token_of(data(text))}", error_shown)
             for variant, text in (("harmless", HARMLESS_MENTOR), ("hostile", HOSTILE_MENTOR))}
    assert drawn["hostile"] == drawn["harmless"]

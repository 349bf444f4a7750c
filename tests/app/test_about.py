"""About: what the app does and where its advice comes from."""

from __future__ import annotations

from advisor.article.factors import ARTICLE_TITLE, FACTORS
from advisor.case.models import Case
from tests.app.conftest import BOTH_CASES, assert_ok, open_page, open_page_alone, texts


@BOTH_CASES
def test_renders_and_credits_the_article(case: Case) -> None:
    at = open_page("about", case)
    assert_ok(at)
    page = texts(at)
    assert "InterviewPenguin" in page
    assert ARTICLE_TITLE in page
    for factor in FACTORS:
        assert f"**{factor.title}**" in page


def test_says_nothing_is_stored_on_the_server() -> None:
    at = open_page("about")
    assert "Nothing is kept on our server." in texts(at)


def test_renders_alone_on_a_cold_start() -> None:
    at = open_page_alone("about")
    assert_ok(at)
    assert "InterviewPenguin" in texts(at)

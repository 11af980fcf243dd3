"""Date, medium and addressee of a statement (invented sentences)."""

from __future__ import annotations

from datetime import date

from sitegen.extract.statements import extract_statements

ON = date(2025, 3, 7)  # a Friday


def test_letter_dated_and_inherited_by_his_letter():
    text = (
        "Intro line.\n\n“Act now,” Rao said in the letter dated March 3.\n\n"
        "“Act today,” Rao wrote in his letter to Mr. Haddad."
    )
    first, second = extract_statements(text, ON)
    assert (first.date, first.medium) == ("2025-03-03", "letter")
    assert (second.date, second.medium, second.addressee) == ("2025-03-03", "letter", "Mr. Haddad")


def test_weekday_and_yesterday_are_resolved_against_the_article_date():
    (a,) = extract_statements("Intro line.\n\n“Act now,” Rao said on Tuesday.", ON)
    (b,) = extract_statements("Intro line.\n\n“Act now,” Rao said yesterday.", ON)
    assert (a.date, b.date) == ("2025-03-04", "2025-03-06")


def test_no_article_date_no_relative_date():
    (st,) = extract_statements("Intro line.\n\n“Act now,” Rao said yesterday.", None)
    assert st.date is None


def test_post_on_x():
    (st,) = extract_statements("Intro line.\n\nRao said in a post on X that the vote was rigged.", ON)
    assert st.medium == "post on X"

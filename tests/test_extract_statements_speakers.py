"""Speaker resolution: names, honorifics, roles, pronouns, organisations, anonymous sources."""

from __future__ import annotations

from sitegen.extract.statements import extract_statements


def _who(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.speaker_type, s.role) for s in extract_statements(text, None)]


def test_role_before_the_name():
    assert _who("Intro line.\n\nHealth Minister Priya Nair said the clinics would open.") == [
        ("Priya Nair", "person", "Health Minister")
    ]


def test_honorific_and_surname_resolve_to_the_full_name():
    text = "Intro line.\n\nPriya Nair said the clinics would open. Ms. Nair said that staff were ready."
    assert [w[0] for w in _who(text)] == ["Priya Nair", "Priya Nair"]


def test_pronoun_takes_the_previous_speaker_not_the_last_name_seen():
    text = "Intro line.\n\nMr. Haddad said the budget was too small for Rao's district.\n\n“We need more,” he said."
    assert [w[0] for w in _who(text)] == ["Haddad", "Haddad"]


def test_gender_skips_an_incompatible_speaker():
    text = "Intro line.\n\nMs. Priya Nair said the plan works. Mr. Omar Haddad said it does not. “It does,” she said."
    assert _who(text)[-1][0] == "Priya Nair"


def test_organisation_source():
    assert _who("Intro line.\n\nThe ministry said the report was false.") == [(None, "organisation", None)]


def test_anonymous_source_is_never_a_person():
    assert _who("Intro line.\n\nA spokesman for the ministry said the report was false.") == [(None, "anonymous", None)]


def test_a_plural_noun_opening_a_sentence_is_not_a_person():
    assert _who("Intro line.\n\nInvestigators said the pier was unsafe.") == [(None, "anonymous", None)]


def test_an_organisation_name_drops_its_article():
    assert _who("Intro line.\n\nA Leeds dock union said the pier was unsafe.") == [
        ("Leeds dock union", "organisation", None)
    ]

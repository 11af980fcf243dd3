"""Slugs: URL segments that can never leave public/."""

import pytest

from sitegen.slugs import SlugError, check_slug, slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Raja Ram Singh", "raja-ram-singh"),
        ("S. Jaishankar", "s-jaishankar"),
        ("Émile Zola!", "emile-zola"),
        ("../../etc/passwd", "etc-passwd"),
        ("", "untitled"),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


@pytest.mark.parametrize("bad", ["../x", "/etc", "C:evil", "a/b", "a\\b", "a\0b", "UPPER", "-x", "x-", ".hidden"])
def test_check_slug_refuses_anything_but_plain_segments(bad):
    with pytest.raises(SlugError):
        check_slug(bad)


def test_check_slug_keeps_valid_slugs():
    assert check_slug("first-flight-2025") == "first-flight-2025"

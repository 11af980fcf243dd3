# ruff: noqa: E501  (catalogue rows read best one case per line)
"""Output stays inside public/: slugs and ids that try to escape, symlinks in content/, odd output folders.

Symlink policy: a symbolic link under content/ is followed only when it
resolves to a regular file inside the site folder; a link that leaves the
site, a broken link, a link loop and a folder named ``*.md`` are errors.
"""

from __future__ import annotations

import os

import pytest

from sitegen.markdown import markdown_parser
from sitegen.read import read_content
from tests.test_hostile_helpers import GOOD, run, tree, write_site

A = "content/articles/x.md"
PATH_HINT = "is a path; use letters, digits and hyphens only"


def fm(*lines: str) -> str:
    return "---\ntitle: T\ndate: 2025-01-01\n" + "".join(line + "\n" for line in lines) + "---\nText.\n"


SLUG_CASES = [
    ("parent folder", "slug: ../../etc", f"{A}:4: front matter: slug '../../etc' {PATH_HINT}, e.g. 'etc'"),
    ("dot dot", "slug: ..", f"{A}:4: front matter: slug '..' {PATH_HINT}, e.g. 'untitled'"),
    ("absolute", "slug: /etc/passwd", f"{A}:4: front matter: slug '/etc/passwd' {PATH_HINT}, e.g. 'etc-passwd'"),
    ("windows backslash", "slug: 'a\\b'", f"{A}:4: front matter: slug 'a\\\\b' {PATH_HINT}, e.g. 'a-b'"),
    ("windows drive", "slug: 'C:evil'", f"{A}:4: front matter: slug 'C:evil' {PATH_HINT}, e.g. 'c-evil'"),
    (
        "windows drive and backslash",
        "slug: 'C:\\Windows'",
        f"{A}:4: front matter: slug 'C:\\\\Windows' {PATH_HINT}, e.g. 'c-windows'",
    ),
    ("NUL byte", 'slug: "a\\0b"', f"{A}:4: front matter: slug 'a\\x00b' contains a NUL byte"),
    (
        "hidden file",
        "slug: .htaccess",
        f"{A}:4: front matter: slug '.htaccess' is not valid; use lower-case letters, digits and hyphens, e.g. 'htaccess'",
    ),
    (
        "upper case",
        "slug: Hello",
        f"{A}:4: front matter: slug 'Hello' is not valid; use lower-case letters, digits and hyphens, e.g. 'hello'",
    ),
    (
        "empty",
        "slug: ''",
        f"{A}:4: front matter: slug '' is not valid; use lower-case letters, digits and hyphens, e.g. 'untitled'",
    ),
    (
        "too long",
        "slug: " + "a" * 81,
        f"{A}:4: front matter: slug '{'a' * 40}'... is 81 characters long; the limit is 80",
    ),
    ("a list", "slug: [a, b]", f"{A}:4: front matter: 'slug' must be text, not a list"),
    (
        "URL",
        "slug: 'https://evil.example/x'",
        f"{A}:4: front matter: slug 'https://evil.example/x' {PATH_HINT}, e.g. 'https-evil-example-x'",
    ),
]


@pytest.mark.parametrize(("name", "line", "expected"), SLUG_CASES, ids=[c[0] for c in SLUG_CASES])
def test_a_slug_that_could_leave_public_is_refused(tmp_path, capsys, name, line, expected):
    site = write_site(tmp_path / "site", {A: fm(line), "content/articles/good.md": GOOD})
    outcome = run(capsys, "build", str(site), "-q")
    assert (outcome.code, outcome.errors) == (1, [expected])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        (
            "- id: ../x\n  name: X\n",
            "content/people.yaml:1: id: slug '../x' is a path; use letters, digits and hyphens only, e.g. 'x'",
        ),
        (
            "- id: /x\n  name: X\n",
            "content/people.yaml:1: id: slug '/x' is a path; use letters, digits and hyphens only, e.g. 'x'",
        ),
    ],
)
def test_a_people_id_that_could_leave_public_is_refused(tmp_path, capsys, people, expected):
    site = write_site(tmp_path / "site", {"content/people.yaml": people, "content/articles/good.md": GOOD})
    outcome = run(capsys, "build", str(site), "-q")
    assert (outcome.code, outcome.errors) == (1, [expected])


def test_ids_and_names_that_look_like_paths_become_plain_segments(tmp_path, capsys):
    """Topic ids in front matter and speaker names are slugified, so they can only name folders inside public/."""
    body = '"We will win," ../../Evil said on Friday.\n\n"Again," C:\\Windows said.\n'
    site = write_site(
        tmp_path / "site", {A: "---\ntitle: T\ndate: 2025-01-01\ntopics: ['../../etc', '/abs', 'C:\\x']\n---\n" + body}
    )
    assert run(capsys, "build", str(site), "-q").code == 0
    outside = sorted(p.name for p in tmp_path.iterdir())
    assert outside == ["site"]
    assert sorted(p.name for p in site.iterdir()) == [".sitegen-cache", "content", "public"]
    for path in tree(site / "public"):
        assert all(part not in ("..", "") and ":" not in part and "\\" not in part for part in path.split("/"))
    assert (site / "public/topics/etc/index.html").is_file()


# --- symbolic links in content/


@pytest.fixture
def outside(tmp_path):
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "secret.md").write_text("---\ntitle: SECRET\ndate: 2025-01-01\n---\nsecret body\n")
    return folder


def test_a_symlink_to_a_file_outside_the_site_is_refused_and_nothing_leaks(tmp_path, capsys, outside):
    site = write_site(tmp_path / "site", {"content/articles/good.md": GOOD})
    os.symlink(outside / "secret.md", site / "content/articles/s.md")
    outcome = run(capsys, "build", str(site), "-q", "--keep-going")
    assert outcome.errors == [
        f"content/articles/s.md: is a symbolic link to {(outside / 'secret.md').resolve().as_posix()}, outside the "
        "site folder; links are followed only inside the site: copy the file into the site instead"
    ]
    assert outcome.code == 1
    assert not any(b"SECRET" in data or b"secret body" in data for data in tree(site / "public").values())


def test_a_symlink_to_a_file_inside_the_site_is_followed(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"drafts/inside.md": GOOD.replace("Council approves budget", "Inside")})
    (site / "content/articles").mkdir(parents=True)
    os.symlink("../../drafts/inside.md", site / "content/articles/inside.md")
    assert run(capsys, "build", str(site), "-q").code == 0
    assert "Inside" in (site / "public/articles/inside/index.html").read_text()


def test_a_site_folder_named_through_a_symlink_is_built_and_still_guarded(tmp_path, capsys, outside):
    real = write_site(tmp_path / "real", {"content/articles/good.md": GOOD, "drafts/inside.md": GOOD})
    os.symlink(outside / "secret.md", real / "content/articles/s.md")
    os.symlink(real / "drafts/inside.md", real / "content/articles/inside.md")
    os.symlink(real, tmp_path / "site")
    outcome = run(capsys, "build", str(tmp_path / "site"), "-q", "--keep-going")
    assert [e.split(":")[0] for e in outcome.errors] == ["content/articles/s.md"]
    assert "outside the site folder" in outcome.errors[0]
    assert {"good", "inside"} <= {p.name for p in (real / "public/articles").iterdir()}


def test_a_symlinked_articles_folder_outside_the_site_is_refused(tmp_path, capsys, outside):
    site = write_site(tmp_path / "site", {"content/people.yaml": ""})
    os.symlink(outside, site / "content/articles")
    outcome = run(capsys, "build", str(site), "-q")
    assert outcome.code == 1
    assert [e.split(":")[0] for e in outcome.errors] == ["content/articles/secret.md"]
    assert "outside the site folder" in outcome.errors[0]


def test_a_people_file_linked_to_a_system_file_is_refused(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"content/articles/good.md": GOOD})
    os.symlink("/etc/passwd", site / "content/people.yaml")
    outcome = run(capsys, "build", str(site), "-q")
    assert outcome.code == 1
    assert outcome.errors == [
        f"content/people.yaml: is a symbolic link to {os.path.realpath('/etc/passwd')}, outside the site folder; "
        "links are followed only inside the site: copy the file into the site instead"
    ]


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda d: os.symlink(d / "missing.md", d / "x.md"),
            "content/articles/x.md: is a broken symbolic link (no such file or directory); fix or remove it",
        ),
        (
            lambda d: (os.symlink(d / "y.md", d / "x.md"), os.symlink(d / "x.md", d / "y.md")),
            "content/articles/x.md: is a broken symbolic link (symbolic link loop); fix or remove it",
        ),
        (
            lambda d: (d / "x.md").mkdir(),
            "content/articles/x.md: is not a regular file; content files must be plain text files",
        ),
    ],
    ids=["broken link", "link loop", "folder named x.md"],
)
def test_unreadable_article_entries_are_errors_when_read(tmp_path, make, expected):
    site = write_site(tmp_path / "site", {"content/articles/good.md": GOOD})
    make(site / "content/articles")
    content = read_content(site, markdown_parser(False))
    assert [str(e) for e in content.errors][:1] == [expected]
    assert [a.slug for a in content.articles] == ["good"]


@pytest.mark.parametrize("kind", ["broken link", "folder named x.md"])
def test_unreadable_article_entries_are_errors_in_a_build(tmp_path, capsys, kind):
    site = write_site(tmp_path / "site", {"content/articles/good.md": GOOD})
    folder = site / "content/articles"
    if kind == "broken link":
        os.symlink(folder / "missing.md", folder / "x.md")
    else:
        (folder / "x.md").mkdir()
    outcome = run(capsys, "build", str(site), "-q")
    assert outcome.code == 1 and outcome.errors[0].startswith("content/articles/x.md: ")


def test_a_static_file_linked_outside_the_site_is_not_published(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"content/articles/good.md": GOOD})
    (site / "templates/static").mkdir(parents=True)
    os.symlink("/etc/passwd", site / "templates/static/passwd.txt")
    outcome = run(capsys, "build", str(site), "-q")
    assert not (site / "public/assets/passwd.txt").exists()
    assert outcome.code == 1 and outcome.errors[0].startswith(
        "templates/static/passwd.txt: is a symbolic link to /etc/passwd, outside the site folder"
    )


def test_a_static_file_linked_inside_the_site_is_published(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"content/articles/good.md": GOOD, "images/logo.svg": "<svg/>"})
    (site / "templates/static").mkdir(parents=True)
    os.symlink(site / "images/logo.svg", site / "templates/static/logo.svg")
    assert run(capsys, "build", str(site), "-q").code == 0
    assert (site / "public/assets/logo.svg").read_text() == "<svg/>"


# --- output folders sitegen does not own


def test_out_refuses_a_folder_it_did_not_make(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"content/articles/good.md": GOOD})
    foreign = write_site(tmp_path / "home", {"notes.txt": "keep me"})
    outcome = run(capsys, "build", str(site), "-q", "--out", str(foreign))
    assert outcome.code == 1
    assert outcome.errors == [
        f"{foreign.resolve()} is not empty and was not made by sitegen; choose an empty or new folder with --out"
    ]
    assert tree(foreign) == {"notes.txt": b"keep me"}


def test_out_refuses_the_site_folder_itself(tmp_path, capsys):
    site = write_site(tmp_path / "site", {"content/articles/good.md": GOOD})
    before = tree(site / "content")
    outcome = run(capsys, "build", str(site), "-q", "--out", str(site))
    assert outcome.code == 1 and "was not made by sitegen" in outcome.errors[0]
    assert tree(site / "content") == before
    assert sorted(p.name for p in site.iterdir()) == [".sitegen-cache", "content"]

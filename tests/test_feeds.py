"""Atom feeds (site, per person, per topic) parse as XML and carry Atom's required elements; ``updated`` is the
newest entry's date, never the build time."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from sitegen.build import build
from tests.test_pages import rendered, tiny_site

ATOM = "{http://www.w3.org/2005/Atom}"


def check_feed(text: str) -> ET.Element:
    """Parse ``text`` and assert the elements RFC 4287 requires; returns the root."""
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{name}") is not None and root.find(f"{ATOM}{name}").text, name
    assert root.find(f"{ATOM}link[@rel='self']") is not None
    feed_author = root.find(f"{ATOM}author/{ATOM}name") is not None
    ids = []
    for entry in root.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{name}") is not None and entry.find(f"{ATOM}{name}").text, name
        assert feed_author or entry.find(f"{ATOM}author/{ATOM}name") is not None
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None
        ids.append(entry.find(f"{ATOM}id").text)
    assert len(ids) == len(set(ids))
    updated = [e.find(f"{ATOM}updated").text for e in root.findall(f"{ATOM}entry")]
    if updated:
        assert root.find(f"{ATOM}updated").text == max(updated)
    return root


def test_every_feed_of_the_tiny_site_is_valid_atom(tmp_path):
    files = rendered(tiny_site(), tmp_path)
    feeds = {path: text for path, text in files.items() if path.endswith("feed.xml")}
    assert {"feed.xml", "people/ann-lee/feed.xml", "people/bo-park/feed.xml", "topics/floods/feed.xml"} <= set(feeds)
    for text in feeds.values():
        check_feed(text)
    ann = check_feed(feeds["people/ann-lee/feed.xml"])
    assert len(ann.findall(f"{ATOM}entry")) == 4
    assert ann.find(f"{ATOM}updated").text == "2025-03-10T00:00:00Z"
    assert ann.find(f"{ATOM}id").text == "https://example.org/repo/people/ann-lee/feed.xml"


def test_feed_text_is_escaped_and_stripped_of_characters_xml_forbids(tmp_path):
    site = tiny_site()
    site.articles[0].title = "Flood <b>&</b> \x01 \x0b news"
    check_feed(rendered(site, tmp_path)["feed.xml"])


def test_feeds_without_a_host_use_urn_ids(tmp_path):
    root = check_feed(rendered(tiny_site("/repo/"), tmp_path)["feed.xml"])
    assert root.find(f"{ATOM}id").text == "urn:sitegen:/repo/feed.xml"


def test_sample_site_feeds_are_valid_and_deterministic(sample_site, tmp_path):
    outs = []
    for name in ("a", "b"):
        build(sample_site, out=tmp_path / name, base_url="https://example.github.io/repo/", clean=True, jobs=1)
        outs.append({p.relative_to(tmp_path / name): p.read_bytes() for p in (tmp_path / name).rglob("*.xml")})
    assert outs[0] == outs[1]
    assert len([p for p in outs[0] if p.name == "feed.xml"]) >= 5
    for data in outs[0].values():
        if data.startswith(b'<?xml version="1.0" encoding="utf-8"?>\n<feed'):
            check_feed(data.decode())

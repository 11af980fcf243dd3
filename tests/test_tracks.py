"""Figure tracks: one counted thing across articles, with disagreements flagged."""

from __future__ import annotations

from xml.etree import ElementTree

from sitegen.charts import track_chart
from sitegen.link import SiteFigure
from sitegen.model import Figure
from sitegen.tracks import figure_tracks, track_key


def fig(article: str, day: str, value: int, counted: str | None, kind: str = "number") -> SiteFigure:
    figure = Figure(0, 3, str(value), value, kind, counted=counted)
    return SiteFigure(f"f-{article}-{value}", figure, article, None, day, None, [])


def test_the_same_counted_thing_matches_across_wording_and_plurals():
    assert track_key(fig("a", "2025-03-01", 96, "returnees")) == track_key(fig("b", "2025-03-02", 112, "returnee"))
    assert track_key(fig("a", "2025-03-01", 96, "returnees")) != track_key(fig("b", "2025-03-02", 9, "people"))
    assert track_key(fig("a", "2025-03-01", 96, None)) is None


def test_a_track_needs_two_articles_and_flags_close_reports_that_disagree():
    figures = [
        fig("first", "2025-03-03", 96, "returnees"),
        fig("dispute", "2025-03-04", 112, "returnees"),
        fig("second", "2025-03-18", 131, "returnees"),
        fig("other", "2025-03-04", 5, "ministers"),
    ]
    (track,) = figure_tracks(figures)
    assert track.id == "returnees" and [f.figure.value for f in track.figures] == [96, 112, 131]
    assert [(d.first.article, d.second.article) for d in track.disagreements] == [("first", "dispute")]


def test_reports_that_agree_or_are_far_apart_are_not_flagged():
    figures = [
        fig("a", "2025-01-01", 10, "boats"),
        fig("b", "2025-01-02", 10, "boats"),
        fig("c", "2025-02-01", 12, "boats"),
    ]
    (track,) = figure_tracks(figures)
    assert track.disagreements == []


def test_chart_is_accessible_static_svg_and_deterministic():
    points = [("2025-03-03", 96.0), ("2025-03-04", 112.0), ("2025-03-18", 131.0)]
    svg = track_chart(points, "Returnees <reported>", "t1", flagged={0, 1})
    root = ElementTree.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("role") == "img" and root.find(f"{ns}title").text == "Returnees <reported>"
    assert "2025-03-04: 112" in root.find(f"{ns}desc").text
    assert len(root.findall(f"{ns}circle[@class='flag']")) == 2
    assert svg == track_chart(points, "Returnees <reported>", "t1", flagged={0, 1})
    assert "<script" not in svg


def test_each_report_is_flagged_once_against_the_nearest_earlier_one_that_differs():
    figures = [fig("a", "2025-03-03", 96, "returnees"), fig("b", "2025-03-03", 112, "returnees")]
    figures.append(fig("c", "2025-03-04", 96, "returnees"))
    (track,) = figure_tracks(figures)
    assert [(d.first.article, d.second.article) for d in track.disagreements] == [("a", "b"), ("b", "c")]
    crowd = [fig(f"x{i}", "2025-03-03", i, "returnees") for i in range(300)]
    (track,) = figure_tracks(crowd)
    assert len(track.disagreements) == 299


def test_a_long_track_labels_only_its_ends_and_extremes():
    points = [(f"2025-01-{1 + i % 28:02}", float(i % 17)) for i in range(100)]
    root = ElementTree.fromstring(track_chart(points, "Many", "t2"))
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f"{ns}circle")) == 100
    labels = [t.text for t in root.findall(f"{ns}text") if t.get("text-anchor") == "middle"]
    assert sorted(labels) == ["0", "14", "16"]  # first and lowest, last, highest

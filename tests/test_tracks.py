"""Figure tracks: one counted thing across articles, with disagreements flagged."""

from __future__ import annotations

from datetime import date, timedelta
from xml.etree import ElementTree

from sitegen.charts import MARKS, period_of, track_chart
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


def test_a_chart_of_thousands_of_reports_draws_a_mark_per_month_and_stays_small():
    def points(n: int) -> list[tuple[str, float]]:  # n reports over the 1,461 days of 2021 to 2024
        return sorted(((date(2021, 1, 1) + timedelta(i * 7 % 1461)).isoformat(), float(i % 500)) for i in range(n))

    small, large = points(1000), points(20_000)
    assert period_of([d for d, _ in small]) == "month" and period_of([d for d, _ in large]) == "month"
    charts = [track_chart(p, "Many", "t3") for p in (small, large)]
    assert len(charts[1]) < 1.1 * len(charts[0]) < 20_000
    root = ElementTree.fromstring(charts[1])
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f"{ns}circle")) == len(root.findall(f"{ns}line[@class='range']")) == 48
    assert sorted(t.text for t in root.findall(f"{ns}text") if t.get("text-anchor") == "middle") == ["0", "499"]


def test_a_month_with_a_report_that_disagrees_gets_the_flag_and_the_description_says_so():
    points = sorted(((date(2025, 1, 1) + timedelta(i % 365)).isoformat(), 100.0) for i in range(400))
    points.append(("2025-12-31", 5.0))
    root = ElementTree.fromstring(track_chart(points, "Many", "t4", flagged={len(points) - 1}))
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f"{ns}circle[@class='flag']")) == 1 and len(root.findall(f"{ns}circle")) == 12
    description = root.find(f"{ns}desc").text
    assert description.startswith("Median report per month, with the lowest and highest: 2025-01: 100 (100 to 100;")
    assert description.endswith("2025-12: 100 (5 to 100; 32 reports, 1 disagree)")


def test_a_chart_uses_the_shortest_period_that_keeps_it_small():
    assert period_of(["2025-03-01"] * MARKS) is None
    assert period_of(["2025-03-01", "2025-03-02"] * MARKS) == "day"
    assert period_of([f"{1800 + i}-01-01" for i in range(MARKS + 1)]) == "year"

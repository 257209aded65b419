"""The Overview dashboard, driven through the real window on the real demo workspace."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt

from synergy_desktop.cli import main as cli_main
from synergy_desktop.domain.reporting import ObligationInput, Precision
from synergy_desktop.ui.shared.translations import install, uninstall
from tests.ui_helpers import demo_with_one_round


@pytest.fixture
def demo_window(window, tmp_path):
    path = tmp_path / "demo.synergy"
    demo_with_one_round(path)
    window.set_language("en")  # English with its British dates (locale_for("en"))
    window.files.open_location(str(path))
    yield window
    window.set_language("en")
    window.release_language()


def overview_of(window):
    window.show_tab("overview")
    return window.tabs.overview


def second_round(window) -> int:
    """A follow-up round, started from the demo round through the service, ratings moved."""
    session = window.session
    first = session.assessment.id
    info = session.service.new_round_from(first, "Follow-up", period="2028", author="Test")
    session.service.save_answers(info.id, {"A1": {"rating": "4"}, "A2": {"rating": "1"}})
    session.select(info.id)
    return info.id


def percents(progress, attribute: str) -> list[float]:
    values = [getattr(area, attribute) for area in progress.areas]
    return [0.0 if value is None else round(value * 100, 1) for value in values]


def test_the_charts_show_the_services_figures_per_area(demo_window, qtbot):
    overview = overview_of(demo_window)
    context = demo_window.session.context
    progress = context.assessments.progress(demo_window.session.assessment.id)
    qtbot.waitUntil(lambda: overview.bars.values_of("score") == percents(progress, "score"))
    assert overview.bars.values_of("answered") == percents(progress, "completeness")
    assert overview.radar.values_of() == percents(progress, "score")
    assert list(overview.bars.categories.categories()) == list("ABCDEFGH")
    labels = [row[3].text() for row in overview.progress_list.rows]
    assert labels == [f"{a.answered}/{a.total}" for a in progress.areas]
    assert "22 of 29 options answered" in overview.summary.text()


def test_the_charts_are_built_once_and_follow_a_save(demo_window, qtbot):
    overview = overview_of(demo_window)
    bar_set, view = overview.bars.score, overview.bars
    session = demo_window.session
    session.service.save_answer(session.assessment.id, "A1", {"rating": "0"})
    session.select(session.assessment.id)  # as after an undo or an import
    progress = session.context.assessments.progress(session.assessment.id)
    qtbot.waitUntil(lambda: overview.bars.values_of("score") == percents(progress, "score"))
    assert overview.bars.score is bar_set and overview.bars is view


def test_the_trend_appears_with_a_second_round_only(window, tmp_path, qtbot):
    assert window.files.open_location(str(tmp_path / "one.synergy"), create=True)
    session = window.session
    info = session.service.create("Round 2026", period="2026")
    session.service.save_answers(info.id, {"A1": {"rating": "2"}})
    session.select(info.id)
    overview = overview_of(window)
    qtbot.waitUntil(lambda: not overview._stale)
    assert overview.cards["trend"].isHidden()
    second_round(window)
    qtbot.waitUntil(lambda: overview.cards["trend"].isVisible())
    rounds = overview.trend.rounds.categories()
    assert list(rounds) == ["2026", "2028"]
    line = overview.trend.lines["A"]
    scores = [
        window.session.context.assessments.progress(r.id).area("A").score
        for r in (window.session.rounds())
    ]
    assert [p.y() for p in line.points()] == [round(s * 100, 1) for s in scores]
    assert overview.radar.earlier.isVisible()  # the earlier round dashed on the radar


def test_the_demo_shows_its_two_rounds_as_a_trend(window, tmp_path, qtbot):
    path = tmp_path / "demo.synergy"
    assert cli_main(["demo", "--workspace", str(path)]) == 0
    assert window.files.open_location(str(path))
    overview = overview_of(window)
    qtbot.waitUntil(lambda: not overview._stale and overview.cards["trend"].isVisible())
    assert len(list(overview.trend.rounds.categories())) == 2


@pytest.mark.parametrize(
    ("card", "page"),
    [
        ("scores", "assessment"),
        ("trend", "assessment"),
        ("register", "register"),
        ("nbsap", "nbsap"),
        ("deadlines", "reporting"),
    ],
)
def test_clicking_a_box_opens_the_page_it_sums_up(demo_window, qtbot, card, page):
    if card == "trend":
        second_round(demo_window)
    overview = overview_of(demo_window)
    box = overview.cards[card]
    qtbot.waitUntil(box.isVisible)
    target = box.body.viewport() if hasattr(box.body, "viewport") else box.body
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert demo_window.tabs.current_name() == page


def test_a_box_opens_its_page_from_the_keyboard(demo_window, qtbot):
    overview = overview_of(demo_window)
    box = overview.cards["register"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert demo_window.tabs.current_name() == "register"
    assert box.accessibleName() == "Focal points"


def _add_deadlines(window) -> None:
    """Two deadlines relative to today: one five days overdue, one known to the month."""
    reporting = window.session.context.reporting()
    today = date.today()
    reporting.add(ObligationInput("CBD", "Late test report", due_date=today - timedelta(days=5)))
    reporting.add(
        ObligationInput(
            "CMS",
            "Monthly test report",
            due_date=today + timedelta(days=20),
            due_precision=Precision.MONTH,
        )
    )


def _deadline(overview, title: str):
    return next(line for line in overview.deadlines.deadlines.lines if title in line.what)


def test_deadlines_show_the_locales_dates_and_overdue_in_words(demo_window, qtbot):
    _add_deadlines(demo_window)
    overview = overview_of(demo_window)
    late = date.today() - timedelta(days=5)
    qtbot.waitUntil(
        lambda: any("Late test" in line.what for line in overview.deadlines.deadlines.lines)
    )
    line = _deadline(overview, "Late test report")
    assert line.overdue and line.when == f"{late:%d/%m/%Y} · overdue by 5 days"
    month = _deadline(overview, "Monthly test report")
    soon = date.today() + timedelta(days=20)
    assert month.when.startswith(f"{soon:%B %Y} · ") and not month.overdue
    model = overview.deadlines.deadlines
    row = model.lines.index(line) * 2
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a40000"

    demo_window.set_language("fr")
    month = _deadline(overview, "Monthly test report")
    french = QLocale("fr_FR").standaloneMonthName(soon.month)
    assert month.when.startswith(f"{french} {soon.year} · ")
    assert _deadline(overview, "Late test report").when.startswith(f"{late:%d/%m/%Y} · ")

    demo_window.set_language("ar")
    line = _deadline(overview, "Late test report")
    digits = [c for c in line.when if c.isdigit()]
    assert digits and all("٠" <= c <= "٩" for c in digits), line.when  # one kind of digit
    assert "٥" in line.when


def test_history_dates_follow_the_language(demo_window, qtbot):
    view = demo_window.view
    view.select_option("A1")
    model = view.history_model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    english = model.index(0, 0).data()
    moment = model.entries[0].changed_at.astimezone()
    assert english.startswith(f"{moment:%d/%m/%Y}")  # en_GB: day/month/year
    demo_window.set_language("ar")
    arabic = model.index(0, 0).data()
    assert not any("0" <= c <= "9" for c in arabic) and any("٠" <= c <= "٩" for c in arabic)


def test_chart_titles_follow_a_live_language_switch(demo_window, qtbot, monkeypatch):
    overview = overview_of(demo_window)
    second_round(demo_window)
    qtbot.waitUntil(lambda: overview.cards["trend"].isVisible())
    english = {name: card.title.text() for name, card in overview.cards.items()}
    demo_window.set_language("fr")
    french = QCoreApplication.translate("OverviewView", "Focal points")
    assert french != "Focal points" and overview.cards["register"].title.text() == french
    assert (
        overview.progress_list.rows[0][1].text()
        != "Institutional arrangements and coordination of focal points"
    )
    # Every text of every chart is re-read on a switch: under pseudo-localisation all are marked.
    uninstall(demo_window.translators)
    monkeypatch.setenv("SYNERGY_PSEUDO", "1")
    demo_window.translators = install("fr")
    demo_window.retranslate()
    monkeypatch.delenv("SYNERGY_PSEUDO")
    titles = [card.title.text() for card in overview.cards.values()]
    assert all(t.startswith("⟦") for t in titles), titles
    assert overview.bars.score.label().startswith("⟦")
    assert overview.coverage_chart.values.titleText().startswith("⟦")
    assert set(titles).isdisjoint(english.values())
    demo_window.set_language("en")
    assert overview.cards["scores"].title.text() == english["scores"]


def test_charts_mirror_right_to_left_and_follow_the_text_size(demo_window, qtbot):
    overview = overview_of(demo_window)
    second_round(demo_window)
    qtbot.waitUntil(lambda: overview.cards["trend"].isVisible())
    scores = overview.bars.values_of("score")
    size = overview.bars.chart().legend().font().pointSizeF()
    demo_window.change_font(+3)  # Ctrl++ three times
    legend = overview.bars.chart().legend()
    qtbot.waitUntil(lambda: legend.font().pointSizeF() == pytest.approx(size + 3))
    assert overview.bars.categories.labelsFont().pointSizeF() > size
    demo_window.change_font(0)
    demo_window.set_language("ar")
    bars = overview.bars
    assert bars.values.alignment() == Qt.AlignmentFlag.AlignRight
    assert list(bars.categories.categories()) == list("HGFEDCBA")  # A on the right
    assert bars.values_of("score") == scores  # the same figures, read right to left
    assert list(overview.trend.rounds.categories()) == ["٢٠٢٨", "٢٠٢٦"]
    assert overview.coverage_chart.values.isReverse()
    demo_window.set_language("en")
    assert bars.values.alignment() == Qt.AlignmentFlag.AlignLeft
    assert list(bars.categories.categories()) == list("ABCDEFGH")

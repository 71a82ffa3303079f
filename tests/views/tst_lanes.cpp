// Comparing reports in the chart: lanes and overlay modes with several reports, the lane menu's
// arrangement, what an export shows, and the marks of a report compared with its baseline.
#include "chartexporter.h"
#include "chartfixture.h"
#include "reportparser.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"
#include "vectorcheck.h"

#include <QGraphicsScene>
#include <QLegendMarker>
#include <QMenu>
#include <QTemporaryDir>
#include <QtTest>

using namespace Turnpoint;

namespace {

struct Point {
    const char *date;
    const char *kind;
    int confidence;
    const char *title;
};

// A report in the file format, parsed as a file would be.
Report makeReport(const QString &title, const QString &file, const QList<Point> &points) {
    QString text = title + QStringLiteral("\n\n分析周期：截至2025年5月1日\n\n---\n\n");
    for (const Point &p : points) {
        text += QStringLiteral("### 转折点：%1（%2） - 置信度：%3%\n\n1. **项目名称**：%4\n"
                               "**实施时间**：%1\n\n---\n\n")
                    .arg(QString::fromUtf8(p.date), QString::fromUtf8(p.kind))
                    .arg(p.confidence)
                    .arg(QString::fromUtf8(p.title));
    }
    return ReportParser::parseBytes(text.toUtf8(), file);
}

const QString TitleA = QStringLiteral("云南省工业部门碳排放关键政策与事件汇编");
const QString TitleB = QStringLiteral("Quarterly notes without a recognisable shape");
const QString TitleC = QStringLiteral("云南省建筑部门碳排放关键政策与事件汇编");

// Three reports: A with two events, B with three policies, C with one event and one policy;
// confidence 100 so markers are drawn fully opaque in lanes mode too (the SVG count reads
// opaque shapes only).
QList<Report> threeReports() {
    return {makeReport(TitleA, QStringLiteral("/r/a.md"),
                       {{"2019年3月", "事件", 100, "甲一"}, {"2021年6月", "事件", 100, "甲二"}}),
            makeReport(TitleB, QStringLiteral("/r/b.md"),
                       {{"2019年9月", "政策", 100, "乙一"},
                        {"2020年9月", "政策", 100, "乙二"},
                        {"2022年1月", "政策", 100, "乙三"}}),
            makeReport(TitleC, QStringLiteral("/r/c.md"),
                       {{"2020年3月", "事件", 100, "丙一"}, {"2022年6月", "政策", 100, "丙二"}})};
}

struct Chart : TestSupport::ChartFixture {
    explicit Chart(QList<Report> reports, QSizeF size = QSizeF(1400, 560))
        : ChartFixture(std::move(reports), size) {}
};

QStringList laneTitles(TimelineChart *chart) {
    QStringList titles;
    for (const TimelineChart::LaneGeometry &lane : chart->laneGeometry())
        titles.append(lane.title);
    return titles;
}

// Reports (rows) whose markers are drawn.
QSet<int> drawnReports(TimelineChart *chart) {
    QSet<int> reports;
    for (const TimelineChart::DrawnMarker &m : chart->drawnMarkers())
        if (m.marker >= 0)
            reports.insert(chart->store().at(m.marker).report);
    return reports;
}

VectorCheck::SvgSummary exportSvg(TimelineChart *chart) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    if (!ChartExporter::writeSvg(chart, path, QDate(2025, 5, 2), &error))
        qWarning() << error;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return VectorCheck::readSvg(f.readAll(), chart->plotArea());
}

} // namespace

class TestLanes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(UiLanguage::install(QStringLiteral("en"))); }

    void lanesFollowTheOrderAndTheirMarkersStayInside() {
        Chart c(threeReports());
        TimelineChart *chart = c.chart;
        QVERIFY(chart->laneGeometry().isEmpty()); // overlay by default
        chart->setMode(TimelineChart::Mode::Lanes);
        c.settle();
        QCOMPARE(laneTitles(chart), (QStringList{TitleA, TitleB, TitleC}));
        const QList<TimelineChart::LaneGeometry> lanes = chart->laneGeometry();
        for (int i = 1; i < lanes.size(); ++i)
            QVERIFY(lanes.at(i).band.top() >= lanes.at(i - 1).band.bottom() - 0.01);
        // Every marker sits in its report's lane; the label is left of the plot.
        QCOMPARE(chart->drawnMarkers().size(), 7);
        for (const TimelineChart::DrawnMarker &m : chart->drawnMarkers()) {
            const int report = chart->store().at(m.marker).report;
            const auto lane = std::find_if(lanes.cbegin(), lanes.cend(),
                                           [report](const auto &l) { return l.report == report; });
            QVERIFY(lane != lanes.cend());
            QVERIFY(lane->band.contains(m.centre));
        }
        for (const TimelineChart::LaneGeometry &lane : lanes) {
            QVERIFY(!lane.labelRect.isEmpty());
            QVERIFY(lane.labelRect.right() <= chart->plotArea().left());
            QVERIFY(lane.labelRect.left() >= 0);
        }

        QVERIFY(chart->moveLane(QStringLiteral("/r/c.md"), -1));
        QCOMPARE(laneTitles(chart), (QStringList{TitleA, TitleC, TitleB}));
        QVERIFY(!chart->moveLane(QStringLiteral("/r/a.md"), -1)); // already at the top
        QCOMPARE(laneTitles(chart), (QStringList{TitleA, TitleC, TitleB}));
    }

    void hiddenLanesAreNotDrawnNorExported() {
        Chart c(threeReports());
        TimelineChart *chart = c.chart;
        chart->setMode(TimelineChart::Mode::Lanes);
        c.settle();
        const QRgb event = TimelineChart::colorFor(TimelineChart::KindClass::Event).rgb();
        const QRgb policy = TimelineChart::colorFor(TimelineChart::KindClass::Policy).rgb();
        VectorCheck::SvgSummary all = exportSvg(chart);
        QVERIFY2(all.wellFormed, qPrintable(all.error));
        QCOMPARE(all.shapesByFill.value(event), 3);
        QCOMPARE(all.shapesByFill.value(policy), 4);

        chart->setLaneHidden(QStringLiteral("/r/b.md"), true);
        QCOMPARE(laneTitles(chart), (QStringList{TitleA, TitleC}));
        QCOMPARE(drawnReports(chart), (QSet<int>{0, 2}));
        QCOMPARE(chart->visibleMarkerCount(), 4);
        c.settle(); // as the event loop would before a person can export
        const VectorCheck::SvgSummary shown = exportSvg(chart);
        QCOMPARE(shown.shapesByFill.value(event), 3);
        QCOMPARE(shown.shapesByFill.value(policy), 1); // C's; none of B's three
        // The caption names the visible lanes only.
        const QStringList caption = ChartExporter::captionLines(chart, QDate(2025, 5, 2));
        QCOMPARE(caption.value(0), QStringLiteral("2 reports: %1 · %2").arg(TitleA, TitleC));
        // Counted over the visible lanes: A's two and C's two turning points.
        QVERIFY2(
            caption.value(1).startsWith(QStringLiteral("confidence ≥ 0%, 4 of 4 turning points")),
            qPrintable(caption.value(1)));
        c.proxy.setMinimumConfidence(100);
        chart->setShowGhosts(true);
        QCOMPARE(chart->ghostMarkerCount(), 0);
        c.proxy.setMinimumConfidence(0);
        chart->setShowGhosts(false);
        QVERIFY2(!VectorCheck::squeezed(shown.text).contains(VectorCheck::squeezed(TitleB)),
                 qPrintable(shown.text));

        // The arrow keys skip the hidden lane.
        QModelIndex index;
        QSet<int> visited;
        for (int i = 0; i < 6; ++i) {
            index = chart->adjacentTurningPoint(+1);
            c.selection.setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            visited.insert(chart->markerOf(index) >= 0
                               ? chart->store().at(chart->markerOf(index)).report
                               : -1);
        }
        QCOMPARE(visited, (QSet<int>{0, 2}));

        chart->showAllLanes();
        QCOMPARE(laneTitles(chart), (QStringList{TitleA, TitleB, TitleC}));
        QCOMPARE(chart->visibleMarkerCount(), 7);
        // Overlay ignores hiding: every report is on the one plot.
        chart->setLaneHidden(QStringLiteral("/r/b.md"), true);
        chart->setMode(TimelineChart::Mode::Overlay);
        QCOMPARE(chart->visibleMarkerCount(), 7);
        QCOMPARE(ChartExporter::captionLines(chart, QDate(2025, 5, 2)).value(0),
                 QStringLiteral("3 reports: %1 · %2 · %3").arg(TitleA, TitleB, TitleC));
    }

    void groupingPutsLanesUnderTheirRegionOrSector() {
        Chart c(threeReports());
        TimelineChart *chart = c.chart;
        chart->setMode(TimelineChart::Mode::Lanes);
        chart->setLaneGrouping(LaneLayout::Grouping::Sector);
        // 工业部门, 建筑部门, then the title that names none.
        QCOMPARE(laneTitles(chart), (QStringList{TitleA, TitleC, TitleB}));
        QCOMPARE(chart->laneGeometry().at(0).group, QStringLiteral("工业部门"));
        QCOMPARE(chart->laneGeometry().at(2).group, QString());
        chart->setLaneGrouping(LaneLayout::Grouping::Region);
        QCOMPARE(laneTitles(chart), (QStringList{TitleA, TitleC, TitleB}));
        QCOMPARE(chart->laneGeometry().at(1).group, QStringLiteral("云南省"));
        // Headers take room: the first lane starts below the plot's top.
        QVERIFY(chart->laneGeometry().at(0).band.top() > chart->plotArea().top());
        // Grouped lanes move inside their group, never across a group's border.
        QVERIFY(!chart->canMoveLane(QStringLiteral("/r/c.md"), +1));
        QVERIFY(!chart->moveLane(QStringLiteral("/r/c.md"), +1));
        QVERIFY(chart->canMoveLane(QStringLiteral("/r/c.md"), -1));
        QVERIFY(chart->moveLane(QStringLiteral("/r/c.md"), -1));
        QCOMPARE(laneTitles(chart), (QStringList{TitleC, TitleA, TitleB}));
        QVERIFY(!chart->canMoveLane(QStringLiteral("/r/b.md"), -1));
        QVERIFY(chart->moveLane(QStringLiteral("/r/a.md"), -1)); // A first again, C after it
        chart->setLaneGrouping(LaneLayout::Grouping::Sector);
        QVERIFY(!chart->canMoveLane(QStringLiteral("/r/a.md"), +1)); // 工业部门 holds A alone
        chart->setLaneGrouping(LaneLayout::Grouping::None);
        // The order the moves above left: A, C, then B.
        QCOMPARE(laneTitles(chart), (QStringList{TitleA, TitleC, TitleB}));
        QCOMPARE(chart->laneGeometry().at(0).band.top(), chart->plotArea().top());
    }

    void clickInTheSecondLaneSelectsItsTurningPoint() {
        TimelineModel model;
        for (Report &r : threeReports())
            model.addReport(std::move(r));
        TimelineFilterModel proxy;
        proxy.setSourceModel(&model);
        QItemSelectionModel selection(&proxy);
        TimelineChartView view(&proxy, &selection);
        view.resize(1300, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TimelineChart *chart = view.timelineChart();
        chart->setMode(TimelineChart::Mode::Lanes);
        QTRY_COMPARE(chart->laneGeometry().size(), 3);
        // B's 2020-09 policy: lane 2.
        const int marker = chart->store().indexOf(1, 1);
        QVERIFY(marker >= 0);
        QVERIFY(chart->drawnIndexOf(marker) >= 0);
        QVERIFY(chart->laneGeometry().at(1).band.contains(chart->markerCentre(marker)));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.markerPosition(marker));
        const QModelIndex selected = chart->selectedTurningPoint();
        QVERIFY(selected.isValid());
        QCOMPARE(selected.parent().row(), 1);
        QCOMPARE(selected.row(), 1);

        // The lane menu of lane 2 moves B and can hide it.
        const QPointF inLane = chart->laneGeometry().at(1).band.center();
        const QPoint pos = view.mapFromScene(chart->mapToScene(inLane));
        std::unique_ptr<QMenu> menu(view.createLaneMenu(pos, nullptr));
        QVERIFY(menu);
        QStringList texts;
        for (QAction *action : menu->actions())
            texts.append(action->text());
        QVERIFY(texts.contains(QStringLiteral("Move Up")));
        QVERIFY(texts.contains(QStringLiteral("Group by Region")));
        menu->actions().at(0)->trigger(); // Move Up
        QCOMPARE(laneTitles(chart), (QStringList{TitleB, TitleA, TitleC}));
        // The lane label's tool tip is the full title.
        QCOMPARE(chart->laneAt(chart->laneGeometry().at(0).labelRect.center(), true), 0);
        QVERIFY(!view.createLaneMenu(QPoint(2, 2), nullptr)); // not on a lane: no menu
        chart->setMode(TimelineChart::Mode::Overlay);
        QVERIFY(!view.createLaneMenu(pos, nullptr));
    }

    void overlayColoursReportsAndNamesThemInTheLegend() {
        Chart c(threeReports());
        TimelineChart *chart = c.chart;
        for (const TimelineChart::DrawnMarker &m : chart->drawnMarkers()) {
            QVERIFY(m.fill);
            QCOMPARE(*m.fill, TimelinePlotItem::reportColor(chart->store().at(m.marker).report));
        }
        const VectorCheck::SvgSummary svg = exportSvg(chart);
        QCOMPARE(svg.shapesByFill.value(TimelinePlotItem::reportColor(0).rgb()), 2);
        QCOMPARE(svg.shapesByFill.value(TimelinePlotItem::reportColor(1).rgb()), 3);
        QCOMPARE(svg.shapesByFill.value(TimelinePlotItem::reportColor(2).rgb()), 2);
        QStringList legend;
        for (QLegendMarker *marker : chart->legend()->markers())
            if (marker->isVisible())
                legend.append(marker->label());
        QVERIFY2(legend.contains(TitleA), qPrintable(legend.join(QLatin1Char('|'))));
        // Long titles are cut short in the legend.
        QVERIFY(std::any_of(legend.cbegin(), legend.cend(), [](const QString &l) {
            return l.startsWith(TitleB.left(20)) && l.endsWith(QChar(0x2026));
        }));
        // A single report keeps the kind colours.
        Chart one(
            {makeReport(TitleA, QStringLiteral("/r/a.md"), {{"2019年3月", "事件", 80, "甲"}})});
        QVERIFY(!one.chart->drawnMarkers().at(0).fill);
    }

    void changeMarksShowAVersionPair() {
        TimelineModel *model = nullptr;
        Report v1 =
            makeReport(TitleA, QStringLiteral("/r/a.md"),
                       {{"2019年3月", "事件", 60, "甲一"}, {"2020年1月", "政策", 70, "甲二"}});
        Report v2 =
            makeReport(TitleA, QStringLiteral("/r/a.md"),
                       {{"2019年3月", "事件", 80, "甲一"}, {"2021年5月", "事件", 90, "甲三"}});
        Chart c({v2});
        model = &c.model;
        TimelineChart *chart = c.chart;
        QVERIFY(!chart->hasBaseline());
        model->setBaseline(0, v1);
        c.settle();
        QVERIFY(chart->hasBaseline());
        QCOMPARE(int(chart->removedMarks().size()), 1);

        const QRectF plot = chart->plotArea();
        const auto yOf = [&plot](double percent) {
            return plot.bottom() - (percent + 6) / 112.0 * plot.height();
        };
        const TimelineChart::DrawnMarker *rescored = nullptr, *added = nullptr, *removed = nullptr;
        for (const TimelineChart::DrawnMarker &m : chart->drawnMarkers()) {
            if (m.removed >= 0)
                removed = &m;
            else if (m.change == ChangeKind::Added)
                added = &m;
            else if (m.rescored)
                rescored = &m;
        }
        QVERIFY(rescored && added && removed);
        // The arrow runs from the old confidence (60%) to the new one (80%).
        QVERIFY(rescored->oldCentre);
        QVERIFY(qAbs(rescored->oldCentre->y() - yOf(60)) < 0.5);
        QVERIFY(qAbs(rescored->centre.y() - yOf(80)) < 0.5);
        QCOMPARE(rescored->oldCentre->x(), rescored->centre.x());
        // The removed one: a hollow ghost at its old date and confidence.
        QVERIFY(qAbs(removed->centre.y() - yOf(70)) < 0.5);
        QVERIFY(qAbs(removed->centre.x() -
                     chart->scale().toPixel(chart->removedMarks().at(0).time)) < 0.5);
        QVERIFY(chart->removedAt(removed->centre) == removed->removed);
        QVERIFY(chart->removedToolTip(removed->removed)
                    .startsWith(QStringLiteral("Removed in this version")));
        QCOMPARE(chart->markerAt(removed->centre, true), -1); // not a turning point to select
        QVERIFY(chart->toolTip(added->marker).contains(QStringLiteral("Added in this version")));
        QStringList legend;
        for (QLegendMarker *marker : chart->legend()->markers())
            if (marker->isVisible())
                legend.append(marker->label());
        QVERIFY(legend.contains(QStringLiteral("Removed")));

        chart->setMode(TimelineChart::Mode::Lanes);
        bool delta = false;
        for (const TimelineChart::DrawnMarker &m : chart->drawnMarkers())
            delta = delta || (m.rescored && m.deltaText == QStringLiteral("+20") && !m.oldCentre);
        QVERIFY(delta);

        model->clearBaseline(0);
        c.settle();
        QVERIFY(!chart->hasBaseline());
        QVERIFY(chart->removedMarks().empty());
        for (const TimelineChart::DrawnMarker &m : chart->drawnMarkers())
            QCOMPARE(m.change, ChangeKind::Unchanged);
    }

    void manyReportsCaptionCountsThem() {
        QStringList titles;
        for (int i = 0; i < 1000; ++i)
            titles.append(QStringLiteral("R%1").arg(i));
        QCOMPARE(ChartExporter::reportsLine(titles), QStringLiteral("1000 reports"));
        QCOMPARE(ChartExporter::reportsLine(titles.mid(0, 1)), QStringLiteral("R0"));
        QCOMPARE(ChartExporter::reportsLine(titles.mid(0, 3)),
                 QStringLiteral("3 reports: R0 · R1 · R2"));
    }
};

QTEST_MAIN(TestLanes)
#include "tst_lanes.moc"

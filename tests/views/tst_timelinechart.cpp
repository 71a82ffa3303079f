#include "chartfixture.h"
#include "corpusgenerator.h"
#include "markerstore.h"
#include "reportparser.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Turnpoint;

namespace {

// The chart on its own proxy and selection, in a scene, at a fixed size (no window needed).
struct Chart : TestSupport::ChartFixture {
    explicit Chart(QList<Report> reports, QSizeF size = QSizeF(1600, 560))
        : ChartFixture(std::move(reports), size) {}
};

Report sample() {
    return ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
}

// A generated report of `n` turning points (deterministic: the same every run).
Report generated(int n) {
    return ReportParser::parseBytes(CorpusGenerator(11).report(n), QStringLiteral("gen.md"));
}

QStringList chartTexts(TimelineChart *chart) {
    QStringList texts;
    const QList<QGraphicsItem *> items = chart->scene()->items();
    for (QGraphicsItem *item : items)
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            if (simple->isVisible())
                texts.append(simple->text());
    return texts;
}

// Dated turning points of `model` that pass `filter`, by the filter's own rule.
int passingDated(const TimelineModel &model, const TimelineFilter &filter) {
    int n = 0;
    for (int r = 0; r < model.reportCount(); ++r)
        for (const TurningPoint &tp : model.report(r).turningPoints)
            n += tp.date.isValid() && filter.accepts(tp) ? 1 : 0;
    return n;
}

} // namespace

class TestTimelineChart : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(UiLanguage::install(QStringLiteral("en"))); }

    void manyMarkersAggregateUntilZoomedIn() {
        Chart c({generated(20000)});
        TimelineChart *chart = c.chart;
        QCOMPARE(chart->store().size(), 20000);
        QVERIFY(chart->isAggregated());
        QVERIFY(!chart->columns().isEmpty());
        // Only the selection would be drawn by itself; nothing is selected.
        QVERIFY(chart->drawnMarkers().isEmpty());
        QVERIFY(chart->columns().size() <= int(chart->plotArea().width() / 2) + 1);

        // A month around a turning point in the middle: few enough for markers.
        const double t = chart->store().at(10000).time();
        chart->setVisibleRange(t - 15, t + 15);
        QVERIFY(!chart->isAggregated());
        QVERIFY(chart->columns().isEmpty());
        const QList<TimelineChart::DrawnMarker> &drawn = chart->drawnMarkers();
        QVERIFY(!drawn.isEmpty());
        QVERIFY(chart->drawnIndexOf(10000) >= 0);
        // Every marker whose centre is in view is drawn (markers reaching in by their extent
        // may be drawn too).
        const auto [from, to] = chart->store().rangeOf(chart->scale().start, chart->scale().end);
        for (int i = from; i < to; ++i)
            QVERIFY(chart->drawnIndexOf(i) >= 0);
        // Hover and click work on them.
        const TimelineChart::DrawnMarker &m = drawn.at(chart->drawnIndexOf(10000));
        QCOMPARE(chart->markerAt(m.centre), 10000);
        QVERIFY(!chart->toolTip(10000).isEmpty());
        QVERIFY(chart->proxyIndex(10000).isValid());

        // Back out: aggregates again.
        chart->resetZoom();
        QVERIFY(chart->isAggregated());
    }

    void aggregateCountsEqualTheData_data() {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<bool>("ghosts");
        QTest::newRow("all") << 0 << false;
        QTest::newRow("60%") << 60 << false;
        QTest::newRow("60% with ghosts") << 60 << true;
        QTest::newRow("90% with ghosts") << 90 << true;
    }
    void aggregateCountsEqualTheData() {
        QFETCH(int, threshold);
        QFETCH(bool, ghosts);
        Chart c({generated(20000)});
        TimelineChart *chart = c.chart;
        c.proxy.setMinimumConfidence(threshold);
        chart->setShowGhosts(ghosts);
        QVERIFY(chart->isAggregated());
        const int expected = passingDated(c.model, c.proxy.filter());
        QCOMPARE(chart->visibleMarkerCount(), expected);

        int passing = 0, hidden = 0;
        const MarkerStore &store = chart->store();
        for (const TimelineChart::Column &column : chart->columns()) {
            passing += column.aggregate.passing;
            hidden += column.aggregate.ghosts;
            // Each column against the markers whose time falls in it, one by one.
            int p = 0, g = 0, lo = 100, hi = 0;
            for (const MarkerStore::Marker &m : store.markers()) {
                if (m.time() < column.startTime || m.time() >= column.endTime)
                    continue;
                if (m.has(MarkerStore::Passes)) {
                    ++p;
                    lo = std::min(lo, m.confidencePercent());
                    hi = std::max(hi, m.confidencePercent());
                } else {
                    ++g;
                }
            }
            if (column.endTime < chart->scale().end) { // the last column includes its end
                QCOMPARE(column.aggregate.passing, p);
                QCOMPARE(column.aggregate.ghosts, g);
                if (p > 0) {
                    QCOMPARE(column.aggregate.passMin, lo);
                    QCOMPARE(column.aggregate.passMax, hi);
                }
            }
        }
        // At the full range every dated turning point is in some column.
        QCOMPARE(passing, expected);
        if (ghosts)
            QCOMPARE(hidden, store.size() - expected);
        QCOMPARE(chart->ghostMarkerCount(), ghosts ? store.size() - expected : 0);
    }

    void columnToolTipAndClick() {
        Chart c({generated(20000)});
        TimelineChart *chart = c.chart;
        QVERIFY(chart->isAggregated());
        const QList<TimelineChart::Column> &columns = chart->columns();
        const TimelineChart::Column column = columns.at(columns.size() / 2);
        const QPointF at(column.left + column.width / 2, chart->plotArea().center().y());
        const int index = chart->columnAt(at);
        QVERIFY(index >= 0);
        const QString tip = chart->columnToolTip(index);
        QVERIFY2(tip.contains(
                     QStringLiteral("%1 turning point").arg(columns.at(index).aggregate.passing)),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Confidence %1–%2%")
                                  .arg(columns.at(index).aggregate.passMin)
                                  .arg(columns.at(index).aggregate.passMax)),
                 qPrintable(tip));
        QCOMPARE(chart->columnAt(QPointF(chart->plotArea().left() - 5, at.y())), -1);
    }

    void columnClickZoomsIn() {
        auto model = std::make_unique<TimelineModel>();
        model->addReport(generated(20000));
        TimelineFilterModel proxy;
        proxy.setSourceModel(model.get());
        QItemSelectionModel selection(&proxy);
        TimelineChartView view(&proxy, &selection);
        view.resize(1400, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TimelineChart *chart = view.timelineChart();
        QTRY_VERIFY(chart->isAggregated());
        const TimelineChart::Column column = chart->columns().at(chart->columns().size() / 3);
        const QPointF at(column.left + column.width / 2, column.passTop + 1);
        const QPoint widget = view.mapFromScene(chart->mapToScene(at));
        const double span = chart->scale().span();
        const double time = chart->scale().toTime(at.x());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, widget);
        QVERIFY(chart->isZoomed());
        QVERIFY(qAbs(chart->scale().span() - span / 4) < 1);
        QVERIFY(chart->scale().containsTime(time));
        QVERIFY(!selection.currentIndex().isValid()); // a zoom, not a selection
    }

    void searchMatchesAreRinged() {
        Chart c({sample()});
        TimelineChart *chart = c.chart;
        c.proxy.setSearchText(QStringLiteral("CCUS"));
        chart->ensureUpToDate();
        int matches = 0;
        for (int i = 0; i < chart->store().size(); ++i) {
            const MarkerStore::Marker &m = chart->store().at(i);
            const bool match = c.proxy.turningPointMatchesSearch(m.report, m.turningPoint);
            QCOMPARE(m.has(MarkerStore::SearchMatch), match);
            const int drawn = chart->drawnIndexOf(i);
            QVERIFY(drawn >= 0);
            QCOMPARE(chart->drawnMarkers().at(drawn).searchMatch, match);
            matches += match ? 1 : 0;
        }
        QVERIFY(matches >= 1);
        QVERIFY(matches < chart->store().size());
        // Highlighting keeps the marker: nothing is hidden, colours stay.
        QCOMPARE(chart->visibleMarkerCount(), 10);
        c.proxy.setSearchText(QString());
        chart->ensureUpToDate();
        for (const TimelineChart::DrawnMarker &m : chart->drawnMarkers())
            QVERIFY(!m.searchMatch);
    }

    void emphasisReachesTheRightMarkers() {
        Chart c({sample()});
        TimelineChart *chart = c.chart;
        const QList<QModelIndex> chosen = {c.model.turningPointIndex(0, 2),
                                           c.model.entryIndex(0, 5, 1), // its turning point
                                           c.model.reportIndex(0)};     // ignored
        chart->setEmphasizedTurningPoints(chosen);
        QSet<int> emphasized;
        for (const TimelineChart::DrawnMarker &m : chart->drawnMarkers())
            if (m.emphasized)
                emphasized.insert(m.marker);
        QCOMPARE(emphasized,
                 QSet<int>({chart->store().indexOf(0, 2), chart->store().indexOf(0, 5)}));
        // Kept across a filter change.
        c.proxy.setMinimumConfidence(50);
        chart->ensureUpToDate();
        QVERIFY(chart->store().at(chart->store().indexOf(0, 2)).has(MarkerStore::Emphasized));
        chart->setEmphasizedTurningPoints({});
        for (const TimelineChart::DrawnMarker &m : chart->drawnMarkers())
            QVERIFY(!m.emphasized);
    }

    void emphasisMarksItsColumn() {
        Chart c({generated(20000)});
        TimelineChart *chart = c.chart;
        QVERIFY(chart->isAggregated());
        const int marker = chart->store().indexOf(0, 777);
        QVERIFY(marker >= 0);
        chart->setEmphasizedTurningPoints({c.model.turningPointIndex(0, 777)});
        const double time = chart->store().at(marker).time();
        int marked = 0;
        for (const TimelineChart::Column &column : chart->columns()) {
            if (!column.aggregate.passEmphasis)
                continue;
            ++marked;
            QVERIFY(time >= column.startTime && time <= column.endTime);
        }
        QCOMPARE(marked, 1);
    }

    // The chart keeps the verdict of the filters other than the threshold per marker; what it
    // shows must still be exactly what the proxy accepts.
    void shownIsWhatTheProxyAccepts_data() {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("kinds");
        QTest::addColumn<bool>("hideNothing");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("onlyMatches");
        QTest::addColumn<QString>("from");
        QTest::newRow("none") << 0 << int(TimelineFilter::AllKinds) << false << QString() << false
                              << QString();
        QTest::newRow("threshold")
            << 63 << int(TimelineFilter::AllKinds) << false << QString() << false << QString();
        QTest::newRow("policy") << 40 << int(TimelineFilter::PolicyKind) << false << QString()
                                << false << QString();
        QTest::newRow("no nothing found")
            << 50 << int(TimelineFilter::AllKinds) << true << QString() << false << QString();
        QTest::newRow("highlight search") << 30 << int(TimelineFilter::AllKinds) << false
                                          << QStringLiteral("政策") << false << QString();
        QTest::newRow("only matches") << 30 << int(TimelineFilter::AllKinds) << false
                                      << QStringLiteral("project") << true << QString();
        QTest::newRow("date range") << 0 << int(TimelineFilter::EventKind) << false << QString()
                                    << false << QStringLiteral("2010");
    }
    void shownIsWhatTheProxyAccepts() {
        QFETCH(int, threshold);
        QFETCH(int, kinds);
        QFETCH(bool, hideNothing);
        QFETCH(QString, search);
        QFETCH(bool, onlyMatches);
        QFETCH(QString, from);
        Chart c({generated(3000), generated(500)});
        TimelineFilter f;
        f.setMinimumConfidence(threshold);
        f.setKinds(TimelineFilter::Kinds(kinds));
        f.setHideNothingFound(hideNothing);
        f.setSearchText(search);
        f.setSearchMode(onlyMatches ? TimelineFilter::SearchMode::OnlyMatches
                                    : TimelineFilter::SearchMode::HighlightMatches);
        if (!from.isEmpty())
            f.setDateRange(PartialDate::fromYear(from.toInt()), {});
        // Threshold last, as the slider would move it after the other filters are set.
        TimelineFilter first = f;
        first.setMinimumConfidence(0);
        c.proxy.setFilter(first);
        c.chart->ensureUpToDate();
        c.proxy.setMinimumConfidence(threshold);
        const auto check = [&c] {
            const MarkerStore &store = c.chart->store();
            int shown = 0;
            for (const MarkerStore::Marker &m : store.markers()) {
                QCOMPARE(m.has(MarkerStore::Passes),
                         c.proxy.acceptsTurningPoint(m.report, m.turningPoint));
                QCOMPARE(m.has(MarkerStore::SearchMatch),
                         c.proxy.turningPointMatchesSearch(m.report, m.turningPoint));
                shown += m.has(MarkerStore::Passes) ? 1 : 0;
            }
            QCOMPARE(c.chart->visibleMarkerCount(), shown);
            QCOMPARE(shown, passingDated(c.model, c.proxy.filter()));
        };
        check();
        // The threshold moving down and up again, after the other filters.
        c.proxy.setMinimumConfidence(threshold / 2);
        check();
        c.proxy.setMinimumConfidence(threshold + 20);
        check();
        // Everything at once, threshold included: the chart learns the other filters while
        // the threshold already hides some turning points.
        c.proxy.setFilter(TimelineFilter());
        c.chart->ensureUpToDate();
        c.proxy.setMinimumConfidence(70);
        c.chart->ensureUpToDate();
        TimelineFilter all = f;
        all.setMinimumConfidence(std::max(threshold, 45));
        c.proxy.setFilter(all);
        check();
        c.proxy.setMinimumConfidence(0);
        check();
    }

    void previewThreshold() {
        Chart c({sample()});
        TimelineChart *chart = c.chart;
        QCOMPARE(chart->visibleMarkerCount(), 10);
        chart->setPreviewMinimumConfidence(60);
        // The proxy has not moved; the chart shows the preview at once.
        QCOMPARE(c.proxy.minimumConfidence(), 0);
        QCOMPARE(chart->shownMinimumConfidence(), 60);
        TimelineFilter at60;
        at60.setMinimumConfidence(60);
        QCOMPARE(chart->visibleMarkerCount(), passingDated(c.model, at60));
        QCOMPARE(chart->visibleMarkerCount(), 5);
        QVERIFY(chartTexts(chart).contains(QStringLiteral("≥ 60%")));
        chart->setShowGhosts(true);
        QCOMPARE(chart->ghostMarkerCount(), 5);

        // Combined with the proxy's other filters.
        c.proxy.setKindFilter(TimelineFilter::PolicyKind);
        chart->ensureUpToDate();
        QCOMPARE(chart->visibleMarkerCount(), 0); // the sample has events only

        c.proxy.setKindFilter(TimelineFilter::AllKinds);
        c.proxy.setSearchMode(TimelineFilter::SearchMode::OnlyMatches);
        c.proxy.setSearchText(QStringLiteral("CCUS"));
        chart->ensureUpToDate();
        TimelineFilter combined = c.proxy.filter();
        combined.setMinimumConfidence(60);
        QCOMPARE(chart->visibleMarkerCount(), passingDated(c.model, combined));
        QVERIFY(chart->visibleMarkerCount() >= 1);

        chart->clearPreviewMinimumConfidence();
        QCOMPARE(chart->shownMinimumConfidence(), 0);
        QCOMPARE(chart->visibleMarkerCount(), passingDated(c.model, c.proxy.filter()));
        QVERIFY(chartTexts(chart).contains(QStringLiteral("≥ 0%")));
    }

    void dragOnTheAxisPicksDates() {
        TimelineModel model;
        model.addReport(sample());
        TimelineFilterModel proxy;
        proxy.setSourceModel(&model);
        QItemSelectionModel selection(&proxy);
        TimelineChartView view(&proxy, &selection);
        view.resize(1400, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TimelineChart *chart = view.timelineChart();
        QSignalSpy dragged(&view, &TimelineChartView::timeRangeDragged);
        const QRectF strip = chart->axisStrip();
        QVERIFY(strip.height() > 5);
        const double y = strip.top() + strip.height() / 2;
        const double x1 = chart->scale().toPixel(TimeScale::timeOf(QDate(2020, 6, 15)) + 0.5);
        const double x2 = chart->scale().toPixel(TimeScale::timeOf(QDate(2021, 9, 10)) + 0.5);
        const auto widget = [&](double x) {
            return view.mapFromScene(chart->mapToScene(QPointF(x, y)));
        };
        // Right to left: the dates come out in order anyway.
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, widget(x2));
        QTest::mouseMove(view.viewport(), widget((x1 + x2) / 2));
        QTest::mouseMove(view.viewport(), widget(x1));
        QVERIFY(chart->rangeBand().has_value());
        const double before = chart->scale().start;
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, widget(x1));
        QCOMPARE(dragged.count(), 1);
        const QDate first = dragged.at(0).at(0).toDate();
        const QDate last = dragged.at(0).at(1).toDate();
        // Within the day a pixel covers.
        const double dayPerPixel = 1 / chart->scale().pixelsPerDay();
        QVERIFY2(qAbs(first.daysTo(QDate(2020, 6, 15))) <= dayPerPixel + 1,
                 qPrintable(first.toString(Qt::ISODate)));
        QVERIFY2(qAbs(last.daysTo(QDate(2021, 9, 10))) <= dayPerPixel + 1,
                 qPrintable(last.toString(Qt::ISODate)));
        QVERIFY(!chart->rangeBand().has_value());
        QCOMPARE(chart->scale().start, before); // no pan

        // A drag in the plot pans and picks nothing.
        const QPoint in = view.mapFromScene(chart->mapToScene(chart->plotArea().center()));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, in);
        QTest::mouseMove(view.viewport(), in + QPoint(30, 0));
        QTest::mouseMove(view.viewport(), in + QPoint(60, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, in + QPoint(60, 0));
        QCOMPARE(dragged.count(), 1);
        // A click on the axis picks nothing either.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, widget(x1));
        QCOMPARE(dragged.count(), 1);
    }

    void forwardedByTheView() {
        TimelineModel model;
        model.addReport(sample());
        TimelineFilterModel proxy;
        proxy.setSourceModel(&model);
        QItemSelectionModel selection(&proxy);
        TimelineChartView view(&proxy, &selection);
        view.setPreviewMinimumConfidence(65);
        QCOMPARE(view.timelineChart()->previewMinimumConfidence(), std::optional<int>(65));
        view.clearPreviewMinimumConfidence();
        QVERIFY(!view.timelineChart()->previewMinimumConfidence());
        view.setEmphasizedTurningPoints({model.turningPointIndex(0, 3)});
        QVERIFY(view.timelineChart()
                    ->store()
                    .at(view.timelineChart()->store().indexOf(0, 3))
                    .has(MarkerStore::Emphasized));
    }

    void selectionShowsOverAggregates() {
        Chart c({generated(20000)});
        TimelineChart *chart = c.chart;
        const QModelIndex tp = c.proxy.mapFromSource(c.model.turningPointIndex(0, 4321));
        c.selection.setCurrentIndex(tp, QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        QVERIFY(chart->isAggregated());
        QCOMPARE(chart->drawnMarkers().size(), 1);
        QVERIFY(chart->drawnMarkers().first().selected);
        QCOMPARE(chart->drawnMarkers().first().marker, chart->store().indexOf(0, 4321));
        // Arrow keys walk the store's time order.
        const QModelIndex next = chart->adjacentTurningPoint(+1);
        const int from = chart->store().indexOf(0, 4321);
        QCOMPARE(chart->markerOf(next), from + 1);
    }

    void reportsChangingRebuildTheStore() {
        Chart c({sample()});
        QCOMPARE(c.chart->store().size(), 10);
        c.model.addReport(generated(50));
        c.chart->ensureUpToDate();
        QCOMPARE(c.chart->store().size(), 60);
        c.model.removeReport(0);
        c.chart->ensureUpToDate();
        QCOMPARE(c.chart->store().size(), 50);
        c.model.clear();
        c.chart->ensureUpToDate();
        QCOMPARE(c.chart->store().size(), 0);
        QVERIFY(c.chart->drawnMarkers().isEmpty());
    }

    void closingReportsKeepsTheStoreExact() {
        // Closing reports drops their markers from the store instead of building it again; the
        // store must be what a build from the model gives (kinds compared by name: a dropped
        // report's other kinds keep their ids).
        QList<Report> reports;
        for (int i = 0; i < 6; ++i)
            reports.append(ReportParser::parseBytes(CorpusGenerator(20 + i).report(40 + 10 * i),
                                                    QStringLiteral("gen%1.md").arg(i)));
        Chart c(reports);
        QVERIFY(c.chart->store().size() > 200);
        const auto described = [](const MarkerStore &store) {
            QStringList rows;
            for (const MarkerStore::Marker &m : store.markers()) {
                const QString kind =
                    m.kindId < 2 ? QString::number(m.kindId) : store.otherKinds().at(m.kindId - 2);
                rows.append(QStringLiteral("%1/%2 %3-%4 %5 %6 %7 %8")
                                .arg(m.report)
                                .arg(m.turningPoint)
                                .arg(m.firstDay)
                                .arg(m.afterDay)
                                .arg(m.confidence)
                                .arg(m.entries)
                                .arg(kind)
                                .arg(m.flags & MarkerStore::NothingFound));
            }
            return rows;
        };
        const auto check = [&] {
            MarkerStore fresh;
            fresh.build(&c.model);
            const MarkerStore &kept = c.chart->store();
            QCOMPARE(described(kept), described(fresh));
            for (int r = 0; r < c.model.reportCount(); ++r)
                for (int t = 0; t < c.model.report(r).turningPoints.size(); ++t)
                    QCOMPARE(kept.indexOf(r, t), fresh.indexOf(r, t));
            QCOMPARE(kept.minTime(), fresh.minTime());
            QCOMPARE(kept.maxTime(), fresh.maxTime());
            QCOMPARE(c.chart->visibleMarkerCount(), int(fresh.size()));
        };
        check();
        c.model.removeReport(2); // a middle one
        check();
        c.model.removeReport(0); // the first, then two in one pass
        check();
        c.model.removeReport(3);
        c.model.removeReport(1);
        check();
        c.model.removeReport(0);
        c.model.removeReport(0);
        check();
        QCOMPARE(c.chart->store().size(), 0);
    }
};

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"

// The window's wiring between views that the views' own tests cannot see: the slider's preview
// reaching the chart before the proxy, a source selected in the Sources view emphasising its
// turning points in the chart, and a range dragged on the time axis becoming the date filter.
#include "filterbar.h"
#include "mainwindow.h"
#include "markerstore.h"
#include "sourceindexmodel.h"
#include "sourcesview.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"
#include "windowtestsupport.h"

#include <QSlider>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace Turnpoint;

namespace {

int emphasized(TimelineChart *chart) {
    const MarkerStore &store = chart->store();
    int n = 0;
    for (const MarkerStore::Marker &m : store.markers())
        n += m.has(MarkerStore::Emphasized);
    return n;
}

} // namespace

class TestWindowFilters : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase() {
        // Never the user's settings.
        QVERIFY(TestSupport::useTemporarySettings(m_config));
    }

    void sliderDragPreviewsInTheChartFirst() {
        MainWindow w;
        w.openBuiltInSample();
        TimelineChart *chart = w.chartView()->timelineChart();
        QSlider *slider = w.filterBar()->slider();
        slider->setValue(0);
        QTRY_COMPARE(w.proxy()->minimumConfidence(), 0);
        QCOMPARE(chart->visibleMarkerCount(), 10);

        slider->setSliderDown(true); // the user holds the handle
        slider->setValue(60);
        // The chart shows the cut at once (the sample has 5 of 10 turning points at 60% or
        // more); the proxy, and the outline with it, wait for the hand to stop.
        QCOMPARE(chart->visibleMarkerCount(), 5);
        QCOMPARE(w.proxy()->minimumConfidence(), 0);
        slider->setSliderDown(false); // released: applied
        QCOMPARE(w.proxy()->minimumConfidence(), 60);
        QCOMPARE(chart->visibleMarkerCount(), 5);
    }

    void selectedSourceIsEmphasisedInTheChart() {
        MainWindow w;
        w.openBuiltInSample();
        TimelineChart *chart = w.chartView()->timelineChart();
        SourcesView *sources = w.sourcesView();
        QVERIFY(TestSupport::openSourcesDock(w));
        QVERIFY(sources->sourceModel()->rowCount() > 0);
        QCOMPARE(emphasized(chart), 0);
        // The source cited by the most turning points (the sample cites two pages twice).
        int best = 0;
        for (int r = 1; r < sources->sourceModel()->rowCount(); ++r) {
            if (sources->sourceModel()
                    ->index(r, 0)
                    .data(SourceIndexModel::TurningPointCountRole)
                    .toInt() > sources->sourceModel()
                                   ->index(best, 0)
                                   .data(SourceIndexModel::TurningPointCountRole)
                                   .toInt())
                best = r;
        }
        const int citing = sources->sourceModel()
                               ->index(best, 0)
                               .data(SourceIndexModel::TurningPointCountRole)
                               .toInt();
        QCOMPARE(citing, 2);
        sources->table()->setCurrentIndex(
            sources->sortModel()->mapFromSource(sources->sourceModel()->index(best, 0)));
        QTRY_COMPARE(emphasized(chart), citing);
        sources->table()->clearSelection();
        QTRY_COMPARE(emphasized(chart), 0);
    }

    void draggedAxisRangeIsTheDateFilter() {
        MainWindow w;
        w.openBuiltInSample();
        emit w.chartView()->timeRangeDragged(QDate(2020, 1, 15), QDate(2022, 6, 30));
        QCOMPARE(w.proxy()->dateFrom(), PartialDate::fromYearMonthDay(2020, 1, 15));
        QCOMPARE(w.proxy()->dateTo(), PartialDate::fromYearMonthDay(2022, 6, 30));
        QVERIFY(w.proxy()->filter().isActive());
        QVERIFY(w.statusText().contains(QStringLiteral("2020")) ||
                w.proxy()->filterDescription().contains(QStringLiteral("2020")));
    }
};

QTEST_MAIN(TestWindowFilters)
#include "tst_windowfilters.moc"

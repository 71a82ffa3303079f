#include "chartmodelwatch.h"
#include "reportparser.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Turnpoint;

namespace {

Report sample() {
    return ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
}

// A proxy over a model with the sample report, watched, with nothing pending.
struct Fixture {
    TimelineModel model;
    TimelineFilterModel proxy;
    ChartModelWatch watch{&proxy};

    Fixture() {
        model.addReport(sample());
        proxy.setSourceModel(&model);
        watch.take();
    }
};

} // namespace

class TestChartModelWatch : public QObject {
    Q_OBJECT

private slots:
    void aNewWatchHasEverythingToDo() {
        TimelineFilterModel proxy;
        ChartModelWatch watch(&proxy);
        QCOMPARE(watch.pending(), int(ChartModelWatch::Geometry));
        QCOMPARE(watch.take(), int(ChartModelWatch::Geometry));
        QCOMPARE(watch.pending(), int(ChartModelWatch::None));
        QCOMPARE(watch.take(), int(ChartModelWatch::None));
    }

    void affectsMarkers_data() {
        QTest::addColumn<QList<int>>("roles");
        QTest::addColumn<bool>("affects");
        QTest::newRow("any role") << QList<int>() << true;
        QTest::newRow("display") << QList<int>{Qt::DisplayRole} << true;
        QTest::newRow("link status") << QList<int>{TimelineModel::LinkStatusRole} << false;
        QTest::newRow("link results")
            << QList<int>{TimelineModel::LinkStatusRole, TimelineModel::LinkProblemCountRole}
            << false;
        QTest::newRow("link status and change")
            << QList<int>{TimelineModel::LinkStatusRole, TimelineModel::ChangeRole} << true;
    }
    void affectsMarkers() {
        QFETCH(QList<int>, roles);
        QFETCH(bool, affects);
        QCOMPARE(ChartModelWatch::affectsMarkers(roles), affects);
    }

    void aFilterChangeRewritesFlagsOnly() {
        Fixture f;
        f.proxy.setMinimumConfidence(60);
        QCOMPARE(f.watch.pending(), int(ChartModelWatch::Flags));
    }

    void aReportChangeMovesMarkers() {
        Fixture f;
        f.model.addReport(sample());
        QCOMPARE(f.watch.pending(), ChartModelWatch::Geometry | ChartModelWatch::Flags);
    }

    void closedReportsAreNamed() {
        using Ranges = QList<std::pair<int, int>>;
        Fixture f;
        f.model.addReport(sample());
        f.model.addReport(sample());
        f.model.addReport(sample());
        Ranges removed{{-1, -1}};
        QVERIFY(f.watch.take(&removed) & ChartModelWatch::Geometry);
        QVERIFY(removed.isEmpty()); // reports came: build again

        // Only closes: their rows, in order.
        f.model.removeReport(2);
        f.model.removeReport(0);
        QCOMPARE(f.watch.take(&removed), ChartModelWatch::Geometry | ChartModelWatch::Flags);
        QCOMPARE(removed, (Ranges{{2, 2}, {0, 0}}));

        // A close and then a new report, or the other way round: build again.
        f.model.removeReport(0);
        f.model.addReport(sample());
        QVERIFY(f.watch.take(&removed) & ChartModelWatch::Geometry);
        QVERIFY(removed.isEmpty());
        f.model.addReport(sample());
        f.model.removeReport(0);
        QVERIFY(f.watch.take(&removed) & ChartModelWatch::Geometry);
        QVERIFY(removed.isEmpty());

        // Turning points of a report removed (a reload with fewer): build again.
        f.model.removeReport(0);
        f.watch.take();
        Report fewer = sample();
        fewer.turningPoints.resize(3);
        f.model.replaceReport(0, fewer);
        QVERIFY(f.watch.take(&removed) & ChartModelWatch::Geometry);
        QVERIFY(removed.isEmpty());

        // Nothing pending: nothing named.
        removed = Ranges{{-1, -1}};
        QCOMPARE(f.watch.take(&removed), int(ChartModelWatch::None));
        QVERIFY(removed.isEmpty());
    }

    void sourceDataChanged() {
        Fixture f;
        const QModelIndex tp = f.model.turningPointIndex(0, 0);
        emit f.model.dataChanged(tp, tp, {TimelineModel::LinkStatusRole});
        QCOMPARE(f.watch.pending() & ChartModelWatch::Geometry, 0);
        emit f.model.dataChanged(tp, tp, {Qt::DisplayRole});
        QVERIFY(f.watch.pending() & ChartModelWatch::Geometry);
    }

    void aBurstIsDueOnce() {
        Fixture f;
        QSignalSpy due(&f.watch, &ChartModelWatch::due);
        for (int percent = 0; percent <= 100; percent += 5)
            f.proxy.setMinimumConfidence(percent);
        f.model.addReport(sample());
        QCOMPARE(due.count(), 0);
        QTRY_COMPARE(due.count(), 1);
        QTest::qWait(20);
        QCOMPARE(due.count(), 1);
        // Due is a reminder: the changes stay pending until taken.
        QCOMPARE(f.watch.take(), ChartModelWatch::Geometry | ChartModelWatch::Flags);
        // Taken before the event loop comes round: nothing is due.
        f.proxy.setMinimumConfidence(10);
        QCOMPARE(f.watch.take(), int(ChartModelWatch::Flags));
        QTest::qWait(20);
        QCOMPARE(due.count(), 1);
    }

    void followsANewSourceModel() {
        Fixture f;
        TimelineModel other;
        other.addReport(sample());
        f.proxy.setSourceModel(&other);
        QVERIFY(f.watch.take() & ChartModelWatch::Geometry);
        // The old model's changes no longer matter, the new one's do.
        f.model.addReport(sample());
        QCOMPARE(f.watch.pending(), int(ChartModelWatch::None));
        const QModelIndex tp = other.turningPointIndex(0, 0);
        emit other.dataChanged(tp, tp, {Qt::DisplayRole});
        QVERIFY(f.watch.pending() & ChartModelWatch::Geometry);
    }
};

QTEST_GUILESS_MAIN(TestChartModelWatch)
#include "tst_chartmodelwatch.moc"

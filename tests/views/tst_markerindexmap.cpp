#include "markerindexmap.h"
#include "markerstore.h"
#include "reportparser.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QtTest>

using namespace Turnpoint;

namespace {

// The sample report in a model, its proxy and the store built from it.
struct Fixture {
    TimelineModel model;
    TimelineFilterModel proxy;
    MarkerStore store;
    MarkerIndexMap map{store, &proxy};

    Fixture() {
        model.addReport(ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE)));
        proxy.setSourceModel(&model);
        store.build(&model);
    }
};

} // namespace

class TestMarkerIndexMap : public QObject {
    Q_OBJECT

private slots:
    void everyMarkerRoundTrips() {
        Fixture f;
        QVERIFY(f.store.size() > 5);
        QCOMPARE(f.map.model(), &f.model);
        for (int i = 0; i < f.store.size(); ++i) {
            const MarkerStore::Marker &m = f.store.at(i);
            const QModelIndex source = f.map.sourceIndex(i);
            QCOMPARE(source, f.model.turningPointIndex(m.report, m.turningPoint));
            QCOMPARE(f.map.markerOf(source), i);
            const QModelIndex proxy = f.map.proxyIndex(i);
            QCOMPARE(proxy.model(), &f.proxy);
            QCOMPARE(f.proxy.mapToSource(proxy), source);
            QCOMPARE(f.map.markerOf(proxy), i);
            QCOMPARE(f.map.turningPointOf(m),
                     &f.model.report(m.report).turningPoints.at(m.turningPoint));
        }
    }

    void anEntryIsItsTurningPoint() {
        Fixture f;
        const QModelIndex entry = f.model.entryIndex(0, 0, 0);
        QVERIFY(entry.isValid());
        QCOMPARE(f.map.markerOf(entry), f.store.indexOf(0, 0));
        QCOMPARE(f.map.markerOf(f.proxy.mapFromSource(entry)), f.store.indexOf(0, 0));
        // Any column stands for its row.
        QCOMPARE(f.map.markerOf(f.model.turningPointIndex(0, 3, 2)), f.store.indexOf(0, 3));
    }

    void hiddenByTheProxy() {
        Fixture f;
        // The sample's 2021年11月 turning point is scored 56%.
        const int marker = f.store.indexOf(0, 3);
        QVERIFY(marker >= 0);
        QVERIFY(f.map.proxyIndex(marker).isValid());
        f.proxy.setMinimumConfidence(60);
        QVERIFY(!f.map.proxyIndex(marker).isValid());
        QVERIFY(f.map.sourceIndex(marker).isValid());
        QCOMPARE(f.map.markerOf(f.map.sourceIndex(marker)), marker);
    }

    void noMarker_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("invalid") << 0;
        QTest::newRow("report") << 1;
        QTest::newRow("report in the proxy") << 2;
        QTest::newRow("another model") << 3;
    }
    void noMarker() {
        QFETCH(int, which);
        Fixture f;
        TimelineModel other;
        other.addReport(ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE)));
        const QModelIndex indexes[] = {QModelIndex(), f.model.reportIndex(0),
                                       f.proxy.mapFromSource(f.model.reportIndex(0)),
                                       other.turningPointIndex(0, 0)};
        QCOMPARE(f.map.markerOf(indexes[which]), -1);
    }

    void noIndex_data() {
        QTest::addColumn<int>("marker");
        QTest::newRow("-1") << -1;
        QTest::newRow("past the end") << 1000;
    }
    void noIndex() {
        QFETCH(int, marker);
        Fixture f;
        QVERIFY(!f.map.sourceIndex(marker).isValid());
        QVERIFY(!f.map.proxyIndex(marker).isValid());
    }

    void goneRowsFindNoTurningPoint_data() {
        QTest::addColumn<int>("report");
        QTest::addColumn<int>("turningPoint");
        QTest::addColumn<bool>("found");
        QTest::newRow("first") << 0 << 0 << true;
        QTest::newRow("report -1") << -1 << 0 << false;
        QTest::newRow("report past the end") << 1 << 0 << false;
        QTest::newRow("turning point -1") << 0 << -1 << false;
        QTest::newRow("turning point past the end") << 0 << 10 << false;
    }
    void goneRowsFindNoTurningPoint() {
        QFETCH(int, report);
        QFETCH(int, turningPoint);
        QFETCH(bool, found);
        Fixture f;
        MarkerStore::Marker m;
        m.report = report;
        m.turningPoint = turningPoint;
        QCOMPARE(f.map.turningPointOf(m) != nullptr, found);
    }

    void noModel() {
        TimelineFilterModel proxy;
        MarkerStore store;
        MarkerIndexMap map(store, &proxy);
        QCOMPARE(map.model(), nullptr);
        QCOMPARE(map.turningPointOf(MarkerStore::Marker{}), nullptr);
        QVERIFY(!map.sourceIndex(0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestMarkerIndexMap)
#include "tst_markerindexmap.moc"

#include "reporttestsupport.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Turnpoint;
using namespace Turnpoint::TestSupport;

namespace {

TurningPoint makeTurningPoint(int line, int year, int month, std::optional<double> confidence,
                              int entries, const QString &kind = QStringLiteral("事件")) {
    TurningPoint tp;
    tp.line = line;
    tp.date = PartialDate::fromYearMonth(year, month);
    tp.dateText = QStringLiteral("%1年%2月").arg(year).arg(month);
    tp.kind = kind;
    tp.confidence = confidence;
    tp.nothingFound = entries == 0;
    for (int i = 0; i < entries; ++i) {
        Entry e;
        e.line = line + 2 + i * 3;
        e.label = QStringLiteral("项目名称");
        e.title = QStringLiteral("entry %1.%2").arg(line).arg(i);
        e.date.start = PartialDate::fromYearMonthDay(year, month, 1 + i);
        e.sources.append(Source{e.line + 1, QStringLiteral("src"),
                                QStringLiteral("https://example.org/%1/%2").arg(line).arg(i),
                                false});
        tp.entries.append(e);
    }
    return tp;
}

// Confidences chosen so that thresholds cut at known places: 30, 55, 60, 70, 90 and one unscored.
Report makeReport(const QString &file, int turningPoints = 6) {
    Report r;
    r.file = file;
    r.title = QStringLiteral("Report ") + file;
    r.titleLine = 1;
    r.periodEnd = PartialDate::fromYearMonthDay(2025, 5, 1);
    const std::optional<double> confidences[] = {30, 55, 60, 70, 90, std::nullopt};
    for (int i = 0; i < turningPoints; ++i)
        r.turningPoints.append(
            makeTurningPoint(10 * (i + 1), 2019 + i, 1 + i, confidences[i % 6], i % 3));
    return r;
}

} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT

private slots:
    void structureAndData();
    void rolesAreValuesNotPresentation();
    void sortRoleOrdersDatesAndPutsUndatedLast();
    void modelTesterThroughLifecycle();
    void replaceEmitsChildRowSignalsNotReset();
    void persistentIndexesSurviveRemovalOfEarlierReport();
    void indexesSpreadOverHashBuckets();
    void batchInsertAndKeptCounts();
    void baselineGivesChangeRoles();
    void filterThreshold_data();
    void filterThreshold();
    void filterSignalsAndClamp();
};

void TestTimelineModel::structureAndData() {
    TimelineModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.addReport(makeReport(QStringLiteral("a.md"))), 0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(TimelineModel::NUM_COLUMNS));

    const QModelIndex report = model.index(0, 0);
    QCOMPARE(model.rowCount(report), 6);
    QCOMPARE(model.nodeType(report), TimelineModel::NodeType::Report);
    QCOMPARE(report.data(TimelineModel::TitleRole).toString(), QStringLiteral("Report a.md"));
    QCOMPARE(report.data(TimelineModel::EntryCountRole).toInt(), 0 + 1 + 2 + 0 + 1 + 2);

    const QModelIndex tp = model.index(2, 0, report);
    QCOMPARE(model.nodeType(tp), TimelineModel::NodeType::TurningPoint);
    QCOMPARE(tp.parent(), report);
    QCOMPARE(model.rowCount(tp), 2);
    QCOMPARE(tp.data(TimelineModel::ConfidenceRole).toDouble(), 60.0);
    QCOMPARE(tp.data(TimelineModel::DateIsoRole).toString(), QStringLiteral("2021-03"));
    QCOMPARE(tp.data(TimelineModel::PrecisionRole).toInt(), int(PartialDate::Month));
    // A month covers its whole month, not its first day.
    QCOMPARE(tp.data(TimelineModel::DateStartRole).toLongLong(), QDate(2021, 3, 1).toJulianDay());
    QCOMPARE(tp.data(TimelineModel::DateEndRole).toLongLong(), QDate(2021, 3, 31).toJulianDay());
    QCOMPARE(tp.data(TimelineModel::LineRole).toInt(), 30);
    QCOMPARE(tp.data(TimelineModel::SourceCountRole).toInt(), 2);
    QCOMPARE(tp.data(TimelineModel::SourcesRole).toList().size(), 2);
    QCOMPARE(model.index(2, TimelineModel::TitleColumn, report).data().toString(),
             QStringLiteral("entry 30.0; entry 30.1"));

    const QModelIndex entry = model.index(1, 0, tp);
    QCOMPARE(model.nodeType(entry), TimelineModel::NodeType::Entry);
    QCOMPARE(entry.parent(), tp);
    QCOMPARE(entry.parent().parent(), report);
    QCOMPARE(model.rowCount(entry), 0);
    QCOMPARE(entry.data(TimelineModel::TitleRole).toString(), QStringLiteral("entry 30.1"));
    QCOMPARE(entry.data(TimelineModel::DateIsoRole).toString(), QStringLiteral("2021-03-02"));
    const QVariantMap source = entry.data(TimelineModel::SourcesRole).toList().value(0).toMap();
    QCOMPARE(source.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://example.org/30/1"));
    QCOMPARE(model.entryAt(entry)->title, QStringLiteral("entry 30.1"));
    QCOMPARE(model.turningPointAt(entry)->line, 30);
    QCOMPARE(model.reportAt(entry)->file, QStringLiteral("a.md"));

    // Unscored turning point: no confidence value at all, not 0.
    QVERIFY(!model.index(5, 0, report).data(TimelineModel::ConfidenceRole).isValid());
    QCOMPARE(model.turningPointCount(), 6);
    QCOMPARE(model.findReport(QStringLiteral("a.md")), 0);
    QCOMPARE(model.findReport(QStringLiteral("zzz.md")), -1);
}

void TestTimelineModel::rolesAreValuesNotPresentation() {
    // Presentation belongs to the views: no colours, fonts, HTML or tooltips from the model.
    TimelineModel model;
    Report r = makeReport(QStringLiteral("a.md"));
    r.title = QStringLiteral("<b>x</b>");
    model.addReport(r);
    const QModelIndex report = model.index(0, 0);
    const QModelIndex tp = model.index(1, 0, report);
    for (const QModelIndex &i : {report, tp, model.index(0, 0, tp)}) {
        for (int role : {int(Qt::DecorationRole), int(Qt::ForegroundRole), int(Qt::BackgroundRole),
                         int(Qt::FontRole), int(Qt::ToolTipRole)})
            QVERIFY2(!i.data(role).isValid(), qPrintable(QString::number(role)));
    }
    QCOMPARE(model.index(0, TimelineModel::TitleColumn).data().toString(),
             QStringLiteral("<b>x</b>"));
}

void TestTimelineModel::sortRoleOrdersDatesAndPutsUndatedLast() {
    TimelineModel model;
    Report r = makeReport(QStringLiteral("a.md"), 3);
    r.turningPoints[0].date = PartialDate(); // undated
    r.turningPoints[1].date = PartialDate::fromYear(2020);
    r.turningPoints[2].date = PartialDate::fromYearMonthDay(2019, 6, 5);
    model.addReport(r);
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TimelineModel::DateColumn, Qt::AscendingOrder);
    const QModelIndex report = proxy.index(0, 0);
    QCOMPARE(proxy.index(0, TimelineModel::DateColumn, report).data().toString(),
             QStringLiteral("2019-06-05"));
    QCOMPARE(proxy.index(1, TimelineModel::DateColumn, report).data().toString(),
             QStringLiteral("2020"));
    QCOMPARE(proxy.index(2, TimelineModel::DateColumn, report).data().toString(), QString());
}

void TestTimelineModel::modelTesterThroughLifecycle() {
    TimelineModel model;
    TimelineFilterModel proxy;
    // Attached before any data: every later change is checked as it happens.
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.addReport(makeReport(QStringLiteral("a.md")));
    model.addReport(makeReport(QStringLiteral("b.md"), 4));
    QCOMPARE(visibleTurningPoints(proxy), 10);

    Report changed = makeReport(QStringLiteral("a.md"), 3);
    changed.turningPoints[0].confidence = 99;
    model.replaceReport(0, changed);
    QCOMPARE(model.rowCount(model.index(0, 0)), 3);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(TimelineModel::ConfidenceRole).toDouble(),
             99.0);

    proxy.setMinimumConfidence(60);
    QCOMPARE(visibleTurningPoints(proxy), 2 + 2); // a: 99, 55, 60; b: 30, 55, 60, 70
    proxy.setMinimumConfidence(0);
    QCOMPARE(visibleTurningPoints(proxy), 7);
    proxy.setMinimumConfidence(95);
    QCOMPARE(visibleTurningPoints(proxy), 1);

    model.replaceReport(1, Report{}); // a report that lost all its turning points
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);
    model.replaceReport(1, makeReport(QStringLiteral("b.md"), 6));
    model.removeReport(0);
    QCOMPARE(model.rowCount(), 1);
    proxy.setMinimumConfidence(50);
    QCOMPARE(visibleTurningPoints(proxy), 4);
    model.addReport(makeReport(QStringLiteral("c.md")));
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTimelineModel::replaceEmitsChildRowSignalsNotReset() {
    TimelineModel model;
    model.addReport(makeReport(QStringLiteral("a.md")));
    model.addReport(makeReport(QStringLiteral("b.md")));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.replaceReport(1, makeReport(QStringLiteral("b.md"), 4));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
    QCOMPARE(removed.at(0).at(2).toInt(), 5);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(changed.count(), 1);

    removed.clear();
    model.removeReport(0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(reset.count(), 0);
}

void TestTimelineModel::indexesSpreadOverHashBuckets() {
    // Qt keeps persistent indexes in a QHash keyed by QModelIndex, whose qHash is
    // (row << 4) + column + internalId, bucketed by the low bits. Entry and turning-point
    // indexes of many reports must not pile into a few buckets, or a large selection becomes
    // quadratic. Count how many of 4096 buckets 24,000 entry indexes reach (200 reports of 60
    // turning points with 2 entries each): a packing with the report in the high bits reached
    // fewer than 100.
    TimelineModel model;
    for (int r = 0; r < 200; ++r) {
        Report report = makeReport(QStringLiteral("r%1.md").arg(r), 0);
        for (int t = 0; t < 60; ++t)
            report.turningPoints.append(makeTurningPoint(10 + t, 2000 + t % 25, 1 + t % 12, 50, 2));
        model.addReport(std::move(report));
    }
    QSet<size_t> entryBuckets;
    QSet<size_t> tpBuckets;
    for (int r = 0; r < model.reportCount(); ++r) {
        for (int t = 0; t < 60; ++t) {
            tpBuckets.insert(qHash(model.turningPointIndex(r, t), 0) & 4095);
            for (int e = 0; e < 2; ++e)
                entryBuckets.insert(qHash(model.entryIndex(r, t, e), 0) & 4095);
        }
    }
    QVERIFY2(entryBuckets.size() > 3500, qPrintable(QString::number(entryBuckets.size())));
    QVERIFY2(tpBuckets.size() > 3000, qPrintable(QString::number(tpBuckets.size())));
    // And the packing still leads back to the right report and turning point.
    QCOMPARE(model.entryIndex(137, 41, 1).parent(), model.turningPointIndex(137, 41));
    QCOMPARE(model.turningPointIndex(137, 41).parent(), model.reportIndex(137));
    QCOMPARE(model.reportAt(model.entryIndex(137, 41, 1))->file, QStringLiteral("r137.md"));
}

// Many reports arrive in one insertion; the counts a report row shows, the total and the file
// index are kept with the reports and must follow every change.
void TestTimelineModel::batchInsertAndKeptCounts() {
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    std::vector<Report> batch;
    batch.push_back(makeReport(QStringLiteral("a.md"), 6));
    batch.push_back(makeReport(QStringLiteral("b.md"), 4));
    batch.push_back(makeReport(QStringLiteral("c.md"), 0));
    QCOMPARE(model.addReports(std::move(batch)), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(model.addReports({}), 3);
    QCOMPARE(inserted.count(), 1);

    const auto counted = [&model](int row, int column) {
        return model.data(model.reportIndex(row, column)).toInt();
    };
    // What the rows below add up to, counted the slow way.
    const auto expectedCounts = [&model](int row) {
        int entries = 0;
        int sources = 0;
        for (const TurningPoint &tp : model.report(row).turningPoints) {
            entries += int(tp.entries.size());
            sources += tp.sourceCount();
        }
        return std::pair{entries, sources};
    };
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(counted(row, TimelineModel::EntryCountColumn), expectedCounts(row).first);
        QCOMPARE(counted(row, TimelineModel::SourceCountColumn), expectedCounts(row).second);
        QCOMPARE(model.entryCount(row), expectedCounts(row).first);
    }
    QVERIFY(model.entryCount(0) > 0);
    QCOMPARE(model.turningPointCount(), 10);
    QCOMPARE(model.findReport(QStringLiteral("b.md")), 1);

    model.replaceReport(0, makeReport(QStringLiteral("a.md"), 2));
    QCOMPARE(counted(0, TimelineModel::EntryCountColumn), expectedCounts(0).first);
    QCOMPARE(model.sourceCount(0), expectedCounts(0).second);
    QCOMPARE(model.turningPointCount(), 6);

    // A reload that names the report differently (a download's final address) moves it in
    // the file index.
    model.replaceReport(2, makeReport(QStringLiteral("d.md"), 3));
    QCOMPARE(model.findReport(QStringLiteral("c.md")), -1);
    QCOMPARE(model.findReport(QStringLiteral("d.md")), 2);
    QCOMPARE(model.turningPointCount(), 9);

    model.removeReport(0);
    QCOMPARE(model.findReport(QStringLiteral("a.md")), -1);
    QCOMPARE(model.findReport(QStringLiteral("b.md")), 0);
    QCOMPARE(model.findReport(QStringLiteral("d.md")), 1);
    QCOMPARE(model.turningPointCount(), 7);
    QCOMPARE(counted(1, TimelineModel::EntryCountColumn), expectedCounts(1).first);

    model.clear();
    QCOMPARE(model.turningPointCount(), 0);
    QCOMPARE(model.findReport(QStringLiteral("b.md")), -1);
}

void TestTimelineModel::persistentIndexesSurviveRemovalOfEarlierReport() {
    TimelineModel model;
    model.addReport(makeReport(QStringLiteral("a.md")));
    model.addReport(makeReport(QStringLiteral("b.md")));
    const QPersistentModelIndex entry = model.entryIndex(1, 2, 1);
    QCOMPARE(entry.data(TimelineModel::TitleRole).toString(), QStringLiteral("entry 30.1"));
    model.removeReport(0);
    QVERIFY(entry.isValid());
    QCOMPARE(model.reportAt(entry)->file, QStringLiteral("b.md"));
    QCOMPARE(entry.parent().parent().row(), 0);
    QCOMPARE(entry.data(TimelineModel::TitleRole).toString(), QStringLiteral("entry 30.1"));
}

void TestTimelineModel::filterThreshold_data() {
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("visible");
    // makeReport: 30, 55, 60, 70, 90, unscored
    QTest::newRow("0 keeps all, unscored too") << 0 << 6;
    QTest::newRow("1 drops unscored") << 1 << 5;
    QTest::newRow("30 inclusive") << 30 << 5;
    QTest::newRow("31") << 31 << 4;
    QTest::newRow("60 inclusive") << 60 << 3;
    QTest::newRow("90") << 90 << 1;
    QTest::newRow("100") << 100 << 0;
}

void TestTimelineModel::filterThreshold() {
    QFETCH(int, threshold);
    QFETCH(int, visible);
    TimelineModel model;
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    model.addReport(makeReport(QStringLiteral("a.md")));
    proxy.setMinimumConfidence(threshold);
    QCOMPARE(proxy.rowCount(), 1); // reports always stay
    QCOMPARE(visibleTurningPoints(proxy), visible);
    // Entries of a visible turning point stay with it.
    const QModelIndex report = proxy.index(0, 0);
    for (int r = 0; r < proxy.rowCount(report); ++r) {
        const QModelIndex tp = proxy.index(r, 0, report);
        QCOMPARE(proxy.rowCount(tp), tp.data(TimelineModel::EntryCountRole).toInt());
        QVERIFY(TimelineFilterModel::passes(
            tp.data(TimelineModel::ConfidenceRole).isValid()
                ? std::optional<double>(tp.data(TimelineModel::ConfidenceRole).toDouble())
                : std::nullopt,
            threshold));
    }
}

void TestTimelineModel::filterSignalsAndClamp() {
    TimelineFilterModel proxy;
    TimelineModel model;
    proxy.setSourceModel(&model);
    model.addReport(makeReport(QStringLiteral("a.md")));
    QSignalSpy spy(&proxy, &TimelineFilterModel::minimumConfidenceChanged);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    proxy.setMinimumConfidence(150);
    QCOMPARE(proxy.minimumConfidence(), 100);
    proxy.setMinimumConfidence(100); // unchanged: no signal
    proxy.setMinimumConfidence(-3);
    QCOMPARE(proxy.minimumConfidence(), 0);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toInt(), 100);
    QCOMPARE(reset.count(), 0); // rows come and go, the model is not reset
    QCOMPARE(proxy.property("minimumConfidence").toInt(), 0);
}

void TestTimelineModel::baselineGivesChangeRoles() {
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy baselineChanged(&model, &TimelineModel::baselineChanged);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    model.addReport(makeReport(QStringLiteral("other.md")));
    const int row = model.addReport(makeReport(QStringLiteral("b.md")));
    const auto change = [&model, row](int tp, int entry = -1) {
        const QModelIndex index =
            entry < 0 ? model.turningPointIndex(row, tp) : model.entryIndex(row, tp, entry);
        return index.data(TimelineModel::ChangeRole);
    };
    QVERIFY(!change(0).isValid()); // no baseline, no change
    QVERIFY(!model.comparison(row));

    // The old version: turning point 1 scored 40 instead of 55, turning point 2's entry titled
    // differently, turning point 4 absent, and one turning point the new version dropped.
    Report old = makeReport(QStringLiteral("b.md"));
    old.turningPoints[1].confidence = 40;
    old.turningPoints[2].entries.clear(); // 2 % 3 == 2 entries in the new version
    old.turningPoints.removeAt(4);
    old.turningPoints.append(makeTurningPoint(200, 2030, 1, 80, 1));
    model.setBaseline(row, old);
    QCOMPARE(baselineChanged.size(), 1);
    QCOMPARE(baselineChanged.first().first().toInt(), row);
    QVERIFY(!dataChanged.isEmpty());
    QVERIFY(!model.index(row, 0).data(TimelineModel::ChangeRole).isValid()); // report node
    QCOMPARE(change(0).toInt(), int(ChangeKind::Unchanged));
    QCOMPARE(change(1).toInt(), int(ChangeKind::Modified));
    QCOMPARE(model.turningPointChange(row, 1)->confidenceDelta, std::optional<double>(15));
    QCOMPARE(change(2).toInt(), int(ChangeKind::Modified));
    QCOMPARE(change(2, 0).toInt(), int(ChangeKind::Added));
    QCOMPARE(change(4).toInt(), int(ChangeKind::Added));
    QVERIFY(!change(0, 0).isValid() || change(0, 0).toInt() == int(ChangeKind::Unchanged));
    QCOMPARE(model.comparison(row)->count(ChangeKind::Removed), 1);
    QCOMPARE(model.baseline(row)->turningPoints.size(), old.turningPoints.size());
    // The other report is not compared.
    QVERIFY(!model.turningPointIndex(0, 1).data(TimelineModel::ChangeRole).isValid());

    // A reload compares the new content with the same baseline.
    Report reloaded = makeReport(QStringLiteral("b.md"));
    reloaded.turningPoints[1].confidence = 40; // now as in the old version
    model.replaceReport(row, reloaded);
    QCOMPARE(change(1).toInt(), int(ChangeKind::Unchanged));
    QCOMPARE(change(4).toInt(), int(ChangeKind::Added));

    // Compared with itself: nothing changed.
    model.setBaseline(row, model.report(row));
    for (int t = 0; t < model.report(row).turningPoints.size(); ++t)
        QCOMPARE(change(t).toInt(), int(ChangeKind::Unchanged));
    QVERIFY(!model.comparison(row)->hasChanges());

    model.clearBaseline(row);
    QVERIFY(!change(1).isValid());
    QVERIFY(!model.comparison(row));
    QCOMPARE(baselineChanged.size(), 3);

    // Removing a report drops its baseline with it; the report after it keeps its own.
    model.setBaseline(row, old);
    model.removeReport(0);
    QVERIFY(model.comparison(0));
    QCOMPARE(model.turningPointIndex(0, 4).data(TimelineModel::ChangeRole).toInt(),
             int(ChangeKind::Added));
    QVERIFY(!model.turningPointChange(0, 99));
    QVERIFY(!model.turningPointChange(5, 0));
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"

#include "reportparser.h"
#include "sourceindexmodel.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Turnpoint;

namespace {

const QString SeetaoTwice = QStringLiteral("https://www.seetao.com/details/165543.html");
const QString AdbTwice = QStringLiteral("https://www.adb.org/projects/43051-012/main");

// The index builds on a worker thread once a burst of changes is over; waits for the rows to
// describe the model as it is.
bool settle(const SourceIndexModel &index) {
    return QTest::qWaitFor([&index] { return index.isBuilt(); }, 10000);
}

QList<QPersistentModelIndex> citingTurningPoints(const SourceIndexModel &index, int row) {
    return index.index(row, 0)
        .data(SourceIndexModel::CitingTurningPointsRole)
        .value<QList<QPersistentModelIndex>>();
}

Report smallReport() {
    Report r;
    r.file = QStringLiteral("small.md");
    TurningPoint tp;
    tp.line = 5;
    tp.date = PartialDate::fromYearMonth(2020, 1);
    Entry e1;
    e1.line = 6;
    // The same URL twice in one entry, and a source known only by name.
    e1.sources = {Source{7, QStringLiteral("甲"), QStringLiteral("https://a.example/x"), false},
                  Source{8, QString(), QStringLiteral("https://a.example/x"), false},
                  Source{9, QStringLiteral("统计年鉴"), QString(), false}};
    Entry e2;
    e2.line = 10;
    e2.sources = {Source{11, QStringLiteral("乙"), QStringLiteral("https://a.example/x"), false},
                  Source{12, QStringLiteral(" 统计年鉴 "), QString(), false},
                  Source{13, QString(), QStringLiteral("javascript:alert(1)"), true}};
    tp.entries = {e1, e2};
    TurningPoint undated;
    undated.line = 20;
    Entry e3;
    e3.line = 21;
    e3.sources = {Source{22, QStringLiteral("统计年鉴"), QString(), false}};
    undated.entries = {e3};
    r.turningPoints = {tp, undated};
    return r;
}

// Many turning points citing a few hundred distinct sources: a build that takes a while.
Report bigReport(int turningPoints) {
    Report r;
    r.file = QStringLiteral("big.md");
    for (int t = 0; t < turningPoints; ++t) {
        TurningPoint tp;
        tp.line = t + 1;
        tp.date = PartialDate::fromYearMonth(2000 + t % 20, 1 + t % 12);
        Entry e;
        e.sources = {Source{0, QStringLiteral("Big"),
                            QStringLiteral("https://big.example/%1").arg(t % 300), false}};
        tp.entries = {e};
        r.turningPoints.append(tp);
    }
    return r;
}

// Exposes the persistent indexes a model is keeping up to date.
class ProbedTimelineModel : public TimelineModel {
public:
    using TimelineModel::persistentIndexList;
};

} // namespace

class TestSourceIndexModel : public QObject {
    Q_OBJECT

private slots:
    void sampleCountsFromTheData();
    void sourcesCitedTwiceInTheSample();
    void identityByUrlOrName();
    void followsTheTimelineModel();
    void linkStatusFromTheEntries();
    void holdsNoPersistentIndexes();
    void headersAndRoles();
    void inactiveHoldsNothingAndDoesNoWork();
    void burstOfReportsIsOneBuild();
    void buildOvertakenByARemovalIsDropped();
    void refreshNowBuildsAtOnce();
};

void TestSourceIndexModel::sampleCountsFromTheData() {
    TimelineModel model;
    SourceIndexModel index;
    // Attached before any data: every rebuild below is checked as it happens.
    QAbstractItemModelTester tester(&index, QAbstractItemModelTester::FailureReportingMode::Fatal);
    index.setSourceModel(&model);
    QCOMPARE(index.rowCount(), 0);

    const Report sample = ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
    QVERIFY(sample.isUsable());
    model.addReport(sample);
    QVERIFY(settle(index));

    // Expected values computed straight from the parsed report.
    QStringList urls; // first-citation order
    QMap<QString, int> entries;
    QMap<QString, QSet<int>> turningPoints;
    QMap<QString, QString> first, last;
    for (const TurningPoint &tp : sample.turningPoints) {
        for (const Entry &e : tp.entries) {
            QSet<QString> inEntry;
            for (const Source &s : e.sources) {
                if (!urls.contains(s.url))
                    urls.append(s.url);
                if (!inEntry.contains(s.url))
                    ++entries[s.url];
                inEntry.insert(s.url);
                turningPoints[s.url].insert(tp.line);
                if (!first.contains(s.url))
                    first[s.url] = tp.date.toIso(); // the sample is in date order
                last[s.url] = tp.date.toIso();
            }
        }
    }
    QCOMPARE(urls.size(), 8);
    QCOMPARE(index.rowCount(), int(urls.size()));
    for (int row = 0; row < index.rowCount(); ++row) {
        const QString url = urls[row];
        QCOMPARE(index.index(row, SourceIndexModel::UrlColumn).data().toString(), url);
        QCOMPARE(index.index(row, SourceIndexModel::EntryCountColumn).data().toInt(), entries[url]);
        QCOMPARE(index.index(row, SourceIndexModel::TurningPointCountColumn).data().toInt(),
                 int(turningPoints[url].size()));
        QCOMPARE(index.index(row, SourceIndexModel::FirstCitedColumn).data().toString(),
                 first[url]);
        QCOMPARE(index.index(row, SourceIndexModel::LastCitedColumn).data().toString(), last[url]);
        QCOMPARE(index.index(row, SourceIndexModel::HostColumn).data().toString(),
                 QUrl(url).host());
        QCOMPARE(index.index(row, SourceIndexModel::LinkStatusColumn).data().toString(), QString());
        const QList<QPersistentModelIndex> citing = citingTurningPoints(index, row);
        QCOMPARE(citing.size(), turningPoints[url].size());
        for (const QPersistentModelIndex &tp : citing) {
            QCOMPARE(tp.model(), &model);
            QCOMPARE(model.nodeType(tp), TimelineModel::NodeType::TurningPoint);
            QVERIFY(turningPoints[url].contains(model.turningPointAt(tp)->line));
        }
    }
}

void TestSourceIndexModel::sourcesCitedTwiceInTheSample() {
    TimelineModel model;
    SourceIndexModel index;
    index.setSourceModel(&model);
    model.addReport(ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE)));
    QVERIFY(settle(index));

    const int seetao = index.findSource(SeetaoTwice);
    QVERIFY(seetao >= 0);
    QCOMPARE(index.index(seetao, SourceIndexModel::NameColumn).data().toString(),
             QStringLiteral("施工通"));
    QCOMPARE(index.index(seetao, SourceIndexModel::HostColumn).data().toString(),
             QStringLiteral("www.seetao.com"));
    QCOMPARE(index.index(seetao, 0).data(SourceIndexModel::EntryCountRole).toInt(), 2);
    QCOMPARE(index.index(seetao, 0).data(SourceIndexModel::TurningPointCountRole).toInt(), 2);
    QCOMPARE(index.index(seetao, 0).data(SourceIndexModel::FirstCitedRole).toString(),
             QStringLiteral("2022-03"));
    QCOMPARE(index.index(seetao, 0).data(SourceIndexModel::LastCitedRole).toString(),
             QStringLiteral("2022-08"));
    QList<QPersistentModelIndex> citing = citingTurningPoints(index, seetao);
    QCOMPARE(citing.size(), 2);
    QCOMPARE(citing[0].data(TimelineModel::DateIsoRole).toString(), QStringLiteral("2022-03"));
    QCOMPARE(citing[1].data(TimelineModel::DateIsoRole).toString(), QStringLiteral("2022-08"));

    const int adb = index.findSource(AdbTwice);
    QVERIFY(adb >= 0);
    QCOMPARE(index.index(adb, SourceIndexModel::NameColumn).data().toString(),
             QStringLiteral("亚洲开发银行"));
    QCOMPARE(index.index(adb, SourceIndexModel::EntryCountColumn).data().toInt(), 2);
    QCOMPARE(index.index(adb, SourceIndexModel::TurningPointCountColumn).data().toInt(), 2);
    QCOMPARE(index.index(adb, SourceIndexModel::FirstCitedColumn).data().toString(),
             QStringLiteral("2022-10"));
    QCOMPARE(index.index(adb, SourceIndexModel::LastCitedColumn).data().toString(),
             QStringLiteral("2022-12"));
    const QList<QPersistentModelIndex> entries = index.index(adb, 0)
                                                     .data(SourceIndexModel::CitingEntriesRole)
                                                     .value<QList<QPersistentModelIndex>>();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(model.nodeType(entries[0]), TimelineModel::NodeType::Entry);

    // Every other source is cited once.
    for (int row = 0; row < index.rowCount(); ++row) {
        if (row != seetao && row != adb)
            QCOMPARE(index.index(row, 0).data(SourceIndexModel::EntryCountRole).toInt(), 1);
    }
    // Two copies of the same report: every count doubles, no new rows.
    model.addReport(ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE)));
    QVERIFY(settle(index));
    QCOMPARE(index.rowCount(), 8);
    QCOMPARE(index.index(index.findSource(SeetaoTwice), 0)
                 .data(SourceIndexModel::TurningPointCountRole)
                 .toInt(),
             4);
}

void TestSourceIndexModel::identityByUrlOrName() {
    TimelineModel model;
    SourceIndexModel index;
    QAbstractItemModelTester tester(&index, QAbstractItemModelTester::FailureReportingMode::Fatal);
    index.setSourceModel(&model);
    model.addReport(smallReport());
    QVERIFY(settle(index));
    QCOMPARE(index.rowCount(), 3); // https://a.example/x, 统计年鉴, javascript:

    const int url = index.findSource(QStringLiteral("https://a.example/x"));
    QCOMPARE(url, 0);
    // The first name it was cited with; an entry citing it twice counts once.
    QCOMPARE(index.index(url, SourceIndexModel::NameColumn).data().toString(),
             QStringLiteral("甲"));
    QCOMPARE(index.index(url, SourceIndexModel::EntryCountColumn).data().toInt(), 2);
    QCOMPARE(index.index(url, SourceIndexModel::TurningPointCountColumn).data().toInt(), 1);

    const int byName = index.findSource(QString(), QStringLiteral("统计年鉴"));
    QCOMPARE(byName, 1);
    QCOMPARE(index.index(byName, SourceIndexModel::UrlColumn).data().toString(), QString());
    QCOMPARE(index.index(byName, SourceIndexModel::HostColumn).data().toString(), QString());
    QCOMPARE(index.index(byName, SourceIndexModel::EntryCountColumn).data().toInt(), 3);
    QCOMPARE(index.index(byName, SourceIndexModel::TurningPointCountColumn).data().toInt(), 2);
    // The undated turning point has no date to contribute.
    QCOMPARE(index.index(byName, SourceIndexModel::FirstCitedColumn).data().toString(),
             QStringLiteral("2020-01"));
    QCOMPARE(index.index(byName, SourceIndexModel::LastCitedColumn).data().toString(),
             QStringLiteral("2020-01"));

    const int unsafe = index.findSource(QStringLiteral("javascript:alert(1)"));
    QCOMPARE(unsafe, 2);
    QVERIFY(index.index(unsafe, 0).data(SourceIndexModel::UnsafeRole).toBool());
    QCOMPARE(index.index(unsafe, SourceIndexModel::HostColumn).data().toString(), QString());
    QCOMPARE(index.findSource(QStringLiteral("https://nowhere.example/")), -1);
}

void TestSourceIndexModel::followsTheTimelineModel() {
    TimelineModel model;
    SourceIndexModel index;
    QAbstractItemModelTester tester(&index, QAbstractItemModelTester::FailureReportingMode::Fatal);
    index.setSourceModel(&model);
    model.addReport(smallReport());
    model.addReport(ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE)));
    QVERIFY(settle(index));
    QCOMPARE(index.rowCount(), 3 + 8);
    model.removeReport(0);
    QVERIFY(settle(index));
    QCOMPARE(index.rowCount(), 8);
    QCOMPARE(index.findSource(QString(), QStringLiteral("统计年鉴")), -1);
    model.replaceReport(0, ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE)));
    QVERIFY(settle(index));
    QCOMPARE(index.rowCount(), 8);
    // Persistent indexes follow the source model's rows.
    const QList<QPersistentModelIndex> citing =
        citingTurningPoints(index, index.findSource(AdbTwice));
    model.addReport(smallReport());
    model.removeReport(1);
    QVERIFY(settle(index));
    QCOMPARE(index.rowCount(), 8);
    for (const QPersistentModelIndex &tp : citing)
        QVERIFY(tp.isValid());
    model.clear();
    QCOMPARE(index.rowCount(), 0);
    index.setSourceModel(nullptr);
    QCOMPARE(index.rowCount(), 0);
    {
        TimelineModel shortLived;
        index.setSourceModel(&shortLived);
        shortLived.addReport(smallReport());
        QVERIFY(settle(index));
        QCOMPARE(index.rowCount(), 3);
    }
    QCOMPARE(index.rowCount(), 0); // the source went away
    QCOMPARE(index.sourceModel(), nullptr);
}

void TestSourceIndexModel::linkStatusFromTheEntries() {
    TimelineModel model;
    SourceIndexModel index;
    QAbstractItemModelTester tester(&index, QAbstractItemModelTester::FailureReportingMode::Fatal);
    index.setSourceModel(&model);
    model.addReport(ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE)));
    QVERIFY(settle(index));
    const int seetao = index.findSource(SeetaoTwice);
    QCOMPARE(index.index(seetao, 0).data(SourceIndexModel::LinkStatusRole).toString(), QString());

    QSignalSpy changed(&index, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&index, &QAbstractItemModel::modelReset);
    LinkCheckResult broken;
    broken.url = SeetaoTwice;
    broken.status = LinkCheckResult::Broken;
    broken.httpCode = 404;
    broken.message = QStringLiteral("HTTP 404 Not Found");
    LinkCheckResult ok;
    ok.url = AdbTwice;
    ok.status = LinkCheckResult::Ok;
    ok.httpCode = 200;
    model.setLinkResults({{SeetaoTwice, broken}, {AdbTwice, ok}});
    // The model signals each citing entry; the index gathers them and updates once.
    QTRY_COMPARE(index.index(seetao, 0).data(SourceIndexModel::LinkStatusRole).toString(),
                 QStringLiteral("broken"));
    QCOMPARE(index.index(seetao, 0).data(SourceIndexModel::LinkHttpCodeRole).toInt(), 404);
    QCOMPARE(index.index(seetao, 0).data(SourceIndexModel::LinkMessageRole).toString(),
             QStringLiteral("HTTP 404 Not Found"));
    QCOMPARE(index.index(seetao, SourceIndexModel::LinkStatusColumn).data().toString(),
             QStringLiteral("Broken"));
    const QVariantMap result =
        index.index(seetao, 0).data(SourceIndexModel::LinkResultRole).toMap();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("broken"));
    QCOMPARE(result.value(QStringLiteral("httpCode")).toInt(), 404);
    // Unchecked: no result (row 0 is the sample's first source, chinadaily.com.cn).
    QCOMPARE(index.index(0, SourceIndexModel::HostColumn).data().toString(),
             QStringLiteral("www.chinadaily.com.cn"));
    QVERIFY(!index.index(0, 0).data(SourceIndexModel::LinkResultRole).isValid());
    const int adb = index.findSource(AdbTwice);
    QCOMPARE(index.index(adb, 0).data(SourceIndexModel::LinkStatusRole).toString(),
             QStringLiteral("ok"));
    QCOMPARE(changed.count(), 2); // one per source whose status changed
    QCOMPARE(reset.count(), 0);
    // Sorting the status column puts what needs attention first, unchecked links last (not
    // the statuses' names in alphabetical order, which would put "ok" before "redirected").
    const auto statusKey = [&](int row) {
        return index.index(row, SourceIndexModel::LinkStatusColumn)
            .data(SourceIndexModel::SortRole)
            .toInt();
    };
    QVERIFY(statusKey(seetao) < statusKey(adb));
    QVERIFY(statusKey(adb) < statusKey(0));
}

void TestSourceIndexModel::holdsNoPersistentIndexes() {
    // Every persistent index costs the source model work on each row change and on teardown, and
    // TimelineModel's entry indexes hash into few buckets: holding one per citation made closing
    // a 10 000 turning point corpus take close to a minute. The index keeps rows, and makes
    // persistent indexes only when CitingTurningPointsRole or CitingEntriesRole is read.
    ProbedTimelineModel model;
    SourceIndexModel index;
    index.setSourceModel(&model);
    model.addReport(ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE)));
    model.addReport(smallReport());
    QVERIFY(settle(index));
    QCOMPARE(index.rowCount(), 8 + 3);
    QVERIFY(model.persistentIndexList().isEmpty());
    {
        const QList<QPersistentModelIndex> citing = citingTurningPoints(index, 0);
        QCOMPARE(citing.size(), 1);
        QCOMPARE(model.persistentIndexList().size(), 1);
    }
    QVERIFY(model.persistentIndexList().isEmpty());
}

void TestSourceIndexModel::headersAndRoles() {
    SourceIndexModel index;
    QCOMPARE(index.columnCount(), int(SourceIndexModel::NUM_COLUMNS));
    for (int c = 0; c < SourceIndexModel::NUM_COLUMNS; ++c)
        QVERIFY(!index.headerData(c, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(index.headerData(SourceIndexModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Source"));
    QCOMPARE(index.roleNames().value(SourceIndexModel::CitingTurningPointsRole),
             QByteArray("citingTurningPoints"));
    QCOMPARE(int(SourceIndexModel::NameRole), int(Qt::UserRole));
}

void TestSourceIndexModel::inactiveHoldsNothingAndDoesNoWork() {
    TimelineModel model;
    SourceIndexModel index;
    QAbstractItemModelTester tester(&index, QAbstractItemModelTester::FailureReportingMode::Fatal);
    index.setActive(false);
    index.setSourceModel(&model);
    model.addReport(smallReport());
    model.addReport(ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE)));
    QTest::qWait(200); // past any delay a build would wait for
    QCOMPARE(index.rowCount(), 0);
    QCOMPARE(index.buildCount(), 0);
    QVERIFY(!index.isBuilt());
    QCOMPARE(index.findSource(AdbTwice), -1);

    // Shown: builds once.
    QSignalSpy reset(&index, &QAbstractItemModel::modelReset);
    index.setActive(true);
    QVERIFY(settle(index));
    QCOMPARE(index.rowCount(), 3 + 8);
    QCOMPARE(index.buildCount(), 1);
    QCOMPARE(reset.count(), 1);

    // Hidden again: the rows go at once, and changes meanwhile cost nothing.
    index.setActive(false);
    QCOMPARE(index.rowCount(), 0);
    QCOMPARE(index.findSource(AdbTwice), -1);
    model.removeReport(0);
    model.setLinkResults({});
    QTest::qWait(200);
    QCOMPARE(index.buildCount(), 1);
    QCOMPARE(index.rowCount(), 0);
    index.setActive(true);
    QVERIFY(settle(index));
    QCOMPARE(index.rowCount(), 8);
    QVERIFY(index.findSource(AdbTwice) >= 0);
    QCOMPARE(index.buildCount(), 2);
}

void TestSourceIndexModel::burstOfReportsIsOneBuild() {
    TimelineModel model;
    SourceIndexModel index;
    QAbstractItemModelTester tester(&index, QAbstractItemModelTester::FailureReportingMode::Fatal);
    index.setSourceModel(&model);
    // All in one go, as a test or a script would: one build.
    for (int i = 0; i < 200; ++i)
        model.addReport(smallReport());
    QVERIFY(settle(index));
    QCOMPARE(index.buildCount(), 1);
    QCOMPARE(index.rowCount(), 3);
    QCOMPARE(index.index(0, 0).data(SourceIndexModel::EntryCountRole).toInt(), 2 * 200);
    // One by one, the event loop running in between (as files arrive from the loader): still a
    // few builds, not one per report.
    for (int i = 0; i < 200; ++i) {
        model.addReport(smallReport());
        QCoreApplication::processEvents();
    }
    QVERIFY(settle(index));
    QVERIFY2(index.buildCount() <= 1 + 3, qPrintable(QString::number(index.buildCount())));
    QCOMPARE(index.index(0, 0).data(SourceIndexModel::EntryCountRole).toInt(), 2 * 400);
}

void TestSourceIndexModel::buildOvertakenByARemovalIsDropped() {
    TimelineModel model;
    SourceIndexModel index;
    QAbstractItemModelTester tester(&index, QAbstractItemModelTester::FailureReportingMode::Fatal);
    index.setSourceModel(&model);
    model.addReport(bigReport(50000));
    model.addReport(smallReport());
    // Removed the moment the worker has its snapshot (its result lands from the event loop, so
    // always after this): its rows, and their locations, describe a model that is gone.
    int started = 0;
    QMetaObject::Connection removeOnStart =
        connect(&index, &SourceIndexModel::buildStarted, &index, [&] {
            if (++started == 1)
                model.removeReport(0);
        });
    QSignalSpy built(&index, &SourceIndexModel::built);
    QVERIFY(settle(index));
    QCOMPARE(started, 2);
    QCOMPARE(built.count(), 1); // the first build's result was never applied
    QCOMPARE(index.rowCount(), 3);
    QCOMPARE(index.findSource(QStringLiteral("https://big.example/0")), -1);
    const int url = index.findSource(QStringLiteral("https://a.example/x"));
    QCOMPARE(url, 0);
    const QList<QPersistentModelIndex> citing = citingTurningPoints(index, url);
    QCOMPARE(citing.size(), 1);
    QCOMPARE(citing[0], QPersistentModelIndex(model.turningPointIndex(0, 0)));
    QCOMPARE(model.turningPointAt(citing[0])->line, 5);

    // A replacement while the worker reads: the worker's copy of the old turning points stays
    // whole (the model's list detaches), and the result is dropped all the same.
    disconnect(removeOnStart);
    int replaced = 0;
    connect(&index, &SourceIndexModel::buildStarted, &index, [&] {
        if (++replaced == 1)
            model.replaceReport(0, bigReport(10));
    });
    model.replaceReport(0, bigReport(50000));
    QVERIFY(settle(index));
    QCOMPARE(replaced, 2);
    QCOMPARE(index.rowCount(), 10);
    QCOMPARE(index.index(0, 0).data(SourceIndexModel::TurningPointCountRole).toInt(), 1);
}

void TestSourceIndexModel::refreshNowBuildsAtOnce() {
    TimelineModel model;
    SourceIndexModel index;
    QAbstractItemModelTester tester(&index, QAbstractItemModelTester::FailureReportingMode::Fatal);
    index.setSourceModel(&model);
    model.addReport(smallReport());
    index.refreshNow();
    QVERIFY(index.isBuilt());
    QCOMPARE(index.rowCount(), 3);
    // Nothing left for the worker.
    QTest::qWait(200);
    QCOMPARE(index.buildCount(), 1);
    // Closing everything empties the index at once, without a build.
    model.clear();
    QVERIFY(index.isBuilt());
    QCOMPARE(index.rowCount(), 0);
    QCOMPARE(index.buildCount(), 1);
}

QTEST_GUILESS_MAIN(TestSourceIndexModel)
#include "tst_sourceindexmodel.moc"

// The filter proxy itself: its rows against a brute-force expectation (every filter
// and sort applied to the parsed structs directly), under QAbstractItemModelTester, through
// filter changes, sorting, reports opened, reloaded and closed, and what happens to persistent
// indexes (the selection, the outline's expanded rows) on the way.

#include "linkcheckresult.h"
#include "reportparser.h"
#include "timelinefilter.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Turnpoint;

Q_DECLARE_METATYPE(Turnpoint::TimelineFilter)

namespace {

Report parsed(const QString &path) {
    return ReportParser::parseFile(QStringLiteral(TURNPOINT_TEST_DATA "/") + path);
}

Entry makeEntry(int line, const QString &label, const QString &title, const PartialDate &date,
                int sources) {
    Entry e;
    e.line = line;
    e.label = label;
    e.title = title;
    e.date.start = date;
    for (int i = 0; i < sources; ++i)
        e.sources.append(Source{line + i + 1, QStringLiteral("src"),
                                QStringLiteral("https://example.org/%1/%2").arg(line).arg(i),
                                false});
    return e;
}

// Out of date order on purpose, with equal keys (ties must keep the file's order), undated and
// unscored turning points, and entries whose dates, titles and source counts disagree with
// their order in the file: every sort column reorders something here.
Report mixedReport() {
    Report r;
    r.file = QStringLiteral("/data/mixed.md");
    r.title = QStringLiteral("Mixed");
    const auto tp = [](int line, const PartialDate &date, const QString &kind,
                       std::optional<double> confidence, CompactList<Entry> entries) {
        TurningPoint t;
        t.line = line;
        t.date = date;
        t.dateText = date.toIso();
        t.kind = kind;
        t.confidence = confidence;
        t.entries = std::move(entries);
        t.nothingFound = t.entries.isEmpty();
        return t;
    };
    r.turningPoints = {
        tp(10, PartialDate::fromYearMonth(2022, 5), QStringLiteral("政策"), 70,
           {makeEntry(11, QStringLiteral("调控措施"), QStringLiteral("b CCUS"),
                      PartialDate::fromYear(2023), 2),
            makeEntry(14, QStringLiteral("项目名称"), QStringLiteral("a"),
                      PartialDate::fromYearMonthDay(2021, 2, 3), 0),
            makeEntry(16, QStringLiteral("调控措施"), QStringLiteral("C"), PartialDate(), 1)}),
        tp(20, PartialDate(), QStringLiteral("事件"), 70, {}),
        tp(30, PartialDate::fromYear(2019), QStringLiteral("Event"), std::nullopt,
           {makeEntry(31, QStringLiteral("项目名称"), QStringLiteral("ccus plant"),
                      PartialDate::fromYear(2019), 1)}),
        tp(40, PartialDate::fromYearMonth(2022, 5), QStringLiteral("会议"), 55,
           {makeEntry(41, QStringLiteral("数字基建"), QStringLiteral("z"),
                      PartialDate::fromYearMonth(2022, 6), 3),
            makeEntry(44, QStringLiteral("数字基建"), QStringLiteral("y"),
                      PartialDate::fromYearMonth(2022, 1), 0)}),
        tp(50, PartialDate::fromYearMonthDay(2020, 1, 1), QString(), 90,
           {makeEntry(51, QStringLiteral("项目名称"), QStringLiteral("m"),
                      PartialDate::fromYear(2020), 0)}),
        tp(60, PartialDate::fromYear(2021), QStringLiteral("政策"), 55, {}),
    };
    return r;
}

// "The expected answer" below is computed from the structs and the source model only; nothing
// of the proxy's own code is used.

// SortRole values compared the way QSortFilterProxyModel compares them: numbers as numbers,
// text case-sensitively, an invalid value after everything.
bool sortLess(const QVariant &a, const QVariant &b) {
    if (!a.isValid())
        return false;
    if (!b.isValid())
        return true;
    switch (a.userType()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return a.toDouble() < b.toDouble();
    default:
        return a.toString().compare(b.toString(), Qt::CaseSensitive) < 0;
    }
}

// Source rows under `parent` in the order the proxy must show them.
QList<int> expectedOrder(const TimelineModel &model, const QModelIndex &parent, QList<int> rows,
                         int column, Qt::SortOrder order) {
    if (column < 0)
        return rows;
    const auto key = [&](int row) {
        return model.index(row, column, parent).data(TimelineModel::SortRole);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? sortLess(key(a), key(b)) : sortLess(key(b), key(a));
    });
    return rows;
}

// Compares every row of the proxy with the expectation; returns what differs first.
QString checkProxy(const TimelineFilterModel &proxy, const TimelineModel &model,
                   const TimelineFilter &filter, int column, Qt::SortOrder order) {
    if (proxy.rowCount() != model.reportCount())
        return QStringLiteral("report count %1").arg(proxy.rowCount());
    const bool searching = !filter.search().isEmpty();
    for (int r = 0; r < model.reportCount(); ++r) {
        const Report &report = model.report(r);
        const QModelIndex sourceReport = model.index(r, 0);
        const QModelIndex proxyReport = proxy.index(r, 0);
        if (proxy.mapToSource(proxyReport) != sourceReport ||
            proxy.mapFromSource(sourceReport) != proxyReport)
            return QStringLiteral("report %1 not at its row").arg(r);
        QList<int> accepted;
        bool reportMatches = false;
        for (int t = 0; t < report.turningPoints.size(); ++t) {
            const TurningPoint &tp = report.turningPoints[t];
            const bool accepts = filter.accepts(tp);
            if (accepts)
                accepted.append(t);
            reportMatches = reportMatches || (accepts && searching && filter.search().matches(tp));
            if (proxy.acceptsTurningPoint(r, t) != accepts)
                return QStringLiteral("acceptsTurningPoint(%1, %2)").arg(r).arg(t);
            if (proxy.turningPointMatchesSearch(r, t) != (searching && filter.search().matches(tp)))
                return QStringLiteral("turningPointMatchesSearch(%1, %2)").arg(r).arg(t);
            const QModelIndex shown = proxy.mapFromSource(model.index(t, 0, sourceReport));
            if (shown.isValid() != accepts)
                return QStringLiteral("mapFromSource of %1/%2").arg(r).arg(t);
        }
        if (proxyReport.data(TimelineFilterModel::SearchMatchRole).toBool() != reportMatches)
            return QStringLiteral("SearchMatchRole of report %1").arg(r);
        const QList<int> expected = expectedOrder(model, sourceReport, accepted, column, order);
        QList<int> actual;
        for (int row = 0; row < proxy.rowCount(proxyReport); ++row)
            actual.append(proxy.mapToSource(proxy.index(row, 0, proxyReport)).row());
        if (actual != expected) {
            QStringList a, e;
            for (int x : actual)
                a.append(QString::number(x));
            for (int x : expected)
                e.append(QString::number(x));
            return QStringLiteral("report %1 shows %2, expected %3")
                .arg(r)
                .arg(a.join(u','), e.join(u','));
        }
        for (int row = 0; row < proxy.rowCount(proxyReport); ++row) {
            const int t = expected[row];
            const TurningPoint &tp = report.turningPoints[t];
            const QModelIndex proxyTp = proxy.index(row, 0, proxyReport);
            const QModelIndex sourceTp = model.index(t, 0, sourceReport);
            if (proxy.mapFromSource(sourceTp) != proxyTp || proxyTp.parent() != proxyReport)
                return QStringLiteral("turning point %1/%2 round trip").arg(r).arg(t);
            for (int c = 0; c < TimelineModel::NUM_COLUMNS; ++c) {
                if (proxy.mapToSource(proxy.index(row, c, proxyReport)) !=
                    model.index(t, c, sourceReport))
                    return QStringLiteral("column %1 of %2/%3").arg(c).arg(r).arg(t);
            }
            if (proxyTp.data(TimelineFilterModel::SearchMatchRole).toBool() !=
                (searching && filter.search().matches(tp)))
                return QStringLiteral("SearchMatchRole of %1/%2").arg(r).arg(t);
            QList<int> allEntries;
            for (int e = 0; e < tp.entries.size(); ++e)
                allEntries.append(e);
            const QList<int> expectedEntries =
                expectedOrder(model, sourceTp, allEntries, column, order);
            if (proxy.rowCount(proxyTp) != expectedEntries.size())
                return QStringLiteral("entry count of %1/%2").arg(r).arg(t);
            for (int e = 0; e < expectedEntries.size(); ++e) {
                const QModelIndex proxyEntry = proxy.index(e, 0, proxyTp);
                const QModelIndex sourceEntry = model.index(expectedEntries[e], 0, sourceTp);
                if (proxy.mapToSource(proxyEntry) != sourceEntry ||
                    proxy.mapFromSource(sourceEntry) != proxyEntry ||
                    proxyEntry.parent() != proxyTp)
                    return QStringLiteral("entry %1 of %2/%3").arg(e).arg(r).arg(t);
                if (proxyEntry.data(TimelineFilterModel::SearchMatchRole).toBool() !=
                    (searching && filter.search().matches(tp.entries[expectedEntries[e]])))
                    return QStringLiteral("SearchMatchRole of entry %1 of %2/%3")
                        .arg(e)
                        .arg(r)
                        .arg(t);
            }
        }
    }
    return {};
}

TimelineFilter withThreshold(int percent) {
    TimelineFilter f;
    f.setMinimumConfidence(percent);
    return f;
}

TimelineFilter withKinds(TimelineFilter::Kinds kinds, int percent = 0) {
    TimelineFilter f = withThreshold(percent);
    f.setKinds(kinds);
    return f;
}

TimelineFilter withSearch(const QString &text, TimelineFilter::SearchMode mode, int percent = 0) {
    TimelineFilter f = withThreshold(percent);
    f.setSearchText(text);
    f.setSearchMode(mode);
    return f;
}

} // namespace

class TestTimelineFilterModel : public QObject {
    Q_OBJECT

private:
    // The samples of tests/data (parsed as the app parses them) and the mixed report.
    void loadAll(TimelineModel *model) {
        model->addReport(parsed(QStringLiteral("yunnan-industry-carbon.md")));
        model->addReport(parsed(QStringLiteral("guangxi-buildings-en.md")));
        model->addReport(mixedReport());
        model->addReport(parsed(QStringLiteral("parser/nothing-found.md")));
        model->addReport(parsed(QStringLiteral("parser/dates.md")));
    }

private slots:
    void rowsMatchBruteForce_data();
    void rowsMatchBruteForce();
    void layoutChangeNotRowSignals();
    void selectionSurvivesFilter();
    void sortKeepsReportsAndSelection();
    void reportsOpenedReloadedClosed();
    void linkResultsReachShownRows();
    void headerWithoutReports();
    void sourceDeletedFirst();
    void onlyChangesFollowsBaseline();
    void sortByChange();
    void thresholdStepsOverOddConfidences();
    void childrenAndFlagsWithoutTheSource();
};

void TestTimelineFilterModel::rowsMatchBruteForce_data() {
    QTest::addColumn<TimelineFilter>("filter");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");

    TimelineFilter labels;
    labels.setLabels({QStringLiteral("项目名称"), QStringLiteral("Policy name")});
    TimelineFilter nothing = withThreshold(50);
    nothing.setHideNothingFound(true);
    TimelineFilter dates;
    dates.setDateRange(PartialDate::fromYear(2021), PartialDate::fromYearMonth(2022, 5));
    TimelineFilter combined =
        withSearch(QStringLiteral("ccus"), TimelineFilter::SearchMode::OnlyMatches, 50);
    combined.setKinds(TimelineFilter::PolicyKind | TimelineFilter::OtherKind);

    const QList<std::pair<const char *, TimelineFilter>> filters = {
        {"nothing", TimelineFilter()},
        {"threshold 56", withThreshold(56)},
        {"threshold 60", withThreshold(60)},
        {"threshold 100", withThreshold(100)},
        {"events", withKinds(TimelineFilter::EventKind)},
        {"no kind", withKinds({})},
        {"policy and other over 50",
         withKinds(TimelineFilter::PolicyKind | TimelineFilter::OtherKind, 50)},
        {"labels", labels},
        {"nothing found hidden", nothing},
        {"date range", dates},
        {"highlight",
         withSearch(QStringLiteral("CCUS"), TimelineFilter::SearchMode::HighlightMatches)},
        {"only matches",
         withSearch(QStringLiteral("ccus"), TimelineFilter::SearchMode::OnlyMatches)},
        {"only matches, chinese",
         withSearch(QStringLiteral("低碳"), TimelineFilter::SearchMode::OnlyMatches, 56)},
        {"combined", combined},
    };
    const QList<std::tuple<const char *, int, Qt::SortOrder>> sorts = {
        {"unsorted", -1, Qt::AscendingOrder},
        {"date", TimelineModel::DateColumn, Qt::AscendingOrder},
        {"date desc", TimelineModel::DateColumn, Qt::DescendingOrder},
        {"confidence desc", TimelineModel::ConfidenceColumn, Qt::DescendingOrder},
        {"kind", TimelineModel::KindColumn, Qt::AscendingOrder},
        {"title desc", TimelineModel::TitleColumn, Qt::DescendingOrder},
        {"entries", TimelineModel::EntryCountColumn, Qt::AscendingOrder},
        {"sources desc", TimelineModel::SourceCountColumn, Qt::DescendingOrder},
    };
    for (const auto &[name, filter] : filters) {
        for (const auto &[sortName, column, order] : sorts)
            QTest::addRow("%s, %s", name, sortName) << filter << column << order;
    }
}

void TestTimelineFilterModel::rowsMatchBruteForce() {
    QFETCH(TimelineFilter, filter);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    TimelineModel model;
    TimelineFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    loadAll(&model);
    QCOMPARE(checkProxy(proxy, model, TimelineFilter(), -1, Qt::AscendingOrder), QString());

    // Sorted first, then filtered (the window's order), then back and forth.
    proxy.sort(column, order);
    QCOMPARE(checkProxy(proxy, model, TimelineFilter(), column, order), QString());
    proxy.setFilter(filter);
    QCOMPARE(proxy.filter(), filter);
    QCOMPARE(checkProxy(proxy, model, filter, column, order), QString());
    proxy.setFilter(TimelineFilter());
    QCOMPARE(checkProxy(proxy, model, TimelineFilter(), column, order), QString());
    proxy.setFilter(filter);
    QCOMPARE(checkProxy(proxy, model, filter, column, order), QString());

    // Filtered first, then sorted, then unsorted.
    TimelineFilterModel second;
    QAbstractItemModelTester secondTester(&second,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    second.setSourceModel(&model);
    second.setFilter(filter);
    second.sort(column, order);
    QCOMPARE(checkProxy(second, model, filter, column, order), QString());
    second.sort(-1);
    QCOMPARE(checkProxy(second, model, filter, -1, Qt::AscendingOrder), QString());

    // A slider sweep on top of the filter: each step is the same as setting it at once.
    for (const int threshold : {0, 30, 56, 57, 68, 71, 100, 40, 0}) {
        proxy.setMinimumConfidence(threshold);
        TimelineFilter expected = filter;
        expected.setMinimumConfidence(threshold);
        QCOMPARE(checkProxy(proxy, model, expected, column, order), QString());
    }
}

void TestTimelineFilterModel::layoutChangeNotRowSignals() {
    TimelineModel model;
    TimelineFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    loadAll(&model);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&proxy, &TimelineFilterModel::filterChanged);

    proxy.setMinimumConfidence(64); // hides 60, 62 and 63 %
    QCOMPARE(layout.count(), 1);
    // A step that crosses no turning point's confidence moves no row: no layout change.
    proxy.setMinimumConfidence(65);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(changed.count(), 2);
    proxy.setMinimumConfidence(0);
    QCOMPARE(layout.count(), 2);
    // Highlighting hides nothing.
    proxy.setSearchText(QStringLiteral("CCUS"));
    QCOMPARE(layout.count(), 2);
    proxy.setSearchMode(TimelineFilter::SearchMode::OnlyMatches);
    QCOMPARE(layout.count(), 3);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestTimelineFilterModel::selectionSurvivesFilter() {
    TimelineModel model;
    TimelineFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QItemSelectionModel selection(&proxy);
    model.addReport(mixedReport());
    model.addReport(parsed(QStringLiteral("guangxi-buildings-en.md")));

    // Selected: mixed:50 (90 %, stays at 64); an entry of mixed:40 (55 %, goes at 64) and one
    // of mixed:10 (70 %, stays); Guangxi's 2021-04 (71 %, stays, row 1 -> 0 as 63 % goes).
    const QModelIndex mixed = proxy.index(0, 0);
    const QModelIndex guangxi = proxy.index(1, 0);
    selection.setCurrentIndex(proxy.index(4, 0, mixed),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex stayingEntry = proxy.index(2, 0, proxy.index(0, 0, mixed));
    const QPersistentModelIndex goingEntry = proxy.index(1, 0, proxy.index(3, 0, mixed));
    const QPersistentModelIndex guangxiTp = proxy.index(1, TimelineModel::TitleColumn, guangxi);
    const QPersistentModelIndex hidden = proxy.index(3, 0, mixed);
    QCOMPARE(model.entryAt(proxy.mapToSource(stayingEntry))->line, 16);
    QCOMPARE(model.entryAt(proxy.mapToSource(goingEntry))->line, 44);

    proxy.setMinimumConfidence(64);
    // mixed shows 10, 20, 50 (30 is unscored); Guangxi 2021-04 and 2023-08.
    QCOMPARE(proxy.rowCount(mixed), 3);
    QCOMPARE(selection.currentIndex(), proxy.index(2, 0, mixed));
    QCOMPARE(selection.selectedRows(), QModelIndexList{proxy.index(2, 0, mixed)});
    QCOMPARE(model.turningPointAt(proxy.mapToSource(selection.currentIndex()))->line, 50);
    QVERIFY(stayingEntry.isValid());
    QCOMPARE(model.entryAt(proxy.mapToSource(stayingEntry))->line, 16);
    QCOMPARE(stayingEntry.parent(), proxy.index(0, 0, mixed));
    QVERIFY(!goingEntry.isValid());
    QVERIFY(!hidden.isValid());
    QVERIFY(guangxiTp.isValid());
    QCOMPARE(guangxiTp.row(), 0);
    QCOMPARE(guangxiTp.column(), int(TimelineModel::TitleColumn));
    QCOMPARE(model.turningPointAt(proxy.mapToSource(guangxiTp))->line, 17);

    // Only events (mixed:20 and mixed:30, unscored, hidden by the threshold): the selected
    // row and the entry's turning point go, Guangxi's event stays.
    proxy.setKindFilter(TimelineFilter::EventKind);
    QCOMPARE(proxy.rowCount(mixed), 1);
    QVERIFY(selection.selectedRows().isEmpty());
    QVERIFY(!selection.currentIndex().isValid());
    QVERIFY(!stayingEntry.isValid());
    QVERIFY(guangxiTp.isValid());
    // What went stays gone when its row comes back.
    proxy.clearFilters();
    proxy.setMinimumConfidence(0);
    QCOMPARE(proxy.rowCount(mixed), 6);
    QVERIFY(selection.selectedRows().isEmpty());
    QVERIFY(!goingEntry.isValid());
    QVERIFY(!stayingEntry.isValid());
    QCOMPARE(guangxiTp.row(), 1);
    QCOMPARE(model.turningPointAt(proxy.mapToSource(guangxiTp))->line, 17);
}

void TestTimelineFilterModel::sortKeepsReportsAndSelection() {
    TimelineModel model;
    TimelineFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QItemSelectionModel selection(&proxy);
    loadAll(&model);
    proxy.setMinimumConfidence(50);

    const QModelIndex mixed = proxy.index(2, 0);
    // mixed at 50 %: 10 (70), 20 (70), 40 (55), 50 (90), 60 (55).
    selection.select(proxy.index(2, 0, mixed),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex entry = proxy.index(1, 0, proxy.index(0, 0, mixed)); // line 14
    for (int column = -1; column < TimelineModel::NUM_COLUMNS; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            QCOMPARE(proxy.sortColumn(), column);
            QCOMPARE(proxy.sortOrder(), order);
            for (int r = 0; r < model.reportCount(); ++r)
                QCOMPARE(proxy.mapToSource(proxy.index(r, 0)).row(), r);
            const QModelIndexList rows = selection.selectedRows();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(model.turningPointAt(proxy.mapToSource(rows.first()))->line, 40);
            QVERIFY(entry.isValid());
            QCOMPARE(model.entryAt(proxy.mapToSource(entry))->line, 14);
            QCOMPARE(checkProxy(proxy, model, withThreshold(50), column, order), QString());
        }
    }
    // Confidence, descending: 50 (90), then the 70s and the 55s in file order.
    proxy.sort(TimelineModel::ConfidenceColumn, Qt::DescendingOrder);
    QList<int> lines;
    for (int row = 0; row < proxy.rowCount(mixed); ++row)
        lines.append(model.turningPointAt(proxy.mapToSource(proxy.index(row, 0, mixed)))->line);
    QCOMPARE(lines, (QList<int>{50, 10, 20, 40, 60}));
    // Entries of mixed:10 by date, descending: the undated one first (its sort key is the
    // largest, as with QSortFilterProxyModel before), then 2023, 2021-02-03.
    QList<int> entryLines;
    proxy.sort(TimelineModel::DateColumn, Qt::DescendingOrder);
    const QModelIndex ten = proxy.mapFromSource(model.turningPointIndex(2, 0));
    for (int row = 0; row < proxy.rowCount(ten); ++row)
        entryLines.append(model.entryAt(proxy.mapToSource(proxy.index(row, 0, ten)))->line);
    QCOMPARE(entryLines, (QList<int>{16, 11, 14}));
}

void TestTimelineFilterModel::reportsOpenedReloadedClosed() {
    TimelineModel model;
    TimelineFilterModel proxy;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(TimelineModel::ConfidenceColumn, Qt::DescendingOrder);
    proxy.setMinimumConfidence(56);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    const TimelineFilter filter = proxy.filter();
    const auto check = [&] {
        return checkProxy(proxy, model, filter, TimelineModel::ConfidenceColumn,
                          Qt::DescendingOrder);
    };

    loadAll(&model);
    QCOMPARE(inserted.count(), 5);
    QCOMPARE(check(), QString());
    // A persistent index in the last report follows it when an earlier one closes.
    const QPersistentModelIndex dated = proxy.index(0, 0, proxy.index(4, 0));
    const QPersistentModelIndex inGuangxi = proxy.index(0, 0, proxy.index(1, 0));
    QVERIFY(dated.isValid() && inGuangxi.isValid());
    const int datedLine = model.turningPointAt(proxy.mapToSource(dated))->line;
    model.removeReport(1);
    QCOMPARE(check(), QString());
    QVERIFY(!inGuangxi.isValid());
    QVERIFY(dated.isValid());
    QCOMPARE(dated.parent(), proxy.index(3, 0));
    QCOMPARE(model.turningPointAt(proxy.mapToSource(dated))->line, datedLine);

    // A reload: the report row stays, its turning points go and come as rows.
    inserted.clear();
    removed.clear();
    Report fewer = mixedReport();
    fewer.turningPoints.removeAt(3);
    fewer.turningPoints[0].confidence = 10; // now hidden
    const QPersistentModelIndex mixedRow = proxy.index(1, 0);
    model.replaceReport(1, fewer);
    QCOMPARE(check(), QString());
    QVERIFY(mixedRow.isValid());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    // A reload into a report showing nothing at this threshold: nothing to insert.
    Report none = mixedReport();
    for (TurningPoint &tp : none.turningPoints)
        tp.confidence = 1;
    model.replaceReport(1, none);
    QCOMPARE(check(), QString());
    QCOMPARE(proxy.rowCount(proxy.index(1, 0)), 0);
    model.replaceReport(1, mixedReport());
    QCOMPARE(check(), QString());

    // The same with highlighting on and the threshold at 0.
    proxy.setMinimumConfidence(0);
    proxy.setSearchText(QStringLiteral("ccus"));
    TimelineFilter highlight = filter;
    highlight.setMinimumConfidence(0);
    highlight.setSearchText(QStringLiteral("ccus"));
    model.addReport(mixedReport());
    QCOMPARE(
        checkProxy(proxy, model, highlight, TimelineModel::ConfidenceColumn, Qt::DescendingOrder),
        QString());
    model.removeReport(0);
    QCOMPARE(
        checkProxy(proxy, model, highlight, TimelineModel::ConfidenceColumn, Qt::DescendingOrder),
        QString());
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(reset.count(), 0);

    // A new source: everything starts again, with the filter and sort kept.
    TimelineModel other;
    other.addReport(mixedReport());
    proxy.setSourceModel(&other);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(
        checkProxy(proxy, other, highlight, TimelineModel::ConfidenceColumn, Qt::DescendingOrder),
        QString());
}

void TestTimelineFilterModel::linkResultsReachShownRows() {
    TimelineModel model;
    TimelineFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    model.addReport(mixedReport());
    proxy.sort(TimelineModel::SourceCountColumn, Qt::AscendingOrder);
    proxy.setMinimumConfidence(60); // 40 (55 %) hidden
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);

    LinkCheckResult broken;
    broken.status = LinkCheckResult::Broken;
    broken.httpCode = 404;
    QHash<QString, LinkCheckResult> results;
    broken.url = QStringLiteral("https://example.org/11/1"); // entry 11 of mixed:10
    results.insert(broken.url, broken);
    broken.url = QStringLiteral("https://example.org/41/0"); // entry of hidden mixed:40
    results.insert(broken.url, broken);
    model.setLinkResults(results);

    // The entry, its turning point and the report; nothing below the hidden turning point.
    QCOMPARE(changed.count(), 3);
    const QModelIndex ten = proxy.mapFromSource(model.turningPointIndex(0, 0));
    const QModelIndex entry = proxy.mapFromSource(model.entryIndex(0, 0, 0));
    QCOMPARE(changed.at(0).at(0).toModelIndex(), entry.siblingAtColumn(0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(),
             entry.siblingAtColumn(TimelineModel::NUM_COLUMNS - 1));
    QCOMPARE(changed.at(1).at(0).toModelIndex(), ten);
    QCOMPARE(changed.at(2).at(0).toModelIndex(), proxy.index(0, 0));
    QCOMPARE(entry.data(TimelineModel::LinkProblemCountRole).toInt(), 1);
    QCOMPARE(ten.data(TimelineModel::LinkProblemCountRole).toInt(), 1);
}

void TestTimelineFilterModel::headerWithoutReports() {
    TimelineModel model;
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.columnCount(), int(TimelineModel::NUM_COLUMNS));
    QCOMPARE(proxy.headerData(TimelineModel::DateColumn, Qt::Horizontal).toString(),
             model.headerData(TimelineModel::DateColumn, Qt::Horizontal).toString());
    QVERIFY(!proxy.headerData(TimelineModel::DateColumn, Qt::Horizontal).toString().isEmpty());
    QVERIFY(proxy.roleNames().contains(TimelineFilterModel::SearchMatchRole));
    QCOMPARE(proxy.roleNames().value(TimelineModel::ConfidenceRole), QByteArray("confidence"));
}

void TestTimelineFilterModel::sourceDeletedFirst() {
    TimelineFilterModel proxy;
    {
        auto model = std::make_unique<TimelineModel>();
        model->addReport(mixedReport());
        proxy.setSourceModel(model.get());
        QCOMPARE(proxy.rowCount(), 1);
    }
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(!proxy.acceptsTurningPoint(0, 0));
    QVERIFY(proxy.sourceReports().isEmpty());
    proxy.setMinimumConfidence(50);
    QCOMPARE(proxy.searchStatistics(), (SearchText::Statistics{0, 0}));
}

QTEST_GUILESS_MAIN(TestTimelineFilterModel)
// "Only changes" on the proxy: it hides the unchanged turning points of a report with a
// baseline only, and follows the baseline as it is set, cleared or the report reloaded.
void TestTimelineFilterModel::onlyChangesFollowsBaseline() {
    TimelineModel model;
    TimelineFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    model.addReport(parsed(QStringLiteral("compare/guangxi-v2.md")));
    model.addReport(parsed(QStringLiteral("guangxi-buildings-en.md")));
    const auto shown = [&proxy](int report) { return proxy.rowCount(proxy.index(report, 0)); };
    QCOMPARE(shown(0), 5);

    QSignalSpy toggled(&proxy, &TimelineFilterModel::onlyChangesChanged);
    QSignalSpy changed(&proxy, &TimelineFilterModel::filterChanged);
    proxy.setOnlyChanges(true);
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.at(0).at(0).toBool(), true);
    QCOMPARE(changed.count(), 1);
    proxy.setOnlyChanges(true); // no change, no signal
    QCOMPARE(toggled.count(), 1);
    // No baseline yet: nothing to differ from, nothing hidden.
    QCOMPARE(shown(0), 5);
    QCOMPARE(shown(1), 4);

    model.setBaseline(0, parsed(QStringLiteral("compare/guangxi-v1.md")));
    QCOMPARE(shown(0), 3); // re-scored, changed, added
    QCOMPARE(shown(1), 4);
    for (int row = 0; row < 3; ++row) {
        const QModelIndex tp = proxy.index(row, 0, proxy.index(0, 0));
        QVERIFY(ChangeKind(tp.data(TimelineModel::ChangeRole).toInt()) != ChangeKind::Unchanged);
        QVERIFY(proxy.acceptsTurningPoint(0, proxy.mapToSource(tp).row()));
    }
    QVERIFY(!proxy.acceptsTurningPoint(0, 2)); // November 2022, unchanged

    // A reload compares again with the same baseline.
    model.replaceReport(0, parsed(QStringLiteral("compare/guangxi-v2.md")));
    QCOMPARE(shown(0), 3);
    // Compared with itself: nothing differs, nothing shown.
    model.replaceReport(0, parsed(QStringLiteral("compare/guangxi-v1.md")));
    QCOMPARE(shown(0), 0);
    model.clearBaseline(0);
    QCOMPARE(shown(0), 5);
    proxy.setOnlyChanges(false);
    QCOMPARE(toggled.count(), 2);
    QCOMPARE(shown(0), 5);
}

// The Change column sorts by ChangeKind (unchanged, added, removed, modified), file order among
// equals, and follows the baseline as it comes and goes.
void TestTimelineFilterModel::sortByChange() {
    TimelineModel model;
    TimelineFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    model.addReport(parsed(QStringLiteral("compare/guangxi-v2.md")));
    const auto order = [&proxy] {
        QList<int> rows;
        const QModelIndex report = proxy.index(0, 0);
        for (int row = 0; row < proxy.rowCount(report); ++row)
            rows.append(proxy.mapToSource(proxy.index(row, 0, report)).row());
        return rows;
    };
    proxy.sort(TimelineModel::ChangeColumn, Qt::AscendingOrder);
    QCOMPARE(order(), (QList<int>{0, 1, 2, 3, 4})); // no baseline: the file's order
    const QPersistentModelIndex added = proxy.index(4, 0, proxy.index(0, 0));
    model.setBaseline(0, parsed(QStringLiteral("compare/guangxi-v1.md")));
    // Unchanged (November 2022, August 2023), added (May 2024), modified (June 2020, 2021-04).
    QCOMPARE(order(), (QList<int>{2, 3, 4, 0, 1}));
    QCOMPARE(added.row(), 2);
    proxy.sort(TimelineModel::ChangeColumn, Qt::DescendingOrder);
    QCOMPARE(order(), (QList<int>{0, 1, 4, 2, 3}));
    // Entries of 2021-04: a modified one and a renamed (modified) one keep their file order.
    const QModelIndex tp = proxy.mapFromSource(model.turningPointIndex(0, 1));
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0, tp)).row(), 0);
    model.clearBaseline(0);
    QCOMPARE(order(), (QList<int>{0, 1, 2, 3, 4}));
}

void TestTimelineFilterModel::thresholdStepsOverOddConfidences() {
    // The proxy answers a threshold step from a byte per turning point; it must agree with the
    // rule itself at every threshold, for fractions, the ends and values outside 0-100.
    const QList<std::optional<double>> confidences = {
        std::nullopt, -3.0, -0.5,  0.0,   0.25,  49.999, 50.0,
        50.5,         64.4, 99.99, 100.0, 100.5, 150.0,  std::numeric_limits<double>::quiet_NaN()};
    Report report;
    report.file = QStringLiteral("/data/odd.md");
    for (const std::optional<double> &c : confidences) {
        TurningPoint tp;
        tp.confidence = c;
        tp.kind = QStringLiteral("事件");
        report.turningPoints.append(tp);
    }
    TimelineModel model;
    model.addReport(report);
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    for (int threshold = 0; threshold <= 100; ++threshold) {
        proxy.setMinimumConfidence(threshold);
        for (int i = 0; i < confidences.size(); ++i)
            QVERIFY2(
                proxy.acceptsTurningPoint(0, i) ==
                    TimelineFilter::passesConfidence(confidences.at(i), threshold),
                qPrintable(QStringLiteral("threshold %1, confidence #%2").arg(threshold).arg(i)));
    }
}

void TestTimelineFilterModel::childrenAndFlagsWithoutTheSource() {
    // hasChildren() and flags() answer without mapping to the source: they must give what the
    // source gives for every node (entries are never filtered), under a filter and a sort that
    // move rows around.
    TimelineModel model;
    loadAll(&model);
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setMinimumConfidence(56);
    proxy.sort(TimelineModel::EntryCountColumn, Qt::DescendingOrder);
    int turningPoints = 0;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex report = proxy.index(r, 0);
        QCOMPARE(proxy.hasChildren(report), proxy.rowCount(report) > 0); // rows filtered away
        QCOMPARE(proxy.flags(report), model.flags(proxy.mapToSource(report)));
        for (int t = 0; t < proxy.rowCount(report); ++t) {
            const QModelIndex tp = proxy.index(t, 0, report);
            ++turningPoints;
            QCOMPARE(proxy.hasChildren(tp), model.hasChildren(proxy.mapToSource(tp)));
            QCOMPARE(proxy.hasChildren(tp), proxy.rowCount(tp) > 0);
            QCOMPARE(proxy.flags(tp), model.flags(proxy.mapToSource(tp)));
            for (int e = 0; e < proxy.rowCount(tp); ++e) {
                const QModelIndex entry = proxy.index(e, 2, tp);
                QCOMPARE(proxy.flags(entry), model.flags(proxy.mapToSource(entry)));
                QVERIFY(proxy.flags(entry).testFlag(Qt::ItemNeverHasChildren));
                QVERIFY(!proxy.hasChildren(entry));
            }
        }
    }
    QVERIFY(turningPoints > 10);
}

#include "tst_timelinefiltermodel.moc"

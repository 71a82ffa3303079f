#include "jsonexporter.h"
#include "timelinefilter.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Turnpoint;

using Ids = QStringList; // "file:line" of turning points, in document order

namespace {

Entry makeEntry(int line, const QString &label, const QString &title) {
    Entry e;
    e.line = line;
    e.label = label;
    e.title = title;
    return e;
}

TurningPoint makeTurningPoint(int line, const PartialDate &date, const QString &kind,
                              std::optional<double> confidence, CompactList<Entry> entries) {
    TurningPoint tp;
    tp.line = line;
    tp.date = date;
    tp.dateText = date.toIso();
    tp.kind = kind;
    tp.confidence = confidence;
    tp.entries = std::move(entries);
    if (tp.entries.isEmpty()) {
        tp.nothingFound = true;
        tp.notes.append(
            Note{line + 2, QStringLiteral("本周期内未监测到相关政策性文件及重大事件。")});
    }
    return tp;
}

// Each turning point is built to be caught by some filters and not others; the expected rows in
// the tables below are read off this list.
//   a:10  2019-03  事件    65  项目名称, 调控措施
//   a:20  2020-09  事件    62  nothing found
//   a:30  2021-06  政策    80  调控措施 ×2 (CCUS twice)
//   a:40  undated  Policy  50  项目名称 (ＣＣＵＳ)
//   a:50  2022     (none)  —   数字基建
//   a:60  2023-03  会议    90  nothing found
//   b:110 2021-01  EVENT   70  项目名称 (CCUS)
//   b:120 2022-12  政策    40  调控措施
Report reportA() {
    Report r;
    r.file = QStringLiteral("/data/a.md");
    r.title = QStringLiteral("Report A");
    Entry ccus = makeEntry(32, QStringLiteral("调控措施"), QStringLiteral("能耗双控 CCUS"));
    ccus.fields.append(Field{33, QStringLiteral("技术"), QStringLiteral("CCUS 技术")});
    r.turningPoints = {
        makeTurningPoint(
            10, PartialDate::fromYearMonth(2019, 3), QStringLiteral("事件"), 65,
            {makeEntry(12, QStringLiteral("项目名称"), QStringLiteral("绿色铝产业园")),
             makeEntry(15, QStringLiteral("调控措施"), QStringLiteral("电解铝产能调控"))}),
        makeTurningPoint(20, PartialDate::fromYearMonth(2020, 9), QStringLiteral("事件"), 62, {}),
        makeTurningPoint(30, PartialDate::fromYearMonth(2021, 6), QStringLiteral("政策"), 80,
                         {ccus, makeEntry(36, QStringLiteral("调控措施"), QStringLiteral("限电"))}),
        makeTurningPoint(
            40, PartialDate(), QStringLiteral("Policy"), 50,
            {makeEntry(42, QStringLiteral("项目名称"), QStringLiteral("ＣＣＵＳ示范"))}),
        makeTurningPoint(50, PartialDate::fromYear(2022), QString(), std::nullopt,
                         {makeEntry(52, QStringLiteral("数字基建"), QStringLiteral("5G园区"))}),
        makeTurningPoint(60, PartialDate::fromYearMonth(2023, 3), QStringLiteral("会议"), 90, {}),
    };
    return r;
}

Report reportB() {
    Report r;
    r.file = QStringLiteral("/data/b.md");
    r.title = QStringLiteral("Report B");
    r.turningPoints = {
        makeTurningPoint(
            110, PartialDate::fromYearMonth(2021, 1), QStringLiteral("EVENT"), 70,
            {makeEntry(112, QStringLiteral("项目名称"), QStringLiteral("CCUS pilot"))}),
        makeTurningPoint(120, PartialDate::fromYearMonth(2022, 12), QStringLiteral("政策"), 40,
                         {makeEntry(122, QStringLiteral("调控措施"), QStringLiteral("限产"))}),
    };
    return r;
}

QString idOf(const Report &r, const TurningPoint &tp) {
    return QStringLiteral("%1:%2")
        .arg(JsonExporter::displayFileName(r.file).chopped(3))
        .arg(tp.line);
}

Ids acceptedBy(const TimelineFilter &filter, const QList<const Report *> &reports) {
    Ids ids;
    for (const Report *r : reports) {
        for (const TurningPoint &tp : r->turningPoints) {
            if (filter.accepts(tp))
                ids.append(idOf(*r, tp));
        }
    }
    return ids;
}

// What the proxy shows, in source order (the proxy is not sorted here).
Ids shownBy(const TimelineFilterModel &proxy, const TimelineModel &model) {
    Ids ids;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QModelIndex report = proxy.index(r, 0);
        for (int t = 0; t < proxy.rowCount(report); ++t) {
            const QModelIndex source = proxy.mapToSource(proxy.index(t, 0, report));
            ids.append(idOf(*model.reportAt(source), *model.turningPointAt(source)));
            // Entries always follow their turning point, whole.
            if (proxy.rowCount(proxy.index(t, 0, report)) !=
                model.turningPointAt(source)->entries.size())
                ids.append(QStringLiteral("entries cut"));
        }
    }
    return ids;
}

TimelineFilter withKinds(TimelineFilter::Kinds kinds) {
    TimelineFilter f;
    f.setKinds(kinds);
    return f;
}

TimelineFilter withLabels(const QSet<QString> &labels) {
    TimelineFilter f;
    f.setLabels(labels);
    return f;
}

TimelineFilter withDates(const PartialDate &from, const PartialDate &to) {
    TimelineFilter f;
    f.setDateRange(from, to);
    return f;
}

TimelineFilter withSearch(const QString &text, TimelineFilter::SearchMode mode) {
    TimelineFilter f;
    f.setSearchText(text);
    f.setSearchMode(mode);
    return f;
}

} // namespace

Q_DECLARE_METATYPE(Turnpoint::TimelineFilter)

class TestTimelineFilter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void proxyThroughFilterChanges();
    void signalsPerPart();
    void clearKeepsConfidence();
    void onlyChanges();
    void searchMatchRole();
    void searchSignalsEntriesOnlyWhereIndexed();
    void searchStatistics();
    void description();
    void availableLabelsAndKinds();
    void kindBuckets_data();
    void kindBuckets();
    void commandLine();
    void jsonExportOfWhatIsShown();

private:
    Report m_a;
    Report m_b;
    QList<const Report *> m_reports;
};

void TestTimelineFilter::initTestCase() {
    m_a = reportA();
    m_b = reportB();
    m_reports = {&m_a, &m_b};
}

void TestTimelineFilter::filters_data() {
    using K = TimelineFilter;
    using Mode = TimelineFilter::SearchMode;
    QTest::addColumn<TimelineFilter>("filter");
    QTest::addColumn<Ids>("expected");
    const Ids all{QStringLiteral("a:10"),  QStringLiteral("a:20"), QStringLiteral("a:30"),
                  QStringLiteral("a:40"),  QStringLiteral("a:50"), QStringLiteral("a:60"),
                  QStringLiteral("b:110"), QStringLiteral("b:120")};
    QTest::newRow("none") << TimelineFilter() << all;
    QTest::newRow("all kinds checked") << withKinds(K::AllKinds) << all;
    QTest::newRow("kind 事件 (and EVENT)")
        << withKinds(K::EventKind)
        << Ids{QStringLiteral("a:10"), QStringLiteral("a:20"), QStringLiteral("b:110")};
    QTest::newRow("kind 政策 (and Policy)")
        << withKinds(K::PolicyKind)
        << Ids{QStringLiteral("a:30"), QStringLiteral("a:40"), QStringLiteral("b:120")};
    QTest::newRow("kind other (none, 会议)")
        << withKinds(K::OtherKind) << Ids{QStringLiteral("a:50"), QStringLiteral("a:60")};
    QTest::newRow("kind 事件 + other")
        << withKinds(K::EventKind | K::OtherKind)
        << Ids{QStringLiteral("a:10"), QStringLiteral("a:20"), QStringLiteral("a:50"),
               QStringLiteral("a:60"), QStringLiteral("b:110")};
    QTest::newRow("no kind checked") << withKinds({}) << Ids{};
    QTest::newRow("category 调控措施")
        << withLabels({QStringLiteral("调控措施")})
        << Ids{QStringLiteral("a:10"), QStringLiteral("a:30"), QStringLiteral("b:120")};
    QTest::newRow("categories 项目名称 + 数字基建")
        << withLabels({QStringLiteral("项目名称"), QStringLiteral("数字基建")})
        << Ids{QStringLiteral("a:10"), QStringLiteral("a:40"), QStringLiteral("a:50"),
               QStringLiteral("b:110")};
    QTest::newRow("unknown category") << withLabels({QStringLiteral("无")}) << Ids{};
    {
        TimelineFilter f;
        f.setHideNothingFound(true);
        Ids expected = all;
        expected.removeAll(QStringLiteral("a:20"));
        expected.removeAll(QStringLiteral("a:60"));
        QTest::newRow("hide nothing found") << f << expected;
    }
    QTest::newRow("dates 2021-01 – 2022-06 (year 2022 overlaps; undated hidden)")
        << withDates(PartialDate::fromYearMonth(2021, 1), PartialDate::fromYearMonth(2022, 6))
        << Ids{QStringLiteral("a:30"), QStringLiteral("a:50"), QStringLiteral("b:110")};
    QTest::newRow("dates given the wrong way round")
        << withDates(PartialDate::fromYearMonth(2022, 6), PartialDate::fromYearMonth(2021, 1))
        << Ids{QStringLiteral("a:30"), QStringLiteral("a:50"), QStringLiteral("b:110")};
    QTest::newRow("dates from 2022-12, open end")
        << withDates(PartialDate::fromYearMonth(2022, 12), PartialDate())
        << Ids{QStringLiteral("a:50"), QStringLiteral("a:60"), QStringLiteral("b:120")};
    QTest::newRow("dates until 2019-12, open start")
        << withDates(PartialDate(), PartialDate::fromYearMonth(2019, 12))
        << Ids{QStringLiteral("a:10")};
    QTest::newRow("dates: a single day inside a month")
        << withDates(PartialDate::fromYearMonthDay(2021, 6, 15),
                     PartialDate::fromYearMonthDay(2021, 6, 15))
        << Ids{QStringLiteral("a:30")};
    QTest::newRow("search, only matches (full width and case folded)")
        << withSearch(QStringLiteral("ccus"), Mode::OnlyMatches)
        << Ids{QStringLiteral("a:30"), QStringLiteral("a:40"), QStringLiteral("b:110")};
    QTest::newRow("search, highlight only hides nothing")
        << withSearch(QStringLiteral("ccus"), Mode::HighlightMatches) << all;
    QTest::newRow("blank search, only matches hides nothing")
        << withSearch(QStringLiteral(" \u3000"), Mode::OnlyMatches) << all;
    {
        TimelineFilter f;
        f.setMinimumConfidence(60);
        QTest::newRow("confidence ≥ 60")
            << f
            << Ids{QStringLiteral("a:10"), QStringLiteral("a:20"), QStringLiteral("a:30"),
                   QStringLiteral("a:60"), QStringLiteral("b:110")};
    }
    {
        TimelineFilter f = withKinds(K::EventKind | K::PolicyKind);
        f.setLabels({QStringLiteral("调控措施")});
        f.setMinimumConfidence(60);
        QTest::newRow("kinds + category + confidence")
            << f << Ids{QStringLiteral("a:10"), QStringLiteral("a:30")};
    }
    {
        TimelineFilter f = withSearch(QStringLiteral("ＣＣＵＳ"), Mode::OnlyMatches);
        f.setDateRange(PartialDate::fromYear(2021), PartialDate::fromYear(2021));
        f.setKinds(K::EventKind | K::PolicyKind);
        QTest::newRow("search + dates + kinds")
            << f << Ids{QStringLiteral("a:30"), QStringLiteral("b:110")};
    }
    {
        TimelineFilter f = withKinds(K::OtherKind);
        f.setHideNothingFound(true);
        QTest::newRow("other + hide nothing found") << f << Ids{QStringLiteral("a:50")};
    }
    {
        TimelineFilter f = withLabels({QStringLiteral("项目名称")});
        f.setSearchText(QStringLiteral("CCUS"));
        f.setSearchMode(Mode::OnlyMatches);
        f.setMinimumConfidence(60);
        f.setDateRange(PartialDate::fromYear(2019), PartialDate::fromYear(2023));
        f.setKinds(K::EventKind);
        f.setHideNothingFound(true);
        QTest::newRow("everything at once") << f << Ids{QStringLiteral("b:110")};
    }
}

void TestTimelineFilter::filters() {
    QFETCH(TimelineFilter, filter);
    QFETCH(Ids, expected);
    // The value type on its own (exporters, batch mode)...
    QCOMPARE(acceptedBy(filter, m_reports), expected);

    // ...and the proxy the views use, set up with the filter after the data is there.
    TimelineModel model;
    model.addReport(m_a);
    model.addReport(m_b);
    TimelineFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setFilter(filter);
    QCOMPARE(proxy.filter(), filter);
    QCOMPARE(shownBy(proxy, model), expected);
    QCOMPARE(proxy.rowCount(), 2); // reports always stay
}

void TestTimelineFilter::proxyThroughFilterChanges() {
    TimelineModel model;
    TimelineFilterModel proxy;
    // Attached before any data: every change below is checked as it happens.
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    proxy.setKindFilter(TimelineFilter::PolicyKind);
    model.addReport(m_a);
    model.addReport(m_b);
    QCOMPARE(shownBy(proxy, model),
             (Ids{QStringLiteral("a:30"), QStringLiteral("a:40"), QStringLiteral("b:120")}));

    proxy.setLabelFilter({QStringLiteral("调控措施")});
    QCOMPARE(shownBy(proxy, model), (Ids{QStringLiteral("a:30"), QStringLiteral("b:120")}));
    proxy.setMinimumConfidence(50);
    QCOMPARE(shownBy(proxy, model), (Ids{QStringLiteral("a:30")}));
    proxy.setKindFilter(TimelineFilter::AllKinds);
    QCOMPARE(shownBy(proxy, model), (Ids{QStringLiteral("a:10"), QStringLiteral("a:30")}));
    proxy.setLabelFilter({});
    proxy.setSearchMode(TimelineFilter::SearchMode::OnlyMatches);
    proxy.setSearchText(QStringLiteral("ＣＣＵＳ"));
    QCOMPARE(shownBy(proxy, model),
             (Ids{QStringLiteral("a:30"), QStringLiteral("a:40"), QStringLiteral("b:110")}));
    proxy.setDateRange(PartialDate::fromYear(2021), PartialDate());
    QCOMPARE(shownBy(proxy, model), (Ids{QStringLiteral("a:30"), QStringLiteral("b:110")}));

    // The data changes under the filters: a reload, a removal, a new report.
    Report b2 = reportB();
    b2.turningPoints[1].entries[0].title = QStringLiteral("CCUS 限产");
    b2.turningPoints[1].confidence = 75;
    model.replaceReport(1, b2);
    QCOMPARE(shownBy(proxy, model),
             (Ids{QStringLiteral("a:30"), QStringLiteral("b:110"), QStringLiteral("b:120")}));
    model.removeReport(0);
    QCOMPARE(shownBy(proxy, model), (Ids{QStringLiteral("b:110"), QStringLiteral("b:120")}));
    proxy.setSearchMode(TimelineFilter::SearchMode::HighlightMatches);
    proxy.setHideNothingFound(true);
    model.addReport(m_a);
    QCOMPARE(shownBy(proxy, model),
             (Ids{QStringLiteral("b:110"), QStringLiteral("b:120"), QStringLiteral("a:30")}));

    proxy.clearFilters();
    QCOMPARE(proxy.minimumConfidence(), 50);
    QCOMPARE(shownBy(proxy, model),
             (Ids{QStringLiteral("b:110"), QStringLiteral("b:120"), QStringLiteral("a:10"),
                  QStringLiteral("a:20"), QStringLiteral("a:30"), QStringLiteral("a:40"),
                  QStringLiteral("a:60")}));
    // With sorting on, as the window has it.
    proxy.sort(TimelineModel::ConfidenceColumn, Qt::DescendingOrder);
    proxy.setKindFilter(TimelineFilter::EventKind);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)) + proxy.rowCount(proxy.index(1, 0)), 3);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(reset.count(), 0); // filters move rows in and out; nothing resets the views
}

void TestTimelineFilter::signalsPerPart() {
    TimelineModel model;
    model.addReport(m_a);
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    QSignalSpy confidence(&proxy, &TimelineFilterModel::minimumConfidenceChanged);
    QSignalSpy kinds(&proxy, &TimelineFilterModel::kindFilterChanged);
    QSignalSpy labels(&proxy, &TimelineFilterModel::labelFilterChanged);
    QSignalSpy nothing(&proxy, &TimelineFilterModel::hideNothingFoundChanged);
    QSignalSpy dates(&proxy, &TimelineFilterModel::dateRangeChanged);
    QSignalSpy search(&proxy, &TimelineFilterModel::searchTextChanged);
    QSignalSpy mode(&proxy, &TimelineFilterModel::searchModeChanged);
    QSignalSpy any(&proxy, &TimelineFilterModel::filterChanged);

    proxy.setKindFilter(TimelineFilter::EventKind);
    proxy.setKindFilter(TimelineFilter::EventKind); // unchanged: no signal
    QCOMPARE(kinds.count(), 1);
    QCOMPARE(kinds.at(0).at(0).value<TimelineFilter::Kinds>(),
             TimelineFilter::Kinds(TimelineFilter::EventKind));
    proxy.setLabelFilter({QStringLiteral("项目名称")});
    QCOMPARE(labels.count(), 1);
    proxy.setHideNothingFound(true);
    QCOMPARE(nothing.count(), 1);
    QCOMPARE(proxy.property("hideNothingFound").toBool(), true);
    proxy.setDateRange(PartialDate::fromYear(2020), PartialDate());
    QCOMPARE(dates.count(), 1);
    QCOMPARE(dates.at(0).at(0).value<PartialDate>(), PartialDate::fromYear(2020));
    proxy.setSearchText(QStringLiteral("x"));
    QCOMPARE(search.count(), 1);
    QCOMPARE(search.at(0).at(0).toString(), QStringLiteral("x"));
    proxy.setSearchMode(TimelineFilter::SearchMode::OnlyMatches);
    QCOMPARE(mode.count(), 1);
    proxy.setMinimumConfidence(40);
    QCOMPARE(confidence.count(), 1);
    QCOMPARE(any.count(), 7);

    // Several parts at once: one signal each, one filterChanged.
    TimelineFilter f = proxy.filter();
    f.setKinds(TimelineFilter::AllKinds);
    f.setSearchText(QString());
    proxy.setFilter(f);
    QCOMPARE(kinds.count(), 2);
    QCOMPARE(search.count(), 2);
    QCOMPARE(labels.count(), 1);
    QCOMPARE(any.count(), 8);
    proxy.setFilter(f); // unchanged
    QCOMPARE(any.count(), 8);

    proxy.clearFilters();
    QCOMPARE(labels.count(), 2);
    QCOMPARE(nothing.count(), 2);
    QCOMPARE(dates.count(), 2);
    QCOMPARE(mode.count(), 2);
    QCOMPARE(confidence.count(), 1); // the threshold is not one of "the filters"
    QCOMPARE(any.count(), 9);
    QVERIFY(!proxy.filter().isActive());
}

void TestTimelineFilter::clearKeepsConfidence() {
    TimelineFilter f = withKinds(TimelineFilter::PolicyKind);
    f.setMinimumConfidence(70);
    f.setSearchText(QStringLiteral("x"));
    QVERIFY(f.isActive());
    f.clear();
    QVERIFY(!f.isActive());
    QCOMPARE(f.minimumConfidence(), 70);
    QCOMPARE(f.kinds(), TimelineFilter::Kinds(TimelineFilter::AllKinds));
    QVERIFY(f.searchText().isEmpty());
    f.setMinimumConfidence(150);
    QCOMPARE(f.minimumConfidence(), 100);
}

// Only changes hides unchanged turning points of a compared report; without a change
// (a report without baseline, or a caller that does not know) it passes everything.
void TestTimelineFilter::onlyChanges() {
    TurningPoint tp;
    tp.confidence = 80;
    TurningPointChange unchanged;
    TurningPointChange modified;
    modified.change = ChangeKind::Modified;
    TurningPointChange added;
    added.change = ChangeKind::Added;

    TimelineFilter f;
    QVERIFY(f.accepts(tp, TimelineFilter::NoAcceptOption, &unchanged));
    f.setOnlyChanges(true);
    QVERIFY(f.onlyChanges());
    QVERIFY(f.isActive());
    QVERIFY(f != TimelineFilter());
    QVERIFY(!f.accepts(tp, TimelineFilter::NoAcceptOption, &unchanged));
    QVERIFY(f.accepts(tp, TimelineFilter::NoAcceptOption, &modified));
    QVERIFY(f.accepts(tp, TimelineFilter::NoAcceptOption, &added));
    QVERIFY(f.accepts(tp));
    QVERIFY(f.predicate()(Report(), tp));
    // The other filters still apply to changed turning points.
    f.setMinimumConfidence(90);
    QVERIFY(!f.accepts(tp, TimelineFilter::NoAcceptOption, &modified));
    QVERIFY(f.accepts(tp, TimelineFilter::IgnoreConfidence, &modified));
    QCOMPARE(f.description(), QStringLiteral("only changes"));
    f.setHideNothingFound(true);
    QCOMPARE(f.description(), QStringLiteral("nothing-found periods hidden; only changes"));
    f.clear();
    QVERIFY(!f.onlyChanges());
    QVERIFY(!f.isActive());
    QCOMPARE(f.minimumConfidence(), 90);
}

// A search re-marks every entry, but a view only holds (and shows) the entries of turning points
// it expanded: those are signalled, the others are not (signalling all of a million turning
// points' entries froze the outline for minutes).
void TestTimelineFilter::searchSignalsEntriesOnlyWhereIndexed() {
    TimelineModel model;
    model.addReport(m_a);
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    const QModelIndex report = proxy.index(0, 0);
    // Turning point 2 (the CCUS one) is expanded: its entries get indexes.
    const QModelIndex expanded = proxy.index(2, 0, report);
    QCOMPARE(proxy.rowCount(expanded), 2);
    const QPersistentModelIndex entry(proxy.index(0, 0, expanded));
    QVERIFY(!entry.data(TimelineFilterModel::SearchMatchRole).toBool());

    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    proxy.setSearchText(QStringLiteral("ccus"));
    QList<QModelIndex> entryParents;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex topLeft = args.at(0).value<QModelIndex>();
        if (topLeft.parent().isValid() && topLeft.parent().parent().isValid())
            entryParents.append(topLeft.parent());
    }
    QCOMPARE(entryParents, QList<QModelIndex>{expanded});
    QVERIFY(entry.data(TimelineFilterModel::SearchMatchRole).toBool());
    // The others still answer right when asked; from then on they are signalled too.
    const QModelIndex later = proxy.index(3, 0, report);
    QVERIFY(proxy.index(0, 0, later).data(TimelineFilterModel::SearchMatchRole).toBool());
    changed.clear();
    proxy.setSearchText(QStringLiteral("限电"));
    int entryRanges = 0;
    for (const QList<QVariant> &args : std::as_const(changed))
        entryRanges += args.at(0).value<QModelIndex>().parent().parent().isValid() ? 1 : 0;
    QCOMPARE(entryRanges, 2);
    QVERIFY(!entry.data(TimelineFilterModel::SearchMatchRole).toBool());
    QVERIFY(proxy.index(1, 0, expanded).data(TimelineFilterModel::SearchMatchRole).toBool());
}

void TestTimelineFilter::searchMatchRole() {
    TimelineModel model;
    model.addReport(m_a);
    model.addReport(m_b);
    TimelineFilterModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QVERIFY(proxy.roleNames().contains(TimelineFilterModel::SearchMatchRole));
    const auto match = [&proxy](int report, int tp, int entry = -1) {
        QModelIndex i = proxy.index(tp, 0, proxy.index(report, 0));
        if (entry >= 0)
            i = proxy.index(entry, 0, i);
        return i.data(TimelineFilterModel::SearchMatchRole).toBool();
    };
    QVERIFY(!match(0, 2)); // no search: nothing matches

    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    proxy.setSearchText(QStringLiteral("ccus")); // highlight mode: nothing hidden
    QCOMPARE(removed.count(), 0);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : std::as_const(changed))
        QCOMPARE(args.at(2).value<QList<int>>(), QList<int>{TimelineFilterModel::SearchMatchRole});
    QVERIFY(!match(0, 0));
    QVERIFY(match(0, 2));
    QVERIFY(match(0, 2, 0));  // the entry saying CCUS
    QVERIFY(!match(0, 2, 1)); // its sibling does not
    QVERIFY(match(0, 3));
    QVERIFY(match(1, 0));
    QVERIFY(proxy.index(0, 0).data(TimelineFilterModel::SearchMatchRole).toBool());
    // A report matches only through turning points the other filters leave visible.
    proxy.setMinimumConfidence(80);
    QVERIFY(!proxy.index(1, 0).data(TimelineFilterModel::SearchMatchRole).toBool());
    QVERIFY(proxy.index(0, 0).data(TimelineFilterModel::SearchMatchRole).toBool());

    // Typing a different query in highlight mode re-marks rows without re-filtering.
    proxy.setMinimumConfidence(0);
    removed.clear();
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    proxy.setSearchText(QStringLiteral("限产"));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(!match(0, 2));
    QVERIFY(match(1, 1));

    // A report's answer is remembered, and forgotten when the reports change under it.
    const auto reportMatches = [&proxy](int report) {
        return proxy.index(report, 0).data(TimelineFilterModel::SearchMatchRole).toBool();
    };
    QVERIFY(!reportMatches(0));
    QVERIFY(reportMatches(1));
    model.removeReport(0); // b moves to row 0
    QVERIFY(reportMatches(0));
    model.addReport(m_a);
    QVERIFY(reportMatches(0));
    QVERIFY(!reportMatches(1));
    Report b = reportB();
    b.turningPoints[1].entries[0].title = QStringLiteral("减产");
    model.replaceReport(0, b);
    QVERIFY(!reportMatches(0));
    proxy.setSearchText(QStringLiteral("减产"));
    QVERIFY(reportMatches(0));
}

void TestTimelineFilter::searchStatistics() {
    TimelineModel model;
    model.addReport(m_a);
    model.addReport(m_b);
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.searchStatistics(), (SearchText::Statistics{0, 0}));
    proxy.setSearchText(QStringLiteral("CCUS"));
    // a:30 twice (title and a field), a:40, b:110: "4 matches in 3 turning points".
    QCOMPARE(proxy.searchStatistics(), (SearchText::Statistics{4, 3}));
    proxy.setSearchMode(TimelineFilter::SearchMode::OnlyMatches);
    QCOMPARE(proxy.searchStatistics(), (SearchText::Statistics{4, 3}));
    proxy.setMinimumConfidence(60); // a:40 (50) goes
    QCOMPARE(proxy.searchStatistics(), (SearchText::Statistics{3, 2}));
}

void TestTimelineFilter::description() {
    TimelineFilter f;
    QCOMPARE(f.description(), QString());
    f.setMinimumConfidence(60);
    QCOMPARE(f.description(), QString()); // the slider shows the threshold
    f.setKinds(TimelineFilter::PolicyKind);
    f.setDateRange(PartialDate::fromYearMonth(2020, 1), PartialDate::fromYearMonth(2022, 12));
    f.setSearchText(QStringLiteral("CCUS"));
    QCOMPARE(f.description(), QStringLiteral("kind: 政策; date 2020-01 – 2022-12; search “CCUS”"));
    f.setKinds(TimelineFilter::EventKind | TimelineFilter::OtherKind);
    f.setLabels({QStringLiteral("调控措施"), QStringLiteral("项目名称")});
    f.setHideNothingFound(true);
    f.setDateRange(PartialDate::fromYear(2021), PartialDate());
    f.setSearchMode(TimelineFilter::SearchMode::OnlyMatches);
    QCOMPARE(f.description(), QStringLiteral("kind: 事件, other; category: 调控措施, 项目名称; "
                                             "nothing-found periods hidden; date from 2021; "
                                             "only matches of “CCUS”"));
    f.clear();
    f.setKinds({});
    f.setDateRange(PartialDate(), PartialDate::fromYearMonthDay(2022, 3, 29));
    QCOMPARE(f.description(), QStringLiteral("kind: none; date until 2022-03-29"));
}

void TestTimelineFilter::availableLabelsAndKinds() {
    TimelineModel model;
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    QVERIFY(proxy.availableLabels().isEmpty());
    model.addReport(m_a);
    model.addReport(m_b);
    proxy.setKindFilter(TimelineFilter::EventKind); // counts are over all data, not what is shown
    const QList<TimelineFilter::LabelCount> labels = proxy.availableLabels();
    QCOMPARE(labels.size(), 3);
    // Most entries first; 调控措施: a:10, a:30 twice, b:120.
    QCOMPARE(labels[0].label, QStringLiteral("调控措施"));
    QCOMPARE(labels[0].entries, 4);
    QCOMPARE(labels[0].turningPoints, 3);
    QCOMPARE(labels[1].label, QStringLiteral("项目名称"));
    QCOMPARE(labels[1].entries, 3);
    QCOMPARE(labels[1].turningPoints, 3);
    QCOMPARE(labels[2].label, QStringLiteral("数字基建"));
    QCOMPARE(labels[2].entries, 1);

    const QMap<TimelineFilter::Kind, int> kinds = proxy.availableKinds();
    QCOMPARE(kinds.value(TimelineFilter::EventKind), 3);
    QCOMPARE(kinds.value(TimelineFilter::PolicyKind), 3);
    QCOMPARE(kinds.value(TimelineFilter::OtherKind), 2);
    QCOMPARE(kinds.size(), 3);

    // The model keeps the kind counts as reports change: always what a count over the reports
    // gives.
    model.replaceReport(0, m_b);
    QCOMPARE(proxy.availableKinds(), TimelineFilter::kindCounts(proxy.sourceReports()));
    QCOMPARE(proxy.availableKinds().value(TimelineFilter::EventKind),
             2 * TimelineFilter::kindCounts({&m_b}).value(TimelineFilter::EventKind));
    model.removeReport(1);
    QCOMPARE(proxy.availableKinds(), TimelineFilter::kindCounts({&m_b}));
    model.removeReport(0);
    QCOMPARE(proxy.availableKinds(),
             (QMap<TimelineFilter::Kind, int>{{TimelineFilter::EventKind, 0},
                                              {TimelineFilter::PolicyKind, 0},
                                              {TimelineFilter::OtherKind, 0}}));
}

void TestTimelineFilter::kindBuckets_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("bucket");
    QTest::newRow("事件") << QStringLiteral("事件") << int(TimelineFilter::EventKind);
    QTest::newRow("政策") << QStringLiteral("政策") << int(TimelineFilter::PolicyKind);
    QTest::newRow("Event") << QStringLiteral("Event") << int(TimelineFilter::EventKind);
    QTest::newRow("EVENT") << QStringLiteral("EVENT") << int(TimelineFilter::EventKind);
    QTest::newRow("policy") << QStringLiteral(" policy ") << int(TimelineFilter::PolicyKind);
    QTest::newRow("full-width Ｐｏｌｉｃｙ")
        << QStringLiteral("Ｐｏｌｉｃｙ") << int(TimelineFilter::PolicyKind);
    QTest::newRow("none") << QString() << int(TimelineFilter::OtherKind);
    QTest::newRow("会议") << QStringLiteral("会议") << int(TimelineFilter::OtherKind);
    QTest::newRow("事件与政策") << QStringLiteral("事件与政策") << int(TimelineFilter::OtherKind);
    // Next to the plain forms, the ones only normalising settles.
    QTest::newRow("事件 with a space inside")
        << QStringLiteral("事件\u3000") << int(TimelineFilter::EventKind);
    QTest::newRow("full-width ＥＶＥＮＴ")
        << QStringLiteral("ＥＶＥＮＴ") << int(TimelineFilter::EventKind);
    QTest::newRow("zero-width space in 政策")
        << QStringLiteral("政\u200B策") << int(TimelineFilter::PolicyKind);
    QTest::newRow("events (a plural is not a kind)")
        << QStringLiteral("events") << int(TimelineFilter::OtherKind);
    QTest::newRow("eventful") << QStringLiteral("Eventful") << int(TimelineFilter::OtherKind);
}

void TestTimelineFilter::kindBuckets() {
    QFETCH(QString, kind);
    QFETCH(int, bucket);
    QCOMPARE(int(TimelineFilter::kindOf(kind)), bucket);
}

void TestTimelineFilter::commandLine() {
    QString error;
    auto f = TimelineFilter::fromCommandLine(
        QStringLiteral("CCUS"), {QStringLiteral("政策"), QStringLiteral("Event")}, 60, &error);
    QVERIFY(f);
    QVERIFY(error.isEmpty());
    QCOMPARE(f->kinds(), TimelineFilter::PolicyKind | TimelineFilter::EventKind);
    QCOMPARE(f->searchText(), QStringLiteral("CCUS"));
    QCOMPARE(f->searchMode(), TimelineFilter::SearchMode::OnlyMatches);
    QCOMPARE(f->minimumConfidence(), 60);
    QCOMPARE(acceptedBy(*f, m_reports), (Ids{QStringLiteral("a:30"), QStringLiteral("b:110")}));

    f = TimelineFilter::fromCommandLine(QString(), {QStringLiteral("other")}, 0, &error);
    QVERIFY(f);
    QCOMPARE(acceptedBy(*f, m_reports), (Ids{QStringLiteral("a:50"), QStringLiteral("a:60")}));
    f = TimelineFilter::fromCommandLine(QString(), {}, 0, &error);
    QVERIFY(f);
    QVERIFY(!f->isActive());

    f = TimelineFilter::fromCommandLine(QString(), {QStringLiteral("事件"), QStringLiteral("会议")},
                                        0, &error);
    QVERIFY(!f);
    QVERIFY(error.contains(QStringLiteral("会议")));
}

void TestTimelineFilter::jsonExportOfWhatIsShown() {
    TimelineFilter filter = withKinds(TimelineFilter::PolicyKind);
    filter.setMinimumConfidence(45);
    const QJsonObject json =
        QJsonDocument::fromJson(JsonExporter::toJson(m_reports, filter)).object();
    const QJsonArray reports = json.value(QStringLiteral("reports")).toArray();
    QCOMPARE(reports.size(), 2); // reports stay, even with nothing left in them
    Ids exported;
    for (const QJsonValue &r : reports) {
        const QString file = r.toObject().value(QStringLiteral("file")).toString().chopped(3);
        for (const QJsonValue &tp : r.toObject().value(QStringLiteral("turning_points")).toArray())
            exported.append(QStringLiteral("%1:%2").arg(file).arg(
                tp.toObject().value(QStringLiteral("line")).toInt()));
    }
    QCOMPARE(exported, (Ids{QStringLiteral("a:30"), QStringLiteral("a:40")}));
    QCOMPARE(exported, acceptedBy(filter, m_reports));

    // The predicate overload; an empty predicate exports everything, like threshold 0.
    QCOMPARE(JsonExporter::toJson(m_reports, TurningPointPredicate()),
             JsonExporter::toJson(m_reports));
    QCOMPARE(JsonExporter::toJson(m_reports, filter.predicate()),
             JsonExporter::toJson(m_reports, filter));
    // The threshold-only API gives what a filter with just that threshold gives.
    TimelineFilter threshold;
    threshold.setMinimumConfidence(60);
    QCOMPARE(JsonExporter::toJson(m_reports, 60), JsonExporter::toJson(m_reports, threshold));
}

QTEST_GUILESS_MAIN(TestTimelineFilter)
#include "tst_timelinefilter.moc"

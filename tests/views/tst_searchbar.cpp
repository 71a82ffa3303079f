// The search toolbar on the sample reports: typing drives the proxy's search, the count next to
// the field is what the data holds, Enter / Shift+Enter walk the matching turning points in time
// order through the shared selection, Only matches hides the rest, Escape clears, and the
// outline marks matching rows.

#include "detailpanel.h"
#include "outlinedelegate.h"
#include "outlineview.h"
#include "reportparser.h"
#include "reporttestsupport.h"
#include "searchbar.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Turnpoint;

namespace {

const QString Yunnan = QStringLiteral(TURNPOINT_TEST_DATA "/yunnan-industry-carbon.md");
const QString Guangxi = QStringLiteral(TURNPOINT_TEST_DATA "/guangxi-buildings-en.md");

using Key = std::pair<int, int>; // report row, turning point row

// The texts a search looks at, gathered independently of SearchText: for an ASCII query, a plain
// case-insensitive substring count over these gives the expected matches.
QStringList texts(const TurningPoint &tp) {
    QStringList list{tp.dateText, tp.kind};
    for (const Note &n : tp.notes)
        list.append(n.text);
    for (const Entry &e : tp.entries) {
        list << e.label << e.title;
        for (const Field &f : e.fields)
            list << f.key << f.value;
        for (const Note &n : e.notes)
            list.append(n.text);
        for (const Source &s : e.sources)
            list << s.name << QUrl(s.url).host();
    }
    return list;
}

int occurrences(const TurningPoint &tp, const QString &term) {
    int n = 0;
    for (const QString &text : texts(tp))
        n += int(text.count(term, Qt::CaseInsensitive));
    return n;
}

struct Window {
    TimelineModel model;
    TimelineFilterModel proxy;
    QItemSelectionModel selection{&proxy};
    QWidget window;
    SearchBar *bar = nullptr;
    OutlineView *outline = nullptr;
    QList<Report> data;

    Window() {
        for (const QString &path : {Yunnan, Guangxi}) {
            Report r = ReportParser::parseFile(path);
            data.append(r);
            model.addReport(std::move(r));
        }
        proxy.setSourceModel(&model);
        auto *layout = new QVBoxLayout(&window);
        bar = new SearchBar(&proxy, &selection, &window);
        outline = new OutlineView(&proxy, &selection, &window);
        layout->addWidget(bar);
        layout->addWidget(outline);
        window.resize(1000, 600);
        window.show();
        QCoreApplication::processEvents();
    }

    // Turning points containing `term`, in time order (undated ones would come last; the
    // samples have none), with their occurrence counts.
    QList<Key> expectedMatches(const QString &term, int *occurrencesTotal = nullptr) const {
        QList<std::pair<QDate, Key>> found;
        int total = 0;
        for (int r = 0; r < data.size(); ++r) {
            for (int t = 0; t < data[r].turningPoints.size(); ++t) {
                const TurningPoint &tp = data[r].turningPoints[t];
                const int n = occurrences(tp, term);
                if (n == 0)
                    continue;
                total += n;
                found.append({tp.date.firstDay(), {r, t}});
            }
        }
        std::stable_sort(found.begin(), found.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        if (occurrencesTotal)
            *occurrencesTotal = total;
        QList<Key> keys;
        for (const auto &f : std::as_const(found))
            keys.append(f.second);
        return keys;
    }

    Key current() const {
        QModelIndex source = proxy.mapToSource(selection.currentIndex()).siblingAtColumn(0);
        if (!source.isValid() || !source.parent().isValid())
            return {-1, -1};
        if (source.parent().parent().isValid())
            source = source.parent();
        return {source.parent().row(), source.row()};
    }

    int visibleTurningPoints() const {
        int n = 0;
        for (int r = 0; r < proxy.rowCount(); ++r)
            n += proxy.rowCount(proxy.index(r, 0));
        return n;
    }

    void type(const QString &text) {
        bar->field()->setFocus();
        bar->field()->selectAll();
        QTest::keyClicks(bar->field(), text);
    }
};

// initStyleOption() is protected; the outline calls it for every cell it paints.
class ProbeDelegate : public OutlineDelegate {
public:
    using OutlineDelegate::OutlineDelegate;
    QStyleOptionViewItem option(const QModelIndex &index) const {
        QStyleOptionViewItem o;
        initStyleOption(&o, index);
        return o;
    }
};

} // namespace

class TestSearchBar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(UiLanguage::install(QStringLiteral("en"))); }

    void typingDrivesTheProxyAndTheCount_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("count");
        QTest::newRow("host") << "seetao"
                              << "3 matches in 2 turning points";
        QTest::newRow("two reports") << "2022"
                                     << "11 matches in 8 turning points";
        QTest::newRow("case") << "ADB"
                              << "3 matches in 3 turning points";
        QTest::newRow("nothing") << "zzz"
                                 << "No matches";
    }
    void typingDrivesTheProxyAndTheCount() {
        QFETCH(QString, query);
        QFETCH(QString, count);
        Window w;
        int total = 0;
        const QList<Key> expected = w.expectedMatches(query, &total);
        QSignalSpy changed(&w.proxy, &TimelineFilterModel::searchTextChanged);
        w.type(query);
        // Applied after the typing pause, once for the whole word.
        QVERIFY(w.proxy.searchText().isEmpty());
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(w.proxy.searchText(), query);
        QTest::qWait(0);
        // The count, against the brute force and against the sample's known answer.
        const QString brute =
            expected.isEmpty()
                ? QStringLiteral("No matches")
                : QStringLiteral("%1 matches in %2 turning points").arg(total).arg(expected.size());
        QCOMPARE(brute, count);
        QCOMPARE(TestSupport::englishPlural(w.bar->countLabel()->text()), count);
        QCOMPARE(w.bar->nextButton()->isEnabled(), !expected.isEmpty());
        // Highlighting hides nothing.
        QCOMPARE(w.visibleTurningPoints(), 14);
    }

    void enterWalksInTimeOrder() {
        Window w;
        const QList<Key> expected = w.expectedMatches(QStringLiteral("2022"));
        // Both reports, interleaved in time: Guangxi's April 2021 first, its November 2022
        // between Yunnan's October and December 2022.
        QCOMPARE(expected.size(), 8);
        QCOMPARE(expected.first(), Key(1, 1));
        QCOMPARE(expected.at(5), Key(1, 2));

        w.type(QStringLiteral("2022"));
        QTest::keyClick(w.bar->field(), Qt::Key_Return); // applies at once, then finds
        QCOMPARE(w.proxy.searchText(), QStringLiteral("2022"));
        QList<Key> walked{w.current()};
        for (int i = 1; i < expected.size(); ++i) {
            QTest::keyClick(w.bar->field(), Qt::Key_Return);
            walked.append(w.current());
        }
        QCOMPARE(walked, expected);
        QVERIFY(w.bar->field()->hasFocus()); // the walk does not take the focus away
        // Around the end to the start.
        QTest::keyClick(w.bar->field(), Qt::Key_Enter);
        QCOMPARE(w.current(), expected.first());
        // Backwards, around the start to the end.
        QList<Key> back;
        for (int i = 0; i < expected.size(); ++i) {
            QTest::keyClick(w.bar->field(), Qt::Key_Return, Qt::ShiftModifier);
            back.prepend(w.current());
        }
        QCOMPARE(back, expected);
        QCOMPARE(w.current(), expected.first());
        QTest::keyClick(w.bar->field(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(w.current(), expected.last());
    }

    void walkStartsFromTheSelection() {
        Window w;
        const QList<Key> expected = w.expectedMatches(QStringLiteral("adb"));
        QCOMPARE(expected.size(), 3);
        w.bar->field()->setText(QStringLiteral("adb"));
        w.bar->applySearch();
        // An entry of a turning point that does not match, between the first two matches in
        // time (2022年8月, Yunnan row 6): next is the first match after it.
        const QModelIndex entry = w.proxy.mapFromSource(w.model.entryIndex(0, 6, 0));
        w.selection.setCurrentIndex(entry, QItemSelectionModel::ClearAndSelect);
        QVERIFY(w.bar->findNext());
        QCOMPARE(w.current(), expected.first()); // 2022年10月
        QVERIFY(w.bar->findNext());
        QCOMPARE(w.current(), expected.at(1));
        w.selection.setCurrentIndex(entry, QItemSelectionModel::ClearAndSelect);
        QVERIFY(w.bar->findPrevious());
        QCOMPARE(w.current(), expected.last()); // nothing before August 2022: wraps
        // The buttons do the same (enabled with the count, once the event loop has run).
        QTest::qWait(0);
        QVERIFY(w.bar->nextButton()->isEnabled());
        w.bar->nextButton()->click();
        QCOMPARE(w.current(), expected.first());
        w.bar->previousButton()->click();
        QCOMPARE(w.current(), expected.last());
    }

    void walkSkipsFilteredTurningPoints() {
        Window w;
        w.proxy.setMinimumConfidence(60);
        w.bar->field()->setText(QStringLiteral("2022"));
        w.bar->applySearch();
        QList<Key> expected;
        for (const Key &k : w.expectedMatches(QStringLiteral("2022"))) {
            if (*w.data[k.first].turningPoints[k.second].confidence >= 60)
                expected.append(k);
        }
        QCOMPARE(expected.size(), 3); // 2021-04 (71 %), 2022年3月 (68 %), 2023年3月 (69 %)
        const QList<QModelIndex> matches = w.bar->matchingTurningPoints();
        QList<Key> keys;
        for (const QModelIndex &m : matches)
            keys.append({m.parent().row(), m.row()});
        QCOMPARE(keys, expected);
        int total = 0;
        for (const Key &k : std::as_const(expected))
            total += occurrences(w.data[k.first].turningPoints[k.second], QStringLiteral("2022"));
        QCOMPARE(total, 5); // 2022年3月 has it three times
        QTest::qWait(0);
        QCOMPARE(TestSupport::englishPlural(w.bar->countLabel()->text()),
                 QStringLiteral("5 matches in 3 turning points"));
    }

    void onlyMatchesHidesTheRest() {
        Window w;
        w.bar->field()->setText(QStringLiteral("seetao"));
        w.bar->applySearch();
        QCOMPARE(w.visibleTurningPoints(), 14);
        w.bar->onlyMatchesBox()->click();
        QCOMPARE(w.proxy.searchMode(), TimelineFilter::SearchMode::OnlyMatches);
        QCOMPARE(w.visibleTurningPoints(), 2);
        QCOMPARE(w.outline->turningPointRowCount(), 2);
        // Set from elsewhere: the box follows.
        w.proxy.setSearchMode(TimelineFilter::SearchMode::HighlightMatches);
        QVERIFY(!w.bar->onlyMatchesBox()->isChecked());
        QCOMPARE(w.visibleTurningPoints(), 14);
    }

    void escapeClearsThenFinishes() {
        Window w;
        QSignalSpy finished(w.bar, &SearchBar::finished);
        w.type(QStringLiteral("seetao"));
        QTest::keyClick(w.bar->field(), Qt::Key_Return);
        QCOMPARE(w.proxy.searchText(), QStringLiteral("seetao"));
        QTest::keyClick(w.bar->field(), Qt::Key_Escape);
        QVERIFY(w.bar->field()->text().isEmpty());
        QVERIFY(w.proxy.searchText().isEmpty());
        QVERIFY(w.bar->countLabel()->text().isEmpty());
        QCOMPARE(finished.count(), 0);
        QTest::keyClick(w.bar->field(), Qt::Key_Escape);
        QCOMPARE(finished.count(), 1);
        // Cleared elsewhere (Clear Filters): the field follows.
        w.bar->field()->setText(QStringLiteral("adb"));
        w.bar->applySearch();
        w.proxy.clearFilters();
        QVERIFY(w.bar->field()->text().isEmpty());
    }

    void outlineMarksMatches() {
        Window w;
        ProbeDelegate probe(&w.proxy);
        const QModelIndex hit = w.proxy.mapFromSource(w.model.turningPointIndex(0, 5)); // seetao
        const QModelIndex miss = w.proxy.mapFromSource(w.model.turningPointIndex(0, 0));
        const QModelIndex hitEntry = w.proxy.mapFromSource(w.model.entryIndex(0, 5, 0));
        const QModelIndex missEntry = w.proxy.mapFromSource(w.model.entryIndex(0, 5, 2));
        const QBrush plainBrush = probe.option(miss).backgroundBrush;
        QVERIFY(!probe.option(hit).font.bold());
        w.bar->field()->setText(QStringLiteral("seetao"));
        w.bar->applySearch();
        for (const QModelIndex &index : {hit, hitEntry, hit.siblingAtColumn(3)}) {
            const QStyleOptionViewItem o = probe.option(index);
            QVERIFY(o.font.bold());
            QVERIFY(o.backgroundBrush != plainBrush);
        }
        for (const QModelIndex &index : {miss, missEntry}) {
            const QStyleOptionViewItem o = probe.option(index);
            QVERIFY(!o.font.bold());
            QCOMPARE(o.backgroundBrush, plainBrush);
        }
    }

    void detailPanelMarksMatchingEntries() {
        Window w;
        DetailPanel detail(&w.proxy, &w.selection);
        const QModelIndex march = w.proxy.mapFromSource(w.model.turningPointIndex(0, 5));
        w.selection.setCurrentIndex(march, QItemSelectionModel::ClearAndSelect);
        QVERIFY(detail.entryList());
        QCOMPARE(detail.entryList()->count(), 3);
        QVERIFY(!detail.entryList()->item(0)->font().bold());
        // Two of the three entries cite www.seetao.com.
        w.bar->field()->setText(QStringLiteral("seetao"));
        w.bar->applySearch();
        QVERIFY(detail.entryList());
        QList<bool> bold;
        for (int i = 0; i < detail.entryList()->count(); ++i)
            bold.append(detail.entryList()->item(i)->font().bold());
        QCOMPARE(bold, QList<bool>({true, true, false}));
        w.bar->field()->clear();
        QVERIFY(!detail.entryList()->item(0)->font().bold());
    }

    void largeCountsArriveFromAWorker() {
        // Past a few thousand matching turning points the occurrences are counted on a worker:
        // the count that arrives must still be exact, and one for an older search is dropped.
        Window w;
        Report big;
        big.file = QStringLiteral("/data/big.md");
        for (int i = 0; i < 5000; ++i) {
            TurningPoint tp;
            tp.line = i + 1;
            tp.kind = QStringLiteral("事件");
            tp.confidence = 80;
            Entry e;
            e.title = i % 2 ? QStringLiteral("Alpha alpha beta") : QStringLiteral("alpha");
            tp.entries.append(e);
            tp.notes.append(Note{i + 1, i % 5 == 0 ? QStringLiteral("beta") : QStringLiteral("x")});
            big.turningPoints.append(tp);
        }
        w.model.addReport(big);
        // Started, then replaced by another search before its count is in.
        w.bar->field()->setText(QStringLiteral("beta"));
        w.bar->applySearch();
        QCoreApplication::processEvents();
        w.bar->field()->setText(QStringLiteral("alpha"));
        w.bar->applySearch();
        int total = 0;
        const QList<Key> expected = w.expectedMatches(QStringLiteral("alpha"), &total);
        QCOMPARE(total, 0); // the samples have none; all are in the big report
        const QString want = QStringLiteral("7500 matches in 5000 turning points");
        QTRY_COMPARE(TestSupport::englishPlural(w.bar->countLabel()->text()), want);
        QVERIFY(w.bar->nextButton()->isEnabled());
        // And nothing late overwrites it.
        QTest::qWait(100);
        QCOMPARE(TestSupport::englishPlural(w.bar->countLabel()->text()), want);
        // Raising the threshold above them recounts: nothing.
        w.proxy.setMinimumConfidence(90);
        QTRY_COMPARE(w.bar->countLabel()->text(), QStringLiteral("No matches"));
    }
};

QTEST_MAIN(TestSearchBar)
#include "tst_searchbar.moc"

// Versions in the window: File → Compare With… on a version pair, the outline's
// Change column, the "only changes" filter, the detail panel's side-by-side differences and the
// status bar summary; a pair where every turning point changed; a report compared with itself.

#include "detailpanel.h"
#include "mainwindow.h"
#include "outlinedelegate.h"
#include "outlineview.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Turnpoint;

namespace {

const QString V1 = QStringLiteral(TURNPOINT_TEST_DATA "/compare/guangxi-v1.md");
const QString V2 = QStringLiteral(TURNPOINT_TEST_DATA "/compare/guangxi-v2.md");
const QString AllChanged = QStringLiteral(TURNPOINT_TEST_DATA "/compare/guangxi-all-changed.md");
const QString Yunnan = QStringLiteral(TURNPOINT_TEST_DATA "/yunnan-industry-carbon.md");

// The proxy row of report `report` (a source row).
QModelIndex reportRow(MainWindow &w, int report) {
    return w.proxy()->mapFromSource(w.model()->reportIndex(report));
}

// The Change column as the outline shows it, one string per listed turning point.
QStringList changeColumn(MainWindow &w, int report) {
    QStringList texts;
    const QModelIndex parent = reportRow(w, report);
    for (int row = 0; row < w.proxy()->rowCount(parent); ++row)
        texts.append(w.outline()->outlineDelegate()->cellText(
            w.proxy()->index(row, TimelineModel::ChangeColumn, parent)));
    return texts;
}

// The turning points listed under a report, by their date as written.
QStringList listedDates(MainWindow &w, int report) {
    QStringList dates;
    const QModelIndex parent = reportRow(w, report);
    for (int row = 0; row < w.proxy()->rowCount(parent); ++row)
        dates.append(w.proxy()->index(row, 0, parent).data(TimelineModel::TitleRole).toString());
    return dates;
}

void select(MainWindow &w, const QModelIndex &proxyIndex) {
    w.selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
}

} // namespace

class TestCompareView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase() {
        QVERIFY(TestSupport::useTemporarySettings(m_config));
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
    }

    void versionPair() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {V2}));
        QVERIFY(w.outline()->isColumnHidden(TimelineModel::ChangeColumn));
        QVERIFY(TestSupport::action(&w, "compareAction")->isEnabled());
        QVERIFY(!TestSupport::action(&w, "clearComparisonAction")->isEnabled());
        QVERIFY(w.compare()->statusText().isEmpty());

        QSignalSpy baseline(w.model(), &TimelineModel::baselineChanged);
        QVERIFY(TestSupport::compareAndWait(w, V1));
        QCOMPARE(baseline.count(), 1);
        QVERIFY(!w.outline()->isColumnHidden(TimelineModel::ChangeColumn));
        QVERIFY(TestSupport::action(&w, "clearComparisonAction")->isEnabled());
        QCOMPARE(w.compare()->statusText(),
                 QStringLiteral("Compared with guangxi-v1.md: 1 added, 1 removed, 1 re-scored, "
                                "1 changed"));
        QCOMPARE(listedDates(w, 0),
                 (QStringList{QStringLiteral("June 2020"), QStringLiteral("2021-04"),
                              QStringLiteral("November 2022"), QStringLiteral("August 2023"),
                              QStringLiteral("May 2024")}));
        QCOMPARE(changeColumn(w, 0),
                 (QStringList{QStringLiteral("re-scored +12"), QStringLiteral("changed"),
                              QStringLiteral("—"), QStringLiteral("—"), QStringLiteral("added")}));
        QCOMPARE(w.model()->headerData(TimelineModel::ChangeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Change"));

        // Entries of the changed turning point: a field edited, a renamed entry.
        const QModelIndex report = reportRow(w, 0);
        const QModelIndex edited = w.proxy()->index(1, 0, report);
        OutlineDelegate *delegate = w.outline()->outlineDelegate();
        // (The outline sorts entries by date: map from the file's order.)
        const auto entry = [&w](int row, int column) {
            return w.proxy()->mapFromSource(w.model()->entryIndex(0, 1, row, column));
        };
        QCOMPARE(delegate->cellText(entry(0, TimelineModel::ChangeColumn)),
                 QStringLiteral("changed"));
        QCOMPARE(delegate->cellText(entry(1, TimelineModel::ChangeColumn)),
                 QStringLiteral("renamed"));

        // The detail panel: the report lists what was removed, side by side below.
        select(w, report);
        QString text = w.detailPanel()->text();
        QVERIFY2(text.contains(QStringLiteral("Compared with guangxi-v1.md")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Removed in this version (1)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Mar 2024 (Policy): Heat pump purchase subsidy")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1 added, 1 removed, 2 modified (1 re-scored), "
                                             "2 unchanged")));

        select(w, w.proxy()->index(0, 0, report)); // June 2020, re-scored
        text = w.detailPanel()->text();
        QVERIFY2(text.contains(QStringLiteral("Compared with guangxi-v1.md: re-scored +12")),
                 qPrintable(text));
        QVERIFY(
            text.contains(QStringLiteral("Earlier version\nThis version\nConfidence\n63%\n75%")));

        select(w, edited);
        text = w.detailPanel()->text();
        QVERIFY2(text.contains(QStringLiteral("Entry changed (Floor area)\nKey project: Nanning "
                                              "ultra-low-energy office demonstration")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Entry renamed\nSupporting measure: Rooftop solar "
                                             "retrofit subsidies for public buildings\nSupporting "
                                             "measure: Rooftop solar retrofit subsidy for public "
                                             "buildings")));

        select(w, entry(0, 0));
        text = w.detailPanel()->text();
        QVERIFY2(text.contains(QStringLiteral("Floor area\n52,000 square metres\n58,000 square "
                                              "metres")),
                 qPrintable(text));

        select(w, w.proxy()->index(4, 0, report)); // May 2024, added
        QVERIFY(w.detailPanel()->text().contains(QStringLiteral("New in this version.")));
        select(w, w.proxy()->index(3, 0, report)); // August 2023, unchanged
        QVERIFY(w.detailPanel()->text().contains(QStringLiteral("The same in both versions.")));

        // Only changes: the re-scored, the changed and the added turning point.
        QSignalSpy toggled(w.proxy(), &TimelineFilterModel::onlyChangesChanged);
        TestSupport::action(&w, "onlyChangesAction")->trigger();
        QCOMPARE(toggled.count(), 1);
        QVERIFY(w.proxy()->onlyChanges());
        QVERIFY(w.proxy()->filter().isActive());
        QVERIFY(w.proxy()->filterDescription().contains(QStringLiteral("only changes")));
        QCOMPARE(listedDates(w, 0),
                 (QStringList{QStringLiteral("June 2020"), QStringLiteral("2021-04"),
                              QStringLiteral("May 2024")}));

        // Cleared: the column goes, and with no baseline the filter hides nothing.
        select(w, reportRow(w, 0));
        TestSupport::action(&w, "clearComparisonAction")->trigger();
        QVERIFY(w.model()->baseline(0) == nullptr);
        QVERIFY(w.outline()->isColumnHidden(TimelineModel::ChangeColumn));
        QVERIFY(w.compare()->statusText().isEmpty());
        QCOMPARE(listedDates(w, 0).size(), 5);
        QVERIFY(!w.detailPanel()->text().contains(QStringLiteral("Compared with")));

        // Comparing again re-filters at once; Clear Filters unchecks the action.
        QVERIFY(TestSupport::compareAndWait(w, V1));
        QCOMPARE(listedDates(w, 0).size(), 3);
        w.proxy()->clearFilters();
        QVERIFY(!TestSupport::action(&w, "onlyChangesAction")->isChecked());
        QCOMPARE(listedDates(w, 0).size(), 5);
    }

    void everyTurningPointChanged() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {AllChanged}));
        QVERIFY(TestSupport::compareAndWait(w, V1));
        QCOMPARE(changeColumn(w, 0),
                 (QStringList{QStringLiteral("re-scored +1"), QStringLiteral("re-scored −1"),
                              QStringLiteral("re-scored +2"), QStringLiteral("re-scored +3"),
                              QStringLiteral("re-scored +1")}));
        QCOMPARE(w.compare()->statusText(),
                 QStringLiteral("Compared with guangxi-v1.md: 0 added, 0 removed, 5 re-scored, "
                                "0 changed"));
        w.proxy()->setOnlyChanges(true);
        QCOMPARE(listedDates(w, 0).size(), 5);
    }

    void comparedWithItself() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {V1}));
        QVERIFY(TestSupport::compareAndWait(w, V1));
        QCOMPARE(changeColumn(w, 0), QStringList(5, QStringLiteral("—")));
        QCOMPARE(w.compare()->statusText(),
                 QStringLiteral("Compared with guangxi-v1.md: 0 added, 0 removed, 0 re-scored, "
                                "0 changed"));
        TestSupport::action(&w, "onlyChangesAction")->trigger();
        QCOMPARE(w.outline()->turningPointRowCount(), 0);
        select(w, reportRow(w, 0));
        QVERIFY(!w.detailPanel()->text().contains(QStringLiteral("Removed in this version")));
    }

    // The filter applies to compared reports only; another report stays as it was.
    void onlyChangesLeavesOtherReports() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {Yunnan, V2}));
        const int yunnan = w.model()->findReport(Yunnan);
        const int v2 = w.model()->findReport(V2);
        QVERIFY(yunnan >= 0 && v2 >= 0);
        const int yunnanCount = w.model()->report(yunnan).turningPoints.size();
        select(w, reportRow(w, v2));
        QVERIFY(TestSupport::compareAndWait(w, V1));
        QVERIFY(w.model()->baseline(yunnan) == nullptr);
        w.proxy()->setOnlyChanges(true);
        QCOMPARE(listedDates(w, v2).size(), 3);
        QCOMPARE(listedDates(w, yunnan).size(), yunnanCount);
        // The Yunnan report has no baseline: its rows show no change at all.
        QVERIFY(changeColumn(w, yunnan).join(QString()).isEmpty());
        // Closing the compared report takes the Change column with it.
        select(w, reportRow(w, v2));
        w.documents()->closeReport();
        QVERIFY(w.outline()->isColumnHidden(TimelineModel::ChangeColumn));
    }

    void unusableFileChangesNothing() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {V2}));
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(!TestSupport::compareAndWait(
            w, QStringLiteral(TURNPOINT_TEST_DATA "/compare/no-such-file.md")));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("no-such-file.md")));
        QVERIFY(w.model()->baseline(0) == nullptr);
        QVERIFY(w.outline()->isColumnHidden(TimelineModel::ChangeColumn));
        QVERIFY(w.compare()->statusText().isEmpty());
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"

// Find and filter in the real window: the Edit menu and Ctrl+F, the status bar's
// filter description with Clear Filters, and File -> Export Data writing what is shown as CSV
// (read back by a small RFC 4180 reader here) and JSON.

#include "csvexporter.h"
#include "filesizelimit.h"
#include "filterbar.h"
#include "filterstatus.h"
#include "mainwindow.h"
#include "searchbar.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Turnpoint;

namespace {

const QString Yunnan = QStringLiteral(TURNPOINT_TEST_DATA "/yunnan-industry-carbon.md");
const QString Guangxi = QStringLiteral(TURNPOINT_TEST_DATA "/guangxi-buildings-en.md");

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes ("") and line
// breaks; records end with CRLF. Returns false on anything malformed.
bool parseCsv(const QString &text, QList<QStringList> *records) {
    QStringList record;
    QString cell;
    bool quoted = false;
    bool afterQuote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!cell.isEmpty() || afterQuote)
                return false;
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(cell);
            cell.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return false;
            ++i;
            record.append(cell);
            records->append(record);
            record.clear();
            cell.clear();
            afterQuote = false;
        } else {
            if (afterQuote)
                return false;
            cell += c;
        }
    }
    return !quoted && cell.isEmpty() && record.isEmpty();
}

int closeMessageBoxes(QWidget *window) {
    const QList<QMessageBox *> boxes = window->findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes)
        box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return int(boxes.size());
}

// The turning points the window lists, by source rows.
QList<std::pair<int, int>> shown(const MainWindow &w) {
    QList<std::pair<int, int>> keys;
    const TimelineFilterModel *proxy = w.proxy();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex report = proxy->index(r, 0);
        for (int t = 0; t < proxy->rowCount(report); ++t) {
            const QModelIndex source = proxy->mapToSource(proxy->index(t, 0, report));
            keys.append({source.parent().row(), source.row()});
        }
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

QAction *menuAction(const MainWindow &w, QAction *action, QString *menuTitle) {
    const QList<QAction *> menus = w.menuBar()->actions();
    for (QAction *menu : menus) {
        if (menu->menu() && menu->menu()->actions().contains(action)) {
            *menuTitle = menu->text();
            return menu;
        }
    }
    return nullptr;
}

} // namespace

class TestMainWindowFilter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    // File → Save As Normalised Report: the whole current report, filters or not; the sample
    // is in canonical form already, so the file is the sample (with its final line end).
    void saveNormalisedReport() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(!TestSupport::action(&w, "saveNormalisedAction")->isEnabled());
        QVERIFY(TestSupport::openAndWait(w, {Yunnan}));
        QVERIFY(TestSupport::action(&w, "saveNormalisedAction")->isEnabled());
        w.setMinimumConfidence(90);
        const QString path = dir.filePath(QStringLiteral("normalised.md"));
        QVERIFY(w.exporter()->saveNormalisedTo(path));
        QCOMPARE(readAll(path), readAll(Yunnan) + '\n');
    }

    void initTestCase() {
        QVERIFY(TestSupport::useTemporarySettings(m_config));
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
    }

    void init() {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    void menusAndFind() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(TestSupport::openAndWait(w, {Yunnan, Guangxi}));
        QString title;
        QVERIFY(menuAction(w, TestSupport::action(&w, "findAction"), &title));
        QCOMPARE(title, QStringLiteral("&Edit"));
        QCOMPARE(TestSupport::action(&w, "findAction")->shortcut(),
                 QKeySequence(QKeySequence::Find));
        QCOMPARE(TestSupport::action(&w, "findNextAction")->shortcut(),
                 QKeySequence(QKeySequence::FindNext));
        QCOMPARE(TestSupport::action(&w, "findPreviousAction")->shortcut(),
                 QKeySequence(QKeySequence::FindPrevious));
        // Export Data follows the chart's exports and printing in the File menu.
        QAction *fileMenu = menuAction(w, TestSupport::action(&w, "exportDataAction"), &title);
        QVERIFY(fileMenu);
        QCOMPARE(title, QStringLiteral("&File"));
        const QList<QAction *> file = fileMenu->menu()->actions();
        const qsizetype print = file.indexOf(TestSupport::action(&w, "printAction"));
        QVERIFY(print > file.indexOf(TestSupport::action(&w, "exportAction")));
        QCOMPARE(file.value(print + 1), TestSupport::action(&w, "exportDataAction"));
        QVERIFY(TestSupport::action(&w, "exportDataAction")->isEnabled());
        // Save As Normalised Report right after it.
        QCOMPARE(file.value(print + 2), TestSupport::action(&w, "saveNormalisedAction"));
        QVERIFY(TestSupport::action(&w, "saveNormalisedAction")->isEnabled());

        // Ctrl+F puts the cursor in the search field; Enter walks, Escape twice hands back.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QLineEdit *field = w.searchBar()->field();
        QVERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("seetao"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(w.proxy()->searchText(), QStringLiteral("seetao"));
        const QModelIndex first = w.proxy()->mapToSource(w.selectionModel()->currentIndex());
        QCOMPARE(first, w.model()->turningPointIndex(0, 5));
        TestSupport::action(&w, "findNextAction")->trigger();
        QCOMPARE(w.proxy()->mapToSource(w.selectionModel()->currentIndex()),
                 w.model()->turningPointIndex(0, 6));
        TestSupport::action(&w, "findPreviousAction")->trigger();
        QCOMPARE(w.proxy()->mapToSource(w.selectionModel()->currentIndex()),
                 w.model()->turningPointIndex(0, 5));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(w.proxy()->searchText().isEmpty());
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!field->hasFocus());
    }

    // `]` raises and `[` lowers the threshold by 5, within 0-100, from anywhere in the window;
    // in the search field the same keys type brackets and leave the threshold alone.
    void thresholdKeys_data() {
        QTest::addColumn<bool>("inSearchField");
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("threshold");
        QTest::newRow("chart, raise") << false << 50 << QStringLiteral("]") << 55;
        QTest::newRow("chart, lower") << false << 50 << QStringLiteral("[") << 45;
        QTest::newRow("chart, twice") << false << 50 << QStringLiteral("]]") << 60;
        QTest::newRow("chart, stays at 100") << false << 100 << QStringLiteral("]") << 100;
        QTest::newRow("chart, up to 100") << false << 98 << QStringLiteral("]") << 100;
        QTest::newRow("chart, stays at 0") << false << 0 << QStringLiteral("[") << 0;
        QTest::newRow("search field, [") << true << 50 << QStringLiteral("[") << 50;
        QTest::newRow("search field, ]") << true << 50 << QStringLiteral("a]") << 50;
    }
    void thresholdKeys() {
        QFETCH(bool, inSearchField);
        QFETCH(int, start);
        QFETCH(QString, keys);
        QFETCH(int, threshold);
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(TestSupport::openAndWait(w, {Yunnan}));
        w.setMinimumConfidence(start);
        QCOMPARE(w.proxy()->minimumConfidence(), start);
        // In the View menu, named, with the plain keys as shortcuts.
        QAction *raise = TestSupport::action(&w, "raiseThresholdAction");
        QAction *lower = TestSupport::action(&w, "lowerThresholdAction");
        QCOMPARE(raise->shortcut(), QKeySequence(Qt::Key_BracketRight));
        QCOMPARE(lower->shortcut(), QKeySequence(Qt::Key_BracketLeft));
        QString title;
        QVERIFY(menuAction(w, raise, &title));
        QCOMPARE(title, QStringLiteral("&View"));
        QVERIFY(!raise->text().isEmpty() && !lower->text().isEmpty());

        QWidget *target = inSearchField ? static_cast<QWidget *>(w.searchBar()->field())
                                        : static_cast<QWidget *>(w.chartView());
        target->setFocus();
        QTRY_VERIFY(target->hasFocus());
        for (const QChar key : std::as_const(keys))
            QTest::keyClick(target, key.toLatin1());
        QCOMPARE(w.proxy()->minimumConfidence(), threshold);
        QCOMPARE(w.filterBar()->slider()->value(), threshold);
        QCOMPARE(w.searchBar()->field()->text(), inSearchField ? keys : QString());
    }

    void statusSaysWhatIsFilteredAndClears() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(TestSupport::openAndWait(w, {Yunnan, Guangxi}));
        FilterStatus *status = w.filterStatus();
        QVERIFY(!status->isVisibleTo(&w));
        QVERIFY(!TestSupport::action(&w, "clearFiltersAction")->isEnabled());
        w.setMinimumConfidence(60); // not a "filter" to clear
        QVERIFY(!status->isVisibleTo(&w));

        w.filterBar()->kindButton(TimelineFilter::EventKind)->click();
        w.proxy()->setSearchText(QStringLiteral("building"));
        QVERIFY(status->isVisibleTo(&w));
        QCOMPARE(status->text(),
                 QStringLiteral("Filtered: %1").arg(w.proxy()->filterDescription()));
        QVERIFY(status->text().contains(QStringLiteral("政策")));
        QVERIFY(status->text().contains(QStringLiteral("building")));
        QVERIFY(TestSupport::action(&w, "clearFiltersAction")->isEnabled());
        QTRY_COMPARE(w.statusText(), QStringLiteral("2 of 14 turning points ≥ 60%"));

        TestSupport::action(&w, "clearFiltersAction")->trigger();
        QVERIFY(!w.proxy()->filter().isActive());
        QCOMPARE(w.proxy()->minimumConfidence(), 60);
        QVERIFY(!status->isVisibleTo(&w));
        QVERIFY(w.searchBar()->field()->text().isEmpty());
        QTRY_COMPARE(w.statusText(), QStringLiteral("8 of 14 turning points ≥ 60%"));

        // The status bar button does the same.
        w.proxy()->setHideNothingFound(true);
        QVERIFY(status->isVisibleTo(&w));
        status->clearButton()->click();
        QVERIFY(!w.proxy()->hideNothingFound());
    }

    void exportDataIsWhatIsShown() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {Yunnan, Guangxi}));
        w.setMinimumConfidence(56);
        w.proxy()->setHideNothingFound(true);
        w.proxy()->setDateRange(PartialDate::fromYear(2021), PartialDate::fromYear(2022));
        const QList<std::pair<int, int>> visible = shown(w);
        QVERIFY(!visible.isEmpty());

        // CSV: one record per entry of each shown turning point, sources joined.
        const QString csvPath = dir.filePath(QStringLiteral("data.csv"));
        QVERIFY(w.exporter()->exportDataTo(csvPath));
        const QByteArray bytes = readAll(csvPath);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM
        QList<QStringList> records;
        QVERIFY(parseCsv(QString::fromUtf8(bytes.mid(3)), &records));
        QCOMPARE(records.value(0), CsvExporter::header());
        const int titleColumn = int(CsvExporter::header().indexOf(QStringLiteral("title")));
        const int sourcesColumn = int(CsvExporter::header().indexOf(QStringLiteral("sources")));
        const int dateColumn =
            int(CsvExporter::header().indexOf(QStringLiteral("turning_point_date")));
        QVERIFY(titleColumn >= 0 && sourcesColumn >= 0 && dateColumn >= 0);
        QStringList expectedTitles;
        int expectedRows = 0;
        for (const auto &[r, t] : visible) {
            const TurningPoint &tp = w.model()->report(r).turningPoints.at(t);
            expectedRows += std::max(1, int(tp.entries.size()));
            for (const Entry &e : tp.entries)
                expectedTitles.append(e.title);
        }
        QCOMPARE(records.size() - 1, expectedRows);
        QStringList titles;
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records[i].size(), CsvExporter::header().size());
            titles.append(records[i][titleColumn]);
            QVERIFY2(records[i][dateColumn].startsWith(QLatin1String("2021")) ||
                         records[i][dateColumn].startsWith(QLatin1String("2022")),
                     qPrintable(records[i][dateColumn]));
        }
        QCOMPARE(titles, expectedTitles);
        // Two sources of one entry, joined in one cell.
        const qsizetype nanning =
            titles.indexOf(QStringLiteral("Nanning ultra-low-energy office demonstration"));
        QVERIFY(nanning >= 0);
        QCOMPARE(
            records[nanning + 1][sourcesColumn],
            QStringLiteral("Guangxi Daily <https://www.gxrb.com.cn/example/nanning-office.html>"
                           " | Xinhua <http://www.news.cn/example/gx-office.htm>"));

        // JSON: the documented object, with only the shown turning points.
        const QString jsonPath = dir.filePath(QStringLiteral("data.JSON"));
        QVERIFY(w.exporter()->exportDataTo(jsonPath));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(jsonPath), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("format")).toString(),
                 QStringLiteral("turnpoint-report"));
        const QJsonArray reports = doc.object().value(QStringLiteral("reports")).toArray();
        QCOMPARE(reports.size(), 2);
        QList<std::pair<int, int>> exported;
        for (int r = 0; r < reports.size(); ++r) {
            const QJsonArray tps =
                reports[r].toObject().value(QStringLiteral("turning_points")).toArray();
            for (const QJsonValue &tp : tps) {
                const int line = tp.toObject().value(QStringLiteral("line")).toInt();
                const QList<TurningPoint> &all = w.model()->report(r).turningPoints;
                for (int t = 0; t < all.size(); ++t) {
                    if (all[t].line == line)
                        exported.append({r, t});
                }
            }
        }
        QCOMPARE(exported, visible);

        // A write that fails says so and leaves nothing behind.
        QSignalSpy errors(&w, &MainWindow::errorShown);
        const QString bad = dir.filePath(QStringLiteral("missing/data.csv"));
        QVERIFY(!w.exporter()->exportDataTo(bad));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("missing")));
        QCOMPARE(closeMessageBoxes(&w), 1);
        QVERIFY(!QFile::exists(bad));
    }

    // The write itself fails part way (a file size limit far below the export's size, as a
    // full disk would): the file that was there keeps its bytes, and the window says so. A plain
    // QFile would have truncated it on open; QSaveFile renames only a complete file into place.
    void failedExportKeepsOldFile_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("data.csv");
        QTest::newRow("json") << QStringLiteral("data.json");
    }

    void failedExportKeepsOldFile() {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {Yunnan, Guangxi}));
        // What the export writes, to be sure it is far over the limit below.
        QVERIFY(w.exporter()->exportDataTo(path));
        constexpr rlim_t Limit = 1024;
        QVERIFY2(readAll(path).size() > qsizetype(Limit) * 2,
                 qPrintable(QString::number(readAll(path).size())));
        const QByteArray old("old contents\n");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(old), old.size());
        }

        QSignalSpy errors(&w, &MainWindow::errorShown);
        bool written = false;
        {
            TestSupport::FileSizeLimit limit(Limit);
            QVERIFY(limit.active());
            written = w.exporter()->exportDataTo(path);
        }

        QVERIFY(!written);
        QCOMPARE(readAll(path), old);
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(name), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("cut short")), qPrintable(message));
        QCOMPARE(closeMessageBoxes(&w), 1);
        // No temporary file is left next to it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    }
};

QTEST_MAIN(TestMainWindowFilter)
#include "tst_mainwindowfilter.moc"

// The window as a whole, offscreen: opening, reloading and closing reports, recent files,
// drag and drop, diagnostics, status, title, export, and the state kept in QSettings.

#include "chartexporter.h"
#include "diagnosticsdialog.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "outlineview.h"
#include "reportparser.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QtTest>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Turnpoint;

namespace {

const QString Sample = QStringLiteral(TURNPOINT_SAMPLE);
const QString Guangxi = QStringLiteral(TURNPOINT_TEST_DATA "/guangxi-buildings-en.md");

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Closes the (non-modal, opened with open()) message boxes a window showed.
int closeMessageBoxes(QWidget *window) {
    const QList<QMessageBox *> boxes = window->findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes)
        box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return int(boxes.size());
}

// The menu bar's action with `key` as its shortcut, in any menu.
QAction *actionWithShortcut(QMenuBar *bar, QKeySequence::StandardKey key) {
    const QList<QAction *> menus = bar->actions();
    for (QAction *menu : menus)
        for (QAction *action : menu->menu()->actions())
            if (action->shortcut() == QKeySequence(key))
                return action;
    return nullptr;
}

QModelIndex sourceCurrent(const MainWindow &w) {
    return w.proxy()->mapToSource(w.selectionModel()->currentIndex()).siblingAtColumn(0);
}

// Triggers `action`, which opens a file dialog, and hands the dialog to `answer`. Returns the
// folder the dialog opened in; empty when no file dialog came up or something else stayed modal.
QString answerFileDialog(QAction *action, const std::function<void(QFileDialog *)> &answer) {
    QString opened;
    const bool clean = TestSupport::answerModal<QFileDialog>(action, [&](QFileDialog *dialog) {
        opened = dialog->directory().absolutePath();
        answer(dialog);
    });
    return clean ? opened : QString();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static void clearSettings() {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

private slots:
    void initTestCase() {
        // Never the user's settings: everything below writes to a temporary directory.
        QVERIFY(TestSupport::useTemporarySettings(m_config));
        QCoreApplication::setApplicationVersion(QStringLiteral(TURNPOINT_VERSION));
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
    }

    void init() { clearSettings(); }

    // turnpoint_app is a static library; its resources must still reach the test executable.
    void resourcesAreLinked() {
        QVERIFY(QFile::exists(QStringLiteral(":/samples/yunnan-industry-carbon.md")));
        QVERIFY(QFile::exists(QStringLiteral(":/icons/turnpoint.svg")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/turnpoint_zh_CN.qm")));
        QVERIFY(!MainWindow::applicationIcon().isNull());
        MainWindow w;
        QVERIFY(!w.windowIcon().isNull());
        w.openBuiltInSample();
        QCOMPARE(w.model()->reportCount(), 1);
        QCOMPARE(w.model()->report(0).turningPoints.size(), 10);
    }

    void openSeveralFiles() {
        MainWindow w;
        QCOMPARE(w.windowTitle(), QStringLiteral("No report"));
        QSignalSpy rows(w.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(w.model(), &QAbstractItemModel::modelReset);
        QVERIFY(TestSupport::openAndWait(w, {Sample, Guangxi}));
        QCOMPARE(w.model()->reportCount(), 2);
        // Inserted (in batches as they arrive), not a reset: views keep their state.
        QCOMPARE(resets.count(), 0);
        int inserted = 0;
        for (const QList<QVariant> &insertion : rows)
            inserted += insertion.at(2).toInt() - insertion.at(1).toInt() + 1;
        QCOMPARE(inserted, 2);
        // Both are remembered, the last opened first, whether they came in one batch or two.
        QCOMPARE(RecentFiles::files().mid(0, 2),
                 QStringList({QFileInfo(Guangxi).absoluteFilePath(),
                              QFileInfo(Sample).absoluteFilePath()}));
        // The last opened report is the current one, and the title says which.
        QVERIFY2(w.windowTitle().startsWith(QStringLiteral("guangxi-buildings-en.md — Guangxi")),
                 qPrintable(w.windowTitle()));
        w.selectionModel()->setCurrentIndex(w.proxy()->mapFromSource(w.model()->reportIndex(0)),
                                            QItemSelectionModel::ClearAndSelect);
        QCOMPARE(w.windowTitle(), QStringLiteral("yunnan-industry-carbon.md — "
                                                 "云南省工业部门碳排放关键政策与事件汇编"));
        // Opening the same file again replaces it instead of adding a copy.
        QVERIFY(TestSupport::openAndWait(w, {Sample}));
        QCOMPARE(w.model()->reportCount(), 2);
    }

    void notAReportShowsErrorAndReplacesNothing() {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("report.md"));
        QVERIFY(writeFile(copy, readAll(Sample)));
        MainWindow w;
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(TestSupport::openAndWait(w, {copy}));
        QCOMPARE(w.model()->reportCount(), 1);
        QCOMPARE(errors.count(), 0);

        // The same file, now not a report: the loaded one stays as it was.
        QVERIFY(writeFile(copy, "just some notes\nno headings here\n"));
        const QString empty = dir.filePath(QStringLiteral("empty.md"));
        QVERIFY(writeFile(empty, QByteArray()));
        QVERIFY(TestSupport::openAndWait(w, {copy, empty}));
        QCOMPARE(errors.count(), 1); // one message for both
        const QString message = errors.at(0).at(0).toString();
        QVERIFY2(message.contains(copy) && message.contains(empty), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("does not look like a turning-point report")));
        QCOMPARE(w.model()->reportCount(), 1);
        QCOMPARE(w.model()->report(0).turningPoints.size(), 10);
        QCOMPARE(closeMessageBoxes(&w), 1);
    }

    void reloadRereadsAndKeepsSelection() {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("report.md"));
        const QByteArray original = readAll(Sample);
        QVERIFY(writeFile(copy, original));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(TestSupport::openAndWait(w, {copy}));
        const QModelIndex tp = w.model()->turningPointIndex(0, 5);
        w.selectionModel()->setCurrentIndex(w.proxy()->mapFromSource(tp),
                                            QItemSelectionModel::ClearAndSelect);

        // Edited on disk: a new title; the turning points stay.
        QByteArray edited = original;
        edited.replace("云南省工业部门碳排放关键政策与事件汇编", "云南省工业碳排放（修订）");
        QVERIFY(writeFile(copy, edited));
        QSignalSpy reloaded(w.documents(), &DocumentsController::reloadFinished);
        QTest::keyClick(&w, Qt::Key_F5);
        // Read in the background, like opening: the window goes on meanwhile.
        QVERIFY(w.documents()->isReloading());
        QTRY_COMPARE(reloaded.count(), 1);
        QCOMPARE(w.model()->report(0).title, QStringLiteral("云南省工业碳排放（修订）"));
        QCOMPARE(sourceCurrent(w), w.model()->turningPointIndex(0, 5));

        // Through the action, with the selected turning point gone: the report stays selected.
        edited.truncate(edited.indexOf("### 转折点：2021年11月"));
        QVERIFY(writeFile(copy, edited));
        w.selectionModel()->setCurrentIndex(
            w.proxy()->mapFromSource(w.model()->turningPointIndex(0, 7)),
            QItemSelectionModel::ClearAndSelect);
        TestSupport::action(&w, "reloadAction")->trigger();
        QTRY_COMPARE(reloaded.count(), 2);
        QVERIFY(!w.documents()->isReloading());
        QCOMPARE(w.model()->report(0).turningPoints.size(), 3);
        QCOMPARE(sourceCurrent(w), w.model()->reportIndex(0));
        closeMessageBoxes(&w);
    }

    void closeReportRemovesIt() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {Sample, Guangxi}));
        w.selectionModel()->setCurrentIndex(
            w.proxy()->mapFromSource(w.model()->turningPointIndex(0, 2)),
            QItemSelectionModel::ClearAndSelect);
        w.documents()->closeReport();
        QCOMPARE(w.model()->reportCount(), 1);
        QCOMPARE(w.model()->report(0).file, Guangxi);
        w.documents()->closeReport();
        QCOMPARE(w.model()->reportCount(), 0);
        QCOMPARE(w.windowTitle(), QStringLiteral("No report"));
        QVERIFY(!TestSupport::action(&w, "reloadAction")->isEnabled());
        QVERIFY(!TestSupport::action(&w, "exportAction")->isEnabled());
    }

    void openRecent() {
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < 12; ++i) {
            files.append(dir.filePath(QStringLiteral("report-%1.md").arg(i)));
            QVERIFY(writeFile(files.last(), readAll(Sample)));
        }
        MainWindow w;
        for (const QString &file : std::as_const(files))
            QVERIFY(TestSupport::openAndWait(w, {file}));
        QStringList expected;
        for (int i = 11; i >= 2; --i) // most recent first, ten at most
            expected.append(files.at(i));
        QCOMPARE(RecentFiles::files(), expected);

        // Opening one again moves it to the top.
        QVERIFY(TestSupport::openAndWait(w, {files.at(5)}));
        expected.removeAll(files.at(5));
        expected.prepend(files.at(5));
        QCOMPARE(RecentFiles::files(), expected);

        // A file that went away is not offered.
        QVERIFY(QFile::remove(files.at(11)));
        expected.removeAll(files.at(11));
        emit w.documents()->recentFiles()->menu()->aboutToShow();
        QStringList listed;
        const QList<QAction *> actions = w.documents()->recentFiles()->menu()->actions();
        for (QAction *action : actions)
            if (action->data().isValid())
                listed.append(action->data().toString());
        QCOMPARE(listed, expected);
        QCOMPARE(actions.first()->text(), QStringLiteral("report-5.md"));
        // ...and the pruned list is what is kept.
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), expected);

        // Choosing an entry opens it.
        w.model()->clear();
        actions.at(1)->trigger();
        QTRY_VERIFY(!w.documents()->isLoading()); // files are read in the background
        QCOMPARE(w.model()->reportCount(), 1);
        QCOMPARE(w.model()->report(0).file, expected.at(1));
    }

    void dropOpensFiles() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(Sample), QUrl::fromLocalFile(Guangxi)});
        const QPoint pos = w.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY(!w.documents()->isLoading()); // files are read in the background
        QCOMPARE(w.model()->reportCount(), 2);

        // An http(s) link dragged from a browser is accepted (dropping it would download it, like
        // Open URL; tst_networkwindow covers that against its local server, and nothing here
        // may contact the network).
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.com/report.md"))});
        QDragEnterEvent webEnter(pos, Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        webEnter.setAccepted(false);
        QCoreApplication::sendEvent(&w, &webEnter);
        QVERIFY(webEnter.isAccepted());
        // Links of any other kind are neither files nor addresses Turnpoint fetches.
        QMimeData other;
        other.setUrls({QUrl(QStringLiteral("ftp://example.com/report.md")),
                       QUrl(QStringLiteral("javascript:alert(1)"))});
        QDragEnterEvent otherEnter(pos, Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        otherEnter.setAccepted(false);
        QCoreApplication::sendEvent(&w, &otherEnter);
        QVERIFY(!otherEnter.isAccepted());
    }

    void diagnosticsIndicatorAndDialog() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openBuiltInSample();
        QVERIFY(w.diagnosticsButton()->isHidden()); // the sample is clean

        const QString order = QStringLiteral(TURNPOINT_TEST_DATA "/parser/diag-order.md");
        const QString abc = QStringLiteral(TURNPOINT_TEST_DATA "/parser/diag-confidence-abc.md");
        QVERIFY(TestSupport::openAndWait(w, {order}));
        const int orderCount = int(w.model()->report(1).diagnostics.size());
        QVERIFY(orderCount >= 1);
        QVERIFY(TestSupport::openAndWait(w, {abc}));
        int total = 0;
        for (int row = 0; row < w.model()->reportCount(); ++row)
            total += int(w.model()->report(row).diagnostics.size());
        QVERIFY(total >= 2);
        // The status bar follows in the next event-loop pass.
        QTRY_VERIFY(w.diagnosticsButton()->isVisible());
        QTRY_COMPARE(w.diagnosticsButton()->text(), QStringLiteral("%1 warnings").arg(total));

        w.documents()->closeReport(); // abc: back to the one file
        QTRY_COMPARE(w.diagnosticsButton()->text(),
                     orderCount == 1 ? QStringLiteral("1 warning")
                                     : QStringLiteral("%1 warnings").arg(orderCount));
        QVERIFY(TestSupport::openAndWait(w, {abc}));

        QTest::mouseClick(w.diagnosticsButton(), Qt::LeftButton);
        DiagnosticsDialog *dialog = w.diagnosticsDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->diagnosticCount(), total);
        QTreeWidget *list = dialog->list();
        // Line and message, as the parser gave them.
        const Diagnostic first = w.model()->report(1).diagnostics.first();
        QTreeWidgetItem *item = list->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("diag-order.md"));
        QCOMPARE(item->text(1), QString::number(first.line));
        QCOMPARE(item->text(3), first.message);

        // Activating one shows its line in the report's text, highlighted.
        QTreeWidgetItem *last = list->topLevelItem(list->topLevelItemCount() - 1);
        const int line = last->text(1).toInt();
        QVERIFY(line > 0);
        emit list->itemActivated(last, 0);
        QCOMPARE(dialog->context()->textCursor().blockNumber(), line - 1);
        QVERIFY(dialog->context()->textCursor().block().text().contains(QStringLiteral("abc")));
        QCOMPARE(dialog->context()->extraSelections().size(), 1);
    }

    // An open diagnostics list follows its report: reloaded with one more problem, the list and
    // the text in its context view are the new ones, and the diagnostic looked at stays.
    void openDiagnosticsFollowReload() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("problems.md"));
        const QByteArray before = "报告\n\n### 转折点：2020年1月（事件） - 置信度：abc\n";
        QVERIFY(writeFile(path, before));
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {path}));
        w.showDiagnostics();
        DiagnosticsDialog *dialog = w.diagnosticsDialog();
        QCOMPARE(dialog->diagnosticCount(), 1);
        QTreeWidget *list = dialog->list();
        list->setCurrentItem(list->topLevelItem(0));
        const int line = list->topLevelItem(0)->text(1).toInt();
        QVERIFY(line > 0);
        QCOMPARE(dialog->context()->toPlainText(), w.documents()->reportText(path));

        QVERIFY(writeFile(path, before + "\n### 转折点：2021年2月（政策） - 置信度：xyz\n"));
        QSignalSpy reloaded(w.documents(), &DocumentsController::reloadFinished);
        TestSupport::action(&w, "reloadAction")->trigger();
        QTRY_VERIFY(reloaded.count() >= 1);
        QTRY_VERIFY(!w.documents()->isReadingTexts());
        QCOMPARE(w.model()->report(0).diagnostics.size(), 2);
        QTRY_COMPARE(dialog->diagnosticCount(), 2);
        QTRY_VERIFY(dialog->context()->toPlainText().contains(QStringLiteral("xyz")));
        QCOMPARE(dialog->context()->toPlainText(), w.documents()->reportText(path));
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        QCOMPARE(dialog->context()->textCursor().blockNumber(), line - 1);
    }

    void statusFollowsSlider() {
        MainWindow w;
        w.openBuiltInSample();
        QTRY_COMPARE(w.statusText(), QStringLiteral("10 of 10 turning points ≥ 0%"));
        w.filterBar()->slider()->setValue(60);
        QTRY_COMPARE(w.statusText(), QStringLiteral("5 of 10 turning points ≥ 60%"));
        w.filterBar()->slider()->setValue(100);
        QTRY_COMPARE(w.statusText(), QStringLiteral("0 of 10 turning points ≥ 100%"));

        MainWindow single;
        QVERIFY(TestSupport::openAndWait(single,
                                         {QStringLiteral(TURNPOINT_TEST_DATA "/parser/dates.md")}));
        QCOMPARE(single.model()->turningPointCount(), 1);
        QTRY_COMPARE(single.statusText(), QStringLiteral("1 of 1 turning point ≥ 0%"));
    }

    void windowTitleIsPlainText() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("markup.md"));
        QVERIFY(writeFile(path, readAll(Sample).replace("云南省工业部门碳排放关键政策与事件汇编",
                                                        "<b>Bold</b> &amp; <img src=x> [*]")));
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {path}));
        // Shown as written: the markup is text, the "[*]" placeholder is escaped.
        QCOMPARE(w.windowTitle(),
                 QStringLiteral("markup.md — <b>Bold</b> &amp; <img src=x> [*][*]"));
        QVERIFY(!w.isWindowModified());
    }

    void exportWritesWhatTheChartShows() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(TestSupport::showWithSample(w));
        w.setMinimumConfidence(60);
        QCoreApplication::processEvents();
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(w.exporter()->exportChartTo(path));
        QImage written;
        QVERIFY(written.load(path, "PNG"));
        const QImage expected =
            ChartExporter::renderChart(w.chartView()->timelineChart(), 2.0, QDate::currentDate());
        QCOMPARE(written.size(), expected.size());
        QVERIFY(written.convertToFormat(QImage::Format_ARGB32) ==
                expected.convertToFormat(QImage::Format_ARGB32));

        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(
            !w.exporter()->exportChartTo(dir.filePath(QStringLiteral("missing/dir/chart.png"))));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("missing/dir")));
        QCOMPARE(closeMessageBoxes(&w), 1);
    }

    // File → Open starts in the folder the last report was opened from, and every export dialog
    // (chart or data) in the folder the last export went to; both survive a restart, and a
    // remembered folder that is gone is not offered.
    void foldersAreRemembered() {
        QTemporaryDir openDir;
        QTemporaryDir exportDir;
        const QString report = openDir.filePath(QStringLiteral("report.md"));
        QVERIFY(writeFile(report, readAll(Sample)));
        const QString chart = exportDir.filePath(QStringLiteral("chart.png"));
        const auto accept = [](const QString &file) {
            return [file](QFileDialog *dialog) {
                // Typed, as a user would: selectFile() leaves the name field alone while it has
                // the focus, which it has in a dialog just shown.
                if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    name->setText(file);
                static_cast<QDialog *>(dialog)->accept(); // protected in QFileDialog
            };
        };
        const auto reject = [](QFileDialog *dialog) { dialog->reject(); };
        // The folders the dialogs fall back to must exist, or QFileDialog would show the last
        // folder it visited and hide whether anything was remembered.
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        QVERIFY(QDir().mkpath(documents) && QDir().mkpath(pictures));
        {
            MainWindow w;
            QVERIFY(TestSupport::showWithSample(w));
            QCOMPARE(answerFileDialog(TestSupport::action(&w, "openAction"), accept(report)),
                     documents);
            QTRY_COMPARE(w.model()->reportCount(), 2);
            QCOMPARE(w.model()->report(1).file, report);
            // A file opened another way (here: the command line, drop, recent files) becomes the
            // most recent, but File → Open keeps to the folder it last opened from.
            QVERIFY(TestSupport::openAndWait(w, {Guangxi}));
            QCOMPARE(RecentFiles::files().first(), Guangxi);
            QCOMPARE(answerFileDialog(TestSupport::action(&w, "openAction"), reject),
                     openDir.path());

            QCOMPARE(answerFileDialog(TestSupport::action(&w, "exportAction"), accept(chart)),
                     pictures);
            QVERIFY(QImage(chart).width() > 0);
            QCOMPARE(answerFileDialog(TestSupport::action(&w, "exportDataAction"), reject),
                     exportDir.path());
            QCOMPARE(answerFileDialog(TestSupport::action(&w, "exportSvgAction"), reject),
                     exportDir.path());
            w.close();
        }
        {
            MainWindow w;
            QVERIFY(TestSupport::showWithSample(w));
            QCOMPARE(answerFileDialog(TestSupport::action(&w, "openAction"), reject),
                     openDir.path());
            QCOMPARE(answerFileDialog(TestSupport::action(&w, "exportAction"), reject),
                     exportDir.path());
            w.close();
        }
        QVERIFY(exportDir.remove());
        MainWindow w;
        QVERIFY(TestSupport::showWithSample(w));
        QCOMPARE(answerFileDialog(TestSupport::action(&w, "exportAction"), reject), pictures);
    }

    void stateIsRestored() {
        QList<int> mainSizes;
        QList<int> lowerSizes;
        QSize size;
        {
            MainWindow w;
            w.resize(1100, 760);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.openBuiltInSample();
            w.filterBar()->slider()->setValue(45);
            TestSupport::action(&w, "ghostsAction")->setChecked(true);
            w.mainSplitter()->setSizes({300, 400});
            w.lowerSplitter()->setSizes({700, 400});
            QCoreApplication::processEvents();
            mainSizes = w.mainSplitter()->sizes();
            lowerSizes = w.lowerSplitter()->sizes();
            size = w.size();
            w.close();
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openBuiltInSample();
        QCOMPARE(w.proxy()->minimumConfidence(), 45);
        QCOMPARE(w.filterBar()->slider()->value(), 45);
        QVERIFY(TestSupport::action(&w, "ghostsAction")->isChecked());
        QVERIFY(w.chartView()->timelineChart()->showGhosts());
        QCOMPARE(w.size(), size);
        // Within a pixel or two: the splitter rounds when it shares out its handle.
        const auto near = [](const QList<int> &a, const QList<int> &b) {
            if (a.size() != b.size())
                return false;
            for (int i = 0; i < a.size(); ++i)
                if (std::abs(a.at(i) - b.at(i)) > 2)
                    return false;
            return true;
        };
        QVERIFY2(
            near(w.mainSplitter()->sizes(), mainSizes),
            qPrintable(
                QStringLiteral("%1,%2").arg(w.mainSplitter()->sizes().at(0)).arg(mainSizes.at(0))));
        QVERIFY(near(w.lowerSplitter()->sizes(), lowerSizes));
    }

    // The outline's columns: widths and the sort column and order the user chose.
    void outlineHeaderIsRestored() {
        QList<int> widths;
        {
            MainWindow w;
            w.resize(1300, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.openBuiltInSample();
            OutlineView *outline = w.outline();
            outline->setColumnWidth(TimelineModel::KindColumn, 173);
            outline->setColumnWidth(TimelineModel::ConfidenceColumn, 141);
            outline->sortByColumn(TimelineModel::ConfidenceColumn, Qt::DescendingOrder);
            QCoreApplication::processEvents();
            for (int column = 0; column < TimelineModel::NUM_COLUMNS; ++column)
                widths.append(outline->columnWidth(column));
            w.close();
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(TestSupport::openAndWait(w, {Sample}));
        QCoreApplication::processEvents();
        QHeaderView *header = w.outline()->header();
        QCOMPARE(header->sortIndicatorSection(), int(TimelineModel::ConfidenceColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        // The outline is sorted that way, not only marked: highest confidence first.
        QCOMPARE(w.proxy()->sortColumn(), int(TimelineModel::ConfidenceColumn));
        QCOMPARE(w.proxy()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(w.outline()->columnWidth(TimelineModel::KindColumn), 173);
        QCOMPARE(w.outline()->columnWidth(TimelineModel::ConfidenceColumn), 141);
        for (int column :
             {int(TimelineModel::EntryCountColumn), int(TimelineModel::SourceCountColumn)})
            QCOMPARE(w.outline()->columnWidth(column), widths.at(column));
        // Shown only while a report is compared, whatever was saved.
        QVERIFY(w.outline()->isColumnHidden(TimelineModel::ChangeColumn));
    }

    void corruptSettingsAreIgnored() {
        const QString file = QSettings().fileName();
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QVERIFY(writeFile(file, QByteArray("\xff\xfe\x00garbage[[[\n"
                                           "[filter]\nminimumConfidence=lots\n"
                                           "[mainWindow]\ngeometry=@ByteArray(not a geometry)\n"
                                           "state=@Variant(\\0\\0\\0\\x7f)\n"
                                           "[view]\nshowGhosts=@Rect(1 2)\n"
                                           "recentFiles=@Invalid()\n",
                                           170)));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openBuiltInSample();
        QCOMPARE(w.proxy()->minimumConfidence(), 0);
        QVERIFY(!TestSupport::action(&w, "ghostsAction")->isChecked());
        QVERIFY(w.width() > 400 && w.height() > 300);
        QCOMPARE(w.model()->reportCount(), 1);
        QVERIFY(RecentFiles::files().isEmpty());
        // And the window still saves its state.
        w.filterBar()->slider()->setValue(30);
        w.close();
        MainWindow again;
        QCOMPARE(again.proxy()->minimumConfidence(), 30);
    }

    void reportsKeepLoadOrderWhenSorted() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(
            w, {Guangxi, Sample})); // Guangxi's period starts later than Yunnan's
        OutlineView *outline = w.outline();
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (int column = 0; column < TimelineModel::NUM_COLUMNS; ++column) {
                outline->sortByColumn(column, order);
                QCOMPARE(w.proxy()->mapToSource(w.proxy()->index(0, 0)).row(), 0);
                QCOMPARE(w.proxy()->mapToSource(w.proxy()->index(1, 0)).row(), 1);
            }
        }
        // Turning points within a report do follow the sort.
        outline->sortByColumn(TimelineModel::DateColumn, Qt::DescendingOrder);
        const QModelIndex yunnan = w.proxy()->index(1, 0);
        const qint64 first =
            w.proxy()->index(0, 0, yunnan).data(TimelineModel::DateStartRole).toLongLong();
        const qint64 second =
            w.proxy()->index(1, 0, yunnan).data(TimelineModel::DateStartRole).toLongLong();
        QVERIFY(first > second);
    }

    void dateColumnFitsDays() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(TestSupport::openAndWait(
            w, {QStringLiteral(TURNPOINT_TEST_DATA "/parser/dates.md"), Sample}));
        OutlineView *outline = w.outline();
        outline->expandAll();
        QCoreApplication::processEvents(); // the column is fitted once per event-loop pass
        const int width = outline->columnWidth(TimelineModel::DateColumn);
        // Every date cell listed fits its column: nothing is elided.
        QAbstractItemModel *model = outline->model();
        std::function<void(const QModelIndex &)> check = [&](const QModelIndex &parent) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, TimelineModel::DateColumn, parent);
                const QRect rect = outline->visualRect(index);
                const int needed = outline->sizeHintForIndex(index).width();
                if (rect.isValid())
                    QVERIFY2(rect.left() + needed <= width + 1,
                             qPrintable(index.data().toString()));
                check(model->index(row, 0, parent));
            }
        };
        check({});
    }

    void fontWarning() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showMissingFontWarning();
        const QList<QLabel *> labels = w.statusBar()->findChildren<QLabel *>();
        const bool shown = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->isVisible() && l->text().contains(QStringLiteral("fonts-noto-cjk"));
        });
        QVERIFY(shown);
    }

    void shortcutsAndAbout() {
        MainWindow w;
        QMenuBar *bar = w.menuBar();
        QStringList shortcuts;
        const QList<QAction *> menus = bar->actions();
        for (QAction *menu : menus)
            for (QAction *action : menu->menu()->actions())
                shortcuts.append(action->shortcut().toString());
        QVERIFY(shortcuts.contains(QKeySequence(QKeySequence::Open).toString()));
        QVERIFY(shortcuts.contains(QKeySequence(QKeySequence::Quit).toString()));
        QVERIFY(shortcuts.contains(QKeySequence(QKeySequence::Refresh).toString()));
        QVERIFY(shortcuts.contains(QKeySequence(QKeySequence::ZoomIn).toString()));
        for (const QKeySequence::StandardKey key :
             {QKeySequence::Find, QKeySequence::Close, QKeySequence::Print})
            QVERIFY2(actionWithShortcut(bar, key), qPrintable(QKeySequence(key).toString()));
        QCOMPARE(actionWithShortcut(bar, QKeySequence::Find),
                 TestSupport::action(&w, "findAction"));
        QCOMPARE(actionWithShortcut(bar, QKeySequence::Print),
                 TestSupport::action(&w, "printAction"));

        QAction *about = nullptr;
        for (QAction *menu : menus)
            for (QAction *action : menu->menu()->actions())
                if (action->menuRole() == QAction::AboutRole)
                    about = action;
        QVERIFY(about);
        about->trigger();
        QMessageBox *box = w.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral(TURNPOINT_VERSION)));
        QVERIFY(box->informativeText().contains(QString::fromLatin1(qVersion())));
        QCOMPARE(box->textFormat(), Qt::PlainText);
        closeMessageBoxes(&w);
    }

    // Automatic reload: a file changed on disk is read again after a short pause.
    void changedFileIsReloaded() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("watched.md"));
        QVERIFY(writeFile(path, readAll(Sample)));
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {path}));
        QCOMPARE(w.model()->report(0).turningPoints.size(), 10);
        QSignalSpy reloaded(w.documents(), &DocumentsController::autoReloaded);
        // Keep the first turning point only (heading of the second one and what follows cut).
        QByteArray text = readAll(Sample);
        const qsizetype second = text.indexOf("### ", text.indexOf("### ") + 4);
        QVERIFY(second > 0);
        text.truncate(second);
        QVERIFY(writeFile(path, text));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 10000);
        QCOMPARE(reloaded.first().at(1).toBool(), false);
        QCOMPARE(w.model()->reportCount(), 1);
        QCOMPARE(w.model()->report(0).turningPoints.size(), 1);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("reloaded")));
    }

    void garbageKeepsPreviousReport() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.md"));
        QVERIFY(writeFile(path, readAll(Sample)));
        MainWindow w;
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(TestSupport::openAndWait(w, {path}));
        const int warningsBefore = int(w.model()->report(0).diagnostics.size());
        QSignalSpy reloaded(w.documents(), &DocumentsController::autoReloaded);
        QVERIFY(writeFile(path, QByteArray("\x00\x01\x02 not a report \xff\xfe", 18)));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 10000);
        QCOMPARE(reloaded.first().at(1).toBool(), true);
        // The good report stays, and the window says why it is not what is on disk...
        QCOMPARE(w.model()->report(0).turningPoints.size(), 10);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("previous version")),
                 qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(w.documents()->windowDiagnostics(w.model()->report(0).file).size(), 1);
        // ...in the diagnostics as well, without a modal error in the way.
        QCOMPARE(errors.count(), 0);
        QCOMPARE(warningsBefore, 0); // the sample reads cleanly
        QCOMPARE(w.diagnosticsButton()->text(), QStringLiteral("1 warning"));
        w.showDiagnostics();
        QCOMPARE(w.diagnosticsDialog()->diagnosticCount(), 1);
        bool listed = false;
        for (QTreeWidgetItemIterator it(w.diagnosticsDialog()->list()); *it; ++it) {
            for (int column = 0; column < (*it)->columnCount(); ++column)
                listed = listed || (*it)->text(column).contains(QStringLiteral("previous version"));
        }
        QVERIFY(listed);

        // Writing the report back is picked up (the watch survived), and the note goes.
        QVERIFY(writeFile(path, readAll(Guangxi)));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 2, 10000);
        QCOMPARE(reloaded.last().at(1).toBool(), false);
        QVERIFY(w.model()->report(0).title.startsWith(QStringLiteral("Guangxi")));
        QVERIFY(w.documents()->windowDiagnostics(w.model()->report(0).file).isEmpty());
    }

    void renameReplaceIsPickedUp() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("renamed.md"));
        QVERIFY(writeFile(path, readAll(Sample)));
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {path}));
        QSignalSpy reloaded(w.documents(), &DocumentsController::autoReloaded);
        // What editors do: write a temporary file next to it, rename it over the original.
        for (int round = 1; round <= 2; ++round) {
            const QString temp = dir.filePath(QStringLiteral(".renamed.md.tmp"));
            QVERIFY(writeFile(temp, readAll(round == 1 ? Guangxi : Sample)));
            QVERIFY(::rename(QFile::encodeName(temp).constData(),
                             QFile::encodeName(path).constData()) == 0);
            QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), round, 10000);
            QCOMPARE(w.model()->reportCount(), 1);
            QCOMPARE(w.model()->report(0).turningPoints.size() == 10, round == 2);
        }
    }

    // A report written slowly, piece by piece, while it is open: every intermediate state is
    // parsed as it is (a short debounce here, so several are), none crashes, and the window ends
    // with the whole report.
    void fileWrittenInPiecesEndsComplete() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("growing.md"));
        QVERIFY(writeFile(path, readAll(Sample)));
        MainWindow w;
        w.documents()->setAutoReloadDelay(15);
        QVERIFY(TestSupport::openAndWait(w, {path}));
        QSignalSpy reloaded(w.documents(), &DocumentsController::autoReloaded);
        const QByteArray full = readAll(Guangxi);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const qsizetype piece = full.size() / 12 + 1;
        for (qsizetype at = 0; at < full.size(); at += piece) {
            // Cut anywhere, even inside a UTF-8 sequence.
            QVERIFY(f.write(full.mid(at, piece)) >= 0);
            QVERIFY(f.flush());
            QTest::qWait(30);
        }
        f.close();
        const Report expected = ReportParser::parseFile(Guangxi);
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->report(0).turningPoints.size(),
                                  expected.turningPoints.size(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->report(0).title, expected.title, 10000);
        QVERIFY(reloaded.count() >= 2); // the partial states were read too
        QCOMPARE(w.model()->reportCount(), 1);
    }

    void fileOverOneGigabyteIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Sparse: no disk space is used, and nothing may be read to find out it is too large.
        if (!f.resize(qint64(1024) * 1024 * 1024 + 1))
            QSKIP("cannot create a sparse file here");
        f.close();
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {Sample}));
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(TestSupport::openAndWait(w, {path}));
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(path) && message.contains(QStringLiteral("too large")),
                 qPrintable(message));
        QCOMPARE(w.model()->reportCount(), 1);
        closeMessageBoxes(&w);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The window's vector exports and printing (File → Export Chart as SVG / PDF, Print Chart):
// available exactly when the PNG export is, writing what the chart shows, and a print preview
// that paints.

#include "chartexporter.h"
#include "mainwindow.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelineproxymodel.h"
#include "uilanguage.h"
#include "vectorcheck.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Turnpoint;

namespace {
QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestChartExportWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase() {
        // Never the user's settings.
        QVERIFY(TestSupport::useTemporarySettings(m_config));
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
    }

    void actionsFollowThePngExport() {
        MainWindow w;
        QAction *const actions[] = {w.exportSvgAction(), w.exportPdfAction(), w.printAction()};
        for (QAction *a : actions) {
            QVERIFY(a);
            QVERIFY(!a->text().isEmpty());
            QCOMPARE(a->isEnabled(), w.exportAction()->isEnabled());
        }
        QVERIFY(!w.exportAction()->isEnabled()); // nothing open yet
        w.openBuiltInSample();
        QVERIFY(w.exportAction()->isEnabled());
        for (QAction *a : actions)
            QVERIFY(a->isEnabled());
        QCOMPARE(w.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        // Next to the PNG export in the File menu.
        QMenu *fileMenu = nullptr;
        for (QObject *o : w.exportAction()->associatedObjects())
            fileMenu = fileMenu ? fileMenu : qobject_cast<QMenu *>(o);
        QVERIFY(fileMenu);
        const QList<QAction *> file = fileMenu->actions();
        const qsizetype at = file.indexOf(w.exportAction());
        QVERIFY(at >= 0);
        QCOMPARE(file.value(at + 1), w.exportSvgAction());
        QCOMPARE(file.value(at + 2), w.exportPdfAction());
        QCOMPARE(file.value(at + 3), w.printAction());
    }

    // What the window's chart shows now (threshold included), with its caption.
    void exportsWhatTheChartShows() {
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openBuiltInSample();
        w.setMinimumConfidence(60);
        QCoreApplication::processEvents();
        TimelineChart *chart = w.chartView()->timelineChart();

        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(w.exportSvgTo(svg));
        const VectorCheck::SvgSummary s = VectorCheck::readSvg(readAll(svg), chart->plotArea());
        QVERIFY2(s.wellFormed, qPrintable(s.error));
        QCOMPARE(s.images, 0);
        int expected = 0;
        for (const TimelineChart::DrawnMarker &m : chart->drawnMarkers())
            expected += !m.ghost && !m.nothingFound && chart->plotArea().contains(m.centre);
        QVERIFY(expected > 0 && expected < 7); // the threshold removed some
        QCOMPARE(
            s.shapesByFill.value(TimelineChart::colorFor(TimelineChart::KindClass::Event).rgb()),
            expected);
        QVERIFY(VectorCheck::squeezed(s.text).contains(
            QStringLiteral("confidence≥60%,5of10turningpoints")));

        const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY(w.exportPdfTo(pdf));
        const VectorCheck::PdfSummary p = VectorCheck::readPdf(readAll(pdf));
        QCOMPARE(p.pages, 1);
        QVERIFY(VectorCheck::squeezed(p.text).contains(
            QStringLiteral("confidence≥60%,5of10turningpoints")));

        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(!w.exportPdfTo(dir.filePath(QStringLiteral("missing/dir/chart.pdf"))));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("missing/dir")));
        const QList<QMessageBox *> boxes = w.findChildren<QMessageBox *>();
        for (QMessageBox *box : boxes)
            box->close();
    }

    // Print Chart opens Qt's print preview, which asks for the pages and gets them painted.
    void printPreviewPaints() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openBuiltInSample();
        QCoreApplication::processEvents();
        bool painted = false;
        bool seen = false;
        // The dialog is modal: look at it from inside its event loop, then close it.
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, &w, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            // The preview has asked for the pages by the time it is shown; ask once more and
            // see our painting answer.
            QPrinter printer;
            printer.setOutputFormat(QPrinter::PdfFormat);
            QTemporaryDir dir;
            printer.setOutputFileName(dir.filePath(QStringLiteral("p.pdf")));
            emit dialog->paintRequested(&printer);
            painted =
                VectorCheck::readPdf(readAll(dir.filePath(QStringLiteral("p.pdf")))).pages == 1;
            dialog->reject();
        });
        poll.start();
        w.printAction()->trigger();
        poll.stop();
        QVERIFY(seen);
        QVERIFY(painted);
    }
};

QTEST_MAIN(TestChartExportWindow)
#include "tst_chartexportwindow.moc"

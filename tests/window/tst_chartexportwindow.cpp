// The window's chart exports and printing (File → Export Chart, PNG Scale, Export Chart as SVG /
// PDF, Print Chart): available exactly when the PNG export is, writing what the chart shows
// (zoom and ghosts included), the PNG at the chosen scale, and a print preview that paints.

#include "chartexporter.h"
#include "mainwindow.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"
#include "uilanguage.h"
#include "vectorcheck.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Turnpoint;

namespace {
QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString ExportScaleKey = QStringLiteral("export/scale");

bool near(const QColor &a, const QColor &b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// `colour` painted at `opacity` over white.
QColor overWhite(const QColor &colour, double opacity) {
    const auto mix = [opacity](int c) {
        return int(std::lround(c * opacity + 255 * (1 - opacity)));
    };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

// The PNG's size for `chart` at `scale` (the chart with its caption).
QSize pngSize(TimelineChart *chart, int scale) {
    const QSizeF logical = ChartExporter::exportSize(chart);
    return {qRound(logical.width() * scale), qRound(logical.height() * scale)};
}

// The File menu holding `action`.
QMenu *menuOf(QAction *action) {
    const QList<QObject *> objects = action->associatedObjects();
    for (QObject *o : objects)
        if (auto *menu = qobject_cast<QMenu *>(o))
            return menu;
    return nullptr;
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
    // Every test starts from the default PNG scale.
    void init() { QSettings().remove(ExportScaleKey); }

    void actionsFollowThePngExport() {
        MainWindow w;
        QAction *const actions[] = {TestSupport::action(&w, "exportSvgAction"),
                                    TestSupport::action(&w, "exportPdfAction"),
                                    TestSupport::action(&w, "printAction")};
        for (QAction *a : actions) {
            QVERIFY(a);
            QVERIFY(!a->text().isEmpty());
            QCOMPARE(a->isEnabled(), TestSupport::action(&w, "exportAction")->isEnabled());
        }
        QVERIFY(!TestSupport::action(&w, "exportAction")->isEnabled()); // nothing open yet
        w.openBuiltInSample();
        QVERIFY(TestSupport::action(&w, "exportAction")->isEnabled());
        for (QAction *a : actions)
            QVERIFY(a->isEnabled());
        QCOMPARE(TestSupport::action(&w, "printAction")->shortcut(),
                 QKeySequence(QKeySequence::Print));
        // Next to the PNG export (and its scale) in the File menu.
        QMenu *fileMenu = menuOf(TestSupport::action(&w, "exportAction"));
        QVERIFY(fileMenu);
        const QList<QAction *> file = fileMenu->actions();
        const qsizetype at = file.indexOf(TestSupport::action(&w, "exportAction"));
        QVERIFY(at >= 0);
        QCOMPARE(file.value(at + 1), w.exporter()->pngScaleMenu()->menuAction());
        QCOMPARE(file.value(at + 2), TestSupport::action(&w, "exportSvgAction"));
        QCOMPARE(file.value(at + 3), TestSupport::action(&w, "exportPdfAction"));
        QCOMPARE(file.value(at + 4), TestSupport::action(&w, "printAction"));
    }

    // File → PNG Scale: 2× unless chosen otherwise; the PNG's pixel size follows the choice,
    // and the choice is remembered for the next window.
    void pngScaleIsChosenAndRemembered() {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        {
            MainWindow w;
            QVERIFY(TestSupport::showWithSample(w));
            TimelineChart *chart = w.chartView()->timelineChart();
            QVERIFY(w.exporter()->pngScaleMenu());
            QCOMPARE(w.exporter()->pngScaleMenu()->title(), QStringLiteral("P&NG Scale"));
            const QList<QAction *> scales = w.exporter()->pngScaleActions();
            QCOMPARE(scales.size(), 3);
            QCOMPARE(w.exporter()->pngScaleMenu()->actions(), scales);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(scales.at(i)->text(), QStringLiteral("&%1×").arg(i + 1));
                QVERIFY(scales.at(i)->isCheckable());
            }

            QCOMPARE(w.exporter()->pngScale(), 2);
            QVERIFY(!scales.at(0)->isChecked() && scales.at(1)->isChecked() &&
                    !scales.at(2)->isChecked());
            QVERIFY(w.exporter()->exportChartTo(png));
            QCOMPARE(QImage(png).size(), pngSize(chart, 2));

            scales.at(2)->trigger();
            QCOMPARE(w.exporter()->pngScale(), 3);
            QVERIFY(!scales.at(0)->isChecked() && !scales.at(1)->isChecked() &&
                    scales.at(2)->isChecked());
            QCOMPARE(QSettings().value(ExportScaleKey).toInt(), 3);
            QVERIFY(w.exporter()->exportChartTo(png));
            QCOMPARE(QImage(png).size(), pngSize(chart, 3));

            scales.at(0)->trigger();
            QCOMPARE(w.exporter()->pngScale(), 1);
            QVERIFY(w.exporter()->exportChartTo(png));
            QCOMPARE(QImage(png).size(), pngSize(chart, 1));
            QCOMPARE(QSettings().value(ExportScaleKey).toInt(), 1);
            scales.at(2)->trigger(); // for the next window
        }

        MainWindow next;
        next.resize(1000, 700);
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QCOMPARE(next.exporter()->pngScale(), 3);
        QVERIFY(next.exporter()->pngScaleActions().at(2)->isChecked());
        QVERIFY(!next.exporter()->pngScaleActions().at(1)->isChecked());
        next.openBuiltInSample();
        QCoreApplication::processEvents();
        QVERIFY(next.exporter()->exportChartTo(png));
        QCOMPARE(QImage(png).size(), pngSize(next.chartView()->timelineChart(), 3));

        // A value the menu does not offer (an edited settings file) is the default.
        QSettings().setValue(ExportScaleKey, 7);
        MainWindow edited;
        QCOMPARE(edited.exporter()->pngScale(), 2);
        QVERIFY(edited.exporter()->pngScaleActions().at(1)->isChecked());
    }

    // The PNG is what the chart shows now: zoomed in and with ghosts, each marker is in the
    // image where the zoomed chart draws it, shown ones solid and filtered ones faint.
    void pngFollowsZoomAndGhosts() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(TestSupport::showWithSample(w));
        w.setMinimumConfidence(60);
        QCoreApplication::processEvents();
        TimelineChart *chart = w.chartView()->timelineChart();
        const QString full = dir.filePath(QStringLiteral("full.png"));
        QVERIFY(w.exporter()->exportChartTo(full));

        chart->setVisibleRange(TimeScale::timeOf(QDate(2021, 6, 1)),
                               TimeScale::timeOf(QDate(2023, 6, 1)));
        TestSupport::action(&w, "ghostsAction")->setChecked(true);
        QVERIFY(chart->isZoomed() && chart->showGhosts());
        // Where the chart on screen draws its markers, taken before the export is made.
        const QList<TimelineChart::DrawnMarker> markers = chart->drawnMarkers();
        const QRectF plot = chart->plotArea();
        const QString zoomed = dir.filePath(QStringLiteral("zoomed.png"));
        QVERIFY(w.exporter()->exportChartTo(zoomed));
        const QImage fullImage(full);
        const QImage image(zoomed);
        QCOMPARE(image.size(), pngSize(chart, 2));
        QCOMPARE(fullImage.size(), image.size());
        QVERIFY(fullImage != image);

        // Markers drawn clear of each other: the pixel at the centre is the marker's fill.
        const auto alone = [&markers](const TimelineChart::DrawnMarker &m) {
            for (const TimelineChart::DrawnMarker &o : markers) {
                if (o.marker != m.marker &&
                    QLineF(o.centre, m.centre).length() < 1.2 * (o.radius + m.radius) + 2)
                    return false;
            }
            return true;
        };
        int solid = 0, faint = 0, fullMatches = 0;
        for (const TimelineChart::DrawnMarker &m : markers) {
            if (m.nothingFound || !plot.contains(m.centre) || !alone(m))
                continue;
            const QPoint at = (m.centre * 2).toPoint();
            const QColor fill = TimelineChart::colorFor(m.kind);
            const QColor expected =
                m.ghost ? overWhite(fill, TimelinePlotItem::GhostOpacity) : fill;
            const QColor pixel = image.pixelColor(at);
            QVERIFY2(near(pixel, expected, 10),
                     qPrintable(QStringLiteral("%1 at %2: %3, expected %4")
                                    .arg(m.marker)
                                    .arg(m.centre.x())
                                    .arg(pixel.name(), expected.name())));
            (m.ghost ? faint : solid) += 1;
            fullMatches += near(fullImage.pixelColor(at), expected, 10) ? 1 : 0;
        }
        QVERIFY2(solid >= 2 && faint >= 2,
                 qPrintable(QStringLiteral("%1 %2").arg(solid).arg(faint)));
        // The unzoomed export has other things there: the check above depends on the zoom.
        QVERIFY(fullMatches < (solid + faint) / 2);
    }

    // What the window's chart shows now (threshold included), with its caption.
    void exportsWhatTheChartShows() {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(TestSupport::showWithSample(w));
        w.setMinimumConfidence(60);
        QCoreApplication::processEvents();
        TimelineChart *chart = w.chartView()->timelineChart();

        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(w.exporter()->exportSvgTo(svg));
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
        QVERIFY(w.exporter()->exportPdfTo(pdf));
        const VectorCheck::PdfSummary p = VectorCheck::readPdf(readAll(pdf));
        QCOMPARE(p.pages, 1);
        QVERIFY(VectorCheck::squeezed(p.text).contains(
            QStringLiteral("confidence≥60%,5of10turningpoints")));

        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(!w.exporter()->exportPdfTo(dir.filePath(QStringLiteral("missing/dir/chart.pdf"))));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("missing/dir")));
        const QList<QMessageBox *> boxes = w.findChildren<QMessageBox *>();
        for (QMessageBox *box : boxes)
            box->close();
    }

    // An export made right after a change, with no turn of the event loop in between, is what
    // the chart shows once it has settled: turning ghosts on adds a legend entry, and the
    // legend used to lay it out only on a posted event, so the export had the entry's marker at
    // a stale place over another entry and no label.
    void exportRightAfterAChangeIsSettled() {
        MainWindow w;
        QVERIFY(TestSupport::showWithSample(w));
        w.setMinimumConfidence(60);
        QTest::qWait(50);
        TimelineChart *chart = w.chartView()->timelineChart();
        const QDate date(2025, 5, 2);
        TestSupport::action(&w, "ghostsAction")->setChecked(true);
        const QImage now = ChartExporter::renderChart(chart, 1.0, date);
        QTest::qWait(50);
        const QImage settled = ChartExporter::renderChart(chart, 1.0, date);
        QCOMPARE(now.size(), settled.size());
        QVERIFY(now == settled);
        // And back: the entry goes away as promptly.
        TestSupport::action(&w, "ghostsAction")->setChecked(false);
        const QImage off = ChartExporter::renderChart(chart, 1.0, date);
        QTest::qWait(50);
        QVERIFY(off == ChartExporter::renderChart(chart, 1.0, date));
        QVERIFY(off != settled);
    }

    // Print Chart opens Qt's print preview, which asks for the pages and gets them painted.
    void printPreviewPaints() {
        MainWindow w;
        QVERIFY(TestSupport::showWithSample(w));
        bool painted = false;
        // The dialog is modal: look at it from inside its event loop, then close it.
        const bool seen = TestSupport::answerModal<QPrintPreviewDialog>(
            TestSupport::action(&w, "printAction"), [&](QPrintPreviewDialog *dialog) {
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
        QVERIFY(seen);
        QVERIFY(painted);
    }
};

QTEST_MAIN(TestChartExportWindow)
#include "tst_chartexportwindow.moc"

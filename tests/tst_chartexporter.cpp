#include "chartexporter.h"
#include "confidencefiltermodel.h"
#include "reportparser.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinemodel.h"
#include "uilanguage.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Turnpoint;

class TestChartExporter : public QObject {
    Q_OBJECT

private:
    TimelineModel m_model;

    ChartExportOptions options(int threshold, QSize size = {800, 300}, qreal scale = 2.0) const {
        ChartExportOptions o;
        o.size = size;
        o.scale = scale;
        o.minimumConfidence = threshold;
        o.exportDate = QDate(2025, 5, 2); // fixed, so renders are comparable
        return o;
    }

    static int nonWhitePixels(const QImage &image) {
        int n = 0;
        const QImage img = image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < img.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
            for (int x = 0; x < img.width(); ++x)
                n += (line[x] & 0xffffff) != 0xffffff ? 1 : 0;
        }
        return n;
    }

private slots:
    void initTestCase() {
        // English, with its translation: it holds the plural forms ("1 turning point").
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
        Report r = ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
        QVERIFY(r.isUsable());
        m_model.addReport(std::move(r));
    }

    void pixelSize_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<qreal>("scale");
        QTest::newRow("default") << QSize(1600, 600) << 2.0;
        QTest::newRow("1x") << QSize(800, 300) << 1.0;
        QTest::newRow("odd") << QSize(1001, 457) << 1.5;
    }
    void pixelSize() {
        QFETCH(QSize, size);
        QFETCH(qreal, scale);
        const QImage image = ChartExporter::render(&m_model, options(0, size, scale));
        QCOMPARE(image.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
        QCOMPARE(image.devicePixelRatio(), scale);
        // Not blank: axes, markers, text.
        QVERIFY(nonWhitePixels(image) > image.width() * image.height() / 100);
    }

    void thresholdChangesImage() {
        const QImage all = ChartExporter::render(&m_model, options(0));
        const QImage some = ChartExporter::render(&m_model, options(70));
        QCOMPARE(all.size(), some.size());
        QVERIFY(all != some);
        // Same inputs, same picture.
        QCOMPARE(ChartExporter::render(&m_model, options(70)), some);
        // Ghosts bring the filtered markers back, faintly.
        ChartExportOptions ghosts = options(70);
        ghosts.ghosts = true;
        QVERIFY(ChartExporter::render(&m_model, ghosts) != some);
    }

    void captionSaysWhatIsShown() {
        ConfidenceFilterModel proxy;
        proxy.setSourceModel(&m_model);
        proxy.setMinimumConfidence(60);
        const QStringList lines = ChartExporter::captionLines(&proxy, QDate(2025, 5, 2));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("云南省工业部门碳排放关键政策与事件汇编"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("confidence ≥ 60%, 5 of 10 turning points")),
                 qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(QStringLiteral("2 May 2025")));
    }

    // The batch render and the window's chart, at the same size and threshold, are one picture.
    void batchMatchesWindow() {
        const QSize size(900, 420);
        ConfidenceFilterModel proxy;
        proxy.setSourceModel(&m_model);
        proxy.setMinimumConfidence(60);
        QItemSelectionModel selection(&proxy);
        TimelineChartView view(&proxy, &selection);
        view.setFrameShape(QFrame::NoFrame);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.resize(size.width(), size.height() - ChartExporter::captionHeight());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.timelineChart()->size().toSize(),
                     QSize(size.width(), size.height() - ChartExporter::captionHeight()));
        const QImage fromWindow =
            ChartExporter::renderChart(view.timelineChart(), 2.0, QDate(2025, 5, 2));
        const QImage fromBatch = ChartExporter::render(&m_model, options(60, size, 2.0));
        QCOMPARE(fromWindow.size(), fromBatch.size());
        QVERIFY(fromWindow == fromBatch);
    }

    void writesPng() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        const QImage image = ChartExporter::render(&m_model, options(0));
        QString error;
        QVERIFY2(ChartExporter::writePng(image, path, &error), qPrintable(error));
        QImage back;
        QVERIFY(back.load(path, "PNG"));
        QCOMPARE(back.size(), image.size());
    }

    void failedWriteKeepsOldFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        const QString target = locked + QStringLiteral("/chart.png");
        const QByteArray old("old contents, not a PNG");
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }
        const QImage image = ChartExporter::render(&m_model, options(0));
        QString error;

        if (::geteuid() != 0) {
            // A directory nobody may write to (no temporary file can be made next to the target).
            QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
            QVERIFY(!ChartExporter::writePng(image, target, &error));
            QVERIFY(error.contains(target));
            QVERIFY(QFile::setPermissions(locked,
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }

        // Root writes into any directory, so the write itself is made to fail: a file size limit
        // far below the PNG's size makes write() fail with EFBIG part way through (SIGXFSZ would
        // kill the process instead, so it is ignored meanwhile). This runs for everyone.
        {
            rlimit saved{};
            QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
            rlimit lowered = saved;
            lowered.rlim_cur = 4096;
            QByteArray encoded;
            QBuffer buffer(&encoded);
            QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
            QVERIFY(encoded.size() > 4 * qsizetype(lowered.rlim_cur)); // it really is cut short
            const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &lowered), 0);
            error.clear();
            const bool written = ChartExporter::writePng(image, target, &error);
            // Restored before any check, so a failing QVERIFY cannot leave the limit behind.
            const int restored = ::setrlimit(RLIMIT_FSIZE, &saved);
            std::signal(SIGXFSZ, previousHandler);
            QCOMPARE(restored, 0);
            QVERIFY2(!written, "a write past the file size limit was reported as written");
            QVERIFY2(error.contains(target), qPrintable(error));
        }

        // A target inside something that is not a directory fails for everyone.
        error.clear();
        QVERIFY(!ChartExporter::writePng(image, target + QStringLiteral("/x.png"), &error));
        QVERIFY(!error.isEmpty());
        // Nothing to encode.
        error.clear();
        QVERIFY(!ChartExporter::writePng(QImage(), target, &error));
        QVERIFY(!error.isEmpty());

        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), old);
        QCOMPARE(QDir(locked).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("chart.png")}); // no partial file left behind
    }
};

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"

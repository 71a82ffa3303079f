#include "chartexporter.h"
#include "chartprinter.h"
#include "filesizelimit.h"
#include "pdfunicodemaps.h"
#include "reportparser.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"
#include "vectorcheck.h"

#include <QBuffer>
#include <QFile>
#include <QGraphicsScene>
#include <QPrinter>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Turnpoint;

namespace {

// A chart over `model` as ChartExporter builds one for batch mode, kept alive for a test that
// needs to know what the chart itself holds (markers, plot area).
struct ChartFixture {
    TimelineFilterModel proxy;
    QItemSelectionModel selection{&proxy};
    QGraphicsScene scene; // after the models: destroyed first, with the chart it owns
    TimelineChart *chart = nullptr;

    ChartFixture(TimelineModel *model, const TimelineFilter &filter, QSize size = {900, 420}) {
        proxy.setSourceModel(model);
        proxy.setFilter(filter);
        chart = new TimelineChart(&proxy, &selection);
        scene.addItem(chart);
        chart->resize(QSizeF(size.width(), size.height() - ChartExporter::captionHeight()));
        QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
        chart->ensureUpToDate();
    }

    // Opaque, dated markers inside the plot area by fill colour: what the SVG must hold.
    QHash<QRgb, int> expectedMarkers() const {
        QHash<QRgb, int> counts;
        const QRectF plot = chart->plotArea();
        for (const TimelineChart::DrawnMarker &m : chart->drawnMarkers()) {
            if (!m.ghost && !m.nothingFound && plot.contains(m.centre))
                ++counts[TimelineChart::colorFor(m.kind).rgb()];
        }
        return counts;
    }
};

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QRgb kindColour(TimelineChart::KindClass kind) {
    return TimelineChart::colorFor(kind).rgb();
}

} // namespace

class TestChartExporter : public QObject {
    Q_OBJECT

private:
    TimelineModel m_model;
    TimelineModel m_guangxi; // English wording, events and policies

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
        Report g =
            ReportParser::parseFile(QStringLiteral(TURNPOINT_TEST_DATA "/guangxi-buildings-en.md"));
        QVERIFY(g.isUsable());
        m_guangxi.addReport(std::move(g));
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
        TimelineFilterModel proxy;
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
        TimelineFilterModel proxy;
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
            constexpr rlim_t Limit = 4096;
            QByteArray encoded;
            QBuffer buffer(&encoded);
            QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
            QVERIFY(encoded.size() > 4 * qsizetype(Limit)); // it really is cut short
            error.clear();
            bool written = false;
            {
                TestSupport::FileSizeLimit limit(Limit);
                QVERIFY(limit.active());
                written = ChartExporter::writePng(image, target, &error);
            }
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

    // SVG: well-formed XML, shapes and text (no embedded picture), one path per visible marker
    // in its kind's colour, and the caption as text.
    void svgHoldsMarkersAndCaption() {
        ChartFixture f(&m_model, TimelineFilter());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.svg"));
        QString error;
        QVERIFY2(ChartExporter::writeSvg(f.chart, path, QDate(2025, 5, 2), &error),
                 qPrintable(error));
        const QByteArray svg = readAll(path);
        const VectorCheck::SvgSummary summary = VectorCheck::readSvg(svg, f.chart->plotArea());
        QVERIFY2(summary.wellFormed, qPrintable(summary.error));
        QCOMPARE(summary.images, 0);
        // The sample: 7 scored events with a date, 3 "nothing found" periods (hollow).
        QCOMPARE(summary.shapesByFill.value(kindColour(TimelineChart::KindClass::Event)), 7);
        QCOMPARE(summary.shapesByFill.value(kindColour(TimelineChart::KindClass::Policy)), 0);
        QCOMPARE(summary.shapesByFill.value(kindColour(TimelineChart::KindClass::Other)), 0);
        QCOMPARE(f.expectedMarkers().value(kindColour(TimelineChart::KindClass::Event)), 7);
        // In logical pixels, the size of the chart with its caption.
        const QSizeF size = ChartExporter::exportSize(f.chart);
        QVERIFY2(svg.contains(QStringLiteral("viewBox=\"0 0 %1 %2\"")
                                  .arg(size.width())
                                  .arg(size.height())
                                  .toUtf8()),
                 svg.left(400).constData());
        const QStringList caption = ChartExporter::captionLines(&f.proxy, QDate(2025, 5, 2));
        const QString text = VectorCheck::squeezed(summary.text);
        for (const QString &line : caption)
            QVERIFY2(text.contains(VectorCheck::squeezed(line)), qPrintable(line));
        // Chart text is text too: the axis title and a marker label.
        QVERIFY(text.contains(QStringLiteral("Confidence")));
        QVERIFY(text.contains(QStringLiteral("云南省电解铝产能调控方案")));
    }

    void svgCountsEveryKind() {
        ChartFixture f(&m_guangxi, TimelineFilter());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("guangxi.svg"));
        QString error;
        QVERIFY2(ChartExporter::writeSvg(f.chart, path, QDate(2025, 5, 2), &error),
                 qPrintable(error));
        const VectorCheck::SvgSummary summary =
            VectorCheck::readSvg(readAll(path), f.chart->plotArea());
        QVERIFY2(summary.wellFormed, qPrintable(summary.error));
        const QHash<QRgb, int> expected = f.expectedMarkers();
        // Two policies and an event; the other event is a "nothing found" period.
        QCOMPARE(expected.value(kindColour(TimelineChart::KindClass::Policy)), 2);
        QCOMPARE(expected.value(kindColour(TimelineChart::KindClass::Event)), 1);
        for (const auto kind : {TimelineChart::KindClass::Event, TimelineChart::KindClass::Policy,
                                TimelineChart::KindClass::Other})
            QCOMPARE(summary.shapesByFill.value(kindColour(kind)),
                     expected.value(kindColour(kind)));
    }

    // Ghosts stay faint in the SVG (not counted as opaque markers) and a threshold removes
    // markers; the caption says both.
    void svgFollowsThresholdAndGhosts() {
        TimelineFilter filter;
        filter.setMinimumConfidence(60);
        ChartFixture f(&m_model, filter);
        f.chart->setShowGhosts(true);
        f.chart->ensureUpToDate();
        QVERIFY(f.chart->ghostMarkerCount() > 0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ghosts.svg"));
        QVERIFY(ChartExporter::writeSvg(f.chart, path, QDate(2025, 5, 2), nullptr));
        const VectorCheck::SvgSummary summary =
            VectorCheck::readSvg(readAll(path), f.chart->plotArea());
        QVERIFY2(summary.wellFormed, qPrintable(summary.error));
        const int events = summary.shapesByFill.value(kindColour(TimelineChart::KindClass::Event));
        QCOMPARE(events, f.expectedMarkers().value(kindColour(TimelineChart::KindClass::Event)));
        QVERIFY(events > 0 && events < 7);
        QVERIFY(VectorCheck::squeezed(summary.text)
                    .contains(QStringLiteral("confidence≥60%,5of10turningpoints")));
    }

    // A zoomed chart clips its markers to the plot area; the SVG must too, although
    // QSvgGenerator (Qt 6.4) ignores clipping: a marker just left of the visible range would
    // otherwise be drawn over the confidence axis.
    void svgClipsZoomedChart() {
        ChartFixture f(&m_model, TimelineFilter());
        // The store is in time order: marker 0 is the earliest.
        const MarkerStore::Marker first = f.chart->store().at(0);
        QVERIFY(!first.has(MarkerStore::NothingFound));
        const QRectF plot = f.chart->plotArea();
        const double span = 400; // days
        const double pixelsPerDay = plot.width() / span;
        // The first marker's centre 20 px left of the plot, inside the axis labels' margin.
        const double start = first.time() + 20 / pixelsPerDay;
        f.chart->setVisibleRange(start, start + span);
        f.chart->ensureUpToDate();
        QVERIFY(f.chart->markerCentre(0).x() < plot.left() - 15);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zoomed.svg"));
        QVERIFY(ChartExporter::writeSvg(f.chart, path, QDate(2025, 5, 2), nullptr));
        const QByteArray svg = readAll(path);
        const QRgb event = kindColour(TimelineChart::KindClass::Event);
        const QRectF leftMargin(0, plot.top(), plot.left(), plot.height());
        const QRectF rightMargin(plot.right(), plot.top(), 1e4, plot.height());
        const VectorCheck::SvgSummary left = VectorCheck::readSvg(svg, leftMargin);
        QVERIFY2(left.wellFormed, qPrintable(left.error));
        QCOMPARE(left.shapesByFill.value(event), 0);
        QCOMPARE(VectorCheck::readSvg(svg, rightMargin).shapesByFill.value(event), 0);
        // What is inside is all there, and the axis labels in the margin are still text.
        QCOMPARE(VectorCheck::readSvg(svg, plot).shapesByFill.value(event),
                 f.expectedMarkers().value(event));
        QVERIFY(VectorCheck::squeezed(left.text).contains(QStringLiteral("60%")));
    }

    // Kind and search filters narrow the chart, and the caption names them.
    void filtersNarrowVectorChart() {
        TimelineFilter filter;
        filter.setKinds(TimelineFilter::PolicyKind);
        filter.setSearchText(QStringLiteral("energy"));
        filter.setSearchMode(TimelineFilter::SearchMode::OnlyMatches);
        ChartFixture f(&m_guangxi, filter);
        const QStringList caption = ChartExporter::captionLines(&f.proxy, QDate(2025, 5, 2));
        QVERIFY2(caption.at(1).startsWith(
                     QStringLiteral("confidence ≥ 0%, 1 of 4 turning points  ·  kind: 政策; ")),
                 qPrintable(caption.at(1)));
        QVERIFY2(caption.at(1).contains(QStringLiteral("“energy”")), qPrintable(caption.at(1)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.svg"));
        QVERIFY(ChartExporter::writeSvg(f.chart, path, QDate(2025, 5, 2), nullptr));
        const VectorCheck::SvgSummary summary =
            VectorCheck::readSvg(readAll(path), f.chart->plotArea());
        QCOMPARE(summary.shapesByFill.value(kindColour(TimelineChart::KindClass::Policy)), 1);
        QCOMPARE(summary.shapesByFill.value(kindColour(TimelineChart::KindClass::Event)), 0);
        QVERIFY(VectorCheck::squeezed(summary.text).contains(VectorCheck::squeezed(caption.at(1))));
    }

    // Report text full of markup is text in the SVG: the XML stays well-formed and nothing in
    // it becomes an element (an <img> in a label is not an image).
    void svgEscapesReportText() {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("markup.md"));
        {
            QFile in(QStringLiteral(TURNPOINT_TEST_DATA "/malformed/markup-in-values.md"));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray text = in.readAll();
            text.replace("测试报告", "A & B <svg onload=\"x\"> ]]> &amp;");
            QFile out(report);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        TimelineModel model;
        Report r = ReportParser::parseFile(report);
        QVERIFY(r.isUsable());
        model.addReport(std::move(r));
        ChartFixture f(&model, TimelineFilter());
        for (const QString &name : {QStringLiteral("m.svg"), QStringLiteral("m.pdf")}) {
            const QString path = dir.filePath(name);
            QString error;
            const bool ok = name.endsWith(QLatin1String(".svg"))
                                ? ChartExporter::writeSvg(f.chart, path, QDate(2025, 5, 2), &error)
                                : ChartExporter::writePdf(f.chart, path, QDate(2025, 5, 2), &error);
            QVERIFY2(ok, qPrintable(error));
        }
        const VectorCheck::SvgSummary svg = VectorCheck::readSvg(
            readAll(dir.filePath(QStringLiteral("m.svg"))), f.chart->plotArea());
        QVERIFY2(svg.wellFormed, qPrintable(svg.error));
        QCOMPARE(svg.images, 0);
        const QString text = VectorCheck::squeezed(svg.text);
        QVERIFY2(text.contains(QStringLiteral("A&B<svgonload=\"x\">]]>&amp;")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<b>x</b>")), qPrintable(text));
        QCOMPARE(svg.title, QStringLiteral("A & B <svg onload=\"x\"> ]]> &amp;"));
        const VectorCheck::PdfSummary pdf =
            VectorCheck::readPdf(readAll(dir.filePath(QStringLiteral("m.pdf"))));
        QCOMPARE(pdf.pages, 1);
        QVERIFY(VectorCheck::squeezed(pdf.text).contains(QStringLiteral("A&B<svgonload=\"x\">")));
    }

    // PDF: one page exactly the chart's size (1 logical pixel = 0.75 pt), text drawn as text
    // with embedded fonts (Chinese included), no picture.
    void pdfIsOnePageOfText() {
        ChartFixture f(&m_model, TimelineFilter());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.pdf"));
        QString error;
        QVERIFY2(ChartExporter::writePdf(f.chart, path, QDate(2025, 5, 2), &error),
                 qPrintable(error));
        const VectorCheck::PdfSummary pdf = VectorCheck::readPdf(readAll(path));
        QVERIFY(pdf.isPdf);
        QCOMPARE(pdf.pages, 1);
        QCOMPARE(pdf.images, 0);
        QVERIFY(pdf.embeddedFonts >= 1);
        QVERIFY(pdf.textOperators > 0);
        const QSizeF points =
            ChartExporter::exportSize(f.chart) * 72.0 / ChartExporter::layoutDpi();
        QVERIFY2(std::abs(pdf.pageSize.width() - points.width()) <= 1 &&
                     std::abs(pdf.pageSize.height() - points.height()) <= 1,
                 qPrintable(
                     QStringLiteral("%1x%2").arg(pdf.pageSize.width()).arg(pdf.pageSize.height())));
        const QString text = VectorCheck::squeezed(pdf.text);
        for (const QString &line : ChartExporter::captionLines(&f.proxy, QDate(2025, 5, 2)))
            QVERIFY2(text.contains(VectorCheck::squeezed(line)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("云南省电解铝产能调控方案")));
        // The Chinese title is in the text as written: 工 (U+5DE5), not the radical ⼯ (U+2F2F)
        // Qt's ToUnicode map names for the same glyph (PdfUnicodeMaps), so it can be searched.
        QVERIFY2(pdf.text.contains(QStringLiteral("云南省工业部门碳排放关键政策与事件汇编")),
                 qPrintable(pdf.text));
        QVERIFY(!pdf.text.contains(QChar(0x2F2F)));
    }

    // Radicals in ToUnicode maps become the ideographs; glyph codes, other text, compressed
    // streams and the file's length stay as they are.
    void pdfUnicodeMapsPreferIdeographs() {
        const QByteArray map = "/CIDInit /ProcSet findresource begin\n"
                               "2 beginbfrange\n"
                               "<0000> <0000> <0000>\n"
                               "<2F2F> <2F31> [<2F2F> <4E1A> <2F45> ]\n"
                               "endbfrange\n"
                               "1 beginbfchar\n"
                               "<2F00> <2F47>\n"
                               "endbfchar\n";
        QByteArray pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Font /ToUnicode 2 0 R >>\nendobj\n"
                         "2 0 obj\n<< /Length " +
                         QByteArray::number(map.size()) + " >>\nstream\n" + map +
                         "endstream\nendobj\n"
                         "3 0 obj\n<< /ToUnicode 4 0 R >>\nendobj\n"
                         "4 0 obj\n<< /Length 20 /Filter /FlateDecode >>\nstream\n"
                         "[<2F2F> <2F2F> ]    \nendstream\nendobj\n"
                         "5 0 obj\n(<2F2F>)\nendobj\n";
        const qsizetype size = pdf.size();
        QCOMPARE(PdfUnicodeMaps::preferUnifiedIdeographs(&pdf), 3);
        QCOMPARE(pdf.size(), size);
        // Destinations: 工 方 日; the source codes <2F2F> <2F31> and <2F00> are glyph numbers.
        QVERIFY(pdf.contains("<2F2F> <2F31> [<5DE5> <4E1A> <65B9> ]"));
        QVERIFY(pdf.contains("<2F00> <65E5>"));
        QVERIFY(pdf.contains("[<2F2F> <2F2F> ]")); // a filtered stream is not touched
        QVERIFY(pdf.contains("(<2F2F>)"));         // nor anything outside the maps
        QByteArray none = "%PDF-1.4\n/ToUnicode 9 0 R\n";
        QCOMPARE(PdfUnicodeMaps::preferUnifiedIdeographs(&none), 0);
        QByteArray empty;
        QCOMPARE(PdfUnicodeMaps::preferUnifiedIdeographs(&empty), 0);
    }

    // The batch path writes each format from the model, filters applied.
    void writeFromModel() {
        QTemporaryDir dir;
        ChartExportOptions o = options(0);
        o.filter.setSearchText(QStringLiteral("CCUS"));
        o.filter.setSearchMode(TimelineFilter::SearchMode::OnlyMatches);
        const struct {
            ChartExporter::Format format;
            QByteArray magic;
        } formats[] = {{ChartExporter::Format::Png, QByteArray("\x89PNG")},
                       {ChartExporter::Format::Svg, QByteArray("<?xml")},
                       {ChartExporter::Format::Pdf, QByteArray("%PDF-")}};
        for (const auto &[format, magic] : formats) {
            const QString path = dir.filePath(QStringLiteral("out-%1").arg(int(format)));
            QString error;
            QVERIFY2(ChartExporter::write(&m_model, o, format, path, &error), qPrintable(error));
            QVERIFY(readAll(path).startsWith(magic));
        }
        const VectorCheck::SvgSummary svg = VectorCheck::readSvg(
            readAll(dir.filePath(QStringLiteral("out-%1").arg(int(ChartExporter::Format::Svg)))),
            QRectF(0, 0, 800, 300));
        QVERIFY(VectorCheck::squeezed(svg.text).contains(QStringLiteral("1of10turningpoints")));
        const QImage png(
            dir.filePath(QStringLiteral("out-%1").arg(int(ChartExporter::Format::Png))));
        QCOMPARE(png.size(), QSize(1600, 600));
    }

    // Print: the same painting on one page of the printer, fitted (here a PDF printer, A4
    // landscape as the dialog proposes).
    void printFitsOnePage() {
        ChartFixture f(&m_model, TimelineFilter());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        ChartPrinter::setUp(&printer);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QVERIFY(ChartPrinter::print(f.chart, &printer, QDate(2025, 5, 2)));
        const VectorCheck::PdfSummary pdf = VectorCheck::readPdf(readAll(path));
        QCOMPARE(pdf.pages, 1);
        QCOMPARE(pdf.images, 0);
        QCOMPARE(pdf.pageSize.toSize(), QSize(842, 595)); // A4 landscape, in points
        const QString text = VectorCheck::squeezed(pdf.text);
        for (const QString &line : ChartExporter::captionLines(&f.proxy, QDate(2025, 5, 2)))
            QVERIFY2(text.contains(VectorCheck::squeezed(line)), qPrintable(text));
    }

    // A vector export that cannot be written completely leaves the old file as it was.
    void failedVectorWriteKeepsOldFile() {
        ChartFixture f(&m_model, TimelineFilter());
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("chart"));
        const QByteArray old("old contents");
        {
            QFile out(target);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(old);
        }
        for (const bool svg : {true, false}) {
            QString error;
            bool written = false;
            {
                TestSupport::FileSizeLimit limit(4096); // both documents are far larger
                QVERIFY(limit.active());
                written = svg ? ChartExporter::writeSvg(f.chart, target, QDate(2025, 5, 2), &error)
                              : ChartExporter::writePdf(f.chart, target, QDate(2025, 5, 2), &error);
            }
            QVERIFY2(!written, svg ? "svg" : "pdf");
            QVERIFY2(error.contains(target), qPrintable(error));
        }
        QString error;
        QVERIFY(!ChartExporter::writeSvg(f.chart, target + QStringLiteral("/x.svg"),
                                         QDate(2025, 5, 2), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(target), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("chart")}); // no partial file left behind
    }
};

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"

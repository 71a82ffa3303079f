#include "chartexporter.h"
#include "atomicfile.h"

#include "clippingpaintdevice.h"
#include "datetext.h"
#include "displaytext.h"
#include "filterbar.h"
#include "pdfunicodemaps.h"
#include "timelinechart.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QSvgGenerator>

#include <cmath>

namespace Turnpoint {

namespace {
constexpr int CaptionPadding = 8;

QFont captionFont() {
    return QGuiApplication::font();
}
} // namespace

int ChartExporter::captionHeight() {
    const QFontMetricsF fm(captionFont());
    return int(std::ceil(2 * fm.lineSpacing())) + 2 * CaptionPadding;
}

QString ChartExporter::reportsLine(const QStringList &titles) {
    if (titles.size() <= 1)
        return titles.value(0);
    if (titles.size() > MaxCaptionTitles)
        //: Caption under an exported chart showing many reports (always more than four)
        return tr("%1 reports").arg(titles.size());
    //: Caption under an exported chart: how many reports (at least two), then their titles
    return tr("%1 reports: %2").arg(titles.size()).arg(titles.join(QStringLiteral(" · ")));
}

namespace {

// A report as the caption names it: its title (the file name when untitled), and the earlier
// version it is compared with.
QString captionTitle(const TimelineModel &model, int row) {
    const Report &report = model.report(row);
    const QString title =
        report.title.isEmpty() ? DisplayText::fileName(report.file) : report.title;
    const Report *baseline = model.baseline(row);
    if (!baseline)
        return title;
    //: Caption under an exported chart: a report compared with an earlier version
    //: (File → Compare With…, --compare); %1 is its title, %2 the earlier file's name
    return ChartExporter::tr("%1 (compared with %2)")
        .arg(title, DisplayText::fileName(baseline->file));
}

} // namespace

QStringList ChartExporter::captionLines(TimelineChart *chart, const QDate &exportDate) {
    chart->ensureUpToDate();
    const TimelineFilterModel *proxy = chart->proxy();
    const auto *model = qobject_cast<const TimelineModel *>(proxy->sourceModel());
    if (chart->mode() != TimelineChart::Mode::Lanes || !model)
        return captionLines(proxy, exportDate);
    // Lanes mode: the caption speaks of the visible lanes only, titles and counts alike, so an
    // export with lanes hidden does not claim turning points it does not show.
    QSet<int> shownReports;
    for (const LaneLayout::Lane &lane : chart->laneLayout().lanes())
        shownReports.insert(lane.report);
    int shown = 0, total = 0;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (shownReports.contains(proxy->mapToSource(index).row()))
            shown += proxy->rowCount(index);
    }
    for (int row = 0; row < model->reportCount(); ++row)
        if (shownReports.contains(row))
            total += int(model->report(row).turningPoints.size());
    QStringList titles;
    for (const int row : chart->shownReports())
        if (row >= 0 && row < model->reportCount())
            titles.append(captionTitle(*model, row));
    return captionLines(proxy, titles, shown, total, exportDate);
}

QStringList ChartExporter::captionLines(const TimelineFilterModel *proxy, const QDate &exportDate) {
    QStringList titles;
    const auto *model = qobject_cast<const TimelineModel *>(proxy->sourceModel());
    if (model) {
        for (int row = 0; row < model->reportCount(); ++row)
            titles.append(captionTitle(*model, row));
    }
    return captionLines(proxy, titles, FilterBar::visibleTurningPoints(proxy),
                        model ? model->turningPointCount() : 0, exportDate);
}

QStringList ChartExporter::captionLines(const TimelineFilterModel *proxy, const QStringList &titles,
                                        int shown, int total, const QDate &exportDate) {
    //: Caption under an exported chart: the threshold, then shown out of all (%n) turning
    //: points, e.g. "confidence ≥ 60%, 5 of 10 turning points"
    const QString filter = tr("confidence ≥ %1%, %2 of %n turning point(s)", nullptr, total)
                               .arg(proxy->minimumConfidence())
                               .arg(shown);
    //: Caption under an exported chart: the date of the export
    const QString date = tr("exported %1").arg(DateText::day(exportDate, QLocale()));
    // Kinds, search and the other filters, as the status bar names them: a chart narrowed by a
    // search must say so, or it reads as the whole report.
    QStringList parts{filter};
    const QString narrowed = proxy->filterDescription();
    if (!narrowed.isEmpty())
        parts.append(narrowed);
    parts.append(date);
    return {reportsLine(titles), parts.join(QStringLiteral("  ·  "))};
}

int ChartExporter::layoutDpi() {
    // QFontMetrics(font) without a device, as Qt Charts and the chart's own text items use it,
    // measures at the default DPI, which is also what a new QImage reports; the PNG export has
    // always matched it that way.
    return QImage(1, 1, QImage::Format_ARGB32_Premultiplied).logicalDpiY();
}

QSizeF ChartExporter::exportSize(TimelineChart *chart) {
    const QSizeF chartSize = chart->size();
    return {chartSize.width(), chartSize.height() + captionHeight()};
}

void ChartExporter::paint(QPainter *painter, TimelineChart *chart, const QDate &exportDate) {
    chart->ensureUpToDate();
    const QSizeF chartSize = chart->size();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    // The chart's normal paint path, whatever items it is made of, so every format follows it.
    const QRectF target(QPointF(0, 0), chartSize);
    chart->scene()->render(painter, target, chart->mapRectToScene(QRectF(QPointF(0, 0), chartSize)),
                           Qt::IgnoreAspectRatio);

    // Caption: drawn as plain text (QPainter::drawText never interprets markup).
    const QStringList lines = captionLines(chart, exportDate);
    const QFont font = captionFont();
    const QFontMetricsF fm(font);
    painter->setFont(font);
    painter->setPen(QColor(0x44, 0x44, 0x44));
    const double width = chartSize.width() - 2 * CaptionPadding;
    double y = chartSize.height() + CaptionPadding;
    for (const QString &line : lines) {
        painter->drawText(QRectF(CaptionPadding, y, width, fm.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          fm.elidedText(line, Qt::ElideRight, width));
        y += fm.lineSpacing();
    }
    painter->restore();
}

QImage ChartExporter::renderChart(TimelineChart *chart, qreal scale, const QDate &exportDate) {
    chart->ensureUpToDate();
    const QSizeF size = exportSize(chart);
    const QSize pixels(qRound(size.width() * scale), qRound(size.height() * scale));
    // Opaque (the chart is drawn on white): without an alpha channel the PNG encoder has a
    // quarter fewer bytes to filter and compress, which is most of an export's time.
    QImage image(pixels, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);

    QPainter painter(&image);
    paint(&painter, chart, exportDate);
    painter.end();
    return image;
}

void ChartExporter::withChart(TimelineModel *model, const ChartExportOptions &options,
                              const std::function<void(TimelineChart *)> &use) {
    TimelineFilterModel proxy;
    proxy.setSourceModel(model);
    TimelineFilter filter = options.filter;
    filter.setMinimumConfidence(options.minimumConfidence);
    proxy.setFilter(filter);
    QItemSelectionModel selection(&proxy);
    // Declared after the models it uses, so it (and the chart it owns) goes first.
    QGraphicsScene scene;
    auto *chart = new TimelineChart(&proxy, &selection);
    scene.addItem(chart); // the scene owns the chart from here on
    chart->setShowGhosts(options.ghosts);
    const QSizeF size(options.size.width(), std::max(options.size.height() - captionHeight(), 50));
    chart->resize(size);
    // Qt Charts lays out on a posted LayoutRequest; do it now, there is no event loop here.
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    use(chart);
}

QImage ChartExporter::render(TimelineModel *model, const ChartExportOptions &options) {
    QImage image;
    withChart(model, options, [&](TimelineChart *chart) {
        image = renderChart(chart, options.scale, options.exportDate);
    });
    return image;
}

bool ChartExporter::write(TimelineModel *model, const ChartExportOptions &options, Format format,
                          const QString &fileName, QString *errorMessage) {
    bool ok = false;
    withChart(model, options, [&](TimelineChart *chart) {
        switch (format) {
        case Format::Png:
            ok = writePng(renderChart(chart, options.scale, options.exportDate), fileName,
                          errorMessage);
            break;
        case Format::Svg:
            ok = writeSvg(chart, fileName, options.exportDate, errorMessage);
            break;
        case Format::Pdf:
            ok = writePdf(chart, fileName, options.exportDate, errorMessage);
            break;
        }
    });
    return ok;
}

namespace {

bool failWith(const QString &fileName, const QString &reason, QString *errorMessage) {
    if (errorMessage)
        //: Export error: the file name and why it could not be written
        *errorMessage = ChartExporter::tr("Could not write %1: %2").arg(fileName, reason);
    return false;
}

// Every format is encoded in memory first and written in one piece by AtomicFile, which leaves
// an existing file untouched when the write fails (a generator writing small pieces through
// QTextStream got a truncated SVG committed when the disk was full).
bool saveBytes(const QByteArray &bytes, const QString &fileName, QString *errorMessage) {
    const QString reason = AtomicFile::write(fileName, bytes);
    if (reason.isEmpty())
        return true;
    return failWith(fileName, reason, errorMessage);
}

} // namespace

bool ChartExporter::writeSvg(TimelineChart *chart, const QString &fileName, const QDate &exportDate,
                             QString *errorMessage) {
    chart->ensureUpToDate();
    const QSizeF size = exportSize(chart);
    QByteArray svg;
    {
        QBuffer buffer(&svg);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        // Logical pixels are SVG user units, and text is measured as the chart measured it.
        generator.setResolution(layoutDpi());
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        // The report title is untrusted text, and QSvgGenerator (6.4) writes the title into the
        // XML as it is: "<" or "&" in a title would break the document or add elements to it.
        // Text drawn with the painter is escaped by the generator itself.
        generator.setTitle(captionLines(chart, exportDate).value(0).toHtmlEscaped());
        // QSvgGenerator (Qt 6.4) ignores clipping; the chart clips markers to its plot area.
        ClippingPaintDevice clipped(&generator);
        QPainter painter;
        if (!painter.begin(&clipped))
            //: Export error: the SVG or PDF document could not be started
            return failWith(fileName, tr("the document could not be drawn"), errorMessage);
        painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        paint(&painter, chart, exportDate);
        painter.end();
    }
    return saveBytes(svg, fileName, errorMessage);
}

bool ChartExporter::writePdf(TimelineChart *chart, const QString &fileName, const QDate &exportDate,
                             QString *errorMessage) {
    chart->ensureUpToDate();
    const QSizeF size = exportSize(chart);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        // One page exactly the size of the chart with its caption, no margins: the PDF is a
        // figure to place in a document or slide, like the PNG, only sharp at any zoom. Paper
        // goes through File → Print Chart, which fits the chart to the printer's page.
        // The writer's resolution is the layout's, so painter units are the chart's logical
        // pixels and text keeps its size relative to the shapes.
        const int dpi = layoutDpi();
        writer.setResolution(dpi);
        writer.setPageLayout(QPageLayout(
            QPageSize(size * 72.0 / dpi, QPageSize::Point, QString(), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(captionLines(chart, exportDate).value(0));
        writer.setCreator(QStringLiteral("Turnpoint"));
        QPainter painter;
        if (!painter.begin(&writer))
            return failWith(fileName, tr("the document could not be drawn"), errorMessage);
        paint(&painter, chart, exportDate);
        painter.end();
    }
    // Chinese text must be found and copied as written, not as look-alike radicals.
    PdfUnicodeMaps::preferUnifiedIdeographs(&pdf);
    return saveBytes(pdf, fileName, errorMessage);
}

bool ChartExporter::writePng(const QImage &image, const QString &fileName, QString *errorMessage) {
    if (image.isNull())
        //: Export error
        return failWith(fileName, tr("there is no image to write"), errorMessage);
    // Encode in memory first, then write. Qt's PNG writer, when libpng reports a write error,
    // longjmps past its own cleanup and leaks its working copy of the image; encoding into a
    // buffer cannot fail that way, and the file's own error (disk full, file too large) then
    // comes from AtomicFile in words the user can act on.
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            //: Export error
            return failWith(fileName, tr("the PNG could not be encoded"), errorMessage);
    }
    return saveBytes(png, fileName, errorMessage);
}

} // namespace Turnpoint

#pragma once

#include "timelinefilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

namespace Turnpoint {

class TimelineFilterModel;
class TimelineChart;
class TimelineModel;

struct ChartExportOptions {
    QSize size{1600, 600}; // logical pixels, caption included
    qreal scale = 2.0;     // device pixel ratio of the image (PNG only; SVG and PDF are vectors)
    int minimumConfidence = 0;
    // Kinds, search and the other filters (--kind, --search); its own confidence threshold is
    // replaced by minimumConfidence above. The default filters nothing.
    TimelineFilter filter;
    bool ghosts = false;
    QDate exportDate = QDate::currentDate();
};

// Export of the timeline chart as PNG, SVG or PDF, for the window (File → Export Chart…) and for
// batch mode (--export-png, --export-svg, --export-pdf). Every format, and printing
// (ChartPrinter), paints through paint(): the chart's own scene rendered by QGraphicsScene, then
// the caption, so a batch export is what the window shows at the same size, and the vector
// formats hold the same shapes and text as the PNG, not a picture of them.
class ChartExporter {
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format { Png, Svg, Pdf };

    // Renders the chart for `model` as the window would show it at `options.size` (logical px),
    // image is size*scale physical px, caption included.
    static QImage render(TimelineModel *model, const ChartExportOptions &options);
    // Builds the chart for `model` as render() does and writes it in `format` to `fileName`
    // (QSaveFile). On failure returns false and sets *errorMessage (translated).
    static bool write(TimelineModel *model, const ChartExportOptions &options, Format format,
                      const QString &fileName, QString *errorMessage);
    // Writes with QSaveFile; on failure returns false, sets *errorMessage (translated), existing
    // file untouched.
    static bool writePng(const QImage &image, const QString &fileName, QString *errorMessage);
    // `chart` at its current size and zoom, with its caption, as an SVG document (text as text,
    // markers as paths) or a one-page PDF whose page is exactly the chart with its caption
    // (fonts embedded). Written through QSaveFile like writePng().
    static bool writeSvg(TimelineChart *chart, const QString &fileName, const QDate &exportDate,
                         QString *errorMessage);
    static bool writePdf(TimelineChart *chart, const QString &fileName, const QDate &exportDate,
                         QString *errorMessage);

    // Renders `chart` at its current size and zoom, with `scale` physical pixels per logical
    // pixel, and the caption for `proxy` under it. The window's export calls this directly.
    static QImage renderChart(TimelineChart *chart, qreal scale, const QDate &exportDate);
    // Paints `chart` and its caption with `painter` into the rectangle (0, 0, exportSize(chart))
    // in the painter's current coordinates. The painter's device must measure fonts at
    // layoutDpi(): the chart's text was laid out at that resolution.
    static void paint(QPainter *painter, TimelineChart *chart, const QDate &exportDate);
    // The chart's size with the caption under it, in logical pixels.
    static QSizeF exportSize(TimelineChart *chart);
    // The resolution the scene's text is measured at (QFontMetrics without a device, the same
    // as a QImage's): vector devices are set to it so text keeps its size relative to the shapes.
    static int layoutDpi();

    // The two caption lines: report title(s); "confidence ≥ N%, K of M turning points", the
    // active filters (kind, search, ...) when there are any, and the export date.
    static QStringList captionLines(const TimelineFilterModel *proxy, const QDate &exportDate);
    // The same for what `chart` shows: in lanes mode the first line names the visible lanes only.
    static QStringList captionLines(TimelineChart *chart, const QDate &exportDate);
    // The reports line: one title as it is; up to MaxCaptionTitles as "3 reports: A · B · C";
    // more as "1000 reports" (a line of a thousand titles helps no one, elided or not).
    static QString reportsLine(const QStringList &titles);
    static constexpr int MaxCaptionTitles = 4;
    // Height in logical pixels the caption takes under the chart.
    static int captionHeight();

private:
    // The caption lines for `titles` and "`shown` of `total` turning points".
    static QStringList captionLines(const TimelineFilterModel *proxy, const QStringList &titles,
                                    int shown, int total, const QDate &exportDate);
    // Builds a chart for `model` filtered and sized as `options` say and hands it to `use`.
    static void withChart(TimelineModel *model, const ChartExportOptions &options,
                          const std::function<void(TimelineChart *)> &use);
};

} // namespace Turnpoint

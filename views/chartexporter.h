#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QSize>
#include <QString>

namespace Turnpoint {

class ConfidenceFilterModel;
class TimelineChart;
class TimelineModel;

struct ChartExportOptions {
    QSize size{1600, 600}; // logical pixels, caption included
    qreal scale = 2.0;     // device pixel ratio of the image
    int minimumConfidence = 0;
    bool ghosts = false;
    QDate exportDate = QDate::currentDate();
};

// PNG export of the timeline chart, for the window (File → Export Chart…) and for batch mode
// (--export-png). Both draw through TimelineChart and renderChart(), so the batch PNG is what
// the window shows at the same size.
class ChartExporter {
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    // Renders the chart for `model` as the window would show it at `options.size` (logical px),
    // image is size*scale physical px, caption included.
    static QImage render(TimelineModel *model, const ChartExportOptions &options);
    // Writes with QSaveFile; on failure returns false, sets *errorMessage (translated), existing
    // file untouched.
    static bool writePng(const QImage &image, const QString &fileName, QString *errorMessage);

    // Renders `chart` at its current size and zoom, with `scale` physical pixels per logical
    // pixel, and the caption for `proxy` under it. The window's export calls this directly.
    static QImage renderChart(TimelineChart *chart, qreal scale, const QDate &exportDate);
    // The two caption lines: report title(s); "confidence ≥ N%, K of M turning points" and the
    // export date.
    static QStringList captionLines(const ConfidenceFilterModel *proxy, const QDate &exportDate);
    // Height in logical pixels the caption takes under the chart.
    static int captionHeight();
};

} // namespace Turnpoint

#include "chartexporter.h"

#include "confidencefiltermodel.h"
#include "datetext.h"
#include "displaytext.h"
#include "filterbar.h"
#include "timelinechart.h"
#include "timelinemodel.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QPainter>
#include <QSaveFile>

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

QStringList ChartExporter::captionLines(const ConfidenceFilterModel *proxy,
                                        const QDate &exportDate) {
    QStringList titles;
    if (const auto *model = qobject_cast<const TimelineModel *>(proxy->sourceModel())) {
        for (int row = 0; row < model->reportCount(); ++row) {
            const Report &report = model->report(row);
            titles.append(report.title.isEmpty() ? DisplayText::fileName(report.file)
                                                 : report.title);
        }
    }
    const int total = [proxy] {
        const auto *model = qobject_cast<const TimelineModel *>(proxy->sourceModel());
        return model ? model->turningPointCount() : 0;
    }();
    //: Caption under an exported chart: the threshold, then shown out of all (%n) turning
    //: points, e.g. "confidence ≥ 60%, 5 of 10 turning points"
    const QString filter = tr("confidence ≥ %1%, %2 of %n turning point(s)", nullptr, total)
                               .arg(proxy->minimumConfidence())
                               .arg(FilterBar::visibleTurningPoints(proxy));
    //: Caption under an exported chart: the date of the export
    const QString date = tr("exported %1").arg(DateText::day(exportDate, QLocale()));
    return {titles.join(QStringLiteral(" · ")), filter + QStringLiteral("  ·  ") + date};
}

QImage ChartExporter::renderChart(TimelineChart *chart, qreal scale, const QDate &exportDate) {
    chart->ensureUpToDate();
    const QSizeF chartSize = chart->size();
    const int captionH = captionHeight();
    const QSize pixels(qRound(chartSize.width() * scale),
                       qRound((chartSize.height() + captionH) * scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF target(QPointF(0, 0), chartSize);
    chart->scene()->render(&painter, target,
                           chart->mapRectToScene(QRectF(QPointF(0, 0), chartSize)),
                           Qt::IgnoreAspectRatio);

    // Caption: drawn as plain text (QPainter::drawText never interprets markup).
    const QStringList lines = captionLines(chart->proxy(), exportDate);
    const QFont font = captionFont();
    const QFontMetricsF fm(font);
    painter.setFont(font);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const double width = chartSize.width() - 2 * CaptionPadding;
    double y = chartSize.height() + CaptionPadding;
    for (const QString &line : lines) {
        painter.drawText(QRectF(CaptionPadding, y, width, fm.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         fm.elidedText(line, Qt::ElideRight, width));
        y += fm.lineSpacing();
    }
    painter.end();
    return image;
}

QImage ChartExporter::render(TimelineModel *model, const ChartExportOptions &options) {
    ConfidenceFilterModel proxy;
    proxy.setSourceModel(model);
    proxy.setMinimumConfidence(options.minimumConfidence);
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
    return renderChart(chart, options.scale, options.exportDate);
}

bool ChartExporter::writePng(const QImage &image, const QString &fileName, QString *errorMessage) {
    auto fail = [&](const QString &reason) {
        if (errorMessage)
            //: Export error: the file name and why it could not be written
            *errorMessage = tr("Could not write %1: %2").arg(fileName, reason);
        return false;
    };
    if (image.isNull())
        //: Export error
        return fail(tr("there is no image to write"));
    // Encode in memory first, then write. Qt's PNG writer, when libpng reports a write error,
    // longjmps past its own cleanup and leaks its working copy of the image; encoding into a
    // buffer cannot fail that way, and the file's own error (disk full, file too large) then
    // comes from QSaveFile in words the user can act on.
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            //: Export error
            return fail(tr("the PNG could not be encoded"));
    }
    // QSaveFile writes a temporary file and renames it over the target only when everything
    // succeeded: a failed export leaves an existing file as it was.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(png) != png.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Turnpoint

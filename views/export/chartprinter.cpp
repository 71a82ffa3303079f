#include "chartprinter.h"

#include "chartexporter.h"
#include "timelinechart.h"

#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QPrintPreviewDialog>

#include <algorithm>

namespace Turnpoint {

void ChartPrinter::setUp(QPrinter *printer) {
    // Text items are sized in points for the layout's resolution; a printer at 600 or 1200 dpi
    // would size them for its own, and then the scaling below would enlarge them once more.
    printer->setResolution(ChartExporter::layoutDpi());
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(tr("Timeline chart"));
}

bool ChartPrinter::print(TimelineChart *chart, QPrinter *printer, const QDate &exportDate) {
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    // The painter's origin is the printable area's top left.
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const QSizeF size = ChartExporter::exportSize(chart);
    if (size.width() > 0 && size.height() > 0 && !page.isEmpty()) {
        const double scale = std::min(page.width() / size.width(), page.height() / size.height());
        painter.translate((page.width() - size.width() * scale) / 2, 0);
        painter.scale(scale, scale);
        ChartExporter::paint(&painter, chart, exportDate);
    }
    return painter.end();
}

int ChartPrinter::preview(TimelineChart *chart, QWidget *parent) {
    QPrinter printer(QPrinter::HighResolution);
    setUp(&printer);
    QPrintPreviewDialog dialog(&printer, parent);
    //: Title of the print preview window
    dialog.setWindowTitle(tr("Print Chart"));
    const QDate today = QDate::currentDate();
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [chart, today](QPrinter *target) { print(chart, target, today); });
    return dialog.exec();
}

} // namespace Turnpoint

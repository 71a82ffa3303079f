#pragma once

#include <QCoreApplication>
#include <QDate>

class QPrinter;
class QWidget;

namespace Turnpoint {

class TimelineChart;

// Printing the timeline chart (File → Print Chart…): the chart and its caption, painted by
// ChartExporter::paint() like every export, on one page of the printer, scaled to fit.
class ChartPrinter {
    Q_DECLARE_TR_FUNCTIONS(ChartPrinter)

public:
    // Prepares `printer` for a chart: landscape (a timeline is wide; the user can still change
    // it in the dialogs) and the resolution the chart's text was laid out at, so text keeps its
    // size relative to the markers when the page is scaled.
    static void setUp(QPrinter *printer);
    // Paints `chart` (its current size, zoom and filters) with its caption on one page of
    // `printer`: scaled to the page's printable area, proportions kept, centred at the top.
    // Returns false when the printer could not be started (nothing printed).
    static bool print(TimelineChart *chart, QPrinter *printer, const QDate &exportDate);
    // Qt's print preview of the chart, from which the user prints; returns the dialog's result
    // (QDialog::Accepted when printed).
    static int preview(TimelineChart *chart, QWidget *parent);
};

} // namespace Turnpoint

#pragma once

#include "timelinefilter.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace Turnpoint {

// What one batch run is asked to do, checked and converted from the command line.
struct BatchOptions {
    QStringList inputs;
    int minimumConfidence = 0;
    bool minimumConfidenceGiven = false; // else the window keeps the slider where it was left
    QString exportJson;
    QString exportCsv;
    QString exportMd; // the one report in canonical form (MarkdownExporter)
    QString exportPng;
    QString exportSvg;
    QString exportPdf;
    QString compareWith;   // --compare OLD: the older version of the one input
    TimelineFilter filter; // --min-confidence, --search and --kind together
    bool narrowed = false; // --search or --kind given
    bool checkLinks = false;
    QSize size{1600, 600};
    qreal scale = 2.0;

    bool hasChartExport() const {
        return !exportPng.isEmpty() || !exportSvg.isEmpty() || !exportPdf.isEmpty();
    }
    // Any option that writes or prints a result instead of opening the window.
    bool hasOutput() const {
        return !exportJson.isEmpty() || !exportCsv.isEmpty() || !exportMd.isEmpty() ||
               hasChartExport() || checkLinks;
    }
};

} // namespace Turnpoint

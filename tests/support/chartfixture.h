#pragma once

#include "report.h"
#include "timelinechart.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QItemSelectionModel>
#include <QList>
#include <QSizeF>

namespace Turnpoint::TestSupport {

// A TimelineChart over its own model, proxy and selection, laid out at `size` in a scene (no
// window), as ChartExporter and the chart tests use it.
struct ChartFixture {
    TimelineModel model;
    TimelineFilterModel proxy;
    QItemSelectionModel selection{&proxy};
    QGraphicsScene scene;
    TimelineChart *chart = nullptr; // owned by the scene

    explicit ChartFixture(QList<Report> reports, QSizeF size) {
        for (Report &r : reports)
            model.addReport(std::move(r));
        proxy.setSourceModel(&model);
        chart = new TimelineChart(&proxy, &selection);
        scene.addItem(chart);
        chart->resize(size);
        settle();
    }
    // Applies pending layout and model changes now.
    void settle() {
        QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
        chart->ensureUpToDate();
    }
};

} // namespace Turnpoint::TestSupport

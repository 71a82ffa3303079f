#pragma once

#include "chartpalette.h"
#include "densitybins.h"
#include "markerstore.h"
#include "reportcomparison.h"

#include <QColor>

#include <QGraphicsItem>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <optional>

namespace Turnpoint {

// The chart's plot area in one graphics item: either the individual markers (with their
// period extents, selection halo and highlight rings) or, when more turning points are
// visible than fit, one aggregate per pixel column (a confidence range bar and a density strip
// along the bottom). TimelineChart computes a Frame on every layout; painting only reads it,
// so its cost follows what is visible, never the number of turning points loaded.
class TimelinePlotItem : public QGraphicsItem {
public:
    struct Marker {
        int marker = -1; // index in the chart's MarkerStore
        QPointF centre;
        double radius = 0;
        double extentLeft = 0; // pixels the period covers (drawn when wider than the marker)
        double extentRight = 0;
        MarkerStore::KindClass kind = MarkerStore::KindClass::Other;
        bool nothingFound = false;
        bool ghost = false;
        bool selected = false;
        bool searchMatch = false;
        bool emphasized = false;
        // Lanes mode: confidence as opacity (1 elsewhere). Overlay with several reports: the
        // report's colour instead of the kind's (the kind stays visible through the shape).
        double opacity = 1.0;
        std::optional<QColor> fill;
        // Versions (a report with a baseline): how this turning point changed.
        ChangeKind change = ChangeKind::Unchanged;
        bool rescored = false;
        std::optional<QPointF> oldCentre; // re-scored, overlay: where the old confidence was
        QString deltaText;                // re-scored, lanes: the change as a badge, e.g. "+12"
        int removed = -1; // a removed turning point's hollow ghost: index of the chart's list
        // The label next to it (TimelineChart places labels; the item does not draw them).
        bool labelShown = false;
        QRectF labelRect;
    };

    struct Column {
        double left = 0;
        double width = 0;
        double passTop = 0; // y of the highest and lowest confidence shown
        double passBottom = 0;
        double ghostTop = 0;
        double ghostBottom = 0;
        double startTime = 0; // the times the column covers
        double endTime = 0;
        DensityBins::Aggregate aggregate;
        // Lanes mode: the lane's band, where the density strip sits at the bottom; empty in
        // overlay mode (the strip runs along the plot's bottom).
        double laneTop = 0;
        double laneBottom = 0;
        int lane = -1;
    };

    struct Frame {
        QRectF plot;
        bool aggregated = false;
        QList<Marker> markers; // in drawing order (ghosts first, larger first)
        QList<Column> columns;
        bool showGhosts = false;
        int maxColumnCount = 0; // the densest column's count, for the density scale
        std::optional<std::pair<double, double>> band; // pixels of a date range being dragged
    };

    explicit TimelinePlotItem(QGraphicsItem *parent = nullptr);

    void setFrame(Frame frame);
    const Frame &frame() const { return m_frame; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

    // The colours tests and the chart ask for by the item's name (ChartPalette has them all).
    static QColor colorFor(MarkerStore::KindClass kind) { return ChartPalette::kind(kind); }
    static QColor nothingFoundColor() { return ChartPalette::nothingFound(); }
    static QColor reportColor(int index) { return ChartPalette::report(index); }
    // Height of the density strip along the bottom of the plot.
    static constexpr double DensityStripHeight = 18;
    static constexpr double GhostOpacity = 0.25;

private:
    void paintMarkers(QPainter *painter) const;
    void paintColumns(QPainter *painter) const;
    void paintChangeMarks(QPainter *painter, const Marker &m) const;

    Frame m_frame;
};

} // namespace Turnpoint

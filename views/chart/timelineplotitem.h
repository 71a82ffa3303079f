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

#include <algorithm>
#include <optional>

namespace Turnpoint {

// The chart's plot area in one graphics item: either the individual markers (with their
// period extents, selection halo and highlight rings) or, when more turning points are
// visible than fit, one aggregate per pixel column: a stack of cells, one per confidence band
// (or a few bands merged where the room is short), shaded by how many turning points the cell
// holds, and a density strip along the bottom. TimelineChart computes a Frame on every layout;
// painting only reads it, so its cost follows what is visible, never the number of turning points
// loaded.
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
        // Where the confidence bands stack up: y of 100% and of 0% (the confidence axis in
        // overlay mode, the lane's band above its density strip in lanes mode).
        double bandsTop = 0;
        double bandsBottom = 0;
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
        // The fullest cell of any column (cells as cellCounts() makes them), for the shading.
        int maxCellCount = 0;
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
    // Lanes mode: the density strip's height in a lane `laneHeight` pixels high.
    static double laneStripHeight(double laneHeight) {
        return std::min(DensityStripHeight, laneHeight / 3);
    }
    static constexpr double GhostOpacity = 0.25;
    // A cell is never shorter than this; where bands would be, neighbours are merged.
    static constexpr double MinCellHeight = 4;

    // How many bands each cell of a column merges, so a cell gets at least MinCellHeight
    // pixels of `height` (a divisor of DensityBins::BandCount).
    static int bandsPerCell(double height);
    // A column's cells, bottom (0%) first: counts of shown markers or of ghosts, and the
    // number of cells used (BandCount / bandsPerCell()).
    static int cellCounts(const Column &column, bool ghosts, DensityBins::BandCounts &cells);
    // Shading of a cell holding `count` of at most `maxCount`: 0 (empty) to 1, on a square-root
    // scale with a floor, so a lone turning point still shows next to thousands.
    static double cellIntensity(int count, int maxCount);

private:
    void paintMarkers(QPainter *painter) const;
    void paintColumns(QPainter *painter) const;

    void paintChangeMarks(QPainter *painter, const Marker &m) const;

    Frame m_frame;
};

} // namespace Turnpoint

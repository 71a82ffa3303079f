#pragma once

#include "densitybins.h"
#include "lanelayout.h"
#include "markerstore.h"
#include "timelineframebuilder.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

class QGraphicsItem;

namespace Turnpoint {

class TimelineModel;

// The chart's side of lanes mode: the arrangement (a LaneLayout keyed by report file), the
// visible lanes and which lane shows each report, each lane's own copy of its markers for the
// level of detail, and the lanes' bands, labels and group headers on the plot.
class ChartLanes {
public:
    // A visible lane as drawn: its band inside the plot and its label's place left of it.
    struct Geometry {
        int report = -1;
        QString key;
        QString title;
        QString group;
        QRectF band;
        QRectF labelRect;
    };

    const LaneLayout &arrangement() const { return m_arrangement; }
    LaneLayout &arrangement() { return m_arrangement; }
    // A saved arrangement (settings), applied to the reports as they are loaded, until the
    // user changes the arrangement (clearSavedArrangement()).
    void setSavedArrangement(const QStringList &order, const QStringList &hidden) {
        m_saved = std::make_pair(order, hidden);
    }
    void clearSavedArrangement() { m_saved.reset(); }

    // Takes the model's reports into the arrangement and caches the visible lanes.
    void sync(const TimelineModel *model);
    // Visible lanes, top to bottom, as of the last sync().
    const QList<LaneLayout::Lane> &lanes() const { return m_lanes; }
    // Reports known at the last sync().
    int reportCount() const { return int(m_laneOfReport.size()); }
    // Whether a report has a visible lane.
    bool shows(int report) const {
        return report >= 0 && size_t(report) < m_laneOfReport.size() &&
               m_laneOfReport[size_t(report)] >= 0;
    }
    const std::vector<int> &laneOfReport() const { return m_laneOfReport; }

    // Whether a lane can move up (-1) or down (+1) past the next visible lane: not past the
    // first or last lane, and, when grouped, not out of its group. move() does it.
    bool canMove(const QString &key, int direction) const;
    bool move(const QString &key, int direction);

    // Per lane, the level of detail needs the lane's own time order and bins: a copy of the
    // visible lanes' markers from the chart's store (flags included). clearMarkers() frees it.
    void rebuildMarkers(const MarkerStore &store);
    void clearMarkers() { m_markers.clear(); }

    // Lays the visible lanes out in `plot` (lane labels left of it, in `font`), drawing their
    // shading and group rules on `plotLayer` and labels and headers on `axisLayer`.
    void place(const QRectF &plot, const QFont &font, QGraphicsItem *plotLayer,
               QGraphicsItem *axisLayer);
    void clearGeometry() { m_geometry.clear(); }
    // Visible lanes as last placed (empty until placed).
    const QList<Geometry> &geometry() const { return m_geometry; }
    // The placed lane showing a report, or nullptr.
    const Geometry *geometryOf(int report) const;
    // Index of the lane whose label or band is at `pos`, or -1; labelOnly: the label only.
    int laneAt(const QPointF &pos, bool labelOnly) const;
    // The placed lanes with their markers, for TimelineFrameBuilder.
    QList<TimelineFrameBuilder::Lane> frameLanes() const;

private:
    struct LaneMarkers {
        MarkerStore store;       // the report's markers, flags copied from the chart's store
        std::vector<int> global; // index in the chart's store of each
        DensityBins bins;
    };
    static int neighbour(const QList<LaneLayout::Lane> &lanes, const QString &key, int direction);

    LaneLayout m_arrangement;
    std::optional<std::pair<QStringList, QStringList>> m_saved;
    QList<LaneLayout::Lane> m_lanes; // visible lanes, top to bottom (cached lanes())
    std::vector<int> m_laneOfReport; // report row -> index in m_lanes, or -1
    QList<Geometry> m_geometry;
    std::vector<LaneMarkers> m_markers; // by report row, lanes mode only
};

} // namespace Turnpoint

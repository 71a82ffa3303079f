#pragma once

#include "comparisonmarks.h"
#include "densitybins.h"
#include "markerstore.h"
#include "timelineplotitem.h"
#include "timescale.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace Turnpoint {

struct TurningPointChange;

// Computes what the plot shows at one scale: the level of detail (markers or aggregate
// columns, per lane in lanes mode), every drawn marker's place and size, the removed ghosts and
// where labels go. Pure: it reads the store, the bins and the geometry it is given and returns a
// TimelinePlotItem::Frame, with no scene and no model, so it is tested on its own.
class TimelineFrameBuilder {
public:
    using Frame = TimelinePlotItem::Frame;
    using Marker = TimelinePlotItem::Marker;
    using Column = TimelinePlotItem::Column;

    // The y axis runs a little beyond 0-100 so markers at 0% or 100% are not cut in half.
    static constexpr double YMin = -6;
    static constexpr double YMax = 106;
    // Aggregate columns are this many pixels wide.
    static constexpr double ColumnWidth = 2;
    // Largest marker: radius 16, a triangle or diamond reaching 1.2 r; plus the halo.
    static constexpr double MarkerReach = 16 * 1.2 + 6;
    // Removed ghosts drawn at most (a baseline that lost thousands of turning points).
    static constexpr int MaxRemovedDrawn = 4000;

    // A visible lane (lanes mode): its report, its band inside the plot, and that report's own
    // markers with their level-of-detail bins (null when the lane has none).
    struct Lane {
        int report = -1;
        QRectF band;
        const MarkerStore *store = nullptr;
        const std::vector<int> *global = nullptr; // index in the chart's store of each
        const DensityBins *bins = nullptr;
    };

    // A marker's label text, elided, and its width.
    struct Label {
        QString text;
        double width = 0;
    };

    // A label placed on the plot.
    struct PlacedLabel {
        QString text;
        QRectF rect;
        bool nothingFound = false;
    };

    struct Input {
        const MarkerStore *store = nullptr;
        const DensityBins *bins = nullptr;
        TimeScale scale; // the visible range over the plot's width
        QRectF plot;
        bool lanes = false;
        QList<Lane> laneList;          // lanes mode: visible lanes, top to bottom
        std::vector<int> laneOfReport; // lanes mode: report row -> index in laneList, or -1
        bool showGhosts = false;
        bool colourByReport = false; // overlay with several reports
        bool atMaximumZoom = false;
        int selectedMarker = -1;                            // store index, or -1
        std::optional<std::pair<double, double>> rangeBand; // times of a range being dragged
        const std::vector<ComparisonMarks::RemovedMark> *removed = nullptr;
        // How a marker's turning point changed from its baseline (nullptr: no baseline or no
        // change). Unset: no comparison.
        std::function<const TurningPointChange *(const MarkerStore::Marker &)> changeOf;
        // Rectangles labels must not cover (the threshold label).
        QList<QRectF> occupied;
        // A store marker's label; unset: no labels.
        std::function<Label(int marker)> labelOf;
        double labelHeight = 0;
    };

    explicit TimelineFrameBuilder(Input input);

    Frame build();
    // The labels build() placed, in placing order (most important first).
    const QList<PlacedLabel> &labels() const { return m_labels; }

    // y of a confidence in percent (clamped to 0-100) in `plot`.
    static double confidenceY(const QRectF &plot, double percent);
    // Lanes mode: a marker's radius follows confidence, capped by its lane's height.
    static double laneRadius(double percent, const QRectF *band);

private:
    bool laneShown(int report) const;
    const Lane *laneOf(int report) const;
    bool isDrawn(const MarkerStore::Marker &m) const;
    double yFor(double percent) const { return confidenceY(m_in.plot, percent); }
    double yForMarker(const MarkerStore::Marker &m) const;
    double radiusOf(const MarkerStore::Marker &m) const;
    // from/to: store indexes, or positions in `global` (a lane's indexes into the store).
    void layoutMarkers(Frame &frame, int from, int to, const std::vector<int> *global = nullptr);
    void applyChange(Marker &d, const MarkerStore::Marker &m) const;
    // One aggregate per column of the given store; lane: its index in laneList, or -1 for the
    // whole plot (overlay mode).
    void layoutColumns(Frame &frame, const MarkerStore &store, const DensityBins &bins, int lane);
    void layoutRemoved(Frame &frame);
    void placeLabels(Frame &frame, const QList<QRectF> &occupied);

    Input m_in;
    QList<PlacedLabel> m_labels;
};

} // namespace Turnpoint

#include "timelineframebuilder.h"

#include "charttext.h"
#include "reportcomparison.h"

#include <algorithm>
#include <cmath>

namespace Turnpoint {

namespace {

// Rectangles already taken by markers and labels, bucketed in a coarse grid so a label
// candidate is tested against its neighbours only, not against everything placed so far.
class RectGrid {
public:
    explicit RectGrid(const QRectF &area)
        : m_area(area)
        , m_columns(std::max(1, int(std::ceil(area.width() / Cell))))
        , m_rows(std::max(1, int(std::ceil(area.height() / Cell))))
        , m_cells(size_t(m_columns) * size_t(m_rows)) {}

    void add(const QRectF &rect) {
        const int index = int(m_rects.size());
        m_rects.push_back(rect);
        forCells(rect, [this, index](std::vector<int> &cell) { cell.push_back(index); });
    }
    bool intersects(const QRectF &rect) {
        bool hit = false;
        forCells(rect, [this, &rect, &hit](std::vector<int> &cell) {
            for (int i : cell)
                hit = hit || m_rects[size_t(i)].intersects(rect);
        });
        return hit;
    }

private:
    static constexpr double Cell = 64;
    template <typename F> void forCells(const QRectF &rect, F f) {
        const auto clampColumn = [this](double x) {
            return std::clamp(int(std::floor((x - m_area.left()) / Cell)), 0, m_columns - 1);
        };
        const auto clampRow = [this](double y) {
            return std::clamp(int(std::floor((y - m_area.top()) / Cell)), 0, m_rows - 1);
        };
        const int c0 = clampColumn(rect.left()), c1 = clampColumn(rect.right());
        const int r0 = clampRow(rect.top()), r1 = clampRow(rect.bottom());
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                f(m_cells[size_t(r) * size_t(m_columns) + size_t(c)]);
    }

    QRectF m_area;
    int m_columns;
    int m_rows;
    std::vector<std::vector<int>> m_cells;
    std::vector<QRectF> m_rects;
};

} // namespace

TimelineFrameBuilder::TimelineFrameBuilder(Input input)
    : m_in(std::move(input)) {}

double TimelineFrameBuilder::confidenceY(const QRectF &plot, double percent) {
    const double value = std::clamp(percent, 0.0, 100.0);
    return plot.bottom() - (value - YMin) / (YMax - YMin) * plot.height();
}

double TimelineFrameBuilder::laneRadius(double percent, const QRectF *band) {
    const double cap = band ? std::max(2.0, band->height() / 2 - 1) : 8.0;
    return std::clamp(3.5 + 6.5 * percent / 100.0, 2.0, cap);
}

bool TimelineFrameBuilder::laneShown(int report) const {
    if (!m_in.lanes)
        return true;
    return report >= 0 && size_t(report) < m_in.laneOfReport.size() &&
           m_in.laneOfReport[size_t(report)] >= 0;
}

const TimelineFrameBuilder::Lane *TimelineFrameBuilder::laneOf(int report) const {
    if (report < 0 || size_t(report) >= m_in.laneOfReport.size())
        return nullptr;
    const int lane = m_in.laneOfReport[size_t(report)];
    return lane >= 0 && lane < m_in.laneList.size() ? &m_in.laneList.at(lane) : nullptr;
}

bool TimelineFrameBuilder::isDrawn(const MarkerStore::Marker &m) const {
    return (m.has(MarkerStore::Passes) || m_in.showGhosts) && laneShown(m.report);
}

double TimelineFrameBuilder::yForMarker(const MarkerStore::Marker &m) const {
    if (m_in.lanes) {
        const Lane *lane = laneOf(m.report);
        return lane ? lane->band.center().y() : m_in.plot.center().y();
    }
    // An unscored turning point (shown at threshold 0 only) sits on the 0% line.
    return yFor(m.confidenceValue().value_or(0.0));
}

double TimelineFrameBuilder::radiusOf(const MarkerStore::Marker &m) const {
    if (m_in.lanes) {
        const Lane *lane = laneOf(m.report);
        return laneRadius(m.confidencePercent(), lane ? &lane->band : nullptr);
    }
    if (m.has(MarkerStore::NothingFound) || m.entries == 0)
        return 6.5;
    return std::min(5.0 + 3.0 * std::sqrt(double(m.entries)), 16.0);
}

TimelineFrameBuilder::Frame TimelineFrameBuilder::build() {
    m_labels.clear();
    const TimeScale &s = m_in.scale;
    const MarkerStore &store = *m_in.store;
    Frame frame;
    frame.plot = m_in.plot;
    frame.showGhosts = m_in.showGhosts;
    if (m_in.rangeBand)
        frame.band =
            std::make_pair(s.toPixel(m_in.rangeBand->first), s.toPixel(m_in.rangeBand->second));

    // Level of detail: count what the visible range would draw (O(log n) from the bins).
    const double reachDays = MarkerReach / std::max(s.pixelsPerDay(), 1e-9);
    const auto [from, to] = store.rangeOf(s.start - reachDays, s.end + reachDays);
    const DensityBins::Aggregate visible = m_in.bins->query(store, from, to);
    const int drawnCount = visible.passing + (m_in.showGhosts ? visible.ghosts : 0);
    const double width = frame.plot.width();
    frame.aggregated = DensityBins::useAggregates(drawnCount, width, m_in.atMaximumZoom);

    const int selected = m_in.selectedMarker;
    const double extent = store.maxHalfExtent();
    if (m_in.lanes) {
        // Level of detail per lane: a dense lane shows aggregates while a sparse one next to
        // it keeps its markers.
        frame.aggregated = false;
        for (int lane = 0; lane < m_in.laneList.size(); ++lane) {
            const Lane &data = m_in.laneList.at(lane);
            if (!data.store || !data.bins || !data.global)
                continue;
            const auto [lFrom, lTo] = data.store->rangeOf(s.start - reachDays, s.end + reachDays);
            const DensityBins::Aggregate a = data.bins->query(*data.store, lFrom, lTo);
            const int count = a.passing + (m_in.showGhosts ? a.ghosts : 0);
            if (DensityBins::useAggregates(count, width, m_in.atMaximumZoom)) {
                frame.aggregated = true;
                layoutColumns(frame, *data.store, *data.bins, lane);
                if (selected >= 0 && store.at(selected).report == data.report)
                    layoutMarkers(frame, selected, selected + 1);
            } else {
                const auto [wFrom, wTo] =
                    data.store->rangeOf(s.start - reachDays - extent, s.end + reachDays + extent);
                layoutMarkers(frame, wFrom, wTo, data.global);
            }
        }
    } else if (frame.aggregated) {
        layoutColumns(frame, store, *m_in.bins, -1);
        // The selection stays findable: drawn as itself over the aggregates.
        if (selected >= 0 && store.at(selected).time() >= s.start - reachDays &&
            store.at(selected).time() <= s.end + reachDays)
            layoutMarkers(frame, selected, selected + 1);
    } else {
        // Markers whose period reaches into view are drawn too (their extent shows).
        const auto [wideFrom, wideTo] =
            store.rangeOf(s.start - reachDays - extent, s.end + reachDays + extent);
        layoutMarkers(frame, wideFrom, wideTo);
    }
    layoutRemoved(frame);
    // Ghosts first so real markers draw over them; larger markers first so small ones stay
    // visible on top; the selection last.
    std::stable_sort(frame.markers.begin(), frame.markers.end(),
                     [](const Marker &a, const Marker &b) {
                         if (a.ghost != b.ghost)
                             return a.ghost;
                         if (a.selected != b.selected)
                             return b.selected;
                         return a.radius > b.radius;
                     });
    QList<QRectF> occupied = m_in.occupied;
    for (const Marker &m : std::as_const(frame.markers)) {
        if (m.ghost || !frame.plot.contains(m.centre))
            continue;
        const double r = m.radius * 1.2 + 1;
        occupied.append(QRectF(m.centre.x() - r, m.centre.y() - r, 2 * r, 2 * r));
    }
    if (m_in.labelOf && (!frame.aggregated || m_in.lanes))
        placeLabels(frame, occupied);
    return frame;
}

void TimelineFrameBuilder::layoutMarkers(Frame &frame, int from, int to,
                                         const std::vector<int> *global) {
    const TimeScale &s = m_in.scale;
    const QRectF plot = frame.plot;
    const double reach = MarkerReach;
    // Markers reaching in only by their extent are capped, so a pile of year-long periods
    // next to the view cannot make a zoomed-in view slow.
    const int extentCap = DensityBins::markerLimit(plot.width(), false);
    int extentOnly = 0;
    for (int k = from; k < to; ++k) {
        const int i = global ? (*global)[size_t(k)] : k;
        const MarkerStore::Marker &m = m_in.store->at(i);
        if (!isDrawn(m))
            continue;
        const double x = s.toPixel(m.time());
        Marker d;
        d.extentLeft = s.toPixel(m.first());
        d.extentRight = s.toPixel(m.after());
        if (x < plot.left() - reach || x > plot.right() + reach) {
            if (d.extentRight < plot.left() || d.extentLeft > plot.right() ||
                ++extentOnly > extentCap)
                continue;
        }
        d.marker = i;
        d.centre = QPointF(x, yForMarker(m));
        d.radius = radiusOf(m);
        d.kind = m.kind();
        d.nothingFound = m.has(MarkerStore::NothingFound);
        d.ghost = !m.has(MarkerStore::Passes);
        d.selected = !d.ghost && i == m_in.selectedMarker;
        d.searchMatch = m.has(MarkerStore::SearchMatch);
        d.emphasized = m.has(MarkerStore::Emphasized);
        if (m_in.lanes)
            // Confidence as opacity: a certain turning point solid, a doubtful one faint but
            // still visible; unscored ones as the faintest.
            d.opacity = 0.35 + 0.65 * m.confidencePercent() / 100.0;
        if (m_in.colourByReport)
            d.fill = ChartPalette::report(m.report);
        applyChange(d, m);
        frame.markers.append(d);
    }
}

void TimelineFrameBuilder::applyChange(Marker &d, const MarkerStore::Marker &m) const {
    const TurningPointChange *change = m_in.changeOf ? m_in.changeOf(m) : nullptr;
    if (!change)
        return;
    d.change = change->change;
    d.rescored = change->rescored;
    if (!change->rescored || !change->confidenceDelta)
        return;
    const double delta = *change->confidenceDelta;
    if (!m_in.lanes) {
        const double old = m.confidenceValue().value_or(0.0) - delta;
        d.oldCentre = QPointF(d.centre.x(), yFor(old));
    } else {
        d.deltaText = ChartText::scoreDelta(std::lround(delta));
    }
}

void TimelineFrameBuilder::layoutColumns(Frame &frame, const MarkerStore &store,
                                         const DensityBins &bins, int lane) {
    const TimeScale &s = m_in.scale;
    const QRectF plot = frame.plot;
    const Lane *g = lane >= 0 ? &m_in.laneList.at(lane) : nullptr;
    const int count = int(std::ceil(plot.width() / ColumnWidth));
    int index = store.lowerBound(s.start);
    const int last = store.upperBound(s.end);
    // Inside a lane the bar spans the lane's middle; confidence shows in the tool tip.
    const double inset = g ? std::max(1.0, g->band.height() * 0.25) : 0.0;
    for (int c = 0; c < count && index < last; ++c) {
        const double x0 = plot.left() + c * ColumnWidth;
        const double x1 = std::min(x0 + ColumnWidth, plot.right());
        const double t1 = c == count - 1 ? s.end : s.toTime(x1);
        const int next = c == count - 1 ? last : std::min(store.lowerBound(t1), last);
        if (next <= index)
            continue;
        Column column;
        column.left = x0;
        column.width = x1 - x0;
        column.startTime = s.toTime(x0);
        column.endTime = t1;
        column.aggregate = bins.query(store, index, next);
        index = next;
        const DensityBins::Aggregate &a = column.aggregate;
        if (a.passing == 0 && (a.ghosts == 0 || !m_in.showGhosts))
            continue;
        if (g) {
            column.lane = lane;
            column.laneTop = g->band.top();
            column.laneBottom = g->band.bottom();
            column.passTop = column.ghostTop = g->band.top() + inset;
            column.passBottom = column.ghostBottom = g->band.bottom() - inset;
            // A lane has no confidence axis: its bands stack from its bottom (0%), above the
            // density strip, to its top (100%).
            const double h = g->band.height();
            column.bandsTop = g->band.top() + std::min(1.0, h / 8);
            column.bandsBottom = g->band.bottom() - TimelinePlotItem::laneStripHeight(h) - 1;
            column.bandsBottom = std::max(column.bandsBottom, column.bandsTop + 1);
        } else {
            column.passTop = yFor(a.passMax);
            column.passBottom = yFor(a.passMin);
            column.ghostTop = yFor(a.ghostMax);
            column.ghostBottom = yFor(a.ghostMin);
            column.bandsTop = yFor(100);
            column.bandsBottom = yFor(0);
        }
        frame.maxColumnCount =
            std::max(frame.maxColumnCount, a.passing + (m_in.showGhosts ? a.ghosts : 0));
        // The shading is relative to the fullest cell in view, shown or ghost, so equal
        // shades mean equal counts across columns and lanes.
        DensityBins::BandCounts cells;
        for (const bool ghosts : {false, true}) {
            if (ghosts && !m_in.showGhosts)
                break;
            const int n = TimelinePlotItem::cellCounts(column, ghosts, cells);
            frame.maxCellCount =
                std::max(frame.maxCellCount, *std::max_element(cells.begin(), cells.begin() + n));
        }
        frame.columns.append(column);
    }
}

void TimelineFrameBuilder::layoutRemoved(Frame &frame) {
    if (!m_in.removed || m_in.removed->empty())
        return;
    const std::vector<ComparisonMarks::RemovedMark> &removed = *m_in.removed;
    const TimeScale &s = m_in.scale;
    const QRectF plot = frame.plot;
    int drawn = 0;
    for (int i = 0; i < int(removed.size()) && drawn < MaxRemovedDrawn; ++i) {
        const ComparisonMarks::RemovedMark &r = removed[size_t(i)];
        if (!laneShown(r.report))
            continue;
        const double x = s.toPixel(r.time);
        if (x < plot.left() - MarkerReach || x > plot.right() + MarkerReach)
            continue;
        Marker d;
        d.removed = i;
        d.ghost = true;
        d.kind = r.kind;
        d.change = ChangeKind::Removed;
        const double percent = std::isnan(r.confidence) ? 0.0 : r.confidence;
        if (m_in.lanes) {
            const Lane *lane = laneOf(r.report);
            if (!lane)
                continue;
            d.centre = QPointF(x, lane->band.center().y());
            d.radius = laneRadius(std::clamp(percent, 0.0, 100.0), &lane->band);
        } else {
            d.centre = QPointF(x, yFor(percent));
            d.radius = 6.5;
        }
        d.extentLeft = d.extentRight = x;
        frame.markers.append(d);
        ++drawn;
    }
}

void TimelineFrameBuilder::placeLabels(Frame &frame, const QList<QRectF> &occupied) {
    const QRectF plot = frame.plot;
    const MarkerStore &store = *m_in.store;
    RectGrid taken(plot.adjusted(-20, -20, 20, 20));
    for (const QRectF &r : occupied)
        taken.add(r);

    // Placed greedily, most important first (selection, then the most entries, then the
    // highest confidence); a label that fits nowhere free is dropped, never overlapped.
    QList<int> order;
    for (int i = 0; i < frame.markers.size(); ++i) {
        const Marker &m = frame.markers.at(i);
        if (!m.ghost && plot.contains(m.centre))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&frame, &store](int a, int b) {
        const Marker &da = frame.markers.at(a), &db = frame.markers.at(b);
        if (da.selected != db.selected)
            return da.selected;
        const MarkerStore::Marker &ma = store.at(da.marker), &mb = store.at(db.marker);
        if (ma.entries != mb.entries)
            return ma.entries > mb.entries;
        const double ca = ma.confidenceValue().value_or(0), cb = mb.confidenceValue().value_or(0);
        if (ca != cb)
            return ca > cb;
        return ma.time() < mb.time();
    });
    for (const int i : std::as_const(order)) {
        Marker &m = frame.markers[i];
        const Label label = m_in.labelOf(m.marker);
        if (label.text.isEmpty())
            continue;
        const QSizeF size(label.width, m_in.labelHeight);
        const double gap = m.radius * 1.2 + 3;
        const QPointF c = m.centre;
        const QRectF candidates[] = {
            QRectF(QPointF(c.x() - size.width() / 2, c.y() - gap - size.height()), size),
            QRectF(QPointF(c.x() - size.width() / 2, c.y() + gap), size),
            QRectF(QPointF(c.x() + gap + 1, c.y() - size.height() / 2), size),
            QRectF(QPointF(c.x() - gap - 1 - size.width(), c.y() - size.height() / 2), size),
        };
        const Lane *lane = m_in.lanes ? laneOf(store.at(m.marker).report) : nullptr;
        if (m_in.lanes && (!lane || lane->band.height() < size.height() + 2))
            continue;
        for (const QRectF &rect : candidates) {
            if (!plot.contains(rect) || taken.intersects(rect) ||
                (lane && !lane->band.contains(rect)))
                continue;
            m.labelShown = true;
            m.labelRect = rect;
            m_labels.append({label.text, rect, m.nothingFound});
            taken.add(rect.adjusted(-3, -1, 3, 1));
            break;
        }
    }
}

} // namespace Turnpoint

#include "chartlanes.h"

#include "chartpalette.h"
#include "charttext.h"
#include "displaytext.h"
#include "timelinemodel.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>

namespace Turnpoint {

namespace {

// The height of a group's header.
constexpr double GroupHeaderHeight = 18;

} // namespace

void ChartLanes::sync(const TimelineModel *model) {
    const int reportCount = model ? model->reportCount() : 0;
    QStringList keys, titles;
    for (int r = 0; r < reportCount; ++r) {
        const Report &report = model->report(r);
        // Two reports without a file (built in memory) still need distinct keys.
        keys.append(report.file.isEmpty() ? QStringLiteral("#%1").arg(r) : report.file);
        titles.append(report.title.isEmpty() ? DisplayText::fileName(report.file) : report.title);
    }
    m_arrangement.setReports(keys, titles);
    if (m_saved) {
        m_arrangement.setOrder(m_saved->first);
        m_arrangement.setHiddenKeys(m_saved->second);
    }
    m_lanes = m_arrangement.lanes();
    m_laneOfReport.assign(size_t(reportCount), -1);
    for (int i = 0; i < m_lanes.size(); ++i)
        if (m_lanes.at(i).report >= 0 && m_lanes.at(i).report < reportCount)
            m_laneOfReport[size_t(m_lanes.at(i).report)] = i;
}

int ChartLanes::neighbour(const QList<LaneLayout::Lane> &lanes, const QString &key, int direction) {
    int at = -1;
    for (int i = 0; i < lanes.size(); ++i)
        if (lanes.at(i).key == key)
            at = i;
    const int other = at + (direction < 0 ? -1 : 1);
    if (at < 0 || other < 0 || other >= lanes.size())
        return -1;
    // Grouped lanes move inside their group only: a group's place follows its first lane, so a
    // swap across a group border would change nothing the analyst can see.
    if (lanes.at(other).group != lanes.at(at).group)
        return -1;
    return other;
}

bool ChartLanes::canMove(const QString &key, int direction) const {
    return neighbour(m_arrangement.lanes(), key, direction) >= 0;
}

bool ChartLanes::move(const QString &key, int direction) {
    // Past the neighbouring visible lane, so a move is always seen (hidden lanes in between
    // keep their relative place).
    const QList<LaneLayout::Lane> lanes = m_arrangement.lanes();
    const int other = neighbour(lanes, key, direction);
    if (other < 0)
        return false;
    const QStringList order = m_arrangement.order();
    return m_arrangement.move(int(order.indexOf(key)), int(order.indexOf(lanes.at(other).key)));
}

void ChartLanes::rebuildMarkers(const MarkerStore &store) {
    m_markers.clear();
    // A copy of each lane's markers (a few tens of bytes each), made only in lanes mode.
    const int reports = int(m_laneOfReport.size());
    m_markers.resize(size_t(reports));
    std::vector<std::vector<MarkerStore::Marker>> markers;
    markers.resize(size_t(reports));
    for (int i = 0; i < store.size(); ++i) {
        const MarkerStore::Marker &m = store.at(i);
        if (!shows(m.report) || m.report >= reports)
            continue;
        markers[size_t(m.report)].push_back(m);
        m_markers[size_t(m.report)].global.push_back(i);
    }
    for (int r = 0; r < reports; ++r) {
        LaneMarkers &lane = m_markers[size_t(r)];
        // Already in time order: setMarkers keeps it (and so the parallel global indexes).
        lane.store.setMarkers(std::move(markers[size_t(r)]), store.otherKinds());
        lane.bins.build(lane.store);
    }
}

const ChartLanes::Geometry *ChartLanes::geometryOf(int report) const {
    if (report < 0 || size_t(report) >= m_laneOfReport.size())
        return nullptr;
    const int lane = m_laneOfReport[size_t(report)];
    return lane >= 0 && lane < m_geometry.size() ? &m_geometry.at(lane) : nullptr;
}

int ChartLanes::laneAt(const QPointF &pos, bool labelOnly) const {
    for (int i = 0; i < m_geometry.size(); ++i) {
        const Geometry &lane = m_geometry.at(i);
        const QRectF label(0, lane.band.top(), lane.band.left(), lane.band.height());
        if (label.contains(pos) || (!labelOnly && lane.band.contains(pos)))
            return i;
    }
    return -1;
}

QList<TimelineFrameBuilder::Lane> ChartLanes::frameLanes() const {
    QList<TimelineFrameBuilder::Lane> lanes;
    for (const Geometry &g : m_geometry) {
        TimelineFrameBuilder::Lane lane;
        lane.report = g.report;
        lane.band = g.band;
        if (g.report >= 0 && size_t(g.report) < m_markers.size()) {
            const LaneMarkers &data = m_markers[size_t(g.report)];
            lane.store = &data.store;
            lane.global = &data.global;
            lane.bins = &data.bins;
        }
        lanes.append(lane);
    }
    return lanes;
}

void ChartLanes::place(const QRectF &plot, const QFont &font, QGraphicsItem *plotLayer,
                       QGraphicsItem *axisLayer) {
    m_geometry.clear();
    const int count = int(m_lanes.size());
    if (count == 0)
        return;
    // Group headers only when grouping found at least one group.
    const bool grouped = m_arrangement.grouping() != LaneLayout::Grouping::None &&
                         std::any_of(m_lanes.cbegin(), m_lanes.cend(),
                                     [](const LaneLayout::Lane &l) { return !l.group.isEmpty(); });
    int headers = 0;
    for (int i = 0; grouped && i < count; ++i)
        if (i == 0 || m_lanes.at(i).group != m_lanes.at(i - 1).group)
            ++headers;
    const double headerHeight =
        headers > 0 && plot.height() - headers * GroupHeaderHeight > count * 4.0 ? GroupHeaderHeight
                                                                                 : 0.0;
    const double laneHeight = (plot.height() - headers * headerHeight) / count;
    const QFontMetricsF fm(font);
    QFont headerFont = font;
    headerFont.setBold(true);
    const QFontMetricsF headerMetrics(headerFont);
    const double labelWidth = plot.left() - 10;
    const bool labelled = laneHeight >= fm.height() * 0.9;
    double y = plot.top();
    for (int i = 0; i < count; ++i) {
        const LaneLayout::Lane &lane = m_lanes.at(i);
        if (grouped && headerHeight > 0 && (i == 0 || lane.group != m_lanes.at(i - 1).group)) {
            const QString name = lane.group.isEmpty() ? ChartText::otherReportsGroup() : lane.group;
            auto *header = new QGraphicsSimpleTextItem(
                headerMetrics.elidedText(name, Qt::ElideRight, plot.right() - 8), axisLayer);
            header->setFont(headerFont);
            header->setBrush(ChartPalette::groupHeaderText());
            header->setPos(6, y + (headerHeight - headerMetrics.height()) / 2);
            auto *rule = new QGraphicsLineItem(plot.left(), y + headerHeight - 1, plot.right(),
                                               y + headerHeight - 1, plotLayer);
            rule->setPen(QPen(ChartPalette::groupRule(), 1));
            rule->setZValue(-1);
            y += headerHeight;
        }
        Geometry g;
        g.report = lane.report;
        g.key = lane.key;
        g.title = lane.title;
        g.group = lane.group;
        g.band = QRectF(plot.left(), y, plot.width(), laneHeight);
        // Alternate shading tells neighbouring lanes apart without a line per lane.
        if (laneHeight >= 3 && i % 2 == 1) {
            auto *band = new QGraphicsRectItem(g.band, plotLayer);
            band->setPen(Qt::NoPen);
            band->setBrush(ChartPalette::laneShading());
            band->setZValue(-2);
        }
        if (labelled) {
            // Plain text items: a report's title is never markup. Elided here; the full title
            // is the label's tool tip (TimelineChartView asks laneAt()).
            const QString text = fm.elidedText(lane.title, Qt::ElideRight, labelWidth);
            auto *label = new QGraphicsSimpleTextItem(text, axisLayer);
            label->setFont(font);
            label->setBrush(ChartPalette::laneLabelText());
            const double w = fm.horizontalAdvance(text);
            label->setPos(plot.left() - 6 - w, y + (laneHeight - fm.height()) / 2);
            g.labelRect = QRectF(label->pos(), QSizeF(w, fm.height()));
        }
        m_geometry.append(g);
        y += laneHeight;
    }
}

} // namespace Turnpoint

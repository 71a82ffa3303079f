#include "timelinechart.h"

#include "chartlanes.h"
#include "chartlegend.h"
#include "chartpalette.h"
#include "charttext.h"
#include "displaytext.h"
#include "markerflags.h"
#include "safetext.h"
#include "thresholdline.h"
#include "timeaxisitems.h"
#include "timelinefiltermodel.h"
#include "timelineframebuilder.h"
#include "timelinemodel.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Turnpoint {

namespace {

// Zooming in further than this shows nothing a month marker's extent does not already show.
constexpr double MinSpanDays = 20;

// Lanes mode: room left of the plot for the lane labels.
constexpr double LaneLabelWidth = 170;

} // namespace

TimelineChart::TimelineChart(TimelineFilterModel *proxy, QItemSelectionModel *selection,
                             QGraphicsItem *parent)
    : QChart(parent)
    , m_proxy(proxy)
    , m_selection(selection) {
    // The UI language decides the axis labels' form (2019年3月 / Mar 2019); retranslate()
    // follows a change.
    setLocale(QLocale());
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);

    // The x axis exists for Qt Charts' bookkeeping only; the time axis is drawn from a
    // TimeScale below the plot, which leaves room for it through the bottom margin.
    m_xAxis = new QValueAxis(this);
    m_xAxis->setVisible(false);
    addAxis(m_xAxis, Qt::AlignBottom);

    m_yAxis = new QValueAxis(this);
    m_yAxis->setRange(TimelineFrameBuilder::YMin, TimelineFrameBuilder::YMax);
    m_yAxis->setTickType(QValueAxis::TicksDynamic);
    m_yAxis->setTickAnchor(0);
    m_yAxis->setTickInterval(20);
    m_yAxis->setLabelFormat(QStringLiteral("%d%"));
    m_yAxis->setMinorTickCount(0);
    addAxis(m_yAxis, Qt::AlignLeft);
    setAxisTitles();

    const QFontMetricsF fm(m_yAxis->labelsFont());
    setMargins(QMargins(6, 4, 18, int(std::ceil(fm.height())) + 12));

    m_legend = std::make_unique<ChartLegend>(this, m_xAxis, m_yAxis);

    // Qt Charts' own items sit at z -1 (background) to 5 (legend); the plot goes above the
    // grid and series, and is clipped to the plot area so panned-away markers do not spill.
    m_plotLayer = new QGraphicsRectItem(this);
    m_plotLayer->setPen(Qt::NoPen);
    m_plotLayer->setBrush(Qt::NoBrush);
    m_plotLayer->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    m_plotLayer->setZValue(4.5);
    m_plotItem = new TimelinePlotItem(m_plotLayer);
    m_axisLayer = new QGraphicsRectItem(this);
    m_axisLayer->setPen(Qt::NoPen);
    m_axisLayer->setBrush(Qt::NoBrush);
    m_axisLayer->setZValue(4.5);

    // Model changes are applied once per event-loop pass (or sooner, when asked).
    connect(&m_watch, &ChartModelWatch::due, this, &TimelineChart::ensureUpToDate);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, [this] {
        ensureUpToDate();
        ensureSelectionVisible();
        relayout();
    });
    connect(this, &QChart::plotAreaChanged, this, [this] {
        ensureUpToDate();
        relayout();
    });

    ensureUpToDate();
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::setAxisTitles() {
    //: Title of the chart's vertical axis
    m_yAxis->setTitleText(SafeText::html(tr("Confidence")));
}

void TimelineChart::retranslate() {
    ensureUpToDate();
    setLocale(QLocale());
    m_labels.clear();
    m_timeAxis.forgetWidths();
    setAxisTitles();
    // The legend is named in updateLegend(); tick labels and marker labels in relayout().
    updateLegend();
    relayout();
}

void TimelineChart::setShowGhosts(bool show) {
    if (show == m_showGhosts)
        return;
    m_showGhosts = show;
    ensureUpToDate();
    updateLegend();
    relayout();
}

TimeScale TimelineChart::scale() const {
    const QRectF plot = plotArea();
    TimeScale s;
    s.start = m_start;
    s.end = m_end;
    s.left = plot.left();
    s.right = std::max(plot.right(), plot.left() + 1);
    return s;
}

void TimelineChart::setVisibleRange(double start, double end) {
    ensureUpToDate();
    const TimeScale s = scale().withRange(start, end).clamped(m_fullStart, m_fullEnd, MinSpanDays);
    if (s.start == m_start && s.end == m_end)
        return;
    m_start = s.start;
    m_end = s.end;
    // Zoomed is "not showing the full range", however the user got there.
    m_userRange = std::abs(m_start - m_fullStart) > 0.5 || std::abs(m_end - m_fullEnd) > 0.5;
    relayout();
    emit visibleRangeChanged();
}

void TimelineChart::resetZoom() {
    ensureUpToDate();
    m_userRange = false;
    m_start = m_fullStart;
    m_end = m_fullEnd;
    relayout();
    emit visibleRangeChanged();
}

void TimelineChart::zoomBy(double factor, double anchorX) {
    const TimeScale s = scale().zoomed(factor, anchorX);
    setVisibleRange(s.start, s.end);
}

void TimelineChart::panBy(double dx) {
    const TimeScale s = scale().panned(dx);
    // Panning keeps the span: clamp by shifting, not by shrinking.
    double a = s.start, b = s.end;
    if (a < m_fullStart) {
        b += m_fullStart - a;
        a = m_fullStart;
    }
    if (b > m_fullEnd) {
        a -= b - m_fullEnd;
        b = m_fullEnd;
    }
    setVisibleRange(a, b);
}

void TimelineChart::ensureUpToDate() {
    QList<std::pair<int, int>> removedReports;
    const int changes = m_watch.take(&removedReports);
    if (changes == ChartModelWatch::None)
        return;
    if (changes & ChartModelWatch::Geometry)
        rebuildStore(removedReports);
    updateFlags();
    updateLegend();
    updateTitle();
    relayout();
}

const MarkerStore &TimelineChart::store() {
    ensureUpToDate();
    return m_store;
}

bool TimelineChart::isAggregated() {
    ensureUpToDate();
    return m_plotItem->frame().aggregated;
}

const QList<TimelineChart::DrawnMarker> &TimelineChart::drawnMarkers() {
    ensureUpToDate();
    return m_plotItem->frame().markers;
}

const QList<TimelineChart::Column> &TimelineChart::columns() {
    ensureUpToDate();
    return m_plotItem->frame().columns;
}

int TimelineChart::drawnIndexOf(int marker) {
    const QList<DrawnMarker> &drawn = drawnMarkers();
    for (int i = 0; i < drawn.size(); ++i)
        if (drawn.at(i).marker == marker)
            return i;
    return -1;
}

int TimelineChart::visibleMarkerCount() {
    ensureUpToDate();
    return m_counts.passing;
}

int TimelineChart::ghostMarkerCount() {
    ensureUpToDate();
    return m_showGhosts ? m_counts.inShownLanes - m_counts.passing : 0;
}

void TimelineChart::rebuildStore(const QList<std::pair<int, int>> &removedReports) {
    const TimelineModel *model = timelineModel();
    if (removedReports.isEmpty()) {
        m_store.build(model);
    } else {
        for (const auto &[first, last] : removedReports)
            m_store.removeReports(first, last);
    }
    m_labels.clear();
    m_flags.invalidate();
    m_comparison.rebuild(model);
    syncLanes();
    updateFullRange();
}

void TimelineChart::syncLanes() {
    m_lanes.sync(timelineModel());
    m_title.setTitles(shownReportTitles());
}

QList<int> TimelineChart::shownReports() const {
    QList<int> rows;
    if (m_mode == Mode::Lanes) {
        for (const LaneLayout::Lane &lane : m_lanes.lanes())
            rows.append(lane.report);
        return rows;
    }
    const TimelineModel *model = timelineModel();
    for (int r = 0; model && r < model->reportCount(); ++r)
        rows.append(r);
    return rows;
}

QStringList TimelineChart::shownReportTitles() const {
    QStringList titles;
    const TimelineModel *model = timelineModel();
    for (const int r : shownReports()) {
        if (!model || r < 0 || r >= model->reportCount())
            continue;
        const Report &report = model->report(r);
        titles.append(report.title.isEmpty() ? DisplayText::fileName(report.file) : report.title);
    }
    return titles;
}

bool TimelineChart::laneShown(int report) const {
    return m_mode != Mode::Lanes || m_lanes.shows(report);
}

void TimelineChart::setMode(Mode mode) {
    if (mode == m_mode)
        return;
    ensureUpToDate();
    m_mode = mode;
    applyMargins();
    lanesChanged();
    emit modeChanged();
}

void TimelineChart::lanesChanged() {
    // Which reports are shown, and so what is counted, named in the legend and the title.
    syncLanes();
    updateFlags();
    updateLegend();
    m_title.invalidate();
    updateTitle();
    relayout();
}

void TimelineChart::applyMargins() {
    // Lanes mode: the y axis (confidence) makes no sense; its room goes to the lane labels.
    m_yAxis->setVisible(m_mode == Mode::Overlay);
    const QFontMetricsF fm(m_yAxis->labelsFont());
    const int left = m_mode == Mode::Lanes ? int(LaneLabelWidth) : 6;
    setMargins(QMargins(left, 4, 18, int(std::ceil(fm.height())) + 12));
}

void TimelineChart::laneLayoutEdited() {
    // The user arranged the lanes: a saved arrangement no longer overrides it.
    m_lanes.clearSavedArrangement();
    ensureUpToDate();
    lanesChanged();
    emit laneLayoutChanged();
}

void TimelineChart::setLaneGrouping(LaneLayout::Grouping grouping) {
    if (grouping == m_lanes.arrangement().grouping())
        return;
    m_lanes.arrangement().setGrouping(grouping);
    laneLayoutEdited();
}

bool TimelineChart::canMoveLane(const QString &key, int direction) {
    ensureUpToDate();
    return m_lanes.canMove(key, direction);
}

bool TimelineChart::moveLane(const QString &key, int direction) {
    ensureUpToDate();
    if (!m_lanes.move(key, direction))
        return false;
    laneLayoutEdited();
    return true;
}

void TimelineChart::setLaneHidden(const QString &key, bool hidden) {
    ensureUpToDate();
    m_lanes.arrangement().setHidden(key, hidden);
    laneLayoutEdited();
}

void TimelineChart::showAllLanes() {
    ensureUpToDate();
    m_lanes.arrangement().setHiddenKeys({});
    laneLayoutEdited();
}

void TimelineChart::restoreLaneArrangement(const QStringList &order, const QStringList &hidden) {
    m_lanes.setSavedArrangement(order, hidden);
    m_watch.markGeometryDirty();
    ensureUpToDate();
    emit laneLayoutChanged();
}

const QList<TimelineChart::LaneGeometry> &TimelineChart::laneGeometry() {
    ensureUpToDate();
    return m_lanes.geometry();
}

int TimelineChart::laneAt(const QPointF &chartPos, bool labelOnly) {
    ensureUpToDate();
    return m_lanes.laneAt(chartPos, labelOnly);
}

void TimelineChart::updateFullRange() {
    double lo = m_store.minTime();
    double hi = m_store.maxTime();
    if (m_store.isEmpty()) {
        // Nothing dated: show the last year so the axis is still meaningful.
        const double today = TimeScale::timeOf(QDate::currentDate());
        lo = today - 365;
        hi = today + 1;
    }
    const double pad = std::max((hi - lo) * 0.04, 40.0);
    m_fullStart = lo - pad;
    m_fullEnd = hi + pad;
    if (!m_userRange) {
        m_start = m_fullStart;
        m_end = m_fullEnd;
    } else {
        const TimeScale s = scale().clamped(m_fullStart, m_fullEnd, MinSpanDays);
        m_start = s.start;
        m_end = s.end;
    }
}

void TimelineChart::updateFlags() {
    m_counts = m_flags.update(
        m_store, *m_proxy, shownMinimumConfidence(),
        [this](const MarkerStore::Marker &m) { return m_indexes.turningPointOf(m); },
        [this](int report) { return laneShown(report); });
    applyEmphasis();
    rebuildBins();
}

void TimelineChart::applyEmphasis() {
    for (const QPersistentModelIndex &index : std::as_const(m_emphasis)) {
        const int marker = markerOf(index);
        if (marker >= 0)
            m_store.at(marker).set(MarkerStore::Emphasized, true);
    }
}

void TimelineChart::rebuildBins() {
    m_bins.build(m_store);
    if (m_mode == Mode::Lanes)
        m_lanes.rebuildMarkers(m_store);
    else
        m_lanes.clearMarkers();
}

void TimelineChart::setEmphasizedTurningPoints(const QList<QModelIndex> &sourceIndexes) {
    ensureUpToDate();
    m_emphasis.clear();
    for (const QModelIndex &index : sourceIndexes)
        if (index.isValid())
            m_emphasis.append(QPersistentModelIndex(index.siblingAtColumn(0)));
    for (int i = 0; i < m_store.size(); ++i)
        m_store.at(i).set(MarkerStore::Emphasized, false);
    applyEmphasis();
    rebuildBins();
    relayout();
}

void TimelineChart::setPreviewMinimumConfidence(int percent) {
    percent = std::clamp(percent, 0, 100);
    if (m_preview == percent)
        return;
    ensureUpToDate();
    m_preview = percent;
    updateFlags();
    updateLegend();
    relayout();
}

void TimelineChart::clearPreviewMinimumConfidence() {
    if (!m_preview)
        return;
    ensureUpToDate();
    m_preview.reset();
    updateFlags();
    updateLegend();
    relayout();
}

int TimelineChart::shownMinimumConfidence() const {
    return m_preview ? *m_preview : m_proxy->minimumConfidence();
}

void TimelineChart::updateLegend() {
    ChartLegend::Contents contents;
    contents.event = m_counts.event;
    contents.policy = m_counts.policy;
    contents.other = m_counts.other;
    contents.nothingFound = m_counts.nothingFound;
    contents.ghosts = m_showGhosts && m_counts.passing < m_counts.inShownLanes;
    contents.comparison = m_comparison.any();
    contents.otherKinds = m_counts.otherKinds;
    contents.density = m_legendDensity;
    contents.densityInLanes = m_mode == Mode::Lanes;
    contents.byReport = m_mode == Mode::Overlay && m_lanes.reportCount() > 1;
    if (contents.byReport)
        contents.reportTitles = shownReportTitles();
    m_legend->update(contents);
}

void TimelineChart::updateTitle() {
    const std::optional<QString> html =
        m_title.html(titleFont(), std::max(100.0, size().width() - 40));
    if (html && *html != title())
        setTitle(*html);
}

double TimelineChart::yFor(double percent) const {
    return TimelineFrameBuilder::confidenceY(plotArea(), percent);
}

double TimelineChart::yForMarker(const MarkerStore::Marker &m) const {
    if (m_mode == Mode::Lanes) {
        const LaneGeometry *lane = m_lanes.geometryOf(m.report);
        return lane ? lane->band.center().y() : plotArea().center().y();
    }
    // An unscored turning point (shown at threshold 0 only) sits on the 0% line.
    return yFor(m.confidenceValue().value_or(0.0));
}

QPointF TimelineChart::markerCentre(int marker) const {
    if (marker < 0 || marker >= m_store.size())
        return {};
    const MarkerStore::Marker &m = m_store.at(marker);
    return QPointF(scale().toPixel(m.time()), yForMarker(m));
}

QString TimelineChart::label(int marker) const {
    if (marker < 0 || marker >= m_store.size())
        return {};
    const TurningPoint *found = m_indexes.turningPointOf(m_store.at(marker));
    return found ? ChartText::label(*found) : QString();
}

QString TimelineChart::toolTip(int marker) const {
    if (marker < 0 || marker >= m_store.size())
        return {};
    const MarkerStore::Marker &m = m_store.at(marker);
    const TurningPoint *found = m_indexes.turningPointOf(m);
    if (!found)
        return {};
    const TimelineModel *model = timelineModel();
    const QString &file = model->report(m.report).file;
    return ChartText::toolTip(*found, m, model->turningPointChange(m.report, m.turningPoint),
                              model->reportCount() > 1 ? &file : nullptr, locale());
}

QString TimelineChart::columnToolTip(int column) {
    const QList<Column> &all = columns();
    if (column < 0 || column >= all.size())
        return {};
    return ChartText::columnToolTip(all.at(column), m_showGhosts, locale());
}

QModelIndex TimelineChart::selectedTurningPoint() const {
    QModelIndex current = m_selection->currentIndex();
    if (!current.isValid() || current.model() != m_proxy)
        return {};
    current = current.siblingAtColumn(0);
    const auto type = TimelineModel::NodeType(current.data(TimelineModel::NodeTypeRole).toInt());
    if (type == TimelineModel::NodeType::Entry)
        return current.parent();
    if (type == TimelineModel::NodeType::TurningPoint)
        return current;
    return {};
}

int TimelineChart::markerAt(const QPointF &chartPos, bool includeGhosts) {
    ensureUpToDate();
    if (!plotArea().contains(chartPos))
        return -1;
    int best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (const DrawnMarker &m : m_plotItem->frame().markers) {
        if (m.marker < 0 || (m.ghost && !includeGhosts))
            continue;
        const QPointF d = chartPos - m.centre;
        const double distance = std::hypot(d.x(), d.y());
        // Prefer real markers over ghosts at the same spot.
        const double score = distance + (m.ghost ? 0.5 : 0.0);
        if (distance <= m.radius * 1.2 + 3 && score < bestDistance) {
            best = m.marker;
            bestDistance = score;
        }
    }
    return best;
}

int TimelineChart::columnAt(const QPointF &chartPos) {
    ensureUpToDate();
    const TimelinePlotItem::Frame &frame = m_plotItem->frame();
    if (!frame.aggregated || !frame.plot.contains(chartPos))
        return -1;
    const QList<Column> &columns = frame.columns;
    if (m_mode == Mode::Lanes) {
        // Lanes: columns of several lanes interleave; the lane is found by y.
        for (int i = 0; i < columns.size(); ++i) {
            const Column &c = columns.at(i);
            if (chartPos.y() >= c.laneTop && chartPos.y() < c.laneBottom &&
                chartPos.x() >= c.left - 1 && chartPos.x() < c.left + c.width + 1)
                return i;
        }
        return -1;
    }
    // Columns are in x order; only non-empty ones are kept. Allow a pixel of slack so a thin
    // column can be hit.
    const auto it = std::partition_point(columns.cbegin(), columns.cend(), [&](const Column &c) {
        return c.left + c.width + 1 <= chartPos.x();
    });
    if (it == columns.cend() || it->left - 1 > chartPos.x())
        return -1;
    return int(it - columns.cbegin());
}

QModelIndex TimelineChart::adjacentTurningPoint(int direction) {
    ensureUpToDate();
    if (m_counts.passing == 0)
        return {};
    const int step = direction > 0 ? 1 : -1;
    const int n = m_store.size();
    const int selected = markerOf(selectedTurningPoint());
    // The store is in time order (ties by confidence, report, row): the neighbour is the
    // next shown marker that way. At an end, the selection stays.
    int i = selected < 0 ? (step > 0 ? 0 : n - 1) : selected + step;
    for (; i >= 0 && i < n; i += step) {
        if (!m_store.at(i).has(MarkerStore::Passes) || !laneShown(m_store.at(i).report))
            continue;
        const QModelIndex index = proxyIndex(i);
        if (index.isValid())
            return index;
    }
    return selected >= 0 ? proxyIndex(selected) : QModelIndex();
}

void TimelineChart::ensureSelectionVisible() {
    const int marker = markerOf(selectedTurningPoint());
    if (marker < 0)
        return;
    const double time = m_store.at(marker).time();
    // A small inset so a marker right at the edge, half clipped, also counts as hidden.
    const double inset = std::min(m_end - m_start, 12 / std::max(scale().pixelsPerDay(), 1e-9));
    if (time >= m_start + inset && time <= m_end - inset)
        return;
    const double half = (m_end - m_start) / 2;
    setVisibleRange(time - half, time + half);
}

QRectF TimelineChart::axisStrip() const {
    const QRectF plot = plotArea();
    return QRectF(plot.left(), plot.bottom(), plot.width(),
                  std::max(0.0, size().height() - plot.bottom()));
}

void TimelineChart::setRangeBand(double startTime, double endTime) {
    m_band = std::make_pair(std::min(startTime, endTime), std::max(startTime, endTime));
    TimelinePlotItem::Frame frame = m_plotItem->frame();
    const TimeScale s = scale();
    frame.band = std::make_pair(s.toPixel(m_band->first), s.toPixel(m_band->second));
    m_plotItem->setFrame(std::move(frame));
}

void TimelineChart::clearRangeBand() {
    if (!m_band)
        return;
    m_band.reset();
    TimelinePlotItem::Frame frame = m_plotItem->frame();
    frame.band.reset();
    m_plotItem->setFrame(std::move(frame));
}

void TimelineChart::relayout() {
    const QRectF plot = plotArea();
    m_plotLayer->setRect(plot);
    const QList<QGraphicsItem *> oldPlot = m_plotLayer->childItems();
    for (QGraphicsItem *item : oldPlot)
        if (item != m_plotItem)
            delete item;
    const QList<QGraphicsItem *> oldAxis = m_axisLayer->childItems();
    qDeleteAll(oldAxis);
    if (plot.width() < 2 || plot.height() < 2) {
        m_plotItem->setFrame({});
        return;
    }
    updateTitle();

    const TimeScale s = scale();
    m_xAxis->setRange(m_start, m_end);

    if (m_mode == Mode::Lanes)
        m_lanes.place(plot, m_yAxis->labelsFont(), m_plotLayer, m_axisLayer);
    else
        m_lanes.clearGeometry();
    m_timeAxis.draw(s, plot, locale(), *m_yAxis, m_plotLayer, m_axisLayer);

    // The threshold line at the slider's value (or its preview); lanes mode has no confidence
    // axis to draw it on. Marker labels keep clear of its value.
    QList<QRectF> occupied;
    if (m_mode == Mode::Overlay) {
        const int threshold = shownMinimumConfidence();
        occupied.append(ThresholdLine::draw(plot, yFor(double(threshold)), threshold,
                                            m_yAxis->labelsFont(), m_plotLayer));
    }

    TimelineFrameBuilder::Input in;
    in.store = &m_store;
    in.bins = &m_bins;
    in.scale = s;
    in.plot = plot;
    in.lanes = m_mode == Mode::Lanes;
    if (in.lanes) {
        in.laneList = m_lanes.frameLanes();
        in.laneOfReport = m_lanes.laneOfReport();
    }
    in.showGhosts = m_showGhosts;
    in.colourByReport = m_mode == Mode::Overlay && m_lanes.reportCount() > 1;
    in.atMaximumZoom = s.span() <= MinSpanDays * 1.001;
    in.selectedMarker = markerOf(selectedTurningPoint());
    in.rangeBand = m_band;
    in.removed = &m_comparison.removed();
    const TimelineModel *model = timelineModel();
    in.changeOf = [this, model](const MarkerStore::Marker &m) -> const TurningPointChange * {
        // Only reports with a baseline are looked up.
        return model && m_comparison.hasBaseline(m.report)
                   ? model->turningPointChange(m.report, m.turningPoint)
                   : nullptr;
    };
    in.occupied = occupied;
    const QFont labelFont = m_yAxis->labelsFont();
    const QFontMetricsF labelMetrics(labelFont);
    in.labelOf = [this, &labelMetrics](int marker) {
        if (const TimelineFrameBuilder::Label *cached = m_labels.find(marker))
            return *cached;
        return m_labels.insert(marker, label(marker), m_store.at(marker).entries, labelMetrics);
    };
    in.labelHeight = labelMetrics.height();
    TimelineFrameBuilder builder(std::move(in));
    TimelinePlotItem::Frame frame = builder.build();
    for (const TimelineFrameBuilder::PlacedLabel &placed : builder.labels()) {
        auto *item = new QGraphicsSimpleTextItem(placed.text, m_plotLayer);
        item->setFont(labelFont);
        item->setBrush(placed.nothingFound ? ChartPalette::nothingFoundLabelText()
                                           : ChartPalette::labelText());
        item->setPos(placed.rect.topLeft());
        item->setZValue(1);
    }
    const bool aggregated = frame.aggregated;
    m_plotItem->setFrame(std::move(frame));
    // Last, as the legend may lay the chart out again, which comes back here: the plot's
    // width, and with it the level of detail, does not change with the legend at the top.
    if (aggregated != m_legendDensity) {
        m_legendDensity = aggregated;
        updateLegend();
    }
}

int TimelineChart::removedAt(const QPointF &chartPos) {
    ensureUpToDate();
    if (!plotArea().contains(chartPos))
        return -1;
    for (const DrawnMarker &m : m_plotItem->frame().markers) {
        if (m.removed < 0)
            continue;
        const QPointF d = chartPos - m.centre;
        if (std::hypot(d.x(), d.y()) <= m.radius * 1.2 + 3)
            return m.removed;
    }
    return -1;
}

QString TimelineChart::removedToolTip(int removed) const {
    if (removed < 0 || removed >= int(m_comparison.removed().size()))
        return {};
    const RemovedMark &r = m_comparison.removed()[size_t(removed)];
    const TimelineModel *model = timelineModel();
    const Report *baseline = model ? model->baseline(r.report) : nullptr;
    if (!baseline || r.oldIndex >= baseline->turningPoints.size())
        return {};
    return ChartText::removedToolTip(baseline->turningPoints.at(r.oldIndex), locale());
}

} // namespace Turnpoint

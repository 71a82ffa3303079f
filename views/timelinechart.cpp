#include "timelinechart.h"

#include "confidencefiltermodel.h"
#include "datetext.h"
#include "displaytext.h"
#include "safetext.h"
#include "timelinemodel.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPainterPath>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Turnpoint {

namespace {

// The y axis runs a little beyond 0-100 so markers at 0% or 100% are not cut in half.
constexpr double YMin = -6;
constexpr double YMax = 106;
// Zooming in further than this shows nothing a month marker's extent does not already show.
constexpr double MinSpanDays = 20;
constexpr int MaxTooltipEntries = 8;
constexpr double LabelMaxWidth = 150;
constexpr double GhostOpacity = 0.25;

const QColor NothingFoundColor(0x80, 0x80, 0x80);
const QColor ThresholdColor(0x6b, 0x46, 0xc1);

double markerRadius(const TimelineChart::Marker &m) {
    if (m.nothingFound || m.entries == 0)
        return 6.5;
    return std::min(5.0 + 3.0 * std::sqrt(double(m.entries)), 16.0);
}

QPainterPath shapeFor(TimelineChart::KindClass kind, double r) {
    QPainterPath path;
    switch (kind) {
    case TimelineChart::KindClass::Event:
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    case TimelineChart::KindClass::Policy: {
        // A diamond reads as the same size as a circle when its half-diagonal is ~1.2 r.
        const double d = r * 1.2;
        path.moveTo(0, -d);
        path.lineTo(d, 0);
        path.lineTo(0, d);
        path.lineTo(-d, 0);
        path.closeSubpath();
        break;
    }
    case TimelineChart::KindClass::Other:
        path.moveTo(0, -r * 1.2);
        path.lineTo(r * 1.1, r * 0.8);
        path.lineTo(-r * 1.1, r * 0.8);
        path.closeSubpath();
        break;
    }
    return path;
}

QScatterSeries::MarkerShape legendShapeFor(TimelineChart::KindClass kind) {
    switch (kind) {
    case TimelineChart::KindClass::Event:
        return QScatterSeries::MarkerShapeCircle;
    case TimelineChart::KindClass::Policy:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case TimelineChart::KindClass::Other:
        return QScatterSeries::MarkerShapeTriangle;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QString entryLine(const Entry &e) {
    if (e.label.isEmpty())
        return e.title;
    //: An entry in a tool tip or list: its label (category) and its title
    return TimelineChart::tr("%1: %2").arg(e.label, e.title);
}

} // namespace

TimelineChart::TimelineChart(ConfidenceFilterModel *proxy, QItemSelectionModel *selection,
                             QGraphicsItem *parent)
    : QChart(parent)
    , m_proxy(proxy)
    , m_selection(selection) {
    // The UI language decides the axis labels' form (2019年3月 / Mar 2019); retranslate()
    // follows a change.
    setLocale(QLocale());
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    legend()->setAlignment(Qt::AlignTop);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    // The x axis exists for Qt Charts' bookkeeping only; the time axis is drawn from a
    // TimeScale below the plot, which leaves room for it through the bottom margin.
    m_xAxis = new QValueAxis(this);
    m_xAxis->setVisible(false);
    addAxis(m_xAxis, Qt::AlignBottom);

    m_yAxis = new QValueAxis(this);
    m_yAxis->setRange(YMin, YMax);
    m_yAxis->setTickType(QValueAxis::TicksDynamic);
    m_yAxis->setTickAnchor(0);
    m_yAxis->setTickInterval(20);
    m_yAxis->setLabelFormat(QStringLiteral("%d%"));
    m_yAxis->setMinorTickCount(0);
    addAxis(m_yAxis, Qt::AlignLeft);
    setAxisTitles();

    const QFontMetricsF fm(m_yAxis->labelsFont());
    setMargins(QMargins(6, 4, 18, int(std::ceil(fm.height())) + 12));

    // Empty series that give the legend one entry per marker style; the markers themselves are
    // graphics items so their size can follow the number of entries.
    auto legendSeries = [this](QScatterSeries::MarkerShape shape, const QColor &fill,
                               const QColor &border) {
        auto *series = new QScatterSeries(this);
        series->setMarkerShape(shape);
        series->setMarkerSize(12);
        series->setColor(fill);
        series->setBorderColor(border);
        addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
        return series;
    };
    m_eventSeries = legendSeries(legendShapeFor(KindClass::Event), colorFor(KindClass::Event),
                                 colorFor(KindClass::Event).darker(150));
    m_policySeries = legendSeries(legendShapeFor(KindClass::Policy), colorFor(KindClass::Policy),
                                  colorFor(KindClass::Policy).darker(150));
    m_otherSeries = legendSeries(legendShapeFor(KindClass::Other), colorFor(KindClass::Other),
                                 colorFor(KindClass::Other).darker(150));
    m_nothingSeries =
        legendSeries(QScatterSeries::MarkerShapeCircle, QColor(Qt::white), NothingFoundColor);
    QColor ghost = colorFor(KindClass::Event);
    ghost.setAlphaF(GhostOpacity);
    m_ghostSeries = legendSeries(QScatterSeries::MarkerShapeCircle, ghost, ghost);

    // Qt Charts' own items sit at z -1 (background) to 5 (legend); markers go above the grid
    // and series, and are clipped to the plot area so panned-away markers do not spill out.
    m_plotLayer = new QGraphicsRectItem(this);
    m_plotLayer->setPen(Qt::NoPen);
    m_plotLayer->setBrush(Qt::NoBrush);
    m_plotLayer->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    m_plotLayer->setZValue(4.5);
    m_axisLayer = new QGraphicsRectItem(this);
    m_axisLayer->setPen(Qt::NoPen);
    m_axisLayer->setBrush(Qt::NoBrush);
    m_axisLayer->setZValue(4.5);

    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &TimelineChart::ensureUpToDate);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TimelineChart::markDirty);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TimelineChart::markDirty);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TimelineChart::markDirty);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TimelineChart::markDirty);
    connect(m_proxy, &QAbstractItemModel::rowsMoved, this, &TimelineChart::markDirty);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &TimelineChart::markDirty);
    connect(m_proxy, &ConfidenceFilterModel::minimumConfidenceChanged, this,
            &TimelineChart::markDirty);
    // Ghosts are turning points the proxy hides, so changes of the source model matter too.
    if (QAbstractItemModel *source = m_proxy->sourceModel()) {
        connect(source, &QAbstractItemModel::modelReset, this, &TimelineChart::markDirty);
        connect(source, &QAbstractItemModel::rowsInserted, this, &TimelineChart::markDirty);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &TimelineChart::markDirty);
        connect(source, &QAbstractItemModel::dataChanged, this, &TimelineChart::markDirty);
    }
    connect(m_proxy, &QAbstractProxyModel::sourceModelChanged, this, &TimelineChart::markDirty);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, [this] {
        ensureUpToDate();
        ensureSelectionVisible();
        relayout();
    });
    connect(this, &QChart::plotAreaChanged, this, [this] {
        ensureUpToDate();
        relayout();
    });

    rebuild();
}

TimelineChart::~TimelineChart() = default;

TimelineModel *TimelineChart::timelineModel() const {
    return qobject_cast<TimelineModel *>(m_proxy->sourceModel());
}

TimelineChart::KindClass TimelineChart::classify(const QString &kind) {
    const QString k = kind.trimmed();
    if (k == QStringLiteral("事件") || k.compare(QLatin1String("event"), Qt::CaseInsensitive) == 0)
        return KindClass::Event;
    if (k == QStringLiteral("政策") || k.compare(QLatin1String("policy"), Qt::CaseInsensitive) == 0)
        return KindClass::Policy;
    return KindClass::Other;
}

QColor TimelineChart::colorFor(KindClass kind) {
    // Distinguishable for the common colour-vision deficiencies; shapes differ as well.
    switch (kind) {
    case KindClass::Event:
        return QColor(0x1f, 0x6f, 0xb4);
    case KindClass::Policy:
        return QColor(0xe0, 0x7b, 0x00);
    case KindClass::Other:
        return QColor(0x2a, 0x9d, 0x6f);
    }
    return QColor(Qt::black);
}

void TimelineChart::setAxisTitles() {
    //: Title of the chart's vertical axis
    m_yAxis->setTitleText(SafeText::html(tr("Confidence")));
}

void TimelineChart::retranslate() {
    setLocale(QLocale());
    setAxisTitles();
    // Labels, tool tips and the legend are made in rebuild(); tick labels in relayout().
    markDirty();
    ensureUpToDate();
}

void TimelineChart::setShowGhosts(bool show) {
    if (show == m_showGhosts)
        return;
    m_showGhosts = show;
    markDirty();
    ensureUpToDate();
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

void TimelineChart::markDirty() {
    m_dirty = true;
    m_rebuildTimer.start();
}

void TimelineChart::ensureUpToDate() {
    if (m_dirty)
        rebuild();
}

const QList<TimelineChart::Marker> &TimelineChart::markers() {
    ensureUpToDate();
    return m_markers;
}

int TimelineChart::visibleMarkerCount() {
    ensureUpToDate();
    return int(std::count_if(m_markers.cbegin(), m_markers.cend(),
                             [](const Marker &m) { return !m.ghost; }));
}

int TimelineChart::ghostMarkerCount() {
    ensureUpToDate();
    return int(std::count_if(m_markers.cbegin(), m_markers.cend(),
                             [](const Marker &m) { return m.ghost; }));
}

void TimelineChart::rebuild() {
    m_dirty = false;
    m_rebuildTimer.stop();
    m_markers.clear();
    m_titles.clear();

    const QLocale loc = locale();
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    QStringList otherKinds;
    TimelineModel *model = timelineModel();
    const int reportCount = model ? model->reportCount() : 0;
    for (int r = 0; r < reportCount; ++r) {
        const Report &report = model->report(r);
        m_titles.append(report.title.isEmpty() ? DisplayText::fileName(report.file) : report.title);
        for (int t = 0; t < report.turningPoints.size(); ++t) {
            const TurningPoint &tp = report.turningPoints.at(t);
            const QDate first = tp.date.firstDay();
            const QDate last = tp.date.lastDay();
            if (!first.isValid() || !last.isValid())
                continue; // undated: listed in the outline, not placed on the axis
            lo = std::min(lo, TimeScale::timeOf(first));
            hi = std::max(hi, TimeScale::timeAfter(last));

            Marker m;
            m.sourceIndex = model->turningPointIndex(r, t);
            m.proxyIndex = m_proxy->mapFromSource(m.sourceIndex);
            m.ghost = !m.proxyIndex.isValid();
            if (m.ghost && !m_showGhosts)
                continue;
            m.first = TimeScale::timeOf(first);
            m.after = TimeScale::timeAfter(last);
            m.time = TimeScale::centreOf(first, last);
            m.confidence = tp.confidence;
            m.entries = int(tp.entries.size());
            m.nothingFound = tp.nothingFound;
            m.kind = classify(tp.kind);
            if (m.kind == KindClass::Other && !m.ghost) {
                const QString k = DisplayText::kind(tp.kind);
                if (!otherKinds.contains(k))
                    otherKinds.append(k);
            }
            m.radius = markerRadius(m);

            if (m.nothingFound) {
                //: Short label next to a turning point where the report found nothing
                m.label = tr("nothing found");
            } else if (!tp.entries.isEmpty()) {
                m.label = tp.entries.first().title;
                if (m.label.isEmpty())
                    m.label = tp.entries.first().label;
            }

            QStringList lines;
            const QString date = DateText::partialDate(tp.date, loc);
            //: Tool tip: a date and what the report gave of it, e.g. "Mar 2019 (month)"
            lines.append(tr("%1 (%2)").arg(date, DateText::precisionName(tp.date.precision)));
            //: Tool tip line: the kind of a turning point
            lines.append(tr("Kind: %1").arg(DisplayText::kind(tp.kind)));
            //: Tool tip line: the confidence of a turning point
            lines.append(tr("Confidence: %1").arg(DisplayText::confidence(tp.confidence, loc)));
            if (tp.nothingFound) {
                const QString sentence = tp.notes.isEmpty() ? QString() : tp.notes.first().text;
                //: Tool tip line: the report found nothing in this period, then its sentence
                lines.append(tr("Nothing found: %1").arg(sentence));
            }
            for (int e = 0; e < tp.entries.size() && e < MaxTooltipEntries; ++e)
                lines.append(QStringLiteral("• ") + entryLine(tp.entries.at(e)));
            if (tp.entries.size() > MaxTooltipEntries)
                //: Tool tip line after the first entries of a long list
                lines.append(tr("… and %1 more").arg(tp.entries.size() - MaxTooltipEntries));
            if (reportCount > 1)
                lines.append(DisplayText::fileName(report.file));
            if (m.ghost)
                //: Tool tip line of a faint marker below the confidence threshold
                lines.append(tr("Below the confidence threshold"));
            m.toolTip = lines.join(QLatin1Char('\n'));
            m_markers.append(m);
        }
    }

    if (lo > hi) {
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

    // Ghosts first so real markers draw over them; larger markers first so small ones stay
    // visible on top.
    std::stable_sort(m_markers.begin(), m_markers.end(), [](const Marker &a, const Marker &b) {
        if (a.ghost != b.ghost)
            return a.ghost;
        return a.radius > b.radius;
    });

    updateLegend(otherKinds);
    updateTitle();
    relayout();
}

void TimelineChart::updateLegend(const QStringList &otherKinds) {
    bool event = false, policy = false, other = false, nothing = false, ghost = false;
    for (const Marker &m : std::as_const(m_markers)) {
        if (m.ghost) {
            ghost = true;
            continue;
        }
        event |= m.kind == KindClass::Event;
        policy |= m.kind == KindClass::Policy;
        other |= m.kind == KindClass::Other;
        nothing |= m.nothingFound;
    }
    // Legend labels are HTML in Qt Charts; every one is escaped, report text or not.
    //: Legend: turning points of kind 事件 / Event
    m_eventSeries->setName(SafeText::html(tr("Event")));
    //: Legend: turning points of kind 政策 / Policy
    m_policySeries->setName(SafeText::html(tr("Policy")));
    QString others = otherKinds.join(QStringLiteral(", "));
    if (others.size() > 40)
        others = others.left(39) + QChar(0x2026);
    //: Legend: turning points of any other kind, followed by the kinds as written
    m_otherSeries->setName(SafeText::html(tr("Other: %1").arg(others)));
    //: Legend: turning points where the report found nothing (hollow grey markers)
    m_nothingSeries->setName(SafeText::html(tr("Nothing found")));
    //: Legend: faint markers of turning points below the confidence threshold
    m_ghostSeries->setName(SafeText::html(tr("Below threshold")));

    const std::pair<QScatterSeries *, bool> shown[] = {{m_eventSeries, event},
                                                       {m_policySeries, policy},
                                                       {m_otherSeries, other},
                                                       {m_nothingSeries, nothing},
                                                       {m_ghostSeries, ghost}};
    for (const auto &[series, visible] : shown) {
        const QList<QLegendMarker *> legendMarkers = legend()->markers(series);
        for (QLegendMarker *marker : legendMarkers)
            marker->setVisible(visible);
    }
}

void TimelineChart::updateTitle() {
    QString title = m_titles.join(QStringLiteral(" · "));
    const QFontMetricsF fm(titleFont());
    const double available = std::max(100.0, size().width() - 40);
    title = fm.elidedText(title, Qt::ElideRight, available);
    // The title is rendered as HTML by Qt Charts.
    setTitle(SafeText::html(title));
}

double TimelineChart::yFor(const std::optional<double> &confidence) const {
    const QRectF plot = plotArea();
    // An unscored turning point (shown at threshold 0 only) sits on the 0% line.
    const double value = std::clamp(confidence.value_or(0.0), 0.0, 100.0);
    return plot.bottom() - (value - YMin) / (YMax - YMin) * plot.height();
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
    for (int i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers.at(i);
        if (m.ghost && !includeGhosts)
            continue;
        const QPointF d = chartPos - m.centre;
        const double distance = std::hypot(d.x(), d.y());
        // Prefer real markers over ghosts at the same spot.
        const double score = distance + (m.ghost ? 0.5 : 0.0);
        if (distance <= m.radius * 1.2 + 3 && score < bestDistance) {
            best = i;
            bestDistance = score;
        }
    }
    return best;
}

QModelIndex TimelineChart::adjacentTurningPoint(int direction) {
    ensureUpToDate();
    QList<const Marker *> order;
    for (const Marker &m : std::as_const(m_markers))
        if (!m.ghost)
            order.append(&m);
    if (order.isEmpty())
        return {};
    std::sort(order.begin(), order.end(), [](const Marker *a, const Marker *b) {
        if (a->time != b->time)
            return a->time < b->time;
        if (a->confidence.value_or(-1) != b->confidence.value_or(-1))
            return a->confidence.value_or(-1) < b->confidence.value_or(-1);
        if (a->sourceIndex.parent().row() != b->sourceIndex.parent().row())
            return a->sourceIndex.parent().row() < b->sourceIndex.parent().row();
        return a->sourceIndex.row() < b->sourceIndex.row();
    });
    const QModelIndex selected = selectedTurningPoint();
    int position = -1;
    for (int i = 0; i < order.size(); ++i)
        if (order.at(i)->proxyIndex == selected)
            position = i;
    if (position < 0)
        return direction > 0 ? order.first()->proxyIndex : order.last()->proxyIndex;
    const int next = std::clamp(position + (direction > 0 ? 1 : -1), 0, int(order.size()) - 1);
    return order.at(next)->proxyIndex;
}

void TimelineChart::ensureSelectionVisible() {
    const QModelIndex selected = selectedTurningPoint();
    if (!selected.isValid())
        return;
    for (const Marker &m : std::as_const(m_markers)) {
        if (m.proxyIndex != selected)
            continue;
        // A small inset so a marker right at the edge, half clipped, also counts as hidden.
        const double inset = std::min(m_end - m_start, 12 / std::max(scale().pixelsPerDay(), 1e-9));
        if (m.time >= m_start + inset && m.time <= m_end - inset)
            return;
        const double half = (m_end - m_start) / 2;
        setVisibleRange(m.time - half, m.time + half);
        return;
    }
}

void TimelineChart::relayout() {
    const QRectF plot = plotArea();
    m_plotLayer->setRect(plot);
    const QList<QGraphicsItem *> oldPlot = m_plotLayer->childItems();
    qDeleteAll(oldPlot);
    const QList<QGraphicsItem *> oldAxis = m_axisLayer->childItems();
    qDeleteAll(oldAxis);
    if (plot.width() < 2 || plot.height() < 2)
        return;
    updateTitle();

    const TimeScale s = scale();
    m_xAxis->setRange(m_start, m_end);

    // Time axis: grid lines on period boundaries, labels that fit or nothing.
    const QFont tickFont = m_yAxis->labelsFont();
    const QFontMetricsF tickMetrics(tickFont);
    const auto textWidth = [&tickMetrics](const QString &text) {
        return tickMetrics.horizontalAdvance(text);
    };
    const QList<TimeTick> ticks =
        s.ticks(locale(), textWidth, tickMetrics.horizontalAdvance(QStringLiteral("MM")));
    const QPen gridPen = m_yAxis->gridLinePen();
    const QPen axisPen = m_yAxis->linePen();
    for (const TimeTick &tick : ticks) {
        const double x = s.toPixel(tick.time);
        if (x >= plot.left() && x <= plot.right()) {
            auto *grid = new QGraphicsLineItem(x, plot.top(), x, plot.bottom(), m_plotLayer);
            grid->setPen(gridPen);
            auto *mark = new QGraphicsLineItem(x, plot.bottom(), x, plot.bottom() + 5, m_axisLayer);
            mark->setPen(axisPen);
        }
        if (!tick.label.isEmpty()) {
            auto *label = new QGraphicsSimpleTextItem(tick.label, m_axisLayer);
            label->setFont(tickFont);
            label->setBrush(m_yAxis->labelsBrush());
            label->setPos(s.toPixel(tick.labelTime) - textWidth(tick.label) / 2, plot.bottom() + 6);
        }
    }
    auto *baseline =
        new QGraphicsLineItem(plot.left(), plot.bottom(), plot.right(), plot.bottom(), m_axisLayer);
    baseline->setPen(axisPen);

    QList<QRectF> occupied;

    // Threshold line at the slider's value, with its value at the right end.
    const int threshold = m_proxy->minimumConfidence();
    const double thresholdY = yFor(double(threshold));
    auto *line =
        new QGraphicsLineItem(plot.left(), thresholdY, plot.right(), thresholdY, m_plotLayer);
    QPen thresholdPen(ThresholdColor, 1.5, Qt::DashLine);
    line->setPen(thresholdPen);
    {
        //: Label of the threshold line on the chart, e.g. "≥ 60%"
        auto *label = new QGraphicsSimpleTextItem(tr("≥ %1%").arg(threshold), m_plotLayer);
        label->setFont(tickFont);
        label->setBrush(ThresholdColor);
        const QRectF r = label->boundingRect();
        QPointF pos(plot.right() - r.width() - 4, thresholdY - r.height() - 1);
        if (pos.y() < plot.top())
            pos.setY(thresholdY + 1);
        label->setPos(pos);
        occupied.append(QRectF(pos, r.size()).adjusted(-2, -1, 2, 1));
    }

    // Markers.
    const QModelIndex selected = selectedTurningPoint();
    int selectedMarker = -1;
    for (int i = 0; i < m_markers.size(); ++i) {
        Marker &m = m_markers[i];
        m.centre = QPointF(s.toPixel(m.time), yFor(m.confidence));
        m.labelShown = false;
        m.labelRect = {};
        const bool isSelected = !m.ghost && selected.isValid() && m.proxyIndex == selected;
        if (isSelected)
            selectedMarker = i;
        const QColor colour = m.nothingFound ? NothingFoundColor : colorFor(m.kind);

        // The period the date covers, once it is wider than the marker: a month reads as a
        // month when zoomed in.
        const double x0 = s.toPixel(m.first), x1 = s.toPixel(m.after);
        if (x1 - x0 > 2.4 * m.radius + 14) {
            const double h = std::max(6.0, m.radius * 0.9);
            auto *extent = new QGraphicsRectItem(x0, m.centre.y() - h / 2, x1 - x0, h, m_plotLayer);
            QColor fill = colour;
            fill.setAlpha(45);
            QColor edge = colour;
            edge.setAlpha(120);
            extent->setBrush(fill);
            extent->setPen(QPen(edge, 1));
            if (m.ghost)
                extent->setOpacity(GhostOpacity);
        }

        if (isSelected) {
            auto *halo = new QGraphicsPathItem(shapeFor(m.kind, m.radius + 5), m_plotLayer);
            QColor haloColour = colour;
            haloColour.setAlpha(110);
            halo->setPen(QPen(haloColour, 3));
            halo->setBrush(Qt::NoBrush);
            halo->setPos(m.centre);
        }
        auto *item = new QGraphicsPathItem(shapeFor(m.kind, m.radius), m_plotLayer);
        item->setPos(m.centre);
        if (m.nothingFound) {
            item->setBrush(QColor(255, 255, 255, 200));
            item->setPen(QPen(NothingFoundColor, 2));
        } else {
            item->setBrush(colour);
            item->setPen(QPen(colour.darker(160), 1));
        }
        if (isSelected)
            item->setPen(QPen(QColor(Qt::black), 2.5));
        if (m.ghost)
            item->setOpacity(GhostOpacity);
        if (!m.ghost && plot.contains(m.centre))
            occupied.append(item->mapRectToParent(item->boundingRect()).adjusted(-1, -1, 1, 1));
    }

    // Marker labels: placed greedily, most important first (selection, then the most entries,
    // then the highest confidence); one that fits nowhere free is dropped, never overlapped.
    QList<int> order;
    for (int i = 0; i < m_markers.size(); ++i)
        if (!m_markers.at(i).ghost && !m_markers.at(i).label.isEmpty() &&
            plot.contains(m_markers.at(i).centre))
            order.append(i);
    std::stable_sort(order.begin(), order.end(), [this, selectedMarker](int a, int b) {
        if ((a == selectedMarker) != (b == selectedMarker))
            return a == selectedMarker;
        const Marker &ma = m_markers.at(a), &mb = m_markers.at(b);
        if (ma.entries != mb.entries)
            return ma.entries > mb.entries;
        if (ma.confidence.value_or(0) != mb.confidence.value_or(0))
            return ma.confidence.value_or(0) > mb.confidence.value_or(0);
        return ma.time < mb.time;
    });
    QFont labelFont = tickFont;
    const QFontMetricsF labelMetrics(labelFont);
    for (const int i : std::as_const(order)) {
        Marker &m = m_markers[i];
        QString text = labelMetrics.elidedText(m.label, Qt::ElideRight, LabelMaxWidth);
        if (m.entries > 1)
            text += QStringLiteral(" +%1").arg(m.entries - 1);
        const QSizeF size(labelMetrics.horizontalAdvance(text), labelMetrics.height());
        const double gap = m.radius * 1.2 + 3;
        const QPointF c = m.centre;
        const QRectF candidates[] = {
            QRectF(QPointF(c.x() - size.width() / 2, c.y() - gap - size.height()), size),
            QRectF(QPointF(c.x() - size.width() / 2, c.y() + gap), size),
            QRectF(QPointF(c.x() + gap + 1, c.y() - size.height() / 2), size),
            QRectF(QPointF(c.x() - gap - 1 - size.width(), c.y() - size.height() / 2), size),
        };
        for (const QRectF &rect : candidates) {
            if (!plot.contains(rect))
                continue;
            const bool collides =
                std::any_of(occupied.cbegin(), occupied.cend(),
                            [&rect](const QRectF &o) { return o.intersects(rect); });
            if (collides)
                continue;
            auto *label = new QGraphicsSimpleTextItem(text, m_plotLayer);
            label->setFont(labelFont);
            label->setBrush(m.nothingFound ? NothingFoundColor.darker(130)
                                           : QColor(0x33, 0x33, 0x33));
            label->setPos(rect.topLeft());
            m.labelShown = true;
            m.labelRect = rect;
            occupied.append(rect.adjusted(-3, -1, 3, 1));
            break;
        }
    }
}

} // namespace Turnpoint

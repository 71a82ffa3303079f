#include "timelinechartview.h"

#include "safetext.h"
#include "timelinechart.h"
#include "timelinefiltermodel.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Turnpoint {

namespace {
constexpr double ZoomStep = 1.25;
constexpr int DragThreshold = 4; // pixels before a press becomes a pan instead of a click
constexpr double ColumnZoom = 4; // a click on an aggregate column zooms in this much
} // namespace

TimelineChartView::TimelineChartView(TimelineFilterModel *proxy, QItemSelectionModel *selection,
                                     QWidget *parent)
    // The chart goes in through the constructor: QChartView(QWidget *) would create a default
    // chart that setChart() then releases without deleting (a leak ASan reports).
    : QChartView(new TimelineChart(proxy, selection), parent)
    , m_chart(static_cast<TimelineChart *>(chart()))
    , m_selection(selection) {
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setDragMode(QGraphicsView::NoDrag);
    setRubberBand(QChartView::NoRubberBand);
    // Files dropped on the chart go to the window, which opens them.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    setMinimumHeight(220);
    //: Accessible name of the timeline chart
    setAccessibleName(tr("Timeline chart"));
}

void TimelineChartView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Timeline chart"));
        // The chart is a graphics item, not a widget: Qt does not tell it.
        m_chart->retranslate();
    }
    QChartView::changeEvent(event);
}

QPointF TimelineChartView::toChart(const QPoint &viewportPos) const {
    return m_chart->mapFromScene(mapToScene(viewportPos));
}

QPoint TimelineChartView::markerPosition(int marker) const {
    m_chart->ensureUpToDate();
    if (marker < 0 || marker >= m_chart->store().size())
        return {};
    return mapFromScene(m_chart->mapToScene(m_chart->markerCentre(marker)));
}

double TimelineChartView::timeAt(double chartX) const {
    const TimeScale s = m_chart->scale();
    return s.toTime(std::clamp(chartX, s.left, s.right));
}

void TimelineChartView::setEmphasizedTurningPoints(const QList<QModelIndex> &sourceIndexes) {
    m_chart->setEmphasizedTurningPoints(sourceIndexes);
}

void TimelineChartView::setPreviewMinimumConfidence(int percent) {
    m_chart->setPreviewMinimumConfidence(percent);
}

void TimelineChartView::clearPreviewMinimumConfidence() {
    m_chart->clearPreviewMinimumConfidence();
}

void TimelineChartView::select(const QModelIndex &turningPoint) {
    if (!turningPoint.isValid())
        return;
    m_selection->setCurrentIndex(turningPoint,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TimelineChartView::resetZoom() {
    m_chart->resetZoom();
}

void TimelineChartView::zoomIn() {
    m_chart->zoomBy(ZoomStep, m_chart->plotArea().center().x());
}

void TimelineChartView::zoomOut() {
    m_chart->zoomBy(1 / ZoomStep, m_chart->plotArea().center().x());
}

void TimelineChartView::selectNext() {
    select(m_chart->adjacentTurningPoint(+1));
}

void TimelineChartView::selectPrevious() {
    select(m_chart->adjacentTurningPoint(-1));
}

void TimelineChartView::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastDragPos = event->position().toPoint();
    m_axisPress = m_chart->axisStrip().contains(toChart(m_pressPos));
    event->accept();
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= DragThreshold) {
            m_dragging = true;
            setCursor(m_axisPress ? Qt::SizeHorCursor : Qt::ClosedHandCursor);
        }
        if (m_dragging && m_axisPress) {
            m_chart->setRangeBand(timeAt(toChart(m_pressPos).x()), timeAt(toChart(pos).x()));
        } else if (m_dragging) {
            m_chart->panBy(pos.x() - m_lastDragPos.x());
            m_lastDragPos = pos;
        }
        event->accept();
        return;
    }
    const QPointF chartPos = toChart(pos);
    if (m_chart->markerAt(chartPos) >= 0 || m_chart->columnAt(chartPos) >= 0)
        setCursor(Qt::PointingHandCursor);
    else if (m_chart->axisStrip().contains(chartPos))
        setCursor(Qt::SizeHorCursor);
    else
        unsetCursor();
    QChartView::mouseMoveEvent(event);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    const QPointF chartPos = toChart(event->position().toPoint());
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        m_chart->clearRangeBand();
        // A drag that went up or down the axis rather than along it picks nothing.
        if (m_axisPress && std::abs(event->position().x() - m_pressPos.x()) >= DragThreshold) {
            const double a = timeAt(toChart(m_pressPos).x());
            const double b = timeAt(chartPos.x());
            const double start = std::min(a, b), end = std::max(a, b);
            const QDate first = TimeScale::dateAt(start);
            // The last day is the one just left of the band's right edge, so an edge exactly
            // on a day boundary does not take in the next day.
            const QDate last = std::max(first, TimeScale::dateAt(std::nextafter(end, start)));
            emit timeRangeDragged(first, last);
        }
    } else if (const int marker = m_chart->markerAt(chartPos); marker >= 0) {
        select(m_chart->proxyIndex(marker));
    } else if (m_chart->columnAt(chartPos) >= 0) {
        m_chart->zoomBy(ColumnZoom, chartPos.x());
    }
    m_axisPress = false;
    event->accept();
}

void TimelineChartView::wheelEvent(QWheelEvent *event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const QPointF pos = toChart(event->position().toPoint());
    m_chart->zoomBy(std::pow(ZoomStep, steps), pos.x());
    event->accept();
}

void TimelineChartView::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Left:
        selectPrevious();
        break;
    case Qt::Key_Right:
        selectNext();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimelineChartView::viewportEvent(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF chartPos = toChart(help->pos());
        QString text;
        if (const int marker = m_chart->markerAt(chartPos, m_chart->showGhosts()); marker >= 0)
            text = m_chart->toolTip(marker);
        else if (const int removed = m_chart->removedAt(chartPos); removed >= 0)
            text = m_chart->removedToolTip(removed);
        else if (const int lane = m_chart->laneAt(chartPos, true); lane >= 0)
            // The label is elided: its tool tip is the full title (plain text, see below).
            text = m_chart->laneGeometry().at(lane).title;
        else if (const int column = m_chart->columnAt(chartPos); column >= 0)
            text = m_chart->columnToolTip(column);
        else if (m_chart->axisStrip().contains(chartPos))
            //: Tool tip of the time axis under the chart
            text = tr("Drag along the time axis to filter by a date range");
        if (!text.isEmpty())
            QToolTip::showText(help->globalPos(), SafeText::toolTip(text), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QChartView::viewportEvent(event);
}

QMenu *TimelineChartView::createLaneMenu(const QPoint &viewPos, QWidget *parent) {
    if (m_chart->mode() != TimelineChart::Mode::Lanes)
        return nullptr;
    const int lane = m_chart->laneAt(toChart(viewPos));
    if (lane < 0)
        return nullptr;
    const QList<TimelineChart::LaneGeometry> &lanes = m_chart->laneGeometry();
    const QString key = lanes.at(lane).key;
    auto *menu = new QMenu(parent);
    TimelineChart *chart = m_chart;
    //: Lane menu (right-click on a lane in lanes mode)
    QAction *up = menu->addAction(tr("Move Up"), menu, [chart, key] { chart->moveLane(key, -1); });
    up->setEnabled(chart->canMoveLane(key, -1));
    //: Lane menu
    QAction *down =
        menu->addAction(tr("Move Down"), menu, [chart, key] { chart->moveLane(key, +1); });
    down->setEnabled(chart->canMoveLane(key, +1));
    //: Lane menu: hide this report's lane
    menu->addAction(tr("Hide Lane"), menu, [chart, key] { chart->setLaneHidden(key, true); });
    //: Lane menu
    QAction *all = menu->addAction(tr("Show All Lanes"), menu, [chart] { chart->showAllLanes(); });
    all->setEnabled(!chart->laneLayout().hiddenKeys().isEmpty());
    menu->addSeparator();
    const std::pair<LaneLayout::Grouping, QString> groupings[] = {
        //: Lane menu: lanes not grouped
        {LaneLayout::Grouping::None, tr("No Grouping")},
        //: Lane menu: group lanes by the region their report's title names
        {LaneLayout::Grouping::Region, tr("Group by Region")},
        //: Lane menu: group lanes by the sector their report's title names
        {LaneLayout::Grouping::Sector, tr("Group by Sector")}};
    auto *group = new QActionGroup(menu);
    for (const auto &[grouping, text] : groupings) {
        const LaneLayout::Grouping g = grouping;
        QAction *action = menu->addAction(text, menu, [chart, g] { chart->setLaneGrouping(g); });
        action->setCheckable(true);
        action->setChecked(chart->laneLayout().grouping() == g);
        group->addAction(action);
    }
    return menu;
}

void TimelineChartView::contextMenuEvent(QContextMenuEvent *event) {
    QMenu *menu = createLaneMenu(event->pos(), this);
    if (!menu) {
        QChartView::contextMenuEvent(event);
        return;
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

} // namespace Turnpoint

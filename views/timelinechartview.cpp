#include "timelinechartview.h"

#include "confidencefiltermodel.h"
#include "safetext.h"
#include "timelinechart.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Turnpoint {

namespace {
constexpr double ZoomStep = 1.25;
constexpr int DragThreshold = 4; // pixels before a press becomes a pan instead of a click
} // namespace

TimelineChartView::TimelineChartView(ConfidenceFilterModel *proxy, QItemSelectionModel *selection,
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
    const QList<TimelineChart::Marker> &markers = m_chart->markers();
    if (marker < 0 || marker >= markers.size())
        return {};
    return mapFromScene(m_chart->mapToScene(markers.at(marker).centre));
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
    event->accept();
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= DragThreshold) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_chart->panBy(pos.x() - m_lastDragPos.x());
            m_lastDragPos = pos;
        }
        event->accept();
        return;
    }
    const bool overMarker = m_chart->markerAt(toChart(pos)) >= 0;
    if (overMarker)
        setCursor(Qt::PointingHandCursor);
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
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
    } else {
        const int marker = m_chart->markerAt(toChart(event->position().toPoint()));
        if (marker >= 0)
            select(m_chart->markers().at(marker).proxyIndex);
    }
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
        const int marker = m_chart->markerAt(toChart(help->pos()), m_chart->showGhosts());
        if (marker >= 0)
            QToolTip::showText(help->globalPos(),
                               SafeText::toolTip(m_chart->markers().at(marker).toolTip),
                               viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QChartView::viewportEvent(event);
}

} // namespace Turnpoint

#pragma once

#include <QChartView>
#include <QItemSelectionModel>
#include <QPoint>

namespace Turnpoint {

class ConfidenceFilterModel;
class TimelineChart;

// The interactive side of the timeline: hover tool tips, click to select, wheel / +/- to zoom
// around the cursor, drag to pan, Home to reset, Left/Right to step through the visible turning
// points. All state that matters for drawing lives in TimelineChart.
class TimelineChartView : public QChartView {
    Q_OBJECT

public:
    TimelineChartView(ConfidenceFilterModel *proxy, QItemSelectionModel *selection,
                      QWidget *parent = nullptr);

    TimelineChart *timelineChart() const { return m_chart; }

    // Widget position of a marker's centre (for tests and accessibility).
    QPoint markerPosition(int marker) const;

public slots:
    void resetZoom();
    void zoomIn();
    void zoomOut();
    void selectNext();
    void selectPrevious();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QPointF toChart(const QPoint &viewportPos) const;
    void select(const QModelIndex &turningPoint);

    TimelineChart *m_chart;
    QItemSelectionModel *m_selection;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace Turnpoint

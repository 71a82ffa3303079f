#pragma once

#include <QChartView>
#include <QDate>
#include <QItemSelectionModel>
#include <QList>
#include <QMenu>
#include <QPoint>

namespace Turnpoint {

class TimelineFilterModel;
class TimelineChart;

// The interactive side of the timeline: hover tool tips, click to select, wheel / +/- to zoom
// around the cursor, drag to pan, Home to reset, Left/Right to step through the visible turning
// points. Where the chart draws aggregates (too many turning points for their own markers), a
// column's tool tip gives its count and confidence range and a click zooms in around it. A drag
// along the time axis below the plot picks a date range (timeRangeDragged()). All state that
// matters for drawing lives in TimelineChart.
class TimelineChartView : public QChartView {
    Q_OBJECT

public:
    TimelineChartView(TimelineFilterModel *proxy, QItemSelectionModel *selection,
                      QWidget *parent = nullptr);

    TimelineChart *timelineChart() const { return m_chart; }

    // Widget position of the centre of a marker (index in the chart's MarkerStore), for tests
    // and accessibility.
    QPoint markerPosition(int marker) const;

public slots:
    // Forwarded to the chart (see TimelineChart).
    void setEmphasizedTurningPoints(const QList<QModelIndex> &sourceIndexes);
    void setPreviewMinimumConfidence(int percent);
    void clearPreviewMinimumConfidence();

    void resetZoom();
    void zoomIn();
    void zoomOut();
    void selectNext();
    void selectPrevious();
    // Lanes mode: the lane menu (Move Up/Down, Hide, Show All Lanes, Group by) of the lane at
    // `viewPos`; nothing elsewhere. Built here so tests can look at it without showing it.
    QMenu *createLaneMenu(const QPoint &viewPos, QWidget *parent);

signals:
    // A press and drag along the time axis (the strip under the plot) was released: the days
    // the band covered, first <= last.
    void timeRangeDragged(QDate first, QDate last);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QPointF toChart(const QPoint &viewportPos) const;
    void select(const QModelIndex &turningPoint);
    // Time at chart x, kept inside the plot.
    double timeAt(double chartX) const;

    TimelineChart *m_chart;
    QItemSelectionModel *m_selection;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_axisPress = false; // the press was in the axis strip: a drag picks dates
};

} // namespace Turnpoint

#pragma once

#include "timescale.h"

#include <QChart>
#include <QColor>
#include <QItemSelectionModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QRectF>
#include <QTimer>

#include <optional>

class QGraphicsRectItem;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QScatterSeries;
class QValueAxis;

namespace Turnpoint {

class ConfidenceFilterModel;
class TimelineModel;

// The timeline as a Qt Charts chart: y is confidence (Qt Charts value axis), x is time (drawn by
// this class from a TimeScale, so ticks can follow calendar months and years and labels can be
// dropped instead of overlapping). One marker per dated turning point that passes the shared
// ConfidenceFilterModel; the selection is the shared QItemSelectionModel on that proxy.
//
// The chart keeps no copy of the report data: it walks the models when they change and keeps
// only positions and persistent indexes. Used by the window (inside TimelineChartView) and by
// ChartExporter, so an exported PNG is drawn by exactly this code.
class TimelineChart : public QChart {
    Q_OBJECT

public:
    enum class KindClass { Event, Policy, Other };

    struct Marker {
        QPersistentModelIndex proxyIndex;  // column 0 in the proxy; invalid for a ghost
        QPersistentModelIndex sourceIndex; // column 0 in the TimelineModel
        double time = 0;                   // centre of the period the date covers
        double first = 0;                  // first day covered
        double after = 0;                  // just after the last day covered
        std::optional<double> confidence;
        int entries = 0;
        bool nothingFound = false;
        KindClass kind = KindClass::Other;
        bool ghost = false;
        QString label;   // short text drawn next to the marker when it fits
        QString toolTip; // plain text

        // Layout, in chart coordinates.
        QPointF centre;
        double radius = 0;
        bool labelShown = false;
        QRectF labelRect;
    };

    TimelineChart(ConfidenceFilterModel *proxy, QItemSelectionModel *selection,
                  QGraphicsItem *parent = nullptr);
    ~TimelineChart() override;

    ConfidenceFilterModel *proxy() const { return m_proxy; }
    QItemSelectionModel *selection() const { return m_selection; }

    bool showGhosts() const { return m_showGhosts; }
    void setShowGhosts(bool show);

    // Visible time range mapped onto the current plot area.
    TimeScale scale() const;
    // The range Home resets to: every dated turning point of every report, with some air.
    double fullStart() const { return m_fullStart; }
    double fullEnd() const { return m_fullEnd; }
    bool isZoomed() const { return m_userRange; }
    void setVisibleRange(double start, double end);
    void resetZoom();
    void zoomBy(double factor, double anchorX);
    void panBy(double dx);

    // Brings pending model changes into the chart now (they are otherwise applied once per
    // event-loop pass, so a burst of proxy signals costs one rebuild).
    void ensureUpToDate();
    const QList<Marker> &markers();
    int visibleMarkerCount();
    int ghostMarkerCount();
    // Index into markers() of the marker at `chartPos`, or -1. Ghosts only when asked.
    int markerAt(const QPointF &chartPos, bool includeGhosts = false);
    // The turning point (proxy, column 0) the shared selection points at, or the turning point
    // of a selected entry; invalid when a report or nothing is selected.
    QModelIndex selectedTurningPoint() const;
    // The visible turning point before (-1) or after (+1) the selected one in time order.
    QModelIndex adjacentTurningPoint(int direction);
    // Pans only when the selected turning point is outside the visible range.
    void ensureSelectionVisible();
    // Takes the current UI language: axis title, legend, labels, tool tips, and dates in the
    // default locale's form.
    void retranslate();

    static KindClass classify(const QString &kind);
    static QColor colorFor(KindClass kind);

signals:
    void visibleRangeChanged();

private:
    void markDirty();
    void rebuild();
    void relayout();
    void updateLegend(const QStringList &otherKinds);
    void updateTitle();
    void setAxisTitles();
    double yFor(const std::optional<double> &confidence) const;
    TimelineModel *timelineModel() const;

    ConfidenceFilterModel *m_proxy;
    QItemSelectionModel *m_selection;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QScatterSeries *m_eventSeries = nullptr;
    QScatterSeries *m_policySeries = nullptr;
    QScatterSeries *m_otherSeries = nullptr;
    QScatterSeries *m_nothingSeries = nullptr;
    QScatterSeries *m_ghostSeries = nullptr;

    QGraphicsRectItem *m_plotLayer = nullptr; // clipped to the plot area
    QGraphicsRectItem *m_axisLayer = nullptr; // tick labels below the plot area

    QList<Marker> m_markers;
    QTimer m_rebuildTimer;
    bool m_dirty = true;
    bool m_showGhosts = false;
    bool m_userRange = false;
    double m_start = 0;
    double m_end = 1;
    double m_fullStart = 0;
    double m_fullEnd = 1;
    QStringList m_titles;
};

} // namespace Turnpoint

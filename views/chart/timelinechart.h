#pragma once

#include "chartlanes.h"
#include "chartmodelwatch.h"
#include "charttitle.h"
#include "comparisonmarks.h"
#include "densitybins.h"
#include "lanelayout.h"
#include "markerflags.h"
#include "markerindexmap.h"
#include "markerlabelcache.h"
#include "markerstore.h"
#include "timeaxisitems.h"
#include "timelineplotitem.h"
#include "timescale.h"

#include <QChart>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QItemSelectionModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QRectF>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

class QGraphicsRectItem;
class QValueAxis;

namespace Turnpoint {

class ChartLegend;
class TimelineFilterModel;
class TimelineModel;

// The timeline as a Qt Charts chart: y is confidence (Qt Charts value axis), x is time (drawn by
// this class from a TimeScale, so ticks can follow calendar months and years and labels can be
// dropped instead of overlapping). One marker per dated turning point that passes the shared
// TimelineFilterModel; the selection is the shared QItemSelectionModel on that proxy.
//
// Level of detail: the turning points live in a MarkerStore (one small struct each, sorted by
// time) with DensityBins over it. When more are visible than the plot has room for
// (DensityBins::useAggregates), the plot shows one aggregate per 2-pixel column (confidence
// range and density); zoomed in, it shows individual markers with labels, hover and click.
// Zooming and panning cost O(columns · log n) or O(visible markers), never O(n); a filter
// change rewrites the store's flag bits in one pass. Qt Charts keeps the axes, legend, title.
//
// Used by the window (inside TimelineChartView) and by ChartExporter, so an exported PNG is
// drawn by exactly this code.
class TimelineChart : public QChart {
    Q_OBJECT

public:
    using KindClass = MarkerStore::KindClass;
    using DrawnMarker = TimelinePlotItem::Marker;
    using Column = TimelinePlotItem::Column;

    TimelineChart(TimelineFilterModel *proxy, QItemSelectionModel *selection,
                  QGraphicsItem *parent = nullptr);
    ~TimelineChart() override;

    // Overlay: one confidence plot, reports told apart by colour. Lanes: one horizontal lane per
    // visible report on the shared time axis, confidence as marker size and opacity.
    enum class Mode { Overlay, Lanes };

    // A visible lane as drawn: its band inside the plot and its label's place left of it.
    using LaneGeometry = ChartLanes::Geometry;

    // A turning point only the baseline has, drawn as a hollow ghost at its old place.
    using RemovedMark = ComparisonMarks::RemovedMark;

    TimelineFilterModel *proxy() const { return m_proxy; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // The lane arrangement (keys: Report::file). Edited through the functions below, which
    // redraw and emit laneLayoutChanged().
    const LaneLayout &laneLayout() const { return m_lanes.arrangement(); }
    void setLaneGrouping(LaneLayout::Grouping grouping);
    // Moves a lane up (-1) or down (+1) past the next visible lane; false when it cannot.
    bool moveLane(const QString &key, int direction);
    // Whether moveLane() can move that lane: not past the first or last lane, and, when
    // grouped, not out of its group.
    bool canMoveLane(const QString &key, int direction);
    void setLaneHidden(const QString &key, bool hidden);
    void showAllLanes();
    // A saved arrangement (settings), applied to the reports as they are loaded, until the
    // user changes the arrangement.
    void restoreLaneArrangement(const QStringList &order, const QStringList &hidden);
    // Visible lanes as last laid out (lanes mode; empty in overlay mode).
    const QList<LaneGeometry> &laneGeometry();
    // Lane whose label or band is at `chartPos` (lanes mode), or -1; labelOnly: the label only.
    int laneAt(const QPointF &chartPos, bool labelOnly = false);
    // The titles of the reports shown (lanes mode: the visible lanes, top to bottom).
    // Rows of the reports the chart shows, top lane first in lanes mode (hidden lanes left out),
    // model order in overlay mode; and their titles (the file name for an untitled report).
    QList<int> shownReports() const;
    QStringList shownReportTitles() const;
    bool hasBaseline() const { return m_comparison.any(); }
    const std::vector<RemovedMark> &removedMarks() const { return m_comparison.removed(); }
    // Index in removedMarks() of the removed ghost at `chartPos`, or -1.
    int removedAt(const QPointF &chartPos);
    QString removedToolTip(int removed) const;
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
    // event-loop pass, so a burst of proxy signals costs one update).
    void ensureUpToDate();

    // Every dated turning point (shown or not), in time order; Passes says whether it is shown.
    const MarkerStore &store();
    // What the plot draws now: aggregates (columns()) or individual markers (drawnMarkers();
    // in aggregate mode only the selected turning point, drawn over its column).
    bool isAggregated();
    const QList<DrawnMarker> &drawnMarkers();
    const QList<Column> &columns();
    // Position in drawnMarkers() of store marker `marker`, or -1.
    int drawnIndexOf(int marker);

    int visibleMarkerCount();
    // Ghosts: dated turning points the filters hide, drawn faint while showGhosts() (0 when not).
    int ghostMarkerCount();
    // Store index of the drawn marker at `chartPos`, or -1. Ghosts only when asked.
    int markerAt(const QPointF &chartPos, bool includeGhosts = false);
    // Index in columns() of the aggregate column at `chartPos` (aggregate mode), or -1.
    int columnAt(const QPointF &chartPos);
    // Plain-text tool tips: of a store marker, and of an aggregate column.
    QString toolTip(int marker) const;
    QString columnToolTip(int column);
    // The short text drawn next to a marker when it fits.
    QString label(int marker) const;
    // Centre of store marker `marker` in chart coordinates at the current scale, drawn or not.
    QPointF markerCentre(int marker) const;

    // Model indexes of a store marker, made on demand: the proxy's (column 0, invalid when the
    // proxy hides it) and the TimelineModel's.
    QModelIndex proxyIndex(int marker) const { return m_indexes.proxyIndex(marker); }
    QModelIndex sourceIndex(int marker) const { return m_indexes.sourceIndex(marker); }
    // Store index of a turning point (or entry: its turning point) given as an index of the
    // proxy or of the TimelineModel; -1 when undated or unknown.
    int markerOf(const QModelIndex &index) const { return m_indexes.markerOf(index); }

    // The turning point (proxy, column 0) the shared selection points at, or the turning point
    // of a selected entry; invalid when a report or nothing is selected.
    QModelIndex selectedTurningPoint() const;
    // The visible turning point before (-1) or after (+1) the selected one in time order.
    QModelIndex adjacentTurningPoint(int direction);
    // Pans only when the selected turning point is outside the visible range.
    void ensureSelectionVisible();

    // Turning points (indexes of the TimelineModel, column 0) drawn with a distinct emphasis,
    // e.g. those citing the source selected in the Sources view. An empty list clears.
    void setEmphasizedTurningPoints(const QList<QModelIndex> &sourceIndexes);
    // While the confidence slider is being dragged: the threshold line and the shown/ghost
    // split follow `percent` at once, combined with the proxy's other filters, without waiting
    // for the proxy. Cleared (back to the proxy's threshold) by clearPreviewMinimumConfidence().
    void setPreviewMinimumConfidence(int percent);
    void clearPreviewMinimumConfidence();
    std::optional<int> previewMinimumConfidence() const { return m_preview; }
    // The threshold the chart shows: the preview's, else the proxy's.
    int shownMinimumConfidence() const;

    // The strip under the plot (the time axis) where a drag picks a date range.
    QRectF axisStrip() const;
    // The band of a date range being dragged, in time; cleared by clearRangeBand().
    void setRangeBand(double startTime, double endTime);
    void clearRangeBand();
    std::optional<std::pair<double, double>> rangeBand() const { return m_band; }

    // Takes the current UI language: axis title, legend, labels, tool tips, and dates in the
    // default locale's form.
    void retranslate();

    static KindClass classify(const QString &kind) { return MarkerStore::classify(kind); }
    static QColor colorFor(KindClass kind) { return ChartPalette::kind(kind); }

signals:
    void visibleRangeChanged();
    void modeChanged();
    void laneLayoutChanged();

private:
    void syncLanes();
    void laneLayoutEdited();
    // The mode or the lanes changed: everything that depends on the reports shown follows.
    void lanesChanged();
    void rebuildBins();
    bool laneShown(int report) const;
    void applyMargins();
    // The markers again after the reports changed: from the model, or, when reports were only
    // closed, by dropping theirs (see ChartModelWatch::take()).
    void rebuildStore(const QList<std::pair<int, int>> &removedReports = {});
    void updateFlags();
    // Sets Emphasized on the turning points setEmphasizedTurningPoints() named.
    void applyEmphasis();
    void updateFullRange();
    void relayout();
    void updateLegend();
    void updateTitle();
    void setAxisTitles();
    double yFor(double percent) const;
    double yForMarker(const MarkerStore::Marker &m) const;
    const TimelineModel *timelineModel() const { return m_indexes.model(); }

    TimelineFilterModel *m_proxy;
    QItemSelectionModel *m_selection;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    std::unique_ptr<ChartLegend> m_legend;

    Mode m_mode = Mode::Overlay;
    ChartLanes m_lanes;
    ComparisonMarks m_comparison;

    QGraphicsRectItem *m_plotLayer = nullptr; // clipped to the plot area
    QGraphicsRectItem *m_axisLayer = nullptr; // tick labels below the plot area
    TimelinePlotItem *m_plotItem = nullptr;   // child of m_plotLayer

    MarkerStore m_store;
    DensityBins m_bins;
    MarkerFlags m_flags;
    MarkerFlags::Counts m_counts; // after the last flag update
    QList<QPersistentModelIndex> m_emphasis;
    std::optional<int> m_preview;
    std::optional<std::pair<double, double>> m_band;

    MarkerIndexMap m_indexes{m_store, m_proxy};
    MarkerLabelCache m_labels;
    ChartModelWatch m_watch{m_proxy};
    bool m_showGhosts = false;
    bool m_legendDensity = false; // the legend explains the cells (the last frame aggregated)
    bool m_userRange = false;
    double m_start = 0;
    double m_end = 1;
    double m_fullStart = 0;
    double m_fullEnd = 1;
    ChartTitle m_title; // the titles of the reports shown
    TimeAxisItems m_timeAxis;
};

} // namespace Turnpoint

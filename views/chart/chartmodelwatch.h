#pragma once

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QTimer>

#include <utility>

namespace Turnpoint {

class TimelineFilterModel;

// Which model signals the chart follows and what each costs it. The proxy's (which turning
// points pass the filters) only rewrite the markers' flag bits; the source model's (the reports
// themselves) may move markers, so the store is rebuilt. Changes are collected, and due() is
// emitted once per event-loop pass: a filter change can arrive as thousands of row signals,
// and they cost the chart one update.
class ChartModelWatch : public QObject {
    Q_OBJECT

public:
    // What is pending, as bits; Geometry comes with Flags.
    enum Change { None = 0, Flags = 1, Geometry = 2 };

    // Follows `proxy`, and its source model as it is set or replaced.
    explicit ChartModelWatch(TimelineFilterModel *proxy, QObject *parent = nullptr);

    // The changes pending since the last take(), which clears them and cancels the due(). When
    // the only geometry change was closing reports, `removedReports` (if given) receives the
    // removed ranges of report rows, first to last, in the order they went (each in the rows of
    // its time): the chart then drops their markers instead of building the store again. Empty
    // with Geometry pending: build it again.
    int take(QList<std::pair<int, int>> *removedReports = nullptr);
    int pending() const { return m_pending; }

    void markFlagsDirty();
    void markGeometryDirty();
    // Report rows first..last were removed (closed).
    void markReportsRemoved(int first, int last);

    // Whether a source dataChanged() with these roles (empty: any) can move or relabel a
    // marker: link check results change often and are not drawn.
    static bool affectsMarkers(const QList<int> &roles);

signals:
    // Changes are pending; once per event-loop pass at the most.
    void due();

private:
    void connectSource();
    void schedule();

    TimelineFilterModel *m_proxy;
    QTimer m_timer;
    // A new chart has everything to build.
    int m_pending = Geometry;
    bool m_fullRebuild = true;                   // some geometry change was not a removal
    QList<std::pair<int, int>> m_removedReports; // while !m_fullRebuild
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Turnpoint

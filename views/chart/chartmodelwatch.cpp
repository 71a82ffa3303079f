#include "chartmodelwatch.h"

#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <algorithm>

namespace Turnpoint {

ChartModelWatch::ChartModelWatch(TimelineFilterModel *proxy, QObject *parent)
    : QObject(parent)
    , m_proxy(proxy) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ChartModelWatch::due);

    // Which turning points are shown: the proxy's business. Only the flag bits change.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ChartModelWatch::markFlagsDirty);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ChartModelWatch::markFlagsDirty);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ChartModelWatch::markFlagsDirty);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ChartModelWatch::markFlagsDirty);
    connect(m_proxy, &QAbstractItemModel::rowsMoved, this, &ChartModelWatch::markFlagsDirty);
    connect(m_proxy, &TimelineFilterModel::minimumConfidenceChanged, this,
            &ChartModelWatch::markFlagsDirty);
    connect(m_proxy, &TimelineFilterModel::searchTextChanged, this,
            &ChartModelWatch::markFlagsDirty);
    connect(m_proxy, &TimelineFilterModel::filterChanged, this, &ChartModelWatch::markFlagsDirty);
    // Where turning points are: changes of the reports themselves, in the source model.
    connect(m_proxy, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        connectSource();
        markGeometryDirty();
    });
    connectSource();
}

int ChartModelWatch::take(QList<std::pair<int, int>> *removedReports) {
    const int pending = m_pending;
    if (removedReports)
        *removedReports = (pending & Geometry) && !m_fullRebuild ? m_removedReports
                                                                 : QList<std::pair<int, int>>();
    m_pending = None;
    m_fullRebuild = false;
    m_removedReports.clear();
    m_timer.stop();
    return pending;
}

void ChartModelWatch::markReportsRemoved(int first, int last) {
    if (!m_fullRebuild)
        m_removedReports.append({first, last});
    m_pending |= Geometry | Flags;
    schedule();
}

void ChartModelWatch::markFlagsDirty() {
    m_pending |= Flags;
    schedule();
}

void ChartModelWatch::markGeometryDirty() {
    m_fullRebuild = true;
    m_removedReports.clear();
    m_pending |= Geometry | Flags;
    schedule();
}

void ChartModelWatch::schedule() {
    // Thousands of row signals in a burst: one timer start is enough.
    if (!m_timer.isActive())
        m_timer.start();
}

bool ChartModelWatch::affectsMarkers(const QList<int> &roles) {
    return roles.isEmpty() || !std::all_of(roles.cbegin(), roles.cend(), [](int role) {
               return role == TimelineModel::LinkStatusRole ||
                      role == TimelineModel::LinkProblemCountRole;
           });
}

void ChartModelWatch::connectSource() {
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QAbstractItemModel *source = m_proxy->sourceModel();
    if (!source)
        return;
    const auto geometry = [this] { markGeometryDirty(); };
    m_sourceConnections.append(connect(source, &QAbstractItemModel::modelReset, this, geometry));
    m_sourceConnections.append(connect(source, &QAbstractItemModel::layoutChanged, this, geometry));
    m_sourceConnections.append(connect(source, &QAbstractItemModel::rowsInserted, this, geometry));
    m_sourceConnections.append(
        connect(source, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (parent.isValid())
                        markGeometryDirty(); // turning points or entries of a report
                    else
                        markReportsRemoved(first, last);
                }));
    m_sourceConnections.append(connect(source, &QAbstractItemModel::rowsMoved, this, geometry));
    m_sourceConnections.append(
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    if (affectsMarkers(roles))
                        markGeometryDirty();
                }));
}

} // namespace Turnpoint

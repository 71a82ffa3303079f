#include "markerindexmap.h"

#include "timelinefiltermodel.h"

namespace Turnpoint {

MarkerIndexMap::MarkerIndexMap(const MarkerStore &store, const TimelineFilterModel *proxy)
    : m_store(store)
    , m_proxy(proxy) {}

const TimelineModel *MarkerIndexMap::model() const {
    return m_proxy->timelineModel();
}

QModelIndex MarkerIndexMap::sourceIndex(int marker) const {
    const TimelineModel *timeline = model();
    if (!timeline || marker < 0 || marker >= m_store.size())
        return {};
    const MarkerStore::Marker &m = m_store.at(marker);
    return timeline->turningPointIndex(m.report, m.turningPoint);
}

QModelIndex MarkerIndexMap::proxyIndex(int marker) const {
    const QModelIndex source = sourceIndex(marker);
    return source.isValid() ? m_proxy->mapFromSource(source) : QModelIndex();
}

int MarkerIndexMap::markerOf(const QModelIndex &index) const {
    if (!index.isValid())
        return -1;
    QModelIndex source = index;
    if (index.model() == m_proxy)
        source = m_proxy->mapToSource(index);
    const TimelineModel *timeline = model();
    if (!timeline || source.model() != timeline)
        return -1;
    switch (timeline->nodeType(source)) {
    case TimelineModel::NodeType::Report:
        return -1;
    case TimelineModel::NodeType::Entry:
        source = source.parent();
        break;
    case TimelineModel::NodeType::TurningPoint:
        break;
    }
    return m_store.indexOf(source.parent().row(), source.row());
}

} // namespace Turnpoint

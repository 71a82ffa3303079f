#include "confidencefiltermodel.h"

#include "timelinemodel.h"

namespace Turnpoint {

ConfidenceFilterModel::ConfidenceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(TimelineModel::SortRole);
    // Children of an accepted turning point (its entries) must be filtered by their parent, not
    // pulled up on their own, so recursive filtering stays off.
    setRecursiveFilteringEnabled(false);
}

void ConfidenceFilterModel::setMinimumConfidence(int percent) {
    percent = qBound(0, percent, 100);
    if (percent == m_minimumConfidence)
        return;
    m_minimumConfidence = percent;
    // Only turning-point rows change acceptance; invalidateRowsFilter() keeps the sort and the
    // column mapping instead of rebuilding everything.
    invalidateRowsFilter();
    emit minimumConfidenceChanged(percent);
}

bool ConfidenceFilterModel::passes(std::optional<double> confidence, int minimumConfidence) {
    if (!confidence)
        return minimumConfidence <= 0;
    return *confidence >= double(minimumConfidence);
}

bool ConfidenceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!sourceParent.isValid())
        return true; // reports always stay
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (const auto *timeline = qobject_cast<const TimelineModel *>(sourceModel())) {
        // The direct path: no QVariant per row, which matters with many turning points.
        if (timeline->nodeType(index) != TimelineModel::NodeType::TurningPoint)
            return true; // entries follow their turning point
        const TurningPoint *tp = timeline->turningPointAt(index);
        return tp && passes(tp->confidence, m_minimumConfidence);
    }
    const auto type = TimelineModel::NodeType(index.data(TimelineModel::NodeTypeRole).toInt());
    if (type != TimelineModel::NodeType::TurningPoint)
        return true;
    const QVariant confidence = index.data(TimelineModel::ConfidenceRole);
    return passes(confidence.isValid() ? std::optional<double>(confidence.toDouble())
                                       : std::nullopt,
                  m_minimumConfidence);
}

} // namespace Turnpoint

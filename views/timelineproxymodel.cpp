#include "timelineproxymodel.h"

namespace Turnpoint {

TimelineProxyModel::TimelineProxyModel(QObject *parent)
    : ConfidenceFilterModel(parent) {}

bool TimelineProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    if (!left.parent().isValid() && !right.parent().isValid()) {
        // QSortFilterProxyModel reverses the comparison for descending order; answering by the
        // direction keeps load order either way.
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row()
                                                 : left.row() > right.row();
    }
    return ConfidenceFilterModel::lessThan(left, right);
}

} // namespace Turnpoint

#include "timelineproxymodel.h"

namespace Turnpoint {

TimelineProxyModel::TimelineProxyModel(QObject *parent)
    : ConfidenceFilterModel(parent) {}

} // namespace Turnpoint

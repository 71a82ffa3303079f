#pragma once

#include "confidencefiltermodel.h"

namespace Turnpoint {

// The window's shared proxy: the confidence filter, plus the outline's sort rule. Sorting by a
// column sorts turning points within their report and entries within their turning point; the
// reports themselves stay in the order they were opened, whatever the column or direction. An
// analyst who opened Yunnan, then Guangxi, expects to find them in that order, not shuffled by
// the start of their analysis period.
class TimelineProxyModel : public ConfidenceFilterModel {
    Q_OBJECT

public:
    explicit TimelineProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace Turnpoint

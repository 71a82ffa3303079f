#pragma once

#include "confidencefiltermodel.h"

namespace Turnpoint {

// The window's shared proxy: the confidence filter with the outline's sort rule. Sorting by a
// column sorts turning points within their report and entries within their turning point; the
// reports themselves stay in the order they were opened, whatever the column or direction. An
// analyst who opened Yunnan, then Guangxi, expects to find them in that order, not shuffled by
// the start of their analysis period. ConfidenceFilterModel::sort() implements that rule (its
// report rows are the source's), so this class adds no code; it stays the window's named type.
class TimelineProxyModel : public ConfidenceFilterModel {
    Q_OBJECT

public:
    explicit TimelineProxyModel(QObject *parent = nullptr);
};

} // namespace Turnpoint

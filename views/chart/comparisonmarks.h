#pragma once

#include "markerstore.h"

#include <limits>
#include <vector>

namespace Turnpoint {

class TimelineModel;

// What the chart draws of a comparison with an earlier version: which reports have a baseline
// (only their markers are looked up for changes) and the turning points only the baseline
// has, drawn as hollow ghosts at their old places.
class ComparisonMarks {
public:
    // A turning point only the baseline has.
    struct RemovedMark {
        int report = -1;
        int oldIndex = -1; // in the baseline's turning points
        double time = 0;
        double confidence = std::numeric_limits<double>::quiet_NaN();
        MarkerStore::KindClass kind = MarkerStore::KindClass::Other;
    };

    // One pass over the reports; only reports with a baseline cost anything.
    void rebuild(const TimelineModel *model);

    bool any() const { return m_any; }
    bool hasBaseline(int report) const {
        return report >= 0 && size_t(report) < m_hasBaseline.size() &&
               m_hasBaseline[size_t(report)];
    }
    const std::vector<RemovedMark> &removed() const { return m_removed; }

private:
    std::vector<char> m_hasBaseline; // by report row
    bool m_any = false;
    std::vector<RemovedMark> m_removed;
};

} // namespace Turnpoint

#include "searchstatisticsjob.h"

namespace Turnpoint {

void SearchStatisticsJob::add(const QList<TurningPoint> &turningPoints, std::vector<int> rows) {
    if (rows.empty())
        return;
    m_turningPoints += int(rows.size());
    m_parts.emplace_back(turningPoints, std::move(rows));
}

SearchText::Statistics SearchStatisticsJob::run() const {
    SearchText::Statistics statistics;
    for (const auto &[turningPoints, rows] : m_parts) {
        for (const int row : rows) {
            if (row >= 0 && row < turningPoints.size())
                m_search.count(turningPoints[row], &statistics);
        }
    }
    return statistics;
}

} // namespace Turnpoint

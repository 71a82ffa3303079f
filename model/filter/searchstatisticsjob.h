#pragma once

#include "report.h"
#include "searchtext.h"

#include <QList>

#include <utility>
#include <vector>

namespace Turnpoint {

// What TimelineFilterModel::searchStatistics() counts, taken out of the proxy so that it can be
// counted on another thread: the reports' turning point lists (shared, not copied; a list the
// window changes meanwhile detaches from this copy) and which of their rows match. Counting the
// occurrences normalises every matching turning point's texts, which at a million turning
// points takes longer than an analyst should wait for the window.
class SearchStatisticsJob {
public:
    SearchStatisticsJob() = default;
    explicit SearchStatisticsJob(SearchText search)
        : m_search(std::move(search)) {}

    // Rows of `turningPoints` to count (each a matching one).
    void add(const QList<TurningPoint> &turningPoints, std::vector<int> rows);
    // The turning points that will be counted: Statistics::turningPoints, known without
    // counting.
    int turningPointCount() const { return m_turningPoints; }
    // Counts; safe on any thread.
    SearchText::Statistics run() const;

private:
    SearchText m_search;
    std::vector<std::pair<QList<TurningPoint>, std::vector<int>>> m_parts;
    int m_turningPoints = 0;
};

} // namespace Turnpoint

#include "confidencehistogram.h"

#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <algorithm>
#include <cmath>

namespace Turnpoint {

ConfidenceHistogram ConfidenceHistogram::fromReports(const QList<const Report *> &reports,
                                                     const TimelineFilter &filter) {
    ConfidenceHistogram h;
    for (const Report *r : reports) {
        for (const TurningPoint &tp : r->turningPoints) {
            if (filter.accepts(tp, TimelineFilter::IgnoreConfidence))
                h.add(tp);
        }
    }
    std::sort(h.m_confidences.begin(), h.m_confidences.end());
    return h;
}

ConfidenceHistogram ConfidenceHistogram::fromModel(const TimelineModel &model,
                                                   const TimelineFilter &filter) {
    QList<const Report *> reports;
    for (int r = 0; r < model.reportCount(); ++r)
        reports.append(&model.report(r));
    return fromReports(reports, filter);
}

ConfidenceHistogram ConfidenceHistogram::fromProxy(const TimelineFilterModel &proxy) {
    return fromReports(proxy.sourceReports(), proxy.filter());
}

int ConfidenceHistogram::binOf(double confidence) {
    if (!(confidence > 0)) // also NaN
        return 0;
    return std::clamp(int(std::floor(confidence / 10.0)), 0, BinCount - 1);
}

void ConfidenceHistogram::add(const TurningPoint &tp) {
    if (!tp.confidence) {
        ++m_unscored;
        return;
    }
    ++m_bins[size_t(binOf(*tp.confidence))];
    m_confidences.append(*tp.confidence);
}

int ConfidenceHistogram::count(int bin) const {
    return bin >= 0 && bin < BinCount ? m_bins[size_t(bin)] : 0;
}

QList<int> ConfidenceHistogram::counts() const {
    return QList<int>(m_bins.cbegin(), m_bins.cend());
}

int ConfidenceHistogram::maximumCount() const {
    return *std::max_element(m_bins.cbegin(), m_bins.cend());
}

int ConfidenceHistogram::remainingAt(int minimumConfidence) const {
    minimumConfidence = std::clamp(minimumConfidence, 0, 100);
    // Sorted ascending: everything from the first value >= threshold on remains.
    const auto first =
        std::lower_bound(m_confidences.cbegin(), m_confidences.cend(), double(minimumConfidence));
    const int scoredRemaining = int(m_confidences.cend() - first);
    return scoredRemaining + (minimumConfidence <= 0 ? m_unscored : 0);
}

} // namespace Turnpoint

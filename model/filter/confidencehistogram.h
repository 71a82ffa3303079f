#pragma once

#include "report.h"
#include "timelinefilter.h"

#include <QList>

#include <array>

namespace Turnpoint {

class TimelineFilterModel;
class TimelineModel;

// Turning points by confidence in ten 10 % bins, for the histogram behind the confidence slider.
// Counts honour every filter except the confidence threshold itself, so the analyst sees what
// moving the threshold would cut. A plain value: recompute it on
// TimelineFilterModel::filterChanged() and on the source model's row and reset signals.
class ConfidenceHistogram {
public:
    static constexpr int BinCount = 10;

    ConfidenceHistogram() = default;
    // `filter`'s own threshold is ignored.
    static ConfidenceHistogram fromReports(const QList<const Report *> &reports,
                                           const TimelineFilter &filter = {});
    static ConfidenceHistogram fromModel(const TimelineModel &model,
                                         const TimelineFilter &filter = {});
    // The proxy's source data under the proxy's filters (empty when its source is not a
    // TimelineModel).
    static ConfidenceHistogram fromProxy(const TimelineFilterModel &proxy);

    // Bin of a confidence: [0, 10) -> 0, ..., [90, 100] -> 9. Out-of-range values are clamped.
    static int binOf(double confidence);
    // Lower and upper percent of a bin (0-10, ..., 90-100).
    static int binLower(int bin) { return bin * 10; }
    static int binUpper(int bin) { return bin * 10 + 10; }

    int count(int bin) const;
    QList<int> counts() const; // BinCount values
    int unscored() const { return m_unscored; }
    int scored() const { return int(m_confidences.size()); }
    int total() const { return scored() + m_unscored; }
    int maximumCount() const; // the highest bin (unscored not included), for the scale

    // How many of the counted turning points remain at this threshold (the proxy's rule:
    // confidence >= threshold; the unscored only at 0).
    int remainingAt(int minimumConfidence) const;

private:
    void add(const TurningPoint &turningPoint);

    std::array<int, BinCount> m_bins{};
    int m_unscored = 0;
    QList<double> m_confidences; // sorted ascending once built
};

} // namespace Turnpoint

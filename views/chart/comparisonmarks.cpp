#include "comparisonmarks.h"

#include "reportcomparison.h"
#include "text.h"
#include "timelinemodel.h"

namespace Turnpoint {

void ComparisonMarks::rebuild(const TimelineModel *model) {
    const int reportCount = model ? model->reportCount() : 0;
    m_hasBaseline.assign(size_t(reportCount), 0);
    m_any = false;
    m_removed.clear();
    for (int r = 0; r < reportCount; ++r) {
        const ReportComparison *comparison = model->comparison(r);
        const Report *baseline = model->baseline(r);
        if (!comparison || !baseline)
            continue;
        m_hasBaseline[size_t(r)] = 1;
        m_any = true;
        for (const TurningPointChange &c : comparison->turningPoints) {
            if (c.change != ChangeKind::Removed || c.oldIndex < 0 ||
                c.oldIndex >= baseline->turningPoints.size())
                continue;
            const TurningPoint &tp = baseline->turningPoints.at(c.oldIndex);
            const QDate first = tp.date.firstDay(), last = tp.date.lastDay();
            if (!tp.date.isValid() || !first.isValid() || !last.isValid())
                continue;
            RemovedMark mark;
            mark.report = r;
            mark.oldIndex = c.oldIndex;
            mark.time = (double(first.toJulianDay()) + double(last.toJulianDay() + 1)) / 2.0;
            if (tp.confidence)
                mark.confidence = *tp.confidence;
            mark.kind = MarkerStore::classify(Utf16(tp.kind));
            m_removed.push_back(mark);
        }
    }
}

} // namespace Turnpoint

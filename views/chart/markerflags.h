#pragma once

#include "markerstore.h"
#include "timelinefilter.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Turnpoint {

class TimelineFilterModel;
struct TurningPoint;

// Keeps the store's flag bits in step with the shared filter proxy: which turning points pass
// the filters other than the threshold, which match the search, and which are shown at the
// threshold the chart shows (the proxy's, or the slider's preview). A filter change rewrites
// the bits in one pass; a threshold move touches Passes only.
class MarkerFlags {
public:
    // What the last update() found among the markers in visible lanes.
    struct Counts {
        int passing = 0;      // shown
        int inShownLanes = 0; // shown or not (overlay: all)
        bool event = false;
        bool policy = false;
        bool other = false;
        bool nothingFound = false;
        QStringList otherKinds; // the shown kinds outside event and policy, for display
    };

    // The store was rebuilt: every bit is computed again on the next update().
    void invalidate() {
        m_othersFilter.reset();
        m_matchQuery.reset();
    }

    // Sets PassesOthers and SearchMatch where the filter or the search changed since the last
    // call, Passes at `threshold` for every marker, and clears Emphasized. `turningPointOf`
    // finds a marker's turning point (nullptr when its rows are gone); `laneShown` says whether
    // a report's markers are drawn and counted at all.
    Counts
    update(MarkerStore &store, const TimelineFilterModel &proxy, int threshold,
           const std::function<const TurningPoint *(const MarkerStore::Marker &)> &turningPointOf,
           const std::function<bool(int report)> &laneShown);

private:
    // The filter (threshold 0) the PassesOthers bits were computed for.
    std::optional<TimelineFilter> m_othersFilter;
    // The search text the SearchMatch bits were computed for (empty: no search).
    std::optional<QString> m_matchQuery;
};

} // namespace Turnpoint

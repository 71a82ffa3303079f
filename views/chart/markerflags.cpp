#include "markerflags.h"

#include "displaytext.h"
#include "timelinefiltermodel.h"

#include <vector>

namespace Turnpoint {

MarkerFlags::Counts MarkerFlags::update(
    MarkerStore &store, const TimelineFilterModel &proxy, int threshold,
    const std::function<const TurningPoint *(const MarkerStore::Marker &)> &turningPointOf,
    const std::function<bool(int report)> &laneShown) {
    const int n = store.size();
    // Whether a marker is shown is the proxy's answer (acceptsTurningPoint). What the chart keeps
    // per marker is the verdict of the filters other than the threshold (PassesOthers), so a
    // threshold move, by the proxy or by the slider's preview, is one pass over the store
    // alone. It is derived from the proxy's answer where that settles it (accepted, or rejected
    // although the confidence clears the threshold); only turning points below the threshold
    // are asked of the filter itself, so an expensive filter (a search) is not run twice over
    // everything. tst_timelinechart checks the result against acceptsTurningPoint().
    TimelineFilter others = proxy.filter();
    others.setMinimumConfidence(0);
    if (!m_othersFilter || *m_othersFilter != others) {
        const int proxyThreshold = proxy.minimumConfidence();
        for (int i = 0; i < n; ++i) {
            MarkerStore::Marker &m = store.at(i);
            bool passesOthers = proxy.acceptsTurningPoint(m.report, m.turningPoint);
            if (!passesOthers &&
                !TimelineFilter::passesConfidence(m.confidenceValue(), proxyThreshold)) {
                const TurningPoint *tp = turningPointOf(m);
                passesOthers = tp && others.accepts(*tp, TimelineFilter::IgnoreConfidence);
            }
            m.set(MarkerStore::PassesOthers, passesOthers);
        }
        m_othersFilter = others;
    }
    const QString query = proxy.filter().search().isEmpty() ? QString() : proxy.searchText();
    if (!m_matchQuery || *m_matchQuery != query) {
        for (int i = 0; i < n; ++i) {
            MarkerStore::Marker &m = store.at(i);
            m.set(MarkerStore::SearchMatch,
                  !query.isEmpty() && proxy.turningPointMatchesSearch(m.report, m.turningPoint));
        }
        m_matchQuery = query;
    }

    Counts counts;
    std::vector<bool> otherKindShown(size_t(store.otherKinds().size()), false);
    for (int i = 0; i < n; ++i) {
        MarkerStore::Marker &m = store.at(i);
        const bool passes = m.has(MarkerStore::PassesOthers) &&
                            TimelineFilter::passesConfidence(m.confidenceValue(), threshold);
        m.set(MarkerStore::Passes, passes);
        m.set(MarkerStore::Emphasized, false);
        // A hidden lane's markers are neither drawn nor counted (legend, status, arrow keys).
        if (!laneShown(m.report))
            continue;
        ++counts.inShownLanes;
        if (!passes)
            continue;
        ++counts.passing;
        switch (m.kind()) {
        case MarkerStore::KindClass::Event:
            counts.event = true;
            break;
        case MarkerStore::KindClass::Policy:
            counts.policy = true;
            break;
        case MarkerStore::KindClass::Other:
            counts.other = true;
            if (size_t(m.kindId - 2) < otherKindShown.size())
                otherKindShown[size_t(m.kindId - 2)] = true;
            break;
        }
        counts.nothingFound = counts.nothingFound || m.has(MarkerStore::NothingFound);
    }
    for (size_t k = 0; k < otherKindShown.size(); ++k) {
        if (!otherKindShown[k])
            continue;
        const QString name = DisplayText::kind(store.otherKinds().at(qsizetype(k)));
        if (!counts.otherKinds.contains(name))
            counts.otherKinds.append(name);
    }
    return counts;
}

} // namespace Turnpoint

#pragma once

#include "markerstore.h"
#include "timelinemodel.h"

#include <QModelIndex>

namespace Turnpoint {

class TimelineFilterModel;
struct TurningPoint;

// Between the chart's store positions and the models: a marker's indexes in the proxy and in
// the TimelineModel, the marker of an index of either, and the turning point a marker stands
// for. Indexes are made on demand, never stored per marker, so the store stays small.
class MarkerIndexMap {
public:
    MarkerIndexMap(const MarkerStore &store, const TimelineFilterModel *proxy);

    const TimelineModel *model() const;

    // Model indexes of store marker `marker` (column 0): the TimelineModel's, and the proxy's
    // (invalid when the proxy hides it). Invalid for a marker out of range.
    QModelIndex sourceIndex(int marker) const;
    QModelIndex proxyIndex(int marker) const;
    // Store index of a turning point (or entry: its turning point) given as an index of the
    // proxy or of the TimelineModel; -1 when undated, a report, or of another model.
    int markerOf(const QModelIndex &index) const;

    // The turning point a marker stands for, or nullptr when its rows no longer exist. Checked,
    // not trusted: a slot running between a change of the reports and the store's rebuild may
    // ask about a marker whose rows are gone. Inline: the flag update asks for every marker.
    const TurningPoint *turningPointOf(const MarkerStore::Marker &m) const {
        const TimelineModel *timeline = model();
        if (!timeline || m.report < 0 || m.report >= timeline->reportCount())
            return nullptr;
        const Report &report = timeline->report(m.report);
        if (m.turningPoint < 0 || m.turningPoint >= report.turningPoints.size())
            return nullptr;
        return &report.turningPoints.at(m.turningPoint);
    }

private:
    const MarkerStore &m_store;
    const TimelineFilterModel *m_proxy;
};

} // namespace Turnpoint

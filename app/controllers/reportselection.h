#pragma once

#include "report.h"

class QItemSelectionModel;

namespace Turnpoint {

class TimelineFilterModel;
class TimelineModel;

// The window's one model, proxy and selection, and what the controllers ask of them: which
// report the user is on, and selecting a report or putting the selection back after a reload.
class ReportSelection {
public:
    ReportSelection(TimelineModel *model, TimelineFilterModel *proxy,
                    QItemSelectionModel *selection);

    TimelineModel *model() const { return m_model; }
    TimelineFilterModel *proxy() const { return m_proxy; }
    QItemSelectionModel *selection() const { return m_selection; }

    // The report of the current selection; the last one when nothing is selected, -1 when none
    // is open.
    int currentRow() const;
    void select(int row) const;
    // Replaces the report at `row`, putting the selection back where it was when that position
    // still exists.
    void replaceKeepingSelection(int row, Report report) const;

private:
    TimelineModel *m_model;
    TimelineFilterModel *m_proxy;
    QItemSelectionModel *m_selection;
};

} // namespace Turnpoint

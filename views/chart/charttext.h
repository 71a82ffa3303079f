#pragma once

#include "markerstore.h"
#include "timelineplotitem.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Turnpoint {

struct Entry;
struct TurningPoint;
struct TurningPointChange;

// The chart's words: the tool tips of markers, aggregate columns and removed ghosts, and the
// short texts drawn on the plot. Made from the report structs for the few markers hovered or
// drawn, never stored per marker.
class ChartText {
    Q_DECLARE_TR_FUNCTIONS(ChartText)

public:
    // The short text drawn next to a marker when it fits (empty: nothing to say).
    static QString label(const TurningPoint &tp);
    // A marker's tool tip. `change`: how it differs from the baseline (nullptr: no baseline or
    // unchanged); `reportFile`: named on the last line when several reports are loaded.
    static QString toolTip(const TurningPoint &tp, const MarkerStore::Marker &m,
                           const TurningPointChange *change, const QString *reportFile,
                           const QLocale &locale);
    static QString columnToolTip(const TimelinePlotItem::Column &column, bool showGhosts,
                                 const QLocale &locale);
    // A removed ghost's tool tip, from the baseline's turning point.
    static QString removedToolTip(const TurningPoint &tp, const QLocale &locale);
    // Lanes mode: the badge of a re-scored turning point, the change in percentage points.
    static QString scoreDelta(long rounded);
    // The label of the threshold line.
    static QString threshold(int percent);
    // Lanes mode: the header of the lanes whose title names no group.
    static QString otherReportsGroup();

private:
    static QString entryLine(const Entry &e);
};

} // namespace Turnpoint

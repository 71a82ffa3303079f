#pragma once

#include "report.h"
#include "timelinefilter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace Turnpoint {

class JsonWriter;

// Writes reports as the JSON of report-format.md §5: UTF-8, one object, keys in the documented
// order, reports/turning points/entries/fields/sources in document order.
class JsonExporter {
public:
    // `minimumConfidence` drops turning points below it (unscored ones unless it is 0), using
    // the same rule as the TimelineFilterModel; everything else is exported as is.
    static QByteArray toJson(const QList<const Report *> &reports, int minimumConfidence = 0);
    // Only the turning points for which `accept` is true (all when it is empty); reports, their
    // notes and diagnostics are always written. For File -> Export data and the batch mode's
    // --search/--kind, so the export holds exactly what is shown.
    static QByteArray toJson(const QList<const Report *> &reports,
                             const TurningPointPredicate &accept);
    static QByteArray toJson(const QList<const Report *> &reports, const TimelineFilter &filter);

    // One report object of §5 into `writer`. `writeExtraKeys`, when given, adds keys at the end
    // of the object (ComparisonExporter's `changes`), so other exports reuse the exact layout.
    static void writeReport(JsonWriter &writer, const Report &report,
                            const TurningPointPredicate &accept = {},
                            const std::function<void(JsonWriter &)> &writeExtraKeys = {});

    // The name written as "file": the file name for local files, the whole URL for downloads.
    static QString displayFileName(const QString &file);
};

} // namespace Turnpoint

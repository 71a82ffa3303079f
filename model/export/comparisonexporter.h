#pragma once

#include "report.h"
#include "reportcomparison.h"

#include <QByteArray>

namespace Turnpoint {

// The JSON of a comparison (`--compare OLD NEW --export-json`): the NEW version's
// report exactly as report-format.md §5 writes it, plus a last key `changes` with one object per
// turning point of either version, in time order (ReportComparison::turningPoints):
//
//   {"change": "added" | "removed" | "modified" | "unchanged",
//    "date": "2019-03" | null, "kind": …, "old_confidence": …, "new_confidence": …,
//    "rescored": bool, "entries_changed": bool,
//    "entries": [{"change": …, "title": …, "old_title": …, "fields_changed": ["key", …]}],
//    "old_kind": …, "fields_changed": ["kind" | "nothing_found" | "notes", …]}
//
// null where a side is absent. An added (removed) turning point lists its entries as added
// (removed). A turning point only re-scored is "modified" with rescored true. date/kind/title
// are the new version's, the old one's for a removed item. old_title is set only for a renamed
// entry (titles differ beyond width/case/punctuation); old_kind only when the kind changed. An
// entry's fields_changed lists the changed field keys (EntryChange::fieldsChanged), then both
// labels when the label changed, then "sources" and "notes" when those changed. The turning
// point's own fields_changed names what changed besides confidence and entries, so a "modified"
// point with rescored and entries_changed false still says why. old_kind and fields_changed come
// after the keys the issue lists, so that order stays as listed.
class ComparisonExporter {
public:
    static QByteArray toJson(const Report &oldReport, const Report &newReport,
                             const ReportComparison &comparison);
    // Compares and writes.
    static QByteArray toJson(const Report &oldReport, const Report &newReport);

    // "added", "removed", "modified", "unchanged": the JSON names, also usable by the CLI.
    static QString changeName(ChangeKind kind);
};

} // namespace Turnpoint

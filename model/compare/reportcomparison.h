#pragma once

#include "report.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Turnpoint {

// What changed between two versions of one report (README, "Comparing two versions"). Plain data,
// computed once by ReportComparison::compare(); the chart marks, the outline's change column, the
// "only changes" filter, the side-by-side detail and the JSON `changes` array (ComparisonExporter)
// all read it. Indices point into the two Reports given to compare(), which must outlive their use.
//
// Matching rules (decided here, tested in tst_reportcomparison):
//
// Turning points
//  1. Dated, same date (equal PartialDate, precision included: "2019" and "2019-03" are
//     different dates) and same kind (compared as SearchText::normalize does): paired in
//     document order.
//  2. Dated, same date, different kind: paired in document order; a kind change.
//  3. Undated (date missing or unreadable): first the same heading as written (date text and
//     kind, normalised), then any two sharing an entry title (titleKey) — each in document
//     order. Position alone never pairs two undated turning points: an undated point that shares
//     nothing with the other version is added/removed rather than glued to an unrelated one.
//  Everything left over is added (new only) or removed (old only).
//
// Entries, within a pair of turning points
//  1. Same title as written; 2. same titleKey(); 3. similar titles: the edit distance between
//  the titleKeys divided by the longer one's length is at most MaxRenameDistance (0.3), best
//  pairs first (smallest ratio, then document order). Pass 3 catches a renamed entry with a
//  small edit ("一期" -> "二期" in a 16-character title) while a 3-character title needs an exact
//  key; passes 1 and 2 pair in document order. Pass 3 is skipped for a turning point with more
//  than MaxRenamePairs candidate pairs (rewritten wholesale: its entries are added/removed).
//
// What counts as a change. Texts are compared after SearchText::normalize (full/half-width,
// case, white space runs), so a re-run that only switched （ to ( changes nothing. Titles compare
// by titleKey (punctuation and spaces also ignored). Turning point: confidence (re-scored, with
// the delta), kind, nothing_found, notes, entries. Entry: title (a rename; the old title is at
// oldIndex), label, fields, sources, notes. Fields pair by key (normalised), the n-th field with
// a key in one version with the n-th with that key in the other; a key counts as changed when
// its value differs or it exists on one side only. The date written in a heading ("2019年3月" vs
// "2019-03") is not compared: the dates are equal once parsed.
enum class ChangeKind { Unchanged, Added, Removed, Modified };

struct EntryChange {
    ChangeKind change = ChangeKind::Unchanged;
    int oldIndex = -1; // into the old turning point's entries; -1 when added
    int newIndex = -1; // into the new turning point's entries; -1 when removed

    bool titleChanged = false; // renamed: titleKeys differ (matched by similarity)
    bool labelChanged = false;
    bool sourcesChanged = false; // a source added, removed, renamed or its URL edited
    bool notesChanged = false;
    // Field keys whose value was edited, added or removed: keys of the new version in document
    // order, then keys only the old version has, each once, as written.
    QStringList fieldsChanged;
};

struct TurningPointChange {
    ChangeKind change = ChangeKind::Unchanged;
    int oldIndex = -1; // into the old report's turningPoints; -1 when added
    int newIndex = -1; // into the new report's turningPoints; -1 when removed

    bool rescored = false; // confidence differs (also: scored on one side only)
    // new - old, when both versions are scored and they differ.
    std::optional<double> confidenceDelta;
    bool kindChanged = false;
    bool nothingFoundChanged = false;
    bool notesChanged = false;
    bool entriesChanged = false; // an entry added, removed or modified

    // Every entry of either version: the new version's order, removed entries where they stood
    // in the old version, before entries added at the same place (as a diff shows them). An added
    // (removed) turning point lists all its entries as added (removed), entriesChanged true when it
    // has any.
    QList<EntryChange> entries;

    bool isChange() const { return change != ChangeKind::Unchanged; }
};

struct ReportComparison {
    // Every turning point of either version, in time order: by first day, then last day
    // (so "2019-01" before "2019"), equal dates in the new version's document order with removed
    // ones after; undated ones last, in that same order.
    QList<TurningPointChange> turningPoints;

    int count(ChangeKind kind) const;
    bool hasChanges() const;

    static ReportComparison compare(const Report &oldReport, const Report &newReport);

    // The largest edit distance, relative to the longer titleKey, for two different titles to
    // be taken for the same entry renamed.
    static constexpr double MaxRenameDistance = 0.3;
    // Renames are looked for only when the unmatched old entries times the unmatched new ones of a
    // turning point are at most this many pairs (each costs an edit distance).
    static constexpr qsizetype MaxRenamePairs = 100000;

    // SearchText::normalize, then punctuation, symbols and white space removed: the text two
    // titles are matched on.
    static QString titleKey(QStringView title);
    // Levenshtein distance over UTF-16 code units (titles are BMP Chinese/Latin text).
    static int editDistance(QStringView a, QStringView b);
};

} // namespace Turnpoint

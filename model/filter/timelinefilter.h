#pragma once

#include "partialdate.h"
#include "report.h"
#include "reportcomparison.h"
#include "searchtext.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Turnpoint {

// Decides which turning points an export or view keeps. Used by the exporters (JsonExporter,
// CsvExporter) and the batch mode without any item model.
using TurningPointPredicate = std::function<bool(const Report &, const TurningPoint &)>;

// Everything an analyst can filter the timeline by, as one value: the confidence threshold,
// kinds, entry categories, nothing-found periods, a date range and a text search. All active
// parts combine (AND). TimelineFilterModel applies it to the views; exporters take it (or its
// predicate()) so an export contains exactly what is shown. Entries always follow their turning
// point: the filters pick turning points, and a kept turning point keeps all its entries (the
// chart and the detail panel show turning points whole; SearchMatchRole marks matching entries).
//
// For the command line (`--search TEXT`, repeated `--kind K`, `--min-confidence N`):
//     QString error;
//     const auto filter = TimelineFilter::fromCommandLine(search, kinds, minConfidence, &error);
//     if (!filter) { print error; exit 2; }
//     JsonExporter::toJson(reports, *filter); // or CsvExporter::toCsv(reports, *filter)
class TimelineFilter {
    Q_DECLARE_TR_FUNCTIONS(TimelineFilter)

public:
    // Kinds are sorted into three buckets. Reports write 事件 or 政策 (the pipeline's English
    // wording Event / Policy, in any case, goes to the same bucket); every other kind, and a
    // turning point without a kind, is Other.
    enum Kind { EventKind = 0x1, PolicyKind = 0x2, OtherKind = 0x4, AllKinds = 0x7 };
    Q_DECLARE_FLAGS(Kinds, Kind)

    enum class SearchMode {
        HighlightMatches, // nothing is hidden; SearchMatchRole marks matching nodes
        OnlyMatches,      // turning points that do not match are hidden
    };

    enum AcceptOption {
        NoAcceptOption = 0,
        // Everything but the confidence threshold: what the histogram shows, so the analyst sees
        // what moving the threshold would cut.
        IgnoreConfidence = 0x1,
    };
    Q_DECLARE_FLAGS(AcceptOptions, AcceptOption)

    // A label or kind with how often it occurs in the loaded data (for the filter's checkboxes).
    struct LabelCount {
        QString label;
        int entries = 0;       // entries with this label
        int turningPoints = 0; // turning points with at least one such entry
    };

    static Kind kindOf(QStringView kind);
    // A kind as the user names it on the command line or in a setting: 事件/event,
    // 政策/policy, 其他/other (case-insensitive, full-width allowed); nullopt otherwise.
    static std::optional<Kind> kindFromName(QStringView name);
    // The name of a bucket for display: 事件 and 政策 as the reports write them, "other"
    // translated.
    static QString kindName(Kind kind);

    // The confidence rule: a turning point without a confidence passes only at threshold 0 (an
    // unscored claim is not evidence above any bar).
    static bool passesConfidence(std::optional<double> confidence, int minimumConfidence);

    // The confidence threshold (percent, 0-100).
    int minimumConfidence() const { return m_minimumConfidence; }
    void setMinimumConfidence(int percent); // clamped to 0-100

    // Checked kinds; AllKinds (the default) filters nothing. No kind checked hides everything.
    Kinds kinds() const { return m_kinds; }
    void setKinds(Kinds kinds) { m_kinds = kinds & AllKinds; }

    // Checked entry labels (categories such as 项目名称, 调控措施), compared as written; empty
    // filters nothing. While any is checked, a turning point passes only when one of its entries
    // has a checked label, so turning points without entries (nothing found) are hidden: the
    // analyst asked for turning points about these categories, and a period where nothing was
    // found is not about any.
    const QSet<QString> &labels() const { return m_labels; }
    void setLabels(const QSet<QString> &labels) { m_labels = labels; }

    // Hide turning points marked "nothing found".
    bool hidesNothingFound() const { return m_hideNothingFound; }
    void setHideNothingFound(bool hide) { m_hideNothingFound = hide; }

    // Turning points whose date (the whole month or year it names) overlaps [from, to] pass.
    // Either end may be invalid (open). While any end is set, undated turning points are hidden.
    // Ends given the wrong way round are swapped.
    const PartialDate &dateFrom() const { return m_dateFrom; }
    const PartialDate &dateTo() const { return m_dateTo; }
    bool hasDateRange() const { return m_dateFrom.isValid() || m_dateTo.isValid(); }
    void setDateRange(const PartialDate &from, const PartialDate &to);

    // Text search (see SearchText). A blank query searches nothing and hides nothing.
    const QString &searchText() const { return m_search.query(); }
    const SearchText &search() const { return m_search; }
    void setSearchText(const QString &text) { m_search = SearchText(text); }
    SearchMode searchMode() const { return m_searchMode; }
    void setSearchMode(SearchMode mode) { m_searchMode = mode; }
    // Whether the search hides turning points (a query in OnlyMatches mode).
    bool searchHides() const {
        return m_searchMode == SearchMode::OnlyMatches && !m_search.isEmpty();
    }

    // Only changes (File → Compare With…): turning points of a report that has a baseline pass
    // only when they differ from it (added, re-scored, changed). The filter applies to compared
    // reports only: a report without a baseline has nothing to differ from, and hiding all of it
    // would look like lost data, so its turning points pass as if the filter were off. Callers
    // that know the comparison pass the turning point's change to accepts(); without it (the
    // exporters' predicate()) this part of the filter passes everything.
    bool onlyChanges() const { return m_onlyChanges; }
    void setOnlyChanges(bool only) { m_onlyChanges = only; }

    // Whether any filter other than the confidence threshold is active.
    bool isActive() const;
    // Resets every filter except the confidence threshold, which has its own control (slider,
    // --min-confidence) and is not part of "the filters" the analyst clears.
    void clear();

    // `change`: the turning point's change against its report's baseline, nullptr when the
    // report has none (see setOnlyChanges()).
    bool accepts(const TurningPoint &turningPoint, AcceptOptions options = NoAcceptOption,
                 const TurningPointChange *change = nullptr) const;
    // The same as a callable, holding a copy of this filter.
    TurningPointPredicate predicate(AcceptOptions options = NoAcceptOption) const;

    // What is active, for the status bar, translated, e.g.
    // "kind: 政策; category: 项目名称; date 2020-01 – 2022-12; search “CCUS”". Empty when no
    // filter is active. The confidence threshold is not included (the slider shows it).
    QString description() const;

    // The filter of the batch mode: `--search TEXT` (only matches are exported; empty = no
    // search), `--kind K` repeated (any of kindFromName()'s names; none given = all kinds),
    // `--min-confidence N`. Returns nullopt and a translated message for an unknown kind.
    static std::optional<TimelineFilter> fromCommandLine(const QString &search,
                                                         const QStringList &kinds,
                                                         int minimumConfidence = 0,
                                                         QString *error = nullptr);

    // Labels and kinds in the given reports, for the filter's checkboxes. Labels are ordered by
    // how many entries carry them (most first), ties in order of first appearance.
    static QList<LabelCount> labelCounts(const QList<const Report *> &reports);
    // Turning points per kind bucket; all three buckets are always present.
    static QMap<Kind, int> kindCounts(const QList<const Report *> &reports);

    friend bool operator==(const TimelineFilter &a, const TimelineFilter &b);
    friend bool operator!=(const TimelineFilter &a, const TimelineFilter &b) { return !(a == b); }

private:
    int m_minimumConfidence = 0;
    Kinds m_kinds = AllKinds;
    QSet<QString> m_labels;
    bool m_hideNothingFound = false;
    PartialDate m_dateFrom;
    PartialDate m_dateTo;
    SearchText m_search;
    SearchMode m_searchMode = SearchMode::HighlightMatches;
    bool m_onlyChanges = false;
};

} // namespace Turnpoint

Q_DECLARE_OPERATORS_FOR_FLAGS(Turnpoint::TimelineFilter::Kinds)
Q_DECLARE_OPERATORS_FOR_FLAGS(Turnpoint::TimelineFilter::AcceptOptions)

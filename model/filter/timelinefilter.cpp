#include "timelinefilter.h"

#include <QHash>

#include <algorithm>

namespace Turnpoint {

TimelineFilter::Kind TimelineFilter::kindOf(QStringView kind) {
    // Nearly every report writes its kinds in plain CJK ideographs or ASCII letters, which
    // normalising leaves as they are (but for the case of the letters): those are answered
    // without building a string, since the filter bar counts kinds over every turning point
    // loaded (a million of them).
    const auto isIdeograph = [](QChar c) {
        return (c >= QChar(0x4E00) && c <= QChar(0x9FFF)) ||
               (c >= QChar(0x3400) && c <= QChar(0x4DBF));
    };
    const auto isLetter = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    if (!kind.isEmpty() && std::all_of(kind.begin(), kind.end(), isIdeograph)) {
        if (kind == u"事件")
            return EventKind;
        return kind == u"政策" ? PolicyKind : OtherKind;
    }
    if (!kind.isEmpty() && std::all_of(kind.begin(), kind.end(), isLetter)) {
        if (kind.compare(u"event", Qt::CaseInsensitive) == 0)
            return EventKind;
        return kind.compare(u"policy", Qt::CaseInsensitive) == 0 ? PolicyKind : OtherKind;
    }
    const QString k = SearchText::normalize(kind);
    if (k == u"事件" || k == u"event")
        return EventKind;
    if (k == u"政策" || k == u"policy")
        return PolicyKind;
    return OtherKind;
}

std::optional<TimelineFilter::Kind> TimelineFilter::kindFromName(QStringView name) {
    const QString k = SearchText::normalize(name);
    if (k == u"事件" || k == u"event" || k == u"events")
        return EventKind;
    if (k == u"政策" || k == u"policy" || k == u"policies")
        return PolicyKind;
    if (k == u"其他" || k == u"other")
        return OtherKind;
    return std::nullopt;
}

QString TimelineFilter::kindName(Kind kind) {
    switch (kind) {
    case EventKind:
        return QStringLiteral("事件");
    case PolicyKind:
        return QStringLiteral("政策");
    case OtherKind:
    case AllKinds:
        break;
    }
    //: Kind filter: turning points whose kind is neither 事件 (event) nor 政策 (policy), or none
    return tr("other");
}

bool TimelineFilter::passesConfidence(std::optional<double> confidence, int minimumConfidence) {
    if (!confidence)
        return minimumConfidence <= 0;
    return *confidence >= double(minimumConfidence);
}

void TimelineFilter::setMinimumConfidence(int percent) {
    m_minimumConfidence = qBound(0, percent, 100);
}

void TimelineFilter::setDateRange(const PartialDate &from, const PartialDate &to) {
    if (from.isValid() && to.isValid() && from.firstDay() > to.lastDay()) {
        m_dateFrom = to;
        m_dateTo = from;
        return;
    }
    m_dateFrom = from;
    m_dateTo = to;
}

bool TimelineFilter::isActive() const {
    return m_kinds != AllKinds || !m_labels.isEmpty() || m_hideNothingFound || hasDateRange() ||
           !m_search.isEmpty() || m_onlyChanges;
}

void TimelineFilter::clear() {
    const int threshold = m_minimumConfidence;
    *this = TimelineFilter();
    m_minimumConfidence = threshold;
}

bool TimelineFilter::accepts(const TurningPoint &tp, AcceptOptions options,
                             const TurningPointChange *change) const {
    if (!options.testFlag(IgnoreConfidence) &&
        !passesConfidence(tp.confidence, m_minimumConfidence))
        return false;
    if (m_kinds != AllKinds && !m_kinds.testFlag(kindOf(Utf16(tp.kind))))
        return false;
    if (m_hideNothingFound && tp.nothingFound)
        return false;
    if (m_onlyChanges && change && !change->isChange())
        return false;
    if (!m_labels.isEmpty()) {
        const bool any = std::any_of(tp.entries.cbegin(), tp.entries.cend(),
                                     [this](const Entry &e) { return m_labels.contains(e.label); });
        if (!any)
            return false;
    }
    if (hasDateRange()) {
        if (!tp.date.isValid())
            return false;
        if (m_dateFrom.isValid() && tp.date.lastDay() < m_dateFrom.firstDay())
            return false;
        if (m_dateTo.isValid() && tp.date.firstDay() > m_dateTo.lastDay())
            return false;
    }
    // Last: searching is the most expensive test.
    if (searchHides() && !m_search.matches(tp))
        return false;
    return true;
}

TurningPointPredicate TimelineFilter::predicate(AcceptOptions options) const {
    return [filter = *this, options](const Report &, const TurningPoint &tp) {
        return filter.accepts(tp, options);
    };
}

QString TimelineFilter::description() const {
    QStringList parts;
    //: Separator between items of one filter in the status bar, e.g. "kind: 事件, 政策"
    const QString listSeparator = tr(", ");
    if (m_kinds != AllKinds) {
        QStringList names;
        for (Kind k : {EventKind, PolicyKind, OtherKind}) {
            if (m_kinds.testFlag(k))
                names.append(kindName(k));
        }
        if (names.isEmpty()) {
            //: Status bar: the kind filter has no kind checked, so nothing is shown
            parts.append(tr("kind: none"));
        } else {
            //: Status bar: active kind filter; %1 lists the checked kinds, e.g. "kind: 政策"
            parts.append(tr("kind: %1").arg(names.join(listSeparator)));
        }
    }
    if (!m_labels.isEmpty()) {
        QStringList labels(m_labels.cbegin(), m_labels.cend());
        labels.sort(); // QSet has no order; the status bar must not shuffle between updates
        //: Status bar: active entry category filter; %1 lists the labels, e.g. "category: 项目名称"
        parts.append(tr("category: %1").arg(labels.join(listSeparator)));
    }
    if (m_hideNothingFound) {
        //: Status bar: turning points marked "nothing found" are hidden
        parts.append(tr("nothing-found periods hidden"));
    }
    if (m_dateFrom.isValid() && m_dateTo.isValid()) {
        //: Status bar: active date range, ISO dates, e.g. "date 2020-01 – 2022-12"
        parts.append(tr("date %1 – %2").arg(m_dateFrom.toIso(), m_dateTo.toIso()));
    } else if (m_dateFrom.isValid()) {
        //: Status bar: date range open at the end, e.g. "date from 2020-01"
        parts.append(tr("date from %1").arg(m_dateFrom.toIso()));
    } else if (m_dateTo.isValid()) {
        //: Status bar: date range open at the start, e.g. "date until 2022-12"
        parts.append(tr("date until %1").arg(m_dateTo.toIso()));
    }
    if (m_onlyChanges) {
        //: Status bar: only turning points that differ from the earlier version are shown
        //: (File → Compare With…)
        parts.append(tr("only changes"));
    }
    if (!m_search.isEmpty()) {
        if (m_searchMode == SearchMode::OnlyMatches) {
            //: Status bar: text search that hides what does not match; %1 is the query
            parts.append(tr("only matches of “%1”").arg(m_search.query().simplified()));
        } else {
            //: Status bar: text search whose matches are highlighted; %1 is the query
            parts.append(tr("search “%1”").arg(m_search.query().simplified()));
        }
    }
    //: Separator between active filters in the status bar, e.g. "kind: 政策; search “CCUS”"
    return parts.join(tr("; "));
}

std::optional<TimelineFilter> TimelineFilter::fromCommandLine(const QString &search,
                                                              const QStringList &kinds,
                                                              int minimumConfidence,
                                                              QString *error) {
    TimelineFilter filter;
    filter.setMinimumConfidence(minimumConfidence);
    if (!kinds.isEmpty()) {
        Kinds checked;
        for (const QString &name : kinds) {
            const std::optional<Kind> kind = kindFromName(name);
            if (!kind) {
                if (error) {
                    //: Command line error: --kind got an unknown value; %1 is that value
                    *error =
                        tr("unknown kind “%1” (use 事件/event, 政策/policy or other)").arg(name);
                }
                return std::nullopt;
            }
            checked |= *kind;
        }
        filter.setKinds(checked);
    }
    filter.setSearchText(search);
    // A batch export has no highlighting: searching means exporting what matches.
    filter.setSearchMode(SearchMode::OnlyMatches);
    return filter;
}

QList<TimelineFilter::LabelCount>
TimelineFilter::labelCounts(const QList<const Report *> &reports) {
    QList<LabelCount> counts;
    QHash<QString, qsizetype> at;
    for (const Report *r : reports) {
        for (const TurningPoint &tp : r->turningPoints) {
            QSet<QString> seenInTurningPoint;
            for (const Entry &e : tp.entries) {
                if (e.label.isEmpty())
                    continue;
                auto it = at.constFind(e.label);
                if (it == at.constEnd()) {
                    it = at.insert(e.label, counts.size());
                    counts.append(LabelCount{e.label, 0, 0});
                }
                LabelCount &c = counts[*it];
                ++c.entries;
                if (!seenInTurningPoint.contains(e.label)) {
                    seenInTurningPoint.insert(e.label);
                    ++c.turningPoints;
                }
            }
        }
    }
    std::stable_sort(counts.begin(), counts.end(), [](const LabelCount &a, const LabelCount &b) {
        return a.entries > b.entries;
    });
    return counts;
}

QMap<TimelineFilter::Kind, int> TimelineFilter::kindCounts(const QList<const Report *> &reports) {
    QMap<Kind, int> counts{{EventKind, 0}, {PolicyKind, 0}, {OtherKind, 0}};
    for (const Report *r : reports) {
        for (const TurningPoint &tp : r->turningPoints)
            ++counts[kindOf(Utf16(tp.kind))];
    }
    return counts;
}

bool operator==(const TimelineFilter &a, const TimelineFilter &b) {
    return a.m_minimumConfidence == b.m_minimumConfidence && a.m_kinds == b.m_kinds &&
           a.m_labels == b.m_labels && a.m_hideNothingFound == b.m_hideNothingFound &&
           a.m_dateFrom == b.m_dateFrom && a.m_dateTo == b.m_dateTo &&
           a.m_search.query() == b.m_search.query() && a.m_searchMode == b.m_searchMode &&
           a.m_onlyChanges == b.m_onlyChanges;
}

} // namespace Turnpoint

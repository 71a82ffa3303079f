#include "reportcomparison.h"

#include "searchtext.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Turnpoint {

namespace {

bool sameText(const QString &a, const QString &b) {
    return a == b || SearchText::normalize(a) == SearchText::normalize(b);
}

bool sameConfidence(const std::optional<double> &a, const std::optional<double> &b) {
    if (a.has_value() != b.has_value())
        return false;
    // Reports write whole or one-decimal percentages; anything closer is the same score.
    return !a || std::abs(*a - *b) < 1e-9;
}

bool sameNotes(const CompactList<Note> &a, const CompactList<Note> &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameText(a[i].text, b[i].text))
            return false;
    }
    return true;
}

bool sameSources(const CompactList<Source> &a, const CompactList<Source> &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        // A URL is an address: one changed character is another page, so no folding.
        if (a[i].url.toString().trimmed() != b[i].url.toString().trimmed() ||
            !sameText(a[i].name, b[i].name))
            return false;
    }
    return true;
}

// Fields paired by normalised key, the n-th occurrence of a key with the n-th.
QStringList changedFieldKeys(const CompactList<Field> &oldFields,
                             const CompactList<Field> &newFields) {
    QHash<QString, QList<int>> oldByKey;
    for (int i = 0; i < int(oldFields.size()); ++i)
        oldByKey[SearchText::normalize(Utf16(oldFields[i].key))].append(i);
    std::vector<bool> oldUsed(size_t(oldFields.size()), false);
    QHash<QString, int> seenInNew;

    QStringList changed;
    QStringList changedKeys; // normalised, so a key is listed once
    auto addKey = [&](const QString &key, const QString &normalizedKey) {
        if (!changedKeys.contains(normalizedKey)) {
            changedKeys.append(normalizedKey);
            changed.append(key);
        }
    };
    for (const Field &f : newFields) {
        const QString key = SearchText::normalize(Utf16(f.key));
        const int occurrence = seenInNew[key]++;
        const QList<int> candidates = oldByKey.value(key);
        if (occurrence >= candidates.size()) {
            addKey(f.key, key);
            continue;
        }
        const int oldIndex = candidates[occurrence];
        oldUsed[size_t(oldIndex)] = true;
        if (!sameText(oldFields[oldIndex].value, f.value))
            addKey(f.key, key);
    }
    for (int i = 0; i < int(oldFields.size()); ++i) {
        if (!oldUsed[size_t(i)])
            addKey(oldFields[i].key.toString(), SearchText::normalize(Utf16(oldFields[i].key)));
    }
    return changed;
}

EntryChange compareEntries(const Entry &o, const Entry &n, int oldIndex, int newIndex) {
    EntryChange c;
    c.oldIndex = oldIndex;
    c.newIndex = newIndex;
    c.titleChanged =
        ReportComparison::titleKey(Utf16(o.title)) != ReportComparison::titleKey(Utf16(n.title));
    c.labelChanged = !sameText(o.label, n.label);
    c.sourcesChanged = !sameSources(o.sources, n.sources);
    c.notesChanged = !sameNotes(o.notes, n.notes);
    c.fieldsChanged = changedFieldKeys(o.fields, n.fields);
    const bool changed = c.titleChanged || c.labelChanged || c.sourcesChanged || c.notesChanged ||
                         !c.fieldsChanged.isEmpty();
    c.change = changed ? ChangeKind::Modified : ChangeKind::Unchanged;
    return c;
}

// Pairs of (old index, new index), filled pass by pass; -1 where a side is not paired yet.
struct Pairing {
    std::vector<int> oldToNew;
    std::vector<int> newToOld;

    Pairing(qsizetype oldCount, qsizetype newCount)
        : oldToNew(size_t(oldCount), -1)
        , newToOld(size_t(newCount), -1) {}

    void pair(int o, int n) {
        oldToNew[size_t(o)] = n;
        newToOld[size_t(n)] = o;
    }
    bool oldFree(int o) const { return oldToNew[size_t(o)] < 0; }
    bool newFree(int n) const { return newToOld[size_t(n)] < 0; }

    // One pass: each free new item, in document order, takes the first free old item with the
    // same key (no key: not in this pass). Keyed, not all-pairs, so a report with a hundred
    // thousand turning points compares in linear time.
    template <typename OldKey, typename NewKey> void pairByKey(OldKey oldKey, NewKey newKey) {
        struct Bucket {
            QList<int> indices;   // document order
            qsizetype cursor = 0; // indices before it are paired already
        };
        QHash<QString, Bucket> buckets;
        for (int o = 0; o < int(oldToNew.size()); ++o) {
            if (oldFree(o)) {
                const std::optional<QString> key = oldKey(o);
                if (key)
                    buckets[*key].indices.append(o);
            }
        }
        for (int n = 0; n < int(newToOld.size()); ++n) {
            if (!newFree(n))
                continue;
            const std::optional<QString> key = newKey(n);
            if (!key)
                continue;
            const auto it = buckets.find(*key);
            if (it == buckets.end())
                continue;
            Bucket &b = *it;
            // Within one pass an old item only ever becomes paired, so the first free one is
            // never before the cursor.
            while (b.cursor < b.indices.size() && !oldFree(b.indices[b.cursor]))
                ++b.cursor;
            if (b.cursor < b.indices.size())
                pair(b.indices[b.cursor], n);
        }
    }
};

QList<EntryChange> compareEntryLists(const CompactList<Entry> &oldEntries,
                                     const CompactList<Entry> &newEntries) {
    Pairing p(oldEntries.size(), newEntries.size());
    p.pairByKey([&](int o) { return std::optional<QString>(oldEntries[o].title); },
                [&](int n) { return std::optional<QString>(newEntries[n].title); });

    QStringList oldKeys, newKeys;
    for (const Entry &e : oldEntries)
        oldKeys.append(ReportComparison::titleKey(Utf16(e.title)));
    for (const Entry &e : newEntries)
        newKeys.append(ReportComparison::titleKey(Utf16(e.title)));
    p.pairByKey([&](int o) { return std::optional<QString>(oldKeys[o]); },
                [&](int n) { return std::optional<QString>(newKeys[n]); });

    // Similar titles, the closest pairs first so a rename does not steal another's partner.
    struct Candidate {
        double ratio;
        int o;
        int n;
    };
    std::vector<Candidate> candidates;
    qsizetype freeOld = 0, freeNew = 0;
    for (int o = 0; o < int(oldKeys.size()); ++o)
        freeOld += p.oldFree(o) ? 1 : 0;
    for (int n = 0; n < int(newKeys.size()); ++n)
        freeNew += p.newFree(n) ? 1 : 0;
    // Every pair costs an edit distance; past the cap a turning point was rewritten wholesale
    // and its entries are simply added and removed.
    const bool tryRenames = freeOld * freeNew <= ReportComparison::MaxRenamePairs;
    for (int o = 0; tryRenames && o < int(oldKeys.size()); ++o) {
        if (!p.oldFree(o))
            continue;
        for (int n = 0; n < int(newKeys.size()); ++n) {
            if (!p.newFree(n))
                continue;
            const qsizetype longer = std::max(oldKeys[o].size(), newKeys[n].size());
            if (longer == 0)
                continue;
            // The length difference is a lower bound of the distance: skip hopeless pairs cheaply.
            const qsizetype lengthGap = std::abs(oldKeys[o].size() - newKeys[n].size());
            if (double(lengthGap) / double(longer) > ReportComparison::MaxRenameDistance)
                continue;
            const double ratio =
                double(ReportComparison::editDistance(oldKeys[o], newKeys[n])) / double(longer);
            if (ratio <= ReportComparison::MaxRenameDistance)
                candidates.push_back({ratio, o, n});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.ratio < b.ratio; });
    for (const Candidate &c : candidates) {
        if (p.oldFree(c.o) && p.newFree(c.n))
            p.pair(c.o, c.n);
    }

    // New order; removed entries stay where they stood, before entries added at the same place
    // (as a diff shows them).
    QList<EntryChange> result;
    int nextOld = 0; // old entries before this one have been placed
    auto placeRemovedBefore = [&](int oldLimit) {
        for (; nextOld < oldLimit; ++nextOld) {
            if (p.oldFree(nextOld)) {
                EntryChange c;
                c.change = ChangeKind::Removed;
                c.oldIndex = nextOld;
                result.append(c);
            }
        }
    };
    for (int n = 0; n < int(newEntries.size()); ++n) {
        const int o = p.newToOld[size_t(n)];
        if (o < 0) {
            // The run of removed old entries at this place goes first.
            while (nextOld < int(oldEntries.size()) && p.oldFree(nextOld))
                placeRemovedBefore(nextOld + 1);
            EntryChange c;
            c.change = ChangeKind::Added;
            c.newIndex = n;
            result.append(c);
            continue;
        }
        placeRemovedBefore(o);
        nextOld = std::max(nextOld, o + 1);
        result.append(compareEntries(oldEntries[o], newEntries[n], o, n));
    }
    placeRemovedBefore(int(oldEntries.size()));
    return result;
}

TurningPointChange compareTurningPoints(const TurningPoint &o, const TurningPoint &n, int oldIndex,
                                        int newIndex) {
    TurningPointChange c;
    c.oldIndex = oldIndex;
    c.newIndex = newIndex;
    c.rescored = !sameConfidence(o.confidence, n.confidence);
    if (c.rescored && o.confidence && n.confidence)
        c.confidenceDelta = *n.confidence - *o.confidence;
    c.kindChanged = !sameText(o.kind, n.kind);
    c.nothingFoundChanged = o.nothingFound != n.nothingFound;
    c.notesChanged = !sameNotes(o.notes, n.notes);
    c.entries = compareEntryLists(o.entries, n.entries);
    c.entriesChanged = std::any_of(c.entries.cbegin(), c.entries.cend(), [](const EntryChange &e) {
        return e.change != ChangeKind::Unchanged;
    });
    const bool changed =
        c.rescored || c.kindChanged || c.nothingFoundChanged || c.notesChanged || c.entriesChanged;
    c.change = changed ? ChangeKind::Modified : ChangeKind::Unchanged;
    return c;
}

// An added or removed turning point: all its entries added or removed with it, so a reader of
// the changes alone sees what came or went.
TurningPointChange unpaired(ChangeKind kind, int index, const TurningPoint &tp) {
    const bool added = kind == ChangeKind::Added;
    TurningPointChange c;
    c.change = kind;
    (added ? c.newIndex : c.oldIndex) = index;
    for (int i = 0; i < int(tp.entries.size()); ++i) {
        EntryChange e;
        e.change = kind;
        (added ? e.newIndex : e.oldIndex) = i;
        c.entries.append(e);
    }
    c.entriesChanged = !c.entries.isEmpty();
    return c;
}

} // namespace

QString ReportComparison::titleKey(QStringView title) {
    QString key = SearchText::normalize(title);
    key.removeIf([](QChar c) { return c.isPunct() || c.isSymbol() || c.isSpace(); });
    return key;
}

int ReportComparison::editDistance(QStringView a, QStringView b) {
    if (a.size() < b.size())
        std::swap(a, b);
    // One row of the classic table, over the shorter string.
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, substitution});
            diagonal = above;
        }
    }
    return row.back();
}

int ReportComparison::count(ChangeKind kind) const {
    return int(std::count_if(turningPoints.cbegin(), turningPoints.cend(),
                             [kind](const TurningPointChange &c) { return c.change == kind; }));
}

bool ReportComparison::hasChanges() const {
    return std::any_of(turningPoints.cbegin(), turningPoints.cend(),
                       [](const TurningPointChange &c) { return c.isChange(); });
}

ReportComparison ReportComparison::compare(const Report &oldReport, const Report &newReport) {
    const QList<TurningPoint> &olds = oldReport.turningPoints;
    const QList<TurningPoint> &news = newReport.turningPoints;
    Pairing p(olds.size(), news.size());

    using Key = std::optional<QString>;
    // Dated: same date and kind, then same date. toIso() tells precisions apart ("2019" is not
    // "2019-03").
    auto dateKind = [](const TurningPoint &tp) -> Key {
        if (!tp.date.isValid())
            return std::nullopt;
        return tp.date.toIso() + u'\n' + SearchText::normalize(Utf16(tp.kind));
    };
    auto date = [](const TurningPoint &tp) -> Key {
        if (!tp.date.isValid())
            return std::nullopt;
        return tp.date.toIso();
    };
    p.pairByKey([&](int o) { return dateKind(olds[o]); }, [&](int n) { return dateKind(news[n]); });
    p.pairByKey([&](int o) { return date(olds[o]); }, [&](int n) { return date(news[n]); });

    // Undated: the same heading (date text and kind)...
    auto heading = [](const TurningPoint &tp) -> Key {
        if (tp.date.isValid())
            return std::nullopt;
        return SearchText::normalize(Utf16(tp.dateText)) + u'\n' +
               SearchText::normalize(Utf16(tp.kind));
    };
    p.pairByKey([&](int o) { return heading(olds[o]); }, [&](int n) { return heading(news[n]); });
    // ...then any entry title in common: each free new one takes the first free old one (in
    // document order) that has one of its titles.
    struct TitleBucket {
        QList<int> indices; // old undated turning points with that title, document order
        qsizetype cursor = 0;
    };
    QHash<QString, TitleBucket> byTitle;
    for (int o = 0; o < int(olds.size()); ++o) {
        if (olds[o].date.isValid() || !p.oldFree(o))
            continue;
        for (const Entry &e : olds[o].entries) {
            const QString key = titleKey(Utf16(e.title));
            if (key.isEmpty())
                continue;
            QList<int> &indices = byTitle[key].indices;
            if (indices.isEmpty() || indices.last() != o) // one turning point once per title
                indices.append(o);
        }
    }
    for (int n = 0; n < int(news.size()); ++n) {
        if (news[n].date.isValid() || !p.newFree(n))
            continue;
        int best = -1;
        for (const Entry &e : news[n].entries) {
            const auto it = byTitle.find(titleKey(Utf16(e.title)));
            if (it == byTitle.end())
                continue;
            TitleBucket &b = *it;
            while (b.cursor < b.indices.size() && !p.oldFree(b.indices[b.cursor]))
                ++b.cursor;
            if (b.cursor < b.indices.size() && (best < 0 || b.indices[b.cursor] < best))
                best = b.indices[b.cursor];
        }
        if (best >= 0)
            p.pair(best, n);
    }

    ReportComparison result;
    for (int n = 0; n < int(news.size()); ++n) {
        const int o = p.newToOld[size_t(n)];
        if (o >= 0) {
            result.turningPoints.append(compareTurningPoints(olds[o], news[n], o, n));
        } else {
            result.turningPoints.append(unpaired(ChangeKind::Added, n, news[n]));
        }
    }
    for (int o = 0; o < int(olds.size()); ++o) {
        if (p.oldFree(o))
            result.turningPoints.append(unpaired(ChangeKind::Removed, o, olds[o]));
    }

    auto dateOf = [&](const TurningPointChange &c) -> const PartialDate & {
        return c.newIndex >= 0 ? news[c.newIndex].date : olds[c.oldIndex].date;
    };
    // Stable: equal dates keep the order built above (new document order, removed after).
    std::stable_sort(result.turningPoints.begin(), result.turningPoints.end(),
                     [&](const TurningPointChange &a, const TurningPointChange &b) {
                         const PartialDate &da = dateOf(a);
                         const PartialDate &db = dateOf(b);
                         if (da.isValid() != db.isValid())
                             return da.isValid();
                         if (!da.isValid())
                             return false;
                         if (da.firstDay() != db.firstDay())
                             return da.firstDay() < db.firstDay();
                         return da.lastDay() < db.lastDay();
                     });
    return result;
}

} // namespace Turnpoint

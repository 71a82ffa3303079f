#pragma once

#include "report.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Turnpoint {

// Text search over turning points and entries, the way an analyst types a query: full-width
// and half-width forms are the same (ＣＣＵＳ = CCUS, （ = (, the ideographic space is a space),
// case does not matter, and runs of white space are one space.
//
// A query is split at white space into terms; a node matches when every term occurs somewhere in
// its searchable text (so "绿色铝 2023" finds the entry that says both, in any fields). Chinese
// has no spaces, so a Chinese phrase is one term and matches as a phrase.
//
// Searchable text of an entry: its label, title, field keys and values, notes, source names and
// source hosts (the host of the URL, not the whole URL: "seetao" finds www.seetao.com, a path
// full of digits does not turn every number into a hit). Of a turning point: its date as
// written, its kind, its notes, and all of that of its entries.
class SearchText {
public:
    // How often a query was found, for "4 matches in 3 turning points".
    struct Statistics {
        int matches = 0;       // occurrences of the terms, summed over matching turning points
        int turningPoints = 0; // turning points that match

        friend bool operator==(const Statistics &a, const Statistics &b) {
            return a.matches == b.matches && a.turningPoints == b.turningPoints;
        }
    };

    SearchText() = default;
    explicit SearchText(const QString &query);

    const QString &query() const { return m_query; }     // as given
    const QStringList &terms() const { return m_terms; } // normalised, never empty strings
    bool isEmpty() const { return m_terms.isEmpty(); }   // blank query: matches nothing

    // NFKC folding (full-width letters, digits, punctuation and the ideographic space become
    // their ASCII forms), invisible format characters (zero-width space, BOM) removed, case
    // folded, white space runs collapsed to one space, ends trimmed.
    static QString normalize(QStringView text);
    // The host part of a source URL, lower case; empty when the URL has none.
    static QString host(const QString &url);

    // Whether every term occurs in the text (normalised here).
    bool matchesText(QStringView text) const;
    bool matches(const Entry &entry) const;
    bool matches(const TurningPoint &turningPoint) const;

    // Non-overlapping occurrences of the terms in the node's searchable text; 0 when the node
    // does not match (a node with only some of the terms has no matches).
    int matchCount(const Entry &entry) const;
    int matchCount(const TurningPoint &turningPoint) const;

    // Adds one turning point to the statistics.
    void count(const TurningPoint &turningPoint, Statistics *statistics) const;

private:
    // The node's searchable texts, normalised, joined with '\n' (which normalised text never
    // contains, so no term is found across two texts).
    static QString haystack(const Entry &entry);
    static QString haystack(const TurningPoint &turningPoint);
    int countIn(const QString &normalizedHaystack) const;

    QString m_query;
    QStringList m_terms;
};

} // namespace Turnpoint

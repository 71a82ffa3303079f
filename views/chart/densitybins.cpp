#include "densitybins.h"

#include <algorithm>

namespace Turnpoint {

namespace {
// One individual marker per this many pixels of plot width, at most.
constexpr double PixelsPerMarker = 4;
// At the deepest zoom no zooming can separate markers further; past this many they are still
// aggregated, so a day holding a hundred thousand turning points does not draw them all.
constexpr int MaxMarkersAtMaximumZoom = 2000;
} // namespace

void DensityBins::Aggregate::add(const MarkerStore::Marker &m) {
    const int c = m.confidencePercent();
    const bool match = m.has(MarkerStore::SearchMatch);
    const bool emphasis = m.has(MarkerStore::Emphasized);
    if (m.has(MarkerStore::Passes)) {
        ++passing;
        passMin = std::min(passMin, c);
        passMax = std::max(passMax, c);
        passMatch = passMatch || match;
        passEmphasis = passEmphasis || emphasis;
    } else {
        ++ghosts;
        ghostMin = std::min(ghostMin, c);
        ghostMax = std::max(ghostMax, c);
        ghostMatch = ghostMatch || match;
        ghostEmphasis = ghostEmphasis || emphasis;
    }
}

void DensityBins::Aggregate::add(const Aggregate &o) {
    if (o.passing > 0) {
        passMin = std::min(passMin, o.passMin);
        passMax = std::max(passMax, o.passMax);
    }
    if (o.ghosts > 0) {
        ghostMin = std::min(ghostMin, o.ghostMin);
        ghostMax = std::max(ghostMax, o.ghostMax);
    }
    passing += o.passing;
    ghosts += o.ghosts;
    passMatch = passMatch || o.passMatch;
    ghostMatch = ghostMatch || o.ghostMatch;
    passEmphasis = passEmphasis || o.passEmphasis;
    ghostEmphasis = ghostEmphasis || o.ghostEmphasis;
}

bool operator==(const DensityBins::Aggregate &a, const DensityBins::Aggregate &b) {
    // Ranges only count where there is something to range over.
    return a.passing == b.passing && a.ghosts == b.ghosts &&
           (a.passing == 0 || (a.passMin == b.passMin && a.passMax == b.passMax)) &&
           (a.ghosts == 0 || (a.ghostMin == b.ghostMin && a.ghostMax == b.ghostMax)) &&
           a.passMatch == b.passMatch && a.ghostMatch == b.ghostMatch &&
           a.passEmphasis == b.passEmphasis && a.ghostEmphasis == b.ghostEmphasis;
}

DensityBins::Bin DensityBins::merge(const Bin &a, const Bin &b) {
    Bin r;
    r.passing = a.passing + b.passing;
    r.count = a.count + b.count;
    r.passMin = std::min(a.passMin, b.passMin);
    r.passMax = std::max(a.passMax, b.passMax);
    r.ghostMin = std::min(a.ghostMin, b.ghostMin);
    r.ghostMax = std::max(a.ghostMax, b.ghostMax);
    r.marks = quint8(a.marks | b.marks);
    return r;
}

void DensityBins::addBin(Aggregate &to, const Bin &bin) {
    Aggregate a;
    a.passing = bin.passing;
    a.ghosts = bin.count - bin.passing;
    a.passMin = bin.passMin;
    a.passMax = bin.passMax;
    a.ghostMin = bin.ghostMin;
    a.ghostMax = bin.ghostMax;
    a.passMatch = bin.marks & 1;
    a.ghostMatch = bin.marks & 2;
    a.passEmphasis = bin.marks & 4;
    a.ghostEmphasis = bin.marks & 8;
    to.add(a);
}

void DensityBins::clear() {
    m_levels.clear();
}

void DensityBins::build(const MarkerStore &store) {
    const int n = store.size();
    const int leaves = (n + LeafSize - 1) / LeafSize;
    m_levels.resize(1);
    std::vector<Bin> &level0 = m_levels[0];
    level0.assign(size_t(leaves), Bin());
    for (int i = 0; i < n; ++i) {
        const MarkerStore::Marker &m = store.at(i);
        Bin &b = level0[size_t(i / LeafSize)];
        const auto c = quint8(m.confidencePercent());
        ++b.count;
        const bool match = m.has(MarkerStore::SearchMatch);
        const bool emphasis = m.has(MarkerStore::Emphasized);
        if (m.has(MarkerStore::Passes)) {
            ++b.passing;
            b.passMin = std::min(b.passMin, c);
            b.passMax = std::max(b.passMax, c);
            b.marks |= quint8((match ? 1 : 0) | (emphasis ? 4 : 0));
        } else {
            b.ghostMin = std::min(b.ghostMin, c);
            b.ghostMax = std::max(b.ghostMax, c);
            b.marks |= quint8((match ? 2 : 0) | (emphasis ? 8 : 0));
        }
    }
    while (m_levels.back().size() > 1) {
        const std::vector<Bin> &below = m_levels.back();
        std::vector<Bin> above((below.size() + 1) / 2);
        for (size_t k = 0; k < above.size(); ++k)
            above[k] =
                2 * k + 1 < below.size() ? merge(below[2 * k], below[2 * k + 1]) : below[2 * k];
        m_levels.push_back(std::move(above));
    }
}

DensityBins::Aggregate DensityBins::query(const MarkerStore &store, int from, int to) const {
    Aggregate result;
    from = std::max(from, 0);
    to = std::min(to, store.size());
    if (from >= to)
        return result;
    // Loose markers before the first and after the last whole leaf, then whole blocks from
    // the pyramid, climbing a level whenever a pair is complete.
    int lo = (from + LeafSize - 1) / LeafSize;
    int hi = to / LeafSize;
    if (lo >= hi || m_levels.empty()) {
        for (int i = from; i < to; ++i)
            result.add(store.at(i));
        return result;
    }
    for (int i = from; i < lo * LeafSize; ++i)
        result.add(store.at(i));
    for (int i = hi * LeafSize; i < to; ++i)
        result.add(store.at(i));
    for (size_t level = 0; lo < hi && level < m_levels.size(); ++level) {
        const std::vector<Bin> &bins = m_levels[level];
        if (lo & 1)
            addBin(result, bins[size_t(lo++)]);
        if (hi & 1)
            addBin(result, bins[size_t(--hi)]);
        lo /= 2;
        hi /= 2;
    }
    return result;
}

int DensityBins::markerLimit(double plotWidth, bool atMaximumZoom) {
    const int byWidth = int(std::max(plotWidth, 0.0) / PixelsPerMarker);
    return atMaximumZoom ? std::max(byWidth, MaxMarkersAtMaximumZoom) : byWidth;
}

bool DensityBins::useAggregates(int visibleMarkers, double plotWidth, bool atMaximumZoom) {
    return visibleMarkers > markerLimit(plotWidth, atMaximumZoom);
}

} // namespace Turnpoint

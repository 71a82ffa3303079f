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
    addSummary(m);
    BandCounts &bands = m.has(MarkerStore::Passes) ? passBands : ghostBands;
    ++bands[size_t(bandOf(m.confidencePercent()))];
}

void DensityBins::Aggregate::addSummary(const MarkerStore::Marker &m) {
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
    for (size_t b = 0; b < size_t(BandCount); ++b) {
        passBands[b] += o.passBands[b];
        ghostBands[b] += o.ghostBands[b];
    }
}

bool operator==(const DensityBins::Aggregate &a, const DensityBins::Aggregate &b) {
    // Ranges only count where there is something to range over.
    return a.passing == b.passing && a.ghosts == b.ghosts &&
           (a.passing == 0 || (a.passMin == b.passMin && a.passMax == b.passMax)) &&
           (a.ghosts == 0 || (a.ghostMin == b.ghostMin && a.ghostMax == b.ghostMax)) &&
           a.passMatch == b.passMatch && a.ghostMatch == b.ghostMatch &&
           a.passEmphasis == b.passEmphasis && a.ghostEmphasis == b.ghostEmphasis &&
           a.passBands == b.passBands && a.ghostBands == b.ghostBands;
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
    // Field by field rather than through Aggregate::add(): a bin has no band counts, and this
    // runs some thirty times per column.
    const int ghosts = bin.count - bin.passing;
    if (bin.passing > 0) {
        to.passMin = std::min(to.passMin, int(bin.passMin));
        to.passMax = std::max(to.passMax, int(bin.passMax));
    }
    if (ghosts > 0) {
        to.ghostMin = std::min(to.ghostMin, int(bin.ghostMin));
        to.ghostMax = std::max(to.ghostMax, int(bin.ghostMax));
    }
    to.passing += bin.passing;
    to.ghosts += ghosts;
    to.passMatch = to.passMatch || (bin.marks & 1);
    to.ghostMatch = to.ghostMatch || (bin.marks & 2);
    to.passEmphasis = to.passEmphasis || (bin.marks & 4);
    to.ghostEmphasis = to.ghostEmphasis || (bin.marks & 8);
}

void DensityBins::addBands(Aggregate &to, const MarkerStore &store, int from, int until) const {
    const auto addOne = [&to](const MarkerStore::Marker &m) {
        DensityBins::BandCounts &bands = m.has(MarkerStore::Passes) ? to.passBands : to.ghostBands;
        ++bands[size_t(bandOf(m.confidencePercent()))];
    };
    const int lo = (from + BandBlock - 1) / BandBlock;
    const int hi = until / BandBlock;
    if (lo >= hi || m_bandSums.empty()) {
        for (int i = from; i < until; ++i)
            addOne(store.at(i));
        return;
    }
    for (int i = from; i < lo * BandBlock; ++i)
        addOne(store.at(i));
    for (int i = hi * BandBlock; i < until; ++i)
        addOne(store.at(i));
    const auto &a = m_bandSums[size_t(lo)];
    const auto &b = m_bandSums[size_t(hi)];
    for (size_t k = 0; k < size_t(BandCount); ++k) {
        to.passBands[k] += b[k] - a[k];
        to.ghostBands[k] += b[k + BandCount] - a[k + BandCount];
    }
}

void DensityBins::clear() {
    m_levels.clear();
    m_bandSums.clear();
}

void DensityBins::build(const MarkerStore &store) {
    const int n = store.size();
    const int leaves = (n + LeafSize - 1) / LeafSize;
    m_levels.resize(1);
    std::vector<Bin> &level0 = m_levels[0];
    level0.assign(size_t(leaves), Bin());
    // Running band counts in the same pass (one read of the markers, which for a million
    // is most of the cost): a block's row starts as the one before it.
    const int blocks = n / BandBlock;
    m_bandSums.resize(size_t(blocks + 1));
    m_bandSums[0].fill(0);
    for (int i = 0; i < n; ++i) {
        const MarkerStore::Marker &m = store.at(i);
        if (const int block = i / BandBlock; block < blocks) {
            std::array<qint32, 2 *BandCount> &row = m_bandSums[size_t(block + 1)];
            if (i % BandBlock == 0)
                row = m_bandSums[size_t(block)];
            const int band = bandOf(m.confidencePercent());
            ++row[size_t(m.has(MarkerStore::Passes) ? band : band + BandCount)];
        }
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
    addBands(result, store, from, to);
    if (lo >= hi || m_levels.empty()) {
        for (int i = from; i < to; ++i)
            result.addSummary(store.at(i));
        return result;
    }
    for (int i = from; i < lo * LeafSize; ++i)
        result.addSummary(store.at(i));
    for (int i = hi * LeafSize; i < to; ++i)
        result.addSummary(store.at(i));
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

#pragma once

#include "markerstore.h"

#include <algorithm>

#include <array>
#include <vector>

namespace Turnpoint {

// Counts and confidence ranges of the markers, precomputed at power-of-two block sizes over
// the time order (a pyramid: level 0 holds blocks of LeafSize markers, each level above
// merges pairs). The aggregate of any run of markers then costs O(log n) instead of O(n), so
// drawing a pixel column per aggregate costs O(columns · log n) however many markers there
// are. Rebuilt (O(n)) after the flags change; shown markers and ghosts (the ones that do not
// pass) are counted apart.
//
// Each aggregate also counts its markers per confidence band (BandWidth percent wide), so a
// dense column can show how its confidences are distributed rather than only their range,
// which for a big corpus spans nearly 0-100% everywhere. Band counts come from running sums
// per block of BandBlock markers: a run costs O(BandCount) plus the few loose markers at its
// ends, never a walk over the run.
class DensityBins {
public:
    static constexpr int LeafSize = 8;
    static constexpr int BandWidth = 5;
    static constexpr int BandCount = 100 / BandWidth; // the last band takes in 100% too
    static constexpr int BandBlock = 64;

    using BandCounts = std::array<qint32, BandCount>;

    // Band of a whole percent (0-100).
    static int bandOf(int percent) { return std::clamp(percent / BandWidth, 0, BandCount - 1); }
    // Lowest and highest percent a band covers on the axis.
    static int bandLow(int band) { return band * BandWidth; }
    static int bandHigh(int band) { return band == BandCount - 1 ? 100 : (band + 1) * BandWidth; }

    struct Aggregate {
        int passing = 0;
        int ghosts = 0;
        // Whole percent (MarkerStore::Marker::confidencePercent()); meaningful only when the
        // matching count is above 0.
        int passMin = 100;
        int passMax = 0;
        int ghostMin = 100;
        int ghostMax = 0;
        bool passMatch = false; // a shown marker matches the search
        bool ghostMatch = false;
        bool passEmphasis = false; // a shown marker is emphasised
        bool ghostEmphasis = false;
        // Markers per confidence band (bandOf()), shown ones and ghosts apart.
        BandCounts passBands{};
        BandCounts ghostBands{};

        // Adds everything the marker contributes, band counts included.
        void add(const MarkerStore::Marker &m);
        // The same without the band counts (query() takes those from the running sums).
        void addSummary(const MarkerStore::Marker &m);
        void add(const Aggregate &other);
        friend bool operator==(const Aggregate &a, const Aggregate &b);
    };

    void build(const MarkerStore &store);
    void clear();
    // Aggregate of markers [from, to) of `store` (the store the bins were built from).
    Aggregate query(const MarkerStore &store, int from, int to) const;

    // Level of detail: whether `visibleMarkers` markers on a plot `plotWidth` pixels wide are
    // drawn as per-column aggregates rather than one by one. At the deepest zoom the limit is
    // higher, so markers that share a day can still be picked once there are not too many.
    static bool useAggregates(int visibleMarkers, double plotWidth, bool atMaximumZoom);
    // The limits of useAggregates(), for tests and the documentation.
    static int markerLimit(double plotWidth, bool atMaximumZoom);

private:
    struct Bin {
        qint32 passing = 0;
        qint32 count = 0;
        quint8 passMin = 100, passMax = 0, ghostMin = 100, ghostMax = 0;
        quint8 marks = 0; // bits: 1 pass match, 2 ghost match, 4 pass emphasis, 8 ghost emphasis
    };
    static Bin merge(const Bin &a, const Bin &b);
    static void addBin(Aggregate &to, const Bin &bin);
    void addBands(Aggregate &to, const MarkerStore &store, int from, int until) const;

    std::vector<std::vector<Bin>> m_levels;
    // m_bandSums[k]: band counts of markers [0, k · BandBlock), shown ones in the first
    // BandCount entries, ghosts in the rest.
    std::vector<std::array<qint32, 2 * BandCount>> m_bandSums;
};

} // namespace Turnpoint

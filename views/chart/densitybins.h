#pragma once

#include "markerstore.h"

#include <vector>

namespace Turnpoint {

// Counts and confidence ranges of the markers, precomputed at power-of-two block sizes over
// the time order (a pyramid: level 0 holds blocks of LeafSize markers, each level above
// merges pairs). The aggregate of any run of markers then costs O(log n) instead of O(n), so
// drawing a pixel column per aggregate costs O(columns · log n) however many markers there
// are. Rebuilt (O(n)) after the flags change; shown markers and ghosts (the ones that do not
// pass) are counted apart.
class DensityBins {
public:
    static constexpr int LeafSize = 8;

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

        void add(const MarkerStore::Marker &m);
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

    std::vector<std::vector<Bin>> m_levels;
};

} // namespace Turnpoint

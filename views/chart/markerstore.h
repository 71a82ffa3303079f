#pragma once

#include <QStringList>
#include <QStringView>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace Turnpoint {

class TimelineModel;

// The chart's copy of what it needs to place turning points: one small plain struct per dated
// turning point, sorted by time, rebuilt in one pass when reports change. No model indexes and
// no strings per marker (labels and tool tips are made from the report structs for the few
// markers actually drawn or hovered), so a million turning points cost a few tens of megabytes
// and a filter change only rewrites the flag bits.
class MarkerStore {
public:
    enum class KindClass : quint8 { Event, Policy, Other };

    enum Flag : quint8 {
        NothingFound = 0x01,
        Passes = 0x02,       // shown: passes the proxy's filters (or the slider's preview)
        PassesOthers = 0x04, // passes every filter except the confidence threshold
        SearchMatch = 0x08,
        Emphasized = 0x10,
    };

    struct Marker {
        qint32 report = 0;       // row in the TimelineModel
        qint32 turningPoint = 0; // row under that report
        qint32 firstDay = 0;     // Julian day of the first day covered
        qint32 afterDay = 1;     // Julian day just after the last day covered
        // As the report gives it (NaN: none), in double like the filter's rule compares it.
        double confidence = std::numeric_limits<double>::quiet_NaN();
        quint16 entries = 0; // saturates at 65535
        quint16 kindId = 0;  // 0 event, 1 policy, 2 + i: otherKinds().at(i)
        quint8 flags = 0;
        quint8 percent = 0; // confidencePercent(), set by the store (the bins read it a lot)

        // In days as TimeScale uses them: a period is placed at its centre.
        double first() const { return double(firstDay); }
        double after() const { return double(afterDay); }
        double time() const { return (double(firstDay) + double(afterDay)) / 2.0; }
        KindClass kind() const {
            return kindId == 0 ? KindClass::Event
                               : (kindId == 1 ? KindClass::Policy : KindClass::Other);
        }
        std::optional<double> confidenceValue() const {
            if (std::isnan(confidence))
                return std::nullopt;
            return confidence;
        }
        // Where the marker sits on the y axis, whole percent: an unscored one on the 0% line.
        int confidencePercent() const { return percent; }
        static quint8 percentOf(double confidence) {
            if (std::isnan(confidence))
                return 0;
            return quint8(std::lround(std::clamp(confidence, 0.0, 100.0)));
        }
        bool has(Flag flag) const { return (flags & flag) != 0; }
        void set(Flag flag, bool on) { flags = quint8(on ? (flags | flag) : (flags & ~flag)); }
    };

    static KindClass classify(QStringView kind);

    // One pass over the model's reports, then a sort by time (skipped when already in order).
    // Every flag except NothingFound starts cleared.
    void build(const TimelineModel *model);
    // Drops the markers of report rows first..last and renumbers the later reports' markers, as
    // closing those reports does to the model's rows: what build() would give then, but for the
    // numbering of other kinds (those of the closed reports keep their ids). A linear pass with
    // no sort, where build() reads every turning point again and sorts a thousand interleaved
    // reports: closing reports one by one was a second each.
    void removeReports(int first, int last);
    // Markers given directly (tests, tools); sorted and indexed like build().
    void setMarkers(std::vector<Marker> markers, const QStringList &otherKinds = {});

    int size() const { return int(m_markers.size()); }
    bool isEmpty() const { return m_markers.empty(); }
    const std::vector<Marker> &markers() const { return m_markers; }
    const Marker &at(int i) const { return m_markers[size_t(i)]; }
    Marker &at(int i) { return m_markers[size_t(i)]; }
    // Kinds outside the event and policy buckets, as written, in order of first appearance.
    const QStringList &otherKinds() const { return m_otherKinds; }

    // Index of the marker of turning point `turningPoint` of report `report`, or -1 (undated,
    // unknown rows).
    int indexOf(int report, int turningPoint) const;

    // Earliest first day and latest "after" day over all markers (0, 0 when empty).
    double minTime() const { return m_minTime; }
    double maxTime() const { return m_maxTime; }
    // Half the widest period: how far a marker's extent can reach beyond its centre.
    double maxHalfExtent() const { return m_maxHalfExtent; }

    // First index whose time is >= `time` (size() when none): binary search.
    int lowerBound(double time) const;
    // First index whose time is > `time`.
    int upperBound(double time) const;
    // [first, last) of the markers whose time lies in [from, to].
    std::pair<int, int> rangeOf(double from, double to) const {
        return {lowerBound(from), std::max(lowerBound(from), upperBound(to))};
    }

private:
    void finish();

    std::vector<Marker> m_markers;
    QStringList m_otherKinds;
    // m_indexByRow[m_rowOffset[report] + turningPoint]: marker index or -1.
    std::vector<qint32> m_rowOffset;
    std::vector<qint32> m_indexByRow;
    double m_minTime = 0;
    double m_maxTime = 0;
    double m_maxHalfExtent = 0;
};

} // namespace Turnpoint

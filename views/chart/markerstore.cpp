#include "markerstore.h"

#include "timelinemodel.h"

#include <QHash>

#include <algorithm>

namespace Turnpoint {

namespace {

// Time order; ties by confidence, then report and turning point rows, so the order (and with
// it the arrow keys' order) never depends on how the sort treats equal keys.
bool earlier(const MarkerStore::Marker &a, const MarkerStore::Marker &b) {
    const qint64 ta = qint64(a.firstDay) + a.afterDay, tb = qint64(b.firstDay) + b.afterDay;
    if (ta != tb)
        return ta < tb;
    const double ca = std::isnan(a.confidence) ? -1.0 : a.confidence;
    const double cb = std::isnan(b.confidence) ? -1.0 : b.confidence;
    if (ca != cb)
        return ca < cb;
    if (a.report != b.report)
        return a.report < b.report;
    return a.turningPoint < b.turningPoint;
}

} // namespace

MarkerStore::KindClass MarkerStore::classify(QStringView kind) {
    const QStringView k = kind.trimmed();
    if (k == u"事件" || k.compare(u"event", Qt::CaseInsensitive) == 0)
        return KindClass::Event;
    if (k == u"政策" || k.compare(u"policy", Qt::CaseInsensitive) == 0)
        return KindClass::Policy;
    return KindClass::Other;
}

void MarkerStore::build(const TimelineModel *model) {
    std::vector<Marker> markers;
    QStringList otherKinds;
    if (model) {
        markers.reserve(size_t(model->turningPointCount()));
        QHash<QString, int> otherIds;
        // Reports repeat the same few kinds: the last one found answers most lookups without
        // hashing.
        QString lastOther;
        int lastOtherId = -1;
        for (int r = 0; r < model->reportCount(); ++r) {
            const Report &report = model->report(r);
            for (int t = 0; t < report.turningPoints.size(); ++t) {
                const TurningPoint &tp = report.turningPoints.at(t);
                if (!tp.date.isValid())
                    continue; // undated: listed in the outline, not placed on the axis
                const QDate first = tp.date.firstDay();
                const QDate last = tp.date.lastDay();
                if (!first.isValid() || !last.isValid())
                    continue;
                Marker m;
                m.report = r;
                m.turningPoint = t;
                m.firstDay = qint32(first.toJulianDay());
                m.afterDay = qint32(last.toJulianDay() + 1);
                if (tp.confidence)
                    m.confidence = *tp.confidence;
                m.entries = quint16(std::min<qsizetype>(tp.entries.size(), 0xffff));
                m.set(NothingFound, tp.nothingFound);
                switch (classify(Utf16(tp.kind))) {
                case KindClass::Event:
                    m.kindId = 0;
                    break;
                case KindClass::Policy:
                    m.kindId = 1;
                    break;
                case KindClass::Other: {
                    if (lastOtherId < 0 || tp.kind != lastOther) {
                        auto it = otherIds.constFind(tp.kind);
                        if (it == otherIds.constEnd()) {
                            // Past 65533 distinct kinds the rest share the last id: they
                            // still count as "other", only the legend's list is cut.
                            const int id = int(std::min<qsizetype>(otherKinds.size(), 0xfffd));
                            if (id == otherKinds.size())
                                otherKinds.append(tp.kind);
                            it = otherIds.insert(tp.kind, id);
                        }
                        lastOther = tp.kind;
                        lastOtherId = it.value();
                    }
                    m.kindId = quint16(2 + lastOtherId);
                    break;
                }
                }
                markers.push_back(m);
            }
        }
    }
    m_markers = std::move(markers);
    m_otherKinds = otherKinds;
    finish();
}

void MarkerStore::removeReports(int first, int last) {
    if (first > last)
        return;
    const int count = last - first + 1;
    auto out = m_markers.begin();
    for (const Marker &m : m_markers) {
        if (m.report >= first && m.report <= last)
            continue;
        Marker kept = m;
        if (kept.report > last)
            kept.report -= count;
        *out++ = kept;
    }
    m_markers.erase(out, m_markers.end());
    finish(); // still in time order: only the indexes are made again
}

void MarkerStore::setMarkers(std::vector<Marker> markers, const QStringList &otherKinds) {
    m_markers = std::move(markers);
    m_otherKinds = otherKinds;
    finish();
}

void MarkerStore::finish() {
    // Reports are usually in time order already; checking is one cheap pass.
    if (!std::is_sorted(m_markers.begin(), m_markers.end(), earlier))
        std::sort(m_markers.begin(), m_markers.end(), earlier);

    int reports = 0;
    for (const Marker &m : m_markers)
        reports = std::max(reports, m.report + 1);
    std::vector<qint32> rowCount(size_t(reports), 0);
    for (const Marker &m : m_markers)
        rowCount[size_t(m.report)] = std::max(rowCount[size_t(m.report)], m.turningPoint + 1);
    m_rowOffset.assign(size_t(reports) + 1, 0);
    for (int r = 0; r < reports; ++r)
        m_rowOffset[size_t(r) + 1] = m_rowOffset[size_t(r)] + rowCount[size_t(r)];
    m_indexByRow.assign(size_t(m_rowOffset.back()), -1);

    m_minTime = m_maxTime = 0;
    m_maxHalfExtent = 0;
    if (!m_markers.empty()) {
        m_minTime = std::numeric_limits<double>::infinity();
        m_maxTime = -m_minTime;
    }
    for (int i = 0; i < size(); ++i) {
        Marker &m = m_markers[size_t(i)];
        m.percent = Marker::percentOf(m.confidence);
        m_indexByRow[size_t(m_rowOffset[size_t(m.report)] + m.turningPoint)] = i;
        m_minTime = std::min(m_minTime, m.first());
        m_maxTime = std::max(m_maxTime, m.after());
        m_maxHalfExtent = std::max(m_maxHalfExtent, (m.after() - m.first()) / 2);
    }
}

int MarkerStore::indexOf(int report, int turningPoint) const {
    if (report < 0 || turningPoint < 0 || size_t(report) + 1 >= m_rowOffset.size())
        return -1;
    const qint32 row = m_rowOffset[size_t(report)] + turningPoint;
    if (row >= m_rowOffset[size_t(report) + 1])
        return -1;
    return m_indexByRow[size_t(row)];
}

int MarkerStore::lowerBound(double time) const {
    const auto it = std::partition_point(m_markers.begin(), m_markers.end(),
                                         [time](const Marker &m) { return m.time() < time; });
    return int(it - m_markers.begin());
}

int MarkerStore::upperBound(double time) const {
    const auto it = std::partition_point(m_markers.begin(), m_markers.end(),
                                         [time](const Marker &m) { return m.time() <= time; });
    return int(it - m_markers.begin());
}

} // namespace Turnpoint

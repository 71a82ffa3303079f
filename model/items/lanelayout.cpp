#include "lanelayout.h"

#include "reporttitle.h"

#include <algorithm>

namespace Turnpoint {

void LaneLayout::setReports(const QStringList &keys, const QStringList &titles) {
    m_rows.clear();
    m_titles.clear();
    for (int i = 0; i < keys.size(); ++i) {
        m_rows.insert(keys.at(i), i);
        m_titles.insert(keys.at(i), titles.value(i));
    }
    QStringList order;
    for (const QString &key : std::as_const(m_order))
        if (m_rows.contains(key) && !order.contains(key))
            order.append(key);
    for (const QString &key : keys)
        if (!order.contains(key))
            order.append(key);
    m_order = order;
    for (auto it = m_hidden.begin(); it != m_hidden.end();) {
        if (m_rows.contains(*it))
            ++it;
        else
            it = m_hidden.erase(it);
    }
}

void LaneLayout::setOrder(const QStringList &keys) {
    QStringList order;
    for (const QString &key : keys)
        if (m_rows.contains(key) && !order.contains(key))
            order.append(key);
    for (const QString &key : std::as_const(m_order))
        if (!order.contains(key))
            order.append(key);
    m_order = order;
}

bool LaneLayout::move(int from, int to) {
    if (from < 0 || from >= m_order.size() || to < 0 || to >= m_order.size())
        return false;
    m_order.move(from, to);
    return true;
}

void LaneLayout::setHidden(const QString &key, bool hidden) {
    if (hidden && m_rows.contains(key))
        m_hidden.insert(key);
    else
        m_hidden.remove(key);
}

QStringList LaneLayout::hiddenKeys() const {
    QStringList keys;
    for (const QString &key : m_order)
        if (m_hidden.contains(key))
            keys.append(key);
    return keys;
}

void LaneLayout::setHiddenKeys(const QStringList &keys) {
    m_hidden.clear();
    for (const QString &key : keys)
        setHidden(key, true);
}

QList<LaneLayout::Lane> LaneLayout::lanes() const {
    QList<Lane> lanes;
    for (const QString &key : m_order) {
        if (m_hidden.contains(key))
            continue;
        Lane lane;
        lane.report = m_rows.value(key, -1);
        lane.key = key;
        lane.title = m_titles.value(key);
        if (m_grouping != Grouping::None) {
            const ReportTitle fields = ReportTitle::parse(lane.title);
            lane.group = m_grouping == Grouping::Region ? fields.region : fields.sector;
        }
        lanes.append(lane);
    }
    if (m_grouping == Grouping::None)
        return lanes;
    // Rank each group by its first lane; ungrouped lanes sort after every group. The sort is
    // stable, so the chosen order holds inside a group.
    QHash<QString, int> rank;
    for (const Lane &lane : std::as_const(lanes))
        if (!lane.group.isEmpty() && !rank.contains(lane.group))
            rank.insert(lane.group, int(rank.size()));
    std::stable_sort(lanes.begin(), lanes.end(), [&rank](const Lane &a, const Lane &b) {
        return rank.value(a.group, int(rank.size())) < rank.value(b.group, int(rank.size()));
    });
    return lanes;
}

int LaneLayout::laneOf(int report) const {
    const QList<Lane> all = lanes();
    for (int i = 0; i < all.size(); ++i)
        if (all.at(i).report == report)
            return i;
    return -1;
}

} // namespace Turnpoint

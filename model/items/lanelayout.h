#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Turnpoint {

// The lanes of a side-by-side timeline: one per report, in the order the analyst chose, some
// hidden, optionally grouped by the region or sector its title names (ReportTitle). Reports are
// known by a stable key (Report::file), not by model row, so the arrangement survives reloads
// and closing other reports, and can be kept in QSettings (order(), hiddenKeys()).
//
// Plain data: the chart draws lanes(), the window edits the layout and stores it.
class LaneLayout {
public:
    enum class Grouping { None, Region, Sector };

    struct Lane {
        int report = -1; // row in the TimelineModel
        QString key;
        QString title;
        QString group; // the lane's region or sector; empty when ungrouped or not recognised
    };

    // The loaded reports, in model order (keys and titles in parallel). A key already known keeps
    // its place; a new one goes last; a key no longer loaded leaves the order (and is shown
    // again if it comes back: hiding is for what is open now).
    void setReports(const QStringList &keys, const QStringList &titles);

    // Every loaded key, top to bottom, hidden ones included.
    QStringList order() const { return m_order; }
    // Restores an order: keys not loaded are ignored, loaded keys it lacks keep their relative
    // order after the ones it names.
    void setOrder(const QStringList &keys);
    // Moves the key at position `from` of order() to position `to`; false when out of range.
    bool move(int from, int to);

    void setHidden(const QString &key, bool hidden);
    bool isHidden(const QString &key) const { return m_hidden.contains(key); }
    QStringList hiddenKeys() const; // in order()
    void setHiddenKeys(const QStringList &keys);

    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping) { m_grouping = grouping; }

    // The visible lanes, top to bottom. Grouped: groups in the order of their first lane, each
    // keeping the chosen order inside, and lanes whose title gives no group after all groups.
    QList<Lane> lanes() const;
    // Position of report row `report` in lanes(), or -1 (hidden or unknown).
    int laneOf(int report) const;

private:
    QStringList m_order;
    QHash<QString, int> m_rows; // key -> model row
    QHash<QString, QString> m_titles;
    QSet<QString> m_hidden;
    Grouping m_grouping = Grouping::None;
};

} // namespace Turnpoint

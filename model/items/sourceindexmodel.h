#pragma once

#include "partialdate.h"
#include "timelinemodel.h" // QPointer<TimelineModel> needs the complete class

#include <QAbstractTableModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QString>
#include <QVariantMap>

#include <vector>

namespace Turnpoint {

// Every unique source cited across the loaded reports, one row each: by URL (as written), or by
// name for a source without a URL. Follows its TimelineModel: rebuilt when rows come or go or
// the model is reset; data changes (link check results) are gathered and applied once control
// returns to the event loop, since a link check signals every citing entry one by one.
// Rows are in order of first citation; sort through a QSortFilterProxyModel on SortRole.
class SourceIndexModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns {
        NameColumn = 0,
        HostColumn,
        UrlColumn,
        EntryCountColumn,        // entries citing it
        TurningPointCountColumn, // turning points citing it
        FirstCitedColumn,        // date of the earliest citing turning point
        LastCitedColumn,         // date of the latest citing turning point
        LinkStatusColumn,        // result of the link check, empty while unchecked
        NUM_COLUMNS
    };
    Q_ENUM(Columns)

    enum Roles {
        NameRole = Qt::UserRole, // QString: the first non-empty name it was cited with
        UrlRole,                 // QString: as written; empty for a source known by name only
        HostRole,                // QString: host of the URL, lower case
        UnsafeRole,              // bool: URL present but not an openable http(s) link
        EntryCountRole,          // int
        TurningPointCountRole,   // int
        FirstCitedRole,          // QString ISO date (reduced precision); empty when all undated
        LastCitedRole,           // QString ISO date
        LinkStatusRole, // QString: ok, redirected, broken, timeout, unsafe, error; empty unchecked
        LinkHttpCodeRole, // int, 0 = none or unchecked
        LinkMessageRole,  // QString: the checker's translated explanation
        // QVariantMap, the whole result in the form of one element of
        // TimelineModel::LinkStatusRole (status, httpCode, finalUrl, message, checked), so the
        // views can hand it to LinkStatusText::fromVariant(); invalid while unchecked.
        LinkResultRole,
        // QList<QPersistentModelIndex>: the citing turning points, column 0 of the source
        // TimelineModel (map through the views' proxy to highlight them), in document order.
        CitingTurningPointsRole,
        // QList<QPersistentModelIndex>: the citing entries, column 0 of the source model.
        CitingEntriesRole,
        SortRole, // a value that sorts the column sensibly (dates chronologically, undated last)
        // QString, on every column: name, host and URL normalised like a search
        // (SearchText::normalize()), for a view's filter field to match against.
        FilterTextRole,
    };
    Q_ENUM(Roles)

    explicit SourceIndexModel(QObject *parent = nullptr);
    ~SourceIndexModel() override;

    void setSourceModel(TimelineModel *model);
    TimelineModel *sourceModel() const { return m_source; }

    // Row of the source with this URL (or, for `url` empty, this name), or -1.
    int findSource(const QString &url, const QString &name = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Location {
        int report = -1;
        int turningPoint = -1;
        int entry = -1; // -1 for a turning point

        friend bool operator==(const Location &a, const Location &b) {
            return a.report == b.report && a.turningPoint == b.turningPoint && a.entry == b.entry;
        }
    };
    QList<QPersistentModelIndex> persistentIndexes(const QList<Location> &locations) const;

    struct Row {
        QString key; // "u" + URL, or "n" + name
        QString name;
        QString url;
        QString host;
        bool unsafe = false;
        int entryCount = 0;
        // Citing turning points and entries by rows of the source model (always current: rows
        // are rebuilt on every row signal). Persistent indexes are made only when asked for:
        // holding tens of thousands of them makes every row change of the source model, and its
        // destruction, pay for each one.
        QList<Location> turningPoints;
        QList<Location> entries;
        PartialDate firstCited;
        PartialDate lastCited;
        QString linkStatus;
        int linkHttpCode = 0;
        QString linkMessage;
        QVariantMap linkResult;

        bool sameData(const Row &o) const;
    };

    void rebuild();
    void scheduleRebuild();
    std::vector<Row> collect() const;

    QPointer<TimelineModel> m_source;
    std::vector<Row> m_rows;
    QList<QMetaObject::Connection> m_connections;
    bool m_rebuildPending = false;
};

} // namespace Turnpoint

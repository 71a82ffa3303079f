#pragma once

#include "timelinemodel.h" // QPointer<TimelineModel> needs the complete class

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <vector>

namespace Turnpoint {

// Every unique source cited across the loaded reports, one row each: by URL (as written), or by
// name for a source without a URL. Rows are in order of first citation; sort through a
// QSortFilterProxyModel on SortRole.
//
// Built only while active (setActive(): the Sources view is active while it can be seen). An
// inactive index holds no rows and does no work: changes of the TimelineModel only mark it stale.
// Collecting reads every entry of every report, so it runs on a worker thread over a snapshot:
// the reports' turning point lists, copied on the GUI thread by reference count (implicit
// sharing; the model's later edits detach and never touch the copy), and the link results.
// Bursts of changes (a thousand reports arriving one by one, a link check signalling every
// citing entry) are gathered into one build; a build whose rows no longer fit the model (rows
// came or went meanwhile) is cancelled and its result dropped. Until a build lands, the rows
// shown are the previous ones; isBuilt() tells when they describe the model as it is.
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

    // Active (the default): follows the source model, building on a worker thread. Inactive:
    // drops its rows at once (a reset), and only notes that the model changed.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // The rows describe the source model as it is now (no change since the last build landed).
    bool isBuilt() const { return m_builtSerial == m_changeSerial; }
    // Builds now, on the calling thread, active or not (for tests and command-line tools; the
    // window waits for the worker). An inactive index drops these rows at the next change.
    void refreshNow();
    // Builds started since construction (worker and refreshNow()), cancelled ones included.
    int buildCount() const { return m_buildCount; }

    // Row of the source with this URL (or, for `url` empty, this name), or -1.
    int findSource(const QString &url, const QString &name = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A build went to the worker (the snapshot is taken).
    void buildStarted();
    // A build's rows were applied (a reset, or dataChanged for the rows that differ).
    void built();

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
        // Name, host and URL normalised for FilterTextRole: made once, on the worker.
        QString filterText;
        bool unsafe = false;
        int entryCount = 0;
        // Citing turning points and entries by rows of the source model (those of the snapshot
        // the rows were built from). Persistent indexes are made only when asked for: holding
        // tens of thousands of them makes every row change of the source model, and its
        // destruction, pay for each one.
        QList<Location> turningPoints;
        QList<Location> entries;
        QString firstCited; // ISO, empty when every citing turning point is undated
        QString lastCited;
        qint64 firstSort = 0; // Julian days for SortRole, undated last
        qint64 lastSort = 0;
        QString linkStatus;
        int linkHttpCode = 0;
        QString linkMessage;
        int linkRank = 0; // SortRole of the status column
        QVariantMap linkResult;

        bool sameData(const Row &o) const;
    };
    // What a build reads: taken on the GUI thread, read on the worker.
    struct Snapshot {
        std::vector<QList<TurningPoint>> reports; // shared with the model's reports, not copied
        QHash<QString, LinkCheckResult> linkResults;
        quint64 structure = 0;
        quint64 serial = 0;
    };
    struct Result {
        std::vector<Row> rows;
        QHash<QString, int> rowOfKey;
        quint64 structure = 0; // the structure generation it was built for
        quint64 serial = 0;    // the change it includes
    };
    // `cancelled` (may be null) is polled between turning points.
    static Result collect(const Snapshot &snapshot, const std::function<bool()> &cancelled);

    void sourceChanged(bool structural);
    void scheduleBuild();
    void startBuild();
    void buildFinished();
    Snapshot snapshot() const;
    void apply(Result result);
    void dropRows();

    QPointer<TimelineModel> m_source;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOfKey; // key -> row, for findSource()
    QList<QMetaObject::Connection> m_connections;
    bool m_active = true;
    // Bumped when rows of the source model come, go or move (or the model is replaced): a build
    // for an older structure holds locations that point elsewhere now, and is dropped.
    quint64 m_structure = 0;
    quint64 m_changeSerial = 0; // bumped by every change; includes the structural ones
    quint64 m_builtSerial = 0;  // the change the rows include
    QTimer m_delay;             // gathers a burst of changes into one build
    QElapsedTimer m_delayedSince;
    QFutureWatcher<Result> m_watcher;
    bool m_building = false; // a worker runs (possibly cancelled); at most one at a time
    int m_buildCount = 0;
};

} // namespace Turnpoint

#include "sourceindexmodel.h"

#include "searchtext.h"
#include "timelinemodel.h"

#include <QFuture>
#include <QPromise>
#include <QtConcurrent>
#include <QVariantMap>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace Turnpoint {

namespace {

QString translatedStatus(const QString &status) {
    if (status == u"ok")
        //: Link status in the source index: the link works
        return SourceIndexModel::tr("OK");
    if (status == u"redirected")
        //: Link status in the source index: the link works after a redirect
        return SourceIndexModel::tr("Redirected");
    if (status == u"broken")
        //: Link status in the source index: the server answered with an error (404 etc.)
        return SourceIndexModel::tr("Broken");
    if (status == u"timeout")
        //: Link status in the source index: no answer in time
        return SourceIndexModel::tr("Timed out");
    if (status == u"unsafe")
        //: Link status in the source index: not a safe http(s) link, never opened
        return SourceIndexModel::tr("Unsafe");
    if (status == u"error")
        //: Link status in the source index: no HTTP answer (DNS, refused, TLS...)
        return SourceIndexModel::tr("Error");
    return status;
}

// After the first change of a burst, a build waits this long for the next one...
constexpr int BuildDelayMs = 50;
// ...but not longer than this in all, so a steady stream of link results still shows.
constexpr int MaxBuildDelayMs = 500;

constexpr int UncheckedRank = 6;

// SortRole of the status column: by how much the link needs attention, not by the status's
// name: the broken ones first when sorted ascending, unchecked last.
int linkRank(LinkCheckResult::Status status) {
    switch (status) {
    case LinkCheckResult::Broken:
        return 0;
    case LinkCheckResult::Unsafe:
        return 1;
    case LinkCheckResult::Timeout:
        return 2;
    case LinkCheckResult::Error:
        return 3;
    case LinkCheckResult::Redirected:
        return 4;
    case LinkCheckResult::Ok:
        return 5;
    }
    return UncheckedRank;
}

// Indexes of the rows one entry or turning point cites, each once. Few per node: a linear
// search in place beats a hash allocated per node (which the profile showed).
class SeenRows {
public:
    // True the first time `row` is inserted.
    bool insert(size_t row) {
        if (std::find(m_rows.cbegin(), m_rows.cend(), row) != m_rows.cend())
            return false;
        m_rows.append(row);
        return true;
    }
    void clear() { m_rows.clear(); }

private:
    QVarLengthArray<size_t, 16> m_rows;
};

} // namespace

bool SourceIndexModel::Row::sameData(const Row &o) const {
    return key == o.key && name == o.name && url == o.url && host == o.host && unsafe == o.unsafe &&
           entryCount == o.entryCount && turningPoints == o.turningPoints && entries == o.entries &&
           firstCited == o.firstCited && lastCited == o.lastCited && linkStatus == o.linkStatus &&
           linkHttpCode == o.linkHttpCode && linkMessage == o.linkMessage;
}

SourceIndexModel::SourceIndexModel(QObject *parent)
    : QAbstractTableModel(parent) {
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        // A worker still running (cancelled, or building an older state) starts the next
        // build when it finishes.
        if (!m_building)
            startBuild();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SourceIndexModel::buildFinished);
}

SourceIndexModel::~SourceIndexModel() {
    // The worker reads only its snapshot, never this object: let it end on its own.
    if (m_building)
        m_watcher.future().cancel();
}

void SourceIndexModel::setSourceModel(TimelineModel *model) {
    if (model == m_source)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_source = model;
    if (model) {
        const auto structural = [this] { sourceChanged(true); };
        m_connections = {
            connect(model, &QAbstractItemModel::rowsInserted, this, structural),
            connect(model, &QAbstractItemModel::rowsRemoved, this, structural),
            connect(model, &QAbstractItemModel::rowsMoved, this, structural),
            connect(model, &QAbstractItemModel::modelReset, this, structural),
            connect(model, &QAbstractItemModel::layoutChanged, this, structural),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                        // Only link results change what the index shows (titles, baselines
                        // and the like do not).
                        if (roles.isEmpty() || roles.contains(TimelineModel::LinkStatusRole))
                            sourceChanged(false);
                    }),
            connect(model, &QObject::destroyed, this,
                    [this] {
                        // Not through the QPointer: nothing of the model may be read any more.
                        m_source = nullptr;
                        sourceChanged(true);
                    }),
        };
    }
    sourceChanged(true);
}

void SourceIndexModel::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        m_delay.stop();
        if (m_building)
            m_watcher.future().cancel();
        ++m_structure; // whatever is under way is for nobody now
        ++m_changeSerial;
        dropRows();
        return;
    }
    if (!isBuilt())
        sourceChanged(true);
}

void SourceIndexModel::sourceChanged(bool structural) {
    ++m_changeSerial;
    if (structural) {
        ++m_structure;
        // Its locations would point at rows that moved: stop reading.
        if (m_building)
            m_watcher.future().cancel();
    }
    if (!m_active) {
        // Rows left by refreshNow() would point at rows that moved.
        if (structural)
            dropRows();
        return;
    }
    if (!m_source || m_source->reportCount() == 0) {
        // Nothing to read: no worker, no wait (closing everything frees the rows at once).
        m_delay.stop();
        Result empty;
        empty.structure = m_structure;
        empty.serial = m_changeSerial;
        apply(std::move(empty));
        return;
    }
    scheduleBuild();
}

void SourceIndexModel::scheduleBuild() {
    if (!m_delay.isActive()) {
        m_delayedSince.start();
        m_delay.start(BuildDelayMs);
    } else if (m_delayedSince.elapsed() < MaxBuildDelayMs - BuildDelayMs) {
        m_delay.start(BuildDelayMs); // the burst goes on: wait for its end
    }
}

SourceIndexModel::Snapshot SourceIndexModel::snapshot() const {
    Snapshot s;
    if (m_source) {
        const TimelineModel &model = *m_source;
        s.reports.reserve(size_t(model.reportCount()));
        // A reference count per report: replaceReport() and removeReport() detach or drop the
        // model's own list, never this copy.
        for (int r = 0; r < model.reportCount(); ++r)
            s.reports.push_back(model.report(r).turningPoints);
        s.linkResults = model.linkResults();
    }
    s.structure = m_structure;
    s.serial = m_changeSerial;
    return s;
}

void SourceIndexModel::startBuild() {
    if (!m_active || isBuilt())
        return;
    m_building = true;
    ++m_buildCount;
    m_watcher.setFuture(QtConcurrent::run(
        [](QPromise<Result> &promise, const Snapshot &snapshot) {
            Result result = collect(snapshot, [&promise] { return promise.isCanceled(); });
            if (!promise.isCanceled())
                promise.addResult(std::move(result));
        },
        snapshot()));
    emit buildStarted();
}

void SourceIndexModel::buildFinished() {
    m_building = false;
    QFuture<Result> future = m_watcher.future();
    if (!future.isCanceled() && future.resultCount() > 0) {
        Result result = future.takeResult();
        if (m_active && result.structure == m_structure)
            apply(std::move(result));
    }
    // Changes that came while it ran: their timer may have fired already.
    if (m_active && !isBuilt() && !m_delay.isActive())
        startBuild();
}

void SourceIndexModel::refreshNow() {
    m_delay.stop();
    if (m_building)
        m_watcher.future().cancel();
    ++m_structure; // a worker's result would be older than this one
    ++m_buildCount;
    apply(collect(snapshot(), {}));
}

SourceIndexModel::Result SourceIndexModel::collect(const Snapshot &snapshot,
                                                   const std::function<bool()> &cancelled) {
    Result result;
    result.structure = snapshot.structure;
    result.serial = snapshot.serial;
    std::vector<Row> &rows = result.rows;
    // Looked up by the report's own text: no string is made per citation, only per new row.
    QHash<Text, size_t> rowOfUrl;
    QHash<QString, size_t> rowOfName;
    SeenRows citedByTurningPoint;
    SeenRows citedByEntry;
    for (int r = 0; r < int(snapshot.reports.size()); ++r) {
        const QList<TurningPoint> &turningPoints = snapshot.reports[size_t(r)];
        for (int t = 0; t < turningPoints.size(); ++t) {
            if (cancelled && cancelled())
                return result;
            const TurningPoint &tp = turningPoints[t];
            citedByTurningPoint.clear();
            for (int e = 0; e < tp.entries.size(); ++e) {
                const Entry &entry = tp.entries[e];
                citedByEntry.clear();
                for (const Source &source : entry.sources) {
                    size_t at;
                    if (!source.url.isEmpty()) {
                        auto it = rowOfUrl.constFind(source.url);
                        if (it == rowOfUrl.constEnd()) {
                            it = rowOfUrl.insert(source.url, rows.size());
                            Row row;
                            row.url = source.url;
                            row.key = QLatin1Char('u') + row.url;
                            row.host = SearchText::host(row.url);
                            row.unsafe = source.unsafe;
                            const auto link = snapshot.linkResults.constFind(row.url);
                            if (link != snapshot.linkResults.constEnd()) {
                                row.linkStatus = link->statusName();
                                row.linkHttpCode = link->httpCode;
                                row.linkMessage = link->message;
                                row.linkRank = linkRank(link->status);
                                // As one element of TimelineModel::LinkStatusRole.
                                row.linkResult = link->toVariantMap();
                            } else {
                                row.linkRank = UncheckedRank;
                            }
                            rows.push_back(std::move(row));
                        }
                        at = *it;
                    } else {
                        const QString name = source.name.toString().trimmed();
                        if (name.isEmpty())
                            continue;
                        auto it = rowOfName.constFind(name);
                        if (it == rowOfName.constEnd()) {
                            it = rowOfName.insert(name, rows.size());
                            Row row;
                            row.key = QLatin1Char('n') + name;
                            row.linkRank = UncheckedRank;
                            rows.push_back(std::move(row));
                        }
                        at = *it;
                    }
                    Row &row = rows[at];
                    if (row.name.isEmpty() && !source.name.isEmpty())
                        row.name = source.name.toString().trimmed();
                    if (citedByEntry.insert(at)) {
                        ++row.entryCount;
                        row.entries.append(Location{r, t, e});
                    }
                    if (citedByTurningPoint.insert(at)) {
                        row.turningPoints.append(Location{r, t, -1});
                        if (tp.date.isValid()) {
                            const qint64 first = tp.date.firstDay().toJulianDay();
                            const qint64 last = tp.date.lastDay().toJulianDay();
                            if (row.firstCited.isEmpty() || first < row.firstSort) {
                                row.firstSort = first;
                                row.firstCited = tp.date.toIso();
                            }
                            if (row.lastCited.isEmpty() || last > row.lastSort) {
                                row.lastSort = last;
                                row.lastCited = tp.date.toIso();
                            }
                        }
                    }
                }
            }
        }
    }
    result.rowOfKey.reserve(qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        Row &row = rows[i];
        result.rowOfKey.insert(row.key, int(i));
        // Undated sorts after every date, as in the outline.
        if (row.firstCited.isEmpty())
            row.firstSort = row.lastSort = std::numeric_limits<qint64>::max();
        row.filterText =
            SearchText::normalize(QStringList{row.name, row.host, row.url}.join(QLatin1Char('\n')));
    }
    return result;
}

void SourceIndexModel::apply(Result result) {
    m_builtSerial = result.serial;
    std::vector<Row> &rows = result.rows;
    bool sameRows = rows.size() == m_rows.size();
    for (size_t i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].key == m_rows[i].key;
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        m_rowOfKey = std::move(result.rowOfKey);
        endResetModel();
        emit built();
        return;
    }
    // Same sources in the same order (link results came in, a report was reloaded unchanged):
    // keep the rows, so selection and scroll position in the view survive.
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].sameData(m_rows[i]))
            continue;
        m_rows[i] = std::move(rows[i]);
        emit dataChanged(index(int(i), 0), index(int(i), NUM_COLUMNS - 1));
    }
    emit built();
}

void SourceIndexModel::dropRows() {
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows = std::vector<Row>(); // the memory too, not only the size
    m_rowOfKey = QHash<QString, int>();
    endResetModel();
}

QList<QPersistentModelIndex>
SourceIndexModel::persistentIndexes(const QList<Location> &locations) const {
    QList<QPersistentModelIndex> indexes;
    if (!m_source)
        return indexes;
    indexes.reserve(locations.size());
    for (const Location &l : locations) {
        indexes.append(l.entry < 0 ? m_source->turningPointIndex(l.report, l.turningPoint)
                                   : m_source->entryIndex(l.report, l.turningPoint, l.entry));
    }
    return indexes;
}

int SourceIndexModel::findSource(const QString &url, const QString &name) const {
    const QString key = url.isEmpty() ? QLatin1Char('n') + name.trimmed() : QLatin1Char('u') + url;
    return m_rowOfKey.value(key, -1);
}

int SourceIndexModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceIndexModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant SourceIndexModel::data(const QModelIndex &index, int role) const {
    // What checkIndex() checks, without its cost: views ask for every role of every cell painted.
    if (index.model() != this || index.row() < 0 || size_t(index.row()) >= m_rows.size() ||
        index.column() < 0 || index.column() >= NUM_COLUMNS)
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case HostColumn:
            return row.host;
        case UrlColumn:
            return row.url;
        case EntryCountColumn:
            return row.entryCount;
        case TurningPointCountColumn:
            return int(row.turningPoints.size());
        case FirstCitedColumn:
            return row.firstCited;
        case LastCitedColumn:
            return row.lastCited;
        case LinkStatusColumn:
            return translatedStatus(row.linkStatus);
        }
        return {};
    case NameRole:
        return row.name;
    case UrlRole:
        return row.url;
    case HostRole:
        return row.host;
    case UnsafeRole:
        return row.unsafe;
    case EntryCountRole:
        return row.entryCount;
    case TurningPointCountRole:
        return int(row.turningPoints.size());
    case FirstCitedRole:
        return row.firstCited;
    case LastCitedRole:
        return row.lastCited;
    case LinkStatusRole:
        return row.linkStatus;
    case LinkHttpCodeRole:
        return row.linkHttpCode;
    case LinkMessageRole:
        return row.linkMessage;
    case LinkResultRole:
        return row.linkResult.isEmpty() ? QVariant() : QVariant(row.linkResult);
    case CitingTurningPointsRole:
        return QVariant::fromValue(persistentIndexes(row.turningPoints));
    case CitingEntriesRole:
        return QVariant::fromValue(persistentIndexes(row.entries));
    case FilterTextRole:
        return row.filterText;
    case SortRole:
        switch (index.column()) {
        case EntryCountColumn:
            return row.entryCount;
        case TurningPointCountColumn:
            return int(row.turningPoints.size());
        case FirstCitedColumn:
            return row.firstSort;
        case LastCitedColumn:
            return row.lastSort;
        case LinkStatusColumn:
            return row.linkRank;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant SourceIndexModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        //: Source index column header: the source's name, e.g. 中国日报网
        return tr("Source");
    case HostColumn:
        //: Source index column header: the host name of the link
        return tr("Host");
    case UrlColumn:
        //: Source index column header
        return tr("Link");
    case EntryCountColumn:
        //: Source index column header: number of entries citing the source
        return tr("Entries");
    case TurningPointCountColumn:
        //: Source index column header: number of turning points citing the source
        return tr("Turning points");
    case FirstCitedColumn:
        //: Source index column header: date of the earliest turning point citing it
        return tr("First cited");
    case LastCitedColumn:
        //: Source index column header: date of the latest turning point citing it
        return tr("Last cited");
    case LinkStatusColumn:
        //: Source index column header: result of checking the link
        return tr("Link status");
    }
    return {};
}

QHash<int, QByteArray> SourceIndexModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(UrlRole, "url");
    names.insert(HostRole, "host");
    names.insert(UnsafeRole, "unsafe");
    names.insert(EntryCountRole, "entryCount");
    names.insert(TurningPointCountRole, "turningPointCount");
    names.insert(FirstCitedRole, "firstCited");
    names.insert(LastCitedRole, "lastCited");
    names.insert(LinkStatusRole, "linkStatus");
    names.insert(LinkHttpCodeRole, "linkHttpCode");
    names.insert(LinkMessageRole, "linkMessage");
    names.insert(LinkResultRole, "linkResult");
    names.insert(CitingTurningPointsRole, "citingTurningPoints");
    names.insert(CitingEntriesRole, "citingEntries");
    names.insert(SortRole, "sort");
    names.insert(FilterTextRole, "filterText");
    return names;
}

} // namespace Turnpoint

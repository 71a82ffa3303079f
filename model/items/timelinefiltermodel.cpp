#include "timelinefiltermodel.h"

#include "timelinemodel.h"

#include <QStringList>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <climits>
#include <cmath>
#include <iterator>
#include <limits>
#include <numeric>

namespace Turnpoint {

namespace {

// internalId of a proxy index: 0 for a report; otherwise the proxy's key of its report and, for
// an entry, its turning point's source row + 1 in the high 32 bits. The key, not the report's
// row, so that persistent indexes survive the removal of an earlier report (Qt moves their rows,
// never their ids). The low 32 bits mix both: qHash(QModelIndex) adds the internalId unmixed and
// QHash picks buckets from the low bits, so without the mix all entries of a report would share
// a few buckets of Qt's persistent-index table (see TimelineModel).
constexpr quint32 RowMix = 0x9E3779B1u;
constexpr quintptr makeId(quint32 key, quint32 tpRowPlusOne) {
    return (quintptr(tpRowPlusOne) << 32) | quint32(key ^ (tpRowPlusOne * RowMix));
}
constexpr quint32 tpRowPlusOneOf(quintptr id) {
    return quint32(id >> 32);
}
constexpr quint32 keyOf(quintptr id) {
    return quint32(id) ^ (tpRowPlusOneOf(id) * RowMix);
}
static_assert(keyOf(makeId(7, 0)) == 7 && keyOf(makeId(0xfffffffeu, 77)) == 0xfffffffeu &&
                  tpRowPlusOneOf(makeId(5, 77)) == 77 && makeId(1, 0) != 0,
              "internalId packing must round-trip and never give 0 (the report nodes' id)");
static_assert(sizeof(quintptr) >= 8, "internalId packing needs 64-bit quintptr");

// Sort keys: the values TimelineModel::SortRole gives per column, computed from the structs
// (a QVariant per row and comparison would dominate sorting a million turning points).
enum class KeyType { None, Number, Text };

KeyType keyTypeOf(int column) {
    switch (column) {
    case TimelineModel::DateColumn:
    case TimelineModel::ConfidenceColumn:
    case TimelineModel::EntryCountColumn:
    case TimelineModel::SourceCountColumn:
        return KeyType::Number;
    case TimelineModel::KindColumn:
    case TimelineModel::TitleColumn:
        return KeyType::Text;
    default:
        return KeyType::None;
    }
}

// Undated sorts after every date, in either direction (TimelineModel's UndatedSortKey).
double dayKey(const QDate &day) {
    return day.isValid() ? double(day.toJulianDay()) : std::numeric_limits<double>::infinity();
}

double numberKey(const TurningPoint &tp, int column) {
    switch (column) {
    case TimelineModel::DateColumn:
        return dayKey(tp.date.firstDay());
    case TimelineModel::ConfidenceColumn:
        return tp.confidence ? *tp.confidence : -1.0; // unscored below every score
    case TimelineModel::EntryCountColumn:
        return double(tp.entries.size());
    case TimelineModel::SourceCountColumn:
        return double(tp.sourceCount());
    default:
        return 0;
    }
}

QString textKey(const TurningPoint &tp, int column) {
    if (column == TimelineModel::KindColumn)
        return tp.kind;
    // The title column shows the entries' titles (TimelineModel::data()).
    QStringList titles;
    titles.reserve(tp.entries.size());
    for (const Entry &e : tp.entries)
        titles.append(e.title);
    return titles.join(QStringLiteral("; "));
}

double numberKey(const Entry &entry, int column) {
    switch (column) {
    case TimelineModel::DateColumn:
        return dayKey(entry.date.firstDay());
    case TimelineModel::ConfidenceColumn:
        return -1.0; // entries have no confidence
    case TimelineModel::SourceCountColumn:
        return double(entry.sources.size());
    default:
        return 0;
    }
}

QString textKey(const Entry &entry, int column) {
    return column == TimelineModel::KindColumn ? entry.label : entry.title;
}

// Rows ordered by key; std::stable_sort keeps the file's order among equal keys in both
// directions, as QSortFilterProxyModel did. Empty when that is the file's order anyway, so
// an already ordered report (the usual case for dates) costs no order vector.
template <typename Key>
std::vector<int> orderByKeys(const std::vector<Key> &keys, Qt::SortOrder order) {
    std::vector<int> rows(keys.size());
    std::iota(rows.begin(), rows.end(), 0);
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(),
                         [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    else
        std::stable_sort(rows.begin(), rows.end(),
                         [&keys](int a, int b) { return keys[size_t(b)] < keys[size_t(a)]; });
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] != int(i))
            return rows;
    }
    return {};
}

template <typename Items>
std::vector<int> sortedRows(const Items &items, int column, Qt::SortOrder order) {
    if (items.size() < 2)
        return {};
    switch (keyTypeOf(column)) {
    case KeyType::None:
        break;
    case KeyType::Number: {
        std::vector<double> keys;
        keys.reserve(size_t(items.size()));
        for (const auto &item : items)
            keys.push_back(numberKey(item, column));
        return orderByKeys(keys, order);
    }
    case KeyType::Text: {
        std::vector<QString> keys;
        keys.reserve(size_t(items.size()));
        for (const auto &item : items)
            keys.push_back(textKey(item, column));
        return orderByKeys(keys, order);
    }
    }
    return {};
}

} // namespace

TimelineFilterModel::TimelineFilterModel(QObject *parent)
    : QAbstractProxyModel(parent) {}

TimelineFilterModel::~TimelineFilterModel() = default;

void TimelineFilterModel::setSourceModel(QAbstractItemModel *model) {
    if (model && model == sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_timeline = qobject_cast<const TimelineModel *>(model);
    // Connected before QAbstractProxyModel connects its own: it answers some of the same source
    // signals by emitting headerDataChanged (when the source's rows go or come), and views
    // asking the proxy then must find its rows already updated.
    if (m_timeline)
        connectSource(model);
    QAbstractProxyModel::setSourceModel(model);
    resetRows();
    endResetModel();
}

void TimelineFilterModel::connectSource(QAbstractItemModel *model) {
    using M = QAbstractItemModel;
    const auto beginReset = [this] { beginResetModel(); };
    const auto endReset = [this] {
        resetRows();
        endResetModel();
    };
    m_sourceConnections = {
        connect(model, &M::modelAboutToBeReset, this, beginReset),
        connect(model, &M::modelReset, this, endReset),
        connect(model, &M::rowsAboutToBeInserted, this,
                &TimelineFilterModel::sourceRowsAboutToBeInserted),
        connect(model, &M::rowsInserted, this, &TimelineFilterModel::sourceRowsInserted),
        connect(model, &M::rowsAboutToBeRemoved, this,
                &TimelineFilterModel::sourceRowsAboutToBeRemoved),
        connect(model, &M::rowsRemoved, this, &TimelineFilterModel::sourceRowsRemoved),
        connect(model, &M::dataChanged, this, &TimelineFilterModel::sourceDataChanged),
        connect(model, &M::headerDataChanged, this, &M::headerDataChanged),
        // Moves and layout changes of the source (TimelineModel makes none) re-map everything.
        connect(model, &M::layoutAboutToBeChanged, this,
                [this] { sourceLayoutAboutToBeChanged(); }),
        connect(model, &M::layoutChanged, this, [this] { sourceLayoutChanged(); }),
        connect(model, &M::rowsAboutToBeMoved, this, [this] { sourceLayoutAboutToBeChanged(); }),
        connect(model, &M::rowsMoved, this, [this] { sourceLayoutChanged(); }),
        // TimelineModel's columns are fixed; should they ever change, start again.
        connect(model, &M::columnsAboutToBeInserted, this, beginReset),
        connect(model, &M::columnsInserted, this, endReset),
        connect(model, &M::columnsAboutToBeRemoved, this, beginReset),
        connect(model, &M::columnsRemoved, this, endReset),
        connect(model, &M::columnsAboutToBeMoved, this, beginReset),
        connect(model, &M::columnsMoved, this, endReset),
        // Without signals, as QSortFilterProxyModel does: the source usually goes while its
        // window is being destroyed, and views told to reset then would repaint half-destroyed.
        // A comparison set or cleared changes what "only changes" keeps.
        connect(m_timeline, &TimelineModel::baselineChanged, this,
                [this] {
                    if (m_pending != Pending::None)
                        return;
                    if (m_sortColumn == TimelineModel::ChangeColumn) {
                        // The order follows the comparison: everything is mapped anew.
                        sourceLayoutAboutToBeChanged();
                        sourceLayoutChanged();
                    } else if (m_filter.onlyChanges()) {
                        refilter(true, false);
                    }
                }),
        connect(model, &QObject::destroyed, this,
                [this] {
                    m_timeline = nullptr;
                    resetRows();
                }),
    };
}

const TimelineModel *TimelineFilterModel::timelineModel() const {
    return m_timeline;
}

QList<const Report *> TimelineFilterModel::sourceReports() const {
    QList<const Report *> reports;
    if (const TimelineModel *timeline = timelineModel()) {
        reports.reserve(timeline->reportCount());
        for (int r = 0; r < timeline->reportCount(); ++r)
            reports.append(&timeline->report(r));
    }
    return reports;
}

const Report *TimelineFilterModel::sourceReport(int row) const {
    if (!m_timeline || row < 0 || row >= m_timeline->reportCount())
        return nullptr;
    return &m_timeline->report(row);
}

int TimelineFilterModel::rowOfKey(quint32 key) const {
    if (m_lastKeyRow >= 0 && m_lastKeyRow < int(m_rows.size()) &&
        m_rows[size_t(m_lastKeyRow)].key == key)
        return m_lastKeyRow;
    const int row = m_rowByKey.value(key, -1);
    if (row >= 0)
        m_lastKeyRow = row;
    return row;
}

qint8 TimelineFilterModel::passLevelOf(std::optional<double> confidence) {
    // TimelineFilter::passesConfidence() for the thresholds 0-100: a confidence c passes an
    // integer threshold m when c >= m, that is when floor(c) >= m. Without a confidence: 0 only.
    if (!confidence)
        return 0;
    if (std::isnan(*confidence))
        return -1;
    return qint8(std::clamp(std::floor(*confidence), -1.0, 100.0));
}

// ---- The rows ----------------------------------------------------------------------------

void TimelineFilterModel::resetRows() {
    m_rows.clear();
    m_pending = Pending::None;
    m_pendingIndexes.clear();
    m_pendingLocations.clear();
    m_pendingSourceIndexes.clear();
    const int reports = m_timeline ? m_timeline->reportCount() : 0;
    m_rows.reserve(size_t(reports));
    for (int r = 0; r < reports; ++r)
        m_rows.push_back(makeRows(r, m_nextKey++));
    rebuildKeys();
}

void TimelineFilterModel::rebuildKeys() {
    m_rowByKey.clear();
    m_rowByKey.reserve(qsizetype(m_rows.size()));
    for (size_t r = 0; r < m_rows.size(); ++r)
        m_rowByKey.insert(m_rows[r].key, int(r));
}

TimelineFilterModel::ReportRows TimelineFilterModel::makeRows(int report, quint32 key) const {
    ReportRows rows;
    rows.key = key;
    if (const Report *r = sourceReport(report)) {
        computeFlags(&rows, report, *r, true, true);
        sortRows(&rows, report, *r);
        setShown(&rows, collectShown(rows));
    }
    return rows;
}

void TimelineFilterModel::computeFlags(ReportRows *rows, int reportRow, const Report &report,
                                       bool others, bool search,
                                       const std::vector<quint8> *searchMatches) const {
    const QList<TurningPoint> &tps = report.turningPoints;
    if (rows->flags.size() != size_t(tps.size()) || rows->passLevel.size() != size_t(tps.size())) {
        rows->flags.assign(size_t(tps.size()), 0);
        rows->passLevel.assign(size_t(tps.size()), 0);
        others = search = true;
    }
    // The bits that did not change are kept: a slider step only re-tests the threshold.
    TimelineFilter withoutSearch = m_filter;
    withoutSearch.setSearchText(QString());
    const SearchText &query = m_filter.search();
    const bool searching = !query.isEmpty();
    const bool hides = m_filter.searchHides();
    const int minimum = m_filter.minimumConfidence();
    if (searchMatches && searchMatches->size() != size_t(tps.size()))
        searchMatches = nullptr;
    for (qsizetype i = 0; i < tps.size(); ++i) {
        const TurningPoint &tp = tps[i];
        quint8 f = rows->flags[size_t(i)];
        if (others) {
            f &= quint8(~(PassesOthers | HasEntries));
            if (!tp.entries.isEmpty())
                f |= HasEntries;
            rows->passLevel[size_t(i)] = passLevelOf(tp.confidence);
            const TurningPointChange *change =
                m_filter.onlyChanges() && m_timeline
                    ? m_timeline->turningPointChange(reportRow, int(i))
                    : nullptr;
            if (withoutSearch.accepts(tp, TimelineFilter::IgnoreConfidence, change))
                f |= PassesOthers;
        }
        if (search) {
            f &= quint8(~MatchesSearch);
            if (searching && (searchMatches ? (*searchMatches)[size_t(i)] != 0 : query.matches(tp)))
                f |= MatchesSearch;
        }
        f &= quint8(~Accepted);
        if ((f & PassesOthers) && minimum <= rows->passLevel[size_t(i)] &&
            (!hides || (f & MatchesSearch)))
            f |= Accepted;
        rows->flags[size_t(i)] = f;
    }
}

void TimelineFilterModel::sortRows(ReportRows *rows, int reportRow, const Report &report) const {
    if (m_sortColumn == TimelineModel::ChangeColumn)
        rows->order = changeOrder(reportRow, report);
    else
        rows->order = m_sortColumn < 0
                          ? std::vector<int>()
                          : sortedRows(report.turningPoints, m_sortColumn, m_sortOrder);
    rows->entryOrder.clear();
}

std::vector<int> TimelineFilterModel::changeOrder(int reportRow, const Report &report) const {
    if (!m_timeline || !m_timeline->comparison(reportRow) || report.turningPoints.size() < 2)
        return {};
    std::vector<double> keys;
    keys.reserve(size_t(report.turningPoints.size()));
    for (qsizetype i = 0; i < report.turningPoints.size(); ++i) {
        const TurningPointChange *change = m_timeline->turningPointChange(reportRow, int(i));
        keys.push_back(change ? double(change->change) : 0.0);
    }
    return orderByKeys(keys, m_sortOrder);
}

std::vector<int> TimelineFilterModel::entryChangeOrder(int reportRow, int turningPoint,
                                                       int entries) const {
    if (!m_timeline || !m_timeline->comparison(reportRow) || entries < 2)
        return {};
    std::vector<double> keys;
    keys.reserve(size_t(entries));
    for (int e = 0; e < entries; ++e) {
        const EntryChange *change = m_timeline->entryChange(reportRow, turningPoint, e);
        keys.push_back(change ? double(change->change) : 0.0);
    }
    return orderByKeys(keys, m_sortOrder);
}

std::vector<int> TimelineFilterModel::collectShown(const ReportRows &rows) {
    std::vector<int> shown;
    const auto visit = [&rows, &shown](int tp) {
        if (rows.flags[size_t(tp)] & Accepted)
            shown.push_back(tp);
    };
    if (rows.order.empty()) {
        for (size_t tp = 0; tp < rows.flags.size(); ++tp)
            visit(int(tp));
    } else {
        for (const int tp : rows.order)
            visit(tp);
    }
    return shown;
}

void TimelineFilterModel::setShown(ReportRows *rows, std::vector<int> shown) {
    rows->shown = std::move(shown);
    rows->rowOf.assign(rows->flags.size(), -1);
    for (size_t row = 0; row < rows->shown.size(); ++row)
        rows->rowOf[size_t(rows->shown[row])] = int(row);
    updateSearchMatch(rows);
}

void TimelineFilterModel::updateSearchMatch(ReportRows *rows) {
    rows->searchMatch = std::any_of(rows->shown.cbegin(), rows->shown.cend(), [rows](int tp) {
        return (rows->flags[size_t(tp)] & MatchesSearch) != 0;
    });
}

const std::vector<int> &TimelineFilterModel::entryOrder(const ReportRows &rows, int report,
                                                        int turningPoint) const {
    static const std::vector<int> fileOrder;
    if (m_sortColumn < 0)
        return fileOrder;
    const auto it = rows.entryOrder.constFind(turningPoint);
    if (it != rows.entryOrder.constEnd())
        return *it;
    const Report *r = sourceReport(report);
    if (!r || turningPoint < 0 || turningPoint >= r->turningPoints.size())
        return fileOrder;
    if (m_sortColumn == TimelineModel::ChangeColumn)
        return *rows.entryOrder.insert(
            turningPoint, entryChangeOrder(report, turningPoint,
                                           int(r->turningPoints[turningPoint].entries.size())));
    return *rows.entryOrder.insert(turningPoint, sortedRows(r->turningPoints[turningPoint].entries,
                                                            m_sortColumn, m_sortOrder));
}

int TimelineFilterModel::entryCount(int report, int turningPoint) const {
    const Report *r = sourceReport(report);
    if (!r || turningPoint < 0 || turningPoint >= r->turningPoints.size())
        return 0;
    return int(r->turningPoints[turningPoint].entries.size());
}

int TimelineFilterModel::sourceEntryRow(const ReportRows &rows, int report, int turningPoint,
                                        int proxyRow) const {
    if (proxyRow < 0 || proxyRow >= entryCount(report, turningPoint))
        return -1;
    const std::vector<int> &order = entryOrder(rows, report, turningPoint);
    return order.empty() ? proxyRow : order[size_t(proxyRow)];
}

int TimelineFilterModel::proxyEntryRow(const ReportRows &rows, int report, int turningPoint,
                                       int sourceRow) const {
    if (sourceRow < 0 || sourceRow >= entryCount(report, turningPoint))
        return -1;
    const std::vector<int> &order = entryOrder(rows, report, turningPoint);
    if (order.empty())
        return sourceRow;
    const auto it = std::find(order.cbegin(), order.cend(), sourceRow);
    return it == order.cend() ? -1 : int(it - order.cbegin());
}

// ---- Locations: a node by its source rows, to carry persistent indexes over a change -----

TimelineFilterModel::Location TimelineFilterModel::locationOf(const QModelIndex &proxyIndex) const {
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const quintptr id = proxyIndex.internalId();
    if (id == 0) {
        if (proxyIndex.row() >= int(m_rows.size()))
            return {};
        return {proxyIndex.row(), -1, -1, proxyIndex.column()};
    }
    const int report = rowOfKey(keyOf(id));
    if (report < 0)
        return {};
    const ReportRows &rows = m_rows[size_t(report)];
    const quint32 tpPlusOne = tpRowPlusOneOf(id);
    if (tpPlusOne == 0) {
        if (proxyIndex.row() >= int(rows.shown.size()))
            return {};
        return {report, rows.shown[size_t(proxyIndex.row())], -1, proxyIndex.column()};
    }
    const int tp = int(tpPlusOne - 1);
    const int entry = sourceEntryRow(rows, report, tp, proxyIndex.row());
    if (entry < 0)
        return {};
    return {report, tp, entry, proxyIndex.column()};
}

TimelineFilterModel::Location
TimelineFilterModel::sourceLocationOf(const QModelIndex &sourceIndex) const {
    if (!m_timeline || !sourceIndex.isValid() || sourceIndex.model() != m_timeline)
        return {};
    switch (m_timeline->nodeType(sourceIndex)) {
    case TimelineModel::NodeType::Report:
        return {sourceIndex.row(), -1, -1, sourceIndex.column()};
    case TimelineModel::NodeType::TurningPoint:
        return {sourceIndex.parent().row(), sourceIndex.row(), -1, sourceIndex.column()};
    case TimelineModel::NodeType::Entry: {
        const QModelIndex tp = sourceIndex.parent();
        return {tp.parent().row(), tp.row(), sourceIndex.row(), sourceIndex.column()};
    }
    }
    return {};
}

QModelIndex TimelineFilterModel::indexAt(const Location &location) const {
    if (location.report < 0 || location.report >= int(m_rows.size()) || location.column < 0 ||
        location.column >= columnCount())
        return {};
    if (location.turningPoint < 0)
        return createIndex(location.report, location.column, quintptr(0));
    const ReportRows &rows = m_rows[size_t(location.report)];
    if (location.turningPoint >= int(rows.rowOf.size()))
        return {};
    const int tpRow = rows.rowOf[size_t(location.turningPoint)];
    if (tpRow < 0)
        return {}; // hidden
    if (location.entry < 0)
        return createIndex(tpRow, location.column, makeId(rows.key, 0));
    const int entryRow =
        proxyEntryRow(rows, location.report, location.turningPoint, location.entry);
    if (entryRow < 0)
        return {};
    rows.entriesIndexed.insert(location.turningPoint);
    return createIndex(entryRow, location.column,
                       makeId(rows.key, quint32(location.turningPoint) + 1));
}

void TimelineFilterModel::beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint) {
    emit layoutAboutToBeChanged({}, hint);
    // After the signal: views and QAbstractItemModelTester make their persistent indexes in it.
    m_pendingIndexes = persistentIndexList();
    m_pendingLocations.clear();
    m_pendingLocations.reserve(m_pendingIndexes.size());
    for (const QModelIndex &index : std::as_const(m_pendingIndexes))
        m_pendingLocations.append(locationOf(index));
}

void TimelineFilterModel::endLayoutChange(QAbstractItemModel::LayoutChangeHint hint) {
    // A row that stays keeps its persistent indexes (the selection, the expanded turning points);
    // one that went has them made invalid.
    QModelIndexList to;
    to.reserve(m_pendingLocations.size());
    for (const Location &location : std::as_const(m_pendingLocations))
        to.append(indexAt(location));
    changePersistentIndexList(m_pendingIndexes, to);
    m_pendingIndexes.clear();
    m_pendingLocations.clear();
    m_pending = Pending::None;
    emit layoutChanged({}, hint);
}

// ---- Source changes -----------------------------------------------------------------------
//
// Reports come and go as rows (one per opened or closed file). Turning points of a report are
// removed and inserted as rows when that is exact and cheap: a reload (replaceReport) removes
// them all and inserts the new ones into a report that shows none. Anything else below a report
// (a middle part removed, rows added among shown ones) shifts the source rows the proxy's
// internalIds carry, so it is one layout change with every persistent index re-mapped.

void TimelineFilterModel::sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int) {
    if (!parent.isValid() || m_pending != Pending::None)
        return; // new reports are added in sourceRowsInserted
    const Location where = sourceLocationOf(parent);
    if (where.report < 0 || where.report >= int(m_rows.size()) || where.entry >= 0)
        return;
    const ReportRows &rows = m_rows[size_t(where.report)];
    m_pendingParent = where;
    if (where.turningPoint < 0 && first == int(rows.flags.size()) && rows.shown.empty()) {
        m_pending = Pending::InsertRows;
        return;
    }
    m_pending = Pending::Layout;
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

void TimelineFilterModel::sourceRowsInserted(const QModelIndex &parent, int first, int last) {
    if (!parent.isValid()) {
        if (first < 0 || first > int(m_rows.size()))
            return;
        std::vector<ReportRows> added;
        added.reserve(size_t(last - first + 1));
        for (int r = first; r <= last; ++r)
            added.push_back(makeRows(r, m_nextKey++));
        beginInsertRows({}, first, last);
        m_rows.insert(m_rows.begin() + first, std::make_move_iterator(added.begin()),
                      std::make_move_iterator(added.end()));
        rebuildKeys();
        endInsertRows();
        return;
    }
    const Pending pending = std::exchange(m_pending, Pending::None);
    const Location where = m_pendingParent;
    if (pending == Pending::None || where.report < 0 || where.report >= int(m_rows.size()))
        return;
    ReportRows &rows = m_rows[size_t(where.report)];
    if (pending == Pending::InsertRows) {
        ReportRows next = makeRows(where.report, rows.key);
        if (next.shown.empty()) {
            rows = std::move(next);
            return;
        }
        beginInsertRows(index(where.report, 0), 0, int(next.shown.size()) - 1);
        rows = std::move(next);
        endInsertRows();
        return;
    }
    const int count = last - first + 1;
    for (Location &l : m_pendingLocations) {
        if (l.report != where.report)
            continue;
        if (where.turningPoint < 0 && l.turningPoint >= first)
            l.turningPoint += count;
        else if (where.turningPoint >= 0 && l.turningPoint == where.turningPoint &&
                 l.entry >= first)
            l.entry += count;
    }
    rows = makeRows(where.report, rows.key);
    endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

void TimelineFilterModel::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first,
                                                     int last) {
    if (m_pending != Pending::None)
        return;
    if (!parent.isValid()) {
        if (first < 0 || last >= int(m_rows.size()))
            return;
        m_pending = Pending::RemoveReports;
        beginRemoveRows({}, first, last);
        return;
    }
    const Location where = sourceLocationOf(parent);
    if (where.report < 0 || where.report >= int(m_rows.size()) || where.entry >= 0)
        return;
    m_pendingParent = where;
    const ReportRows &rows = m_rows[size_t(where.report)];
    if (where.turningPoint < 0 && last == int(rows.flags.size()) - 1) {
        // A tail: the turning points that stay keep their source rows. One rowsRemoved when
        // the shown ones among the removed are next to each other in the proxy.
        int low = INT_MAX;
        int high = -1;
        int shown = 0;
        for (int tp = first; tp <= last; ++tp) {
            const int row = rows.rowOf[size_t(tp)];
            if (row >= 0) {
                low = std::min(low, row);
                high = std::max(high, row);
                ++shown;
            }
        }
        if (shown == 0) {
            m_pending = Pending::RemoveHidden;
            return;
        }
        if (high - low + 1 == shown) {
            m_pending = Pending::RemoveRows;
            beginRemoveRows(index(where.report, 0), low, high);
            return;
        }
    }
    m_pending = Pending::Layout;
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

void TimelineFilterModel::sourceRowsRemoved(const QModelIndex &, int first, int last) {
    const Pending pending = std::exchange(m_pending, Pending::None);
    switch (pending) {
    case Pending::None:
    case Pending::InsertRows:
        return;
    case Pending::RemoveReports:
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        rebuildKeys();
        endRemoveRows();
        return;
    case Pending::RemoveHidden:
    case Pending::RemoveRows:
    case Pending::Layout:
        break;
    }
    const Location where = m_pendingParent;
    ReportRows &rows = m_rows[size_t(where.report)];
    if (pending != Pending::Layout) {
        rows = makeRows(where.report, rows.key);
        if (pending == Pending::RemoveRows)
            endRemoveRows();
        return;
    }
    const int count = last - first + 1;
    for (Location &l : m_pendingLocations) {
        if (l.report != where.report)
            continue;
        if (where.turningPoint < 0 && l.turningPoint >= 0) {
            if (l.turningPoint > last)
                l.turningPoint -= count;
            else if (l.turningPoint >= first)
                l.report = -1;
        } else if (where.turningPoint >= 0 && l.turningPoint == where.turningPoint &&
                   l.entry >= 0) {
            if (l.entry > last)
                l.entry -= count;
            else if (l.entry >= first)
                l.report = -1;
        }
    }
    rows = makeRows(where.report, rows.key);
    endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

void TimelineFilterModel::sourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight,
                                            const QList<int> &roles) {
    // Only link check results change in place; they do not touch what the filters or the sort
    // read, so rows stay where they are. Shown rows of the range become one range here (rows
    // in between that did not change are harmless to repaint).
    if (!topLeft.isValid() || !bottomRight.isValid() || m_pending != Pending::None)
        return;
    const QModelIndex sourceParent = topLeft.parent();
    QModelIndex parent;
    if (sourceParent.isValid()) {
        parent = mapFromSource(sourceParent);
        if (!parent.isValid())
            return; // below a hidden turning point
    }
    int low = INT_MAX;
    int high = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex shown = mapFromSource(m_timeline->index(row, 0, sourceParent));
        if (shown.isValid()) {
            low = std::min(low, shown.row());
            high = std::max(high, shown.row());
        }
    }
    if (high >= 0)
        emit dataChanged(index(low, topLeft.column(), parent),
                         index(high, bottomRight.column(), parent), roles);
}

void TimelineFilterModel::sourceLayoutAboutToBeChanged() {
    if (m_pending != Pending::None)
        return;
    m_pending = Pending::Layout;
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
    // The source moves its own persistent indexes; ours follow them.
    m_pendingSourceIndexes.clear();
    m_pendingSourceIndexes.reserve(m_pendingIndexes.size());
    for (const QModelIndex &index : std::as_const(m_pendingIndexes))
        m_pendingSourceIndexes.append(mapToSource(index));
}

void TimelineFilterModel::sourceLayoutChanged() {
    if (m_pending != Pending::Layout)
        return;
    for (qsizetype i = 0; i < m_pendingSourceIndexes.size(); ++i)
        m_pendingLocations[i] = sourceLocationOf(m_pendingSourceIndexes.at(i));
    m_pendingSourceIndexes.clear();
    m_rows.clear();
    const int reports = m_timeline ? m_timeline->reportCount() : 0;
    for (int r = 0; r < reports; ++r)
        m_rows.push_back(makeRows(r, m_nextKey++));
    rebuildKeys();
    endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

// ---- Filter --------------------------------------------------------------------------------

bool TimelineFilterModel::passes(std::optional<double> confidence, int minimumConfidence) {
    return TimelineFilter::passesConfidence(confidence, minimumConfidence);
}

void TimelineFilterModel::setMinimumConfidence(int percent) {
    TimelineFilter next = m_filter;
    next.setMinimumConfidence(percent);
    apply(next);
}

void TimelineFilterModel::setFilter(const TimelineFilter &filter) {
    apply(filter);
}

void TimelineFilterModel::clearFilters() {
    TimelineFilter next = m_filter;
    next.clear();
    apply(next);
}

void TimelineFilterModel::setKindFilter(TimelineFilter::Kinds kinds) {
    TimelineFilter next = m_filter;
    next.setKinds(kinds);
    apply(next);
}

void TimelineFilterModel::setLabelFilter(const QSet<QString> &labels) {
    TimelineFilter next = m_filter;
    next.setLabels(labels);
    apply(next);
}

void TimelineFilterModel::setHideNothingFound(bool hide) {
    TimelineFilter next = m_filter;
    next.setHideNothingFound(hide);
    apply(next);
}

void TimelineFilterModel::setDateRange(const PartialDate &from, const PartialDate &to) {
    TimelineFilter next = m_filter;
    next.setDateRange(from, to);
    apply(next);
}

void TimelineFilterModel::setSearchText(const QString &text) {
    TimelineFilter next = m_filter;
    next.setSearchText(text);
    apply(next);
}

void TimelineFilterModel::setSearchMode(TimelineFilter::SearchMode mode) {
    TimelineFilter next = m_filter;
    next.setSearchMode(mode);
    apply(next);
}

void TimelineFilterModel::setOnlyChanges(bool only) {
    TimelineFilter next = m_filter;
    next.setOnlyChanges(only);
    apply(next);
}

void TimelineFilterModel::apply(const TimelineFilter &next) {
    if (next == m_filter)
        return;
    const TimelineFilter old = m_filter;
    m_filter = next;

    const bool confidenceChanged = old.minimumConfidence() != next.minimumConfidence();
    const bool kindsChanged = old.kinds() != next.kinds();
    const bool labelsChanged = old.labels() != next.labels();
    const bool nothingFoundChanged = old.hidesNothingFound() != next.hidesNothingFound();
    const bool datesChanged = old.dateFrom() != next.dateFrom() || old.dateTo() != next.dateTo();
    const bool searchChanged = old.searchText() != next.searchText();
    const bool modeChanged = old.searchMode() != next.searchMode();
    const bool matchesChanged = old.search().terms() != next.search().terms();

    const bool changesOnlyChanged = old.onlyChanges() != next.onlyChanges();

    const bool othersChanged =
        kindsChanged || labelsChanged || nothingFoundChanged || datesChanged || changesOnlyChanged;
    // A search that only highlights hides nothing, so typing in highlight mode moves no rows.
    const bool rowsMayChange =
        confidenceChanged || othersChanged ||
        ((old.searchHides() || next.searchHides()) && (matchesChanged || modeChanged));
    if (rowsMayChange || matchesChanged)
        refilter(othersChanged, matchesChanged);
    if (matchesChanged)
        emitSearchMatchChanged();

    if (confidenceChanged)
        emit minimumConfidenceChanged(next.minimumConfidence());
    if (kindsChanged)
        emit kindFilterChanged(next.kinds());
    if (labelsChanged)
        emit labelFilterChanged(next.labels());
    if (nothingFoundChanged)
        emit hideNothingFoundChanged(next.hidesNothingFound());
    if (datesChanged)
        emit dateRangeChanged(next.dateFrom(), next.dateTo());
    if (searchChanged)
        emit searchTextChanged(next.searchText());
    if (modeChanged)
        emit searchModeChanged(next.searchMode());
    if (changesOnlyChanged)
        emit onlyChangesChanged(next.onlyChanges());
    emit filterChanged();
}

void TimelineFilterModel::refilter(bool others, bool search) {
    // One pass over the turning points sets their bits and the rows each report would show.
    // Then one layoutChanged for all of it, not rowsRemoved/rowsInserted: a slider step over a
    // large report hides or shows rows scattered all over it (more so once sorted), which would
    // be thousands of row signals, each making the views redo their layout; the views redo it
    // once for a layout change. Nothing is emitted when no report shows other rows.
    // Matching the search text is most of a search's time: done on every core first.
    const std::vector<std::vector<quint8>> matches = search && !m_filter.search().isEmpty()
                                                         ? matchSearchInParallel()
                                                         : std::vector<std::vector<quint8>>();
    std::vector<std::vector<int>> next(m_rows.size());
    bool changed = false;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        ReportRows &rows = m_rows[r];
        if (const Report *report = sourceReport(int(r)))
            computeFlags(&rows, int(r), *report, others, search,
                         r < matches.size() ? &matches[r] : nullptr);
        next[r] = collectShown(rows);
        if (next[r] != rows.shown)
            changed = true;
        else
            updateSearchMatch(&rows);
    }
    if (!changed)
        return;
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (next[r] != m_rows[r].shown)
            setShown(&m_rows[r], std::move(next[r]));
    }
    endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

std::vector<std::vector<quint8>> TimelineFilterModel::matchSearchInParallel() const {
    // Chunks of turning points across the reports, so a thousand small reports spread over the
    // cores as well as one large one. Each chunk writes only its own bytes.
    struct Chunk {
        const QList<TurningPoint> *turningPoints;
        std::vector<quint8> *matches;
        qsizetype begin;
        qsizetype end;
    };
    constexpr qsizetype ChunkSize = 4096;
    std::vector<std::vector<quint8>> matches(m_rows.size());
    std::vector<Chunk> chunks;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const Report *report = sourceReport(int(r));
        if (!report)
            continue;
        const QList<TurningPoint> &tps = report->turningPoints;
        matches[r].assign(size_t(tps.size()), 0);
        for (qsizetype begin = 0; begin < tps.size(); begin += ChunkSize)
            chunks.push_back({&tps, &matches[r], begin, std::min(tps.size(), begin + ChunkSize)});
    }
    const SearchText &query = m_filter.search();
    const auto match = [&query](const Chunk &chunk) {
        for (qsizetype i = chunk.begin; i < chunk.end; ++i)
            (*chunk.matches)[size_t(i)] = query.matches((*chunk.turningPoints)[i]) ? 1 : 0;
    };
    if (chunks.size() == 1)
        match(chunks.front());
    else
        QtConcurrent::blockingMap(chunks, match);
    return matches;
}

void TimelineFilterModel::emitSearchMatchChanged() {
    // Highlighting changes on rows that stay: tell the views, one range per parent, for the
    // single role that changed.
    if (m_rows.empty())
        return;
    const QList<int> roles{SearchMatchRole};
    const int lastColumn = columnCount() - 1;
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, lastColumn), roles);
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const ReportRows &rows = m_rows[r];
        const Report *report = sourceReport(int(r));
        if (rows.shown.empty() || !report)
            continue;
        const quintptr tpId = makeId(rows.key, 0);
        emit dataChanged(createIndex(0, 0, tpId),
                         createIndex(int(rows.shown.size()) - 1, lastColumn, tpId), roles);
        for (const int tp : rows.entriesIndexed) {
            if (tp < 0 || tp >= int(rows.rowOf.size()) || rows.rowOf[size_t(tp)] < 0 ||
                tp >= report->turningPoints.size())
                continue; // hidden now: its entries have no rows in this proxy
            const int entries = int(report->turningPoints[tp].entries.size());
            if (entries == 0)
                continue;
            const quintptr entryId = makeId(rows.key, quint32(tp) + 1);
            emit dataChanged(createIndex(0, 0, entryId),
                             createIndex(entries - 1, lastColumn, entryId), roles);
        }
    }
}

bool TimelineFilterModel::acceptsTurningPoint(int report, int turningPoint) const {
    if (report < 0 || report >= int(m_rows.size()))
        return false;
    const std::vector<quint8> &flags = m_rows[size_t(report)].flags;
    return turningPoint >= 0 && turningPoint < int(flags.size()) &&
           (flags[size_t(turningPoint)] & Accepted);
}

bool TimelineFilterModel::turningPointMatchesSearch(int report, int turningPoint) const {
    if (report < 0 || report >= int(m_rows.size()) || m_filter.search().isEmpty())
        return false;
    const std::vector<quint8> &flags = m_rows[size_t(report)].flags;
    return turningPoint >= 0 && turningPoint < int(flags.size()) &&
           (flags[size_t(turningPoint)] & MatchesSearch);
}

SearchText::Statistics TimelineFilterModel::searchStatistics() const {
    return searchStatisticsJob().run();
}

SearchStatisticsJob TimelineFilterModel::searchStatisticsJob() const {
    // Among the turning points every other filter passes (the threshold included); a turning
    // point that does not match adds nothing, so only matching ones are counted.
    SearchStatisticsJob job(m_filter.search());
    if (m_filter.search().isEmpty())
        return job;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const Report *report = sourceReport(int(r));
        const std::vector<quint8> &flags = m_rows[r].flags;
        if (!report || flags.size() != size_t(report->turningPoints.size()))
            continue;
        std::vector<int> rows;
        for (size_t i = 0; i < flags.size(); ++i) {
            const TurningPoint &tp = report->turningPoints[qsizetype(i)];
            if ((flags[i] & PassesOthers) && (flags[i] & MatchesSearch) &&
                TimelineFilter::passesConfidence(tp.confidence, m_filter.minimumConfidence()))
                rows.push_back(int(i));
        }
        job.add(report->turningPoints, std::move(rows));
    }
    return job;
}

QList<TimelineFilter::LabelCount> TimelineFilterModel::availableLabels() const {
    return TimelineFilter::labelCounts(sourceReports());
}

QMap<TimelineFilter::Kind, int> TimelineFilterModel::availableKinds() const {
    return m_timeline ? m_timeline->kindCounts() : TimelineFilter::kindCounts({});
}

// ---- Sorting --------------------------------------------------------------------------------

void TimelineFilterModel::sort(int column, Qt::SortOrder order) {
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    beginLayoutChange(QAbstractItemModel::VerticalSortHint);
    m_sortColumn = column;
    m_sortOrder = order;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (const Report *report = sourceReport(int(r))) {
            sortRows(&m_rows[r], int(r), *report);
            setShown(&m_rows[r], collectShown(m_rows[r]));
        }
    }
    endLayoutChange(QAbstractItemModel::VerticalSortHint);
}

// ---- QAbstractItemModel ---------------------------------------------------------------------

QModelIndex TimelineFilterModel::mapToSource(const QModelIndex &proxyIndex) const {
    const Location l = locationOf(proxyIndex);
    if (l.report < 0 || !m_timeline)
        return {};
    if (l.turningPoint < 0)
        return m_timeline->reportIndex(l.report, l.column);
    if (l.entry < 0)
        return m_timeline->turningPointIndex(l.report, l.turningPoint, l.column);
    return m_timeline->entryIndex(l.report, l.turningPoint, l.entry, l.column);
}

QModelIndex TimelineFilterModel::mapFromSource(const QModelIndex &sourceIndex) const {
    return indexAt(sourceLocationOf(sourceIndex));
}

QModelIndex TimelineFilterModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return row < int(m_rows.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.model() != this || parent.column() != 0)
        return {};
    const quintptr id = parent.internalId();
    if (id == 0) {
        if (parent.row() >= int(m_rows.size()))
            return {};
        const ReportRows &rows = m_rows[size_t(parent.row())];
        return row < int(rows.shown.size()) ? createIndex(row, column, makeId(rows.key, 0))
                                            : QModelIndex();
    }
    if (tpRowPlusOneOf(id) != 0)
        return {}; // entries have no children
    const int report = rowOfKey(keyOf(id));
    if (report < 0)
        return {};
    const ReportRows &rows = m_rows[size_t(report)];
    if (parent.row() >= int(rows.shown.size()))
        return {};
    const int tp = rows.shown[size_t(parent.row())];
    if (row >= entryCount(report, tp))
        return {};
    rows.entriesIndexed.insert(tp);
    return createIndex(row, column, makeId(rows.key, quint32(tp) + 1));
}

QModelIndex TimelineFilterModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    const int report = rowOfKey(keyOf(id));
    if (report < 0)
        return {};
    const quint32 tpPlusOne = tpRowPlusOneOf(id);
    if (tpPlusOne == 0)
        return createIndex(report, 0, quintptr(0));
    const ReportRows &rows = m_rows[size_t(report)];
    const size_t tp = tpPlusOne - 1;
    if (tp >= rows.rowOf.size() || rows.rowOf[tp] < 0)
        return {};
    return createIndex(rows.rowOf[tp], 0, makeId(rows.key, 0));
}

QModelIndex TimelineFilterModel::sibling(int row, int column, const QModelIndex &idx) const {
    if (!idx.isValid())
        return {};
    if (row == idx.row() && column >= 0 && column < columnCount())
        return createIndex(row, column, idx.internalId());
    return index(row, column, parent(idx));
}

int TimelineFilterModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.model() != this || parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (id == 0)
        return parent.row() < int(m_rows.size()) ? int(m_rows[size_t(parent.row())].shown.size())
                                                 : 0;
    if (tpRowPlusOneOf(id) != 0)
        return 0;
    const int report = rowOfKey(keyOf(id));
    if (report < 0)
        return 0;
    const ReportRows &rows = m_rows[size_t(report)];
    if (parent.row() >= int(rows.shown.size()))
        return 0;
    return entryCount(report, rows.shown[size_t(parent.row())]);
}

int TimelineFilterModel::columnCount(const QModelIndex &) const {
    return m_timeline ? int(TimelineModel::NUM_COLUMNS) : 0;
}

bool TimelineFilterModel::hasChildren(const QModelIndex &parent) const {
    if (parent.isValid() && parent.model() == this && parent.column() == 0 &&
        parent.internalId() != 0 && tpRowPlusOneOf(parent.internalId()) == 0) {
        // A turning point: from its flags (see HasEntries).
        const int report = rowOfKey(keyOf(parent.internalId()));
        if (report < 0)
            return false;
        const ReportRows &rows = m_rows[size_t(report)];
        if (parent.row() >= int(rows.shown.size()))
            return false;
        const size_t tp = size_t(rows.shown[size_t(parent.row())]);
        return tp < rows.flags.size() && (rows.flags[tp] & HasEntries);
    }
    return rowCount(parent) > 0;
}

Qt::ItemFlags TimelineFilterModel::flags(const QModelIndex &index) const {
    // From the node's level alone, like the source gives them: QTreeView asks for the flags of
    // every row it lays out, and mapping a million rows to the source first doubled the cost of
    // each threshold step's relayout.
    if (!m_timeline || !index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    const quintptr id = index.internalId();
    const TimelineModel::NodeType type = id == 0 ? TimelineModel::NodeType::Report
                                         : tpRowPlusOneOf(id) == 0
                                             ? TimelineModel::NodeType::TurningPoint
                                             : TimelineModel::NodeType::Entry;
    return TimelineModel::flagsOf(type);
}

QVariant TimelineFilterModel::data(const QModelIndex &index, int role) const {
    if (role != SearchMatchRole)
        return QAbstractProxyModel::data(index, role);
    if (m_filter.search().isEmpty())
        return false;
    const Location l = locationOf(index);
    const Report *report = sourceReport(l.report);
    if (!report)
        return false;
    const ReportRows &rows = m_rows[size_t(l.report)];
    if (l.turningPoint < 0)
        return rows.searchMatch;
    if (l.entry < 0)
        return turningPointMatchesSearch(l.report, l.turningPoint);
    return m_filter.search().matches(report->turningPoints[l.turningPoint].entries[l.entry]);
}

QVariant TimelineFilterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    // Columns are the source's; reports keep their rows. (QAbstractProxyModel would map the
    // section through row 0, and find nothing while no report is open.)
    return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
}

QHash<int, QByteArray> TimelineFilterModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractProxyModel::roleNames();
    names.insert(SearchMatchRole, "searchMatch");
    return names;
}

} // namespace Turnpoint

#include "sourceindexmodel.h"

#include "searchtext.h"
#include "timelinemodel.h"

#include <QHash>
#include <QSet>
#include <QVariantMap>

#include <limits>

namespace Turnpoint {

namespace {

QString keyOf(const Source &s) {
    return s.url.isEmpty() ? QLatin1Char('n') + s.name.toString().trimmed()
                           : QLatin1Char('u') + s.url.toString();
}

QVariant julianDayOrLast(const QDate &d) {
    // Undated sorts after every date, as in the outline.
    return d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::max();
}

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

} // namespace

bool SourceIndexModel::Row::sameData(const Row &o) const {
    return key == o.key && name == o.name && url == o.url && host == o.host && unsafe == o.unsafe &&
           entryCount == o.entryCount && turningPoints == o.turningPoints && entries == o.entries &&
           firstCited == o.firstCited && lastCited == o.lastCited && linkStatus == o.linkStatus &&
           linkHttpCode == o.linkHttpCode && linkMessage == o.linkMessage;
}

SourceIndexModel::SourceIndexModel(QObject *parent)
    : QAbstractTableModel(parent) {}

SourceIndexModel::~SourceIndexModel() = default;

void SourceIndexModel::setSourceModel(TimelineModel *model) {
    if (model == m_source)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_source = model;
    if (model) {
        const auto now = [this] { rebuild(); };
        m_connections = {
            connect(model, &QAbstractItemModel::rowsInserted, this, now),
            connect(model, &QAbstractItemModel::rowsRemoved, this, now),
            connect(model, &QAbstractItemModel::rowsMoved, this, now),
            connect(model, &QAbstractItemModel::modelReset, this, now),
            connect(model, &QAbstractItemModel::layoutChanged, this, now),
            connect(model, &QAbstractItemModel::dataChanged, this, [this] { scheduleRebuild(); }),
            connect(model, &QObject::destroyed, this,
                    [this] {
                        // Not through the QPointer: nothing of the model may be read any more.
                        m_source = nullptr;
                        rebuild();
                    }),
        };
    }
    rebuild();
}

void SourceIndexModel::scheduleRebuild() {
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    // Queued on this object: dropped if the index goes away first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_rebuildPending)
                rebuild();
        },
        Qt::QueuedConnection);
}

std::vector<SourceIndexModel::Row> SourceIndexModel::collect() const {
    std::vector<Row> rows;
    if (!m_source)
        return rows;
    const TimelineModel &model = *m_source;
    QHash<QString, size_t> at;
    for (int r = 0; r < model.reportCount(); ++r) {
        const Report &report = model.report(r);
        for (int t = 0; t < report.turningPoints.size(); ++t) {
            const TurningPoint &tp = report.turningPoints[t];
            QSet<size_t> citedByTurningPoint;
            for (int e = 0; e < tp.entries.size(); ++e) {
                const Entry &entry = tp.entries[e];
                if (entry.sources.isEmpty())
                    continue;
                const QModelIndex entryIndex = model.entryIndex(r, t, e);
                // Statuses are parallel to the entry's sources (TimelineModel::LinkStatusRole).
                const QVariantList statuses =
                    model.data(entryIndex, TimelineModel::LinkStatusRole).toList();
                QSet<size_t> citedByEntry;
                for (int s = 0; s < entry.sources.size(); ++s) {
                    const Source &source = entry.sources[s];
                    if (source.url.isEmpty() && source.name.toString().trimmed().isEmpty())
                        continue;
                    const QString key = keyOf(source);
                    auto it = at.constFind(key);
                    if (it == at.constEnd()) {
                        it = at.insert(key, rows.size());
                        Row row;
                        row.key = key;
                        row.url = source.url;
                        row.host = SearchText::host(source.url);
                        row.unsafe = source.unsafe;
                        rows.push_back(std::move(row));
                    }
                    Row &row = rows[*it];
                    if (row.name.isEmpty())
                        row.name = source.name.toString().trimmed();
                    if (row.linkStatus.isEmpty() && s < statuses.size()) {
                        const QVariantMap status = statuses[s].toMap();
                        if (!status.isEmpty()) {
                            row.linkStatus = status.value(QStringLiteral("status")).toString();
                            row.linkHttpCode = status.value(QStringLiteral("httpCode")).toInt();
                            row.linkMessage = status.value(QStringLiteral("message")).toString();
                            row.linkResult = status;
                        }
                    }
                    if (!citedByEntry.contains(*it)) {
                        citedByEntry.insert(*it);
                        ++row.entryCount;
                        row.entries.append(Location{r, t, e});
                    }
                    if (!citedByTurningPoint.contains(*it)) {
                        citedByTurningPoint.insert(*it);
                        row.turningPoints.append(Location{r, t, -1});
                        if (tp.date.isValid()) {
                            if (!row.firstCited.isValid() ||
                                tp.date.firstDay() < row.firstCited.firstDay())
                                row.firstCited = tp.date;
                            if (!row.lastCited.isValid() ||
                                tp.date.lastDay() > row.lastCited.lastDay())
                                row.lastCited = tp.date;
                        }
                    }
                }
            }
        }
    }
    return rows;
}

void SourceIndexModel::rebuild() {
    m_rebuildPending = false;
    std::vector<Row> rows = collect();
    bool sameRows = rows.size() == m_rows.size();
    for (size_t i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].key == m_rows[i].key;
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
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
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key == key)
            return int(i);
    }
    return -1;
}

int SourceIndexModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceIndexModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant SourceIndexModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
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
            return row.firstCited.toIso();
        case LastCitedColumn:
            return row.lastCited.toIso();
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
        return row.firstCited.toIso();
    case LastCitedRole:
        return row.lastCited.toIso();
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
        return SearchText::normalize(
            QStringList{row.name, row.host, row.url}.join(QLatin1Char('\n')));
    case SortRole:
        switch (index.column()) {
        case EntryCountColumn:
            return row.entryCount;
        case TurningPointCountColumn:
            return int(row.turningPoints.size());
        case FirstCitedColumn:
            return julianDayOrLast(row.firstCited.firstDay());
        case LastCitedColumn:
            return julianDayOrLast(row.lastCited.lastDay());
        case LinkStatusColumn: {
            // By how much the link needs attention, not by the status's name: the broken
            // ones first when sorted ascending, unchecked last.
            static const QStringList order = {
                QStringLiteral("broken"), QStringLiteral("unsafe"),     QStringLiteral("timeout"),
                QStringLiteral("error"),  QStringLiteral("redirected"), QStringLiteral("ok")};
            const qsizetype rank = order.indexOf(row.linkStatus);
            return rank >= 0 ? int(rank) : int(order.size());
        }
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

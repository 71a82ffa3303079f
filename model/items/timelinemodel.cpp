#include "timelinemodel.h"

#include <QSet>
#include <QThreadPool>
#include <QVariantList>
#include <QVariantMap>

#include <limits>

namespace Turnpoint {

// internalId layout: a report node has id 0. Children carry their parent's identity: the stable
// key of their report and, for an entry, its turning point's row + 1 (0 for a turning point).
// Keys, not rows, so that persistent indexes survive the removal of an earlier report (Qt updates
// their rows, never their ids).
//
// The row goes in the high 32 bits; the low 32 bits mix key and row. qHash(QModelIndex) is
// (row << 4) + column + internalId and QHash picks buckets from the low bits, so with the key in
// the high bits every report's entries fell into the same few buckets: Qt's persistent-index
// hash then degenerated into long chains, and thousands of persistent entry indexes (a large
// selection, a source index) took minutes to create and destroy. Multiplying by an odd constant
// is a bijection on 32-bit values, so the key comes back exactly.
namespace {
constexpr quint32 KeyMix = 0x9E3779B1u;
constexpr quint32 RowMix = 0x85EBCA77u;
constexpr quint32 inverseOf(quint32 odd) {
    quint32 x = odd; // right in the lowest 3 bits; each Newton step doubles that
    for (int i = 0; i < 5; ++i)
        x *= 2u - odd * x;
    return x;
}
constexpr quint32 KeyUnmix = inverseOf(KeyMix);
static_assert(quint32(KeyMix * KeyUnmix) == 1u, "KeyUnmix must undo KeyMix");

constexpr quintptr makeId(quint32 key, quint32 tpRowPlusOne) {
    return (quintptr(tpRowPlusOne) << 32) | quint32((key * KeyMix) ^ (tpRowPlusOne * RowMix));
}
constexpr quint32 tpRowPlusOneOf(quintptr id) {
    return quint32(id >> 32);
}
constexpr quint32 keyOf(quintptr id) {
    return quint32((quint32(id) ^ (tpRowPlusOneOf(id) * RowMix)) * KeyUnmix);
}
static_assert(keyOf(makeId(1, 0)) == 1 && keyOf(makeId(0xfffffffeu, 77)) == 0xfffffffeu &&
                  tpRowPlusOneOf(makeId(5, 77)) == 77 && makeId(1, 0) != 0,
              "internalId packing must round-trip and never give 0 (the report nodes' id)");
static_assert(sizeof(quintptr) >= 8, "internalId packing needs 64-bit quintptr");

QVariant julianDay(const QDate &d) {
    return d.isValid() ? QVariant(d.toJulianDay()) : QVariant();
}

void appendSources(const CompactList<Source> &sources, QVariantList *list) {
    for (const Source &s : sources) {
        list->append(QVariantMap{{QStringLiteral("name"), s.name.toString()},
                                 {QStringLiteral("url"), s.url.toString()},
                                 {QStringLiteral("unsafe"), s.unsafe}});
    }
}

void appendLinkStatuses(const CompactList<Source> &sources,
                        const QHash<QString, LinkCheckResult> &results, QVariantList *list) {
    for (const Source &s : sources) {
        const auto it = s.url.isEmpty() ? results.constEnd() : results.constFind(s.url);
        if (it == results.constEnd()) {
            list->append(QVariant());
            continue;
        }
        list->append(it->toVariantMap());
    }
}

int countLinkProblems(const CompactList<Source> &sources,
                      const QHash<QString, LinkCheckResult> &results) {
    int n = 0;
    for (const Source &s : sources) {
        const auto it = s.url.isEmpty() ? results.constEnd() : results.constFind(s.url);
        if (it != results.constEnd() && it->isProblem())
            ++n;
    }
    return n;
}

// Undated items sort after every dated one, in either direction of the column sort the user
// picks they stay together.
constexpr qint64 UndatedSortKey = std::numeric_limits<qint64>::max();
} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractItemModel(parent) {}

TimelineModel::~TimelineModel() {
    // Quitting with a million turning points loaded spent seconds freeing them after the window
    // had gone; the pool's threads do it while the process winds down.
    std::vector<std::unique_ptr<Report>> doomed;
    doomed.reserve(m_reports.size());
    for (Slot &slot : m_reports)
        doomed.push_back(std::move(slot.report));
    releaseLater(std::move(doomed));
}

int TimelineModel::rowForKey(quint32 key) const {
    if (m_lastKeyRow >= 0 && m_lastKeyRow < int(m_reports.size()) &&
        m_reports[size_t(m_lastKeyRow)].key == key)
        return m_lastKeyRow;
    const int row = m_rowByKey.value(key, -1);
    if (row >= 0)
        m_lastKeyRow = row;
    return row;
}

void TimelineModel::rebuildKeyIndex() {
    m_rowByKey.clear();
    m_rowByKey.reserve(qsizetype(m_reports.size()));
    m_rowByFile.clear();
    m_rowByFile.reserve(qsizetype(m_reports.size()));
    // Bottom up, so that of two rows with one file the first wins, as a scan would find it.
    for (size_t row = m_reports.size(); row-- > 0;) {
        m_rowByKey.insert(m_reports[row].key, int(row));
        m_rowByFile.insert(m_reports[row].report->file, int(row));
    }
}

void TimelineModel::countInto(Slot &slot) {
    slot.entryCount = 0;
    slot.sourceCount = 0;
    slot.kinds = {};
    for (const TurningPoint &t : slot.report->turningPoints) {
        slot.entryCount += int(t.entries.size());
        slot.sourceCount += t.sourceCount();
        switch (TimelineFilter::kindOf(Utf16(t.kind))) {
        case TimelineFilter::EventKind:
            ++slot.kinds[0];
            break;
        case TimelineFilter::PolicyKind:
            ++slot.kinds[1];
            break;
        default:
            ++slot.kinds[2];
            break;
        }
    }
}

QMap<TimelineFilter::Kind, int> TimelineModel::kindCounts() const {
    std::array<int, 3> sum{};
    for (const Slot &slot : m_reports)
        for (size_t i = 0; i < sum.size(); ++i)
            sum[i] += slot.kinds[i];
    return {{TimelineFilter::EventKind, sum[0]},
            {TimelineFilter::PolicyKind, sum[1]},
            {TimelineFilter::OtherKind, sum[2]}};
}

TimelineModel::Slot TimelineModel::makeSlot(Report report) {
    Slot slot{m_nextKey++, std::make_unique<Report>(std::move(report)), nullptr};
    countInto(slot);
    return slot;
}

void TimelineModel::releaseLater(std::vector<std::unique_ptr<Report>> reports) {
    if (reports.empty())
        return;
    // While the application closes down there is no global pool any more: freed here then.
    QThreadPool *pool = QThreadPool::globalInstance();
    if (!pool)
        return;
    // QThreadPool::start() wants a copyable callable.
    auto doomed = std::make_shared<std::vector<std::unique_ptr<Report>>>(std::move(reports));
    pool->start([doomed]() mutable { doomed.reset(); });
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= NUM_COLUMNS)
        return {};
    if (!parent.isValid()) {
        return row < reportCount() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    switch (nodeType(parent)) {
    case NodeType::Report: {
        const Slot &slot = m_reports[size_t(parent.row())];
        if (row >= slot.report->turningPoints.size())
            return {};
        return createIndex(row, column, makeId(slot.key, 0));
    }
    case NodeType::TurningPoint: {
        const TurningPoint *tp = turningPointAt(parent);
        if (!tp || row >= tp->entries.size())
            return {};
        return createIndex(row, column,
                           makeId(keyOf(parent.internalId()), quint32(parent.row()) + 1));
    }
    case NodeType::Entry:
        return {};
    }
    return {};
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quint32 key = keyOf(child.internalId());
    const int reportRow = rowForKey(key);
    if (reportRow < 0)
        return {};
    const quint32 tpPlusOne = tpRowPlusOneOf(child.internalId());
    if (tpPlusOne == 0)
        return createIndex(reportRow, 0, quintptr(0));
    return createIndex(int(tpPlusOne - 1), 0, makeId(key, 0));
}

int TimelineModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return reportCount();
    if (parent.column() != 0)
        return 0;
    switch (nodeType(parent)) {
    case NodeType::Report:
        return int(m_reports[size_t(parent.row())].report->turningPoints.size());
    case NodeType::TurningPoint: {
        const TurningPoint *tp = turningPointAt(parent);
        return tp ? int(tp->entries.size()) : 0;
    }
    case NodeType::Entry:
        return 0;
    }
    return 0;
}

int TimelineModel::columnCount(const QModelIndex &) const {
    return NUM_COLUMNS;
}

TimelineModel::NodeType TimelineModel::nodeType(const QModelIndex &index) const {
    if (index.internalId() == 0)
        return NodeType::Report;
    return tpRowPlusOneOf(index.internalId()) == 0 ? NodeType::TurningPoint : NodeType::Entry;
}

const Report *TimelineModel::reportAt(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == 0 ? index.row() : rowForKey(keyOf(index.internalId()));
    if (row < 0 || row >= reportCount())
        return nullptr;
    return m_reports[size_t(row)].report.get();
}

const TurningPoint *TimelineModel::turningPointAt(const QModelIndex &index) const {
    const Report *r = reportAt(index);
    if (!r)
        return nullptr;
    int tpRow = -1;
    switch (nodeType(index)) {
    case NodeType::Report:
        return nullptr;
    case NodeType::TurningPoint:
        tpRow = index.row();
        break;
    case NodeType::Entry:
        tpRow = int(tpRowPlusOneOf(index.internalId())) - 1;
        break;
    }
    if (tpRow < 0 || tpRow >= r->turningPoints.size())
        return nullptr;
    return &r->turningPoints[tpRow];
}

const Entry *TimelineModel::entryAt(const QModelIndex &index) const {
    if (!index.isValid() || nodeType(index) != NodeType::Entry)
        return nullptr;
    const TurningPoint *tp = turningPointAt(index);
    if (!tp || index.row() >= tp->entries.size())
        return nullptr;
    return &tp->entries[index.row()];
}

QModelIndex TimelineModel::reportIndex(int row, int column) const {
    return index(row, column);
}

QModelIndex TimelineModel::turningPointIndex(int reportRow, int tpRow, int column) const {
    return index(tpRow, column, reportIndex(reportRow));
}

QModelIndex TimelineModel::entryIndex(int reportRow, int tpRow, int entryRow, int column) const {
    return index(entryRow, column, turningPointIndex(reportRow, tpRow));
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    return flagsOf(nodeType(index));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NodeType type = nodeType(index);
    const Report *report = reportAt(index);
    if (!report)
        return {};
    const TurningPoint *tp = turningPointAt(index);
    const Entry *entry = entryAt(index);
    if (type != NodeType::Report && !tp)
        return {};
    if (type == NodeType::Entry && !entry)
        return {};
    if (role == ChangeRole) {
        if (type == NodeType::Report)
            return {};
        const int row = rowForKey(keyOf(index.internalId()));
        const int tpRow = type == NodeType::TurningPoint ? index.row() : index.parent().row();
        if (type == NodeType::TurningPoint) {
            const TurningPointChange *change = turningPointChange(row, tpRow);
            return change ? QVariant(int(change->change)) : QVariant();
        }
        const EntryChange *change = entryChange(row, tpRow, index.row());
        return change ? QVariant(int(change->change)) : QVariant();
    }

    // Gather the per-node values once; each role below picks from them.
    DateSpan date;
    if (type == NodeType::TurningPoint)
        date.start = tp->date;
    else if (type == NodeType::Entry)
        date = entry->date;
    else if (report->periodStart.isValid())
        date = DateSpan{report->periodStart, report->periodEnd};
    else
        date.start = report->periodEnd;

    QVariant confidence;
    if (type == NodeType::TurningPoint && tp->confidence)
        confidence = *tp->confidence;

    // Only the roles that show it convert the title to a QString.
    const auto title = [&]() -> QString {
        return type == NodeType::Report  ? report->title
               : type == NodeType::Entry ? entry->title.toString()
                                         : tp->dateText.toString();
    };
    int entryCount = 0;
    int sourceCount = 0;
    switch (type) {
    case NodeType::Report:
        entryCount = m_reports[size_t(index.row())].entryCount;
        sourceCount = m_reports[size_t(index.row())].sourceCount;
        break;
    case NodeType::TurningPoint:
        entryCount = int(tp->entries.size());
        sourceCount = tp->sourceCount();
        break;
    case NodeType::Entry:
        sourceCount = int(entry->sources.size());
        break;
    }

    switch (role) {
    case Qt::DisplayRole:
        // No ToolTipRole: QToolTip guesses rich text, and report text must never be rendered as
        // HTML. Views build their own plain-text tooltips.
        switch (index.column()) {
        case DateColumn:
            return date.toIso();
        case ConfidenceColumn:
            return confidence;
        case KindColumn:
            return type == NodeType::Entry          ? entry->label.toString()
                   : type == NodeType::TurningPoint ? tp->kind.toString()
                                                    : QString();
        case TitleColumn:
            if (type == NodeType::TurningPoint) {
                // A turning point has no title of its own: what it is about is its entries.
                QStringList titles;
                for (const Entry &e : tp->entries)
                    titles.append(e.title);
                return titles.join(QStringLiteral("; "));
            }
            return title();
        case EntryCountColumn:
            return type == NodeType::Entry ? QVariant() : QVariant(entryCount);
        case SourceCountColumn:
            return sourceCount;
        case ChangeColumn:
            return data(index, ChangeRole);
        }
        return {};
    case NodeTypeRole:
        return int(type);
    case DateStartRole:
        return julianDay(date.firstDay());
    case DateEndRole:
        return julianDay(date.lastDay());
    case PrecisionRole:
        return int(date.start.precision);
    case DateIsoRole:
        return date.toIso();
    case ConfidenceRole:
        return confidence;
    case KindRole:
        return type == NodeType::TurningPoint ? tp->kind.toString() : QString();
    case NothingFoundRole:
        return type == NodeType::TurningPoint && tp->nothingFound;
    case SourcesRole: {
        QVariantList sources;
        if (type == NodeType::Entry) {
            appendSources(entry->sources, &sources);
        } else if (type == NodeType::TurningPoint) {
            for (const Entry &e : tp->entries)
                appendSources(e.sources, &sources);
        }
        return sources;
    }
    case LinkStatusRole: {
        QVariantList statuses;
        if (type == NodeType::Entry) {
            appendLinkStatuses(entry->sources, m_linkResults, &statuses);
        } else if (type == NodeType::TurningPoint) {
            for (const Entry &e : tp->entries)
                appendLinkStatuses(e.sources, m_linkResults, &statuses);
        }
        return statuses;
    }
    case LinkProblemCountRole: {
        if (m_linkResults.isEmpty())
            return 0;
        if (type == NodeType::Entry)
            return countLinkProblems(entry->sources, m_linkResults);
        int n = 0;
        const auto addTurningPoint = [&n, this](const TurningPoint &t) {
            for (const Entry &e : t.entries)
                n += countLinkProblems(e.sources, m_linkResults);
        };
        if (type == NodeType::TurningPoint) {
            addTurningPoint(*tp);
        } else {
            for (const TurningPoint &t : report->turningPoints)
                addTurningPoint(t);
        }
        return n;
    }
    case LineRole:
        return type == NodeType::Report  ? report->titleLine
               : type == NodeType::Entry ? entry->line
                                         : tp->line;
    case ReportRowRole:
        return rowForKey(index.internalId() == 0 ? m_reports[size_t(index.row())].key
                                                 : keyOf(index.internalId()));
    case EntryCountRole:
        return entryCount;
    case SourceCountRole:
        return sourceCount;
    case TitleRole:
        return title();
    case LabelRole:
        return type == NodeType::Entry ? entry->label.toString() : QString();
    case SortRole:
        switch (index.column()) {
        case DateColumn: {
            const QDate first = date.firstDay();
            return first.isValid() ? first.toJulianDay() : UndatedSortKey;
        }
        case ConfidenceColumn:
            // Unscored sorts below every score.
            return confidence.isValid() ? confidence.toDouble() : -1.0;
        case EntryCountColumn:
            return entryCount;
        case SourceCountColumn:
            return sourceCount;
        case ChangeColumn:
            // Without a baseline nothing differs: sorts with the unchanged.
            return data(index, ChangeRole).toInt();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        //: Outline column header
        return tr("Date");
    case ConfidenceColumn:
        //: Outline column header
        return tr("Confidence");
    case KindColumn:
        //: Outline column header: kind of turning point (事件/政策) or category label of an entry
        return tr("Kind");
    case TitleColumn:
        //: Outline column header
        return tr("Title");
    case EntryCountColumn:
        //: Outline column header: number of entries
        return tr("Entries");
    case SourceCountColumn:
        //: Outline column header: number of cited sources
        return tr("Sources");
    case ChangeColumn:
        //: Outline column header: how a turning point differs from the earlier version
        //: (File → Compare With…): added, removed, re-scored, changed
        return tr("Change");
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeTypeRole, "nodeType");
    names.insert(DateStartRole, "dateStart");
    names.insert(DateEndRole, "dateEnd");
    names.insert(PrecisionRole, "precision");
    names.insert(ConfidenceRole, "confidence");
    names.insert(KindRole, "kind");
    names.insert(NothingFoundRole, "nothingFound");
    names.insert(SourcesRole, "sources");
    names.insert(SortRole, "sort");
    names.insert(LineRole, "line");
    names.insert(ReportRowRole, "reportRow");
    names.insert(EntryCountRole, "entryCount");
    names.insert(SourceCountRole, "sourceCount");
    names.insert(TitleRole, "title");
    names.insert(LabelRole, "label");
    names.insert(DateIsoRole, "dateIso");
    names.insert(LinkStatusRole, "linkStatus");
    names.insert(LinkProblemCountRole, "linkProblemCount");
    names.insert(ChangeRole, "change");
    return names;
}

int TimelineModel::addReport(Report report) {
    std::vector<Report> one;
    one.push_back(std::move(report));
    return addReports(std::move(one));
}

int TimelineModel::addReports(std::vector<Report> reports) {
    const int first = reportCount();
    if (reports.empty())
        return first;
    beginInsertRows({}, first, first + int(reports.size()) - 1);
    for (Report &report : reports) {
        const int row = reportCount();
        m_reports.push_back(makeSlot(std::move(report)));
        const Slot &slot = m_reports.back();
        m_rowByKey.insert(slot.key, row);
        if (!m_rowByFile.contains(slot.report->file))
            m_rowByFile.insert(slot.report->file, row);
        m_turningPointTotal += int(slot.report->turningPoints.size());
    }
    endInsertRows();
    return first;
}

void TimelineModel::replaceReport(int row, Report report) {
    if (row < 0 || row >= reportCount())
        return;
    Slot &slot = m_reports[size_t(row)];
    Report &current = *slot.report;
    const QModelIndex parentIndex = reportIndex(row);
    const QString oldFile = current.file;
    // Compared while the new version is still whole; the comparison holds only row numbers, so
    // it stays right once the rows below have moved into `current`.
    if (slot.versions)
        slot.versions = compareVersions(std::move(slot.versions->baseline), report);
    // Children go and come as rows while the report row itself stays: selection and expansion of
    // the report survive a reload, and views only redo what changed. In between, the stored
    // report must agree with the signals, so its turning points move in and out at the right time.
    if (!current.turningPoints.isEmpty()) {
        beginRemoveRows(parentIndex, 0, int(current.turningPoints.size()) - 1);
        // The old turning points are freed with the report holding them, off this thread.
        auto old = std::make_unique<Report>();
        old->turningPoints = std::move(current.turningPoints);
        current.turningPoints.clear();
        m_turningPointTotal -= int(old->turningPoints.size());
        countInto(slot);
        std::vector<std::unique_ptr<Report>> doomed;
        doomed.push_back(std::move(old));
        releaseLater(std::move(doomed));
        endRemoveRows();
    }
    QList<TurningPoint> turningPoints = std::move(report.turningPoints);
    report.turningPoints.clear();
    current = std::move(report);
    if (!turningPoints.isEmpty()) {
        beginInsertRows(parentIndex, 0, int(turningPoints.size()) - 1);
        current.turningPoints = std::move(turningPoints);
        m_turningPointTotal += int(current.turningPoints.size());
        countInto(slot);
        endInsertRows();
    }
    if (current.file != oldFile)
        rebuildKeyIndex();
    emit dataChanged(reportIndex(row, 0), reportIndex(row, NUM_COLUMNS - 1));
}

std::unique_ptr<TimelineModel::Versions> TimelineModel::compareVersions(Report baseline,
                                                                        const Report &current) {
    auto versions = std::make_unique<Versions>();
    versions->baseline = std::move(baseline);
    versions->comparison = ReportComparison::compare(versions->baseline, current);
    versions->changeOfTurningPoint.assign(size_t(current.turningPoints.size()), -1);
    const QList<TurningPointChange> &changes = versions->comparison.turningPoints;
    for (int i = 0; i < changes.size(); ++i) {
        const int newIndex = changes.at(i).newIndex;
        if (newIndex >= 0 && size_t(newIndex) < versions->changeOfTurningPoint.size())
            versions->changeOfTurningPoint[size_t(newIndex)] = i;
    }
    return versions;
}

void TimelineModel::setBaseline(int row, Report oldVersion) {
    if (row < 0 || row >= reportCount())
        return;
    Slot &slot = m_reports[size_t(row)];
    slot.versions = compareVersions(std::move(oldVersion), *slot.report);
    emitChangeRoleChanged(row);
    emit baselineChanged(row);
}

void TimelineModel::clearBaseline(int row) {
    if (row < 0 || row >= reportCount() || !m_reports[size_t(row)].versions)
        return;
    m_reports[size_t(row)].versions.reset();
    emitChangeRoleChanged(row);
    emit baselineChanged(row);
}

const Report *TimelineModel::baseline(int row) const {
    if (row < 0 || row >= reportCount() || !m_reports[size_t(row)].versions)
        return nullptr;
    return &m_reports[size_t(row)].versions->baseline;
}

const ReportComparison *TimelineModel::comparison(int row) const {
    if (row < 0 || row >= reportCount() || !m_reports[size_t(row)].versions)
        return nullptr;
    return &m_reports[size_t(row)].versions->comparison;
}

const TurningPointChange *TimelineModel::turningPointChange(int row, int tp) const {
    if (row < 0 || row >= reportCount() || !m_reports[size_t(row)].versions)
        return nullptr;
    const Versions &v = *m_reports[size_t(row)].versions;
    if (tp < 0 || size_t(tp) >= v.changeOfTurningPoint.size())
        return nullptr;
    const int i = v.changeOfTurningPoint[size_t(tp)];
    return i >= 0 ? &v.comparison.turningPoints.at(i) : nullptr;
}

const EntryChange *TimelineModel::entryChange(int row, int tp, int entry) const {
    const TurningPointChange *change = turningPointChange(row, tp);
    if (!change)
        return nullptr;
    for (const EntryChange &e : change->entries)
        if (e.newIndex == entry)
            return &e;
    return nullptr;
}

void TimelineModel::emitChangeRoleChanged(int row) {
    const Report &r = report(row);
    if (r.turningPoints.isEmpty())
        return;
    const QList<int> roles{ChangeRole};
    emit dataChanged(turningPointIndex(row, 0),
                     turningPointIndex(row, int(r.turningPoints.size()) - 1, NUM_COLUMNS - 1),
                     roles);
    for (int t = 0; t < r.turningPoints.size(); ++t) {
        const int entries = int(r.turningPoints.at(t).entries.size());
        if (entries > 0)
            emit dataChanged(entryIndex(row, t, 0),
                             entryIndex(row, t, entries - 1, NUM_COLUMNS - 1), roles);
    }
}

void TimelineModel::removeReport(int row) {
    if (row < 0 || row >= reportCount())
        return;
    beginRemoveRows({}, row, row);
    std::vector<std::unique_ptr<Report>> doomed;
    doomed.push_back(std::move(m_reports[size_t(row)].report));
    m_turningPointTotal -= int(doomed.back()->turningPoints.size());
    m_reports.erase(m_reports.begin() + row);
    rebuildKeyIndex();
    endRemoveRows();
    releaseLater(std::move(doomed));
}

void TimelineModel::clear() {
    if (m_reports.empty())
        return;
    beginRemoveRows({}, 0, reportCount() - 1);
    std::vector<std::unique_ptr<Report>> doomed;
    doomed.reserve(m_reports.size());
    for (Slot &slot : m_reports)
        doomed.push_back(std::move(slot.report));
    m_reports.clear();
    m_rowByKey.clear();
    m_rowByFile.clear();
    m_turningPointTotal = 0;
    endRemoveRows();
    releaseLater(std::move(doomed));
}

void TimelineModel::setLinkResults(const QHash<QString, LinkCheckResult> &results) {
    // URLs whose result appeared, went or changed: only nodes citing one of them change.
    QSet<QString> changed;
    for (auto it = results.constBegin(); it != results.constEnd(); ++it) {
        const auto old = m_linkResults.constFind(it.key());
        if (old == m_linkResults.constEnd() || *old != *it)
            changed.insert(it.key());
    }
    for (auto it = m_linkResults.constBegin(); it != m_linkResults.constEnd(); ++it) {
        if (!results.contains(it.key()))
            changed.insert(it.key());
    }
    m_linkResults = results;
    if (changed.isEmpty())
        return;

    const QList<int> roles{LinkStatusRole, LinkProblemCountRole};
    const auto cites = [&changed](const Entry &e) {
        for (const Source &s : e.sources) {
            if (changed.contains(s.url))
                return true;
        }
        return false;
    };
    for (int r = 0; r < reportCount(); ++r) {
        const Report &rep = report(r);
        bool reportAffected = false;
        for (int t = 0; t < rep.turningPoints.size(); ++t) {
            bool tpAffected = false;
            const CompactList<Entry> &entries = rep.turningPoints[t].entries;
            for (int e = 0; e < entries.size(); ++e) {
                if (!cites(entries[e]))
                    continue;
                tpAffected = true;
                emit dataChanged(entryIndex(r, t, e, 0), entryIndex(r, t, e, NUM_COLUMNS - 1),
                                 roles);
            }
            if (tpAffected) {
                reportAffected = true;
                emit dataChanged(turningPointIndex(r, t, 0),
                                 turningPointIndex(r, t, NUM_COLUMNS - 1), roles);
            }
        }
        if (reportAffected)
            emit dataChanged(reportIndex(r, 0), reportIndex(r, NUM_COLUMNS - 1), roles);
    }
}

int TimelineModel::findReport(const QString &file) const {
    return m_rowByFile.value(file, -1);
}

} // namespace Turnpoint

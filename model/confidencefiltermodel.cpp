#include "confidencefiltermodel.h"

#include "timelinemodel.h"

#include <algorithm>

namespace Turnpoint {

ConfidenceFilterModel::ConfidenceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(TimelineModel::SortRole);
    // Children of an accepted turning point (its entries) must be filtered by their parent, not
    // pulled up on their own, so recursive filtering stays off.
    setRecursiveFilteringEnabled(false);
}

void ConfidenceFilterModel::setSourceModel(QAbstractItemModel *model) {
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_reportMatches.clear();
    if (model) {
        // Connected before QSortFilterProxyModel connects its own handlers, so the cache is gone
        // before the proxy passes a change on to the views and they ask again.
        const auto forget = [this] { m_reportMatches.clear(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, forget),
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget),
            connect(model, &QAbstractItemModel::dataChanged, this, forget),
            // And after: the rows now mean something else than while they were changing.
            connect(model, &QAbstractItemModel::rowsInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsMoved, this, forget),
            connect(model, &QAbstractItemModel::modelReset, this, forget),
            connect(model, &QAbstractItemModel::layoutChanged, this, forget),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

bool ConfidenceFilterModel::passes(std::optional<double> confidence, int minimumConfidence) {
    return TimelineFilter::passesConfidence(confidence, minimumConfidence);
}

void ConfidenceFilterModel::setMinimumConfidence(int percent) {
    TimelineFilter next = m_filter;
    next.setMinimumConfidence(percent);
    apply(next);
}

void ConfidenceFilterModel::setFilter(const TimelineFilter &filter) {
    apply(filter);
}

void ConfidenceFilterModel::clearFilters() {
    TimelineFilter next = m_filter;
    next.clear();
    apply(next);
}

void ConfidenceFilterModel::setKindFilter(TimelineFilter::Kinds kinds) {
    TimelineFilter next = m_filter;
    next.setKinds(kinds);
    apply(next);
}

void ConfidenceFilterModel::setLabelFilter(const QSet<QString> &labels) {
    TimelineFilter next = m_filter;
    next.setLabels(labels);
    apply(next);
}

void ConfidenceFilterModel::setHideNothingFound(bool hide) {
    TimelineFilter next = m_filter;
    next.setHideNothingFound(hide);
    apply(next);
}

void ConfidenceFilterModel::setDateRange(const PartialDate &from, const PartialDate &to) {
    TimelineFilter next = m_filter;
    next.setDateRange(from, to);
    apply(next);
}

void ConfidenceFilterModel::setSearchText(const QString &text) {
    TimelineFilter next = m_filter;
    next.setSearchText(text);
    apply(next);
}

void ConfidenceFilterModel::setSearchMode(TimelineFilter::SearchMode mode) {
    TimelineFilter next = m_filter;
    next.setSearchMode(mode);
    apply(next);
}

void ConfidenceFilterModel::apply(const TimelineFilter &next) {
    if (next == m_filter)
        return;
    const TimelineFilter old = m_filter;
    m_filter = next;
    m_reportMatches.clear();

    const bool confidenceChanged = old.minimumConfidence() != next.minimumConfidence();
    const bool kindsChanged = old.kinds() != next.kinds();
    const bool labelsChanged = old.labels() != next.labels();
    const bool nothingFoundChanged = old.hidesNothingFound() != next.hidesNothingFound();
    const bool datesChanged = old.dateFrom() != next.dateFrom() || old.dateTo() != next.dateTo();
    const bool searchChanged = old.searchText() != next.searchText();
    const bool modeChanged = old.searchMode() != next.searchMode();
    const bool matchesChanged = old.search().terms() != next.search().terms();

    // Only turning-point rows change acceptance; invalidateRowsFilter() keeps the sort and the
    // column mapping instead of rebuilding everything. A search that only highlights hides
    // nothing, so typing in highlight mode does not re-filter at all.
    const bool rowsMayChange =
        confidenceChanged || kindsChanged || labelsChanged || nothingFoundChanged || datesChanged ||
        ((old.searchHides() || next.searchHides()) && (matchesChanged || modeChanged));
    if (rowsMayChange)
        invalidateRowsFilter();
    if (matchesChanged)
        emitSearchMatchChanged({});

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
    emit filterChanged();
}

void ConfidenceFilterModel::emitSearchMatchChanged(const QModelIndex &parent) {
    // Highlighting changes on rows that stay: tell the views, one range per parent, for the
    // single role that changed.
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, columnCount(parent) - 1, parent),
                     {SearchMatchRole});
    for (int r = 0; r < rows; ++r) {
        const QModelIndex child = index(r, 0, parent);
        if (hasChildren(child))
            emitSearchMatchChanged(child);
    }
}

const TimelineModel *ConfidenceFilterModel::timelineModel() const {
    return qobject_cast<const TimelineModel *>(sourceModel());
}

QList<const Report *> ConfidenceFilterModel::sourceReports() const {
    QList<const Report *> reports;
    if (const TimelineModel *timeline = timelineModel()) {
        reports.reserve(timeline->reportCount());
        for (int r = 0; r < timeline->reportCount(); ++r)
            reports.append(&timeline->report(r));
    }
    return reports;
}

namespace {
const TurningPoint *turningPointOf(const TimelineModel *timeline, int report, int turningPoint) {
    if (!timeline || report < 0 || report >= timeline->reportCount())
        return nullptr;
    const QList<TurningPoint> &tps = timeline->report(report).turningPoints;
    return turningPoint >= 0 && turningPoint < tps.size() ? &tps.at(turningPoint) : nullptr;
}
} // namespace

bool ConfidenceFilterModel::acceptsTurningPoint(int report, int turningPoint) const {
    const TurningPoint *tp = turningPointOf(timelineModel(), report, turningPoint);
    return tp && m_filter.accepts(*tp);
}

bool ConfidenceFilterModel::turningPointMatchesSearch(int report, int turningPoint) const {
    const TurningPoint *tp = turningPointOf(timelineModel(), report, turningPoint);
    return tp && !m_filter.search().isEmpty() && m_filter.search().matches(*tp);
}

SearchText::Statistics ConfidenceFilterModel::searchStatistics() const {
    SearchText::Statistics statistics;
    if (m_filter.search().isEmpty())
        return statistics;
    TimelineFilter others = m_filter;
    others.setSearchMode(TimelineFilter::SearchMode::HighlightMatches);
    for (const Report *r : sourceReports()) {
        for (const TurningPoint &tp : r->turningPoints) {
            if (others.accepts(tp))
                m_filter.search().count(tp, &statistics);
        }
    }
    return statistics;
}

QList<TimelineFilter::LabelCount> ConfidenceFilterModel::availableLabels() const {
    return TimelineFilter::labelCounts(sourceReports());
}

QMap<TimelineFilter::Kind, int> ConfidenceFilterModel::availableKinds() const {
    return TimelineFilter::kindCounts(sourceReports());
}

QVariant ConfidenceFilterModel::data(const QModelIndex &index, int role) const {
    if (role != SearchMatchRole)
        return QSortFilterProxyModel::data(index, role);
    const TimelineModel *timeline = timelineModel();
    if (!timeline || !index.isValid() || m_filter.search().isEmpty())
        return false;
    const QModelIndex source = mapToSource(index);
    switch (timeline->nodeType(source)) {
    case TimelineModel::NodeType::Report: {
        const auto cached = m_reportMatches.constFind(source.row());
        if (cached != m_reportMatches.constEnd())
            return *cached;
        const Report *r = timeline->reportAt(source);
        if (!r)
            return false;
        const bool any = std::any_of(
            r->turningPoints.cbegin(), r->turningPoints.cend(), [this](const TurningPoint &tp) {
                return m_filter.accepts(tp) && m_filter.search().matches(tp);
            });
        m_reportMatches.insert(source.row(), any);
        return any;
    }
    case TimelineModel::NodeType::TurningPoint: {
        const TurningPoint *tp = timeline->turningPointAt(source);
        return tp && m_filter.search().matches(*tp);
    }
    case TimelineModel::NodeType::Entry: {
        const Entry *e = timeline->entryAt(source);
        return e && m_filter.search().matches(*e);
    }
    }
    return false;
}

QHash<int, QByteArray> ConfidenceFilterModel::roleNames() const {
    QHash<int, QByteArray> names = QSortFilterProxyModel::roleNames();
    names.insert(SearchMatchRole, "searchMatch");
    return names;
}

bool ConfidenceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!sourceParent.isValid())
        return true; // reports always stay
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (const TimelineModel *timeline = timelineModel()) {
        // The direct path: no QVariant per row, which matters with many turning points.
        if (timeline->nodeType(index) != TimelineModel::NodeType::TurningPoint)
            return true; // entries follow their turning point
        const TurningPoint *tp = timeline->turningPointAt(index);
        return tp && m_filter.accepts(*tp);
    }
    const auto type = TimelineModel::NodeType(index.data(TimelineModel::NodeTypeRole).toInt());
    if (type != TimelineModel::NodeType::TurningPoint)
        return true;
    const QVariant confidence = index.data(TimelineModel::ConfidenceRole);
    return passes(confidence.isValid() ? std::optional<double>(confidence.toDouble())
                                       : std::nullopt,
                  m_filter.minimumConfidence());
}

} // namespace Turnpoint

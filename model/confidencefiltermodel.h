#pragma once

#include "searchtext.h"
#include "timelinefilter.h"

#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace Turnpoint {

class TimelineModel;

// The views' filter over the TimelineModel: applies a TimelineFilter (confidence threshold,
// kinds, entry categories, nothing-found periods, date range, text search; all combined) to the
// turning points, with their entries. Reports always stay. A turning point without a confidence
// shows only at threshold 0: an unscored claim is not evidence above any bar.
//
// The filters other than the confidence threshold read the parsed structs, so they need a
// TimelineModel as source; over any other model only the threshold applies (through the roles).
//
// Each part has its own setter and notify signal; filterChanged() follows any change, after the
// rows have been updated, for the status bar (filterDescription()), search statistics and the
// confidence histogram (ConfidenceHistogram::fromProxy()).
class ConfidenceFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    Q_PROPERTY(int minimumConfidence READ minimumConfidence WRITE setMinimumConfidence NOTIFY
                   minimumConfidenceChanged)
    Q_PROPERTY(bool hideNothingFound READ hideNothingFound WRITE setHideNothingFound NOTIFY
                   hideNothingFoundChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)

public:
    enum Roles {
        // bool, on report, turning point and entry nodes: the node matches the search text
        // (a report: one of its turning points does). False while the search is blank. Set in
        // both search modes, so views can highlight. Far above TimelineModel's roles so new
        // roles there cannot collide.
        SearchMatchRole = Qt::UserRole + 0x100,
    };
    Q_ENUM(Roles)

    explicit ConfidenceFilterModel(QObject *parent = nullptr);

    int minimumConfidence() const { return m_filter.minimumConfidence(); }
    void setMinimumConfidence(int percent); // clamped to 0-100

    // The same rule the filter applies, for exporters and views that need it without a proxy.
    static bool passes(std::optional<double> confidence, int minimumConfidence);

    // All filters at once (one re-filter); emits the signals of the parts that changed.
    const TimelineFilter &filter() const { return m_filter; }
    void setFilter(const TimelineFilter &filter);
    // Resets every filter except the confidence threshold (see TimelineFilter::clear()).
    void clearFilters();

    TimelineFilter::Kinds kindFilter() const { return m_filter.kinds(); }
    void setKindFilter(TimelineFilter::Kinds kinds);

    const QSet<QString> &labelFilter() const { return m_filter.labels(); }
    void setLabelFilter(const QSet<QString> &labels);

    bool hideNothingFound() const { return m_filter.hidesNothingFound(); }
    void setHideNothingFound(bool hide);

    const PartialDate &dateFrom() const { return m_filter.dateFrom(); }
    const PartialDate &dateTo() const { return m_filter.dateTo(); }
    void setDateRange(const PartialDate &from, const PartialDate &to); // invalid = open end
    void clearDateRange() { setDateRange({}, {}); }

    const QString &searchText() const { return m_filter.searchText(); }
    void setSearchText(const QString &text);
    TimelineFilter::SearchMode searchMode() const { return m_filter.searchMode(); }
    void setSearchMode(TimelineFilter::SearchMode mode);

    // For the status bar: what is active (TimelineFilter::description()), translated.
    QString filterDescription() const { return m_filter.description(); }
    // Matches of the search among the turning points that pass every other filter (so in
    // highlight mode, among those shown): "4 matches in 3 turning points".
    SearchText::Statistics searchStatistics() const;
    // Labels and kind buckets with their counts over all loaded data (not just what is shown),
    // for the filter's checkboxes.
    QList<TimelineFilter::LabelCount> availableLabels() const;
    QMap<TimelineFilter::Kind, int> availableKinds() const;

    // Whether turning point `turningPoint` of report `report` (rows in the source TimelineModel)
    // passes every filter, and whether it matches the search text (false while the search is
    // blank). What the chart asks per marker: no index mapping, no QVariant. False for rows
    // that do not exist or without a TimelineModel source.
    bool acceptsTurningPoint(int report, int turningPoint) const;
    bool turningPointMatchesSearch(int report, int turningPoint) const;

    // The source as a TimelineModel (nullptr for any other source), and its reports in order.
    const TimelineModel *timelineModel() const;
    QList<const Report *> sourceReports() const;

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void minimumConfidenceChanged(int percent);
    void kindFilterChanged(Turnpoint::TimelineFilter::Kinds kinds);
    void labelFilterChanged(const QSet<QString> &labels);
    void hideNothingFoundChanged(bool hide);
    void dateRangeChanged(const Turnpoint::PartialDate &from, const Turnpoint::PartialDate &to);
    void searchTextChanged(const QString &text);
    void searchModeChanged(Turnpoint::TimelineFilter::SearchMode mode);
    // After any of the above (once per setFilter()/clearFilters()), rows already updated.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void apply(const TimelineFilter &next);
    void emitSearchMatchChanged(const QModelIndex &parent);

    TimelineFilter m_filter;
    // SearchMatchRole of report nodes by source report row: a report row is painted often and
    // answering means searching all its turning points. Dropped on every change of the filter or
    // of the source's rows, so a row always means the same report while an answer is kept.
    mutable QHash<int, bool> m_reportMatches;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Turnpoint

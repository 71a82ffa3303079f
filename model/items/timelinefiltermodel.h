#pragma once

#include "searchstatisticsjob.h"
#include "searchtext.h"
#include "timelinefilter.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace Turnpoint {

class TimelineModel;
struct Report;

// The views' filter over the TimelineModel: applies a TimelineFilter (confidence threshold,
// kinds, entry categories, nothing-found periods, date range, text search; all combined) to the
// turning points, with their entries. Reports always stay. A turning point without a confidence
// shows only at threshold 0: an unscored claim is not evidence above any bar.
//
// A purpose-built proxy for the TimelineModel's three levels (report -> turning point -> entry),
// not a QSortFilterProxyModel: it keeps per report one vector of the visible turning points,
// rebuilt in one pass when the filter changes, and an accept bit per turning point, so a slider
// step over a million turning points costs one pass and one layoutChanged instead of a
// rowsRemoved/rowsInserted pair per run of rows. The source must be a TimelineModel (the filters
// read the parsed structs); over any other model the proxy has no rows.
//
// Sorting (sort(), the outline's header): turning points are sorted within their report and
// entries within their turning point by the column's TimelineModel::SortRole value; ties keep
// the file's order in either direction. Reports keep the order they were opened in, whatever
// the column or direction: an analyst who opened Yunnan, then Guangxi, expects to find them in
// that order.
//
// Each part has its own setter and notify signal; filterChanged() follows any change, after the
// rows have been updated, for the status bar (filterDescription()), search statistics and the
// confidence histogram (ConfidenceHistogram::fromProxy()).
class TimelineFilterModel : public QAbstractProxyModel {
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

    explicit TimelineFilterModel(QObject *parent = nullptr);
    ~TimelineFilterModel() override;

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

    // TimelineFilter::setOnlyChanges(): hides unchanged turning points of compared reports.
    // Follows TimelineModel::baselineChanged (a comparison set or cleared re-filters).
    bool onlyChanges() const { return m_filter.onlyChanges(); }
    void setOnlyChanges(bool only);

    // For the status bar: what is active (TimelineFilter::description()), translated.
    QString filterDescription() const { return m_filter.description(); }
    // Matches of the search among the turning points that pass every other filter (so in
    // highlight mode, among those shown): "4 matches in 3 turning points".
    SearchText::Statistics searchStatistics() const;
    // The same count as a job to run elsewhere (a worker thread): at a million turning points
    // counting takes a second.
    SearchStatisticsJob searchStatisticsJob() const;
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

    // The column and direction of the last sort(); -1: the file's order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void minimumConfidenceChanged(int percent);
    void kindFilterChanged(Turnpoint::TimelineFilter::Kinds kinds);
    void labelFilterChanged(const QSet<QString> &labels);
    void hideNothingFoundChanged(bool hide);
    void dateRangeChanged(const Turnpoint::PartialDate &from, const Turnpoint::PartialDate &to);
    void searchTextChanged(const QString &text);
    void searchModeChanged(Turnpoint::TimelineFilter::SearchMode mode);
    void onlyChangesChanged(bool only);
    // After any of the above (once per setFilter()/clearFilters()), rows already updated.
    void filterChanged();

private:
    // Per turning point: bits of ReportRows::flags.
    enum Flag : quint8 {
        PassesOthers = 0x1, // every filter but the confidence threshold
        Accepted = 0x2,     // every filter
        MatchesSearch = 0x4,
        // The turning point has entries: what QTreeView asks of every row it lays out, answered
        // from this byte instead of the turning point itself, which a million rows scatter
        // across the memory.
        HasEntries = 0x8,
    };
    // The rows of one report. Its proxy row is its source row.
    struct ReportRows {
        quint32 key = 0;           // stable identity inside the proxy's internalIds
        std::vector<int> shown;    // proxy row -> source turning point row
        std::vector<int> rowOf;    // source turning point row -> proxy row, -1 while hidden
        std::vector<int> order;    // source rows in sort order; empty: the file's order
        std::vector<quint8> flags; // per source turning point
        // Per source turning point, the highest threshold its confidence passes (-1: none;
        // passLevelOf()). A threshold step reads these bytes, not a million turning points
        // scattered across the memory.
        std::vector<qint8> passLevel;
        bool searchMatch = false; // SearchMatchRole of the report
        // Entries in sort order by source turning point row, made when first asked for (only
        // expanded turning points are); empty vector: the file's order.
        mutable QHash<int, std::vector<int>> entryOrder;
        // Source turning point rows whose entries this proxy has made indexes for (a view
        // expanded them, or mapped an entry): only those can be held or shown by a view, so only
        // they are told when the search highlighting of entries changes. Signalling every
        // turning point's entries made QTreeView look each one up in its list of a million
        // rows: a search at 1M froze the window for minutes.
        mutable QSet<int> entriesIndexed;
    };
    // A node by its rows in the source; -1 where the level does not apply (turningPoint -1: a
    // report; entry -1: a turning point). report -1: gone.
    struct Location {
        int report = -1;
        int turningPoint = -1;
        int entry = -1;
        int column = 0;
    };
    // A source change that began (rowsAboutToBeInserted/Removed) and ends with rowsInserted/
    // Removed: what the proxy does at its end.
    enum class Pending {
        None,
        RemoveReports, // rows of reports: rowsRemoved
        RemoveRows,    // shown turning points of a report, one range: rowsRemoved
        RemoveHidden,  // hidden turning points at the end of a report: nothing to tell
        InsertRows,    // turning points into a report that shows none: rowsInserted
        Layout,        // anything else: a layout change
    };

    void apply(const TimelineFilter &next);
    void refilter(bool others, bool search);
    void emitSearchMatchChanged();

    const Report *sourceReport(int row) const;
    // Report row of a proxy key, -1 for none.
    int rowOfKey(quint32 key) const;
    ReportRows makeRows(int report, quint32 key) const;
    // Recomputes Accepted, and PassesOthers / MatchesSearch when `others` / `search`; with
    // `searchMatches` (one byte per turning point, non-zero: matches) the search's verdicts are
    // taken from there instead of being worked out again.
    void computeFlags(ReportRows *rows, int reportRow, const Report &report, bool others,
                      bool search, const std::vector<quint8> *searchMatches = nullptr) const;
    static qint8 passLevelOf(std::optional<double> confidence);
    // The search's verdict for every turning point of every report, worked out on all cores.
    std::vector<std::vector<quint8>> matchSearchInParallel() const;
    void sortRows(ReportRows *rows, int reportRow, const Report &report) const;
    // The order of the Change column (TimelineModel::ChangeRole): from the model's comparison,
    // not the Report structs; empty when the report has no baseline.
    std::vector<int> changeOrder(int reportRow, const Report &report) const;
    std::vector<int> entryChangeOrder(int reportRow, int turningPoint, int entries) const;
    static std::vector<int> collectShown(const ReportRows &rows);
    static void setShown(ReportRows *rows, std::vector<int> shown);
    static void updateSearchMatch(ReportRows *rows);
    void rebuildKeys();
    int entryCount(int report, int turningPoint) const;
    int sourceEntryRow(const ReportRows &rows, int report, int turningPoint, int proxyRow) const;
    int proxyEntryRow(const ReportRows &rows, int report, int turningPoint, int sourceRow) const;
    const std::vector<int> &entryOrder(const ReportRows &rows, int report, int turningPoint) const;

    Location locationOf(const QModelIndex &proxyIndex) const;
    Location sourceLocationOf(const QModelIndex &sourceIndex) const;
    QModelIndex indexAt(const Location &location) const;
    void beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint);
    void endLayoutChange(QAbstractItemModel::LayoutChangeHint hint);

    void connectSource(QAbstractItemModel *model);
    void sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void resetRows();

    TimelineFilter m_filter;
    const TimelineModel *m_timeline = nullptr;
    std::vector<ReportRows> m_rows; // by report row
    QHash<quint32, int> m_rowByKey;
    // The last report found by key: a view laying out a report's rows asks for the same key a
    // million times in a row. Checked against m_rows before use, so it never goes stale.
    mutable int m_lastKeyRow = -1;
    quint32 m_nextKey = 1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<QMetaObject::Connection> m_sourceConnections;

    // Between the two halves of a change: what began, and the persistent indexes to move.
    Pending m_pending = Pending::None;
    Location m_pendingParent; // the report or turning point whose rows change
    QModelIndexList m_pendingIndexes;
    QList<Location> m_pendingLocations;
    QList<QPersistentModelIndex> m_pendingSourceIndexes; // for a layout change of the source
};

} // namespace Turnpoint

#pragma once

#include "linkcheckresult.h"
#include "report.h"
#include "reportcomparison.h"
#include "timelinefilter.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QMap>

#include <array>
#include <memory>
#include <vector>

namespace Turnpoint {

// The reports as a tree: report -> turning point -> entry. Views bind to this (through the
// TimelineFilterModel); they never keep their own copy of the data. data() returns plain
// values only: presentation (HTML, colours, fonts) is the views' business.
class TimelineModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Columns {
        DateColumn = 0,
        ConfidenceColumn,
        KindColumn,
        TitleColumn,
        EntryCountColumn,
        SourceCountColumn,
        // How a turning point or entry differs from the report's baseline (ChangeRole as
        // DisplayRole; the outline words it). Last, so the columns before keep their numbers;
        // the outline shows it only while some report has a baseline.
        ChangeColumn,
        NUM_COLUMNS
    };
    Q_ENUM(Columns)

    enum class NodeType { Report, TurningPoint, Entry };
    Q_ENUM(NodeType)

    enum Roles {
        NodeTypeRole = Qt::UserRole, // NodeType as int
        DateStartRole,  // qint64 Julian day of the first day covered; invalid QVariant when undated
        DateEndRole,    // qint64 Julian day of the last day covered
        PrecisionRole,  // PartialDate::Precision of the (start) date
        ConfidenceRole, // double percent; invalid QVariant when absent
        KindRole,       // QString
        NothingFoundRole, // bool
        SourcesRole, // QVariantList of QVariantMap {name, url, unsafe} (entry: its own; turning
                     // point: all)
        SortRole,    // a value that sorts the column sensibly (dates chronologically, undated last)
        LineRole,    // int, 1-based line in the report file
        ReportRowRole,   // int, row of the report this node belongs to
        EntryCountRole,  // int
        SourceCountRole, // int
        TitleRole,       // QString: report title, turning point "date" text, entry title
        LabelRole,       // QString: entry label (category)
        DateIsoRole,     // QString ISO 8601 with reduced precision
        // QVariantList parallel to SourcesRole: per source a QVariantMap {status ("ok",
        // "redirected", "broken", "timeout", "unsafe", "error"), httpCode (int, 0 = none),
        // finalUrl, message, checked (QDateTime UTC)}, or an invalid QVariant when that link
        // has not been checked. Report nodes: an empty list.
        LinkStatusRole,
        // int: cited sources (entry: its own; turning point and report: all below) whose link
        // check found a problem (broken, timeout, unsafe, error).
        LinkProblemCountRole,
        // int (ChangeKind) on turning point and entry nodes of a report that has a baseline
        // (setBaseline()): how the node differs from the earlier version. Invalid QVariant
        // when the report has no baseline, and on report nodes.
        ChangeRole,
    };
    Q_ENUM(Roles)

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    // Structure of the tree.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // The flags of every node of a level (entries never have children), which the filter proxy
    // gives without mapping its rows here.
    static Qt::ItemFlags flagsOf(NodeType type) {
        const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        return type == NodeType::Entry ? flags | Qt::ItemNeverHasChildren : flags;
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reports. Each change emits the row signals for what changed only.
    int reportCount() const { return int(m_reports.size()); }
    int addReport(Report report); // returns its row
    // Appends the reports in one insertion (one rowsInserted for all of them), as a load of many
    // files delivers them: views then lay out once per batch, not once per report. Returns the
    // row of the first; reportCount() when `reports` is empty.
    int addReports(std::vector<Report> reports);
    void replaceReport(int row, Report report);
    void removeReport(int row);
    void clear();
    // Row of the report whose `file` equals `file`, or -1.
    int findReport(const QString &file) const;

    // Direct access for views and exporters (valid until the report is replaced or removed).
    const Report &report(int row) const { return *m_reports[size_t(row)].report; }
    NodeType nodeType(const QModelIndex &index) const;
    const Report *reportAt(const QModelIndex &index) const;             // for any node: its report
    const TurningPoint *turningPointAt(const QModelIndex &index) const; // TP or entry node
    const Entry *entryAt(const QModelIndex &index) const;               // entry node only

    QModelIndex reportIndex(int row, int column = 0) const;
    QModelIndex turningPointIndex(int reportRow, int tpRow, int column = 0) const;
    QModelIndex entryIndex(int reportRow, int tpRow, int entryRow, int column = 0) const;

    int turningPointCount() const { return m_turningPointTotal; } // over all reports
    // Entries and cited sources of report `row`, kept with the report (a report row shows them,
    // and counting a million turning points on each paint froze the outline).
    int entryCount(int row) const { return m_reports[size_t(row)].entryCount; }
    // Turning points per kind bucket (TimelineFilter::kindOf) over all reports, kept as reports
    // come and go: the filter bar shows them after every batch of a load.
    QMap<TimelineFilter::Kind, int> kindCounts() const;
    int sourceCount(int row) const { return m_reports[size_t(row)].sourceCount; }

    // Link check results by URL as written in the reports (LinkChecker::results()). Replaces
    // the previous set; dataChanged (LinkStatusRole, LinkProblemCountRole) is emitted only for
    // the nodes citing a URL whose result changed. Kept across addReport/replaceReport, so a
    // reloaded report shows what is known about its links at once.
    void setLinkResults(const QHash<QString, LinkCheckResult> &results);
    const QHash<QString, LinkCheckResult> &linkResults() const { return m_linkResults; }

    // Versions (File → Compare With…): an earlier version of report `row` is kept as its
    // baseline, with the ReportComparison of the two. Replacing the report (a reload) compares
    // it again with the same baseline; removing it drops both. Each change emits dataChanged
    // (ChangeRole) for the report's turning points and entries, then baselineChanged(row).
    void setBaseline(int row, Report oldVersion);
    void clearBaseline(int row);
    const Report *baseline(int row) const;             // nullptr when none
    const ReportComparison *comparison(int row) const; // nullptr when none
    // The change of turning point `tp` of report `row` (an element of comparison()), or nullptr
    // when the report has no baseline or the row does not exist. Turning points only in the
    // baseline (removed) are in comparison() with newIndex -1.
    const TurningPointChange *turningPointChange(int row, int tp) const;
    // The change of entry `entry` of that turning point, or nullptr.
    const EntryChange *entryChange(int row, int tp, int entry) const;

signals:
    void baselineChanged(int row);

private:
    struct Versions {
        Report baseline;
        ReportComparison comparison;
        std::vector<int> changeOfTurningPoint; // new TP row -> index in comparison.turningPoints
    };
    struct Slot {
        quint32 key;                        // stable identity used inside QModelIndex::internalId
        std::unique_ptr<Report> report;     // mutable only inside replaceReport()
        std::unique_ptr<Versions> versions; // set by setBaseline()
        int entryCount = 0;                 // over the report's turning points
        std::array<int, 3> kinds{};         // turning points of kind event, policy, other
        int sourceCount = 0;
    };
    Slot makeSlot(Report report);
    static void countInto(Slot &slot);
    // Destroys reports on a worker thread: freeing a report of a million turning points takes
    // the UI thread a second or more, and nothing else refers to a report once its row is gone.
    static void releaseLater(std::vector<std::unique_ptr<Report>> reports);
    static std::unique_ptr<Versions> compareVersions(Report baseline, const Report &current);
    void emitChangeRoleChanged(int row);
    int rowForKey(quint32 key) const;
    void rebuildKeyIndex();

    std::vector<Slot> m_reports;
    QHash<quint32, int> m_rowByKey;
    // The last row found by key (views ask for one report's rows in long runs); checked against
    // m_reports before use, so it never goes stale.
    mutable int m_lastKeyRow = -1;
    QHash<QString, int> m_rowByFile; // Report::file -> row; opening n files asks n times
    int m_turningPointTotal = 0;
    quint32 m_nextKey = 1;
    QHash<QString, LinkCheckResult> m_linkResults;
};

} // namespace Turnpoint

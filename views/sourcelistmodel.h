#pragma once

#include "linkcheckresult.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QTimer>

#include <optional>

namespace Turnpoint {

class TimelineModel;

// Every unique source of the loaded reports, one row each: name, host, how many entries cite it
// and what the last link check said. A source is its URL as written; sources without a URL are
// one row per name.
//
// NOTE: a shared model/sourceindexmodel (unique sources with citing counts, dates and link
// status) is being written for the find/filter work. This small private model exists only until
// that lands; the Sources view should then be moved onto it and this file removed.
class SourceListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns { NameColumn = 0, HostColumn, CitedByColumn, StatusColumn, NUM_COLUMNS };
    Q_ENUM(Columns)

    enum Roles {
        UrlRole = Qt::UserRole, // QString, as written in the report
        SortRole,               // what the column sorts by
        StatusNameRole,         // QString LinkCheckResult::statusName(), empty when unchecked
    };

    // Where one citing entry is, by rows of the TimelineModel (valid until reports change; the
    // list is rebuilt when they do).
    struct Citation {
        int reportRow = -1;
        int turningPointRow = -1;
        int entryRow = -1;
    };

    explicit SourceListModel(TimelineModel *timeline, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString url(int row) const { return m_rows.at(row).url; }
    QString name(int row) const { return m_rows.at(row).name; }
    QList<Citation> citations(int row) const { return m_rows.at(row).citations; }
    std::optional<LinkCheckResult> linkResult(int row) const;
    // Row of the source with this URL, or -1.
    int findUrl(const QString &url) const;

    // Rebuilds the rows from the timeline model now (normally done on its signals, batched).
    void rebuild();

private:
    struct Row {
        QString url;
        QString name;
        QString host;
        QList<Citation> citations;
    };
    void updateStatuses();

    TimelineModel *m_timeline;
    QList<Row> m_rows;
    QTimer m_rebuildTimer;
};

} // namespace Turnpoint

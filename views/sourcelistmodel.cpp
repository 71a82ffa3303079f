#include "sourcelistmodel.h"

#include "linkstatustext.h"
#include "safetext.h"
#include "timelinemodel.h"
#include "urlpolicy.h"

#include <QHash>
#include <QUrl>

namespace Turnpoint {

SourceListModel::SourceListModel(TimelineModel *timeline, QObject *parent)
    : QAbstractTableModel(parent)
    , m_timeline(timeline) {
    // Loading several reports emits a burst of row signals; the list is rebuilt once after it.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &SourceListModel::rebuild);
    const auto schedule = [this] { m_rebuildTimer.start(); };
    connect(m_timeline, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_timeline, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_timeline, &QAbstractItemModel::modelReset, this, schedule);
    connect(m_timeline, &QAbstractItemModel::layoutChanged, this, schedule);
    connect(m_timeline, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
                // Link results change the status column only; everything else is structure.
                if (roles.contains(TimelineModel::LinkStatusRole)) {
                    if (!topLeft.parent().isValid())
                        updateStatuses(); // once per report, not once per entry
                    return;
                }
                m_rebuildTimer.start();
            });
    rebuild();
}

void SourceListModel::rebuild() {
    m_rebuildTimer.stop();
    beginResetModel();
    m_rows.clear();
    QHash<QString, int> byKey;
    for (int r = 0; r < m_timeline->reportCount(); ++r) {
        const Report &report = m_timeline->report(r);
        for (int t = 0; t < report.turningPoints.size(); ++t) {
            const QList<Entry> &entries = report.turningPoints.at(t).entries;
            for (int e = 0; e < entries.size(); ++e) {
                for (const Source &source : entries.at(e).sources) {
                    // The URL identifies a source; without one, the name does (prefixed so a
                    // name can never collide with a URL).
                    const QString key =
                        !source.url.isEmpty() ? source.url : QStringLiteral("\n") + source.name;
                    if (source.url.isEmpty() && source.name.isEmpty())
                        continue;
                    auto it = byKey.find(key);
                    if (it == byKey.end()) {
                        Row row;
                        row.url = source.url;
                        row.name = source.name;
                        const QUrl url = UrlPolicy::openableUrl(source.url);
                        row.host = url.isValid() ? url.host() : QString();
                        it = byKey.insert(key, int(m_rows.size()));
                        m_rows.append(row);
                    }
                    Row &row = m_rows[*it];
                    if (row.name.isEmpty())
                        row.name = source.name;
                    // An entry citing the same source twice is one citing entry.
                    const Citation c{r, t, e};
                    if (row.citations.isEmpty() || row.citations.last().reportRow != r ||
                        row.citations.last().turningPointRow != t ||
                        row.citations.last().entryRow != e)
                        row.citations.append(c);
                }
            }
        }
    }
    endResetModel();
}

void SourceListModel::updateStatuses() {
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

int SourceListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

std::optional<LinkCheckResult> SourceListModel::linkResult(int row) const {
    const QString &url = m_rows.at(row).url;
    if (url.isEmpty())
        return std::nullopt;
    const auto it = m_timeline->linkResults().constFind(url);
    if (it == m_timeline->linkResults().cend())
        return std::nullopt;
    return *it;
}

int SourceListModel::findUrl(const QString &url) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).url == url)
            return row;
    }
    return -1;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const std::optional<LinkCheckResult> result = linkResult(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            //: Sources view: a source the report names without a name, only a link
            return row.name.isEmpty() ? tr("(unnamed)") : row.name;
        case HostColumn:
            if (row.url.isEmpty())
                //: Sources view, Host column: the source has no link
                return tr("no link");
            //: Sources view, Host column: the link is not an http(s) link to a host
            return row.host.isEmpty() ? tr("not openable") : row.host;
        case CitedByColumn:
            return int(row.citations.size());
        case StatusColumn:
            if (result)
                return LinkStatusText::badge(*result);
            //: Sources view, Status column: Check Links has not looked at this link
            return row.url.isEmpty() ? QString() : tr("not checked");
        }
        return {};
    case Qt::ToolTipRole: {
        // Report text and URLs in a tool tip, which would otherwise guess at HTML.
        QStringList lines{row.name};
        if (!row.url.isEmpty())
            lines.append(row.url);
        if (result)
            lines.append(LinkStatusText::toolTip(*result));
        lines.removeAll(QString());
        return SafeText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && result)
            return LinkStatusText::color(result->status);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CitedByColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UrlRole:
        return row.url;
    case StatusNameRole:
        return result ? result->statusName() : QString();
    case SortRole:
        switch (index.column()) {
        case CitedByColumn:
            return int(row.citations.size());
        case StatusColumn:
            return result ? LinkStatusText::severity(result->status) : 9;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    default:
        return {};
    }
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        //: Sources view column: the source's name as the report gives it
        return tr("Source");
    case HostColumn:
        //: Sources view column: the web server of the link
        return tr("Host");
    case CitedByColumn:
        //: Sources view column: how many entries cite the source
        return tr("Cited by");
    case StatusColumn:
        //: Sources view column: what Check Links found
        return tr("Link status");
    }
    return {};
}

} // namespace Turnpoint

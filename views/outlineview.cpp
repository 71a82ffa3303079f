#include "outlineview.h"

#include "confidencefiltermodel.h"
#include "outlinedelegate.h"
#include "timelinemodel.h"

#include <QHeaderView>

namespace Turnpoint {

OutlineView::OutlineView(ConfidenceFilterModel *proxy, QItemSelectionModel *selection,
                         QWidget *parent)
    : QTreeView(parent)
    , m_delegate(new OutlineDelegate(proxy, this)) {
    setModel(proxy);
    // setModel() made a private selection model (parented to this view, so it is deleted with
    // it); the shared one replaces it so the chart and the detail panel see the same selection.
    setSelectionModel(selection);
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    sortByColumn(TimelineModel::DateColumn, Qt::AscendingOrder);
    // Files dropped here go to the window.
    setAcceptDrops(false);
    //: Accessible name of the outline tree
    setAccessibleName(tr("Outline"));

    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(TimelineModel::TitleColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidth(TimelineModel::DateColumn, em * 12);
    setColumnWidth(
        TimelineModel::ConfidenceColumn,
        std::max(
            em * 6,
            header()->fontMetrics().horizontalAdvance(
                proxy->headerData(TimelineModel::ConfidenceColumn, Qt::Horizontal).toString()) +
                em * 2));
    setColumnWidth(TimelineModel::KindColumn, em * 7);
    setColumnWidth(TimelineModel::EntryCountColumn, em * 5);
    setColumnWidth(TimelineModel::SourceCountColumn, em * 5);

    connect(proxy, &QAbstractItemModel::rowsInserted, this, &OutlineView::expandReports);
    connect(proxy, &QAbstractItemModel::modelReset, this,
            [this, proxy] { expandReports({}, 0, proxy->rowCount() - 1); });
    expandReports({}, 0, proxy->rowCount() - 1);
}

void OutlineView::expandReports(const QModelIndex &parent, int first, int last) {
    // Reports open when they arrive so their turning points are listed at once; turning points
    // stay collapsed, their entries are one click (or the detail panel) away.
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row)
        expand(model()->index(row, 0));
}

int OutlineView::turningPointRowCount() const {
    int n = 0;
    for (int row = 0; row < model()->rowCount(); ++row)
        n += model()->rowCount(model()->index(row, 0));
    return n;
}

} // namespace Turnpoint

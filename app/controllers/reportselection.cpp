#include "reportselection.h"

#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QItemSelectionModel>

#include <utility>

namespace Turnpoint {

ReportSelection::ReportSelection(TimelineModel *model, TimelineFilterModel *proxy,
                                 QItemSelectionModel *selection)
    : m_model(model)
    , m_proxy(proxy)
    , m_selection(selection) {}

int ReportSelection::currentRow() const {
    QModelIndex index = m_proxy->mapToSource(m_selection->currentIndex());
    if (!index.isValid())
        return m_model->reportCount() - 1;
    while (index.parent().isValid())
        index = index.parent();
    return index.row();
}

void ReportSelection::select(int row) const {
    const QModelIndex index = m_proxy->mapFromSource(m_model->reportIndex(row));
    if (index.isValid())
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
}

void ReportSelection::replaceKeepingSelection(int row, Report report) const {
    // Reloading replaces the turning points; put the selection back where it was, by its
    // position in the report, when that position still exists.
    const QModelIndex current = m_proxy->mapToSource(m_selection->currentIndex());
    QList<int> rowPath;
    for (QModelIndex i = current; i.isValid(); i = i.parent())
        rowPath.prepend(i.row());
    m_model->replaceReport(row, std::move(report));
    if (!rowPath.isEmpty() && rowPath.first() == row) {
        QModelIndex restored;
        for (const int r : std::as_const(rowPath)) {
            const QModelIndex next = m_model->index(r, 0, restored);
            if (!next.isValid())
                break; // the rest is gone: select the nearest level that is left
            restored = next;
        }
        const QModelIndex target = m_proxy->mapFromSource(restored);
        if (target.isValid())
            m_selection->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    }
}

} // namespace Turnpoint

#pragma once

#include <QItemSelectionModel>
#include <QTreeView>

namespace Turnpoint {

class ConfidenceFilterModel;
class OutlineDelegate;

// The outline: report -> turning point -> entry, on the shared proxy and selection model.
// Sorting sorts the shared proxy (the chart places by date and does not care about row order).
class OutlineView : public QTreeView {
    Q_OBJECT

public:
    OutlineView(ConfidenceFilterModel *proxy, QItemSelectionModel *selection,
                QWidget *parent = nullptr);

    OutlineDelegate *outlineDelegate() const { return m_delegate; }
    // Number of turning point rows the outline lists (under every report).
    int turningPointRowCount() const;

private:
    void expandReports(const QModelIndex &parent, int first, int last);

    OutlineDelegate *m_delegate;
};

} // namespace Turnpoint

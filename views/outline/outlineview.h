#pragma once

#include <QItemSelectionModel>
#include <QTimer>
#include <QTreeView>

namespace Turnpoint {

class TimelineFilterModel;
class OutlineDelegate;

// The outline: report -> turning point -> entry, on the shared proxy and selection model.
// Sorting sorts the shared proxy (the chart places by date and does not care about row order).
class OutlineView : public QTreeView {
    Q_OBJECT

public:
    OutlineView(TimelineFilterModel *proxy, QItemSelectionModel *selection,
                QWidget *parent = nullptr);

    OutlineDelegate *outlineDelegate() const { return m_delegate; }
    // Number of turning point rows the outline lists (under every report).
    int turningPointRowCount() const;
    // Widens the Date column to its contents: a day-precision date at the deepest level
    // ("28 Sep 2022", "2022年9月28日") is never elided, and neither is what is listed now.
    // Expanding a turning point only widens the column (an entry's range can be wider than any
    // turning point's date); it never jumps narrower under the user's eyes.
    void fitDateColumn(bool growOnly = false);

protected:
    void changeEvent(QEvent *event) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;

private:
    void expandReports(const QModelIndex &parent, int first, int last);
    // The Change column is shown while some report has a baseline (File → Compare With…).
    void updateChangeColumn();
    void retranslateUi();

    OutlineDelegate *m_delegate;
    QTimer m_sourceColumnTimer; // one width fit per burst of link results
    // One date column fit per event-loop pass: a batch of a thousand arriving reports expands a
    // thousand rows, and measuring the column after each took seconds.
    void scheduleDateFit(bool growOnly);
    void fitCountColumns();
    QTimer m_dateFitTimer;
    bool m_dateFitGrowOnly = true;
};

} // namespace Turnpoint

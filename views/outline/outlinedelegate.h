#pragma once

#include <QLocale>
#include <QStyledItemDelegate>

class QAbstractProxyModel;

namespace Turnpoint {

struct TurningPointChange;
struct EntryChange;

// Presents the outline's cells: dates in the UI language with their precision ("undated" when a
// turning point has none), confidences as percentages, and "nothing found" where a turning
// point has no entries to name. The model's values stay plain; presentation is decided here.
// Tool tips show the cell's text, escaped, because QToolTip would otherwise guess at HTML.
// Turning points and entries that match the search (TimelineFilterModel::SearchMatchRole) are
// tinted and bold.
class OutlineDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit OutlineDelegate(QAbstractProxyModel *proxy, QObject *parent = nullptr);

    // The text shown for `index` (an index of the proxy).
    QString cellText(const QModelIndex &index) const;
    // The Change column's words for a turning point or entry change: "added", "re-scored +12",
    // "changed", "—" (unchanged). Public for the detail panel and tests.
    static QString changeText(const TurningPointChange &change, const QLocale &locale);
    static QString changeText(const EntryChange &change);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QAbstractProxyModel *m_proxy;
};

} // namespace Turnpoint

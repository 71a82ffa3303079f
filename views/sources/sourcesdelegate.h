#pragma once

#include <QStyledItemDelegate>

class QAbstractProxyModel;

namespace Turnpoint {

// Presents SourceIndexModel cells in the Sources view: the link status as the same badge text
// and colour the detail panel uses ("✗ Broken (404)"), "not checked" for a link not looked at
// yet, "no link" / "not openable" in the Host column, "(unnamed)" for a source known only by
// its link, first/last citation dates in the UI language, and sources cited by more than one
// turning point in bold (name and count). The model's values stay plain; tool tips are escaped
// (SafeText), because they carry report text and URLs.
class SourcesDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SourcesDelegate(QObject *parent = nullptr);

    // What the cell at `index` (of any model over a SourceIndexModel) shows.
    static QString cellText(const QModelIndex &index);
    // The tool tip of the row, as plain text: name, URL, what the link check found.
    static QString toolTipText(const QModelIndex &index);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Turnpoint

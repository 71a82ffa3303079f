#pragma once

#include <QString>

class QAbstractItemView;
class QHelpEvent;
class QModelIndex;

namespace Turnpoint {

// Reports are untrusted text. Several Qt sinks guess whether a string is HTML (tool tips,
// QMessageBox, QLabel in AutoText mode) or always treat it as HTML (Qt Charts titles, legend and
// axis labels), so report text must be escaped before it reaches them. Everything that hands
// report text to such a sink goes through here.
class SafeText {
public:
    // `plain` as HTML that displays literally (no markup, no images, no links).
    static QString html(const QString &plain);
    // For QToolTip / QWidget::setToolTip: forced to rich text so Qt's guess cannot kick in, with
    // the plain text escaped and its line breaks kept.
    static QString toolTip(const QString &plain);
    // For QWidget::setWindowTitle, which gives "[*]" a special meaning.
    static QString windowTitle(const QString &plain);
    // A delegate's helpEvent(): shows `plain` as the tool tip of the cell at `index` (escaped as
    // above), or hides any tool tip when it is empty. False for events that are not tool tips.
    static bool showCellToolTip(QHelpEvent *event, QAbstractItemView *view,
                                const QModelIndex &index, const QString &plain);
};

} // namespace Turnpoint

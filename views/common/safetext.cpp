#include "safetext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace Turnpoint {

QString SafeText::html(const QString &plain) {
    return plain.toHtmlEscaped();
}

QString SafeText::toolTip(const QString &plain) {
    if (plain.isEmpty())
        return {};
    // A leading <qt> makes Qt::mightBeRichText() true for every input, so the decision never
    // depends on what the report contains; the escaped text then shows literally.
    QString escaped = plain.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QLatin1String("<qt>") + escaped + QLatin1String("</qt>");
}

QString SafeText::windowTitle(const QString &plain) {
    // "[*]" is the modified-indicator placeholder; Qt shows a doubled one as a literal "[*]".
    QString title = plain;
    title.replace(QLatin1String("[*]"), QLatin1String("[*][*]"));
    return title;
}

bool SafeText::showCellToolTip(QHelpEvent *event, QAbstractItemView *view, const QModelIndex &index,
                               const QString &plain) {
    if (!event || !view || event->type() != QEvent::ToolTip)
        return false;
    if (plain.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), toolTip(plain), view->viewport(),
                       view->visualRect(index));
    return true;
}

} // namespace Turnpoint

#include "sourcesdelegate.h"

#include "linkstatustext.h"
#include "safetext.h"
#include "sourceindexmodel.h"
#include "timelinemodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>

namespace Turnpoint {

namespace {

bool linkResult(const QModelIndex &index, LinkCheckResult *result) {
    return LinkStatusText::fromVariant(index.siblingAtColumn(SourceIndexModel::LinkStatusColumn)
                                           .data(SourceIndexModel::LinkResultRole),
                                       result);
}

} // namespace

SourcesDelegate::SourcesDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QString SourcesDelegate::cellText(const QModelIndex &index) {
    const QString url = index.data(SourceIndexModel::UrlRole).toString();
    switch (index.column()) {
    case SourceIndexModel::NameColumn: {
        const QString name = index.data(SourceIndexModel::NameRole).toString();
        //: Sources view: a source the report gives without a name, only a link
        return name.isEmpty() ? tr("(unnamed)") : name;
    }
    case SourceIndexModel::HostColumn:
        if (url.isEmpty())
            //: Sources view, Host column: the source has no link
            return tr("no link");
        if (index.data(SourceIndexModel::UnsafeRole).toBool())
            //: Sources view, Host column: the link is not an http(s) link to a host
            return tr("not openable");
        return index.data(SourceIndexModel::HostRole).toString();
    case SourceIndexModel::LinkStatusColumn: {
        LinkCheckResult result;
        if (linkResult(index, &result))
            return LinkStatusText::badge(result);
        //: Sources view, Status column: Check Links has not looked at this link
        return url.isEmpty() ? QString() : tr("not checked");
    }
    default:
        return index.data().toString();
    }
}

QString SourcesDelegate::toolTipText(const QModelIndex &index) {
    QStringList lines{index.data(SourceIndexModel::NameRole).toString(),
                      index.data(SourceIndexModel::UrlRole).toString()};
    LinkCheckResult result;
    if (linkResult(index, &result))
        lines.append(LinkStatusText::toolTip(result));
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

void SourcesDelegate::initStyleOption(QStyleOptionViewItem *option,
                                      const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = cellText(index);
    option->features |= QStyleOptionViewItem::HasDisplay;
    if (index.column() == SourceIndexModel::LinkStatusColumn) {
        LinkCheckResult result;
        if (linkResult(index, &result))
            option->palette.setColor(QPalette::Text, LinkStatusText::color(result.status));
        else
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
    }
    if (index.column() == SourceIndexModel::EntryCountColumn ||
        index.column() == SourceIndexModel::TurningPointCountColumn)
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

bool SourcesDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &, const QModelIndex &index) {
    return SafeText::showCellToolTip(event, view, index, toolTipText(index));
}

} // namespace Turnpoint

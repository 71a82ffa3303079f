#include "sourcesdelegate.h"

#include "datetext.h"
#include "datetextparser.h"
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
    case SourceIndexModel::FirstCitedColumn:
    case SourceIndexModel::LastCitedColumn: {
        // The model keeps ISO dates; shown like the outline's, in the UI language, with the
        // precision the report wrote.
        const QString iso = index.data().toString();
        if (iso.isEmpty())
            //: Sources view, first/last cited: every citing turning point is undated
            return tr("undated");
        const DateParseResult date = DateTextParser::parseSpan(iso);
        return date.isOk() ? DateText::partialDate(date.span.start, QLocale()) : iso;
    }
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
    const int turningPoints = index.data(SourceIndexModel::TurningPointCountRole).toInt();
    const int entries = index.data(SourceIndexModel::EntryCountRole).toInt();
    //: Sources view tool tip, first half of "Cited by 3 entries in 2 turning points"
    const QString byEntries = tr("Cited by %n entry(s)", nullptr, entries);
    //: Sources view tool tip: %1 is "Cited by 3 entries", %n the turning points, e.g. "Cited
    //: by 3 entries in 2 turning points"
    lines.append(tr("%1 in %n turning point(s)", nullptr, turningPoints).arg(byEntries));
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
    if (index.siblingAtColumn(SourceIndexModel::TurningPointCountColumn)
                .data(SourceIndexModel::TurningPointCountRole)
                .toInt() > 1 &&
        (index.column() == SourceIndexModel::NameColumn ||
         index.column() == SourceIndexModel::TurningPointCountColumn)) {
        // Cited by several turning points: several periods rest on this source, which is worth
        // seeing at a glance (and checking first).
        option->font.setBold(true);
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

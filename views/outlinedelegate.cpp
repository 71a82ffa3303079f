#include "outlinedelegate.h"

#include "confidencefiltermodel.h"
#include "datetext.h"
#include "displaytext.h"
#include "linkstatustext.h"
#include "safetext.h"
#include "timelinemodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QHelpEvent>

namespace Turnpoint {

OutlineDelegate::OutlineDelegate(QAbstractProxyModel *proxy, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_proxy(proxy) {}

QString OutlineDelegate::cellText(const QModelIndex &index) const {
    const auto *model = qobject_cast<const TimelineModel *>(m_proxy->sourceModel());
    const QModelIndex source = m_proxy->mapToSource(index);
    if (!model || !source.isValid())
        return index.data().toString();
    const QLocale locale;
    const TimelineModel::NodeType type = model->nodeType(source);
    const Report *report = model->reportAt(source);
    const TurningPoint *tp = model->turningPointAt(source);
    const Entry *entry = model->entryAt(source);

    switch (source.column()) {
    case TimelineModel::DateColumn:
        if (type == TimelineModel::NodeType::Report && report) {
            DateSpan period{report->periodStart, report->periodEnd};
            if (!period.start.isValid() && report->periodEnd.isValid())
                //: Outline: analysis period given only by its end, e.g. "up to May 2025"
                return tr("up to %1").arg(DateText::partialDate(report->periodEnd, locale));
            return DateText::dateSpan(period, locale);
        }
        if (type == TimelineModel::NodeType::TurningPoint && tp) {
            if (!tp->date.isValid())
                //: Outline: a turning point whose date is missing or unreadable
                return tr("undated");
            return DateText::partialDate(tp->date, locale);
        }
        if (entry)
            return DateText::dateSpan(entry->date, locale);
        return {};
    case TimelineModel::ConfidenceColumn:
        if (type == TimelineModel::NodeType::TurningPoint && tp)
            return DisplayText::confidence(tp->confidence, locale);
        return {};
    case TimelineModel::TitleColumn:
        if (type == TimelineModel::NodeType::Report && report && report->title.isEmpty())
            return DisplayText::fileName(report->file);
        if (type == TimelineModel::NodeType::TurningPoint && tp && tp->entries.isEmpty())
            //: Outline: a turning point where the report found nothing
            return tp->nothingFound ? tr("Nothing found") : tr("No entries");
        return index.data().toString();
    case TimelineModel::SourceCountColumn: {
        const int problems =
            index.siblingAtColumn(0).data(TimelineModel::LinkProblemCountRole).toInt();
        if (type != TimelineModel::NodeType::Report && problems > 0)
            //: Outline, Sources column after Check Links: number of sources, then how many of
            //: them have a broken (or unsafe, timed-out, failing) link
            return tr("%1 (%n broken)", nullptr, problems).arg(index.data().toString());
        return index.data().toString();
    }
    default:
        return index.data().toString();
    }
}

void OutlineDelegate::initStyleOption(QStyleOptionViewItem *option,
                                      const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = cellText(index);
    option->features |= QStyleOptionViewItem::HasDisplay;
    const QModelIndex first = index.siblingAtColumn(0);
    const auto type = TimelineModel::NodeType(first.data(TimelineModel::NodeTypeRole).toInt());
    if (type == TimelineModel::NodeType::Report)
        option->font.setBold(true);
    if (type == TimelineModel::NodeType::TurningPoint &&
        first.data(TimelineModel::NothingFoundRole).toBool()) {
        // Real data, but visibly different from a turning point with entries.
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
    if (type != TimelineModel::NodeType::Report &&
        first.data(ConfidenceFilterModel::SearchMatchRole).toBool()) {
        // A search hit: the amber of find highlights, see-through so it works on light and
        // dark bases and stays apart from the (blue) selection; bold too, so it is found by
        // shape as well as by colour.
        option->backgroundBrush = QColor(255, 193, 7, 90);
        option->font.setBold(true);
    }
    if (index.column() == TimelineModel::SourceCountColumn &&
        type != TimelineModel::NodeType::Report &&
        first.data(TimelineModel::LinkProblemCountRole).toInt() > 0) {
        // Colour and weight both, so the count stands out without relying on colour alone.
        option->palette.setColor(QPalette::Text, LinkStatusText::color(LinkCheckResult::Broken));
        option->font.setBold(true);
    }
    if (index.column() == TimelineModel::ConfidenceColumn ||
        index.column() == TimelineModel::EntryCountColumn ||
        index.column() == TimelineModel::SourceCountColumn)
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
}

bool OutlineDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &, const QModelIndex &index) {
    return SafeText::showCellToolTip(event, view, index, cellText(index));
}

} // namespace Turnpoint

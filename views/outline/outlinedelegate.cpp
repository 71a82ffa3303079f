#include "outlinedelegate.h"

#include "datetext.h"
#include "displaytext.h"
#include "linkstatustext.h"
#include "safetext.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QHelpEvent>

#include <cmath>

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
            //: them have a link with a problem (broken, unsafe, timed out or failing)
            return tr("%1 (%n problem(s))", nullptr, problems).arg(index.data().toString());
        return index.data().toString();
    }
    case TimelineModel::ChangeColumn: {
        const int reportRow = source.data(TimelineModel::ReportRowRole).toInt();
        if (type == TimelineModel::NodeType::TurningPoint) {
            const TurningPointChange *change = model->turningPointChange(reportRow, source.row());
            return change ? changeText(*change, locale) : QString();
        }
        if (type == TimelineModel::NodeType::Entry) {
            const EntryChange *change =
                model->entryChange(reportRow, source.parent().row(), source.row());
            return change ? changeText(*change) : QString();
        }
        return {};
    }
    default:
        return index.data().toString();
    }
}

QString OutlineDelegate::changeText(const TurningPointChange &change, const QLocale &locale) {
    switch (change.change) {
    case ChangeKind::Unchanged:
        //: Outline, Change column: the turning point or entry is the same in both versions
        return tr("—");
    case ChangeKind::Added:
        //: Outline, Change column: new in this version
        return tr("added");
    case ChangeKind::Removed:
        //: Outline, Change column: only in the earlier version
        return tr("removed");
    case ChangeKind::Modified:
        break;
    }
    const bool otherwise = change.kindChanged || change.nothingFoundChanged ||
                           change.notesChanged || change.entriesChanged;
    if (!change.rescored)
        //: Outline, Change column: entries, kind or notes differ from the earlier version
        return tr("changed");
    QString rescored;
    if (change.confidenceDelta) {
        const double delta = *change.confidenceDelta;
        // Whole points as the reports write them; a fraction only when there is one.
        const int decimals = qFuzzyCompare(delta, std::round(delta)) ? 0 : 1;
        const QString number = locale.toString(std::abs(delta), 'f', decimals);
        //: Outline, Change column: the confidence went up (+) or down (−) by %1 points
        rescored = delta > 0 ? tr("re-scored +%1").arg(number) : tr("re-scored −%1").arg(number);
    } else {
        //: Outline, Change column: scored in one version only
        rescored = tr("re-scored");
    }
    if (otherwise)
        //: Outline, Change column: re-scored and also changed otherwise; %1 is "re-scored +12"
        return tr("%1, changed").arg(rescored);
    return rescored;
}

QString OutlineDelegate::changeText(const EntryChange &change) {
    switch (change.change) {
    case ChangeKind::Unchanged:
        return tr("—");
    case ChangeKind::Added:
        return tr("added");
    case ChangeKind::Removed:
        return tr("removed");
    case ChangeKind::Modified:
        break;
    }
    if (change.titleChanged)
        //: Outline, Change column: an entry whose title was edited (matched as the same entry)
        return tr("renamed");
    return tr("changed");
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
        first.data(TimelineFilterModel::SearchMatchRole).toBool()) {
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
    if (index.column() == TimelineModel::ChangeColumn) {
        // Changes stand out by weight; "—" (unchanged) stays plain.
        const QVariant change = first.data(TimelineModel::ChangeRole);
        if (change.isValid() && ChangeKind(change.toInt()) != ChangeKind::Unchanged)
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

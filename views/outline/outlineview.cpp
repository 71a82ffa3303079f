#include "outlineview.h"

#include "datetext.h"
#include "outlinedelegate.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QEvent>
#include <QHeaderView>

#include <algorithm>
#include <utility>

namespace Turnpoint {

namespace {
constexpr int SampledRows = 300;
// Rows one dataChanged() may span before a highlight change repaints the viewport instead.
constexpr int LargeChangeRows = 256;
} // namespace

OutlineView::OutlineView(TimelineFilterModel *proxy, QItemSelectionModel *selection,
                         QWidget *parent)
    : QTreeView(parent)
    , m_delegate(new OutlineDelegate(proxy, this)) {
    setModel(proxy);
    // setModel() made a private selection model (parented to this view, so it is deleted with
    // it); the shared one replaces it so the chart and the detail panel see the same selection.
    setSelectionModel(selection);
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAllColumnsShowFocus(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    sortByColumn(TimelineModel::DateColumn, Qt::AscendingOrder);
    // Files dropped here go to the window.
    setAcceptDrops(false);
    retranslateUi();

    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(TimelineModel::TitleColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    setColumnWidth(
        TimelineModel::ConfidenceColumn,
        std::max(
            em * 6,
            header()->fontMetrics().horizontalAdvance(
                proxy->headerData(TimelineModel::ConfidenceColumn, Qt::Horizontal).toString()) +
                em * 2));
    setColumnWidth(TimelineModel::KindColumn, em * 7);
    setColumnWidth(TimelineModel::EntryCountColumn, em * 5);
    setColumnWidth(TimelineModel::SourceCountColumn, em * 5);
    setColumnWidth(TimelineModel::ChangeColumn, em * 9);
    if (const TimelineModel *timeline = proxy->timelineModel()) {
        connect(timeline, &TimelineModel::baselineChanged, this, &OutlineView::updateChangeColumn);
        // A compared report closed takes its comparison with it.
        connect(timeline, &QAbstractItemModel::rowsRemoved, this, &OutlineView::updateChangeColumn);
        connect(timeline, &QAbstractItemModel::modelReset, this, &OutlineView::updateChangeColumn);
    }
    updateChangeColumn();

    connect(proxy, &QAbstractItemModel::rowsInserted, this, &OutlineView::expandReports);
    m_dateFitTimer.setSingleShot(true);
    m_dateFitTimer.setInterval(0);
    connect(&m_dateFitTimer, &QTimer::timeout, this, [this] {
        const bool growOnly = std::exchange(m_dateFitGrowOnly, true);
        fitDateColumn(growOnly);
        if (!growOnly)
            fitCountColumns();
    });
    // Widths are measured on a sample of the listed rows (those in view and up to this many
    // more), not on all of a million.
    header()->setResizeContentsPrecision(SampledRows);
    connect(proxy, &QAbstractItemModel::modelReset, this, [this, proxy] {
        expandReports({}, 0, proxy->rowCount() - 1);
        scheduleDateFit(false);
    });
    // Only new reports can bring wider dates; a turning point expanded later shows entries
    // whose dates the minimum width already allows for.
    connect(proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            scheduleDateFit(false);
    });
    connect(this, &QTreeView::expanded, this, [this] { scheduleDateFit(true); });
    // After Check Links the Sources column also says how many links are broken; it widens for
    // that text (and never narrows while the user looks at it).
    connect(proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(TimelineModel::LinkProblemCountRole))
                    m_sourceColumnTimer.start();
            });
    m_sourceColumnTimer.setSingleShot(true);
    m_sourceColumnTimer.setInterval(0);
    connect(&m_sourceColumnTimer, &QTimer::timeout, this, [this] {
        const int wanted = sizeHintForColumn(TimelineModel::SourceCountColumn);
        if (wanted > columnWidth(TimelineModel::SourceCountColumn))
            setColumnWidth(TimelineModel::SourceCountColumn, wanted);
    });
    expandReports({}, 0, proxy->rowCount() - 1);
    fitDateColumn();
}

void OutlineView::retranslateUi() {
    //: Accessible name of the outline tree
    setAccessibleName(tr("Outline"));
}

void OutlineView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Header texts and dates come from tr() and the default locale at paint time; the
        // widths were measured in the previous language.
        header()->headerDataChanged(Qt::Horizontal, 0, TimelineModel::NUM_COLUMNS - 1);
        fitDateColumn();
        viewport()->update();
    }
    QTreeView::changeEvent(event);
}

void OutlineView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                              const QList<int> &roles) {
    // A search changes only how rows are highlighted, but for every turning point at once.
    // QTreeView would check each row of the range for a new height and children and then ask
    // for each one's rectangle to repaint just the visible ones: a second at a million rows. No
    // height, text or children change here, so repainting what is on screen is the whole job.
    const bool highlightOnly =
        roles.size() == 1 && roles.first() == TimelineFilterModel::SearchMatchRole;
    if (highlightOnly && bottomRight.row() - topLeft.row() >= LargeChangeRows) {
        viewport()->update();
        return;
    }
    QTreeView::dataChanged(topLeft, bottomRight, roles);
}

void OutlineView::scheduleDateFit(bool growOnly) {
    m_dateFitGrowOnly = m_dateFitGrowOnly && growOnly;
    m_dateFitTimer.start();
}

void OutlineView::fitCountColumns() {
    // The largest counts are a report's (all of its entries and sources): a report of a hundred
    // thousand turning points showed "170…". Measured on the report rows only, and never
    // narrowed, so a column the user widened stays.
    for (const int column : {TimelineModel::EntryCountColumn, TimelineModel::SourceCountColumn}) {
        int wanted = 0;
        for (int row = 0; row < model()->rowCount(); ++row)
            wanted = std::max(wanted, sizeHintForIndex(model()->index(row, column)).width());
        if (wanted > columnWidth(column))
            setColumnWidth(column, wanted);
    }
}

void OutlineView::fitDateColumn(bool growOnly) {
    // The widest single date is a day at the entry level, two levels of indentation in; a range
    // or a report period can be wider, and what is listed now is measured as well.
    const QLocale locale;
    const QString widestDay = DateText::day(QDate(2022, 12, 28), locale);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int minimum = fontMetrics().horizontalAdvance(widestDay) + 3 * indentation() + 2 * em;
    const int header = this->header()->sectionSizeHint(TimelineModel::DateColumn);
    const int contents = sizeHintForColumn(TimelineModel::DateColumn);
    // A long range must not push every other column out of sight.
    int width = std::min(std::max({minimum, header, contents}), em * 24);
    if (growOnly)
        width = std::max(width, columnWidth(TimelineModel::DateColumn));
    setColumnWidth(TimelineModel::DateColumn, width);
}

void OutlineView::expandReports(const QModelIndex &parent, int first, int last) {
    // Reports open when they arrive so their turning points are listed at once; turning points
    // stay collapsed, their entries are one click (or the detail panel) away.
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row)
        expand(model()->index(row, 0));
}

void OutlineView::updateChangeColumn() {
    const auto *proxy = qobject_cast<const TimelineFilterModel *>(model());
    const TimelineModel *timeline = proxy ? proxy->timelineModel() : nullptr;
    bool compared = false;
    for (int row = 0; timeline && row < timeline->reportCount() && !compared; ++row)
        compared = timeline->baseline(row) != nullptr;
    setColumnHidden(TimelineModel::ChangeColumn, !compared);
    if (compared) {
        // "re-scored +12" (or its Chinese) must not be elided; as the Sources column, it only
        // ever widens.
        const int wanted = sizeHintForColumn(TimelineModel::ChangeColumn);
        if (wanted > columnWidth(TimelineModel::ChangeColumn))
            setColumnWidth(TimelineModel::ChangeColumn, wanted);
    }
}

int OutlineView::turningPointRowCount() const {
    int n = 0;
    for (int row = 0; row < model()->rowCount(); ++row)
        n += model()->rowCount(model()->index(row, 0));
    return n;
}

} // namespace Turnpoint

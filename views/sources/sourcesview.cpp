#include "sourcesview.h"

#include "datetext.h"
#include "searchtext.h"
#include "sourceindexmodel.h"
#include "sourcesdelegate.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "urlpolicy.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Turnpoint {

SourcesView::SourcesView(TimelineModel *timeline, TimelineFilterModel *proxy,
                         QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_timeline(timeline)
    , m_proxy(proxy)
    , m_selection(selection)
    , m_model(new SourceIndexModel(this))
    , m_delegate(new SourcesDelegate(this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTreeView(this))
    , m_citedByTitle(new QLabel(this))
    , m_citedBy(new QListWidget(this)) {
    // Until shown (see showEvent()).
    m_model->setActive(false);
    m_model->setSourceModel(timeline);
    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(SourceIndexModel::SortRole);
    m_table->setModel(m_sort);
    m_table->setItemDelegate(m_delegate);
    // The link itself is in the tool tip and the context menu (Copy Link); the rest is listed.
    m_table->setColumnHidden(SourceIndexModel::UrlColumn, true);
    // Matched against name, host and link in one normalised text (FilterTextRole).
    m_sort->setFilterRole(SourceIndexModel::FilterTextRole);
    m_sort->setFilterKeyColumn(SourceIndexModel::NameColumn);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &SourcesView::setFilterText);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SourceIndexModel::EntryCountColumn, Qt::DescendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SourceIndexModel::NameColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // The name takes what is left; the short columns fit their contents (a tree view measures
    // only the rows it shows, so this stays cheap for long lists).
    for (const int column :
         {SourceIndexModel::EntryCountColumn, SourceIndexModel::TurningPointCountColumn,
          SourceIndexModel::FirstCitedColumn, SourceIndexModel::LastCitedColumn,
          SourceIndexModel::LinkStatusColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setMinimumSectionSize(em * 3);
    // Hosts can be long (investinchina.chinadaily.com.cn); fitted, but only up to a width that
    // leaves the counts and dates in view. The whole host is in the tool tip.
    header->setSectionResizeMode(SourceIndexModel::HostColumn, QHeaderView::Interactive);

    m_citedByTitle->setTextFormat(Qt::PlainText);
    m_citedBy->setWordWrap(true);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_citedByTitle);
    lowerLayout->addWidget(m_citedBy);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SourcesView::showCitations);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesView::emitCitingTurningPoints);
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openSource(m_sort->mapToSource(index).row()); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &SourcesView::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_model->isActive()) {
            // Hidden: the rows are gone until shown again; remember the source to select it then.
            m_citedBy->clear();
            emitCitingTurningPoints();
            return;
        }
        // Keep showing the same source across a rebuild (a reload, another report opened).
        const int row = m_shownUrl.isEmpty() && m_shownName.isEmpty()
                            ? -1
                            : m_model->findSource(m_shownUrl, m_shownName);
        if (row >= 0)
            setCurrentSource(row);
        else
            showCitations();
        emitCitingTurningPoints();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesView::fitHostColumn);
    connect(m_citedBy, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { selectCitation(m_citedBy->row(item)); });
    connect(m_citedBy, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { selectCitation(m_citedBy->row(item)); });
    retranslateUi();
    showCitations();
    fitHostColumn();
}

void SourcesView::fitHostColumn() {
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Public in QAbstractItemView (QTreeView only narrows the access of its override).
    const QAbstractItemView *view = m_table;
    const int wanted = std::max(view->sizeHintForColumn(SourceIndexModel::HostColumn),
                                m_table->header()->sectionSizeHint(SourceIndexModel::HostColumn));
    m_table->setColumnWidth(SourceIndexModel::HostColumn, std::min(wanted, em * 13));
}

QSize SourcesView::sizeHint() const {
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Name, host, two counts, two dates and the status.
    return {em * 58, em * 30};
}

void SourcesView::retranslateUi() {
    //: Accessible name of the Sources view
    setAccessibleName(tr("Sources"));
    //: Placeholder of the Sources view's filter field
    m_filter->setPlaceholderText(tr("Filter by name, host or link"));
    //: Accessible name of the Sources view's filter field
    m_filter->setAccessibleName(tr("Filter sources"));
}

void SourcesView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Header, host and status texts come from tr() when painted.
        m_model->headerDataChanged(Qt::Horizontal, 0, SourceIndexModel::NUM_COLUMNS - 1);
        m_table->viewport()->update();
        showCitations();
        fitHostColumn();
    }
    QWidget::changeEvent(event);
}

void SourcesView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    m_model->setActive(true);
}

void SourcesView::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    // A minimised window hides its widgets spontaneously, and shows them again as they were:
    // that keeps the index. Closing the dock or tabbing away from it is not spontaneous.
    if (!event->spontaneous())
        m_model->setActive(false);
}

int SourcesView::findUrl(const QString &url) const {
    return m_model->findSource(url);
}

int SourcesView::currentModelRow() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_sort->mapToSource(current).row() : -1;
}

void SourcesView::setCurrentSource(int modelRow) {
    const QModelIndex index = m_sort->mapFromSource(m_model->index(modelRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    showCitations();
}

void SourcesView::showCitations() {
    m_citedBy->clear();
    const int row = currentModelRow();
    if (row < 0 || row >= m_model->rowCount()) {
        m_shownUrl.clear();
        m_shownName.clear();
        //: Sources view, above the (empty) list of citing entries
        m_citedByTitle->setText(tr("Select a source to list the entries citing it."));
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_shownUrl = index.data(SourceIndexModel::UrlRole).toString();
    m_shownName = index.data(SourceIndexModel::NameRole).toString();
    const QList<QPersistentModelIndex> citing = citations(row);
    //: Sources view: heading of the list of entries citing the current source
    m_citedByTitle->setText(tr("Cited by %n entry(s):", nullptr, int(citing.size())));
    const QLocale locale;
    for (const QPersistentModelIndex &citation : citing) {
        const Entry *entry = m_timeline->entryAt(citation);
        const TurningPoint *tp = m_timeline->turningPointAt(citation);
        if (!entry || !tp)
            continue;
        const QString date = tp->date.isValid()
                                 ? DateText::partialDate(tp->date, locale)
                                 //: Sources view: a citing entry's turning point has no date
                                 : tr("undated");
        const QString title = entry->label.isEmpty() ? entry->title.toString()
                                                     //: Sources view: an entry as "label: title"
                                                     : tr("%1: %2").arg(entry->label, entry->title);
        // QListWidget items are plain text: report text is never markup here.
        //: Sources view: one citing entry, "turning point date — entry"
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(date, title), m_citedBy);
        if (!m_proxy->mapFromSource(citation).isValid())
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
}

QList<QPersistentModelIndex> SourcesView::citations(int modelRow) const {
    QList<QPersistentModelIndex> list = m_model->index(modelRow, 0)
                                            .data(SourceIndexModel::CitingEntriesRole)
                                            .value<QList<QPersistentModelIndex>>();
    // Entries of a report that was closed or replaced since are gone.
    list.removeIf([](const QPersistentModelIndex &i) { return !i.isValid(); });
    return list;
}

bool SourcesView::selectCitation(int citationRow) {
    const int row = currentModelRow();
    if (row < 0)
        return false;
    const QList<QPersistentModelIndex> list = citations(row);
    if (citationRow < 0 || citationRow >= list.size())
        return false;
    const QModelIndex target = m_proxy->mapFromSource(list.at(citationRow));
    if (!target.isValid()) {
        //: Status bar: a citing entry in the Sources view cannot be shown (confidence threshold,
        //: kind, category, date or search filter)
        emit message(tr("That entry's turning point is hidden by the current filters."));
        return false;
    }
    m_selection->setCurrentIndex(target,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void SourcesView::setFilterText(const QString &text) {
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    else
        m_sort->setFilterFixedString(SearchText::normalize(text));
}

QList<QModelIndex> SourcesView::selectedCitingTurningPoints() const {
    QList<QModelIndex> turningPoints;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return turningPoints;
    const QList<QPersistentModelIndex> citing = m_sort->mapToSource(rows.first())
                                                    .data(SourceIndexModel::CitingTurningPointsRole)
                                                    .value<QList<QPersistentModelIndex>>();
    for (const QPersistentModelIndex &index : citing) {
        if (index.isValid())
            turningPoints.append(index);
    }
    return turningPoints;
}

void SourcesView::emitCitingTurningPoints() {
    const QList<QModelIndex> turningPoints = selectedCitingTurningPoints();
    // "Nothing selected" is said once; a selection is always passed on (after a rebuild the
    // same source may stand for other rows).
    if (turningPoints.isEmpty() && m_emittedEmpty)
        return;
    m_emittedEmpty = turningPoints.isEmpty();
    emit citingTurningPointsSelected(turningPoints);
}

bool SourcesView::openSource(int modelRow) {
    if (modelRow < 0 || modelRow >= m_model->rowCount())
        return false;
    // The one check that counts, made at the moment of opening (as SourceLink::open does).
    const QUrl url = UrlPolicy::openableUrl(
        m_model->index(modelRow, 0).data(SourceIndexModel::UrlRole).toString());
    if (!url.isValid()) {
        //: Status bar: the user tried to open a source link that Turnpoint does not open
        emit message(tr("Only http and https links to a host are opened."));
        return false;
    }
    return QDesktopServices::openUrl(url);
}

void SourcesView::showContextMenu(const QPoint &pos) {
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const int row = m_sort->mapToSource(index).row();
    const QString url = m_model->index(row, 0).data(SourceIndexModel::UrlRole).toString();
    QMenu menu(this);
    //: Sources view context menu
    QAction *open = menu.addAction(tr("Open Link"), this, [this, row] { openSource(row); });
    open->setEnabled(UrlPolicy::isOpenable(url));
    //: Sources view context menu: copy the URL as written
    QAction *copy = menu.addAction(tr("Copy Link"), this,
                                   [url] { QGuiApplication::clipboard()->setText(url); });
    copy->setEnabled(!url.isEmpty());
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace Turnpoint

#include "findcontroller.h"

#include "searchbar.h"
#include "timelinefiltermodel.h"

#include <QAction>
#include <QKeySequence>

namespace Turnpoint {

FindController::FindController(SearchBar *searchBar, TimelineFilterModel *proxy, QObject *parent)
    : QObject(parent) {
    const auto add = [this](const char *name, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        return action;
    };
    m_findAction = add("findAction", QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, searchBar, &SearchBar::activate);
    // What is typed counts at once, not after the typing pause.
    m_findNextAction = add("findNextAction", QKeySequence::FindNext);
    connect(m_findNextAction, &QAction::triggered, searchBar, [searchBar] {
        searchBar->applySearch();
        searchBar->findNext();
    });
    m_findPreviousAction = add("findPreviousAction", QKeySequence::FindPrevious);
    connect(m_findPreviousAction, &QAction::triggered, searchBar, [searchBar] {
        searchBar->applySearch();
        searchBar->findPrevious();
    });
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    m_clearFiltersAction = add("clearFiltersAction", {});
    connect(m_clearFiltersAction, &QAction::triggered, proxy, &TimelineFilterModel::clearFilters);
    m_clearFiltersAction->setEnabled(false);
    connect(
        proxy, &TimelineFilterModel::filterChanged, m_clearFiltersAction,
        [action = m_clearFiltersAction, proxy] { action->setEnabled(proxy->filter().isActive()); });
}

QList<QAction *> FindController::actions() const {
    return {m_findAction, m_findNextAction, m_findPreviousAction, m_separator,
            m_clearFiltersAction};
}

void FindController::retranslate() {
    //: Edit menu: put the cursor in the search field
    m_findAction->setText(tr("&Find…"));
    //: Edit menu: select the next turning point matching the search, in time order
    m_findNextAction->setText(tr("Find &Next"));
    //: Edit menu: select the previous turning point matching the search, in time order
    m_findPreviousAction->setText(tr("Find &Previous"));
    //: Edit menu: reset every filter except the confidence threshold
    m_clearFiltersAction->setText(tr("&Clear Filters"));
}

} // namespace Turnpoint

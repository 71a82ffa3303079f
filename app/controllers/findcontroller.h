#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace Turnpoint {

class SearchBar;
class TimelineFilterModel;

// The Edit menu: Find… (the search field), Find Next and Find Previous (the turning points the
// search matches, in time order) and Clear Filters (every filter but the confidence threshold,
// available while one is set).
class FindController : public QObject {
    Q_OBJECT

public:
    FindController(SearchBar *searchBar, TimelineFilterModel *proxy, QObject *parent);

    // In the Edit menu's order, with a separator before Clear Filters.
    QList<QAction *> actions() const;
    void retranslate();

private:
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_separator = nullptr;
    QAction *m_clearFiltersAction = nullptr;
};

} // namespace Turnpoint

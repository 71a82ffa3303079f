#pragma once

#include "searchtext.h"

#include <QFutureWatcher>
#include <QList>
#include <QModelIndex>
#include <QTimer>
#include <QToolBar>

#include <utility>

class QCheckBox;
class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Turnpoint {

class TimelineFilterModel;

// Find in the window: a search field driving the shared proxy's text search, the count of what
// it found ("4 matches in 3 turning points"), "Only matches" (hide the rest instead of only
// highlighting matches), and previous/next, which walk through the matching turning points in
// time order by selecting them in the shared selection model, so the chart centres on them and
// the outline and detail panel follow.
//
// Keys in the field: Enter finds the next match, Shift+Enter the previous one, Escape clears the
// search (a second Escape hands the focus back, finished()). Typing is applied after a short
// pause (setTypingDelay()), Enter at once.
class SearchBar : public QToolBar {
    Q_OBJECT

public:
    static constexpr int DefaultTypingDelayMs = 200;

    SearchBar(TimelineFilterModel *proxy, QItemSelectionModel *selection,
              QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QCheckBox *onlyMatchesBox() const { return m_onlyMatches; }
    QLabel *countLabel() const { return m_count; }
    QToolButton *previousButton() const { return m_previous; }
    QToolButton *nextButton() const { return m_next; }

    void setTypingDelay(int ms) { m_typingTimer.setInterval(ms); }

    // Shows the bar, focuses the field and selects its text (Ctrl+F).
    void activate();
    // Applies the field's text to the proxy now (instead of after the typing pause).
    void applySearch();
    // Selects the next/previous matching turning point in time order after/before the current
    // selection, wrapping around; false when nothing matches.
    bool findNext();
    bool findPrevious();

    // The turning points that match and pass every other filter, as indexes of the source
    // TimelineModel (column 0), in time order: by first day, undated last, then report and
    // document order.
    QList<QModelIndex> matchingTurningPoints() const;

    // "4 matches in 3 turning points", or "No matches".
    static QString countText(const SearchText::Statistics &statistics);

signals:
    // Escape in an empty field: the search is done; the window gives the focus back.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    // Counts the occurrences for the label: here when few turning points match, on a worker
    // otherwise (the label says it is counting meanwhile).
    void startCount();
    void countFinished();
    void showCount();
    bool step(int direction);
    void invalidateMatches();
    // Lists the matches in time order (m_matches).
    void collectMatches() const;
    void watchSource();

    TimelineFilterModel *m_proxy;
    QItemSelectionModel *m_selection;
    QLineEdit *m_field;
    QCheckBox *m_onlyMatches;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    QTimer m_typingTimer;
    QTimer m_countTimer;
    // The matches in time order, computed when first walked and kept until a filter or the data
    // changes: with a million turning points, Enter should not search them all again.
    mutable QList<QModelIndex> m_matches;
    mutable bool m_matchesValid = false;
    SearchText::Statistics m_statistics;
    // A count running on a worker: its serial, so a result for an older search is dropped.
    using CountResult = std::pair<quint64, SearchText::Statistics>;
    QFutureWatcher<CountResult> m_countWatcher;
    quint64 m_countSerial = 0;
    bool m_counting = false;
    bool m_statisticsValid = false; // m_statistics is (or is being) counted for the current data
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Turnpoint

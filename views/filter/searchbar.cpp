#include "searchbar.h"

#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>

#include <algorithm>
#include <tuple>

namespace Turnpoint {

namespace {

// Where a turning point stands in time order: dated by its first day, undated after every dated
// one, ties in report and document order.
struct TimeKey {
    bool undated = true;
    qint64 day = 0;
    int report = -1;
    int turningPoint = -1;

    friend bool operator<(const TimeKey &a, const TimeKey &b) {
        return std::tie(a.undated, a.day, a.report, a.turningPoint) <
               std::tie(b.undated, b.day, b.report, b.turningPoint);
    }
};

TimeKey timeKey(const TimelineModel &model, const QModelIndex &turningPoint) {
    TimeKey key;
    const TurningPoint *tp = model.turningPointAt(turningPoint);
    if (!tp)
        return key;
    key.undated = !tp->date.isValid();
    key.day = key.undated ? 0 : tp->date.firstDay().toJulianDay();
    key.report = turningPoint.parent().row();
    key.turningPoint = turningPoint.row();
    return key;
}

} // namespace

SearchBar::SearchBar(TimelineFilterModel *proxy, QItemSelectionModel *selection, QWidget *parent)
    : QToolBar(parent)
    , m_proxy(proxy)
    , m_selection(selection)
    , m_field(new QLineEdit(this))
    , m_onlyMatches(new QCheckBox(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this)) {
    // saveState()/restoreState() of the window find the toolbar by this name.
    setObjectName(QStringLiteral("searchBar"));

    m_field->setClearButtonEnabled(true);
    const int em = m_field->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_field->setMinimumWidth(em * 12);
    m_field->setMaximumWidth(em * 22);
    m_field->installEventFilter(this);
    addWidget(m_field);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_previous->setAutoRaise(true);
    m_next->setAutoRaise(true);
    addWidget(m_previous);
    addWidget(m_next);
    addWidget(m_onlyMatches);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setContentsMargins(6, 0, 6, 0);
    addWidget(m_count);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(DefaultTypingDelayMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &SearchBar::applySearch);
    connect(m_field, &QLineEdit::textEdited, this, [this] { m_typingTimer.start(); });
    // The clear button (and setText() from code) does not "edit": a blank field searches
    // nothing at once.
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applySearch();
    });
    connect(m_previous, &QToolButton::clicked, this, [this] {
        applySearch();
        findPrevious();
    });
    connect(m_next, &QToolButton::clicked, this, [this] {
        applySearch();
        findNext();
    });
    connect(m_onlyMatches, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setSearchMode(only ? TimelineFilter::SearchMode::OnlyMatches
                                    : TimelineFilter::SearchMode::HighlightMatches);
    });

    // Set from elsewhere (Clear filters, a restored state): the controls follow.
    connect(m_proxy, &TimelineFilterModel::searchTextChanged, this, [this](const QString &text) {
        if (m_field->text() != text && !m_typingTimer.isActive()) {
            const QSignalBlocker blocker(m_field);
            m_field->setText(text);
        }
    });
    connect(m_proxy, &TimelineFilterModel::searchModeChanged, this,
            [this](TimelineFilter::SearchMode mode) {
                const QSignalBlocker blocker(m_onlyMatches);
                m_onlyMatches->setChecked(mode == TimelineFilter::SearchMode::OnlyMatches);
            });
    m_onlyMatches->setChecked(m_proxy->searchMode() == TimelineFilter::SearchMode::OnlyMatches);
    m_field->setText(m_proxy->searchText());

    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(0);
    connect(&m_countTimer, &QTimer::timeout, this, &SearchBar::updateCount);
    connect(&m_countWatcher, &QFutureWatcher<CountResult>::finished, this,
            &SearchBar::countFinished);
    connect(m_proxy, &TimelineFilterModel::filterChanged, this, &SearchBar::invalidateMatches);
    connect(m_proxy, &QAbstractProxyModel::sourceModelChanged, this, &SearchBar::watchSource);
    watchSource();
    retranslateUi();
}

void SearchBar::watchSource() {
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    if (QAbstractItemModel *source = m_proxy->sourceModel()) {
        const auto forget = [this] { invalidateMatches(); };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsInserted, this, forget),
            connect(source, &QAbstractItemModel::rowsRemoved, this, forget),
            connect(source, &QAbstractItemModel::rowsMoved, this, forget),
            connect(source, &QAbstractItemModel::modelReset, this, forget),
            connect(source, &QAbstractItemModel::layoutChanged, this, forget),
        };
    }
    invalidateMatches();
}

void SearchBar::invalidateMatches() {
    m_matchesValid = false;
    m_matches.clear();
    m_counting = false;
    m_statisticsValid = false;
    ++m_countSerial;
    m_countTimer.start();
}

void SearchBar::retranslateUi() {
    //: Title of the search toolbar (shown in the toolbar context menu)
    setWindowTitle(tr("Search"));
    //: Placeholder of the search field
    m_field->setPlaceholderText(tr("Search turning points (Ctrl+F)"));
    //: Accessible name of the search field
    m_field->setAccessibleName(tr("Search"));
    //: Tool tip of the search field
    m_field->setToolTip(tr("Finds titles, categories, fields, notes, sources and hosts; every "
                           "word must occur. Enter: next match, Shift+Enter: previous, Esc: "
                           "clear."));
    //: Search toolbar: button that selects the previous matching turning point (in time)
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    //: Search toolbar: button that selects the next matching turning point (in time)
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    //: Search toolbar check box: hide the turning points that do not match
    m_onlyMatches->setText(tr("Only matches"));
    //: Tool tip of the "Only matches" check box
    m_onlyMatches->setToolTip(tr("Hide turning points that do not match instead of highlighting "
                                 "the ones that do"));
    // Room for a typical count, so the buttons after it do not jump sideways with every
    // keystroke.
    SearchText::Statistics typical;
    typical.matches = 888;
    typical.turningPoints = 888;
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(countText(typical)) +
                             m_count->contentsMargins().left() +
                             m_count->contentsMargins().right());
    updateCount();
}

void SearchBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

void SearchBar::activate() {
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchBar::applySearch() {
    m_typingTimer.stop();
    m_proxy->setSearchText(m_field->text());
}

QString SearchBar::countText(const SearchText::Statistics &statistics) {
    if (statistics.turningPoints == 0)
        //: Search toolbar: the search found nothing among the turning points shown
        return tr("No matches");
    //: Search toolbar, first half of "4 matches in 3 turning points": occurrences found
    const QString matches = tr("%n match(es)", nullptr, statistics.matches);
    //: Search toolbar, second half of "4 matches in 3 turning points"
    const QString turningPoints = tr("%n turning point(s)", nullptr, statistics.turningPoints);
    //: Search toolbar: "4 matches" and "3 turning points" joined, e.g. "4 matches in 3
    //: turning points"
    return tr("%1 in %2").arg(matches, turningPoints);
}

void SearchBar::updateCount() {
    m_countTimer.stop();
    if (m_proxy->filter().search().isEmpty()) {
        m_statistics = {};
        m_counting = false;
    } else if (!m_statisticsValid) {
        if (!m_matchesValid)
            collectMatches();
        startCount();
    }
    showCount();
}

void SearchBar::startCount() {
    m_statisticsValid = true;
    SearchStatisticsJob job = m_proxy->searchStatisticsJob();
    // Below this many matching turning points counting takes a few milliseconds: done here, so
    // the label never flickers through "counting".
    constexpr int CountHereUpTo = 2000;
    if (job.turningPointCount() <= CountHereUpTo) {
        m_statistics = job.run();
        m_counting = false;
        return;
    }
    m_statistics = {0, job.turningPointCount()};
    m_counting = true;
    const quint64 serial = ++m_countSerial;
    m_countWatcher.setFuture(QtConcurrent::run([job = std::move(job), serial] {
        return CountResult{serial, job.run()};
    }));
}

void SearchBar::countFinished() {
    const CountResult result = m_countWatcher.result();
    if (!m_counting || result.first != m_countSerial)
        return; // for a search or data that changed since
    m_counting = false;
    m_statistics = result.second;
    showCount();
}

void SearchBar::showCount() {
    const bool blank = m_proxy->filter().search().isEmpty();
    if (blank)
        m_count->clear();
    else if (m_counting)
        //: Search toolbar, while the occurrences are still being counted (large data)
        m_count->setText(
            tr("%n turning point(s) match; counting…", nullptr, m_statistics.turningPoints));
    else
        m_count->setText(countText(m_statistics));
    m_previous->setEnabled(!blank && m_statistics.turningPoints > 0);
    m_next->setEnabled(!blank && m_statistics.turningPoints > 0);
}

void SearchBar::collectMatches() const {
    // Once per change of the search, the filters or the data; Enter then only looks the next one
    // up. The proxy keeps whether each turning point is shown and matches, so listing them is
    // one cheap pass.
    m_matches.clear();
    m_matchesValid = true;
    const TimelineModel *model = m_proxy->timelineModel();
    if (!model || m_proxy->filter().search().isEmpty())
        return;
    QList<std::pair<TimeKey, QModelIndex>> keyed;
    for (int r = 0; r < model->reportCount(); ++r) {
        const int count = int(model->report(r).turningPoints.size());
        for (int t = 0; t < count; ++t) {
            // Shown (in "highlight" mode all that pass the other filters; in "only matches"
            // mode those are the matches anyway) and matching.
            if (!m_proxy->acceptsTurningPoint(r, t) || !m_proxy->turningPointMatchesSearch(r, t))
                continue;
            const QModelIndex index = model->turningPointIndex(r, t);
            keyed.append({timeKey(*model, index), index});
        }
    }
    std::sort(keyed.begin(), keyed.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    m_matches.reserve(keyed.size());
    for (const auto &k : std::as_const(keyed))
        m_matches.append(k.second);
}

QList<QModelIndex> SearchBar::matchingTurningPoints() const {
    if (!m_matchesValid)
        collectMatches();
    return m_matches;
}

bool SearchBar::findNext() {
    return step(+1);
}

bool SearchBar::findPrevious() {
    return step(-1);
}

bool SearchBar::step(int direction) {
    const TimelineModel *model = m_proxy->timelineModel();
    const QList<QModelIndex> matches = matchingTurningPoints();
    if (!model || matches.isEmpty())
        return false;
    // From the turning point of the current selection (an entry counts as its turning point),
    // which need not match itself; from before the first (or after the last) when there is none.
    QModelIndex current = m_proxy->mapToSource(m_selection->currentIndex());
    current = current.siblingAtColumn(0);
    if (current.isValid() && model->nodeType(current) == TimelineModel::NodeType::Entry)
        current = current.parent();
    const bool hasCurrent =
        current.isValid() && model->nodeType(current) == TimelineModel::NodeType::TurningPoint;
    qsizetype target = direction > 0 ? 0 : matches.size() - 1;
    if (hasCurrent) {
        const TimeKey here = timeKey(*model, current);
        const auto keyLess = [model](const QModelIndex &a, const TimeKey &b) {
            return timeKey(*model, a) < b;
        };
        // First match after the current turning point, or the last one before it.
        const auto lower = std::lower_bound(matches.cbegin(), matches.cend(), here, keyLess);
        if (direction > 0) {
            auto next = lower;
            if (next != matches.cend() && *next == current)
                ++next;
            target = next == matches.cend() ? 0 : next - matches.cbegin(); // wraps around
        } else {
            target =
                lower == matches.cbegin() ? matches.size() - 1 : (lower - matches.cbegin()) - 1;
        }
    }
    const QModelIndex proxyIndex = m_proxy->mapFromSource(matches.at(target));
    if (!proxyIndex.isValid())
        return false;
    m_selection->setCurrentIndex(proxyIndex,
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            applySearch();
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        case Qt::Key_Escape:
            if (!m_field->text().isEmpty()) {
                m_field->clear(); // textChanged applies the blank search
            } else {
                applySearch();
                emit finished();
            }
            return true;
        default:
            break;
        }
    }
    return QToolBar::eventFilter(watched, event);
}

} // namespace Turnpoint

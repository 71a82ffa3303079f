#include "chartviewcontroller.h"

#include "appsettings.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>
#include <QMenu>
#include <QWidget>

#include <algorithm>

namespace Turnpoint {

ChartViewController::ChartViewController(TimelineChartView *view, QWidget *window)
    : QObject(window)
    , m_view(view) {
    const auto add = [this](const char *name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        return action;
    };
    m_ghostsAction = add("ghostsAction");
    m_ghostsAction->setCheckable(true);
    connect(m_ghostsAction, &QAction::toggled, view->timelineChart(),
            &TimelineChart::setShowGhosts);

    createModeActions(window);

    m_zoomInAction = add("zoomInAction", QKeySequence::ZoomIn);
    connect(m_zoomInAction, &QAction::triggered, view, &TimelineChartView::zoomIn);
    m_zoomOutAction = add("zoomOutAction", QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, view, &TimelineChartView::zoomOut);
    m_resetZoomAction = add("resetZoomAction", QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_resetZoomAction, &QAction::triggered, view, &TimelineChartView::resetZoom);
    m_previousAction = add("previousAction", QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(m_previousAction, &QAction::triggered, view, &TimelineChartView::selectPrevious);
    m_nextAction = add("nextAction", QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_nextAction, &QAction::triggered, view, &TimelineChartView::selectNext);
    // Plain keys, window-wide: Qt first offers a key to the focus widget as ShortcutOverride,
    // and a QLineEdit (also inside a spin box or an editable combo box) accepts it for every
    // printable key, so `[` typed into the search field stays a bracket there.
    m_raiseThresholdAction = add("raiseThresholdAction", QKeySequence(Qt::Key_BracketRight));
    connect(m_raiseThresholdAction, &QAction::triggered, this, [this] { stepThreshold(+5); });
    m_lowerThresholdAction = add("lowerThresholdAction", QKeySequence(Qt::Key_BracketLeft));
    connect(m_lowerThresholdAction, &QAction::triggered, this, [this] { stepThreshold(-5); });

    for (int i = 0; i < 4; ++i) {
        auto *separator = new QAction(this);
        separator->setSeparator(true);
        m_separators.append(separator);
    }
}

void ChartViewController::createModeActions(QWidget *window) {
    TimelineChart *chart = m_view->timelineChart();
    auto *modes = new QActionGroup(this);
    m_overlayAction = new QAction(this);
    m_overlayAction->setObjectName(QStringLiteral("overlayAction"));
    m_lanesAction = new QAction(this);
    m_lanesAction->setObjectName(QStringLiteral("lanesAction"));
    for (QAction *action : {m_overlayAction, m_lanesAction}) {
        action->setCheckable(true);
        modes->addAction(action);
    }
    m_overlayAction->setChecked(true);
    connect(m_overlayAction, &QAction::triggered, chart,
            [chart] { chart->setMode(TimelineChart::Mode::Overlay); });
    connect(m_lanesAction, &QAction::triggered, chart,
            [chart] { chart->setMode(TimelineChart::Mode::Lanes); });

    m_laneGroupingMenu = new QMenu(window);
    m_laneGroupingMenu->setObjectName(QStringLiteral("laneGroupingMenu"));
    auto *groupings = new QActionGroup(this);
    for (const LaneLayout::Grouping grouping :
         {LaneLayout::Grouping::None, LaneLayout::Grouping::Region, LaneLayout::Grouping::Sector}) {
        QAction *action = m_laneGroupingMenu->addAction(QString());
        action->setCheckable(true);
        groupings->addAction(action);
        connect(action, &QAction::triggered, chart,
                [chart, grouping] { chart->setLaneGrouping(grouping); });
        m_laneGroupingActions.append(action);
    }
    m_showAllLanesAction = new QAction(this);
    m_showAllLanesAction->setObjectName(QStringLiteral("showAllLanesAction"));
    connect(m_showAllLanesAction, &QAction::triggered, chart, &TimelineChart::showAllLanes);
    // The lane menu on the chart changes the same state: the View menu follows it.
    connect(chart, &TimelineChart::modeChanged, this, &ChartViewController::syncModeActions);
    connect(chart, &TimelineChart::laneLayoutChanged, this, &ChartViewController::syncModeActions);
    syncModeActions();
}

QList<QAction *> ChartViewController::actions() const {
    return {m_ghostsAction,
            m_separators.at(0),
            m_overlayAction,
            m_lanesAction,
            m_laneGroupingMenu->menuAction(),
            m_showAllLanesAction,
            m_separators.at(1),
            m_zoomInAction,
            m_zoomOutAction,
            m_resetZoomAction,
            m_separators.at(2),
            m_previousAction,
            m_nextAction,
            m_separators.at(3),
            m_raiseThresholdAction,
            m_lowerThresholdAction};
}

void ChartViewController::stepThreshold(int delta) {
    TimelineFilterModel *proxy = m_view->timelineChart()->proxy();
    proxy->setMinimumConfidence(std::clamp(proxy->minimumConfidence() + delta, 0, 100));
}

QList<QAction *> ChartViewController::toolBarActions() const {
    return {m_ghostsAction, m_resetZoomAction};
}

void ChartViewController::syncModeActions() {
    const TimelineChart *chart = m_view->timelineChart();
    const bool lanes = chart->mode() == TimelineChart::Mode::Lanes;
    m_lanesAction->setChecked(lanes);
    m_overlayAction->setChecked(!lanes);
    m_laneGroupingActions.at(int(chart->laneLayout().grouping()))->setChecked(true);
    m_laneGroupingMenu->setEnabled(lanes);
    m_showAllLanesAction->setEnabled(lanes && !chart->laneLayout().hiddenKeys().isEmpty());
}

void ChartViewController::retranslate() {
    //: View menu: keep turning points below the threshold on the chart as faint markers
    m_ghostsAction->setText(tr("Show Filtered as &Ghosts"));
    //: View menu / toolbar tool tip
    m_ghostsAction->setToolTip(tr("Show turning points below the threshold as faint markers"));
    //: View menu: all reports on one confidence chart, told apart by colour
    m_overlayAction->setText(tr("&Overlay"));
    //: View menu: one horizontal lane per report on a shared time axis
    m_lanesAction->setText(tr("&Lanes"));
    //: View menu: submenu; arrange the lanes by a field of the reports' titles
    m_laneGroupingMenu->setTitle(tr("&Group Lanes By"));
    //: View menu → Group Lanes By
    m_laneGroupingActions.at(0)->setText(tr("&None"));
    //: View menu → Group Lanes By: the region a report's title names (e.g. 云南省)
    m_laneGroupingActions.at(1)->setText(tr("&Region"));
    //: View menu → Group Lanes By: the sector a report's title names (e.g. 工业部门)
    m_laneGroupingActions.at(2)->setText(tr("&Sector"));
    //: View menu: show the lanes hidden from the lane menu again
    m_showAllLanesAction->setText(tr("Show &All Lanes"));
    //: View menu
    m_zoomInAction->setText(tr("Zoom &In"));
    //: View menu
    m_zoomOutAction->setText(tr("Zoom &Out"));
    //: View menu: show the whole time range again
    m_resetZoomAction->setText(tr("&Reset Zoom"));
    //: Toolbar tool tip: show the whole time range again
    m_resetZoomAction->setToolTip(tr("Show the whole time range"));
    //: View menu
    m_previousAction->setText(tr("&Previous Turning Point"));
    //: View menu
    m_nextAction->setText(tr("&Next Turning Point"));
    //: View menu: raise the minimum confidence a turning point needs to be shown by 5 points
    //: (shortcut: ])
    m_raiseThresholdAction->setText(tr("Raise &Threshold"));
    //: View menu: lower the minimum confidence a turning point needs to be shown by 5 points
    //: (shortcut: [)
    m_lowerThresholdAction->setText(tr("Lo&wer Threshold"));
}

void ChartViewController::restoreSettings() {
    if (const std::optional<bool> ghosts = AppSettings::showGhosts())
        m_ghostsAction->setChecked(*ghosts);
    TimelineChart *chart = m_view->timelineChart();
    // Only the values written by saveSettings() count; anything else keeps the default.
    const QString grouping = AppSettings::laneGrouping();
    if (grouping == QLatin1String("region"))
        chart->setLaneGrouping(LaneLayout::Grouping::Region);
    else if (grouping == QLatin1String("sector"))
        chart->setLaneGrouping(LaneLayout::Grouping::Sector);
    if (const auto arrangement = AppSettings::laneArrangement())
        chart->restoreLaneArrangement(arrangement->first, arrangement->second);
    if (AppSettings::chartMode() == QLatin1String("lanes"))
        chart->setMode(TimelineChart::Mode::Lanes);
    syncModeActions();
}

void ChartViewController::saveSettings() const {
    AppSettings::setShowGhosts(m_ghostsAction->isChecked());
    const TimelineChart *chart = m_view->timelineChart();
    AppSettings::setChartMode(chart->mode() == TimelineChart::Mode::Lanes
                                  ? QStringLiteral("lanes")
                                  : QStringLiteral("overlay"));
    static const QString groupings[] = {QStringLiteral("none"), QStringLiteral("region"),
                                        QStringLiteral("sector")};
    AppSettings::setLaneGrouping(groupings[int(chart->laneLayout().grouping())]);
    // The arrangement of the reports open now; with none open, the one restored is kept.
    if (!chart->laneLayout().order().isEmpty())
        AppSettings::setLaneArrangement(chart->laneLayout().order(),
                                        chart->laneLayout().hiddenKeys());
}

} // namespace Turnpoint

#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Turnpoint {

class TimelineChartView;

// How the chart is shown, the View menu's first blocks: Show Filtered as Ghosts; Overlay or
// Lanes, Group Lanes By and Show All Lanes; zoom; the previous and next turning point; the
// confidence threshold a step up or down (`]` and `[`, from anywhere in the window). The
// chart's own lane menu changes the same state, and these actions follow it. What the user
// chose is kept through AppSettings.
class ChartViewController : public QObject {
    Q_OBJECT

public:
    // `window` parents the Group Lanes By submenu (the window places it).
    ChartViewController(TimelineChartView *view, QWidget *window);

    // In the View menu's order, with a separator between the blocks: Show Filtered as Ghosts;
    // Overlay, Lanes, Group Lanes By, Show All Lanes; Zoom In, Zoom Out, Reset Zoom; Previous
    // and Next Turning Point; Raise and Lower Threshold.
    QList<QAction *> actions() const;
    // For a toolbar: Show Filtered as Ghosts and Reset Zoom.
    QList<QAction *> toolBarActions() const;
    void retranslate();

    void restoreSettings();
    void saveSettings() const;

private:
    void createModeActions(QWidget *window);
    // Checks the mode and grouping the chart has now; Group Lanes By and Show All Lanes only
    // apply to lanes.
    void syncModeActions();
    // Moves the shared proxy's threshold by `delta` points, within 0-100.
    void stepThreshold(int delta);

    TimelineChartView *m_view;
    QAction *m_ghostsAction = nullptr;
    QAction *m_overlayAction = nullptr;
    QAction *m_lanesAction = nullptr;
    QMenu *m_laneGroupingMenu = nullptr;
    QList<QAction *> m_laneGroupingActions; // none, region, sector
    QAction *m_showAllLanesAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_raiseThresholdAction = nullptr;
    QAction *m_lowerThresholdAction = nullptr;
    QList<QAction *> m_separators; // after ghosts, the lanes, the zoom and the stepping
};

} // namespace Turnpoint

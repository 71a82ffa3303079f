// The window's side of lanes: View → Overlay / Lanes and Group Lanes By follow the
// chart, and the mode, grouping, order and hidden lanes come back in the next window.
#include "mainwindow.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinemodel.h"
#include "uilanguage.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Turnpoint;

namespace {
const QString Sample = QStringLiteral(TURNPOINT_SAMPLE);
const QString Guangxi = QStringLiteral(TURNPOINT_TEST_DATA "/guangxi-buildings-en.md");

QStringList laneKeys(TimelineChart *chart) {
    QStringList keys;
    // The arrangement, not the geometry: a window never shown has no plot area to lay out.
    for (const LaneLayout::Lane &lane : chart->laneLayout().lanes())
        keys.append(lane.key);
    return keys;
}
} // namespace

class TestLanesWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase() {
        // Never the user's settings.
        QVERIFY(TestSupport::useTemporarySettings(m_config));
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
    }

    void init() {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    void menuFollowsTheChart() {
        MainWindow w;
        TimelineChart *chart = w.chartView()->timelineChart();
        QVERIFY(TestSupport::action(&w, "overlayAction")->isChecked());
        QVERIFY(!TestSupport::action(&w, "lanesAction")->isChecked());
        TestSupport::action(&w, "lanesAction")->trigger();
        QCOMPARE(chart->mode(), TimelineChart::Mode::Lanes);
        QVERIFY(!TestSupport::action(&w, "overlayAction")->isChecked());
        w.findChild<QMenu *>(QStringLiteral("laneGroupingMenu"))->actions().at(2)->trigger();
        QCOMPARE(chart->laneLayout().grouping(), LaneLayout::Grouping::Sector);
        chart->setLaneGrouping(LaneLayout::Grouping::Region); // e.g. from the lane menu
        QVERIFY(
            w.findChild<QMenu *>(QStringLiteral("laneGroupingMenu"))->actions().at(1)->isChecked());
        chart->setMode(TimelineChart::Mode::Overlay);
        QVERIFY(TestSupport::action(&w, "overlayAction")->isChecked());
    }

    void modeAndArrangementAreRemembered() {
        QString first, second;
        {
            MainWindow w;
            QVERIFY(TestSupport::openAndWait(w, {Sample, Guangxi}));
            TimelineChart *chart = w.chartView()->timelineChart();
            TestSupport::action(&w, "lanesAction")->trigger();
            QCOMPARE(laneKeys(chart).size(), 2);
            first = laneKeys(chart).at(0);
            second = laneKeys(chart).at(1);
            QVERIFY(chart->moveLane(second, -1));
            QCOMPARE(laneKeys(chart), (QStringList{second, first}));
            chart->setLaneGrouping(LaneLayout::Grouping::Sector);
            w.close(); // saves the settings
        }
        {
            MainWindow w;
            TimelineChart *chart = w.chartView()->timelineChart();
            QCOMPARE(chart->mode(), TimelineChart::Mode::Lanes);
            QVERIFY(TestSupport::action(&w, "lanesAction")->isChecked());
            QCOMPARE(chart->laneLayout().grouping(), LaneLayout::Grouping::Sector);
            // Opened in the other order: the saved order wins.
            QVERIFY(TestSupport::openAndWait(w, {Guangxi, Sample}));
            QCOMPARE(laneKeys(chart), (QStringList{second, first}));
            chart->setLaneHidden(first, true);
            w.close();
        }
        {
            MainWindow w;
            QVERIFY(TestSupport::openAndWait(w, {Sample, Guangxi}));
            TimelineChart *chart = w.chartView()->timelineChart();
            QCOMPARE(laneKeys(chart), QStringList{second});
            QCOMPARE(chart->laneLayout().hiddenKeys(), QStringList{first});
            TestSupport::action(&w, "overlayAction")->trigger();
            w.close();
        }
        MainWindow w;
        QCOMPARE(w.chartView()->timelineChart()->mode(), TimelineChart::Mode::Overlay);
    }

    void unreadableSettingsKeepTheDefaults() {
        {
            QSettings settings;
            settings.setValue(QStringLiteral("view/chartMode"), 42);
            settings.setValue(QStringLiteral("view/laneGrouping"), QStringLiteral("<b>x</b>"));
            settings.setValue(QStringLiteral("view/laneOrder"), 7);
        }
        MainWindow w;
        TimelineChart *chart = w.chartView()->timelineChart();
        QCOMPARE(chart->mode(), TimelineChart::Mode::Overlay);
        QCOMPARE(chart->laneLayout().grouping(), LaneLayout::Grouping::None);
        QVERIFY(TestSupport::openAndWait(w, {Sample}));
        QCOMPARE(chart->laneLayout().order().size(), 1);
    }
};

QTEST_MAIN(TestLanesWindow)
#include "tst_laneswindow.moc"

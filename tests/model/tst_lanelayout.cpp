#include "lanelayout.h"

#include <QtTest>

using namespace Turnpoint;

namespace {

const QString Yunnan = QStringLiteral("yunnan.md");
const QString Guangxi = QStringLiteral("guangxi.md");
const QString YunnanPower = QStringLiteral("yunnan-power.md");
const QString Sichuan = QStringLiteral("sichuan.md");

const QStringList Keys = {Yunnan, Guangxi, YunnanPower};
const QStringList Titles = {QStringLiteral("云南省工业部门碳排放关键政策与事件汇编"),
                            QStringLiteral("Guangxi Zhuang Autonomous Region Industry Sector"),
                            QStringLiteral("云南省电力部门碳排放")};

QStringList laneKeys(const LaneLayout &layout) {
    QStringList keys;
    for (const LaneLayout::Lane &lane : layout.lanes())
        keys.append(lane.key);
    return keys;
}

} // namespace

class TestLaneLayout : public QObject {
    Q_OBJECT

private slots:
    void modelOrderFirst() {
        LaneLayout layout;
        layout.setReports(Keys, Titles);
        QCOMPARE(layout.order(), Keys);
        const QList<LaneLayout::Lane> lanes = layout.lanes();
        QCOMPARE(int(lanes.size()), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(lanes.at(i).report, i);
            QCOMPARE(lanes.at(i).title, Titles.at(i));
            QVERIFY(lanes.at(i).group.isEmpty()); // not grouped
        }
    }

    void moveAndHide() {
        LaneLayout layout;
        layout.setReports(Keys, Titles);
        QVERIFY(layout.move(2, 0));
        QCOMPARE(laneKeys(layout), (QStringList{YunnanPower, Yunnan, Guangxi}));
        QVERIFY(!layout.move(3, 0));
        QVERIFY(!layout.move(-1, 0));
        layout.setHidden(Yunnan, true);
        QCOMPARE(laneKeys(layout), (QStringList{YunnanPower, Guangxi}));
        QCOMPARE(layout.laneOf(0), -1); // Yunnan's model row is hidden
        QCOMPARE(layout.laneOf(1), 1);
        QCOMPARE(layout.laneOf(2), 0);
        QCOMPARE(layout.hiddenKeys(), QStringList{Yunnan});
        layout.setHidden(Sichuan, true); // not loaded: nothing to hide
        QCOMPARE(layout.hiddenKeys(), QStringList{Yunnan});
        layout.setHidden(Yunnan, false);
        QCOMPARE(laneKeys(layout), (QStringList{YunnanPower, Yunnan, Guangxi}));
    }

    void reportsComingAndGoing() {
        LaneLayout layout;
        layout.setReports(Keys, Titles);
        QVERIFY(layout.move(0, 2)); // Guangxi, Yunnan power, Yunnan
        layout.setHidden(Guangxi, true);
        // Guangxi closed, Sichuan opened: rows shift, the chosen order holds, the new one is last.
        layout.setReports({Yunnan, YunnanPower, Sichuan},
                          {Titles.at(0), Titles.at(2), QStringLiteral("四川省交通部门")});
        QCOMPARE(layout.order(), (QStringList{YunnanPower, Yunnan, Sichuan}));
        QCOMPARE(layout.lanes().first().report, 1);
        QVERIFY(layout.hiddenKeys().isEmpty());
        // Guangxi back: shown again, at the end.
        layout.setReports(
            {Yunnan, YunnanPower, Sichuan, Guangxi},
            {Titles.at(0), Titles.at(2), QStringLiteral("四川省交通部门"), Titles.at(1)});
        QCOMPARE(laneKeys(layout), (QStringList{YunnanPower, Yunnan, Sichuan, Guangxi}));
    }

    void restoreOrderAndHidden() {
        LaneLayout layout;
        layout.setReports(Keys, Titles);
        layout.setOrder({Sichuan, YunnanPower, Yunnan}); // Sichuan not loaded; Guangxi not named
        QCOMPARE(layout.order(), (QStringList{YunnanPower, Yunnan, Guangxi}));
        layout.setHiddenKeys({Guangxi, Sichuan});
        QCOMPARE(layout.hiddenKeys(), QStringList{Guangxi});
        QCOMPARE(laneKeys(layout), (QStringList{YunnanPower, Yunnan}));
    }

    void groupByRegionAndSector() {
        LaneLayout layout;
        const QString unknown = QStringLiteral("notes.md");
        layout.setReports(Keys + QStringList{unknown, Sichuan},
                          Titles + QStringList{QStringLiteral("Assorted notes"),
                                               QStringLiteral("四川省工业部门碳排放")});
        layout.setGrouping(LaneLayout::Grouping::Region);
        // 云南省 (first lane's group) keeps both Yunnan lanes together, then Guangxi, then
        // Sichuan; the title without a region goes last.
        QCOMPARE(laneKeys(layout), (QStringList{Yunnan, YunnanPower, Guangxi, Sichuan, unknown}));
        QCOMPARE(layout.lanes().at(1).group, QStringLiteral("云南省"));
        QVERIFY(layout.lanes().last().group.isEmpty());

        layout.setGrouping(LaneLayout::Grouping::Sector);
        // 工业部门: Yunnan, Sichuan; Industry Sector: Guangxi; 电力部门: Yunnan power.
        QCOMPARE(laneKeys(layout), (QStringList{Yunnan, Sichuan, Guangxi, YunnanPower, unknown}));
        QCOMPARE(layout.lanes().at(2).group, QStringLiteral("Industry Sector"));

        // Hidden lanes leave their group; the order inside a group is the chosen one.
        layout.setHidden(Guangxi, true);
        QVERIFY(layout.move(4, 0)); // Sichuan to the top of order()
        QCOMPARE(laneKeys(layout), (QStringList{Sichuan, Yunnan, YunnanPower, unknown}));

        layout.setGrouping(LaneLayout::Grouping::None);
        QCOMPARE(laneKeys(layout), (QStringList{Sichuan, Yunnan, YunnanPower, unknown}));
    }
};

QTEST_APPLESS_MAIN(TestLaneLayout)
#include "tst_lanelayout.moc"

#include "datetext.h"
#include "timescale.h"

#include <QtTest>

using namespace Turnpoint;

// TimeScale is the chart's time <-> pixel maths; every rule the chart relies on is a table row.
class TestTimeScale : public QObject {
    Q_OBJECT

private:
    static TimeScale scaleOf(const QDate &from, const QDate &to, double left, double right) {
        TimeScale s;
        s.start = TimeScale::timeOf(from);
        s.end = TimeScale::timeOf(to);
        s.left = left;
        s.right = right;
        return s;
    }
    // A fixed-width "font": 7 px per character, so the tables do not depend on installed fonts.
    static double width(const QString &text) { return 7.0 * text.size(); }

private slots:
    void toPixel_data() {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("right");
        QTest::addColumn<double>("time");
        QTest::addColumn<double>("pixel");
        QTest::newRow("left edge") << 100.0 << 200.0 << 10.0 << 1010.0 << 100.0 << 10.0;
        QTest::newRow("right edge") << 100.0 << 200.0 << 10.0 << 1010.0 << 200.0 << 1010.0;
        QTest::newRow("middle") << 100.0 << 200.0 << 10.0 << 1010.0 << 150.0 << 510.0;
        QTest::newRow("before start") << 100.0 << 200.0 << 0.0 << 100.0 << 90.0 << -10.0;
        QTest::newRow("after end") << 100.0 << 200.0 << 0.0 << 100.0 << 250.0 << 150.0;
        QTest::newRow("fraction of a day") << 0.0 << 10.0 << 0.0 << 1000.0 << 0.25 << 25.0;
    }
    void toPixel() {
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(double, left);
        QFETCH(double, right);
        QFETCH(double, time);
        QFETCH(double, pixel);
        const TimeScale s{start, end, left, right};
        QCOMPARE(s.toPixel(time), pixel);
        QCOMPARE(s.toTime(pixel), time); // and back
    }

    void monthIsCentred_data() {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<double>("offsetFromFirstDay");
        QTest::newRow("March 2019 (31 days)") << QDate(2019, 3, 1) << QDate(2019, 3, 31) << 15.5;
        QTest::newRow("February 2020 (29 days)") << QDate(2020, 2, 1) << QDate(2020, 2, 29) << 14.5;
        QTest::newRow("February 2021 (28 days)") << QDate(2021, 2, 1) << QDate(2021, 2, 28) << 14.0;
        QTest::newRow("a single day") << QDate(2021, 9, 14) << QDate(2021, 9, 14) << 0.5;
        QTest::newRow("a year") << QDate(2022, 1, 1) << QDate(2022, 12, 31) << 182.5;
    }
    void monthIsCentred() {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(double, offsetFromFirstDay);
        const double centre = TimeScale::centreOf(first, last);
        QCOMPARE(centre - TimeScale::timeOf(first), offsetFromFirstDay);
        // The centre is inside the period, and not at its first day.
        QVERIFY(centre > TimeScale::timeOf(first));
        QVERIFY(centre < TimeScale::timeAfter(last));
        QCOMPARE(TimeScale::dateAt(centre) >= first, true);
        QCOMPARE(TimeScale::dateAt(centre) <= last, true);
    }

    void zoomKeepsAnchor_data() {
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchor");
        QTest::newRow("in at centre") << 2.0 << 500.0;
        QTest::newRow("in at left") << 1.25 << 50.0;
        QTest::newRow("in at right edge") << 4.0 << 1000.0;
        QTest::newRow("out at 300") << 0.5 << 300.0;
    }
    void zoomKeepsAnchor() {
        QFETCH(double, factor);
        QFETCH(double, anchor);
        const TimeScale s{1000, 3000, 0, 1000};
        const TimeScale z = s.zoomed(factor, anchor);
        QCOMPARE(z.toTime(anchor), s.toTime(anchor));
        QCOMPARE(z.span(), s.span() / factor);
        QCOMPARE(z.left, s.left);
        QCOMPARE(z.right, s.right);
    }

    void pan_data() {
        QTest::addColumn<double>("dx");
        QTest::addColumn<double>("startShift");
        QTest::newRow("drag right shows earlier") << 100.0 << -200.0;
        QTest::newRow("drag left shows later") << -50.0 << 100.0;
        QTest::newRow("no move") << 0.0 << 0.0;
    }
    void pan() {
        QFETCH(double, dx);
        QFETCH(double, startShift);
        const TimeScale s{1000, 3000, 0, 1000}; // 2 days per pixel
        const TimeScale p = s.panned(dx);
        QCOMPARE(p.start - s.start, startShift);
        QCOMPARE(p.span(), s.span());
    }

    void clamped_data() {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("expectedStart");
        QTest::addColumn<double>("expectedEnd");
        // Limits for every row: [0, 1000], at least 20 days.
        QTest::newRow("inside") << 100.0 << 300.0 << 100.0 << 300.0;
        QTest::newRow("too narrow") << 100.0 << 105.0 << 92.5 << 112.5;
        QTest::newRow("too wide") << -500.0 << 1500.0 << 0.0 << 1000.0;
        QTest::newRow("left of range") << -100.0 << 100.0 << 0.0 << 200.0;
        QTest::newRow("right of range") << 900.0 << 1100.0 << 800.0 << 1000.0;
    }
    void clamped() {
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(double, expectedStart);
        QFETCH(double, expectedEnd);
        const TimeScale c = TimeScale{start, end, 0, 500}.clamped(0, 1000, 20);
        QCOMPARE(c.start, expectedStart);
        QCOMPARE(c.end, expectedEnd);
    }

    void tickStep_data() {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<double>("pixels");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("count");
        // "Mar 2019" is 56 px, gap 14: a month label needs 70 px per tick; "2019" needs 42.
        QTest::newRow("5 years on 1200 px: half years")
            << QDate(2019, 1, 1) << QDate(2024, 1, 1) << 1200.0 << int(TickUnit::Month) << 6;
        QTest::newRow("5 years on 400 px: years")
            << QDate(2019, 1, 1) << QDate(2024, 1, 1) << 400.0 << int(TickUnit::Year) << 1;
        QTest::newRow("2 years on 1200 px: 2 months")
            << QDate(2021, 1, 1) << QDate(2023, 1, 1) << 1200.0 << int(TickUnit::Month) << 2;
        QTest::newRow("6 months on 1200 px: months")
            << QDate(2022, 1, 1) << QDate(2022, 7, 1) << 1200.0 << int(TickUnit::Month) << 1;
        QTest::newRow("50 years on 600 px: 5 years")
            << QDate(1970, 1, 1) << QDate(2020, 1, 1) << 600.0 << int(TickUnit::Year) << 5;
    }
    void tickStep() {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(double, pixels);
        QFETCH(int, unit);
        QFETCH(int, count);
        const TimeScale s = scaleOf(from, to, 0, pixels);
        const TickStep step = s.chooseStep(QLocale(QLocale::English), &TestTimeScale::width, 14);
        QCOMPARE(int(step.unit), unit);
        QCOMPARE(step.count, count);
    }

    // Whatever the range and width, kept labels never overlap and never stick out.
    void labelsNeverOverlap_data() {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<double>("pixels");
        QTest::addColumn<QString>("locale");
        QTest::newRow("sample, en")
            << QDate(2019, 1, 15) << QDate(2023, 6, 1) << 1500.0 << QStringLiteral("en");
        QTest::newRow("sample, zh")
            << QDate(2019, 1, 15) << QDate(2023, 6, 1) << 1500.0 << QStringLiteral("zh_CN");
        QTest::newRow("narrow") << QDate(2019, 1, 15) << QDate(2023, 6, 1) << 250.0
                                << QStringLiteral("zh_CN");
        QTest::newRow("zoomed, odd edges")
            << QDate(2022, 2, 20) << QDate(2022, 4, 10) << 700.0 << QStringLiteral("en");
        QTest::newRow("tiny") << QDate(2022, 2, 20) << QDate(2022, 3, 10) << 60.0
                              << QStringLiteral("en");
    }
    void labelsNeverOverlap() {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(double, pixels);
        QFETCH(QString, locale);
        const TimeScale s = scaleOf(from, to, 40, 40 + pixels);
        const QList<TimeTick> ticks = s.ticks(QLocale(locale), &TestTimeScale::width, 14);
        double lastRight = -1e9;
        int shown = 0;
        for (const TimeTick &t : ticks) {
            if (t.label.isEmpty())
                continue;
            ++shown;
            const double x = s.toPixel(t.labelTime);
            const double l = x - width(t.label) / 2, r = x + width(t.label) / 2;
            QVERIFY2(l >= s.left && r <= s.right, qPrintable(t.label));
            QVERIFY2(l >= lastRight + 14, qPrintable(t.label));
            lastRight = r;
        }
        if (pixels >= 250)
            QVERIFY(shown >= 2);
    }

    void labelsFollowTheLocale_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("year");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("2019年3月")
                               << QStringLiteral("2019年");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Mar 2019")
                            << QStringLiteral("2019");
    }
    void labelsFollowTheLocale() {
        QFETCH(QString, locale);
        QFETCH(QString, month);
        QFETCH(QString, year);
        QCOMPARE(DateText::monthYear(QDate(2019, 3, 1), QLocale(locale)), month);
        QCOMPARE(DateText::year(2019, QLocale(locale)), year);
        QCOMPARE(DateText::partialDate(PartialDate::fromYearMonth(2019, 3), QLocale(locale)),
                 month);
    }

    void periodLabelsSitInTheirPeriod() {
        // One tick per month: the label names the month and sits in its middle, as the month's
        // markers do.
        const TimeScale s = scaleOf(QDate(2022, 1, 1), QDate(2022, 7, 1), 0, 1200);
        const QList<TimeTick> ticks = s.ticksFor({TickUnit::Month, 1}, QLocale(QLocale::English));
        QVERIFY(ticks.size() >= 6); // plus the boundary at the right edge
        QCOMPARE(ticks.at(2).label, QStringLiteral("Mar 2022"));
        QCOMPARE(ticks.at(2).time, TimeScale::timeOf(QDate(2022, 3, 1)));
        QCOMPARE(ticks.at(2).labelTime, TimeScale::centreOf(QDate(2022, 3, 1), QDate(2022, 3, 31)));
    }
};

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"

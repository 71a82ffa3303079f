#include "partialdate.h"

#include <QTest>

using namespace Turnpoint;

class tst_PartialDate : public QObject {
    Q_OBJECT

private slots:
    void defaults();
    void days_data();
    void days();
    void iso_data();
    void iso();
    void span_data();
    void span();
    void equality();
};

void tst_PartialDate::defaults() {
    const PartialDate d;
    QVERIFY(!d.isValid());
    QCOMPARE(d.precision, PartialDate::None);
    QVERIFY(!d.firstDay().isValid());
    QVERIFY(!d.lastDay().isValid());
    QVERIFY(d.toIso().isEmpty());
    const DateSpan s;
    QVERIFY(!s.isValid());
    QVERIFY(!s.isRange());
    QVERIFY(s.toIso().isEmpty());
}

void tst_PartialDate::days_data() {
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("year") << PartialDate::fromYear(2019) << QDate(2019, 1, 1)
                          << QDate(2019, 12, 31);
    QTest::newRow("month") << PartialDate::fromYearMonth(2019, 3) << QDate(2019, 3, 1)
                           << QDate(2019, 3, 31);
    QTest::newRow("april") << PartialDate::fromYearMonth(2021, 4) << QDate(2021, 4, 1)
                           << QDate(2021, 4, 30);
    QTest::newRow("december") << PartialDate::fromYearMonth(2022, 12) << QDate(2022, 12, 1)
                              << QDate(2022, 12, 31);
    QTest::newRow("february leap")
        << PartialDate::fromYearMonth(2020, 2) << QDate(2020, 2, 1) << QDate(2020, 2, 29);
    QTest::newRow("february common")
        << PartialDate::fromYearMonth(2021, 2) << QDate(2021, 2, 1) << QDate(2021, 2, 28);
    QTest::newRow("february 1900 (not leap)")
        << PartialDate::fromYearMonth(1900, 2) << QDate(1900, 2, 1) << QDate(1900, 2, 28);
    QTest::newRow("february 2000 (leap)")
        << PartialDate::fromYearMonth(2000, 2) << QDate(2000, 2, 1) << QDate(2000, 2, 29);
    QTest::newRow("day") << PartialDate::fromYearMonthDay(2022, 3, 29) << QDate(2022, 3, 29)
                         << QDate(2022, 3, 29);
    QTest::newRow("leap day") << PartialDate::fromYearMonthDay(2024, 2, 29) << QDate(2024, 2, 29)
                              << QDate(2024, 2, 29);
    QTest::newRow("year 1") << PartialDate::fromYear(1) << QDate(1, 1, 1) << QDate(1, 12, 31);
    QTest::newRow("year 9999") << PartialDate::fromYear(9999) << QDate(9999, 1, 1)
                               << QDate(9999, 12, 31);
}

void tst_PartialDate::days() {
    QFETCH(PartialDate, date);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QVERIFY(date.isValid());
    QCOMPARE(date.firstDay(), first);
    QCOMPARE(date.lastDay(), last);
}

void tst_PartialDate::iso_data() {
    QTest::addColumn<PartialDate>("date");
    QTest::addColumn<QString>("iso");

    QTest::newRow("year") << PartialDate::fromYear(2022) << QStringLiteral("2022");
    QTest::newRow("month") << PartialDate::fromYearMonth(2019, 12) << QStringLiteral("2019-12");
    QTest::newRow("month padded") << PartialDate::fromYearMonth(2019, 3)
                                  << QStringLiteral("2019-03");
    QTest::newRow("day") << PartialDate::fromYearMonthDay(2022, 3, 29)
                         << QStringLiteral("2022-03-29");
    QTest::newRow("day padded") << PartialDate::fromYearMonthDay(2021, 9, 4)
                                << QStringLiteral("2021-09-04");
    QTest::newRow("leap day") << PartialDate::fromYearMonthDay(2020, 2, 29)
                              << QStringLiteral("2020-02-29");
    QTest::newRow("small year") << PartialDate::fromYear(800) << QStringLiteral("0800");
    QTest::newRow("none") << PartialDate() << QString();
}

void tst_PartialDate::iso() {
    QFETCH(PartialDate, date);
    QFETCH(QString, iso);
    QCOMPARE(date.toIso(), iso);
}

void tst_PartialDate::span_data() {
    QTest::addColumn<DateSpan>("span");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<bool>("range");

    QTest::newRow("single month") << DateSpan{PartialDate::fromYearMonth(2019, 12), {}}
                                  << QStringLiteral("2019-12") << QDate(2019, 12, 1)
                                  << QDate(2019, 12, 31) << false;
    QTest::newRow("month range") << DateSpan{PartialDate::fromYearMonth(2022, 1),
                                             PartialDate::fromYearMonth(2023, 8)}
                                 << QStringLiteral("2022-01/2023-08") << QDate(2022, 1, 1)
                                 << QDate(2023, 8, 31) << true;
    QTest::newRow("year range") << DateSpan{PartialDate::fromYear(2021),
                                            PartialDate::fromYear(2025)}
                                << QStringLiteral("2021/2025") << QDate(2021, 1, 1)
                                << QDate(2025, 12, 31) << true;
    QTest::newRow("range to leap february")
        << DateSpan{PartialDate::fromYearMonthDay(2023, 12, 1), PartialDate::fromYearMonth(2024, 2)}
        << QStringLiteral("2023-12-01/2024-02") << QDate(2023, 12, 1) << QDate(2024, 2, 29) << true;
    QTest::newRow("single day") << DateSpan{PartialDate::fromYearMonthDay(2021, 9, 14), {}}
                                << QStringLiteral("2021-09-14") << QDate(2021, 9, 14)
                                << QDate(2021, 9, 14) << false;
}

void tst_PartialDate::span() {
    QFETCH(DateSpan, span);
    QFETCH(QString, iso);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(bool, range);
    QVERIFY(span.isValid());
    QCOMPARE(span.isRange(), range);
    QCOMPARE(span.toIso(), iso);
    QCOMPARE(span.firstDay(), first);
    QCOMPARE(span.lastDay(), last);
}

void tst_PartialDate::equality() {
    QCOMPARE(PartialDate::fromYearMonth(2019, 3), PartialDate::fromYearMonth(2019, 3));
    // Same first day, different precision: not the same date.
    QVERIFY(PartialDate::fromYear(2019) != PartialDate::fromYearMonth(2019, 1));
    QVERIFY(PartialDate::fromYearMonth(2019, 1) != PartialDate::fromYearMonthDay(2019, 1, 1));
    const DateSpan a{PartialDate::fromYear(2021), PartialDate::fromYear(2025)};
    const DateSpan b{PartialDate::fromYear(2021), {}};
    QVERIFY(a != b);
    QCOMPARE(a, (DateSpan{PartialDate::fromYear(2021), PartialDate::fromYear(2025)}));
}

QTEST_APPLESS_MAIN(tst_PartialDate)
#include "tst_partialdate.moc"

#include "charttitle.h"

#include <QFont>
#include <QtTest>

using namespace Turnpoint;

class TestChartTitle : public QObject {
    Q_OBJECT

private slots:
    void joined_data() {
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringList() << QString();
        QTest::newRow("one") << QStringList{QStringLiteral("云南")} << QStringLiteral("云南");
        QTest::newRow("three") << QStringList{QStringLiteral("A"), QStringLiteral("B"),
                                              QStringLiteral("C")}
                               << QStringLiteral("A · B · C");
    }
    void joined() {
        QFETCH(QStringList, titles);
        QFETCH(QString, expected);
        ChartTitle title;
        title.setTitles(titles);
        QCOMPARE(title.text(), expected);
    }

    void cutAtMaxLength() {
        // A thousand reports' titles: only as much as fits any chart is joined.
        QStringList titles;
        for (int i = 0; i < 1000; ++i)
            titles.append(QStringLiteral("Report %1").arg(i));
        ChartTitle title;
        title.setTitles(titles);
        QCOMPARE(title.text().size(), ChartTitle::MaxLength);
        QVERIFY(title.text().startsWith(QStringLiteral("Report 0 · Report 1 · ")));
        QVERIFY(!title.text().contains(QStringLiteral("Report 999")));
    }

    void reportTextStaysText() {
        ChartTitle title;
        title.setTitles({QStringLiteral("<b>bold</b> <img src=x>")});
        const std::optional<QString> html = title.html(QFont(), 2000);
        QVERIFY(html);
        QVERIFY2(!html->contains(QLatin1Char('<')), qPrintable(*html));
        QVERIFY(html->contains(QStringLiteral("&lt;b&gt;bold")));
    }

    void elidedToTheWidth() {
        ChartTitle title;
        title.setTitles({QStringLiteral("A rather long report title"), QStringLiteral("another")});
        const std::optional<QString> wide = title.html(QFont(), 2000);
        QVERIFY(wide);
        QCOMPARE(*wide, QStringLiteral("A rather long report title · another"));
        const std::optional<QString> narrow = title.html(QFont(), 80);
        QVERIFY(narrow);
        QVERIFY2(narrow->endsWith(QStringLiteral("…")), qPrintable(*narrow));
        QVERIFY(narrow->size() < wide->size());
    }

    void elidedAgainOnlyWhenSomethingChanged() {
        ChartTitle title;
        title.setTitles({QStringLiteral("A")});
        QVERIFY(title.html(QFont(), 300));
        QVERIFY(!title.html(QFont(), 300));
        QVERIFY(title.html(QFont(), 301));
        title.setTitles({QStringLiteral("B")});
        QCOMPARE(title.html(QFont(), 301), std::optional<QString>(QStringLiteral("B")));
        QVERIFY(!title.html(QFont(), 301));
        title.invalidate();
        QVERIFY(title.html(QFont(), 301));
    }
};

QTEST_MAIN(TestChartTitle)
#include "tst_charttitle.moc"

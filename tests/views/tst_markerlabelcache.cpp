#include "markerlabelcache.h"

#include <QFont>
#include <QFontMetricsF>
#include <QtTest>

using namespace Turnpoint;

class TestMarkerLabelCache : public QObject {
    Q_OBJECT

private slots:
    void text_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QString>("expected"); // "…" at the end of its stem: elided
        const QString longLabel = QStringLiteral("云南省碳中和示范园区基建工程").repeated(8);
        QTest::newRow("short") << QStringLiteral("Plan") << 1 << QStringLiteral("Plan");
        QTest::newRow("no entries") << QStringLiteral("Plan") << 0 << QStringLiteral("Plan");
        QTest::newRow("more entries") << QStringLiteral("Plan") << 3 << QStringLiteral("Plan +2");
        QTest::newRow("empty") << QString() << 3 << QString();
        QTest::newRow("long") << longLabel << 1 << QStringLiteral("…");
        QTest::newRow("long, more entries") << longLabel << 2 << QStringLiteral("… +1");
    }
    void text() {
        QFETCH(QString, label);
        QFETCH(int, entries);
        QFETCH(QString, expected);
        const QFontMetricsF metrics{QFont()};
        MarkerLabelCache cache;
        const TimelineFrameBuilder::Label made = cache.insert(7, label, entries, metrics);
        if (expected.startsWith(QStringLiteral("…"))) {
            QVERIFY2(made.text.endsWith(expected), qPrintable(made.text));
            QVERIFY(made.text.size() < label.size());
            const QString stem = made.text.left(made.text.size() - expected.size() + 1);
            QVERIFY(metrics.horizontalAdvance(stem) <= MarkerLabelCache::MaxWidth);
        } else {
            QCOMPARE(made.text, expected);
        }
        QCOMPARE(made.width, metrics.horizontalAdvance(made.text));
    }

    void measuredOnce() {
        const QFontMetricsF metrics{QFont()};
        MarkerLabelCache cache;
        QCOMPARE(cache.find(3), nullptr);
        cache.insert(3, QStringLiteral("Plan"), 2, metrics);
        const TimelineFrameBuilder::Label *found = cache.find(3);
        QVERIFY(found);
        QCOMPARE(found->text, QStringLiteral("Plan +1"));
        QCOMPARE(cache.find(4), nullptr);
        cache.clear();
        QCOMPARE(cache.find(3), nullptr);
        QCOMPARE(cache.size(), 0);
    }

    void startsAgainWhenFull() {
        const QFontMetricsF metrics{QFont()};
        MarkerLabelCache cache;
        for (int i = 0; i <= MarkerLabelCache::MaxSize; ++i)
            cache.insert(i, QStringLiteral("x"), 1, metrics);
        QCOMPARE(cache.size(), MarkerLabelCache::MaxSize + 1);
        cache.insert(-1, QStringLiteral("y"), 1, metrics);
        QCOMPARE(cache.size(), 1);
        QCOMPARE(cache.find(0), nullptr);
        QVERIFY(cache.find(-1));
    }
};

QTEST_MAIN(TestMarkerLabelCache)
#include "tst_markerlabelcache.moc"

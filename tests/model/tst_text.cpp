#include "compactlist.h"
#include "reportparser.h"
#include "text.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace Turnpoint;

// Text and CompactList carry every string and list of a parsed report; the sanitizer build runs
// these tests too, so a reference count off by one shows up as a leak or a use after free.
class tst_Text : public QObject {
    Q_OBJECT

private slots:
    void storage_data();
    void storage();
    void equalityAcrossStorage();
    void comparisons();
    void arenaSpansBlocks();
    void outlivesArenaAndReport();
    void utf16View();
    void copiesAcrossThreads();

    void compactListBasics();
    void compactListSharesUntilWritten();
    void compactListAppendOwnElement();
    void compactListRemoveAndSqueeze();
};

void tst_Text::storage_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("latin1");
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("link") << QStringLiteral("https://www.gov.cn/a.html?x=1") << true;
    QTest::addRow("Latin-1 accents") << QStringLiteral("café déjà") << true;
    QTest::addRow("U+00FF") << QString(QChar(0xFF)) << true;
    QTest::addRow("U+0100") << QString(QChar(0x100)) << false;
    QTest::addRow("Chinese") << QStringLiteral("云南省工业部门") << false;
    QTest::addRow("mixed") << QStringLiteral("2019年3月 CCUS") << false;
    QTest::addRow("surrogate pair") << QStringLiteral("𠀀x") << false;
}

void tst_Text::storage() {
    QFETCH(QString, text);
    QFETCH(bool, latin1);
    TextArena arena;
    for (const Text &t : {Text(text), arena.add(text)}) {
        QCOMPARE(t.isEmpty(), text.isEmpty());
        QCOMPARE(t.size(), text.size());
        QCOMPARE(t.isLatin1(), latin1);
        QCOMPARE(t.toString(), text);
        QCOMPARE(QString(t), text);
        QVERIFY(t == text);
        QVERIFY(t == QStringView(text));
    }
}

void tst_Text::equalityAcrossStorage() {
    TextArena arena;
    const QString s = QStringLiteral("国家发展改革委");
    const Text owned(s);
    const Text inArena = arena.add(s);
    QVERIFY(owned == inArena);
    QCOMPARE(qHash(owned, 7), qHash(inArena, 7));
    QVERIFY(arena.add(QStringLiteral("国家能源局")) != owned);
    QVERIFY(Text() == Text(QString()));
    QVERIFY(Text() != owned);
    // Same length, different characters; and a Latin-1 text against a UTF-16 one.
    QVERIFY(Text(QStringLiteral("abc")) != Text(QStringLiteral("abd")));
    QVERIFY(Text(QStringLiteral("ab")) != Text(QStringLiteral("a云")));
}

void tst_Text::comparisons() {
    const Text a(QStringLiteral("Policy"));
    QVERIFY(a == QLatin1String("Policy"));
    QVERIFY(a != QLatin1String("policy"));
    QVERIFY(a.startsWith(u"Pol"));
    QVERIFY(a.startsWith(u"pol", Qt::CaseInsensitive));
    QVERIFY(a.contains(u"lic"));
    QVERIFY(!a.contains(u"云"));
    QVERIFY(Text(QStringLiteral("a")) < Text(QStringLiteral("b")));
    QVERIFY(Text(QStringLiteral("b")) < Text(QStringLiteral("云")));
    QVERIFY(!(Text(QStringLiteral("云")) < Text(QStringLiteral("b"))));
}

void tst_Text::arenaSpansBlocks() {
    // Several blocks' worth, and strings longer than an arena takes.
    std::vector<Text> texts;
    std::vector<QString> expected;
    {
        TextArena arena;
        for (int i = 0; i < 60000; ++i) {
            QString s = i % 3 ? QStringLiteral("https://www.example.com/%1").arg(i)
                              : QStringLiteral("第%1号示范工程").arg(i);
            if (i % 10000 == 7)
                s = s.repeated(TextArena::MaxArenaLength / s.size() + 2);
            expected.push_back(s);
            texts.push_back(arena.add(s));
        }
    }
    for (size_t i = 0; i < texts.size(); ++i)
        QCOMPARE(texts[i].toString(), expected[i]);
}

void tst_Text::outlivesArenaAndReport() {
    Text kept;
    Text keptFromReport;
    {
        TextArena arena;
        kept = arena.add(QStringLiteral("还在"));
    }
    QCOMPARE(kept.toString(), QStringLiteral("还在"));
    {
        const Report r = ReportParser::parseText(
            u"# 标题\n\n### 转折点：2019年3月（政策）— 置信度：65%\n\n1. **项目名称**：示范\n",
            QStringLiteral("r.md"));
        QCOMPARE(r.turningPoints.size(), 1);
        keptFromReport = r.turningPoints.first().entries.first().title;
    }
    QCOMPARE(keptFromReport.toString(), QStringLiteral("示范"));
}

void tst_Text::utf16View() {
    const Text link(QStringLiteral("https://a.example/%1").arg(QString(300, u'x')));
    QVERIFY(link.isLatin1());
    QCOMPARE(Utf16(link).view(), link.toString());
    const Text chinese(QStringLiteral("云南"));
    QCOMPARE(Utf16(chinese).view(), QStringView(u"云南"));
    QVERIFY(Utf16(Text()).view().isEmpty());
}

void tst_Text::copiesAcrossThreads() {
    // Reports are parsed on worker threads and read on the UI thread: the counts are atomic.
    std::vector<Text> texts;
    {
        TextArena arena;
        for (int i = 0; i < 1000; ++i)
            texts.push_back(arena.add(QStringLiteral("来源%1").arg(i)));
    }
    const auto churn = [&texts] {
        for (int round = 0; round < 50; ++round) {
            std::vector<Text> copies(texts.begin(), texts.end());
            copies.clear();
        }
    };
    std::thread a(churn);
    std::thread b(churn);
    churn();
    a.join();
    b.join();
    QCOMPARE(texts[999].toString(), QStringLiteral("来源999"));
}

void tst_Text::compactListBasics() {
    CompactList<Text> list;
    QVERIFY(list.isEmpty());
    QCOMPARE(list.begin(), list.end());
    for (int i = 0; i < 20; ++i)
        list.append(Text(QString::number(i)));
    QCOMPARE(list.size(), 20);
    QCOMPARE(list.first().toString(), QStringLiteral("0"));
    QCOMPARE(list.last().toString(), QStringLiteral("19"));
    int n = 0;
    for (const Text &t : std::as_const(list))
        QCOMPARE(t.toString(), QString::number(n++));
    const CompactList<int> ints{1, 2, 3};
    QCOMPARE(ints.size(), 3);
    QVERIFY(ints.contains(2));
    QVERIFY(ints == (CompactList<int>{1, 2, 3}));
    QVERIFY(ints != (CompactList<int>{1, 2}));
}

void tst_Text::compactListSharesUntilWritten() {
    CompactList<QString> a{QStringLiteral("x"), QStringLiteral("y")};
    CompactList<QString> b = a;
    QCOMPARE(a.constData(), b.constData()); // shared
    b[0] = QStringLiteral("changed");
    QVERIFY(a.constData() != b.constData());
    QCOMPARE(a[0], QStringLiteral("x"));
    QCOMPARE(b[0], QStringLiteral("changed"));
    CompactList<QString> c = a;
    c.append(QStringLiteral("z"));
    QCOMPARE(a.size(), 2);
    QCOMPARE(c.size(), 3);
    for (QString &s : c) // non-const iteration detaches too
        s = QStringLiteral("w");
    QCOMPARE(a[1], QStringLiteral("y"));
}

void tst_Text::compactListAppendOwnElement() {
    CompactList<QString> list{QStringLiteral("first")};
    for (int i = 0; i < 10; ++i)
        list.append(list[0]); // the argument lives in the block that growing replaces
    QCOMPARE(list.size(), 11);
    QCOMPARE(list.last(), QStringLiteral("first"));
}

void tst_Text::compactListRemoveAndSqueeze() {
    CompactList<QString> list;
    for (int i = 0; i < 10; ++i)
        list.append(QString::number(i));
    QVERIFY(list.capacity() >= 10);
    list.removeFirst();
    list.removeAt(3);
    list.removeLast();
    QCOMPARE(list.size(), 7);
    QCOMPARE(list.first(), QStringLiteral("1"));
    QCOMPARE(list[3], QStringLiteral("5"));
    list.squeeze();
    QCOMPARE(list.capacity(), 7);
    list.clear();
    QVERIFY(list.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Text)
#include "tst_text.moc"

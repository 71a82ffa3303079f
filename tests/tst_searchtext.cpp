#include "searchtext.h"

#include <QTest>

using namespace Turnpoint;

namespace {

Entry makeEntry() {
    Entry e;
    e.line = 10;
    e.label = QStringLiteral("技术创新");
    e.title = QStringLiteral("工业领域CCUS示范研究");
    e.fields = {Field{11, QStringLiteral("研究周期"), QStringLiteral("2022年1月-2023年8月")},
                Field{12, QStringLiteral("资金支持"), QStringLiteral("亚行技术援助基金30万美元")}};
    e.sources = {Source{13, QStringLiteral("亚行项目文件"),
                        QStringLiteral("https://www.ADB.org/sites/default/files/55035.pdf"),
                        false}};
    e.notes = {Note{14, QStringLiteral("另见：碳捕集（CCUS）路线图")}};
    return e;
}

TurningPoint makeTurningPoint() {
    TurningPoint tp;
    tp.line = 8;
    tp.date = PartialDate::fromYearMonth(2023, 3);
    tp.dateText = QStringLiteral("2023年3月");
    tp.kind = QStringLiteral("事件");
    tp.confidence = 69;
    tp.entries = {makeEntry()};
    Entry second;
    second.line = 20;
    second.label = QStringLiteral("产业成果");
    second.title = QStringLiteral("绿色铝创新产业园运营成效");
    second.sources = {Source{21, QStringLiteral("铝业资讯"),
                             QStringLiteral("https://www.alcircle.com/news/x"), false}};
    tp.entries.append(second);
    return tp;
}

} // namespace

class TestSearchText : public QObject {
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void terms();
    void host();
    void matchEntry_data();
    void matchEntry();
    void matchTurningPoint_data();
    void matchTurningPoint();
    void counts();
    void blankQueryMatchesNothing();
};

void TestSearchText::normalize_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full-width letters") << QStringLiteral("ＣＣＵＳ") << QStringLiteral("ccus");
    QTest::newRow("full-width digits") << QStringLiteral("２０２３年") << QStringLiteral("2023年");
    QTest::newRow("full-width parentheses")
        << QStringLiteral("碳捕集（ＣＣＵＳ）") << QStringLiteral("碳捕集(ccus)");
    QTest::newRow("full-width punctuation")
        << QStringLiteral("Ａ，Ｂ：Ｃ；Ｄ！％") << QStringLiteral("a,b:c;d!%");
    QTest::newRow("ideographic space")
        << QStringLiteral("绿色\u3000铝") << QStringLiteral("绿色 铝");
    QTest::newRow("case folding") << QStringLiteral("Green Aluminium")
                                  << QStringLiteral("green aluminium");
    QTest::newRow("white space runs")
        << QStringLiteral("  a \t\n  b\u3000\u3000c  ") << QStringLiteral("a b c");
    QTest::newRow("no-break space") << QStringLiteral("a\u00a0b") << QStringLiteral("a b");
    QTest::newRow("zero-width space removed")
        << QStringLiteral("绿\u200b色") << QStringLiteral("绿色");
    QTest::newRow("BOM removed") << QStringLiteral("\ufeff政策") << QStringLiteral("政策");
    QTest::newRow("Chinese unchanged")
        << QStringLiteral("云南省电解铝产能调控方案") << QStringLiteral("云南省电解铝产能调控方案");
    QTest::newRow("ideographic full stop kept")
        << QStringLiteral("结束。") << QStringLiteral("结束。");
    QTest::newRow("half-width katakana") << QStringLiteral("ｶﾀｶﾅ") << QStringLiteral("カタカナ");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \u3000 ") << QString();
    QTest::newRow("ASCII fast path")
        << QStringLiteral("  ADB  Project ") << QStringLiteral("adb project");
}

void TestSearchText::normalize() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::normalize(input), expected);
}

void TestSearchText::terms() {
    QCOMPARE(SearchText(QStringLiteral("  绿色铝\u3000２０２３ ")).terms(),
             QStringList({QStringLiteral("绿色铝"), QStringLiteral("2023")}));
    QCOMPARE(SearchText(QStringLiteral("ＣＣＵＳ")).query(), QStringLiteral("ＣＣＵＳ"));
    QVERIFY(SearchText(QStringLiteral("\u3000")).isEmpty());
}

void TestSearchText::host() {
    QCOMPARE(SearchText::host(QStringLiteral("https://www.SeeTao.com/details/1.html")),
             QStringLiteral("www.seetao.com"));
    QCOMPARE(SearchText::host(QString()), QString());
    QCOMPARE(SearchText::host(QStringLiteral("javascript:alert(1)")), QString());
}

void TestSearchText::matchEntry_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<int>("count");
    QTest::newRow("title, full-width query")
        << QStringLiteral("ＣＣＵＳ") << true << 2; // title, note
    QTest::newRow("lower case") << QStringLiteral("ccus") << true << 2;
    QTest::newRow("label") << QStringLiteral("技术创新") << true << 1;
    QTest::newRow("field key") << QStringLiteral("资金支持") << true << 1;
    QTest::newRow("field value") << QStringLiteral("３０万美元") << true << 1;
    QTest::newRow("note with full-width parentheses") << QStringLiteral("(ccus)") << true << 1;
    QTest::newRow("source name") << QStringLiteral("亚行项目") << true << 1;
    QTest::newRow("source host") << QStringLiteral("adb.org") << true << 1;
    QTest::newRow("URL path is not searched") << QStringLiteral("55035") << false << 0;
    QTest::newRow("two terms, both present") << QStringLiteral("ccus 2023") << true << 3;
    QTest::newRow("two terms, one missing") << QStringLiteral("ccus 铝") << false << 0;
    QTest::newRow("absent") << QStringLiteral("光伏") << false << 0;
    QTest::newRow("not across two fields") << QStringLiteral("研究周期2022") << false << 0;
}

void TestSearchText::matchEntry() {
    QFETCH(QString, query);
    QFETCH(bool, matches);
    QFETCH(int, count);
    const SearchText search(query);
    const Entry e = makeEntry();
    QCOMPARE(search.matches(e), matches);
    QCOMPARE(search.matchCount(e), count);
}

void TestSearchText::matchTurningPoint_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<int>("count");
    QTest::newRow("own date text") << QStringLiteral("2023年3月") << true << 1;
    QTest::newRow("own kind") << QStringLiteral("事件") << true << 1;
    QTest::newRow("first entry") << QStringLiteral("CCUS") << true << 2;
    QTest::newRow("second entry's host") << QStringLiteral("alcircle") << true << 1;
    QTest::newRow("terms in different entries") << QStringLiteral("ccus 绿色铝") << true << 3;
    QTest::newRow("absent") << QStringLiteral("光伏") << false << 0;
}

void TestSearchText::matchTurningPoint() {
    QFETCH(QString, query);
    QFETCH(bool, matches);
    QFETCH(int, count);
    const SearchText search(query);
    const TurningPoint tp = makeTurningPoint();
    QCOMPARE(search.matches(tp), matches);
    QCOMPARE(search.matchCount(tp), count);
}

void TestSearchText::counts() {
    // Non-overlapping occurrences: "aa" in "aaaa" is 2, not 3.
    Entry e;
    e.title = QStringLiteral("AAAA");
    QCOMPARE(SearchText(QStringLiteral("aa")).matchCount(e), 2);

    TurningPoint a = makeTurningPoint(); // CCUS twice
    TurningPoint b = makeTurningPoint(); // CCUS twice
    b.entries.removeFirst();             // no CCUS left
    TurningPoint c = makeTurningPoint();
    c.notes.append(Note{9, QStringLiteral("ccus")}); // three times
    const SearchText search(QStringLiteral("ＣＣＵＳ"));
    SearchText::Statistics stats;
    for (const TurningPoint *tp : {&a, &b, &c})
        search.count(*tp, &stats);
    QCOMPARE(stats.matches, 5);
    QCOMPARE(stats.turningPoints, 2);
    QVERIFY(search.matchesText(QStringLiteral("碳捕集ＣＣＵＳ")));
}

void TestSearchText::blankQueryMatchesNothing() {
    const SearchText blank(QStringLiteral("   "));
    QVERIFY(blank.isEmpty());
    QVERIFY(!blank.matches(makeTurningPoint()));
    QVERIFY(!blank.matches(makeEntry()));
    QCOMPARE(blank.matchCount(makeTurningPoint()), 0);
    QVERIFY(!SearchText().matchesText(QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"

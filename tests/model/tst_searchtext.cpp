#include "searchtext.h"

#include <QRandomGenerator>
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
    void quickMatchAgreesWithNormalisedText();
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

// matches() takes a short cut for texts made of characters whose normalisation is a one-to-one
// fold, and parses plain URLs' hosts without QUrl. matchCount() still normalises every text and
// asks QUrl: the two must agree on every turning point and entry, whatever the characters.
void TestSearchText::quickMatchAgreesWithNormalisedText() {
    QRandomGenerator rng(20261128);
    // Characters the short cut folds, and ones it must hand to the full normalisation (NFKC
    // ligatures and circled digits, accents, zero-width space, non-breaking space, ellipsis,
    // full-width yen, a Kangxi radical, a compatibility ideograph).
    const QString alphabet = QStringLiteral(
        "abcXYZ019 \t-._:/@()（）ＡＢｃ１２：，、。《》“”·—\u3000工业碳铝光伏示范ﬁéÉß"
        "\u200b\u00a0…￥⼯①\uf900");
    const auto randomText = [&](int maxLength) {
        QString t;
        const int n = int(rng.bounded(maxLength + 1));
        for (int i = 0; i < n; ++i)
            t.append(alphabet.at(int(rng.bounded(int(alphabet.size())))));
        return t;
    };
    const QStringList schemes = {QStringLiteral("https://"), QStringLiteral("HTTP://"),
                                 QStringLiteral("ftp://"), QStringLiteral("//"), QString()};
    const auto randomUrl = [&]() {
        QString url = schemes.at(int(rng.bounded(int(schemes.size()))));
        if (rng.bounded(4) == 0)
            url += QStringLiteral("user@");
        // Hosts QUrl takes as they are, and ones it rewrites or refuses.
        static const QStringList hosts = {QStringLiteral(".Example.COM"),
                                          QStringLiteral("www.seetao.com."),
                                          QStringLiteral("127.1"),
                                          QStringLiteral("xn--fiq228c.com"),
                                          QStringLiteral("."),
                                          QStringLiteral("a..b"),
                                          QStringLiteral("-a.com"),
                                          QStringLiteral("a-.com"),
                                          QStringLiteral("[::1]"),
                                          QStringLiteral("ex%41mple.com"),
                                          QStringLiteral("EXAMPLE.com"),
                                          QStringLiteral("10.0.0.7"),
                                          QStringLiteral("示例.中国"),
                                          QStringLiteral("ＥＸＡＭＰＬＥ.com")};
        if (rng.bounded(2))
            url += randomText(8);
        url += hosts.at(int(rng.bounded(int(hosts.size()))));
        if (rng.bounded(3) == 0)
            url += QStringLiteral(":8080");
        url += QStringLiteral("/path?q=") + randomText(4);
        return url;
    };
    int matched = 0;
    for (int round = 0; round < 3000; ++round) {
        TurningPoint tp;
        tp.dateText = randomText(6);
        tp.kind = randomText(3);
        if (rng.bounded(2))
            tp.notes.append(Note{1, randomText(12)});
        for (int e = 0; e < int(rng.bounded(3)); ++e) {
            Entry entry;
            entry.label = randomText(5);
            entry.title = randomText(14);
            entry.fields.append(Field{2, randomText(4), randomText(10)});
            entry.sources.append(Source{3, randomText(5), randomUrl(), false});
            tp.entries.append(entry);
        }
        // Queries: random text, or a piece of one of the texts (so that matches happen).
        QStringList candidates = {randomText(3), tp.dateText, tp.kind};
        for (const Entry &entry : std::as_const(tp.entries))
            candidates << entry.title << entry.fields.first().value << entry.sources.first().url;
        for (QString query : std::as_const(candidates)) {
            if (query.size() > 2) {
                const int from = int(rng.bounded(int(query.size()) - 1));
                query = query.mid(from, 1 + int(rng.bounded(4)));
            }
            const SearchText search(query);
            const bool expected = search.matchCount(tp) > 0;
            QVERIFY2(search.matches(tp) == expected,
                     qPrintable(QStringLiteral("query %1 on %2").arg(query, tp.dateText)));
            matched += expected;
            for (const Entry &entry : std::as_const(tp.entries))
                QCOMPARE(search.matches(entry), search.matchCount(entry) > 0);
        }
    }
    QVERIFY(matched > 1000); // the comparison saw plenty of matches, not only misses
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"

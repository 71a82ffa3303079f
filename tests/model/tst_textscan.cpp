#include "corpusgenerator.h"
#include "textdecoder.h"
#include "textscan.h"
#include "urlpolicy.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Turnpoint;

// The parser's fast paths must give exactly the answers of the general code they stand in for:
// isPlainHttpUrl() never calls a link openable that UrlPolicy refuses, indexOfAsciiCI() finds
// what Qt's case-insensitive search finds, and the decoder's one-pass UTF-8 path produces what
// QString::fromUtf8 does.
class TstTextScan : public QObject {
    Q_OBJECT

private slots:
    void plainUrlsAreOpenable_data();
    void plainUrlsAreOpenable();
    void plainUrlsFromCorpus();
    void randomUrls();
    void asciiCaseInsensitiveSearch();
    void decoderMatchesFromUtf8();
};

void TstTextScan::plainUrlsAreOpenable_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("plain");
    const auto row = [](const char *name, const char16_t *url, bool plain) {
        QTest::newRow(name) << QString::fromUtf16(url) << plain;
    };
    row("https", u"https://www.chinadaily.com.cn/a/201912/19/WS5d.html", true);
    row("http", u"http://www.news.cn/example/gx-office.htm", true);
    row("host only", u"https://example.com", true);
    row("query, fragment", u"https://example.com/a?b=c&d=e#f", true);
    row("percent", u"https://example.com/%E4%BA%91", true);
    row("parentheses", u"https://en.wikipedia.org/wiki/Kunming_(city)", true);
    row("bad percent", u"https://example.com/%E4%B", false);
    row("two fragments", u"https://example.com/a#b#c", false);
    row("port", u"https://example.com:8443/", false);
    row("user info", u"https://user@example.com/", false);
    row("upper case host", u"https://EXAMPLE.com/", false);
    row("upper case scheme", u"HTTPS://example.com/", false);
    row("IPv4", u"http://127.0.0.1/", false);
    row("empty label", u"https://example..com/", false);
    row("trailing dot", u"https://example.com./", false);
    row("hyphen start", u"https://-example.com/", false);
    row("hyphen end", u"https://example-.com/", false);
    row("empty host", u"https:///path", false);
    row("space", u"https://example.com/a b", false);
    row("backslash", u"https://example.com\\evil", false);
    row("CJK path", u"https://example.com/云南", false);
    row("IDN", u"https://云南.example.cn/a", false);
    row("javascript", u"javascript:alert(1)", false);
    row("brackets", u"https://example.com/[a]", false);
    row("long label",
        u"https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com/", false);
}

void TstTextScan::plainUrlsAreOpenable() {
    QFETCH(QString, url);
    QFETCH(bool, plain);
    QCOMPARE(TextScan::isPlainHttpUrl(url, UrlPolicy::MaxUrlLength), plain);
    if (plain)
        QVERIFY(UrlPolicy::isOpenable(url));
    const QString base = QStringLiteral("https://example.com/");
    QVERIFY(TextScan::isPlainHttpUrl(base + QString(UrlPolicy::MaxUrlLength - base.size(), u'a'),
                                     UrlPolicy::MaxUrlLength));
    QVERIFY(!TextScan::isPlainHttpUrl(
        base + QString(UrlPolicy::MaxUrlLength - base.size() + 1, u'a'), UrlPolicy::MaxUrlLength));
}

void TstTextScan::plainUrlsFromCorpus() {
    // Every link the generator writes is plain, and openable.
    static const QRegularExpression link(QStringLiteral("https?://[^）)\\s；;]+"));
    const QString text = QString::fromUtf8(CorpusGenerator(5).report(300));
    int n = 0;
    for (auto it = link.globalMatch(text); it.hasNext(); ++n) {
        const QString url = it.next().captured();
        QVERIFY2(TextScan::isPlainHttpUrl(url, UrlPolicy::MaxUrlLength), qPrintable(url));
        QVERIFY(UrlPolicy::isOpenable(url));
    }
    QVERIFY(n > 100);
}

void TstTextScan::randomUrls() {
    // Random strings over the characters that matter: whenever the fast path says yes, QUrl
    // (through UrlPolicy) must say yes too.
    const QString alphabet = QStringLiteral("abcz09-._~!$&'()*+,;=:@/?#%AFZ []\\^\"<>{}|`云\t");
    QRandomGenerator rng(1234);
    int plain = 0;
    for (int i = 0; i < 200000; ++i) {
        QString s = rng.bounded(2) ? QStringLiteral("https://") : QStringLiteral("http://");
        const int hostLength = int(rng.bounded(1, 12));
        for (int k = 0; k < hostLength; ++k)
            s += QStringLiteral("abc09-.")[int(rng.bounded(7))];
        const int rest = int(rng.bounded(0, 14));
        for (int k = 0; k < rest; ++k)
            s += alphabet[int(rng.bounded(int(alphabet.size())))];
        if (TextScan::isPlainHttpUrl(s, UrlPolicy::MaxUrlLength)) {
            ++plain;
            QVERIFY2(UrlPolicy::isOpenable(s), qPrintable(s));
        }
    }
    QVERIFY(plain > 1000);
}

void TstTextScan::asciiCaseInsensitiveSearch() {
    const QStringList needles = {QStringLiteral("confidence"), QStringLiteral("no relevant"),
                                 QStringLiteral("detected"), QStringLiteral("no")};
    const QString alphabet =
        QStringLiteral("cCoOnNfFiIdDeEtTrRlLvVaA  .云\u017F\u212A\u0130\u0131");
    QRandomGenerator rng(99);
    for (int i = 0; i < 100000; ++i) {
        QString s;
        const int length = int(rng.bounded(0, 30));
        for (int k = 0; k < length; ++k)
            s += alphabet[int(rng.bounded(int(alphabet.size())))];
        const QString &needle = needles[int(rng.bounded(int(needles.size())))];
        if (rng.bounded(3) == 0) // make hits likely
            s.insert(int(rng.bounded(int(s.size()) + 1)), needle.toUpper());
        const qsizetype from = rng.bounded(3);
        QCOMPARE(TextScan::indexOfAsciiCI(s, needle, from),
                 s.indexOf(needle, from, Qt::CaseInsensitive));
    }
}

void TstTextScan::decoderMatchesFromUtf8() {
    // Well-formed UTF-8 of every length class, control characters, BOMs inside the text; and
    // the same with one random byte changed (the general path then decides, as before).
    const QString pieces[] = {QStringLiteral("a"),          QStringLiteral("转折点"),
                              QStringLiteral("é"),          QStringLiteral("\U0001F600"),
                              QStringLiteral("\n"),         QStringLiteral("\r\n"),
                              QStringLiteral("\t"),         QString(QChar(0xFEFF)),
                              QString(QChar(0x1B)),         QString(QChar(0)),
                              QStringLiteral("abcdefghij"), QString(QChar(0xFFFF))};
    QRandomGenerator rng(7);
    for (int i = 0; i < 20000; ++i) {
        QString text;
        const int count = int(rng.bounded(1, 40));
        for (int k = 0; k < count; ++k)
            text += pieces[rng.bounded(int(std::size(pieces)))];
        QByteArray bytes = text.toUtf8();
        if (bytes.startsWith("\xef\xbb\xbf"))
            bytes.prepend('x');
        const DecodedText d = TextDecoder::decode(bytes);
        if (d.ok && d.diagnostics.isEmpty())
            QCOMPARE(d.text, QString::fromUtf8(bytes));
        if (!bytes.contains('\0') && d.ok) {
            // No NUL: the text is exactly fromUtf8's.
            QCOMPARE(d.text, QString::fromUtf8(bytes));
        }
    }
}

QTEST_GUILESS_MAIN(TstTextScan)
#include "tst_textscan.moc"

#include "urlpolicy.h"

#include <QTest>

using namespace Turnpoint;

class tst_UrlPolicy : public QObject {
    Q_OBJECT

private slots:
    void isOpenable_data();
    void isOpenable();
    void openableUrlKeepsTarget();
};

void tst_UrlPolicy::isOpenable_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("openable");

    QTest::newRow("https")
        << QStringLiteral(
               "https://www.chinadaily.com.cn/a/201912/19/WS5dfae48ba310cf3e3557f346.html")
        << true;
    QTest::newRow("http") << QStringLiteral("http://www.news.cn/example/gx-office.htm") << true;
    QTest::newRow("mixed case scheme") << QStringLiteral("HtTpS://example.com/a") << true;
    QTest::newRow("upper case host") << QStringLiteral("https://EXAMPLE.com/") << true;
    QTest::newRow("port and query")
        << QStringLiteral("https://example.com:8443/a?b=c&d=e#f") << true;
    QTest::newRow("semicolon in path")
        << QStringLiteral("https://example.com/a;jsessionid=1") << true;
    QTest::newRow("parentheses in path")
        << QStringLiteral("https://en.wikipedia.org/wiki/Kunming_(city)") << true;
    QTest::newRow("percent-encoded")
        << QStringLiteral("https://example.com/%E4%BA%91%E5%8D%97") << true;
    QTest::newRow("IDN host") << QStringLiteral("https://云南.example.cn/a") << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("JavaScript mixed case") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("file host") << QStringLiteral("file://server/share/x.md") << false;
    QTest::newRow("smb") << QStringLiteral("smb://host/share") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html;base64,PHNjcmlwdD4=") << false;
    QTest::newRow("ms-msdt") << QStringLiteral("ms-msdt:/id PCWDiagnostic /skip force") << false;
    QTest::newRow("ms-msdt no space") << QStringLiteral("ms-msdt:/id%20PCWDiagnostic") << false;
    QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/file") << false;
    QTest::newRow("UNC path") << QStringLiteral("\\\\host\\share\\x.exe") << false;
    QTest::newRow("relative") << QStringLiteral("/details/165543.html") << false;
    QTest::newRow("no scheme") << QStringLiteral("www.example.com") << false;
    QTest::newRow("user info") << QStringLiteral("https://user:pass@example.com/") << false;
    QTest::newRow("user only") << QStringLiteral("https://user@example.com/") << false;
    QTest::newRow("lookalike user info")
        << QStringLiteral("https://www.gov.cn@evil.example/") << false;
    QTest::newRow("empty host") << QStringLiteral("https:///path") << false;
    QTest::newRow("no host") << QStringLiteral("https:") << false;
    QTest::newRow("scheme only slashes") << QStringLiteral("http://") << false;
    QTest::newRow("space") << QStringLiteral("https://example.com/a b") << false;
    QTest::newRow("leading space") << QStringLiteral(" https://example.com/") << false;
    QTest::newRow("trailing newline") << QStringLiteral("https://example.com/\n") << false;
    QTest::newRow("tab") << QStringLiteral("https://exa\tmple.com/") << false;
    QTest::newRow("NUL") << QString(QStringLiteral("https://example.com/") + QChar(0)) << false;
    QTest::newRow("control char") << QString(QStringLiteral("https://example.com/") + QChar(0x1b))
                                  << false;
    QTest::newRow("RTL override") << QString(QStringLiteral("https://example.com/") +
                                             QChar(0x202E) + QStringLiteral("fdp.exe"))
                                  << false;
    QTest::newRow("zero-width space")
        << QString(QStringLiteral("https://exa") + QChar(0x200B) + QStringLiteral("mple.com/"))
        << false;
    QTest::newRow("ideographic space")
        << QString(QStringLiteral("https://example.com/") + QChar(0x3000)) << false;
    QTest::newRow("bad port") << QStringLiteral("https://example.com:99999/") << false;

    const QString base = QStringLiteral("https://example.com/");
    QTest::newRow("exactly 8 kB") << base + QString(UrlPolicy::MaxUrlLength - base.size(), u'a')
                                  << true;
    QTest::newRow("over 8 kB") << base + QString(UrlPolicy::MaxUrlLength - base.size() + 1, u'a')
                               << false;
}

void tst_UrlPolicy::isOpenable() {
    QFETCH(QString, text);
    QFETCH(bool, openable);
    QCOMPARE(UrlPolicy::isOpenable(text), openable);
    QCOMPARE(UrlPolicy::openableUrl(text).isValid(), openable);
}

void tst_UrlPolicy::openableUrlKeepsTarget() {
    const QUrl url =
        UrlPolicy::openableUrl(QStringLiteral("HTTPS://www.adb.org/projects/43051-012/main"));
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("www.adb.org"));
    QCOMPARE(url.path(), QStringLiteral("/projects/43051-012/main"));
}

QTEST_APPLESS_MAIN(tst_UrlPolicy)
#include "tst_urlpolicy.moc"

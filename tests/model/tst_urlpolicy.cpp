#include "urlpolicy.h"

#include <QTest>

using namespace Turnpoint;

class tst_UrlPolicy : public QObject {
    Q_OBJECT

private slots:
    void isOpenable_data();
    void isOpenable();
    void reasonText_data();
    void reasonText();
    void openableUrlKeepsTarget();
};

void tst_UrlPolicy::isOpenable_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("openable");
    QTest::addColumn<UrlPolicy::Reason>("reason");
    using Reason = UrlPolicy::Reason;

    QTest::newRow("https")
        << QStringLiteral(
               "https://www.chinadaily.com.cn/a/201912/19/WS5dfae48ba310cf3e3557f346.html")
        << true << Reason::None;
    QTest::newRow("http") << QStringLiteral("http://www.news.cn/example/gx-office.htm") << true
                          << Reason::None;
    QTest::newRow("mixed case scheme")
        << QStringLiteral("HtTpS://example.com/a") << true << Reason::None;
    QTest::newRow("upper case host")
        << QStringLiteral("https://EXAMPLE.com/") << true << Reason::None;
    QTest::newRow("port and query")
        << QStringLiteral("https://example.com:8443/a?b=c&d=e#f") << true << Reason::None;
    QTest::newRow("semicolon in path")
        << QStringLiteral("https://example.com/a;jsessionid=1") << true << Reason::None;
    QTest::newRow("parentheses in path")
        << QStringLiteral("https://en.wikipedia.org/wiki/Kunming_(city)") << true << Reason::None;
    QTest::newRow("percent-encoded")
        << QStringLiteral("https://example.com/%E4%BA%91%E5%8D%97") << true << Reason::None;
    QTest::newRow("IDN host") << QStringLiteral("https://云南.example.cn/a") << true
                              << Reason::None;

    QTest::newRow("empty") << QString() << false << Reason::Scheme;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false << Reason::Scheme;
    QTest::newRow("JavaScript mixed case")
        << QStringLiteral("JaVaScRiPt:alert(1)") << false << Reason::Scheme;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false << Reason::Scheme;
    QTest::newRow("file host") << QStringLiteral("file://server/share/x.md") << false
                               << Reason::Scheme;
    QTest::newRow("smb") << QStringLiteral("smb://host/share") << false << Reason::Scheme;
    QTest::newRow("data") << QStringLiteral("data:text/html;base64,PHNjcmlwdD4=") << false
                          << Reason::Scheme;
    QTest::newRow("ms-msdt") << QStringLiteral("ms-msdt:/id PCWDiagnostic /skip force") << false
                             << Reason::WhiteSpace;
    QTest::newRow("ms-msdt no space")
        << QStringLiteral("ms-msdt:/id%20PCWDiagnostic") << false << Reason::Scheme;
    QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.com") << false
                            << Reason::Scheme;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/file") << false << Reason::Scheme;
    QTest::newRow("UNC path") << QStringLiteral("\\\\host\\share\\x.exe") << false
                              << Reason::Scheme;
    QTest::newRow("relative") << QStringLiteral("/details/165543.html") << false << Reason::Scheme;
    QTest::newRow("no scheme") << QStringLiteral("www.example.com") << false << Reason::Scheme;
    QTest::newRow("user info") << QStringLiteral("https://user:pass@example.com/") << false
                               << Reason::UserInfo;
    QTest::newRow("user only") << QStringLiteral("https://user@example.com/") << false
                               << Reason::UserInfo;
    QTest::newRow("lookalike user info")
        << QStringLiteral("https://www.gov.cn@evil.example/") << false << Reason::UserInfo;
    QTest::newRow("empty host") << QStringLiteral("https:///path") << false << Reason::NoHost;
    QTest::newRow("no host") << QStringLiteral("https:") << false << Reason::NoHost;
    QTest::newRow("scheme only slashes") << QStringLiteral("http://") << false << Reason::NoHost;
    QTest::newRow("space") << QStringLiteral("https://example.com/a b") << false
                           << Reason::WhiteSpace;
    QTest::newRow("leading space")
        << QStringLiteral(" https://example.com/") << false << Reason::WhiteSpace;
    QTest::newRow("trailing newline")
        << QStringLiteral("https://example.com/\n") << false << Reason::WhiteSpace;
    QTest::newRow("tab") << QStringLiteral("https://exa\tmple.com/") << false << Reason::WhiteSpace;
    QTest::newRow("NUL") << QString(QStringLiteral("https://example.com/") + QChar(0)) << false
                         << Reason::WhiteSpace;
    QTest::newRow("control char") << QString(QStringLiteral("https://example.com/") + QChar(0x1b))
                                  << false << Reason::WhiteSpace;
    QTest::newRow("RTL override") << QString(QStringLiteral("https://example.com/") +
                                             QChar(0x202E) + QStringLiteral("fdp.exe"))
                                  << false << Reason::WhiteSpace;
    QTest::newRow("zero-width space")
        << QString(QStringLiteral("https://exa") + QChar(0x200B) + QStringLiteral("mple.com/"))
        << false << Reason::WhiteSpace;
    QTest::newRow("ideographic space")
        << QString(QStringLiteral("https://example.com/") + QChar(0x3000)) << false
        << Reason::WhiteSpace;
    QTest::newRow("bad port") << QStringLiteral("https://example.com:99999/") << false
                              << Reason::Malformed;

    const QString base = QStringLiteral("https://example.com/");
    QTest::newRow("exactly 8 kB") << base + QString(UrlPolicy::MaxUrlLength - base.size(), u'a')
                                  << true << Reason::None;
    QTest::newRow("over 8 kB") << base + QString(UrlPolicy::MaxUrlLength - base.size() + 1, u'a')
                               << false << Reason::TooLong;
}

void tst_UrlPolicy::isOpenable() {
    QFETCH(QString, text);
    QFETCH(bool, openable);
    QFETCH(UrlPolicy::Reason, reason);
    QCOMPARE(UrlPolicy::isOpenable(text), openable);
    QCOMPARE(UrlPolicy::openableUrl(text).isValid(), openable);
    QCOMPARE(UrlPolicy::check(text), reason);
}

void tst_UrlPolicy::reasonText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    // The words a warning uses for each refusal: the one that names the actual problem.
    QTest::newRow("scheme") << QStringLiteral("javascript:alert(1)")
                            << QStringLiteral("only http and https links are opened");
    QTest::newRow("no host") << QStringLiteral("https:///path")
                             << QStringLiteral("the link has no host name");
    QTest::newRow("user info") << QStringLiteral("https://www.gov.cn@evil.example/")
                               << QStringLiteral(
                                      "the link has a user name or password before the host name");
    QTest::newRow("too long") << QStringLiteral("https://example.com/") +
                                     QString(UrlPolicy::MaxUrlLength, u'a')
                              << QStringLiteral("the link is longer than 8192 characters");
    QTest::newRow("white space") << QStringLiteral("https://example.com/a b")
                                 << QStringLiteral(
                                        "the link contains a space or a control character");
    QTest::newRow("control character")
        << QString(QStringLiteral("https://example.com/") + QChar(0x1b))
        << QStringLiteral("the link contains a space or a control character");
    QTest::newRow("malformed") << QStringLiteral("https://example.com:99999/")
                               << QStringLiteral("the link is not a valid address");
    QTest::newRow("openable") << QStringLiteral("https://example.com/") << QString();
}

void tst_UrlPolicy::reasonText() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    QCOMPARE(UrlPolicy::reasonText(UrlPolicy::check(text)), message);
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

#include "httptestserver.h"
#include "linkcheckbatch.h"
#include "reportparser.h"

#include <QNetworkProxy>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Turnpoint;

// `--check-links` output and exit status against the local fixture (127.0.0.1 only).
class tst_LinkCheckBatch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sourceUrlsInFirstSeenOrder();
    void linesAndExitCodeWithProblems();
    void exitZeroWhenAllLinksWork();
    void noLinksNothingToDo();
    void checksOverTheNetworkByDefault();
    void reusesTheCacheWhenAsked();
    void hostileUrlStaysOnOneLine();
    void formatLine_data();
    void formatLine();

private:
    LinkCheckBatch::Options options() const;
    Report parse(const QString &file, const QString &text) const;
    // The report below with PORT/CLOSED replaced.
    QString reportText() const;

    HttpTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_LinkCheckBatch::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QVERIFY(m_server.start());
    m_server.addStandardRoutes();
}

void tst_LinkCheckBatch::init() {
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QTRY_COMPARE(m_server.inFlight(), 0);
    m_server.resetCounters();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

LinkCheckBatch::Options tst_LinkCheckBatch::options() const {
    LinkCheckBatch::Options o;
    o.inactivityTimeoutMs = 300;
    o.deadlineMs = 3000;
    o.cachePath = m_dir->filePath(QStringLiteral("links.json"));
    return o;
}

Report tst_LinkCheckBatch::parse(const QString &file, const QString &text) const {
    return ReportParser::parseText(text, file);
}

QString tst_LinkCheckBatch::reportText() const {
    QString text =
        QStringLiteral("测试报告\n"
                       "分析周期：截至2025年5月1日\n"
                       "收录重大转折点：2项\n"
                       "### 转折点：2019年3月（事件） - 置信度：65%\n"
                       "1. **项目名称**：甲\n"
                       "**实施时间**：2019年12月\n"
                       "**官方来源**：好（BASE/ok）\n"
                       "2. **项目名称**：乙\n"
                       "**实施时间**：2020年1月\n"
                       "**官方来源**：搬家（BASE/moved）；没了（BASE/missing）\n"
                       "### 转折点：2020年9月（政策） - 置信度：70%\n"
                       "1. **项目名称**：丙\n"
                       "**实施时间**：2020年9月\n"
                       "**官方来源**：好（BASE/ok）；脚本（javascript:alert(1)）\n"
                       "2. **项目名称**：丁\n"
                       "**实施时间**：2020年10月\n"
                       "**官方来源**：沉默（BASE/silent）；关门（http://127.0.0.1:CLOSED/x）；"
                       "文件（BASE/to-file）\n"
                       "3. **项目名称**：戊\n"
                       "**实施时间**：2020年11月\n"
                       "**官方来源**：只有名字\n");
    text.replace(QLatin1String("BASE"), m_server.url(QString()));
    text.replace(QLatin1String("CLOSED"), QString::number(HttpTestServer::closedPort()));
    return text;
}

void tst_LinkCheckBatch::sourceUrlsInFirstSeenOrder() {
    const Report a = parse(QStringLiteral("a.md"), reportText());
    QVERIFY(a.isUsable());
    const QString base = m_server.url(QString());
    const QStringList urls = LinkCheckBatch::sourceUrls({&a});
    QCOMPARE(urls.size(), 7);
    QCOMPARE(urls.at(0), base + QStringLiteral("/ok"));
    QCOMPARE(urls.at(1), base + QStringLiteral("/moved"));
    QCOMPARE(urls.at(2), base + QStringLiteral("/missing"));
    QCOMPARE(urls.at(3), QStringLiteral("javascript:alert(1)"));
    QCOMPARE(urls.at(4), base + QStringLiteral("/silent"));
    QVERIFY(urls.at(5).endsWith(QLatin1String("/x")));
    QCOMPARE(urls.at(6), base + QStringLiteral("/to-file"));

    // A second report: its new URLs come after the first report's, shared ones once.
    const Report b =
        parse(QStringLiteral("b.md"),
              QStringLiteral("B\n### 转折点：2021年3月（事件） - 置信度：60%\n"
                             "1. **项目名称**：己\n**官方来源**：新（%1/error）；好（%1/ok）\n")
                  .arg(base));
    QVERIFY(b.isUsable());
    const QStringList both = LinkCheckBatch::sourceUrls({&b, &a});
    QCOMPARE(both.size(), 8);
    QCOMPARE(both.at(0), base + QStringLiteral("/error"));
    QCOMPARE(both.at(1), base + QStringLiteral("/ok"));
    QCOMPARE(both.at(2), base + QStringLiteral("/moved"));
}

void tst_LinkCheckBatch::linesAndExitCodeWithProblems() {
    const Report report = parse(QStringLiteral("links.md"), reportText());
    QVERIFY(report.isUsable());
    const QStringList urls = LinkCheckBatch::sourceUrls({&report});
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const int code = LinkCheckBatch::run({&report}, out, err, options());
    QCOMPARE(code, LinkCheckBatch::ExitLinkProblems);
    QCOMPARE(code, 3);

    const QStringList expected{
        QStringLiteral("ok 200 ") + urls[0],     QStringLiteral("redirected 200 ") + urls[1],
        QStringLiteral("broken 404 ") + urls[2], QStringLiteral("unsafe - javascript:alert(1)"),
        QStringLiteral("timeout - ") + urls[4],  QStringLiteral("error - ") + urls[5],
        QStringLiteral("unsafe 302 ") + urls[6],
    };
    QCOMPARE(outText, expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    // /ok is cited twice and requested once.
    QCOMPARE(m_server.requestCount("/ok"), 2); // once itself, once as /moved's target

    // Every citation of a problem, at its line, in the editor form; nothing for good links.
    const QStringList errLines = errText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(errLines.size(), 5);
    QVERIFY2(errLines.at(0).startsWith(QLatin1String("links.md:10:1: warning: ")),
             qPrintable(errLines.at(0)));
    QVERIFY(errLines.at(0).contains(QLatin1String("broken")));
    QVERIFY(errLines.at(0).contains(urls[2]));
    QVERIFY(errLines.at(0).contains(QLatin1String("404")));
    QVERIFY(errLines.at(1).startsWith(QLatin1String("links.md:14:1: warning: ")));
    QVERIFY(errLines.at(1).contains(QLatin1String("unsafe")));
    for (int i = 2; i < 5; ++i)
        QVERIFY2(errLines.at(i).startsWith(QLatin1String("links.md:17:1: warning: ")),
                 qPrintable(errLines.at(i)));
    QVERIFY(!errText.contains(QLatin1String("/ok ")));
}

void tst_LinkCheckBatch::exitZeroWhenAllLinksWork() {
    // Redirected counts as working.
    const QString base = m_server.url(QString());
    const Report r =
        parse(QStringLiteral("good.md"),
              QStringLiteral("G\n### 转折点：2021年3月（事件） - 置信度：60%\n"
                             "1. **项目名称**：甲\n**官方来源**：一（%1/ok）；二（%1/moved）；"
                             "三（%1/no-head）\n")
                  .arg(base));
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(LinkCheckBatch::run({&r}, out, err, options()), LinkCheckBatch::ExitOk);
    QCOMPARE(outText.count(QLatin1Char('\n')), 3);
    QVERIFY(
        outText.startsWith(QStringLiteral("ok 200 %1/ok\nredirected 200 %1/moved\n").arg(base)));
    QVERIFY(errText.isEmpty());
}

void tst_LinkCheckBatch::noLinksNothingToDo() {
    const Report r = parse(QStringLiteral("none.md"),
                           QStringLiteral("N\n### 转折点：2021年3月（事件） - 置信度：60%\n"
                                          "1. **项目名称**：甲\n**官方来源**：只有名字\n"));
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(LinkCheckBatch::run({&r}, out, err, options()), LinkCheckBatch::ExitOk);
    QCOMPARE(LinkCheckBatch::run({}, out, err, options()), LinkCheckBatch::ExitOk);
    QVERIFY(outText.isEmpty());
    QVERIFY(errText.isEmpty());
    QCOMPARE(m_server.totalRequests(), 0);
}

void tst_LinkCheckBatch::checksOverTheNetworkByDefault() {
    const Report r = parse(QStringLiteral("one.md"),
                           QStringLiteral("O\n### 转折点：2021年3月（事件） - 置信度：60%\n"
                                          "1. **项目名称**：甲\n**官方来源**：一（%1/ok）\n")
                               .arg(m_server.url(QString())));
    QString sink;
    QTextStream out(&sink);
    QTextStream err(&sink);
    QCOMPARE(LinkCheckBatch::run({&r}, out, err, options()), 0);
    QCOMPARE(LinkCheckBatch::run({&r}, out, err, options()), 0);
    // cli.md: "check ... over the network": a batch run does not answer from the cache.
    QCOMPARE(m_server.requestCount("/ok"), 2);
}

void tst_LinkCheckBatch::reusesTheCacheWhenAsked() {
    const Report r = parse(QStringLiteral("one.md"),
                           QStringLiteral("O\n### 转折点：2021年3月（事件） - 置信度：60%\n"
                                          "1. **项目名称**：甲\n**官方来源**：一（%1/ok）；"
                                          "二（%1/missing）\n")
                               .arg(m_server.url(QString())));
    LinkCheckBatch::Options o = options();
    o.reuseCachedResults = true;
    QString first;
    QString second;
    QString errs;
    QTextStream out1(&first);
    QTextStream out2(&second);
    QTextStream err(&errs);
    QCOMPARE(LinkCheckBatch::run({&r}, out1, err, o), 3);
    QCOMPARE(m_server.totalRequests(), 2);
    QCOMPARE(LinkCheckBatch::run({&r}, out2, err, o), 3);
    QCOMPARE(m_server.totalRequests(), 2);
    QCOMPARE(second, first);
}

void tst_LinkCheckBatch::hostileUrlStaysOnOneLine() {
    // An escape sequence or a line break in a source URL must not reach the terminal as such.
    Report r;
    r.file = QStringLiteral("hostile.md");
    TurningPoint tp;
    Entry e;
    e.sources.append(Source{3, QString(), QStringLiteral("javascript:\x1b[2J\nok 200 fake"), true});
    tp.entries.append(e);
    r.turningPoints.append(tp);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    QCOMPARE(LinkCheckBatch::run({&r}, out, err, options()), 3);
    QCOMPARE(outText, QStringLiteral("unsafe - javascript:%1B[2J%0Aok%20200%20fake\n"));
    QCOMPARE(errText.count(QLatin1Char('\n')), 1);
    QVERIFY(!errText.contains(QChar(0x1b)));
}

void tst_LinkCheckBatch::formatLine_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("line");
    using R = LinkCheckResult;
    QTest::newRow("ok") << int(R::Ok) << 200 << QStringLiteral("ok 200 https://a.example/");
    QTest::newRow("redirected") << int(R::Redirected) << 200
                                << QStringLiteral("redirected 200 https://a.example/");
    QTest::newRow("broken") << int(R::Broken) << 503
                            << QStringLiteral("broken 503 https://a.example/");
    QTest::newRow("timeout") << int(R::Timeout) << 0
                             << QStringLiteral("timeout - https://a.example/");
    QTest::newRow("unsafe") << int(R::Unsafe) << 0 << QStringLiteral("unsafe - https://a.example/");
    QTest::newRow("error") << int(R::Error) << 0 << QStringLiteral("error - https://a.example/");
}

void tst_LinkCheckBatch::formatLine() {
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QString, line);
    LinkCheckResult r;
    r.url = QStringLiteral("https://a.example/");
    r.status = LinkCheckResult::Status(status);
    r.httpCode = code;
    QCOMPARE(LinkCheckBatch::formatLine(r), line);
    // The status words round-trip (the cache file and LinkStatusRole use them too).
    QCOMPARE(LinkCheckResult::statusFromName(r.statusName()), std::optional(r.status));
}

QTEST_GUILESS_MAIN(tst_LinkCheckBatch)
#include "tst_linkcheckbatch.moc"

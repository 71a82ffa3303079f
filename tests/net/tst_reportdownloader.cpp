#include "httptestserver.h"
#include "reportdownloader.h"
#include "reportparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Turnpoint;

// Every URL downloaded here is on 127.0.0.1 (HttpTestServer).
class tst_ReportDownloader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void downloadsTheSample();
    void followsRedirects();
    void progressIsReported();
    void failures_data();
    void failures();
    void tooLargeStopsEarlyWithoutContentLength();
    void fiftyMegabyteDefaultOnContentLength();
    void silentServerTimesOut();
    void tricklingServerHitsTheDeadline();
    void unsafeRedirectIsNotFollowed();
    void cancel();
    void parsedOffTheUiThread();
    void cancelDuringParsing();
    void finishedIsNeverSynchronous();
    void oneDownloadAtATime();
    void fetchBlocksUntilDone();
    void looksLikeUrl_data();
    void looksLikeUrl();

private:
    Report download(ReportDownloader &downloader, const QString &url, int timeoutMs = 15000);
    QString url(const char *path) const { return m_server.url(QString::fromLatin1(path)); }
    static QString errorOf(const Report &r) {
        return r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().message;
    }

    HttpTestServer m_server;
};

void tst_ReportDownloader::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QVERIFY(m_server.start());
    m_server.addStandardRoutes();
}

void tst_ReportDownloader::init() {
    // Qt's own warnings (a double error report, a socket notifier) would end up in the output
    // of --check-links: any warning fails the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QTRY_COMPARE(m_server.inFlight(), 0);
    m_server.resetCounters();
}

Report tst_ReportDownloader::download(ReportDownloader &downloader, const QString &u,
                                      int timeoutMs) {
    QSignalSpy finished(&downloader, &ReportDownloader::finished);
    if (!downloader.start(u) || !finished.wait(timeoutMs) || finished.size() != 1)
        return Report();
    return finished.first().first().value<Report>();
}

void tst_ReportDownloader::downloadsTheSample() {
    ReportDownloader downloader;
    const QString u = url("/report.md");
    const Report r = download(downloader, u);
    QVERIFY2(r.isUsable(), qPrintable(errorOf(r)));
    // The same report as from disk, named by its URL.
    const Report local = ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
    QCOMPARE(r.file, u);
    QCOMPARE(r.title, local.title);
    QCOMPARE(r.title, QStringLiteral("云南省工业部门碳排放关键政策与事件汇编"));
    QCOMPARE(r.turningPoints.size(), local.turningPoints.size());
    QCOMPARE(r.diagnostics.size(), local.diagnostics.size());
    QCOMPARE(r.encoding, local.encoding);
    QVERIFY(!downloader.isRunning());
    QVERIFY(!downloader.wasCancelled());
    QCOMPARE(m_server.requestCount("/report.md", "GET"), 1);
}

void tst_ReportDownloader::followsRedirects() {
    ReportDownloader downloader;
    const QString u = url("/moved-report.md");
    const Report r = download(downloader, u);
    QVERIFY2(r.isUsable(), qPrintable(errorOf(r)));
    QCOMPARE(r.file, u); // as the user named it
    QCOMPARE(m_server.requestCount("/report.md"), 1);
}

void tst_ReportDownloader::progressIsReported() {
    ReportDownloader downloader;
    QSignalSpy progress(&downloader, &ReportDownloader::progress);
    const Report r = download(downloader, url("/report.md"));
    QVERIFY(r.isUsable());
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.last().at(0).toLongLong() > 0);
    QCOMPARE(downloader.bytesReceived(), progress.last().at(0).toLongLong());
}

void tst_ReportDownloader::failures_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("requests");

    QTest::newRow("404") << QStringLiteral("/missing-report.md") << QStringLiteral("404") << 1;
    QTest::newRow("500") << QStringLiteral("/error") << QStringLiteral("500") << 1;
    QTest::newRow("redirect to 404") << QStringLiteral("/found-404") << QStringLiteral("404") << 2;
    QTest::newRow("redirect loop") << QStringLiteral("/loop-a") << QStringLiteral("5") << 6;
    QTest::newRow("not a report") << QStringLiteral("/not-a-report.html") << QString() << 1;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/report.md") << QStringLiteral("http")
                         << 0;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("http") << 0;
    QTest::newRow("user info") << QStringLiteral("http://u:p@127.0.0.1/report.md")
                               << QStringLiteral("http") << 0;
}

void tst_ReportDownloader::failures() {
    QFETCH(QString, url);
    QFETCH(QString, messagePart);
    QFETCH(int, requests);
    const QString u = url.startsWith(QLatin1Char('/')) ? m_server.url(url) : url;
    ReportDownloader downloader;
    const Report r = download(downloader, u);
    QVERIFY(!r.isUsable());
    QCOMPARE(r.file, u);
    QVERIFY(r.turningPoints.isEmpty());
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().line, 0);
    QVERIFY(r.diagnostics.first().isError());
    QVERIFY(!errorOf(r).isEmpty());
    if (!messagePart.isEmpty())
        QVERIFY2(errorOf(r).contains(messagePart), qPrintable(errorOf(r)));
    QCOMPARE(m_server.totalRequests(), requests);
}

void tst_ReportDownloader::tooLargeStopsEarlyWithoutContentLength() {
    // 8 MB with no Content-Length against a 1 MB limit: only the received bytes can tell.
    ReportDownloader downloader;
    downloader.setMaxSize(1024 * 1024);
    const Report r = download(downloader, url("/huge-report.md"));
    QVERIFY(!r.isUsable());
    QVERIFY2(errorOf(r).contains(QLatin1String("larger than 1 MB")), qPrintable(errorOf(r)));
    // Never more than the limit plus one byte in memory.
    QVERIFY(downloader.bytesReceived() <= 1024 * 1024 + 1);
    QVERIFY(downloader.bytesReceived() > 1024 * 1024);
    QTRY_COMPARE(m_server.inFlight(), 0);
    QVERIFY(!m_server.streamCompleted("/huge-report.md"));
    QCOMPARE(m_server.connectionsClosedByClient(), 1);
    qInfo("huge report: %lld bytes received, %lld of 8 MB left the server",
          downloader.bytesReceived(), m_server.streamedBytes("/huge-report.md"));
    QVERIFY(m_server.streamedBytes("/huge-report.md") < 4 * 1024 * 1024);
}

void tst_ReportDownloader::fiftyMegabyteDefaultOnContentLength() {
    // The real default: Content-Length says 60 MB, so nothing of the body is taken.
    ReportDownloader downloader;
    QCOMPARE(downloader.maxSize(), qint64(50) * 1024 * 1024);
    const Report r = download(downloader, url("/declared-huge-report.md"));
    QVERIFY(!r.isUsable());
    QVERIFY2(errorOf(r).contains(QLatin1String("larger than 50 MB")), qPrintable(errorOf(r)));
    QCOMPARE(downloader.bytesReceived(), 0);
    QTRY_COMPARE(m_server.inFlight(), 0);
    QVERIFY(!m_server.streamCompleted("/declared-huge-report.md"));
    qInfo("declared 60 MB: %lld bytes left the server",
          m_server.streamedBytes("/declared-huge-report.md"));
    QVERIFY(m_server.streamedBytes("/declared-huge-report.md") < 4 * 1024 * 1024);
}

void tst_ReportDownloader::silentServerTimesOut() {
    ReportDownloader downloader;
    downloader.setInactivityTimeout(300);
    QElapsedTimer clock;
    clock.start();
    const Report r = download(downloader, url("/silent"));
    QVERIFY(clock.elapsed() < 3000);
    QVERIFY(!r.isUsable());
    QVERIFY2(errorOf(r).contains(QLatin1String("no data")), qPrintable(errorOf(r)));
    QTRY_COMPARE(m_server.inFlight(), 0);
}

void tst_ReportDownloader::tricklingServerHitsTheDeadline() {
    // A byte every 40 ms keeps the inactivity timer happy; the deadline still ends it.
    ReportDownloader downloader;
    downloader.setInactivityTimeout(300);
    downloader.setDeadline(700);
    QElapsedTimer clock;
    clock.start();
    const Report r = download(downloader, url("/trickle.md"));
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!r.isUsable());
    QVERIFY2(errorOf(r).contains(QLatin1String("not complete")), qPrintable(errorOf(r)));
    QVERIFY2(elapsed >= 650 && elapsed < 3000, qPrintable(QString::number(elapsed)));
}

void tst_ReportDownloader::unsafeRedirectIsNotFollowed() {
    for (const char *path : {"/to-file", "/to-javascript", "/to-userinfo"}) {
        ReportDownloader downloader;
        const Report r = download(downloader, url(path));
        QVERIFY(!r.isUsable());
        QVERIFY2(errorOf(r).contains(QLatin1String("not a safe")), qPrintable(errorOf(r)));
    }
    QCOMPARE(m_server.requestCount("/ok"), 0);
}

void tst_ReportDownloader::cancel() {
    ReportDownloader downloader;
    QSignalSpy finished(&downloader, &ReportDownloader::finished);
    QVERIFY(downloader.start(url("/silent")));
    QTRY_COMPARE(m_server.inFlight(), 1);
    downloader.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(downloader.wasCancelled());
    QVERIFY(!downloader.isRunning());
    QVERIFY(!finished.first().first().value<Report>().isUsable());
    QTRY_COMPARE(m_server.inFlight(), 0);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

void tst_ReportDownloader::parsedOffTheUiThread() {
    ReportDownloader downloader;
    QSignalSpy parsing(&downloader, &ReportDownloader::parsing);
    QSignalSpy finished(&downloader, &ReportDownloader::finished);
    // When the body is in, parsing starts and the download is not over yet: the report comes
    // later, from the event loop, once the worker is done with it.
    int finishedWhenParsing = -1;
    int finishedAtNextEvent = -1;
    bool runningWhenParsing = false;
    connect(&downloader, &ReportDownloader::parsing, this, [&] {
        finishedWhenParsing = int(finished.size());
        runningWhenParsing = downloader.isRunning() && downloader.isParsing();
        // The event loop gets to run while the report is parsed: this event, posted as parsing
        // starts, is handled before the result (a parse on this thread would come first).
        QMetaObject::invokeMethod(
            this, [&] { finishedAtNextEvent = int(finished.size()); }, Qt::QueuedConnection);
    });
    const QString u = url("/report.md");
    QVERIFY(downloader.start(u));
    QVERIFY(finished.wait(15000));
    QCOMPARE(parsing.size(), 1);
    QCOMPARE(finishedWhenParsing, 0);
    QCOMPARE(finishedAtNextEvent, 0);
    QVERIFY(runningWhenParsing);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!downloader.isRunning());
    QVERIFY(!downloader.isParsing());
    QVERIFY(!downloader.wasCancelled());

    // The same report the parser makes of the same bytes.
    const Report r = finished.first().first().value<Report>();
    QFile file(QStringLiteral(TURNPOINT_SAMPLE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Report expected = ReportParser::parseBytes(file.readAll(), u);
    QVERIFY(r.isUsable());
    QCOMPARE(r.file, u);
    QCOMPARE(r.title, expected.title);
    QCOMPARE(r.encoding, expected.encoding);
    QCOMPARE(r.turningPoints.size(), expected.turningPoints.size());
    for (qsizetype i = 0; i < r.turningPoints.size(); ++i) {
        QCOMPARE(r.turningPoints.at(i).entries.size(), expected.turningPoints.at(i).entries.size());
        QCOMPARE(r.turningPoints.at(i).line, expected.turningPoints.at(i).line);
    }
    QCOMPARE(r.diagnostics.size(), expected.diagnostics.size());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void tst_ReportDownloader::cancelDuringParsing() {
    // Cancelled as parsing starts (from the signal), and once the parse task is under way (from
    // the event loop, which runs the cancel before the task's result can arrive): either way
    // one finished() that says "cancelled", and the parsed report is never delivered.
    for (const bool fromEventLoop : {false, true}) {
        ReportDownloader downloader;
        QSignalSpy finished(&downloader, &ReportDownloader::finished);
        connect(&downloader, &ReportDownloader::parsing, this, [&downloader, fromEventLoop] {
            if (fromEventLoop)
                QMetaObject::invokeMethod(
                    &downloader, [&downloader] { downloader.cancel(); }, Qt::QueuedConnection);
            else
                downloader.cancel();
        });
        QVERIFY(downloader.start(url("/report.md")));
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(downloader.wasCancelled());
        QVERIFY(!downloader.isRunning());
        QVERIFY(!downloader.isParsing());
        const Report r = finished.first().first().value<Report>();
        QVERIFY(!r.isUsable());
        QVERIFY(r.turningPoints.isEmpty());
        QCOMPARE(errorOf(r), QStringLiteral("download cancelled"));
        // Whatever the worker made of it is dropped.
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
    }
}

void tst_ReportDownloader::finishedIsNeverSynchronous() {
    ReportDownloader downloader;
    QSignalSpy finished(&downloader, &ReportDownloader::finished);
    QVERIFY(downloader.start(QStringLiteral("javascript:alert(1)")));
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.first().first().value<Report>().isUsable());
}

void tst_ReportDownloader::oneDownloadAtATime() {
    ReportDownloader downloader;
    QSignalSpy finished(&downloader, &ReportDownloader::finished);
    QVERIFY(downloader.start(url("/report.md")));
    QVERIFY(!downloader.start(url("/report.md")));
    QVERIFY(finished.wait(5000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server.requestCount("/report.md"), 1);
}

void tst_ReportDownloader::fetchBlocksUntilDone() {
    const Report ok = ReportDownloader::fetchReport(url("/report.md"));
    QVERIFY(ok.isUsable());
    QCOMPARE(ok.file, url("/report.md"));
    const Report missing = ReportDownloader::fetchReport(url("/missing-report.md"));
    QVERIFY(!missing.isUsable());
    QVERIFY(errorOf(missing).contains(QLatin1String("404")));
    const Report refused = ReportDownloader::fetchReport(
        QStringLiteral("http://127.0.0.1:%1/report.md").arg(HttpTestServer::closedPort()));
    QVERIFY(!refused.isUsable());
    QVERIFY(!errorOf(refused).isEmpty());
}

void tst_ReportDownloader::looksLikeUrl_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("url");
    QTest::newRow("http") << QStringLiteral("http://example.org/r.md") << true;
    QTest::newRow("HTTPS") << QStringLiteral("HTTPS://example.org/r.md") << true;
    QTest::newRow("refused by policy, still a URL")
        << QStringLiteral("http://u:p@example.org/") << true;
    QTest::newRow("file") << QStringLiteral("report.md") << false;
    QTest::newRow("path") << QStringLiteral("/tmp/http://x") << false;
    QTest::newRow("file url") << QStringLiteral("file:///tmp/r.md") << false;
}

void tst_ReportDownloader::looksLikeUrl() {
    QFETCH(QString, text);
    QFETCH(bool, url);
    QCOMPARE(ReportDownloader::looksLikeUrl(text), url);
}

QTEST_GUILESS_MAIN(tst_ReportDownloader)
#include "tst_reportdownloader.moc"

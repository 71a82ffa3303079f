#include "httptestserver.h"
#include "linkcache.h"
#include "linkcheckbatch.h"
#include "linkchecker.h"
#include "networkrequests.h"
#include "reportdownloader.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Turnpoint;

// Every URL these tests request is on 127.0.0.1 (HttpTestServer); the rest are refused by
// UrlPolicy before any request.
// Counts how many requests the given servers serve at once, for as long as it lives.
class ConcurrencyWatch : public QObject {
public:
    ConcurrencyWatch(std::initializer_list<HttpTestServer *> servers) {
        for (HttpTestServer *s : servers) {
            connect(s, &HttpTestServer::requestStarted, this,
                    [this] { m_most = qMax(m_most, ++m_now); });
            connect(s, &HttpTestServer::requestEnded, this, [this] { --m_now; });
        }
    }
    int most() const { return m_most; }

private:
    int m_now = 0;
    int m_most = 0;
};

// n URLs of /slow on each of two servers, interleaved.
QStringList slowUrls(const HttpTestServer &a, const HttpTestServer &b, int n) {
    QStringList urls;
    for (int i = 0; i < n; ++i) {
        for (const HttpTestServer *s : {&a, &b})
            urls.append(s->url(QStringLiteral("/slow?i=%1").arg(i)));
    }
    return urls;
}

class tst_LinkChecker : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void statuses_data();
    void statuses();
    void unsafeUrlsAreNeverRequested();
    void unsafeRedirectTargetIsNotRequested();
    void bodyIsNeverDownloaded();
    void fiveRedirectsAtMost();
    void silentServerTimesOut();
    void deadlineCoversRedirectChain();
    void connectionRefused();
    void eachUrlOncePerRun();
    void resultsAndFinishedAreNeverSynchronous();
    void progressCountsEveryUrl();
    void addingDuringARun();
    void cancelStopsEverything();
    void destroyedMidRun();
    void redirectRules_data();
    void redirectRules();

    void perHostLimit();
    void perHostLimitFollowsRedirects();
    void redirectWaitsForSlotOnNewHost();
    void hostIsTheHostName();
    void overallLimit();
    void defaults();

    void cacheDefaultsToTestLocation();
    void cacheReusedWithin24h();
    void forceRequestsAgain();
    void expiredEntryIsRechecked();
    void transientFailuresAreNotCached();
    void damagedCacheFileIsIgnored();

    void modelLinkStatusRole();
    void modelSignalsOnlyAffectedRows();

private:
    std::unique_ptr<LinkChecker> makeChecker();
    bool run(LinkChecker &checker, const QStringList &urls, bool force = false,
             int timeoutMs = 15000);
    QString url(const char *path) const { return m_server.url(QString::fromLatin1(path)); }

    HttpTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
};

void tst_LinkChecker::initTestCase() {
    // The user's real cache must never be read or written, and no proxy may relay anything.
    QStandardPaths::setTestModeEnabled(true);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QVERIFY(m_server.start());
    m_server.addStandardRoutes();
}

void tst_LinkChecker::init() {
    // Qt's own warnings (a double error report, a socket notifier) would end up in the output
    // of --check-links: any warning fails the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QTRY_COMPARE(m_server.inFlight(), 0);
    m_server.resetCounters();
    m_cacheDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cacheDir->isValid());
}

std::unique_ptr<LinkChecker> tst_LinkChecker::makeChecker() {
    auto checker = std::make_unique<LinkChecker>();
    checker->setCachePath(m_cacheDir->filePath(QStringLiteral("links.json")));
    checker->setInactivityTimeout(3000);
    checker->setDeadline(6000);
    return checker;
}

bool tst_LinkChecker::run(LinkChecker &checker, const QStringList &urls, bool force,
                          int timeoutMs) {
    QSignalSpy finished(&checker, &LinkChecker::finished);
    checker.check(urls, force);
    return finished.wait(timeoutMs) && finished.size() == 1 && !checker.isRunning();
}

void tst_LinkChecker::statuses_data() {
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("httpCode");
    QTest::addColumn<QString>("finalPath"); // empty: the URL itself
    QTest::addColumn<int>("heads");
    QTest::addColumn<int>("gets");

    using R = LinkCheckResult;
    QTest::newRow("200") << QByteArray("/ok") << int(R::Ok) << 200 << QString() << 1 << 0;
    QTest::newRow("301 -> 200") << QByteArray("/moved") << int(R::Redirected) << 200
                                << QStringLiteral("/ok") << 1 << 0;
    QTest::newRow("302 -> 404") << QByteArray("/found-404") << int(R::Broken) << 404
                                << QStringLiteral("/missing") << 1 << 0;
    QTest::newRow("404") << QByteArray("/missing") << int(R::Broken) << 404 << QString() << 1 << 0;
    QTest::newRow("500") << QByteArray("/error") << int(R::Broken) << 500 << QString() << 1 << 0;
    QTest::newRow("HEAD 405, GET 200")
        << QByteArray("/no-head") << int(R::Ok) << 200 << QString() << 1 << 1;
    QTest::newRow("HEAD 501, GET 200")
        << QByteArray("/no-head-501") << int(R::Ok) << 200 << QString() << 1 << 1;
    QTest::newRow("HEAD 405, GET 404")
        << QByteArray("/no-head-404") << int(R::Broken) << 404 << QString() << 1 << 1;
    QTest::newRow("HEAD 403, GET 200")
        << QByteArray("/head-forbidden") << int(R::Ok) << 200 << QString() << 1 << 1;
    QTest::newRow("redirect loop")
        << QByteArray("/loop-a") << int(R::Error) << 302 << QString() << 0 << 0;
    QTest::newRow("redirect to file:") << QByteArray("/to-file") << int(R::Unsafe) << 302
                                       << QStringLiteral("file:///etc/passwd") << 1 << 0;
    QTest::newRow("redirect to javascript:")
        << QByteArray("/to-javascript") << int(R::Unsafe) << 302
        << QStringLiteral("javascript:alert(1)") << 1 << 0;
}

void tst_LinkChecker::statuses() {
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(int, httpCode);
    QFETCH(QString, finalPath);
    QFETCH(int, heads);
    QFETCH(int, gets);

    auto checker = makeChecker();
    const QString u = m_server.url(QString::fromLatin1(path));
    QVERIFY(run(*checker, {u}));
    const LinkCheckResult r = checker->results().value(u);
    QCOMPARE(r.url, u);
    QCOMPARE(r.statusName(), LinkCheckResult::statusName(LinkCheckResult::Status(status)));
    if (status != LinkCheckResult::Error)
        QCOMPARE(r.httpCode, httpCode);
    QString expectedFinal = finalPath.isEmpty() ? u : finalPath;
    if (finalPath.startsWith(QLatin1Char('/')))
        expectedFinal = m_server.url(finalPath);
    if (status != LinkCheckResult::Error)
        QCOMPARE(r.finalUrl, expectedFinal);
    QVERIFY(r.checkedAt.isValid());
    QVERIFY(qAbs(r.checkedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(!r.fromCache);
    if (r.status != LinkCheckResult::Ok)
        QVERIFY2(!r.message.isEmpty(), qPrintable(r.statusName()));
    if (status == LinkCheckResult::Error) {
        // Five hops allowed: the first request and five redirects, then the checker stops.
        QCOMPARE(m_server.requestCount("/loop-a") + m_server.requestCount("/loop-b"),
                 LinkChecker::MaxRedirects + 1);
        QVERIFY2(r.message.contains(QString::number(LinkChecker::MaxRedirects)),
                 qPrintable(r.message));
        return;
    }
    QCOMPARE(m_server.requestCount(path, "HEAD"), heads);
    QCOMPARE(m_server.requestCount(path, "GET"), gets);
}

void tst_LinkChecker::unsafeUrlsAreNeverRequested() {
    auto checker = makeChecker();
    const QStringList urls{
        QStringLiteral("file:///etc/passwd"),
        QStringLiteral("javascript:alert(1)"),
        QStringLiteral("ftp://127.0.0.1/x"),
        QStringLiteral("/relative/path"),
        QStringLiteral("http://user:pw@127.0.0.1:%1/ok").arg(m_server.port()),
        QStringLiteral("http://127.0.0.1:%1/ok with space").arg(m_server.port())};
    QVERIFY(run(*checker, urls));
    QCOMPARE(checker->results().size(), urls.size());
    for (const QString &u : urls) {
        const LinkCheckResult r = checker->results().value(u);
        QCOMPARE(r.status, LinkCheckResult::Unsafe);
        QCOMPARE(r.httpCode, 0);
        QVERIFY(!r.message.isEmpty());
    }
    QCOMPARE(m_server.totalRequests(), 0);
    // Nothing to remember about them: the verdict needs no network.
    QCOMPARE(checker->cache().size(), 0);
}

void tst_LinkChecker::unsafeRedirectTargetIsNotRequested() {
    // Qt would follow this one (http with user info); UrlPolicy must veto it.
    auto checker = makeChecker();
    const QString u = url("/to-userinfo");
    QVERIFY(run(*checker, {u}));
    const LinkCheckResult r = checker->results().value(u);
    QCOMPARE(r.status, LinkCheckResult::Unsafe);
    QCOMPARE(r.httpCode, 302);
    QVERIFY(r.finalUrl.contains(QLatin1String("user")));
    QCOMPARE(m_server.requestCount("/ok"), 0);
}

void tst_LinkChecker::bodyIsNeverDownloaded() {
    auto checker = makeChecker();
    const QString u = url("/big");
    QVERIFY(run(*checker, {u}));
    QCOMPARE(checker->results().value(u).status, LinkCheckResult::Ok);
    QCOMPARE(m_server.requestCount("/big", "GET"), 1);
    QTRY_COMPARE(m_server.inFlight(), 0);
    // 16 MB offered; the client hung up after the headers. What left the server is what the
    // kernel buffers took before the abort arrived.
    QVERIFY(!m_server.streamCompleted("/big"));
    QCOMPARE(m_server.connectionsClosedByClient(), 1);
    qInfo("GET /big: %lld of 16777216 bytes left the server", m_server.streamedBytes("/big"));
    QVERIFY2(m_server.streamedBytes("/big") < 4 * 1024 * 1024,
             qPrintable(QString::number(m_server.streamedBytes("/big"))));
}

void tst_LinkChecker::fiveRedirectsAtMost() {
    // /hop0 -> ... -> /hop5 is five redirects: followed. One more in front is too many.
    HttpTestServer::Response sixth;
    sixth.status = 302;
    sixth.addHeader("Location", "/hop0");
    m_server.route("/hop-1", sixth);
    auto checker = makeChecker();
    const QString five = url("/hop0");
    const QString six = url("/hop-1");
    QVERIFY(run(*checker, {five, six}));
    const LinkCheckResult r5 = checker->results().value(five);
    QCOMPARE(r5.status, LinkCheckResult::Redirected);
    QCOMPARE(r5.finalUrl, url("/hop5"));
    const LinkCheckResult r6 = checker->results().value(six);
    QCOMPARE(r6.status, LinkCheckResult::Error);
    QVERIFY2(r6.message.contains(QLatin1String("5")), qPrintable(r6.message));
    // Every hop asked for once per chain; the sixth redirect's target never.
    QCOMPARE(m_server.requestCount("/hop-1"), 1);
    QCOMPARE(m_server.requestCount("/hop0"), 2);
    QCOMPARE(m_server.requestCount("/hop4"), 2);
    QCOMPARE(m_server.requestCount("/hop5"), 1);
}

void tst_LinkChecker::silentServerTimesOut() {
    auto checker = makeChecker();
    checker->setInactivityTimeout(300);
    const QString u = url("/silent");
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(*checker, {u}));
    const qint64 elapsed = clock.elapsed();
    const LinkCheckResult r = checker->results().value(u);
    QCOMPARE(r.status, LinkCheckResult::Timeout);
    QCOMPARE(r.httpCode, 0);
    QVERIFY(!r.message.isEmpty());
    QVERIFY2(elapsed >= 250 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    // The checker hung up: the server does not keep a dead request around.
    QTRY_COMPARE(m_server.inFlight(), 0);
}

void tst_LinkChecker::deadlineCoversRedirectChain() {
    // Every hop answers within the inactivity timeout; the chain as a whole takes too long.
    auto checker = makeChecker();
    checker->setInactivityTimeout(400);
    checker->setDeadline(500);
    const QString u = url("/hop0");
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(*checker, {u}));
    const qint64 elapsed = clock.elapsed();
    const LinkCheckResult r = checker->results().value(u);
    QCOMPARE(r.status, LinkCheckResult::Timeout);
    QVERIFY2(elapsed >= 450 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(m_server.requestCount("/hop1") >= 1);
    QCOMPARE(m_server.requestCount("/hop5"), 0);
}

void tst_LinkChecker::connectionRefused() {
    const quint16 port = HttpTestServer::closedPort();
    QVERIFY(port != 0);
    auto checker = makeChecker();
    const QString u = QStringLiteral("http://127.0.0.1:%1/x").arg(port);
    QVERIFY(run(*checker, {u}));
    const LinkCheckResult r = checker->results().value(u);
    QCOMPARE(r.status, LinkCheckResult::Error);
    QCOMPARE(r.httpCode, 0);
    QVERIFY(!r.message.isEmpty());
}

void tst_LinkChecker::eachUrlOncePerRun() {
    auto checker = makeChecker();
    const QString a = url("/ok");
    const QString b = url("/missing");
    QSignalSpy ready(checker.get(), &LinkChecker::resultReady);
    QVERIFY(run(*checker, {a, b, a, a, b}));
    QCOMPARE(ready.size(), 2);
    QCOMPARE(checker->urls(), (QStringList{a, b}));
    QCOMPARE(m_server.requestCount("/ok"), 1);
    QCOMPARE(m_server.requestCount("/missing"), 1);
}

void tst_LinkChecker::resultsAndFinishedAreNeverSynchronous() {
    auto checker = makeChecker();
    QSignalSpy ready(checker.get(), &LinkChecker::resultReady);
    QSignalSpy finished(checker.get(), &LinkChecker::finished);
    // Only unsafe URLs and an empty list: everything is known at once, and still comes later.
    checker->check({QStringLiteral("javascript:alert(1)")});
    QCOMPARE(ready.size(), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(checker->isRunning());
    QVERIFY(finished.wait(5000));
    QCOMPARE(ready.size(), 1);

    auto empty = makeChecker();
    QSignalSpy emptyFinished(empty.get(), &LinkChecker::finished);
    empty->check({});
    QCOMPARE(emptyFinished.size(), 0);
    QVERIFY(emptyFinished.wait(5000));
    QCOMPARE(empty->results().size(), 0);
}

void tst_LinkChecker::progressCountsEveryUrl() {
    auto checker = makeChecker();
    QSignalSpy progress(checker.get(), &LinkChecker::progress);
    QSignalSpy finished(checker.get(), &LinkChecker::finished);
    const QStringList urls{url("/ok"), url("/missing"), QStringLiteral("file:///x"), url("/moved")};
    QVERIFY(run(*checker, urls));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(progress.last().at(0).toInt(), 4);
    QCOMPARE(progress.last().at(1).toInt(), 4);
    int previous = -1;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        QVERIFY(args.at(0).toInt() >= previous);
        QCOMPARE(args.at(1).toInt(), 4);
        previous = args.at(0).toInt();
    }
    QCOMPARE(checker->doneCount(), 4);
    QVERIFY(!checker->wasCancelled());
}

void tst_LinkChecker::addingDuringARun() {
    auto checker = makeChecker();
    QSignalSpy finished(checker.get(), &LinkChecker::finished);
    checker->check({url("/slow"), url("/ok")});
    checker->check({url("/ok"), url("/missing")}); // same run: /ok is not checked twice
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(checker->results().size(), 3);
    QCOMPARE(m_server.requestCount("/ok"), 1);
}

void tst_LinkChecker::cancelStopsEverything() {
    auto checker = makeChecker();
    QStringList urls;
    for (int i = 0; i < 6; ++i)
        urls.append(url("/silent") + QStringLiteral("?%1").arg(i)); // never answer
    urls.append(url("/ok"));
    QSignalSpy finished(checker.get(), &LinkChecker::finished);
    QSignalSpy ready(checker.get(), &LinkChecker::resultReady);
    checker->check(urls);
    // Four at once: the per-host limit.
    QTRY_COMPARE(m_server.inFlight(), LinkChecker::DefaultMaxConcurrentPerHost);
    checker->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(checker->wasCancelled());
    QVERIFY(!checker->isRunning());
    for (int i = 0; i < 6; ++i)
        QVERIFY(!checker->results().contains(urls[i]));
    // The server sees every connection go away, and nothing else arrives later.
    QTRY_COMPARE(m_server.inFlight(), 0);
    const int readyAfterCancel = int(ready.size());
    QTest::qWait(200);
    QCOMPARE(ready.size(), readyAfterCancel);
    QCOMPARE(finished.size(), 1);
    // A cancelled check leaves nothing in the cache that was not a real verdict.
    LinkCache onDisk(m_cacheDir->filePath(QStringLiteral("links.json")));
    onDisk.load();
    for (int i = 0; i < 6; ++i)
        QVERIFY(!onDisk.lookup(urls[i], QDateTime::currentDateTimeUtc()));
}

void tst_LinkChecker::destroyedMidRun() {
    auto checker = makeChecker();
    checker->check({url("/silent?a"), url("/silent?b"), url("/ok")});
    QTRY_COMPARE(m_server.inFlight(), 2);
    checker.reset();
    // Nothing dangles: the requests go away and nothing calls back into the dead checker.
    QTRY_COMPARE(m_server.inFlight(), 0);
    QTest::qWait(100);
}

void tst_LinkChecker::redirectRules_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http -> http") << QStringLiteral("http://a.example/")
                                  << QStringLiteral("http://b.example/x") << true;
    QTest::newRow("http -> https")
        << QStringLiteral("http://a.example/") << QStringLiteral("https://a.example/") << true;
    QTest::newRow("https -> https")
        << QStringLiteral("https://a.example/") << QStringLiteral("https://b.example/") << true;
    QTest::newRow("https -> http (less safe)")
        << QStringLiteral("https://a.example/") << QStringLiteral("http://a.example/") << false;
    QTest::newRow("file") << QStringLiteral("http://a.example/")
                          << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("ftp") << QStringLiteral("http://a.example/")
                         << QStringLiteral("ftp://a.example/") << false;
    QTest::newRow("user info") << QStringLiteral("http://a.example/")
                               << QStringLiteral("http://u:p@a.example/") << false;
    QTest::newRow("no host") << QStringLiteral("http://a.example/") << QStringLiteral("http:///x")
                             << false;
}

void tst_LinkChecker::redirectRules() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(NetworkRequests::isRedirectAllowed(QUrl(from), QUrl(to)), allowed);
}

void tst_LinkChecker::perHostLimit() {
    auto checker = makeChecker();
    QStringList urls;
    for (int i = 0; i < 24; ++i)
        urls.append(url("/slow") + QStringLiteral("?i=%1").arg(i));
    QVERIFY(run(*checker, urls));
    QCOMPARE(checker->results().size(), 24);
    for (const LinkCheckResult &r : checker->results())
        QCOMPARE(r.status, LinkCheckResult::Ok);
    QCOMPARE(m_server.requestCount("/slow"), 24);
    qInfo("one host: at most %d requests at once", m_server.maxInFlight());
    QCOMPARE(m_server.maxInFlight(), LinkChecker::DefaultMaxConcurrentPerHost);
}

void tst_LinkChecker::perHostLimitFollowsRedirects() {
    // A redirector on a second server sends every request to /slow on the first; more /slow
    // URLs go there directly. Both are 127.0.0.1, one host: the redirected requests must wait
    // for a slot like the direct ones, not ride on the slot they took for the redirector.
    HttpTestServer redirector;
    QVERIFY(redirector.start());
    HttpTestServer::Response toSlow;
    toSlow.status = 302;
    toSlow.addHeader("Location", url("/slow").toLatin1());
    redirector.route("/to-slow", toSlow);
    ConcurrencyWatch watch{&m_server, &redirector};
    QStringList urls;
    for (int i = 0; i < 12; ++i) {
        urls.append(redirector.url(QStringLiteral("/to-slow?i=%1").arg(i)));
        urls.append(url("/slow") + QStringLiteral("?i=%1").arg(i));
    }
    auto checker = makeChecker();
    QVERIFY(run(*checker, urls));
    QCOMPARE(checker->results().size(), 24);
    for (const QString &u : urls) {
        const LinkCheckResult r = checker->results().value(u);
        QCOMPARE(r.status, u.contains(QLatin1String("to-slow")) ? LinkCheckResult::Redirected
                                                                : LinkCheckResult::Ok);
    }
    QCOMPARE(m_server.requestCount("/slow"), 24);
    qInfo("redirects into one host: at most %d requests at once (%d on the target)", watch.most(),
          m_server.maxInFlight());
    QVERIFY(m_server.maxInFlight() <= LinkChecker::DefaultMaxConcurrentPerHost);
    QVERIFY(watch.most() <= LinkChecker::DefaultMaxConcurrentPerHost);
}

void tst_LinkChecker::redirectWaitsForSlotOnNewHost() {
    // Two host names, through the test server as a proxy (nothing is resolved, nothing but
    // 127.0.0.1 is contacted): redirector.test sends everything to target.test, which also
    // gets URLs of its own. A redirected check must give back its slot on redirector.test and
    // wait for one on target.test.
    HttpTestServer::Response toTarget;
    toTarget.status = 302;
    toTarget.addHeader("Location", "http://target.test/slow");
    m_server.route("/to-target", toTarget);
    auto checker = makeChecker();
    checker->networkAccessManager()->setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_server.port()));
    QStringList urls;
    for (int i = 0; i < 12; ++i) {
        urls.append(QStringLiteral("http://redirector.test/to-target?i=%1").arg(i));
        urls.append(QStringLiteral("http://target.test/slow?i=%1").arg(i));
    }
    QVERIFY(run(*checker, urls));
    QCOMPARE(checker->results().size(), 24);
    for (const QString &u : urls) {
        const LinkCheckResult r = checker->results().value(u);
        QCOMPARE(r.status, u.contains(QLatin1String("redirector")) ? LinkCheckResult::Redirected
                                                                   : LinkCheckResult::Ok);
    }
    QCOMPARE(m_server.requestCount("/slow"), 24);
    qInfo("target.test: at most %d requests at once", m_server.maxInFlight("target.test"));
    QVERIFY(m_server.maxInFlight("target.test") <= LinkChecker::DefaultMaxConcurrentPerHost);
    QVERIFY(m_server.maxInFlight("redirector.test") <= LinkChecker::DefaultMaxConcurrentPerHost);
}

void tst_LinkChecker::hostIsTheHostName() {
    // Scheme and port do not make another host: http://www.gov.cn and https://www.gov.cn are
    // one site to be polite to.
    QCOMPARE(LinkChecker::hostKey(QUrl(QStringLiteral("http://www.gov.cn/a"))),
             QStringLiteral("www.gov.cn"));
    QCOMPARE(LinkChecker::hostKey(QUrl(QStringLiteral("https://WWW.gov.CN:8443/b"))),
             QStringLiteral("www.gov.cn"));
    QCOMPARE(LinkChecker::hostKey(QUrl(m_server.url(QStringLiteral("/")))),
             QStringLiteral("127.0.0.1"));

    // So two servers on two ports of 127.0.0.1 share the per-host limit.
    HttpTestServer b;
    QVERIFY(b.start());
    b.addStandardRoutes();
    ConcurrencyWatch watch{&m_server, &b};
    const QStringList urls = slowUrls(m_server, b, 12);
    auto checker = makeChecker();
    QVERIFY(run(*checker, urls));
    QCOMPARE(checker->results().size(), 24);
    qInfo("two ports of one host: at most %d requests at once", watch.most());
    QCOMPARE(watch.most(), LinkChecker::DefaultMaxConcurrentPerHost);
}

void tst_LinkChecker::overallLimit() {
    // Every test server is 127.0.0.1, one host: with the per-host limit out of the way, the
    // overall limit is what holds. Two ports, since Qt itself opens at most 6 connections to
    // one host and port.
    HttpTestServer b;
    QVERIFY(b.start());
    b.addStandardRoutes();
    ConcurrencyWatch watch{&m_server, &b};
    const QStringList urls = slowUrls(m_server, b, 16);
    auto checker = makeChecker();
    checker->setMaxConcurrentPerHost(100);
    QVERIFY(run(*checker, urls));
    QCOMPARE(checker->results().size(), 32);
    qInfo("overall: at most %d requests at once", watch.most());
    QCOMPARE(watch.most(), LinkChecker::DefaultMaxConcurrent);
}

void tst_LinkChecker::defaults() {
    // The numbers, written out: a change to any of them must be a deliberate one.
    QCOMPARE(LinkChecker::DefaultInactivityTimeoutMs, 10000);
    QCOMPARE(LinkChecker::DefaultDeadlineMs, 20000);
    QCOMPARE(LinkChecker::DefaultMaxConcurrentPerHost, 4);
    QCOMPARE(LinkChecker::DefaultMaxConcurrent, 8);
    QCOMPARE(LinkChecker::MaxRedirects, 5);
    LinkChecker checker;
    QCOMPARE(checker.inactivityTimeout(), 10000);
    QCOMPARE(checker.deadline(), 20000);
    QCOMPARE(checker.maxConcurrentPerHost(), 4);
    QCOMPARE(checker.maxConcurrent(), 8);

    const LinkCheckBatch::Options options;
    QCOMPARE(options.inactivityTimeoutMs, 10000);
    QCOMPARE(options.deadlineMs, 20000);
    QCOMPARE(options.maxConcurrentPerHost, 4);
    QCOMPARE(options.maxConcurrent, 8);

    ReportDownloader downloader;
    QCOMPARE(downloader.inactivityTimeout(), 10000);
    QCOMPARE(downloader.deadline(), 20000);
    QCOMPARE(downloader.maxSize(), qint64(50) * 1024 * 1024);
}

void tst_LinkChecker::cacheDefaultsToTestLocation() {
    // With test mode on, the default location is a test directory, never the user's cache.
    const QString path = LinkCache::defaultPath();
    QVERIFY2(path.contains(QLatin1String("qttest")), qPrintable(path));
    LinkChecker checker;
    QCOMPARE(checker.cache().path(), path);
}

void tst_LinkChecker::cacheReusedWithin24h() {
    const QStringList urls{url("/ok"), url("/missing"), url("/moved")};
    {
        auto first = makeChecker();
        QVERIFY(run(*first, urls));
    }
    QCOMPARE(m_server.totalRequests(), 4); // /moved is two requests
    QVERIFY(QFile::exists(m_cacheDir->filePath(QStringLiteral("links.json"))));

    auto second = makeChecker();
    // Twelve hours later: still fresh.
    second->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(12 * 3600); });
    QVERIFY(run(*second, urls));
    QCOMPARE(m_server.totalRequests(), 4); // no request at all
    QCOMPARE(second->results().value(urls[0]).status, LinkCheckResult::Ok);
    QCOMPARE(second->results().value(urls[1]).status, LinkCheckResult::Broken);
    QCOMPARE(second->results().value(urls[1]).httpCode, 404);
    QCOMPARE(second->results().value(urls[2]).status, LinkCheckResult::Redirected);
    QCOMPARE(second->results().value(urls[2]).finalUrl, url("/ok"));
    for (const LinkCheckResult &r : second->results()) {
        QVERIFY(r.fromCache);
        // The time is when it was really checked, so the UI can say how old it is.
        QVERIFY(r.checkedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    }
}

void tst_LinkChecker::forceRequestsAgain() {
    const QStringList urls{url("/ok"), url("/missing")};
    auto checker = makeChecker();
    QVERIFY(run(*checker, urls));
    QCOMPARE(m_server.totalRequests(), 2);
    QVERIFY(run(*checker, urls, true));
    QCOMPARE(m_server.totalRequests(), 4);
    for (const LinkCheckResult &r : checker->results())
        QVERIFY(!r.fromCache);
    // And without force, the fresh results are reused again.
    QVERIFY(run(*checker, urls));
    QCOMPARE(m_server.totalRequests(), 4);
}

void tst_LinkChecker::expiredEntryIsRechecked() {
    const QString u = url("/ok");
    auto checker = makeChecker();
    QVERIFY(run(*checker, {u}));
    QCOMPARE(m_server.requestCount("/ok"), 1);

    auto later = makeChecker();
    later->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(25 * 3600); });
    QVERIFY(run(*later, {u}));
    QCOMPARE(m_server.requestCount("/ok"), 2);
    QVERIFY(!later->results().value(u).fromCache);

    // An entry written "in the future" (clock turned back) is not trusted either.
    auto earlier = makeChecker();
    earlier->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-3600); });
    QVERIFY(run(*earlier, {u}));
    QCOMPARE(m_server.requestCount("/ok"), 3);
}

void tst_LinkChecker::transientFailuresAreNotCached() {
    const quint16 closed = HttpTestServer::closedPort();
    const QString refused = QStringLiteral("http://127.0.0.1:%1/x").arg(closed);
    const QString silent = url("/silent");
    for (int i = 0; i < 2; ++i) {
        auto checker = makeChecker();
        checker->setInactivityTimeout(200);
        QVERIFY(run(*checker, {refused, silent}));
        QCOMPARE(checker->results().value(refused).status, LinkCheckResult::Error);
        QCOMPARE(checker->results().value(silent).status, LinkCheckResult::Timeout);
        QVERIFY(!checker->results().value(silent).fromCache);
    }
    QCOMPARE(m_server.requestCount("/silent"), 2);
}

void tst_LinkChecker::damagedCacheFileIsIgnored() {
    const QString path = m_cacheDir->filePath(QStringLiteral("links.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"turnpoint-link-cache\", \"version\": 1, \"entries\": [ {\"url\"");
    }
    auto checker = makeChecker();
    QVERIFY(run(*checker, {url("/ok")}));
    QCOMPARE(checker->results().value(url("/ok")).status, LinkCheckResult::Ok);
    // ... and replaced by a good one.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(),
             QStringLiteral("turnpoint-link-cache"));
    QCOMPARE(root.value(QLatin1String("entries")).toArray().size(), 1);
}

namespace {
Report modelReport() {
    Report r;
    r.file = QStringLiteral("r.md");
    r.title = QStringLiteral("T");
    r.titleLine = 1;
    for (int t = 0; t < 2; ++t) {
        TurningPoint tp;
        tp.line = 10 * (t + 1);
        tp.date = PartialDate::fromYearMonth(2020 + t, 3);
        tp.dateText = QStringLiteral("tp%1").arg(t);
        for (int e = 0; e < 2; ++e) {
            Entry entry;
            entry.line = tp.line + 1 + e;
            entry.title = QStringLiteral("e%1%2").arg(t).arg(e);
            // t0e0: a, b   t0e1: c   t1e0: a   t1e1: (name only)
            if (t == 0 && e == 0) {
                entry.sources.append(Source{entry.line, QStringLiteral("A"),
                                            QStringLiteral("https://a.example/"), false});
                entry.sources.append(Source{entry.line, QStringLiteral("B"),
                                            QStringLiteral("https://b.example/"), false});
            } else if (t == 0) {
                entry.sources.append(Source{entry.line, QStringLiteral("C"),
                                            QStringLiteral("https://c.example/"), false});
            } else if (e == 0) {
                entry.sources.append(Source{entry.line, QStringLiteral("A"),
                                            QStringLiteral("https://a.example/"), false});
            } else {
                entry.sources.append(Source{entry.line, QStringLiteral("N"), QString(), false});
            }
            tp.entries.append(entry);
        }
        r.turningPoints.append(tp);
    }
    return r;
}

LinkCheckResult result(const QString &url, LinkCheckResult::Status status, int code) {
    LinkCheckResult r;
    r.url = url;
    r.status = status;
    r.httpCode = code;
    r.finalUrl = url;
    r.checkedAt = QDateTime(QDate(2025, 5, 1), QTime(12, 0), Qt::UTC);
    return r;
}
} // namespace

void tst_LinkChecker::modelLinkStatusRole() {
    TimelineModel model;
    QAbstractItemModelTester tester(&model);
    model.addReport(modelReport());
    const QString a = QStringLiteral("https://a.example/");
    const QString b = QStringLiteral("https://b.example/");

    // Nothing checked: one invalid entry per source, no problems.
    const QModelIndex e00 = model.entryIndex(0, 0, 0);
    QVariantList statuses = e00.data(TimelineModel::LinkStatusRole).toList();
    QCOMPARE(statuses.size(), e00.data(TimelineModel::SourcesRole).toList().size());
    QVERIFY(!statuses.at(0).isValid());
    QCOMPARE(e00.data(TimelineModel::LinkProblemCountRole).toInt(), 0);

    model.setLinkResults(
        {{a, result(a, LinkCheckResult::Broken, 404)}, {b, result(b, LinkCheckResult::Ok, 200)}});
    statuses = e00.data(TimelineModel::LinkStatusRole).toList();
    QCOMPARE(statuses.size(), 2);
    const QVariantMap first = statuses.at(0).toMap();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("broken"));
    QCOMPARE(first.value(QStringLiteral("httpCode")).toInt(), 404);
    QCOMPARE(first.value(QStringLiteral("finalUrl")).toString(), a);
    QCOMPARE(first.value(QStringLiteral("checked")).toDateTime(),
             QDateTime(QDate(2025, 5, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(statuses.at(1).toMap().value(QStringLiteral("status")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(e00.data(TimelineModel::LinkProblemCountRole).toInt(), 1);

    // Turning point: parallel to its SourcesRole (all entries' sources).
    const QModelIndex tp0 = model.turningPointIndex(0, 0);
    QCOMPARE(tp0.data(TimelineModel::LinkStatusRole).toList().size(),
             tp0.data(TimelineModel::SourcesRole).toList().size());
    QCOMPARE(tp0.data(TimelineModel::LinkStatusRole).toList().size(), 3);
    QVERIFY(!tp0.data(TimelineModel::LinkStatusRole).toList().at(2).isValid()); // c unchecked
    QCOMPARE(tp0.data(TimelineModel::LinkProblemCountRole).toInt(), 1);
    // Report: every citation counts (a is cited twice).
    QCOMPARE(model.reportIndex(0).data(TimelineModel::LinkProblemCountRole).toInt(), 2);
    // A name without URL has no status.
    const QModelIndex e11 = model.entryIndex(0, 1, 1);
    QCOMPARE(e11.data(TimelineModel::LinkStatusRole).toList().size(), 1);
    QVERIFY(!e11.data(TimelineModel::LinkStatusRole).toList().at(0).isValid());
    QVERIFY(model.roleNames().value(TimelineModel::LinkStatusRole) == "linkStatus");

    // Results survive a reload of the report.
    model.replaceReport(0, modelReport());
    QCOMPARE(model.reportIndex(0).data(TimelineModel::LinkProblemCountRole).toInt(), 2);
}

void tst_LinkChecker::modelSignalsOnlyAffectedRows() {
    TimelineModel model;
    QAbstractItemModelTester tester(&model);
    model.addReport(modelReport());
    const QString a = QStringLiteral("https://a.example/");
    const QString c = QStringLiteral("https://c.example/");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const auto changedNodes = [&] {
        QSet<QString> nodes;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex from = args.at(0).toModelIndex();
            const QModelIndex to = args.at(1).toModelIndex();
            const QList<int> roles = args.at(2).value<QList<int>>();
            Q_ASSERT(from.row() == to.row() && from.parent() == to.parent());
            Q_ASSERT(roles.contains(TimelineModel::LinkStatusRole));
            nodes.insert(from.data(TimelineModel::TitleRole).toString() + QLatin1Char('@') +
                         QString::number(int(model.nodeType(from))));
        }
        changed.clear();
        return nodes;
    };

    model.setLinkResults({{c, result(c, LinkCheckResult::Broken, 500)}});
    // c is cited by entry t0e1 only: that entry, its turning point, its report.
    QCOMPARE(changedNodes(), (QSet<QString>{QStringLiteral("e01@2"), QStringLiteral("tp0@1"),
                                            QStringLiteral("T@0")}));

    // The same results again: nothing changed, nothing signalled.
    model.setLinkResults({{c, result(c, LinkCheckResult::Broken, 500)}});
    QCOMPARE(changed.size(), 0);

    // a appears, c goes: entries t0e0, t0e1, t1e0 and both turning points.
    model.setLinkResults({{a, result(a, LinkCheckResult::Ok, 200)}});
    QCOMPARE(changedNodes(), (QSet<QString>{QStringLiteral("e00@2"), QStringLiteral("e01@2"),
                                            QStringLiteral("e10@2"), QStringLiteral("tp0@1"),
                                            QStringLiteral("tp1@1"), QStringLiteral("T@0")}));
    QCOMPARE(model.reportIndex(0).data(TimelineModel::LinkProblemCountRole).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_LinkChecker)
#include "tst_linkchecker.moc"

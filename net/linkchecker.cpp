#include "linkchecker.h"

#include "networkrequests.h"
#include "urlpolicy.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace Turnpoint {

// One URL being checked: queued, then one request at a time (HEAD, maybe GET).
struct LinkChecker::Job {
    QString url;  // as given
    QUrl target;  // what UrlPolicy made of it
    QString host; // hostKey() of the URL the next or current request goes to
    QNetworkReply *reply = nullptr;
    // Children of the checker; deleted later, since a timer may be what ends the job.
    QTimer *inactivity = nullptr;
    QTimer *deadline = nullptr;
    bool usingGet = false;
    bool running = false; // holds a concurrency slot on `host`
    bool timedOut = false;
    bool overDeadline = false;
    bool headersDone = false; // GET: status line and headers seen, body refused
    int headerCode = 0;
    QString headerReason;
    QUrl headerLocation;
    QUrl currentUrl; // what the current request asks for: target, or where redirects led
    int hops = 0;    // redirects followed so far

    ~Job() {
        for (QTimer *t : {inactivity, deadline}) {
            if (t) {
                t->stop();
                t->deleteLater();
            }
        }
    }
};

LinkChecker::LinkChecker(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this)) {
    qRegisterMetaType<Turnpoint::LinkCheckResult>();
}

LinkChecker::~LinkChecker() {
    // Replies are children of the manager, which goes with us; make sure none calls back into a
    // half-destroyed checker.
    for (auto &[key, job] : m_jobs) {
        if (job->reply)
            NetworkRequests::discard(job->reply, this);
    }
}

void LinkChecker::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
}

QDateTime LinkChecker::now() const {
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString LinkChecker::hostKey(const QUrl &url) {
    // The limit is there to be polite to a site, and a site does not get fewer requests by
    // being asked on another port or over another scheme (gov.cn links come as both http and
    // https).
    return url.host().toLower();
}

void LinkChecker::check(const QStringList &urls, bool force) {
    if (!m_running) {
        m_running = true;
        m_cancelled = false;
        ++m_generation;
        m_order.clear();
        m_seen.clear();
        m_results.clear();
        m_done = 0;
        if (m_cacheEnabled)
            m_cache.load();
    }
    for (const QString &url : urls) {
        if (m_seen.contains(url))
            continue;
        m_seen.insert(url);
        m_order.append(url);
        m_pending.append(Pending{url, force});
    }
    // Results are never delivered from inside check(): a caller that connects after calling,
    // or that waits in a local event loop, must not miss them.
    if (!m_startScheduled) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, &LinkChecker::startPending);
    }
}

void LinkChecker::startPending() {
    m_startScheduled = false;
    if (!m_running)
        return;
    const quint64 generation = m_generation;
    emit progress(m_done, totalCount());
    while (!m_pending.isEmpty() && generation == m_generation) {
        const Pending p = m_pending.takeFirst();
        const QUrl target = UrlPolicy::openableUrl(p.url);
        if (!target.isValid()) {
            LinkCheckResult r;
            r.url = p.url;
            r.status = LinkCheckResult::Unsafe;
            r.message = tr("not an http(s) link that may be opened; not requested");
            r.checkedAt = now();
            deliver(r);
            continue;
        }
        if (m_cacheEnabled && !p.force) {
            if (const auto cached = m_cache.lookup(p.url, now())) {
                deliver(*cached);
                continue;
            }
        }
        auto job = std::make_unique<Job>();
        job->url = p.url;
        job->target = target;
        job->currentUrl = target;
        job->host = hostKey(target);
        m_queue.push_back(job.get());
        m_jobs.emplace(job.get(), std::move(job));
    }
    if (generation != m_generation)
        return;
    pump();
    maybeFinish();
}

void LinkChecker::pump() {
    // First come, first served, but a host at its limit does not hold up the other hosts.
    for (auto it = m_queue.begin(); it != m_queue.end() && m_runningTotal < m_maxTotal;) {
        Job *job = *it;
        int &perHost = m_runningPerHost[job->host];
        if (perHost >= m_maxPerHost) {
            ++it;
            continue;
        }
        ++perHost;
        ++m_runningTotal;
        job->running = true;
        it = m_queue.erase(it);

        // A job back in the queue after a redirect to another host has its timers, and its
        // deadline keeps running while it waits.
        if (!job->deadline) {
            job->inactivity = new QTimer(this);
            job->inactivity->setSingleShot(true);
            job->inactivity->setInterval(m_inactivityTimeoutMs);
            connect(job->inactivity, &QTimer::timeout, this,
                    [this, job] { onTimeout(job, false); });
            job->deadline = new QTimer(this);
            job->deadline->setSingleShot(true);
            connect(job->deadline, &QTimer::timeout, this, [this, job] { onTimeout(job, true); });
            job->deadline->start(m_deadlineMs);
        }
        startRequest(job);
    }
}

void LinkChecker::startRequest(Job *job) {
    job->headersDone = false;
    job->headerCode = 0;
    job->headerReason.clear();
    job->headerLocation.clear();
    QNetworkRequest request = NetworkRequests::make(job->currentUrl);
    QNetworkReply *reply = job->usingGet ? m_nam->get(request) : m_nam->head(request);
    if (job->usingGet) {
        // The body is never wanted: keep Qt from reading ahead more than a sliver of it before
        // the headers make us abort.
        reply->setReadBufferSize(NetworkRequests::CheckReadBufferSize);
    }
    job->reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, job] { onHeaders(job); });
    connect(reply, &QNetworkReply::readyRead, this, [this, job] { onHeaders(job); });
    // Context `this`, not the timer: NetworkRequests::discard() must cut every link from the
    // reply to the job.
    connect(reply, &QNetworkReply::downloadProgress, this, [job] { job->inactivity->start(); });
    connect(reply, &QNetworkReply::finished, this, [this, job] { onReplyFinished(job); });
    job->inactivity->start();
}

void LinkChecker::onHeaders(Job *job) {
    QNetworkReply *reply = job->reply;
    if (!reply || !job->usingGet || job->headersDone)
        return;
    const QVariant code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!code.isValid())
        return;
    job->headersDone = true;
    job->headerCode = code.toInt();
    job->headerReason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    job->headerLocation = NetworkRequests::locationOf(reply, job->currentUrl);
    onReplyFinished(job); // we have what we came for
}

void LinkChecker::releaseSlot(Job *job) {
    if (!job->running)
        return;
    job->running = false;
    --m_runningPerHost[job->host];
    --m_runningTotal;
}

void LinkChecker::onTimeout(Job *job, bool deadline) {
    if (!job->running) {
        // Waiting for a slot on the host a redirect leads to; only the deadline is running.
        if (!deadline)
            return;
        const auto it = std::find(m_queue.begin(), m_queue.end(), job);
        if (it != m_queue.end())
            m_queue.erase(it);
        job->timedOut = true;
        job->overDeadline = true;
        completeJob(job, timeoutResult(job));
        return;
    }
    if (!job->reply)
        return;
    job->timedOut = true;
    job->overDeadline = deadline;
    onReplyFinished(job);
}

LinkCheckResult LinkChecker::timeoutResult(const Job *job) const {
    LinkCheckResult r;
    r.url = job->url;
    r.checkedAt = now();
    r.finalUrl = job->currentUrl.toString(QUrl::FullyEncoded);
    r.status = LinkCheckResult::Timeout;
    r.message =
        job->overDeadline
            ? tr("not done after %1 s").arg(QLocale().toString(m_deadlineMs / 1000.0))
            : tr("no response for %1 s").arg(QLocale().toString(m_inactivityTimeoutMs / 1000.0));
    return r;
}

LinkChecker::Step LinkChecker::verdict(Job *job, QNetworkReply *reply) const {
    LinkCheckResult r;
    r.url = job->url;
    r.checkedAt = now();
    r.httpCode = job->headersDone
                     ? job->headerCode
                     : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason =
        job->headersDone ? job->headerReason
                         : reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    r.finalUrl = job->currentUrl.toString(QUrl::FullyEncoded);

    if (job->timedOut)
        return {timeoutResult(job), Step::Done, {}};
    if (r.httpCode == 0) {
        // No HTTP answer at all: DNS, refused, reset, TLS.
        r.status = LinkCheckResult::Error;
        r.message = reply->errorString();
        return {r, Step::Done, {}};
    }
    if (NetworkRequests::isRedirectCode(r.httpCode)) {
        const QUrl location = job->headersDone
                                  ? job->headerLocation
                                  : NetworkRequests::locationOf(reply, job->currentUrl);
        if (!location.isValid()) {
            r.status = LinkCheckResult::Error;
            r.message = tr("HTTP %1 without a usable Location").arg(r.httpCode);
            return {r, Step::Done, {}};
        }
        if (!NetworkRequests::isRedirectAllowed(job->currentUrl, location)) {
            // file:, javascript:, user info, https -> http ...: the link leads somewhere we
            // will not open, which is what `unsafe` means. The target is never requested.
            r.status = LinkCheckResult::Unsafe;
            r.finalUrl = location.toString(QUrl::FullyEncoded);
            r.message = tr("redirects to %1, which is not a safe http(s) link; not followed")
                            .arg(NetworkRequests::printable(r.finalUrl));
            return {r, Step::Done, {}};
        }
        if (job->hops >= MaxRedirects) {
            r.status = LinkCheckResult::Error;
            r.message = tr("more than %1 redirects").arg(MaxRedirects);
            return {r, Step::Done, {}};
        }
        return {r, Step::FollowRedirect, location};
    }
    if (r.httpCode >= 200 && r.httpCode < 300) {
        if (job->currentUrl != job->target) {
            r.status = LinkCheckResult::Redirected;
            r.message = tr("redirects to %1").arg(NetworkRequests::printable(r.finalUrl));
        } else {
            r.status = LinkCheckResult::Ok;
        }
        return {r, Step::Done, {}};
    }
    if (r.httpCode >= 400 && r.httpCode < 600) {
        r.status = LinkCheckResult::Broken;
        r.message = reason.isEmpty() ? tr("HTTP %1").arg(r.httpCode)
                                     : tr("HTTP %1 %2").arg(r.httpCode).arg(reason);
        // Servers that refuse HEAD (405, 501) or only allow GET (some CDNs answer 403) get one
        // GET, from the start of the redirect chain.
        if (!job->usingGet && (r.httpCode == 405 || r.httpCode == 501 || r.httpCode == 403))
            return {r, Step::RetryWithGet, {}};
        return {r, Step::Done, {}};
    }
    r.status = LinkCheckResult::Error;
    r.message = tr("unexpected HTTP status %1").arg(r.httpCode);
    return {r, Step::Done, {}};
}

void LinkChecker::onReplyFinished(Job *job) {
    // Also called directly to end a request early (headers seen, timeout): the reply is still
    // alive until the event loop deletes it, and its verdict is read from it below.
    QNetworkReply *reply = job->reply;
    job->reply = nullptr;
    NetworkRequests::discard(reply, this);
    job->inactivity->stop();

    // Redirects are followed here, by hand, rather than by Qt: every target must pass UrlPolicy
    // before it is requested, and Qt 6.4's UserVerifiedRedirectPolicy sends duplicate requests
    // from the third hop on (each redirectAllowed() triggers every earlier hop's follow-up).
    const Step step = verdict(job, reply);
    switch (step.next) {
    case Step::FollowRedirect:
        ++job->hops;
        continueAt(job, step.redirectTo);
        return;
    case Step::RetryWithGet:
        job->usingGet = true;
        job->hops = 0;
        continueAt(job, job->target);
        return;
    case Step::Done:
        break;
    }
    completeJob(job, step.result);
}

void LinkChecker::continueAt(Job *job, const QUrl &url) {
    job->currentUrl = url;
    const QString host = hostKey(url);
    if (host == job->host) {
        startRequest(job);
        return;
    }
    // The next request goes to another host: it needs a slot there, and the slot held here is
    // free for the next job of this host. It goes first in the queue, as it was started before
    // anything still waiting.
    releaseSlot(job);
    job->host = host;
    m_queue.push_front(job);
    pump();
}

void LinkChecker::completeJob(Job *job, const LinkCheckResult &result) {
    releaseSlot(job);
    m_jobs.erase(job); // job is gone from here on
    deliver(result);
    if (!m_running)
        return;
    pump();
    maybeFinish();
}

void LinkChecker::deliver(const LinkCheckResult &result) {
    m_results.insert(result.url, result);
    ++m_done;
    if (m_cacheEnabled && !result.fromCache)
        m_cache.insert(result);
    const quint64 generation = m_generation;
    emit resultReady(result.url, result);
    if (generation == m_generation)
        emit progress(m_done, totalCount());
}

void LinkChecker::maybeFinish() {
    if (!m_running || !m_pending.isEmpty() || m_startScheduled || !m_jobs.empty())
        return;
    endRun();
}

void LinkChecker::endRun() {
    m_running = false;
    ++m_generation;
    if (m_cacheEnabled)
        m_cache.save(now());
    emit finished();
}

void LinkChecker::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    m_running = false; // completeJob() must not start anything while we abort
    m_pending.clear();
    m_queue.clear();
    // Drop every request without a result.
    for (auto &[key, job] : m_jobs) {
        if (job->reply)
            NetworkRequests::discard(job->reply, this);
    }
    m_jobs.clear();
    m_runningPerHost.clear();
    m_runningTotal = 0;
    m_running = true;
    endRun();
}

} // namespace Turnpoint

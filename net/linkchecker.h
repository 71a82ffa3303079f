#pragma once

#include "linkcache.h"
#include "linkcheckresult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace Turnpoint {

// Checks whether the source URLs of reports still lead somewhere. Never runs by itself: nothing
// contacts the network until a caller (the user's Check Links, or --check-links) calls check().
//
// Per unique URL: a URL UrlPolicy refuses is `unsafe` and never requested. Otherwise HEAD; a
// server that refuses HEAD (405, 501, or 403 that may be HEAD-only) gets a GET that is aborted as
// soon as the response headers are in, so no body is ever downloaded. Redirects are followed up
// to MaxRedirects hops, each target vetted by UrlPolicy first; a redirect to anything else
// (file:, javascript:, ftp:, user info, https -> http) makes the link `unsafe`, and the target is
// not requested. Each URL has an inactivity timeout (reset on any progress) and a deadline for
// its whole check (retry and redirects included). At most maxConcurrentPerHost requests run at
// once per host and maxConcurrent overall. A host is a host name, whatever the scheme and port
// (http://example.org and https://example.org:8443 are one site to be polite to), and a request
// counts against the host it actually goes to: a redirect to another host gives back its slot
// and waits for one on the new host.
//
// Results of a run are also kept in the on-disk LinkCache and reused for 24 h unless a check is
// forced.
class LinkChecker : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultInactivityTimeoutMs = 10 * 1000;
    static constexpr int DefaultDeadlineMs = 20 * 1000;
    static constexpr int DefaultMaxConcurrentPerHost = 4;
    static constexpr int DefaultMaxConcurrent = 8;
    static constexpr int MaxRedirects = 5;

    explicit LinkChecker(QObject *parent = nullptr);
    ~LinkChecker() override;

    void setInactivityTimeout(int ms) { m_inactivityTimeoutMs = ms; }
    int inactivityTimeout() const { return m_inactivityTimeoutMs; }
    void setDeadline(int ms) { m_deadlineMs = ms; }
    int deadline() const { return m_deadlineMs; }
    void setMaxConcurrentPerHost(int n) { m_maxPerHost = qMax(1, n); }
    int maxConcurrentPerHost() const { return m_maxPerHost; }
    void setMaxConcurrent(int n) { m_maxTotal = qMax(1, n); }
    int maxConcurrent() const { return m_maxTotal; }

    // The disk cache; enabled by default at LinkCache::defaultPath(). Tests point it at a
    // temporary file.
    void setCacheEnabled(bool enabled) { m_cacheEnabled = enabled; }
    void setCachePath(const QString &path) { m_cache.setPath(path); }
    LinkCache &cache() { return m_cache; }

    // Time source for "checked at" and cache expiry (tests move it forward).
    void setClock(std::function<QDateTime()> clock);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Checks every URL of `urls` not already part of the current run (duplicates are checked
    // once). Returns at once; results arrive through resultReady(), never from inside this call,
    // and finished() follows the last one. Calling it during a run adds to that run. With
    // `force`, cached results are not reused (fresh results still go into the cache).
    void check(const QStringList &urls, bool force = false);
    // Stops every request; URLs without a result get none. finished() is still emitted.
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int doneCount() const { return m_done; }
    int totalCount() const { return int(m_order.size()); }
    // Results of the current (or last) run, by URL as given to check().
    QHash<QString, LinkCheckResult> results() const { return m_results; }
    // URLs of the current (or last) run in the order they were first given.
    QStringList urls() const { return m_order; }

    // The per-host concurrency key: the lower-case host name, without scheme or port.
    static QString hostKey(const QUrl &url);

signals:
    void progress(int done, int total);
    void resultReady(const QString &url, const Turnpoint::LinkCheckResult &result);
    void finished();

private:
    struct Job;
    struct Pending {
        QString url;
        bool force = false;
    };

    void startPending();
    void pump();
    void releaseSlot(Job *job);
    void continueAt(Job *job, const QUrl &url); // the next request of a job: redirect or retry
    void startRequest(Job *job);
    void onHeaders(Job *job);
    void onReplyFinished(Job *job);
    void onTimeout(Job *job, bool deadline);
    struct Step {
        LinkCheckResult result;
        enum Next { Done, FollowRedirect, RetryWithGet } next = Done;
        QUrl redirectTo; // FollowRedirect: vetted by NetworkRequests::isRedirectAllowed()
    };
    Step verdict(Job *job, QNetworkReply *reply) const;
    LinkCheckResult timeoutResult(const Job *job) const;
    void completeJob(Job *job, const LinkCheckResult &result);
    void deliver(const LinkCheckResult &result);
    void maybeFinish();
    void endRun();
    QDateTime now() const;

    QNetworkAccessManager *m_nam = nullptr;
    LinkCache m_cache;
    bool m_cacheEnabled = true;
    std::function<QDateTime()> m_clock;

    int m_inactivityTimeoutMs = DefaultInactivityTimeoutMs;
    int m_deadlineMs = DefaultDeadlineMs;
    int m_maxPerHost = DefaultMaxConcurrentPerHost;
    int m_maxTotal = DefaultMaxConcurrent;

    bool m_running = false;
    bool m_cancelled = false;
    bool m_startScheduled = false;
    quint64 m_generation = 0; // bumped by every new run and cancel(); stale callbacks compare it
    QStringList m_order;
    QSet<QString> m_seen;
    QHash<QString, LinkCheckResult> m_results;
    int m_done = 0;
    QList<Pending> m_pending;                               // given to check(), not yet looked at
    std::deque<Job *> m_queue;                              // waiting for a free slot, in order
    std::unordered_map<Job *, std::unique_ptr<Job>> m_jobs; // queued and running
    QHash<QString, int> m_runningPerHost;
    int m_runningTotal = 0;
};

} // namespace Turnpoint

#pragma once

#include "linkchecker.h"
#include "report.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Turnpoint {

// Downloads a report from an http(s) URL and parses it like a file. Only when the user asked
// for that URL. The body is streamed into memory and the download stops as soon as the declared
// Content-Length or the bytes received exceed maxSize. Redirects follow the same rules as
// LinkChecker (UrlPolicy on every target, no https -> http, at most 5 hops), with the same
// inactivity timeout and deadline.
//
// A downloaded report is parsed on a worker thread (a big one takes seconds: the window must not
// freeze meanwhile); the download is still running (isRunning()) until finished() delivers it,
// and cancel() works during parsing as well.
//
// The result is always a Report: when the download fails, it is a report with no content and one
// error diagnostic saying why (HTTP 404, timeout, too large, ...), so callers treat it exactly
// like a file that could not be read: it is not usable and replaces nothing.
class ReportDownloader : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxSize = qint64(50) * 1024 * 1024;
    // The same timeouts as LinkChecker (a slow server is slow for both): one place to change them.
    static constexpr int DefaultInactivityTimeoutMs = LinkChecker::DefaultInactivityTimeoutMs;
    static constexpr int DefaultDeadlineMs = LinkChecker::DefaultDeadlineMs;

    explicit ReportDownloader(QObject *parent = nullptr);
    ~ReportDownloader() override;

    void setMaxSize(qint64 bytes) { m_maxSize = bytes; }
    qint64 maxSize() const { return m_maxSize; }
    void setInactivityTimeout(int ms) { m_inactivityTimeoutMs = ms; }
    int inactivityTimeout() const { return m_inactivityTimeoutMs; }
    void setDeadline(int ms) { m_deadlineMs = ms; }
    int deadline() const { return m_deadlineMs; }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Starts downloading `urlText` (as the user gave it; it becomes the report's `file`).
    // finished() follows exactly once, never from inside this call. Returns false, and does
    // nothing, while a download is running.
    bool start(const QString &urlText);
    // Stops the download, or the parsing of what it brought; finished() reports an unusable
    // report and wasCancelled() is true.
    void cancel();

    bool isRunning() const { return m_running; }
    // The body is in and is being parsed off the UI thread; finished() follows.
    bool isParsing() const { return bool(m_parse); }
    bool wasCancelled() const { return m_cancelled; }
    // Body bytes taken in by the last download (kept after finished(), for the curious).
    qint64 bytesReceived() const { return m_received; }

    // Batch mode: downloads and parses `urlText` in a local event loop with this downloader's
    // settings and returns the report (unusable, with the reason, when the download failed).
    Report fetch(const QString &urlText);
    // The same with the default limits.
    static Report fetchReport(const QString &urlText);

    // Whether `text` is meant as a URL to download (http:// or https://, any case) rather than
    // a file name. Such text that UrlPolicy refuses still counts: it must fail as a URL, not be
    // opened as a file.
    static bool looksLikeUrl(const QString &text);

signals:
    void progress(qint64 received, qint64 total); // total is -1 when the server did not say
    // The download is complete and parsing starts (a status bar may say so).
    void parsing();
    void finished(const Turnpoint::Report &report);

private:
    // Why the current request ends early; Redirect is not a failure but the next hop.
    enum class Failure { None, Redirect, TooLarge, Timeout, Deadline, HttpStatus, Cancelled };

    void startRequest();
    // Looks at the status line and headers once they are in; true when the body is not wanted.
    bool classifyResponse();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void stopWith(Failure failure);
    void fail(const QString &message);
    void finish(Report report);
    void startParsing();
    void cancelParsing();
    Report failedReport(const QString &message) const;

    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_inactivity = nullptr;
    QTimer *m_deadline = nullptr;
    QNetworkReply *m_reply = nullptr;

    qint64 m_maxSize = DefaultMaxSize;
    int m_inactivityTimeoutMs = DefaultInactivityTimeoutMs;
    int m_deadlineMs = DefaultDeadlineMs;

    QString m_urlText;
    QUrl m_currentUrl;
    QUrl m_redirectTo;
    int m_hops = 0;
    QByteArray m_data;
    qint64 m_received = 0;
    Failure m_failure = Failure::None;
    int m_httpCode = 0;
    QString m_httpReason;
    bool m_running = false;
    bool m_cancelled = false;

    // The parse in flight, shared with its task: the task checks `cancelled` and only posts its
    // result back while this is still the current parse.
    struct Parse {
        std::atomic<bool> cancelled{false};
    };
    std::shared_ptr<Parse> m_parse;
    // Last member: destroyed first, waiting for a (cancelled, so short) parse still running.
    QThreadPool m_pool;
};

} // namespace Turnpoint

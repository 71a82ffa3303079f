#include "reportdownloader.h"

#include "linkchecker.h"
#include "networkrequests.h"
#include "reportparser.h"
#include "urlpolicy.h"

#include <QtConcurrent/QtConcurrentRun>

#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Turnpoint {

namespace {
// Qt buffers at most this much of the body before we read it, so the limit is enforced on what
// is actually in memory, not on what Qt has already piled up.
constexpr qint64 ReadBufferSize = 256 * 1024;

QString seconds(int ms) {
    return QLocale().toString(ms / 1000.0);
}
} // namespace

ReportDownloader::ReportDownloader(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_inactivity(new QTimer(this))
    , m_deadline(new QTimer(this)) {
    m_pool.setObjectName(QStringLiteral("ReportDownloader"));
    m_pool.setMaxThreadCount(1);
    m_inactivity->setSingleShot(true);
    m_deadline->setSingleShot(true);
    connect(m_inactivity, &QTimer::timeout, this, [this] { stopWith(Failure::Timeout); });
    connect(m_deadline, &QTimer::timeout, this, [this] { stopWith(Failure::Deadline); });
}

ReportDownloader::~ReportDownloader() {
    if (m_reply)
        NetworkRequests::discard(m_reply, this);
    cancelParsing();
    // A parse task posts its result to this object: it must be done before the object goes.
    m_pool.waitForDone();
}

bool ReportDownloader::looksLikeUrl(const QString &text) {
    return UrlPolicy::isWebAddress(text);
}

Report ReportDownloader::failedReport(const QString &message) const {
    Report report;
    report.file = m_urlText;
    Diagnostic d;
    d.severity = Diagnostic::Error;
    d.message = message;
    report.diagnostics.append(d);
    return report;
}

bool ReportDownloader::start(const QString &urlText) {
    if (m_running)
        return false;
    m_running = true;
    m_cancelled = false;
    m_urlText = urlText;
    m_data.clear();
    m_received = 0;
    m_hops = 0;

    const QUrl url = UrlPolicy::openableUrl(urlText);
    if (!url.isValid()) {
        const Report report = failedReport(tr("not an http(s) URL that may be opened"));
        QTimer::singleShot(0, this, [this, report] { finish(report); });
        return true;
    }
    m_currentUrl = url;
    m_deadline->start(m_deadlineMs);
    startRequest();
    return true;
}

void ReportDownloader::startRequest() {
    m_failure = Failure::None;
    m_httpCode = 0;
    m_httpReason.clear();
    m_redirectTo.clear();
    m_data.clear();
    m_reply = m_nam->get(NetworkRequests::make(m_currentUrl));
    m_reply->setReadBufferSize(ReadBufferSize);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ReportDownloader::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &ReportDownloader::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_inactivity->start();
        emit progress(received, total);
    });
    connect(m_reply, &QNetworkReply::finished, this, &ReportDownloader::onFinished);
    m_inactivity->start(m_inactivityTimeoutMs);
}

void ReportDownloader::cancel() {
    if (!m_running)
        return;
    if (m_parse) {
        cancelParsing();
        m_cancelled = true;
        fail(tr("download cancelled"));
        return;
    }
    if (m_reply)
        stopWith(Failure::Cancelled);
}

void ReportDownloader::stopWith(Failure failure) {
    if (!m_reply)
        return;
    if (m_failure == Failure::None)
        m_failure = failure;
    onFinished();
}

bool ReportDownloader::classifyResponse() {
    const QVariant code = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!code.isValid() || m_httpCode != 0)
        return false;
    m_httpCode = code.toInt();
    m_httpReason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (NetworkRequests::isRedirectCode(m_httpCode)) {
        m_redirectTo = NetworkRequests::locationOf(m_reply, m_currentUrl);
        if (m_failure == Failure::None)
            m_failure = m_redirectTo.isValid() ? Failure::Redirect : Failure::HttpStatus;
        return true;
    }
    // An error page is not the report: do not download it.
    if (m_httpCode < 200 || m_httpCode >= 300) {
        if (m_failure == Failure::None)
            m_failure = Failure::HttpStatus;
        return true;
    }
    // Refuse before reading a byte when the server says it is too big. Received bytes are
    // checked as well: the header may be absent or lie, and compressed bodies grow.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxSize) {
        if (m_failure == Failure::None)
            m_failure = Failure::TooLarge;
        return true;
    }
    return false;
}

void ReportDownloader::onMetaData() {
    m_inactivity->start();
    if (classifyResponse())
        onFinished(); // the body is not wanted
}

void ReportDownloader::onReadyRead() {
    if (!m_reply)
        return;
    if (m_httpCode == 0 && classifyResponse()) {
        onFinished();
        return;
    }
    if (m_failure != Failure::None)
        return;
    // Never hold more than maxSize + 1 bytes: one byte over is enough to know.
    const qint64 room = m_maxSize + 1 - m_data.size();
    if (room > 0)
        m_data.append(m_reply->read(room));
    m_received = m_data.size();
    if (m_data.size() > m_maxSize)
        stopWith(Failure::TooLarge);
}

void ReportDownloader::onFinished() {
    if (m_httpCode == 0)
        classifyResponse();
    // Also called directly to end a download early; the reply lives until the event loop
    // deletes it, and what it says is read below.
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    NetworkRequests::discard(reply, this);
    m_inactivity->stop();

    if (m_failure == Failure::None && reply->error() == QNetworkReply::NoError) {
        // Whatever is still buffered (finished() can come before the last readyRead is handled).
        const qint64 room = m_maxSize + 1 - m_data.size();
        if (room > 0)
            m_data.append(reply->read(room));
        m_received = m_data.size();
        if (m_data.size() > m_maxSize)
            m_failure = Failure::TooLarge;
    }

    const QString target = NetworkRequests::printable(m_redirectTo.toString(QUrl::FullyEncoded));
    const QString size = QLocale().toString(double(m_maxSize) / (1024 * 1024), 'g', 3);
    switch (m_failure) {
    case Failure::Redirect:
        // Followed by hand, like LinkChecker does: every target passes UrlPolicy first.
        if (!NetworkRequests::isRedirectAllowed(m_currentUrl, m_redirectTo)) {
            fail(tr("could not download: redirects to %1, which is not a safe http(s) link")
                     .arg(target));
        } else if (m_hops >= LinkChecker::MaxRedirects) {
            fail(tr("could not download: more than %1 redirects").arg(LinkChecker::MaxRedirects));
        } else {
            ++m_hops;
            m_currentUrl = m_redirectTo;
            startRequest();
        }
        return;
    case Failure::Cancelled:
        m_cancelled = true;
        fail(tr("download cancelled"));
        return;
    case Failure::TooLarge:
        fail(tr("download stopped: the report is larger than %1 MB").arg(size));
        return;
    case Failure::Timeout:
        fail(tr("download stopped: no data for %1 s").arg(seconds(m_inactivityTimeoutMs)));
        return;
    case Failure::Deadline:
        fail(tr("download stopped: not complete after %1 s").arg(seconds(m_deadlineMs)));
        return;
    case Failure::HttpStatus:
        fail(m_httpReason.isEmpty()
                 ? tr("could not download: HTTP %1").arg(m_httpCode)
                 : tr("could not download: HTTP %1 %2").arg(m_httpCode).arg(m_httpReason));
        return;
    case Failure::None:
        break;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(tr("could not download: %1").arg(reply->errorString()));
        return;
    }
    m_deadline->stop();
    startParsing();
}

void ReportDownloader::startParsing() {
    auto parse = std::make_shared<Parse>();
    m_parse = parse;
    // The bytes move to the task: nothing here needs them any more.
    QByteArray data = std::move(m_data);
    m_data = QByteArray();
    emit parsing();
    if (m_parse != parse)
        return; // cancelled from a slot of parsing()
    (void)QtConcurrent::run(&m_pool, [this, parse, data = std::move(data), file = m_urlText] {
        Report report;
        if (!parse->cancelled.load(std::memory_order_relaxed))
            report = ReportParser::parseBytes(data, file, &parse->cancelled);
        // Back on the owner's thread. The destructor waits for this task, so `this` is alive
        // while the event is posted; a posted event dies with its receiver.
        QMetaObject::invokeMethod(
            this,
            [this, parse, report = std::move(report)]() mutable {
                if (m_parse != parse || parse->cancelled)
                    return; // cancelled: finished() has already said so
                m_parse.reset();
                finish(std::move(report));
            },
            Qt::QueuedConnection);
    });
}

void ReportDownloader::cancelParsing() {
    if (!m_parse)
        return;
    m_parse->cancelled = true;
    m_parse.reset();
}

void ReportDownloader::fail(const QString &message) {
    m_deadline->stop();
    finish(failedReport(message));
}

void ReportDownloader::finish(Report report) {
    m_running = false;
    m_data.clear();
    m_data.squeeze();
    emit finished(report);
}

Report ReportDownloader::fetch(const QString &urlText) {
    Report result;
    QEventLoop loop;
    const QMetaObject::Connection connection =
        connect(this, &ReportDownloader::finished, &loop, [&result, &loop](const Report &r) {
            result = r;
            loop.quit();
        });
    if (!start(urlText)) {
        disconnect(connection);
        Report busy;
        busy.file = urlText;
        busy.diagnostics.append(
            Diagnostic{0, 1, Diagnostic::Error, tr("another download is still running")});
        return busy;
    }
    loop.exec();
    disconnect(connection);
    return result;
}

Report ReportDownloader::fetchReport(const QString &urlText) {
    ReportDownloader downloader;
    return downloader.fetch(urlText);
}

} // namespace Turnpoint

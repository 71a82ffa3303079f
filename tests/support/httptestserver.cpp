#include "httptestserver.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace Turnpoint {

namespace {
constexpr qint64 ChunkSize = 64 * 1024;
constexpr int MaxRequestHeaderSize = 64 * 1024;

QByteArray pathOnly(const QByteArray &path) {
    const qsizetype q = path.indexOf('?');
    return q < 0 ? path : path.left(q);
}
} // namespace

struct HttpTestServer::Connection {
    QTcpSocket *socket = nullptr; // child of the QTcpServer, deleted later by drop()
    QTimer *timer = nullptr;      // child of the socket: delay and trickle
    QByteArray buffer;
    bool requestSeen = false;
    bool inFlight = false;
    QByteArray path; // without query
    QByteArray host; // Host header, lower case, without port
    qint64 remaining = 0;
    qint64 written = 0; // response bytes the kernel accepted
    bool allQueued = false;
};

HttpTestServer::HttpTestServer(QObject *parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &HttpTestServer::onNewConnection);
}

HttpTestServer::~HttpTestServer() {
    for (auto &[key, c] : m_connections) {
        c->socket->disconnect(this);
        if (c->timer)
            c->timer->stop();
        c->socket->abort();
    }
}

bool HttpTestServer::start() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString HttpTestServer::url(const QString &path) const {
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

quint16 HttpTestServer::closedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QByteArray HttpTestServer::reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    }
    return "Status";
}

void HttpTestServer::route(const QByteArray &path, Handler handler) {
    m_routes.insert(path, std::move(handler));
}

void HttpTestServer::route(const QByteArray &path, const Response &response) {
    route(path, [response](const Request &) { return response; });
}

void HttpTestServer::addStandardRoutes() {
    Response ok;
    ok.addHeader("Content-Type", "text/plain");
    ok.body = "ok\n";
    route("/ok", ok);

    const auto redirect = [](int status, const QByteArray &to) {
        Response r;
        r.status = status;
        r.addHeader("Location", to);
        return r;
    };
    route("/moved", redirect(301, "/ok"));          // 301 -> 200
    route("/found-404", redirect(302, "/missing")); // 302 -> 404
    route("/loop-a", redirect(302, "/loop-b"));
    route("/loop-b", redirect(302, "/loop-a"));
    route("/to-file", redirect(302, "file:///etc/passwd"));
    route("/to-javascript", redirect(302, "javascript:alert(1)"));
    // Passes Qt's own scheme check, fails UrlPolicy (user info): our veto, not Qt's.
    route("/to-userinfo",
          redirect(302, QStringLiteral("http://user:secret@127.0.0.1:%1/ok").arg(port()).toUtf8()));

    Response missing;
    missing.status = 404;
    missing.body = "no such page\n";
    route("/missing", missing);
    Response error;
    error.status = 500;
    error.body = "oops\n";
    route("/error", error);

    // Servers that refuse HEAD but serve GET.
    route("/no-head", [ok](const Request &req) {
        if (req.method != "HEAD")
            return ok;
        Response r;
        r.status = 405;
        r.addHeader("Allow", "GET");
        return r;
    });
    route("/head-forbidden", [ok](const Request &req) {
        if (req.method != "HEAD")
            return ok;
        Response r;
        r.status = 403;
        return r;
    });
    route("/no-head-404", [missing](const Request &req) {
        Response r = missing;
        if (req.method == "HEAD") {
            r.status = 405;
            r.body.clear();
        }
        return r;
    });
    route("/no-head-501", [ok](const Request &req) {
        if (req.method != "HEAD")
            return ok;
        Response r;
        r.status = 501;
        return r;
    });
    // HEAD refused, and the GET body is large: the checker must stop after the headers.
    route("/big", [](const Request &req) {
        Response r;
        if (req.method == "HEAD") {
            r.status = 405;
            return r;
        }
        r.addHeader("Content-Type", "application/octet-stream");
        r.streamBytes = 16 * 1024 * 1024;
        return r;
    });

    Response silent;
    silent.neverAnswer = true;
    route("/silent", silent);

    Response slow = ok;
    slow.delayMs = 60;
    route("/slow", slow);

    // Five slow hops: each answers in time for an inactivity timeout, together they exceed a
    // short deadline.
    for (int i = 0; i < 5; ++i) {
        Response hop = redirect(302, "/hop" + QByteArray::number(i + 1));
        hop.delayMs = 150;
        route("/hop" + QByteArray::number(i), hop);
    }
    route("/hop5", ok);

    // Reports.
    QFile sample(QStringLiteral(TURNPOINT_SAMPLE));
    const QByteArray sampleBytes =
        sample.open(QIODevice::ReadOnly) ? sample.readAll() : QByteArray();
    Response report;
    report.addHeader("Content-Type", "text/markdown; charset=utf-8");
    report.body = sampleBytes;
    route("/report.md", report);
    route("/moved-report.md", redirect(301, "/report.md"));
    route("/missing-report.md", missing);
    // Over the limit, no Content-Length: only the bytes received can tell.
    Response huge = report;
    huge.streamBytes = 8 * 1024 * 1024;
    huge.contentLength = -2;
    route("/huge-report.md", huge);
    // Declares more than 50 MB: refused on the header alone.
    Response declared = report;
    declared.streamBytes = qint64(60) * 1024 * 1024;
    route("/declared-huge-report.md", declared);
    Response notReport;
    notReport.addHeader("Content-Type", "text/html");
    notReport.body = "<!DOCTYPE html><html><body><h1>Welcome</h1><p>Nothing to see.</p>"
                     "</body></html>\n";
    route("/not-a-report.html", notReport);
    // Data keeps coming, a byte at a time: never idle, never done.
    Response trickle = report;
    trickle.contentLength = -2;
    trickle.trickleMs = 40;
    route("/trickle.md", trickle);
}

int HttpTestServer::requestCount(const QByteArray &path) const {
    return m_requests.value(path);
}

int HttpTestServer::requestCount(const QByteArray &path, const QByteArray &method) const {
    return m_requestsByMethod.value(method + ' ' + path);
}

void HttpTestServer::resetCounters() {
    m_requests.clear();
    m_requestsByMethod.clear();
    m_totalRequests = 0;
    m_maxInFlight = m_inFlight;
    m_maxInFlightByHost = m_inFlightByHost;
    m_closedByClient = 0;
    m_streamed.clear();
    m_streamDone.clear();
}

void HttpTestServer::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto owned = std::make_unique<Connection>();
        Connection *c = owned.get();
        c->socket = socket;
        // A small kernel send buffer, so that "bytes that left the server" measures what the
        // client took, not what loopback buffering absorbed.
        socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 64 * 1024);
        m_connections.emplace(c, std::move(owned));
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, c](qint64 n) {
            c->written += n;
            if (c->inFlight)
                m_streamed[c->path] = c->written;
            sendMore(c);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] {
            if (c->inFlight) {
                ++m_closedByClient;
                endRequest(c);
            }
            drop(c);
        });
        onReadyRead(c);
    }
}

void HttpTestServer::onReadyRead(Connection *c) {
    c->buffer.append(c->socket->readAll());
    if (c->requestSeen)
        return; // one request per connection; anything after it is ignored
    const qsizetype end = c->buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (c->buffer.size() > MaxRequestHeaderSize)
            c->socket->abort();
        return;
    }
    c->requestSeen = true;
    const QList<QByteArray> lines = c->buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    Request req;
    req.method = first.value(0);
    req.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            req.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    // As a proxy: "http://name.test:8080/path?q" is served as "/path?q".
    if (req.path.startsWith("http://")) {
        const qsizetype slash = req.path.indexOf('/', 7);
        req.path = slash < 0 ? QByteArray("/") : req.path.mid(slash);
    }
    for (const auto &[name, value] : req.headers) {
        if (name.compare("host", Qt::CaseInsensitive) == 0) {
            const qsizetype colon = value.lastIndexOf(':');
            c->host = (colon < 0 ? value : value.left(colon)).toLower();
        }
    }
    c->path = pathOnly(req.path);
    ++m_requests[c->path];
    ++m_requestsByMethod[req.method + ' ' + c->path];
    ++m_totalRequests;
    c->inFlight = true;
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    const int onHost = ++m_inFlightByHost[c->host];
    m_maxInFlightByHost[c->host] = qMax(m_maxInFlightByHost.value(c->host), onHost);
    m_streamed[c->path] = 0;
    m_streamDone[c->path] = false;
    emit requestStarted(c->path);

    const auto handler = m_routes.constFind(c->path);
    Response response;
    if (handler == m_routes.constEnd()) {
        response.status = 404;
        response.body = "no route\n";
    } else {
        response = (*handler)(req);
    }
    if (response.neverAnswer)
        return;

    const bool head = req.method == "HEAD";
    const auto send = [this, c, response, head] {
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
            (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        const qint64 length = response.contentLength == -1
                                  ? response.body.size() + response.streamBytes
                                  : response.contentLength;
        if (length >= 0)
            out += "Content-Length: " + QByteArray::number(length) + "\r\n";
        out += "Connection: close\r\n\r\n";
        if (!head)
            out += response.body;
        c->socket->write(out);
        if (head) {
            c->allQueued = true;
            sendMore(c);
            return;
        }
        if (response.trickleMs > 0) {
            c->timer = new QTimer(c->socket);
            connect(c->timer, &QTimer::timeout, this, [c] { c->socket->write("x"); });
            c->timer->start(response.trickleMs);
            return;
        }
        c->remaining = response.streamBytes;
        c->allQueued = c->remaining == 0;
        sendMore(c);
    };
    if (response.delayMs > 0) {
        c->timer = new QTimer(c->socket);
        c->timer->setSingleShot(true);
        connect(c->timer, &QTimer::timeout, this, send);
        c->timer->start(response.delayMs);
    } else {
        send();
    }
}

void HttpTestServer::sendMore(Connection *c) {
    // Only refill when the socket has (almost) nothing left to write: the client's pace, not
    // ours, decides how much leaves the process.
    while (c->remaining > 0 && c->socket->bytesToWrite() < ChunkSize) {
        const qint64 n = qMin(ChunkSize, c->remaining);
        c->socket->write(QByteArray(n, 'x'));
        c->remaining -= n;
        if (c->remaining == 0)
            c->allQueued = true;
        if (c->socket->bytesToWrite() >= ChunkSize)
            break;
    }
    if (c->inFlight && c->allQueued && c->socket->bytesToWrite() == 0) {
        m_streamDone[c->path] = true;
        endRequest(c);
        c->socket->disconnectFromHost();
    }
}

void HttpTestServer::endRequest(Connection *c) {
    if (!c->inFlight)
        return;
    c->inFlight = false;
    --m_inFlight;
    --m_inFlightByHost[c->host];
    emit requestEnded(c->path);
}

void HttpTestServer::drop(Connection *c) {
    const auto it = m_connections.find(c);
    if (it == m_connections.end())
        return;
    if (c->timer)
        c->timer->stop();
    c->socket->disconnect(this);
    c->socket->deleteLater();
    m_connections.erase(it);
}

} // namespace Turnpoint

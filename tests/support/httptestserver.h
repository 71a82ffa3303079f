#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>
#include <unordered_map>

class QTcpSocket;
class QTimer;

namespace Turnpoint {

// A small HTTP/1.1 server for the network tests. It listens on 127.0.0.1 only, on an ephemeral
// port, and answers from a route table; every response closes its connection, so connections
// and requests are the same thing and easy to count. It runs in the test's own thread: the
// client side (Qt's HTTP thread) is what runs concurrently with it.
//
// It also serves as an HTTP proxy: a request for an absolute URL ("GET http://name.test/ok")
// is answered from the same routes, so tests can use host names that never reach a resolver
// (QNetworkAccessManager::setProxy() to this server).
//
// It records what the client did: requests per path and method, the most requests in flight at
// once, and for streamed bodies how many bytes were really handed to the kernel and whether the
// client hung up before the end.
class HttpTestServer : public QObject {
    Q_OBJECT

public:
    struct Request {
        QByteArray method;
        QByteArray path; // with query
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    struct Response {
        int status = 200;
        QByteArray reason; // default: the usual phrase for `status`
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        // When > 0: after `body`, this many filler bytes are streamed in chunks, and only as
        // fast as the client takes them (flow control through bytesWritten).
        qint64 streamBytes = 0;
        // Content-Length: -1 = the real length (body + streamBytes), -2 = none (the body ends
        // when the connection closes), otherwise this value (may lie on purpose).
        qint64 contentLength = -1;
        int delayMs = 0;          // wait this long before answering
        bool neverAnswer = false; // read the request, then say nothing
        int trickleMs = 0;        // send the filler one byte every trickleMs, forever

        void addHeader(const QByteArray &name, const QByteArray &value) {
            headers.append({name, value});
        }
    };

    using Handler = std::function<Response(const Request &)>;

    explicit HttpTestServer(QObject *parent = nullptr);
    ~HttpTestServer() override;

    // Listens on 127.0.0.1 with a port the system picks. Returns false when that fails.
    bool start();
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:PORT + path
    QString url(const QString &path) const;

    void route(const QByteArray &path, Handler handler);
    void route(const QByteArray &path, const Response &response);
    // The routes every network test uses (see the .cpp for the list).
    void addStandardRoutes();

    // What happened.
    int requestCount(const QByteArray &path) const;
    int requestCount(const QByteArray &path, const QByteArray &method) const;
    int totalRequests() const { return m_totalRequests; }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    // The same per host name the client asked for (the Host header without its port).
    int maxInFlight(const QByteArray &host) const { return m_maxInFlightByHost.value(host); }
    void resetCounters();
    // For the last streamed response on `path`: bytes of the body written to the kernel, and
    // whether all of it was written before the client went away.
    qint64 streamedBytes(const QByteArray &path) const { return m_streamed.value(path); }
    bool streamCompleted(const QByteArray &path) const { return m_streamDone.value(path); }
    int connectionsClosedByClient() const { return m_closedByClient; }

    // A port on 127.0.0.1 where nothing listens (bound, then closed again).
    static quint16 closedPort();

    static QByteArray reasonPhrase(int status);

signals:
    void requestStarted(const QByteArray &path);
    void requestEnded(const QByteArray &path);

private:
    struct Connection;

    void onNewConnection();
    void onReadyRead(Connection *c);
    void answer(Connection *c);
    void sendMore(Connection *c);
    void endRequest(Connection *c);
    void drop(Connection *c);

    QTcpServer m_server;
    QHash<QByteArray, Handler> m_routes;
    std::unordered_map<Connection *, std::unique_ptr<Connection>> m_connections;

    QHash<QByteArray, int> m_requests;
    QHash<QByteArray, int> m_requestsByMethod; // "METHOD path"
    int m_totalRequests = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QHash<QByteArray, int> m_inFlightByHost;
    QHash<QByteArray, int> m_maxInFlightByHost;
    int m_closedByClient = 0;
    QHash<QByteArray, qint64> m_streamed;
    QHash<QByteArray, bool> m_streamDone;
};

} // namespace Turnpoint

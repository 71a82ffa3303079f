#pragma once

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace Turnpoint {

// What LinkChecker and ReportDownloader share about talking HTTP: how a request is set up and
// which redirects may be followed. Kept in one place so the two cannot drift apart on safety.
class NetworkRequests {
public:
    // Qt reads at most this much of a body ahead of us for a GET whose body we do not want.
    static constexpr qint64 CheckReadBufferSize = 16 * 1024;

    // A request that bypasses any cache and does not follow redirects: callers follow them
    // themselves after isRedirectAllowed() (see LinkChecker::onReplyFinished for why).
    static QNetworkRequest make(const QUrl &url);

    // Redirect targets must pass UrlPolicy (http/https with a host, no user info) and must not
    // downgrade https to http: the no-less-safe rule, applied by us so that we also get to
    // veto everything UrlPolicy refuses.
    static bool isRedirectAllowed(const QUrl &from, const QUrl &to);

    static bool isRedirectCode(int httpCode) {
        return httpCode == 301 || httpCode == 302 || httpCode == 303 || httpCode == 307 ||
               httpCode == 308;
    }

    // Stops `reply` without abort(): disconnects it from `receiver` and deletes it later; its
    // destructor tells Qt's HTTP thread to drop the request. abort() after an HTTP error status
    // makes Qt 6.4 report a second error with a qWarning ("Internal problem, this method must
    // only be called once") that would end up in --check-links output.
    static void discard(QNetworkReply *reply, const QObject *receiver);

    // The Location header of `reply`, resolved against `base`; invalid when absent.
    static QUrl locationOf(const QNetworkReply *reply, const QUrl &base);

    // `text` with spaces and control or format characters percent-encoded, so that a hostile URL
    // can neither break a one-line-per-URL output nor smuggle terminal escapes into it.
    static QString printable(const QString &text);
};

} // namespace Turnpoint

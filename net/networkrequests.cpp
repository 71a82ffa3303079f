#include "networkrequests.h"

#include "urlpolicy.h"

#include <QNetworkReply>

namespace Turnpoint {

QNetworkRequest NetworkRequests::make(const QUrl &url) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Turnpoint/%1").arg(QLatin1String(TURNPOINT_VERSION)));
    return request;
}

bool NetworkRequests::isRedirectAllowed(const QUrl &from, const QUrl &to) {
    if (!UrlPolicy::openableUrl(to.toString(QUrl::FullyEncoded)).isValid())
        return false;
    return !(from.scheme() == QLatin1String("https") && to.scheme() == QLatin1String("http"));
}

void NetworkRequests::discard(QNetworkReply *reply, const QObject *receiver) {
    reply->disconnect(receiver);
    reply->deleteLater();
}

QUrl NetworkRequests::locationOf(const QNetworkReply *reply, const QUrl &base) {
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty())
        return {};
    const QUrl url = QUrl::fromEncoded(location);
    return url.isRelative() ? base.resolved(url) : url;
}

QString NetworkRequests::printable(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        // Surrogate halves pass through: pairs are ordinary characters outside the BMP.
        const bool escape =
            !c.isSurrogate() && (c.isSpace() || c.category() == QChar::Other_Control ||
                                 c.category() == QChar::Other_Format);
        if (!escape) {
            out.append(c);
            continue;
        }
        const QByteArray utf8 = QString(c).toUtf8();
        for (const char b : utf8)
            out.append(
                QStringLiteral("%%1").arg(uint(uchar(b)), 2, 16, QLatin1Char('0')).toUpper());
    }
    return out;
}

} // namespace Turnpoint

#include "urlpolicy.h"

namespace Turnpoint {

bool UrlPolicy::isWebAddress(const QString &text) {
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

namespace {

// The checks, and the parsed URL for openableUrl() so that it is parsed once.
UrlPolicy::Reason checkAndParse(const QString &text, QUrl *parsed) {
    using Reason = UrlPolicy::Reason;
    if (text.size() > UrlPolicy::MaxUrlLength)
        return Reason::TooLong;
    // Whitespace or control characters inside a link are never legitimate in a source URL and
    // are a classic way to smuggle a different target past a visual check.
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            return Reason::WhiteSpace;
    }
    if (text.isEmpty())
        return Reason::Scheme; // nothing to open; no scheme at all
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // "\\host\share" or "www.x" fail QUrl too, but the problem the reader can fix is
        // that they are no http(s) links; only an http(s) link that QUrl refuses is malformed.
        const bool http = text.startsWith(QLatin1String("http:"), Qt::CaseInsensitive) ||
                          text.startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
        return http ? Reason::Malformed : Reason::Scheme;
    }
    const QString scheme = url.scheme(); // QUrl lower-cases the scheme
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Reason::Scheme;
    if (url.host().isEmpty())
        return Reason::NoHost;
    if (!url.userInfo().isEmpty())
        return Reason::UserInfo;
    if (parsed)
        *parsed = url;
    return Reason::None;
}

} // namespace

UrlPolicy::Reason UrlPolicy::check(const QString &text) {
    return checkAndParse(text, nullptr);
}

QString UrlPolicy::reasonText(Reason reason) {
    switch (reason) {
    case Reason::None:
        break;
    case Reason::Scheme:
        //: Why a link from a report is not opened.
        return tr("only http and https links are opened");
    case Reason::NoHost:
        //: Why a link from a report is not opened: "https:///path" has no host name.
        return tr("the link has no host name");
    case Reason::UserInfo:
        //: Why a link from a report is not opened: "https://user@host/" or
        //: "https://www.gov.cn@evil.example/", which hides the real host.
        return tr("the link has a user name or password before the host name");
    case Reason::TooLong:
        //: Why a link from a report is not opened. %1 is the limit in characters.
        return tr("the link is longer than %1 characters").arg(MaxUrlLength);
    case Reason::WhiteSpace:
        //: Why a link from a report is not opened: a space, tab, line break or invisible
        //: control character inside it.
        return tr("the link contains a space or a control character");
    case Reason::Malformed:
        //: Why a link from a report is not opened: it is not a valid address (a bad port,
        //: a broken host name, ...).
        return tr("the link is not a valid address");
    }
    return {};
}

QUrl UrlPolicy::openableUrl(const QString &text) {
    QUrl url;
    checkAndParse(text, &url);
    return url;
}

} // namespace Turnpoint

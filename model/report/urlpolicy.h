#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Turnpoint {

// The single place that decides whether a URL taken from a report may be handed to the system
// (browser, network). Reports are untrusted: only http/https with a host, no user info and a
// sane length pass. Every caller that opens or fetches a link goes through here.
class UrlPolicy {
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    static constexpr int MaxUrlLength = 8 * 1024;

    // Why a link is refused, so that a warning can name the actual problem instead of a
    // blanket "only http and https".
    enum class Reason {
        None,       // openable
        Scheme,     // not http or https (javascript:, file:, a UNC path, no scheme at all)
        NoHost,     // http(s) without a host name
        UserInfo,   // user name or password before the host ("https://www.gov.cn@evil/")
        TooLong,    // over MaxUrlLength characters
        WhiteSpace, // white space, control or invisible format characters
        Malformed,  // QUrl refuses it (a bad port, a broken host, ...)
    };

    // Reason::None when `text` may be opened; otherwise the first problem found, in the order:
    // too long, white space/control, malformed, scheme, host, user info.
    static Reason check(const QString &text);
    // One translated sentence saying why a link with `reason` is not opened (empty for None).
    static QString reasonText(Reason reason);

    // The URL to open, or an invalid QUrl when `text` must not be opened.
    static QUrl openableUrl(const QString &text);
    static bool isOpenable(const QString &text) { return check(text) == Reason::None; }
    // True when `text` names an http(s) address rather than a file: what the command line, Open
    // and the window's title treat as a report to download.
    static bool isWebAddress(const QString &text);
};

} // namespace Turnpoint

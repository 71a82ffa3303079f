#pragma once

#include <QString>
#include <QUrl>

namespace Turnpoint {

// The single place that decides whether a URL taken from a report may be handed to the system
// (browser, network). Reports are untrusted: only http/https with a host, no user info and a
// sane length pass. Every caller that opens or fetches a link goes through here.
class UrlPolicy {
public:
    static constexpr int MaxUrlLength = 8 * 1024;

    // The URL to open, or an invalid QUrl when `text` must not be opened.
    static QUrl openableUrl(const QString &text);
    static bool isOpenable(const QString &text) { return openableUrl(text).isValid(); }
};

} // namespace Turnpoint

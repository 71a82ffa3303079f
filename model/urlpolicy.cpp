#include "urlpolicy.h"

namespace Turnpoint {

QUrl UrlPolicy::openableUrl(const QString &text) {
    if (text.isEmpty() || text.size() > MaxUrlLength)
        return {};
    // Whitespace or control characters inside a link are never legitimate in a source URL and
    // are a classic way to smuggle a different target past a visual check.
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            return {};
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme(); // QUrl lower-cases the scheme
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    if (url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    return url;
}

} // namespace Turnpoint

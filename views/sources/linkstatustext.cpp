#include "linkstatustext.h"

#include <QLocale>
#include <QVariantMap>

namespace Turnpoint {

bool LinkStatusText::fromVariant(const QVariant &value, LinkCheckResult *result) {
    if (!value.isValid() || !result)
        return false;
    const QVariantMap map = value.toMap();
    const auto status =
        LinkCheckResult::statusFromName(map.value(QStringLiteral("status")).toString());
    if (!status)
        return false;
    result->status = *status;
    result->httpCode = map.value(QStringLiteral("httpCode")).toInt();
    result->finalUrl = map.value(QStringLiteral("finalUrl")).toString();
    result->message = map.value(QStringLiteral("message")).toString();
    result->checkedAt = map.value(QStringLiteral("checked")).toDateTime();
    return true;
}

QString LinkStatusText::statusName(LinkCheckResult::Status status) {
    switch (status) {
    case LinkCheckResult::Ok:
        //: Link check status: the link works
        return tr("OK");
    case LinkCheckResult::Redirected:
        //: Link check status: the link works but leads elsewhere
        return tr("Redirected");
    case LinkCheckResult::Broken:
        //: Link check status: the server answered with an error (404, 500, ...)
        return tr("Broken");
    case LinkCheckResult::Timeout:
        //: Link check status: the server did not answer in time
        return tr("Timed out");
    case LinkCheckResult::Unsafe:
        //: Link check status: the link is not an http(s) link Turnpoint opens, or redirects to one
        return tr("Unsafe");
    case LinkCheckResult::Error:
        //: Link check status: no answer at all (no such host, connection refused, TLS error)
        return tr("Error");
    }
    return {};
}

QString LinkStatusText::badge(const LinkCheckResult &result) {
    // The symbols make the badge readable without colour.
    switch (result.status) {
    case LinkCheckResult::Ok:
        return QStringLiteral("✓ ") + statusName(result.status);
    case LinkCheckResult::Redirected:
        return QStringLiteral("↪ ") + statusName(result.status);
    case LinkCheckResult::Broken:
        if (result.httpCode > 0)
            //: Link check badge: "Broken" and the HTTP status code, e.g. "Broken (404)"
            return QStringLiteral("✗ ") +
                   tr("%1 (%2)").arg(statusName(result.status)).arg(result.httpCode);
        return QStringLiteral("✗ ") + statusName(result.status);
    case LinkCheckResult::Timeout:
        return QStringLiteral("⏱ ") + statusName(result.status);
    case LinkCheckResult::Unsafe:
        return QStringLiteral("⚠ ") + statusName(result.status);
    case LinkCheckResult::Error:
        return QStringLiteral("✗ ") + statusName(result.status);
    }
    return {};
}

QString LinkStatusText::detail(const LinkCheckResult &result) {
    if (result.status == LinkCheckResult::Redirected && !result.finalUrl.isEmpty())
        //: Beside a redirected link's badge: where the redirects ended
        return tr("→ %1").arg(result.finalUrl);
    if (result.status == LinkCheckResult::Ok)
        return {};
    return result.message;
}

QString LinkStatusText::toolTip(const LinkCheckResult &result) {
    QStringList lines{badge(result)};
    if (result.httpCode > 0)
        //: Link check tool tip: the HTTP status code the verdict is based on
        lines.append(tr("HTTP status: %1").arg(result.httpCode));
    if (!result.finalUrl.isEmpty() && result.finalUrl != result.url)
        //: Link check tool tip: where the redirects ended (or the refused redirect target)
        lines.append(tr("Final URL: %1").arg(result.finalUrl));
    if (!result.message.isEmpty())
        lines.append(result.message);
    if (result.checkedAt.isValid()) {
        const QString when =
            QLocale().toString(result.checkedAt.toLocalTime(), QLocale::ShortFormat);
        lines.append(result.fromCache
                         //: Link check tool tip: when the result was obtained; reused from cache
                         ? tr("Checked %1 (remembered from an earlier check)").arg(when)
                         //: Link check tool tip: when the link was checked
                         : tr("Checked %1").arg(when));
    }
    return lines.join(QLatin1Char('\n'));
}

QColor LinkStatusText::color(LinkCheckResult::Status status) {
    switch (status) {
    case LinkCheckResult::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case LinkCheckResult::Redirected:
        return QColor(0x15, 0x65, 0xc0);
    case LinkCheckResult::Timeout:
        return QColor(0xb2, 0x6a, 0x00);
    case LinkCheckResult::Broken:
    case LinkCheckResult::Unsafe:
    case LinkCheckResult::Error:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

int LinkStatusText::severity(LinkCheckResult::Status status) {
    switch (status) {
    case LinkCheckResult::Broken:
    case LinkCheckResult::Unsafe:
        return 0;
    case LinkCheckResult::Error:
    case LinkCheckResult::Timeout:
        return 1;
    case LinkCheckResult::Redirected:
        return 2;
    case LinkCheckResult::Ok:
        return 3;
    }
    return 4;
}

} // namespace Turnpoint

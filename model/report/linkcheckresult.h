#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QVariantMap>

#include <optional>

namespace Turnpoint {

// What checking one source URL found out. Plain data: the checker produces it, the cache stores
// it, the item model and the batch printer read it.
struct LinkCheckResult {
    enum Status {
        Ok,         // 2xx at the URL itself
        Redirected, // 2xx after following redirects; finalUrl differs from the URL
        Broken,     // the server answered 4xx or 5xx (after redirects)
        Timeout,    // no progress for the inactivity timeout, or over the deadline
        Unsafe,     // not an openable http(s) URL (UrlPolicy), or redirects to one; the unsafe
                    // target itself is never requested
        Error,      // no HTTP answer: DNS, refused, TLS, too many redirects, protocol errors
    };

    QString url; // the URL as written in the report (the key everywhere)
    Status status = Error;
    int httpCode = 0;       // status code the verdict is based on; 0 when there was none
    QString finalUrl;       // where the redirects ended (or the refused redirect target)
    QString message;        // translated, for the analyst; empty for a plain ok
    QDateTime checkedAt;    // UTC
    bool fromCache = false; // reused from the on-disk cache in this run (not persisted)

    // The words used in batch output, the cache file and LinkStatusRole: ok, redirected,
    // broken, timeout, unsafe, error.
    static QString statusName(Status status) {
        switch (status) {
        case Ok:
            return QStringLiteral("ok");
        case Redirected:
            return QStringLiteral("redirected");
        case Broken:
            return QStringLiteral("broken");
        case Timeout:
            return QStringLiteral("timeout");
        case Unsafe:
            return QStringLiteral("unsafe");
        case Error:
            return QStringLiteral("error");
        }
        return QStringLiteral("error");
    }
    static std::optional<Status> statusFromName(QStringView name) {
        for (Status s : {Ok, Redirected, Broken, Timeout, Unsafe, Error}) {
            if (name == statusName(s))
                return s;
        }
        return std::nullopt;
    }
    QString statusName() const { return statusName(status); }

    // A link the analyst has to look at; these make `--check-links` exit with 3 (cli.md).
    bool isProblem() const { return status != Ok && status != Redirected; }

    // One element of TimelineModel::LinkStatusRole (and of the Sources index's rows).
    QVariantMap toVariantMap() const {
        return {{QStringLiteral("status"), statusName()},
                {QStringLiteral("httpCode"), httpCode},
                {QStringLiteral("finalUrl"), finalUrl},
                {QStringLiteral("message"), message},
                {QStringLiteral("checked"), checkedAt}};
    }

    bool operator==(const LinkCheckResult &o) const {
        return url == o.url && status == o.status && httpCode == o.httpCode &&
               finalUrl == o.finalUrl && message == o.message && checkedAt == o.checkedAt;
    }
    bool operator!=(const LinkCheckResult &o) const { return !(*this == o); }
};

} // namespace Turnpoint

Q_DECLARE_METATYPE(Turnpoint::LinkCheckResult)

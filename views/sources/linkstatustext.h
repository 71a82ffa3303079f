#pragma once

#include "linkcheckresult.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace Turnpoint {

// How a link check result reads in the window: the detail panel's badges, the Sources view and
// the outline all use these, so a broken link is called the same everywhere. Everything here is
// plain text; callers that put it in a tool tip go through SafeText, because the URLs come from
// reports (and from servers' redirects).
class LinkStatusText {
    Q_DECLARE_TR_FUNCTIONS(LinkStatusText)

public:
    // Reads one element of TimelineModel::LinkStatusRole's list; false for a link that has not
    // been checked (an invalid variant) or a map it cannot read.
    static bool fromVariant(const QVariant &value, LinkCheckResult *result);

    // Short badge text: "✓ OK", "↪ Redirected", "✗ Broken (404)", "⏱ Timed out", "⚠ Unsafe",
    // "✗ Error".
    static QString badge(const LinkCheckResult &result);
    // The status word alone, translated ("OK", "broken", ...), for tables.
    static QString statusName(LinkCheckResult::Status status);
    // A sentence for beside the badge: where a redirect ended, or the checker's message; empty
    // for a plain OK.
    static QString detail(const LinkCheckResult &result);
    // Tool tip (plain text): the status, HTTP code, final URL, message and when it was checked.
    static QString toolTip(const LinkCheckResult &result);
    // Badge colours that read on light and dark palettes alike.
    static QColor color(LinkCheckResult::Status status);
    // Sort key: problems first, then redirects, then OK; unchecked last.
    static int severity(LinkCheckResult::Status status);
};

} // namespace Turnpoint

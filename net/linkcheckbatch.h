#pragma once

#include "linkchecker.h"
#include "linkcheckresult.h"
#include "report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Turnpoint {

// `turnpoint --check-links` (cli.md): checks every source URL of the given reports and prints
// one line per unique URL, `STATUS HTTP_CODE URL`, in the order the URLs first appear (reports
// in the order given, then document order). Problems are also reported on the error stream at
// each place they are cited, as `FILE:LINE:1: warning: ...`, the form editors understand.
class LinkCheckBatch {
    Q_DECLARE_TR_FUNCTIONS(LinkCheckBatch)

public:
    static constexpr int ExitOk = 0;
    static constexpr int ExitLinkProblems = 3; // broken, timeout, unsafe or error (cli.md)

    struct Options {
        int inactivityTimeoutMs = LinkChecker::DefaultInactivityTimeoutMs;
        int deadlineMs = LinkChecker::DefaultDeadlineMs;
        int maxConcurrentPerHost = LinkChecker::DefaultMaxConcurrentPerHost;
        int maxConcurrent = LinkChecker::DefaultMaxConcurrent;
        // cli.md promises a check "over the network": by default every URL is requested and
        // the fresh results go into the cache for the app. Set to reuse results < 24 h old.
        bool reuseCachedResults = false;
        bool writeCache = true;
        QString cachePath; // empty: LinkCache::defaultPath()
    };

    // Runs the check in a local event loop (a QCoreApplication must exist) and returns the exit
    // status: ExitOk, or ExitLinkProblems when any link is broken, timed out, unsafe or failed.
    static int run(const QList<const Report *> &reports, QTextStream &out, QTextStream &err);
    static int run(const QList<const Report *> &reports, QTextStream &out, QTextStream &err,
                   const Options &options);

    // Every non-empty source URL, once, in first-seen order.
    static QStringList sourceUrls(const QList<const Report *> &reports);
    // `STATUS HTTP_CODE URL` (no newline); `-` for no code; the URL made printable
    // (NetworkRequests::printable).
    static QString formatLine(const LinkCheckResult &result);
};

} // namespace Turnpoint

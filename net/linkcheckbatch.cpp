#include "linkcheckbatch.h"

#include "networkrequests.h"

#include <QEventLoop>

namespace Turnpoint {

QStringList LinkCheckBatch::sourceUrls(const QList<const Report *> &reports) {
    QStringList urls;
    QSet<QString> seen;
    for (const Report *report : reports) {
        for (const TurningPoint &tp : report->turningPoints) {
            for (const Entry &entry : tp.entries) {
                for (const Source &source : entry.sources) {
                    if (source.url.isEmpty() || seen.contains(source.url))
                        continue;
                    seen.insert(source.url);
                    urls.append(source.url);
                }
            }
        }
    }
    return urls;
}

QString LinkCheckBatch::formatLine(const LinkCheckResult &result) {
    const QString code =
        result.httpCode > 0 ? QString::number(result.httpCode) : QStringLiteral("-");
    return result.statusName() + QLatin1Char(' ') + code + QLatin1Char(' ') +
           NetworkRequests::printable(result.url);
}

int LinkCheckBatch::run(const QList<const Report *> &reports, QTextStream &out, QTextStream &err) {
    return run(reports, out, err, Options());
}

int LinkCheckBatch::run(const QList<const Report *> &reports, QTextStream &out, QTextStream &err,
                        const Options &options) {
    const QStringList urls = sourceUrls(reports);

    LinkChecker checker;
    checker.setInactivityTimeout(options.inactivityTimeoutMs);
    checker.setDeadline(options.deadlineMs);
    checker.setMaxConcurrentPerHost(options.maxConcurrentPerHost);
    checker.setMaxConcurrent(options.maxConcurrent);
    checker.setCacheEnabled(options.writeCache || options.reuseCachedResults);
    if (!options.cachePath.isEmpty())
        checker.setCachePath(options.cachePath);

    // Lines go out as soon as every URL before them is done, so a long run shows progress and
    // the order is still the document order.
    int nextToPrint = 0;
    QHash<QString, LinkCheckResult> results;
    QObject::connect(&checker, &LinkChecker::resultReady,
                     [&](const QString &url, const LinkCheckResult &result) {
                         results.insert(url, result);
                         while (nextToPrint < urls.size() && results.contains(urls[nextToPrint])) {
                             out << formatLine(results.value(urls[nextToPrint])) << '\n';
                             ++nextToPrint;
                         }
                         out.flush();
                     });
    QEventLoop loop;
    QObject::connect(&checker, &LinkChecker::finished, &loop, &QEventLoop::quit);
    checker.check(urls, !options.reuseCachedResults);
    loop.exec();

    // Where each problem is cited, in the editor-friendly form.
    bool problems = false;
    for (const Report *report : reports) {
        for (const TurningPoint &tp : report->turningPoints) {
            for (const Entry &entry : tp.entries) {
                for (const Source &source : entry.sources) {
                    const auto it = results.constFind(source.url);
                    if (source.url.isEmpty() || it == results.constEnd() || !it->isProblem())
                        continue;
                    problems = true;
                    //: --check-links diagnostic: %1 status word (broken, timeout, unsafe,
                    //: error; not translated), %2 the URL, %3 what happened
                    const QString message =
                        tr("source link %1: %2 (%3)")
                            .arg(it->statusName(), NetworkRequests::printable(source.url),
                                 it->message);
                    err << report->file << ':' << source.line << ":1: warning: " << message << '\n';
                }
            }
        }
    }
    err.flush();
    // A URL the checker did not answer for would be a silent gap in the output.
    for (const QString &url : urls) {
        if (!results.contains(url))
            problems = true;
    }
    return problems ? ExitLinkProblems : ExitOk;
}

} // namespace Turnpoint

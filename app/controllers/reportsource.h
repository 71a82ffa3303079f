#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QString>

namespace Turnpoint {

// Where a report came from (a local file, a URL, the built-in sample's resource) and how a
// report that cannot be used is named in an error list.
class ReportSource {
    Q_DECLARE_TR_FUNCTIONS(ReportSource)

public:
    static bool isResource(const QString &path);
    static bool isUrl(const QString &path);
    // Neither a resource nor a URL: a file that can be watched, listed as recent, read again.
    static bool isLocalFile(const QString &path);
    // "where: what is wrong", one line of an error list.
    static QString errorLine(const QString &where, const QString &what);
    // "where: line 3: what is wrong; …"
    static QString errorLine(const QString &where, const QList<Diagnostic> &diagnostics) {
        return errorLine(where, errorSummary(diagnostics));
    }
    static QString errorLine(const QString &where, const Report &report) {
        return errorLine(where, report.diagnostics);
    }
    // The errors alone, "line 3: what is wrong; …".
    static QString errorSummary(const QList<Diagnostic> &diagnostics);
};

} // namespace Turnpoint

#include "reportsource.h"

#include "reportdownloader.h"

#include <QStringList>

namespace Turnpoint {

bool ReportSource::isResource(const QString &path) {
    return path.startsWith(QLatin1String(":/"));
}

bool ReportSource::isUrl(const QString &path) {
    return ReportDownloader::looksLikeUrl(path);
}

bool ReportSource::isLocalFile(const QString &path) {
    return !path.isEmpty() && !isResource(path) && !isUrl(path);
}

QString ReportSource::errorSummary(const QList<Diagnostic> &diagnostics) {
    QStringList messages;
    for (const Diagnostic &d : diagnostics) {
        if (!d.isError())
            continue;
        messages.append(d.line > 0 ? tr("line %1: %2").arg(d.line).arg(d.text()) : d.text());
    }
    return messages.join(QStringLiteral("; "));
}

QString ReportSource::errorLine(const QString &where, const QString &what) {
    //: Load error: file, then what was wrong with it
    return tr("%1: %2").arg(where, what);
}

} // namespace Turnpoint

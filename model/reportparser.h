#pragma once

#include "report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Turnpoint {

// Turns the text of a turning-point report (report-format.md) into a Report. Single pass over
// the lines; every line is either understood or kept as a note, and every problem becomes a
// Diagnostic with its line. Never throws, never crashes on bad input.
class ReportParser {
    Q_DECLARE_TR_FUNCTIONS(ReportParser)

public:
    // Files larger than this are refused before reading.
    static constexpr qint64 MaxFileSize = qint64(1) << 30;

    static Report parseText(QStringView text, const QString &file);
    // Decode (TextDecoder) and parse.
    static Report parseBytes(const QByteArray &bytes, const QString &file);
    // Read from disk, decode and parse. `file` in the result is the path as given.
    static Report parseFile(const QString &path);
};

} // namespace Turnpoint

#pragma once

// Checks shared by the parser tests and the malformed-input catalogue: a canonical description
// of a Report, and the "nothing is lost" invariant of report-format.md §2/§4, written
// independently of the parser.

#include "report.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Turnpoint::TestSupport {

// A canonical, complete text form of a report: two reports with the same description carry the
// same data.
QString describe(const Report &r);
QString describeDiagnostics(const Report &r);
// The lines of `text` split the way report-format.md §2 says (LF, CRLF, CR).
QStringList splitLines(const QString &text);
bool isSeparator(const QString &trimmed);
// Every non-blank, non-separator line of the input, 1-based.
QSet<int> contentLines(const QString &text);
// Every line the parsed report refers to as structure or note.
QSet<int> referencedLines(const Report &r);
// Every content line is referenced, and nothing else is; `why` says what differs.
bool checkNothingLost(const QString &text, const Report &r, QString *why);
// Turning-point rows under all top-level (report) rows of a timeline model or proxy.
int visibleTurningPoints(const QAbstractItemModel &model);

// English plural forms without a translator: tests run without translations/turnpoint_en.ts
// installed, so "%n match(es)" shows as "5 match(es)". For counts of 0 or at least 2, where
// both forms mean the same, this gives the plural form ("5 matches").
QString englishPlural(QString text);
// Each note holds text of the line it names.
bool notesMatchTheirLines(const QString &text, const Report &r);

} // namespace Turnpoint::TestSupport

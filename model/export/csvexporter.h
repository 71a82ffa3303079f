#pragma once

#include "report.h"
#include "timelinefilter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Turnpoint {

// Writes reports as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel and WPS do not
// read the Chinese as the local code page), CRLF line ends and RFC 4180 quoting. One row per
// entry, repeating its turning point's and report's columns; a turning point without entries
// gets one row whose entry columns are empty. The header row uses the JSON export's key names
// (untranslated: scripts read it).
//
// Columns (header()): file, report_title, turning_point_date, kind, confidence, nothing_found,
// turning_point_notes, entry_line, label, title, entry_date, fields ("key: value" joined with
// " | "), sources ("name <url>" joined with " | "), notes. Notes are joined with line breaks.
// turning_point_notes carries the turning point's own notes (the "nothing found" sentence, or
// loose lines), so nothing in a report is lost in the export.
//
// Cells whose text begins with = + - @ or a tab get a leading apostrophe: reports are untrusted,
// and a spreadsheet would otherwise run "=HYPERLINK(...)" from a report as a formula.
class CsvExporter {
public:
    static QStringList header();

    // Every turning point for which `accept` is true (all when it is empty).
    static QByteArray toCsv(const QList<const Report *> &reports,
                            const TurningPointPredicate &accept = {});
    // Exactly what a view with this filter shows.
    static QByteArray toCsv(const QList<const Report *> &reports, const TimelineFilter &filter);

    // One cell as written: neutralised, then quoted when it holds a quote, comma or line break.
    static QString cell(const QString &text);
};

} // namespace Turnpoint

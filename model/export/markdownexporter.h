#pragma once

#include "report.h"

#include <QByteArray>

namespace Turnpoint {

// Writes a Report back as a turning-point report in the canonical form of report-format.md §1:
// UTF-8, LF line ends, full-width punctuation as in the sample, one field per line. Every note
// and every unreadable part (a date or kind as written, an unsafe link) is written too, each
// where the parser puts it back: parsing the output gives the same report, line numbers and
// diagnostics aside. For cleaning up an edited or odd report (--export-md, File → Save As
// Normalised Report…).
class MarkdownExporter {
public:
    static QByteArray toMarkdown(const Report &report);
};

} // namespace Turnpoint

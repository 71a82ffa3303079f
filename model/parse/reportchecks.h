#pragma once

// The checks that look beyond one turning point. The state machine makes them on the report it
// read; the parallel parse on the report joined from its parts, as no part sees them all.
// Private to the model library.

#include "partialdate.h"
#include "report.h"

#include <QString>

namespace Turnpoint::ReportChecks {

// The warning for a turning point dated `date` after one dated `previous` (on line
// `previousLine`); empty when they are in order.
QString dateOrderProblem(const PartialDate &date, const PartialDate &previous, int previousLine);
// A declared number of turning points that is not the number found is a warning on its line.
void checkDeclaredCount(Report &report);
// In line order; the problems of one line in the order they were found.
void sortDiagnostics(Report &report);

} // namespace Turnpoint::ReportChecks

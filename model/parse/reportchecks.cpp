#include "reportchecks.h"

#include "reportparser.h"

#include <algorithm>

namespace Turnpoint::ReportChecks {

QString dateOrderProblem(const PartialDate &date, const PartialDate &previous, int previousLine) {
    if (date == previous)
        return ReportParser::tr("turning point %1 has the same date as the one on line %2")
            .arg(date.toIso())
            .arg(previousLine);
    if (date.firstDay() < previous.firstDay())
        return ReportParser::tr("turning point %1 comes before the previous one (%2, line %3); "
                                "the turning points are out of date order")
            .arg(date.toIso(), previous.toIso())
            .arg(previousLine);
    return {};
}

void checkDeclaredCount(Report &report) {
    if (!report.declaredTurningPoints)
        return;
    const int declared = *report.declaredTurningPoints;
    const int found = int(report.turningPoints.size());
    if (declared != found)
        report.diagnostics.append(Diagnostic::make(
            report.declaredTurningPointsLine, 1, Diagnostic::Warning, [declared, found] {
                return ReportParser::tr("declares %1 turning points, %2 found")
                    .arg(declared)
                    .arg(found);
            }));
}

void sortDiagnostics(Report &report) {
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
}

} // namespace Turnpoint::ReportChecks

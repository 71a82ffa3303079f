// Fuzzes decode + parse: any byte string must give a Report without crashing, hanging or
// tripping a sanitizer, and the Report must keep its own promises.
#include "reportparser.h"

#include <cstdint>
#include <cstdlib>

using namespace Turnpoint;

namespace {
void check(bool condition) {
    if (!condition)
        std::abort(); // libFuzzer records the input as a crash
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Report report = ReportParser::parseBytes(bytes, QStringLiteral("fuzz.md"));

    // No line can lie beyond the input: even UTF-16 has at most one line per byte.
    const int maxLine = int(size) + 1;
    for (const Diagnostic &d : report.diagnostics)
        check(d.line >= 0 && d.line <= maxLine && d.column >= 1 && !d.message.isEmpty());
    // A usable report is one with at least one turning point heading.
    check(!report.isUsable() || !report.turningPoints.isEmpty());
    for (const TurningPoint &tp : report.turningPoints) {
        check(tp.line >= 1 && tp.line <= maxLine);
        check(!tp.confidence || (*tp.confidence >= 0.0 && *tp.confidence <= 100.0));
        check(!tp.date.isValid() || tp.date.firstDay().isValid());
        check(!tp.nothingFound || tp.entries.isEmpty());
        for (const Entry &e : tp.entries) {
            check(e.line >= tp.line && e.line <= maxLine);
            check(!e.date.isValid() || e.date.firstDay() <= e.date.lastDay());
        }
    }
    return 0;
}

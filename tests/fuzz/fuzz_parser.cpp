// Fuzzes decode + parse: any byte string must give a Report without crashing, hanging or
// tripping a sanitizer, and the Report must keep its own promises.
#include "jsonexporter.h"
#include "reportparser.h"

#include <cstdint>
#include <cstdlib>

using namespace Turnpoint;

namespace {
void check(bool condition) {
    if (!condition)
        std::abort(); // libFuzzer records the input as a crash
}

// FNV-1a: cheap next to a parse, and every byte counts, so a mutation anywhere can change it.
bool comparePartsFor(const QByteArray &bytes) {
    quint32 h = 2166136261u;
    for (const char c : bytes)
        h = (h ^ quint8(c)) * 16777619u;
    return ((h ^ (h >> 16)) & 31) == 0;
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

    // Large reports are parsed in parts on several threads; cut this one too (where it can be:
    // plain UTF-8 with headings to cut at) and the joined result must be the whole parse's.
    // That costs five parses, four exports and the parts' threads, so it runs on one input in
    // thirty-two, chosen by a hash of the bytes: the same input always gets the same checks (a
    // finding reproduces), and the fuzzer spends its time on new inputs.
    if (!comparePartsFor(bytes))
        return 0;
    for (const int parts : {2, 3}) {
        bool split = false;
        const Report joined =
            ReportParser::parseBytesInParts(bytes, QStringLiteral("fuzz.md"), parts, &split);
        if (!split)
            break;
        check(JsonExporter::toJson({&joined}) == JsonExporter::toJson({&report}));
        check(joined.encoding == report.encoding);
        check(joined.diagnostics.size() == report.diagnostics.size());
        for (qsizetype i = 0; i < report.diagnostics.size(); ++i) {
            const Diagnostic &a = joined.diagnostics[i];
            const Diagnostic &b = report.diagnostics[i];
            check(a.line == b.line && a.column == b.column && a.severity == b.severity &&
                  a.message == b.message);
        }
    }
    return 0;
}

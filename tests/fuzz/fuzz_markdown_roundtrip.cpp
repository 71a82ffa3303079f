// Fuzzes parse -> MarkdownExporter -> parse: whatever a report holds, its canonical form must
// read back as the same report (line numbers and diagnostics aside), and writing that again
// must give the same text. A difference is a finding.
#include "../support/markdownroundtrip.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Turnpoint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Report report = ReportParser::parseBytes(bytes, QStringLiteral("fuzz.md"));
    const QString problem = MarkdownRoundTrip::check(report);
    if (!problem.isEmpty()) {
        std::fputs(problem.toUtf8().constData(), stderr);
        std::abort(); // libFuzzer records the input as a crash
    }
    return 0;
}

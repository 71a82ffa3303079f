#include "parallelparse.h"

#include "reportchecks.h"
#include "reportstatemachine.h"
#include "textdecoder.h"

#include <QThread>

#include <QtAlgorithms>

#include <algorithm>
#include <cstring>
#include <thread>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

// Parsing in parts, in parallel.
//
// A report is a header and a run of turning points, each starting at its heading; little crosses
// from one turning point to the next (the date order check, the declared count). So a large
// UTF-8 report is cut at turning point headings into about equal parts, each part is decoded and
// parsed on its own thread, and the parts are joined. The result is the one parsing it whole
// gives: every line number, every diagnostic, in the same order (tests compare the two).

namespace Turnpoint {

using namespace ReportChecks;

namespace {

// Line ends (LF, CR, CRLF: as ReportStateMachine::feed() counts lines) in `size` bytes of UTF-8.
// Sixteen bytes at a time where SSE2 is available; any CR at all takes the careful way.
qsizetype countLineEnds(const char *p, qsizetype size) {
    qsizetype n = 0;
    qsizetype i = 0;
    bool anyCr = false;
#ifdef __SSE2__
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    for (; i + 16 <= size; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        n += qPopulationCount(uint(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf))));
        anyCr = anyCr || _mm_movemask_epi8(_mm_cmpeq_epi8(v, cr)) != 0;
    }
#endif
    if (anyCr) {
        n = 0;
        i = 0;
    }
    for (; i < size; ++i) {
        if (p[i] == '\n' || (p[i] == '\r' && (i + 1 == size || p[i + 1] != '\n')))
            ++n;
    }
    return n;
}

// Whether `line` alone is a turning point heading to the parser.
bool isTurningPointHeading(QStringView line) {
    Report scratch;
    ReportStateMachine parser(QStringView(), scratch, nullptr);
    parser.continueAt(0);
    parser.feed(line);
    return scratch.turningPoints.size() == 1;
}

// Offset of the first line at or after `from` (a line start) that starts with '#' and is a
// turning point heading; -1 when there is none before `size`.
qsizetype headingLineAt(const char *p, qsizetype from, qsizetype size) {
    for (qsizetype start = from; start < size;) {
        const auto *end = static_cast<const char *>(std::memchr(p + start, '\n', size - start));
        const qsizetype lineEnd = end ? end - p : size;
        if (p[start] == '#' && isTurningPointHeading(QString::fromUtf8(p + start, lineEnd - start)))
            return start;
        start = lineEnd + 1;
    }
    return -1;
}

// Below this, one thread parses faster than several start.
constexpr qsizetype ParallelMinBytes = qsizetype(8) << 20;
constexpr qsizetype MinPartBytes = qsizetype(4) << 20;

} // namespace

bool parseInParallel(const QByteArray &bytes, Report &report, const std::atomic<bool> *cancelled,
                     int forcedParts) {
    const qsizetype size = bytes.size();
    const int threads = std::min(QThread::idealThreadCount(), 8);
    qsizetype skip = 0;
    QString encoding;
    if ((forcedParts <= 0 && (size < ParallelMinBytes || threads < 2)) ||
        !TextDecoder::startsAsUtf8(bytes, &skip, &encoding))
        return false;
    const char *p = bytes.constData();

    // Part i is [starts[i], starts[i + 1]); every part but the first starts at a heading.
    const qsizetype parts =
        forcedParts > 0 ? forcedParts : std::min<qsizetype>(threads, size / MinPartBytes);
    std::vector<qsizetype> starts{skip};
    for (qsizetype i = 1; i < parts; ++i) {
        const qsizetype target = skip + (size - skip) * i / parts;
        const auto *nl = static_cast<const char *>(std::memchr(p + target, '\n', size - target));
        if (!nl)
            break;
        const qsizetype at = headingLineAt(p, nl - p + 1, size);
        if (at < 0)
            break;
        if (at > starts.back())
            starts.push_back(at);
    }
    if (starts.size() < 2)
        return false;
    const qsizetype count = qsizetype(starts.size());
    starts.push_back(size);
    std::vector<int> firstLine(size_t(count), 0);
    for (qsizetype i = 1; i < count; ++i)
        firstLine[size_t(i)] = firstLine[size_t(i - 1)] +
                               int(countLineEnds(p + starts[size_t(i - 1)],
                                                 starts[size_t(i)] - starts[size_t(i - 1)]));

    struct Part {
        Report report;
        bool ok = false;
        PartialDate lastDate;
        int lastDateLine = 0;
        ReportStateMachine::OrderCheck orderCheck;
    };
    std::vector<Part> results(static_cast<size_t>(count));
    const auto parse = [&](qsizetype i) {
        Part &part = results[size_t(i)];
        QString text;
        if (!TextDecoder::decodePlainUtf8Piece(p + starts[size_t(i)],
                                               starts[size_t(i + 1)] - starts[size_t(i)], &text))
            return;
        // The first part may reserve room for every turning point the header declares.
        ReportStateMachine parser(QStringView(), part.report, cancelled, i == 0 ? size : 0);
        if (i > 0)
            parser.continueAt(firstLine[size_t(i)]);
        parser.feed(text);
        if (parser.cancelledNow())
            return;
        parser.finishPart();
        part.lastDate = parser.lastDate();
        part.lastDateLine = parser.lastDateLine();
        part.orderCheck = parser.firstOrderCheck();
        part.ok = true;
    };
    std::vector<std::thread> workers;
    workers.reserve(size_t(count - 1));
    for (qsizetype i = 1; i < count; ++i)
        workers.emplace_back(parse, i);
    parse(0);
    for (std::thread &t : workers)
        t.join();

    if (cancelled && cancelled->load(std::memory_order_relaxed)) {
        report = std::move(results[0].report);
        return true;
    }
    for (const Part &part : results)
        if (!part.ok)
            return false; // a control character or malformed UTF-8 somewhere: decode() says

    const QString file = report.file;
    report = std::move(results[0].report);
    report.file = file;
    report.encoding = encoding;
    qsizetype total = 0;
    for (const Part &part : results)
        total += part.report.turningPoints.size();
    report.turningPoints.reserve(total);
    PartialDate previous = results[0].lastDate;
    int previousLine = results[0].lastDateLine;
    for (qsizetype i = 1; i < count; ++i) {
        Part &part = results[size_t(i)];
        const ReportStateMachine::OrderCheck &check = part.orderCheck;
        if (check.line > 0 && previous.isValid()) {
            if (!dateOrderProblem(check.date, previous, previousLine).isEmpty())
                part.report.diagnostics.insert(
                    check.diagnosticIndex,
                    Diagnostic::make(check.line, check.column, Diagnostic::Warning,
                                     [date = check.date, previous, previousLine] {
                                         return dateOrderProblem(date, previous, previousLine);
                                     }));
        }
        if (part.lastDate.isValid()) {
            previous = part.lastDate;
            previousLine = part.lastDateLine;
        }
        for (TurningPoint &tp : part.report.turningPoints)
            report.turningPoints.append(std::move(tp));
        for (Note &n : part.report.notes)
            report.notes.append(std::move(n));
        report.diagnostics.append(part.report.diagnostics);
        part.report = Report();
    }
    checkDeclaredCount(report);
    sortDiagnostics(report);
    return true;
}

} // namespace Turnpoint

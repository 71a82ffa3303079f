#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Turnpoint {

// Synthetic turning-point reports for tests and the benchmark, in the style and variety of the
// real samples (report-format.md): Chinese and English wording, kinds 事件/政策/others,
// confidences 30–95 written as "65%", "67.5%" or "0.65", zero to four entries with fields and
// sources, about 30 % "nothing found" periods, dates with month, day or year precision.
//
// Deterministic: the same seed (and index) always gives the same bytes, on every platform, so a
// benchmark run can be repeated and a failing test reproduced. Generated reports are clean:
// they parse without a single diagnostic, so what a benchmark measures is the normal path.
class CorpusGenerator {
public:
    enum class Language { Random, Chinese, English };

    // What one generated report contains, for checking a parse against.
    struct Stats {
        int turningPoints = 0;
        int nothingFound = 0;
        int entries = 0;
        int fields = 0; // fields other than sources
        int sources = 0;
    };

    explicit CorpusGenerator(quint64 seed)
        : m_seed(seed) {}

    // Report number `index` of this seed's corpus, UTF-8. Turning point dates run from 2000 to
    // 2025; a report with more turning points than fit there with distinct dates (about 9,000)
    // starts earlier and, past year 1000, ends later, because a report's dates must increase
    // for it to be clean.
    QByteArray report(int turningPoints, quint64 index = 0, Language language = Language::Random,
                      Stats *stats = nullptr) const;

    // The same report written to `out` in pieces of about a megabyte (for reports too large to
    // hold twice in memory). False when a write fails.
    bool write(QIODevice *out, int turningPoints, quint64 index = 0,
               Language language = Language::Random, Stats *stats = nullptr) const;

    // Writes `files` reports of `turningPoints` each as DIR/report-00001.md, … Returns false and
    // sets *error when a file cannot be written.
    bool writeCorpus(const QString &dir, int files, int turningPoints,
                     QString *error = nullptr) const;

    // Roughly how many turning points make a report of `bytes` bytes (measured on a sample of
    // this seed's reports).
    int turningPointsForSize(qint64 bytes) const;

    static QString fileName(int index); // "report-00001.md" for index 0

private:
    quint64 m_seed;
};

} // namespace Turnpoint

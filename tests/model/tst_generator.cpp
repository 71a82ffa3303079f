#include "corpusgenerator.h"
#include "reportparser.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Turnpoint;

namespace {

QString describeDiagnostics(const Report &r) {
    QStringList lines;
    for (const Diagnostic &d : r.diagnostics)
        lines << QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
    return lines.join(QLatin1Char('\n'));
}

CorpusGenerator::Stats countsOf(const Report &r) {
    CorpusGenerator::Stats s;
    s.turningPoints = int(r.turningPoints.size());
    for (const TurningPoint &tp : r.turningPoints) {
        s.nothingFound += tp.nothingFound ? 1 : 0;
        s.entries += int(tp.entries.size());
        for (const Entry &e : tp.entries) {
            s.fields += int(e.fields.size());
            s.sources += int(e.sources.size());
        }
    }
    return s;
}

} // namespace

// The generator is only useful to tests and the benchmark if what it writes is a clean report
// of exactly the size asked for, and the same every time.
class TstGenerator : public QObject {
    Q_OBJECT

private slots:
    void parsesCleanWithMatchingCounts_data();
    void parsesCleanWithMatchingCounts();
    void variety();
    void sameSeedSameBytes();
    void corpusFiles();
    void sizeEstimate();
};

void TstGenerator::parsesCleanWithMatchingCounts_data() {
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("turningPoints");
    QTest::addColumn<int>("language");
    for (quint64 seed = 1; seed <= 12; ++seed) {
        const int n = int(seed * seed * 7) % 400;
        QTest::addRow("seed %llu, %d turning points", seed, n)
            << seed << n << int(CorpusGenerator::Language::Random);
    }
    QTest::addRow("chinese, 1 turning point")
        << quint64(3) << 1 << int(CorpusGenerator::Language::Chinese);
    QTest::addRow("english, 500") << quint64(4) << 500 << int(CorpusGenerator::Language::English);
    // More turning points than distinct dates in 2000–2025: the range widens, still clean.
    QTest::addRow("chinese, 30000")
        << quint64(5) << 30000 << int(CorpusGenerator::Language::Chinese);
}

void TstGenerator::parsesCleanWithMatchingCounts() {
    QFETCH(quint64, seed);
    QFETCH(int, turningPoints);
    QFETCH(int, language);
    CorpusGenerator::Stats expected;
    const QByteArray bytes = CorpusGenerator(seed).report(
        turningPoints, 0, CorpusGenerator::Language(language), &expected);
    const Report r = ReportParser::parseBytes(bytes, QStringLiteral("generated.md"));
    if (turningPoints == 0) { // no heading at all: not a report, and said so
        QVERIFY(!r.isUsable());
        return;
    }
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
    QCOMPARE(r.declaredTurningPoints, std::optional<int>(turningPoints));
    const CorpusGenerator::Stats got = countsOf(r);
    QCOMPARE(got.turningPoints, expected.turningPoints);
    QCOMPARE(got.nothingFound, expected.nothingFound);
    QCOMPARE(got.entries, expected.entries);
    QCOMPARE(got.fields, expected.fields);
    QCOMPARE(got.sources, expected.sources);
    for (const TurningPoint &tp : r.turningPoints) {
        QVERIFY(tp.date.isValid());
        QVERIFY(tp.confidence.has_value());
        QVERIFY(*tp.confidence >= 30 && *tp.confidence <= 95.5);
    }
}

void TstGenerator::variety() {
    // Over a corpus of ordinary reports: both wordings, the three kinds, every date precision,
    // "nothing found" near 30 %, confidences spread over 30–95.
    QSet<QString> kinds;
    QSet<int> precisions;
    int english = 0, nothing = 0, total = 0;
    double lo = 100, hi = 0;
    const CorpusGenerator gen(42);
    for (int i = 0; i < 40; ++i) {
        const Report r = ReportParser::parseBytes(gen.report(100, quint64(i)), QString());
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
        english += r.title.contains(QLatin1String("Sector")) ? 1 : 0;
        for (const TurningPoint &tp : r.turningPoints) {
            kinds.insert(tp.kind);
            precisions.insert(tp.date.precision);
            nothing += tp.nothingFound ? 1 : 0;
            ++total;
            lo = std::min(lo, *tp.confidence);
            hi = std::max(hi, *tp.confidence);
        }
    }
    QVERIFY(english >= 2 && english <= 20);
    QVERIFY(kinds.contains(QStringLiteral("事件")) && kinds.contains(QStringLiteral("政策")));
    QVERIFY(kinds.size() >= 5);
    QCOMPARE(precisions.size(), 3);
    QVERIFY2(nothing * 100 / total >= 25 && nothing * 100 / total <= 35,
             qPrintable(QString::number(nothing * 100 / total)));
    QVERIFY(lo <= 32 && hi >= 93);
}

void TstGenerator::sameSeedSameBytes() {
    const QByteArray a = CorpusGenerator(7).report(250, 3);
    QCOMPARE(CorpusGenerator(7).report(250, 3), a);
    QVERIFY(CorpusGenerator(8).report(250, 3) != a);
    QVERIFY(CorpusGenerator(7).report(250, 4) != a);
    // Written in pieces (more than one megabyte here), the bytes are the same.
    const CorpusGenerator gen(9);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CorpusGenerator::Stats streamed, whole;
    QVERIFY(gen.write(&buffer, 4000, 2, CorpusGenerator::Language::Random, &streamed));
    const QByteArray bytes = gen.report(4000, 2, CorpusGenerator::Language::Random, &whole);
    QVERIFY(bytes.size() > 2 * 1024 * 1024);
    QCOMPARE(buffer.data(), bytes);
    QCOMPARE(streamed.entries, whole.entries);
}

void TstGenerator::corpusFiles() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CorpusGenerator gen(11);
    QString error;
    QVERIFY2(gen.writeCorpus(dir.path(), 5, 20, &error), qPrintable(error));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 5);
    QCOMPARE(files.first(), QStringLiteral("report-00001.md"));
    for (int i = 0; i < files.size(); ++i) {
        const QString path = QDir(dir.path()).filePath(files[i]);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), gen.report(20, quint64(i))); // file i is report i of the seed
        const Report r = ReportParser::parseFile(path);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
        QCOMPARE(r.turningPoints.size(), 20);
    }
}

void TstGenerator::sizeEstimate() {
    const CorpusGenerator gen(3);
    const int n = gen.turningPointsForSize(4 * 1024 * 1024);
    const qint64 size = gen.report(n).size();
    QVERIFY2(size > 3 * 1024 * 1024 && size < 5 * 1024 * 1024, qPrintable(QString::number(size)));
}

QTEST_GUILESS_MAIN(TstGenerator)
#include "tst_generator.moc"

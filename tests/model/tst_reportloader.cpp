#include "corpusgenerator.h"
#include "reportloader.h"
#include "reportparser.h"
#include "reporttestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <chrono>
#include <thread>

using namespace Turnpoint;

namespace {

struct Delivery {
    int index;
    QString path;
    Report report;
    Qt::HANDLE thread;
};

// Collects what a loader delivers until it finishes.
struct Collector {
    explicit Collector(ReportLoader *loader) {
        QObject::connect(
            loader, &ReportLoader::reportLoaded, loader,
            [this](int index, const QString &path, const Report &report) {
                deliveries.push_back({index, path, report, QThread::currentThreadId()});
            });
        QObject::connect(loader, &ReportLoader::progress, loader, [this](int done, int total) {
            progress.append({done, total});
        });
        QObject::connect(loader, &ReportLoader::finished, loader,
                         [this](bool cancelled) { finishes.append(cancelled); });
    }
    bool waitFinished(int ms = 60000) {
        return QTest::qWaitFor([this] { return !finishes.isEmpty(); }, ms);
    }
    std::vector<Delivery> deliveries;
    QList<QPair<int, int>> progress;
    QList<bool> finishes;
};

// A generated report of `turningPoints` turning points at `path`.
bool writeGenerated(const QString &path, quint64 seed, int turningPoints) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && CorpusGenerator(seed).write(&f, turningPoints);
}

} // namespace

class TstReportLoader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sameAsSequentialInOrder();
    void unreadableFileGivesItsErrorReport();
    void emptyList();
    void cancelStopsPromptly();
    void cancelInsideAHugeFile();
    void newLoadReplacesRunningOne();
    void destroyWhileLoading();
    void oneFileReportsBytesParsed();

private:
    QTemporaryDir m_dir;
    QStringList m_files;
};

void TstReportLoader::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Files of very different sizes, so they finish out of order on several threads.
    const CorpusGenerator gen(21);
    const int sizes[] = {400, 3, 50, 1, 200, 10, 0, 120, 7, 60, 2, 300};
    for (int i = 0; i < int(std::size(sizes)); ++i) {
        const QString path = m_dir.filePath(CorpusGenerator::fileName(i));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(gen.report(sizes[i], quint64(i)));
        m_files << path;
    }
    m_files << QStringLiteral(TURNPOINT_SAMPLE);
}

void TstReportLoader::sameAsSequentialInOrder() {
    ReportLoader loader;
    loader.setMaxThreadCount(4);
    Collector c(&loader);
    loader.load(m_files);
    QVERIFY(loader.isLoading());
    QVERIFY(c.waitFinished());
    QCOMPARE(c.finishes, QList<bool>{false});
    QVERIFY(!loader.isLoading());
    QCOMPARE(int(c.deliveries.size()), int(m_files.size()));
    for (int i = 0; i < int(c.deliveries.size()); ++i) {
        const Delivery &d = c.deliveries[size_t(i)];
        QCOMPARE(d.index, i); // list order, whatever order the threads finished in
        QCOMPARE(d.path, m_files[i]);
        QCOMPARE(d.thread, QThread::currentThreadId()); // the owner's thread
        const Report sequential = ReportParser::parseFile(m_files[i]);
        QCOMPARE(TestSupport::describe(d.report), TestSupport::describe(sequential));
        QCOMPARE(TestSupport::describeDiagnostics(d.report),
                 TestSupport::describeDiagnostics(sequential));
        QCOMPARE(d.report.encoding, sequential.encoding);
    }
    QCOMPARE(c.progress.size(), m_files.size());
    QCOMPARE(c.progress.last(), qMakePair(int(m_files.size()), int(m_files.size())));
    for (int i = 0; i < c.progress.size(); ++i)
        QCOMPARE(c.progress[i].first, i + 1);
}

void TstReportLoader::unreadableFileGivesItsErrorReport() {
    const QString missing = m_dir.filePath(QStringLiteral("missing.md"));
    const QString directory = m_dir.path();
    ReportLoader loader;
    Collector c(&loader);
    loader.load({m_files[1], missing, directory, m_files[3]});
    QVERIFY(c.waitFinished());
    QCOMPARE(int(c.deliveries.size()), 4);
    QVERIFY(c.deliveries[0].report.isUsable());
    for (int i : {1, 2}) {
        const Report &r = c.deliveries[size_t(i)].report;
        QVERIFY(!r.isUsable());
        QCOMPARE(TestSupport::describeDiagnostics(r),
                 TestSupport::describeDiagnostics(
                     ReportParser::parseFile(c.deliveries[size_t(i)].path)));
    }
    QVERIFY(c.deliveries[3].report.isUsable());
}

void TstReportLoader::emptyList() {
    ReportLoader loader;
    Collector c(&loader);
    loader.load({});
    QVERIFY(c.finishes.isEmpty()); // not inside load()
    QVERIFY(c.waitFinished(1000));
    QCOMPARE(c.finishes, QList<bool>{false});
    QVERIFY(c.deliveries.empty());
}

void TstReportLoader::cancelStopsPromptly() {
    // Many files: cancel after the first delivery; nothing more arrives, no new file starts.
    QTemporaryDir dir;
    const CorpusGenerator gen(5);
    QString error;
    QVERIFY2(gen.writeCorpus(dir.path(), 80, 100, &error), qPrintable(error));
    QStringList files;
    for (int i = 0; i < 80; ++i)
        files << dir.filePath(CorpusGenerator::fileName(i));
    ReportLoader loader;
    loader.setMaxThreadCount(2);
    Collector c(&loader);
    connect(&loader, &ReportLoader::reportLoaded, &loader, [&loader] { loader.cancel(); });
    loader.load(files);
    QVERIFY(c.waitFinished());
    QCOMPARE(c.finishes, QList<bool>{true});
    QCOMPARE(int(c.deliveries.size()), 1);
    QVERIFY(!loader.isLoading());
    // The remaining tasks only look at the flag and drop out; nothing more is delivered.
    QTest::qWait(200);
    QCOMPARE(int(c.deliveries.size()), 1);
    QCOMPARE(c.finishes.size(), 1);
}

void TstReportLoader::cancelInsideAHugeFile() {
    // One large file: cancel() must not wait for its parse to end.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.md"));
    QVERIFY(writeGenerated(path, 8, 60000));
    QElapsedTimer whole;
    whole.start();
    const Report full = ReportParser::parseFile(path);
    const qint64 fullMs = whole.elapsed();
    QCOMPARE(full.turningPoints.size(), 60000);

    std::atomic<bool> flag{false};
    std::thread canceller([&flag] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        flag = true;
    });
    const Report partial = ReportParser::parseFile(path, &flag);
    canceller.join();
    QVERIFY2(partial.turningPoints.size() < full.turningPoints.size(),
             qPrintable(QStringLiteral("%1 ms for the full parse").arg(fullMs)));

    ReportLoader loader;
    Collector c(&loader);
    loader.load({path});
    QTest::qWait(30);
    loader.cancel();
    QCOMPARE(c.finishes, QList<bool>{true});
    loader.load({m_files[1]}); // the pool is free again soon; the next load works
    c.finishes.clear();
    QVERIFY(c.waitFinished());
    QCOMPARE(c.finishes, QList<bool>{false});
    QCOMPARE(int(c.deliveries.size()), 1);
    QCOMPARE(c.deliveries[0].path, m_files[1]);
}

void TstReportLoader::oneFileReportsBytesParsed() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.md"));
    QVERIFY(writeGenerated(path, 9, 2000));
    const qint64 size = QFileInfo(path).size();
    constexpr qsizetype Piece = 64 * 1024;
    QVERIFY(size > 4 * Piece);

    // Parsed in pieces, the count follows the pieces: stopped after the first one, it is where
    // that piece ended (its last line end), not 0 and not the whole file.
    std::atomic<bool> stop{true};
    std::atomic<qint64> bytes{0};
    bool inPieces = false;
    (void)ReportParser::parseFileInPieces(path, Piece, &stop, &inPieces, &bytes);
    QByteArray firstPiece;
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        firstPiece = f.read(Piece);
    }
    QCOMPARE(bytes.load(), firstPiece.lastIndexOf('\n') + 1);
    // A whole parse ends at the file's size, in pieces or not.
    bytes = 0;
    (void)ReportParser::parseFileInPieces(path, Piece, nullptr, &inPieces, &bytes);
    QVERIFY(inPieces);
    QCOMPARE(bytes.load(), size);
    bytes = 0;
    (void)ReportParser::parseFile(path, nullptr, &bytes);
    QCOMPARE(bytes.load(), size);

    // The loader passes it on for a load of one file, and ends with the bar full.
    ReportLoader loader;
    QList<QPair<qint64, qint64>> reported;
    connect(&loader, &ReportLoader::bytesProgress, this, [&reported](qint64 done, qint64 total) {
        reported.append({done, total});
    });
    Collector c(&loader);
    loader.load({path});
    QVERIFY(c.waitFinished());
    QVERIFY(!reported.isEmpty());
    QCOMPARE(reported.last(), qMakePair(size, size));
    for (int i = 1; i < reported.size(); ++i)
        QVERIFY(reported[i].first >= reported[i - 1].first);
    // Several files count files (progress()), not bytes.
    reported.clear();
    c.finishes.clear();
    loader.load({path, m_files[1]});
    QVERIFY(c.waitFinished());
    QVERIFY(reported.isEmpty());
}

void TstReportLoader::newLoadReplacesRunningOne() {
    ReportLoader loader;
    Collector c(&loader);
    loader.load(m_files);
    loader.load({m_files[3], m_files[1]});
    QTRY_COMPARE_WITH_TIMEOUT(c.finishes.size(), 2, 60000);
    QCOMPARE(c.finishes, (QList<bool>{true, false}));
    QCOMPARE(int(c.deliveries.size()), 2); // only the second load's
    QCOMPARE(c.deliveries[0].path, m_files[3]);
    QCOMPARE(c.deliveries[1].path, m_files[1]);
    QTest::qWait(50);
    QCOMPARE(int(c.deliveries.size()), 2);
}

void TstReportLoader::destroyWhileLoading() {
    auto loader = std::make_unique<ReportLoader>();
    Collector c(loader.get());
    loader->load(m_files);
    loader.reset(); // waits for the workers; nothing is delivered to a dead object
    QTest::qWait(50);
    QVERIFY(c.deliveries.empty());
}

QTEST_GUILESS_MAIN(TstReportLoader)
#include "tst_reportloader.moc"

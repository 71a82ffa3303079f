#include "windowbenchrunner.h"

#include "benchstats.h"
#include "corpusgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSaveFile>

#include <cstdio>

using namespace Turnpoint;

namespace {

// As `turnpoint-gen --seed 11`.
constexpr quint64 Seed = 11;

void note(const QString &text) {
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace

WindowBenchRunner::WindowBenchRunner(bool quick, double timeoutSeconds, const QString &corpus)
    : m_quick(quick)
    , m_timeoutMs(timeoutSeconds * 1000)
    , m_corpus(corpus) {}

QList<WindowCase> WindowBenchRunner::corpora(bool quick) {
    if (quick)
        return {{QStringLiteral("quick1x2000"), 1, 2000, false, true},
                {QStringLiteral("quick50x20"), 50, 20, false, true}};
    return {{QStringLiteral("1m"), 1, 1000000},
            {QStringLiteral("1000x100"), 1000, 100},
            {QStringLiteral("1000x1000"), 1000, 1000}};
}

bool WindowBenchRunner::writeCorpus(const WindowCase &c, QString *path) {
    QElapsedTimer t;
    t.start();
    QString error;
    if (c.files == 1) {
        *path = m_dir.filePath(c.corpus + QStringLiteral(".md"));
        QSaveFile f(*path);
        if (!f.open(QIODevice::WriteOnly) || !CorpusGenerator(Seed).write(&f, c.turningPoints) ||
            !f.commit())
            error = QStringLiteral("cannot write %1").arg(*path);
    } else {
        *path = m_dir.filePath(c.corpus);
        CorpusGenerator(Seed).writeCorpus(*path, c.files, c.turningPoints, &error);
    }
    if (!error.isEmpty()) {
        note(error);
        return false;
    }
    note(QStringLiteral("corpus %1: %2 x %3 turning points written in %4 s")
             .arg(c.corpus)
             .arg(c.files)
             .arg(c.turningPoints)
             .arg(BenchStats::msSince(t) / 1000, 0, 'f', 1));
    return true;
}

bool WindowBenchRunner::runChild(const WindowCase &c, const QString &path) {
    WindowReport report(c);
    // Settings (geometry, docks, threshold) of one run must not reach the next, nor come from
    // the developer's own Turnpoint.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args{QStringLiteral("--window-corpus"),
                     path,
                     QStringLiteral("--window-name"),
                     c.corpus,
                     QStringLiteral("--window-size"),
                     QStringLiteral("%1x%2").arg(c.files).arg(c.turningPoints),
                     QStringLiteral("--timeout"),
                     QString::number(m_timeoutMs / 1000)};
    if (c.sourcesOpen)
        args << QStringLiteral("--window-sources");
    if (c.quick)
        args << QStringLiteral("--quick");
    child.start(QCoreApplication::applicationFilePath(), args);
    // Every phase has its own timeout in the child; this is for a child that ignores them all
    // (ten phases, each at most the timeout and the watchdog's margin).
    const double limitMs = 10 * (m_timeoutMs + 30000);
    QElapsedTimer t;
    t.start();
    QByteArray pending;
    const auto pass = [&] {
        pending += child.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            report.seen(line);
            std::printf("%s\n", qPrintable(line));
        }
        std::fflush(stdout);
    };
    while (child.state() != QProcess::NotRunning && BenchStats::msSince(t) < limitMs) {
        child.waitForReadyRead(1000);
        pass();
    }
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished();
        pass();
        report.printMissing(
            QStringLiteral("the child process was killed after %1 s").arg(limitMs / 1000));
        return false;
    }
    pass();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        report.printMissing(QStringLiteral("the child process ended with status %1")
                                .arg(child.exitStatus() == QProcess::NormalExit
                                         ? QString::number(child.exitCode())
                                         : QStringLiteral("crashed")));
        return false;
    }
    return report.complete();
}

bool WindowBenchRunner::run() {
    if (!m_dir.isValid()) {
        std::fprintf(stderr, "turnpoint-bench: no temporary directory\n");
        return false;
    }
    note(QStringLiteral("window mode (%1): the real MainWindow, offscreen, one process per run; "
                        "timeout %2 s per phase")
             .arg(m_quick ? QStringLiteral("quick") : QStringLiteral("full"))
             .arg(m_timeoutMs / 1000));
    bool ok = true;
    bool any = false;
    for (WindowCase c : corpora(m_quick)) {
        if (!m_corpus.isEmpty() && c.corpus != m_corpus)
            continue;
        any = true;
        QString path;
        if (!writeCorpus(c, &path)) {
            ok = false;
            continue;
        }
        for (const bool sources : {false, true}) {
            c.sourcesOpen = sources;
            ok = runChild(c, path) && ok;
        }
        // The next corpus gets the disk space back.
        if (c.files == 1)
            QFile::remove(path);
        else
            QDir(path).removeRecursively();
    }
    if (!any) {
        std::fprintf(stderr, "turnpoint-bench: no window corpus named %s\n", qPrintable(m_corpus));
        return false;
    }
    return ok;
}

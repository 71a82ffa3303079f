#include "clirunner.h"
#include "pipereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Turnpoint;
using TestSupport::CliResult;

// Where the batch exports go when the target is not a plain new file (cli.md, "-" and special
// files): standard output, a FIFO with a reader, /dev/stdout, /dev/null, /dev/full, a symbolic
// link. Through the real binary, as `cmd --export-png >(…)` and `--export-json /dev/null` in
// scripts use it.
class TestCliOutputs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dashIsTheSameBytesAsAFile_data();
    void dashIsTheSameBytesAsAFile();
    void fifoGetsTheWholeExport_data();
    void fifoGetsTheWholeExport();
    void devStdoutIsWrittenNotReplaced();
    void devNullStaysADevice();
    void devFullIsAnErrorAndStaysADevice();
    void symlinkStaysALink();

private:
    CliResult run(const QStringList &args);
    // As run(), but as the unprivileged user "nobody" when this test runs as root (CI does):
    // a regression that renamed a file over a device node then fails with "permission denied"
    // instead of replacing the machine's /dev/null.
    CliResult runUnprivileged(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_unprivilegedBinary;
};

namespace {

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString optionFor(const QString &format) {
    return QStringLiteral("--export-") + format;
}

// A PDF names the second it was made in; two runs differ there and nowhere else.
QByteArray withoutCreationDate(QByteArray pdf) {
    static const QRegularExpression date(QStringLiteral("/CreationDate \\(D:[^)]*\\)"));
    return QString::fromLatin1(pdf).remove(date).toLatin1();
}

struct stat statOf(const char *path) {
    struct stat st {};
    if (::stat(path, &st) != 0)
        st.st_mode = 0;
    return st;
}

constexpr uid_t Nobody = 65534;

} // namespace

void TestCliOutputs::initTestCase() {
    QVERIFY(m_dir.isValid());
    // Qt's PDF writer lists the embedded fonts in hash order, which is seeded per process unless
    // QT_HASH_SEED is 0; the child processes inherit it, so two exports can be compared.
    qputenv("QT_HASH_SEED", "0");
    m_unprivilegedBinary = QStringLiteral(TURNPOINT_BIN);
    if (::geteuid() != 0)
        return;
    // "nobody" must be able to reach the binary, wherever the build tree is (root's home is
    // closed to others): a copy in a folder everyone may enter. The Qt libraries come from the
    // system, so the copy runs as the original does.
    QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                              QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                              QFile::ExeOther;
    const QString folder = m_dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(m_dir.path(), open));
    QVERIFY(QFile::setPermissions(folder, open));
    m_unprivilegedBinary = folder + QStringLiteral("/turnpoint");
    QVERIFY(QFile::copy(QStringLiteral(TURNPOINT_BIN), m_unprivilegedBinary));
    QVERIFY(QFile::setPermissions(m_unprivilegedBinary, open));
}

CliResult TestCliOutputs::run(const QStringList &args) {
    return TestSupport::runCli(QStringLiteral(TURNPOINT_BIN), args);
}

CliResult TestCliOutputs::runUnprivileged(const QStringList &args) {
    if (::geteuid() != 0)
        return run(args);
    // In the sanitizer build the leak checker reads its suppressions from the source tree, which
    // "nobody" may not be allowed to open; leaks are checked on this binary's other runs.
    const QByteArray asan = qgetenv("ASAN_OPTIONS");
    const QByteArray lsan = qgetenv("LSAN_OPTIONS");
    qputenv("ASAN_OPTIONS", asan.isEmpty() ? "detect_leaks=0" : asan + ":detect_leaks=0");
    qunsetenv("LSAN_OPTIONS");
    const CliResult result = TestSupport::runCli(m_unprivilegedBinary, args, [] {
        // Between fork and exec: async-signal-safe calls only. Exit at once if any fails, so
        // the export never runs as root.
        const gid_t group = Nobody;
        if (::setgroups(0, nullptr) != 0 || ::setgid(group) != 0 || ::setuid(Nobody) != 0)
            ::_exit(120);
        ::chdir("/");
    });
    qputenv("ASAN_OPTIONS", asan);
    if (lsan.isEmpty())
        qunsetenv("LSAN_OPTIONS");
    else
        qputenv("LSAN_OPTIONS", lsan);
    return result;
}

void TestCliOutputs::dashIsTheSameBytesAsAFile_data() {
    QTest::addColumn<QString>("format");
    for (const char *format : {"json", "csv", "png", "svg", "pdf"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

// "-" is standard output for every export, byte for byte what a file gets.
void TestCliOutputs::dashIsTheSameBytesAsAFile() {
    QFETCH(QString, format);
    const QString file = m_dir.filePath(QStringLiteral("out.") + format);
    const CliResult toFile = run({optionFor(format), file, QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.out, QByteArray());
    const CliResult toStdout =
        run({optionFor(format), QStringLiteral("-"), QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(toStdout.exitCode, 0);
    QVERIFY(!QFile::exists(QDir::current().filePath(QStringLiteral("-"))));
    const QByteArray written = readFile(file);
    QVERIFY(written.size() > 1000);
    if (format == QLatin1String("pdf"))
        QCOMPARE(withoutCreationDate(toStdout.out), withoutCreationDate(written));
    else
        QCOMPARE(toStdout.out, written);
}

void TestCliOutputs::fifoGetsTheWholeExport_data() {
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    // Larger than a pipe's 64 kB buffer, so the program has to wait for the reader.
    QTest::newRow("png") << QStringLiteral("png");
}

// A named pipe with a reader gets the complete export and is still a named pipe afterwards:
// renamed over, it became a regular file and the reader waited forever.
void TestCliOutputs::fifoGetsTheWholeExport() {
    QFETCH(QString, format);
    const QString reference = m_dir.filePath(QStringLiteral("reference.") + format);
    QCOMPARE(run({optionFor(format), reference, QStringLiteral(TURNPOINT_SAMPLE)}).exitCode, 0);

    QTemporaryDir dir;
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("pipe")));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    const auto reader = TestSupport::PipeReader::forFifo(QFile::decodeName(fifo));
    QVERIFY(reader->isValid());
    const CliResult r =
        run({optionFor(format), QFile::decodeName(fifo), QStringLiteral(TURNPOINT_SAMPLE)});
    const QByteArray received = reader->finish();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(S_ISFIFO(statOf(fifo.constData()).st_mode));
    const QByteArray expected = readFile(reference);
    if (format == QLatin1String("png"))
        QVERIFY2(expected.size() > 64 * 1024, QByteArray::number(expected.size()).constData());
    QCOMPARE(received.size(), expected.size());
    QCOMPARE(received, expected);
    QCOMPARE(QDir(dir.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("pipe")});
}

// /dev/stdout is a link to the process's standard output (here a pipe): written through, not
// replaced by a file.
void TestCliOutputs::devStdoutIsWrittenNotReplaced() {
    const CliResult viaDash = run(
        {QStringLiteral("--export-json"), QStringLiteral("-"), QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(viaDash.exitCode, 0);
    const CliResult r = run({QStringLiteral("--export-json"), QStringLiteral("/dev/stdout"),
                             QStringLiteral(TURNPOINT_SAMPLE)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, viaDash.out);
    QVERIFY(QFileInfo(QStringLiteral("/dev/stdout")).isSymLink());
}

// The report that started this: `--export-json /dev/null` run as root left a regular file
// holding the export where the device node had been.
void TestCliOutputs::devNullStaysADevice() {
    const struct stat before = statOf("/dev/null");
    QVERIFY(S_ISCHR(before.st_mode));
    for (const char *format : {"json", "csv", "png", "svg", "pdf"}) {
        const CliResult r =
            runUnprivileged({optionFor(QString::fromLatin1(format)), QStringLiteral("/dev/null")});
        QVERIFY2(r.exitCode == 0, (QByteArray(format) + ": " + r.err).constData());
        const struct stat after = statOf("/dev/null");
        QVERIFY2(S_ISCHR(after.st_mode), format);
        QCOMPARE(after.st_rdev, before.st_rdev);
        QCOMPARE(after.st_ino, before.st_ino);
    }
}

// A device that refuses the bytes: exit 1 with the system's reason, nothing replaced.
void TestCliOutputs::devFullIsAnErrorAndStaysADevice() {
    const struct stat before = statOf("/dev/full");
    if (!S_ISCHR(before.st_mode))
        QSKIP("this system has no /dev/full");
    const CliResult r =
        runUnprivileged({QStringLiteral("--export-json"), QStringLiteral("/dev/full")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("/dev/full: error: could not write: "), r.err.constData());
    const struct stat after = statOf("/dev/full");
    QVERIFY(S_ISCHR(after.st_mode));
    QCOMPARE(after.st_ino, before.st_ino);
}

// A link to a regular file stays a link; the file it points to gets the export.
void TestCliOutputs::symlinkStaysALink() {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("real.csv"));
    const QString link = dir.filePath(QStringLiteral("latest.csv"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old\n");
    }
    QVERIFY(QFile::link(target, link));
    const CliResult r =
        run({QStringLiteral("--export-csv"), link, QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    const CliResult viaDash = run(
        {QStringLiteral("--export-csv"), QStringLiteral("-"), QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(readFile(target), viaDash.out);
}

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_clioutputs.moc"

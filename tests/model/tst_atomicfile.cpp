#include "atomicfile.h"
#include "filesizelimit.h"
#include "pipereader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <grp.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Turnpoint;

namespace {

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesIn(const QTemporaryDir &dir) {
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

QByteArray bigExport() {
    // Several times a pipe's buffer (64 kB), so the writer has to wait for the reader.
    QByteArray bytes;
    for (int i = 0; bytes.size() < 512 * 1024; ++i)
        bytes += "line " + QByteArray::number(i) + '\n';
    return bytes;
}

struct stat statOf(const char *path) {
    struct stat st {};
    if (::stat(path, &st) != 0)
        st.st_mode = 0;
    return st;
}

// Runs `body` in a child process that cannot replace anything in /dev: as root it first drops
// to the unprivileged user "nobody", so that a regression renames nothing over a device node
// (it fails with EACCES, and the test with it). Returns the child's exit code.
int inUnprivilegedChild(const std::function<int()> &body) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::geteuid() == 0) {
            const gid_t nobodyGroup = 65534;
            if (::setgroups(0, nullptr) != 0 || ::setgid(nobodyGroup) != 0 || ::setuid(65534) != 0)
                ::_exit(100);
        }
        ::_exit(body());
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 200;
}

} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT

private slots:
    void writesAndReplaces() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(AtomicFile::write(path, QByteArrayLiteral("first")), QString());
        QCOMPARE(readAll(path), QByteArrayLiteral("first"));
        QCOMPARE(AtomicFile::write(path, QByteArrayLiteral("second, longer")), QString());
        QCOMPARE(readAll(path), QByteArrayLiteral("second, longer"));
        QCOMPARE(AtomicFile::write(path, QByteArray()), QString());
        QCOMPARE(readAll(path), QByteArray());
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("out.json")});
    }

    void missingFolderIsAnError() {
        QTemporaryDir dir;
        const QString reason =
            AtomicFile::write(dir.filePath(QStringLiteral("missing/out.json")), "x");
        QVERIFY(!reason.isEmpty());
        QVERIFY(filesIn(dir).isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    // A write that stops part way (the file size limit standing in for a full disk): the old
    // file keeps its bytes, nothing is left beside it, and the reason is words a user can act
    // on. QFile reports a short write without an error of its own, and its errorString() was
    // "Unknown error" in the exports' messages.
    void cutShortKeepsOldFileAndSaysWhy_data() {
        QTest::addColumn<int>("size");
        // Below QFileDevice's 16 kB write buffer (where the failure used to surface in flush()
        // with no text), and far above it.
        QTest::newRow("8 kB") << 8 * 1024;
        QTest::newRow("256 kB") << 256 * 1024;
    }

    void cutShortKeepsOldFileAndSaysWhy() {
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const QByteArray old("old contents\n");
        QCOMPARE(AtomicFile::write(path, old), QString());
        const QByteArray big(size, 'x');
        QString reason;
        {
            TestSupport::FileSizeLimit limit(1024);
            QVERIFY(limit.active());
            reason = AtomicFile::write(path, big);
        }
        QVERIFY(!reason.isEmpty());
        QVERIFY2(!reason.contains(QLatin1String("Unknown error")), qPrintable(reason));
        QCOMPARE(readAll(path), old);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("out.csv")});
        // And once the limit is gone, the same write goes through.
        QCOMPARE(AtomicFile::write(path, big), QString());
        QCOMPARE(readAll(path), big);
    }

    // A named pipe gets every byte in order and is still a named pipe afterwards: renamed over,
    // it would be a regular file and its reader would wait forever.
    void fifoGetsEverythingAndStaysAFifo() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipe"));
        const QByteArray native = QFile::encodeName(path);
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        const QByteArray bytes = bigExport();
        const auto reader = TestSupport::PipeReader::forFifo(path);
        QVERIFY(reader->isValid());
        const QString reason = AtomicFile::write(path, bytes);
        const QByteArray received = reader->finish();
        QCOMPARE(reason, QString());
        QCOMPARE(received.size(), bytes.size());
        QCOMPARE(received, bytes);
        QVERIFY(S_ISFIFO(statOf(native.constData()).st_mode));
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("pipe")});
    }

    // A reader that goes away part way: the export fails with a reason, and the program is not
    // killed by SIGPIPE (this test process would be).
    void fifoWhoseReaderLeavesIsAnError() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipe"));
        const QByteArray native = QFile::encodeName(path);
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        const auto reader = TestSupport::PipeReader::forFifo(path, 1000);
        QVERIFY(reader->isValid());
        const QString reason = AtomicFile::write(path, bigExport());
        reader->finish();
        QVERIFY(!reason.isEmpty());
        QVERIFY2(reason.contains(QLatin1String("bytes were written")), qPrintable(reason));
        QVERIFY(S_ISFIFO(statOf(native.constData()).st_mode));
    }

    // A listening Unix socket gets the bytes over a connection, and stays a socket.
    void socketGetsEverything() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sock"));
        const QByteArray native = QFile::encodeName(path);
        const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(listener >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(native.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        QCOMPARE(::bind(listener, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 1), 0);
        const auto server = TestSupport::PipeReader::forListener(listener);
        const QByteArray bytes = bigExport();
        const QString reason = AtomicFile::write(path, bytes);
        const QByteArray received = server->finish();
        ::close(listener);
        QCOMPARE(reason, QString());
        QCOMPARE(received, bytes);
        QVERIFY(S_ISSOCK(statOf(native.constData()).st_mode));
    }

    // /dev/null takes the export and is still the same character device afterwards; /dev/full
    // refuses it with the system's reason (no space) and is not replaced either.
    void deviceNodesAreWrittenInPlace() {
        const struct stat nullBefore = statOf("/dev/null");
        const struct stat fullBefore = statOf("/dev/full");
        QVERIFY(S_ISCHR(nullBefore.st_mode));
        const QByteArray bytes = bigExport();
        QCOMPARE(inUnprivilegedChild([&bytes] {
                     return AtomicFile::write(QStringLiteral("/dev/null"), bytes).isEmpty() ? 0 : 1;
                 }),
                 0);
        const struct stat nullAfter = statOf("/dev/null");
        QVERIFY(S_ISCHR(nullAfter.st_mode));
        QCOMPARE(nullAfter.st_rdev, nullBefore.st_rdev);
        QCOMPARE(nullAfter.st_ino, nullBefore.st_ino);

        if (!S_ISCHR(fullBefore.st_mode))
            return; // a /dev without the full device: nothing more to check
        QCOMPARE(inUnprivilegedChild([&bytes] {
                     const QString reason = AtomicFile::write(QStringLiteral("/dev/full"), bytes);
                     return reason.isEmpty() ? 1 : 0;
                 }),
                 0);
        const struct stat fullAfter = statOf("/dev/full");
        QVERIFY(S_ISCHR(fullAfter.st_mode));
        QCOMPARE(fullAfter.st_ino, fullBefore.st_ino);
    }

    // A link to a regular file stays a link, and the file it points to gets the new bytes; a
    // link to nothing yet creates what it points to.
    void symlinkIsFollowedAndKept() {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("real.json"));
        const QString link = dir.filePath(QStringLiteral("link.json"));
        QCOMPARE(AtomicFile::write(target, "old"), QString());
        QVERIFY(QFile::link(QStringLiteral("real.json"), link));
        QCOMPARE(AtomicFile::write(link, "new bytes"), QString());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), QFileInfo(target).absoluteFilePath());
        QCOMPARE(readAll(target), QByteArrayLiteral("new bytes"));

        const QString dangling = dir.filePath(QStringLiteral("dangling.json"));
        QVERIFY(QFile::link(QStringLiteral("sub/created.json"), dangling));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QCOMPARE(AtomicFile::write(dangling, "created"), QString());
        QVERIFY(QFileInfo(dangling).isSymLink());
        QCOMPARE(readAll(dir.filePath(QStringLiteral("sub/created.json"))),
                 QByteArrayLiteral("created"));
    }

    void folderIsAnError() {
        QTemporaryDir dir;
        const QString reason = AtomicFile::write(dir.path(), "x");
        QVERIFY(!reason.isEmpty());
        QVERIFY(QFileInfo(dir.path()).isDir());
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"

#include "atomicfile.h"

#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace Turnpoint {

namespace {

// A pipe or socket whose reader has gone raises SIGPIPE, which would end the whole program
// (the window included) in the middle of an export. Blocked for the duration of the write, the
// write fails with EPIPE instead and the export reports it like any other failed write; a
// SIGPIPE this write raised is taken off the thread again so nobody else sees it.
class SigpipeBlock {
public:
    SigpipeBlock() {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGPIPE);
        sigset_t pending;
        sigemptyset(&pending);
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
        pthread_sigmask(SIG_BLOCK, &m_set, &m_old);
    }
    ~SigpipeBlock() {
        if (m_raised && !m_wasPending) {
            const timespec noWait{0, 0};
            while (sigtimedwait(&m_set, nullptr, &noWait) < 0 && errno == EINTR) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    SigpipeBlock(const SigpipeBlock &) = delete;
    SigpipeBlock &operator=(const SigpipeBlock &) = delete;

    void noteBrokenPipe() { m_raised = true; }

private:
    sigset_t m_set;
    sigset_t m_old;
    bool m_wasPending = false;
    bool m_raised = false;
};

class FileDescriptor {
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd) {}
    ~FileDescriptor() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;

    int get() const { return m_fd; }
    // close() reports errors that a write to some devices and network file systems only shows
    // at the end.
    int close() {
        const int result = ::close(m_fd);
        m_fd = -1;
        return result;
    }

private:
    int m_fd;
};

QString systemReason(int error) {
    return qt_error_string(error);
}

} // namespace

bool AtomicFile::isStandardOutput(const QString &fileName) {
    return fileName == QLatin1String("-");
}

QString AtomicFile::write(const QString &fileName, const QByteArray &bytes) {
    if (isStandardOutput(fileName)) {
        // Whatever stdio still holds (a link check's lines) comes before the export.
        std::fflush(stdout);
        return writeAll(STDOUT_FILENO, bytes);
    }
    const QByteArray native = QFile::encodeName(fileName);
    struct stat status {};
    if (::stat(native.constData(), &status) != 0) {
        if (errno != ENOENT)
            return systemReason(errno);
        return replaceRegularFile(fileName, bytes);
    }
    if (S_ISREG(status.st_mode))
        return replaceRegularFile(fileName, bytes);
    if (S_ISDIR(status.st_mode))
        //: Export error: the name given for the output file is a folder
        return tr("it is a folder");
    if (S_ISSOCK(status.st_mode))
        return writeToSocket(fileName, bytes);
    return writeInPlace(fileName, bytes);
}

QString AtomicFile::replaceRegularFile(const QString &fileName, const QByteArray &bytes) {
    // QSaveFile follows a symbolic link itself (a dangling one too) and renames over the file
    // it ends at, so the link stays; a loop never gets here, as stat() fails on it.
    QSaveFile file(fileName);
    // Unbuffered: the bytes are already in one piece, and QFileDevice's buffer only hides how a
    // write failed. A buffered write that stops part way surfaces in flush() with an error but
    // no text ("Unknown error"); commit() does not even report it, and would rename a cut-short
    // file over the old one (seen with a full disk and with a file size limit). Unbuffered,
    // write() itself says how much reached the file, and there is nothing left to flush.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return file.errorString();
    if (file.write(bytes) != bytes.size()) {
        // A write that stops part way (EFBIG, ENOSPC after some bytes) returns a short count
        // without an error set; only one that wrote nothing carries the system's reason.
        const QString reason = file.error() != QFileDevice::NoError
                                   ? file.errorString()
                                   //: Export error: fewer bytes than the document's were written
                                   : tr("the file was cut short (disk full?)");
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

// A device or a FIFO: opened like a shell's `>` does (a FIFO waits here for its reader), never
// created, truncated or renamed.
QString AtomicFile::writeInPlace(const QString &fileName, const QByteArray &bytes) {
    int fd = -1;
    do {
        fd = ::open(QFile::encodeName(fileName).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return systemReason(errno);
    FileDescriptor file(fd);
    const QString reason = writeAll(file.get(), bytes);
    if (!reason.isEmpty())
        return reason;
    if (file.close() != 0 && errno != EINTR)
        return systemReason(errno);
    return {};
}

// A Unix domain socket cannot be opened like a file; a connection to it is what a program
// listening there expects (as `socat - UNIX-CONNECT:PATH` would send it).
QString AtomicFile::writeToSocket(const QString &fileName, const QByteArray &bytes) {
    const QByteArray native = QFile::encodeName(fileName);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (size_t(native.size()) >= sizeof address.sun_path)
        //: Export error: a Unix socket's path is longer than the system allows
        return tr("the socket's path is too long");
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    FileDescriptor socket(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    if (socket.get() < 0)
        return systemReason(errno);
    if (::connect(socket.get(), reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        return systemReason(errno);
    const QString reason = writeAll(socket.get(), bytes);
    if (!reason.isEmpty())
        return reason;
    if (socket.close() != 0 && errno != EINTR)
        return systemReason(errno);
    return {};
}

QString AtomicFile::writeAll(int fd, const QByteArray &bytes) {
    SigpipeBlock sigpipe;
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written > 0) {
            data += written;
            left -= written;
            continue;
        }
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // A descriptor inherited in non-blocking mode (some terminals, some pipes): wait
            // until it takes more.
            pollfd wait{fd, POLLOUT, 0};
            if (::poll(&wait, 1, -1) < 0 && errno != EINTR)
                return systemReason(errno);
            continue;
        }
        if (written < 0 && errno == EPIPE)
            sigpipe.noteBrokenPipe();
        const qsizetype done = bytes.size() - left;
        const QString reason =
            written < 0 ? systemReason(errno) : tr("the file was cut short (disk full?)");
        if (done == 0)
            return reason;
        //: Export error: %1 and %2 are byte counts, %3 the system's reason
        return tr("only %1 of %2 bytes were written: %3").arg(done).arg(bytes.size()).arg(reason);
    }
    return {};
}

} // namespace Turnpoint

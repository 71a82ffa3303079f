#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <memory>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace Turnpoint::TestSupport {

// The reader at the other end of a pipeline, on a thread of its own: a FIFO's reader, or a
// listening Unix socket's server. It reads until the writer closes, or until `stopAfter` bytes
// when that is not negative (a reader that leaves early). It never hangs a test: whatever did
// not arrive within the deadline is simply missing from finish() — also when the writer never
// came because the FIFO or socket was replaced by a file.
class PipeReader {
public:
    // Opens the FIFO for reading at once (non-blocking, so that a writer's open() succeeds),
    // then reads it on the thread.
    static std::unique_ptr<PipeReader> forFifo(const QString &path, qsizetype stopAfter = -1) {
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        return std::unique_ptr<PipeReader>(new PipeReader(fd, false, stopAfter));
    }
    // Accepts one connection on `listener` and reads it on the thread.
    static std::unique_ptr<PipeReader> forListener(int listener) {
        return std::unique_ptr<PipeReader>(new PipeReader(listener, true, -1));
    }

    ~PipeReader() {
        if (m_thread.joinable())
            m_thread.join();
    }
    PipeReader(const PipeReader &) = delete;
    PipeReader &operator=(const PipeReader &) = delete;

    bool isValid() const { return m_valid; }
    // Waits for the reader to finish and returns what it read.
    QByteArray finish() {
        if (m_thread.joinable())
            m_thread.join();
        return m_bytes;
    }

private:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::seconds Deadline{60};

    PipeReader(int fd, bool listener, qsizetype stopAfter)
        : m_valid(fd >= 0) {
        if (fd < 0)
            return;
        m_thread = std::thread([this, fd, listener, stopAfter] {
            const Clock::time_point end = Clock::now() + Deadline;
            int readFd = fd;
            if (listener) {
                if (!waitFor(fd, end))
                    return;
                readFd = ::accept4(fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
                if (readFd < 0)
                    return;
            }
            readUntilClosed(readFd, end, stopAfter);
            ::close(readFd);
        });
    }

    static bool waitFor(int fd, Clock::time_point end) {
        while (Clock::now() < end) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 50) > 0)
                return true;
        }
        return false;
    }

    void readUntilClosed(int fd, Clock::time_point end, qsizetype stopAfter) {
        char buffer[65536];
        while (Clock::now() < end && (stopAfter < 0 || m_bytes.size() < stopAfter)) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n > 0) {
                m_bytes.append(buffer, n);
            } else if (n == 0) {
                // A FIFO reads as "closed" until its first writer opens it, too.
                if (!m_bytes.isEmpty())
                    return;
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            } else if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
                pollfd p{fd, POLLIN, 0};
                ::poll(&p, 1, 50);
            } else {
                return;
            }
        }
    }

    bool m_valid;
    QByteArray m_bytes;
    std::thread m_thread;
};

} // namespace Turnpoint::TestSupport

#pragma once

#include <csignal>
#include <sys/resource.h>

namespace Turnpoint::TestSupport {

// Makes writes fail part way, as a full disk would: while an object lives, the process may not
// write files larger than `bytes` (RLIMIT_FSIZE), and SIGXFSZ is ignored so that write() fails
// with EFBIG instead of killing the test. Both are restored when it goes out of scope, also
// when a QVERIFY returns early. Check active() before relying on it.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        if (::getrlimit(RLIMIT_FSIZE, &m_saved) != 0)
            return;
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_active = ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
        if (!m_active)
            std::signal(SIGXFSZ, m_previousHandler);
    }
    ~FileSizeLimit() {
        if (!m_active)
            return;
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool active() const { return m_active; }

private:
    rlimit m_saved{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_active = false;
};

} // namespace Turnpoint::TestSupport

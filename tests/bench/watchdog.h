#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

// Some steps cannot be interrupted once started (one chart render of a million markers is a
// single call, and so is a window slot that freezes the UI thread). If such a step is still
// running at the deadline, `onTimeout` runs in the watchdog's thread: it reports the step as not
// finished and ends the process, so the benchmark always ends with its numbers.
class Watchdog {
public:
    Watchdog(double ms, std::function<void()> onTimeout)
        : m_thread([this, ms, onTimeout = std::move(onTimeout)] {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (!m_done.wait_for(lock, std::chrono::duration<double, std::milli>(ms),
                                 [this] { return m_disarmed; }))
                onTimeout();
        }) {}
    ~Watchdog() {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_disarmed = true;
        }
        m_done.notify_all();
        m_thread.join();
    }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_disarmed = false;
    std::thread m_thread; // last: started once the members above exist
};

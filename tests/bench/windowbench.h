#pragma once

#include "heartbeat.h"
#include "windowreport.h"

#include <QObject>
#include <QStringList>

#include <atomic>

#include <functional>
#include <vector>

class BenchApplication;

namespace Turnpoint {
class MainWindow;
}

// The whole-window benchmark for one corpus, in its own process (so its peak RSS is its own):
// the real MainWindow, shown (offscreen), with its views and docks as a new user has them, driven
// through its public API, actions and input events as a user would, while a heartbeat on the UI
// thread records the longest stall.
//
// Definitions (printed with --help of the parent):
// - settled: the window has handled every event it had (posted events, zero timers, the repaints
//   they asked for, results of worker threads) and then none for `quiet` ms. A step's time is
//   from the action to the end of the last event it caused, so the quiet time is not in it.
//   Events of the benchmark's own heartbeat and a text cursor's blinking do not count.
// - idle (after opening): loadFinished() was emitted, no load or background text read is
//   running, and the window has settled for 500 ms with no heartbeat gap over 20 ms.
// - first chart: the end of the first paint of the chart's viewport with a report in the proxy.
// - updated (threshold, zoom, pan, search, dock): settled for 100 ms after the action; the note
//   says in how many steps the chart's viewport was repainted.
class WindowBench : public QObject {
    Q_OBJECT

public:
    WindowBench(BenchApplication *app, const WindowCase &windowCase, const QString &path,
                double timeoutMs);
    ~WindowBench() override;

    // False when the window never got idle or a step did not complete in time (the remaining
    // metrics are then printed as not measured).
    bool run();

private:
    struct Step {
        double ms = 0;
        double stallMs = 0;
        bool chartPainted = false;
    };

    // Runs the event loop until `ready()` and the window has been quiet for `quietMs`. Returns
    // when it last did anything (application clock), or -1 after `timeoutMs`.
    qint64 waitSettled(int quietMs, const std::function<bool()> &ready, double timeoutMs,
                       bool noLongGaps = false);
    // Times `action` until the window settled (and `ready()`). False on timeout.
    bool timeStep(const std::function<void()> &action, const std::function<bool()> &ready,
                  double timeoutMs, Step *step);
    // `count` steps of `action(k)`; prints KEY_ms_p50/p95 and ui_stall_KEY_ms.
    bool series(const QString &key, int count, const std::function<void(int)> &action,
                const QString &what);
    // One timed step; prints KEY_ms and ui_stall_KEY_ms.
    bool single(const QString &key, const std::function<void()> &action,
                const std::function<bool()> &ready, const QString &what);
    // Runs `phase` under a watchdog: a UI thread frozen past the timeout ends the process with
    // the remaining metrics printed as not measured.
    bool guarded(const QString &what, const std::function<bool()> &phase);
    bool fail(const QString &why);
    // How far the window got: reports in, the UI thread's current stall, peak RSS so far. Safe
    // from the watchdog's thread.
    QString progress() const;

    bool startup();
    bool open();
    bool threshold();
    bool zoom();
    bool pan();
    bool search();
    bool sourcesDock();
    bool closeAll();
    bool quit();
    void memory();

    BenchApplication *m_app;
    WindowCase m_case;
    QStringList m_paths;
    qint64 m_fileBytes = 0;
    double m_timeoutMs;
    WindowReport m_report;
    Heartbeat m_heartbeat;
    Turnpoint::MainWindow *m_window = nullptr; // deleted by quit(), the measured step
    double m_maxStallMs = 0;
    int m_chartPaints = 0;
    qint64 m_firstChart = -1;
    bool m_loadFinished = false;
    int m_errors = 0;
    std::atomic<int> m_reportsIn{0}; // follows the model on the UI thread, read by progress()
};

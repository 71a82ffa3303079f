#pragma once

#include <QObject>
#include <QTimer>

#include <atomic>

class BenchApplication;

// A timer ticking every few milliseconds on the UI thread: the longest gap between two ticks is
// the longest time the window could not have answered the user. Gaps are measured from one tick
// to the next, and a gap still open counts up to now.
class Heartbeat : public QObject {
    Q_OBJECT

public:
    static constexpr int IntervalMs = 5;

    explicit Heartbeat(BenchApplication *app, QObject *parent = nullptr);

    void start();
    // Starts a new window for longestGapSinceMark().
    void mark();
    double longestGapSinceMarkMs() const;
    // When the last gap over `LongGapMs` ended (nanoseconds on the application's clock).
    static constexpr double LongGapMs = 20;
    qint64 lastLongGapEnd() const { return m_lastLongGapEnd; }
    // Time since the last tick; safe from any thread (the watchdog asks while the UI thread is
    // blocked).
    double currentGapMs() const;

signals:
    void ticked();

private:
    void tick();

    BenchApplication *m_app;
    QTimer m_timer;
    std::atomic<qint64> m_lastTick{0};
    qint64 m_longestSinceMark = 0;
    qint64 m_lastLongGapEnd = 0;
};

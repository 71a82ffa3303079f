#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>

#include <functional>

// The application object of the window benchmark's child process. Every event the UI thread
// handles goes through notify(), so this is where the benchmark sees when the window last did
// anything: the end of the last event handled, other than the benchmark's own heartbeat (and a
// text cursor's blinking). "Idle" and "updated" are defined on that (see WindowBench).
class BenchApplication : public QApplication {
    Q_OBJECT

public:
    BenchApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    // Nanoseconds on the benchmark's one clock (started with the application).
    qint64 now() const { return m_clock.nsecsElapsed(); }
    // When the last event other than the ignored ones finished (or touch() was called).
    qint64 lastActivity() const { return m_lastActivity; }
    // Work done outside an event (a call the benchmark makes itself) counts as activity too.
    void touch() { m_lastActivity = now(); }
    // Events to `receiver` are the benchmark's own (its heartbeat): not the window's work.
    void ignore(const QObject *receiver) { m_ignored.insert(receiver); }
    // Called when a paint event of `widget` ends (the whole paint, children included).
    void watchPaints(QWidget *widget, std::function<void()> painted);

private:
    bool ignored(const QObject *receiver, const QEvent *event) const;

    QElapsedTimer m_clock;
    qint64 m_lastActivity = 0;
    int m_depth = 0;
    QSet<const QObject *> m_ignored;
    QPointer<QWidget> m_paintWidget;
    std::function<void()> m_painted;
    bool m_trace = false;
};

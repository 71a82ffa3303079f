#include "benchapplication.h"

#include <QLineEdit>
#include <QThread>

#include <cstdio>

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv)
    , m_trace(qEnvironmentVariableIntValue("TURNPOINT_BENCH_TRACE") != 0) {
    m_clock.start();
}

void BenchApplication::watchPaints(QWidget *widget, std::function<void()> painted) {
    m_paintWidget = widget;
    m_painted = std::move(painted);
}

bool BenchApplication::ignored(const QObject *receiver, const QEvent *event) const {
    if (m_ignored.contains(receiver))
        return true;
    // A focused line edit blinks its cursor every half second for as long as it has focus;
    // that is not work the window still has to do.
    return event->type() == QEvent::Timer && qobject_cast<const QLineEdit *>(receiver);
}

bool BenchApplication::notify(QObject *receiver, QEvent *event) {
    // Only the UI thread's events are the window's responsiveness.
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const QEvent::Type type = event->type();
    const bool paint = type == QEvent::Paint && receiver == m_paintWidget.data();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    if (m_depth == 0 && !ignored(receiver, event)) {
        const qint64 end = now();
        // Events after a pause: what ended a quiet time (or kept a step from settling).
        if (m_trace && end - m_lastActivity > 20000000)
            std::fprintf(stderr, "# event %d to %s %s: %.1f ms after the last\n", int(type),
                         receiver->metaObject()->className(), qPrintable(receiver->objectName()),
                         double(end - m_lastActivity) / 1e6);
        m_lastActivity = end;
    }
    if (paint && m_painted)
        m_painted();
    return result;
}

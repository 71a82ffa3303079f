#include "heartbeat.h"

#include "benchapplication.h"

#include <algorithm>

Heartbeat::Heartbeat(BenchApplication *app, QObject *parent)
    : QObject(parent)
    , m_app(app) {
    m_timer.setInterval(IntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Heartbeat::tick);
    m_app->ignore(&m_timer);
}

void Heartbeat::start() {
    m_lastTick = m_app->now();
    m_timer.start();
}

void Heartbeat::mark() {
    m_longestSinceMark = 0;
    m_lastTick = std::max(m_lastTick.load(), m_app->now() - qint64(IntervalMs) * 1000000);
}

double Heartbeat::longestGapSinceMarkMs() const {
    return double(std::max(m_longestSinceMark, m_app->now() - m_lastTick)) / 1e6;
}

double Heartbeat::currentGapMs() const {
    return double(m_app->now() - m_lastTick) / 1e6;
}

void Heartbeat::tick() {
    const qint64 now = m_app->now();
    const qint64 gap = now - m_lastTick;
    m_lastTick = now;
    m_longestSinceMark = std::max(m_longestSinceMark, gap);
    if (double(gap) / 1e6 > LongGapMs)
        m_lastLongGapEnd = now;
    emit ticked();
}

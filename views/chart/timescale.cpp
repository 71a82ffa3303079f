#include "timescale.h"

#include "datetext.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Turnpoint {

namespace {

// Ticks per visible range are bounded: a step that would need more than this many cannot fit
// anyway, and skipping it keeps a fully zoomed-out century from generating thousands of ticks.
constexpr int MaxTicks = 400;

QDate alignedDown(const QDate &date, const TickStep &step) {
    if (step.unit == TickUnit::Month) {
        const int monthIndex = date.month() - 1;
        return QDate(date.year(), monthIndex - monthIndex % step.count + 1, 1);
    }
    // Floor to a multiple of count, also for (theoretical) negative years.
    int y = date.year();
    const int r = ((y % step.count) + step.count) % step.count;
    y -= r;
    if (y == 0) // QDate has no year 0
        y = -1;
    return QDate(y, 1, 1);
}

QDate nextTick(const QDate &date, const TickStep &step) {
    return step.unit == TickUnit::Month ? date.addMonths(step.count) : date.addYears(step.count);
}

QString labelFor(const QDate &date, const TickStep &step, const QLocale &locale) {
    return step.unit == TickUnit::Month ? DateText::monthYear(date, locale)
                                        : DateText::year(date.year(), locale);
}

// Greedy left-to-right: a label is kept only if it lies inside [left, right] and clears the
// last kept label by `minGap`. Returns the number of labels dropped.
int dropCollisions(QList<TimeTick> &ticks, const TimeScale &scale,
                   const std::function<double(const QString &)> &textWidth, double minGap) {
    int dropped = 0;
    double lastRight = -std::numeric_limits<double>::infinity();
    for (TimeTick &tick : ticks) {
        if (tick.label.isEmpty())
            continue;
        const double w = textWidth(tick.label);
        const double x = scale.toPixel(tick.labelTime);
        const double l = x - w / 2, r = x + w / 2;
        if (l < scale.left || r > scale.right || l < lastRight + minGap) {
            tick.label.clear();
            ++dropped;
            continue;
        }
        lastRight = r;
    }
    return dropped;
}

} // namespace

TimeScale TimeScale::zoomed(double factor, double anchor) const {
    if (factor <= 0)
        return *this;
    const double anchorTime = toTime(anchor);
    const double newSpan = span() / factor;
    const double fraction = (anchor - left) / width();
    const double newStart = anchorTime - fraction * newSpan;
    return withRange(newStart, newStart + newSpan);
}

TimeScale TimeScale::panned(double dx) const {
    const double dt = dx / pixelsPerDay();
    return withRange(start - dt, end - dt);
}

TimeScale TimeScale::withRange(double newStart, double newEnd) const {
    TimeScale s = *this;
    s.start = newStart;
    s.end = newEnd;
    return s;
}

TimeScale TimeScale::clamped(double minTime, double maxTime, double minSpan) const {
    const double maxSpan = std::max(maxTime - minTime, minSpan);
    double s = std::clamp(span(), minSpan, maxSpan);
    double centre = (start + end) / 2;
    double a = centre - s / 2;
    double b = centre + s / 2;
    if (a < minTime) {
        b += minTime - a;
        a = minTime;
    }
    if (b > maxTime && maxTime - minTime >= s) {
        a -= b - maxTime;
        b = maxTime;
    }
    return withRange(a, b);
}

QList<TickStep> TimeScale::candidateSteps() {
    return {
        {TickUnit::Month, 1},  {TickUnit::Month, 2},   {TickUnit::Month, 3},  {TickUnit::Month, 6},
        {TickUnit::Year, 1},   {TickUnit::Year, 2},    {TickUnit::Year, 5},   {TickUnit::Year, 10},
        {TickUnit::Year, 20},  {TickUnit::Year, 50},   {TickUnit::Year, 100}, {TickUnit::Year, 200},
        {TickUnit::Year, 500}, {TickUnit::Year, 1000},
    };
}

QList<TimeTick> TimeScale::ticksFor(const TickStep &step, const QLocale &locale) const {
    QList<TimeTick> result;
    if (!isValid())
        return result;
    const QDate first = dateAt(start);
    const QDate last = dateAt(end);
    if (!first.isValid() || !last.isValid())
        return result;
    // When each tick is one whole period, its label names the period and sits in the middle of
    // the visible part of it; a coarser step labels the boundary itself.
    const bool labelPeriods = step.count == 1;
    for (QDate d = alignedDown(first, step); d.isValid() && d <= last; d = nextTick(d, step)) {
        const QDate next = nextTick(d, step);
        TimeTick tick;
        tick.time = timeOf(d);
        tick.label = labelFor(d, step, locale);
        if (labelPeriods) {
            const double a = std::max(tick.time, start);
            const double b = std::min(next.isValid() ? timeOf(next) : end, end);
            tick.labelTime = (a + b) / 2;
        } else {
            tick.labelTime = tick.time;
        }
        result.append(tick);
        if (result.size() > MaxTicks)
            break;
    }
    return result;
}

TickStep TimeScale::chooseStep(const QLocale &locale,
                               const std::function<double(const QString &)> &textWidth,
                               double minGap) const {
    const QList<TickStep> steps = candidateSteps();
    for (const TickStep &step : steps) {
        if (span() / step.approximateDays() > std::min<double>(MaxTicks, width() / 4))
            continue;
        QList<TimeTick> t = ticksFor(step, locale);
        // Labels cut at the edges are dropped anyway; a step fits when no label between two
        // others has to go.
        const int total = int(t.size());
        int edgeDrops = 0;
        for (int i = 0; i < total; ++i) {
            const double w = textWidth(t[i].label);
            const double x = toPixel(t[i].labelTime);
            if (x - w / 2 < left || x + w / 2 > right)
                ++edgeDrops;
        }
        if (dropCollisions(t, *this, textWidth, minGap) == edgeDrops)
            return step;
    }
    return steps.last();
}

QList<TimeTick> TimeScale::ticks(const QLocale &locale,
                                 const std::function<double(const QString &)> &textWidth,
                                 double minGap) const {
    QList<TimeTick> t = ticksFor(chooseStep(locale, textWidth, minGap), locale);
    dropCollisions(t, *this, textWidth, minGap);
    return t;
}

} // namespace Turnpoint

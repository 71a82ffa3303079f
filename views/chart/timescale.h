#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <cmath>
#include <functional>

namespace Turnpoint {

// A tick on the time axis: the grid line sits on a period boundary (the first of a month or
// year), the label is centred where it names the period (inside it when each tick is one period).
struct TimeTick {
    double time = 0;      // grid line
    double labelTime = 0; // centre of the label
    QString label;        // empty: grid line only (the label did not fit)
};

enum class TickUnit { Month, Year };

struct TickStep {
    TickUnit unit = TickUnit::Year;
    int count = 1;

    double approximateDays() const {
        return unit == TickUnit::Month ? count * 30.44 : count * 365.25;
    }
    friend bool operator==(const TickStep &a, const TickStep &b) {
        return a.unit == b.unit && a.count == b.count;
    }
};

// Time <-> pixel mapping of the chart's x axis, kept free of widgets so it can be tested with
// plain numbers.
//
// Time is a continuous day coordinate: Julian day n covers [n, n + 1). A partial date therefore
// has an extent, and a month is placed at the centre of that extent, never at its first day.
struct TimeScale {
    double start = 0; // time at the left edge
    double end = 1;   // time at the right edge
    double left = 0;  // pixel of the left edge
    double right = 1; // pixel of the right edge

    bool isValid() const { return end > start && right > left; }
    double span() const { return end - start; }
    double width() const { return right - left; }
    double pixelsPerDay() const { return width() / span(); }

    double toPixel(double time) const { return left + (time - start) * pixelsPerDay(); }
    double toTime(double pixel) const { return start + (pixel - left) / pixelsPerDay(); }
    bool containsTime(double time) const { return time >= start && time <= end; }

    // Zooms by `factor` (> 1 zooms in) keeping the time under pixel `anchor` where it is.
    TimeScale zoomed(double factor, double anchor) const;
    // Moves the content by `dx` pixels: dragging right (dx > 0) shows earlier times.
    TimeScale panned(double dx) const;
    // The same pixel range showing `[newStart, newEnd]`.
    TimeScale withRange(double newStart, double newEnd) const;
    // Keeps the visible range inside [minTime, maxTime] and at least `minSpan` days wide,
    // preserving the centre where possible.
    TimeScale clamped(double minTime, double maxTime, double minSpan) const;

    // First day covered, and the time just after the last day covered.
    static double timeOf(const QDate &date) { return double(date.toJulianDay()); }
    static double timeAfter(const QDate &date) { return double(date.toJulianDay() + 1); }
    // Centre of the days [first, last]: where a marker for that period goes.
    static double centreOf(const QDate &first, const QDate &last) {
        return (timeOf(first) + timeAfter(last)) / 2.0;
    }
    static QDate dateAt(double time) { return QDate::fromJulianDay(qint64(std::floor(time))); }

    // Steps tried from fine to coarse.
    static QList<TickStep> candidateSteps();
    // All ticks of `step` whose period overlaps the visible range, labelled in `locale`.
    QList<TimeTick> ticksFor(const TickStep &step, const QLocale &locale) const;
    // The finest step whose labels fit (each label's width from `textWidth`, at least `minGap`
    // pixels apart), falling back to the coarsest.
    TickStep chooseStep(const QLocale &locale,
                        const std::function<double(const QString &)> &textWidth,
                        double minGap) const;
    // Ticks of the chosen step. A label that would overlap its neighbour or stick out of
    // [left, right] is dropped (left empty), never drawn over another.
    QList<TimeTick> ticks(const QLocale &locale,
                          const std::function<double(const QString &)> &textWidth,
                          double minGap) const;
};

} // namespace Turnpoint

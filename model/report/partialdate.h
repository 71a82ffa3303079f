#pragma once

#include <QDate>
#include <QString>

namespace Turnpoint {

// A calendar date known only to some precision. Reports say "2019年3月" and mean the whole
// month; turning that into QDate(2019, 3, 1) would invent a day nobody wrote, so the
// precision travels with the value and every consumer decides how to show or place it.
struct PartialDate {
    enum Precision : quint8 { None = 0, Year, Month, Day };

    // Eight bytes: a large report holds millions of dates.
    int year = 0;
    qint8 month = 0; // 1-12 when precision >= Month, else 0
    qint8 day = 0;   // 1-31 when precision == Day, else 0
    Precision precision = None;

    static PartialDate fromYear(int y);
    static PartialDate fromYearMonth(int y, int m);
    static PartialDate fromYearMonthDay(int y, int m, int d);

    bool isValid() const { return precision != None; }

    // First and last calendar day the value covers (a month covers all its days).
    QDate firstDay() const;
    QDate lastDay() const;

    // ISO 8601 with reduced precision: "2019", "2019-03", "2019-03-29"; empty when invalid.
    QString toIso() const;

    friend bool operator==(const PartialDate &a, const PartialDate &b) {
        return a.precision == b.precision && a.year == b.year && a.month == b.month &&
               a.day == b.day;
    }
    friend bool operator!=(const PartialDate &a, const PartialDate &b) { return !(a == b); }
};

// A single partial date or a range of two ("2022年1月-2023年8月"). A single date has an
// invalid `end`.
struct DateSpan {
    PartialDate start;
    PartialDate end;

    bool isValid() const { return start.isValid(); }
    bool isRange() const { return start.isValid() && end.isValid(); }

    QDate firstDay() const { return start.firstDay(); }
    QDate lastDay() const { return isRange() ? end.lastDay() : start.lastDay(); }

    // "2019-12", or "2022-01/2023-08" for a range; empty when invalid.
    QString toIso() const;

    friend bool operator==(const DateSpan &a, const DateSpan &b) {
        return a.start == b.start && a.end == b.end;
    }
    friend bool operator!=(const DateSpan &a, const DateSpan &b) { return !(a == b); }
};

} // namespace Turnpoint

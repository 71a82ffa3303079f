#pragma once

#include "partialdate.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace Turnpoint {

// Dates as the UI shows them, in the UI language's own form ("2019年3月" / "Mar 2019"), with
// the precision the report gave: a month is shown as a month, never as its first day.
class DateText {
    Q_DECLARE_TR_FUNCTIONS(DateText)

public:
    static QString year(int year, const QLocale &locale);
    static QString monthYear(const QDate &date, const QLocale &locale);
    static QString day(const QDate &date, const QLocale &locale);
    // Empty when the date is invalid.
    static QString partialDate(const PartialDate &date, const QLocale &locale);
    static QString dateSpan(const DateSpan &span, const QLocale &locale);
    // "year", "month", "day" (translated), for showing what the report actually said.
    static QString precisionName(PartialDate::Precision precision);
};

} // namespace Turnpoint

#include "datetext.h"

namespace Turnpoint {

namespace {

// Chinese and Japanese write dates with 年/月/日 after the numbers; QLocale has no "year and
// month" format of its own, so the pattern is chosen per writing tradition.
bool usesNianYueRi(const QLocale &locale) {
    return locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese;
}

} // namespace

QString DateText::year(int year, const QLocale &locale) {
    // No digit grouping: "2,019" is not a year.
    const QString digits = QString::number(year);
    if (usesNianYueRi(locale))
        return digits + QStringLiteral("年");
    return digits;
}

QString DateText::monthYear(const QDate &date, const QLocale &locale) {
    if (!date.isValid())
        return {};
    if (usesNianYueRi(locale))
        return QStringLiteral("%1年%2月").arg(date.year()).arg(date.month());
    return locale.monthName(date.month(), QLocale::ShortFormat) + QLatin1Char(' ') +
           QString::number(date.year());
}

QString DateText::day(const QDate &date, const QLocale &locale) {
    if (!date.isValid())
        return {};
    if (usesNianYueRi(locale))
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return QString::number(date.day()) + QLatin1Char(' ') +
           locale.monthName(date.month(), QLocale::ShortFormat) + QLatin1Char(' ') +
           QString::number(date.year());
}

QString DateText::partialDate(const PartialDate &date, const QLocale &locale) {
    switch (date.precision) {
    case PartialDate::None:
        return {};
    case PartialDate::Year:
        return year(date.year, locale);
    case PartialDate::Month:
        return monthYear(date.firstDay(), locale);
    case PartialDate::Day:
        return day(date.firstDay(), locale);
    }
    return {};
}

QString DateText::dateSpan(const DateSpan &span, const QLocale &locale) {
    if (!span.isValid())
        return {};
    if (!span.isRange())
        return partialDate(span.start, locale);
    //: A date range, e.g. "Jan 2022 – Aug 2023"
    return tr("%1 – %2").arg(partialDate(span.start, locale), partialDate(span.end, locale));
}

QString DateText::precisionName(PartialDate::Precision precision) {
    switch (precision) {
    case PartialDate::None:
        //: Precision of a date that could not be read
        return tr("undated");
    case PartialDate::Year:
        //: Precision of a date: the report gave only the year
        return tr("year");
    case PartialDate::Month:
        //: Precision of a date: the report gave year and month
        return tr("month");
    case PartialDate::Day:
        //: Precision of a date: the report gave the exact day
        return tr("day");
    }
    return {};
}

} // namespace Turnpoint

#include "partialdate.h"

namespace Turnpoint {

PartialDate PartialDate::fromYear(int y) {
    return PartialDate{y, 0, 0, Year};
}

PartialDate PartialDate::fromYearMonth(int y, int m) {
    return PartialDate{y, qint8(m), 0, Month};
}

PartialDate PartialDate::fromYearMonthDay(int y, int m, int d) {
    return PartialDate{y, qint8(m), qint8(d), Day};
}

QDate PartialDate::firstDay() const {
    switch (precision) {
    case None:
        return {};
    case Year:
        return QDate(year, 1, 1);
    case Month:
        return QDate(year, month, 1);
    case Day:
        return QDate(year, month, day);
    }
    return {};
}

QDate PartialDate::lastDay() const {
    switch (precision) {
    case None:
        return {};
    case Year:
        return QDate(year, 12, 31);
    case Month: {
        const QDate first(year, month, 1);
        return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
    }
    case Day:
        return QDate(year, month, day);
    }
    return {};
}

QString PartialDate::toIso() const {
    // Years are written with four digits as ISO 8601 asks; the parser only accepts 1-9999.
    const QString y = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    switch (precision) {
    case None:
        return {};
    case Year:
        return y;
    case Month:
        return QStringLiteral("%1-%2").arg(y).arg(month, 2, 10, QLatin1Char('0'));
    case Day:
        return QStringLiteral("%1-%2-%3")
            .arg(y)
            .arg(month, 2, 10, QLatin1Char('0'))
            .arg(day, 2, 10, QLatin1Char('0'));
    }
    return {};
}

QString DateSpan::toIso() const {
    if (!start.isValid())
        return {};
    if (!end.isValid())
        return start.toIso();
    return start.toIso() + QLatin1Char('/') + end.toIso();
}

} // namespace Turnpoint

#pragma once

#include "partialdate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Turnpoint {

// Result of reading a date expression (report-format.md §3).
struct DateParseResult {
    enum Status {
        Ok,       // `span` holds the date
        NotADate, // the text is not a date expression at all (no message)
        Invalid,  // it is written like a date but names an impossible one (`message` says why)
    };

    Status status = NotADate;
    DateSpan span;
    QString message; // translated; only for Invalid, e.g. "month 13 is not a month"
    int offset = 0;  // where in the text the problem is (0-based), for diagnostics columns

    bool isOk() const { return status == Ok; }
};

// A small hand-written scanner for the date expressions reports use: 2019年12月, 2022年3月29日,
// 2022年, 2022年度, ISO (2019, 2019-03, 2019-03-29), English (October 2021, 14 September 2021,
// September 14, 2021), and ranges of two of these joined by -, –, —, ~, 至, 到, "to" or "/".
// The whole text must be the expression (surrounding spaces aside). No regular expressions:
// this runs once per field of files with millions of lines, and fails on the first character
// for values that are plainly not dates.
class DateTextParser {
    Q_DECLARE_TR_FUNCTIONS(DateTextParser)

public:
    // A single date or a range.
    static DateParseResult parseSpan(QStringView text);
};

} // namespace Turnpoint

#include "datetextparser.h"

#include "textscan.h"

#include <QDate>

namespace Turnpoint {

namespace {

using namespace TextScan;

// 1-12 for an English month name or its usual abbreviation, else 0. `word` is ASCII letters.
int monthFromName(QStringView word) {
    static const char *const names[12] = {"january",   "february", "march",    "april",
                                          "may",       "june",     "july",     "august",
                                          "september", "october",  "november", "december"};
    if (word.size() < 3)
        return 0;
    char lower[16];
    if (word.size() >= qsizetype(sizeof lower))
        return 0;
    for (qsizetype i = 0; i < word.size(); ++i)
        lower[i] = char(asciiLower(word[i].unicode()));
    const qsizetype n = word.size();
    for (int m = 0; m < 12; ++m) {
        const char *name = names[m];
        const qsizetype len = qsizetype(qstrlen(name));
        if (n > len)
            continue;
        // Either the full name or a prefix of at least three letters (Jan, Sept, Sep).
        if (n != len && n != 3 && !(m == 8 && n == 4))
            continue;
        if (qstrncmp(lower, name, size_t(n)) == 0)
            return m + 1;
    }
    return 0;
}

struct Component {
    qint64 value = -1; // -1: absent
    qsizetype offset = 0;
    QStringView text;
};

struct RawDate {
    Component year, month, day;
    PartialDate::Precision precision = PartialDate::None;
    bool yearFromContext = false;
};

class Scanner {
public:
    explicit Scanner(QStringView text)
        : s(text) {}

    QStringView s;
    qsizetype i = 0;

    bool atEnd() const { return i >= s.size(); }
    QChar peek(qsizetype k = 0) const { return i + k < s.size() ? s[i + k] : QChar(); }
    void skipSpaces() {
        while (i < s.size() && isSpace(s[i]))
            ++i;
    }
    bool peekDigit(qsizetype k = 0) const { return digitValue(peek(k)) >= 0; }
    // Reads a run of digits. Returns the number of digits (0 when none).
    int readNumber(Component &c) {
        const qsizetype start = i;
        qint64 v = 0;
        int n = 0;
        while (i < s.size()) {
            const int d = digitValue(s[i]);
            if (d < 0)
                break;
            if (n < 12)
                v = v * 10 + d;
            ++n;
            ++i;
        }
        if (n > 0) {
            c.value = v;
            c.offset = start;
            c.text = s.mid(start, i - start);
        }
        return n;
    }
    qsizetype countDigitsAt(qsizetype pos) const {
        qsizetype n = 0;
        while (pos + n < s.size() && digitValue(s[pos + n]) >= 0)
            ++n;
        return n;
    }
    // An ASCII word starting at i (not consumed).
    QStringView wordAt(qsizetype pos) const {
        qsizetype e = pos;
        while (e < s.size() && isAsciiLetter(s[e]))
            ++e;
        return s.mid(pos, e - pos);
    }
    bool matchWordCI(QStringView word) {
        const QStringView w = wordAt(i);
        if (w.compare(word, Qt::CaseInsensitive) != 0)
            return false;
        i += w.size();
        return true;
    }
    // "st", "nd", "rd", "th" after a day number.
    void skipOrdinalSuffix() {
        const QStringView w = wordAt(i);
        if (w.size() == 2 && (w.compare(u"st", Qt::CaseInsensitive) == 0 ||
                              w.compare(u"nd", Qt::CaseInsensitive) == 0 ||
                              w.compare(u"rd", Qt::CaseInsensitive) == 0 ||
                              w.compare(u"th", Qt::CaseInsensitive) == 0))
            i += 2;
    }
};

// English forms: "October 2021", "Oct. 2021", "September 14, 2021". `i` is at the month word.
bool scanEnglishMonthFirst(Scanner &sc, RawDate &raw) {
    const qsizetype start = sc.i;
    const QStringView word = sc.wordAt(sc.i);
    const int month = monthFromName(word);
    if (month == 0)
        return false;
    raw.month.value = month;
    raw.month.offset = start;
    raw.month.text = word;
    sc.i += word.size();
    if (sc.peek() == u'.')
        ++sc.i;
    sc.skipSpaces();
    Component first;
    const int n = sc.readNumber(first);
    if (n == 0)
        return false;
    if (n <= 2) {
        // Day, then the year.
        raw.day = first;
        sc.skipOrdinalSuffix();
        sc.skipSpaces();
        if (sc.peek() == u',' || sc.peek() == QChar(0xFF0C))
            ++sc.i;
        sc.skipSpaces();
        if (sc.readNumber(raw.year) < 4)
            return false;
        raw.precision = PartialDate::Day;
        return true;
    }
    if (n < 4)
        return false;
    raw.year = first;
    raw.precision = PartialDate::Month;
    return true;
}

// At 月 (month already read): an optional 份, then an optional day with 日 or 号. Shared by the
// full form "2022年3月29日" and the short end of a range "至8月".
bool scanAfterMonth(Scanner &sc, RawDate &raw) {
    ++sc.i;                         // 月
    if (sc.peek() == QChar(0x4EFD)) // 份
        ++sc.i;
    raw.precision = PartialDate::Month;
    const qsizetype afterMonth = sc.i;
    sc.skipSpaces();
    if (!sc.peekDigit()) {
        sc.i = afterMonth;
        return true;
    }
    sc.readNumber(raw.day);
    sc.skipSpaces();
    if (sc.peek() != QChar(0x65E5) && sc.peek() != QChar(0x53F7)) // 日 号
        return false;
    ++sc.i;
    raw.precision = PartialDate::Day;
    return true;
}

// "T10:00", "T10:00:30Z" after an ISO day: the day is the date; the time of day says nothing
// more on a timeline.
void skipIsoTime(Scanner &sc) {
    if ((sc.peek() != u'T' && sc.peek() != u't') || !sc.peekDigit(1))
        return;
    ++sc.i;
    while (sc.peekDigit() || sc.peek() == u':' || sc.peek() == u'.')
        ++sc.i;
    if (sc.peek() == u'Z' || sc.peek() == u'z')
        ++sc.i;
}

// "约2019年3月", "about October 2021": a hedged date names the same date.
void skipApproximation(Scanner &sc) {
    sc.skipSpaces();
    static constexpr QStringView words[] = {u"大约",  u"约",    u"approximately", u"approx.",
                                            u"about", u"circa", u"ca.",           u"c."};
    for (const QStringView w : words) {
        const QStringView rest = sc.s.mid(sc.i);
        if (!rest.startsWith(w, Qt::CaseInsensitive))
            continue;
        // An English word must end there: "aboutx" is no hedge.
        if (isAsciiLetter(w.back()) && w.size() < rest.size() && isAsciiLetter(rest[w.size()]))
            continue;
        sc.i += w.size();
        sc.skipSpaces();
        return;
    }
}

// Parses one date at the scanner position. `context` supplies the year (and month) for the end
// of a range written short ("2022年1月至8月"). Returns false when the text is not a date.
bool scanSingle(Scanner &sc, RawDate &raw, const RawDate *context) {
    sc.skipSpaces();
    if (sc.atEnd())
        return false;
    if (isAsciiLetter(sc.peek()))
        return scanEnglishMonthFirst(sc, raw);
    Component first;
    const int n1 = sc.readNumber(first);
    if (n1 == 0)
        return false;
    const qsizetype afterFirst = sc.i;
    sc.skipSpaces();
    const QChar c = sc.peek();
    if (c == QChar(0x5E74)) { // 年
        raw.year = first;
        ++sc.i;
        sc.skipSpaces();
        if (sc.peek() == QChar(0x5EA6)) { // 度
            ++sc.i;
            raw.precision = PartialDate::Year;
            return true;
        }
        if (!sc.peekDigit()) {
            raw.precision = PartialDate::Year;
            return true;
        }
        sc.readNumber(raw.month);
        sc.skipSpaces();
        if (sc.peek() != QChar(0x6708)) // 月
            return false;
        return scanAfterMonth(sc, raw);
    }
    if (context && c == QChar(0x6708)) { // "8月" at the end of a range: year from the start
        raw.year = context->year;
        raw.yearFromContext = true;
        raw.month = first;
        return scanAfterMonth(sc, raw);
    }
    if (context && context->precision >= PartialDate::Month &&
        (c == QChar(0x65E5) || c == QChar(0x53F7))) { // "15日" after "2022年3月1日至"
        raw.year = context->year;
        raw.month = context->month;
        raw.yearFromContext = true;
        raw.day = first;
        ++sc.i;
        raw.precision = PartialDate::Day;
        return true;
    }
    if (n1 <= 2 && isAsciiLetter(c)) { // "14 September 2021", "14th of September 2021"
        raw.day = first;
        sc.skipOrdinalSuffix();
        sc.skipSpaces();
        const qsizetype save = sc.i;
        if (sc.matchWordCI(u"of"))
            sc.skipSpaces();
        else
            sc.i = save;
        const QStringView word = sc.wordAt(sc.i);
        const int month = monthFromName(word);
        if (month == 0)
            return false;
        raw.month.value = month;
        raw.month.offset = sc.i;
        raw.month.text = word;
        sc.i += word.size();
        if (sc.peek() == u'.')
            ++sc.i;
        sc.skipSpaces();
        if (sc.peek() == u',')
            ++sc.i;
        sc.skipSpaces();
        if (sc.readNumber(raw.year) < 4)
            return false;
        raw.precision = PartialDate::Day;
        return true;
    }
    // ISO: YYYY, YYYY-MM, YYYY-MM-DD (the year has at least four digits, so "1-2" is no date).
    sc.i = afterFirst;
    if (n1 < 4)
        return false;
    raw.year = first;
    raw.precision = PartialDate::Year;
    // Also dotted, "2018.1.5", with the same separator throughout (so "2018.1-2019.5" is a
    // range, not a day).
    const QChar separator = sc.peek();
    if (isDash(separator) || separator == u'.') {
        const auto sameSeparator = [&] {
            return isDash(separator) ? isDash(sc.peek()) : sc.peek() == separator;
        };
        const qsizetype m = sc.countDigitsAt(sc.i + 1);
        if (m == 1 || m == 2) {
            ++sc.i;
            sc.readNumber(raw.month);
            raw.precision = PartialDate::Month;
            if (sameSeparator()) {
                const qsizetype d = sc.countDigitsAt(sc.i + 1);
                if (d == 1 || d == 2) {
                    ++sc.i;
                    sc.readNumber(raw.day);
                    raw.precision = PartialDate::Day;
                    skipIsoTime(sc);
                }
            }
            return true;
        }
    }
    if (n1 > 4)
        return false; // a bare number of five digits or more is not a year
    return true;
}

DateParseResult invalid(const QString &message, qsizetype offset) {
    DateParseResult r;
    r.status = DateParseResult::Invalid;
    r.message = message;
    r.offset = int(offset);
    return r;
}

// Checks the numbers and builds the PartialDate; on failure returns an Invalid result.
bool validate(const RawDate &raw, PartialDate &out, DateParseResult &error) {
    const qint64 y = raw.year.value;
    if (y < 1 || y > 9999) {
        error = invalid(DateTextParser::tr("year %1 is outside 1–9999").arg(raw.year.text),
                        raw.year.offset);
        return false;
    }
    // "19年3月": a year is written with four digits; guessing the century would invent a date.
    if (raw.year.text.size() < 4) {
        error = invalid(DateTextParser::tr("year %1 does not have four digits").arg(raw.year.text),
                        raw.year.offset);
        return false;
    }
    if (raw.precision >= PartialDate::Month) {
        const qint64 m = raw.month.value;
        if (m < 1 || m > 12) {
            error = invalid(DateTextParser::tr("month %1 is not a month").arg(raw.month.text),
                            raw.month.offset);
            return false;
        }
        if (raw.precision == PartialDate::Day) {
            const qint64 d = raw.day.value;
            if (d < 1 || d > 31 || !QDate::isValid(int(y), int(m), int(d))) {
                const PartialDate ym = PartialDate::fromYearMonth(int(y), int(m));
                error =
                    invalid(DateTextParser::tr("%1 has no day %2").arg(ym.toIso(), raw.day.text),
                            raw.day.offset);
                return false;
            }
            out = PartialDate::fromYearMonthDay(int(y), int(m), int(d));
            return true;
        }
        out = PartialDate::fromYearMonth(int(y), int(m));
        return true;
    }
    out = PartialDate::fromYear(int(y));
    return true;
}

// Words that may follow a date without changing what it names: "2021年9月起", "2021年底".
void skipSuffix(Scanner &sc) {
    if (sc.atEnd())
        return;
    static constexpr QStringView suffixes[] = {u"以来", u"开始", u"前后", u"左右", u"起",
                                               u"底",   u"末",   u"初",   u"中"};
    for (const QStringView sv : suffixes) {
        if (sc.s.mid(sc.i).startsWith(sv)) {
            sc.i += sv.size();
            return;
        }
    }
}

bool scanRangeSeparator(Scanner &sc) {
    const QChar c = sc.peek();
    if (isDash(c) || c == u'~' || c == QChar(0xFF5E) || c == QChar(0x301C) || c == u'/' ||
        c == QChar(0x81F3) || c == QChar(0x5230)) { // ～ 〜 至 到
        ++sc.i;
        return true;
    }
    if (c == u't' || c == u'T') {
        const qsizetype save = sc.i;
        if (sc.matchWordCI(u"to"))
            return true;
        sc.i = save;
    }
    return false;
}

} // namespace

DateParseResult DateTextParser::parseSpan(QStringView text) {
    Scanner sc(text);
    skipApproximation(sc);
    RawDate start;
    if (!scanSingle(sc, start, nullptr))
        return {};
    sc.skipSpaces();
    RawDate end;
    bool isRange = false;
    if (!sc.atEnd() && scanRangeSeparator(sc)) {
        if (!scanSingle(sc, end, &start))
            return {};
        isRange = true;
        sc.skipSpaces();
    }
    skipSuffix(sc);
    sc.skipSpaces();
    if (!sc.atEnd())
        return {};

    DateParseResult result;
    if (!validate(start, result.span.start, result))
        return result;
    if (isRange) {
        if (!validate(end, result.span.end, result))
            return result;
        if (result.span.end.lastDay() < result.span.start.firstDay())
            return invalid(tr("the range ends (%1) before it starts (%2)")
                               .arg(result.span.end.toIso(), result.span.start.toIso()),
                           end.year.offset);
    }
    result.status = DateParseResult::Ok;
    return result;
}

} // namespace Turnpoint

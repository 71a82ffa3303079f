#pragma once

// Character classes shared by the report and date scanners (private to the model library).
// Reports mix full-width and half-width punctuation freely, so every test accepts both.

#include <QChar>
#include <QStringView>

namespace Turnpoint::TextScan {

// Same answer as QChar::isSpace(), without the out-of-line Unicode lookup for the CJK text
// that makes up most of a report.
inline bool isSpace(QChar c) {
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= 0x09 && u <= 0x0D);
    if (u < 0x1680)
        return u == 0x85 || u == 0xA0;
    return u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x2028 || u == 0x2029 ||
           u == 0x202F || u == 0x205F || u == 0x3000;
}

inline QStringView trimmed(QStringView s) {
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return s.sliced(b, e - b);
}

inline bool startsWithDoubleStar(QStringView s) {
    return s.size() >= 2 && s[0] == u'*' && s[1] == u'*';
}

// Index of "**" at or after `from`, or -1.
inline qsizetype indexOfDoubleStar(QStringView s, qsizetype from) {
    for (qsizetype i = from; i + 1 < s.size(); ++i) {
        if (s[i] == u'*' && s[i + 1] == u'*')
            return i;
    }
    return -1;
}

inline int digitValue(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
        return u - 0xFF10;
    return -1;
}

inline bool isDigit(QChar c) {
    return digitValue(c) >= 0;
}

inline bool isDash(QChar c) {
    switch (c.unicode()) {
    case u'-':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2015: // horizontal bar
    case 0x2212: // minus sign
    case 0xFE63: // small hyphen-minus
    case 0xFF0D: // full-width hyphen-minus
        return true;
    default:
        return false;
    }
}

inline bool isColon(QChar c) {
    return c == u':' || c == QChar(0xFF1A) || c == QChar(0xFE55);
}

inline bool isOpenParen(QChar c) {
    return c == u'(' || c == QChar(0xFF08);
}

inline bool isCloseParen(QChar c) {
    return c == u')' || c == QChar(0xFF09);
}

inline bool isPercent(QChar c) {
    return c == u'%' || c == QChar(0xFF05);
}

inline char16_t asciiLower(char16_t c) {
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

inline bool isAsciiLetter(QChar c) {
    const char16_t u = asciiLower(c.unicode());
    return u >= u'a' && u <= u'z';
}

inline bool startsWithCI(QStringView s, QStringView prefix) {
    return s.startsWith(prefix, Qt::CaseInsensitive);
}

} // namespace Turnpoint::TextScan

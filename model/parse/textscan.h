#pragma once

// Character classes shared by the report and date scanners (private to the model library).
// Reports mix full-width and half-width punctuation freely, so every test accepts both.

#include "nocoverage.h"

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

// The scanners without coverage read characters through a pointer: QStringView::operator[] was
// not inlined under the fuzzer's instrumentation, so every s[i] in them was an out-of-line call
// with coverage callbacks of its own.
TURNPOINT_NO_COVERAGE inline QStringView trimmed(QStringView s) {
    const char16_t *p = s.utf16();
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isSpace(p[b]))
        ++b;
    while (e > b && isSpace(p[e - 1]))
        --e;
    return s.sliced(b, e - b);
}

inline bool startsWithDoubleStar(QStringView s) {
    return s.size() >= 2 && s[0] == u'*' && s[1] == u'*';
}

// Index of "**" at or after `from`, or -1.
TURNPOINT_NO_COVERAGE inline qsizetype indexOfDoubleStar(QStringView s, qsizetype from) {
    const char16_t *p = s.utf16();
    const qsizetype n = s.size();
    for (qsizetype i = from; i + 1 < n; ++i) {
        if (p[i] == u'*' && p[i + 1] == u'*')
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

// Index of `needle` in `s` at or after `from`, ignoring ASCII case; -1 when absent. `needle`
// must be lower case and contain no 'k' and no 's': then the answer is the same as Qt's
// case-insensitive indexOf (outside ASCII, only U+212A KELVIN SIGN and U+017F LONG S fold to
// ASCII letters, 'k' and 's'), without Qt's per-character Unicode case folding, which made the
// heading's "confidence" search the largest single cost of parsing a heading.
TURNPOINT_NO_COVERAGE inline qsizetype indexOfAsciiCI(QStringView s, QStringView needle,
                                                      qsizetype from = 0) {
    const qsizetype n = needle.size();
    const qsizetype size = s.size();
    if (n == 0)
        return from <= size ? from : -1;
    const char16_t *p = s.utf16();
    const char16_t *q = needle.utf16();
    const char16_t first = q[0];
    for (qsizetype i = from; i + n <= size; ++i) {
        if (asciiLower(p[i]) != first)
            continue;
        qsizetype k = 1;
        while (k < n && asciiLower(p[i + k]) == q[k])
            ++k;
        if (k == n)
            return i;
    }
    return -1;
}

inline bool isHexDigit(char16_t h) {
    return (h >= u'0' && h <= u'9') || (h >= u'a' && h <= u'f') || (h >= u'A' && h <= u'F');
}

// True for the plain links reports cite over and over: "http://" or "https://", a host of
// lower-case letters, digits, dots and hyphens (non-empty labels of at most 63 characters, not
// starting or ending with a hyphen, the last one with a letter), no port, no user info, then
// only characters RFC 3986 allows unescaped and well-formed %XX escapes, at most one "#", all
// within `maxLength`. Every such URL is openable by UrlPolicy; anything else (also many
// openable ones) answers false and goes through UrlPolicy, which parses with QUrl. A QUrl per
// distinct link was a quarter of the parse time of a large report. Without coverage: a fast path
// whose every "false" goes to UrlPolicy, so its branches decide nothing the parser keeps; under
// coverage its switch was a callback per character of every link.
TURNPOINT_NO_COVERAGE inline bool isPlainHttpUrl(QStringView s, qsizetype maxLength) {
    if (s.size() > maxLength)
        return false;
    const char16_t *p = s.utf16();
    qsizetype i = 0;
    if (s.startsWith(u"https://"))
        i = 8;
    else if (s.startsWith(u"http://"))
        i = 7;
    else
        return false;
    const qsizetype n = s.size();
    // Host.
    const qsizetype hostStart = i;
    qsizetype labelStart = i;
    bool labelHasLetter = false;
    for (;; ++i) {
        const char16_t c = i < n ? p[i] : u'/';
        if (c == u'.' || c == u'/' || c == u'?' || c == u'#') {
            const qsizetype len = i - labelStart;
            if (len == 0 || len > 63 || p[labelStart] == u'-' || p[i - 1] == u'-')
                return false;
            if (c != u'.')
                break;
            labelStart = i + 1;
            labelHasLetter = false;
            continue;
        }
        if (c >= u'a' && c <= u'z')
            labelHasLetter = true;
        else if (!((c >= u'0' && c <= u'9') || c == u'-'))
            return false; // upper case, port, user info, IDN, IPv6...: QUrl decides
    }
    if (!labelHasLetter || i - hostStart > 253)
        return false; // an all-digit last label may be an IPv4 address: QUrl decides
    // Path, query, fragment.
    bool fragment = false;
    for (; i < n; ++i) {
        const char16_t c = p[i];
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            continue;
        switch (c) {
        case u'-':
        case u'.':
        case u'_':
        case u'~': // unreserved
        case u'!':
        case u'$':
        case u'&':
        case u'\'':
        case u'(':
        case u')': // sub-delims
        case u'*':
        case u'+':
        case u',':
        case u';':
        case u'=':
        case u':':
        case u'@':
        case u'/':
        case u'?':
            continue;
        case u'#':
            if (fragment)
                return false;
            fragment = true;
            continue;
        case u'%': {
            if (i + 2 >= n || !isHexDigit(p[i + 1]) || !isHexDigit(p[i + 2]))
                return false;
            i += 2;
            continue;
        }
        default:
            return false;
        }
    }
    return true;
}

} // namespace Turnpoint::TextScan

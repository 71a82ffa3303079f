#pragma once

// How a trimmed line of a report reads (report-format.md §2-§4): keys and values, entry ordinals
// and bullets, note and "nothing found" lines, source, date, period and count keys. Private to
// the model library. Inline, as the state machine asks them of every line of a report.

#include "textscan.h"

#include <QString>
#include <QStringView>

namespace Turnpoint::LineSyntax {

using namespace TextScan;

// Nothing but line ends reads as an empty file; spaces or tabs make it a file of blank lines.
// The scanners here without coverage are loops over characters whose callers decide what the
// answer means (nocoverage.h); they read characters through a pointer, as in textscan.h.
TURNPOINT_NO_COVERAGE inline bool onlyLineEnds(QStringView text) {
    for (const QChar c : text) {
        if (c != u'\n' && c != u'\r')
            return false;
    }
    return true;
}

// Display width used for the "short key" rule: ≤ 8 CJK characters or ≤ 24 Latin ones.
TURNPOINT_NO_COVERAGE inline bool isShortKey(QStringView key) {
    int width = 0;
    for (const QChar c : key) {
        width += c.unicode() < 0x2E80 ? 1 : 3;
        if (width > 24)
            return false;
    }
    return true;
}

inline bool isKnownUrlScheme(QStringView scheme) {
    static constexpr QStringView schemes[] = {
        u"http", u"https", u"ftp",      u"ftps", u"file", u"mailto", u"javascript", u"data",
        u"smb",  u"tel",   u"vbscript", u"ws",   u"wss",  u"news",   u"about",      u"sftp"};
    for (const QStringView s : schemes) {
        if (scheme.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return startsWithCI(scheme, u"ms-");
}

// Does a URL start at `i`? (scheme://, a known scheme:, www., or a \\host UNC path)
inline bool urlStartsAt(QStringView s, qsizetype i) {
    if (i >= s.size())
        return false;
    const QChar first = s[i];
    if (first == u'\\')
        return i + 1 < s.size() && s[i + 1] == u'\\'; // \\host\share
    if ((first == u'w' || first == u'W') && startsWithCI(s.mid(i), u"www."))
        return true;
    if (!isAsciiLetter(s[i]))
        return false;
    qsizetype j = i + 1;
    while (j < s.size()) {
        const QChar c = s[j];
        if (isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'+' || c == u'.' || c == u'-')
            ++j;
        else
            break;
    }
    if (j >= s.size() || s[j] != u':')
        return false;
    if (s.mid(j + 1).startsWith(u"//"))
        return true;
    return isKnownUrlScheme(s.mid(i, j - i));
}

// Index just past the parenthesis that closes the one at `open`, counting nested pairs of
// either width; s.size() when it is never closed.
TURNPOINT_NO_COVERAGE inline qsizetype matchParen(QStringView s, qsizetype open,
                                                  qsizetype *closeIndex) {
    const char16_t *p = s.utf16();
    int depth = 0;
    for (qsizetype j = open; j < s.size(); ++j) {
        if (isOpenParen(p[j])) {
            ++depth;
        } else if (isCloseParen(p[j])) {
            if (--depth == 0) {
                *closeIndex = j;
                return j + 1;
            }
        }
    }
    *closeIndex = s.size();
    return s.size();
}

inline QStringView trimTrailing(QStringView s, bool (*pred)(QChar)) {
    while (!s.isEmpty() && (isSpace(s.back()) || pred(s.back())))
        s.chop(1);
    return s;
}

inline QStringView trimLeading(QStringView s, bool (*pred)(QChar)) {
    while (!s.isEmpty() && (isSpace(s.front()) || pred(s.front())))
        s = s.mid(1);
    return s;
}

inline bool isHeadingJunk(QChar c) {
    return isDash(c) || c == u'|' || c == u',' || c == QChar(0xFF0C) || c == u';' ||
           c == QChar(0xFF1B) || c == u'/' || c == QChar(0x3001) || c == u'*';
}

// Brackets around a name part (a title in 《》, a note in 【】); the 、 inside them is no
// source separator.
inline bool isOpenBracket(QChar c) {
    return c == u'[' || c == QChar(0xFF3B) || c == QChar(0x3010) || c == QChar(0x300A) ||
           c == QChar(0x3008) || c == QChar(0x300C) || c == QChar(0x300E) || c == QChar(0x3014);
}

inline bool isCloseBracket(QChar c) {
    return c == u']' || c == QChar(0xFF3D) || c == QChar(0x3011) || c == QChar(0x300B) ||
           c == QChar(0x3009) || c == QChar(0x300D) || c == QChar(0x300F) || c == QChar(0x3015);
}

// Markdown emphasis around a whole value (`*事件*`, `**政策**`, `_Event_`) is formatting, like
// the ** around a label; text with emphasis on one side only is left as written.
inline QStringView stripEmphasis(QStringView s) {
    s = trimmed(s);
    while (s.size() >= 3 && s.front() == s.back() && (s.front() == u'*' || s.front() == u'_'))
        s = trimmed(s.mid(1, s.size() - 2));
    return s;
}

inline QStringView stripBold(QStringView s) {
    s = trimmed(s);
    if (s.size() >= 4 && startsWithDoubleStar(s) && s.endsWith(u"**"))
        return trimmed(s.mid(2, s.size() - 4));
    return s;
}

struct KeyValue {
    bool ok = false;
    bool bold = false;
    QStringView key;
    QStringView value;
};

// `**Key**：Value`, `**Key：**Value`, or (when allowed by the caller's context) `Key：Value`.
inline KeyValue parseKeyValue(QStringView content) {
    KeyValue kv;
    if (startsWithDoubleStar(content)) {
        const qsizetype close = indexOfDoubleStar(content, 2);
        if (close > 2) {
            QStringView inner = trimmed(content.mid(2, close - 2));
            QStringView after = trimmed(content.mid(close + 2));
            if (!inner.isEmpty() && isColon(inner.back())) {
                kv.key = trimmed(inner.chopped(1));
                kv.value = after;
            } else if (!after.isEmpty() && isColon(after.front())) {
                kv.key = inner;
                kv.value = trimmed(after.mid(1));
            } else {
                return kv;
            }
            kv.ok = !kv.key.isEmpty();
            kv.bold = true;
            return kv;
        }
        return kv;
    }
    qsizetype colon = -1;
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (isColon(content[i])) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return kv;
    const QStringView key = trimmed(content.left(colon));
    if (key.isEmpty() || !isShortKey(key))
        return kv;
    for (const QChar c : key) {
        // Sentence punctuation means this is prose that happens to contain a colon.
        if (c == QChar(0xFF0C) || c == QChar(0x3002) || c == u',' || c == u'!' || c == u'?' ||
            c == QChar(0xFF01) || c == QChar(0xFF1F) || c == u';' || c == QChar(0xFF1B))
            return kv;
    }
    // "https://…" is a URL, not a key called https.
    if (content[colon] == u':' &&
        (content.mid(colon + 1).startsWith(u"//") || isKnownUrlScheme(key)))
        return kv;
    kv.ok = true;
    kv.key = key;
    kv.value = trimmed(content.mid(colon + 1));
    return kv;
}

enum class PrefixKind { None, Number, Bullet };

struct Prefix {
    PrefixKind kind = PrefixKind::None;
    QStringView content; // the line after the ordinal or bullet, trimmed
};

// Entry ordinals `1.` `1、` `1)` `1）` `（1）` `(1)` and bullets `-` `*` `•`.
inline Prefix parsePrefix(QStringView t) {
    Prefix p;
    p.content = t;
    const QChar c0 = t.front();
    if (isDigit(c0)) {
        qsizetype i = 0;
        while (i < t.size() && isDigit(t[i]))
            ++i;
        // "1 . **项目名称**：X": extra spaces are allowed anywhere.
        while (i < t.size() && isSpace(t[i]))
            ++i;
        if (i >= t.size())
            return p;
        const QChar c = t[i];
        if (c == u'.' || c == QChar(0xFF0E)) {
            // "1.5亿元" is a number, not an ordinal.
            if (i + 1 < t.size() && isDigit(t[i + 1]))
                return p;
        } else if (c != QChar(0x3001) && !isCloseParen(c)) { // 、 ) ）
            return p;
        }
        p.kind = PrefixKind::Number;
        p.content = trimmed(t.mid(i + 1));
        return p;
    }
    if (isOpenParen(c0)) {
        qsizetype i = 1;
        while (i < t.size() && isSpace(t[i]))
            ++i;
        const qsizetype digits = i;
        while (i < t.size() && isDigit(t[i]))
            ++i;
        if (i == digits)
            return p;
        while (i < t.size() && isSpace(t[i]))
            ++i;
        if (i >= t.size() || !isCloseParen(t[i]))
            return p;
        p.kind = PrefixKind::Number;
        p.content = trimmed(t.mid(i + 1));
        return p;
    }
    if (c0 == u'-' || c0 == u'*' || c0 == u'+' || c0 == QChar(0x2022) || c0 == QChar(0x00B7)) {
        if (t.size() >= 2 && isSpace(t[1])) {
            p.kind = PrefixKind::Bullet;
            p.content = trimmed(t.mid(2));
        } else if (c0 == u'-' && startsWithDoubleStar(t.mid(1))) {
            p.kind = PrefixKind::Bullet;
            p.content = t.mid(1);
        }
    }
    return p;
}

inline bool isNoteLine(QStringView content) {
    QStringView s = content;
    while (s.startsWith(u'*') || s.startsWith(QChar(0x3010)) || s.startsWith(u'['))
        s = s.mid(1); // **注**：…, 【注】…, [Note] …
    static constexpr QStringView keywords[] = {u"Analyst remark", u"备注", u"说明",    u"注",
                                               u"Notes",          u"Note", u"Remarks", u"Remark"};
    if (s.isEmpty())
        return false;
    switch (s.front().unicode()) { // cheap filter: this runs for every line of a report
    case u'A':
    case u'a':
    case u'N':
    case u'n':
    case u'R':
    case u'r':
    case 0x5907:
    case 0x8BF4:
    case 0x6CE8: // 备 说 注
        break;
    default:
        return false;
    }
    for (const QStringView k : keywords) {
        if (!startsWithCI(s, k))
            continue;
        qsizetype i = k.size();
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i >= s.size())
            return true;
        const QChar c = s[i];
        if (isColon(c) || isSpace(c) || c == u'*' || c == QChar(0x3011) || c == u']' ||
            isCloseParen(c) || c == u'.' || c == u's')
            return true;
        return false;
    }
    return false;
}

inline bool isNothingFoundLine(QStringView t) {
    if (t.contains(u"未监测到") || indexOfAsciiCI(t, u"no relevant") >= 0)
        return true;
    const qsizetype detected = indexOfAsciiCI(t, u"detected");
    if (detected < 0)
        return false;
    const QStringView before = t.left(detected);
    for (qsizetype i = indexOfAsciiCI(before, u"no"); i >= 0;
         i = indexOfAsciiCI(before, u"no", i + 1)) {
        const bool startOk = i == 0 || !before[i - 1].isLetter();
        const bool endOk = i + 2 < before.size() && isSpace(before[i + 2]);
        if (startOk && endOk)
            return true;
    }
    return false;
}

inline bool isSourceKey(QStringView key) {
    // Runs for every field: most keys are ruled out by their last character alone (every
    // source key ends in 源, e or s, either case) before any comparison.
    if (key.size() < 2)
        return false;
    switch (key.back().unicode()) {
    case 0x6E90: // 源
    case u'e':
    case u'E':
    case u's':
    case u'S':
        break;
    default:
        return false;
    }
    if (key.endsWith(u"来源"))
        return true;
    static constexpr QStringView keys[] = {u"Source",           u"Sources",   u"Official source",
                                           u"Official sources", u"Reference", u"References"};
    for (const QStringView k : keys) {
        if (key.size() == k.size() && key.compare(k, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

TURNPOINT_NO_COVERAGE inline bool containsDigit(QStringView s) {
    for (const QChar c : s) {
        if (isDigit(c))
            return true;
    }
    return false;
}

inline bool isDateKey(QStringView key) {
    static constexpr QStringView cjk[] = {u"时间", u"日期", u"周期", u"阶段", u"年份"};
    for (const QStringView k : cjk) {
        if (key.endsWith(k))
            return true;
    }
    return key.endsWith(u"date", Qt::CaseInsensitive) ||
           key.endsWith(u"time", Qt::CaseInsensitive) ||
           key.endsWith(u"period", Qt::CaseInsensitive);
}

inline bool isPeriodKey(QStringView key) {
    static constexpr QStringView cjk[] = {u"周期", u"期间", u"时段", u"时间范围", u"区间"};
    for (const QStringView k : cjk) {
        if (key.endsWith(k))
            return true;
    }
    return key.contains(u"period", Qt::CaseInsensitive) ||
           key.contains(u"time range", Qt::CaseInsensitive);
}

inline bool isCountKey(QStringView key) {
    return key.contains(u"转折点") || key.contains(u"turning point", Qt::CaseInsensitive);
}

inline QString formatNumber(double v) {
    return QString::number(v, 'g', 10);
}

} // namespace Turnpoint::LineSyntax

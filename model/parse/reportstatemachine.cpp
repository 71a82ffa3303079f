#include "reportstatemachine.h"

#include "datetextparser.h"
#include "reportchecks.h"
#include "reportparser.h"
#include "textscan.h"

#include <QtAlgorithms>

#include <algorithm>
#include <cmath>
#include <limits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

// How the parser reads a report (report-format.md §2-§4)
// ------------------------------------------------------
// One pass over the lines, each a QStringView into the text; strings are only allocated for
// what the Report keeps. Every non-blank line that is not a "---" separator ends up as exactly
// one piece of structure (title, period, declared count, heading, entry, field, source) or as a
// Note where it stands (report, turning point or entry), so nothing is dropped.
//
// Decisions where report-format.md is silent:
// - A missing confidence is null *and* a warning ("no confidence given"): §4 lists a missing
//   confidence among the problems a file survives. A missing kind is not a warning.
// - An entry stays open until the next entry or the next turning point heading; a "---"
//   separator changes nothing (§6). Free text after a blank line inside it is a note of the
//   entry (so the guangxi sample's "Analyst remark" belongs to the last entry).
// - Lines starting with a note keyword (注, 备注, 说明, Note, Remark, Analyst remark), bold or
//   not, are notes, never fields.
// - Key/value lines before the first turning point that are not the period or the count are
//   report notes without a warning (header metadata is normal); a numbered or bulleted entry
//   there is a report note *with* a warning.
// - An entry's date: the first field whose key ends in a date word *and* whose value is a date;
//   else the first field whose whole value is a date. A date-like value with impossible numbers
//   (month 13) is a warning, and so is a date-word field whose value has a number but is no
//   date ("October 202", §6); one with no number at all ("试点阶段") is not.
// - `、` separates sources like `；`/`;` (§2): "国家发改委、国家能源局" is two sources, and in
//   "甲、乙（URL）" the URL belongs to 乙 only. It does not separate inside parentheses or
//   brackets ("《规划（2021、2022年）》") or inside something that looks like a URL.
// - A single-date analysis period ("分析周期：2021年") sets both start and end.
// - A heading date that is a range keeps its start (with a warning).
// - A turning point marked "nothing found" that later lists entries loses the mark (warning).
// - Whole-file problems (empty, no heading, too large, unreadable) have line 0.
// - A declared count that is too large for an int is kept as a report note, like one that
//   cannot be read, so the line is not lost.

namespace Turnpoint {

using namespace LineSyntax;
using namespace ReportChecks;
using namespace TextScan;

namespace {

// Index of the first CR or LF at or after `i`, or `n`. Eight characters at a time where SSE2
// is available (every x86-64): finding line ends was a tenth of the parse, one character at a
// time.
TURNPOINT_NO_COVERAGE qsizetype nextLineEnd(const char16_t *p, qsizetype i, qsizetype n) {
#ifdef __SSE2__
    const __m128i lf = _mm_set1_epi16(short(u'\n'));
    const __m128i cr = _mm_set1_epi16(short(u'\r'));
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const int mask =
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(v, lf), _mm_cmpeq_epi16(v, cr)));
        if (mask != 0)
            return i + qCountTrailingZeroBits(uint(mask)) / 2;
    }
#endif
    for (; i < n; ++i) {
        if (p[i] == u'\n' || p[i] == u'\r')
            return i;
    }
    return n;
}

} // namespace

void ReportStateMachine::run() {
    feed(m_text);
    if (!cancelledNow())
        finish();
}

void ReportStateMachine::feed(QStringView text) {
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    qsizetype start = 0;
    for (qsizetype i = nextLineEnd(p, 0, n); i < n; i = nextLineEnd(p, i + 1, n)) {
        const char16_t c = p[i];
        // A relaxed load every 4096 lines costs nothing measurable and stops a million-line
        // file within a millisecond or two of cancel().
        if ((m_lineNo & 4095) == 0 && cancelledNow())
            return;
        ++m_lineNo;
        processLine(text.sliced(start, i - start));
        if (c == u'\r' && i + 1 < n && p[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < n) { // no final newline
        ++m_lineNo;
        processLine(text.sliced(start));
    }
}

void ReportStateMachine::processLine(QStringView line) {
    m_line = line;
    // A byte order mark inside the file (two files pasted together, or an editor's slip) is
    // invisible; it would hide the line's structure ("\uFEFF**Key**：…" is no field), so it is
    // read as white space and said.
    if (line.startsWith(QChar(0xFEFF))) {
        warn(1, [] {
            return ReportParser::tr("invisible byte order mark (U+FEFF) at the start of the line "
                                    "is ignored");
        });
        line = line.mid(1);
    }
    const QStringView t = trimmed(line);
    if (t.isEmpty()) {
        m_entryBroken = m_entryOpen;
        return;
    }
    m_anyText = true;
    if (ReportParser::isSeparatorLine(t))
        return;
    if (t.front() == u'#' && tryHeading(t)) {
        m_titleDone = true;
    } else if (!m_titleDone) {
        m_titleDone = true;
        if (!tryHeaderLine(t)) {
            QStringView title = t;
            while (title.startsWith(u'#'))
                title = title.mid(1);
            m_report.title = stripBold(title).toString();
            m_report.titleLine = m_lineNo;
        }
    } else if (m_report.turningPoints.isEmpty()) {
        headerLine(t);
    } else {
        bodyLine(t);
    }
}

bool ReportStateMachine::tryHeading(QStringView t) {
    qsizetype level = 0;
    while (level < t.size() && t[level] == u'#')
        ++level;
    if (level > 6)
        return false;
    QStringView rest = trimmed(t.mid(level));
    if (startsWithDoubleStar(rest)) {
        rest = rest.mid(2);
        if (rest.endsWith(u"**"))
            rest.chop(2);
        rest = trimmed(rest);
    }
    qsizetype labelLength = 0;
    if (rest.startsWith(u"转折点")) {
        labelLength = 3;
    } else if (startsWithCI(rest, u"turning")) {
        // "Turning  point": inner spaces are extra spaces.
        qsizetype i = 7;
        while (i < rest.size() && isSpace(rest[i]))
            ++i;
        if (i == 7 || !startsWithCI(rest.mid(i), u"point"))
            return false;
        labelLength = i + 5;
    } else {
        return false;
    }
    QStringView body = rest.mid(labelLength);
    if (!body.isEmpty()) {
        const QChar c = body.front();
        if (!isColon(c) && !isSpace(c) && !isDash(c))
            return false; // "转折点汇总", "Turning points of…"
    }
    body = trimmed(body);
    if (!body.isEmpty() && isColon(body.front()))
        body = trimmed(body.mid(1));
    if (body.size() >= 2 && isDash(body.front()) && isSpace(body[1]))
        body = trimmed(body.mid(2));

    m_entryOpen = false;
    if (m_nothingFoundLine && !m_report.turningPoints.isEmpty())
        m_nothingFoundLine = 0;

    TurningPoint tp;
    tp.line = m_lineNo;

    // Confidence: everything from its keyword on.
    qsizetype confAt = -1;
    qsizetype confKeywordLength = 0;
    static constexpr QStringView confKeywords[] = {u"置信度", u"可信度", u"confidence"};
    for (const QStringView k : confKeywords) {
        // CJK has no case, so the Chinese keywords are found exactly, and "confidence" is
        // found ASCII-case-insensitively (the same matches as Qt::CaseInsensitive, faster).
        const qsizetype at = k.front().unicode() < 0x80 ? indexOfAsciiCI(body, k) : body.indexOf(k);
        if (at >= 0 && (confAt < 0 || at < confAt)) {
            confAt = at;
            confKeywordLength = k.size();
        }
    }
    QStringView head = confAt >= 0 ? body.left(confAt) : body;
    const QStringView confText = confAt >= 0 ? body.mid(confAt + confKeywordLength) : QStringView();
    head = trimTrailing(head, isHeadingJunk);

    // Kind: the first parenthesised part after the date.
    QStringView dateText = head;
    QStringView leftover;
    qsizetype open = -1;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (isOpenParen(head[i])) {
            open = i;
            break;
        }
    }
    if (open >= 0) {
        qsizetype close = 0;
        const qsizetype after = matchParen(head, open, &close);
        dateText = trimTrailing(head.left(open), isHeadingJunk);
        tp.kind = m_strings.get(
            trimTrailing(stripEmphasis(head.mid(open + 1, close - open - 1)), isHeadingJunk));
        leftover = trimLeading(head.mid(after), isHeadingJunk);
    }
    tp.dateText = m_strings.get(dateText);

    // Start the turning point before reporting on it, so the checks below refer to it.
    squeezeLastTurningPoint();
    if (m_report.turningPoints.isEmpty() && m_report.declaredTurningPoints) {
        // The list takes its final size at once instead of growing by copies. A turning point
        // takes more than 16 characters, so a count out of proportion with the file is not
        // believed beyond that.
        m_report.turningPoints.reserve(
            qsizetype(std::clamp<qint64>(*m_report.declaredTurningPoints, 0, m_size / 16)));
    }
    m_report.turningPoints.append(std::move(tp));
    TurningPoint &cur = currentTp();
    if (dateText.isEmpty()) {
        warn(column(body.isEmpty() ? t.right(0) : body), [] {
            return ReportParser::tr("the turning point has no date; it is listed as undated");
        });
    } else {
        parseHeadingDate(cur, dateText);
    }
    parseConfidence(cur, confText, confAt >= 0);
    if (!leftover.isEmpty())
        cur.notes.append(note(leftover));
    return true;
}

void ReportStateMachine::parseHeadingDate(TurningPoint &tp, QStringView dateText) {
    const DateParseResult r = DateTextParser::parseSpan(dateText);
    switch (r.status) {
    case DateParseResult::Ok:
        tp.date = r.span.start;
        if (r.span.isRange())
            warn(column(dateText), [d = dateText.toString()] {
                return ReportParser::tr(
                           "turning point date “%1” is a range; it is placed at its start")
                    .arg(d);
            });
        break;
    case DateParseResult::NotADate:
        warn(column(dateText), [d = dateText.toString()] {
            return ReportParser::tr("“%1” is not a date; the turning point is listed as undated")
                .arg(d);
        });
        break;
    case DateParseResult::Invalid:
        warn(column(dateText) + r.offset, [d = dateText.toString()] {
            // The date parser's own message, in the language of the moment too.
            return ReportParser::tr("%1; the turning point is listed as undated")
                .arg(DateTextParser::parseSpan(d).message);
        });
        break;
    }
    if (!tp.date.isValid())
        return;
    if (m_previousDate.isValid()) {
        if (!dateOrderProblem(tp.date, m_previousDate, m_previousDateLine).isEmpty())
            warn(column(dateText),
                 [date = tp.date, previous = m_previousDate, line = m_previousDateLine] {
                     return dateOrderProblem(date, previous, line);
                 });
    } else if (m_continuation) {
        // The turning point before it is in the previous part: checked when they are joined.
        m_firstOrderCheck = {m_report.diagnostics.size(), m_lineNo, column(dateText), tp.date};
    }
    m_previousDate = tp.date;
    m_previousDateLine = m_lineNo;
}

void ReportStateMachine::parseConfidence(TurningPoint &tp, QStringView text, bool keywordFound) {
    if (!keywordFound) {
        warn(int(trimmed(m_line).size() + (trimmed(m_line).data() - m_line.data())) + 1,
             [] { return ReportParser::tr("no confidence given"); });
        return;
    }
    QStringView s = trimLeading(text, [](QChar c) { return isColon(c); });
    s = trimTrailing(s, [](QChar c) { return isCloseParen(c) || c == u'*'; });
    if (s.isEmpty()) {
        warn(column(text), [] { return ReportParser::tr("no confidence given"); });
        return;
    }
    // The confidence is the first number in the text ("约65%", "65%（估计）").
    qsizetype i = 0;
    while (i < s.size() && !isDigit(s[i]))
        ++i;
    if (i == s.size()) {
        warn(column(s), [c = s.toString()] {
            return ReportParser::tr("confidence “%1” is not a number; it is left empty").arg(c);
        });
        return;
    }
    const bool negative = i > 0 && isDash(s[i - 1]);
    const qsizetype numberStart = negative ? i - 1 : i;
    // Digits are accumulated by hand (full-width digits included); no allocation, no locale.
    double whole = 0;
    double fraction = 0;
    double scale = 1;
    while (i < s.size() && isDigit(s[i])) {
        whole = whole * 10 + digitValue(s[i]);
        ++i;
    }
    if (i < s.size() && (s[i] == u'.' || s[i] == QChar(0xFF0E)) && i + 1 < s.size() &&
        isDigit(s[i + 1])) {
        ++i;
        while (i < s.size() && isDigit(s[i])) {
            if (scale < 1e15) {
                fraction = fraction * 10 + digitValue(s[i]);
                scale *= 10;
            }
            ++i;
        }
    }
    const QStringView written = s.mid(numberStart, i - numberStart);
    double value = whole + fraction / scale;
    if (negative)
        value = -value;
    while (i < s.size() && isSpace(s[i]))
        ++i;
    // "6 5%": two numbers where one is expected; neither is believed.
    if (i < s.size() && isDigit(s[i])) {
        warn(column(s), [c = s.toString()] {
            return ReportParser::tr("confidence “%1” is not a number; it is left empty").arg(c);
        });
        return;
    }
    const bool percent = i < s.size() && isPercent(s[i]);
    if (!percent && std::fabs(value) <= 1.0)
        value *= 100.0; // 0.65 means 65%
    value = std::round(value * 1e6) / 1e6;
    if (value > 100.0) {
        // As written: a value too long to read has no other faithful form.
        warn(column(s), [w = written.toString()] {
            return ReportParser::tr("confidence %1% is above 100%; kept as 100%").arg(w);
        });
        value = 100.0;
    } else if (value < 0.0) {
        warn(column(s), [value] {
            return ReportParser::tr("confidence %1% is negative; kept as 0%")
                .arg(formatNumber(value));
        });
        value = 0.0;
    }
    tp.confidence = value;
}

// Analysis period and declared count (before the first turning point). False: not one of them.
bool ReportStateMachine::tryHeaderLine(QStringView t) {
    const Prefix prefix = parsePrefix(t);
    const KeyValue kv = parseKeyValue(prefix.kind == PrefixKind::Bullet ? prefix.content : t);
    if (!kv.ok)
        return false;
    if (isCountKey(kv.key) && m_report.declaredTurningPointsLine == 0) {
        // "约10项" declares 10: the pipeline hedges, the number is what it declares.
        QStringView digits = kv.value;
        static constexpr QStringView approximately[] = {u"大约",  u"约",      u"approximately",
                                                        u"about", u"approx.", u"~"};
        for (const QStringView a : approximately) {
            if (startsWithCI(digits, a)) {
                digits = trimmed(digits.mid(a.size()));
                break;
            }
        }
        qsizetype i = 0;
        qint64 count = 0;
        while (i < digits.size() && isDigit(digits[i])) {
            if (count <= std::numeric_limits<int>::max())
                count = count * 10 + digitValue(digits[i]);
            ++i;
        }
        if (count > std::numeric_limits<int>::max()) {
            warn(column(digits), [v = digits.left(i).toString()] {
                return ReportParser::tr("the declared number of turning points “%1” is too "
                                        "large; the line is kept as a note")
                    .arg(v);
            });
            m_report.notes.append(note(t));
            return true;
        }
        if (i == 0) {
            warn(column(kv.value.isEmpty() ? t.right(0) : kv.value), [v = kv.value.toString()] {
                return ReportParser::tr("cannot read the number of turning points in “%1”; "
                                        "the line is kept as a note")
                    .arg(v);
            });
            m_report.notes.append(note(t));
            return true;
        }
        m_report.declaredTurningPoints = int(count);
        m_report.declaredTurningPointsLine = m_lineNo;
        return true;
    }
    if (isPeriodKey(kv.key) && m_report.periodLine == 0) {
        QStringView v = kv.value;
        bool endOnly = false;
        static constexpr QStringView endPrefixes[] = {u"截止到", u"截止至",  u"截至",  u"截止",
                                                      u"直至",   u"至",      u"到",    u"up to",
                                                      u"until",  u"through", u"as of", u"to"};
        for (const QStringView k : endPrefixes) {
            if (startsWithCI(v, k) && (k.front().unicode() >= 0x2E80 || v.size() == k.size() ||
                                       !isAsciiLetter(v[k.size()]))) {
                v = trimmed(v.mid(k.size()));
                endOnly = true;
                break;
            }
        }
        const DateParseResult r = DateTextParser::parseSpan(v);
        if (r.isOk()) {
            if (endOnly) {
                m_report.periodEnd = r.span.isRange() ? r.span.end : r.span.start;
            } else if (r.span.isRange()) {
                m_report.periodStart = r.span.start;
                m_report.periodEnd = r.span.end;
            } else {
                m_report.periodStart = r.span.start;
                m_report.periodEnd = r.span.start;
            }
            m_report.periodLine = m_lineNo;
            return true;
        }
        warn(column(v.isEmpty() ? kv.value : v) +
                 (r.status == DateParseResult::Invalid ? r.offset : 0),
             [v = v.toString()] {
                 const DateParseResult again = DateTextParser::parseSpan(v);
                 const QString why =
                     again.status == DateParseResult::Invalid
                         ? again.message
                         : ReportParser::tr("“%1” is not a date or a range of dates").arg(v);
                 return ReportParser::tr(
                            "cannot read the analysis period: %1; the line is kept as a note")
                     .arg(why);
             });
        m_report.notes.append(note(t));
        return true;
    }
    return false;
}

void ReportStateMachine::headerLine(QStringView t) {
    if (tryHeaderLine(t))
        return;
    const Prefix prefix = parsePrefix(t);
    const KeyValue kv = parseKeyValue(prefix.content);
    const bool looksLikeEntry = prefix.kind != PrefixKind::None && kv.ok && kv.bold;
    if (looksLikeEntry && !isNoteLine(prefix.content))
        warn(1, [] {
            return ReportParser::tr("entry before the first turning point; it is kept as a note "
                                    "of the report");
        });
    m_report.notes.append(note(t));
}

void ReportStateMachine::bodyLine(QStringView t) {
    const Prefix prefix = parsePrefix(t);
    const QStringView content = prefix.content;
    const KeyValue kv = parseKeyValue(content);
    // Only an ordinal or bullet followed by a **Label** and a colon starts an entry; "1.
    // 普通列表项" is a list in prose, kept as a note where it stands.
    const bool entryStart = prefix.kind != PrefixKind::None && kv.ok && kv.bold;
    if (entryStart && prefix.kind == PrefixKind::Number) {
        openEntry(kv, false);
        return;
    }
    // The pipeline writes the sentence in many shapes ("- …", "备注：…", "1. …"); in a turning
    // point without entries the words are what count.
    if (currentTp().entries.isEmpty() && isNothingFoundLine(t)) {
        TurningPoint &tp = currentTp();
        tp.nothingFound = true;
        tp.notes.append(note(t));
        if (!m_nothingFoundLine)
            m_nothingFoundLine = m_lineNo;
        return;
    }
    if (prefix.kind != PrefixKind::Number && isNoteLine(content)) {
        addNote(t);
        return;
    }
    if (entryStart && (!m_entryOpen || m_entryBulleted)) {
        openEntry(kv, true);
        return;
    }
    if (prefix.kind == PrefixKind::Number || (prefix.kind == PrefixKind::Bullet && !m_entryOpen)) {
        addNote(t);
        return;
    }
    if (kv.ok && kv.bold) {
        if (m_entryOpen) {
            m_entryBroken = false;
            addField(kv, t);
        } else {
            warn(column(kv.key) - (startsWithDoubleStar(content) ? 2 : 0), [k = kv.key.toString()] {
                return ReportParser::tr("field “%1” is not inside an entry; it is kept as a "
                                        "note of the turning point")
                    .arg(k);
            });
            currentTp().notes.append(note(t));
        }
        return;
    }
    if (kv.ok && m_entryOpen && !m_entryBroken) {
        addField(kv, t);
        return;
    }
    addNote(t);
}

void ReportStateMachine::openEntry(const KeyValue &kv, bool bulleted) {
    TurningPoint &tp = currentTp();
    if (tp.nothingFound) {
        tp.nothingFound = false;
        warn(1, [line = m_nothingFoundLine] {
            return ReportParser::tr("the turning point says nothing was found (line %1) but "
                                    "lists entries; it is not marked as empty")
                .arg(line);
        });
    }
    Entry e;
    e.line = m_lineNo;
    e.label = m_strings.get(kv.key);
    e.title = m_values.get(kv.value);
    tp.entries.append(std::move(e));
    m_entryOpen = true;
    m_entryBulleted = bulleted;
    m_entryBroken = false;
    m_entryKeyedDate = false;
    m_entryFallbackDate = false;
}

void ReportStateMachine::addField(const KeyValue &kv, QStringView t) {
    if (isSourceKey(kv.key)) {
        addSources(kv, t);
        return;
    }
    Entry &e = currentEntry();
    e.fields.append(Field{m_lineNo, m_strings.get(kv.key), m_values.get(kv.value)});
    updateEntryDate(kv);
}

void ReportStateMachine::updateEntryDate(const KeyValue &kv) {
    const bool keyed = isDateKey(kv.key);
    // Every date-keyed field is read, to say when one is not a date; other fields only until
    // the entry has a date.
    if (!keyed && (m_entryKeyedDate || m_entryFallbackDate))
        return;
    const DateParseResult r = DateTextParser::parseSpan(kv.value);
    if (r.status == DateParseResult::Ok) {
        if (keyed && !m_entryKeyedDate) {
            currentEntry().date = r.span;
            m_entryKeyedDate = true;
        } else if (!keyed) {
            currentEntry().date = r.span;
            m_entryFallbackDate = true;
        }
    } else if (r.status == DateParseResult::Invalid) {
        warn(column(kv.value) + r.offset, [v = kv.value.toString(), k = kv.key.toString()] {
            return ReportParser::tr("%1 (field “%2”); it is not used as the entry's date")
                .arg(DateTextParser::parseSpan(v).message, k);
        });
    } else if (keyed && containsDigit(kv.value)) {
        // "October 202", "2021年第三季度": meant as a date, not readable as one. A date-keyed
        // field with no number at all ("试点阶段") names a stage, not a date.
        warn(column(kv.value), [v = kv.value.toString(), k = kv.key.toString()] {
            return ReportParser::tr("“%1” is not a date (field “%2”); it is not used as the "
                                    "entry's date")
                .arg(v, k);
        });
    }
}

void ReportStateMachine::addSources(const KeyValue &kv, QStringView t) {
    Entry &e = currentEntry();
    const QStringView v = kv.value;
    const qsizetype n = v.size();
    qsizetype i = 0;
    int added = 0;
    auto isSeparator = [](QChar c) {
        return c == u';' || c == QChar(0xFF1B) || c == QChar(0x3001) || isSpace(c);
    };
    auto add = [&](QStringView name, QStringView url) {
        name = trimmed(name);
        url = trimmed(url);
        if (name.isEmpty() && url.isEmpty())
            return;
        Source s;
        s.line = m_lineNo;
        s.name = m_strings.get(name);
        s.url = m_arena.add(url);
        if (!s.url.isEmpty() && !isPlainHttpUrl(url, UrlPolicy::MaxUrlLength)) {
            // UrlPolicy parses the URL with QUrl; the plain links checked above (nearly all of
            // them) need no QUrl, and the rest are judged once per distinct URL.
            const QString urlText = url.toString();
            auto known = m_urlVerdicts.constFind(urlText);
            if (known == m_urlVerdicts.cend())
                known = m_urlVerdicts.insert(urlText, UrlPolicy::check(urlText));
            s.unsafe = known.value() != UrlPolicy::Reason::None;
            if (s.unsafe) {
                // Kept as written (nothing is lost), never opened; the analyst should know why
                // the link will not work. Long links are shortened in the message only.
                const QString shown =
                    urlText.size() > 80 ? urlText.left(77) + QStringLiteral("…") : urlText;
                warn(column(url), [shown, reason = known.value()] {
                    //: %1 is the link as written in the report (shortened), %2 the reason,
                    //: such as "only http and https links are opened".
                    return ReportParser::tr("link “%1” will not be opened: %2")
                        .arg(shown, UrlPolicy::reasonText(reason));
                });
            }
        }
        e.sources.append(std::move(s));
        ++added;
    };
    // A bare URL runs to white space or full-width punctuation; a trailing ; or , is not part
    // of it.
    auto bareUrlEnd = [&](qsizetype from) {
        qsizetype j = from;
        while (j < n) {
            const QChar c = v[j];
            // ";" separates sources even right after a URL ("https://a.org/x;国家能源局").
            if (isSpace(c) || c == u';' || (c.unicode() >= 0x3000 && c.isPunct()))
                break;
            ++j;
        }
        while (j > from && (v[j - 1] == u';' || v[j - 1] == u','))
            --j;
        return j;
    };
    while (i < n) {
        while (i < n && isSeparator(v[i]))
            ++i;
        if (i >= n)
            break;
        if (v[i] == u'[' || v[i] == QChar(0xFF3B)) { // [name](url)
            qsizetype close = i + 1;
            while (close < n && v[close] != u']' && v[close] != QChar(0xFF3D))
                ++close;
            if (close + 1 < n && isOpenParen(v[close + 1])) {
                qsizetype parenClose = 0;
                const qsizetype after = matchParen(v, close + 1, &parenClose);
                add(v.mid(i + 1, close - i - 1), v.mid(close + 2, parenClose - close - 2));
                i = after;
                continue;
            }
        }
        if (urlStartsAt(v, i)) {
            const qsizetype end = bareUrlEnd(i);
            add({}, v.mid(i, end - i));
            i = std::max(end, i + 1);
            continue;
        }
        // A name, then maybe (URL), or a URL after a space; ends at ；/;/、 when there is no
        // URL. Parentheses that hold no URL are skipped whole below, so only brackets need
        // counting for a 、 that is part of a name.
        const qsizetype nameStart = i;
        qsizetype j = i;
        bool done = false;
        int brackets = 0;
        bool inUrl = false; // from a URL-like run in the name to the next white space
        while (j < n && !done) {
            const QChar c = v[j];
            if (c == u';' || c == QChar(0xFF1B))
                break;
            if (c == QChar(0x3001) && brackets == 0 && !inUrl)
                break;
            if (isOpenBracket(c)) {
                ++brackets;
            } else if (isCloseBracket(c)) {
                brackets = std::max(0, brackets - 1);
            } else if (isSpace(c)) {
                inUrl = false;
            } else if (!inUrl && (isAsciiLetter(c) || c == u'\\') &&
                       (j == nameStart || !isAsciiLetter(v[j - 1])) && urlStartsAt(v, j)) {
                inUrl = true;
            }
            if (isOpenParen(c)) {
                qsizetype k = j + 1;
                while (k < n && isSpace(v[k]))
                    ++k;
                qsizetype close = 0;
                const qsizetype after = matchParen(v, j, &close);
                if (urlStartsAt(v, k)) {
                    add(v.mid(nameStart, j - nameStart), v.mid(j + 1, close - j - 1));
                    i = after;
                    done = true;
                } else if (close < n && trimmed(v.mid(j + 1, close - j - 1)).isEmpty() &&
                           !trimmed(v.mid(nameStart, j - nameStart)).isEmpty()) {
                    // "名称（）": the link was left out. The name is still a source; the empty
                    // brackets are understood, and said.
                    const QStringView name = trimmed(v.mid(nameStart, j - nameStart));
                    add(name, {});
                    warn(column(v.mid(j)), [n = name.toString()] {
                        return ReportParser::tr("source “%1” has an empty link").arg(n);
                    });
                    i = after;
                    done = true;
                } else {
                    j = after; // "(内部资料)" is part of the name
                }
                continue;
            }
            if (j > nameStart && c.unicode() < 0x80 && (isSpace(v[j - 1]) || isColon(v[j - 1])) &&
                urlStartsAt(v, j)) {
                const qsizetype end = bareUrlEnd(j);
                QStringView name = trimmed(v.mid(nameStart, j - nameStart));
                name = trimTrailing(name, [](QChar ch) { return isColon(ch); });
                add(name, v.mid(j, end - j));
                i = std::max(end, j + 1);
                done = true;
                continue;
            }
            ++j;
        }
        if (!done) {
            add(v.mid(nameStart, j - nameStart), {});
            i = j;
        }
    }
    if (added == 0) {
        warn(column(kv.key), [k = kv.key.toString()] {
            return ReportParser::tr("source “%1” is empty; the line is kept as a note").arg(k);
        });
        e.notes.append(note(t));
    }
}

void ReportStateMachine::addNote(QStringView t) {
    if (m_entryOpen)
        currentEntry().notes.append(note(t));
    else if (!m_report.turningPoints.isEmpty())
        currentTp().notes.append(note(t));
    else
        m_report.notes.append(note(t));
}

// While a turning point is read its lists grow by doubling; when the next one starts their
// sizes are final. Exact sizes save about a tenth of the memory of a large report.
void ReportStateMachine::squeezeLastTurningPoint() {
    if (m_report.turningPoints.isEmpty())
        return;
    TurningPoint &tp = m_report.turningPoints.last();
    for (Entry &e : tp.entries) {
        e.fields.squeeze();
        e.sources.squeeze();
        e.notes.squeeze();
    }
    tp.entries.squeeze();
    tp.notes.squeeze();
}

void ReportStateMachine::finish() {
    squeezeLastTurningPoint();
    if (!m_anyText) {
        m_report.diagnostics.append(
            Diagnostic::make(0, 1, Diagnostic::Error, [empty = onlyLineEnds(m_text)] {
                return empty ? ReportParser::tr("the file is empty")
                             : ReportParser::tr("the file has only blank lines; there is no "
                                                "report in it");
            }));
    } else if (m_report.turningPoints.isEmpty()) {
        m_report.diagnostics.append(Diagnostic::make(0, 1, Diagnostic::Error, [] {
            return ReportParser::tr("no turning point heading found; this does not look "
                                    "like a turning-point report");
        }));
    } else {
        checkDeclaredCount(m_report);
    }
    sortDiagnostics(m_report);
}

} // namespace Turnpoint

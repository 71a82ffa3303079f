#include "markdownexporter.h"

#include "reportparser.h"
#include "textscan.h"

namespace Turnpoint {

namespace {

using namespace TextScan;
using namespace Qt::StringLiterals;

// The writer's one rule: every line it writes must be read back by ReportParser as what it
// came from, in the same place. Most text goes out as written; the checks below find the few
// shapes that the parser would read differently on a line of their own, and write those in a
// form it reads as intended.

// "**" + text + "**", with a space inside when the text itself starts or ends with a star, so
// that the closing "**" is the one written here.
QString bold(const QString &text) {
    const bool spaced = text.startsWith(u'*') || text.endsWith(u'*');
    return spaced ? u"** "_s + text + u" **"_s : u"**"_s + text + u"**"_s;
}

// A key/value line the parser reads back with this key and value. A key with "**" in it cannot
// be bold; it came from an unbolded line and goes back as one (fields are written as one block,
// where unbolded keys are read).
QString keyValueLine(const QString &key, const QString &value) {
    const QString k = key.contains(u"**") ? key : bold(key);
    return value.isEmpty() ? k + u"："_s : k + u"："_s + value;
}

// Whether `line`, as a report's first line, is read as the title `title`.
bool readsBackAsTitle(const QString &line, const QString &title) {
    const Report r = ReportParser::parseText(line, QString());
    return r.titleLine == 1 && r.title == title;
}

QString yearText(int year) {
    // A year is written with four digits (report-format.md §6); years before 1000 are padded.
    return QString::number(year).rightJustified(4, u'0');
}

QString dateText(const PartialDate &d) {
    switch (d.precision) {
    case PartialDate::Year:
        return yearText(d.year) + u"年"_s;
    case PartialDate::Month:
        return yearText(d.year) + u"年%1月"_s.arg(d.month);
    case PartialDate::Day:
        return yearText(d.year) + u"年%1月%2日"_s.arg(d.month).arg(d.day);
    case PartialDate::None:
        break;
    }
    return {};
}

QString confidenceText(double percent) {
    // Fixed notation: "1e-06" would read as 1.
    QString s = QString::number(percent, 'f', 6);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

// Parentheses opened in `s` and not closed in it.
int unclosedParens(QStringView s) {
    int depth = 0;
    for (const QChar c : s) {
        if (isOpenParen(c))
            ++depth;
        else if (isCloseParen(c) && depth > 0)
            --depth;
    }
    return depth;
}

QString headingLine(const TurningPoint &tp) {
    QString line = u"### 转折点："_s;
    const QString date = tp.dateText;
    // The parser drops one "- " between the label and the date; a date as written that starts
    // with one keeps it behind another.
    if (date.size() >= 2 && isDash(date.front()) && isSpace(date.at(1)))
        line += u"- "_s;
    line += date;
    // Text after the kind's bracket is a note of the turning point on the heading's line; on a
    // line of its own it could read as something else, so it stays in the heading.
    QString leftover;
    for (const Note &n : tp.notes) {
        if (n.line == tp.line)
            leftover = n.text;
    }
    const QString kind = tp.kind;
    if (!kind.isEmpty() || !leftover.isEmpty()) {
        line += u"（"_s + kind;
        // A kind whose own bracket was never closed ("2019年（事件（x") is read to the end of
        // the heading's date part; a closing bracket here would become part of it.
        if (unclosedParens(kind) == 0)
            line += u"）"_s;
        line += leftover;
    }
    if (tp.confidence)
        line += u" - 置信度："_s + confidenceText(*tp.confidence) + u"%"_s;
    return line;
}

// "scheme://…" or "www.…": what the source parser takes for the start of a link whatever
// follows (it knows a few more, such as "mailto:", which go in Markdown's form instead).
bool startsLikeUrl(QStringView s) {
    if (startsWithCI(s, u"www."))
        return true;
    if (s.isEmpty() || !isAsciiLetter(s.front()))
        return false;
    qsizetype i = 1;
    while (i < s.size() && (isAsciiLetter(s[i]) || (s[i] >= u'0' && s[i] <= u'9') || s[i] == u'+' ||
                            s[i] == u'.' || s[i] == u'-'))
        ++i;
    return s.mid(i).startsWith(u"://");
}

// A name the source parser reads back whole: no separator, bracket, parenthesis or anything
// that starts a link.
bool isPlainName(QStringView name) {
    for (const QChar c : name) {
        switch (c.unicode()) {
        case u';':
        case 0xFF1B: // ；
        case 0x3001: // 、
        case u'[':
        case u']':
        case 0xFF3B:
        case 0xFF3D:
        case u':':
        case 0xFF1A: // ：
        case u'\\':
            return false;
        default:
            if (isOpenParen(c) || isCloseParen(c) ||
                (c.unicode() >= 0x3008 && c.unicode() <= 0x3017))
                return false;
        }
    }
    return !name.contains(u"www.", Qt::CaseInsensitive) && !name.contains(u"//");
}

// Parentheses that pair up: none closes before it opens, every one opened is closed.
bool balancedParens(QStringView s) {
    int depth = 0;
    for (const QChar c : s) {
        if (isOpenParen(c))
            ++depth;
        else if (isCloseParen(c) && --depth < 0)
            return false;
    }
    return depth == 0;
}

// A URL that reads back whole on its own: it runs to white space, ";" or full-width
// punctuation, and a trailing "," is not part of it.
bool isBareUrl(QStringView url) {
    if (!startsLikeUrl(url) || url.endsWith(u','))
        return false;
    for (const QChar c : url) {
        if (isSpace(c) || c == u';' || (c.unicode() >= 0x3000 && c.isPunct()))
            return false;
    }
    return true;
}

struct SourceText {
    QString text;
    bool endsLine = false; // nothing may follow it on its line
};

// Whether `text`, alone on a source line, reads back as this source. For the few names and
// links with brackets the shapes above do not cover, reading back is the surest test.
bool readsBackAs(const QString &text, const Source &s) {
    const Report r =
        ReportParser::parseText(u"T\n### 转折点：\n1. **L**：x\n**来源**："_s + text, {});
    if (r.turningPoints.size() != 1 || r.turningPoints.first().entries.size() != 1)
        return false;
    const auto &sources = r.turningPoints.first().entries.first().sources;
    return sources.size() == 1 && QString(sources.first().name) == QString(s.name) &&
           QString(sources.first().url) == QString(s.url);
}

SourceText sourceText(const Source &s) {
    const QString name = s.name;
    const QString url = s.url;
    if (url.isEmpty()) {
        if (isPlainName(name))
            return {name};
        // "[name]()" cannot hold a name with "]" in it; written as it is, it may read back.
        const QString markdown = u"["_s + name + u"]()"_s;
        // What reads back alone may still reach into the next source (an unclosed bracket
        // does), so such a shape ends its line.
        if (!readsBackAs(markdown, s) && readsBackAs(name, s))
            return {name, true};
        return {markdown};
    }
    if (name.isEmpty() && isBareUrl(url))
        return {url};
    if (!name.isEmpty() && isPlainName(name) && startsLikeUrl(url) && balancedParens(url))
        return {name + u"（"_s + url + u"）"_s};
    // A link with a stray ")" cannot go in brackets; after the name and a space it reads back.
    if (!name.isEmpty() && isPlainName(name) && isBareUrl(url))
        return {name + u" "_s + url};
    // Markdown's form takes any name without "]" and any URL with balanced parentheses. A URL
    // with a parenthesis never closed was read to the end of its line; it goes back there.
    if (unclosedParens(url) > 0) {
        const QString markdown = u"["_s + name + u"]("_s + url;
        if (!name.contains(u']') && !name.contains(QChar(0xFF3D)))
            return {markdown, true};
        // Markdown's form would end the name at its "]". "名称（URL" with the bracket left open
        // reads as that name and URL (report-format.md §6), and the name part of that shape
        // keeps "]", "**" and "："; the form that reads back is the one written.
        for (const QString &other : {markdown, name + u"（"_s + url, name + u" "_s + url}) {
            if (readsBackAs(other, s))
                return {other, true};
        }
        return {markdown, true};
    }
    const QString markdown = u"["_s + name + u"]("_s + url + u")"_s;
    if (readsBackAs(markdown, s))
        return {markdown};
    // A name with "]" in it: one of the other shapes may still read back.
    for (const QString &other : {name + u"（"_s + url + u"）"_s, name + u" "_s + url}) {
        if (readsBackAs(other, s))
            return {other, true};
    }
    return {markdown};
}

class Writer {
public:
    void line(const QString &text) {
        // The parser drops one U+FEFF at a line start (report-format.md §6); text that starts
        // with one (a note whose line had white space before it) keeps it behind another.
        if (text.startsWith(QChar(0xFEFF)))
            m_out += QChar(0xFEFF);
        m_out += text;
        m_out += u'\n';
    }
    // One blank line, never two and never at the start: blank lines only separate.
    void blank() {
        if (!m_out.isEmpty() && !m_out.endsWith(u"\n\n"))
            m_out += u'\n';
    }
    QByteArray take() { return m_out.toUtf8(); }

private:
    QString m_out;
};

void writeEntry(Writer &w, const Entry &e, int number) {
    w.line(QString::number(number) + u". "_s + keyValueLine(e.label, e.title));
    for (const Field &f : e.fields)
        w.line(keyValueLine(f.key, f.value));
    // One line of sources, separated by "；", unless a source must end its line.
    const QString key = bold(u"官方来源"_s) + u"："_s; // the sample's key
    QString line;
    for (const Source &s : e.sources) {
        const SourceText t = sourceText(s);
        line += (line.isEmpty() ? key : u"；"_s) + t.text;
        if (t.endsLine) {
            w.line(line);
            line.clear();
        }
    }
    if (!line.isEmpty())
        w.line(line);
    // Notes after a blank line: there an unbolded "Key：Value" is a note, not a field. A bold
    // key/value note (an empty source) makes the next lines fields again, so another blank
    // line follows it.
    bool blankNeeded = true;
    for (const Note &n : e.notes) {
        if (blankNeeded)
            w.blank();
        w.line(n.text);
        blankNeeded = QString(n.text).contains(u"**");
    }
}

} // namespace

QByteArray MarkdownExporter::toMarkdown(const Report &r) {
    Writer w;
    if (!r.title.isEmpty() || r.titleLine > 0) {
        QString title = r.title;
        // Read back as the title, not as a separator, an empty line or bold formatting.
        if (title.isEmpty() || ReportParser::isSeparatorLine(title))
            title = u"# "_s + title;
        else if (title.size() >= 4 && title.startsWith(u"**") && title.endsWith(u"**"))
            title = u"**"_s + title + u"**"_s;
        // Anything else that would read back as something other than this title on the first
        // line (a title that starts with "#", or one that reads as a period or a count) goes
        // behind "# ", which the parser takes off again.
        if (!readsBackAsTitle(title, r.title))
            title = u"# "_s + title;
        w.line(title);
        w.blank();
    }
    if (r.periodEnd.isValid()) {
        if (!r.periodStart.isValid())
            w.line(u"分析周期：截至"_s + dateText(r.periodEnd));
        else if (r.periodStart == r.periodEnd)
            w.line(u"分析周期："_s + dateText(r.periodStart));
        else
            w.line(u"分析周期："_s + dateText(r.periodStart) + u"至"_s + dateText(r.periodEnd));
    }
    if (r.declaredTurningPoints)
        w.line(u"收录重大转折点：%1项"_s.arg(*r.declaredTurningPoints));
    for (const Note &n : r.notes)
        w.line(n.text);
    for (const TurningPoint &tp : r.turningPoints) {
        w.blank();
        w.line(u"---"_s);
        w.blank();
        w.line(headingLine(tp));
        w.blank();
        bool afterBlank = true;
        for (const Note &n : tp.notes) {
            if (n.line != tp.line) {
                w.line(n.text);
                afterBlank = false;
            }
        }
        int number = 0;
        for (const Entry &e : tp.entries) {
            if (!afterBlank)
                w.blank();
            afterBlank = false;
            writeEntry(w, e, ++number);
        }
    }
    return w.take();
}

} // namespace Turnpoint

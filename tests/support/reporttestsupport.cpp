#include "reporttestsupport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Turnpoint::TestSupport {

// A canonical, complete text form of a report: two reports with the same description carry the
// same data. Used to compare encodings and line-end variants of one file.
QString describe(const Report &r) {
    QString s;
    auto conf = [](const std::optional<double> &c) { return c ? QString::number(*c) : u"null"_s; };
    s += u"title %1 [%2]\n"_s.arg(r.title).arg(r.titleLine);
    s +=
        u"period %1..%2 [%3]\n"_s.arg(r.periodStart.toIso(), r.periodEnd.toIso()).arg(r.periodLine);
    s += u"declared %1 [%2]\n"_s
             .arg(r.declaredTurningPoints ? QString::number(*r.declaredTurningPoints) : u"null"_s)
             .arg(r.declaredTurningPointsLine);
    for (const Note &n : r.notes)
        s += u"  note [%1] %2\n"_s.arg(n.line).arg(n.text);
    for (const TurningPoint &tp : r.turningPoints) {
        s += u"tp [%1] %2 (%3) kind=%4 conf=%5 nothing=%6\n"_s.arg(tp.line)
                 .arg(tp.date.toIso(), tp.dateText, tp.kind, conf(tp.confidence))
                 .arg(tp.nothingFound);
        for (const Note &n : tp.notes)
            s += u"  note [%1] %2\n"_s.arg(n.line).arg(n.text);
        for (const Entry &e : tp.entries) {
            s += u"  entry [%1] %2 | %3 | %4\n"_s.arg(e.line).arg(e.label, e.title, e.date.toIso());
            for (const Field &f : e.fields)
                s += u"    field [%1] %2 = %3\n"_s.arg(f.line).arg(f.key, f.value);
            for (const Source &src : e.sources)
                s += u"    source [%1] %2 <%3> %4\n"_s.arg(src.line)
                         .arg(src.name, src.url)
                         .arg(src.unsafe ? u"unsafe"_s : QString());
            for (const Note &n : e.notes)
                s += u"    note [%1] %2\n"_s.arg(n.line).arg(n.text);
        }
    }
    for (const Diagnostic &d : r.diagnostics)
        s += u"diag %1:%2 %3 %4\n"_s.arg(d.line).arg(d.column).arg(
            d.isError() ? u"error"_s : u"warning"_s, d.message);
    return s;
}

QString describeDiagnostics(const Report &r) {
    QString s;
    for (const Diagnostic &d : r.diagnostics)
        s += u"%1:%2: %3\n"_s.arg(d.line).arg(d.column).arg(d.message);
    return s;
}

// The lines of `text` split the way report-format.md §2 says (LF, CRLF, CR), written
// independently of the parser.
QStringList splitLines(const QString &text) {
    QString t = text;
    t.replace(u"\r\n"_s, u"\n"_s);
    t.replace(u'\r', u'\n');
    QStringList lines = t.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool isSeparator(const QString &trimmed) {
    if (trimmed.size() < 3)
        return false;
    const QChar first = trimmed.front();
    if (!QString(u"-*_—－"_s).contains(first))
        return false;
    for (const QChar c : trimmed)
        if (c != first && !c.isSpace())
            return false;
    return true;
}

// Every non-blank, non-separator line of the input, 1-based.
QSet<int> contentLines(const QString &text) {
    QSet<int> set;
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (!t.isEmpty() && !isSeparator(t))
            set.insert(i + 1);
    }
    return set;
}

// Every line the parsed report refers to as structure or note.
QSet<int> referencedLines(const Report &r) {
    QSet<int> set;
    auto add = [&](int line) {
        if (line > 0)
            set.insert(line);
    };
    add(r.titleLine);
    add(r.periodLine);
    add(r.declaredTurningPointsLine);
    for (const Note &n : r.notes)
        add(n.line);
    for (const TurningPoint &tp : r.turningPoints) {
        add(tp.line);
        for (const Note &n : tp.notes)
            add(n.line);
        for (const Entry &e : tp.entries) {
            add(e.line);
            for (const Field &f : e.fields)
                add(f.line);
            for (const Source &s : e.sources)
                add(s.line);
            for (const Note &n : e.notes)
                add(n.line);
        }
    }
    return set;
}

// The "nothing is lost" invariant of report-format.md §2/§4.
bool checkNothingLost(const QString &text, const Report &r, QString *why) {
    const QSet<int> expected = contentLines(text);
    const QSet<int> got = referencedLines(r);
    QList<int> missing = (expected - got).values();
    QList<int> extra = (got - expected).values();
    std::sort(missing.begin(), missing.end());
    std::sort(extra.begin(), extra.end());
    if (missing.isEmpty() && extra.isEmpty())
        return true;
    QStringList m, x;
    for (int l : missing)
        m << QString::number(l);
    for (int l : extra)
        x << QString::number(l);
    *why = u"lines not kept: [%1]; lines referenced that are blank or absent: [%2]"_s.arg(
        m.join(u", "), x.join(u", "));
    return false;
}

int visibleTurningPoints(const QAbstractItemModel &model) {
    int n = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        n += model.rowCount(model.index(r, 0));
    return n;
}

bool notesMatchTheirLines(const QString &text, const Report &r) {
    const QStringList lines = splitLines(text);
    auto check = [&](const CompactList<Note> &notes) {
        for (const Note &n : notes) {
            if (n.line < 1 || n.line > lines.size() || !lines.at(n.line - 1).contains(n.text))
                return false;
        }
        return true;
    };
    if (!check(r.notes))
        return false;
    for (const TurningPoint &tp : r.turningPoints) {
        if (!check(tp.notes))
            return false;
        for (const Entry &e : tp.entries) {
            if (!check(e.notes))
                return false;
        }
    }
    return true;
}

QString englishPlural(QString text) {
    text.replace(QStringLiteral("(es)"), QStringLiteral("es"));
    text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
    return text;
}

} // namespace Turnpoint::TestSupport

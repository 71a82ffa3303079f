#include "csvexporter.h"

#include "jsonexporter.h"

#include <QLocale>

namespace Turnpoint {

namespace {

QString number(double value) {
    // The same shortest round-trip form as the JSON export ("65", "67.5"); never localised.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString joinNotes(const CompactList<Note> &notes) {
    QStringList lines;
    for (const Note &n : notes)
        lines.append(n.text);
    return lines.join(u'\n');
}

QString joinFields(const CompactList<Field> &fields) {
    QStringList parts;
    for (const Field &f : fields)
        parts.append(f.key + QStringLiteral(": ") + f.value);
    return parts.join(QStringLiteral(" | "));
}

QString joinSources(const CompactList<Source> &sources) {
    QStringList parts;
    for (const Source &s : sources) {
        if (s.url.isEmpty())
            parts.append(s.name);
        else if (s.name.isEmpty())
            parts.append(QLatin1Char('<') + s.url + QLatin1Char('>'));
        else
            parts.append(s.name + QStringLiteral(" <") + s.url + QLatin1Char('>'));
    }
    return parts.join(QStringLiteral(" | "));
}

void appendRow(QString *out, const QStringList &cells) {
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out->append(u',');
        out->append(CsvExporter::cell(cells[i]));
    }
    out->append(QStringLiteral("\r\n"));
}

} // namespace

QStringList CsvExporter::header() {
    return {QStringLiteral("file"),
            QStringLiteral("report_title"),
            QStringLiteral("turning_point_date"),
            QStringLiteral("kind"),
            QStringLiteral("confidence"),
            QStringLiteral("nothing_found"),
            QStringLiteral("turning_point_notes"),
            QStringLiteral("entry_line"),
            QStringLiteral("label"),
            QStringLiteral("title"),
            QStringLiteral("entry_date"),
            QStringLiteral("fields"),
            QStringLiteral("sources"),
            QStringLiteral("notes")};
}

QString CsvExporter::cell(const QString &text) {
    QString s = text;
    if (!s.isEmpty()) {
        const QChar first = s.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            s.prepend(u'\'');
    }
    if (s.contains(u'"') || s.contains(u',') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(u'"', QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QByteArray CsvExporter::toCsv(const QList<const Report *> &reports,
                              const TurningPointPredicate &accept) {
    QString out;
    appendRow(&out, header());
    for (const Report *r : reports) {
        const QString file = JsonExporter::displayFileName(r->file);
        for (const TurningPoint &tp : r->turningPoints) {
            if (accept && !accept(*r, tp))
                continue;
            const QStringList tpCells{file,
                                      r->title,
                                      tp.date.toIso(),
                                      tp.kind,
                                      tp.confidence ? number(*tp.confidence) : QString(),
                                      tp.nothingFound ? QStringLiteral("true")
                                                      : QStringLiteral("false"),
                                      joinNotes(tp.notes)};
            if (tp.entries.isEmpty()) {
                QStringList cells = tpCells;
                for (int i = 0; i < 7; ++i)
                    cells.append(QString());
                appendRow(&out, cells);
                continue;
            }
            for (const Entry &e : tp.entries) {
                QStringList cells = tpCells;
                cells << QString::number(e.line) << e.label << e.title << e.date.toIso()
                      << joinFields(e.fields) << joinSources(e.sources) << joinNotes(e.notes);
                appendRow(&out, cells);
            }
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray CsvExporter::toCsv(const QList<const Report *> &reports, const TimelineFilter &filter) {
    return toCsv(reports, filter.predicate());
}

} // namespace Turnpoint

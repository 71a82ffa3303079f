#include "jsonexporter.h"

#include "jsonwriter.h"

#include <QFileInfo>
#include <QUrl>

namespace Turnpoint {

namespace {

void writeNotes(JsonWriter &w, const CompactList<Note> &notes) {
    w.key(u"notes");
    w.beginArray();
    for (const Note &n : notes)
        w.string(n.text);
    w.endArray();
}

void writeEntry(JsonWriter &w, const Entry &e) {
    w.beginObject();
    w.key(u"line");
    w.number(e.line);
    w.key(u"label");
    w.string(e.label);
    w.key(u"title");
    w.string(e.title);
    w.key(u"date");
    w.stringOrNull(e.date.toIso());
    w.key(u"fields");
    w.beginArray();
    for (const Field &f : e.fields) {
        w.beginObject();
        w.key(u"key");
        w.string(f.key);
        w.key(u"value");
        w.string(f.value);
        w.endObject();
    }
    w.endArray();
    w.key(u"sources");
    w.beginArray();
    for (const Source &s : e.sources) {
        w.beginObject();
        w.key(u"name");
        w.stringOrNull(s.name);
        w.key(u"url");
        w.stringOrNull(s.url);
        if (s.unsafe) {
            w.key(u"unsafe");
            w.boolean(true);
        }
        w.endObject();
    }
    w.endArray();
    writeNotes(w, e.notes);
    w.endObject();
}

void writeTurningPoint(JsonWriter &w, const TurningPoint &tp) {
    w.beginObject();
    w.key(u"line");
    w.number(tp.line);
    w.key(u"date");
    w.stringOrNull(tp.date.toIso());
    w.key(u"kind");
    w.stringOrNull(tp.kind);
    w.key(u"confidence");
    w.numberOrNull(tp.confidence);
    w.key(u"nothing_found");
    w.boolean(tp.nothingFound);
    writeNotes(w, tp.notes);
    w.key(u"entries");
    w.beginArray();
    for (const Entry &e : tp.entries)
        writeEntry(w, e);
    w.endArray();
    w.endObject();
}

void writeDiagnostic(JsonWriter &w, const Diagnostic &d) {
    w.beginObject();
    w.key(u"line");
    w.number(d.line);
    w.key(u"column");
    w.number(d.column);
    w.key(u"severity");
    w.string(d.isError() ? QStringView(u"error") : QStringView(u"warning"));
    w.key(u"message");
    w.string(d.message);
    w.endObject();
}

} // namespace

void JsonExporter::writeReport(JsonWriter &w, const Report &r, const TurningPointPredicate &accept,
                               const std::function<void(JsonWriter &)> &writeExtraKeys) {
    w.beginObject();
    w.key(u"file");
    w.string(JsonExporter::displayFileName(r.file));
    w.key(u"title");
    // A report that starts with its heading, period or count has no title line: null, unlike
    // a title line that is empty.
    if (r.title.isEmpty() && r.titleLine == 0)
        w.null();
    else
        w.string(r.title);
    w.key(u"period");
    w.beginObject();
    w.key(u"start");
    w.stringOrNull(r.periodStart.toIso());
    w.key(u"end");
    w.stringOrNull(r.periodEnd.toIso());
    w.endObject();
    w.key(u"declared_turning_points");
    w.numberOrNull(r.declaredTurningPoints);
    writeNotes(w, r.notes);
    w.key(u"turning_points");
    w.beginArray();
    for (const TurningPoint &tp : r.turningPoints) {
        if (!accept || accept(r, tp))
            writeTurningPoint(w, tp);
    }
    w.endArray();
    w.key(u"diagnostics");
    w.beginArray();
    for (const Diagnostic &d : r.diagnostics)
        writeDiagnostic(w, d);
    w.endArray();
    if (writeExtraKeys)
        writeExtraKeys(w);
    w.endObject();
}

QString JsonExporter::displayFileName(const QString &file) {
    const QUrl url(file);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        return file;
    return QFileInfo(file).fileName();
}

QByteArray JsonExporter::toJson(const QList<const Report *> &reports, int minimumConfidence) {
    return toJson(reports, [minimumConfidence](const Report &, const TurningPoint &tp) {
        return TimelineFilter::passesConfidence(tp.confidence, minimumConfidence);
    });
}

QByteArray JsonExporter::toJson(const QList<const Report *> &reports,
                                const TimelineFilter &filter) {
    return toJson(reports, filter.predicate());
}

QByteArray JsonExporter::toJson(const QList<const Report *> &reports,
                                const TurningPointPredicate &accept) {
    JsonWriter w;
    w.beginObject();
    w.key(u"format");
    w.string(u"turnpoint-report");
    w.key(u"version");
    w.number(1);
    w.key(u"reports");
    w.beginArray();
    for (const Report *r : reports)
        writeReport(w, *r, accept);
    w.endArray();
    w.endObject();
    QByteArray out = w.take();
    out.append('\n');
    return out;
}

} // namespace Turnpoint

#include "comparisonexporter.h"

#include "jsonexporter.h"
#include "jsonwriter.h"

namespace Turnpoint {

namespace {

void writeStrings(JsonWriter &w, const QStringList &list) {
    w.beginArray();
    for (const QString &s : list)
        w.string(s);
    w.endArray();
}

void writeEntryChange(JsonWriter &w, const EntryChange &c, const TurningPoint *oldTp,
                      const TurningPoint *newTp) {
    const Entry *o = c.oldIndex >= 0 ? &oldTp->entries[c.oldIndex] : nullptr;
    const Entry *n = c.newIndex >= 0 ? &newTp->entries[c.newIndex] : nullptr;
    w.beginObject();
    w.key(u"change");
    w.string(ComparisonExporter::changeName(c.change));
    w.key(u"title");
    w.string(n ? n->title : o->title);
    w.key(u"old_title");
    w.stringOrNull(c.titleChanged && o ? o->title.toString() : QString());
    QStringList fields = c.fieldsChanged;
    if (c.labelChanged && o && n)
        fields << n->label << o->label;
    if (c.sourcesChanged)
        fields << QStringLiteral("sources");
    if (c.notesChanged)
        fields << QStringLiteral("notes");
    w.key(u"fields_changed");
    writeStrings(w, fields);
    w.endObject();
}

void writeChange(JsonWriter &w, const TurningPointChange &c, const Report &oldReport,
                 const Report &newReport) {
    const TurningPoint *o = c.oldIndex >= 0 ? &oldReport.turningPoints[c.oldIndex] : nullptr;
    const TurningPoint *n = c.newIndex >= 0 ? &newReport.turningPoints[c.newIndex] : nullptr;
    const TurningPoint *shown = n ? n : o;
    w.beginObject();
    w.key(u"change");
    w.string(ComparisonExporter::changeName(c.change));
    w.key(u"date");
    w.stringOrNull(shown->date.toIso());
    w.key(u"kind");
    w.stringOrNull(shown->kind);
    w.key(u"old_confidence");
    w.numberOrNull(o ? o->confidence : std::nullopt);
    w.key(u"new_confidence");
    w.numberOrNull(n ? n->confidence : std::nullopt);
    w.key(u"rescored");
    w.boolean(c.rescored);
    w.key(u"entries_changed");
    w.boolean(c.entriesChanged);
    w.key(u"entries");
    w.beginArray();
    for (const EntryChange &e : c.entries)
        writeEntryChange(w, e, o, n);
    w.endArray();
    w.key(u"old_kind");
    w.stringOrNull(c.kindChanged && o ? o->kind.toString() : QString());
    QStringList fields;
    if (c.kindChanged)
        fields << QStringLiteral("kind");
    if (c.nothingFoundChanged)
        fields << QStringLiteral("nothing_found");
    if (c.notesChanged)
        fields << QStringLiteral("notes");
    w.key(u"fields_changed");
    writeStrings(w, fields);
    w.endObject();
}

} // namespace

QString ComparisonExporter::changeName(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    case ChangeKind::Modified:
        return QStringLiteral("modified");
    case ChangeKind::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

QByteArray ComparisonExporter::toJson(const Report &oldReport, const Report &newReport) {
    return toJson(oldReport, newReport, ReportComparison::compare(oldReport, newReport));
}

QByteArray ComparisonExporter::toJson(const Report &oldReport, const Report &newReport,
                                      const ReportComparison &comparison) {
    JsonWriter w;
    w.beginObject();
    w.key(u"format");
    w.string(u"turnpoint-report");
    w.key(u"version");
    w.number(1);
    w.key(u"reports");
    w.beginArray();
    JsonExporter::writeReport(w, newReport, {}, [&](JsonWriter &writer) {
        writer.key(u"changes");
        writer.beginArray();
        for (const TurningPointChange &c : comparison.turningPoints)
            writeChange(writer, c, oldReport, newReport);
        writer.endArray();
    });
    w.endArray();
    w.endObject();
    QByteArray out = w.take();
    out.append('\n');
    return out;
}

} // namespace Turnpoint

#pragma once

// parse → write (MarkdownExporter) → parse must give the same report, line numbers aside: the
// check shared by the writer's tests, the parser conformance rows and the fuzz target.
// Header-only so the fuzz target, which links nothing but the model, can use it too.

#include "jsonexporter.h"
#include "markdownexporter.h"
#include "reportparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace Turnpoint::MarkdownRoundTrip {

// The exported JSON without what a rewrite may change: every "line", the file name and the
// diagnostics (those about how the original was written, such as an undecodable byte, a
// confidence written "65%%" or a source with empty brackets, go with the rewrite; their line
// numbers change anyway).
inline QJsonValue withoutLines(const QJsonValue &v) {
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(withoutLines(e));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("line"))
            out.insert(it.key(), withoutLines(it.value()));
    }
    return out;
}

inline QJsonObject structure(const Report &r) {
    const QJsonDocument doc = QJsonDocument::fromJson(JsonExporter::toJson({&r}));
    QJsonObject report = doc.object().value(QLatin1String("reports")).toArray().first().toObject();
    report.remove(QLatin1String("diagnostics"));
    report.remove(QLatin1String("file"));
    return withoutLines(report).toObject();
}

// Empty when the round trip holds; else what differs, with both reports and the written text.
// Writing the reread report must also give the very same text (the writer is a normal form).
inline QString check(const Report &r) {
    const QByteArray written = MarkdownExporter::toMarkdown(r);
    // The text is read back without the decoder's guesses: whether a file is text at all is
    // decided on its share of control characters, which a shorter rewrite of a report that
    // holds some (DEL, say) changes. What is checked here is that the text reads the same.
    const QString text = QString::fromUtf8(written);
    if (text.toUtf8() != written)
        return QStringLiteral("the written report is not valid UTF-8");
    const Report again = ReportParser::parseText(text, r.file);
    const QJsonObject before = structure(r);
    const QJsonObject after = structure(again);
    if (before != after) {
        return QStringLiteral("the rewritten report reads differently\n--- written:\n%1\n--- "
                              "before:\n%2\n--- after:\n%3")
            .arg(QString::fromUtf8(written),
                 QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Indented)),
                 QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Indented)));
    }
    const QByteArray rewritten = MarkdownExporter::toMarkdown(again);
    if (rewritten != written) {
        return QStringLiteral("writing the reread report gives other text\n--- first:\n%1\n--- "
                              "second:\n%2")
            .arg(QString::fromUtf8(written), QString::fromUtf8(rewritten));
    }
    return {};
}

} // namespace Turnpoint::MarkdownRoundTrip

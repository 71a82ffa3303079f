// Fuzzes parse -> JSON export -> QJsonDocument: whatever a report holds, the export must be
// valid JSON and hold every turning point and entry the parser found.
#include "jsonexporter.h"
#include "reportparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace Turnpoint;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Report report = ReportParser::parseBytes(bytes, QStringLiteral("fuzz.md"));
    const QByteArray json = JsonExporter::toJson({&report});

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        std::abort();
    const QJsonObject exported =
        doc.object().value(QStringLiteral("reports")).toArray().at(0).toObject();
    const QJsonArray tps = exported.value(QStringLiteral("turning_points")).toArray();
    if (tps.size() != report.turningPoints.size())
        std::abort();
    for (qsizetype i = 0; i < tps.size(); ++i) {
        const QJsonObject tp = tps.at(i).toObject();
        if (tp.value(QStringLiteral("entries")).toArray().size() !=
            report.turningPoints[i].entries.size())
            std::abort();
        if (tp.value(QStringLiteral("line")).toInt() != report.turningPoints[i].line)
            std::abort();
    }
    if (exported.value(QStringLiteral("title")).toString() != report.title)
        std::abort();
    return 0;
}

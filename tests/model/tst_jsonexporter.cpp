#include "jsonexporter.h"
#include "reportparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Turnpoint;

class TestJsonExporter : public QObject {
    Q_OBJECT

private slots:
    void sampleMatchesCheckedInExpectation();
    void keyOrderAndNulls();
    void escapesAndKeepsUnicode();
    void minimumConfidence_data();
    void minimumConfidence();
    void unsafeSourcesAreMarked();
};

namespace {

QByteArray readFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Report smallReport() {
    Report r;
    r.file = QStringLiteral("/some/dir/small.md");
    r.title = QStringLiteral("T");
    TurningPoint a;
    a.line = 5;
    a.date = PartialDate::fromYearMonth(2019, 3);
    a.kind = QStringLiteral("事件");
    a.confidence = 67.5;
    TurningPoint b; // undated, unscored, no kind
    b.line = 9;
    b.nothingFound = true;
    b.notes.append(Note{10, QStringLiteral("本周期内未监测到相关政策性文件及重大事件。")});
    r.turningPoints = {a, b};
    return r;
}

QJsonObject parseJson(const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << error.offset;
    return doc.object();
}

} // namespace

void TestJsonExporter::sampleMatchesCheckedInExpectation() {
    const Report report = ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
    QVERIFY(report.isUsable());
    const QByteArray json = JsonExporter::toJson({&report});
    const QByteArray expected =
        readFile(QStringLiteral(TURNPOINT_TEST_DATA "/expected/yunnan-industry-carbon.json"));
    QVERIFY(!expected.isEmpty());
    if (json != expected) {
        // Leave the actual output next to the build for a diff, then fail on the first line
        // that differs so the message says where.
        const QList<QByteArray> a = json.split('\n');
        const QList<QByteArray> b = expected.split('\n');
        for (int i = 0; i < qMin(a.size(), b.size()); ++i)
            QCOMPARE(QString::fromUtf8(a[i]), QString::fromUtf8(b[i]));
        QCOMPARE(a.size(), b.size());
    }
    const QJsonObject root = parseJson(json);
    QCOMPARE(root.value(QStringLiteral("reports")).toArray().size(), 1);
}

void TestJsonExporter::keyOrderAndNulls() {
    const Report r = smallReport();
    const QByteArray json = JsonExporter::toJson({&r});
    const QJsonObject root = parseJson(json);
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("turnpoint-report"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject report = root.value(QStringLiteral("reports")).toArray().at(0).toObject();
    QCOMPARE(report.value(QStringLiteral("file")).toString(), QStringLiteral("small.md"));
    QVERIFY(
        report.value(QStringLiteral("period")).toObject().value(QStringLiteral("start")).isNull());
    QVERIFY(report.value(QStringLiteral("declared_turning_points")).isNull());
    const QJsonArray tps = report.value(QStringLiteral("turning_points")).toArray();
    QCOMPARE(tps.size(), 2);
    QCOMPARE(tps.at(0).toObject().value(QStringLiteral("date")).toString(),
             QStringLiteral("2019-03"));
    QCOMPARE(tps.at(0).toObject().value(QStringLiteral("confidence")).toDouble(), 67.5);
    const QJsonObject b = tps.at(1).toObject();
    QVERIFY(b.value(QStringLiteral("date")).isNull());
    QVERIFY(b.value(QStringLiteral("kind")).isNull());
    QVERIFY(b.value(QStringLiteral("confidence")).isNull());
    QCOMPARE(b.value(QStringLiteral("nothing_found")).toBool(), true);
    QCOMPARE(b.value(QStringLiteral("notes")).toArray().at(0).toString(),
             QStringLiteral("本周期内未监测到相关政策性文件及重大事件。"));

    // Key order is the documented one, not QJsonObject's alphabetical order.
    const QByteArrayList reportKeys = {
        "\"file\"",  "\"title\"",          "\"period\"",     "\"declared_turning_points\"",
        "\"notes\"", "\"turning_points\"", "\"diagnostics\""};
    qsizetype last = -1;
    for (const QByteArray &key : reportKeys) {
        const qsizetype at = json.indexOf(key);
        QVERIFY2(at > last, key.constData());
        last = at;
    }
    const QByteArrayList tpKeys = {"\"line\"",          "\"date\"",  "\"kind\"",   "\"confidence\"",
                                   "\"nothing_found\"", "\"notes\"", "\"entries\""};
    last = json.indexOf("\"turning_points\"");
    for (const QByteArray &key : tpKeys) {
        const qsizetype at = json.indexOf(key, last + 1);
        QVERIFY2(at > last, key.constData());
        last = at;
    }
    QVERIFY(json.contains("\"confidence\": 67.5"));
}

void TestJsonExporter::escapesAndKeepsUnicode() {
    Report r = smallReport();
    r.title = QStringLiteral("引号\"反斜杠\\换行\n制表\t\x01 <b>x</b>");
    const QByteArray json = JsonExporter::toJson({&r});
    QVERIFY(json.contains("\\\""));
    QVERIFY(json.contains("\\\\"));
    QVERIFY(json.contains("\\n"));
    QVERIFY(json.contains("\\t"));
    QVERIFY(json.contains("\\u0001"));
    QVERIFY(json.contains(QStringLiteral("引号").toUtf8())); // UTF-8, not \u escapes
    const QJsonObject report =
        parseJson(json).value(QStringLiteral("reports")).toArray().at(0).toObject();
    QCOMPARE(report.value(QStringLiteral("title")).toString(), r.title);
}

void TestJsonExporter::minimumConfidence_data() {
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("exported");
    QTest::newRow("0 keeps unscored") << 0 << 2;
    QTest::newRow("1 drops unscored") << 1 << 1;
    QTest::newRow("67 keeps 67.5") << 67 << 1;
    QTest::newRow("68 drops 67.5") << 68 << 0;
}

void TestJsonExporter::minimumConfidence() {
    QFETCH(int, threshold);
    QFETCH(int, exported);
    const Report r = smallReport();
    const QJsonObject report = parseJson(JsonExporter::toJson({&r}, threshold))
                                   .value(QStringLiteral("reports"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(report.value(QStringLiteral("turning_points")).toArray().size(), exported);
    QCOMPARE(report.value(QStringLiteral("title")).toString(), QStringLiteral("T"));
}

void TestJsonExporter::unsafeSourcesAreMarked() {
    Report r = smallReport();
    Entry e;
    e.line = 7;
    e.title = QStringLiteral("e");
    e.sources = {Source{8, QStringLiteral("ok"), QStringLiteral("https://a.example/x"), false},
                 Source{8, QString(), QStringLiteral("javascript:alert(1)"), true},
                 Source{8, QStringLiteral("name only"), QString(), false}};
    r.turningPoints[0].entries.append(e);
    const QJsonArray sources = parseJson(JsonExporter::toJson({&r}))
                                   .value(QStringLiteral("reports"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("turning_points"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("entries"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("sources"))
                                   .toArray();
    QCOMPARE(sources.size(), 3);
    QVERIFY(!sources.at(0).toObject().contains(QStringLiteral("unsafe")));
    QCOMPARE(sources.at(1).toObject().value(QStringLiteral("unsafe")).toBool(), true);
    QVERIFY(sources.at(1).toObject().value(QStringLiteral("name")).isNull());
    QCOMPARE(sources.at(1).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("javascript:alert(1)"));
    QVERIFY(sources.at(2).toObject().value(QStringLiteral("url")).isNull());
}

QTEST_GUILESS_MAIN(TestJsonExporter)
#include "tst_jsonexporter.moc"

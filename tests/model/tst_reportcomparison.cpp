#include "comparisonexporter.h"
#include "jsonexporter.h"
#include "reportcomparison.h"
#include "reportparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Turnpoint;

class TestReportComparison : public QObject {
    Q_OBJECT

private slots:
    void titleKey_data();
    void titleKey();
    void editDistance_data();
    void editDistance();
    void compare_data();
    void compare();
    void entryIndicesPointIntoBothVersions();
    void sampleComparedWithItselfIsUnchanged();
    void jsonChangesHaveExactContent();
    void jsonReportPartIsTheUsualExport();
    void jsonEntryFieldsChangedNamesLabelsSourcesNotes();
    void largeReportsCompare();
};

namespace {

// Version 1 of a small report; the table below edits it into version 2.
const QString Base = QStringLiteral(R"(报告

### 转折点：2019年3月（事件） - 置信度：65%

1. **项目名称**：云南省绿色铝产业园区建设项目一期
**实施时间**：2019年12月
**实施主体**：云南省人民政府
**官方来源**：中国日报网（https://a.example/1）

2. **调控措施**：云南省电解铝产能调控方案
**执行时间**：2021年9月

---

### 转折点：2020年9月（事件） - 置信度：62%

本周期内未监测到相关政策性文件及重大事件。

---

### 转折点：日期不详（政策）

1. **技术创新**：工业领域CCUS示范研究
**研究周期**：2022年1月-2023年8月
)");

const QString Title1 = QStringLiteral("云南省绿色铝产业园区建设项目一期");

QString edited(QString text, const QStringList &replacements) {
    for (qsizetype i = 0; i + 1 < replacements.size(); i += 2) {
        const QString from = replacements[i];
        if (!text.contains(from))
            qWarning("replacement source not found: %s", qPrintable(from));
        text.replace(from, replacements[i + 1]);
    }
    return text;
}

Report parse(const QString &text, const QString &name) {
    return ReportParser::parseText(text, name);
}

QString signedNumber(double d) {
    return (d > 0 ? QStringLiteral("+") : QString()) + QString::number(d);
}

// One line per turning point ("modified 2019-03 事件 rescored +5"), then one indented line per
// entry that is not unchanged ("  modified TITLE <- OLD fields=a,b sources").
QStringList describe(const ReportComparison &c, const Report &o, const Report &n) {
    QStringList lines;
    for (const TurningPointChange &tc : c.turningPoints) {
        const TurningPoint *otp = tc.oldIndex >= 0 ? &o.turningPoints[tc.oldIndex] : nullptr;
        const TurningPoint *ntp = tc.newIndex >= 0 ? &n.turningPoints[tc.newIndex] : nullptr;
        const TurningPoint *shown = ntp ? ntp : otp;
        QString line = ComparisonExporter::changeName(tc.change) + u' ' +
                       (shown->date.isValid() ? shown->date.toIso() : QStringLiteral("undated")) +
                       u' ' + shown->kind;
        if (tc.rescored)
            line +=
                QStringLiteral(" rescored ") +
                (tc.confidenceDelta ? signedNumber(*tc.confidenceDelta) : QStringLiteral("n/a"));
        if (tc.kindChanged)
            line += QStringLiteral(" kind<-") + otp->kind;
        if (tc.nothingFoundChanged)
            line += QStringLiteral(" nothing_found");
        if (tc.notesChanged)
            line += QStringLiteral(" notes");
        lines.append(line);
        for (const EntryChange &ec : tc.entries) {
            if (ec.change == ChangeKind::Unchanged)
                continue;
            const Entry *oe = ec.oldIndex >= 0 ? &otp->entries[ec.oldIndex] : nullptr;
            const Entry *ne = ec.newIndex >= 0 ? &ntp->entries[ec.newIndex] : nullptr;
            QString e = QStringLiteral("  ") + ComparisonExporter::changeName(ec.change) + u' ' +
                        (ne ? ne->title : oe->title);
            if (ec.titleChanged)
                e += QStringLiteral(" <- ") + oe->title;
            if (!ec.fieldsChanged.isEmpty())
                e += QStringLiteral(" fields=") + ec.fieldsChanged.join(u',');
            if (ec.labelChanged)
                e += QStringLiteral(" label");
            if (ec.sourcesChanged)
                e += QStringLiteral(" sources");
            if (ec.notesChanged)
                e += QStringLiteral(" notes");
            lines.append(e);
        }
    }
    return lines;
}

const QString Unchanged2019 = QStringLiteral("unchanged 2019-03 事件");
const QString Unchanged2020 = QStringLiteral("unchanged 2020-09 事件");
const QString UnchangedUndated = QStringLiteral("unchanged undated 政策");

QJsonObject firstReport(const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << error.offset;
    return doc.object().value(u"reports").toArray().at(0).toObject();
}

} // namespace

void TestReportComparison::titleKey_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << QStringLiteral("工业领域CCUS示范研究")
                           << QStringLiteral("工业领域ccus示范研究");
    QTest::newRow("full-width") << QStringLiteral("工业领域ＣＣＵＳ示范研究")
                                << QStringLiteral("工业领域ccus示范研究");
    QTest::newRow("punctuation and spaces")
        << QStringLiteral("《云南省 碳达峰》实施方案（2022—2025年）")
        << QStringLiteral("云南省碳达峰实施方案20222025年");
    QTest::newRow("ideographic space") << QStringLiteral("A\u3000B, c!") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
}

void TestReportComparison::titleKey() {
    QFETCH(QString, title);
    QFETCH(QString, key);
    QCOMPARE(ReportComparison::titleKey(title), key);
}

void TestReportComparison::editDistance_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("equal") << QStringLiteral("abc") << QStringLiteral("abc") << 0;
    QTest::newRow("empty") << QString() << QStringLiteral("abc") << 3;
    QTest::newRow("kitten") << QStringLiteral("kitten") << QStringLiteral("sitting") << 3;
    QTest::newRow("swapped args") << QStringLiteral("sitting") << QStringLiteral("kitten") << 3;
    QTest::newRow("chinese") << QStringLiteral("建设项目一期") << QStringLiteral("建设项目二期")
                             << 1;
    QTest::newRow("insert") << QStringLiteral("产能调控") << QStringLiteral("产能调控方案") << 2;
}

void TestReportComparison::editDistance() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(ReportComparison::editDistance(a, b), distance);
}

void TestReportComparison::compare_data() {
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QStringList>("expected");

    const QString tp2021 = QStringLiteral(
        "### 转折点：2021年3月（事件） - 置信度：68%\n\n"
        "1. **重点项目**：云南省碳中和示范园区基建工程\n**立项时间**：2022年3月\n\n---\n\n");

    QTest::newRow("identical") << Base
                               << QStringList{Unchanged2019, Unchanged2020, UnchangedUndated};
    QTest::newRow("re-scored") << edited(Base, {QStringLiteral("65%"), QStringLiteral("70%")})
                               << QStringList{QStringLiteral("modified 2019-03 事件 rescored +5"),
                                              Unchanged2020, UnchangedUndated};
    QTest::newRow("re-scored down, fraction")
        << edited(Base, {QStringLiteral("62%"), QStringLiteral("0.5")})
        << QStringList{Unchanged2019, QStringLiteral("modified 2020-09 事件 rescored -12"),
                       UnchangedUndated};
    QTest::newRow("scored for the first time")
        << edited(Base, {QStringLiteral("日期不详（政策）"),
                         QStringLiteral("日期不详（政策） - 置信度：40%")})
        << QStringList{Unchanged2019, Unchanged2020,
                       QStringLiteral("modified undated 政策 rescored n/a")};
    QTest::newRow("turning point added, in time order")
        << edited(Base, {QStringLiteral("### 转折点：日期不详"),
                         tp2021 + QStringLiteral("### 转折点：日期不详")})
        << QStringList{Unchanged2019, Unchanged2020, QStringLiteral("added 2021-03 事件"),
                       QStringLiteral("  added 云南省碳中和示范园区基建工程"), UnchangedUndated};
    QTest::newRow("turning point removed")
        << edited(Base, {QStringLiteral("### 转折点：2020年9月（事件） - 置信度：62%\n\n"
                                        "本周期内未监测到相关政策性文件及重大事件。\n\n---\n\n"),
                         QString()})
        << QStringList{Unchanged2019, QStringLiteral("removed 2020-09 事件"), UnchangedUndated};
    QTest::newRow("entry field edited")
        << edited(Base, {QStringLiteral("云南省人民政府"),
                         QStringLiteral("云南省人民政府与山东魏桥创业集团")})
        << QStringList{QStringLiteral("modified 2019-03 事件"),
                       QStringLiteral("  modified ") + Title1 + QStringLiteral(" fields=实施主体"),
                       Unchanged2020, UnchangedUndated};
    QTest::newRow("entry field added")
        << edited(Base, {QStringLiteral("**执行时间**：2021年9月\n"),
                         QStringLiteral("**执行时间**：2021年9月\n**调控力度**：产能缩减30%\n")})
        << QStringList{QStringLiteral("modified 2019-03 事件"),
                       QStringLiteral("  modified 云南省电解铝产能调控方案 fields=调控力度"),
                       Unchanged2020, UnchangedUndated};
    QTest::newRow("entry field removed")
        << edited(Base, {QStringLiteral("**实施时间**：2019年12月\n"), QString()})
        << QStringList{QStringLiteral("modified 2019-03 事件"),
                       QStringLiteral("  modified ") + Title1 + QStringLiteral(" fields=实施时间"),
                       Unchanged2020, UnchangedUndated};
    QTest::newRow("source edited")
        << edited(Base,
                  {QStringLiteral("https://a.example/1"), QStringLiteral("https://a.example/2")})
        << QStringList{QStringLiteral("modified 2019-03 事件"),
                       QStringLiteral("  modified ") + Title1 + QStringLiteral(" sources"),
                       Unchanged2020, UnchangedUndated};
    QTest::newRow("renamed entry with a small edit")
        << edited(Base, {QStringLiteral("建设项目一期"), QStringLiteral("建设项目二期")})
        << QStringList{QStringLiteral("modified 2019-03 事件"),
                       QStringLiteral("  modified 云南省绿色铝产业园区建设项目二期 <- ") + Title1,
                       Unchanged2020, UnchangedUndated};
    QTest::newRow("renamed and edited")
        << edited(Base, {QStringLiteral("电解铝产能调控方案\n**执行时间**：2021年9月"),
                         QStringLiteral("电解铝产能调控方案（修订）\n**执行时间**：2021年10月")})
        << QStringList{QStringLiteral("modified 2019-03 事件"),
                       QStringLiteral("  modified 云南省电解铝产能调控方案（修订） <- "
                                      "云南省电解铝产能调控方案 fields=执行时间"),
                       Unchanged2020, UnchangedUndated};
    QTest::newRow("different title is another entry")
        << edited(Base, {QStringLiteral("云南省电解铝产能调控方案"),
                         QStringLiteral("昆明市低碳发展专项规划")})
        << QStringList{QStringLiteral("modified 2019-03 事件"),
                       QStringLiteral("  removed 云南省电解铝产能调控方案"),
                       QStringLiteral("  added 昆明市低碳发展专项规划"), Unchanged2020,
                       UnchangedUndated};
    QTest::newRow("label changed")
        << edited(Base, {QStringLiteral("1. **项目名称**"), QStringLiteral("1. **重点项目**")})
        << QStringList{QStringLiteral("modified 2019-03 事件"),
                       QStringLiteral("  modified ") + Title1 + QStringLiteral(" label"),
                       Unchanged2020, UnchangedUndated};
    QTest::newRow("entry note added")
        << edited(Base, {QStringLiteral("**执行时间**：2021年9月\n"),
                         QStringLiteral("**执行时间**：2021年9月\n注：数据待核实\n")})
        << QStringList{QStringLiteral("modified 2019-03 事件"),
                       QStringLiteral("  modified 云南省电解铝产能调控方案 notes"), Unchanged2020,
                       UnchangedUndated};
    QTest::newRow("entries reordered and renamed")
        << edited(Base, {QStringLiteral("1. **项目名称**：云南省绿色铝产业园区建设项目一期"),
                         QStringLiteral("3. **项目名称**：云南省绿色铝产业园区建设项目二期"),
                         QStringLiteral("2. **调控措施**：云南省电解铝产能调控方案"),
                         QStringLiteral("1. **调控措施**：云南省电解铝产能调控方案（修订）")})
        << QStringList{QStringLiteral("modified 2019-03 事件"),
                       QStringLiteral("  modified 云南省绿色铝产业园区建设项目二期 <- ") + Title1,
                       QStringLiteral("  modified 云南省电解铝产能调控方案（修订） <- "
                                      "云南省电解铝产能调控方案"),
                       Unchanged2020, UnchangedUndated};
    QTest::newRow("entry removed")
        << edited(Base, {QStringLiteral("2. **调控措施**：云南省电解铝产能调控方案\n"
                                        "**执行时间**：2021年9月\n\n"),
                         QString()})
        << QStringList{QStringLiteral("modified 2019-03 事件"),
                       QStringLiteral("  removed 云南省电解铝产能调控方案"), Unchanged2020,
                       UnchangedUndated};
    QTest::newRow("entries reordered")
        << edited(Base, {QStringLiteral("1. **项目名称**"), QStringLiteral("9. **项目名称**")})
               .replace(QStringLiteral("2. **调控措施**"), QStringLiteral("1. **调控措施**"))
        << QStringList{Unchanged2019, Unchanged2020, UnchangedUndated};
    QTest::newRow("full-width vs half-width")
        << edited(Base, {QStringLiteral("CCUS示范研究"), QStringLiteral("ＣＣＵＳ示范研究"),
                         QStringLiteral("**实施时间**：2019年12月"),
                         QStringLiteral("**实施时间**: ２０１９年１２月"),
                         QStringLiteral("中国日报网（"), QStringLiteral("中国日报网 (")})
               .replace(QStringLiteral("a.example/1）"), QStringLiteral("a.example/1)"))
        << QStringList{Unchanged2019, Unchanged2020, UnchangedUndated};
    QTest::newRow("kind changed") << edited(Base, {QStringLiteral("2019年3月（事件）"),
                                                   QStringLiteral("2019年3月（政策）")})
                                  << QStringList{QStringLiteral("modified 2019-03 政策 kind<-事件"),
                                                 Unchanged2020, UnchangedUndated};
    QTest::newRow("nothing found no more")
        << edited(Base,
                  {QStringLiteral("本周期内未监测到相关政策性文件及重大事件。"),
                   QStringLiteral("1. **调控措施**：云南省能耗双控方案\n**执行时间**：2020年9月")})
        << QStringList{Unchanged2019, QStringLiteral("modified 2020-09 事件 nothing_found notes"),
                       QStringLiteral("  added 云南省能耗双控方案"), UnchangedUndated};
    QTest::newRow("heading date written differently")
        << edited(Base, {QStringLiteral("2019年3月（事件）"), QStringLiteral("2019-03（事件）")})
        << QStringList{Unchanged2019, Unchanged2020, UnchangedUndated};
    QTest::newRow("coarser date is another turning point")
        << edited(Base, {QStringLiteral("2019年3月（事件）"), QStringLiteral("2019年（事件）")})
        << QStringList{QStringLiteral("added 2019 事件"),
                       QStringLiteral("  added ") + Title1,
                       QStringLiteral("  added 云南省电解铝产能调控方案"),
                       QStringLiteral("removed 2019-03 事件"),
                       QStringLiteral("  removed ") + Title1,
                       QStringLiteral("  removed 云南省电解铝产能调控方案"),
                       Unchanged2020,
                       UnchangedUndated};
    QTest::newRow("undated matched by an entry title")
        << edited(Base, {QStringLiteral("日期不详（政策）"), QStringLiteral("时间未知（政策）")})
        << QStringList{Unchanged2019, Unchanged2020, UnchangedUndated};
    QTest::newRow("undated sharing nothing")
        << edited(Base, {QStringLiteral("日期不详（政策）"), QStringLiteral("时间未知（政策）"),
                         QStringLiteral("工业领域CCUS示范研究"),
                         QStringLiteral("昆明市低碳发展专项规划")})
        << QStringList{Unchanged2019,
                       Unchanged2020,
                       QStringLiteral("added undated 政策"),
                       QStringLiteral("  added 昆明市低碳发展专项规划"),
                       QStringLiteral("removed undated 政策"),
                       QStringLiteral("  removed 工业领域CCUS示范研究")};
    // The undated one changes kind and is still found through its entry's title.
    QTest::newRow("every turning point changed")
        << edited(Base, {QStringLiteral("65%"), QStringLiteral("60%"), QStringLiteral("62%"),
                         QStringLiteral("50%"), QStringLiteral("日期不详（政策）"),
                         QStringLiteral("日期不详（事件）"), QStringLiteral("2022年1月-2023年8月"),
                         QStringLiteral("2022年1月-2023年12月")})
        << QStringList{QStringLiteral("modified 2019-03 事件 rescored -5"),
                       QStringLiteral("modified 2020-09 事件 rescored -12"),
                       QStringLiteral("modified undated 事件 kind<-政策"),
                       QStringLiteral("  modified 工业领域CCUS示范研究 fields=研究周期")};
    QTest::newRow("every dated turning point moved")
        << edited(Base,
                  {QStringLiteral("### 转折点：2019年3月"), QStringLiteral("### 转折点：2018年3月"),
                   QStringLiteral("2020年9月（事件）"), QStringLiteral("2020年10月（事件）")})
        << QStringList{QStringLiteral("added 2018-03 事件"),
                       QStringLiteral("  added ") + Title1,
                       QStringLiteral("  added 云南省电解铝产能调控方案"),
                       QStringLiteral("removed 2019-03 事件"),
                       QStringLiteral("  removed ") + Title1,
                       QStringLiteral("  removed 云南省电解铝产能调控方案"),
                       QStringLiteral("removed 2020-09 事件"),
                       QStringLiteral("added 2020-10 事件"),
                       UnchangedUndated};
}

void TestReportComparison::compare() {
    QFETCH(QString, newText);
    QFETCH(QStringList, expected);
    const Report o = parse(Base, QStringLiteral("v1.md"));
    const Report n = parse(newText, QStringLiteral("v2.md"));
    const ReportComparison c = ReportComparison::compare(o, n);
    QCOMPARE(describe(c, o, n), expected);
    QCOMPARE(c.hasChanges(), c.count(ChangeKind::Unchanged) != c.turningPoints.size());
    // Every turning point of either version appears exactly once.
    QCOMPARE(c.turningPoints.size(), o.turningPoints.size() + c.count(ChangeKind::Added));
    QCOMPARE(c.turningPoints.size(), n.turningPoints.size() + c.count(ChangeKind::Removed));
}

void TestReportComparison::entryIndicesPointIntoBothVersions() {
    const Report o = parse(Base, QStringLiteral("v1.md"));
    const Report n = parse(
        edited(Base, {QStringLiteral("1. **项目名称**：云南省绿色铝产业园区建设项目一期\n"
                                     "**实施时间**：2019年12月\n**实施主体**：云南省人民政府\n"
                                     "**官方来源**：中国日报网（https://a.example/1）\n\n"),
                      QStringLiteral("1. **新项目**：玉溪新能源电池隔膜生产基地\n\n")}),
        QStringLiteral("v2.md"));
    const ReportComparison c = ReportComparison::compare(o, n);
    QCOMPARE(c.turningPoints.size(), 3);
    const TurningPointChange &tc = c.turningPoints[0];
    QCOMPARE(tc.oldIndex, 0);
    QCOMPARE(tc.newIndex, 0);
    QVERIFY(tc.entriesChanged);
    QVERIFY(!tc.rescored);
    QVERIFY(!tc.confidenceDelta);
    // New order; the removed entry stays where it stood, before the one added in its place.
    QCOMPARE(tc.entries.size(), 3);
    QCOMPARE(tc.entries[0].change, ChangeKind::Removed);
    QCOMPARE(tc.entries[0].oldIndex, 0);
    QCOMPARE(tc.entries[0].newIndex, -1);
    QCOMPARE(tc.entries[1].change, ChangeKind::Added);
    QCOMPARE(tc.entries[1].newIndex, 0);
    QCOMPARE(tc.entries[1].oldIndex, -1);
    QCOMPARE(tc.entries[2].change, ChangeKind::Unchanged);
    QCOMPARE(tc.entries[2].oldIndex, 1);
    QCOMPARE(tc.entries[2].newIndex, 1);
    QCOMPARE(c.count(ChangeKind::Modified), 1);
    QCOMPARE(c.count(ChangeKind::Unchanged), 2);
}

void TestReportComparison::sampleComparedWithItselfIsUnchanged() {
    const Report a = ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
    const Report b = ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
    QCOMPARE(a.turningPoints.size(), 10);
    const ReportComparison c = ReportComparison::compare(a, b);
    QCOMPARE(c.turningPoints.size(), 10);
    QVERIFY(!c.hasChanges());
    for (int i = 0; i < c.turningPoints.size(); ++i) {
        const TurningPointChange &tc = c.turningPoints[i];
        QCOMPARE(tc.change, ChangeKind::Unchanged);
        QCOMPARE(tc.oldIndex, i); // the sample is in time order already
        QCOMPARE(tc.newIndex, i);
        QCOMPARE(tc.entries.size(), a.turningPoints[i].entries.size());
        for (const EntryChange &ec : tc.entries)
            QCOMPARE(ec.change, ChangeKind::Unchanged);
    }
    const QJsonArray changes =
        firstReport(ComparisonExporter::toJson(a, b)).value(u"changes").toArray();
    QCOMPARE(changes.size(), 10);
    for (const QJsonValue &v : changes)
        QCOMPARE(v.toObject().value(u"change").toString(), QStringLiteral("unchanged"));
}

void TestReportComparison::jsonChangesHaveExactContent() {
    const Report o = parse(Base, QStringLiteral("/tmp/v1.md"));
    const Report n = parse(
        edited(Base, {QStringLiteral("65%"), QStringLiteral("67.5%"),
                      QStringLiteral("建设项目一期"), QStringLiteral("建设项目二期"),
                      QStringLiteral("https://a.example/1"), QStringLiteral("https://a.example/2"),
                      QStringLiteral("2. **调控措施**：云南省电解铝产能调控方案\n"
                                     "**执行时间**：2021年9月\n\n"),
                      QString(), QStringLiteral("### 转折点：2020年9月（事件） - 置信度：62%"),
                      QStringLiteral("### 转折点：2020年9月（政策） - 置信度：62%"),
                      QStringLiteral("### 转折点：日期不详"),
                      QStringLiteral("### 转折点：2021年3月 - 置信度：70%\n\n"
                                     "1. **重点项目**：示范园区\n\n---\n\n"
                                     "### 转折点：日期不详")}),
        QStringLiteral("/tmp/v2.md"));
    const QByteArray json = ComparisonExporter::toJson(o, n);
    const QJsonObject report = firstReport(json);
    QCOMPARE(report.value(u"file").toString(), QStringLiteral("v2.md"));

    const QJsonArray expected = QJsonDocument::fromJson(R"([
      {"change": "modified", "date": "2019-03", "kind": "事件",
       "old_confidence": 65, "new_confidence": 67.5, "rescored": true, "entries_changed": true,
       "entries": [
         {"change": "modified", "title": "云南省绿色铝产业园区建设项目二期",
          "old_title": "云南省绿色铝产业园区建设项目一期", "fields_changed": ["sources"]},
         {"change": "removed", "title": "云南省电解铝产能调控方案", "old_title": null,
          "fields_changed": []}],
       "old_kind": null, "fields_changed": []},
      {"change": "modified", "date": "2020-09", "kind": "政策",
       "old_confidence": 62, "new_confidence": 62, "rescored": false, "entries_changed": false,
       "entries": [], "old_kind": "事件", "fields_changed": ["kind"]},
      {"change": "added", "date": "2021-03", "kind": null,
       "old_confidence": null, "new_confidence": 70, "rescored": false, "entries_changed": true,
       "entries": [{"change": "added", "title": "示范园区", "old_title": null,
                    "fields_changed": []}],
       "old_kind": null, "fields_changed": []},
      {"change": "unchanged", "date": null, "kind": "政策",
       "old_confidence": null, "new_confidence": null, "rescored": false,
       "entries_changed": false,
       "entries": [{"change": "unchanged", "title": "工业领域CCUS示范研究", "old_title": null,
                    "fields_changed": []}],
       "old_kind": null, "fields_changed": []}
    ])")
                                    .array();
    QCOMPARE(expected.size(), 4);
    QCOMPARE(report.value(u"changes").toArray(), expected);

    // Key order, which QJsonObject cannot show: `changes` is the report's last key, and each
    // change lists its keys in the documented order.
    const QByteArray changesKey = "\"changes\": [";
    const qsizetype at = json.indexOf(changesKey);
    QVERIFY(at > json.indexOf("\"diagnostics\": ["));
    const QByteArray tail = json.mid(at);
    QVERIFY(tail.trimmed().endsWith("]\n    }\n  ]\n}"));
    const QList<QByteArray> order = {"\"change\"",
                                     "\"date\"",
                                     "\"kind\"",
                                     "\"old_confidence\"",
                                     "\"new_confidence\"",
                                     "\"rescored\"",
                                     "\"entries_changed\"",
                                     "\"entries\"",
                                     "\"old_kind\"",
                                     "\"fields_changed\": []\n"};
    qsizetype pos = at;
    for (const QByteArray &key : order) {
        const qsizetype next = json.indexOf(key, pos);
        QVERIFY2(next > pos, key.constData());
        pos = next;
    }
}

void TestReportComparison::jsonReportPartIsTheUsualExport() {
    const Report o = parse(Base, QStringLiteral("v1.md"));
    const Report n = parse(edited(Base, {QStringLiteral("65%"), QStringLiteral("70%")}),
                           QStringLiteral("v2.md"));
    const QByteArray plain = JsonExporter::toJson({&n});
    const QByteArray compared = ComparisonExporter::toJson(o, n);
    // Byte for byte the usual export up to the end of `diagnostics`, then `changes`.
    const qsizetype cut = plain.lastIndexOf("\n    }");
    QVERIFY(cut > 0);
    QVERIFY(compared.startsWith(plain.left(cut)));
    QVERIFY(compared.mid(cut).startsWith(",\n      \"changes\": ["));
    QJsonObject withoutChanges = firstReport(compared);
    withoutChanges.remove(u"changes");
    QCOMPARE(withoutChanges, firstReport(plain));
}

void TestReportComparison::jsonEntryFieldsChangedNamesLabelsSourcesNotes() {
    const Report o = parse(Base, QStringLiteral("v1.md"));
    const Report n =
        parse(edited(Base, {QStringLiteral("1. **项目名称**"), QStringLiteral("1. **重点项目**"),
                            QStringLiteral("云南省人民政府"), QStringLiteral("云南省人民政府等"),
                            QStringLiteral("https://a.example/1）\n"),
                            QStringLiteral("https://a.example/2）\n注：待核实\n")}),
              QStringLiteral("v2.md"));
    const QJsonArray changes =
        firstReport(ComparisonExporter::toJson(o, n)).value(u"changes").toArray();
    QCOMPARE(changes.size(), 3);
    const QJsonObject entry = changes[0].toObject().value(u"entries").toArray()[0].toObject();
    QCOMPARE(entry.value(u"change").toString(), QStringLiteral("modified"));
    QCOMPARE(entry.value(u"old_title"), QJsonValue(QJsonValue::Null));
    QCOMPARE(entry.value(u"fields_changed").toArray(),
             (QJsonArray{QStringLiteral("实施主体"), QStringLiteral("重点项目"),
                         QStringLiteral("项目名称"), QStringLiteral("sources"),
                         QStringLiteral("notes")}));
}

// Matching is keyed (hashes), not all pairs: 100 000 turning points, ten on each date, compared
// in 1.5 s (RelWithDebInfo, on 2 cores busy with other builds). The bound is generous for a
// loaded CI host; an all-pairs match would take hours here.
void TestReportComparison::largeReportsCompare() {
    Report o;
    for (int i = 0; i < 100000; ++i) {
        TurningPoint tp;
        tp.date = PartialDate::fromYearMonth(1900 + i / 120, 1 + i / 10 % 12); // 10 per month
        tp.kind = i % 2 ? QStringLiteral("事件") : QStringLiteral("政策");
        tp.confidence = 50;
        Entry e;
        e.title = QStringLiteral("项目%1").arg(i);
        e.fields.append(Field{0, QStringLiteral("时间"), QString::number(i)});
        tp.entries.append(e);
        o.turningPoints.append(tp);
    }
    for (int i = 0; i < 50; ++i) { // undated ones, matched by their entries' titles
        TurningPoint tp;
        tp.dateText = QStringLiteral("未知%1").arg(i);
        Entry e;
        e.title = QStringLiteral("未定项目%1").arg(i);
        tp.entries.append(e);
        o.turningPoints.append(tp);
    }
    Report n = o;
    for (int i = 0; i < 100000; i += 10)
        n.turningPoints[i].confidence = 60;
    for (int i = 100000; i < 100050; ++i)
        n.turningPoints[i].dateText = QStringLiteral("日期不详");
    // No wall-clock limit here (a loaded CI machine made one fail): a quadratic comparison of
    // 100k turning points would run for hours and hit the test's timeout instead.
    const ReportComparison c = ReportComparison::compare(o, n);
    QCOMPARE(c.turningPoints.size(), 100050);
    QCOMPARE(c.count(ChangeKind::Modified), 10000);
    QCOMPARE(c.count(ChangeKind::Unchanged), 90050);
    for (const TurningPointChange &tc : c.turningPoints)
        QCOMPARE(tc.oldIndex, tc.newIndex);
}

QTEST_GUILESS_MAIN(TestReportComparison)
#include "tst_reportcomparison.moc"

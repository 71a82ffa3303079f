// Conformance with report-format.md, one named row per rule: each minimal input with the exact
// JSON (JsonExporter's) that the spec asks for. The expectation names the parts of the report
// object the rule is about; every key it names is compared exactly (lists in full, objects key by
// key), so a row fails on any difference there, including an extra or a missing diagnostic.
// Each row's input must also read back the same after MarkdownExporter writes it.
#include "jsonexporter.h"
#include "markdownroundtrip.h"
#include "reportparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Turnpoint;
using namespace Qt::StringLiterals;

namespace {

// A title and one turning point with kind and confidence; rows add lines after it (line 3 on).
const QString H = u"T\n### 转折点：2019年（事件） - 置信度：50%\n"_s;
// H and an entry on line 3.
const QString E = H + u"1. **项目名称**：X\n"_s;

// `expected` ⊆ `actual`: every key of an expected object is compared, arrays element by element
// with the same length, everything else exactly. `where` names the first difference.
bool matches(const QJsonValue &expected, const QJsonValue &actual, const QString &path,
             QString *where) {
    if (expected.isObject()) {
        if (!actual.isObject()) {
            *where = path + u": not an object"_s;
            return false;
        }
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                *where = path + u"."_s + it.key() + u": missing"_s;
                return false;
            }
            if (!matches(it.value(), a.value(it.key()), path + u"."_s + it.key(), where))
                return false;
        }
        return true;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!actual.isArray() || e.size() != a.size()) {
            *where = path + u": %1 elements, expected %2"_s.arg(a.size()).arg(e.size());
            return false;
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (!matches(e.at(i), a.at(i), path + u"[%1]"_s.arg(i), where))
                return false;
        }
        return true;
    }
    if (expected != actual) {
        *where = path + u": differs"_s;
        return false;
    }
    return true;
}

QJsonObject exportedReport(const Report &r) {
    const QJsonDocument doc = QJsonDocument::fromJson(JsonExporter::toJson({&r}));
    return doc.object().value(u"reports"_s).toArray().first().toObject();
}

// Empty when `r` exports as `expected` says; else the first difference and the parts of the
// report that `expected` names, as they are.
QString differenceFrom(const QJsonObject &expected, const Report &r) {
    const QJsonObject actual = exportedReport(r);
    QString where;
    if (matches(expected, actual, u"report"_s, &where))
        return {};
    QJsonObject shown;
    for (const QString &key : expected.keys())
        shown.insert(key, actual.value(key));
    return where + u"\nactual: "_s +
           QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
}

// Spelled-out long values would make rows unreadable.
QString expand(QString s) {
    return s.replace(u"{NINES}"_s, QString(400, u'9'));
}

} // namespace

class tst_ParserConformance : public QObject {
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void encodingRules_data();
    void encodingRules();
};

void tst_ParserConformance::rules_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    // Turning point parts named once, to keep rows short.
    const auto row = [](const char *name, const QString &text, const char *json) {
        QTest::newRow(name) << text << QByteArray(json);
    };

    // --- The eight deviations ---------------------------------------------------------------
    row("ordinal without a bold label is a turning point note", H + u"1. 普通列表项\n"_s,
        R"({"turning_points": [{"nothing_found": false, "notes": ["1. 普通列表项"],
            "entries": []}], "diagnostics": []})");
    row("bulleted key value with no entry open is a turning point note",
        H + u"- 发布机构：国家能源局\n"_s,
        R"({"turning_points": [{"notes": ["- 发布机构：国家能源局"], "entries": []}],
            "diagnostics": []})");
    row("text after a separator stays in the entry", E + u"---\n自由文本\n"_s,
        R"({"turning_points": [{"notes": [], "entries": [{"line": 3, "title": "X",
            "fields": [], "notes": ["自由文本"]}]}], "diagnostics": []})");
    row("field after a separator stays in the entry", E + u"---\n**实施主体**：国家能源局\n"_s,
        R"({"turning_points": [{"notes": [], "entries": [{"title": "X",
            "fields": [{"key": "实施主体", "value": "国家能源局"}], "notes": []}]}],
            "diagnostics": []})");
    row("nothing found after a bullet", H + u"- 本周期内未监测到相关政策。\n"_s,
        R"({"turning_points": [{"nothing_found": true,
            "notes": ["- 本周期内未监测到相关政策。"], "entries": []}], "diagnostics": []})");
    row("nothing found after a note prefix", H + u"备注：本周期内未监测到相关政策。\n"_s,
        R"({"turning_points": [{"nothing_found": true,
            "notes": ["备注：本周期内未监测到相关政策。"], "entries": []}], "diagnostics": []})");
    row("nothing found after an ordinal", H + u"1. 本周期内未监测到相关政策。\n"_s,
        R"({"turning_points": [{"nothing_found": true,
            "notes": ["1. 本周期内未监测到相关政策。"], "entries": []}], "diagnostics": []})");
    row("declared count too large for an int",
        u"T\n收录重大转折点：99999999999999999999项\n### 转折点：2019年（事件） - 置信度：50%\n"_s,
        R"({"declared_turning_points": null, "notes": ["收录重大转折点：99999999999999999999项"],
            "turning_points": [{"line": 3}],
            "diagnostics": [{"line": 2, "column": 9, "severity": "warning",
            "message": "the declared number of turning points “99999999999999999999” is too large; the line is kept as a note"}]})");
    row("semicolon after a bare URL separates sources",
        E + u"**来源**：https://a.org/x;国家能源局\n"_s,
        R"({"turning_points": [{"entries": [{"sources": [
            {"name": null, "url": "https://a.org/x"}, {"name": "国家能源局", "url": null}],
            "notes": []}]}], "diagnostics": []})");
    row("spaces between ordinal and its dot", H + u"1 . **项目名称**：X\n"_s,
        R"({"turning_points": [{"notes": [], "entries": [{"line": 3, "label": "项目名称",
            "title": "X"}]}], "diagnostics": []})");
    row("five-digit ordinal", H + u"12345. **L**：x\n"_s,
        R"({"turning_points": [{"notes": [], "entries": [{"line": 3, "label": "L",
            "title": "x"}]}], "diagnostics": []})");
    row("two spaces inside the English heading label", u"T\n### Turning  point: 2019 (Event)\n"_s,
        R"({"title": "T", "turning_points": [{"line": 2, "date": "2019", "kind": "Event",
            "confidence": null}],
            "diagnostics": [{"line": 2, "severity": "warning", "message": "no confidence given"}]})");
    row("confidence too large to read names the value as written",
        u"T\n### 转折点：2019年（事件） - 置信度：{NINES}%\n"_s,
        R"({"turning_points": [{"confidence": 100}],
            "diagnostics": [{"line": 2, "column": 25, "severity": "warning",
            "message": "confidence {NINES}% is above 100%; kept as 100%"}]})");

    // --- §6 Lines and structure -------------------------------------------------------------
    row("*** is a separator", E + u"***\n自由文本\n"_s,
        R"({"turning_points": [{"notes": [], "entries": [{"notes": ["自由文本"]}]}],
            "diagnostics": []})");
    row("=== is a separator", E + u"===\n自由文本\n"_s,
        R"({"turning_points": [{"notes": [], "entries": [{"notes": ["自由文本"]}]}],
            "diagnostics": []})");
    row("spaced ___ is a separator", E + u"_ _ _\n自由文本\n"_s,
        R"({"turning_points": [{"notes": [], "entries": [{"notes": ["自由文本"]}]}],
            "diagnostics": []})");
    row("separator is no blank line for unbolded fields",
        E + u"**实施主体**：A\n---\n发布机构：B\n"_s,
        R"({"turning_points": [{"entries": [{"fields": [{"key": "实施主体", "value": "A"},
            {"key": "发布机构", "value": "B"}], "notes": []}]}], "diagnostics": []})");
    row("ordinal without a colon after the label is no entry", H + u"1. **项目名称** X\n"_s,
        R"({"turning_points": [{"notes": ["1. **项目名称** X"], "entries": []}],
            "diagnostics": []})");
    row("ordinal without a bold label inside an entry is an entry note",
        E + u"2. 项目名称：无粗体标签\n"_s,
        R"({"turning_points": [{"entries": [{"title": "X", "fields": [],
            "notes": ["2. 项目名称：无粗体标签"]}]}], "diagnostics": []})");
    row("unbolded key values after a blank line are notes until the next bold field",
        E + u"**实施主体**：A\n\n附注一行\n发布机构：B\n**实施时间**：2019年12月\n发布单位：C\n"_s,
        R"({"turning_points": [{"entries": [{"date": "2019-12",
            "fields": [{"key": "实施主体", "value": "A"}, {"key": "实施时间", "value": "2019年12月"},
            {"key": "发布单位", "value": "C"}],
            "notes": ["附注一行", "发布机构：B"]}]}], "diagnostics": []})");
    row("bold 备注 is a note", E + u"**备注**：待核实\n"_s,
        R"({"turning_points": [{"entries": [{"fields": [], "notes": ["**备注**：待核实"]}]}],
            "diagnostics": []})");
    row("bold 注 is a note", E + u"**注**：待核实\n"_s,
        R"({"turning_points": [{"entries": [{"fields": [], "notes": ["**注**：待核实"]}]}],
            "diagnostics": []})");
    row("colon inside the bold source key",
        E + u"**来源：**国家能源局（https://www.nea.gov.cn/）\n"_s,
        R"({"turning_points": [{"entries": [{"sources": [{"name": "国家能源局",
            "url": "https://www.nea.gov.cn/"}]}]}], "diagnostics": []})");
    row("heading level 1", u"T\n# 转折点：2019年（事件） - 置信度：50%\n"_s,
        R"({"title": "T", "turning_points": [{"line": 2, "date": "2019", "kind": "事件",
            "confidence": 50}], "diagnostics": []})");
    row("heading level 6", u"T\n###### 转折点：2019年（事件） - 置信度：50%\n"_s,
        R"({"title": "T", "turning_points": [{"line": 2, "date": "2019", "kind": "事件",
            "confidence": 50}], "diagnostics": []})");
    row("heading label followed by a space", u"T\n### 转折点 2019年（事件） - 置信度：50%\n"_s,
        R"({"turning_points": [{"date": "2019", "kind": "事件", "confidence": 50}],
            "diagnostics": []})");
    row("unclosed kind bracket at the end", u"T\n### 转折点：2019年3月（事件\n"_s,
        R"({"turning_points": [{"date": "2019-03", "kind": "事件", "confidence": null,
            "notes": []}],
            "diagnostics": [{"line": 2, "severity": "warning", "message": "no confidence given"}]})");
    row("no title: heading first", u"### 转折点：2019年（事件） - 置信度：50%\n"_s,
        R"({"title": null, "turning_points": [{"line": 1}], "diagnostics": []})");
    row("no title: period first",
        u"分析周期：截至2025年5月1日\n### 转折点：2019年（事件） - 置信度：50%\n"_s,
        R"({"title": null, "period": {"start": null, "end": "2025-05-01"}, "notes": [],
            "turning_points": [{"line": 2}], "diagnostics": []})");
    row("no title: count first",
        u"收录重大转折点：1项\n### 转折点：2019年（事件） - 置信度：50%\n"_s,
        R"({"title": null, "declared_turning_points": 1, "notes": [],
            "turning_points": [{"line": 2}], "diagnostics": []})");
    row("period key 报告周期", u"T\n报告周期：2019年至2021年\n"_s + H.mid(2),
        R"({"period": {"start": "2019", "end": "2021"}, "notes": [], "diagnostics": []})");
    row("period key 统计周期", u"T\n统计周期：2019年1月-2021年6月\n"_s + H.mid(2),
        R"({"period": {"start": "2019-01", "end": "2021-06"}, "notes": [], "diagnostics": []})");
    row("period key Reporting period", u"T\nReporting period: 2019 to 2021\n"_s + H.mid(2),
        R"({"period": {"start": "2019", "end": "2021"}, "notes": [], "diagnostics": []})");
    row("single period date is start and end", u"T\n分析周期：2021年\n"_s + H.mid(2),
        R"({"period": {"start": "2021", "end": "2021"}, "notes": [], "diagnostics": []})");
    row("reversed period is null with a warning", u"T\n分析周期：2021年-2019年\n"_s + H.mid(2),
        R"({"period": {"start": null, "end": null}, "notes": ["分析周期：2021年-2019年"],
            "diagnostics": [{"line": 2, "severity": "warning",
            "message": "cannot read the analysis period: the range ends (2019) before it starts (2021); the line is kept as a note"}]})");
    row("approximate declared count", u"T\n收录重大转折点：约1项\n"_s + H.mid(2),
        R"({"declared_turning_points": 1, "notes": [], "diagnostics": []})");

    // --- §6 Nothing found -------------------------------------------------------------------
    row("nothing found then an entry", H + u"本周期内未监测到。\n1. **项目名称**：X\n"_s,
        R"({"turning_points": [{"nothing_found": false, "notes": ["本周期内未监测到。"],
            "entries": [{"line": 4}]}],
            "diagnostics": [{"line": 4, "severity": "warning",
            "message": "the turning point says nothing was found (line 3) but lists entries; it is not marked as empty"}]})");
    row("English nothing found after a bullet",
        H + u"- No relevant policy documents or major events were detected in this period.\n"_s,
        R"({"turning_points": [{"nothing_found": true, "entries": []}], "diagnostics": []})");

    // --- §6 Confidence ----------------------------------------------------------------------
    row("confidence with a remark after the percent",
        u"T\n### 转折点：2019年（事件） - 置信度：65%（估计）\n"_s,
        R"({"turning_points": [{"kind": "事件", "confidence": 65, "notes": []}],
            "diagnostics": []})");
    row("confidence followed by bold stars", u"T\n### 转折点：2019年（事件） - 置信度：50%**\n"_s,
        R"({"turning_points": [{"confidence": 50}], "diagnostics": []})");
    row("bare confidence above 1 is a percentage",
        u"T\n### 转折点：2019年（事件） - 置信度：65\n"_s,
        R"({"turning_points": [{"confidence": 65}], "diagnostics": []})");
    row("bare confidence up to 1 is a fraction",
        u"T\n### 转折点：2019年（事件） - 置信度：0.65\n"_s,
        R"({"turning_points": [{"confidence": 65}], "diagnostics": []})");
    row("number followed by a number is no confidence",
        u"T\n### 转折点：2019年（事件） - 置信度：6 5%\n"_s,
        R"({"turning_points": [{"confidence": null}],
            "diagnostics": [{"line": 2, "column": 25, "severity": "warning",
            "message": "confidence “6 5%” is not a number; it is left empty"}]})");

    // --- §6 Dates ---------------------------------------------------------------------------
    row("约 before a heading date", u"T\n### 转折点：约2019年3月（事件） - 置信度：50%\n"_s,
        R"({"turning_points": [{"date": "2019-03"}], "diagnostics": []})");
    row("about before an entry date", E + u"**Date**: about October 2021\n"_s,
        R"({"turning_points": [{"entries": [{"date": "2021-10"}]}], "diagnostics": []})");
    row("大约 before an entry date", E + u"**实施时间**：大约2019年3月\n"_s,
        R"({"turning_points": [{"entries": [{"date": "2019-03"}]}], "diagnostics": []})");
    row("ISO date with a time", E + u"**发布时间**：2019-03-05T10:00\n"_s,
        R"({"turning_points": [{"entries": [{"date": "2019-03-05",
            "fields": [{"key": "发布时间", "value": "2019-03-05T10:00"}]}]}], "diagnostics": []})");
    row("dotted year and month", E + u"**发布时间**：2018.1\n"_s,
        R"({"turning_points": [{"entries": [{"date": "2018-01"}]}], "diagnostics": []})");
    row("dotted full date", E + u"**发布时间**：2018.1.5\n"_s,
        R"({"turning_points": [{"entries": [{"date": "2018-01-05"}]}], "diagnostics": []})");
    row("day range within a year", E + u"**实施时间**：2022年3月29日-4月2日\n"_s,
        R"({"turning_points": [{"entries": [{"date": "2022-03-29/2022-04-02"}]}],
            "diagnostics": []})");
    row("date key with a value that is not a date", E + u"**实施时间**：October 202\n"_s,
        R"({"turning_points": [{"entries": [{"date": null,
            "fields": [{"key": "实施时间", "value": "October 202"}]}]}],
            "diagnostics": [{"line": 4, "severity": "warning",
            "message": "“October 202” is not a date (field “实施时间”); it is not used as the entry's date"}]})");
    row("date key with a five-digit year", E + u"**实施时间**：20223年\n"_s,
        R"({"turning_points": [{"entries": [{"date": null}]}],
            "diagnostics": [{"line": 4, "severity": "warning",
            "message": "year 20223 is outside 1–9999 (field “实施时间”); it is not used as the entry's date"}]})");
    row("two-digit year is no date", u"T\n### 转折点：19年3月（事件） - 置信度：50%\n"_s,
        R"({"turning_points": [{"date": null}],
            "diagnostics": [{"line": 2, "severity": "warning",
            "message": "year 19 does not have four digits; the turning point is listed as undated"}]})");
    row("same date twice", H + u"### 转折点：2019年（政策） - 置信度：50%\n"_s,
        R"({"turning_points": [{"line": 2}, {"line": 3}],
            "diagnostics": [{"line": 3, "severity": "warning",
            "message": "turning point 2019 has the same date as the one on line 2"}]})");

    // --- §6 Sources -------------------------------------------------------------------------
    row("any key ending in 来源 is a source key",
        E + u"**新闻来源**：新华网（https://www.news.cn/）\n"_s,
        R"({"turning_points": [{"entries": [{"fields": [],
            "sources": [{"name": "新华网", "url": "https://www.news.cn/"}]}]}],
            "diagnostics": []})");
    row("References is a source key", E + u"**References**: Xinhua (https://www.news.cn/)\n"_s,
        R"({"turning_points": [{"entries": [{"fields": [],
            "sources": [{"name": "Xinhua", "url": "https://www.news.cn/"}]}]}],
            "diagnostics": []})");
    row("text after the URL bracket is another source",
        E + u"**来源**：新华网（https://www.news.cn/）补充\n"_s,
        R"({"turning_points": [{"entries": [{"sources": [
            {"name": "新华网", "url": "https://www.news.cn/"}, {"name": "补充", "url": null}]}]}],
            "diagnostics": []})");
    row("unclosed URL bracket", E + u"**来源**：新华网（https://www.news.cn/\n"_s,
        R"({"turning_points": [{"entries": [{"sources": [
            {"name": "新华网", "url": "https://www.news.cn/"}]}]}], "diagnostics": []})");
    row("URL with a space is unsafe", E + u"**来源**：新华网（https://www.news .cn/）\n"_s,
        R"({"turning_points": [{"entries": [{"sources": [
            {"name": "新华网", "url": "https://www.news .cn/", "unsafe": true}]}]}],
            "diagnostics": [{"line": 4, "severity": "warning",
            "message": "link “https://www.news .cn/” will not be opened: the link contains a space or a control character"}]})");
    row("URL with an empty host label is unsafe", E + u"**来源**：https://www..html\n"_s,
        R"({"turning_points": [{"entries": [{"sources": [
            {"name": null, "url": "https://www..html", "unsafe": true}]}]}],
            "diagnostics": [{"line": 4, "severity": "warning",
            "message": "link “https://www..html” will not be opened: the link is not a valid address"}]})");
    row("empty source is an entry note", E + u"**来源**：\n"_s,
        R"({"turning_points": [{"entries": [{"sources": [], "notes": ["**来源**："]}]}],
            "diagnostics": [{"line": 4, "severity": "warning",
            "message": "source “来源” is empty; the line is kept as a note"}]})");

    // --- §6 Encoding, kinds -----------------------------------------------------------------
    row("U+FEFF at a line start is dropped",
        u"T\n\uFEFF### 转折点：2019年（事件） - 置信度：50%\n"_s,
        R"({"turning_points": [{"line": 2, "date": "2019", "kind": "事件"}]})");
    row("U+FEFF inside a line is kept", E + u"**实施主体**：A\uFEFFB\n"_s,
        "{\"turning_points\": [{\"entries\": [{\"fields\": [{\"key\": \"实施主体\", "
        "\"value\": \"A\xEF\xBB\xBF"
        "B\"}]}]}], \"diagnostics\": []}");
    row("emphasis around a kind", u"T\n### 转折点：2019年（**政策**） - 置信度：50%\n"_s,
        R"({"turning_points": [{"kind": "政策"}], "diagnostics": []})");
}

void tst_ParserConformance::rules() {
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    text = expand(text);
    QJsonParseError error;
    const QJsonDocument want =
        QJsonDocument::fromJson(expand(QString::fromUtf8(expected)).toUtf8(), &error);
    QVERIFY2(want.isObject(), qPrintable(error.errorString()));

    const Report r = ReportParser::parseText(text, u"t.md"_s);
    const QString difference = differenceFrom(want.object(), r);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Every rule's input also survives the canonical writer (MarkdownExporter).
    const QString problem = MarkdownRoundTrip::check(r);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// §6 Encoding, on bytes: only the first 8 KB's NUL and control bytes make a file "not text";
// undecodable bytes anywhere are warnings, and what is not a report is told by its headings.
void tst_ParserConformance::encodingRules_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray e = E.toUtf8();
    QTest::newRow("undecodable byte in a value is a warning")
        << e + QByteArray("**\xe5\xae\x9e\xe6\x96\xbd\xe4\xb8\xbb\xe4\xbd\x93**\xef\xbc\x9a"
                          "A\xff"
                          "B\n")
        << QByteArray(R"j({"turning_points": [{"entries": [{"fields": [
            {"key": "实施主体", "value": "A\ufffdB"}]}]}],
            "diagnostics": [{"line": 4, "column": 11, "severity": "warning",
            "message": "undecodable byte 0xFF at line 4 (read as UTF-8); shown as \ufffd"}]})j");
    QTest::newRow("a report followed by 64 KB of undecodable bytes is read")
        << e + QByteArray(65536, '\xff')
        << QByteArray(R"j({"turning_points": [{"entries": [{"title": "X"}]}],
            "diagnostics": [{"line": 4, "column": 1, "severity": "warning",
            "message": "undecodable byte 0xFF at line 4 (read as UTF-8); shown as \ufffd (65536 undecodable bytes in all)"}]})j");
    QByteArray tail = e;
    tail.append(QByteArray(8192, ' '));
    tail.append(QByteArray(4096, '\x01'));
    QTest::newRow("control bytes after the first 8 KB are text")
        << tail << QByteArray(R"j({"turning_points": [{"entries": [{"title": "X"}]}]})j");
    QByteArray head(1000, '\x01');
    head.append(e);
    head.append(QByteArray(65536, ' '));
    QTest::newRow("control bytes in the first 8 KB: not text")
        << head << QByteArray(R"j({"turning_points": [], "diagnostics": [{"line": 0,
            "severity": "error", "message": "this does not look like a text report: 13% of its first bytes are NUL or control characters"}]})j");
}

void tst_ParserConformance::encodingRules() {
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    QJsonParseError error;
    const QJsonDocument want = QJsonDocument::fromJson(expected, &error);
    QVERIFY2(want.isObject(), qPrintable(error.errorString()));
    const Report r = ReportParser::parseBytes(bytes, u"t.md"_s);
    const QString difference = differenceFrom(want.object(), r);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(tst_ParserConformance)
#include "tst_parserconformance.moc"

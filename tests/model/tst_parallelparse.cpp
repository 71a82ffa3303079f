#include "corpusgenerator.h"
#include "jsonexporter.h"
#include "reportparser.h"
#include "textdecoder.h"

#include <QTest>

using namespace Turnpoint;

// ReportParser cuts large UTF-8 reports at turning point headings and parses the parts on
// several threads. Whatever the cut, the joined report must be exactly the one parsing the text
// whole gives: turning points, entries, line numbers, and every diagnostic in the same order,
// including the ones that look across a cut (date order, the declared count).
class tst_ParallelParse : public QObject {
    Q_OBJECT

private slots:
    void partsGiveTheSameReport_data();
    void partsGiveTheSameReport();
    void largeReportParsedInParallel();
    void notCutWhenItCannotBe_data();
    void notCutWhenItCannotBe();

private:
    static void compareReports(const Report &parts, const Report &whole);
};

namespace {

// A report with every problem the parser reports, over and over: turning points out of date
// order and on the same date, runs of undated ones (a part may have no dated turning point at
// all), ranges, impossible dates, bad confidences, unsafe links, "nothing found" with entries,
// notes, a declared count that is wrong; CRLF and CR-only line ends in places.
QByteArray troubledReport(bool bom) {
    QByteArray out;
    if (bom)
        out += "\xEF\xBB\xBF";
    out += "# 云南省工业部门碳排放关键政策与事件\n\n分析周期：2000年1月至2025年9月\n"
           "收录重大转折点：7项\n说明：这一行是报告头部的备注\n\n---\n\n";
    for (int i = 0; i < 600; ++i) {
        // Each turning point two months before the one before it (so wherever the report is
        // cut, the first dated turning point after the cut is out of order), some on the same
        // date as the one before.
        const int months = 2025 * 12 + 11 - 2 * (i % 11 == 1 ? i - 1 : i);
        const int year = months / 12;
        const int month = months % 12 + 1;
        QByteArray date;
        if (i % 50 >= 20 && i % 50 < 45)
            date = "待定"; // a run of 25 undated turning points
        else if (i % 13 == 0)
            date = QByteArray::number(year) + "年" + QByteArray::number(month) + "月至" +
                   QByteArray::number(year + 1) + "年";
        else if (i % 17 == 0)
            date = QByteArray::number(year) + "年13月";
        else
            date = QByteArray::number(year) + "年" + QByteArray::number(month) + "月";
        QByteArray confidence = QByteArray::number(30 + (i * 13) % 70) + "%";
        if (i % 19 == 0)
            confidence = "高";
        else if (i % 23 == 0)
            confidence = "150%";
        const char *lineEnd = i % 31 == 0 ? "\r\n" : (i % 37 == 0 ? "\r" : "\n");
        out += "### 转折点：" + date + "（" + (i % 2 ? "政策" : "事件") + "）— 置信度：" +
               confidence + lineEnd + "\n";
        if (i % 9 == 0)
            out += "未找到相关的重大政策或事件。\n\n";
        for (int e = 0; e < i % 4; ++e) {
            out += QByteArray::number(e + 1) + ". **项目名称**：第" + QByteArray::number(i) +
                   "号示范工程" + lineEnd;
            out += "**实施时间**：" + QByteArray::number(year) + "年" + QByteArray::number(1 + e) +
                   "月\n";
            if (e == 1)
                out += "**投资规模**：12.5亿元\n";
            out +=
                "**官方来源**：新华网（https://www.news.cn/a/" + QByteArray::number(i) + ".html）";
            if (i % 29 == 0)
                out += "；坏链接（javascript:alert(1)）";
            out += "\n";
            if (e == 2)
                out += "备注：进度可能有调整。\n";
            out += "\n";
        }
        out += "---\n\n";
    }
    return out;
}

} // namespace

void tst_ParallelParse::compareReports(const Report &parts, const Report &whole) {
    // The JSON has every turning point, entry, field, source and note with its line.
    QCOMPARE(JsonExporter::toJson({&parts}), JsonExporter::toJson({&whole}));
    QCOMPARE(parts.encoding, whole.encoding);
    QCOMPARE(parts.diagnostics.size(), whole.diagnostics.size());
    for (qsizetype i = 0; i < whole.diagnostics.size(); ++i) {
        const Diagnostic &a = parts.diagnostics[i];
        const Diagnostic &b = whole.diagnostics[i];
        QCOMPARE(a.line, b.line);
        QCOMPARE(a.column, b.column);
        QCOMPARE(a.severity, b.severity);
        QCOMPARE(a.message, b.message);
    }
}

void tst_ParallelParse::partsGiveTheSameReport_data() {
    QTest::addColumn<int>("parts");
    QTest::addColumn<bool>("bom");
    for (const int parts : {2, 3, 4, 7, 8}) {
        QTest::addRow("%d parts", parts) << parts << false;
        QTest::addRow("%d parts, BOM", parts) << parts << true;
    }
}

void tst_ParallelParse::partsGiveTheSameReport() {
    QFETCH(int, parts);
    QFETCH(bool, bom);
    const QByteArray bytes = troubledReport(bom);
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded.ok);
    Report whole = ReportParser::parseText(decoded.text, QStringLiteral("r.md"));
    whole.encoding = decoded.encoding;
    // The fixture must exercise what it is for.
    const auto has = [&](const char *words) {
        return std::any_of(
            whole.diagnostics.cbegin(), whole.diagnostics.cend(),
            [&](const Diagnostic &d) { return d.message.contains(QString::fromUtf8(words)); });
    };
    QVERIFY(has("out of date order"));
    QVERIFY(has("same date"));
    QVERIFY(has("declares"));
    QVERIFY(has("will not be opened"));
    QCOMPARE(whole.turningPoints.size(), 600);

    bool split = false;
    const Report joined =
        ReportParser::parseBytesInParts(bytes, QStringLiteral("r.md"), parts, &split);
    QVERIFY(split);
    compareReports(joined, whole);
}

void tst_ParallelParse::largeReportParsedInParallel() {
    // parseBytes() itself, above the size where it cuts (with one core it parses whole: the
    // same result either way).
    const CorpusGenerator gen(11);
    const QByteArray bytes = gen.report(gen.turningPointsForSize(9 << 20));
    QVERIFY(bytes.size() > 8 << 20);
    const Report parallel = ReportParser::parseBytes(bytes, QStringLiteral("big.md"));
    const DecodedText decoded = TextDecoder::decode(bytes);
    Report whole = ReportParser::parseText(decoded.text, QStringLiteral("big.md"));
    whole.encoding = decoded.encoding;
    compareReports(parallel, whole);
}

void tst_ParallelParse::notCutWhenItCannotBe_data() {
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = troubledReport(false);
    QTest::addRow("no headings to cut at") << QByteArray("# 标题\n\n" + QByteArray(200000, 'x'));
    QByteArray nul = good;
    nul.insert(nul.size() * 3 / 4, '\0');
    QTest::addRow("NUL in a later part") << nul;
    QByteArray broken = good;
    broken.insert(broken.size() * 3 / 4, "\xE4\xB8"); // a character cut short
    QTest::addRow("malformed UTF-8 in a later part") << broken;
    QTest::addRow("UTF-16") << QByteArray("\xFF\xFE", 2) +
                                   QByteArray(reinterpret_cast<const char *>(u"### 转折点：2020年"),
                                              24);
}

void tst_ParallelParse::notCutWhenItCannotBe() {
    // These are parsed whole, so they get exactly decode()'s diagnostics.
    QFETCH(QByteArray, bytes);
    bool split = true;
    const Report r = ReportParser::parseBytesInParts(bytes, QStringLiteral("r.md"), 4, &split);
    QVERIFY(!split);
    compareReports(r, ReportParser::parseBytes(bytes, QStringLiteral("r.md")));
}

QTEST_GUILESS_MAIN(tst_ParallelParse)
#include "tst_parallelparse.moc"

#include "datetextparser.h"
#include "reportparser.h"
#include "reporttestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Turnpoint;
using namespace Turnpoint::TestSupport;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name) {
    return QStringLiteral(TURNPOINT_TEST_DATA "/") + name;
}

QString parserData(const QString &name) {
    return dataPath(QStringLiteral("parser/") + name);
}

QByteArray readBytes(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

QString readText(const QString &path) {
    return QString::fromUtf8(readBytes(path));
}

QString toLineEnds(const QString &text, const QString &eol, bool finalNewline) {
    QStringList lines = splitLines(text);
    QString out = lines.join(eol);
    if (finalNewline)
        out += eol;
    return out;
}

const TurningPoint *tpAtLine(const Report &r, int line) {
    for (const TurningPoint &tp : r.turningPoints)
        if (tp.line == line)
            return &tp;
    return nullptr;
}

QStringList allFixtures() {
    QStringList files;
    const QDir dir(dataPath(u"parser"_s));
    for (const QString &f : dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name))
        files << dir.filePath(f);
    files << QStringLiteral(TURNPOINT_SAMPLE) << dataPath(u"guangxi-buildings-en.md"_s);
    return files;
}

} // namespace

class tst_ReportParser : public QObject {
    Q_OBJECT

private slots:
    // The real reports
    void yunnanSample();
    void guangxiSample();
    void cleanReportsHaveNoDiagnostics_data();
    void cleanReportsHaveNoDiagnostics();

    // §2 variants
    void headings_data();
    void headings();
    void headingWithoutPartsIsKept();
    void entries();
    void bulletRule();
    void fields();
    void sources_data();
    void sources();
    void ideographicCommaSeparatesSources_data();
    void ideographicCommaSeparatesSources();
    void notes();
    void nothingFound_data();
    void nothingFound();
    void titles_data();
    void titles();
    void periods_data();
    void periods();
    void declaredCount_data();
    void declaredCount();

    // §3 dates
    void entryDates_data();
    void entryDates();
    void dateExpressions_data();
    void dateExpressions();
    void badDateExpressions_data();
    void badDateExpressions();

    // §4 diagnostics
    void diagnostics_data();
    void diagnostics();
    void diagnosticsKeepStructure();
    void unusableFiles_data();
    void unusableFiles();
    void parseFileErrors();
    void unreadableFile();
    void tooLargeFileIsRefusedBeforeReading();

    // Encodings, line ends, invariants, robustness
    void lineEnds_data();
    void lineEnds();
    void encodings_data();
    void encodings();
    void undecodableByteIsReported();
    void nothingLost_data();
    void nothingLost();
    void oddInputDoesNotCrash_data();
    void oddInputDoesNotCrash();
    void largeReport();
    void inPiecesSameAsWhole_data();
    void inPiecesSameAsWhole();
    void largeFileGoesInPieces();
};

// ---------------------------------------------------------------------------------------------
// The real reports

void tst_ReportParser::yunnanSample() {
    const Report r = ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
    QVERIFY(r.isUsable());
    QCOMPARE(r.file, QStringLiteral(TURNPOINT_SAMPLE));
    QCOMPARE(r.encoding, u"UTF-8"_s);
    QCOMPARE(r.title, u"云南省工业部门碳排放关键政策与事件汇编"_s);
    QCOMPARE(r.titleLine, 1);
    QVERIFY(!r.periodStart.isValid());
    QCOMPARE(r.periodEnd, PartialDate::fromYearMonthDay(2025, 5, 1));
    QCOMPARE(r.periodEnd.precision, PartialDate::Day);
    QCOMPARE(r.periodLine, 3);
    QCOMPARE(r.declaredTurningPoints, std::optional<int>(10));
    QCOMPARE(r.declaredTurningPointsLine, 4);
    QVERIFY(r.notes.isEmpty());

    QCOMPARE(r.turningPoints.size(), 10);
    const int lines[] = {8, 19, 25, 31, 42, 48, 69, 79, 88, 97};
    const int months[][2] = {{2019, 3}, {2020, 9}, {2021, 3},  {2021, 11}, {2022, 1},
                             {2022, 3}, {2022, 8}, {2022, 10}, {2022, 12}, {2023, 3}};
    const double confidences[] = {65, 62, 68, 56, 56, 68, 56, 56, 56, 69};
    const int entryCounts[] = {1, 0, 0, 1, 0, 3, 1, 1, 1, 2};
    const QString nothing = u"本周期内未监测到相关政策性文件及重大事件。"_s;
    for (int i = 0; i < 10; ++i) {
        const TurningPoint &tp = r.turningPoints.at(i);
        QCOMPARE(tp.line, lines[i]);
        QCOMPARE(tp.date, PartialDate::fromYearMonth(months[i][0], months[i][1]));
        QCOMPARE(tp.date.precision, PartialDate::Month);
        QCOMPARE(tp.dateText, u"%1年%2月"_s.arg(months[i][0]).arg(months[i][1]));
        QCOMPARE(tp.kind, u"事件"_s);
        QVERIFY(tp.confidence.has_value());
        QCOMPARE(*tp.confidence, confidences[i]);
        QCOMPARE(tp.entries.size(), entryCounts[i]);
        const bool empty = entryCounts[i] == 0;
        QCOMPARE(tp.nothingFound, empty);
        if (empty) {
            QCOMPARE(tp.notes.size(), 1);
            QCOMPARE(tp.notes.first().text, nothing);
            QCOMPARE(tp.notes.first().line, tp.line + 2);
        } else {
            QVERIFY(tp.notes.isEmpty());
        }
    }
    // The three "nothing found" periods.
    QCOMPARE(r.turningPoints.at(1).date.toIso(), u"2020-09"_s);
    QCOMPARE(r.turningPoints.at(2).date.toIso(), u"2021-03"_s);
    QCOMPARE(r.turningPoints.at(4).date.toIso(), u"2022-01"_s);

    struct ExpectedEntry {
        int tp;
        int line;
        QString label, title, date;
        QList<std::pair<QString, QString>> fields;
        QString sourceName, sourceUrl;
    };
    const QList<ExpectedEntry> expected = {
        {0,
         10,
         u"项目名称"_s,
         u"云南省绿色铝产业园区建设项目"_s,
         u"2019-12"_s,
         {{u"实施时间"_s, u"2019年12月"_s},
          {u"实施主体"_s, u"云南省人民政府与山东魏桥创业集团"_s},
          {u"项目概况"_s, u"政企合作建设绿色铝产业示范园区"_s},
          {u"政策效应"_s, u"促进工业领域低碳转型，优化区域碳排放结构"_s}},
         u"中国日报网"_s,
         u"https://www.chinadaily.com.cn/a/201912/19/WS5dfae48ba310cf3e3557f346.html"_s},
        {3,
         33,
         u"调控措施"_s,
         u"云南省电解铝产能调控方案"_s,
         u"2021-09"_s,
         {{u"执行时间"_s, u"2021年9月"_s},
          {u"实施范围"_s, u"全省铝冶炼企业"_s},
          {u"调控力度"_s, u"产能缩减30%"_s},
          {u"政策目标"_s, u"落实能源消费总量控制及减排指标"_s}},
         u"财新网"_s,
         u"https://www.caixinglobal.com/2021-09-14/"
         u"yunnan-tightens-aluminum-production-curbs-in-green-push-101772781.html"_s},
        {5,
         50,
         u"重点项目"_s,
         u"云南省碳中和示范园区基建工程"_s,
         u"2022-03"_s,
         {{u"立项时间"_s, u"2022年3月"_s},
          {u"项目定位"_s, u"省级重点建设项目"_s},
          {u"政策效应"_s, u"优化工业领域碳排放结构"_s}},
         u"施工通"_s,
         u"https://www.seetao.com/details/165543.html"_s},
        {5,
         56,
         u"产业项目"_s,
         u"玉溪新能源电池隔膜生产基地"_s,
         u"2022-03-29"_s,
         {{u"投产时间"_s, u"2022年3月29日"_s},
          {u"产能规模"_s, u"年产量16亿平方米"_s},
          {u"环保效益"_s, u"促进新能源产业链低碳发展"_s}},
         u"施工通"_s,
         u"https://www.seetao.com/details/148044.html"_s},
        {5,
         62,
         u"数字基建"_s,
         u"昆明5G大数据产业园"_s,
         QString(),
         {{u"投资规模"_s, u"28.6亿元人民币"_s}, {u"建设内容"_s, u"新型数字基础设施集群"_s}},
         u"中国投资指南"_s,
         u"https://investinchina.chinadaily.com.cn/s/202203/03/WS622029f9498e6a12c122175a/"
         u"yunnan-sees-start-of-129-projects-with-60-billion-yuan-investment.html"_s},
        {6,
         71,
         u"示范工程"_s,
         u"云南省碳中和产业园区建设"_s,
         u"2022"_s,
         {{u"实施阶段"_s, u"2022年度"_s},
          {u"建设内容"_s, u"低碳基础设施体系"_s},
          {u"政策目标"_s, u"推动工业结构优化与清洁能源应用"_s}},
         u"施工通"_s,
         u"https://www.seetao.com/details/165543.html"_s},
        {7,
         81,
         u"城市战略"_s,
         u"昆明市低碳发展专项规划"_s,
         QString(),
         {{u"覆盖领域"_s, u"工业、能源、交通、建筑"_s}, {u"减排目标"_s, u"多领域协同降碳"_s}},
         u"亚洲开发银行"_s,
         u"https://www.adb.org/projects/43051-012/main"_s},
        {8,
         90,
         u"减排成效"_s,
         u"云南省电力行业碳排放调控"_s,
         QString(),
         {{u"关键措施"_s, u"能源结构优化调整"_s}, {u"政策效果"_s, u"工业领域碳排放量显著下降"_s}},
         u"亚洲开发银行"_s,
         u"https://www.adb.org/projects/43051-012/main"_s},
        {9,
         99,
         u"技术创新"_s,
         u"工业领域CCUS示范研究"_s,
         u"2022-01/2023-08"_s,
         {{u"研究周期"_s, u"2022年1月-2023年8月"_s},
          {u"资金支持"_s, u"亚行技术援助基金30万美元"_s},
          {u"政策衔接"_s, u"服务2030碳达峰目标"_s}},
         u"亚行项目文件"_s,
         u"https://www.adb.org/sites/default/files/project-documents/55035/55035-001-tar-en.pdf"_s},
        {9,
         105,
         u"产业成果"_s,
         u"绿色铝创新产业园运营成效"_s,
         QString(),
         {{u"年度产值"_s, u"183.3亿元人民币"_s}, {u"产业链条"_s, u"203万吨绿色铝全产业链整合"_s}},
         u"铝业资讯"_s,
         u"https://www.alcircle.com/news/yunnan-green-aluminum-innovation-industrial-parks-"
         u"production-value-to-attain-rmb-18-33-billion-in-2023-99199"_s},
    };

    int checked = 0;
    QHash<int, int> nextInTp;
    for (const ExpectedEntry &x : expected) {
        const int index = nextInTp[x.tp]++;
        const Entry &e = r.turningPoints.at(x.tp).entries.at(index);
        QCOMPARE(e.line, x.line);
        QCOMPARE(e.label, x.label);
        QCOMPARE(e.title, x.title);
        QCOMPARE(e.date.toIso(), x.date);
        QCOMPARE(e.fields.size(), x.fields.size());
        for (int f = 0; f < x.fields.size(); ++f) {
            QCOMPARE(e.fields.at(f).key, x.fields.at(f).first);
            QCOMPARE(e.fields.at(f).value, x.fields.at(f).second);
            QCOMPARE(e.fields.at(f).line, x.line + 1 + f);
        }
        QCOMPARE(e.sources.size(), 1);
        QCOMPARE(e.sources.first().name, x.sourceName);
        QCOMPARE(e.sources.first().url, x.sourceUrl);
        QCOMPARE(e.sources.first().line, x.line + 1 + int(x.fields.size()));
        QVERIFY(!e.sources.first().unsafe);
        QVERIFY(e.notes.isEmpty());
        ++checked;
    }
    QCOMPARE(checked, 10);

    // Precision is kept, not turned into a day.
    const Entry &yearEntry = r.turningPoints.at(6).entries.first();
    QCOMPARE(yearEntry.date.start.precision, PartialDate::Year);
    QVERIFY(!yearEntry.date.isRange());
    const Entry &range = r.turningPoints.at(9).entries.first();
    QVERIFY(range.date.isRange());
    QCOMPARE(range.date.start, PartialDate::fromYearMonth(2022, 1));
    QCOMPARE(range.date.end, PartialDate::fromYearMonth(2023, 8));
    QCOMPARE(r.turningPoints.at(5).entries.at(1).date.start.precision, PartialDate::Day);
}

void tst_ReportParser::guangxiSample() {
    const Report r = ReportParser::parseFile(dataPath(u"guangxi-buildings-en.md"_s));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
    QCOMPARE(r.title,
             u"Guangxi Zhuang Autonomous Region Building Sector Carbon Emissions: Key Policies "
             u"and Events"_s);
    QCOMPARE(r.titleLine, 1);
    QVERIFY(!r.periodStart.isValid());
    QCOMPARE(r.periodEnd, PartialDate::fromYearMonthDay(2025, 3, 31));
    QCOMPARE(r.declaredTurningPoints, std::optional<int>(4));
    QCOMPARE(r.turningPoints.size(), 4);

    const TurningPoint &t0 = r.turningPoints.at(0);
    QCOMPARE(t0.line, 8);
    QCOMPARE(t0.date, PartialDate::fromYearMonth(2020, 6));
    QCOMPARE(t0.dateText, u"June 2020"_s);
    QCOMPARE(t0.kind, u"Policy"_s);
    QCOMPARE(t0.confidence, std::optional<double>(63));
    QCOMPARE(t0.entries.size(), 1);
    const Entry &e0 = t0.entries.first();
    QCOMPARE(e0.label, u"Policy name"_s);
    QCOMPARE(e0.title, u"Guangxi green building action plan"_s);
    QCOMPARE(e0.date.toIso(), u"2020-06"_s); // from "Issued: June 2020", a whole-value date
    QCOMPARE(e0.fields.size(), 2);
    QCOMPARE(e0.fields.at(0).key, u"Issued"_s);
    QCOMPARE(e0.fields.at(0).value, u"June 2020"_s);
    QCOMPARE(e0.fields.at(1).key, u"Scope"_s);
    QCOMPARE(e0.fields.at(1).value, u"New public buildings in Nanning, Liuzhou and Guilin"_s);
    QCOMPARE(e0.sources.size(), 1);
    QCOMPARE(e0.sources.first().name, u"Guangxi Department of Housing"_s);
    QCOMPARE(e0.sources.first().url, u"https://zjt.gxzf.gov.cn/example/green-building-2020.html"_s);

    const TurningPoint &t1 = r.turningPoints.at(1);
    QCOMPARE(t1.date, PartialDate::fromYearMonth(2021, 4));
    QCOMPARE(t1.kind, u"Event"_s);
    QCOMPARE(t1.confidence, std::optional<double>(71)); // 0.71
    QCOMPARE(t1.entries.size(), 2);
    const Entry &e1 = t1.entries.at(0);
    QCOMPARE(e1.label, u"Key project"_s);
    QCOMPARE(e1.title, u"Nanning ultra-low-energy office demonstration"_s);
    QCOMPARE(e1.date.start, PartialDate::fromYearMonthDay(2021, 9, 14));
    QCOMPARE(e1.fields.size(), 2);
    QCOMPARE(e1.fields.at(1).key, u"Floor area"_s);
    QCOMPARE(e1.fields.at(1).value, u"52,000 square metres"_s);
    QCOMPARE(e1.sources.size(), 2);
    QCOMPARE(e1.sources.at(0).name, u"Guangxi Daily"_s);
    QCOMPARE(e1.sources.at(0).url, u"https://www.gxrb.com.cn/example/nanning-office.html"_s);
    QCOMPARE(e1.sources.at(1).name, u"Xinhua"_s);
    QCOMPARE(e1.sources.at(1).url, u"http://www.news.cn/example/gx-office.htm"_s);
    QCOMPARE(e1.sources.at(0).line, 22);
    QCOMPARE(e1.sources.at(1).line, 22);
    QVERIFY(!e1.sources.at(1).unsafe); // http is openable
    const Entry &e2 = t1.entries.at(1);
    QCOMPARE(e2.label, u"Supporting measure"_s);
    QCOMPARE(e2.date.toIso(), u"2021-01/2022-12"_s);
    QCOMPARE(e2.sources.size(), 1);
    QCOMPARE(e2.sources.first().name, u"Guangxi Development and Reform Commission"_s);
    QVERIFY(e2.sources.first().url.isEmpty());
    QVERIFY(!e2.sources.first().unsafe);

    const TurningPoint &t2 = r.turningPoints.at(2);
    QCOMPARE(t2.date, PartialDate::fromYearMonth(2022, 11));
    QCOMPARE(t2.confidence, std::optional<double>(48));
    QVERIFY(t2.nothingFound);
    QVERIFY(t2.entries.isEmpty());
    QCOMPARE(t2.notes.size(), 1);
    QCOMPARE(t2.notes.first().text,
             u"No relevant policy documents or major events were detected in this period."_s);

    const TurningPoint &t3 = r.turningPoints.at(3);
    QCOMPARE(t3.date, PartialDate::fromYearMonth(2023, 8));
    QCOMPARE(t3.entries.size(), 1);
    const Entry &e3 = t3.entries.first();
    QCOMPARE(e3.date.start, PartialDate::fromYearMonthDay(2023, 8, 1));
    // The analyst remark stands after the last entry (after a blank line, no separator in
    // between): the entry is still open, so the remark is a note of that entry.
    QVERIFY(t3.notes.isEmpty());
    QCOMPARE(e3.notes.size(), 1);
    QCOMPARE(e3.notes.first().line, 42);
    QCOMPARE(e3.notes.first().text,
             u"Analyst remark: the 2023 revision tightened envelope requirements."_s);
}

void tst_ReportParser::cleanReportsHaveNoDiagnostics_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("yunnan") << QStringLiteral(TURNPOINT_SAMPLE);
    QTest::newRow("guangxi") << dataPath(u"guangxi-buildings-en.md"_s);
    // sources.md is not clean on purpose: its two unsafe links are warned about (see sources()).
    for (const char *f : {"headings.md", "entries.md", "fields.md", "dates.md", "notes.md",
                          "nothing-found.md", "periods.md", "truncated.md"})
        QTest::newRow(f) << parserData(QString::fromLatin1(f));
}

void tst_ReportParser::cleanReportsHaveNoDiagnostics() {
    QFETCH(QString, path);
    const Report r = ReportParser::parseFile(path);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
    QVERIFY(r.isUsable());
}

// ---------------------------------------------------------------------------------------------
// §2 variants

void tst_ReportParser::headings_data() {
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("confidence");

    QTest::newRow("sample form") << 3 << u"2019-03"_s << int(PartialDate::Month) << u"事件"_s
                                 << 65.0;
    QTest::newRow("## half-width, en dash, 67.5%")
        << 4 << u"2019-04"_s << int(PartialDate::Month) << u"政策"_s << 67.5;
    QTest::newRow("#### em dash, spaces in kind, 0.65")
        << 5 << u"2019-05"_s << int(PartialDate::Month) << u"其他"_s << 65.0;
    QTest::newRow("extra spaces, full-width dash and ％")
        << 6 << u"2019-06"_s << int(PartialDate::Month) << u"事件"_s << 65.0;
    QTest::newRow("ISO month, 0.7")
        << 7 << u"2019-07"_s << int(PartialDate::Month) << u"事件"_s << 70.0;
    QTest::newRow("ISO day, no kind")
        << 8 << u"2019-08-15"_s << int(PartialDate::Day) << QString() << 70.0;
    QTest::newRow("English month")
        << 9 << u"2019-09"_s << int(PartialDate::Month) << u"Event"_s << 65.0;
    QTest::newRow("lower-case label, fraction")
        << 10 << u"2019-10"_s << int(PartialDate::Month) << u"Policy"_s << 71.0;
    QTest::newRow("English day, no kind")
        << 11 << u"2019-11-14"_s << int(PartialDate::Day) << QString() << 80.0;
    QTest::newRow("CJK day, fraction 1")
        << 12 << u"2019-12-01"_s << int(PartialDate::Day) << u"政策"_s << 100.0;
    QTest::newRow("year only") << 13 << u"2020"_s << int(PartialDate::Year) << u"Event"_s << 100.0;
    QTest::newRow("bold heading") << 14 << u"2021-02"_s << int(PartialDate::Month) << u"事件"_s
                                  << 50.0;
    QTest::newRow("full-width digits")
        << 15 << u"2021-03"_s << int(PartialDate::Month) << u"事件"_s << 60.0;
    // Markdown emphasis around the kind is formatting, like the ** around a label.
    QTest::newRow("italic kind") << 16 << u"2021-04"_s << int(PartialDate::Month) << u"事件"_s
                                 << 60.0;
    QTest::newRow("bold kind, spaced")
        << 17 << u"2021-05"_s << int(PartialDate::Month) << u"政策"_s << 60.0;
}

void tst_ReportParser::headings() {
    QFETCH(int, line);
    QFETCH(QString, date);
    QFETCH(int, precision);
    QFETCH(QString, kind);
    QFETCH(double, confidence);

    const Report r = ReportParser::parseFile(parserData(u"headings.md"_s));
    QCOMPARE(r.turningPoints.size(), 15);
    QCOMPARE(r.title, u"Heading variants"_s);
    const TurningPoint *tp = tpAtLine(r, line);
    QVERIFY(tp);
    QCOMPARE(tp->date.toIso(), date);
    QCOMPARE(int(tp->date.precision), precision);
    QCOMPARE(tp->kind, kind);
    QVERIFY(tp->confidence.has_value());
    QCOMPARE(*tp->confidence, confidence);
    QVERIFY(!tp->nothingFound);
    QVERIFY(tp->entries.isEmpty());
    QVERIFY(tp->notes.isEmpty());
}

void tst_ReportParser::headingWithoutPartsIsKept() {
    // Not headings: other labels, "Turning points" as a word, a heading with nothing after
    // the label is a heading without date (warned).
    const QString text = u"T\n## 转折点汇总\n### Turning points of the decade\n### 转折点\n"
                         u"### 转折点：2020年（事件）补充说明 - 置信度：50%\n"_s;
    const Report r = ReportParser::parseText(text, u"x.md"_s);
    QCOMPARE(r.turningPoints.size(), 2);
    QCOMPARE(r.notes.size(), 2);
    QCOMPARE(r.notes.at(0).text, u"## 转折点汇总"_s);
    QCOMPARE(r.notes.at(1).text, u"### Turning points of the decade"_s);
    QCOMPARE(r.turningPoints.at(0).line, 4);
    QVERIFY(!r.turningPoints.at(0).date.isValid());
    // Text after the kind is kept as a note of the turning point.
    const TurningPoint &tp = r.turningPoints.at(1);
    QCOMPARE(tp.date, PartialDate::fromYear(2020));
    QCOMPARE(tp.kind, u"事件"_s);
    QCOMPARE(tp.confidence, std::optional<double>(50));
    QCOMPARE(tp.notes.size(), 1);
    QCOMPARE(tp.notes.first().text, u"补充说明"_s);
    QCOMPARE(tp.notes.first().line, 5);
}

void tst_ReportParser::entries() {
    const Report r = ReportParser::parseFile(parserData(u"entries.md"_s));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
    QCOMPARE(r.turningPoints.size(), 3);

    const TurningPoint &numbered = r.turningPoints.at(0);
    const QStringList titles = {u"条目一"_s, u"条目二"_s, u"条目三"_s,
                                u"条目四"_s, u"条目五"_s, u"条目六"_s};
    QCOMPARE(numbered.entries.size(), titles.size());
    for (int i = 0; i < titles.size(); ++i) {
        QCOMPARE(numbered.entries.at(i).title, titles.at(i));
        QCOMPARE(numbered.entries.at(i).label, u"项目名称"_s);
    }
    // An ordinal starts an entry only with a bold label and a colon (report-format.md §6):
    // the last two numbered lines are notes of the entry before them.
    const Entry &sixth = numbered.entries.at(5);
    QCOMPARE(sixth.notes.size(), 2);
    QCOMPARE(sixth.notes.at(0).text, u"7. 没有标签的条目"_s);
    QCOMPARE(sixth.notes.at(1).text, u"8. 项目名称：无粗体标签"_s);
    QCOMPARE(numbered.entries.at(0).line, 5);
    QCOMPARE(numbered.entries.at(0).fields.size(), 1);
    QCOMPARE(numbered.entries.at(1).line, 7); // "2、"
    QCOMPARE(numbered.entries.at(1).date.toIso(), u"2020-02"_s);
    QCOMPARE(numbered.entries.at(2).line, 9);  // "3)"
    QCOMPARE(numbered.entries.at(3).line, 10); // "4）"
    QCOMPARE(numbered.entries.at(4).line, 11); // "（5）"
    QCOMPARE(numbered.entries.at(5).line, 12); // "(6)"
}

void tst_ReportParser::bulletRule() {
    const Report r = ReportParser::parseFile(parserData(u"entries.md"_s));
    // Bullets open entries when no entry is open or the open one began with a bullet.
    const TurningPoint &bulleted = r.turningPoints.at(1);
    QCOMPARE(bulleted.entries.size(), 3);
    QCOMPARE(bulleted.entries.at(0).label, u"政策名称"_s);
    QCOMPARE(bulleted.entries.at(0).title, u"列表条目一"_s);
    QCOMPARE(bulleted.entries.at(0).fields.size(), 1);
    QCOMPARE(bulleted.entries.at(0).fields.first().key, u"发布时间"_s);
    QCOMPARE(bulleted.entries.at(1).title, u"列表条目二"_s);
    QCOMPARE(bulleted.entries.at(2).title, u"列表条目三"_s); // "* " bullet
    // A bulleted line of plain text is a note, not an entry.
    QCOMPARE(bulleted.entries.at(2).notes.size(), 1);
    QCOMPARE(bulleted.entries.at(2).notes.first().text, u"- 列表中的普通文字"_s);

    // Inside an entry opened by a numbered ordinal, bulleted lines are fields.
    const TurningPoint &mixed = r.turningPoints.at(2);
    QCOMPARE(mixed.entries.size(), 2);
    const Entry &e = mixed.entries.first();
    QCOMPARE(e.title, u"编号条目"_s);
    QCOMPARE(e.fields.size(), 3);
    QCOMPARE(e.fields.at(0).key, u"实施主体"_s);
    QCOMPARE(e.fields.at(0).value, u"列表形式的字段"_s);
    QCOMPARE(e.fields.at(1).key, u"实施范围"_s);
    QCOMPARE(e.fields.at(2).key, u"政策效应"_s);
    QCOMPARE(e.fields.at(2).value, u"无空格列表字段"_s);
    QCOMPARE(mixed.entries.at(1).title, u"第二个编号条目"_s);
}

void tst_ReportParser::fields() {
    const Report r = ReportParser::parseFile(parserData(u"fields.md"_s));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
    QCOMPARE(r.turningPoints.size(), 1);
    QCOMPARE(r.turningPoints.first().entries.size(), 1);
    const Entry &e = r.turningPoints.first().entries.first();
    const QList<std::pair<QString, QString>> fields = {
        {u"实施时间"_s, u"2020年1月"_s},
        {u"项目概况"_s, u"冒号在粗体内"_s},               // **Key：**Value
        {u"实施主体"_s, u"无粗体短键"_s},                 // short CJK key, no bold
        {u"Scope"_s, u"short latin key"_s},               // short Latin key
        {u"政策效应"_s, u"空行之后的粗体字段仍是字段"_s}, // bold after a blank line
    };
    QCOMPARE(e.fields.size(), fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        QCOMPARE(e.fields.at(i).key, fields.at(i).first);
        QCOMPARE(e.fields.at(i).value, fields.at(i).second);
    }
    QCOMPARE(e.fields.last().line, 17);
    const QList<std::pair<int, QString>> notes = {
        {10, u"A very long key that is more than twenty four: not a field"_s}, // key too long
        {11, u"这是一个超过八个汉字的很长的键名：不是字段"_s},                 // key too long
        {12, u"https://example.com/not-a-field"_s},                            // URL scheme
        {13, u"注：条目的注释"_s},                                             // note keyword
        {14, u"备注：另一条注释"_s},                                           // note keyword
        {16, u"无粗体但在空行之后：注释"_s}, // unbolded after a blank line
    };
    QCOMPARE(e.notes.size(), notes.size());
    for (int i = 0; i < notes.size(); ++i) {
        QCOMPARE(e.notes.at(i).line, notes.at(i).first);
        QCOMPARE(e.notes.at(i).text, notes.at(i).second);
    }
}

void tst_ReportParser::sources_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("unsafe");

    int i = 0;
    auto row = [&](const char *tag, int line, const QString &name, const QString &url,
                   bool unsafe = false) {
        QTest::newRow(tag) << i++ << line << name << url << unsafe;
    };
    row("名称（URL）", 6, u"中国日报网"_s, u"https://www.chinadaily.com.cn/a/1.html"_s);
    row("名称(URL)", 7, u"新华网"_s, u"http://www.news.cn/a.htm"_s);
    row("[名称](URL)", 8, u"人民网"_s, u"https://www.people.com.cn/b.html"_s);
    row("bare URL", 9, QString(), u"https://www.gov.cn/c.html"_s);
    row("name without URL", 10, u"国家统计局年鉴"_s, QString());
    row("English, ; separated 1", 11, u"A"_s, u"https://a.example/x"_s);
    row("English, ; separated 2", 11, u"B"_s, u"https://b.example/y"_s);
    row("Official source, name only", 12, u"Ministry of Ecology and Environment"_s, QString());
    row("；separated 1", 13, u"甲网"_s, u"https://a.example/1"_s);
    row("；separated 2", 13, u"乙网"_s, u"https://b.example/2"_s);
    row("、separated after a URL", 13, u"丙网"_s, u"https://c.example/3"_s);
    row("、between names without URL 1", 14, u"国家发展改革委"_s, QString());
    row("、between names without URL 2", 14, u"国家能源局"_s, QString());
    row("parentheses inside the URL", 15, u"维基百科"_s,
        u"https://en.wikipedia.org/wiki/Kunming_(city)"_s);
    row("semicolon inside the URL", 16, u"接口"_s, u"https://api.example/x?a=1;b=2"_s);
    row("javascript: kept, unsafe", 17, u"脚本"_s, u"javascript:alert(1)"_s, true);
    row("file: kept, unsafe", 18, u"本地文件"_s, u"file:///etc/passwd"_s, true);
    row("parenthesis that is not a URL", 19, u"内部资料（未公开）"_s, QString());
    row("bare URLs ; separated 1", 20, QString(), u"https://a.example/1"_s);
    row("bare URLs ; separated 2", 20, QString(), u"https://b.example/2"_s);
    row("name then bare URL", 21, u"新华社"_s, u"http://www.news.cn/d.htm"_s);
    row("bulleted Source: markdown link", 22, u"Guangxi Daily"_s,
        u"https://www.gxrb.com.cn/a.html"_s);
    row("bulleted Source: name (url)", 22, u"Xinhua"_s, u"http://www.news.cn/b.htm"_s);
    row("unbolded Source key", 23, u"无粗体来源"_s, u"https://c.example/4"_s);
}

void tst_ReportParser::sources() {
    QFETCH(int, index);
    QFETCH(int, line);
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(bool, unsafe);

    const Report r = ReportParser::parseFile(parserData(u"sources.md"_s));
    // The only diagnostics are the warnings for the two links that will never be opened.
    QCOMPARE(describeDiagnostics(r),
             u"17:11: link “javascript:alert(1)” will not be opened: only http and https links "
             "are opened\n"
             "18:13: link “file:///etc/passwd” will not be opened: only http and https links "
             "are opened\n"_s);
    const Entry &e = r.turningPoints.first().entries.first();
    QVERIFY(e.fields.isEmpty()); // sources are not fields
    QCOMPARE(e.sources.size(), 24);
    const Source &s = e.sources.at(index);
    QCOMPARE(s.line, line);
    QCOMPARE(s.name, name);
    QCOMPARE(s.url, url);
    QCOMPARE(s.unsafe, unsafe);
}

void tst_ReportParser::ideographicCommaSeparatesSources_data() {
    QTest::addColumn<QString>("value");
    // Each source as "name|url".
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two names") << u"国家发展改革委、国家能源局"_s
                               << QStringList{u"国家发展改革委|"_s, u"国家能源局|"_s};
    QTest::newRow("three names") << u"甲、乙、丙"_s << QStringList{u"甲|"_s, u"乙|"_s, u"丙|"_s};
    QTest::newRow("with ；") << u"甲；乙、丙"_s << QStringList{u"甲|"_s, u"乙|"_s, u"丙|"_s};
    QTest::newRow("empty pieces") << u"甲、、乙、"_s << QStringList{u"甲|"_s, u"乙|"_s};
    QTest::newRow("URL belongs to the last name")
        << u"国家发展改革委、国家能源局（https://a.example/1）"_s
        << QStringList{u"国家发展改革委|"_s, u"国家能源局|https://a.example/1"_s};
    QTest::newRow("names after a URL")
        << u"甲网（https://a.example/1）、乙、丙"_s
        << QStringList{u"甲网|https://a.example/1"_s, u"乙|"_s, u"丙|"_s};
    QTest::newRow("inside parentheses")
        << u"内部资料（甲、乙）"_s << QStringList{u"内部资料（甲、乙）|"_s};
    QTest::newRow("inside 《》") << u"《工业、能源规划》、国家能源局"_s
                                 << QStringList{u"《工业、能源规划》|"_s, u"国家能源局|"_s};
    QTest::newRow("inside 【】") << u"【内部、未公开】资料"_s
                                 << QStringList{u"【内部、未公开】资料|"_s};
    QTest::newRow("inside []") << u"[甲、乙] 资料"_s << QStringList{u"[甲、乙] 资料|"_s};
    QTest::newRow("inside a URL in a name")
        << u"国家能源局www.nea.gov.cn/a、b"_s << QStringList{u"国家能源局www.nea.gov.cn/a、b|"_s};
    QTest::newRow("after a URL in a name, past a space")
        << u"见 网站http://a.example/x 的、说明、附件"_s
        << QStringList{u"见 网站http://a.example/x 的|"_s, u"说明|"_s, u"附件|"_s};
}

void tst_ReportParser::ideographicCommaSeparatesSources() {
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    const QString text =
        u"T\n### 转折点：2020年（事件） - 置信度：60%\n1. **项目名称**：P\n**来源**："_s + value +
        u"\n"_s;
    const Report r = ReportParser::parseText(text, u"s.md"_s);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
    QStringList got;
    for (const Source &s : r.turningPoints.at(0).entries.at(0).sources)
        got << s.name.toString() + u'|' + s.url.toString();
    QCOMPARE(got, expected);
}

void tst_ReportParser::notes() {
    const Report r = ReportParser::parseFile(parserData(u"notes.md"_s));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
    QCOMPARE(r.title, u"注释位置"_s);
    QCOMPARE(r.notes.size(), 2);
    QCOMPARE(r.notes.at(0).line, 3);
    QCOMPARE(r.notes.at(0).text, u"报告前言的一行自由文字。"_s);
    QCOMPARE(r.notes.at(1).text, u"备注：报告级备注"_s);

    QCOMPARE(r.turningPoints.size(), 2);
    const TurningPoint &t0 = r.turningPoints.at(0);
    QCOMPARE(t0.notes.size(), 1);
    QCOMPARE(t0.notes.at(0).line, 8);
    QCOMPARE(t0.notes.at(0).text, u"转折点下的自由文字。"_s);
    QVERIFY(!t0.nothingFound);
    const Entry &e = t0.entries.first();
    QCOMPARE(e.fields.size(), 1);
    QCOMPARE(e.notes.size(), 4);
    QCOMPARE(e.notes.at(0).text, u"条目中的自由文字（无冒号）"_s);
    QCOMPARE(e.notes.at(1).text, u"空行后的自由文字"_s);
    QCOMPARE(e.notes.at(2).text, u"Note: english note on entry"_s);
    // "---" is ignored (report-format.md §6): the text after it is still the entry's.
    QCOMPARE(e.notes.at(3).line, 19);
    QCOMPARE(e.notes.at(3).text, u"分隔线之后的文字归转折点。"_s);

    const TurningPoint &t1 = r.turningPoints.at(1);
    QVERIFY(t1.nothingFound);
    QVERIFY(t1.entries.isEmpty());
    QCOMPARE(t1.notes.size(), 3);
    QCOMPARE(t1.notes.at(0).text, u"本周期内未监测到相关政策性文件及重大事件。"_s);
    QCOMPARE(t1.notes.at(1).text, u"补充说明文字。"_s);
    QCOMPARE(t1.notes.at(2).line, 28);
    QCOMPARE(t1.notes.at(2).text, u"页脚：数据截至2025年。"_s);
}

void tst_ReportParser::nothingFound_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("nothingFound");
    QTest::addColumn<QString>("note");
    QTest::newRow("No relevant") << 0 << true
                                 << u"No relevant policy documents or major events were detected "
                                    u"in this period."_s;
    QTest::newRow("no … detected") << 1 << true << u"There were no new policies detected."_s;
    QTest::newRow("未监测到") << 2 << true << u"本周期内未监测到相关政策性文件及重大事件。"_s;
    QTest::newRow("other free text") << 3 << false << u"本周期内有一些变化但不重要。"_s;
}

void tst_ReportParser::nothingFound() {
    QFETCH(int, index);
    QFETCH(bool, nothingFound);
    QFETCH(QString, note);
    const Report r = ReportParser::parseFile(parserData(u"nothing-found.md"_s));
    QCOMPARE(r.turningPoints.size(), 4);
    const TurningPoint &tp = r.turningPoints.at(index);
    QCOMPARE(tp.nothingFound, nothingFound);
    QVERIFY(tp.entries.isEmpty());
    QCOMPARE(tp.notes.size(), 1);
    QCOMPARE(tp.notes.first().text, note);
    QCOMPARE(tp.notes.first().line, tp.line + 1);
}

void tst_ReportParser::titles_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("line");
    const QString tp = u"### 转折点：2020年（事件） - 置信度：50%\n"_s;
    QTest::newRow("plain") << u"标题\n"_s + tp << u"标题"_s << 1;
    QTest::newRow("# heading") << u"# 标题\n"_s + tp << u"标题"_s << 1;
    QTest::newRow("leading blank lines")
        << u"\n\n  \n  # Title here  \n"_s + tp << u"Title here"_s << 4;
    QTest::newRow("separator first") << u"---\nTitle\n"_s + tp << u"Title"_s << 2;
    QTest::newRow("no title") << tp << QString() << 0;
}

void tst_ReportParser::titles() {
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(int, line);
    const Report r = ReportParser::parseText(text, u"t.md"_s);
    QCOMPARE(r.title, title);
    QCOMPARE(r.titleLine, line);
    QCOMPARE(r.turningPoints.size(), 1);
}

void tst_ReportParser::periods_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("endPrecision");

    QTest::newRow("截至 day") << u"分析周期：截至2025年5月1日"_s << QString() << u"2025-05-01"_s
                              << int(PartialDate::Day);
    QTest::newRow("截至 month") << u"分析周期：截至2025年5月"_s << QString() << u"2025-05"_s
                                << int(PartialDate::Month);
    QTest::newRow("up to ISO") << u"Analysis period: up to 2025-05-01"_s << QString()
                               << u"2025-05-01"_s << int(PartialDate::Day);
    QTest::newRow("until English") << u"Analysis period: until March 2025"_s << QString()
                                   << u"2025-03"_s << int(PartialDate::Month);
    QTest::newRow("至 range") << u"分析周期：2019年1月至2023年12月"_s << u"2019-01"_s
                              << u"2023-12"_s << int(PartialDate::Month);
    QTest::newRow("dash range") << u"分析周期：2019年-2023年"_s << u"2019"_s << u"2023"_s
                                << int(PartialDate::Year);
    QTest::newRow("to range") << u"Analysis period: 2019-01 to 2023-12"_s << u"2019-01"_s
                              << u"2023-12"_s << int(PartialDate::Month);
    QTest::newRow("ISO day range") << u"Analysis period: 2019-01-01 - 2023-12-31"_s
                                   << u"2019-01-01"_s << u"2023-12-31"_s << int(PartialDate::Day);
    QTest::newRow("single date") << u"分析周期：2021年"_s << u"2021"_s << u"2021"_s
                                 << int(PartialDate::Year);
    QTest::newRow("half-width colon, bold") << u"**分析周期**: 截至 2025-05-01"_s << QString()
                                            << u"2025-05-01"_s << int(PartialDate::Day);
}

void tst_ReportParser::periods() {
    QFETCH(QString, line);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(int, endPrecision);
    const QString text =
        u"Title\n\n"_s + line + u"\n### Turning point: 2020 (Event) - Confidence: 50%\n"_s;
    const Report r = ReportParser::parseText(text, u"p.md"_s);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
    QCOMPARE(r.periodStart.toIso(), start);
    QCOMPARE(r.periodEnd.toIso(), end);
    QCOMPARE(int(r.periodEnd.precision), endPrecision);
    QCOMPARE(r.periodLine, 3);
    QVERIFY(r.notes.isEmpty());
}

void tst_ReportParser::declaredCount_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("count");
    QTest::newRow("项") << u"收录重大转折点：1项"_s << 1;
    QTest::newRow("English") << u"Turning points included: 1"_s << 1;
    QTest::newRow("spaces, 个") << u"收录转折点： 1 个"_s << 1;
    QTest::newRow("full-width digit") << u"收录重大转折点：１项"_s << 1;
}

void tst_ReportParser::declaredCount() {
    QFETCH(QString, line);
    QFETCH(int, count);
    const QString text =
        u"Title\n"_s + line + u"\n### Turning point: 2020 (Event) - Confidence: 50%\n"_s;
    const Report r = ReportParser::parseText(text, u"c.md"_s);
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
    QCOMPARE(r.declaredTurningPoints, std::optional<int>(count));
    QCOMPARE(r.declaredTurningPointsLine, 2);
}

// ---------------------------------------------------------------------------------------------
// §3 dates

void tst_ReportParser::entryDates_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<int>("startPrecision");

    const int Y = PartialDate::Year, M = PartialDate::Month, D = PartialDate::Day;
    const int N = PartialDate::None;
    int i = 0;
    auto row = [&](const char *tag, const QString &iso, int precision) {
        QTest::newRow(tag) << i++ << iso << precision;
    };
    row("2019年12月", u"2019-12"_s, M);
    row("2022年3月29日", u"2022-03-29"_s, D);
    row("2022年 (年份 key)", u"2022"_s, Y);
    row("2022年度", u"2022"_s, Y);
    row("2022年1月-2023年8月", u"2022-01/2023-08"_s, M);
    row("2021年-2025年", u"2021/2025"_s, Y);
    row("至", u"2021-03/2022-06"_s, M);
    row("到", u"2021/2022"_s, Y);
    row("~", u"2021-01/2021-06"_s, M);
    row("ISO day", u"2023-08-01"_s, D);
    row("ISO month", u"2023-08"_s, M);
    row("October 2021", u"2021-10"_s, M);
    row("14 September 2021", u"2021-09-14"_s, D);
    row("September 14, 2021", u"2021-09-14"_s, D);
    row("January 2021 to December 2022", u"2021-01/2022-12"_s, M);
    row("2021 (whole value)", u"2021"_s, Y);
    row("first whole-value date when no date key", u"2020-05"_s, M);
    row("date key wins over an earlier whole-value date", u"2020-06"_s, M);
    row("date key with a value that is no date", QString(), N);
    row("no date at all", QString(), N);
    row("ISO range with /", u"2022-01/2023-08"_s, M);
    row("short range 2022年1月至8月", u"2022-01/2022-08"_s, M);
    row("full-width digits", u"2019-03"_s, M);
    row("ISO year range 2021-2025", u"2021/2025"_s, Y);
    row("3月份", u"2019-03"_s, M);
}

void tst_ReportParser::entryDates() {
    QFETCH(int, index);
    QFETCH(QString, iso);
    QFETCH(int, startPrecision);
    const Report r = ReportParser::parseFile(parserData(u"dates.md"_s));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(describeDiagnostics(r)));
    const CompactList<Entry> &entries = r.turningPoints.first().entries;
    QCOMPARE(entries.size(), 25);
    const Entry &e = entries.at(index);
    QCOMPARE(e.date.toIso(), iso);
    QCOMPARE(int(e.date.start.precision), startPrecision);
    QCOMPARE(e.date.isValid(), !iso.isEmpty());
}

void tst_ReportParser::dateExpressions_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");

    QTest::newRow("year month") << u"2019年3月"_s << u"2019-03"_s;
    QTest::newRow("spaces inside") << u" 2019 年 3 月 "_s << u"2019-03"_s;
    QTest::newRow("year") << u"2019年"_s << u"2019"_s;
    QTest::newRow("年度") << u"2022年度"_s << u"2022"_s;
    QTest::newRow("day") << u"2021年9月14日"_s << u"2021-09-14"_s;
    QTest::newRow("号") << u"2021年9月14号"_s << u"2021-09-14"_s;
    QTest::newRow("suffix 起") << u"2021年9月起"_s << u"2021-09"_s;
    QTest::newRow("suffix 底") << u"2021年底"_s << u"2021"_s;
    QTest::newRow("ISO year") << u"2019"_s << u"2019"_s;
    QTest::newRow("ISO month") << u"2019-03"_s << u"2019-03"_s;
    QTest::newRow("ISO month single digit") << u"2019-3"_s << u"2019-03"_s;
    QTest::newRow("ISO day") << u"2021-09-14"_s << u"2021-09-14"_s;
    QTest::newRow("leap day") << u"2024-02-29"_s << u"2024-02-29"_s;
    QTest::newRow("English month") << u"October 2021"_s << u"2021-10"_s;
    QTest::newRow("English abbreviation") << u"Oct. 2021"_s << u"2021-10"_s;
    QTest::newRow("Sept") << u"Sept 2021"_s << u"2021-09"_s;
    QTest::newRow("English lower case") << u"march 2019"_s << u"2019-03"_s;
    QTest::newRow("day month year") << u"14 September 2021"_s << u"2021-09-14"_s;
    QTest::newRow("ordinal day") << u"1st May 2020"_s << u"2020-05-01"_s;
    QTest::newRow("month day, year") << u"September 14, 2021"_s << u"2021-09-14"_s;
    QTest::newRow("range -") << u"2022年1月-2023年8月"_s << u"2022-01/2023-08"_s;
    QTest::newRow("range – en dash") << u"2022年1月–2023年8月"_s << u"2022-01/2023-08"_s;
    QTest::newRow("range — em dash") << u"2022年—2023年"_s << u"2022/2023"_s;
    QTest::newRow("range 至") << u"2021年至2025年"_s << u"2021/2025"_s;
    QTest::newRow("range 到") << u"2021年3月到2021年5月"_s << u"2021-03/2021-05"_s;
    QTest::newRow("range ~") << u"2021年~2025年"_s << u"2021/2025"_s;
    QTest::newRow("range ～") << u"2021年～2025年"_s << u"2021/2025"_s;
    QTest::newRow("range to") << u"October 2021 to March 2022"_s << u"2021-10/2022-03"_s;
    QTest::newRow("range ISO to") << u"2021-10 to 2022-03"_s << u"2021-10/2022-03"_s;
    QTest::newRow("range ISO /") << u"2021/2025"_s << u"2021/2025"_s;
    QTest::newRow("range ISO days") << u"2021-10-01 - 2021-10-31"_s << u"2021-10-01/2021-10-31"_s;
    QTest::newRow("short range month") << u"2022年1月至8月"_s << u"2022-01/2022-08"_s;
    QTest::newRow("short range day") << u"2022年3月1日至15日"_s << u"2022-03-01/2022-03-15"_s;
    QTest::newRow("mixed precision range") << u"2021年-2022年6月"_s << u"2021/2022-06"_s;
    QTest::newRow("full-width digits") << u"２０２１年３月"_s << u"2021-03"_s;

    QTest::newRow("not: money") << u"28.6亿元人民币"_s << QString();
    QTest::newRow("not: small number") << u"30"_s << QString();
    QTest::newRow("not: ratio") << u"1-2"_s << QString();
    QTest::newRow("not: five digits") << u"12345"_s << QString();
    QTest::newRow("not: words") << u"试点阶段"_s << QString();
    QTest::newRow("not: trailing words") << u"2021年9月 全面实施"_s << QString();
    QTest::newRow("not: English word") << u"Marketing 2021"_s << QString();
    QTest::newRow("not: empty") << QString() << QString();
    QTest::newRow("not: year then number") << u"2030碳达峰目标"_s << QString();
    QTest::newRow("not: half a range") << u"2021年-"_s << QString();
}

void tst_ReportParser::dateExpressions() {
    QFETCH(QString, text);
    QFETCH(QString, iso);
    const DateParseResult r = DateTextParser::parseSpan(text);
    if (iso.isEmpty()) {
        QCOMPARE(r.status, DateParseResult::NotADate);
        QVERIFY(r.message.isEmpty());
    } else {
        QVERIFY2(r.isOk(), qPrintable(r.message));
        QCOMPARE(r.span.toIso(), iso);
    }
}

void tst_ReportParser::badDateExpressions_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("offset");

    QTest::newRow("month 13") << u"2021年13月"_s << u"month 13 is not a month"_s << 5;
    QTest::newRow("month 0") << u"2021年0月"_s << u"month 0 is not a month"_s << 5;
    QTest::newRow("ISO month 13") << u"2021-13"_s << u"month 13 is not a month"_s << 5;
    QTest::newRow("year 0") << u"0年"_s << u"year 0 is outside"_s << 0;
    QTest::newRow("year 0000 ISO") << u"0000-01"_s << u"year 0000 is outside"_s << 0;
    QTest::newRow("year 99999") << u"99999年"_s << u"year 99999 is outside"_s << 0;
    QTest::newRow("February 31") << u"2021年2月31日"_s << u"2021-02 has no day 31"_s << 7;
    QTest::newRow("February 29, common year") << u"2023-02-29"_s << u"2023-02 has no day 29"_s << 8;
    QTest::newRow("April 31") << u"31 April 2021"_s << u"2021-04 has no day 31"_s << 0;
    QTest::newRow("day 0") << u"2021年3月0日"_s << u"2021-03 has no day 0"_s << 7;
    QTest::newRow("range backwards") << u"2023年-2021年"_s << u"before it starts"_s << 6;
    QTest::newRow("range end month 13") << u"2021年1月-2021年13月"_s << u"month 13"_s << 13;
}

void tst_ReportParser::badDateExpressions() {
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, offset);
    const DateParseResult r = DateTextParser::parseSpan(text);
    QCOMPARE(r.status, DateParseResult::Invalid);
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
    QCOMPARE(r.offset, offset);
    QVERIFY(!r.span.isValid() || !r.isOk());
}

// ---------------------------------------------------------------------------------------------
// §4 diagnostics

void tst_ReportParser::diagnostics_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column"); // 0: not checked
    QTest::addColumn<bool>("error");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("count");

    auto row = [](const char *file, int line, int column, bool error, const QString &message,
                  int count = 1) {
        QTest::newRow(file) << QString::fromLatin1(file) << line << column << error << message
                            << count;
    };
    row("diag-month13.md", 3, 14, false,
        u"month 13 is not a month; the turning point is listed as undated"_s);
    row("diag-month0.md", 3, 25, false, u"month 00 is not a month"_s);
    row("diag-year0.md", 3, 20, false, u"year 0000 is outside 1–9999"_s);
    row("diag-year99999.md", 3, 9, false, u"year 99999 is outside 1–9999"_s);
    row("diag-feb31.md", 6, 17, false, u"2021-02 has no day 31 (field “实施时间”)"_s);
    row("diag-entry-month13.md", 4, 13, false, u"month 13 is not a month (field “批复”)"_s);
    row("diag-not-a-date.md", 3, 9, false, u"“近期” is not a date"_s);
    row("diag-no-date.md", 3, 0, false, u"the turning point has no date"_s);
    row("diag-count.md", 4, 1, false, u"declares 3 turning points, 2 found"_s);
    row("diag-confidence-high.md", 3, 27, false, u"confidence 120% is above 100%; kept as 100%"_s);
    row("diag-confidence-negative.md", 3, 27, false, u"confidence -5% is negative; kept as 0%"_s);
    row("diag-confidence-abc.md", 3, 27, false, u"confidence “abc” is not a number"_s);
    row("diag-confidence-missing.md", 3, 0, false, u"no confidence given"_s);
    row("diag-entry-before-tp.md", 3, 1, false,
        u"entry before the first turning point; it is kept as a note of the report"_s);
    row("diag-field-before-entry.md", 4, 1, false,
        u"field “实施时间” is not inside an entry; it is kept as a note of the turning point"_s);
    row("diag-order.md", 4, 9, false,
        u"turning point 2020-01 comes before the previous one (2021-01, line 3)"_s);
    row("diag-duplicate.md", 4, 9, false,
        u"turning point 2021-03 has the same date as the one on line 3"_s);
    row("diag-period.md", 3, 6, false, u"cannot read the analysis period"_s);
    row("diag-declared.md", 2, 9, false, u"cannot read the number of turning points in “若干”"_s);
    row("diag-empty-source.md", 4, 0, false, u"source “官方来源” is empty"_s);
    row("diag-nothing-then-entry.md", 4, 1, false, u"says nothing was found (line 3)"_s);
    row("diag-no-heading.md", 0, 1, true,
        u"no turning point heading found; this does not look like a turning-point report"_s);
    row("diag-empty.md", 0, 1, true, u"the file is empty"_s);
    row("diag-blank.md", 0, 1, true, u"the file has only blank lines"_s);
}

void tst_ReportParser::diagnostics() {
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(bool, error);
    QFETCH(QString, message);
    QFETCH(int, count);

    const Report r = ReportParser::parseFile(parserData(file));
    QCOMPARE(r.diagnostics.size(), count);
    const Diagnostic *found = nullptr;
    for (const Diagnostic &d : r.diagnostics)
        if (d.message.contains(message))
            found = &d;
    QVERIFY2(found, qPrintable(describeDiagnostics(r)));
    QCOMPARE(found->line, line);
    if (column > 0)
        QCOMPARE(found->column, column);
    QVERIFY(found->column >= 1);
    QCOMPARE(found->isError(), error);
    QCOMPARE(r.isUsable(), !error);
    // Warnings and errors are ordered by line.
    for (int i = 1; i < r.diagnostics.size(); ++i)
        QVERIFY(r.diagnostics.at(i - 1).line <= r.diagnostics.at(i).line);
}

void tst_ReportParser::diagnosticsKeepStructure() {
    { // A bad date: the turning point is kept, undated, with its text.
        const Report r = ReportParser::parseFile(parserData(u"diag-month13.md"_s));
        QCOMPARE(r.turningPoints.size(), 1);
        QVERIFY(!r.turningPoints.first().date.isValid());
        QCOMPARE(r.turningPoints.first().dateText, u"2021年13月"_s);
        QCOMPARE(r.turningPoints.first().kind, u"事件"_s);
        QCOMPARE(r.turningPoints.first().confidence, std::optional<double>(60));
    }
    { // Clamped confidences.
        QCOMPARE(ReportParser::parseFile(parserData(u"diag-confidence-high.md"_s))
                     .turningPoints.first()
                     .confidence,
                 std::optional<double>(100));
        QCOMPARE(ReportParser::parseFile(parserData(u"diag-confidence-negative.md"_s))
                     .turningPoints.first()
                     .confidence,
                 std::optional<double>(0));
        QVERIFY(!ReportParser::parseFile(parserData(u"diag-confidence-abc.md"_s))
                     .turningPoints.first()
                     .confidence.has_value());
        QVERIFY(!ReportParser::parseFile(parserData(u"diag-confidence-missing.md"_s))
                     .turningPoints.first()
                     .confidence.has_value());
    }
    { // An entry with a bad date keeps its field, undated.
        const Report r = ReportParser::parseFile(parserData(u"diag-feb31.md"_s));
        const Entry &e = r.turningPoints.first().entries.first();
        QVERIFY(!e.date.isValid());
        QCOMPARE(e.fields.first().value, u"2021年2月31日"_s);
    }
    { // The entry before the first turning point is a report note, its field too.
        const Report r = ReportParser::parseFile(parserData(u"diag-entry-before-tp.md"_s));
        QCOMPARE(r.notes.size(), 2);
        QCOMPARE(r.notes.at(0).text, u"1. **项目名称**：早到的条目"_s);
        QCOMPARE(r.notes.at(1).line, 4);
        QCOMPARE(r.turningPoints.size(), 1);
    }
    { // A field before any entry is a note of the turning point; the entry after it is fine.
        const Report r = ReportParser::parseFile(parserData(u"diag-field-before-entry.md"_s));
        const TurningPoint &tp = r.turningPoints.first();
        QCOMPARE(tp.notes.size(), 1);
        QCOMPARE(tp.notes.first().text, u"**实施时间**：2020年1月"_s);
        QCOMPARE(tp.entries.size(), 1);
    }
    { // Both out-of-order turning points are kept in document order.
        const Report r = ReportParser::parseFile(parserData(u"diag-order.md"_s));
        QCOMPARE(r.turningPoints.size(), 2);
        QCOMPARE(r.turningPoints.at(0).date.toIso(), u"2021-01"_s);
        QCOMPARE(r.turningPoints.at(1).date.toIso(), u"2020-01"_s);
    }
    { // A file cut off in the middle keeps everything up to the cut.
        const Report r = ReportParser::parseFile(parserData(u"truncated.md"_s));
        QCOMPARE(r.turningPoints.first().entries.size(), 2);
        const Entry &cut = r.turningPoints.first().entries.at(1);
        QCOMPARE(cut.title, u"被截断的条目"_s);
        QCOMPARE(cut.notes.size(), 1);
        QCOMPARE(cut.notes.first().text, u"**实施时"_s);
    }
    { // Nothing found, then entries: the entries win, the sentence stays a note.
        const Report r = ReportParser::parseFile(parserData(u"diag-nothing-then-entry.md"_s));
        const TurningPoint &tp = r.turningPoints.first();
        QVERIFY(!tp.nothingFound);
        QCOMPARE(tp.entries.size(), 1);
        QCOMPARE(tp.notes.size(), 1);
    }
    { // A file without heading still keeps its text (it is not used, but nothing is lost).
        const Report r = ReportParser::parseFile(parserData(u"diag-no-heading.md"_s));
        QVERIFY(!r.isUsable());
        QCOMPARE(r.title, u"这不是报告"_s);
        QCOMPARE(r.notes.size(), 2);
    }
}

void tst_ReportParser::unusableFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)
                         << u"PNG image"_s;
    QTest::newRow("plain text, no heading")
        << QByteArray("just some notes\nand more\n") << u"no turning point heading found"_s;
}

void tst_ReportParser::unusableFiles() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Report r = ReportParser::parseBytes(bytes, u"bad.md"_s);
    QVERIFY(!r.isUsable());
    QVERIFY(r.turningPoints.isEmpty());
    QCOMPARE(r.file, u"bad.md"_s);
    bool found = false;
    for (const Diagnostic &d : r.diagnostics)
        found = found || (d.isError() && d.message.contains(message));
    QVERIFY2(found, qPrintable(describeDiagnostics(r)));
}

void tst_ReportParser::parseFileErrors() {
    const QString missing = parserData(u"does-not-exist.md"_s);
    Report r = ReportParser::parseFile(missing);
    QCOMPARE(r.file, missing);
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics.first().isError());
    QVERIFY2(r.diagnostics.first().message.contains(u"No such file"_s, Qt::CaseInsensitive),
             qPrintable(r.diagnostics.first().message));

    r = ReportParser::parseFile(dataPath(u"parser"_s)); // a directory
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics.first().isError());
    QVERIFY(r.diagnostics.first().message.startsWith(u"cannot read the file: "_s));
}

void tst_ReportParser::unreadableFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString unreadable = dir.filePath(u"locked.md"_s);
    {
        QFile f(unreadable);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("### 转折点：2020年");
    }
    QFile::setPermissions(unreadable, QFileDevice::WriteOwner);
    QFile probe(unreadable);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running with privileges that ignore file permissions");
    const Report r = ReportParser::parseFile(unreadable);
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics.first().isError());
    QVERIFY2(r.diagnostics.first().message.contains(u"ermission"_s),
             qPrintable(r.diagnostics.first().message));
}

void tst_ReportParser::tooLargeFileIsRefusedBeforeReading() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.md"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // A sparse file: no disk space used, and reading it would take seconds and a gigabyte.
    if (!f.resize(ReportParser::MaxFileSize + 1))
        QSKIP("cannot create a sparse file here");
    f.close();
    QElapsedTimer timer;
    timer.start();
    const Report r = ReportParser::parseFile(path);
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics.first().isError());
    QVERIFY2(r.diagnostics.first().message.contains(u"too large"_s),
             qPrintable(r.diagnostics.first().message));
}

// ---------------------------------------------------------------------------------------------
// Encodings, line ends, invariants, robustness

void tst_ReportParser::lineEnds_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("eol");
    QTest::addColumn<bool>("finalNewline");
    for (const QString &path : allFixtures()) {
        const QString name = QFileInfo(path).fileName();
        QTest::addRow("%s CRLF", qPrintable(name)) << path << u"\r\n"_s << true;
        QTest::addRow("%s CR", qPrintable(name)) << path << u"\r"_s << true;
        QTest::addRow("%s LF, no final newline", qPrintable(name)) << path << u"\n"_s << false;
        QTest::addRow("%s CRLF, no final newline", qPrintable(name)) << path << u"\r\n"_s << false;
        QTest::addRow("%s CR, no final newline", qPrintable(name)) << path << u"\r"_s << false;
    }
}

void tst_ReportParser::lineEnds() {
    QFETCH(QString, path);
    QFETCH(QString, eol);
    QFETCH(bool, finalNewline);
    const QString lf = toLineEnds(readText(path), u"\n"_s, true);
    const QString variant = toLineEnds(lf, eol, finalNewline);
    QCOMPARE(describe(ReportParser::parseText(variant, u"x.md"_s)),
             describe(ReportParser::parseText(lf, u"x.md"_s)));
}

void tst_ReportParser::encodings_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    for (const QString &path : {QStringLiteral(TURNPOINT_SAMPLE), parserData(u"sources.md"_s),
                                parserData(u"dates.md"_s)}) {
        const QString text = readText(path);
        const QString name = QFileInfo(path).fileName();
        QStringEncoder gb("GB18030");
        QTest::addRow("%s GB18030", qPrintable(name))
            << path << QByteArray(gb.encode(text)) << u"GB18030"_s;
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::addRow("%s UTF-16LE", qPrintable(name))
            << path << QByteArray(le.encode(text)) << u"UTF-16LE"_s;
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QTest::addRow("%s UTF-16BE", qPrintable(name))
            << path << QByteArray(be.encode(text)) << u"UTF-16BE"_s;
        QTest::addRow("%s UTF-8 BOM", qPrintable(name))
            << path << QByteArray("\xef\xbb\xbf" + text.toUtf8()) << u"UTF-8 (BOM)"_s;
        QStringEncoder gbCrlf("GB18030");
        QTest::addRow("%s GB18030 CRLF", qPrintable(name))
            << path << QByteArray(gbCrlf.encode(toLineEnds(text, u"\r\n"_s, true))) << u"GB18030"_s;
    }
}

void tst_ReportParser::encodings() {
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const Report expected = ReportParser::parseFile(path);
    const Report r = ReportParser::parseBytes(bytes, path);
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(describe(r), describe(expected));

    // The same through a file on disk.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.md"_s);
    QFile f(copy);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const Report fromDisk = ReportParser::parseFile(copy);
    QCOMPARE(fromDisk.encoding, encoding);
    QCOMPARE(fromDisk.turningPoints.size(), expected.turningPoints.size());
    QCOMPARE(fromDisk.title, expected.title);
}

void tst_ReportParser::undecodableByteIsReported() {
    QByteArray bytes = readBytes(QStringLiteral(TURNPOINT_SAMPLE));
    // Put a stray 0xFF into the title of the turning point on line 10.
    const qsizetype at = bytes.indexOf(QString(u"云南省绿色铝"_s).toUtf8());
    QVERIFY(at > 0);
    bytes.insert(at, '\xff');
    const Report r = ReportParser::parseBytes(bytes, u"damaged.md"_s);
    QVERIFY(r.isUsable());
    QCOMPARE(r.encoding, u"UTF-8"_s);
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.first();
    QCOMPARE(d.severity, Diagnostic::Warning);
    QCOMPARE(d.line, 10);
    QVERIFY2(d.message.contains(u"undecodable byte 0xFF at line 10"_s), qPrintable(d.message));
    QCOMPARE(r.turningPoints.size(), 10);
    QCOMPARE(r.turningPoints.first().entries.first().title,
             QString(QChar(QChar::ReplacementCharacter)) + u"云南省绿色铝产业园区建设项目"_s);
}

void tst_ReportParser::nothingLost_data() {
    QTest::addColumn<QString>("path");
    for (const QString &path : allFixtures())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void tst_ReportParser::nothingLost() {
    QFETCH(QString, path);
    const QString text = readText(path);
    const Report r = ReportParser::parseText(text, path);
    QString why;
    QVERIFY2(checkNothingLost(text, r, &why), qPrintable(why));
    // And each note holds text of the line it names.
    const QStringList lines = splitLines(text);
    auto checkNotes = [&](const CompactList<Note> &notes) {
        for (const Note &n : notes) {
            if (n.line < 1 || n.line > lines.size() || !lines.at(n.line - 1).contains(n.text))
                return false;
        }
        return true;
    };
    QVERIFY(checkNotes(r.notes));
    for (const TurningPoint &tp : r.turningPoints) {
        QVERIFY(checkNotes(tp.notes));
        for (const Entry &e : tp.entries)
            QVERIFY(checkNotes(e.notes));
    }
}

void tst_ReportParser::oddInputDoesNotCrash_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("markers only")
        << u"#\n##\n###\n####\n**\n****\n*\n-\n1.\n1、\n（1）\n()\n（\n）\n[\n](\n:\n：\n"_s;
    QTest::newRow("heading fragments")
        << u"T\n### 转折点\n### 转折点：\n### 转折点：（\n### 转折点：2020年（\n"
           u"### 转折点：2020年（事件）-\n### 转折点：2020年 - 置信度\n### 转折点：2020年 - "
           u"置信度：\n"
           u"### 转折点：2020年 - 置信度：%\n### 转折点：2020年 - 置信度：.5\n"
           u"### 转折点：2020年 - 置信度：1e999\n### 转折点：2020年 - "
           u"置信度：99999999999999999999%\n"
           u"### Turning point:\n### Turning point: (Event)\n"_s;
    QTest::newRow("entry fragments")
        << u"T\n### 转折点：2020年 - 置信度：1%\n1.\n1. **\n1. ****：\n1. **a\n- \n- **\n"
           u"**官方来源**：（\n**官方来源**：[\n**官方来源**：[a](\n**官方来源**：a（https://\n"
           u"**官方来源**：；；、、;;\n**来源**：https://\n**实施时间**：2020年-\n"
           u"**实施时间**：September\n**实施时间**：14 September\n**实施时间**：9999999999999年\n"_s;
    QTest::newRow("long line") << u"T\n### 转折点：2020年 - 置信度：1%\n1. **a**："_s +
                                      QString(100000, u'（') + u"\n"_s;
    QTest::newRow("only separators") << u"---\n***\n___\n"_s;
    QTest::newRow("surrogates and controls")
        << QString(u"T\n### 转折点：2020年\n"_s + QChar(0xD800) + u"\n\u0001\u0002\n"_s);
}

void tst_ReportParser::oddInputDoesNotCrash() {
    QFETCH(QString, text);
    const Report r = ReportParser::parseText(text, u"odd.md"_s);
    QString why;
    QVERIFY2(checkNothingLost(text, r, &why), qPrintable(why));
    for (const TurningPoint &tp : r.turningPoints) {
        if (tp.confidence) {
            QVERIFY(*tp.confidence >= 0);
            QVERIFY(*tp.confidence <= 100);
        }
    }
}

void tst_ReportParser::largeReport() {
    // 20,000 turning points written like the sample. Checks the counts and reports the time
    // against QString::fromUtf8 of the same bytes (the target is a parse within ~3x of that).
    const QString one = readText(QStringLiteral(TURNPOINT_SAMPLE));
    const qsizetype firstTp = one.indexOf(u"### "_s);
    const QString body = one.mid(firstTp) + u"\n\n---\n\n"_s;
    QString text = u"大报告\n\n分析周期：截至2025年5月1日\n收录重大转折点：20000项\n\n"_s;
    text.reserve(body.size() * 2001);
    for (int i = 0; i < 2000; ++i)
        text += body;
    const QByteArray bytes = text.toUtf8();

    QElapsedTimer timer;
    timer.start();
    const QString decoded = QString::fromUtf8(bytes);
    const qint64 decodeNs = timer.nsecsElapsed();
    timer.restart();
    const Report r = ReportParser::parseText(decoded, u"big.md"_s);
    const qint64 parseNs = timer.nsecsElapsed();

    QCOMPARE(r.turningPoints.size(), 20000);
    int entries = 0;
    for (const TurningPoint &tp : r.turningPoints)
        entries += int(tp.entries.size());
    QCOMPARE(entries, 20000);
    // Repeating the sample puts each 2019 turning point after a 2023 one: one order warning
    // per repetition after the first, and nothing else.
    QCOMPARE(r.diagnostics.size(), 1999);
    qInfo("%.1f MB: fromUtf8 %.1f ms, parse %.1f ms (%.1fx)", bytes.size() / 1e6, decodeNs / 1e6,
          parseNs / 1e6, double(parseNs) / double(std::max<qint64>(decodeNs, 1)));
}

void tst_ReportParser::inPiecesSameAsWhole_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("inPieces"); // whether the pieces can take this file
    // Everything in tests/data: plain UTF-8 goes in pieces, the rest (UTF-16, GB18030, bad
    // bytes, NULs, control characters, binary, empty or blank) the whole way.
    const QSet<QString> whole = {
        u"binary.md"_s,
        u"empty.md"_s,
        u"gb18030-broken-byte.md"_s,
        u"invalid-utf8-mid-char.md"_s,
        u"nul-in-line.md"_s,
        u"png-renamed.md"_s,
        u"truncated-utf16.md"_s,
        u"whitespace-only.md"_s,
        u"diag-blank.md"_s,
        u"diag-empty.md"_s,
    };
    for (const QString &dir : {QString(), u"parser"_s, u"malformed"_s}) {
        const QDir d(dataPath(dir));
        for (const QString &name : d.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
            const QString path = d.filePath(name);
            QTest::addRow("%s", qPrintable(dir.isEmpty() ? name : dir + u'/' + name))
                << path << !whole.contains(name);
        }
    }
}

void tst_ReportParser::inPiecesSameAsWhole() {
    QFETCH(QString, path);
    QFETCH(bool, inPieces);
    // parseFile() reads files this small whole.
    const Report expected = ReportParser::parseFile(path);
    for (const qsizetype piece : {qsizetype(1), qsizetype(7), qsizetype(100), qsizetype(4096)}) {
        bool pieces = !inPieces;
        const Report r = ReportParser::parseFileInPieces(path, piece, nullptr, &pieces);
        QCOMPARE(pieces, inPieces);
        QCOMPARE(describe(r), describe(expected));
        QCOMPARE(describeDiagnostics(r), describeDiagnostics(expected));
        QCOMPARE(r.encoding, expected.encoding);
        QCOMPARE(r.file, path);
    }
}

void tst_ReportParser::largeFileGoesInPieces() {
    // Over PieceBytes: parseFile() takes the pieces. Line ends of every kind, a BOM, no final
    // line end, a line longer than a piece, and a bad byte near the end (the whole way then,
    // with the same result as parsing the bytes).
    const QString one = readText(QStringLiteral(TURNPOINT_SAMPLE));
    const QString body = one.mid(one.indexOf(u"### "_s)) + u"\n\n---\n\n"_s;
    QString text = u"大报告\r\n\n收录重大转折点：3项\r"_s;
    while (text.size() < ReportParser::PieceBytes / 2 + 1000)
        text += body;
    text += u"备注："_s + QString(300000, u'长') + u"\r\n"_s + body.trimmed();
    QByteArray bytes = "\xef\xbb\xbf" + text.toUtf8();
    QVERIFY(bytes.size() > ReportParser::PieceBytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.md"_s);
    const auto write = [&path](const QByteArray &b) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(b) == b.size();
    };
    QVERIFY(write(bytes));
    const Report expected = ReportParser::parseBytes(bytes, path);
    QCOMPARE(expected.encoding, u"UTF-8 (BOM)"_s);
    QVERIFY(expected.turningPoints.size() > 100);
    bool pieces = false;
    const Report r =
        ReportParser::parseFileInPieces(path, ReportParser::PieceBytes, nullptr, &pieces);
    QVERIFY(pieces);
    QCOMPARE(describe(r), describe(expected));
    QCOMPARE(describeDiagnostics(r), describeDiagnostics(expected));
    QCOMPARE(describe(ReportParser::parseFile(path)), describe(expected));

    bytes[bytes.size() - 10] = char(0xff);
    QVERIFY(write(bytes));
    const Report bad = ReportParser::parseBytes(bytes, path);
    const Report badInPieces = ReportParser::parseFileInPieces(path, 1 << 16, nullptr, &pieces);
    QVERIFY(!pieces);
    QCOMPARE(describe(badInPieces), describe(bad));
    QCOMPARE(describeDiagnostics(badInPieces), describeDiagnostics(bad));

    // Cancelled: stops, as parseFile() does.
    const std::atomic<bool> cancelled{true};
    QVERIFY(ReportParser::parseFileInPieces(path, 1 << 16, &cancelled).turningPoints.size() <
            expected.turningPoints.size());
}

QTEST_GUILESS_MAIN(tst_ReportParser)
#include "tst_reportparser.moc"

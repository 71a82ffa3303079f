#include "csvexporter.h"
#include "reportparser.h"

#include <QTest>

using namespace Turnpoint;

using Rows = QList<QStringList>;

namespace {

// A strict RFC 4180 reader written for this test (it shares nothing with the exporter): fields
// separated by commas, records by CRLF; a quoted field may hold commas, CR, LF and doubled quotes.
// Returns false on anything malformed (a bare LF between records, a quote inside an unquoted
// field, text after a closing quote, an unterminated quote).
bool parseCsv(const QString &text, Rows *rows) {
    rows->clear();
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return false; // unterminated
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(text[i++]);
            }
        } else {
            while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                if (text[i] == u'"')
                    return false;
                field.append(text[i++]);
            }
        }
        if (i >= n)
            return false; // every record ends with CRLF
        if (text[i] == u',') {
            record.append(field);
            field.clear();
            ++i;
        } else if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') {
            record.append(field);
            field.clear();
            rows->append(record);
            record.clear();
            i += 2;
        } else {
            return false;
        }
    }
    return record.isEmpty() && field.isEmpty();
}

Rows readCsv(const QByteArray &csv) {
    Rows rows;
    if (!csv.startsWith("\xEF\xBB\xBF")) {
        qWarning("no byte order mark");
        return rows;
    }
    if (!parseCsv(QString::fromUtf8(csv.mid(3)), &rows))
        qWarning("malformed CSV");
    return rows;
}

// Column positions, spelled out here rather than taken from the exporter.
enum Col {
    File,
    ReportTitle,
    TpDate,
    Kind,
    Confidence,
    NothingFound,
    TpNotes,
    EntryLine,
    Label,
    Title,
    EntryDate,
    Fields,
    Sources,
    Notes,
    ColumnCount
};

const QString Tricky = QStringLiteral("他说\"你好\", 然后\r\n换行,\"引号\"\n再一行");

Report smallReport() {
    Report r;
    r.file = QStringLiteral("/reports/小报告.md");
    r.title = QStringLiteral("云南省工业部门碳排放关键政策与事件汇编");
    TurningPoint a;
    a.line = 5;
    a.date = PartialDate::fromYearMonth(2019, 3);
    a.kind = QStringLiteral("事件");
    a.confidence = 67.5;
    Entry e1;
    e1.line = 7;
    e1.label = QStringLiteral("项目名称");
    e1.title = Tricky;
    e1.date.start = PartialDate::fromYearMonth(2019, 12);
    e1.fields = {Field{8, QStringLiteral("实施时间"), QStringLiteral("2019年12月")},
                 Field{9, QStringLiteral("实施主体"), QStringLiteral("政府, 企业")}};
    e1.sources = {Source{10, QStringLiteral("中国日报网"),
                         QStringLiteral("https://www.chinadaily.com.cn/a"), false},
                  Source{11, QString(), QStringLiteral("https://b.example/"), false},
                  Source{12, QStringLiteral("统计年鉴"), QString(), false}};
    e1.notes = {Note{13, QStringLiteral("注一")}, Note{14, QStringLiteral("注二")}};
    Entry e2;
    e2.line = 16;
    e2.label = QStringLiteral("调控措施");
    e2.title = QStringLiteral("=HYPERLINK(\"https://evil.example\",\"点击\")");
    e2.date.start = PartialDate::fromYearMonth(2022, 1);
    e2.date.end = PartialDate::fromYearMonth(2023, 8);
    a.entries = {e1, e2};
    TurningPoint b; // undated, unscored, no kind, nothing found
    b.line = 20;
    b.nothingFound = true;
    b.notes.append(Note{21, QStringLiteral("本周期内未监测到相关政策性文件及重大事件。")});
    TurningPoint c;
    c.line = 30;
    c.date = PartialDate::fromYear(2023);
    c.kind = QStringLiteral("政策");
    c.confidence = 40;
    Entry e3;
    e3.line = 31;
    e3.title = QStringLiteral("-3% 产能");
    c.entries = {e3};
    r.turningPoints = {a, b, c};
    return r;
}

} // namespace

class TestCsvExporter : public QObject {
    Q_OBJECT

private slots:
    void readerRejectsMalformed();
    void bomHeaderAndLineEnds();
    void rowsAndColumnsRoundTrip();
    void quotesCommasNewlinesSurvive();
    void formulasAreNeutralised();
    void honoursTheFilter();
    void sampleOneRowPerEntry();
};

void TestCsvExporter::readerRejectsMalformed() {
    // The reader is strict, so the tests below would notice sloppy quoting.
    Rows rows;
    QVERIFY(parseCsv(QStringLiteral("a,\"b\"\"c\"\r\n"), &rows));
    QCOMPARE(rows, (Rows{{QStringLiteral("a"), QStringLiteral("b\"c")}}));
    QVERIFY(!parseCsv(QStringLiteral("a,b\n"), &rows));
    QVERIFY(!parseCsv(QStringLiteral("a,b\"c\r\n"), &rows));
    QVERIFY(!parseCsv(QStringLiteral("\"a\"b\r\n"), &rows));
    QVERIFY(!parseCsv(QStringLiteral("\"a\r\n"), &rows));
    QVERIFY(!parseCsv(QStringLiteral("a,b"), &rows));
}

void TestCsvExporter::bomHeaderAndLineEnds() {
    const Report r = smallReport();
    const QByteArray csv = CsvExporter::toCsv({&r});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "file,report_title,turning_point_date,kind,confidence,nothing_found,"
                           "turning_point_notes,entry_line,label,title,entry_date,fields,sources,"
                           "notes\r\n"));
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(CsvExporter::header().size(), int(ColumnCount));
    const Rows rows = readCsv(csv);
    QCOMPARE(rows.value(0), CsvExporter::header());
    // Nothing but a header for no reports.
    QCOMPARE(readCsv(CsvExporter::toCsv({})).size(), 1);
}

void TestCsvExporter::rowsAndColumnsRoundTrip() {
    const Report r = smallReport();
    const Rows rows = readCsv(CsvExporter::toCsv({&r}));
    QCOMPARE(rows.size(), 1 + 2 + 1 + 1); // header, a's two entries, b (no entries), c
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), int(ColumnCount));

    const QStringList &e1 = rows[1];
    QCOMPARE(e1[File], QStringLiteral("小报告.md"));
    QCOMPARE(e1[ReportTitle], QStringLiteral("云南省工业部门碳排放关键政策与事件汇编"));
    QCOMPARE(e1[TpDate], QStringLiteral("2019-03"));
    QCOMPARE(e1[Kind], QStringLiteral("事件"));
    QCOMPARE(e1[Confidence], QStringLiteral("67.5"));
    QCOMPARE(e1[NothingFound], QStringLiteral("false"));
    QCOMPARE(e1[TpNotes], QString());
    QCOMPARE(e1[EntryLine], QStringLiteral("7"));
    QCOMPARE(e1[Label], QStringLiteral("项目名称"));
    QCOMPARE(e1[EntryDate], QStringLiteral("2019-12"));
    QCOMPARE(e1[Fields], QStringLiteral("实施时间: 2019年12月 | 实施主体: 政府, 企业"));
    QCOMPARE(e1[Sources], QStringLiteral("中国日报网 <https://www.chinadaily.com.cn/a> | "
                                         "<https://b.example/> | 统计年鉴"));
    QCOMPARE(e1[Notes], QStringLiteral("注一\n注二"));

    const QStringList &e2 = rows[2];
    // The turning point's columns repeat on each of its entries.
    for (int c : {File, ReportTitle, TpDate, Kind, Confidence, NothingFound, TpNotes})
        QCOMPARE(e2[c], e1[c]);
    QCOMPARE(e2[EntryLine], QStringLiteral("16"));
    QCOMPARE(e2[EntryDate], QStringLiteral("2022-01/2023-08"));
    QCOMPARE(e2[Fields], QString());

    const QStringList &b = rows[3];
    QCOMPARE(b[TpDate], QString());
    QCOMPARE(b[Kind], QString());
    QCOMPARE(b[Confidence], QString());
    QCOMPARE(b[NothingFound], QStringLiteral("true"));
    QCOMPARE(b[TpNotes], QStringLiteral("本周期内未监测到相关政策性文件及重大事件。"));
    for (int c = EntryLine; c < ColumnCount; ++c)
        QCOMPARE(b[c], QString());

    QCOMPARE(rows[4][TpDate], QStringLiteral("2023"));
    QCOMPARE(rows[4][Confidence], QStringLiteral("40"));
    QCOMPARE(rows[4][Label], QString());
}

void TestCsvExporter::quotesCommasNewlinesSurvive() {
    const Report r = smallReport();
    const Rows rows = readCsv(CsvExporter::toCsv({&r}));
    QCOMPARE(rows.value(1).value(Title), Tricky);
    QCOMPARE(CsvExporter::cell(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(CsvExporter::cell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvExporter::cell(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
    QCOMPARE(CsvExporter::cell(QStringLiteral("中文")), QStringLiteral("中文"));
}

void TestCsvExporter::formulasAreNeutralised() {
    const Report r = smallReport();
    const Rows rows = readCsv(CsvExporter::toCsv({&r}));
    QCOMPARE(rows.value(2).value(Title),
             QStringLiteral("'=HYPERLINK(\"https://evil.example\",\"点击\")"));
    QCOMPARE(rows.value(4).value(Title), QStringLiteral("'-3% 产能"));
    QCOMPARE(CsvExporter::cell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(CsvExporter::cell(QStringLiteral("+1")), QStringLiteral("'+1"));
    QCOMPARE(CsvExporter::cell(QStringLiteral("1+1")), QStringLiteral("1+1"));
}

void TestCsvExporter::honoursTheFilter() {
    const Report r = smallReport();
    TimelineFilter filter;
    filter.setKinds(TimelineFilter::PolicyKind | TimelineFilter::OtherKind);
    Rows rows = readCsv(CsvExporter::toCsv({&r}, filter));
    QCOMPARE(rows.size(), 1 + 1 + 1); // b (no kind: other) and c (政策)
    QCOMPARE(rows[1][NothingFound], QStringLiteral("true"));
    QCOMPARE(rows[2][Kind], QStringLiteral("政策"));

    filter.setMinimumConfidence(50); // drops c (40) and the unscored b
    QCOMPARE(readCsv(CsvExporter::toCsv({&r}, filter)).size(), 1);

    // Any predicate, e.g. the proxy's filter with extra rules from a view.
    rows = readCsv(CsvExporter::toCsv(
        {&r}, [](const Report &, const TurningPoint &tp) { return tp.line == 5; }));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1][EntryLine], QStringLiteral("7"));
    QCOMPARE(rows[2][EntryLine], QStringLiteral("16"));
}

void TestCsvExporter::sampleOneRowPerEntry() {
    const Report sample = ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
    QVERIFY(sample.isUsable());
    const Rows rows = readCsv(CsvExporter::toCsv({&sample}));
    int expected = 1;
    QStringList titles;
    for (const TurningPoint &tp : sample.turningPoints) {
        expected += qMax(1, int(tp.entries.size()));
        for (const Entry &e : tp.entries)
            titles.append(e.title);
        if (tp.entries.isEmpty())
            titles.append(QString());
    }
    QCOMPARE(rows.size(), expected);
    QCOMPARE(rows.size(),
             1 + 13); // 10 turning points, 3 of them nothing found, one with 3 entries, one with 2
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), int(ColumnCount));
        QCOMPARE(rows[i][Title], titles[i - 1]);
        QCOMPARE(rows[i][File], QStringLiteral("yunnan-industry-carbon.md"));
    }
    QCOMPARE(rows[1][Sources],
             QStringLiteral("中国日报网 <https://www.chinadaily.com.cn/a/201912/19/"
                            "WS5dfae48ba310cf3e3557f346.html>"));
    QCOMPARE(rows[2][NothingFound], QStringLiteral("true"));
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"

#include "jsonexporter.h"
#include "reportparser.h"
#include "reporttestsupport.h"
#include "textdecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Turnpoint;
using namespace Turnpoint::TestSupport;

// The catalogue of bad inputs (tests/data/malformed/): every file has its asserted outcome, and
// for all of them the rules of report-format.md §4 hold: no crash, nothing lost, clear messages.
class TestMalformed : public QObject {
    Q_OBJECT

private slots:
    void catalogue_data();
    void catalogue();
    void everyFileHasAnExpectation();
    void keptValues();
    void crOnlyReadsLikeLf();
    void tenMegabyteLine();
    void tooLargeFileIsRefusedBeforeReading();
    void fileBeingWrittenWhileLoaded();
    void fuzzRegressions();

private:
    QStringList m_tabled;
};

namespace {

QString malformed(const QString &name) {
    return QStringLiteral(TURNPOINT_TEST_DATA "/malformed/") + name;
}

QByteArray readBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Report parse(const QString &name) {
    return ReportParser::parseBytes(readBytes(malformed(name)), name);
}

const QString UnsafeLink = QStringLiteral("will not be opened");
// The reasons UrlPolicy gives, as the warnings must word them.
const QString NotHttp = QStringLiteral(": only http and https links are opened");
const QString UserInfo =
    QStringLiteral(": the link has a user name or password before the host name");
const QString TooLong = QStringLiteral(": the link is longer than 8192 characters");
const QString WhiteSpace = QStringLiteral(": the link contains a space or a control character");

// Every text the parser kept from a report, each as one string: titles, heading parts, labels,
// field keys and values, source names and URLs, notes.
QStringList keptTexts(const Report &r) {
    QStringList texts{r.title};
    for (const Note &n : r.notes)
        texts << n.text.toString();
    for (const TurningPoint &tp : r.turningPoints) {
        texts << tp.dateText.toString() << tp.kind.toString();
        for (const Note &n : tp.notes)
            texts << n.text.toString();
        for (const Entry &e : tp.entries) {
            texts << e.label.toString() << e.title.toString();
            for (const Field &f : e.fields)
                texts << f.key.toString() << f.value.toString();
            for (const Source &src : e.sources)
                texts << src.name.toString() << src.url.toString();
            for (const Note &n : e.notes)
                texts << n.text.toString();
        }
    }
    return texts;
}

int sourceCount(const Report &r) {
    int n = 0;
    for (const TurningPoint &tp : r.turningPoints) {
        for (const Entry &e : tp.entries)
            n += int(e.sources.size());
    }
    return n;
}

} // namespace

void TestMalformed::catalogue_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("usable");
    // Each expected diagnostic: "LINE:COLUMN:w|e:part of the message", in order; the report
    // must have exactly these.
    QTest::addColumn<QStringList>("expected");
    // Texts that must be kept exactly, each as one whole text of the report (keptTexts()).
    QTest::addColumn<QStringList>("literal");
    // The number of sources in the report, or -1 when not checked.
    QTest::addColumn<int>("sources");

    auto row = [this](const char *file, bool usable, const QStringList &expected,
                      const QStringList &literal = {}, int sources = -1) {
        m_tabled.append(QString::fromUtf8(file));
        QTest::newRow(file) << QString::fromUtf8(file) << usable << expected << literal << sources;
    };
    // Not reports at all: refused with a message, nothing else.
    row("empty.md", false, {QStringLiteral("0:1:e:the file is empty")});
    row("whitespace-only.md", false, {QStringLiteral("0:1:e:only blank lines")});
    row("binary.md", false, {QStringLiteral("0:1:e:does not look like a text report")});
    row("png-renamed.md", false, {QStringLiteral("0:1:e:this is a PNG image")});
    // Encoding damage: the report loads, the bad bytes are shown as U+FFFD and located.
    row("invalid-utf8-mid-char.md", true,
        {QStringLiteral("10:13:w:undecodable byte 0xE6 at line 10 (read as UTF-8)")});
    row("truncated-utf16.md", true,
        {QStringLiteral("19:1:w:ends in the middle of a UTF-16 character")});
    row("gb18030-broken-byte.md", true,
        {QStringLiteral("10:13:w:undecodable byte 0xFF at line 10 (read as GB18030)")});
    row("nul-in-line.md", true, {QStringLiteral("10:13:w:NUL character at line 10")});
    row("bom-mid-file.md", true, {QStringLiteral("11:1:w:byte order mark")});
    // Layout.
    row("blank-lines-100k.md", true, {});
    row("cr-only.md", true, {});
    row("repeated-stars.md", true, {});
    row("ends-mid-field.md", true, {});
    // Dates that are not dates: undated, with the reason.
    row("heading-month-0.md", true, {QStringLiteral("8:14:w:month 0 is not a month")});
    row("heading-month-13.md", true, {QStringLiteral("8:14:w:month 13 is not a month")});
    row("heading-feb-31.md", true, {QStringLiteral("8:16:w:2019-02 has no day 31")});
    row("heading-year-0.md", true, {QStringLiteral("8:9:w:year 0 is outside")});
    row("heading-year-99999.md", true, {QStringLiteral("8:9:w:year 99999 is outside")});
    // Confidence.
    row("confidence-negative.md", true,
        {QStringLiteral("8:27:w:confidence -5% is negative; kept as 0%")});
    row("confidence-150.md", true,
        {QStringLiteral("8:27:w:confidence 150% is above 100%; kept as 100%")});
    row("confidence-abc.md", true, {QStringLiteral("8:27:w:confidence “abc” is not a number")});
    row("confidence-missing.md", true, {QStringLiteral("8:20:w:no confidence given")});
    // Text after the number and its % is not read (report-format.md §6: "65%（估计）" is 65).
    row("confidence-double-percent.md", true, {});
    // Order and placement.
    row("duplicate-dates.md", true,
        {QStringLiteral("14:9:w:has the same date as the one on line 8")});
    row("out-of-order.md", true,
        {QStringLiteral("14:9:w:comes before the previous one (2021-03, line 8)")});
    row("entry-before-heading.md", true,
        {QStringLiteral("3:1:w:entry before the first turning point")});
    row("field-before-entry.md", true,
        {QStringLiteral("10:1:w:field “实施时间” is not inside an entry")});
    row("declared-count-mismatch.md", true,
        {QStringLiteral("4:1:w:declares 5 turning points, 1 found")});
    // Sources: kept as written, never opened, and said.
    row("source-empty-url.md", true,
        {QStringLiteral("11:15:w:source “中国日报网” has an empty link")});
    row("source-url-spaces.md", true,
        {QStringLiteral("11:16:w:link “https://www.chinadaily.com.cn/a/some page.html” ") +
         UnsafeLink + WhiteSpace});
    row("source-javascript.md", true,
        {QStringLiteral("11:15:w:link “javascript:alert(document.cookie)” ") + UnsafeLink +
         NotHttp});
    row("source-file.md", true,
        {QStringLiteral("11:15:w:link “file:///etc/passwd” ") + UnsafeLink + NotHttp});
    row("source-data.md", true, {QStringLiteral("11:15:w:link “data:text/html")});
    row("source-unc.md", true, {QStringLiteral("11:14:w:") + UnsafeLink + NotHttp});
    row("source-userinfo.md", true,
        {QStringLiteral("11:15:w:link “https://admin:secret@www.example.com/login” ") + UnsafeLink +
         UserInfo});
    row("source-100kb-url.md", true, {QStringLiteral("11:15:w:…” ") + UnsafeLink + TooLong});
    // Markup is text.
    // A date-keyed field that is no date is said (report-format.md §6).
    row("markup-in-values.md", true,
        {QStringLiteral("11:10:w:“2019年12月 <script>alert(1)</script>” is not a date")});
    // Markdown is text too: a link, an image, code or emphasis in a title or a field value is
    // kept as written and makes no source; only the real source line gives one.
    row("markdown-in-values.md", true, {},
        {QStringLiteral("测试报告 [x](javascript:alert(1)) *emphasis* <b>x</b>"),
         QStringLiteral("[x](javascript:alert(1)) ![img](file:///etc/passwd) `code` *emphasis* "
                        "<b>x</b>"),
         QStringLiteral("[x](javascript:alert(1))"), QStringLiteral("![img](file:///etc/passwd)"),
         QStringLiteral("`code` *emphasis* <b>x</b>"),
         QStringLiteral("<b>x</b> `code` [官网](https://www.example.com/a)")},
        0);
}

void TestMalformed::catalogue() {
    QFETCH(QString, file);
    QFETCH(bool, usable);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, literal);
    QFETCH(int, sources);

    const QByteArray bytes = readBytes(malformed(file));
    const Report report = ReportParser::parseBytes(bytes, file);
    QCOMPARE(report.isUsable(), usable);
    QVERIFY2(report.diagnostics.size() == expected.size(), qPrintable(describeDiagnostics(report)));
    for (int i = 0; i < expected.size(); ++i) {
        const QStringList parts = expected.at(i).split(QLatin1Char(':'));
        const Diagnostic &d = report.diagnostics.at(i);
        const QString context = describeDiagnostics(report);
        QCOMPARE(d.line, parts.at(0).toInt());
        QCOMPARE(d.column, parts.at(1).toInt());
        QCOMPARE(d.severity,
                 parts.at(2) == QLatin1String("e") ? Diagnostic::Error : Diagnostic::Warning);
        const QString part = parts.mid(3).join(QLatin1Char(':'));
        QVERIFY2(d.message.contains(part),
                 qPrintable(d.message + QStringLiteral(" lacks ") + part));
    }
    if (!usable) {
        QVERIFY(report.turningPoints.isEmpty());
        return;
    }
    const QStringList kept = keptTexts(report);
    for (const QString &text : literal)
        QVERIFY2(kept.contains(text), qPrintable(text + QStringLiteral(" not kept as one text")));
    if (sources >= 0)
        QCOMPARE(sourceCount(report), sources);
    // Nothing lost: every line of the decoded text is structure or a note, where it stood.
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded.ok);
    QString why;
    QVERIFY2(checkNothingLost(decoded.text, report, &why), qPrintable(why));
    QVERIFY(notesMatchTheirLines(decoded.text, report));
    // And the export of whatever was read is valid JSON that holds every turning point.
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(JsonExporter::toJson({&report}), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.object()
                 .value(QStringLiteral("reports"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("turning_points"))
                 .toArray()
                 .size(),
             report.turningPoints.size());
}

void TestMalformed::everyFileHasAnExpectation() {
    if (m_tabled.isEmpty()) {
        // catalogue_data() ran in this process only if catalogue was selected; fill it now.
        catalogue_data();
    }
    const QStringList files =
        QDir(QStringLiteral(TURNPOINT_TEST_DATA "/malformed")).entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 30);
    for (const QString &f : files)
        QVERIFY2(m_tabled.contains(f), qPrintable(f + QStringLiteral(" has no expected outcome")));
}

void TestMalformed::keptValues() {
    // Confidence values after clamping, or null.
    QCOMPARE(parse(QStringLiteral("confidence-150.md")).turningPoints.at(0).confidence,
             std::optional<double>(100));
    QCOMPARE(parse(QStringLiteral("confidence-negative.md")).turningPoints.at(0).confidence,
             std::optional<double>(0));
    QVERIFY(!parse(QStringLiteral("confidence-abc.md")).turningPoints.at(0).confidence);
    QVERIFY(!parse(QStringLiteral("confidence-missing.md")).turningPoints.at(0).confidence);
    QCOMPARE(parse(QStringLiteral("confidence-double-percent.md")).turningPoints.at(0).confidence,
             std::optional<double>(65));

    // Impossible dates: undated, the text as written kept.
    for (const char *name : {"heading-month-0.md", "heading-month-13.md", "heading-feb-31.md",
                             "heading-year-0.md", "heading-year-99999.md"}) {
        const Report r = parse(QString::fromUtf8(name));
        QCOMPARE(r.turningPoints.size(), 1);
        QVERIFY2(!r.turningPoints.at(0).date.isValid(), name);
        QVERIFY2(!r.turningPoints.at(0).dateText.isEmpty(), name);
        QCOMPARE(r.turningPoints.at(0).confidence, std::optional<double>(65));
    }

    // Unsafe links are kept exactly as written, marked, and never pass the URL policy.
    const struct {
        const char *file;
        QString url;
    } links[] = {
        {"source-url-spaces.md", QStringLiteral("https://www.chinadaily.com.cn/a/some page.html")},
        {"source-javascript.md", QStringLiteral("javascript:alert(document.cookie)")},
        {"source-file.md", QStringLiteral("file:///etc/passwd")},
        {"source-data.md",
         QStringLiteral("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")},
        {"source-unc.md", QStringLiteral("\\\\fileserver\\share\\report.docx")},
        {"source-userinfo.md", QStringLiteral("https://admin:secret@www.example.com/login")},
    };
    for (const auto &link : links) {
        const Report r = parse(QString::fromUtf8(link.file));
        const Source &s = r.turningPoints.at(0).entries.at(0).sources.at(0);
        QCOMPARE(s.url, link.url);
        QVERIFY2(s.unsafe, link.file);
    }
    const Source longUrl = parse(QStringLiteral("source-100kb-url.md"))
                               .turningPoints.at(0)
                               .entries.at(0)
                               .sources.at(0);
    QCOMPARE(longUrl.url.size(),
             qsizetype(QStringLiteral("https://www.example.com/").size() + 100000));
    QVERIFY(longUrl.unsafe);
    const Source empty = parse(QStringLiteral("source-empty-url.md"))
                             .turningPoints.at(0)
                             .entries.at(0)
                             .sources.at(0);
    QCOMPARE(empty.name, QStringLiteral("中国日报网"));
    QVERIFY(empty.url.isEmpty());

    // Markup stays text, character for character.
    const Report markup = parse(QStringLiteral("markup-in-values.md"));
    const Entry &e = markup.turningPoints.at(0).entries.at(0);
    QCOMPARE(markup.turningPoints.at(0).kind, QStringLiteral("<b>事件</b>"));
    QCOMPARE(e.label, QStringLiteral("<i>项目名称</i>"));
    QCOMPARE(e.title, QStringLiteral(
                          "<b>x</b><img src=\"file:///etc/passwd\"><a href=\"file:///tmp\">y</a>"));
    QCOMPARE(e.fields.at(0).value, QStringLiteral("2019年12月 <script>alert(1)</script>"));
    QCOMPARE(e.sources.at(0).name, QStringLiteral("<b>中国日报网</b>"));

    // Placement: what stood outside its place is kept where it was.
    const Report before = parse(QStringLiteral("entry-before-heading.md"));
    QCOMPARE(before.notes.size(), 2);
    QVERIFY(before.notes.at(0).text.contains(QStringLiteral("游离条目")));
    const Report field = parse(QStringLiteral("field-before-entry.md"));
    QVERIFY(field.turningPoints.at(0).notes.at(0).text.contains(QStringLiteral("实施时间")));
    QCOMPARE(field.turningPoints.at(0).entries.size(), 1);

    // A file cut off keeps everything up to the cut.
    const Report cut = parse(QStringLiteral("ends-mid-field.md"));
    QCOMPARE(cut.turningPoints.size(), 2);
    QCOMPARE(cut.turningPoints.at(1).entries.at(0).title, QStringLiteral("截断的项目"));
    QCOMPARE(cut.turningPoints.at(1).entries.at(0).notes.at(0).text, QStringLiteral("**实施时"));

    // 100,000 blank lines change nothing but the line numbers.
    const Report blank = parse(QStringLiteral("blank-lines-100k.md"));
    QCOMPARE(blank.turningPoints.size(), 2);
    QCOMPARE(blank.turningPoints.at(0).notes.at(0).line, 8 + 2 + 100000);
    QVERIFY(blank.turningPoints.at(0).nothingFound);

    // Duplicates and disorder are kept in document order, not merged or sorted away.
    const Report dup = parse(QStringLiteral("duplicate-dates.md"));
    QCOMPARE(dup.turningPoints.size(), 2);
    QCOMPARE(dup.turningPoints.at(1).confidence, std::optional<double>(70));
    const Report order = parse(QStringLiteral("out-of-order.md"));
    QCOMPARE(order.turningPoints.at(0).date.year, 2021);
    QCOMPARE(order.turningPoints.at(1).date.year, 2019);
}

void TestMalformed::crOnlyReadsLikeLf() {
    QByteArray lf = readBytes(malformed(QStringLiteral("cr-only.md")));
    lf.replace('\r', '\n');
    QCOMPARE(describe(parse(QStringLiteral("cr-only.md"))),
             describe(ReportParser::parseBytes(lf, QStringLiteral("cr-only.md"))));
}

void TestMalformed::tenMegabyteLine() {
    // Generated, not checked in: a 10 MB field value, and a 10 MB line with no report around it.
    const QByteArray huge(10 * 1024 * 1024, 'x');
    QByteArray report = "Title\n\n### 转折点：2019年3月（事件） - 置信度：65%\n\n1. "
                        "**项目名称**：大\n**项目概况**：";
    report += huge;
    report += "\n";
    Report r = ReportParser::parseBytes(report, QStringLiteral("long.md"));
    QVERIFY(r.isUsable());
    QCOMPARE(r.diagnostics.size(), 0);
    QCOMPARE(r.turningPoints.at(0).entries.at(0).fields.at(0).value.size(), huge.size());

    r = ReportParser::parseBytes(huge, QStringLiteral("line.md"));
    QVERIFY(!r.isUsable());
    QVERIFY(r.diagnostics.at(0).message.contains(QStringLiteral("no turning point heading")));
    QCOMPARE(r.title.size(), huge.size()); // kept, even though unusable
}

void TestMalformed::tooLargeFileIsRefusedBeforeReading() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.md"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Sparse: costs no disk, but reading it would cost a gigabyte of memory.
    QVERIFY(f.resize(ReportParser::MaxFileSize + 1));
    f.close();
    const Report r = ReportParser::parseFile(path);
    QVERIFY(!r.isUsable());
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY2(r.diagnostics.at(0).message.contains(QStringLiteral("too large")),
             qPrintable(r.diagnostics.at(0).message));
}

void TestMalformed::fileBeingWrittenWhileLoaded() {
    // An editor or pipeline writes the report while Turnpoint reads it: every read sees some
    // prefix of the file, and each must parse to a result (usable or refused), never a crash.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("growing.md"));
    const QByteArray full = readBytes(QStringLiteral(TURNPOINT_SAMPLE));
    QVERIFY(!full.isEmpty());
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    std::atomic<bool> done{false};
    QThread *writer = QThread::create([&] {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            done = true;
            return;
        }
        // Chunks of 7 bytes cut UTF-8 characters in the middle on purpose.
        for (qsizetype at = 0; at < full.size(); at += 7) {
            f.write(full.mid(at, 7));
            f.flush();
            QThread::usleep(50);
        }
        done = true;
    });
    writer->start();
    int reads = 0;
    int usable = 0;
    while (!done) {
        const Report r = ReportParser::parseFile(path);
        ++reads;
        usable += r.isUsable() ? 1 : 0;
        QVERIFY(r.isUsable() || r.turningPoints.isEmpty());
    }
    writer->wait();
    delete writer;
    QVERIFY(reads > 0);
    const Report last = ReportParser::parseFile(path);
    QCOMPARE(last.turningPoints.size(), 10);
    QCOMPARE(last.diagnostics.size(), 0);
    qInfo("%d reads while the file was written, %d of them usable", reads, usable);
}

void TestMalformed::fuzzRegressions() {
    // Inputs the fuzzer once found (scripts/fuzz): each must keep parsing without a crash and
    // with its own promises (see tests/fuzz/fuzz_parser.cpp).
    const QDir dir(QStringLiteral(TURNPOINT_TEST_DATA "/fuzz-regressions"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no fuzz findings recorded yet");
    for (const QString &name : files) {
        const QByteArray bytes = readBytes(dir.filePath(name));
        const Report r = ReportParser::parseBytes(bytes, name);
        QVERIFY2(!r.isUsable() || !r.turningPoints.isEmpty(), qPrintable(name));
        for (const Diagnostic &d : r.diagnostics)
            QVERIFY2(d.line >= 0 && !d.message.isEmpty(), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestMalformed)
#include "tst_malformed.moc"

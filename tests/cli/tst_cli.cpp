#include "clirunner.h"
#include "httptestserver.h"
#include "markdownexporter.h"
#include "reportparser.h"
#include "timelinefiltermodel.h"
#include "vectorcheck.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace Turnpoint;

// Drives the real `turnpoint` binary the way analysts' scripts do (cli.md): batch exports,
// diagnostics on stderr, exit codes, no display.
class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportJsonToStdoutWithoutDisplay();
    void noFileMeansBuiltInSample();
    void minimumConfidenceFiltersExport();
    void usageErrors_data();
    void usageErrors();
    void unreadableInputWritesNothing();
    void warningsGoToStderrInEditorForm();
    void unwritableOutputFails();
    void failedWriteKeepsOldFile_data();
    void failedWriteKeepsOldFile();
    void exportPngHasRequestedPixelSize();
    void versionAndHelp();
    void csvHasOneRowPerEntry();
    void kindAndSearchNarrowExports();
    void exportSvgAndPdf();
    void kindAndSearchNarrowCharts();
    void compareAddsChanges();
    void compareExportsCharts();
    // Network, against HttpTestServer on 127.0.0.1 only. The server runs in this process's
    // event loop, so these runs wait with QTRY_*, never with waitForFinished().
    void checkLinksReportsBrokenLinks();
    void checkLinksAllGood();
    void urlArgumentExportsJson();
    void missingUrlFails();
    void exportMarkdown();

private:
    using Result = TestSupport::CliResult;
    // `childSetup` runs in the child between fork and exec (QProcess::setChildProcessModifier).
    Result run(const QStringList &args, const std::function<void()> &childSetup = {});
    // Runs the binary while this process's event loop keeps serving HTTP.
    Result runServing(const QStringList &args);
    static QProcessEnvironment batchEnvironment(const QString &cacheDir);
    QString writeReport(const QString &name, const QStringList &urls);

    QTemporaryDir m_dir;
    QByteArray m_expectedSampleJson;
};

namespace {
// Where the markers of a default-size (1600x600) chart are: below the title and legend. The
// legend's own symbols are above it (and a circle is no path anyway).
const QRectF MarkerArea(0, 80, 1600, 520);

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The kind colours of the chart (TimelineChart::colorFor).
constexpr QRgb EventColour = 0xff1f6fb4;
constexpr QRgb PolicyColour = 0xffe07b00;

// The array `key` of the first report in an --export-json output.
QJsonArray firstReportArray(const QByteArray &json, const QString &key) {
    return QJsonDocument::fromJson(json)
        .object()
        .value(QStringLiteral("reports"))
        .toArray()
        .at(0)
        .toObject()
        .value(key)
        .toArray();
}
} // namespace

TestCli::Result TestCli::run(const QStringList &args, const std::function<void()> &childSetup) {
    return TestSupport::runCli(QStringLiteral(TURNPOINT_BIN), args, childSetup);
}

QProcessEnvironment TestCli::batchEnvironment(const QString &cacheDir) {
    QProcessEnvironment env = TestSupport::cliEnvironment();
    // The link cache goes to a temporary folder, never the user's.
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cacheDir);
    // Nothing may go through a proxy to somewhere else.
    env.remove(QStringLiteral("http_proxy"));
    env.remove(QStringLiteral("https_proxy"));
    env.remove(QStringLiteral("HTTP_PROXY"));
    env.remove(QStringLiteral("HTTPS_PROXY"));
    env.remove(QStringLiteral("all_proxy"));
    env.remove(QStringLiteral("ALL_PROXY"));
    return env;
}

TestCli::Result TestCli::runServing(const QStringList &args) {
    Result r;
    QProcess p;
    p.setProcessEnvironment(batchEnvironment(m_dir.filePath(QStringLiteral("cache"))));
    p.start(QStringLiteral(TURNPOINT_BIN), args);
    if (!p.waitForStarted(30000))
        return r;
    // QTRY_ polls and spins the event loop, which is what lets the fixture answer.
    const auto finished = [&p] { return p.state() == QProcess::NotRunning; };
    if (!QTest::qWaitFor(finished, 120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TestCli::writeReport(const QString &name, const QStringList &urls) {
    QByteArray text = "Link check report\n### 转折点：2020年3月（事件） - 置信度：70%\n"
                      "1. **项目名称**：First\n";
    for (int i = 0; i < urls.size(); ++i)
        text += "**官方来源**：Source " + QByteArray::number(i) + "（" + urls[i].toUtf8() + "）\n";
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}

void TestCli::checkLinksReportsBrokenLinks() {
    HttpTestServer server;
    QVERIFY(server.start());
    server.addStandardRoutes();
    const QString report =
        writeReport(QStringLiteral("links.md"),
                    {server.url(QStringLiteral("/ok")), server.url(QStringLiteral("/missing")),
                     server.url(QStringLiteral("/moved"))});
    QVERIFY(!report.isEmpty());
    const Result r = runServing({QStringLiteral("--check-links"), report});
    QCOMPARE(r.exitCode, 3);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], "ok 200 " + server.url(QStringLiteral("/ok")).toUtf8());
    QCOMPARE(lines[1], "broken 404 " + server.url(QStringLiteral("/missing")).toUtf8());
    QCOMPARE(lines[2], "redirected 200 " + server.url(QStringLiteral("/moved")).toUtf8());
    // The broken link is also reported where it is cited, in the editor form.
    QVERIFY2(r.err.contains(report.toUtf8() + ":5:1: warning:"), r.err.constData());
    QVERIFY(server.requestCount("/missing") >= 1);
}

void TestCli::checkLinksAllGood() {
    HttpTestServer server;
    QVERIFY(server.start());
    server.addStandardRoutes();
    const QString report =
        writeReport(QStringLiteral("good-links.md"),
                    {server.url(QStringLiteral("/ok")), server.url(QStringLiteral("/no-head"))});
    const Result r = runServing({QStringLiteral("--check-links"), report});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, "ok 200 " + server.url(QStringLiteral("/ok")).toUtf8() + "\nok 200 " +
                        server.url(QStringLiteral("/no-head")).toUtf8() + "\n");
}

void TestCli::urlArgumentExportsJson() {
    HttpTestServer server;
    QVERIFY(server.start());
    server.addStandardRoutes();
    const QString url = server.url(QStringLiteral("/report.md"));
    const Result r = runServing({QStringLiteral("--export-json"), QStringLiteral("-"), url});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    const QJsonArray reports = json.value(QStringLiteral("reports")).toArray();
    QCOMPARE(reports.size(), 1);
    const QJsonObject first = reports.first().toObject();
    QCOMPARE(first.value(QStringLiteral("turning_points")).toArray().size(), 10);
    // Parsed exactly like the same bytes from a file, apart from where they came from.
    const QJsonObject expected = QJsonDocument::fromJson(m_expectedSampleJson)
                                     .object()
                                     .value(QStringLiteral("reports"))
                                     .toArray()
                                     .first()
                                     .toObject();
    QCOMPARE(first.value(QStringLiteral("title")), expected.value(QStringLiteral("title")));
    QCOMPARE(first.value(QStringLiteral("turning_points")),
             expected.value(QStringLiteral("turning_points")));
    QCOMPARE(server.requestCount("/report.md"), 1);
}

void TestCli::missingUrlFails() {
    HttpTestServer server;
    QVERIFY(server.start());
    server.addStandardRoutes();
    const QString out = m_dir.filePath(QStringLiteral("from-missing-url.json"));
    const QString url = server.url(QStringLiteral("/missing-report.md"));
    const Result r = runServing({QStringLiteral("--export-json"), out, url});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(url.toUtf8() + ": error: "), r.err.constData());
    QVERIFY2(r.err.contains("404"), r.err.constData());
    QVERIFY(!QFile::exists(out)); // nothing written when an input failed
}

void TestCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    QFile expected(QStringLiteral(TURNPOINT_TEST_DATA "/expected/yunnan-industry-carbon.json"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    m_expectedSampleJson = expected.readAll();
}

void TestCli::exportJsonToStdoutWithoutDisplay() {
    const Result r = run(
        {QStringLiteral("--export-json"), QStringLiteral("-"), QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, m_expectedSampleJson);
}

void TestCli::noFileMeansBuiltInSample() {
    const QString out = m_dir.filePath(QStringLiteral("builtin.json"));
    const Result r = run({QStringLiteral("--export-json"), out});
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), m_expectedSampleJson);
}

void TestCli::minimumConfidenceFiltersExport() {
    const Report sample = ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
    int expected = 0;
    for (const TurningPoint &tp : sample.turningPoints)
        expected += TimelineFilterModel::passes(tp.confidence, 60) ? 1 : 0;
    QVERIFY(expected > 0 && expected < sample.turningPoints.size());

    const Result r = run({QStringLiteral("--min-confidence"), QStringLiteral("60"),
                          QStringLiteral("--export-json"), QStringLiteral("-"),
                          QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray tps = firstReportArray(r.out, QStringLiteral("turning_points"));
    QCOMPARE(tps.size(), expected);
    for (const QJsonValue &tp : tps)
        QVERIFY(tp.toObject().value(QStringLiteral("confidence")).toDouble() >= 60);
}

void TestCli::usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    const QString json = QStringLiteral("--export-json");
    QTest::newRow("confidence 150") << QStringList{
        QStringLiteral("--min-confidence"), QStringLiteral("150"), json, QStringLiteral("-")};
    QTest::newRow("confidence -1") << QStringList{QStringLiteral("--min-confidence"),
                                                  QStringLiteral("-1"), json, QStringLiteral("-")};
    QTest::newRow("confidence abc") << QStringList{
        QStringLiteral("--min-confidence"), QStringLiteral("abc"), json, QStringLiteral("-")};
    QTest::newRow("size abc") << QStringList{QStringLiteral("--size"), QStringLiteral("abc"), json,
                                             QStringLiteral("-")};
    QTest::newRow("size 1600x") << QStringList{QStringLiteral("--size"), QStringLiteral("1600x"),
                                               json, QStringLiteral("-")};
    QTest::newRow("scale 0") << QStringList{QStringLiteral("--scale"), QStringLiteral("0"), json,
                                            QStringLiteral("-")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--bogus"), json, QStringLiteral("-")};
    QTest::newRow("missing value") << QStringList{json};
    QTest::newRow("kind bogus") << QStringList{QStringLiteral("--kind"), QStringLiteral("bogus"),
                                               json, QStringLiteral("-")};
    QTest::newRow("kind bogus with svg")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("bogus"),
                       QStringLiteral("--export-svg"), QStringLiteral("/nonexistent/x.svg")};
    QTest::newRow("svg missing value") << QStringList{QStringLiteral("--export-svg")};
    QTest::newRow("pdf size abc") << QStringList{QStringLiteral("--size"), QStringLiteral("abc"),
                                                 QStringLiteral("--export-pdf"),
                                                 QStringLiteral("/nonexistent/x.pdf")};
    // The changes are about the whole report: a narrowed comparison is refused.
    QTest::newRow("compare with search")
        << QStringList{QStringLiteral("--compare"),     QStringLiteral(TURNPOINT_SAMPLE),
                       QStringLiteral("--search"),      QStringLiteral("x"),
                       QStringLiteral("--export-pdf"),  QStringLiteral("/nonexistent/x.pdf"),
                       QStringLiteral(TURNPOINT_SAMPLE)};
    QTest::newRow("compare without export")
        << QStringList{QStringLiteral("--compare"), QStringLiteral(TURNPOINT_SAMPLE),
                       QStringLiteral(TURNPOINT_SAMPLE)};
    QTest::newRow("compare png with two new")
        << QStringList{QStringLiteral("--compare"),      QStringLiteral(TURNPOINT_SAMPLE),
                       QStringLiteral("--export-png"),   QStringLiteral("/nonexistent/x.png"),
                       QStringLiteral(TURNPOINT_SAMPLE), QStringLiteral(TURNPOINT_SAMPLE)};
    QTest::newRow("search without export")
        << QStringList{QStringLiteral("--search"), QStringLiteral("x")};
    QTest::newRow("compare without new") << QStringList{
        QStringLiteral("--compare"), QStringLiteral(TURNPOINT_SAMPLE), json, QStringLiteral("-")};
    QTest::newRow("compare with two new") << QStringList{QStringLiteral("--compare"),
                                                         QStringLiteral(TURNPOINT_SAMPLE),
                                                         json,
                                                         QStringLiteral("-"),
                                                         QStringLiteral(TURNPOINT_SAMPLE),
                                                         QStringLiteral(TURNPOINT_SAMPLE)};
    QTest::newRow("compare with csv") << QStringList{
        QStringLiteral("--compare"), QStringLiteral(TURNPOINT_SAMPLE),
        QStringLiteral("--export-csv"), QStringLiteral("-"), QStringLiteral(TURNPOINT_SAMPLE)};
    QTest::newRow("export-md with two reports")
        << QStringList{QStringLiteral("--export-md"), QStringLiteral("-"),
                       QStringLiteral(TURNPOINT_SAMPLE), QStringLiteral(TURNPOINT_SAMPLE)};
    QTest::newRow("compare with export-md")
        << QStringList{QStringLiteral("--compare"),     QStringLiteral(TURNPOINT_SAMPLE),
                       QStringLiteral("--export-json"), QStringLiteral("-"),
                       QStringLiteral("--export-md"),   QStringLiteral("-"),
                       QStringLiteral(TURNPOINT_SAMPLE)};
    QTest::newRow("lang fr") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), json,
                                            QStringLiteral("-")};
}

void TestCli::usageErrors() {
    QFETCH(QStringList, args);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray()); // nothing exported
    QVERIFY(!r.err.isEmpty());
}

void TestCli::unreadableInputWritesNothing() {
    const QString out = m_dir.filePath(QStringLiteral("untouched.json"));
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old content");
    }
    const QString missing = m_dir.filePath(QStringLiteral("does-not-exist.md"));
    const QString notReport = m_dir.filePath(QStringLiteral("not-a-report.md"));
    {
        QFile f(notReport);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text\nwith no turning point heading\n");
    }
    for (const QString &input : {missing, notReport}) {
        const Result r =
            run({QStringLiteral("--export-json"), out, QStringLiteral(TURNPOINT_SAMPLE), input});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(input + QStringLiteral(": error: ")),
                 r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old content"));
    }
}

void TestCli::warningsGoToStderrInEditorForm() {
    const QString file = m_dir.filePath(QStringLiteral("warn.md"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Title\n\n### 转折点：2019年3月（事件） - "
                "置信度：120%\n\n本周期内未监测到相关政策性文件及重大事件。\n");
    }
    const Result r = run({QStringLiteral("--export-json"), QStringLiteral("-"), file});
    QCOMPARE(r.exitCode, 0); // warnings are allowed
    const QString err = QString::fromUtf8(r.err);
    const QRegularExpression form(
        QStringLiteral("^%1:3:\\d+: warning: .*120.*$").arg(QRegularExpression::escape(file)),
        QRegularExpression::MultilineOption);
    QVERIFY2(form.match(err).hasMatch(), qPrintable(err));
    const QJsonObject report = QJsonDocument::fromJson(r.out)
                                   .object()
                                   .value(QStringLiteral("reports"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(report.value(QStringLiteral("diagnostics"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("line"))
                 .toInt(),
             3);
}

void TestCli::unwritableOutputFails() {
    const QString out = m_dir.filePath(QStringLiteral("no-such-dir/out.json"));
    const Result r = run({QStringLiteral("--export-json"), out, QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(out));
    QVERIFY(!r.err.isEmpty());
}

void TestCli::failedWriteKeepsOldFile_data() {
    QTest::addColumn<QString>("option");
    QTest::newRow("json") << QStringLiteral("--export-json");
    QTest::newRow("csv") << QStringLiteral("--export-csv");
}

// The write itself fails part way (a file size limit far below the export's size, as a full
// disk would): the existing file must keep its old bytes. A plain QFile would have truncated it
// on open; QSaveFile writes a temporary file and renames it only when everything was written.
void TestCli::failedWriteKeepsOldFile() {
    QFETCH(QString, option);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const QByteArray old("old contents\n");
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(old), old.size());
    }
    // What the export would write, to be sure it is far over the limit.
    const Result full = run({option, QStringLiteral("-"), QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(full.exitCode, 0);
    constexpr rlim_t Limit = 1024;
    QVERIFY2(full.out.size() > qsizetype(Limit) * 2, qPrintable(QString::number(full.out.size())));

    const Result r = run({option, out, QStringLiteral(TURNPOINT_SAMPLE)}, [] {
        // Only async-signal-safe calls here (after fork). Without SIGXFSZ ignored the child
        // would be killed; ignored, write() fails with EFBIG and the export must notice.
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = Limit;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("could not write"), r.err.constData());
    // A reason the user can act on, not QFile's "Unknown error" for a short write.
    QVERIFY2(r.err.contains("cut short"), r.err.constData());
    QCOMPARE(readFile(out), old);
    // No temporary file is left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("out")});
}

void TestCli::exportPngHasRequestedPixelSize() {
    const QString out = m_dir.filePath(QStringLiteral("chart.png"));
    const Result r = run({QStringLiteral("--export-png"), out, QStringLiteral("--size"),
                          QStringLiteral("800x300"), QStringLiteral("--scale"),
                          QStringLiteral("1.5"), QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 0);
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1200, 450));
}

void TestCli::versionAndHelp() {
    Result r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("turnpoint " TURNPOINT_VERSION));
    r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--export-json"));
    QVERIFY(r.out.contains("--min-confidence"));
}

void TestCli::csvHasOneRowPerEntry() {
    const Report sample = ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
    int rows = 0;
    for (const TurningPoint &tp : sample.turningPoints)
        rows += tp.entries.isEmpty() ? 1 : int(tp.entries.size());
    const Result r = run(
        {QStringLiteral("--export-csv"), QStringLiteral("-"), QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("\xef\xbb\xbf"
                             "file,report_title,")); // BOM, then the header
    // No field of the sample holds a line break, so lines are rows here.
    QCOMPARE(r.out.count('\n'), qsizetype(1 + rows));
    QVERIFY(r.out.contains(QStringLiteral("工业领域CCUS示范研究").toUtf8()));
}

void TestCli::kindAndSearchNarrowExports() {
    const QString guangxi = QStringLiteral(TURNPOINT_TEST_DATA "/guangxi-buildings-en.md");
    const Report report = ReportParser::parseFile(guangxi);
    int policies = 0;
    for (const TurningPoint &tp : report.turningPoints)
        policies +=
            tp.kind.toString().compare(QStringLiteral("Policy"), Qt::CaseInsensitive) == 0 ? 1 : 0;
    QVERIFY(policies > 0 && policies < report.turningPoints.size());

    Result r = run({QStringLiteral("--kind"), QStringLiteral("政策"),
                    QStringLiteral("--export-json"), QStringLiteral("-"), guangxi});
    QCOMPARE(r.exitCode, 0);
    QJsonArray tps = firstReportArray(r.out, QStringLiteral("turning_points"));
    QCOMPARE(tps.size(), policies);
    for (const QJsonValue &tp : tps)
        QCOMPARE(tp.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("Policy"));

    // Full-width letters find half-width text.
    r = run({QStringLiteral("--search"), QStringLiteral("ＣＣＵＳ"),
             QStringLiteral("--export-json"), QStringLiteral("-"),
             QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 0);
    tps = firstReportArray(r.out, QStringLiteral("turning_points"));
    QCOMPARE(tps.size(), 1);
    QCOMPARE(tps.at(0).toObject().value(QStringLiteral("date")).toString(),
             QStringLiteral("2023-03"));
}

void TestCli::exportSvgAndPdf() {
    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    const Result r = run({QStringLiteral("--export-svg"), svg, QStringLiteral("--export-pdf"), pdf,
                          QStringLiteral("--size"), QStringLiteral("1000x400"),
                          QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QByteArray svgBytes = readFile(svg);
    QVERIFY2(svgBytes.contains("viewBox=\"0 0 1000 400\""), svgBytes.left(400).constData());
    const VectorCheck::SvgSummary s = VectorCheck::readSvg(svgBytes, QRectF(0, 80, 1000, 320));
    QVERIFY2(s.wellFormed, qPrintable(s.error));
    QCOMPARE(s.images, 0);
    QCOMPARE(s.shapesByFill.value(EventColour), 7); // the sample's scored events
    QVERIFY(VectorCheck::squeezed(s.text).contains(QStringLiteral("10of10turningpoints")));
    const VectorCheck::PdfSummary p = VectorCheck::readPdf(readFile(pdf));
    QVERIFY(p.isPdf);
    QCOMPARE(p.pages, 1);
    QCOMPARE(p.images, 0);
    QCOMPARE(p.pageSize.toSize(), QSize(750, 300)); // 1000x400 px at 0.75 pt each
    QVERIFY2(p.text.contains(QStringLiteral("云南省工业部门碳排放")), qPrintable(p.text));

    // An output that cannot be written: exit 1, the other one is still written.
    const QString bad = m_dir.filePath(QStringLiteral("no-such-dir/chart.pdf"));
    QFile::remove(svg);
    const Result failed = run({QStringLiteral("--export-pdf"), bad, QStringLiteral("--export-svg"),
                               svg, QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.startsWith(bad.toUtf8() + ": error: "), failed.err.constData());
    QVERIFY(!QFile::exists(bad));
    QVERIFY(QFile::exists(svg));
}

// --kind and --search apply to the chart exports too: fewer markers, and the caption says why.
void TestCli::kindAndSearchNarrowCharts() {
    const QString guangxi = QStringLiteral(TURNPOINT_TEST_DATA "/guangxi-buildings-en.md");
    const QString all = m_dir.filePath(QStringLiteral("all.svg"));
    const QString allPng = m_dir.filePath(QStringLiteral("all.png"));
    Result r =
        run({QStringLiteral("--export-svg"), all, QStringLiteral("--export-png"), allPng, guangxi});
    QCOMPARE(r.exitCode, 0);
    const VectorCheck::SvgSummary unfiltered = VectorCheck::readSvg(readFile(all), MarkerArea);
    QCOMPARE(unfiltered.shapesByFill.value(PolicyColour), 2);
    QCOMPARE(unfiltered.shapesByFill.value(EventColour), 1);

    const QString policies = m_dir.filePath(QStringLiteral("policies.svg"));
    const QString policiesPng = m_dir.filePath(QStringLiteral("policies.png"));
    r = run({QStringLiteral("--kind"), QStringLiteral("政策"), QStringLiteral("--export-svg"),
             policies, QStringLiteral("--export-png"), policiesPng, guangxi});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const VectorCheck::SvgSummary filtered = VectorCheck::readSvg(readFile(policies), MarkerArea);
    QVERIFY2(filtered.wellFormed, qPrintable(filtered.error));
    QCOMPARE(filtered.shapesByFill.value(PolicyColour), 2);
    QCOMPARE(filtered.shapesByFill.value(EventColour), 0);
    QVERIFY2(VectorCheck::squeezed(filtered.text)
                 .contains(QStringLiteral("confidence≥0%,2of4turningpoints·kind:政策")),
             qPrintable(filtered.text));
    const QImage allImage(allPng);
    const QImage policiesImage(policiesPng);
    QVERIFY(!allImage.isNull() && !policiesImage.isNull());
    QCOMPARE(policiesImage.size(), allImage.size());
    QVERIFY(policiesImage != allImage);

    // A search with the threshold: one CCUS turning point; the PDF's caption names the search.
    const QString ccus = m_dir.filePath(QStringLiteral("ccus.svg"));
    const QString ccusPdf = m_dir.filePath(QStringLiteral("ccus.pdf"));
    r = run({QStringLiteral("--search"), QStringLiteral("ＣＣＵＳ"),
             QStringLiteral("--min-confidence"), QStringLiteral("50"),
             QStringLiteral("--export-svg"), ccus, QStringLiteral("--export-pdf"), ccusPdf,
             QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 0);
    const VectorCheck::SvgSummary searched = VectorCheck::readSvg(readFile(ccus), MarkerArea);
    QCOMPARE(searched.shapesByFill.value(EventColour), 1);
    const QString caption = VectorCheck::squeezed(searched.text);
    QVERIFY2(caption.contains(QStringLiteral("confidence≥50%,1of10turningpoints")),
             qPrintable(caption));
    QVERIFY2(caption.contains(QStringLiteral("CCUS")), qPrintable(caption));
    const QString pdfText = VectorCheck::squeezed(VectorCheck::readPdf(readFile(ccusPdf)).text);
    QVERIFY2(pdfText.contains(QStringLiteral("1of10turningpoints")), qPrintable(pdfText));
    QVERIFY2(pdfText.contains(QStringLiteral("“CCUS”")), qPrintable(pdfText));
}

void TestCli::compareAddsChanges() {
    // The same report twice: every turning point unchanged.
    Result r = run({QStringLiteral("--compare"), QStringLiteral(TURNPOINT_SAMPLE),
                    QStringLiteral("--export-json"), QStringLiteral("-"),
                    QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 0);
    QJsonArray changes = firstReportArray(r.out, QStringLiteral("changes"));
    QCOMPARE(changes.size(), 10);
    for (const QJsonValue &c : changes)
        QCOMPARE(c.toObject().value(QStringLiteral("change")).toString(),
                 QStringLiteral("unchanged"));

    // A newer version with one confidence changed: that turning point is re-scored.
    QFile in(QStringLiteral(TURNPOINT_SAMPLE));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    const QByteArray from = QStringLiteral("2019年3月（事件） - 置信度：65%").toUtf8();
    QVERIFY(text.contains(from));
    text.replace(from, QStringLiteral("2019年3月（事件） - 置信度：72%").toUtf8());
    const QString newer = m_dir.filePath(QStringLiteral("newer.md"));
    QFile out(newer);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    r = run({QStringLiteral("--compare"), QStringLiteral(TURNPOINT_SAMPLE),
             QStringLiteral("--export-json"), QStringLiteral("-"), newer});
    QCOMPARE(r.exitCode, 0);
    changes = firstReportArray(r.out, QStringLiteral("changes"));
    QCOMPARE(changes.size(), 10);
    const QJsonObject first = changes.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("change")).toString(), QStringLiteral("modified"));
    QCOMPARE(first.value(QStringLiteral("rescored")).toBool(), true);
    QCOMPARE(first.value(QStringLiteral("old_confidence")).toDouble(), 65.0);
    QCOMPARE(first.value(QStringLiteral("new_confidence")).toDouble(), 72.0);
    for (int i = 1; i < changes.size(); ++i)
        QCOMPARE(changes.at(i).toObject().value(QStringLiteral("change")).toString(),
                 QStringLiteral("unchanged"));
}

// --compare with the chart exports: the chart of the newer version with its baseline
// set, the caption naming the comparison; JSON and PNG together; an unreadable OLD writes nothing.
void TestCli::compareExportsCharts() {
    const QString v1 = QStringLiteral(TURNPOINT_TEST_DATA "/compare/guangxi-v1.md");
    const QString v2 = QStringLiteral(TURNPOINT_TEST_DATA "/compare/guangxi-v2.md");
    const QString png = m_dir.filePath(QStringLiteral("compare.png"));
    const QString svg = m_dir.filePath(QStringLiteral("compare.svg"));
    Result r = run({QStringLiteral("--compare"), v1, QStringLiteral("--export-png"), png,
                    QStringLiteral("--export-svg"), svg, QStringLiteral("--export-json"),
                    QStringLiteral("-"), QStringLiteral("--size"), QStringLiteral("800x400"),
                    QStringLiteral("--scale"), QStringLiteral("1"), v2});
    QCOMPARE(r.exitCode, 0);
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(800, 400));
    // Caption text is text in the SVG.
    const QString svgText =
        VectorCheck::squeezed(VectorCheck::readSvg(readFile(svg), QRectF(0, 0, 800, 400)).text);
    QVERIFY2(svgText.contains(QStringLiteral("(comparedwithguangxi-v1.md)")),
             qPrintable(svgText.right(2000)));
    // The JSON is the new version with its changes, as without a chart.
    const QJsonArray changes = firstReportArray(r.out, QStringLiteral("changes"));
    QStringList kinds;
    for (const QJsonValue &c : changes)
        kinds.append(c.toObject().value(QStringLiteral("change")).toString());
    QCOMPARE(kinds, (QStringList{QStringLiteral("modified"), QStringLiteral("modified"),
                                 QStringLiteral("unchanged"), QStringLiteral("unchanged"),
                                 QStringLiteral("removed"), QStringLiteral("added")}));

    // An OLD that is not a report: exit 1, nothing written.
    const QString notThere = m_dir.filePath(QStringLiteral("not-written.png"));
    r = run({QStringLiteral("--compare"), m_dir.filePath(QStringLiteral("missing.md")),
             QStringLiteral("--export-png"), notThere, v2});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(notThere));
}

void TestCli::exportMarkdown() {
    // The sample is in canonical form already: written back it is unchanged (plus the final
    // line end it lacks).
    const Result r =
        run({QStringLiteral("--export-md"), QStringLiteral("-"), QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, readFile(QStringLiteral(TURNPOINT_SAMPLE)) + '\n');

    // An edited report (CRLF, half-width punctuation, a filter that must not apply) into a file.
    const QString in = m_dir.filePath(QStringLiteral("edited.md"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("T\r\n## Turning point: 2019 (Event) - Confidence: 10%\r\n1) **L**: x\r\n");
    f.close();
    const QString out = m_dir.filePath(QStringLiteral("normalised.md"));
    const Result w = run({QStringLiteral("--min-confidence"), QStringLiteral("50"),
                          QStringLiteral("--export-md"), out, in});
    QCOMPARE(w.exitCode, 0);
    QCOMPARE(readFile(out), QByteArray("T\n\n---\n\n### 转折点：2019（Event） - 置信度：10%\n\n"
                                       "1. **L**：x\n"));
    QCOMPARE(readFile(out), MarkdownExporter::toMarkdown(ReportParser::parseFile(in)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

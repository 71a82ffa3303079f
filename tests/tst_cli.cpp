#include "confidencefiltermodel.h"
#include "reportparser.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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
    void exportPngHasRequestedPixelSize();
    void versionAndHelp();

private:
    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &args);

    QTemporaryDir m_dir;
    QByteArray m_expectedSampleJson;
};

TestCli::Result TestCli::run(const QStringList &args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // cli.md: batch modes work with no display and no platform chosen.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TURNPOINT_BIN), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    Result r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
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
        expected += ConfidenceFilterModel::passes(tp.confidence, 60) ? 1 : 0;
    QVERIFY(expected > 0 && expected < sample.turningPoints.size());

    const Result r = run({QStringLiteral("--min-confidence"), QStringLiteral("60"),
                          QStringLiteral("--export-json"), QStringLiteral("-"),
                          QStringLiteral(TURNPOINT_SAMPLE)});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray tps = QJsonDocument::fromJson(r.out)
                               .object()
                               .value(QStringLiteral("reports"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("turning_points"))
                               .toArray();
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

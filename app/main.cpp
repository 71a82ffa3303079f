#include "atomicfile.h"
#include "chartexporter.h"
#include "comparisonexporter.h"
#include "csvexporter.h"
#include "fontcheck.h"
#include "jsonexporter.h"
#include "linkcheckbatch.h"
#include "mainwindow.h"
#include "markdownexporter.h"
#include "reportdownloader.h"
#include "reportparser.h"
#include "timelinefilter.h"
#include "timelinemodel.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

using namespace Turnpoint;

namespace {

// cli.md: 0 done (warnings allowed), 1 an input or output failed, 2 bad usage, 3 --check-links
// found a link problem.
enum ExitCode { ExitOk = 0, ExitInputOutput = 1, ExitUsage = 2, ExitLinkProblems = 3 };
static_assert(ExitLinkProblems == LinkCheckBatch::ExitLinkProblems);

const QString BuiltInSample = QStringLiteral(":/samples/yunnan-industry-carbon.md");

void printErr(const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
}

// Batch modes must run with no display at all; pick the offscreen platform before
// QApplication exists, unless the user chose one.
bool wantsBatch(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") // what follows are file names
            break;
        if (arg.startsWith("--export-md"))
            return true;
        if (arg.startsWith("--export-png") || arg.startsWith("--export-svg") ||
            arg.startsWith("--export-pdf") || arg.startsWith("--export-json") ||
            arg.startsWith("--export-csv") || arg.startsWith("--search") ||
            arg.startsWith("--kind") || arg.startsWith("--compare") || arg == "--check-links" ||
            arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version" ||
            arg == "--help-all")
            return true;
    }
    return false;
}

// The value of --lang CODE / --lang=CODE, found before the command line is parsed: the help
// text and every error message are built in that language. Empty when not given.
QString earlyLanguageOption(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7));
    }
    return {};
}

// The UI language: --lang when it names a supported one; the window also remembers what was last
// chosen in View → Language; otherwise the system's. Batch modes ignore the remembered choice so
// a script gets the same output whoever last used the window.
QString chooseLanguage(const QString &option, bool batch) {
    const QString saved =
        batch ? QString() : QSettings().value(QStringLiteral("language")).toString();
    return UiLanguage::choose(option, saved, QLocale::system());
}

struct Options {
    QStringList inputs;
    int minimumConfidence = 0;
    QString exportJson;
    QString exportCsv;
    QString exportMd; // the one report in canonical form (MarkdownExporter)
    QString exportPng;
    QString exportSvg;
    QString exportPdf;
    QString compareWith;   // --compare OLD: the older version of the one input
    TimelineFilter filter; // --min-confidence, --search and --kind together
    bool checkLinks = false;
    QSize size{1600, 600};
    qreal scale = 2.0;

    bool hasChartExport() const {
        return !exportPng.isEmpty() || !exportSvg.isEmpty() || !exportPdf.isEmpty();
    }
};

// Parses numbers and sizes strictly: "60abc" or "1600x" is a usage error, not a guess.
bool parseOptions(const QCommandLineParser &parser, const QCommandLineOption &minConfidence,
                  const QCommandLineOption &size, const QCommandLineOption &scale, Options *out,
                  QString *error) {
    if (parser.isSet(minConfidence)) {
        bool ok = false;
        const int n = parser.value(minConfidence).trimmed().toInt(&ok);
        if (!ok || n < 0 || n > 100) {
            *error = QCoreApplication::translate("main", "--min-confidence takes a whole number "
                                                         "from 0 to 100, not \"%1\"")
                         .arg(parser.value(minConfidence));
            return false;
        }
        out->minimumConfidence = n;
    }
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        bool okW = false;
        bool okH = false;
        const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
        const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 200 || h < 150 || w > 10000 || h > 10000) {
            *error = QCoreApplication::translate("main", "--size takes WIDTHxHEIGHT in pixels "
                                                         "(200x150 to 10000x10000), not \"%1\"")
                         .arg(parser.value(size));
            return false;
        }
        out->size = QSize(w, h);
    }
    if (parser.isSet(scale)) {
        bool ok = false;
        const double f = parser.value(scale).toDouble(&ok);
        if (!ok || !(f >= 0.25 && f <= 8.0)) {
            *error = QCoreApplication::translate("main", "--scale takes a number from 0.25 to 8, "
                                                         "not \"%1\"")
                         .arg(parser.value(scale));
            return false;
        }
        out->scale = f;
    }
    out->exportJson = parser.value(QStringLiteral("export-json"));
    out->exportCsv = parser.value(QStringLiteral("export-csv"));
    out->exportMd = parser.value(QStringLiteral("export-md"));
    out->compareWith = parser.value(QStringLiteral("compare"));
    out->exportPng = parser.value(QStringLiteral("export-png"));
    out->exportSvg = parser.value(QStringLiteral("export-svg"));
    out->exportPdf = parser.value(QStringLiteral("export-pdf"));
    out->checkLinks = parser.isSet(QStringLiteral("check-links"));
    out->inputs = parser.positionalArguments();

    const std::optional<TimelineFilter> filter = TimelineFilter::fromCommandLine(
        parser.value(QStringLiteral("search")), parser.values(QStringLiteral("kind")),
        out->minimumConfidence, error);
    if (!filter)
        return false;
    out->filter = *filter;
    const bool narrowed =
        parser.isSet(QStringLiteral("search")) || parser.isSet(QStringLiteral("kind"));
    // A normalised report is one report: several inputs written into one file would read back
    // as one report with all their turning points.
    if (!out->exportMd.isEmpty() && out->inputs.size() > 1) {
        *error = QCoreApplication::translate("main", "--export-md writes one report; give one "
                                                     "file or URL");
        return false;
    }
    if (!out->compareWith.isEmpty()) {
        if (out->inputs.size() != 1) {
            *error = QCoreApplication::translate("main", "--compare OLD takes exactly one more "
                                                         "report, the newer version");
            return false;
        }
        // The JSON's `changes` and the chart's change marks are about the whole report: a
        // search or kind filter would make "removed" ambiguous, and the CSV has no place for
        // changes.
        if ((out->exportJson.isEmpty() && !out->hasChartExport()) || !out->exportCsv.isEmpty() ||
            !out->exportMd.isEmpty() || out->checkLinks || narrowed) {
            *error = QCoreApplication::translate("main", "--compare works with --export-json, "
                                                         "--export-png, --export-svg and "
                                                         "--export-pdf only");
            return false;
        }
    }
    return true;
}

void printDiagnostics(const Report &report, const QString &name) {
    for (const Diagnostic &d : report.diagnostics) {
        const QString severity = d.isError() ? QStringLiteral("error") : QStringLiteral("warning");
        if (d.line > 0)
            printErr(QStringLiteral("%1:%2:%3: %4: %5")
                         .arg(name)
                         .arg(d.line)
                         .arg(d.column)
                         .arg(severity, d.message));
        else
            printErr(QStringLiteral("%1: %2: %3").arg(name, severity, d.message));
    }
}

// Writes `bytes` to FILE atomically, or to standard output for "-"; says why on failure.
bool writeOutput(const QString &target, const QByteArray &bytes) {
    if (target == QLatin1String("-")) {
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) !=
                size_t(bytes.size()) ||
            std::fflush(stdout) != 0) {
            printErr(QCoreApplication::translate("main", "error: could not write to standard "
                                                         "output"));
            return false;
        }
        return true;
    }
    const QString reason = AtomicFile::write(target, bytes);
    if (!reason.isEmpty()) {
        printErr(QCoreApplication::translate("main", "%1: error: could not write: %2")
                     .arg(target, reason));
        return false;
    }
    return true;
}

int runBatch(const Options &options) {
    TimelineModel model;
    bool inputFailed = false;
    QStringList inputs = options.inputs.isEmpty() ? QStringList{BuiltInSample} : options.inputs;
    // --compare OLD: the old version is read first (its diagnostics come first) and becomes the
    // baseline of the one report, as File → Compare With… does in the window.
    std::optional<Report> baseline;
    if (!options.compareWith.isEmpty())
        inputs.prepend(options.compareWith);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QString &input = inputs.at(i);
        // A URL is downloaded (only because the user named it) and parsed like a file; a failed
        // download is an unusable report whose one diagnostic says why, printed as
        // "URL: error: ...".
        Report report = ReportDownloader::looksLikeUrl(input) ? ReportDownloader::fetchReport(input)
                                                              : ReportParser::parseFile(input);
        printDiagnostics(report, input);
        if (!report.isUsable()) {
            inputFailed = true;
            continue;
        }
        if (!options.compareWith.isEmpty() && i == 0)
            baseline = std::move(report);
        else
            model.addReport(std::move(report));
    }
    // A chart or export missing one of the requested reports would be a silently shorter
    // timeline: write nothing and say which input failed.
    if (inputFailed)
        return ExitInputOutput;
    if (baseline)
        model.setBaseline(0, std::move(*baseline));

    int code = ExitOk;
    if (options.checkLinks) {
        QList<const Report *> reports;
        for (int row = 0; row < model.reportCount(); ++row)
            reports.append(&model.report(row));
        QTextStream out(stdout);
        QTextStream err(stderr);
        // Exports asked for together with the check are still written; a link problem does not
        // make the chart wrong, so an output failure (1) wins over link problems (3) below.
        code = LinkCheckBatch::run(reports, out, err);
        out.flush();
        err.flush();
    }
    QList<const Report *> reports;
    for (int row = 0; row < model.reportCount(); ++row)
        reports.append(&model.report(row));
    if (const ReportComparison *comparison = model.comparison(0)) {
        // The new version as usual, plus what changed since the old one (README: Compare).
        if (!options.exportJson.isEmpty() &&
            !writeOutput(options.exportJson, ComparisonExporter::toJson(
                                                 *model.baseline(0), model.report(0), *comparison)))
            code = ExitInputOutput;
    } else if (!options.exportJson.isEmpty() &&
               !writeOutput(options.exportJson, JsonExporter::toJson(reports, options.filter)))
        code = ExitInputOutput;
    if (!options.exportCsv.isEmpty() &&
        !writeOutput(options.exportCsv, CsvExporter::toCsv(reports, options.filter)))
        code = ExitInputOutput;
    // The whole report, filters or not: a normalised report must lose nothing.
    if (!options.exportMd.isEmpty() && !reports.isEmpty() &&
        !writeOutput(options.exportMd, MarkdownExporter::toMarkdown(*reports.first())))
        code = ExitInputOutput;
    // The chart shows what every other export contains: the threshold, --kind and --search;
    // the caption names them.
    ChartExportOptions chartOptions;
    chartOptions.size = options.size;
    chartOptions.scale = options.scale;
    chartOptions.minimumConfidence = options.minimumConfidence;
    chartOptions.filter = options.filter;
    const std::pair<const QString *, ChartExporter::Format> charts[] = {
        {&options.exportPng, ChartExporter::Format::Png},
        {&options.exportSvg, ChartExporter::Format::Svg},
        {&options.exportPdf, ChartExporter::Format::Pdf},
    };
    for (const auto &[target, format] : charts) {
        if (target->isEmpty())
            continue;
        QString error;
        if (!ChartExporter::write(&model, chartOptions, format, *target, &error)) {
            printErr(QCoreApplication::translate("main", "%1: error: %2").arg(*target, error));
            code = ExitInputOutput;
        }
    }
    return code;
}

// In batch mode stderr carries diagnostics in the FILE:LINE:COLUMN form that editors and CI logs
// parse; Qt's notes about the environment (no XDG_RUNTIME_DIR, font cache) would be noise there.
// TURNPOINT_DEBUG=1 lets them through when something needs explaining.
QtMessageHandler defaultMessageHandler = nullptr;

void batchMessageHandler(QtMsgType type, const QMessageLogContext &context,
                         const QString &message) {
    if (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg)
        return;
    defaultMessageHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[]) {
    const bool batch = wantsBatch(argc, argv);
    if (batch && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (batch && qEnvironmentVariableIsEmpty("TURNPOINT_DEBUG"))
        defaultMessageHandler = qInstallMessageHandler(batchMessageHandler);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("turnpoint"));
    QApplication::setApplicationDisplayName(QStringLiteral("Turnpoint"));
    QApplication::setApplicationVersion(QStringLiteral(TURNPOINT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Turnpoint"));
    QApplication::setDesktopFileName(QStringLiteral("turnpoint"));

    // Before any translated text exists, so the help and usage errors are translated too. An
    // unsupported --lang value is reported below, once the parser exists.
    UiLanguage::install(chooseLanguage(earlyLanguageOption(argc, argv), batch));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Timeline viewer for turning-point reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption minConfidence(
        QStringList{QStringLiteral("min-confidence")},
        QCoreApplication::translate("main", "Only turning points with confidence >= N (0-100)."),
        QStringLiteral("N"));
    const QCommandLineOption exportPng(
        QStringList{QStringLiteral("export-png")},
        QCoreApplication::translate("main", "Render the timeline chart to a PNG file and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportSvg(
        QStringList{QStringLiteral("export-svg")},
        QCoreApplication::translate("main", "Render the timeline chart to an SVG file (vector) "
                                            "and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportPdf(
        QStringList{QStringLiteral("export-pdf")},
        QCoreApplication::translate("main", "Render the timeline chart to a one-page PDF file "
                                            "(vector) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportJson(
        QStringList{QStringLiteral("export-json")},
        QCoreApplication::translate("main", "Write the parsed reports as JSON (- for standard "
                                            "output) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportCsv(
        QStringList{QStringLiteral("export-csv")},
        QCoreApplication::translate("main", "Write one row per entry as CSV (UTF-8 with BOM; - for "
                                            "standard output) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportMd(
        QStringList{QStringLiteral("export-md")},
        QCoreApplication::translate("main", "Write the one report back in canonical form (UTF-8, "
                                            "full-width punctuation, one field per line; the "
                                            "whole report, - for standard output) and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption search(
        QStringList{QStringLiteral("search")},
        QCoreApplication::translate("main", "Export only turning points matching TEXT (titles, "
                                            "labels, fields, notes, sources); every export."),
        QStringLiteral("TEXT"));
    const QCommandLineOption kind(
        QStringList{QStringLiteral("kind")},
        QCoreApplication::translate("main", "Export only turning points of kind K (事件/event, "
                                            "政策/policy, 其他/other; every export); may be "
                                            "repeated."),
        QStringLiteral("K"));
    const QCommandLineOption compare(
        QStringList{QStringLiteral("compare")},
        QCoreApplication::translate("main", "Compare OLD with the one report given (the newer "
                                            "version); --export-json adds the changes, the "
                                            "chart exports mark them."),
        QStringLiteral("OLD"));
    const QCommandLineOption size(
        QStringList{QStringLiteral("size")},
        QCoreApplication::translate("main", "Chart size in logical pixels for --export-png, "
                                            "--export-svg and --export-pdf (default 1600x600)."),
        QStringLiteral("WxH"));
    const QCommandLineOption scale(
        QStringList{QStringLiteral("scale")},
        QCoreApplication::translate("main", "Device pixel ratio of the PNG (default 2)."),
        QStringLiteral("F"));
    const QCommandLineOption checkLinks(
        QStringList{QStringLiteral("check-links")},
        QCoreApplication::translate("main", "Check every source link over the network, print "
                                            "one line per link (STATUS HTTP_CODE URL) and exit."));
    const QCommandLineOption lang(
        QStringList{QStringLiteral("lang")},
        QCoreApplication::translate("main", "User interface language: zh_CN or en."),
        QStringLiteral("CODE"));
    parser.addOptions({minConfidence, exportPng, exportSvg, exportPdf, exportJson, exportCsv,
                       exportMd, search, kind, compare, size, scale, checkLinks, lang});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main", "Reports to open (files or http(s) URLs); none opens "
                                            "the built-in sample."),
        QStringLiteral("[FILE | URL ...]"));

    // process() would exit with status 1 on a usage error; cli.md asks for 2.
    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("turnpoint %s (Qt %s)\n", TURNPOINT_VERSION, qVersion());
        return ExitOk;
    }
    if (parser.isSet(lang)) {
        const QString code = parser.value(lang);
        if (code != QLatin1String("zh_CN") && code != QLatin1String("en")) {
            printErr(QCoreApplication::translate("main", "--lang takes zh_CN or en, not \"%1\"")
                         .arg(code));
            return ExitUsage;
        }
    }

    Options options;
    QString error;
    if (!parseOptions(parser, minConfidence, size, scale, &options, &error)) {
        printErr(error);
        return ExitUsage;
    }
    if (!options.exportJson.isEmpty() || !options.exportCsv.isEmpty() ||
        !options.exportMd.isEmpty() || options.hasChartExport() || options.checkLinks)
        return runBatch(options);
    if (!options.compareWith.isEmpty() || parser.isSet(search) || parser.isSet(kind)) {
        printErr(QCoreApplication::translate("main", "--compare, --search and --kind need an "
                                                     "export option (--export-json, --export-csv, "
                                                     "--export-md, --export-png, --export-svg or "
                                                     "--export-pdf)"));
        return ExitUsage;
    }

    QApplication::setWindowIcon(MainWindow::applicationIcon());
    MainWindow window;
    if (!FontCheck::hasChineseFont()) {
        printErr(QStringLiteral("turnpoint: ") + FontCheck::missingFontWarning());
        window.showMissingFontWarning();
    }
    if (options.inputs.isEmpty())
        window.openBuiltInSample();
    else
        window.openFiles(options.inputs);
    // The slider comes back where it was left, unless the command line asks for a value.
    if (parser.isSet(minConfidence))
        window.setMinimumConfidence(options.minimumConfidence);
    window.show();
    return app.exec();
}

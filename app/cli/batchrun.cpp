#include "batchrun.h"

#include "atomicfile.h"
#include "chartexporter.h"
#include "commandline.h"
#include "comparisonexporter.h"
#include "csvexporter.h"
#include "exitcode.h"
#include "jsonexporter.h"
#include "linkcheckbatch.h"
#include "markdownexporter.h"
#include "reportdownloader.h"
#include "reportparser.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>
#include <utility>

namespace Turnpoint {

static_assert(int(ExitLinkProblems) == int(LinkCheckBatch::ExitLinkProblems));

QString BatchRun::builtInSample() {
    return QStringLiteral(":/samples/yunnan-industry-carbon.md");
}

void BatchRun::printDiagnostics(const Report &report, const QString &name) {
    for (const Diagnostic &d : report.diagnostics) {
        const QString severity = d.isError() ? QStringLiteral("error") : QStringLiteral("warning");
        if (d.line > 0)
            CommandLine::printError(QStringLiteral("%1:%2:%3: %4: %5")
                                        .arg(name)
                                        .arg(d.line)
                                        .arg(d.column)
                                        .arg(severity, d.message));
        else
            CommandLine::printError(QStringLiteral("%1: %2: %3").arg(name, severity, d.message));
    }
}

// Writes `bytes` to FILE (atomically when it is a regular file; in place when it is a device or
// a pipe), or to standard output for "-"; says why on failure.
bool BatchRun::writeOutput(const QString &target, const QByteArray &bytes) {
    const QString reason = AtomicFile::write(target, bytes);
    if (reason.isEmpty())
        return true;
    if (AtomicFile::isStandardOutput(target))
        CommandLine::printError(QCoreApplication::translate("main",
                                                            "error: could not write to standard "
                                                            "output"));
    else
        CommandLine::printError(
            QCoreApplication::translate("main", "%1: error: could not write: %2")
                .arg(target, reason));
    return false;
}

int BatchRun::run(const BatchOptions &options) {
    TimelineModel model;
    bool inputFailed = false;
    QStringList inputs = options.inputs.isEmpty() ? QStringList{builtInSample()} : options.inputs;
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
            CommandLine::printError(
                QCoreApplication::translate("main", "%1: error: %2").arg(*target, error));
            code = ExitInputOutput;
        }
    }
    return code;
}

} // namespace Turnpoint

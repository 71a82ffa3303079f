#include "commandline.h"

#include "exitcode.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace Turnpoint {

namespace {

// What an option does to the run: Window options only tune it; an Output makes it a batch run
// (no window); a Narrowing option shapes the outputs and is a usage error without one.
enum class Role { Window, Output, Narrowing };

struct OptionSpec {
    const char *name;
    const char *valueName; // nullptr: a flag
    const char *help;      // translated in the "main" context
    Role role;
};

// The order is the help text's.
constexpr OptionSpec Table[] = {
    {"min-confidence", "N",
     QT_TRANSLATE_NOOP("main", "Only turning points with confidence >= N (0-100)."), Role::Window},
    {"export-png", "FILE",
     QT_TRANSLATE_NOOP("main", "Render the timeline chart to a PNG file (- for standard "
                               "output) and exit."),
     Role::Output},
    {"export-svg", "FILE",
     QT_TRANSLATE_NOOP("main", "Render the timeline chart to an SVG file (vector; - "
                               "for standard output) and exit."),
     Role::Output},
    {"export-pdf", "FILE",
     QT_TRANSLATE_NOOP("main", "Render the timeline chart to a one-page PDF file "
                               "(vector; - for standard output) and exit."),
     Role::Output},
    {"export-json", "FILE",
     QT_TRANSLATE_NOOP("main", "Write the parsed reports as JSON (- for standard "
                               "output) and exit."),
     Role::Output},
    {"export-csv", "FILE",
     QT_TRANSLATE_NOOP("main", "Write one row per entry as CSV (UTF-8 with BOM; - for "
                               "standard output) and exit."),
     Role::Output},
    {"export-md", "FILE",
     QT_TRANSLATE_NOOP("main", "Write the one report back in canonical form (UTF-8, "
                               "full-width punctuation, one field per line; the "
                               "whole report, - for standard output) and exit."),
     Role::Output},
    {"search", "TEXT",
     QT_TRANSLATE_NOOP("main", "Export only turning points matching TEXT (titles, "
                               "labels, fields, notes, sources); every export."),
     Role::Narrowing},
    {"kind", "K",
     QT_TRANSLATE_NOOP("main", "Export only turning points of kind K (事件/event, "
                               "政策/policy, 其他/other; every export); may be "
                               "repeated."),
     Role::Narrowing},
    {"compare", "OLD",
     QT_TRANSLATE_NOOP("main", "Compare OLD with the one report given (the newer "
                               "version); --export-json adds the changes, the "
                               "chart exports mark them."),
     Role::Narrowing},
    {"size", "WxH",
     QT_TRANSLATE_NOOP("main", "Chart size in logical pixels for --export-png, "
                               "--export-svg and --export-pdf (default 1600x600)."),
     Role::Window},
    {"scale", "F", QT_TRANSLATE_NOOP("main", "Device pixel ratio of the PNG (default 2)."),
     Role::Window},
    {"check-links", nullptr,
     QT_TRANSLATE_NOOP("main", "Check every source link over the network, print "
                               "one line per link (STATUS HTTP_CODE URL) and exit."),
     Role::Output},
    {"lang", "CODE", QT_TRANSLATE_NOOP("main", "User interface language: zh_CN or en."),
     Role::Window},
};

QString name(const char *optionName) {
    return QString::fromLatin1(optionName);
}

// The name of `arg` when it is a long option (`--name` or `--name=value`), else empty.
QByteArray longOptionName(const QByteArray &arg) {
    if (!arg.startsWith("--") || arg.size() == 2)
        return {};
    const qsizetype equals = arg.indexOf('=');
    return arg.mid(2, equals < 0 ? -1 : equals - 2);
}

} // namespace

bool CommandLine::wantsBatch(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") // what follows are file names
            break;
        // Qt's own options print and exit: no window either.
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version" ||
            arg == "--help-all")
            return true;
        const QByteArray option = longOptionName(arg);
        const OptionSpec *spec = std::find_if(
            std::cbegin(Table), std::cend(Table),
            [&option](const OptionSpec &candidate) { return option == candidate.name; });
        if (spec == std::cend(Table))
            continue;
        if (spec->role != Role::Window)
            return true;
        // An option that takes a value consumes the next argument, which may look like a file.
        if (spec->valueName && !arg.contains('='))
            ++i;
    }
    return false;
}

QString CommandLine::earlyLanguage(int argc, char **argv) {
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

void CommandLine::printError(const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
}

CommandLine::CommandLine() {
    m_parser.setApplicationDescription(
        QCoreApplication::translate("main", "Timeline viewer for turning-point reports."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    for (const OptionSpec &spec : Table) {
        const QString help = QCoreApplication::translate("main", spec.help);
        m_parser.addOption(spec.valueName
                               ? QCommandLineOption(name(spec.name), help, name(spec.valueName))
                               : QCommandLineOption(name(spec.name), help));
    }
    m_parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main", "Reports to open (files or http(s) URLs); none opens "
                                            "the built-in sample."),
        QStringLiteral("[FILE | URL ...]"));
}

CommandLine::Next CommandLine::parse(const QStringList &arguments) {
    const auto usageError = [this](const QString &message) {
        printError(message);
        m_exitCode = ExitUsage;
        return Next::Exit;
    };
    // process() would exit with status 1 on a usage error; cli.md asks for 2.
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(m_parser.helpText().toLocal8Bit().constData(), stdout);
        m_exitCode = ExitOk;
        return Next::Exit;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        std::printf("turnpoint %s (Qt %s)\n", TURNPOINT_VERSION, qVersion());
        m_exitCode = ExitOk;
        return Next::Exit;
    }
    if (m_parser.isSet(QStringLiteral("lang"))) {
        const QString code = m_parser.value(QStringLiteral("lang"));
        if (code != QLatin1String("zh_CN") && code != QLatin1String("en"))
            return usageError(
                QCoreApplication::translate("main", "--lang takes zh_CN or en, not \"%1\"")
                    .arg(code));
    }
    QString error;
    if (!readNumbers(&error) || !readOutputs(&error))
        return usageError(error);
    if (m_options.hasOutput())
        return Next::Batch;
    if (!m_options.compareWith.isEmpty() || m_options.narrowed)
        return usageError(QCoreApplication::translate(
            "main", "--compare, --search and --kind need an export option (--export-json, "
                    "--export-csv, --export-png, --export-svg or --export-pdf)"));
    return Next::Window;
}

// Numbers and sizes are read strictly: "60abc" or "1600x" is a usage error, not a guess.
bool CommandLine::readNumbers(QString *error) {
    const QString minConfidence = QStringLiteral("min-confidence");
    if (m_parser.isSet(minConfidence)) {
        bool ok = false;
        const int n = m_parser.value(minConfidence).trimmed().toInt(&ok);
        if (!ok || n < 0 || n > 100) {
            *error = QCoreApplication::translate("main", "--min-confidence takes a whole number "
                                                         "from 0 to 100, not \"%1\"")
                         .arg(m_parser.value(minConfidence));
            return false;
        }
        m_options.minimumConfidence = n;
        m_options.minimumConfidenceGiven = true;
    }
    const QString size = QStringLiteral("size");
    if (m_parser.isSet(size)) {
        const QStringList parts = m_parser.value(size).split(QLatin1Char('x'));
        bool okW = false;
        bool okH = false;
        const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
        const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 200 || h < 150 || w > 10000 || h > 10000) {
            *error = QCoreApplication::translate("main", "--size takes WIDTHxHEIGHT in pixels "
                                                         "(200x150 to 10000x10000), not \"%1\"")
                         .arg(m_parser.value(size));
            return false;
        }
        m_options.size = QSize(w, h);
    }
    const QString scale = QStringLiteral("scale");
    if (m_parser.isSet(scale)) {
        bool ok = false;
        const double f = m_parser.value(scale).toDouble(&ok);
        if (!ok || !(f >= 0.25 && f <= 8.0)) {
            *error = QCoreApplication::translate("main", "--scale takes a number from 0.25 to 8, "
                                                         "not \"%1\"")
                         .arg(m_parser.value(scale));
            return false;
        }
        m_options.scale = f;
    }
    return true;
}

bool CommandLine::readOutputs(QString *error) {
    BatchOptions &out = m_options;
    out.exportJson = m_parser.value(QStringLiteral("export-json"));
    out.exportCsv = m_parser.value(QStringLiteral("export-csv"));
    out.exportMd = m_parser.value(QStringLiteral("export-md"));
    out.compareWith = m_parser.value(QStringLiteral("compare"));
    out.exportPng = m_parser.value(QStringLiteral("export-png"));
    out.exportSvg = m_parser.value(QStringLiteral("export-svg"));
    out.exportPdf = m_parser.value(QStringLiteral("export-pdf"));
    out.checkLinks = m_parser.isSet(QStringLiteral("check-links"));
    out.inputs = m_parser.positionalArguments();

    const std::optional<TimelineFilter> filter = TimelineFilter::fromCommandLine(
        m_parser.value(QStringLiteral("search")), m_parser.values(QStringLiteral("kind")),
        out.minimumConfidence, error);
    if (!filter)
        return false;
    out.filter = *filter;
    out.narrowed =
        m_parser.isSet(QStringLiteral("search")) || m_parser.isSet(QStringLiteral("kind"));
    // A normalised report is one report: several inputs written into one file would read back
    // as one report with all their turning points.
    if (!out.exportMd.isEmpty() && out.inputs.size() > 1) {
        *error = QCoreApplication::translate("main", "--export-md writes one report; give one "
                                                     "file or URL");
        return false;
    }
    if (!out.compareWith.isEmpty()) {
        if (out.inputs.size() != 1) {
            *error = QCoreApplication::translate("main", "--compare OLD takes exactly one more "
                                                         "report, the newer version");
            return false;
        }
        // The JSON's `changes` and the chart's change marks are about the whole report: a
        // search or kind filter would make "removed" ambiguous, and the CSV has no place for
        // changes.
        if ((out.exportJson.isEmpty() && !out.hasChartExport()) || !out.exportCsv.isEmpty() ||
            !out.exportMd.isEmpty() || out.checkLinks || out.narrowed) {
            *error = QCoreApplication::translate("main", "--compare works with --export-json, "
                                                         "--export-png, --export-svg and "
                                                         "--export-pdf only");
            return false;
        }
    }
    return true;
}

} // namespace Turnpoint

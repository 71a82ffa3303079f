#include "batchrun.h"
#include "commandline.h"
#include "fontcheck.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>

using namespace Turnpoint;

namespace {

// The UI language: --lang when it names a supported one; the window also remembers what was last
// chosen in View → Language; otherwise the system's. Batch modes ignore the remembered choice so
// a script gets the same output whoever last used the window.
QString chooseLanguage(const QString &option, bool batch) {
    const QString saved =
        batch ? QString() : QSettings().value(QStringLiteral("language")).toString();
    return UiLanguage::choose(option, saved, QLocale::system());
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

int runWindow(const BatchOptions &options) {
    QApplication::setWindowIcon(MainWindow::applicationIcon());
    MainWindow window;
    if (!FontCheck::hasChineseFont()) {
        CommandLine::printError(QStringLiteral("turnpoint: ") + FontCheck::missingFontWarning());
        window.showMissingFontWarning();
    }
    if (options.inputs.isEmpty())
        window.openBuiltInSample();
    else
        window.openFiles(options.inputs);
    // The slider comes back where it was left, unless the command line asks for a value.
    if (options.minimumConfidenceGiven)
        window.setMinimumConfidence(options.minimumConfidence);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[]) {
    // Batch modes must run with no display at all: the offscreen platform is chosen before
    // QApplication exists, unless the user chose one.
    const bool batch = CommandLine::wantsBatch(argc, argv);
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
    // unsupported --lang value is reported by the parser.
    UiLanguage::install(chooseLanguage(CommandLine::earlyLanguage(argc, argv), batch));

    CommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case CommandLine::Next::Exit:
        return commandLine.exitCode();
    case CommandLine::Next::Batch:
        return BatchRun::run(commandLine.options());
    case CommandLine::Next::Window:
        break;
    }
    return runWindow(commandLine.options());
}

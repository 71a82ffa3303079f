#pragma once

#include "batchoptions.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace Turnpoint {

// The command line of cli.md: one table of options (commandline.cpp) from which the parser, the
// help text and the early "is this a batch run?" test are all made, so an option cannot be
// known to one and missing from the other.
class CommandLine {
public:
    // Decided before QApplication exists: a batch run must pick the offscreen platform first.
    static bool wantsBatch(int argc, char **argv);
    // The value of --lang CODE / --lang=CODE, read before the command line is parsed, so the
    // help text and every error message are built in that language. Empty when not given.
    static QString earlyLanguage(int argc, char **argv);
    // Writes one line to standard error, in the locale's encoding.
    static void printError(const QString &text);

    // Builds the parser; the option texts are translated here, so the UI language must be
    // installed before.
    CommandLine();

    enum class Next {
        Exit,   // help, version or a usage error was printed: exit with exitCode()
        Batch,  // run the exports of options() and exit
        Window, // open the window with options().inputs
    };
    Next parse(const QStringList &arguments);
    int exitCode() const { return m_exitCode; }
    const BatchOptions &options() const { return m_options; }

private:
    bool readNumbers(QString *error);
    bool readOutputs(QString *error);

    QCommandLineParser m_parser;
    BatchOptions m_options;
    int m_exitCode = 0;
};

} // namespace Turnpoint

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace Turnpoint::TestSupport {

// One run of a command-line program, as a script would see it.
struct CliResult {
    int exitCode = -1; // -1 when it crashed, was killed or did not start
    QByteArray out;
    QByteArray err;
};

// The environment of a script's run (cli.md): no display, no platform chosen, a UTF-8 locale.
QProcessEnvironment cliEnvironment();

// Runs `program` the way analysts' scripts do (cli.md): no display, no platform chosen, a UTF-8
// locale, waiting at most two minutes. `childSetup` runs in the child between fork and exec
// (QProcess::setChildProcessModifier): only async-signal-safe calls there.
CliResult runCli(const QString &program, const QStringList &args,
                 const std::function<void()> &childSetup = {});

} // namespace Turnpoint::TestSupport

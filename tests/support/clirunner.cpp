#include "clirunner.h"

#include <QProcess>

namespace Turnpoint::TestSupport {

QProcessEnvironment cliEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // cli.md: batch modes work with no display and no platform chosen.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliResult runCli(const QString &program, const QStringList &args,
                 const std::function<void()> &childSetup) {
    QProcess p;
    if (childSetup)
        p.setChildProcessModifier(childSetup);
    p.setProcessEnvironment(cliEnvironment());
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit && p.error() != QProcess::FailedToStart
                     ? p.exitCode()
                     : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace Turnpoint::TestSupport

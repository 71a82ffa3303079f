#pragma once

#include "batchoptions.h"

#include <QByteArray>
#include <QString>

namespace Turnpoint {

struct Report;

// A batch run (cli.md): read every input, print its diagnostics in the FILE:LINE:COLUMN form,
// then write the exports asked for, or nothing at all when an input failed. No window.
class BatchRun {
public:
    // Returns the exit status (ExitCode).
    static int run(const BatchOptions &options);
    // The report opened when no input is named, embedded in the binary.
    static QString builtInSample();

private:
    static void printDiagnostics(const Report &report, const QString &name);
    // Writes `bytes` to FILE (atomically when it is a regular file; in place when it is a device
    // or a pipe), or to standard output for "-"; says why on failure.
    static bool writeOutput(const QString &target, const QByteArray &bytes);
};

} // namespace Turnpoint

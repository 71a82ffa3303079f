#pragma once

#include "windowreport.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

// The parent side of `turnpoint-bench --window` (and of --quick): writes each corpus to a
// temporary directory with turnpoint_gen, then runs WindowBench on it in a fresh child process
// (this program again, with --window-corpus), once with the Sources dock closed and once open,
// each with its own empty settings. The child's lines are passed through; a child that did not
// end in time is killed and its remaining metrics are printed as not measured.
class WindowBenchRunner {
public:
    // `corpus`: run only the one of that name (see corpora()); empty for all.
    WindowBenchRunner(bool quick, double timeoutSeconds, const QString &corpus);

    // False when a child did not reach idle or a step did not complete.
    bool run();

    static QList<WindowCase> corpora(bool quick);

private:
    bool writeCorpus(const WindowCase &c, QString *path);
    bool runChild(const WindowCase &c, const QString &path);

    bool m_quick;
    double m_timeoutMs;
    QString m_corpus;
    QTemporaryDir m_dir;
};

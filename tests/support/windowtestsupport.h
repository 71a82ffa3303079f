#pragma once

#include "mainwindow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QStringList>
#include <QTest>

namespace Turnpoint::TestSupport {

// MainWindow::openFiles() reads files in the background; this waits until every local file
// was added or reported (downloads of URLs among `paths` are not waited for). False when the
// load did not end within `timeoutMs`.
inline bool openAndWait(MainWindow &window, const QStringList &paths, int timeoutMs = 20000) {
    window.openFiles(paths);
    const QDeadlineTimer deadline(timeoutMs);
    while (window.isLoading() && !deadline.hasExpired())
        QTest::qWait(2);
    return !window.isLoading();
}

} // namespace Turnpoint::TestSupport

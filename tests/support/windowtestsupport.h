#pragma once

#include "mainwindow.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
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

// Shows `window` at `size` and opens the built-in sample in it. False when the window was not
// exposed or the sample did not load.
inline bool showWithSample(MainWindow &window, QSize size = QSize(1200, 800)) {
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.openBuiltInSample();
    QCoreApplication::processEvents();
    return window.model()->rowCount() == 1;
}

// Points QSettings and QStandardPaths away from the user's files, into `dir`, under the
// application's own names (so the code under test reads and writes exactly the keys it would).
// False when that did not take.
inline bool useTemporarySettings(const QTemporaryDir &dir) {
    if (!dir.isValid())
        return false;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("Turnpoint"));
    QCoreApplication::setApplicationName(QStringLiteral("turnpoint"));
    return QSettings().fileName().startsWith(dir.path());
}

} // namespace Turnpoint::TestSupport

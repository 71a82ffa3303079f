#pragma once

#include "comparecontroller.h"
#include "documentscontroller.h"
#include "exportcontroller.h"
#include "linkcheckcontroller.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "sourceindexmodel.h"
#include "sourcesview.h"
#include "timelinemodel.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDebug>
#include <QDialog>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace Turnpoint::TestSupport {

// The window's action named `name` (its object name), from whichever controller owns it.
inline QAction *action(const QObject *window, const char *name) {
    QAction *found = window->findChild<QAction *>(QLatin1String(name));
    if (!found)
        qWarning() << "no action named" << name;
    return found;
}

// MainWindow::openFiles() reads files in the background; this waits until every local file
// was added or reported, and the texts of reports with diagnostics were read (downloads of URLs
// among `paths` are not waited for). False when the load did not end within `timeoutMs`.
inline bool openAndWait(MainWindow &window, const QStringList &paths, int timeoutMs = 20000) {
    window.openFiles(paths);
    const DocumentsController *documents = window.documents();
    const auto busy = [documents] { return documents->isLoading() || documents->isReadingTexts(); };
    const QDeadlineTimer deadline(timeoutMs);
    while (busy() && !deadline.hasExpired())
        QTest::qWait(2);
    return !busy();
}

// File → Compare With… reads the earlier version in the background; this compares the current
// report with `oldPath` and waits. True when the baseline was set.
inline bool compareAndWait(MainWindow &window, const QString &oldPath, int timeoutMs = 20000) {
    QSignalSpy finished(window.documents(), &DocumentsController::comparisonFinished);
    window.documents()->compareWith(oldPath);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return false;
    return finished.first().first().toBool();
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

// Opens the Sources dock as the user does (the window shown, the dock with it): the source index
// is built only while its view can be seen, on a worker thread. Waits until its rows describe
// the loaded reports; false when the window was not exposed or the index did not settle.
inline bool openSourcesDock(MainWindow &window, int timeoutMs = 20000) {
    window.findChild<QDockWidget *>(QStringLiteral("sourcesDock"))->show();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    const SourceIndexModel *index = window.sourcesView()->sourceModel();
    return QTest::qWaitFor([index] { return index->isActive() && index->isBuilt(); }, timeoutMs);
}

// Triggers `action`, which opens a modal dialog of type `Dialog` (a file dialog, the print
// preview), and hands that dialog to `answer` from inside its event loop; answer accepts or
// rejects it. True when the dialog came up and nothing else stayed modal after the answer (a
// message box, a dialog refusing the answer); anything that did is rejected, so a test fails
// instead of hanging.
template <typename Dialog>
bool answerModal(QAction *action, const std::function<void(Dialog *)> &answer) {
    bool answered = false;
    bool unexpected = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!modal)
            return;
        auto *dialog = qobject_cast<Dialog *>(modal);
        if (dialog && !answered) {
            answered = true;
            answer(dialog);
            return;
        }
        qWarning() << "unexpected modal dialog:" << modal->windowTitle();
        unexpected = true;
        modal->reject();
    });
    poll.start();
    action->trigger();
    return answered && !unexpected;
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

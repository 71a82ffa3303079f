#include "recentfiles.h"

#include "appsettings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace Turnpoint {

RecentFiles::RecentFiles(QWidget *window)
    : QObject(window)
    , m_menu(new QMenu(window)) {
    m_menu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, &RecentFiles::updateMenu);
}

void RecentFiles::retranslate() {
    //: File menu: submenu of recently opened reports
    m_menu->setTitle(tr("Open &Recent"));
}

QStringList RecentFiles::files() {
    QStringList kept;
    const QStringList stored = AppSettings::recentFiles();
    for (const QString &path : stored) {
        if (path.isEmpty() || kept.contains(path) || !QFileInfo(path).isFile())
            continue; // gone since (moved, deleted, on an unmounted disk): not offered
        kept.append(path);
        if (kept.size() == MaxFiles)
            break;
    }
    return kept;
}

void RecentFiles::add(const QStringList &paths) {
    if (paths.isEmpty())
        return;
    QStringList recent = AppSettings::recentFiles();
    for (const QString &path : paths) {
        recent.removeAll(path);
        recent.prepend(path);
    }
    while (recent.size() > MaxFiles)
        recent.removeLast();
    AppSettings::setRecentFiles(recent);
}

void RecentFiles::updateMenu() {
    m_menu->clear();
    const QStringList recent = files();
    AppSettings::setRecentFiles(recent); // the pruned list is the list from now on
    for (const QString &path : recent) {
        QString text = QFileInfo(path).fileName();
        text.replace(QLatin1Char('&'), QStringLiteral("&&")); // not a mnemonic
        QAction *action = m_menu->addAction(text, this, [this, path] { emit fileChosen(path); });
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty()) {
        //: Open Recent submenu when there is nothing to list
        m_menu->addAction(tr("No Recent Files"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    //: Open Recent submenu: forget the listed files
    m_menu->addAction(tr("Clear Menu"), this, [] { AppSettings::clearRecentFiles(); });
}

} // namespace Turnpoint

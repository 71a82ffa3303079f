#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace Turnpoint {

// File → Open Recent: the files opened last, kept in the settings.
class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxFiles = 10;

    // `window` parents the submenu.
    explicit RecentFiles(QWidget *window);

    QMenu *menu() const { return m_menu; }
    void retranslate();

    // Recently opened files that still exist, most recent first, at most MaxFiles.
    static QStringList files();
    // Puts `paths` at the top of the list, the last one first (the order they were opened in).
    // One settings write for all of them: QSettings writes its file each time, which cost
    // about 20 ms per report when a thousand were opened one call at a time.
    static void add(const QStringList &paths);

signals:
    void fileChosen(const QString &path);

private:
    void updateMenu();

    QMenu *m_menu;
};

} // namespace Turnpoint

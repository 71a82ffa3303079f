#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Turnpoint {

// Every value the window keeps in QSettings, by name and type, read and written here only.
// Every value read back is checked: a settings file edited by hand, written by another version
// or damaged must not keep the window from opening.
class AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    // Tells the user once, on standard error, that the settings file cannot be parsed.
    static void warnIfUnreadable();

    static QByteArray geometry();
    static void setGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    static QByteArray mainSplitter();
    static void setMainSplitter(const QByteArray &state);
    static QByteArray lowerSplitter();
    static void setLowerSplitter(const QByteArray &state);
    static QByteArray outlineHeader();
    static void setOutlineHeader(const QByteArray &state);

    static std::optional<int> minimumConfidence();
    static void setMinimumConfidence(int percent);
    static std::optional<bool> showGhosts();
    static void setShowGhosts(bool show);
    // "overlay" or "lanes"; "none", "region" or "sector" (anything else is the default).
    static QString chartMode();
    static void setChartMode(const QString &mode);
    static QString laneGrouping();
    static void setLaneGrouping(const QString &grouping);
    // The lane order and hidden lanes; nullopt when neither was saved.
    static std::optional<std::pair<QStringList, QStringList>> laneArrangement();
    static void setLaneArrangement(const QStringList &order, const QStringList &hidden);

    // A folder from the settings when it still exists, else `fallback`.
    static QString openFolder(const QString &fallback);
    static void setOpenFolder(const QString &dir);
    static QString exportFolder(const QString &fallback);
    static void setExportFolder(const QString &dir);

    // The PNG export's scale, 1 to MaxPngScale; DefaultPngScale when unset or not offered.
    static constexpr int DefaultPngScale = 2;
    static constexpr int MaxPngScale = 3;
    static int pngScale();
    static void setPngScale(int scale);

    static void setLanguage(const QString &code);
    static QString lastOpenedUrl();
    static void setLastOpenedUrl(const QString &url);

    // Recently opened files as stored, most recent first (RecentFiles prunes them).
    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &files);
    static void clearRecentFiles();
};

} // namespace Turnpoint

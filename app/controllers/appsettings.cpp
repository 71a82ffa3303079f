#include "appsettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

#include <cstdio>

namespace Turnpoint {

namespace {
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString MainSplitterKey = QStringLiteral("mainWindow/mainSplitter");
const QString LowerSplitterKey = QStringLiteral("mainWindow/lowerSplitter");
const QString OutlineHeaderKey = QStringLiteral("mainWindow/outlineHeader");
const QString MinimumConfidenceKey = QStringLiteral("filter/minimumConfidence");
const QString GhostsKey = QStringLiteral("view/showGhosts");
const QString ChartModeKey = QStringLiteral("view/chartMode");
const QString LaneGroupingKey = QStringLiteral("view/laneGrouping");
const QString LaneOrderKey = QStringLiteral("view/laneOrder");
const QString HiddenLanesKey = QStringLiteral("view/hiddenLanes");
const QString OpenFolderKey = QStringLiteral("folders/open");
const QString ExportFolderKey = QStringLiteral("folders/export");
const QString ExportScaleKey = QStringLiteral("export/scale");
// Also read by main() before the window exists, to pick the start-up language.
const QString LanguageKey = QStringLiteral("language");
const QString OpenUrlKey = QStringLiteral("lastOpenedUrl");

QVariant value(const QString &key) {
    return QSettings().value(key);
}

void setValue(const QString &key, const QVariant &value) {
    QSettings().setValue(key, value);
}

// A folder from the settings, when it still exists.
QString folderSetting(const QString &key, const QString &fallback) {
    const QString dir = value(key).toString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : fallback;
}

// A string list, or one string as QSettings writes a one-element list; anything else is empty.
QStringList strings(const QVariant &v) {
    return v.metaType().id() == QMetaType::QStringList || v.metaType().id() == QMetaType::QString
               ? v.toStringList()
               : QStringList();
}
} // namespace

void AppSettings::warnIfUnreadable() {
    static bool warned = false;
    const QSettings settings;
    if (settings.status() != QSettings::FormatError || warned)
        return;
    warned = true;
    //: Standard error, at start-up: %1 is the settings file's path
    const QString message = tr("turnpoint: the settings file %1 cannot be read; using "
                               "defaults")
                                .arg(settings.fileName());
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}

QByteArray AppSettings::geometry() {
    return value(GeometryKey).toByteArray();
}

void AppSettings::setGeometry(const QByteArray &geometry) {
    setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() {
    return value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state) {
    setValue(StateKey, state);
}

QByteArray AppSettings::mainSplitter() {
    return value(MainSplitterKey).toByteArray();
}

void AppSettings::setMainSplitter(const QByteArray &state) {
    setValue(MainSplitterKey, state);
}

QByteArray AppSettings::lowerSplitter() {
    return value(LowerSplitterKey).toByteArray();
}

void AppSettings::setLowerSplitter(const QByteArray &state) {
    setValue(LowerSplitterKey, state);
}

QByteArray AppSettings::outlineHeader() {
    return value(OutlineHeaderKey).toByteArray();
}

void AppSettings::setOutlineHeader(const QByteArray &state) {
    setValue(OutlineHeaderKey, state);
}

std::optional<int> AppSettings::minimumConfidence() {
    bool ok = false;
    const int percent = value(MinimumConfidenceKey).toInt(&ok);
    return ok ? std::optional<int>(percent) : std::nullopt;
}

void AppSettings::setMinimumConfidence(int percent) {
    setValue(MinimumConfidenceKey, percent);
}

std::optional<bool> AppSettings::showGhosts() {
    // Only a real boolean, or its text form as QSettings writes it; anything else (a number, a
    // rectangle, garbage) is not a yes.
    const QVariant v = value(GhostsKey);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (v.typeId() == QMetaType::QString) {
        if (v.toString() == QLatin1String("true"))
            return true;
        if (v.toString() == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

void AppSettings::setShowGhosts(bool show) {
    setValue(GhostsKey, show);
}

QString AppSettings::chartMode() {
    return value(ChartModeKey).toString();
}

void AppSettings::setChartMode(const QString &mode) {
    setValue(ChartModeKey, mode);
}

QString AppSettings::laneGrouping() {
    return value(LaneGroupingKey).toString();
}

void AppSettings::setLaneGrouping(const QString &grouping) {
    setValue(LaneGroupingKey, grouping);
}

std::optional<std::pair<QStringList, QStringList>> AppSettings::laneArrangement() {
    const QVariant order = value(LaneOrderKey);
    const QVariant hidden = value(HiddenLanesKey);
    if (!order.isValid() && !hidden.isValid())
        return std::nullopt;
    return std::make_pair(strings(order), strings(hidden));
}

void AppSettings::setLaneArrangement(const QStringList &order, const QStringList &hidden) {
    setValue(LaneOrderKey, order);
    setValue(HiddenLanesKey, hidden);
}

QString AppSettings::openFolder(const QString &fallback) {
    return folderSetting(OpenFolderKey, fallback);
}

void AppSettings::setOpenFolder(const QString &dir) {
    setValue(OpenFolderKey, dir);
}

QString AppSettings::exportFolder(const QString &fallback) {
    return folderSetting(ExportFolderKey, fallback);
}

void AppSettings::setExportFolder(const QString &dir) {
    setValue(ExportFolderKey, dir);
}

int AppSettings::pngScale() {
    bool ok = false;
    const int saved = value(ExportScaleKey).toInt(&ok);
    // A value the menu does not offer (edited settings) falls back to the default.
    return ok && saved >= 1 && saved <= MaxPngScale ? saved : DefaultPngScale;
}

void AppSettings::setPngScale(int scale) {
    setValue(ExportScaleKey, scale);
}

void AppSettings::setLanguage(const QString &code) {
    setValue(LanguageKey, code);
}

QString AppSettings::lastOpenedUrl() {
    return value(OpenUrlKey).toString();
}

void AppSettings::setLastOpenedUrl(const QString &url) {
    setValue(OpenUrlKey, url);
}

QStringList AppSettings::recentFiles() {
    return value(RecentFilesKey).toStringList();
}

void AppSettings::setRecentFiles(const QStringList &files) {
    setValue(RecentFilesKey, files);
}

void AppSettings::clearRecentFiles() {
    QSettings().remove(RecentFilesKey);
}

} // namespace Turnpoint

#pragma once

#include "diagnosticsdialog.h"
#include "linkcheckresult.h"
#include "report.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

class QAction;
class QActionGroup;
class QDockWidget;
class QFileSystemWatcher;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QToolButton;

namespace Turnpoint {

class DetailPanel;
class FilterBar;
class FilterStatus;
class LinkChecker;
class OutlineView;
class ReportDownloader;
class ReportLoader;
class SearchBar;
class SourcesView;
class StatusProgress;
class TimelineChartView;
class TimelineModel;
class TimelineProxyModel;
struct Report;

// The timeline window. It owns the one TimelineModel, the one proxy on it (confidence filter and
// outline sort) and the one QItemSelectionModel on that proxy; the chart, the outline and the
// detail panel all get these three and keep nothing of their own, so selecting or filtering
// anywhere shows everywhere.
//
// What the user arranged (geometry, splitters, threshold, ghosts, recent files, folders,
// language) is kept in QSettings and restored by the next window.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int MaxRecentFiles = 10;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads each file in the background (ReportLoader: read, decode and parse on worker threads,
    // several files at once), with progress and Cancel in the status bar; reports are added in
    // the order given as they arrive, and loadFinished() follows. One that cannot be used
    // replaces nothing, and all such failures are listed (file and message) in one message
    // (errorShown()). Files asked for while a load runs are loaded after it. http(s) URLs among
    // them are downloaded in the background (openUrl()).
    void openFiles(const QStringList &paths);
    // Stops the running load (reports already added stay) and drops the queued files.
    void cancelLoading();
    bool isLoading() const;
    // Downloads the report at `url` (http or https only, per UrlPolicy) with progress and Cancel
    // in the status bar; when it arrives it is added (or replaces the report from the same URL).
    // A failed download replaces nothing and is shown as an error. Returns false, after showing
    // why, when `url` is not an address Turnpoint fetches.
    bool openUrl(const QString &url);
    // Stops the running download and drops the queued ones.
    void cancelDownloads();
    // Checks every unique source URL of the loaded reports (never automatically). Results come
    // in while it runs and reach every view through TimelineModel::setLinkResults(); results
    // less than 24 h old are reused from the cache unless `ignoreCache`.
    void checkLinks(bool ignoreCache = false);
    void cancelLinkCheck();
    void openBuiltInSample();
    void setMinimumConfidence(int percent);
    // Reads every open report again from where it came from (URLs are downloaded again),
    // keeping the selection where it still exists. A report that cannot be read now is kept as
    // it was, and the error says so. Files are read in the background, like opening them;
    // reloadFinished() says when they are all done.
    void reload();
    bool isReloading() const;
    // Closes the report of the current selection.
    void closeReport();
    // Writes exactly what the chart shows now as a PNG, at pngExportScale(); false (and
    // errorShown()) on failure.
    bool exportChartTo(const QString &path);
    // File → PNG Scale: physical pixels per chart pixel of the PNG export (1, 2 or 3; 2 until
    // chosen otherwise), remembered in the settings (export/scale).
    int pngExportScale() const { return m_pngScale; }
    void setPngExportScale(int scale);
    QMenu *pngScaleMenu() const { return m_pngScaleMenu; }
    // The submenu's radio actions, for 1×, 2× and 3× (data: the scale).
    QList<QAction *> pngScaleActions() const;
    // The same as SVG (vector) or as a one-page PDF; false (and errorShown()) on failure.
    bool exportSvgTo(const QString &path);
    bool exportPdfTo(const QString &path);
    void showDiagnostics();
    // Installs a UI language (see UiLanguage) and remembers it for the next start.
    void setLanguage(const QString &code);
    // Recently opened files that still exist, most recent first, at most MaxRecentFiles.
    static QStringList recentFiles();
    // Tells the user that Chinese text cannot be rendered (see FontCheck).
    void showMissingFontWarning();
    void saveSettings() const;

    // File → Compare With… (issue 8): `oldPath` is parsed and kept as the baseline of the current
    // report (TimelineModel::setBaseline()). A file that cannot be used is shown as an error and
    // changes nothing; returns whether the comparison was set. clearComparison() drops the
    // current report's baseline.
    bool compareWith(const QString &oldPath);
    void clearComparison();
    // The status bar's comparison summary of the current report ("Compared with v1.md: 2 added,
    // 1 removed, 3 re-scored, 1 changed"), empty when it has no baseline.
    QString comparisonStatusText() const;
    QAction *compareAction() const { return m_compareAction; }
    QAction *clearComparisonAction() const { return m_clearComparisonAction; }
    QAction *onlyChangesAction() const { return m_onlyChangesAction; }

    // For tests and for the window's own wiring.
    TimelineModel *model() const { return m_model; }
    TimelineProxyModel *proxy() const { return m_proxy; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    TimelineChartView *chartView() const { return m_chartView; }
    OutlineView *outline() const { return m_outline; }
    DetailPanel *detailPanel() const { return m_detail; }
    FilterBar *filterBar() const { return m_filterBar; }
    QString statusText() const;
    QToolButton *diagnosticsButton() const { return m_diagnosticsButton; }
    DiagnosticsDialog *diagnosticsDialog() const { return m_diagnosticsDialog; }
    QMenu *recentMenu() const { return m_recentMenu; }
    SourcesView *sourcesView() const { return m_sourcesView; }
    QDockWidget *sourcesDock() const { return m_sourcesDock; }
    LinkChecker *linkChecker() const { return m_linkChecker; }
    ReportDownloader *downloader() const { return m_downloader; }
    StatusProgress *downloadProgress() const { return m_downloadProgress; }
    StatusProgress *loadProgress() const { return m_loadProgress; }
    StatusProgress *linkCheckProgress() const { return m_linkProgress; }
    QFileSystemWatcher *fileWatcher() const { return m_watcher; }
    // Problems the window found after loading (a changed file that is no longer a report),
    // by Report::file; shown with the parser's diagnostics.
    QList<Diagnostic> windowDiagnostics(const QString &file) const {
        return m_windowDiagnostics.value(file);
    }
    // Debounce between a change on disk and the automatic reload.
    void setAutoReloadDelay(int ms) { m_watchTimer.setInterval(ms); }
    QAction *openAction() const { return m_openAction; }
    QAction *openUrlAction() const { return m_openUrlAction; }
    QAction *checkLinksAction() const { return m_checkLinksAction; }
    QAction *recheckLinksAction() const { return m_recheckLinksAction; }
    QAction *reloadAction() const { return m_reloadAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *exportSvgAction() const { return m_exportSvgAction; }
    QAction *exportPdfAction() const { return m_exportPdfAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *ghostsAction() const { return m_ghostsAction; }
    // View → Overlay / Lanes, and Group Lanes By (issue 8); checked with the chart's state.
    QAction *overlayAction() const { return m_overlayAction; }
    QAction *lanesAction() const { return m_lanesAction; }
    QList<QAction *> laneGroupingActions() const { return m_laneGroupingActions; }
    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *lowerSplitter() const { return m_lowerSplitter; }

    // Find and filter (issue 9): the search toolbar, the status bar's filter description with
    // Clear Filters, the Edit menu's find actions and File -> Export Data.
    SearchBar *searchBar() const { return m_searchBar; }
    FilterStatus *filterStatus() const { return m_filterStatus; }
    QAction *findAction() const { return m_findAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }
    QAction *clearFiltersAction() const { return m_clearFiltersAction; }
    QAction *exportDataAction() const { return m_exportDataAction; }
    // Writes what the views show now (every filter applied) as JSON when `path` ends in .json,
    // else as CSV, atomically (QSaveFile); false (and errorShown()) on failure.
    bool exportDataTo(const QString &path);
    // File -> Save As Normalised Report: the current report (the last one when nothing is
    // selected), whole, in canonical form (MarkdownExporter), atomically; false (and
    // errorShown()) on failure or when no report is open.
    QAction *saveNormalisedAction() const { return m_saveNormalisedAction; }
    bool saveNormalisedTo(const QString &path);

    // The application icon from the embedded SVG; null when Qt's SVG support (libqt6svg6) is
    // missing, in which case windows keep the platform's default icon.
    static QIcon applicationIcon();

signals:
    // Every error the window reports to the user, also when the message box is not looked at
    // (tests, scripts driving the window).
    void errorShown(const QString &message);
    // A load started by openFiles() ended: every file was added or reported, or it was
    // cancelled. Not emitted while more files queued during the load are still to come.
    void loadFinished(bool cancelled);
    // A download started by openUrl() or reload() ended (added, failed or cancelled).
    void downloadFinished(const QString &url, bool added);
    // A link check run ended (also when cancelled).
    void linkCheckFinished();
    // A report was read again after its file changed on disk; `kept` when the new content was
    // not usable and the previous report is still shown.
    void autoReloaded(const QString &file, bool kept);
    // Every file asked for by reload() or a change on disk was read again (or kept).
    void reloadFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createCompareActions();
    void retranslateCompareActions();
    void compareDialog();
    void updateComparison();
    // Find and filter: the search bar, filter status, Edit menu and Export Data (one place, so
    // the rest of the window's setup is untouched).
    void createFindAndFilter();
    void retranslateFindAndFilter();
    void exportDataDialog();
    void saveNormalisedDialog();
    void retranslateUi();
    // Lanes and overlay (issue 8): the View menu block, its texts, and the chart's mode and lane
    // arrangement kept in QSettings.
    void createChartModeActions();
    void retranslateChartModeActions();
    void syncChartModeActions();
    void restoreChartModeSettings(const QSettings &settings);
    void saveChartModeSettings(QSettings &settings) const;
    void restoreSettings();
    void openDialog();
    void openUrlDialog();
    void startNextDownload();
    void onDownloadFinished(const Report &report);
    void startNextLoad();
    void onReportLoaded(const QString &path, Report report);
    void onLoadFinished(bool cancelled);
    void onLinkResult(const QString &url, const LinkCheckResult &result);
    void flushLinkResults();
    void onLinkCheckFinished();
    // Watches a loaded file (and its folder, to see it come back after a rename-replace).
    void watchFile(const QString &path);
    void unwatchFile(const QString &path);
    void onFileChanged(const QString &path);
    void onDirectoryChanged(const QString &dir);
    void reloadChangedFiles();
    // Reading files again runs on its own ReportLoader, so it neither waits for nor cancels
    // files being opened.
    struct PendingReload {
        QString file;   // Report::file of the report to replace
        QString path;   // where it is read from
        bool automatic; // its file changed on disk (else: Reload)
    };
    void queueReload(const PendingReload &reload);
    void startNextReload();
    void onReloaded(int index, Report report);
    void onReloadFinished();
    // Replaces the report at `row`, putting the selection back where it was when that position
    // still exists.
    void replaceKeepingSelection(int row, Report report);
    void exportDialog();
    void exportSvgDialog();
    void exportPdfDialog();
    void printChart();
    void retranslateChartExportActions();
    void createPngScaleMenu();
    // Asks where to save the chart (remembered export folder, the report's name); "" if
    // cancelled. Adds `suffix` when the name has none.
    QString askChartExportPath(const QString &suffix, const QString &filter);
    bool finishChartExport(bool ok, const QString &path, const QString &error);
    void showAbout();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void updateStatus();
    void updateTitle();
    void showError(const QString &title, const QString &message);
    void showLoadErrors(const QStringList &errors);
    // Adds the report, or replaces the loaded report from the same file; returns its row.
    int addOrReplace(Report report, const QString &path);
    int currentReportRow() const;
    void selectReport(int row);
    // The text of a loaded report as it is on disk (for showing diagnostics in context).
    QString reportText(const QString &file) const;

    TimelineModel *m_model;
    TimelineProxyModel *m_proxy;
    QItemSelectionModel *m_selection;

    TimelineChartView *m_chartView = nullptr;
    OutlineView *m_outline = nullptr;
    DetailPanel *m_detail = nullptr;
    FilterBar *m_filterBar = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_lowerSplitter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_fontWarning = nullptr;
    QToolButton *m_diagnosticsButton = nullptr;
    QPointer<DiagnosticsDialog> m_diagnosticsDialog;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openUrlAction = nullptr;
    QAction *m_checkLinksAction = nullptr;
    QAction *m_recheckLinksAction = nullptr;
    QAction *m_cancelLinksAction = nullptr;
    QAction *m_sourcesAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportSvgAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_printAction = nullptr;
    QMenu *m_pngScaleMenu = nullptr;
    QActionGroup *m_pngScaleGroup = nullptr;
    int m_pngScale = 2;
    QAction *m_quitAction = nullptr;
    QAction *m_ghostsAction = nullptr;
    QAction *m_overlayAction = nullptr;
    QAction *m_lanesAction = nullptr;
    QMenu *m_laneGroupingMenu = nullptr;
    QList<QAction *> m_laneGroupingActions; // none, region, sector
    QAction *m_showAllLanesAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_clearComparisonAction = nullptr;
    QAction *m_onlyChangesAction = nullptr; // checkable: ConfidenceFilterModel::onlyChanges
    QLabel *m_comparisonLabel = nullptr;

    SearchBar *m_searchBar = nullptr;
    FilterStatus *m_filterStatus = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_exportDataAction = nullptr;
    QAction *m_saveNormalisedAction = nullptr;

    SourcesView *m_sourcesView = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    bool m_sourcesDockSized = false; // given its preferred width once
    StatusProgress *m_downloadProgress = nullptr;
    StatusProgress *m_linkProgress = nullptr;

    // Report::file -> where to read it again (a path, a URL, or the built-in sample's resource).
    QHash<QString, QString> m_sourcePaths;
    QTimer m_statusTimer;

    ReportLoader *m_loader = nullptr;
    StatusProgress *m_loadProgress = nullptr;
    QStringList m_loadQueue; // files asked for while a load runs, loaded after it
    ReportLoader *m_reloader = nullptr;
    QList<PendingReload> m_reloadsRunning; // in the order given to m_reloader
    QList<PendingReload> m_reloadQueue;    // asked for while m_reloader runs
    QStringList m_reloadErrors;            // of Reload, shown when its files are read
    QStringList m_loadErrors;              // unusable files of the running load, shown when it ends
    int m_lastLoadedRow = -1;              // the report selected when the load ends
    ReportDownloader *m_downloader = nullptr;
    QStringList m_downloadQueue; // URLs waiting for the downloader, in the order asked

    LinkChecker *m_linkChecker = nullptr;
    QHash<QString, LinkCheckResult> m_pendingLinkResults; // arrived, not yet in the model
    QTimer m_linkFlushTimer;

    QFileSystemWatcher *m_watcher = nullptr;
    QSet<QString> m_changedPaths; // changed on disk since the last automatic reload
    QTimer m_watchTimer;
    QHash<QString, QList<Diagnostic>> m_windowDiagnostics;
};

} // namespace Turnpoint

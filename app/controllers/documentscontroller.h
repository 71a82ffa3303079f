#pragma once

#include "report.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <vector>

class QAction;
class QFileSystemWatcher;
class QWidget;

namespace Turnpoint {

class RecentFiles;
class ReportDownloader;
class ReportLoader;
class ReportSelection;
class StatusProgress;

// The open documents: every load, download, reload, file watch and comparison baseline. Files
// are read on ReportLoader's worker threads, URLs by ReportDownloader; the actions of the File
// menu's first block (Open, Open URL, Open Recent, Reload, Close Report) are here.
class DocumentsController : public QObject {
    Q_OBJECT

public:
    // `window` parents the dialogs and the progress widgets (the window shows them).
    DocumentsController(ReportSelection *reports, QWidget *window);
    ~DocumentsController() override;

    // In the File menu's order: Open…, Open URL…, Open Recent, Reload, Close Report.
    QList<QAction *> actions() const;
    void retranslate();

    // Loads each file in the background (several files at once), with progress and Cancel in
    // the status bar; reports are added in the order given as they arrive, and loadFinished()
    // follows. One that cannot be used replaces nothing, and all such failures are listed
    // (file and message) in one message. Files asked for while a load runs are loaded after
    // it. http(s) URLs among them are downloaded in the background (openUrl()).
    void openFiles(const QStringList &paths);
    // Stops the running load (reports already added stay) and drops the queued files.
    void cancelLoading();
    bool isLoading() const;
    // Downloads the report at `url` (http or https only, per UrlPolicy) with progress and
    // Cancel in the status bar; when it arrives it is added (or replaces the report from the
    // same URL). Returns false, after showing why, when `url` is not an address Turnpoint
    // fetches.
    bool openUrl(const QString &url);
    void cancelDownloads();
    void openBuiltInSample();
    // Reads every open report again from where it came from (URLs are downloaded again),
    // keeping the selection where it still exists. A report that cannot be read now is kept as
    // it was, and the error says so. reloadFinished() says when they are all done.
    void reload();
    bool isReloading() const;
    // Closes the report of the current selection.
    void closeReport();
    // Reads `oldPath` in the background and keeps it as the baseline of the current report
    // (TimelineModel::setBaseline()); comparisonFinished() says whether it was set. A file
    // that cannot be used is shown as an error and changes nothing.
    void compareWith(const QString &oldPath);
    bool isComparing() const;

    // Problems found after loading (a changed file that is no longer a report), by
    // Report::file; shown with the parser's diagnostics.
    QList<Diagnostic> windowDiagnostics(const QString &file) const {
        return m_windowDiagnostics.value(file);
    }
    // The text of a report with diagnostics as it is on disk, read in the background when it
    // was loaded (for showing diagnostics in context); empty until read.
    QString reportText(const QString &file) const { return m_texts.value(file); }
    bool isReadingTexts() const { return !m_textReads.isEmpty(); }
    // Debounce between a change on disk and the automatic reload.
    void setAutoReloadDelay(int ms) { m_watchTimer.setInterval(ms); }

    ReportDownloader *downloader() const { return m_downloader; }
    StatusProgress *loadProgress() const { return m_loadProgress; }
    StatusProgress *downloadProgress() const { return m_downloadProgress; }
    RecentFiles *recentFiles() const { return m_recentFiles; }

signals:
    void errorShown(const QString &title, const QString &message);
    void statusMessage(const QString &text, int timeoutMs);
    // The status bar's message `text` (if it is still shown) is over.
    void statusMessageEnded(const QString &text);
    // Window diagnostics or report texts changed (the status bar's warning count follows).
    void diagnosticsChanged();
    // A load started by openFiles() ended: every file was added or reported, or it was
    // cancelled. Not emitted while more files queued during the load are still to come.
    void loadFinished(bool cancelled);
    // A download started by openUrl() or reload() ended (added, failed or cancelled).
    void downloadFinished(const QString &url, bool added);
    // A report was read again after its file changed on disk; `kept` when the new content was
    // not usable and the previous report is still shown.
    void autoReloaded(const QString &file, bool kept);
    // Every file asked for by reload() or a change on disk was read again (or kept).
    void reloadFinished();
    // compareWith() ended; `set` when the baseline is now in the model.
    void comparisonFinished(bool set);

private:
    void openDialog();
    void openUrlDialog();
    void updateActions();
    void startNextLoad();
    void onReportLoaded(const QString &path, Report report);
    void onLoadFinished(bool cancelled);
    void startNextDownload();
    void onDownloadFinished(const Report &report);
    // Watches a loaded file (and its folder, to see it come back after a rename-replace).
    void watchFiles(const QStringList &paths);
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
    void startNextReload();
    void onReloaded(int index, Report report);
    void onReloadFinished();
    void onBaselineLoaded(Report report);
    // Adds the report, or replaces the loaded report from the same file; returns its row.
    int addOrReplace(Report report, const QString &path);
    // Reads the text of `file` in the background when it has anything to show in context.
    void readTextLater(const QString &file);
    void showLoadErrors(const QStringList &errors);

    ReportSelection *m_reports;
    QWidget *m_window;
    RecentFiles *m_recentFiles;
    QAction *m_openAction = nullptr;
    QAction *m_openUrlAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_closeAction = nullptr;

    // Report::file -> where to read it again (a path, a URL, or the built-in sample's resource).
    QHash<QString, QString> m_sourcePaths;
    QHash<QString, QList<Diagnostic>> m_windowDiagnostics;
    QHash<QString, QString> m_texts;
    QHash<QString, int> m_textReads; // file -> generation of the read under way

    ReportLoader *m_loader;
    StatusProgress *m_loadProgress;
    QStringList m_loadQueue;      // files asked for while a load runs, loaded after it
    QStringList m_loadErrors;     // unusable files of the running load, shown when it ends
    int m_lastLoadedRow = -1;     // the report selected when the load ends
    bool m_finishingLoad = false; // between a load's last reports and finishLoad()
    // Reports delivered by the loader, added to the model together when m_arrivalTimer fires:
    // one insertion per batch instead of one per file, so the views lay out a few times while
    // a thousand files open, not a thousand times.
    struct Arrived {
        QString path;
        Report report;
    };
    std::vector<Arrived> m_arrived;
    QTimer m_arrivalTimer;
    // True when it added or replaced a report.
    bool addArrived();
    // The end of a load once its reports are in: select the last one, report errors, go on.
    void finishLoad(bool cancelled, const QString &selectFile);
    ReportLoader *m_reloader;
    QList<PendingReload> m_reloadsRunning; // in the order given to m_reloader
    QList<PendingReload> m_reloadQueue;    // asked for while m_reloader runs
    QStringList m_reloadErrors;            // of Reload, shown when its files are read
    ReportLoader *m_baselineLoader;
    QString m_baselineFor; // Report::file of the report the running baseline load is for
    QString m_baselinePath;
    ReportDownloader *m_downloader;
    StatusProgress *m_downloadProgress;
    QStringList m_downloadQueue; // URLs waiting for the downloader, in the order asked

    QFileSystemWatcher *m_watcher;
    QSet<QString> m_changedPaths; // changed on disk since the last automatic reload
    QTimer m_watchTimer;
    int m_textGeneration = 0;
};

} // namespace Turnpoint

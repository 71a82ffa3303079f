#include "documentscontroller.h"

#include "appsettings.h"
#include "displaytext.h"
#include "recentfiles.h"
#include "reportdownloader.h"
#include "reportloader.h"
#include "reportparser.h"
#include "reportselection.h"
#include "reportsource.h"
#include "statusprogress.h"
#include "textdecoder.h"
#include "timelinemodel.h"
#include "urlpolicy.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QKeySequence>
#include <QMenu>
#include <QSet>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace Turnpoint {

namespace {
const QString BuiltInSamplePath = QStringLiteral(":/samples/yunnan-industry-carbon.md");
const QString BuiltInSampleName = QStringLiteral("yunnan-industry-carbon.md");

// Editors save by writing a new file and renaming it over the old one, often in several steps;
// one reload after the burst reads the finished file.
constexpr int AutoReloadDelayMs = 300;
// How long reports delivered by the loader wait to be added together: short enough that the
// first file shows at once, long enough that a thousand small files come in a few dozen batches.
constexpr int ArrivalBatchMs = 50;
constexpr int MaxArrivalBatchMs = 1000;
constexpr int TurningPointsPerBatchMs = 1000; // 1 s between batches at a million loaded

// Reads a report from the application's resources, under its plain file name, which is what
// the user sees. A few kilobytes, read at once; files go through the background loader.
Report loadResource(const QString &path, const QString &file) {
    QFile resource(path);
    if (resource.open(QIODevice::ReadOnly))
        return ReportParser::parseBytes(resource.readAll(), file);
    return ReportParser::parseFile(path);
}

// The text of a report as it is on disk, on a worker thread.
QString readText(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > ReportParser::MaxFileSize)
        return {};
    const DecodedText decoded = TextDecoder::decode(f.readAll());
    return decoded.ok ? decoded.text : QString();
}
} // namespace

DocumentsController::DocumentsController(ReportSelection *reports, QWidget *window)
    : QObject(window)
    , m_reports(reports)
    , m_window(window)
    , m_recentFiles(new RecentFiles(window))
    , m_loader(new ReportLoader(this))
    , m_loadProgress(new StatusProgress(window))
    , m_reloader(new ReportLoader(this))
    , m_baselineLoader(new ReportLoader(this))
    , m_downloader(new ReportDownloader(this))
    , m_downloadProgress(new StatusProgress(window))
    , m_watcher(new QFileSystemWatcher(this)) {
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &DocumentsController::openDialog);
    m_openUrlAction = new QAction(this);
    m_openUrlAction->setObjectName(QStringLiteral("openUrlAction"));
    m_openUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openUrlAction, &QAction::triggered, this, &DocumentsController::openUrlDialog);
    connect(m_recentFiles, &RecentFiles::fileChosen, this,
            [this](const QString &path) { openFiles({path}); });
    m_reloadAction = new QAction(this);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, this, &DocumentsController::reload);
    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("closeReportAction"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &DocumentsController::closeReport);
    TimelineModel *model = m_reports->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &DocumentsController::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &DocumentsController::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &DocumentsController::updateActions);
    updateActions();

    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    connect(
        m_loader, &ReportLoader::reportLoaded, this,
        [this](int, const QString &path, const Report &report) { onReportLoaded(path, report); });
    connect(m_loader, &ReportLoader::progress, this, [this](int done, int total) {
        m_loadProgress->setProgress(done, total);
        //: Status bar while files are opened: files read so far and in total
        m_loadProgress->setText(tr("Opening files: %1 of %2").arg(done).arg(total));
    });
    connect(m_loader, &ReportLoader::bytesProgress, m_loadProgress, &StatusProgress::setProgress);
    connect(m_loader, &ReportLoader::finished, this, &DocumentsController::onLoadFinished);
    connect(m_loadProgress, &StatusProgress::cancelRequested, this,
            &DocumentsController::cancelLoading);

    connect(
        m_reloader, &ReportLoader::reportLoaded, this,
        [this](int index, const QString &, const Report &report) { onReloaded(index, report); });
    connect(m_reloader, &ReportLoader::finished, this, &DocumentsController::onReloadFinished);

    connect(m_baselineLoader, &ReportLoader::reportLoaded, this,
            [this](int, const QString &, const Report &report) { onBaselineLoaded(report); });

    m_downloadProgress->setObjectName(QStringLiteral("downloadProgress"));
    connect(m_downloader, &ReportDownloader::finished, this,
            &DocumentsController::onDownloadFinished);
    connect(m_downloader, &ReportDownloader::progress, this, [this](qint64 received, qint64 total) {
        m_downloadProgress->setProgress(received, total);
    });
    connect(m_downloadProgress, &StatusProgress::cancelRequested, this,
            &DocumentsController::cancelDownloads);

    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentsController::onFileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &DocumentsController::onDirectoryChanged);
    m_arrivalTimer.setSingleShot(true);
    connect(&m_arrivalTimer, &QTimer::timeout, this, &DocumentsController::addArrived);
    m_watchTimer.setSingleShot(true);
    m_watchTimer.setInterval(AutoReloadDelayMs);
    connect(&m_watchTimer, &QTimer::timeout, this, &DocumentsController::reloadChangedFiles);
}

DocumentsController::~DocumentsController() = default;

QList<QAction *> DocumentsController::actions() const {
    return {m_openAction, m_openUrlAction, m_recentFiles->menu()->menuAction(), m_reloadAction,
            m_closeAction};
}

void DocumentsController::retranslate() {
    //: File menu
    m_openAction->setText(tr("&Open…"));
    //: File menu: download a report from a web address
    m_openUrlAction->setText(tr("Open &URL…"));
    m_recentFiles->retranslate();
    //: File menu: read the open reports again from disk (or download them again)
    m_reloadAction->setText(tr("&Reload"));
    //: File menu: close the report of the current selection
    m_closeAction->setText(tr("&Close Report"));
}

void DocumentsController::updateActions() {
    const bool any = m_reports->model()->reportCount() > 0;
    m_reloadAction->setEnabled(any);
    m_closeAction->setEnabled(any);
}

// ---- Opening files -------------------------------------------------------------------------

void DocumentsController::openDialog() {
    const QStringList recent = RecentFiles::files();
    const QString fallback =
        recent.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                         : QFileInfo(recent.first()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        //: Title of the open dialog
        m_window, tr("Open Reports"), AppSettings::openFolder(fallback),
        //: File type filter of the open dialog
        tr("Reports (*.md *.txt *.markdown);;All files (*)"));
    if (paths.isEmpty())
        return;
    AppSettings::setOpenFolder(QFileInfo(paths.first()).absolutePath());
    openFiles(paths);
}

void DocumentsController::openFiles(const QStringList &paths) {
    for (const QString &path : paths) {
        if (ReportSource::isUrl(path))
            openUrl(path); // in the background; it says itself when it fails
        else if (!m_loadQueue.contains(path))
            m_loadQueue.append(path);
    }
    startNextLoad();
}

bool DocumentsController::isLoading() const {
    return m_loader->isLoading() || !m_loadQueue.isEmpty() || m_finishingLoad;
}

void DocumentsController::startNextLoad() {
    if (m_loader->isLoading() || m_loadQueue.isEmpty())
        return;
    const QStringList batch = std::exchange(m_loadQueue, {});
    m_loadErrors.clear();
    m_lastLoadedRow = -1;
    m_loadProgress->start(batch.size() == 1
                              //: Status bar while one file is read, with its name
                              ? tr("Opening %1…").arg(DisplayText::fileName(batch.first()))
                              //: Status bar while several files are read, before the first is done
                              : tr("Opening files: %1 of %2").arg(0).arg(batch.size()));
    // One file: busy until the loader reports the bytes parsed (ReportLoader::bytesProgress).
    m_loadProgress->setProgress(0, batch.size() == 1 ? -1 : batch.size());
    m_loader->load(batch);
}

void DocumentsController::onReportLoaded(const QString &path, Report report) {
    if (!report.isUsable()) {
        m_loadErrors.append(ReportSource::errorLine(path, report));
        return;
    }
    m_arrived.push_back(Arrived{path, std::move(report)});
    if (!m_arrivalTimer.isActive()) {
        // Each batch costs the views work in proportion to everything loaded (the chart sorts
        // its markers, the kind counts and the histogram count again), so the more is loaded,
        // the longer the next batch gathers: that work stays a small share of the load.
        const int loaded = m_reports->model()->turningPointCount();
        m_arrivalTimer.start(
            std::clamp(loaded / TurningPointsPerBatchMs, ArrivalBatchMs, MaxArrivalBatchMs));
    }
}

bool DocumentsController::addArrived() {
    m_arrivalTimer.stop();
    std::vector<Arrived> arrived = std::exchange(m_arrived, {});
    if (arrived.empty())
        return false;
    TimelineModel *model = m_reports->model();
    std::vector<Report> fresh;
    QSet<QString> freshFiles;
    QStringList files; // of `arrived`, in its order (the reports are moved out)
    for (Arrived &a : arrived) {
        const QString file = a.report.file;
        files.append(file);
        m_sourcePaths.insert(file, a.path);
        const int existing = model->findReport(file);
        if (existing >= 0) {
            model->replaceReport(existing, std::move(a.report));
            m_lastLoadedRow = existing;
        } else if (!freshFiles.contains(file)) {
            freshFiles.insert(file);
            fresh.push_back(std::move(a.report));
        }
    }
    if (!fresh.empty()) {
        const int first = model->addReports(std::move(fresh));
        m_lastLoadedRow = first + int(freshFiles.size()) - 1;
    }
    QStringList local;
    QStringList recent;
    for (size_t i = 0; i < arrived.size(); ++i) {
        const Arrived &a = arrived[i];
        readTextLater(files.at(qsizetype(i)));
        if (ReportSource::isLocalFile(a.path)) {
            local.append(a.path);
            recent.append(QFileInfo(a.path).absoluteFilePath());
        }
    }
    watchFiles(local);
    RecentFiles::add(recent);
    return true;
}

void DocumentsController::onLoadFinished(bool cancelled) {
    const bool added = addArrived();
    m_loadProgress->finish();
    const TimelineModel *model = m_reports->model();
    const QString selectFile = m_lastLoadedRow >= 0 && m_lastLoadedRow < model->reportCount()
                                   ? model->report(m_lastLoadedRow).file
                                   : QString();
    m_lastLoadedRow = -1;
    if (added) {
        // The views lay out and draw the reports just added in their own event-loop passes;
        // selecting one now would make them do all of it inside this one (the outline's layout,
        // the chart's markers), most of a second without input at a million turning points.
        m_finishingLoad = true;
        QTimer::singleShot(0, this,
                           [this, cancelled, selectFile] { finishLoad(cancelled, selectFile); });
        return;
    }
    finishLoad(cancelled, selectFile);
}

void DocumentsController::finishLoad(bool cancelled, const QString &selectFile) {
    m_finishingLoad = false;
    if (!selectFile.isEmpty()) {
        const int row = m_reports->model()->findReport(selectFile);
        if (row >= 0)
            m_reports->select(row);
    }
    if (cancelled)
        //: Status bar after the user cancelled opening files; the reports read so far stay
        emit statusMessage(tr("Opening cancelled"), 5000);
    if (!m_loadErrors.isEmpty())
        showLoadErrors(std::exchange(m_loadErrors, {}));
    if (!m_loadQueue.isEmpty()) {
        // Files asked for while this load ran; from the event loop, as finished() is emitted
        // by the loader itself.
        QTimer::singleShot(0, this, &DocumentsController::startNextLoad);
        return;
    }
    emit loadFinished(cancelled);
}

void DocumentsController::cancelLoading() {
    m_loadQueue.clear();
    m_loader->cancel(); // finished(true) follows at once
}

void DocumentsController::openBuiltInSample() {
    Report report = loadResource(BuiltInSamplePath, BuiltInSampleName);
    if (!report.isUsable()) {
        showLoadErrors({ReportSource::errorLine(BuiltInSampleName, report)});
        return;
    }
    TimelineModel *model = m_reports->model();
    m_sourcePaths.insert(report.file, BuiltInSamplePath);
    const QString file = report.file;
    const int row = model->findReport(report.file);
    if (row >= 0)
        model->replaceReport(row, std::move(report));
    else
        m_reports->select(model->addReport(std::move(report)));
    readTextLater(file);
}

int DocumentsController::addOrReplace(Report report, const QString &path) {
    TimelineModel *model = m_reports->model();
    const QString file = report.file;
    m_sourcePaths.insert(file, path);
    const int existing = model->findReport(file);
    int row = existing;
    if (existing >= 0)
        model->replaceReport(existing, std::move(report));
    else
        row = model->addReport(std::move(report));
    readTextLater(file);
    return row;
}

void DocumentsController::showLoadErrors(const QStringList &errors) {
    //: Title of the message listing files that could not be opened
    emit errorShown(tr("Could Not Open"),
                    //: Message text before the list of files that could not be opened
                    tr("These files could not be opened; nothing already open was replaced.") +
                        QStringLiteral("\n\n") + errors.join(QLatin1Char('\n')));
}

// ---- Downloads -----------------------------------------------------------------------------

void DocumentsController::openUrlDialog() {
    QInputDialog dialog(m_window);
    //: Title of the Open URL dialog
    dialog.setWindowTitle(tr("Open URL"));
    //: Open URL dialog: prompt above the address field
    dialog.setLabelText(tr("Address of a report (http or https):"));
    dialog.setTextValue(AppSettings::lastOpenedUrl());
    dialog.resize(std::max(dialog.width(), 560), dialog.height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.textValue().trimmed();
    if (text.isEmpty())
        return;
    if (openUrl(text))
        AppSettings::setLastOpenedUrl(text);
}

bool DocumentsController::openUrl(const QString &url) {
    const QString text = url.trimmed();
    if (!UrlPolicy::isOpenable(text)) {
        //: Title of the message when an address cannot be opened
        emit errorShown(
            tr("Open URL"),
            //: Open URL: the address is not one Turnpoint downloads from
            tr("Only http and https addresses of a web server can be opened:\n%1").arg(text));
        return false;
    }
    if (!m_downloadQueue.contains(text))
        m_downloadQueue.append(text);
    startNextDownload();
    return true;
}

void DocumentsController::startNextDownload() {
    if (m_downloader->isRunning() || m_downloadQueue.isEmpty())
        return;
    const QString url = m_downloadQueue.takeFirst();
    //: Status bar while a report is downloaded, with its address
    m_downloadProgress->start(tr("Downloading %1…").arg(url));
    m_downloader->start(url);
}

void DocumentsController::cancelDownloads() {
    m_downloadQueue.clear();
    if (m_downloader->isRunning())
        m_downloader->cancel(); // finished() follows and says it was cancelled
}

void DocumentsController::onDownloadFinished(const Report &report) {
    const QString url = report.file;
    bool added = false;
    if (m_downloader->wasCancelled()) {
        //: Status bar after the user cancelled a download
        emit statusMessage(tr("Download cancelled: %1").arg(url), 5000);
    } else if (!report.isUsable()) {
        showLoadErrors({ReportSource::errorLine(url, report)});
    } else {
        const int existing = m_reports->model()->findReport(url);
        if (existing >= 0) {
            m_reports->replaceKeepingSelection(existing, report);
        } else {
            m_reports->select(addOrReplace(report, url));
        }
        m_sourcePaths.insert(url, url);
        added = true;
        //: Status bar after a report was downloaded
        emit statusMessage(tr("Opened %1").arg(url), 5000);
    }
    m_downloadProgress->finish();
    emit downloadFinished(url, added);
    // The next one starts from the event loop: finished() is emitted by the downloader itself.
    QTimer::singleShot(0, this, &DocumentsController::startNextDownload);
}

// ---- Watching and reloading ----------------------------------------------------------------

void DocumentsController::watchFiles(const QStringList &paths) {
    // What is watched already, asked once: files() builds a new list on every call.
    const QStringList watchedFiles = m_watcher->files();
    const QStringList watchedDirs = m_watcher->directories();
    QSet<QString> watched(watchedFiles.cbegin(), watchedFiles.cend());
    watched.unite(QSet<QString>(watchedDirs.cbegin(), watchedDirs.cend()));
    QStringList add;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isFile())
            continue;
        // The folder too: when an editor replaces the file by a rename, the watch on the old
        // file ends, and only the folder sees the new one arrive.
        for (const QString &p : {path, info.absolutePath()}) {
            if (!watched.contains(p)) {
                watched.insert(p);
                add.append(p);
            }
        }
    }
    if (!add.isEmpty())
        m_watcher->addPaths(add);
}

void DocumentsController::unwatchFile(const QString &path) {
    if (m_watcher->files().contains(path))
        m_watcher->removePath(path);
    const QString dir = QFileInfo(path).absolutePath();
    const QList<QString> paths = m_sourcePaths.values();
    const bool dirStillUsed = std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) {
        return p != path && ReportSource::isLocalFile(p) && QFileInfo(p).absolutePath() == dir;
    });
    if (!dirStillUsed && m_watcher->directories().contains(dir))
        m_watcher->removePath(dir);
}

void DocumentsController::onFileChanged(const QString &path) {
    m_changedPaths.insert(path);
    m_watchTimer.start(); // restarts: one reload after the last change of a burst
}

void DocumentsController::onDirectoryChanged(const QString &dir) {
    // A watched file that is back in its folder (renamed over, or recreated) but no longer
    // watched has been replaced.
    for (auto it = m_sourcePaths.cbegin(); it != m_sourcePaths.cend(); ++it) {
        const QString &path = it.value();
        if (!ReportSource::isLocalFile(path))
            continue;
        const QFileInfo info(path);
        if (info.absolutePath() == dir && !m_watcher->files().contains(path) && info.isFile()) {
            m_changedPaths.insert(path);
            m_watchTimer.start();
        }
    }
}

void DocumentsController::reloadChangedFiles() {
    const QSet<QString> changed = std::exchange(m_changedPaths, {});
    const TimelineModel *model = m_reports->model();
    for (const QString &path : changed) {
        // Re-added every time: after a rename-replace the watch is on a file that is gone.
        if (QFileInfo(path).isFile() && !m_watcher->files().contains(path))
            m_watcher->addPath(path);
        for (int row = 0; row < model->reportCount(); ++row) {
            const QString file = model->report(row).file;
            if (m_sourcePaths.value(file) != path)
                continue;
            if (!QFileInfo(path).isFile()) {
                // Deleted, or between the two steps of a save: the loaded report stays, and
                // the folder watch brings the file back when it reappears.
                continue;
            }
            m_reloadQueue.append({file, path, true});
        }
    }
    startNextReload();
}

bool DocumentsController::isReloading() const {
    return m_reloader->isLoading() || !m_reloadQueue.isEmpty();
}

void DocumentsController::reload() {
    QStringList errors;
    const TimelineModel *model = m_reports->model();
    for (int row = 0; row < model->reportCount(); ++row) {
        const QString file = model->report(row).file;
        const QString path = m_sourcePaths.value(file, file);
        if (ReportSource::isUrl(path)) {
            openUrl(path); // downloaded again; replaces the report only when that works
            continue;
        }
        if (ReportSource::isResource(path)) {
            // The built-in sample: a few kilobytes, read at once.
            Report report = loadResource(path, file);
            if (!report.isUsable()) {
                errors.append(ReportSource::errorLine(path, report));
                continue;
            }
            report.file = file;
            m_reports->replaceKeepingSelection(row, std::move(report));
            continue;
        }
        m_reloadQueue.append({file, path, false});
    }
    if (!errors.isEmpty())
        showLoadErrors(errors);
    if (isReloading())
        startNextReload();
    else
        emit reloadFinished();
}

void DocumentsController::startNextReload() {
    if (m_reloader->isLoading() || m_reloadQueue.isEmpty())
        return;
    m_reloadsRunning = std::exchange(m_reloadQueue, {});
    QStringList paths;
    for (const PendingReload &r : std::as_const(m_reloadsRunning))
        paths.append(r.path);
    //: Status bar while open reports are read again (Reload, or their files changed)
    emit statusMessage(tr("Reloading…"), 0);
    m_reloader->load(paths);
}

void DocumentsController::onReloaded(int index, Report report) {
    if (index < 0 || index >= m_reloadsRunning.size())
        return;
    const PendingReload pending = m_reloadsRunning.at(index);
    const QString &file = pending.file;
    const int row = m_reports->model()->findReport(file);
    if (row < 0)
        return; // closed while it was read
    if (!report.isUsable()) {
        if (!pending.automatic) {
            m_reloadErrors.append(ReportSource::errorLine(pending.path, report));
            return;
        }
        // Half-written, or replaced by something that is not a report: keep what was good,
        // say why, and try again on the next change.
        const Diagnostic d =
            Diagnostic::make(0, 1, Diagnostic::Warning, [problems = report.diagnostics] {
                //: Diagnostic and status bar message when a file changed on disk and can no
                //: longer be read as a report; %1 is what is wrong with it
                return tr("The file changed on disk and cannot be read as a report now "
                          "(%1); the previous version is still shown.")
                    .arg(ReportSource::errorSummary(problems));
            });
        m_windowDiagnostics[file] = {d};
        emit statusMessage(ReportSource::errorLine(DisplayText::fileName(file), d.message), 0);
        readTextLater(file);
        emit diagnosticsChanged();
        emit autoReloaded(file, true);
        return;
    }
    // The parser names a file by the path it was given; keep the name it was loaded under.
    report.file = file;
    m_windowDiagnostics.remove(file);
    m_reports->replaceKeepingSelection(row, std::move(report));
    readTextLater(file);
    emit diagnosticsChanged();
    if (pending.automatic) {
        //: Status bar after a report was read again because its file changed
        emit statusMessage(
            tr("%1 changed on disk and was reloaded.").arg(DisplayText::fileName(file)), 5000);
        emit autoReloaded(file, false);
    }
}

void DocumentsController::onReloadFinished() {
    m_reloadsRunning.clear();
    emit statusMessageEnded(tr("Reloading…"));
    if (!m_reloadErrors.isEmpty())
        showLoadErrors(std::exchange(m_reloadErrors, {}));
    if (!m_reloadQueue.isEmpty()) {
        // Asked for while this batch ran; from the event loop, as finished() is emitted by
        // the loader itself.
        QTimer::singleShot(0, this, &DocumentsController::startNextReload);
        return;
    }
    emit reloadFinished();
}

void DocumentsController::closeReport() {
    const int row = m_reports->currentRow();
    if (row < 0)
        return;
    const QString file = m_reports->model()->report(row).file;
    const QString path = m_sourcePaths.take(file);
    m_windowDiagnostics.remove(file);
    m_texts.remove(file);
    m_textReads.remove(file);
    if (ReportSource::isLocalFile(path))
        unwatchFile(path);
    m_reports->model()->removeReport(row);
    emit diagnosticsChanged();
}

// ---- Comparison baseline -------------------------------------------------------------------

void DocumentsController::compareWith(const QString &oldPath) {
    const int row = m_reports->currentRow();
    if (row < 0) {
        emit comparisonFinished(false);
        return;
    }
    m_baselineFor = m_reports->model()->report(row).file;
    m_baselinePath = oldPath;
    m_baselineLoader->load({oldPath}); // a comparison still being read is dropped
}

bool DocumentsController::isComparing() const {
    return m_baselineLoader->isLoading();
}

void DocumentsController::onBaselineLoaded(Report old) {
    const int row = m_reports->model()->findReport(m_baselineFor);
    if (row < 0) {
        emit comparisonFinished(false); // closed while the earlier version was read
        return;
    }
    if (!old.isUsable()) {
        //: Title of the message shown when the file to compare with cannot be used
        emit errorShown(tr("Cannot Compare"),
                        //: %1 is the file, %2 what is wrong with it
                        tr("Could not compare with %1: %2")
                            .arg(QDir::toNativeSeparators(m_baselinePath),
                                 ReportSource::errorSummary(old.diagnostics)));
        emit comparisonFinished(false);
        return;
    }
    m_reports->model()->setBaseline(row, std::move(old));
    emit comparisonFinished(true);
}

// ---- Report texts for the diagnostics ------------------------------------------------------

void DocumentsController::readTextLater(const QString &file) {
    const TimelineModel *model = m_reports->model();
    const int row = model->findReport(file);
    const QString path = m_sourcePaths.value(file, file);
    const bool shown = row >= 0 && (!model->report(row).diagnostics.isEmpty() ||
                                    m_windowDiagnostics.contains(file));
    if (!shown || ReportSource::isUrl(path)) {
        m_texts.remove(file);
        m_textReads.remove(file);
        return;
    }
    // Off the UI thread: a report can be tens of megabytes.
    const int generation = ++m_textGeneration;
    m_textReads.insert(file, generation);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, file, generation] {
        watcher->deleteLater();
        if (m_textReads.value(file) != generation)
            return; // read again since, or closed
        m_textReads.remove(file);
        m_texts.insert(file, watcher->result());
        emit diagnosticsChanged();
    });
    watcher->setFuture(QtConcurrent::run(readText, path));
}

} // namespace Turnpoint

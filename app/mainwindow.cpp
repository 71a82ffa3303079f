#include "mainwindow.h"

#include "atomicfile.h"
#include "chartexporter.h"
#include "chartprinter.h"
#include "csvexporter.h"
#include "detailpanel.h"
#include "diagnosticsdialog.h"
#include "displaytext.h"
#include "filterbar.h"
#include "filterstatus.h"
#include "fontcheck.h"
#include "jsonexporter.h"
#include "linkcheckbatch.h"
#include "linkchecker.h"
#include "markdownexporter.h"
#include "outlineview.h"
#include "partialdate.h"
#include "reportdownloader.h"
#include "reportloader.h"
#include "reportparser.h"
#include "safetext.h"
#include "searchbar.h"
#include "sourcesview.h"
#include "statusprogress.h"
#include "textdecoder.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinemodel.h"
#include "timelineproxymodel.h"
#include "uilanguage.h"
#include "urlpolicy.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>

namespace Turnpoint {

namespace {
const QString BuiltInSamplePath = QStringLiteral(":/samples/yunnan-industry-carbon.md");
const QString BuiltInSampleName = QStringLiteral("yunnan-industry-carbon.md");
const QString IconPath = QStringLiteral(":/icons/turnpoint.svg");

// QSettings keys. Every value read back is checked: a settings file edited by hand, written by
// another version or damaged must not keep the window from opening.
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
// The PNG export's scale: 2 makes a sharp image on a high-density screen or in print; 3 for
// posters and slides.
constexpr int DefaultExportScale = 2;
constexpr int MaxExportScale = 3;
const QString LanguageKey = QStringLiteral("language");
const QString OpenUrlKey = QStringLiteral("lastOpenedUrl");

// Editors save by writing a new file and renaming it over the old one, often in several steps;
// one reload after the burst reads the finished file.
constexpr int AutoReloadDelayMs = 300;
// Link results are handed to the model in batches, so the views repaint a few times a second
// while a check runs instead of once per link.
constexpr int LinkResultFlushMs = 150;

bool isResource(const QString &path) {
    return path.startsWith(QLatin1String(":/"));
}

// Reads a report from a path or from the application's resources. The sample is parsed under
// its plain file name, which is what the user sees.
Report loadReport(const QString &path, const QString &file) {
    // Only reached for local files and resources: URLs go through the asynchronous downloader.
    if (isResource(path)) {
        QFile resource(path);
        if (resource.open(QIODevice::ReadOnly))
            return ReportParser::parseBytes(resource.readAll(), file);
    }
    return ReportParser::parseFile(path);
}

QString errorSummary(const QList<Diagnostic> &diagnostics) {
    QStringList messages;
    for (const Diagnostic &d : diagnostics) {
        if (!d.isError())
            continue;
        messages.append(d.line > 0 ? MainWindow::tr("line %1: %2").arg(d.line).arg(d.text())
                                   : d.text());
    }
    return messages.join(QStringLiteral("; "));
}

QString errorSummary(const Report &report) {
    return errorSummary(report.diagnostics);
}

// A folder from the settings, when it still exists.
QString folderSetting(const QSettings &settings, const QString &key, const QString &fallback) {
    const QString dir = settings.value(key).toString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : fallback;
}

// Only a real boolean, or its text form as QSettings writes it; anything else (a number, a
// rectangle, garbage) is not a yes.
std::optional<bool> boolSetting(const QSettings &settings, const QString &key) {
    const QVariant value = settings.value(key);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QString) {
        if (value.toString() == QLatin1String("true"))
            return true;
        if (value.toString() == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

void warnUnreadableSettings(const QSettings &settings) {
    static bool warned = false;
    if (settings.status() != QSettings::FormatError || warned)
        return;
    warned = true;
    //: Standard error, at start-up: %1 is the settings file's path
    const QString message = MainWindow::tr("turnpoint: the settings file %1 cannot be read; using "
                                           "defaults")
                                .arg(settings.fileName());
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new TimelineModel(this))
    , m_proxy(new TimelineProxyModel(this))
    , m_selection(new QItemSelectionModel(m_proxy, this)) {
    m_proxy->setSourceModel(m_model);
    setWindowIcon(applicationIcon());

    m_chartView = new TimelineChartView(m_proxy, m_selection, this);
    m_outline = new OutlineView(m_proxy, m_selection, this);
    m_detail = new DetailPanel(m_proxy, m_selection, this);
    m_filterBar = new FilterBar(m_proxy, this);

    m_lowerSplitter = new QSplitter(Qt::Horizontal, this);
    m_lowerSplitter->setObjectName(QStringLiteral("lowerSplitter"));
    m_lowerSplitter->addWidget(m_outline);
    m_lowerSplitter->addWidget(m_detail);
    m_lowerSplitter->setStretchFactor(0, 3);
    m_lowerSplitter->setStretchFactor(1, 2);
    m_lowerSplitter->setChildrenCollapsible(false);
    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_chartView);
    m_mainSplitter->addWidget(m_lowerSplitter);
    m_mainSplitter->setStretchFactor(0, 5);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setChildrenCollapsible(false);
    // The chart is the point of the window: it gets the larger share at first.
    m_mainSplitter->setSizes({520, 380});
    setCentralWidget(m_mainSplitter);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    // Permanent, so it stays in view while the status bar shows a passing message (and a message
    // can never be drawn over it).
    statusBar()->addPermanentWidget(m_summary);
    m_fontWarning = new QLabel(this);
    m_fontWarning->setTextFormat(Qt::PlainText);
    m_fontWarning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_fontWarning->setWordWrap(true);
    m_fontWarning->hide();
    statusBar()->addWidget(m_fontWarning, 3);
    m_diagnosticsButton = new QToolButton(this);
    m_diagnosticsButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_diagnosticsButton);
    connect(m_diagnosticsButton, &QToolButton::clicked, this, &MainWindow::showDiagnostics);
    m_loadProgress = new StatusProgress(this);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    statusBar()->addPermanentWidget(m_loadProgress);
    m_downloadProgress = new StatusProgress(this);
    m_downloadProgress->setObjectName(QStringLiteral("downloadProgress"));
    statusBar()->addPermanentWidget(m_downloadProgress);
    m_linkProgress = new StatusProgress(this);
    m_linkProgress->setObjectName(QStringLiteral("linkCheckProgress"));
    statusBar()->addPermanentWidget(m_linkProgress);

    m_sourcesView = new SourcesView(m_model, m_proxy, m_selection, this);
    // While the slider is dragged the chart previews the threshold at once; the proxy (and with
    // it the outline) follows when the slider rests (FilterBar's debounce).
    connect(m_filterBar, &FilterBar::previewMinimumConfidence, m_chartView,
            &TimelineChartView::setPreviewMinimumConfidence);
    connect(m_filterBar, &FilterBar::previewFinished, m_chartView,
            &TimelineChartView::clearPreviewMinimumConfidence);
    // A source selected in the Sources view shows every turning point citing it in the chart.
    connect(m_sourcesView, &SourcesView::citingTurningPointsSelected, m_chartView,
            &TimelineChartView::setEmphasizedTurningPoints);
    // A range dragged on the chart's time axis is the date filter.
    connect(m_chartView, &TimelineChartView::timeRangeDragged, this,
            [this](QDate first, QDate last) {
                m_proxy->setDateRange(
                    PartialDate::fromYearMonthDay(first.year(), first.month(), first.day()),
                    PartialDate::fromYearMonthDay(last.year(), last.month(), last.day()));
            });
    m_sourcesDock = new QDockWidget(this);
    m_sourcesDock->setObjectName(QStringLiteral("sourcesDock")); // for saveState()
    m_sourcesDock->setWidget(m_sourcesView);
    addDockWidget(Qt::RightDockWidgetArea, m_sourcesDock);
    m_sourcesDock->hide(); // until the user asks; restoreState() brings back what was left
    connect(m_sourcesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // A dock opened for the first time gets only its minimum width from QMainWindow; give
        // it room for its four columns (a width the user set, or restoreState() brought back,
        // is left alone).
        if (!visible || m_sourcesDockSized)
            return;
        m_sourcesDockSized = true;
        // From the event loop: while the dock is being shown, the layout has not placed it yet
        // and would undo the resize.
        QTimer::singleShot(0, this, [this] {
            // Its preferred width, but never more than 40 % of a small window.
            const int wanted = std::min(m_sourcesView->sizeHint().width(), width() * 2 / 5);
            if (!m_sourcesDock->isFloating() && m_sourcesDock->width() < wanted)
                resizeDocks({m_sourcesDock}, {wanted}, Qt::Horizontal);
        });
    });
    connect(m_sourcesView, &SourcesView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    m_loader = new ReportLoader(this);
    connect(
        m_loader, &ReportLoader::reportLoaded, this,
        [this](int, const QString &path, const Report &report) { onReportLoaded(path, report); });
    connect(m_loader, &ReportLoader::progress, this, [this](int done, int total) {
        m_loadProgress->setProgress(done, total);
        //: Status bar while files are opened: files read so far and in total
        m_loadProgress->setText(tr("Opening files: %1 of %2").arg(done).arg(total));
    });
    connect(m_loader, &ReportLoader::finished, this, &MainWindow::onLoadFinished);
    connect(m_loadProgress, &StatusProgress::cancelRequested, this, &MainWindow::cancelLoading);

    m_reloader = new ReportLoader(this);
    connect(
        m_reloader, &ReportLoader::reportLoaded, this,
        [this](int index, const QString &, const Report &report) { onReloaded(index, report); });
    connect(m_reloader, &ReportLoader::finished, this, &MainWindow::onReloadFinished);

    m_downloader = new ReportDownloader(this);
    connect(m_downloader, &ReportDownloader::finished, this, &MainWindow::onDownloadFinished);
    connect(m_downloader, &ReportDownloader::progress, this, [this](qint64 received, qint64 total) {
        m_downloadProgress->setProgress(received, total);
    });
    connect(m_downloadProgress, &StatusProgress::cancelRequested, this,
            &MainWindow::cancelDownloads);

    m_linkChecker = new LinkChecker(this);
    connect(m_linkChecker, &LinkChecker::resultReady, this, &MainWindow::onLinkResult);
    connect(m_linkChecker, &LinkChecker::finished, this, &MainWindow::onLinkCheckFinished);
    connect(m_linkChecker, &LinkChecker::progress, this, [this](int done, int total) {
        m_linkProgress->setProgress(done, total);
        //: Status bar while Check Links runs: links done and in total
        m_linkProgress->setText(tr("Checking links: %1 of %2").arg(done).arg(total));
    });
    connect(m_linkProgress, &StatusProgress::cancelRequested, this, &MainWindow::cancelLinkCheck);
    m_linkFlushTimer.setSingleShot(true);
    m_linkFlushTimer.setInterval(LinkResultFlushMs);
    connect(&m_linkFlushTimer, &QTimer::timeout, this, &MainWindow::flushLinkResults);

    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::onFileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &MainWindow::onDirectoryChanged);
    m_watchTimer.setSingleShot(true);
    m_watchTimer.setInterval(AutoReloadDelayMs);
    connect(&m_watchTimer, &QTimer::timeout, this, &MainWindow::reloadChangedFiles);

    createActions();
    addToolBar(Qt::TopToolBarArea, m_filterBar);
    createFindAndFilter();

    // Status and title follow the models; many proxy signals arrive in a burst when the
    // threshold moves, so they are counted once per event-loop pass.
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(0);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        updateStatus();
        updateTitle();
    });
    const auto schedule = [this] { m_statusTimer.start(); };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, schedule);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, schedule);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, schedule);
    connect(m_proxy, &ConfidenceFilterModel::minimumConfidenceChanged, this, schedule);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &MainWindow::updateTitle);

    setAcceptDrops(true);
    retranslateUi();
    restoreSettings();
    m_chartView->setFocus();
}

MainWindow::~MainWindow() = default;

QIcon MainWindow::applicationIcon() {
    QIcon icon(IconPath);
    // Without the SVG icon engine and image plugin (libqt6svg6) the icon renders as nothing;
    // a null icon lets the platform show its default instead of an empty square.
    if (icon.pixmap(QSize(32, 32)).isNull()) {
        static bool warned = false;
        if (!warned) {
            //: Standard error, at start-up; libqt6svg6 is the Debian package name
            const QString message = tr("turnpoint: the application icon needs Qt's SVG support "
                                       "(package libqt6svg6); using the default icon");
            std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
        }
        warned = true;
        return {};
    }
    return icon;
}

void MainWindow::createActions() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openUrlAction = m_fileMenu->addAction(QString(), this, &MainWindow::openUrlDialog);
    m_openUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_reloadAction = m_fileMenu->addAction(QString(), this, &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeReport);
    m_closeAction->setShortcut(QKeySequence::Close);
    createCompareActions();
    m_fileMenu->addSeparator();
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    createPngScaleMenu();
    // The vector exports and printing draw the same chart and caption as the PNG export and
    // are available exactly when it is (named in retranslateChartExportActions()).
    m_exportSvgAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportSvgDialog);
    m_exportPdfAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportPdfDialog);
    m_printAction = m_fileMenu->addAction(QString(), this, &MainWindow::printChart);
    m_printAction->setShortcut(QKeySequence::Print);
    for (QAction *action : {m_exportSvgAction, m_exportPdfAction, m_printAction})
        connect(m_exportAction, &QAction::enabledChanged, action, &QAction::setEnabled);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_ghostsAction = m_viewMenu->addAction(QString());
    m_ghostsAction->setCheckable(true);
    connect(m_ghostsAction, &QAction::toggled, m_chartView->timelineChart(),
            &TimelineChart::setShowGhosts);
    createChartModeActions();
    m_viewMenu->addSeparator();
    m_zoomInAction = m_viewMenu->addAction(QString(), m_chartView, &TimelineChartView::zoomIn);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction = m_viewMenu->addAction(QString(), m_chartView, &TimelineChartView::zoomOut);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_resetZoomAction =
        m_viewMenu->addAction(QString(), m_chartView, &TimelineChartView::resetZoom);
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu->addSeparator();
    m_previousAction =
        m_viewMenu->addAction(QString(), m_chartView, &TimelineChartView::selectPrevious);
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_nextAction = m_viewMenu->addAction(QString(), m_chartView, &TimelineChartView::selectNext);
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_viewMenu->addSeparator();
    m_diagnosticsAction = m_viewMenu->addAction(QString(), this, &MainWindow::showDiagnostics);
    m_sourcesAction = m_sourcesDock->toggleViewAction();
    m_sourcesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_viewMenu->addAction(m_sourcesAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    const QStringList languages = UiLanguage::available();
    for (const QString &code : languages) {
        QAction *action = m_languageMenu->addAction(UiLanguage::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    m_toolsMenu = menuBar()->addMenu(QString());
    m_checkLinksAction = m_toolsMenu->addAction(QString(), this, [this] { checkLinks(false); });
    m_checkLinksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_recheckLinksAction = m_toolsMenu->addAction(QString(), this, [this] { checkLinks(true); });
    m_cancelLinksAction = m_toolsMenu->addAction(QString(), this, &MainWindow::cancelLinkCheck);
    m_cancelLinksAction->setEnabled(false);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createFindAndFilter() {
    // The search gets its own toolbar row: next to the filters it would squeeze the slider and
    // the date fields at 1024 pixels.
    m_searchBar = new SearchBar(m_proxy, m_selection, this);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_searchBar);
    connect(m_searchBar, &SearchBar::finished, m_chartView, [this] { m_chartView->setFocus(); });
    // How the chart shows what is filtered, in the row with room to spare.
    m_searchBar->addSeparator();
    m_searchBar->addAction(m_ghostsAction);
    m_searchBar->addAction(m_resetZoomAction);

    m_filterStatus = new FilterStatus(m_proxy, this);
    statusBar()->addPermanentWidget(m_filterStatus);

    m_editMenu = new QMenu(this);
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_editMenu);
    m_findAction = m_editMenu->addAction(QString(), m_searchBar, &SearchBar::activate);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findNextAction = m_editMenu->addAction(QString(), this, [this] {
        m_searchBar->applySearch();
        m_searchBar->findNext();
    });
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    m_findPreviousAction = m_editMenu->addAction(QString(), this, [this] {
        m_searchBar->applySearch();
        m_searchBar->findPrevious();
    });
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    m_editMenu->addSeparator();
    m_clearFiltersAction =
        m_editMenu->addAction(QString(), m_proxy, &ConfidenceFilterModel::clearFilters);
    m_clearFiltersAction->setEnabled(false);
    connect(m_proxy, &ConfidenceFilterModel::filterChanged, this,
            [this] { m_clearFiltersAction->setEnabled(m_proxy->filter().isActive()); });
    m_viewMenu->insertAction(m_sourcesAction, m_searchBar->toggleViewAction());

    // File -> Export Data, after the chart's exports and printing.
    m_exportDataAction = new QAction(this);
    m_exportDataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportDataAction, &QAction::triggered, this, &MainWindow::exportDataDialog);
    const QList<QAction *> fileActions = m_fileMenu->actions();
    const qsizetype exportAt = fileActions.indexOf(m_printAction);
    m_fileMenu->insertAction(
        exportAt >= 0 && exportAt + 1 < fileActions.size() ? fileActions.at(exportAt + 1) : nullptr,
        m_exportDataAction);
    // File -> Save As Normalised Report, right after it: the current report in canonical form.
    m_saveNormalisedAction = new QAction(this);
    connect(m_saveNormalisedAction, &QAction::triggered, this, &MainWindow::saveNormalisedDialog);
    const QList<QAction *> withExport = m_fileMenu->actions();
    const qsizetype normalisedAt = withExport.indexOf(m_exportDataAction) + 1;
    m_fileMenu->insertAction(normalisedAt > 0 && normalisedAt < withExport.size()
                                 ? withExport.at(normalisedAt)
                                 : nullptr,
                             m_saveNormalisedAction);
    const auto enableExport = [this] {
        m_exportDataAction->setEnabled(m_model->reportCount() > 0);
        m_saveNormalisedAction->setEnabled(m_model->reportCount() > 0);
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, enableExport);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, enableExport);
    connect(m_model, &QAbstractItemModel::modelReset, this, enableExport);
    enableExport();
}

void MainWindow::retranslateFindAndFilter() {
    //: Menu
    m_editMenu->setTitle(tr("&Edit"));
    //: Edit menu: put the cursor in the search field
    m_findAction->setText(tr("&Find…"));
    //: Edit menu: select the next turning point matching the search, in time order
    m_findNextAction->setText(tr("Find &Next"));
    //: Edit menu: select the previous turning point matching the search, in time order
    m_findPreviousAction->setText(tr("Find &Previous"));
    //: Edit menu: reset every filter except the confidence threshold
    m_clearFiltersAction->setText(tr("&Clear Filters"));
    //: File menu: write the turning points shown now (with all filters) as CSV or JSON
    m_exportDataAction->setText(tr("Export &Data…"));
    //: File menu: write the current report back as a clean turning-point report (Markdown)
    m_saveNormalisedAction->setText(tr("Save As &Normalised Report…"));
}

void MainWindow::saveNormalisedDialog() {
    const int row = currentReportRow();
    if (row < 0)
        return;
    const QString base =
        QFileInfo(DisplayText::fileName(m_model->report(row).file)).completeBaseName();
    const QString dir =
        folderSetting(QSettings(), ExportFolderKey,
                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QString path = QFileDialog::getSaveFileName(
        //: Title of the Save As Normalised Report dialog
        this, tr("Save As Normalised Report"),
        dir + QLatin1Char('/') + base + QStringLiteral("-normalised.md"),
        //: File type filter of the Save As Normalised Report dialog
        tr("Turning-point report (*.md)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    QSettings().setValue(ExportFolderKey, QFileInfo(path).absolutePath());
    saveNormalisedTo(path);
}

bool MainWindow::saveNormalisedTo(const QString &path) {
    const int row = currentReportRow();
    if (row < 0)
        return false;
    // The whole report, whatever the filters: a normalised report loses nothing.
    const QString reason =
        AtomicFile::write(path, MarkdownExporter::toMarkdown(m_model->report(row)));
    if (!reason.isEmpty()) {
        //: Save As Normalised Report failed: the file, then the system's reason
        showError(tr("Save As Normalised Report"),
                  tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    //: Status bar message after Save As Normalised Report, with the file name
    statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::exportDataDialog() {
    const int row = currentReportRow();
    const QString base =
        row >= 0 ? QFileInfo(DisplayText::fileName(m_model->report(row).file)).completeBaseName()
                 : QStringLiteral("turning-points");
    const QString dir =
        folderSetting(QSettings(), ExportFolderKey,
                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    //: File type filter of the Export Data dialog
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    //: File type filter of the Export Data dialog
    const QString json = tr("JSON (*.json)");
    QString selected = csv;
    QString path = QFileDialog::getSaveFileName(
        //: Title of the Export Data dialog
        this, tr("Export Data"), dir + QLatin1Char('/') + base + QStringLiteral(".csv"),
        csv + QStringLiteral(";;") + json, &selected);
    if (path.isEmpty())
        return;
    // The name decides the format; a name without either suffix gets the chosen filter's.
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += selected == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    QSettings().setValue(ExportFolderKey, QFileInfo(path).absolutePath());
    exportDataTo(path);
}

bool MainWindow::exportDataTo(const QString &path) {
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    // Exactly what the views show: the proxy's whole filter, threshold included.
    const QList<const Report *> reports = m_proxy->sourceReports();
    const QByteArray data = json ? JsonExporter::toJson(reports, m_proxy->filter())
                                 : CsvExporter::toCsv(reports, m_proxy->filter());
    const QString reason = AtomicFile::write(path, data);
    if (!reason.isEmpty()) {
        //: Export Data failed: the file, then the system's reason
        showError(tr("Export Data"),
                  tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    //: Status bar message after Export Data, with the file name
    statusBar()->showMessage(tr("Data exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::retranslateUi() {
    //: Menu
    m_fileMenu->setTitle(tr("&File"));
    //: File menu
    m_openAction->setText(tr("&Open…"));
    //: File menu: download a report from a web address
    m_openUrlAction->setText(tr("Open &URL…"));
    //: File menu: submenu of recently opened reports
    m_recentMenu->setTitle(tr("Open &Recent"));
    //: File menu: read the open reports again from disk (or download them again)
    m_reloadAction->setText(tr("&Reload"));
    //: File menu: close the report of the current selection
    m_closeAction->setText(tr("&Close Report"));
    retranslateCompareActions();
    //: File menu
    m_exportAction->setText(tr("&Export Chart…"));
    retranslateChartExportActions();
    //: File menu
    m_quitAction->setText(tr("&Quit"));

    //: Menu
    m_viewMenu->setTitle(tr("&View"));
    //: View menu: keep turning points below the threshold on the chart as faint markers
    m_ghostsAction->setText(tr("Show Filtered as &Ghosts"));
    //: View menu / toolbar tool tip
    m_ghostsAction->setToolTip(tr("Show turning points below the threshold as faint markers"));
    retranslateChartModeActions();
    //: View menu
    m_zoomInAction->setText(tr("Zoom &In"));
    //: View menu
    m_zoomOutAction->setText(tr("Zoom &Out"));
    //: View menu: show the whole time range again
    m_resetZoomAction->setText(tr("&Reset Zoom"));
    //: Toolbar tool tip: show the whole time range again
    m_resetZoomAction->setToolTip(tr("Show the whole time range"));
    //: View menu
    m_previousAction->setText(tr("&Previous Turning Point"));
    //: View menu
    m_nextAction->setText(tr("&Next Turning Point"));
    //: View menu: list of problems found while reading the reports
    m_diagnosticsAction->setText(tr("&Diagnostics…"));
    //: View menu: show or hide the list of every source the reports cite
    m_sourcesDock->setWindowTitle(tr("Sources"));
    //: View menu: submenu listing the UI languages, each under its own name
    m_languageMenu->setTitle(tr("&Language"));

    //: Menu
    m_toolsMenu->setTitle(tr("&Tools"));
    //: Tools menu: check over the network whether every source link still works
    m_checkLinksAction->setText(tr("Check &Links"));
    //: Tools menu: check every link over the network again, not reusing results from the last
    //: 24 hours
    m_recheckLinksAction->setText(tr("Check Links &Again (Ignore Cache)"));
    //: Tools menu: stop a running link check
    m_cancelLinksAction->setText(tr("&Stop Checking Links"));

    //: Menu
    m_helpMenu->setTitle(tr("&Help"));
    //: Help menu
    m_aboutAction->setText(tr("&About Turnpoint"));
    //: Help menu
    m_aboutQtAction->setText(tr("About &Qt"));

    //: Tool tip of the status bar's warning count
    m_diagnosticsButton->setToolTip(tr("Show the problems found while reading the reports"));
    retranslateFindAndFilter();

    const QString current = UiLanguage::current();
    const QList<QAction *> languageActions = m_languageGroup->actions();
    for (QAction *action : languageActions)
        action->setChecked(action->data().toString() == current);
    if (!m_fontWarning->isHidden())
        m_fontWarning->setText(FontCheck::missingFontWarning());

    updateStatus();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    warnUnreadableSettings(settings);
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1400, 900);
    // A dock that comes back visible comes back with the width the user left it at.
    m_sourcesDockSized =
        restoreState(settings.value(StateKey).toByteArray()) && !m_sourcesDock->isHidden();
    m_mainSplitter->restoreState(settings.value(MainSplitterKey).toByteArray());
    m_lowerSplitter->restoreState(settings.value(LowerSplitterKey).toByteArray());
    // Column widths, order and the sort column and order of the outline. The Change column is
    // shown only while a report is compared, and nothing is yet: it may have been saved visible.
    if (m_outline->header()->restoreState(settings.value(OutlineHeaderKey).toByteArray()))
        m_outline->setColumnHidden(TimelineModel::ChangeColumn, true);
    bool ok = false;
    const int threshold = settings.value(MinimumConfidenceKey).toInt(&ok);
    if (ok)
        setMinimumConfidence(threshold); // clamped to 0-100 by the proxy
    if (const std::optional<bool> ghosts = boolSetting(settings, GhostsKey))
        m_ghostsAction->setChecked(*ghosts);
    restoreChartModeSettings(settings);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(MainSplitterKey, m_mainSplitter->saveState());
    settings.setValue(LowerSplitterKey, m_lowerSplitter->saveState());
    settings.setValue(OutlineHeaderKey, m_outline->header()->saveState());
    settings.setValue(MinimumConfidenceKey, m_proxy->minimumConfidence());
    settings.setValue(GhostsKey, m_ghostsAction->isChecked());
    saveChartModeSettings(settings);
}

void MainWindow::createChartModeActions() {
    TimelineChart *chart = m_chartView->timelineChart();
    m_viewMenu->addSeparator();
    auto *modes = new QActionGroup(this);
    m_overlayAction = m_viewMenu->addAction(QString());
    m_lanesAction = m_viewMenu->addAction(QString());
    for (QAction *action : {m_overlayAction, m_lanesAction}) {
        action->setCheckable(true);
        modes->addAction(action);
    }
    m_overlayAction->setChecked(true);
    connect(m_overlayAction, &QAction::triggered, chart,
            [chart] { chart->setMode(TimelineChart::Mode::Overlay); });
    connect(m_lanesAction, &QAction::triggered, chart,
            [chart] { chart->setMode(TimelineChart::Mode::Lanes); });
    m_laneGroupingMenu = m_viewMenu->addMenu(QString());
    auto *groupings = new QActionGroup(this);
    for (const LaneLayout::Grouping grouping :
         {LaneLayout::Grouping::None, LaneLayout::Grouping::Region, LaneLayout::Grouping::Sector}) {
        QAction *action = m_laneGroupingMenu->addAction(QString());
        action->setCheckable(true);
        groupings->addAction(action);
        connect(action, &QAction::triggered, chart,
                [chart, grouping] { chart->setLaneGrouping(grouping); });
        m_laneGroupingActions.append(action);
    }
    m_showAllLanesAction = m_viewMenu->addAction(QString(), chart, &TimelineChart::showAllLanes);
    // The lane menu on the chart changes the same state: the View menu follows it.
    connect(chart, &TimelineChart::modeChanged, this, &MainWindow::syncChartModeActions);
    connect(chart, &TimelineChart::laneLayoutChanged, this, &MainWindow::syncChartModeActions);
    syncChartModeActions();
}

void MainWindow::syncChartModeActions() {
    const TimelineChart *chart = m_chartView->timelineChart();
    const bool lanes = chart->mode() == TimelineChart::Mode::Lanes;
    m_lanesAction->setChecked(lanes);
    m_overlayAction->setChecked(!lanes);
    m_laneGroupingActions.at(int(chart->laneLayout().grouping()))->setChecked(true);
    m_laneGroupingMenu->setEnabled(lanes);
    m_showAllLanesAction->setEnabled(lanes && !chart->laneLayout().hiddenKeys().isEmpty());
}

void MainWindow::retranslateChartModeActions() {
    //: View menu: all reports on one confidence chart, told apart by colour
    m_overlayAction->setText(tr("&Overlay"));
    //: View menu: one horizontal lane per report on a shared time axis
    m_lanesAction->setText(tr("&Lanes"));
    //: View menu: submenu; arrange the lanes by a field of the reports' titles
    m_laneGroupingMenu->setTitle(tr("&Group Lanes By"));
    //: View menu → Group Lanes By
    m_laneGroupingActions.at(0)->setText(tr("&None"));
    //: View menu → Group Lanes By: the region a report's title names (e.g. 云南省)
    m_laneGroupingActions.at(1)->setText(tr("&Region"));
    //: View menu → Group Lanes By: the sector a report's title names (e.g. 工业部门)
    m_laneGroupingActions.at(2)->setText(tr("&Sector"));
    //: View menu: show the lanes hidden from the lane menu again
    m_showAllLanesAction->setText(tr("Show &All Lanes"));
}

void MainWindow::restoreChartModeSettings(const QSettings &settings) {
    TimelineChart *chart = m_chartView->timelineChart();
    // Only the values written by saveChartModeSettings() count; anything else keeps the default.
    const QString grouping = settings.value(LaneGroupingKey).toString();
    if (grouping == QLatin1String("region"))
        chart->setLaneGrouping(LaneLayout::Grouping::Region);
    else if (grouping == QLatin1String("sector"))
        chart->setLaneGrouping(LaneLayout::Grouping::Sector);
    const QVariant order = settings.value(LaneOrderKey);
    const QVariant hidden = settings.value(HiddenLanesKey);
    const auto strings = [](const QVariant &v) {
        return v.metaType().id() == QMetaType::QStringList ||
                       v.metaType().id() == QMetaType::QString
                   ? v.toStringList()
                   : QStringList();
    };
    if (order.isValid() || hidden.isValid())
        chart->restoreLaneArrangement(strings(order), strings(hidden));
    if (settings.value(ChartModeKey).toString() == QLatin1String("lanes"))
        chart->setMode(TimelineChart::Mode::Lanes);
    syncChartModeActions();
}

void MainWindow::saveChartModeSettings(QSettings &settings) const {
    const TimelineChart *chart = m_chartView->timelineChart();
    settings.setValue(ChartModeKey, chart->mode() == TimelineChart::Mode::Lanes
                                        ? QStringLiteral("lanes")
                                        : QStringLiteral("overlay"));
    static const QString groupings[] = {QStringLiteral("none"), QStringLiteral("region"),
                                        QStringLiteral("sector")};
    settings.setValue(LaneGroupingKey, groupings[int(chart->laneLayout().grouping())]);
    // The arrangement of the reports open now; with none open, the one restored is kept.
    if (!chart->laneLayout().order().isEmpty()) {
        settings.setValue(LaneOrderKey, chart->laneLayout().order());
        settings.setValue(HiddenLanesKey, chart->laneLayout().hiddenKeys());
    }
}

void MainWindow::setLanguage(const QString &code) {
    if (!UiLanguage::isSupported(code))
        return;
    QSettings().setValue(LanguageKey, code);
    if (code != UiLanguage::current())
        UiLanguage::install(code); // every widget retranslates on the LanguageChange event
}

void MainWindow::showMissingFontWarning() {
    const QString warning = FontCheck::missingFontWarning();
    m_fontWarning->setText(warning);
    m_fontWarning->setToolTip(SafeText::toolTip(warning));
    m_fontWarning->show();
}

void MainWindow::openFiles(const QStringList &paths) {
    for (const QString &path : paths) {
        if (ReportDownloader::looksLikeUrl(path))
            openUrl(path); // in the background; it says itself when it fails
        else if (!m_loadQueue.contains(path))
            m_loadQueue.append(path);
    }
    startNextLoad();
}

bool MainWindow::isLoading() const {
    return m_loader->isLoading() || !m_loadQueue.isEmpty();
}

void MainWindow::startNextLoad() {
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
    // A single file has no measurable progress (the parser reports none): the bar stays busy.
    m_loadProgress->setProgress(0, batch.size() == 1 ? -1 : batch.size());
    m_loader->load(batch);
}

void MainWindow::onReportLoaded(const QString &path, Report report) {
    if (!report.isUsable()) {
        //: Load error: file, then what was wrong with it
        m_loadErrors.append(tr("%1: %2").arg(path, errorSummary(report)));
        return;
    }
    m_lastLoadedRow = addOrReplace(std::move(report), path);
    if (!isResource(path)) {
        addRecent(QFileInfo(path).absoluteFilePath());
        watchFile(path);
    }
    updateStatus();
}

void MainWindow::onLoadFinished(bool cancelled) {
    m_loadProgress->finish();
    if (m_lastLoadedRow >= 0)
        selectReport(m_lastLoadedRow);
    m_lastLoadedRow = -1;
    if (cancelled)
        //: Status bar after the user cancelled opening files; the reports read so far stay
        statusBar()->showMessage(tr("Opening cancelled"), 5000);
    if (!m_loadErrors.isEmpty())
        showLoadErrors(std::exchange(m_loadErrors, {}));
    updateStatus();
    updateTitle();
    if (!m_loadQueue.isEmpty()) {
        // Files asked for while this load ran; from the event loop, as finished() is emitted
        // by the loader itself.
        QTimer::singleShot(0, this, &MainWindow::startNextLoad);
        return;
    }
    emit loadFinished(cancelled);
}

void MainWindow::cancelLoading() {
    m_loadQueue.clear();
    m_loader->cancel(); // finished(true) follows at once
}

bool MainWindow::openUrl(const QString &url) {
    const QString text = url.trimmed();
    if (!UrlPolicy::isOpenable(text)) {
        //: Title of the message when an address cannot be opened
        showError(tr("Open URL"),
                  //: Open URL: the address is not one Turnpoint downloads from
                  tr("Only http and https addresses of a web server can be opened:\n%1").arg(text));
        return false;
    }
    if (!m_downloadQueue.contains(text))
        m_downloadQueue.append(text);
    startNextDownload();
    return true;
}

void MainWindow::startNextDownload() {
    if (m_downloader->isRunning() || m_downloadQueue.isEmpty())
        return;
    const QString url = m_downloadQueue.takeFirst();
    //: Status bar while a report is downloaded, with its address
    m_downloadProgress->start(tr("Downloading %1…").arg(url));
    m_downloader->start(url);
}

void MainWindow::cancelDownloads() {
    m_downloadQueue.clear();
    if (m_downloader->isRunning())
        m_downloader->cancel(); // finished() follows and says it was cancelled
}

void MainWindow::onDownloadFinished(const Report &report) {
    const QString url = report.file;
    bool added = false;
    if (m_downloader->wasCancelled()) {
        //: Status bar after the user cancelled a download
        statusBar()->showMessage(tr("Download cancelled: %1").arg(url), 5000);
    } else if (!report.isUsable()) {
        showLoadErrors({tr("%1: %2").arg(url, errorSummary(report))});
    } else {
        const int existing = m_model->findReport(url);
        if (existing >= 0) {
            replaceKeepingSelection(existing, report);
        } else {
            selectReport(addOrReplace(report, url));
        }
        m_sourcePaths.insert(url, url);
        added = true;
        //: Status bar after a report was downloaded
        statusBar()->showMessage(tr("Opened %1").arg(url), 5000);
    }
    m_downloadProgress->finish();
    updateStatus();
    updateTitle();
    emit downloadFinished(url, added);
    // The next one starts from the event loop: finished() is emitted by the downloader itself.
    QTimer::singleShot(0, this, &MainWindow::startNextDownload);
}

void MainWindow::openUrlDialog() {
    QInputDialog dialog(this);
    //: Title of the Open URL dialog
    dialog.setWindowTitle(tr("Open URL"));
    //: Open URL dialog: prompt above the address field
    dialog.setLabelText(tr("Address of a report (http or https):"));
    dialog.setTextValue(QSettings().value(OpenUrlKey).toString());
    dialog.resize(std::max(dialog.width(), 560), dialog.height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.textValue().trimmed();
    if (text.isEmpty())
        return;
    if (openUrl(text))
        QSettings().setValue(OpenUrlKey, text);
}

void MainWindow::checkLinks(bool ignoreCache) {
    QList<const Report *> reports;
    for (int row = 0; row < m_model->reportCount(); ++row)
        reports.append(&m_model->report(row));
    const QStringList urls = LinkCheckBatch::sourceUrls(reports);
    if (urls.isEmpty()) {
        //: Status bar: Check Links found nothing to check
        statusBar()->showMessage(tr("The open reports cite no links to check."), 5000);
        return;
    }
    if (!m_linkChecker->isRunning())
        //: Status bar when Check Links starts
        m_linkProgress->start(tr("Checking links…"));
    m_cancelLinksAction->setEnabled(true);
    m_linkChecker->check(urls, ignoreCache);
}

void MainWindow::cancelLinkCheck() {
    if (m_linkChecker->isRunning())
        m_linkChecker->cancel();
}

void MainWindow::onLinkResult(const QString &url, const LinkCheckResult &result) {
    m_pendingLinkResults.insert(url, result);
    if (!m_linkFlushTimer.isActive())
        m_linkFlushTimer.start();
}

void MainWindow::flushLinkResults() {
    m_linkFlushTimer.stop();
    if (m_pendingLinkResults.isEmpty())
        return;
    // Merged with what is known already: results of earlier runs for links not checked in this
    // one (another report's) stay.
    QHash<QString, LinkCheckResult> results = m_model->linkResults();
    for (auto it = m_pendingLinkResults.cbegin(); it != m_pendingLinkResults.cend(); ++it)
        results.insert(it.key(), it.value());
    m_pendingLinkResults.clear();
    m_model->setLinkResults(results);
}

void MainWindow::onLinkCheckFinished() {
    flushLinkResults();
    m_linkProgress->finish();
    m_cancelLinksAction->setEnabled(false);
    const QHash<QString, LinkCheckResult> results = m_linkChecker->results();
    int problems = 0;
    for (const LinkCheckResult &r : results)
        problems += r.isProblem() ? 1 : 0;
    if (m_linkChecker->wasCancelled())
        //: Status bar after the user stopped Check Links: links checked so far
        statusBar()->showMessage(
            tr("Link check stopped after %n link(s).", nullptr, int(results.size())), 8000);
    else if (problems > 0)
        //: Status bar after Check Links: how many links have a problem, of how many
        statusBar()->showMessage(
            tr("%n of %1 link(s) have problems.", nullptr, problems).arg(results.size()), 15000);
    else
        //: Status bar after Check Links found no problem
        statusBar()->showMessage(tr("All %n link(s) work.", nullptr, int(results.size())), 8000);
    emit linkCheckFinished();
}

void MainWindow::watchFile(const QString &path) {
    const QFileInfo info(path);
    if (!info.isFile())
        return;
    if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
    // The folder too: when an editor replaces the file by a rename, the watch on the old file
    // ends, and only the folder sees the new one arrive.
    const QString dir = info.absolutePath();
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
}

void MainWindow::unwatchFile(const QString &path) {
    if (m_watcher->files().contains(path))
        m_watcher->removePath(path);
    const QString dir = QFileInfo(path).absolutePath();
    const QList<QString> paths = m_sourcePaths.values();
    const bool dirStillUsed = std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) {
        return p != path && !isResource(p) && !ReportDownloader::looksLikeUrl(p) &&
               QFileInfo(p).absolutePath() == dir;
    });
    if (!dirStillUsed && m_watcher->directories().contains(dir))
        m_watcher->removePath(dir);
}

void MainWindow::onFileChanged(const QString &path) {
    m_changedPaths.insert(path);
    m_watchTimer.start(); // restarts: one reload after the last change of a burst
}

void MainWindow::onDirectoryChanged(const QString &dir) {
    // A watched file that is back in its folder (renamed over, or recreated) but no longer
    // watched has been replaced.
    for (auto it = m_sourcePaths.cbegin(); it != m_sourcePaths.cend(); ++it) {
        const QString &path = it.value();
        if (isResource(path) || ReportDownloader::looksLikeUrl(path))
            continue;
        const QFileInfo info(path);
        if (info.absolutePath() == dir && !m_watcher->files().contains(path) && info.isFile()) {
            m_changedPaths.insert(path);
            m_watchTimer.start();
        }
    }
}

void MainWindow::reloadChangedFiles() {
    const QSet<QString> changed = std::exchange(m_changedPaths, {});
    for (const QString &path : changed) {
        // Re-added every time: after a rename-replace the watch is on a file that is gone.
        if (QFileInfo(path).isFile() && !m_watcher->files().contains(path))
            m_watcher->addPath(path);
        for (int row = 0; row < m_model->reportCount(); ++row) {
            const QString file = m_model->report(row).file;
            if (m_sourcePaths.value(file) != path)
                continue;
            if (!QFileInfo(path).isFile()) {
                // Deleted, or between the two steps of a save: the loaded report stays, and
                // the folder watch brings the file back when it reappears.
                continue;
            }
            queueReload({file, path, true});
        }
    }
    startNextReload();
}

bool MainWindow::isReloading() const {
    return m_reloader->isLoading() || !m_reloadQueue.isEmpty();
}

void MainWindow::queueReload(const PendingReload &reload) {
    m_reloadQueue.append(reload);
}

void MainWindow::startNextReload() {
    if (m_reloader->isLoading() || m_reloadQueue.isEmpty())
        return;
    m_reloadsRunning = std::exchange(m_reloadQueue, {});
    QStringList paths;
    for (const PendingReload &r : std::as_const(m_reloadsRunning))
        paths.append(r.path);
    //: Status bar while open reports are read again (Reload, or their files changed)
    statusBar()->showMessage(tr("Reloading…"));
    m_reloader->load(paths);
}

void MainWindow::onReloaded(int index, Report report) {
    if (index < 0 || index >= m_reloadsRunning.size())
        return;
    const PendingReload pending = m_reloadsRunning.at(index);
    const QString &file = pending.file;
    const int row = m_model->findReport(file);
    if (row < 0)
        return; // closed while it was read
    if (!report.isUsable()) {
        if (!pending.automatic) {
            m_reloadErrors.append(tr("%1: %2").arg(pending.path, errorSummary(report)));
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
                    .arg(errorSummary(problems));
            });
        m_windowDiagnostics[file] = {d};
        statusBar()->showMessage(tr("%1: %2").arg(DisplayText::fileName(file), d.message), 0);
        updateStatus();
        emit autoReloaded(file, true);
        return;
    }
    // The parser names a file by the path it was given; keep the name it was loaded under.
    report.file = file;
    m_windowDiagnostics.remove(file);
    replaceKeepingSelection(row, std::move(report));
    updateStatus();
    updateTitle();
    if (pending.automatic) {
        //: Status bar after a report was read again because its file changed
        statusBar()->showMessage(
            tr("%1 changed on disk and was reloaded.").arg(DisplayText::fileName(file)), 5000);
        emit autoReloaded(file, false);
    }
}

void MainWindow::onReloadFinished() {
    m_reloadsRunning.clear();
    if (statusBar()->currentMessage() == tr("Reloading…"))
        statusBar()->clearMessage();
    if (!m_reloadErrors.isEmpty())
        showLoadErrors(std::exchange(m_reloadErrors, {}));
    updateStatus();
    updateTitle();
    if (!m_reloadQueue.isEmpty()) {
        // Asked for while this batch ran; from the event loop, as finished() is emitted by
        // the loader itself.
        QTimer::singleShot(0, this, &MainWindow::startNextReload);
        return;
    }
    emit reloadFinished();
}

void MainWindow::openBuiltInSample() {
    Report report = loadReport(BuiltInSamplePath, BuiltInSampleName);
    if (!report.isUsable()) {
        showLoadErrors({tr("%1: %2").arg(BuiltInSampleName, errorSummary(report))});
        return;
    }
    m_sourcePaths.insert(report.file, BuiltInSamplePath);
    const int row = m_model->findReport(report.file);
    if (row >= 0)
        m_model->replaceReport(row, std::move(report));
    else
        selectReport(m_model->addReport(std::move(report)));
    updateStatus();
    updateTitle();
}

void MainWindow::setMinimumConfidence(int percent) {
    m_proxy->setMinimumConfidence(percent);
}

int MainWindow::addOrReplace(Report report, const QString &path) {
    m_sourcePaths.insert(report.file, path);
    const int existing = m_model->findReport(report.file);
    if (existing >= 0) {
        m_model->replaceReport(existing, std::move(report));
        return existing;
    }
    return m_model->addReport(std::move(report));
}

void MainWindow::selectReport(int row) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->reportIndex(row));
    if (index.isValid())
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
}

int MainWindow::currentReportRow() const {
    QModelIndex index = m_proxy->mapToSource(m_selection->currentIndex());
    if (!index.isValid())
        return m_model->reportCount() - 1;
    while (index.parent().isValid())
        index = index.parent();
    return index.row();
}

void MainWindow::showError(const QString &title, const QString &message) {
    emit errorShown(message);
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(title);
    // File names and messages are shown exactly as they are, never as markup.
    box->setTextFormat(Qt::PlainText);
    box->setText(message);
    box->setStandardButtons(QMessageBox::Ok);
    box->open(); // not exec(): no nested event loop in the middle of loading
}

void MainWindow::showLoadErrors(const QStringList &errors) {
    //: Title of the message listing files that could not be opened
    showError(tr("Could Not Open"),
              //: Message text before the list of files that could not be opened
              tr("These files could not be opened; nothing already open was replaced.") +
                  QStringLiteral("\n\n") + errors.join(QLatin1Char('\n')));
}

void MainWindow::openDialog() {
    const QSettings settings;
    const QStringList recent = recentFiles();
    const QString fallback =
        recent.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                         : QFileInfo(recent.first()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        //: Title of the open dialog
        this, tr("Open Reports"), folderSetting(settings, OpenFolderKey, fallback),
        //: File type filter of the open dialog
        tr("Reports (*.md *.txt *.markdown);;All files (*)"));
    if (paths.isEmpty())
        return;
    QSettings().setValue(OpenFolderKey, QFileInfo(paths.first()).absolutePath());
    openFiles(paths);
}

void MainWindow::reload() {
    QStringList errors;
    for (int row = 0; row < m_model->reportCount(); ++row) {
        const QString file = m_model->report(row).file;
        const QString path = m_sourcePaths.value(file, file);
        if (ReportDownloader::looksLikeUrl(path)) {
            openUrl(path); // downloaded again; replaces the report only when that works
            continue;
        }
        if (isResource(path)) {
            // The built-in sample: a few kilobytes, read at once.
            Report report = loadReport(path, file);
            if (!report.isUsable()) {
                errors.append(tr("%1: %2").arg(path, errorSummary(report)));
                continue;
            }
            report.file = file;
            replaceKeepingSelection(row, std::move(report));
            continue;
        }
        queueReload({file, path, false});
    }
    if (!errors.isEmpty())
        showLoadErrors(errors);
    updateStatus();
    updateTitle();
    if (isReloading())
        startNextReload();
    else
        emit reloadFinished();
}

void MainWindow::replaceKeepingSelection(int row, Report report) {
    // Reloading replaces the turning points; put the selection back where it was, by its
    // position in the report, when that position still exists.
    const QModelIndex current = m_proxy->mapToSource(m_selection->currentIndex());
    QList<int> rowPath;
    for (QModelIndex i = current; i.isValid(); i = i.parent())
        rowPath.prepend(i.row());
    m_model->replaceReport(row, std::move(report));
    if (!rowPath.isEmpty() && rowPath.first() == row) {
        QModelIndex restored;
        for (const int r : std::as_const(rowPath)) {
            const QModelIndex next = m_model->index(r, 0, restored);
            if (!next.isValid())
                break; // the rest is gone: select the nearest level that is left
            restored = next;
        }
        const QModelIndex target = m_proxy->mapFromSource(restored);
        if (target.isValid())
            m_selection->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    }
}

void MainWindow::closeReport() {
    const int row = currentReportRow();
    if (row < 0)
        return;
    const QString file = m_model->report(row).file;
    const QString path = m_sourcePaths.take(file);
    m_windowDiagnostics.remove(file);
    if (!path.isEmpty() && !isResource(path) && !ReportDownloader::looksLikeUrl(path))
        unwatchFile(path);
    m_model->removeReport(row);
    updateStatus();
    updateTitle();
}

void MainWindow::exportDialog() {
    //: File type filter of the export dialog
    const QString path = askChartExportPath(QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportChartTo(path);
}

bool MainWindow::exportChartTo(const QString &path) {
    // Exactly what the chart shows now (threshold, zoom, ghosts), at the chosen scale.
    const QImage image = ChartExporter::renderChart(m_chartView->timelineChart(), qreal(m_pngScale),
                                                    QDate::currentDate());
    QString error;
    if (!ChartExporter::writePng(image, path, &error)) {
        showError(tr("Export Chart"), error); // the title of the export dialog, too
        return false;
    }
    //: Status bar message after an export, with the file name
    statusBar()->showMessage(tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

QString MainWindow::reportText(const QString &file) const {
    const QString path = m_sourcePaths.value(file, file);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > ReportParser::MaxFileSize)
        return {};
    const DecodedText decoded = TextDecoder::decode(f.readAll());
    return decoded.ok ? decoded.text : QString();
}

void MainWindow::showDiagnostics() {
    if (!m_diagnosticsDialog)
        m_diagnosticsDialog = new DiagnosticsDialog(this);
    QList<DiagnosticsDialog::ReportDiagnostics> reports;
    for (int row = 0; row < m_model->reportCount(); ++row) {
        const Report &report = m_model->report(row);
        // The window's own findings (a changed file it could not use) come first: they say
        // that what is shown is not what is on disk.
        const QList<Diagnostic> diagnostics =
            m_windowDiagnostics.value(report.file) + report.diagnostics;
        if (diagnostics.isEmpty())
            continue;
        const QString name = ReportDownloader::looksLikeUrl(report.file)
                                 ? report.file
                                 : DisplayText::fileName(report.file);
        reports.append({name, diagnostics, reportText(report.file)});
    }
    m_diagnosticsDialog->setReports(reports);
    m_diagnosticsDialog->show();
    m_diagnosticsDialog->raise();
    m_diagnosticsDialog->activateWindow();
}

void MainWindow::showAbout() {
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    //: Title of the About dialog
    box->setWindowTitle(tr("About Turnpoint"));
    box->setTextFormat(Qt::PlainText);
    //: About dialog heading: program name and version
    box->setText(tr("Turnpoint %1").arg(QCoreApplication::applicationVersion()));
    box->setInformativeText(
        //: About dialog: what the program is, then the Qt versions it was built with and runs on
        tr("A timeline viewer for turning-point reports: open reports, filter turning points by "
           "confidence, read every entry with its sources, and export the chart.\n\n"
           "Built with Qt %1, running on Qt %2.")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    // QMessageBox sizes itself to its shortest line, which wraps this text into a narrow
    // column (worse in Chinese, which wraps anywhere); a spacer across the grid widens it.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout()))
        grid->addItem(new QSpacerItem(440, 0, QSizePolicy::Minimum, QSizePolicy::Minimum),
                      grid->rowCount(), 0, 1, grid->columnCount());
    box->open();
}

QStringList MainWindow::recentFiles() {
    const QSettings settings;
    QStringList kept;
    const QStringList stored = settings.value(RecentFilesKey).toStringList();
    for (const QString &path : stored) {
        if (path.isEmpty() || kept.contains(path) || !QFileInfo(path).isFile())
            continue; // gone since (moved, deleted, on an unmounted disk): not offered
        kept.append(path);
        if (kept.size() == MaxRecentFiles)
            break;
    }
    return kept;
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    QSettings().setValue(RecentFilesKey, recent); // the pruned list is the list from now on
    for (const QString &path : recent) {
        QString text = QFileInfo(path).fileName();
        text.replace(QLatin1Char('&'), QStringLiteral("&&")); // not a mnemonic
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openFiles({path}); });
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty()) {
        //: Open Recent submenu when there is nothing to list
        m_recentMenu->addAction(tr("No Recent Files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    //: Open Recent submenu: forget the listed files
    m_recentMenu->addAction(tr("Clear Menu"), this, [] { QSettings().remove(RecentFilesKey); });
}

void MainWindow::addRecent(const QString &path) {
    QSettings settings;
    QStringList recent = settings.value(RecentFilesKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(RecentFilesKey, recent);
}

QString MainWindow::statusText() const {
    return m_summary->text();
}

void MainWindow::updateStatus() {
    m_summary->setText(FilterBar::summaryText(m_proxy));
    int warnings = 0;
    for (int row = 0; row < m_model->reportCount(); ++row)
        warnings += int(m_model->report(row).diagnostics.size() +
                        m_windowDiagnostics.value(m_model->report(row).file).size());
    m_diagnosticsButton->setVisible(warnings > 0);
    //: Status bar: number of problems found while reading the reports
    m_diagnosticsButton->setText(tr("%n warning(s)", nullptr, warnings));
    const bool any = m_model->reportCount() > 0;
    m_reloadAction->setEnabled(any);
    m_closeAction->setEnabled(any);
    m_exportAction->setEnabled(any);
    m_checkLinksAction->setEnabled(any);
    m_recheckLinksAction->setEnabled(any);
}

// ---- Versions (File → Compare With…) -------------------------------------------------------

void MainWindow::createCompareActions() {
    m_fileMenu->addSeparator();
    m_compareAction = m_fileMenu->addAction(QString(), this, &MainWindow::compareDialog);
    m_clearComparisonAction = m_fileMenu->addAction(QString(), this, &MainWindow::clearComparison);
    // A filter, but about versions: it sits with the comparison it needs.
    m_onlyChangesAction = m_fileMenu->addAction(QString());
    m_onlyChangesAction->setCheckable(true);
    connect(m_onlyChangesAction, &QAction::toggled, m_proxy,
            &ConfidenceFilterModel::setOnlyChanges);
    connect(m_proxy, &ConfidenceFilterModel::onlyChangesChanged, m_onlyChangesAction,
            &QAction::setChecked);
    m_comparisonLabel = new QLabel(this);
    m_comparisonLabel->setTextFormat(Qt::PlainText); // carries a file name
    m_comparisonLabel->hide();
    statusBar()->addPermanentWidget(m_comparisonLabel);
    connect(m_model, &TimelineModel::baselineChanged, this, &MainWindow::updateComparison);
    // A reload compares again (its rows come anew); a closed report takes its baseline along.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateComparison);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateComparison);
    connect(m_selection, &QItemSelectionModel::currentChanged, this, &MainWindow::updateComparison);
    updateComparison();
}

void MainWindow::retranslateCompareActions() {
    //: File menu: choose an earlier version of the current report to compare it with
    m_compareAction->setText(tr("Compare &With…"));
    //: File menu: stop comparing the current report with an earlier version
    m_clearComparisonAction->setText(tr("Clear Co&mparison"));
    //: File menu (checkable): show only turning points that differ from the earlier version
    m_onlyChangesAction->setText(tr("Only C&hanges"));
    updateComparison();
}

void MainWindow::compareDialog() {
    if (m_model->reportCount() == 0)
        return;
    const Report &current = m_model->report(currentReportRow());
    const QString dir =
        QFileInfo::exists(current.file) ? QFileInfo(current.file).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this,
        //: Title of the file dialog of File → Compare With…
        tr("Compare With Earlier Version"), dir,
        //: File dialog filter of File → Compare With…
        tr("Turning-point reports (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

bool MainWindow::compareWith(const QString &oldPath) {
    const int row = currentReportRow();
    if (row < 0)
        return false;
    Report old = ReportParser::parseFile(oldPath);
    if (!old.isUsable()) {
        //: Title of the message shown when the file to compare with cannot be used
        showError(tr("Cannot Compare"),
                  //: %1 is the file, %2 what is wrong with it
                  tr("Could not compare with %1: %2")
                      .arg(QDir::toNativeSeparators(oldPath), errorSummary(old)));
        return false;
    }
    m_model->setBaseline(row, std::move(old));
    return true;
}

void MainWindow::clearComparison() {
    if (m_model->reportCount() > 0)
        m_model->clearBaseline(currentReportRow());
}

QString MainWindow::comparisonStatusText() const {
    return m_comparisonLabel->isHidden() ? QString() : m_comparisonLabel->text();
}

void MainWindow::updateComparison() {
    const int row = m_model->reportCount() > 0 ? currentReportRow() : -1;
    const ReportComparison *comparison = row >= 0 ? m_model->comparison(row) : nullptr;
    bool anyBaseline = false;
    for (int r = 0; r < m_model->reportCount() && !anyBaseline; ++r)
        anyBaseline = m_model->baseline(r) != nullptr;
    m_compareAction->setEnabled(row >= 0);
    m_clearComparisonAction->setEnabled(comparison != nullptr);
    // Checkable while some report is compared, and left checked when the last comparison is
    // cleared (the filter then passes everything; Clear Filters unchecks it).
    m_onlyChangesAction->setEnabled(anyBaseline || m_onlyChangesAction->isChecked());
    if (!comparison) {
        m_comparisonLabel->clear();
        m_comparisonLabel->hide();
        return;
    }
    int rescored = 0;
    int changed = 0;
    for (const TurningPointChange &c : comparison->turningPoints) {
        if (c.change != ChangeKind::Modified)
            continue;
        if (c.rescored)
            ++rescored;
        else
            ++changed;
    }
    //: Status bar after File → Compare With…: %1 is the earlier version's file name, then
    //: how many turning points were added, removed, re-scored (confidence changed) and
    //: otherwise changed
    m_comparisonLabel->setText(tr("Compared with %1: %2 added, %3 removed, %4 re-scored, "
                                  "%5 changed")
                                   .arg(DisplayText::fileName(m_model->baseline(row)->file))
                                   .arg(comparison->count(ChangeKind::Added))
                                   .arg(comparison->count(ChangeKind::Removed))
                                   .arg(rescored)
                                   .arg(changed));
    m_comparisonLabel->show();
}

void MainWindow::updateTitle() {
    const int row = currentReportRow();
    if (row < 0) {
        //: Window title when no report is open
        setWindowTitle(tr("No report"));
        return;
    }
    const Report &report = m_model->report(row);
    // A downloaded report is named by its whole address: where it came from matters.
    const QString name = ReportDownloader::looksLikeUrl(report.file)
                             ? report.file
                             : DisplayText::fileName(report.file);
    const QString title = report.title.isEmpty() ? name
                                                 //: Window title: the report's file name and title
                                                 : tr("%1 — %2").arg(name, report.title);
    setWindowTitle(SafeText::windowTitle(title));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    // Files, and web addresses dragged from a browser.
    const bool anyFile = std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) {
        return url.isLocalFile() || UrlPolicy::isOpenable(url.toString());
    });
    if (anyFile)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
        else if (UrlPolicy::isOpenable(url.toString()))
            paths.append(url.toString()); // openFiles() downloads it
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::createPngScaleMenu() {
    // Right under Export Chart…, the one export it applies to (SVG and PDF are vectors).
    m_pngScaleMenu = m_fileMenu->addMenu(QString());
    m_pngScaleGroup = new QActionGroup(this);
    bool ok = false;
    const int saved = QSettings().value(ExportScaleKey).toInt(&ok);
    // A value the menu does not offer (edited settings) falls back to the default.
    m_pngScale = ok && saved >= 1 && saved <= MaxExportScale ? saved : DefaultExportScale;
    for (int scale = 1; scale <= MaxExportScale; ++scale) {
        QAction *action = m_pngScaleMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(scale);
        action->setChecked(scale == m_pngScale);
        m_pngScaleGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, scale] { setPngExportScale(scale); });
    }
}

QList<QAction *> MainWindow::pngScaleActions() const {
    return m_pngScaleGroup->actions();
}

void MainWindow::setPngExportScale(int scale) {
    m_pngScale = std::clamp(scale, 1, MaxExportScale);
    const QList<QAction *> actions = m_pngScaleGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toInt() == m_pngScale);
    QSettings().setValue(ExportScaleKey, m_pngScale);
}

void MainWindow::retranslateChartExportActions() {
    //: File menu: submenu choosing the pixel density of the PNG from Export Chart…
    m_pngScaleMenu->setTitle(tr("P&NG Scale"));
    const QList<QAction *> scales = m_pngScaleGroup->actions();
    for (QAction *action : scales)
        //: File menu, PNG Scale: image pixels per chart pixel, e.g. "2×"
        action->setText(tr("&%1×").arg(action->data().toInt()));
    //: File menu: save the chart as a vector image
    m_exportSvgAction->setText(tr("Export Chart as &SVG…"));
    //: File menu: save the chart as a one-page PDF document
    m_exportPdfAction->setText(tr("Export Chart as P&DF…"));
    //: File menu: print the chart, through a print preview
    m_printAction->setText(tr("&Print Chart…"));
}

QString MainWindow::askChartExportPath(const QString &suffix, const QString &filter) {
    const int row = currentReportRow();
    const QString base =
        row >= 0 ? QFileInfo(DisplayText::fileName(m_model->report(row).file)).completeBaseName()
                 : QStringLiteral("timeline");
    const QString dir =
        folderSetting(QSettings(), ExportFolderKey,
                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    QString path = QFileDialog::getSaveFileName(
        //: Title of the export dialog (PNG, SVG and PDF)
        this, tr("Export Chart"), dir + QLatin1Char('/') + base + suffix, filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QSettings().setValue(ExportFolderKey, QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::exportSvgDialog() {
    //: File type filter of the export dialog
    const QString path = askChartExportPath(QStringLiteral(".svg"), tr("SVG images (*.svg)"));
    if (!path.isEmpty())
        exportSvgTo(path);
}

void MainWindow::exportPdfDialog() {
    //: File type filter of the export dialog
    const QString path = askChartExportPath(QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

bool MainWindow::exportSvgTo(const QString &path) {
    QString error;
    const bool ok =
        ChartExporter::writeSvg(m_chartView->timelineChart(), path, QDate::currentDate(), &error);
    return finishChartExport(ok, path, error);
}

bool MainWindow::exportPdfTo(const QString &path) {
    QString error;
    const bool ok =
        ChartExporter::writePdf(m_chartView->timelineChart(), path, QDate::currentDate(), &error);
    return finishChartExport(ok, path, error);
}

bool MainWindow::finishChartExport(bool ok, const QString &path, const QString &error) {
    if (!ok) {
        showError(tr("Export Chart"), error);
        return false;
    }
    statusBar()->showMessage(tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::printChart() {
    // Exactly what the chart shows now (threshold, filters, zoom, ghosts), fitted to the page.
    ChartPrinter::preview(m_chartView->timelineChart(), this);
}

} // namespace Turnpoint

#include "mainwindow.h"

#include "chartexporter.h"
#include "detailpanel.h"
#include "diagnosticsdialog.h"
#include "displaytext.h"
#include "filterbar.h"
#include "fontcheck.h"
#include "outlineview.h"
#include "reportparser.h"
#include "safetext.h"
#include "textdecoder.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinemodel.h"
#include "timelineproxymodel.h"
#include "uilanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
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
const QString MinimumConfidenceKey = QStringLiteral("filter/minimumConfidence");
const QString GhostsKey = QStringLiteral("view/showGhosts");
const QString OpenFolderKey = QStringLiteral("folders/open");
const QString ExportFolderKey = QStringLiteral("folders/export");
const QString LanguageKey = QStringLiteral("language");

bool isResource(const QString &path) {
    return path.startsWith(QLatin1String(":/"));
}

// Reads a report from a path or from the application's resources. The sample is parsed under
// its plain file name, which is what the user sees.
Report loadReport(const QString &path, const QString &file) {
    if (isResource(path)) {
        QFile resource(path);
        if (resource.open(QIODevice::ReadOnly))
            return ReportParser::parseBytes(resource.readAll(), file);
    }
    return ReportParser::parseFile(path);
}

QString errorSummary(const Report &report) {
    QStringList messages;
    for (const Diagnostic &d : report.diagnostics) {
        if (!d.isError())
            continue;
        messages.append(d.line > 0 ? MainWindow::tr("line %1: %2").arg(d.line).arg(d.message)
                                   : d.message);
    }
    return messages.join(QStringLiteral("; "));
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
    std::fprintf(stderr, "turnpoint: the settings file %s cannot be read; using defaults\n",
                 qUtf8Printable(settings.fileName()));
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
    statusBar()->addWidget(m_summary, 1);
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

    createActions();
    addToolBar(Qt::TopToolBarArea, m_filterBar);

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
        if (!warned)
            std::fputs("turnpoint: the application icon needs Qt's SVG support (package "
                       "libqt6svg6); using the default icon\n",
                       stderr);
        warned = true;
        return {};
    }
    return icon;
}

void MainWindow::createActions() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_reloadAction = m_fileMenu->addAction(QString(), this, &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeReport);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_ghostsAction = m_viewMenu->addAction(QString());
    m_ghostsAction->setCheckable(true);
    connect(m_ghostsAction, &QAction::toggled, m_chartView->timelineChart(),
            &TimelineChart::setShowGhosts);
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

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    m_filterBar->addSeparator();
    m_filterBar->addAction(m_ghostsAction);
    m_filterBar->addAction(m_resetZoomAction);
}

void MainWindow::retranslateUi() {
    //: Menu
    m_fileMenu->setTitle(tr("&File"));
    //: File menu
    m_openAction->setText(tr("&Open…"));
    //: File menu: submenu of recently opened reports
    m_recentMenu->setTitle(tr("Open &Recent"));
    //: File menu: read the open reports again from disk
    m_reloadAction->setText(tr("&Reload"));
    //: File menu: close the report of the current selection
    m_closeAction->setText(tr("&Close Report"));
    //: File menu
    m_exportAction->setText(tr("&Export Chart…"));
    //: File menu
    m_quitAction->setText(tr("&Quit"));

    //: Menu
    m_viewMenu->setTitle(tr("&View"));
    //: View menu: keep turning points below the threshold on the chart as faint markers
    m_ghostsAction->setText(tr("Show Filtered as &Ghosts"));
    //: View menu / toolbar tool tip
    m_ghostsAction->setToolTip(tr("Show turning points below the threshold as faint markers"));
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
    //: View menu: submenu listing the UI languages, each under its own name
    m_languageMenu->setTitle(tr("&Language"));

    //: Menu
    m_helpMenu->setTitle(tr("&Help"));
    //: Help menu
    m_aboutAction->setText(tr("&About Turnpoint"));
    //: Help menu
    m_aboutQtAction->setText(tr("About &Qt"));

    //: Tool tip of the status bar's warning count
    m_diagnosticsButton->setToolTip(tr("Show the problems found while reading the reports"));

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
    restoreState(settings.value(StateKey).toByteArray());
    m_mainSplitter->restoreState(settings.value(MainSplitterKey).toByteArray());
    m_lowerSplitter->restoreState(settings.value(LowerSplitterKey).toByteArray());
    bool ok = false;
    const int threshold = settings.value(MinimumConfidenceKey).toInt(&ok);
    if (ok)
        setMinimumConfidence(threshold); // clamped to 0-100 by the proxy
    if (const std::optional<bool> ghosts = boolSetting(settings, GhostsKey))
        m_ghostsAction->setChecked(*ghosts);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(MainSplitterKey, m_mainSplitter->saveState());
    settings.setValue(LowerSplitterKey, m_lowerSplitter->saveState());
    settings.setValue(MinimumConfidenceKey, m_proxy->minimumConfidence());
    settings.setValue(GhostsKey, m_ghostsAction->isChecked());
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
    QStringList errors;
    int lastRow = -1;
    for (const QString &path : paths) {
        Report report = loadReport(path, path);
        if (!report.isUsable()) {
            //: Load error: file, then what was wrong with it
            errors.append(tr("%1: %2").arg(path, errorSummary(report)));
            continue;
        }
        lastRow = addOrReplace(std::move(report), path);
        if (!isResource(path))
            addRecent(QFileInfo(path).absoluteFilePath());
    }
    if (lastRow >= 0)
        selectReport(lastRow);
    if (!errors.isEmpty())
        showLoadErrors(errors);
    updateStatus();
    updateTitle();
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
        Report report = loadReport(path, file);
        if (!report.isUsable()) {
            errors.append(tr("%1: %2").arg(path, errorSummary(report)));
            continue;
        }
        // The parser names a file by the path it was given; keep the name it was loaded under.
        report.file = file;

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
    if (!errors.isEmpty())
        showLoadErrors(errors);
    updateStatus();
    updateTitle();
}

void MainWindow::closeReport() {
    const int row = currentReportRow();
    if (row < 0)
        return;
    m_sourcePaths.remove(m_model->report(row).file);
    m_model->removeReport(row);
    updateStatus();
    updateTitle();
}

void MainWindow::exportDialog() {
    const int row = currentReportRow();
    const QString base =
        row >= 0 ? QFileInfo(DisplayText::fileName(m_model->report(row).file)).completeBaseName()
                 : QStringLiteral("timeline");
    const QString dir =
        folderSetting(QSettings(), ExportFolderKey,
                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    QString path = QFileDialog::getSaveFileName(
        //: Title of the export dialog
        this, tr("Export Chart"), dir + QLatin1Char('/') + base + QStringLiteral(".png"),
        //: File type filter of the export dialog
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    QSettings().setValue(ExportFolderKey, QFileInfo(path).absolutePath());
    exportChartTo(path);
}

bool MainWindow::exportChartTo(const QString &path) {
    // Exactly what the chart shows now (threshold, zoom, ghosts), at 2x.
    const QImage image =
        ChartExporter::renderChart(m_chartView->timelineChart(), 2.0, QDate::currentDate());
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
        if (report.diagnostics.isEmpty())
            continue;
        reports.append(
            {DisplayText::fileName(report.file), report.diagnostics, reportText(report.file)});
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
        warnings += int(m_model->report(row).diagnostics.size());
    m_diagnosticsButton->setVisible(warnings > 0);
    //: Status bar: number of problems found while reading the reports
    m_diagnosticsButton->setText(tr("%n warning(s)", nullptr, warnings));
    const bool any = m_model->reportCount() > 0;
    m_reloadAction->setEnabled(any);
    m_closeAction->setEnabled(any);
    m_exportAction->setEnabled(any);
}

void MainWindow::updateTitle() {
    const int row = currentReportRow();
    if (row < 0) {
        //: Window title when no report is open
        setWindowTitle(tr("No report"));
        return;
    }
    const Report &report = m_model->report(row);
    const QString name = DisplayText::fileName(report.file);
    const QString title = report.title.isEmpty() ? name
                                                 //: Window title: the report's file name and title
                                                 : tr("%1 — %2").arg(name, report.title);
    setWindowTitle(SafeText::windowTitle(title));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool anyFile =
        std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
    if (anyFile)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace Turnpoint

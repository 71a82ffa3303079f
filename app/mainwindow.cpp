#include "mainwindow.h"

#include "chartexporter.h"
#include "confidencefiltermodel.h"
#include "detailpanel.h"
#include "diagnosticsdialog.h"
#include "displaytext.h"
#include "filterbar.h"
#include "outlineview.h"
#include "reportparser.h"
#include "safetext.h"
#include "textdecoder.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace Turnpoint {

namespace {
const QString BuiltInSamplePath = QStringLiteral(":/samples/yunnan-industry-carbon.md");
const QString BuiltInSampleName = QStringLiteral("yunnan-industry-carbon.md");
const QString RecentFilesKey = QStringLiteral("recentFiles");
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
constexpr int MaxRecentFiles = 10;

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
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new TimelineModel(this))
    , m_proxy(new ConfidenceFilterModel(this))
    , m_selection(new QItemSelectionModel(m_proxy, this)) {
    m_proxy->setSourceModel(m_model);

    m_chartView = new TimelineChartView(m_proxy, m_selection, this);
    m_outline = new OutlineView(m_proxy, m_selection, this);
    m_detail = new DetailPanel(m_proxy, m_selection, this);
    m_filterBar = new FilterBar(m_proxy, this);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_outline);
    lower->addWidget(m_detail);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setChildrenCollapsible(false);
    auto *main = new QSplitter(Qt::Vertical, this);
    main->addWidget(m_chartView);
    main->addWidget(lower);
    main->setStretchFactor(0, 5);
    main->setStretchFactor(1, 4);
    main->setChildrenCollapsible(false);
    // The chart is the point of the window: it gets the larger share at first.
    main->setSizes({520, 380});
    setCentralWidget(main);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_summary, 1);
    m_diagnosticsButton = new QToolButton(this);
    m_diagnosticsButton->setAutoRaise(true);
    //: Tool tip of the status bar's warning count
    m_diagnosticsButton->setToolTip(tr("Show the problems found while reading the reports"));
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
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1400, 900);
    updateStatus();
    updateTitle();
    m_chartView->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    //: Menu
    QMenu *file = menuBar()->addMenu(tr("&File"));
    //: File menu
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    //: File menu: submenu of recently opened reports
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    //: File menu: read the open reports again from disk
    m_reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    //: File menu: close the report of the current selection
    m_closeAction = file->addAction(tr("&Close Report"), this, &MainWindow::closeReport);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    //: File menu
    m_exportAction = file->addAction(tr("&Export Chart…"), this, &MainWindow::exportChart);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    //: File menu
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    //: Menu
    QMenu *view = menuBar()->addMenu(tr("&View"));
    //: View menu: keep turning points below the threshold on the chart as faint markers
    m_ghostsAction = view->addAction(tr("Show Filtered as &Ghosts"));
    m_ghostsAction->setCheckable(true);
    connect(m_ghostsAction, &QAction::toggled, m_chartView->timelineChart(),
            &TimelineChart::setShowGhosts);
    view->addSeparator();
    //: View menu
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_chartView, &TimelineChartView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    //: View menu
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_chartView, &TimelineChartView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    //: View menu: show the whole time range again
    QAction *reset = view->addAction(tr("&Reset Zoom"), m_chartView, &TimelineChartView::resetZoom);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    //: View menu
    QAction *previous = view->addAction(tr("&Previous Turning Point"), m_chartView,
                                        &TimelineChartView::selectPrevious);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    //: View menu
    QAction *next =
        view->addAction(tr("&Next Turning Point"), m_chartView, &TimelineChartView::selectNext);
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    view->addSeparator();
    //: View menu: list of problems found while reading the reports
    view->addAction(tr("&Diagnostics…"), this, &MainWindow::showDiagnostics);

    m_filterBar->addSeparator();
    m_filterBar->addAction(m_ghostsAction);
    m_filterBar->addAction(reset);
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

void MainWindow::showLoadErrors(const QStringList &errors) {
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    //: Title of the dialog listing files that could not be opened
    box->setWindowTitle(tr("Could Not Open"));
    // File names and messages are shown exactly as they are, never as markup.
    box->setTextFormat(Qt::PlainText);
    //: Dialog text before the list of files that could not be opened
    box->setText(tr("These files could not be opened; nothing already open was replaced.") +
                 QStringLiteral("\n\n") + errors.join(QLatin1Char('\n')));
    box->setStandardButtons(QMessageBox::Ok);
    box->open(); // not exec(): no nested event loop in the middle of loading
}

void MainWindow::openDialog() {
    QSettings settings;
    const QStringList recent = settings.value(RecentFilesKey).toStringList();
    const QString dir = recent.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(recent.first()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        //: Title of the open dialog
        this, tr("Open Reports"), dir,
        //: File type filter of the open dialog
        tr("Reports (*.md *.txt *.markdown);;All files (*)"));
    if (!paths.isEmpty())
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

        // Reloading replaces the turning points; put the selection back where it was.
        QModelIndex current = m_proxy->mapToSource(m_selection->currentIndex());
        QList<int> path_;
        for (QModelIndex i = current; i.isValid(); i = i.parent())
            path_.prepend(i.row());
        m_model->replaceReport(row, std::move(report));
        if (!path_.isEmpty() && path_.first() == row) {
            QModelIndex restored;
            for (const int r : std::as_const(path_))
                restored = m_model->index(r, 0, restored);
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

void MainWindow::exportChart() {
    const int row = currentReportRow();
    const QString base =
        row >= 0 ? QFileInfo(DisplayText::fileName(m_model->report(row).file)).completeBaseName()
                 : QStringLiteral("timeline");
    QString path = QFileDialog::getSaveFileName(
        //: Title of the export dialog
        this, tr("Export Chart"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QLatin1Char('/') +
            base + QStringLiteral(".png"),
        //: File type filter of the export dialog
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    // Exactly what the chart shows now (threshold, zoom, ghosts), at 2x.
    const QImage image =
        ChartExporter::renderChart(m_chartView->timelineChart(), 2.0, QDate::currentDate());
    QString error;
    if (!ChartExporter::writePng(image, path, &error)) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Export Chart"), QString(),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextFormat(Qt::PlainText);
        box->setText(error);
        box->open();
        return;
    }
    //: Status bar message after an export, with the file name
    statusBar()->showMessage(tr("Chart exported to %1").arg(path), 5000);
}

QString MainWindow::reportText(const QString &file) const {
    QFile f(m_sourcePaths.value(file, file));
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

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    QSettings settings;
    const QStringList recent = settings.value(RecentFilesKey).toStringList();
    for (const QString &path : recent) {
        QString text = QFileInfo(path).fileName();
        text.replace(QLatin1Char('&'), QStringLiteral("&&")); // not a mnemonic
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openFiles({path}); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (recent.isEmpty()) {
        //: Open Recent submenu when there is nothing to list
        m_recentMenu->addAction(tr("No Recent Files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    //: Open Recent submenu
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

void MainWindow::updateStatus() {
    m_summary->setText(FilterBar::summaryText(m_proxy));
    int warnings = 0;
    for (int row = 0; row < m_model->reportCount(); ++row)
        warnings += int(m_model->report(row).diagnostics.size());
    m_diagnosticsButton->setVisible(warnings > 0);
    //: Status bar: number of problems found while reading the reports
    m_diagnosticsButton->setText(warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
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
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace Turnpoint

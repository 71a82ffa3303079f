#include "mainwindow.h"

#include "appsettings.h"
#include "chartviewcontroller.h"
#include "comparecontroller.h"
#include "detailpanel.h"
#include "diagnosticsdialog.h"
#include "displaytext.h"
#include "documentscontroller.h"
#include "exportcontroller.h"
#include "filterbar.h"
#include "filterstatus.h"
#include "findcontroller.h"
#include "fontcheck.h"
#include "linkcheckcontroller.h"
#include "outlineview.h"
#include "partialdate.h"
#include "reportsource.h"
#include "safetext.h"
#include "searchbar.h"
#include "sourcesview.h"
#include "statusprogress.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"
#include "urlpolicy.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>
#include <cstdio>

namespace Turnpoint {

namespace {
const QString IconPath = QStringLiteral(":/icons/turnpoint.svg");

// The one model, its proxy and the selection on the proxy, owned by `window`.
ReportSelection makeReports(QObject *window) {
    auto *model = new TimelineModel(window);
    auto *proxy = new TimelineFilterModel(window);
    proxy->setSourceModel(model);
    return ReportSelection(model, proxy, new QItemSelectionModel(proxy, window));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_reports(makeReports(this)) {
    setWindowIcon(applicationIcon());

    createLayout();
    m_documents = new DocumentsController(&m_reports, this);
    m_exporter = new ExportController(&m_reports, m_chartView->timelineChart(), this);
    m_linkCheck = new LinkCheckController(m_reports.model(), this);
    m_compare = new CompareController(&m_reports, m_documents, this);
    m_find = new FindController(m_searchBar, m_reports.proxy(), this);
    m_chartViewController = new ChartViewController(m_chartView, this);
    // Every controller tells the user the same way: errors in a message box, news in the
    // status bar.
    const auto message = [this](const QString &text, int timeoutMs) {
        statusBar()->showMessage(text, timeoutMs);
    };
    connect(m_documents, &DocumentsController::errorShown, this, &MainWindow::showError);
    connect(m_documents, &DocumentsController::statusMessage, this, message);
    connect(m_documents, &DocumentsController::statusMessageEnded, this, [this](const QString &t) {
        if (statusBar()->currentMessage() == t)
            statusBar()->clearMessage();
    });
    connect(m_exporter, &ExportController::errorShown, this, &MainWindow::showError);
    connect(m_exporter, &ExportController::statusMessage, this, message);
    connect(m_linkCheck, &LinkCheckController::statusMessage, this, message);
    createStatusBar();
    createMenus();

    // Status and title follow the models, from here only. The status once per event-loop pass:
    // the proxy's signals come in bursts when the threshold moves, and a batch of arriving
    // reports or a reload sends several model signals, each of which would otherwise count every
    // report's warnings again.
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(0);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    const auto schedule = [this] { m_statusTimer.start(); };
    const TimelineFilterModel *proxy = m_reports.proxy();
    connect(proxy, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(proxy, &QAbstractItemModel::modelReset, this, schedule);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, schedule);
    connect(proxy, &QAbstractItemModel::dataChanged, this, schedule);
    connect(proxy, &TimelineFilterModel::minimumConfidenceChanged, this, schedule);
    // The title names one report and costs nothing, so it follows at once. An open diagnostics
    // list follows the reports too (one opened, reloaded or closed, and a report's text for the
    // context view read in the background), once per event-loop pass, as a reload replaces rows
    // and diagnostics in one go.
    m_diagnosticsTimer.setSingleShot(true);
    m_diagnosticsTimer.setInterval(0);
    connect(&m_diagnosticsTimer, &QTimer::timeout, this, [this] {
        if (m_diagnosticsDialog && m_diagnosticsDialog->isVisible())
            updateDiagnosticsDialog();
    });
    const auto scheduleWithTitle = [this] {
        updateTitle();
        m_statusTimer.start();
    };
    const auto reportsChanged = [this] {
        updateTitle();
        m_statusTimer.start();
        m_diagnosticsTimer.start();
    };
    const TimelineModel *model = m_reports.model();
    connect(model, &QAbstractItemModel::rowsInserted, this, reportsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, reportsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, reportsChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, scheduleWithTitle);
    connect(m_reports.selection(), &QItemSelectionModel::currentChanged, this, scheduleWithTitle);
    connect(m_documents, &DocumentsController::diagnosticsChanged, this, [this] {
        m_statusTimer.start();
        m_diagnosticsTimer.start();
    });

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

void MainWindow::createLayout() {
    TimelineFilterModel *proxy = m_reports.proxy();
    QItemSelectionModel *selection = m_reports.selection();
    m_chartView = new TimelineChartView(proxy, selection, this);
    m_outline = new OutlineView(proxy, selection, this);
    m_detail = new DetailPanel(proxy, selection, this);
    m_filterBar = new FilterBar(proxy, this);

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

    // While the slider is dragged the chart previews the threshold at once; the proxy (and with
    // it the outline) follows when the slider rests (FilterBar's debounce).
    connect(m_filterBar, &FilterBar::previewMinimumConfidence, m_chartView,
            &TimelineChartView::setPreviewMinimumConfidence);
    connect(m_filterBar, &FilterBar::previewFinished, m_chartView,
            &TimelineChartView::clearPreviewMinimumConfidence);
    // A range dragged on the chart's time axis is the date filter.
    connect(m_chartView, &TimelineChartView::timeRangeDragged, this,
            [proxy](QDate first, QDate last) {
                proxy->setDateRange(
                    PartialDate::fromYearMonthDay(first.year(), first.month(), first.day()),
                    PartialDate::fromYearMonthDay(last.year(), last.month(), last.day()));
            });
    addToolBar(Qt::TopToolBarArea, m_filterBar);
    // The search gets its own toolbar row: next to the filters it would squeeze the slider and
    // the date fields at 1024 pixels.
    m_searchBar = new SearchBar(proxy, selection, this);
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, m_searchBar);
    connect(m_searchBar, &SearchBar::finished, m_chartView, [this] { m_chartView->setFocus(); });

    m_sourcesView = new SourcesView(m_reports.model(), proxy, selection, this);
    // A source selected in the Sources view shows every turning point citing it in the chart.
    connect(m_sourcesView, &SourcesView::citingTurningPointsSelected, m_chartView,
            &TimelineChartView::setEmphasizedTurningPoints);
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
}

void MainWindow::createStatusBar() {
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
    statusBar()->addPermanentWidget(m_documents->loadProgress());
    statusBar()->addPermanentWidget(m_documents->downloadProgress());
    statusBar()->addPermanentWidget(m_linkCheck->progress());
    statusBar()->addPermanentWidget(m_compare->statusLabel());
    m_filterStatus = new FilterStatus(m_reports.proxy(), this);
    statusBar()->addPermanentWidget(m_filterStatus);
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions(m_documents->actions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_compare->actions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_exporter->actions());
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_actions.insert(quit->objectName(), quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions(m_find->actions());
    m_viewMenu = menuBar()->addMenu(QString());
    createViewActions();
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addActions(m_linkCheck->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    QAction *about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    m_actions.insert(about->objectName(), about);
    QAction *aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    m_actions.insert(aboutQt->objectName(), aboutQt);
}

void MainWindow::createViewActions() {
    QMenu *menu = m_viewMenu;
    menu->addActions(m_chartViewController->actions());
    menu->addSeparator();
    QAction *diagnostics = menu->addAction(QString(), this, &MainWindow::showDiagnostics);
    diagnostics->setObjectName(QStringLiteral("diagnosticsAction"));
    m_actions.insert(diagnostics->objectName(), diagnostics);
    menu->addAction(m_searchBar->toggleViewAction());
    QAction *sources = m_sourcesDock->toggleViewAction();
    sources->setObjectName(QStringLiteral("sourcesAction"));
    sources->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    menu->addAction(sources);
    menu->addSeparator();
    m_languageMenu = menu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    const QStringList languages = UiLanguage::available();
    for (const QString &code : languages) {
        QAction *action = m_languageMenu->addAction(UiLanguage::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    // How the chart shows what is filtered, in the search row with room to spare.
    m_searchBar->addSeparator();
    m_searchBar->addActions(m_chartViewController->toolBarActions());
}

void MainWindow::retranslateUi() {
    //: Menu
    m_fileMenu->setTitle(tr("&File"));
    m_documents->retranslate();
    m_compare->retranslate();
    m_exporter->retranslate();
    //: File menu
    m_actions.value(QStringLiteral("quitAction"))->setText(tr("&Quit"));

    //: Menu
    m_editMenu->setTitle(tr("&Edit"));
    m_find->retranslate();

    //: Menu
    m_viewMenu->setTitle(tr("&View"));
    m_chartViewController->retranslate();
    //: View menu: list of problems found while reading the reports
    m_actions.value(QStringLiteral("diagnosticsAction"))->setText(tr("&Diagnostics…"));
    //: View menu: show or hide the list of every source the reports cite
    m_sourcesDock->setWindowTitle(tr("Sources"));
    //: View menu: submenu listing the UI languages, each under its own name
    m_languageMenu->setTitle(tr("&Language"));

    //: Menu
    m_toolsMenu->setTitle(tr("&Tools"));
    m_linkCheck->retranslate();

    //: Menu
    m_helpMenu->setTitle(tr("&Help"));
    //: Help menu
    m_actions.value(QStringLiteral("aboutAction"))->setText(tr("&About Turnpoint"));
    //: Help menu
    m_actions.value(QStringLiteral("aboutQtAction"))->setText(tr("About &Qt"));

    //: Tool tip of the status bar's warning count
    m_diagnosticsButton->setToolTip(tr("Show the problems found while reading the reports"));

    const QString current = UiLanguage::current();
    const QList<QAction *> languageActions = m_languageGroup->actions();
    for (QAction *action : languageActions)
        action->setChecked(action->data().toString() == current);
    if (!m_fontWarning->isHidden())
        m_fontWarning->setText(FontCheck::missingFontWarning());
    refreshStatus();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings() {
    AppSettings::warnIfUnreadable();
    if (!restoreGeometry(AppSettings::geometry()))
        resize(1400, 900);
    // A dock that comes back visible comes back with the width the user left it at.
    m_sourcesDockSized = restoreState(AppSettings::windowState()) && !m_sourcesDock->isHidden();
    m_mainSplitter->restoreState(AppSettings::mainSplitter());
    m_lowerSplitter->restoreState(AppSettings::lowerSplitter());
    // Column widths, order and the sort column and order of the outline. The Change column is
    // shown only while a report is compared, and nothing is yet: it may have been saved visible.
    if (m_outline->header()->restoreState(AppSettings::outlineHeader()))
        m_outline->setColumnHidden(TimelineModel::ChangeColumn, true);
    if (const std::optional<int> threshold = AppSettings::minimumConfidence())
        setMinimumConfidence(*threshold); // clamped to 0-100 by the proxy
    m_chartViewController->restoreSettings();
}

void MainWindow::saveSettings() const {
    AppSettings::setGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    AppSettings::setMainSplitter(m_mainSplitter->saveState());
    AppSettings::setLowerSplitter(m_lowerSplitter->saveState());
    AppSettings::setOutlineHeader(m_outline->header()->saveState());
    AppSettings::setMinimumConfidence(m_reports.proxy()->minimumConfidence());
    m_chartViewController->saveSettings();
}

void MainWindow::setLanguage(const QString &code) {
    if (!UiLanguage::isSupported(code))
        return;
    AppSettings::setLanguage(code);
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
    m_documents->openFiles(paths);
}

void MainWindow::openBuiltInSample() {
    m_documents->openBuiltInSample();
}

void MainWindow::setMinimumConfidence(int percent) {
    m_reports.proxy()->setMinimumConfidence(percent);
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

void MainWindow::showDiagnostics() {
    if (!m_diagnosticsDialog)
        m_diagnosticsDialog = new DiagnosticsDialog(this);
    updateDiagnosticsDialog();
    m_diagnosticsDialog->show();
    m_diagnosticsDialog->raise();
    m_diagnosticsDialog->activateWindow();
}

void MainWindow::updateDiagnosticsDialog() {
    m_diagnosticsTimer.stop();
    QList<DiagnosticsDialog::ReportDiagnostics> reports;
    const TimelineModel *model = m_reports.model();
    for (int row = 0; row < model->reportCount(); ++row) {
        const Report &report = model->report(row);
        // The window's own findings (a changed file it could not use) come first: they say
        // that what is shown is not what is on disk.
        const QList<Diagnostic> diagnostics =
            m_documents->windowDiagnostics(report.file) + report.diagnostics;
        if (diagnostics.isEmpty())
            continue;
        const QString name =
            ReportSource::isUrl(report.file) ? report.file : DisplayText::fileName(report.file);
        reports.append({name, diagnostics, m_documents->reportText(report.file)});
    }
    m_diagnosticsDialog->setReports(reports);
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

QString MainWindow::statusText() const {
    return m_summary->text();
}

void MainWindow::refreshStatus() {
    m_statusTimer.stop();
    updateStatus();
    updateTitle();
}

void MainWindow::updateStatus() {
    const TimelineModel *model = m_reports.model();
    m_summary->setText(FilterBar::summaryText(m_reports.proxy()));
    int warnings = 0;
    for (int row = 0; row < model->reportCount(); ++row)
        warnings += int(model->report(row).diagnostics.size() +
                        m_documents->windowDiagnostics(model->report(row).file).size());
    m_diagnosticsButton->setVisible(warnings > 0);
    //: Status bar: number of problems found while reading the reports
    m_diagnosticsButton->setText(tr("%n warning(s)", nullptr, warnings));
}

void MainWindow::updateTitle() {
    const int row = m_reports.currentRow();
    if (row < 0) {
        //: Window title when no report is open
        setWindowTitle(tr("No report"));
        return;
    }
    const Report &report = m_reports.model()->report(row);
    // A downloaded report is named by its whole address: where it came from matters.
    const QString name =
        ReportSource::isUrl(report.file) ? report.file : DisplayText::fileName(report.file);
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

} // namespace Turnpoint

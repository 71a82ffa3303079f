#pragma once

#include "diagnosticsdialog.h"
#include "reportselection.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QActionGroup;
class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QSplitter;
class QToolButton;

namespace Turnpoint {

class ChartViewController;
class CompareController;
class TimelineFilterModel;
class DetailPanel;
class DocumentsController;
class ExportController;
class FilterBar;
class FilterStatus;
class FindController;
class LinkCheckController;
class OutlineView;
class SearchBar;
class SourcesView;
class TimelineChartView;
class TimelineModel;

// The timeline window. It owns the one TimelineModel, the one proxy on it (confidence filter and
// outline sort) and the one QItemSelectionModel on that proxy; the chart, the outline and the
// detail panel all get these three and keep nothing of their own, so selecting or filtering
// anywhere shows everywhere.
//
// The window lays the views out and builds its menus from the controllers' actions(): the
// documents (loading, downloads, reload, file watching, the comparison baseline), the exports,
// the link check, the comparison, find and how the chart is shown each own their actions. What
// the user arranged (geometry, splitters, threshold, language) is kept through AppSettings, the
// chart's ghosts, mode and lanes by their controller.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // See DocumentsController::openFiles().
    void openFiles(const QStringList &paths);
    void openBuiltInSample();
    void setMinimumConfidence(int percent);
    void showDiagnostics();
    // Installs a UI language (see UiLanguage) and remembers it for the next start.
    void setLanguage(const QString &code);
    // Tells the user that Chinese text cannot be rendered (see FontCheck).
    void showMissingFontWarning();
    void saveSettings() const;
    // The application icon from the embedded SVG; null when Qt's SVG support (libqt6svg6) is
    // missing, in which case windows keep the platform's default icon.
    static QIcon applicationIcon();

    DocumentsController *documents() const { return m_documents; }
    ExportController *exporter() const { return m_exporter; }
    LinkCheckController *linkCheck() const { return m_linkCheck; }
    CompareController *compare() const { return m_compare; }

    TimelineModel *model() const { return m_reports.model(); }
    TimelineFilterModel *proxy() const { return m_reports.proxy(); }
    QItemSelectionModel *selectionModel() const { return m_reports.selection(); }
    TimelineChartView *chartView() const { return m_chartView; }
    OutlineView *outline() const { return m_outline; }
    DetailPanel *detailPanel() const { return m_detail; }
    FilterBar *filterBar() const { return m_filterBar; }
    SearchBar *searchBar() const { return m_searchBar; }
    FilterStatus *filterStatus() const { return m_filterStatus; }
    SourcesView *sourcesView() const { return m_sourcesView; }
    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *lowerSplitter() const { return m_lowerSplitter; }
    QToolButton *diagnosticsButton() const { return m_diagnosticsButton; }
    DiagnosticsDialog *diagnosticsDialog() const { return m_diagnosticsDialog; }
    QString statusText() const;

signals:
    // Every error the window reports to the user, also when the message box is not looked at
    // (tests, scripts driving the window).
    void errorShown(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createLayout();
    void createStatusBar();
    void createMenus();
    void createViewActions();
    void retranslateUi();
    void restoreSettings();
    void showAbout();
    // The status bar's summary and warning count, and the title; see the constructor for when.
    void refreshStatus();
    void updateStatus();
    void updateTitle();
    void showError(const QString &title, const QString &message);
    // Lists the diagnostics of the open reports, with their texts, in the dialog.
    void updateDiagnosticsDialog();

    ReportSelection m_reports;
    DocumentsController *m_documents = nullptr;
    ExportController *m_exporter = nullptr;
    LinkCheckController *m_linkCheck = nullptr;
    CompareController *m_compare = nullptr;
    FindController *m_find = nullptr;
    ChartViewController *m_chartViewController = nullptr;

    TimelineChartView *m_chartView = nullptr;
    OutlineView *m_outline = nullptr;
    DetailPanel *m_detail = nullptr;
    FilterBar *m_filterBar = nullptr;
    SearchBar *m_searchBar = nullptr;
    FilterStatus *m_filterStatus = nullptr;
    SourcesView *m_sourcesView = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    bool m_sourcesDockSized = false; // given its preferred width once
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_lowerSplitter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_fontWarning = nullptr;
    QToolButton *m_diagnosticsButton = nullptr;
    QPointer<DiagnosticsDialog> m_diagnosticsDialog;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    // The window's own actions, by the object name tests and menus find them under.
    QHash<QString, QAction *> m_actions;
    QTimer m_statusTimer;
    QTimer m_diagnosticsTimer;
};

} // namespace Turnpoint

#pragma once

#include "diagnosticsdialog.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QAction;
class QActionGroup;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QToolButton;

namespace Turnpoint {

class DetailPanel;

class FilterBar;
class OutlineView;
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

    // Loads each file; one that cannot be used replaces nothing, and all such failures are
    // listed (file and message) in one message (errorShown()).
    void openFiles(const QStringList &paths);
    void openBuiltInSample();
    void setMinimumConfidence(int percent);
    // Reads every open report again from where it came from, keeping the selection where it
    // still exists.
    void reload();
    // Closes the report of the current selection.
    void closeReport();
    // Writes exactly what the chart shows now as a PNG; false (and errorShown()) on failure.
    bool exportChartTo(const QString &path);
    void showDiagnostics();
    // Installs a UI language (see UiLanguage) and remembers it for the next start.
    void setLanguage(const QString &code);
    // Recently opened files that still exist, most recent first, at most MaxRecentFiles.
    static QStringList recentFiles();
    // Tells the user that Chinese text cannot be rendered (see FontCheck).
    void showMissingFontWarning();
    void saveSettings() const;

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
    QAction *reloadAction() const { return m_reloadAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *ghostsAction() const { return m_ghostsAction; }
    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *lowerSplitter() const { return m_lowerSplitter; }

    // The application icon from the embedded SVG; null when Qt's SVG support (libqt6svg6) is
    // missing, in which case windows keep the platform's default icon.
    static QIcon applicationIcon();

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
    void createActions();
    void retranslateUi();
    void restoreSettings();
    void openDialog();
    void exportDialog();
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
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_ghostsAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    // Report::file -> where to read it again (a path, or the built-in sample's resource).
    QHash<QString, QString> m_sourcePaths;
    QTimer m_statusTimer;
};

} // namespace Turnpoint

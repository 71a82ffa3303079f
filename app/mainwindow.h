#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QAction;
class QItemSelectionModel;
class QLabel;
class QMenu;
class QToolButton;

namespace Turnpoint {

class ConfidenceFilterModel;
class DetailPanel;
class DiagnosticsDialog;
class FilterBar;
class OutlineView;
class TimelineChartView;
class TimelineModel;
struct Report;

// The timeline window. It owns the one TimelineModel, the one ConfidenceFilterModel on it and
// the one QItemSelectionModel on that proxy; the chart, the outline and the detail panel all
// get these three and keep nothing of their own, so selecting or filtering anywhere shows
// everywhere.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads each file; one that cannot be used replaces nothing, and all such failures are
    // listed (file and message) in one dialog.
    void openFiles(const QStringList &paths);
    void openBuiltInSample();
    void setMinimumConfidence(int percent);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void openDialog();
    void reload();
    void closeReport();
    void exportChart();
    void showDiagnostics();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void updateStatus();
    void updateTitle();
    void showLoadErrors(const QStringList &errors);
    // Adds the report, or replaces the loaded report from the same file; returns its row.
    int addOrReplace(Report report, const QString &path);
    int currentReportRow() const;
    void selectReport(int row);
    // The text of a loaded report as it is on disk (for showing diagnostics in context).
    QString reportText(const QString &file) const;

    TimelineModel *m_model;
    ConfidenceFilterModel *m_proxy;
    QItemSelectionModel *m_selection;

    TimelineChartView *m_chartView = nullptr;
    OutlineView *m_outline = nullptr;
    DetailPanel *m_detail = nullptr;
    FilterBar *m_filterBar = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_diagnosticsButton = nullptr;
    QPointer<DiagnosticsDialog> m_diagnosticsDialog;

    QAction *m_reloadAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_ghostsAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    // Report::file -> where to read it again (a path, or the built-in sample's resource).
    QHash<QString, QString> m_sourcePaths;
    QTimer m_statusTimer;
};

} // namespace Turnpoint

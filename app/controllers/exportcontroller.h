#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace Turnpoint {

class ReportSelection;
class TimelineChart;

// File → Export Chart (PNG, at the PNG Scale), as SVG, as PDF, Print Chart and Export Data:
// what the chart and the views show now, written where the user says; and Save As Normalised
// Report: the current report, whole, in canonical form.
class ExportController : public QObject {
    Q_OBJECT

public:
    // `window` parents the dialogs; `chart` is what the chart exports draw.
    ExportController(ReportSelection *reports, TimelineChart *chart, QWidget *window);

    // In the File menu's order: Export Chart…, PNG Scale, SVG…, PDF…, Print Chart…, Export Data…,
    // Save As Normalised Report…
    QList<QAction *> actions() const;
    void retranslate();

    // Writes exactly what the chart shows now as a PNG, at pngScale(); false (and
    // errorShown()) on failure.
    bool exportChartTo(const QString &path);
    // The same as SVG (vector) or as a one-page PDF; false (and errorShown()) on failure.
    bool exportSvgTo(const QString &path);
    bool exportPdfTo(const QString &path);
    // Writes what the views show now (every filter applied) as JSON when `path` ends in .json,
    // else as CSV, atomically (QSaveFile); false (and errorShown()) on failure.
    bool exportDataTo(const QString &path);
    // Writes the current report (the last one when nothing is selected) whole, whatever the
    // filters, in canonical form (MarkdownExporter), atomically; false (and errorShown()) on
    // failure or when no report is open.
    bool saveNormalisedTo(const QString &path);

    // File → PNG Scale: physical pixels per chart pixel of the PNG export (1, 2 or 3; 2 until
    // chosen otherwise), remembered in the settings.
    int pngScale() const { return m_pngScale; }
    void setPngScale(int scale);
    QMenu *pngScaleMenu() const { return m_pngScaleMenu; }
    // The submenu's radio actions, for 1×, 2× and 3× (data: the scale).
    QList<QAction *> pngScaleActions() const;

signals:
    void errorShown(const QString &title, const QString &message);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void updateActions();
    void exportDialog();
    void exportSvgDialog();
    void exportPdfDialog();
    void printChart();
    void exportDataDialog();
    void saveNormalisedDialog();
    // Asks where to save the chart (remembered export folder, the report's name); "" if
    // cancelled. Adds `suffix` when the name has none.
    QString askChartExportPath(const QString &suffix, const QString &filter);
    bool finishChartExport(bool ok, const QString &path, const QString &error);
    // The current report's file name without its suffix, or `fallback` with none open.
    QString baseName(const QString &fallback) const;

    ReportSelection *m_reports;
    TimelineChart *m_chart;
    QWidget *m_window;
    QAction *m_exportAction = nullptr;
    QMenu *m_pngScaleMenu = nullptr;
    QActionGroup *m_pngScaleGroup = nullptr;
    int m_pngScale = 2;
    QAction *m_exportSvgAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_exportDataAction = nullptr;
    QAction *m_saveNormalisedAction = nullptr;
};

} // namespace Turnpoint

#include "exportcontroller.h"

#include "appsettings.h"
#include "atomicfile.h"
#include "chartexporter.h"
#include "chartprinter.h"
#include "csvexporter.h"
#include "displaytext.h"
#include "jsonexporter.h"
#include "markdownexporter.h"
#include "reportselection.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QStandardPaths>

#include <algorithm>

namespace Turnpoint {

ExportController::ExportController(ReportSelection *reports, TimelineChart *chart, QWidget *window)
    : QObject(window)
    , m_reports(reports)
    , m_chart(chart)
    , m_window(window) {
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &ExportController::exportDialog);

    // Right under Export Chart…, the one export it applies to (SVG and PDF are vectors).
    m_pngScaleMenu = new QMenu(window);
    m_pngScaleMenu->setObjectName(QStringLiteral("pngScaleMenu"));
    m_pngScaleGroup = new QActionGroup(this);
    m_pngScale = AppSettings::pngScale();
    for (int scale = 1; scale <= AppSettings::MaxPngScale; ++scale) {
        QAction *action = m_pngScaleMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(scale);
        action->setChecked(scale == m_pngScale);
        m_pngScaleGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, scale] { setPngScale(scale); });
    }

    // The vector exports and printing draw the same chart and caption as the PNG export and
    // are available exactly when it is.
    m_exportSvgAction = new QAction(this);
    m_exportSvgAction->setObjectName(QStringLiteral("exportSvgAction"));
    connect(m_exportSvgAction, &QAction::triggered, this, &ExportController::exportSvgDialog);
    m_exportPdfAction = new QAction(this);
    m_exportPdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    connect(m_exportPdfAction, &QAction::triggered, this, &ExportController::exportPdfDialog);
    m_printAction = new QAction(this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &ExportController::printChart);

    m_exportDataAction = new QAction(this);
    m_exportDataAction->setObjectName(QStringLiteral("exportDataAction"));
    m_exportDataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportDataAction, &QAction::triggered, this, &ExportController::exportDataDialog);

    m_saveNormalisedAction = new QAction(this);
    m_saveNormalisedAction->setObjectName(QStringLiteral("saveNormalisedAction"));
    connect(m_saveNormalisedAction, &QAction::triggered, this,
            &ExportController::saveNormalisedDialog);

    TimelineModel *model = m_reports->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &ExportController::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ExportController::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &ExportController::updateActions);
    updateActions();
}

QList<QAction *> ExportController::actions() const {
    return {m_exportAction, m_pngScaleMenu->menuAction(), m_exportSvgAction,     m_exportPdfAction,
            m_printAction,  m_exportDataAction,           m_saveNormalisedAction};
}

void ExportController::updateActions() {
    const bool any = m_reports->model()->reportCount() > 0;
    for (QAction *action : {m_exportAction, m_exportSvgAction, m_exportPdfAction, m_printAction,
                            m_exportDataAction, m_saveNormalisedAction})
        action->setEnabled(any);
}

void ExportController::retranslate() {
    //: File menu
    m_exportAction->setText(tr("&Export Chart…"));
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
    //: File menu: write the turning points shown now (with all filters) as CSV or JSON
    m_exportDataAction->setText(tr("Export &Data…"));
    //: File menu: write the current report back as a clean turning-point report (Markdown)
    m_saveNormalisedAction->setText(tr("Save As &Normalised Report…"));
}

QList<QAction *> ExportController::pngScaleActions() const {
    return m_pngScaleGroup->actions();
}

void ExportController::setPngScale(int scale) {
    m_pngScale = std::clamp(scale, 1, int(AppSettings::MaxPngScale));
    const QList<QAction *> actions = m_pngScaleGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toInt() == m_pngScale);
    AppSettings::setPngScale(m_pngScale);
}

QString ExportController::baseName(const QString &fallback) const {
    const int row = m_reports->currentRow();
    return row >= 0 ? QFileInfo(DisplayText::fileName(m_reports->model()->report(row).file))
                          .completeBaseName()
                    : fallback;
}

QString ExportController::askChartExportPath(const QString &suffix, const QString &filter) {
    const QString base = baseName(QStringLiteral("timeline"));
    const QString dir = AppSettings::exportFolder(
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    QString path = QFileDialog::getSaveFileName(
        //: Title of the export dialog (PNG, SVG and PDF)
        m_window, tr("Export Chart"), dir + QLatin1Char('/') + base + suffix, filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    AppSettings::setExportFolder(QFileInfo(path).absolutePath());
    return path;
}

void ExportController::exportDialog() {
    //: File type filter of the export dialog
    const QString path = askChartExportPath(QStringLiteral(".png"), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportChartTo(path);
}

void ExportController::exportSvgDialog() {
    //: File type filter of the export dialog
    const QString path = askChartExportPath(QStringLiteral(".svg"), tr("SVG images (*.svg)"));
    if (!path.isEmpty())
        exportSvgTo(path);
}

void ExportController::exportPdfDialog() {
    //: File type filter of the export dialog
    const QString path = askChartExportPath(QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

bool ExportController::exportChartTo(const QString &path) {
    // Exactly what the chart shows now (threshold, zoom, ghosts), at the chosen scale.
    const QImage image =
        ChartExporter::renderChart(m_chart, qreal(m_pngScale), QDate::currentDate());
    QString error;
    const bool ok = ChartExporter::writePng(image, path, &error);
    return finishChartExport(ok, path, error);
}

bool ExportController::exportSvgTo(const QString &path) {
    QString error;
    const bool ok = ChartExporter::writeSvg(m_chart, path, QDate::currentDate(), &error);
    return finishChartExport(ok, path, error);
}

bool ExportController::exportPdfTo(const QString &path) {
    QString error;
    const bool ok = ChartExporter::writePdf(m_chart, path, QDate::currentDate(), &error);
    return finishChartExport(ok, path, error);
}

bool ExportController::finishChartExport(bool ok, const QString &path, const QString &error) {
    if (!ok) {
        emit errorShown(tr("Export Chart"), error); // the title of the export dialog, too
        return false;
    }
    //: Status bar message after an export, with the file name
    emit statusMessage(tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void ExportController::printChart() {
    // Exactly what the chart shows now (threshold, filters, zoom, ghosts), fitted to the page.
    ChartPrinter::preview(m_chart, m_window);
}

void ExportController::exportDataDialog() {
    const QString base = baseName(QStringLiteral("turning-points"));
    const QString dir = AppSettings::exportFolder(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    //: File type filter of the Export Data dialog
    const QString csv = tr("CSV, UTF-8 (*.csv)");
    //: File type filter of the Export Data dialog
    const QString json = tr("JSON (*.json)");
    QString selected = csv;
    QString path = QFileDialog::getSaveFileName(
        //: Title of the Export Data dialog
        m_window, tr("Export Data"), dir + QLatin1Char('/') + base + QStringLiteral(".csv"),
        csv + QStringLiteral(";;") + json, &selected);
    if (path.isEmpty())
        return;
    // The name decides the format; a name without either suffix gets the chosen filter's.
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += selected == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    AppSettings::setExportFolder(QFileInfo(path).absolutePath());
    exportDataTo(path);
}

bool ExportController::exportDataTo(const QString &path) {
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    // Exactly what the views show: the proxy's whole filter, threshold included.
    const TimelineFilterModel *proxy = m_reports->proxy();
    const QList<const Report *> reports = proxy->sourceReports();
    const QByteArray data = json ? JsonExporter::toJson(reports, proxy->filter())
                                 : CsvExporter::toCsv(reports, proxy->filter());
    const QString reason = AtomicFile::write(path, data);
    if (!reason.isEmpty()) {
        //: Export Data failed: the file, then the system's reason
        emit errorShown(tr("Export Data"),
                        tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    //: Status bar message after Export Data, with the file name
    emit statusMessage(tr("Data exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void ExportController::saveNormalisedDialog() {
    if (m_reports->currentRow() < 0)
        return;
    const QString dir = AppSettings::exportFolder(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QString path = QFileDialog::getSaveFileName(
        //: Title of the Save As Normalised Report dialog
        m_window, tr("Save As Normalised Report"),
        dir + QLatin1Char('/') + baseName(QStringLiteral("report")) +
            QStringLiteral("-normalised.md"),
        //: File type filter of the Save As Normalised Report dialog
        tr("Turning-point report (*.md)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".md");
    AppSettings::setExportFolder(QFileInfo(path).absolutePath());
    saveNormalisedTo(path);
}

bool ExportController::saveNormalisedTo(const QString &path) {
    const int row = m_reports->currentRow();
    if (row < 0)
        return false;
    // The whole report, whatever the filters: a normalised report loses nothing.
    const QString reason =
        AtomicFile::write(path, MarkdownExporter::toMarkdown(m_reports->model()->report(row)));
    if (!reason.isEmpty()) {
        //: Save As Normalised Report failed: the file, then the system's reason
        emit errorShown(tr("Save As Normalised Report"),
                        tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    //: Status bar message after Save As Normalised Report, with the file name
    emit statusMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

} // namespace Turnpoint

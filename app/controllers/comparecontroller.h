#pragma once

#include <QList>
#include <QObject>

class QAction;
class QLabel;
class QWidget;

namespace Turnpoint {

class DocumentsController;
class ReportSelection;

// File → Compare With…, Clear Comparison and Only Changes, and the status bar's summary of
// the current report's comparison. The earlier version is read by the documents controller.
class CompareController : public QObject {
    Q_OBJECT

public:
    // `window` parents the file dialog and the status label (the window shows it).
    CompareController(ReportSelection *reports, DocumentsController *documents, QWidget *window);

    // In the File menu's order: Compare With…, Clear Comparison, Only Changes.
    QList<QAction *> actions() const;
    void retranslate();

    // Drops the current report's baseline.
    void clearComparison();
    // The status bar's comparison summary of the current report ("Compared with v1.md: 2
    // added, 1 removed, 3 re-scored, 1 changed"), empty when it has no baseline.
    QString statusText() const;
    QLabel *statusLabel() const { return m_label; }

private:
    void compareDialog();
    void update();

    ReportSelection *m_reports;
    DocumentsController *m_documents;
    QWidget *m_window;
    QAction *m_compareAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_onlyChangesAction = nullptr; // checkable: TimelineFilterModel::onlyChanges
    QLabel *m_label = nullptr;
};

} // namespace Turnpoint

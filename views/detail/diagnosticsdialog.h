#pragma once

#include "report.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Turnpoint {

// Lists the diagnostics of the open reports (file, line, message). Activating one shows that
// line of the report in context, highlighted.
class DiagnosticsDialog : public QDialog {
    Q_OBJECT

public:
    struct ReportDiagnostics {
        QString file; // as shown
        QList<Diagnostic> diagnostics;
        QString text; // the decoded report text, for context; may be empty
    };

    explicit DiagnosticsDialog(QWidget *parent = nullptr);

    // Lists `reports`; the diagnostic selected before (same file, line and message) stays
    // selected, its context shown from the new text.
    void setReports(const QList<ReportDiagnostics> &reports);
    int diagnosticCount() const;
    QTreeWidget *list() const { return m_list; }
    QPlainTextEdit *context() const { return m_context; }
    // Shows line `line` (1-based) of report `reportIndex` in the context view.
    void showLine(int reportIndex, int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showItem(QTreeWidgetItem *item);
    static QString severityText(bool error);

    QList<ReportDiagnostics> m_reports;
    QTreeWidget *m_list;
    QLabel *m_contextTitle;
    QPlainTextEdit *m_context;
    int m_shownReport = -1;
    int m_shownLine = 0;
};

} // namespace Turnpoint

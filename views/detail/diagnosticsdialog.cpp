#include "diagnosticsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Turnpoint {

namespace {
enum Column { FileColumn, LineColumn, SeverityColumn, MessageColumn };
constexpr int ReportRole = Qt::UserRole;
constexpr int LineRole = Qt::UserRole + 1;
constexpr int ErrorRole = Qt::UserRole + 2;
constexpr int DiagnosticRole = Qt::UserRole + 3; // index in its report's diagnostics
} // namespace

DiagnosticsDialog::DiagnosticsDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_contextTitle(new QLabel(this))
    , m_context(new QPlainTextEdit(this)) {
    resize(900, 560);

    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(FileColumn, 200);
    m_list->setColumnWidth(LineColumn, 60);
    m_list->setColumnWidth(SeverityColumn, 80);

    m_contextTitle->setTextFormat(Qt::PlainText);
    m_context->setReadOnly(true);
    m_context->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_context->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *contextBox = new QWidget(this);
    auto *contextLayout = new QVBoxLayout(contextBox);
    contextLayout->setContentsMargins(0, 0, 0, 0);
    contextLayout->addWidget(m_contextTitle);
    contextLayout->addWidget(m_context);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(contextBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    retranslateUi();
    connect(m_list, &QTreeWidget::itemActivated, this, &DiagnosticsDialog::showItem);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { showItem(current); });
}

void DiagnosticsDialog::retranslateUi() {
    //: Window title of the diagnostics list
    setWindowTitle(tr("Diagnostics"));
    m_list->setHeaderLabels({
        //: Column header of the diagnostics list: the report's file name
        tr("File"),
        //: Column header of the diagnostics list: line number in the report
        tr("Line"),
        //: Column header of the diagnostics list: warning or error
        tr("Severity"),
        //: Column header of the diagnostics list
        tr("Message"),
    });
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setText(SeverityColumn, severityText(item->data(FileColumn, ErrorRole).toBool()));
        // The messages too: each diagnostic can build its text in the new language.
        const int r = item->data(FileColumn, ReportRole).toInt();
        const int d = item->data(FileColumn, DiagnosticRole).toInt();
        if (r >= 0 && r < m_reports.size() && d >= 0 && d < m_reports.at(r).diagnostics.size())
            item->setText(MessageColumn, m_reports.at(r).diagnostics.at(d).text());
    }
    if (m_shownReport >= 0)
        showLine(m_shownReport, m_shownLine);
}

void DiagnosticsDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString DiagnosticsDialog::severityText(bool error) {
    //: Severity of a diagnostic: a problem that made a report (or part) unusable
    return error ? tr("error")
                 //: Severity of a diagnostic: a problem the parser worked around
                 : tr("warning");
}

void DiagnosticsDialog::setReports(const QList<ReportDiagnostics> &reports) {
    // The list is given again while it is open (a report reloaded, its text read): the
    // diagnostic being looked at stays selected, and its context shows the new text.
    QString currentFile;
    int currentLine = 0;
    QString currentMessage;
    if (const QTreeWidgetItem *current = m_list->currentItem()) {
        currentFile = current->text(FileColumn);
        currentLine = current->data(FileColumn, LineRole).toInt();
        currentMessage = current->text(MessageColumn);
    }
    m_reports = reports;
    m_shownReport = -1;
    m_list->clear();
    m_context->clear();
    m_contextTitle->clear();
    QTreeWidgetItem *keep = nullptr;
    for (int r = 0; r < m_reports.size(); ++r) {
        const ReportDiagnostics &report = m_reports.at(r);
        for (int i = 0; i < report.diagnostics.size(); ++i) {
            const Diagnostic &d = report.diagnostics.at(i);
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(FileColumn, report.file);
            item->setText(LineColumn, d.line > 0 ? QString::number(d.line) : QString());
            item->setText(SeverityColumn, severityText(d.isError()));
            item->setText(MessageColumn, d.text());
            item->setData(FileColumn, DiagnosticRole, i);
            item->setData(FileColumn, ReportRole, r);
            item->setData(FileColumn, LineRole, d.line);
            item->setData(FileColumn, ErrorRole, d.isError());
            if (!keep && !currentFile.isEmpty() && report.file == currentFile &&
                d.line == currentLine && item->text(MessageColumn) == currentMessage)
                keep = item;
        }
    }
    if (keep)
        m_list->setCurrentItem(keep);
}

int DiagnosticsDialog::diagnosticCount() const {
    return m_list->topLevelItemCount();
}

void DiagnosticsDialog::showItem(QTreeWidgetItem *item) {
    if (!item)
        return;
    showLine(item->data(FileColumn, ReportRole).toInt(), item->data(FileColumn, LineRole).toInt());
}

void DiagnosticsDialog::showLine(int reportIndex, int line) {
    if (reportIndex < 0 || reportIndex >= m_reports.size())
        return;
    const ReportDiagnostics &report = m_reports.at(reportIndex);
    m_shownLine = line;
    if (reportIndex != m_shownReport) {
        // Plain text: the report is shown exactly as written.
        m_context->setPlainText(report.text);
        m_shownReport = reportIndex;
    }
    if (report.text.isEmpty()) {
        //: Shown when the text of a report cannot be read again for context
        m_contextTitle->setText(tr("%1: the text is not available").arg(report.file));
        return;
    }
    //: Title above the report text, e.g. "report.md, line 17"
    m_contextTitle->setText(tr("%1, line %2").arg(report.file).arg(line));
    const QTextBlock block = m_context->document()->findBlockByNumber(std::max(line, 1) - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_context->setTextCursor(cursor);
    QTextEdit::ExtraSelection highlight;
    highlight.cursor = cursor;
    highlight.format.setBackground(QColor(255, 236, 150));
    highlight.format.setProperty(QTextFormat::FullWidthSelection, true);
    m_context->setExtraSelections({highlight});
    m_context->centerCursor();
}

} // namespace Turnpoint

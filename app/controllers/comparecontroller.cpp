#include "comparecontroller.h"

#include "displaytext.h"
#include "documentscontroller.h"
#include "reportcomparison.h"
#include "reportselection.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>

namespace Turnpoint {

CompareController::CompareController(ReportSelection *reports, DocumentsController *documents,
                                     QWidget *window)
    : QObject(window)
    , m_reports(reports)
    , m_documents(documents)
    , m_window(window) {
    m_compareAction = new QAction(this);
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    connect(m_compareAction, &QAction::triggered, this, &CompareController::compareDialog);
    m_clearAction = new QAction(this);
    m_clearAction->setObjectName(QStringLiteral("clearComparisonAction"));
    connect(m_clearAction, &QAction::triggered, this, &CompareController::clearComparison);
    // A filter, but about versions: it sits with the comparison it needs.
    m_onlyChangesAction = new QAction(this);
    m_onlyChangesAction->setObjectName(QStringLiteral("onlyChangesAction"));
    m_onlyChangesAction->setCheckable(true);
    TimelineFilterModel *proxy = m_reports->proxy();
    connect(m_onlyChangesAction, &QAction::toggled, proxy, &TimelineFilterModel::setOnlyChanges);
    connect(proxy, &TimelineFilterModel::onlyChangesChanged, m_onlyChangesAction,
            &QAction::setChecked);
    m_label = new QLabel(window);
    m_label->setObjectName(QStringLiteral("comparisonLabel"));
    m_label->setTextFormat(Qt::PlainText); // carries a file name
    m_label->hide();
    TimelineModel *model = m_reports->model();
    connect(model, &TimelineModel::baselineChanged, this, &CompareController::update);
    // A reload compares again (its rows come anew); a closed report takes its baseline along.
    connect(model, &QAbstractItemModel::rowsInserted, this, &CompareController::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CompareController::update);
    connect(m_reports->selection(), &QItemSelectionModel::currentChanged, this,
            &CompareController::update);
    update();
}

QList<QAction *> CompareController::actions() const {
    return {m_compareAction, m_clearAction, m_onlyChangesAction};
}

void CompareController::retranslate() {
    //: File menu: choose an earlier version of the current report to compare it with
    m_compareAction->setText(tr("Compare &With…"));
    //: File menu: stop comparing the current report with an earlier version
    m_clearAction->setText(tr("Clear Co&mparison"));
    //: File menu (checkable): show only turning points that differ from the earlier version
    m_onlyChangesAction->setText(tr("Only C&hanges"));
    update();
}

void CompareController::compareDialog() {
    const int row = m_reports->currentRow();
    if (row < 0)
        return;
    const Report &current = m_reports->model()->report(row);
    const QString dir =
        QFileInfo::exists(current.file) ? QFileInfo(current.file).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window,
        //: Title of the file dialog of File → Compare With…
        tr("Compare With Earlier Version"), dir,
        //: File dialog filter of File → Compare With…
        tr("Turning-point reports (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_documents->compareWith(path);
}

void CompareController::clearComparison() {
    const int row = m_reports->currentRow();
    if (row >= 0)
        m_reports->model()->clearBaseline(row);
}

QString CompareController::statusText() const {
    return m_label->isHidden() ? QString() : m_label->text();
}

void CompareController::update() {
    const TimelineModel *model = m_reports->model();
    const int row = m_reports->currentRow();
    const ReportComparison *comparison = row >= 0 ? model->comparison(row) : nullptr;
    bool anyBaseline = false;
    for (int r = 0; r < model->reportCount() && !anyBaseline; ++r)
        anyBaseline = model->baseline(r) != nullptr;
    m_compareAction->setEnabled(row >= 0);
    m_clearAction->setEnabled(comparison != nullptr);
    // Checkable while some report is compared, and left checked when the last comparison is
    // cleared (the filter then passes everything; Clear Filters unchecks it).
    m_onlyChangesAction->setEnabled(anyBaseline || m_onlyChangesAction->isChecked());
    if (!comparison) {
        m_label->clear();
        m_label->hide();
        return;
    }
    int rescored = 0;
    int changed = 0;
    for (const TurningPointChange &c : comparison->turningPoints) {
        if (c.change != ChangeKind::Modified)
            continue;
        if (c.rescored)
            ++rescored;
        else
            ++changed;
    }
    //: Status bar after File → Compare With…: %1 is the earlier version's file name, then
    //: how many turning points were added, removed, re-scored (confidence changed) and
    //: otherwise changed
    m_label->setText(tr("Compared with %1: %2 added, %3 removed, %4 re-scored, %5 changed")
                         .arg(DisplayText::fileName(model->baseline(row)->file))
                         .arg(comparison->count(ChangeKind::Added))
                         .arg(comparison->count(ChangeKind::Removed))
                         .arg(rescored)
                         .arg(changed));
    m_label->show();
}

} // namespace Turnpoint

#include "linkcheckcontroller.h"

#include "linkcheckbatch.h"
#include "linkchecker.h"
#include "statusprogress.h"
#include "timelinemodel.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace Turnpoint {

namespace {
// Link results are handed to the model in batches, so the views repaint a few times a second
// while a check runs instead of once per link.
constexpr int LinkResultFlushMs = 150;
} // namespace

LinkCheckController::LinkCheckController(TimelineModel *model, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_linkChecker(new LinkChecker(this))
    , m_progress(new StatusProgress(window)) {
    m_progress->setObjectName(QStringLiteral("linkCheckProgress"));
    connect(m_linkChecker, &LinkChecker::resultReady, this, &LinkCheckController::onLinkResult);
    connect(m_linkChecker, &LinkChecker::finished, this, &LinkCheckController::onFinished);
    connect(m_linkChecker, &LinkChecker::progress, this, [this](int done, int total) {
        m_progress->setProgress(done, total);
        //: Status bar while Check Links runs: links done and in total
        m_progress->setText(tr("Checking links: %1 of %2").arg(done).arg(total));
    });
    connect(m_progress, &StatusProgress::cancelRequested, this, &LinkCheckController::cancel);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(LinkResultFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &LinkCheckController::flushLinkResults);

    m_checkAction = new QAction(this);
    m_checkAction->setObjectName(QStringLiteral("checkLinksAction"));
    m_checkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_checkAction, &QAction::triggered, this, [this] { checkLinks(false); });
    m_recheckAction = new QAction(this);
    m_recheckAction->setObjectName(QStringLiteral("recheckLinksAction"));
    connect(m_recheckAction, &QAction::triggered, this, [this] { checkLinks(true); });
    m_cancelAction = new QAction(this);
    m_cancelAction->setObjectName(QStringLiteral("cancelLinkCheckAction"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &LinkCheckController::cancel);

    connect(model, &QAbstractItemModel::rowsInserted, this, &LinkCheckController::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LinkCheckController::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &LinkCheckController::updateActions);
    updateActions();
}

QList<QAction *> LinkCheckController::actions() const {
    return {m_checkAction, m_recheckAction, m_cancelAction};
}

void LinkCheckController::retranslate() {
    //: Tools menu: check over the network whether every source link still works
    m_checkAction->setText(tr("Check &Links"));
    //: Tools menu: check every link over the network again, not reusing results from the last
    //: 24 hours
    m_recheckAction->setText(tr("Check Links &Again (Ignore Cache)"));
    //: Tools menu: stop a running link check
    m_cancelAction->setText(tr("&Stop Checking Links"));
}

void LinkCheckController::updateActions() {
    const bool any = m_model->reportCount() > 0;
    m_checkAction->setEnabled(any);
    m_recheckAction->setEnabled(any);
}

void LinkCheckController::checkLinks(bool ignoreCache) {
    QList<const Report *> reports;
    for (int row = 0; row < m_model->reportCount(); ++row)
        reports.append(&m_model->report(row));
    const QStringList urls = LinkCheckBatch::sourceUrls(reports);
    if (urls.isEmpty()) {
        //: Status bar: Check Links found nothing to check
        emit statusMessage(tr("The open reports cite no links to check."), 5000);
        return;
    }
    if (!m_linkChecker->isRunning())
        //: Status bar when Check Links starts
        m_progress->start(tr("Checking links…"));
    m_cancelAction->setEnabled(true);
    m_linkChecker->check(urls, ignoreCache);
}

void LinkCheckController::cancel() {
    if (m_linkChecker->isRunning())
        m_linkChecker->cancel();
}

void LinkCheckController::onLinkResult(const QString &url, const LinkCheckResult &result) {
    m_pendingResults.insert(url, result);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LinkCheckController::flushLinkResults() {
    m_flushTimer.stop();
    if (m_pendingResults.isEmpty())
        return;
    // Merged with what is known already: results of earlier runs for links not checked in this
    // one (another report's) stay.
    QHash<QString, LinkCheckResult> results = m_model->linkResults();
    for (auto it = m_pendingResults.cbegin(); it != m_pendingResults.cend(); ++it)
        results.insert(it.key(), it.value());
    m_pendingResults.clear();
    m_model->setLinkResults(results);
}

void LinkCheckController::onFinished() {
    flushLinkResults();
    m_progress->finish();
    m_cancelAction->setEnabled(false);
    const QHash<QString, LinkCheckResult> results = m_linkChecker->results();
    int problems = 0;
    for (const LinkCheckResult &r : results)
        problems += r.isProblem() ? 1 : 0;
    if (m_linkChecker->wasCancelled())
        //: Status bar after the user stopped Check Links: links checked so far
        emit statusMessage(tr("Link check stopped after %n link(s).", nullptr, int(results.size())),
                           8000);
    else if (problems > 0)
        //: Status bar after Check Links: how many links have a problem, of how many
        emit statusMessage(
            tr("%n of %1 link(s) have problems.", nullptr, problems).arg(results.size()), 15000);
    else
        //: Status bar after Check Links found no problem
        emit statusMessage(tr("All %n link(s) work.", nullptr, int(results.size())), 8000);
    emit finished();
}

} // namespace Turnpoint

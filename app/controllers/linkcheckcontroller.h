#pragma once

#include "linkcheckresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

class QAction;
class QWidget;

namespace Turnpoint {

class LinkChecker;
class StatusProgress;
class TimelineModel;

// Tools → Check Links, Check Links Again and Stop: checks every unique source URL of the
// loaded reports (never automatically), with progress and Cancel in the status bar. Results
// reach every view through TimelineModel::setLinkResults(), in batches.
class LinkCheckController : public QObject {
    Q_OBJECT

public:
    // `window` parents the progress widget (the window puts it in its status bar).
    LinkCheckController(TimelineModel *model, QWidget *window);

    // In the Tools menu's order: Check Links, Check Links Again (Ignore Cache), Stop.
    QList<QAction *> actions() const;
    void retranslate();

    // Results less than 24 h old are reused from the cache unless `ignoreCache`.
    void checkLinks(bool ignoreCache = false);
    void cancel();
    LinkChecker *linkChecker() const { return m_linkChecker; }
    StatusProgress *progress() const { return m_progress; }

signals:
    // A link check run ended (also when cancelled).
    void finished();
    void statusMessage(const QString &text, int timeoutMs);

private:
    void updateActions();
    void onLinkResult(const QString &url, const LinkCheckResult &result);
    void flushLinkResults();
    void onFinished();

    TimelineModel *m_model;
    LinkChecker *m_linkChecker;
    StatusProgress *m_progress;
    QAction *m_checkAction = nullptr;
    QAction *m_recheckAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QHash<QString, LinkCheckResult> m_pendingResults; // arrived, not yet in the model
    QTimer m_flushTimer;
};

} // namespace Turnpoint

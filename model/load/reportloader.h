#pragma once

#include "report.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace Turnpoint {

// Loads reports off the thread that owns it: each file is read, decoded and parsed
// (ReportParser::parseFile) in a worker thread, several files at once on the available cores.
// Results are delivered on the owner's thread, in the order of the list given to load(), so a
// caller can add them to a TimelineModel as they come and get the same rows as a sequential
// load. An unreadable or unusable file is delivered like any other, as its error report.
//
// Typical use (the window): connect reportLoaded to TimelineModel::addReport (or replace),
// progress to a status bar, finished to re-enabling the Open action; cancel() on Escape.
class ReportLoader : public QObject {
    Q_OBJECT

public:
    explicit ReportLoader(QObject *parent = nullptr);
    // Cancels a running load and waits for the worker threads (a parse stops within a few
    // thousand lines of the cancel).
    ~ReportLoader() override;

    // Starts loading `paths`. A load still running is cancelled first (finished(true) for it);
    // nothing more of it is delivered. An empty list finishes at once (queued, not inside
    // this call).
    void load(const QStringList &paths);
    // Stops promptly: no further file is started, files being parsed stop at their next check,
    // and nothing more is delivered. finished(true) is emitted before cancel() returns. Does
    // nothing when no load is running.
    void cancel();
    bool isLoading() const { return m_batch != nullptr; }

    // Files parsed at the same time; default: QThread::idealThreadCount().
    void setMaxThreadCount(int threads) { m_pool.setMaxThreadCount(threads); }

signals:
    // `done` files of `total` are parsed (in any order; delivery follows the list order).
    void progress(int done, int total);
    // For a load of one file: `done` of its `total` bytes are parsed. Emitted a few times a
    // second while it runs (a large file is parsed piece by piece; a small one all at once).
    void bytesProgress(qint64 done, qint64 total);
    // The report for paths[index] of the current load(). Emitted in index order.
    void reportLoaded(int index, const QString &path, const Turnpoint::Report &report);
    // The load ended: every report was delivered, or it was cancelled.
    void finished(bool cancelled);

private:
    struct Batch;
    void taskDone(const std::shared_ptr<Batch> &batch, int index, Report report);

    QThreadPool m_pool;                           // ours, so loading never queues behind other work
    std::shared_ptr<Batch> m_batch;               // the running load, or null
    std::vector<std::optional<Report>> m_pending; // parsed, not yet delivered (out of order)
    QTimer *m_bytesTimer;                         // polls Batch::bytesDone of a one-file load
    qint64 m_bytesTotal = 0;
    int m_nextToDeliver = 0;
    int m_done = 0;
};

} // namespace Turnpoint

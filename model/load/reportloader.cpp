#include "reportloader.h"

#include "reportparser.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include <atomic>

namespace Turnpoint {

// What the worker tasks share with the loader. Owned jointly, so a task that outlives its load
// (cancelled, or replaced by a new load) still has a valid flag to look at and its result is
// recognised as stale.
struct ReportLoader::Batch {
    QStringList paths;
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> bytesDone{0}; // of a one-file load (ReportParser::parseFile())
};

namespace {
// Often enough for a bar that moves, rarely enough to cost the UI thread nothing.
constexpr int BytesProgressMs = 100;
} // namespace

ReportLoader::ReportLoader(QObject *parent)
    : QObject(parent)
    , m_bytesTimer(new QTimer(this)) {
    m_pool.setObjectName(QStringLiteral("ReportLoader"));
    m_bytesTimer->setInterval(BytesProgressMs);
    connect(m_bytesTimer, &QTimer::timeout, this, [this] {
        if (m_batch)
            emit bytesProgress(m_batch->bytesDone.load(std::memory_order_relaxed), m_bytesTotal);
    });
}

ReportLoader::~ReportLoader() {
    if (m_batch)
        m_batch->cancelled = true;
    // Tasks post their results to this object; they must be done before it goes away. Results
    // already posted are discarded with the object's pending events.
    m_pool.waitForDone();
}

void ReportLoader::load(const QStringList &paths) {
    cancel();
    auto batch = std::make_shared<Batch>();
    batch->paths = paths;
    m_batch = batch;
    m_pending.assign(size_t(paths.size()), std::nullopt);
    m_nextToDeliver = 0;
    m_done = 0;
    m_bytesTotal = paths.size() == 1 ? QFileInfo(paths.first()).size() : 0;
    if (m_bytesTotal > 0)
        m_bytesTimer->start();
    if (paths.isEmpty()) {
        QTimer::singleShot(0, this, [this, batch] {
            if (m_batch != batch)
                return;
            m_batch.reset();
            emit finished(false);
        });
        return;
    }
    // One task per file. The pool starts them in list order, so the first files (delivered
    // first) are parsed first.
    const bool single = paths.size() == 1;
    for (int i = 0; i < paths.size(); ++i) {
        // The future is not needed: results come back as events (and cancel() must not block).
        // The path is copied into the task: the tasks must not touch the shared list, whose
        // non-const operator[] detaches it, a write racing the other threads (seen in CI as a
        // task reading an empty path).
        (void)QtConcurrent::run(&m_pool, [this, batch, i, single, path = paths.at(i)] {
            Report report;
            if (!batch->cancelled.load(std::memory_order_relaxed))
                report = ReportParser::parseFile(path, &batch->cancelled,
                                                 single ? &batch->bytesDone : nullptr);
            // Back to the owner's thread. The destructor waits for this task, so `this` is
            // alive while the event is posted; a posted event dies with its receiver.
            QMetaObject::invokeMethod(
                this,
                [this, batch, i, report = std::move(report)]() mutable {
                    taskDone(batch, i, std::move(report));
                },
                Qt::QueuedConnection);
        });
    }
}

void ReportLoader::cancel() {
    if (!m_batch)
        return;
    m_batch->cancelled = true;
    m_batch.reset();
    m_pending.clear();
    m_bytesTimer->stop();
    emit finished(true);
}

void ReportLoader::taskDone(const std::shared_ptr<Batch> &batch, int index, Report report) {
    if (batch != m_batch || batch->cancelled)
        return; // a load that was cancelled or replaced
    m_pending[size_t(index)] = std::move(report);
    ++m_done;
    const int total = int(batch->paths.size());
    if (m_bytesTimer->isActive()) {
        m_bytesTimer->stop();
        emit bytesProgress(m_bytesTotal, m_bytesTotal); // a bar that ends full
    }
    emit progress(m_done, total);
    // Deliver in list order. A slot may call cancel() or load(); stop as soon as this load is
    // no longer the current one.
    while (m_batch == batch && m_nextToDeliver < total && m_pending[size_t(m_nextToDeliver)]) {
        const int i = m_nextToDeliver++;
        // Moved out first, so the report is released here (not kept in m_pending) once the
        // receivers have taken their copies.
        const Report ready = std::move(*m_pending[size_t(i)]);
        m_pending[size_t(i)].reset();
        emit reportLoaded(i, batch->paths.at(i), ready);
    }
    if (m_batch == batch && m_nextToDeliver == total) {
        m_batch.reset();
        m_pending.clear();
        emit finished(false);
    }
}

} // namespace Turnpoint

#include "windowbench.h"

#include "benchapplication.h"
#include "benchstats.h"
#include "documentscontroller.h"
#include "mainwindow.h"
#include "searchbar.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "watchdog.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTimer>
#include <QWheelEvent>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace Turnpoint;

namespace {

constexpr int IdleQuietMs = 500;
constexpr int StepQuietMs = 100;
constexpr int ThresholdSteps = 21;
constexpr int WheelSteps = 11; // 1.25^11: about a tenth of the range, as the component pan
constexpr int PanSteps = 11;
constexpr int PanPixels = 40;
const double NaN = std::numeric_limits<double>::quiet_NaN();

double msBetween(qint64 from, qint64 to) {
    return double(to - from) / 1e6;
}

// 5, 10, … 50, 45, … 0, 5: the threshold stepped up and down as with a key, in 5 % steps.
int thresholdValue(int k) {
    const int up = 10;
    const int i = k % (2 * up);
    return 5 * (i < up ? i + 1 : 2 * up - 1 - i);
}

template <typename T> T *child(QObject *window, const char *name) {
    T *found = window->findChild<T *>(QLatin1String(name));
    if (!found)
        std::fprintf(stderr, "turnpoint-bench: the window has no %s\n", name);
    return found;
}

} // namespace

WindowBench::WindowBench(BenchApplication *app, const WindowCase &windowCase, const QString &path,
                         double timeoutMs)
    : m_app(app)
    , m_case(windowCase)
    , m_timeoutMs(timeoutMs)
    , m_report(windowCase)
    , m_heartbeat(app) {
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        const QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            m_paths << dir.filePath(name);
    } else {
        m_paths << path;
    }
    for (const QString &p : std::as_const(m_paths))
        m_fileBytes += QFileInfo(p).size();
}

WindowBench::~WindowBench() {
    delete m_window;
}

qint64 WindowBench::waitSettled(int quietMs, const std::function<bool()> &ready, double timeoutMs,
                                bool noLongGaps) {
    const qint64 start = m_app->now();
    qint64 settled = -1;
    QEventLoop loop;
    // Checked on every heartbeat tick; the heartbeat's own events are not activity.
    const QMetaObject::Connection check = connect(&m_heartbeat, &Heartbeat::ticked, &loop, [&] {
        const qint64 now = m_app->now();
        qint64 quietSince = m_app->lastActivity();
        if (noLongGaps)
            quietSince = std::max(quietSince, m_heartbeat.lastLongGapEnd());
        if (msBetween(quietSince, now) >= quietMs && (!ready || ready())) {
            settled = m_app->lastActivity();
            loop.quit();
        } else if (msBetween(start, now) > timeoutMs) {
            loop.quit();
        }
    });
    loop.exec();
    disconnect(check);
    return settled;
}

bool WindowBench::timeStep(const std::function<void()> &action, const std::function<bool()> &ready,
                           double timeoutMs, Step *step) {
    const int paints = m_chartPaints;
    m_heartbeat.mark();
    const qint64 start = m_app->now();
    action();
    m_app->touch(); // the action's own synchronous work
    const qint64 settled = waitSettled(StepQuietMs, ready, timeoutMs);
    if (settled < 0)
        return false;
    step->ms = msBetween(start, settled);
    // The quiet time after the step is not part of it; nor can it hold a gap (nothing ran).
    step->stallMs = m_heartbeat.longestGapSinceMarkMs();
    step->chartPainted = m_chartPaints > paints;
    m_maxStallMs = std::max(m_maxStallMs, step->stallMs);
    return true;
}

bool WindowBench::series(const QString &key, int count, const std::function<void(int)> &action,
                         const QString &what) {
    std::vector<double> times;
    double stall = 0;
    int painted = 0;
    const qint64 start = m_app->now();
    for (int k = 0; k < count; ++k) {
        Step step;
        const double left = m_timeoutMs - msBetween(start, m_app->now());
        if (!timeStep([&] { action(k); }, {}, left, &step))
            return fail(QStringLiteral("%1: step %2 of %3 not settled after %4 s in all")
                            .arg(what)
                            .arg(k + 1)
                            .arg(count)
                            .arg(m_timeoutMs / 1000));
        times.push_back(step.ms);
        stall = std::max(stall, step.stallMs);
        painted += step.chartPainted ? 1 : 0;
    }
    const QString note = QStringLiteral("%1 steps of %2, each until settled; the chart repainted "
                                        "in %3 of them")
                             .arg(count)
                             .arg(what)
                             .arg(painted);
    m_report.print(key + QStringLiteral("_ms_p50"), BenchStats::median(times), note);
    m_report.print(key + QStringLiteral("_ms_p95"), BenchStats::percentile(times, 95));
    m_report.print(QStringLiteral("ui_stall_%1_ms").arg(key), stall,
                   QStringLiteral("longest heartbeat gap in any step"));
    return true;
}

bool WindowBench::single(const QString &key, const std::function<void()> &action,
                         const std::function<bool()> &ready, const QString &what) {
    Step step;
    if (!timeStep(action, ready, m_timeoutMs, &step))
        return fail(QStringLiteral("%1 not settled after %2 s").arg(what).arg(m_timeoutMs / 1000));
    m_report.print(
        key + QStringLiteral("_ms"), step.ms,
        QStringLiteral("%1 until settled%2")
            .arg(what, step.chartPainted ? QStringLiteral(", chart repainted") : QString()));
    m_report.print(QStringLiteral("ui_stall_%1_ms").arg(key), step.stallMs);
    return true;
}

bool WindowBench::fail(const QString &why) {
    m_report.printMissing(why + QStringLiteral("; ") + progress());
    return false;
}

QString WindowBench::progress() const {
    return QStringLiteral("at that point %1 of %2 reports in, UI thread busy for the last %3 ms, "
                          "peak RSS %4 MB")
        .arg(m_reportsIn.load())
        .arg(m_paths.size())
        .arg(m_heartbeat.currentGapMs(), 0, 'f', 0)
        .arg(BenchStats::peakRssBytes() / 1048576, 0, 'f', 0);
}

bool WindowBench::guarded(const QString &what, const std::function<bool()> &phase) {
    // Beyond the soft timeout (checked between events) a margin for one event that never ends.
    const double deadline = m_timeoutMs + 30000;
    Watchdog dog(deadline, [this, what, deadline] {
        m_report.printMissing(QStringLiteral("%1: the UI thread was still busy after %2 s; %3")
                                  .arg(what)
                                  .arg(deadline / 1000)
                                  .arg(progress()));
        std::_Exit(3);
    });
    return phase();
}

bool WindowBench::startup() {
    m_heartbeat.start();
    m_heartbeat.mark(); // the load's stall is from launch to idle
    const qint64 start = m_app->now();
    m_window = new MainWindow;
    connect(m_window, &MainWindow::errorShown, this, [this](const QString &message) {
        ++m_errors;
        std::printf("# window error: %s\n", qPrintable(message.left(300)));
    });
    if (m_case.sourcesOpen) {
        // As the user left it: open before anything is loaded.
        if (QAction *sources = child<QAction>(m_window, "sourcesAction"))
            sources->trigger();
    }
    m_window->show();
    m_app->touch();
    const qint64 settled = waitSettled(
        StepQuietMs,
        [this] { return m_window->windowHandle() && m_window->windowHandle()->isExposed(); },
        m_timeoutMs);
    if (settled < 0)
        return fail(QStringLiteral("the empty window was not shown"));
    m_report.print(
        QStringLiteral("startup_ms"), msBetween(start, settled),
        QStringLiteral("new MainWindow + show() until settled, %1x%2%3")
            .arg(m_window->width())
            .arg(m_window->height())
            .arg(m_case.sourcesOpen ? QStringLiteral(", Sources dock open") : QString()));
    return true;
}

bool WindowBench::open() {
    TimelineChartView *chartView = m_window->chartView();
    const TimelineFilterModel *proxy = m_window->proxy();
    m_app->watchPaints(chartView->viewport(), [this, proxy] {
        ++m_chartPaints;
        if (m_firstChart < 0 && proxy->rowCount() > 0)
            m_firstChart = m_app->now();
    });
    const TimelineModel *model = m_window->model();
    const auto count = [this, model] { m_reportsIn = model->reportCount(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, count);
    connect(model, &QAbstractItemModel::rowsRemoved, this, count);
    connect(model, &QAbstractItemModel::modelReset, this, count);
    DocumentsController *documents = m_window->documents();
    connect(documents, &DocumentsController::loadFinished, this, [this] { m_loadFinished = true; });
    const qint64 start = m_app->now();
    m_window->openFiles(m_paths);
    m_app->touch();
    const qint64 idle = waitSettled(
        IdleQuietMs,
        [this, documents] {
            return m_loadFinished && !documents->isLoading() && !documents->isReadingTexts();
        },
        m_timeoutMs, true);
    if (idle < 0)
        return fail(QStringLiteral("not idle %1 s after openFiles() (load finished: %2)")
                        .arg(m_timeoutMs / 1000)
                        .arg(m_loadFinished ? QStringLiteral("yes") : QStringLiteral("no")));
    m_report.print(QStringLiteral("open_first_chart_s"),
                   m_firstChart < 0 ? NaN : msBetween(start, m_firstChart) / 1000,
                   m_firstChart < 0 ? QStringLiteral("the chart never painted with a report")
                                    : QStringLiteral("openFiles() -> end of the first paint of "
                                                     "the chart's viewport with a report in "
                                                     "the proxy"));
    const double stall = m_heartbeat.longestGapSinceMarkMs();
    m_maxStallMs = std::max(m_maxStallMs, stall);
    m_report.print(QStringLiteral("open_idle_s"), msBetween(start, idle) / 1000,
                   QStringLiteral("openFiles() of %1 files (%2 turning points, %3 MB) -> idle; "
                                  "%4 reports, %5 turning points, %6 markers shown; %7 errors")
                       .arg(m_paths.size())
                       .arg(m_case.totalTurningPoints())
                       .arg(double(m_fileBytes) / 1048576, 0, 'f', 1)
                       .arg(m_window->model()->reportCount())
                       .arg(m_window->model()->turningPointCount())
                       .arg(chartView->timelineChart()->visibleMarkerCount())
                       .arg(m_errors));
    m_report.print(QStringLiteral("ui_stall_load_ms"), stall,
                   QStringLiteral("longest gap of a %1 ms heartbeat from new MainWindow to idle")
                       .arg(Heartbeat::IntervalMs));
    return true;
}

bool WindowBench::threshold() {
    const bool done = series(
        QStringLiteral("threshold"), ThresholdSteps,
        [this](int k) { m_window->setMinimumConfidence(thresholdValue(k)); },
        QStringLiteral("MainWindow::setMinimumConfidence in 5 % steps (chart, outline, status "
                       "bar and histogram follow)"));
    if (done)
        m_window->setMinimumConfidence(0);
    return done && waitSettled(StepQuietMs, {}, m_timeoutMs) >= 0;
}

bool WindowBench::zoom() {
    QWidget *viewport = m_window->chartView()->viewport();
    const QPointF centre = QRectF(viewport->rect()).center();
    return series(
        QStringLiteral("zoom"), WheelSteps,
        [viewport, centre](int) {
            QWheelEvent wheel(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(viewport, &wheel);
        },
        QStringLiteral("a wheel notch (zoom in 1.25x) on the chart's centre"));
}

bool WindowBench::pan() {
    // A drag across the plot, zoomed in as zoom() left it: pressed once, then moved by 40 px
    // per step, each move one repaint.
    QWidget *viewport = m_window->chartView()->viewport();
    const QPoint centre = viewport->rect().center();
    QPoint pos = centre;
    const auto mouse = [viewport](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(at), viewport->mapToGlobal(QPointF(at)),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &event);
    };
    mouse(QEvent::MouseButtonPress, pos, Qt::LeftButton);
    pos += QPoint(8, 0); // past the drag threshold, so the moves pan
    mouse(QEvent::MouseMove, pos, Qt::LeftButton);
    const bool done = series(
        QStringLiteral("pan"), PanSteps,
        [&](int k) {
            pos += QPoint(k % 2 ? PanPixels : -PanPixels, 0);
            mouse(QEvent::MouseMove, pos, Qt::LeftButton);
        },
        QStringLiteral("a 40 px mouse drag on the chart, zoomed to 1.25^11"));
    mouse(QEvent::MouseButtonRelease, pos, Qt::NoButton);
    m_window->chartView()->resetZoom();
    return done && waitSettled(StepQuietMs, {}, m_timeoutMs) >= 0;
}

bool WindowBench::search() {
    SearchBar *bar = m_window->searchBar();
    // A word of the generated titles (about one report in twelve is on solar storage).
    const QString text = QStringLiteral("光伏");
    const bool done = single(
        QStringLiteral("search"),
        [bar, text] {
            bar->field()->setText(text);
            bar->applySearch();
        },
        {},
        QStringLiteral("search field set to \"%1\" and applied (SearchBar::applySearch)")
            .arg(text));
    bar->field()->clear();
    bar->applySearch();
    return done && waitSettled(StepQuietMs, {}, m_timeoutMs) >= 0;
}

bool WindowBench::sourcesDock() {
    auto *dock = child<QDockWidget>(m_window, "sourcesDock");
    QAction *action = child<QAction>(m_window, "sourcesAction");
    if (!dock || !action)
        return fail(QStringLiteral("no Sources dock"));
    return single(
        QStringLiteral("sources_dock"), [action] { action->trigger(); },
        [dock] { return dock->isVisible(); },
        QStringLiteral("View > Sources (its toggle action) until shown, filled and painted"));
}

bool WindowBench::closeAll() {
    QAction *close = child<QAction>(m_window, "closeReportAction");
    if (!close)
        return fail(QStringLiteral("no Close Report action"));
    const TimelineModel *model = m_window->model();
    const int reports = model->reportCount();
    // There is no Close All: Close Report as often as there are reports, one per event-loop
    // pass, as a user holding Ctrl+W would (each closes the current or the last report).
    QTimer closer;
    closer.setInterval(0);
    connect(&closer, &QTimer::timeout, this, [&closer, close, model] {
        if (model->reportCount() == 0)
            closer.stop();
        else
            close->trigger();
    });
    return single(
        QStringLiteral("close_all"), [&closer] { closer.start(); },
        [model] { return model->reportCount() == 0; },
        QStringLiteral("%1 x File > Close Report, one per event-loop pass,").arg(reports));
}

bool WindowBench::quit() {
    QAction *quitAction = child<QAction>(m_window, "quitAction");
    const qint64 start = m_app->now();
    // File > Quit closes the window (saving its settings); quitting the application then
    // destroys it.
    if (quitAction)
        quitAction->trigger();
    delete m_window;
    m_window = nullptr;
    m_app->touch();
    const qint64 settled = waitSettled(StepQuietMs, {}, m_timeoutMs);
    if (settled < 0)
        return fail(QStringLiteral("events still running %1 s after the window was destroyed")
                        .arg(m_timeoutMs / 1000));
    m_report.print(QStringLiteral("ui_stall_max_ms"), m_maxStallMs,
                   QStringLiteral("longest heartbeat gap, launch to idle and every interaction"));
    m_report.print(
        QStringLiteral("quit_ms"), msBetween(start, settled),
        QStringLiteral("File > Quit + delete MainWindow until settled%1")
            .arg(m_case.sourcesOpen ? QString() : QStringLiteral(", all reports closed before")));
    return true;
}

void WindowBench::memory() {
    const double rss = BenchStats::peakRssBytes();
    m_report.print(QStringLiteral("rss_peak_mb"), rss / 1048576,
                   QStringLiteral("VmHWM of this corpus's own process, window included"));
    m_report.print(
        QStringLiteral("rss_per_file_byte"), rss / double(std::max<qint64>(1, m_fileBytes)),
        QStringLiteral("peak RSS / %1 MB of files").arg(double(m_fileBytes) / 1048576, 0, 'f', 1));
}

bool WindowBench::run() {
    // Quitting is measured as its own step: the last window closing must not end the loops.
    QApplication::setQuitOnLastWindowClosed(false);
    std::printf("# window: %s, %d files, %s\n", qPrintable(m_case.suffix()), int(m_paths.size()),
                m_case.sourcesOpen ? "Sources dock open" : "Sources dock closed (default)");
    std::fflush(stdout);
    bool ok = guarded(QStringLiteral("startup"), [this] { return startup(); }) &&
              guarded(QStringLiteral("open"), [this] { return open(); }) &&
              guarded(QStringLiteral("threshold"), [this] { return threshold(); });
    if (ok && !m_case.sourcesOpen)
        ok = guarded(QStringLiteral("zoom"), [this] { return zoom(); }) &&
             guarded(QStringLiteral("pan"), [this] { return pan(); }) &&
             guarded(QStringLiteral("search"), [this] { return search(); }) &&
             guarded(QStringLiteral("sources dock"), [this] { return sourcesDock(); }) &&
             guarded(QStringLiteral("close all"), [this] { return closeAll(); });
    ok = ok && guarded(QStringLiteral("quit"), [this] { return quit(); });
    if (ok)
        memory();
    return ok;
}

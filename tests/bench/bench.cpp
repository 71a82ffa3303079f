// turnpoint-bench: the scale benchmark (README, "Performance"). Generates its corpora
// (turnpoint_gen) into a temporary directory, measures in this one process, offscreen, and prints
// one line per metric, "NAME VALUE UNIT" (lines starting with '#' are notes), and the same as JSON
// with --json FILE. Latencies are medians (or percentiles) of several runs; one sample over --cap
// seconds ends that metric's runs, and the note says how many were done. Nothing here asserts a
// timing.

#include "benchapplication.h"
#include "benchstats.h"
#include "chartexporter.h"
#include "corpusgenerator.h"
#include "reportloader.h"
#include "reportparser.h"
#include "timelinechart.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "watchdog.h"
#include "windowbench.h"
#include "windowbenchrunner.h"

#include <QApplication>
#include <QChart>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGraphicsScene>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSaveFile>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

using namespace Turnpoint;
using BenchStats::median;
using BenchStats::msSince;
using BenchStats::peakRssBytes;
using BenchStats::percentile;

namespace {

struct Sizes {
    int parseMb = 40;
    int files = 1000;
    int turningPointsPerFile = 100;
    int bigTurningPoints = 1000000;
    int naiveTurningPoints = 10000;
    int runs = 5;           // latency samples
    int filterSamples = 21; // slider positions for the filter percentiles
};

struct Metric {
    QString name;
    double value = std::numeric_limits<double>::quiet_NaN();
    QString unit;
    QString target; // the target, e.g. "<= 3.0"
    QString note;
};

class Bench {
public:
    Bench(const Sizes &sizes, double capSeconds, bool quick, const QString &jsonPath)
        : m_sizes(sizes)
        , m_capMs(capSeconds * 1000)
        , m_quick(quick)
        , m_jsonPath(jsonPath) {}

    bool run();
    QJsonObject json() const;
    bool writeJson() const;

private:
    void report(const Metric &m);
    void note(const QString &text);
    // Runs `sample` up to `count` times (each returns milliseconds); stops after a sample over
    // the cap. `done` gets the number of samples taken.
    std::vector<double> samples(int count, const std::function<double()> &sample, int *done);

    void bigFileLoad();
    void bigFileCharts();
    // Reports `names` as not measured (the step did not finish by the hard deadline), writes
    // the JSON and ends the process. Called from the watchdog's thread.
    [[noreturn]] void abandon(const QString &why);
    // Runs `step` under a Watchdog of 5 x the cap: a chart of ~100k markers or more may take
    // far longer than any cap, and a single render cannot be interrupted.
    void guarded(const QString &what, const std::function<void()> &step);
    void manyFiles();
    void naive();
    void exportSample();
    void parseSpeed();

    double loadIntoModel(const QStringList &paths, TimelineModel *model, double *maxStallMs,
                         double *rssAfterLoadBytes);
    void filterMetrics(TimelineModel *model, const QString &suffix, bool percentile95,
                       const QString &target50, const QString &target95,
                       std::vector<double> *out = nullptr);
    void panMetric(TimelineModel *model, const QString &suffix, const QString &target);
    void previewMetric(TimelineModel *model, const QString &suffix);

    Sizes m_sizes;
    double m_capMs;
    bool m_quick;
    QString m_jsonPath;
    mutable std::mutex m_outputMutex; // report() and abandon() may run on different threads
    QTemporaryDir m_dir;
    std::unique_ptr<TimelineModel> m_bigModel;
    QString m_bigPath;
    double m_bigLoadMs = 0; // median open -> model ready
    std::vector<Metric> m_metrics;
    QStringList m_notes;
    double m_turnpointFilter10k = 0;
};

// Resets VmHWM to the current RSS (Linux >= 4.0), so a peak is the peak of what follows.
bool resetPeakRss() {
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

ChartExportOptions chartOptions(int minimumConfidence) {
    ChartExportOptions o;
    o.size = QSize(1600, 600);
    o.scale = 1.0; // what the window paints on a normal screen
    o.minimumConfidence = minimumConfidence;
    o.exportDate = QDate(2025, 6, 1);
    return o;
}

// Slider positions: spread over 0–100 in a fixed order, never the same twice in a row.
int sliderValue(int k) {
    return (k * 37 + 30) % 101;
}

} // namespace

void Bench::report(const Metric &m) {
    std::lock_guard<std::mutex> lock(m_outputMutex);
    m_metrics.push_back(m);
    std::printf("%s %s %s\n", qPrintable(m.name),
                std::isnan(m.value) ? "nan" : qPrintable(QString::number(m.value, 'g', 4)),
                qPrintable(m.unit));
    if (!m.note.isEmpty())
        std::printf("# %s: %s\n", qPrintable(m.name), qPrintable(m.note));
    std::fflush(stdout);
}

void Bench::note(const QString &text) {
    std::lock_guard<std::mutex> lock(m_outputMutex);
    m_notes << text;
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

std::vector<double> Bench::samples(int count, const std::function<double()> &sample, int *done) {
    std::vector<double> v;
    for (int i = 0; i < count; ++i) {
        v.push_back(sample());
        if (v.back() > m_capMs)
            break;
    }
    if (done)
        *done = int(v.size());
    return v;
}

// Open (ReportLoader) -> every report in the model. Returns milliseconds. While it runs, a 10 ms
// timer on this (the UI) thread records the longest gap between its ticks.
double Bench::loadIntoModel(const QStringList &paths, TimelineModel *model, double *maxStallMs,
                            double *rssAfterLoadBytes) {
    ReportLoader loader;
    QEventLoop loop;
    QObject::connect(&loader, &ReportLoader::reportLoaded, model,
                     [model](int, const QString &, const Report &r) { model->addReport(r); });
    QObject::connect(&loader, &ReportLoader::finished, &loop, &QEventLoop::quit);
    QTimer tick;
    tick.setInterval(10);
    tick.setTimerType(Qt::PreciseTimer);
    QElapsedTimer sinceTick;
    double maxGap = 0;
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        maxGap = std::max(maxGap, msSince(sinceTick));
        sinceTick.start();
    });
    QElapsedTimer t;
    t.start();
    sinceTick.start();
    tick.start();
    loader.load(paths);
    loop.exec();
    const double ms = msSince(t);
    tick.stop();
    maxGap = std::max(maxGap, msSince(sinceTick));
    if (maxStallMs)
        *maxStallMs = maxGap;
    if (rssAfterLoadBytes)
        *rssAfterLoadBytes = peakRssBytes();
    return ms;
}

void Bench::filterMetrics(TimelineModel *model, const QString &suffix, bool percentile95,
                          const QString &target50, const QString &target95,
                          std::vector<double> *out) {
    // The window's path: the shared proxy follows the slider, then the chart on that proxy
    // (TimelineChart, as in the window, built once before the samples) brings its markers up to
    // date and is drawn into a 1600x600 image (ChartExporter::renderChart, caption included,
    // the same image ChartExporter::render makes). Building a chart from scratch is part of
    // the load_* metrics instead.
    TimelineFilterModel proxy;
    proxy.setSourceModel(model);
    QItemSelectionModel selection(&proxy);
    QGraphicsScene scene;
    auto *chart = new TimelineChart(&proxy, &selection);
    scene.addItem(chart); // the scene owns it
    chart->resize(QSizeF(1600, 600 - ChartExporter::captionHeight()));
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    QElapsedTimer setup;
    setup.start();
    chart->ensureUpToDate();
    ChartExporter::renderChart(chart, 1.0, QDate(2025, 6, 1));
    const double setupMs = msSince(setup);
    int k = 0;
    int done = 0;
    const int count = percentile95 ? m_sizes.filterSamples : m_sizes.runs;
    const std::vector<double> v = samples(
        count,
        [&] {
            const int value = sliderValue(k++);
            QElapsedTimer t;
            t.start();
            proxy.setMinimumConfidence(value);
            const QImage image = ChartExporter::renderChart(chart, 1.0, QDate(2025, 6, 1));
            const double ms = msSince(t);
            if (image.isNull())
                note(QStringLiteral("render returned a null image"));
            return ms;
        },
        &done);
    const QString capped = done < count
                               ? QStringLiteral("%1 of %2 samples: one took over the %3 s cap")
                                     .arg(done)
                                     .arg(count)
                                     .arg(m_capMs / 1000)
                               : QStringLiteral("%1 samples").arg(done);
    const QString how = QStringLiteral("%1 of setMinimumConfidence + TimelineChart update + "
                                       "renderChart 1600x600; the chart was built once before "
                                       "in %2 ms")
                            .arg(capped)
                            .arg(setupMs, 0, 'f', 0);
    report({QStringLiteral("filter_ms_p50_") + suffix, median(v), QStringLiteral("ms"), target50,
            how});
    if (percentile95)
        report({QStringLiteral("filter_ms_p95_") + suffix, percentile(v, 95), QStringLiteral("ms"),
                target95, how});
    if (out)
        *out = v;
}

void Bench::panMetric(TimelineModel *model, const QString &suffix, const QString &target) {
    // The chart the window shows, without the window: TimelineChart on the shared proxy, zoomed
    // to a tenth of the range, panned by 40 px per sample and drawn (renderChart).
    TimelineFilterModel proxy;
    proxy.setSourceModel(model);
    QItemSelectionModel selection(&proxy);
    QGraphicsScene scene;
    auto *chart = new TimelineChart(&proxy, &selection);
    scene.addItem(chart); // the scene owns it
    chart->resize(QSizeF(1600, 600 - ChartExporter::captionHeight()));
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    QElapsedTimer setup;
    setup.start();
    chart->ensureUpToDate();
    const double span = chart->fullEnd() - chart->fullStart();
    chart->setVisibleRange(chart->fullStart() + span * 0.45, chart->fullStart() + span * 0.55);
    ChartExporter::renderChart(chart, 1.0, QDate(2025, 6, 1));
    const double setupMs = msSince(setup);
    int k = 0;
    int done = 0;
    const std::vector<double> v = samples(
        std::max(m_sizes.runs, 9),
        [&] {
            QElapsedTimer t;
            t.start();
            chart->panBy((k++ % 2) ? 40 : -40);
            ChartExporter::renderChart(chart, 1.0, QDate(2025, 6, 1));
            return msSince(t);
        },
        &done);
    report({QStringLiteral("pan_ms_p50_") + suffix, median(v), QStringLiteral("ms"), target,
            QStringLiteral("%1 samples of TimelineChart::panBy(40 px) + renderChart at 1600x600, "
                           "zoomed to a tenth of the range; building the chart took %2 ms")
                .arg(done)
                .arg(setupMs, 0, 'f', 0)});
}

void Bench::previewMetric(TimelineModel *model, const QString &suffix) {
    // The chart's own share of a slider move, without the proxy: while the slider is dragged
    // the window shows TimelineChart::setPreviewMinimumConfidence() (threshold line and
    // shown/ghost split at once); the proxy follows when the slider settles. Same slider
    // positions and image as filter_ms_*, so the difference is the proxy's part.
    TimelineFilterModel proxy;
    proxy.setSourceModel(model);
    QItemSelectionModel selection(&proxy);
    QGraphicsScene scene;
    auto *chart = new TimelineChart(&proxy, &selection);
    scene.addItem(chart); // the scene owns it
    chart->resize(QSizeF(1600, 600 - ChartExporter::captionHeight()));
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    ChartExporter::renderChart(chart, 1.0, QDate(2025, 6, 1));
    int k = 0;
    int done = 0;
    const std::vector<double> v = samples(
        m_sizes.filterSamples,
        [&] {
            const int value = sliderValue(k++);
            QElapsedTimer t;
            t.start();
            chart->setPreviewMinimumConfidence(value);
            ChartExporter::renderChart(chart, 1.0, QDate(2025, 6, 1));
            return msSince(t);
        },
        &done);
    report({QStringLiteral("preview_ms_p50_") + suffix, median(v), QStringLiteral("ms"), QString(),
            QStringLiteral("%1 samples of TimelineChart::setPreviewMinimumConfidence + "
                           "renderChart 1600x600 (no proxy change)")
                .arg(done)});
}

void Bench::bigFileLoad() {
    const int n = m_sizes.bigTurningPoints;
    m_bigPath = m_dir.filePath(QStringLiteral("big.md"));
    {
        QSaveFile f(m_bigPath);
        if (!f.open(QIODevice::WriteOnly) || !CorpusGenerator(1).write(&f, n) || !f.commit()) {
            note(QStringLiteral("cannot write %1").arg(m_bigPath));
            return;
        }
    }
    const double fileBytes = double(QFileInfo(m_bigPath).size());
    note(QStringLiteral("one file of %1 turning points: %2 MB")
             .arg(n)
             .arg(fileBytes / 1048576, 0, 'f', 1));

    // First load: peak RSS of loading alone (the peak is reset just before; nothing else has
    // run yet).
    const bool rssReset = resetPeakRss();
    std::vector<double> loads, stalls;
    double rss = 0;
    int done = 0;
    const std::vector<double> v = samples(
        m_sizes.runs,
        [&] {
            m_bigModel.reset(); // the previous one is freed first
            m_bigModel = std::make_unique<TimelineModel>();
            double stall = 0;
            const double ms = loadIntoModel({m_bigPath}, m_bigModel.get(), &stall,
                                            loads.empty() ? &rss : nullptr);
            loads.push_back(ms);
            stalls.push_back(stall);
            return ms;
        },
        &done);
    m_bigLoadMs = median(v);
    int diagnostics = 0;
    for (int r = 0; r < m_bigModel->reportCount(); ++r)
        diagnostics += int(m_bigModel->report(r).diagnostics.size());
    report({QStringLiteral("load_1m_model_s"), m_bigLoadMs / 1000, QStringLiteral("s"), QString(),
            QStringLiteral("%1 runs of open (ReportLoader: read, decode, parse) -> TimelineModel "
                           "filled, without the chart; %2 turning points, %3 diagnostics")
                .arg(done)
                .arg(m_bigModel->turningPointCount())
                .arg(diagnostics)});
    report({QStringLiteral("ui_max_stall_ms_load_1m"), median(stalls), QStringLiteral("ms"),
            QStringLiteral("<= 100"),
            QStringLiteral("median over %1 loads of the longest gap between ticks of a 10 ms "
                           "timer on the main thread while ReportLoader loads (worst %2 ms)")
                .arg(stalls.size())
                .arg(*std::max_element(stalls.begin(), stalls.end()), 0, 'f', 0)});
    report({QStringLiteral("rss_per_file_byte_1m"), rss / fileBytes, QStringLiteral("ratio"),
            QStringLiteral("<= 1.5"),
            QStringLiteral("peak RSS (VmHWM%1) %2 MB after the first load into the model, file "
                           "%3 MB")
                .arg(rssReset ? QStringLiteral(", reset before loading")
                              : QStringLiteral(", could not be reset"))
                .arg(rss / 1048576, 0, 'f', 0)
                .arg(fileBytes / 1048576, 0, 'f', 0)});
    // The model stays for bigFileCharts(), which runs last.
}

void Bench::bigFileCharts() {
    if (!m_bigModel)
        return;
    double firstChartMs = 0;
    guarded(QStringLiteral("the first chart of %1 markers (ChartExporter::render)")
                .arg(m_bigModel->turningPointCount()),
            [&] {
                QElapsedTimer t;
                t.start();
                ChartExporter::render(m_bigModel.get(), chartOptions(0));
                firstChartMs = msSince(t);
            });
    report({QStringLiteral("load_1m_s"), (m_bigLoadMs + firstChartMs) / 1000, QStringLiteral("s"),
            QStringLiteral("<= 4"),
            QStringLiteral("open -> model ready (load_1m_model_s) + first ChartExporter::render "
                           "1600x600 (%1 ms, one run)")
                .arg(firstChartMs, 0, 'f', 0)});
    guarded(QStringLiteral("the filter at 1M"), [&] {
        filterMetrics(m_bigModel.get(), QStringLiteral("1m"), false, QStringLiteral("<= 100"),
                      QString());
    });
    guarded(QStringLiteral("the pan at 1M"),
            [&] { panMetric(m_bigModel.get(), QStringLiteral("1m"), QStringLiteral("<= 16")); });
    guarded(QStringLiteral("the preview at 1M"),
            [&] { previewMetric(m_bigModel.get(), QStringLiteral("1m")); });
    m_bigModel.reset();
}

void Bench::guarded(const QString &what, const std::function<void()> &step) {
    const double deadline = 5 * m_capMs;
    Watchdog dog(deadline, [this, what, deadline] {
        abandon(QStringLiteral("%1 had not finished after %2 s (a single render cannot be "
                               "interrupted); every later chart metric needs one at least as "
                               "large")
                    .arg(what)
                    .arg(deadline / 1000));
    });
    step();
}

void Bench::abandon(const QString &why) {
    // Everything not reported yet, in the order a full run reports it.
    struct Expected {
        const char *name, *unit, *target;
    };
    static const Expected all[] = {
        {"load_1000_files_s", "s", "<= 2"},    {"filter_ms_p50_100k", "ms", "<= 16"},
        {"filter_ms_p95_100k", "ms", "<= 33"}, {"load_1m_s", "s", "<= 4"},
        {"filter_ms_p50_1m", "ms", "<= 100"},  {"pan_ms_p50_1m", "ms", "<= 16"}};
    for (const Expected &e : all) {
        const QString name = QString::fromLatin1(e.name);
        bool done = false;
        {
            std::lock_guard<std::mutex> lock(m_outputMutex);
            for (const Metric &m : m_metrics)
                done = done || m.name == name;
        }
        if (!done)
            report({name, std::numeric_limits<double>::quiet_NaN(), QString::fromLatin1(e.unit),
                    QString::fromLatin1(e.target), QStringLiteral("not measured: ") + why});
    }
    note(QStringLiteral("benchmark ended by its deadline"));
    std::_Exit(writeJson() ? 0 : 1);
}

void Bench::manyFiles() {
    const QString dir = m_dir.filePath(QStringLiteral("files"));
    QString error;
    if (!CorpusGenerator(2).writeCorpus(dir, m_sizes.files, m_sizes.turningPointsPerFile, &error)) {
        note(error);
        return;
    }
    QStringList paths;
    for (int i = 0; i < m_sizes.files; ++i)
        paths << dir + QLatin1Char('/') + CorpusGenerator::fileName(i);
    std::unique_ptr<TimelineModel> model;
    int done = 0;
    const std::vector<double> v = samples(
        m_sizes.runs,
        [&] {
            model.reset();
            model = std::make_unique<TimelineModel>();
            return loadIntoModel(paths, model.get(), nullptr, nullptr);
        },
        &done);
    report({QStringLiteral("load_1000_files_model_s"), median(v) / 1000, QStringLiteral("s"),
            QString(),
            QStringLiteral("%1 runs; %2 files x %3 turning points, ReportLoader (%4 threads) -> "
                           "TimelineModel filled, without the chart")
                .arg(done)
                .arg(m_sizes.files)
                .arg(m_sizes.turningPointsPerFile)
                .arg(QThread::idealThreadCount())});
    double firstChartMs = 0;
    guarded(QStringLiteral("the first chart of %1 markers (ChartExporter::render)")
                .arg(model->turningPointCount()),
            [&] {
                QElapsedTimer t;
                t.start();
                ChartExporter::render(model.get(), chartOptions(0));
                firstChartMs = msSince(t);
            });
    report({QStringLiteral("load_1000_files_s"), (median(v) + firstChartMs) / 1000,
            QStringLiteral("s"), QStringLiteral("<= 2"),
            QStringLiteral("load_1000_files_model_s + first ChartExporter::render 1600x600 (%1 "
                           "ms, one run)")
                .arg(firstChartMs, 0, 'f', 0)});
    guarded(QStringLiteral("the filter at 100k"), [&] {
        filterMetrics(model.get(), QStringLiteral("100k"), true, QStringLiteral("<= 16"),
                      QStringLiteral("<= 33"));
    });
    guarded(QStringLiteral("the preview at 100k"),
            [&] { previewMetric(model.get(), QStringLiteral("100k")); });
}

void Bench::naive() {
    // The same 10k turning points drawn the plain Qt Charts way (one QScatterSeries, replace()
    // on every slider change) against Turnpoint's filter path, in this run.
    const int n = m_sizes.naiveTurningPoints;
    TimelineModel model;
    model.addReport(ReportParser::parseBytes(CorpusGenerator(3).report(n), QStringLiteral("n.md")));
    std::vector<double> ours;
    filterMetrics(&model, QStringLiteral("10k"), false, QString(), QString(), &ours);

    const Report &r = model.report(0);
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    auto *series = new QScatterSeries;
    series->setMarkerSize(8);
    chart->addSeries(series);
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
    for (const TurningPoint &tp : r.turningPoints) {
        lo = std::min(lo, double(tp.date.firstDay().toJulianDay()));
        hi = std::max(hi, double(tp.date.firstDay().toJulianDay()));
    }
    x->setRange(lo, hi);
    y->setRange(0, 100);
    chart->resize(1600, 600);
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    int k = 0;
    int done = 0;
    const std::vector<double> theirs = samples(
        int(ours.size()),
        [&] {
            const int value = sliderValue(k++);
            QElapsedTimer t;
            t.start();
            QList<QPointF> points;
            points.reserve(r.turningPoints.size());
            for (const TurningPoint &tp : r.turningPoints) {
                if (TimelineFilterModel::passes(tp.confidence, value) && tp.date.isValid())
                    points.append(QPointF(double(tp.date.firstDay().toJulianDay()),
                                          tp.confidence.value_or(0)));
            }
            series->replace(points);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QImage image(1600, 600, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(0, 0, 1600, 600), QRectF(0, 0, 1600, 600));
            painter.end();
            return msSince(t);
        },
        &done);
    report({QStringLiteral("naive_ratio_10k"), median(theirs) / median(ours),
            QStringLiteral("ratio"), QStringLiteral(">= 20"),
            QStringLiteral("plain QScatterSeries::replace + render %1 ms / Turnpoint filter %2 ms "
                           "(medians of %3 and %4 samples; above 1 means Turnpoint is faster)")
                .arg(median(theirs), 0, 'f', 1)
                .arg(median(ours), 0, 'f', 1)
                .arg(done)
                .arg(ours.size())});
}

void Bench::exportSample() {
    TimelineModel model;
    model.addReport(ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE)));
    const QString png = m_dir.filePath(QStringLiteral("sample.png"));
    ChartExportOptions o = chartOptions(0);
    o.scale = 2.0;
    int done = 0;
    const std::vector<double> v = samples(
        std::max(m_sizes.runs, 5),
        [&] {
            QElapsedTimer t;
            t.start();
            QString error;
            if (!ChartExporter::writePng(ChartExporter::render(&model, o), png, &error))
                note(error);
            return msSince(t);
        },
        &done);
    report({QStringLiteral("export_png_ms_sample"), median(v), QStringLiteral("ms"),
            QStringLiteral("<= 150"),
            QStringLiteral("%1 runs; sample report, 1600x600 at scale 2, PNG written").arg(done)});
}

void Bench::parseSpeed() {
    const CorpusGenerator gen(4);
    const QByteArray bytes =
        gen.report(gen.turningPointsForSize(qint64(m_sizes.parseMb) * 1024 * 1024));
    std::vector<double> decode, parse;
    const int runs = std::max(m_sizes.runs, 5);
    for (int i = 0; i < runs; ++i) {
        // Alternated, so both see the same machine load.
        QElapsedTimer t;
        t.start();
        QString text = QString::fromUtf8(bytes);
        decode.push_back(msSince(t));
        text = QString();
        t.start();
        Report r = ReportParser::parseBytes(bytes, QStringLiteral("parse.md"));
        parse.push_back(msSince(t));
        if (i == 0 && !r.diagnostics.isEmpty())
            note(QStringLiteral("the parse corpus has %1 diagnostics").arg(r.diagnostics.size()));
    }
    const double mb = double(bytes.size()) / 1048576;
    report({QStringLiteral("parse_vs_decode"), median(parse) / median(decode),
            QStringLiteral("ratio"), QStringLiteral("<= 3.0"),
            QStringLiteral("median of %1: ReportParser::parseBytes %2 ms / QString::fromUtf8 %3 ms "
                           "on %4 MB")
                .arg(runs)
                .arg(median(parse), 0, 'f', 1)
                .arg(median(decode), 0, 'f', 1)
                .arg(mb, 0, 'f', 1)});
    report({QStringLiteral("parse_mb_s"), mb / (median(parse) / 1000), QStringLiteral("MB/s"),
            QString(), QStringLiteral("decoding included")});
}

bool Bench::run() {
    if (!m_dir.isValid()) {
        std::fprintf(stderr, "turnpoint-bench: no temporary directory\n");
        return false;
    }
    note(QStringLiteral("%1 mode; %2 cores; cap %3 s per sample")
             .arg(m_quick ? QStringLiteral("quick") : QStringLiteral("full"))
             .arg(QThread::idealThreadCount())
             .arg(m_capMs / 1000));
    // Loading the big file first, so its peak RSS is not mixed with the others' memory; its
    // charts last, as they may not finish at all (see Watchdog).
    bigFileLoad();
    parseSpeed();
    exportSample();
    naive();
    manyFiles();
    bigFileCharts();
    return true;
}

bool Bench::writeJson() const {
    if (m_jsonPath.isEmpty())
        return true;
    QSaveFile f(m_jsonPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(json()).toJson()) < 0 ||
        !f.commit()) {
        std::fprintf(stderr, "turnpoint-bench: cannot write %s\n", qPrintable(m_jsonPath));
        return false;
    }
    return true;
}

QJsonObject Bench::json() const {
    std::lock_guard<std::mutex> lock(m_outputMutex);
    QJsonArray metrics;
    for (const Metric &m : m_metrics) {
        QJsonObject o{
            {QStringLiteral("name"), m.name},
            {QStringLiteral("value"), std::isnan(m.value) ? QJsonValue() : QJsonValue(m.value)},
            {QStringLiteral("unit"), m.unit}};
        if (!m.target.isEmpty())
            o.insert(QStringLiteral("target"), m.target);
        if (!m.note.isEmpty())
            o.insert(QStringLiteral("note"), m.note);
        metrics.append(o);
    }
    return {{QStringLiteral("quick"), m_quick},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("metrics"), metrics},
            {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)}};
}

namespace {

// The child process of the window benchmark (WindowBenchRunner starts it): one corpus, one run.
int runWindowChild(BenchApplication &app, const QCommandLineParser &cli, bool quick,
                   double timeoutSeconds) {
    QCoreApplication::setOrganizationName(QStringLiteral("Turnpoint"));
    QCoreApplication::setApplicationName(QStringLiteral("turnpoint"));
    WindowCase c;
    c.corpus = cli.value(QStringLiteral("window-name"));
    const QStringList size = cli.value(QStringLiteral("window-size")).split(QLatin1Char('x'));
    c.files = size.value(0).toInt();
    c.turningPoints = size.value(1).toInt();
    c.sourcesOpen = cli.isSet(QStringLiteral("window-sources"));
    c.quick = quick;
    auto *bench =
        new WindowBench(&app, c, cli.value(QStringLiteral("window-corpus")), timeoutSeconds * 1000);
    const bool ok = bench->run();
    std::fflush(stdout);
    // Not deleted: after a timeout the window may still be busy, and the process ends here.
    std::_Exit(ok ? 0 : 1);
}

} // namespace

int main(int argc, char **argv) {
    // Charts need a GUI application, never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window benchmark's child sees every event the window handles (BenchApplication).
    const bool windowChild = std::any_of(
        argv, argv + argc, [](const char *arg) { return qstrcmp(arg, "--window-corpus") == 0; });
    std::unique_ptr<QApplication> app = windowChild ? std::make_unique<BenchApplication>(argc, argv)
                                                    : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("turnpoint-bench"));
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Scale benchmark: prints NAME VALUE UNIT per "
                                                 "metric."));
    cli.addHelpOption();
    const QCommandLineOption quickOpt(QStringLiteral("quick"),
                                      QStringLiteral("small sizes, a few seconds (for CI)"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("also write the metrics as JSON"),
                                     QStringLiteral("FILE"));
    const QCommandLineOption capOpt(QStringLiteral("cap"),
                                    QStringLiteral("seconds one sample may take before a "
                                                   "metric's remaining runs are skipped (60)"),
                                    QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption runsOpt(
        QStringLiteral("runs"), QStringLiteral("samples per latency (5)"), QStringLiteral("N"));
    const QCommandLineOption windowOpt(
        QStringLiteral("window"),
        QStringLiteral("only the whole-window benchmark: the real MainWindow on 1 file x 1M, "
                       "1,000 x 100 and 1,000 x 1,000 turning points, each in its own process "
                       "(with --quick: the small corpora --quick runs after the components). "
                       "\"Idle\": loadFinished, then 500 ms with no event handled and no "
                       "heartbeat gap over 20 ms; a step is \"updated\" when every event it "
                       "caused was handled, repaints included (see windowbench.h)"));
    const QCommandLineOption corpusOpt(QStringLiteral("corpus"),
                                       QStringLiteral("with --window: only this corpus (1m, "
                                                      "1000x100, 1000x1000)"),
                                       QStringLiteral("NAME"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        QStringLiteral("seconds each window phase may take "
                                                       "before it is reported as a timeout "
                                                       "(180; 120 with --quick)"),
                                        QStringLiteral("S"));
    // Internal: how the window benchmark starts its child processes.
    QCommandLineOption childCorpusOpt(QStringLiteral("window-corpus"), QString(),
                                      QStringLiteral("PATH"));
    QCommandLineOption childNameOpt(QStringLiteral("window-name"), QString(),
                                    QStringLiteral("NAME"));
    QCommandLineOption childSizeOpt(QStringLiteral("window-size"), QString(),
                                    QStringLiteral("FILESxTURNINGPOINTS"));
    QCommandLineOption childSourcesOpt(QStringLiteral("window-sources"), QString());
    for (QCommandLineOption *o : {&childCorpusOpt, &childNameOpt, &childSizeOpt, &childSourcesOpt})
        o->setFlags(QCommandLineOption::HiddenFromHelp);
    cli.addOptions({quickOpt, jsonOpt, capOpt, runsOpt, windowOpt, corpusOpt, timeoutOpt,
                    childCorpusOpt, childNameOpt, childSizeOpt, childSourcesOpt});
    cli.process(*app);

    const bool quick = cli.isSet(quickOpt);
    const double timeoutSeconds = cli.isSet(timeoutOpt)
                                      ? std::max(1.0, cli.value(timeoutOpt).toDouble())
                                  : quick ? 120
                                          : 180;
    if (windowChild)
        return runWindowChild(static_cast<BenchApplication &>(*app), cli, quick, timeoutSeconds);
    if (cli.isSet(windowOpt)) {
        // Timeouts are expected in full mode while the window is slow; they are printed as
        // such. Only --quick, which CTest runs, fails on them.
        const bool ok = WindowBenchRunner(quick, timeoutSeconds, cli.value(corpusOpt)).run();
        return ok || !quick ? 0 : 1;
    }
    Sizes sizes;
    if (quick) {
        sizes.parseMb = 2;
        sizes.files = 20;
        sizes.turningPointsPerFile = 50;
        sizes.bigTurningPoints = 5000;
        sizes.naiveTurningPoints = 500;
        sizes.runs = 2;
        sizes.filterSamples = 3;
    }
    if (cli.isSet(runsOpt))
        sizes.runs = std::max(1, cli.value(runsOpt).toInt());
    Bench bench(sizes, std::max(0.1, cli.value(capOpt).toDouble()), quick, cli.value(jsonOpt));
    if (!bench.run() || !bench.writeJson())
        return 1;
    // CTest runs --quick: the window benchmark too, at small sizes, so it keeps working.
    if (quick && !WindowBenchRunner(true, timeoutSeconds, QString()).run())
        return 1;
    return 0;
}

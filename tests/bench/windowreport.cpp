#include "windowreport.h"

#include <QStringList>

#include <cmath>
#include <cstdio>

QString WindowCase::suffix() const {
    return sourcesOpen ? corpus + QStringLiteral("_sources") : corpus;
}

namespace {

// The targets, by corpus; the quick corpora have none.
struct Targets {
    QString openIdle, threshold, zoomPan, search, rssMb;
};

Targets targetsFor(const WindowCase &c) {
    if (c.quick)
        return {};
    const bool million = c.totalTurningPoints() >= 1000000;
    Targets t;
    if (c.corpus == QLatin1String("1m"))
        t.openIdle = QStringLiteral("<= 6");
    else if (c.files == 1000 && c.turningPoints == 100)
        t.openIdle = QStringLiteral("<= 2");
    else if (c.files == 1000 && c.turningPoints == 1000)
        t.openIdle = QStringLiteral("<= 8");
    t.threshold = million ? QStringLiteral("<= 100") : QStringLiteral("<= 33");
    if (million) {
        t.zoomPan = QStringLiteral("<= 33");
        t.search = QStringLiteral("<= 200");
    }
    if (c.files == 1000 && c.turningPoints == 100)
        t.rssMb = QStringLiteral("<= 150 (or <= 1.5x files)");
    return t;
}

} // namespace

WindowReport::WindowReport(const WindowCase &windowCase)
    : m_case(windowCase) {
    const Targets t = targetsFor(windowCase);
    const bool quick = windowCase.quick;
    const QString stall = quick ? QString() : QStringLiteral("<= 100");
    const QString ms = QStringLiteral("ms");
    // As WindowBench measures them: a series of steps gives p50, p95 and its longest stall, a
    // single step its time and its stall.
    const auto series = [&](const QString &key, const QString &target) {
        m_metrics += {{key + QStringLiteral("_ms_p50"), ms, QString()},
                      {key + QStringLiteral("_ms_p95"), ms, target},
                      {QStringLiteral("ui_stall_%1_ms").arg(key), ms, stall}};
    };
    const auto single = [&](const QString &key, const QString &target) {
        m_metrics += {{key + QStringLiteral("_ms"), ms, target},
                      {QStringLiteral("ui_stall_%1_ms").arg(key), ms, stall}};
    };
    m_metrics = {{QStringLiteral("startup_ms"), ms, QString()},
                 {QStringLiteral("open_first_chart_s"), QStringLiteral("s"), QString()},
                 {QStringLiteral("open_idle_s"), QStringLiteral("s"), t.openIdle},
                 {QStringLiteral("ui_stall_load_ms"), ms, stall}};
    series(QStringLiteral("threshold"), t.threshold);
    if (!windowCase.sourcesOpen) {
        series(QStringLiteral("zoom"), t.zoomPan);
        series(QStringLiteral("pan"), t.zoomPan);
        single(QStringLiteral("search"), t.search);
        single(QStringLiteral("sources_dock"), QString());
        single(QStringLiteral("close_all"), QString());
    }
    m_metrics += {
        {QStringLiteral("ui_stall_max_ms"), ms, stall},
        {QStringLiteral("quit_ms"), ms, quick ? QString() : QStringLiteral("<= 1000")},
        {QStringLiteral("rss_peak_mb"), QStringLiteral("MB"), t.rssMb},
        {QStringLiteral("rss_per_file_byte"), QStringLiteral("ratio"),
         quick ? QString() : QStringLiteral("<= 1.5")},
    };
}

QString WindowReport::name(const QString &key) const {
    return QStringLiteral("window_") + key + QLatin1Char('_') + m_case.suffix();
}

const WindowReport::Metric *WindowReport::find(const QString &key) const {
    for (const Metric &m : m_metrics) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

void WindowReport::printLine(const Metric &m, const QString &value, const QString &note) {
    const QString target =
        m.target.isEmpty() ? QString() : QStringLiteral(" [target %1]").arg(m.target);
    std::printf("%s %s %s%s\n", qPrintable(name(m.key)), qPrintable(value), qPrintable(m.unit),
                qPrintable(target));
    if (!note.isEmpty())
        std::printf("# %s: %s\n", qPrintable(name(m.key)), qPrintable(note));
    std::fflush(stdout);
    m_printed.insert(m.key);
}

void WindowReport::print(const QString &key, double value, const QString &note) {
    std::lock_guard<std::mutex> lock(m_mutex);
    const Metric *m = find(key);
    if (!m || m_printed.contains(key)) {
        std::fprintf(stderr, "turnpoint-bench: metric %s unknown or printed twice\n",
                     qPrintable(key));
        return;
    }
    printLine(*m, std::isnan(value) ? QStringLiteral("timeout") : QString::number(value, 'g', 4),
              note);
}

void WindowReport::printMissing(const QString &why) {
    std::lock_guard<std::mutex> lock(m_mutex);
    for (const Metric &m : std::as_const(m_metrics)) {
        if (!m_printed.contains(m.key))
            printLine(m, QStringLiteral("timeout"), QStringLiteral("not measured: ") + why);
    }
}

void WindowReport::seen(const QString &line) {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (line.startsWith(QLatin1Char('#')))
        return;
    const QString metricName = line.section(QLatin1Char(' '), 0, 0);
    for (const Metric &m : std::as_const(m_metrics)) {
        if (name(m.key) == metricName)
            m_printed.insert(m.key);
    }
}

bool WindowReport::complete() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_printed.size() == m_metrics.size();
}

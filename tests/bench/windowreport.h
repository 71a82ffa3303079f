#pragma once

#include <QList>
#include <QSet>
#include <QString>

#include <mutex>

// One run of the window benchmark: a corpus, opened with the Sources dock closed or open.
struct WindowCase {
    QString corpus;        // "1m", "1000x100", …: the suffix of every metric name
    int files = 1;         // 1: one file, else a folder of files
    int turningPoints = 0; // per file
    bool sourcesOpen = false;
    bool quick = false; // no targets: the small corpora only check that the window gets there

    QString suffix() const;
    qint64 totalTurningPoints() const { return qint64(files) * turningPoints; }
};

// The metrics of one WindowCase, in the order they are measured, with the targets, and
// their printing: "NAME VALUE UNIT [target T]" (as the component benchmarks, plus the target),
// notes as "# NAME: note". A metric that was never measured is printed with "timeout" as its
// value, by the child when a step timed out or by the parent when the child had to be ended.
// Thread-safe: the child's watchdog prints from its own thread.
class WindowReport {
public:
    struct Metric {
        QString key; // without the suffix: "open_idle_s"
        QString unit;
        QString target;
    };

    explicit WindowReport(const WindowCase &windowCase);

    QString name(const QString &key) const;
    void print(const QString &key, double value, const QString &note = QString());
    // Prints every metric of this case that was not printed yet as not measured.
    void printMissing(const QString &why);
    // Counts a metric line printed by someone else (the child, read by the parent).
    void seen(const QString &line);
    bool complete() const;

private:
    const Metric *find(const QString &key) const;
    void printLine(const Metric &m, const QString &value, const QString &note);

    WindowCase m_case;
    QList<Metric> m_metrics;
    QSet<QString> m_printed; // keys
    mutable std::mutex m_mutex;
};

#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QChart;
class QScatterSeries;
class QValueAxis;

namespace Turnpoint {

// The chart's legend: Qt Charts draws it from empty scatter series, one per marker style
// (kinds, nothing found, below threshold, the comparison's marks) and, in overlay with several
// reports, one per report colour. The markers themselves are painted by TimelinePlotItem, so
// the series only carry a name, a shape and a colour from ChartPalette.
class ChartLegend {
    Q_DECLARE_TR_FUNCTIONS(ChartLegend)

public:
    // What the plot shows now, so the legend names only that.
    struct Contents {
        bool event = false;
        bool policy = false;
        bool other = false;
        bool nothingFound = false;
        bool ghosts = false;         // faint markers below the threshold are drawn
        bool comparison = false;     // a report has a baseline
        bool density = false;        // the plot shows aggregate columns of shaded cells
        bool densityInLanes = false; // ... inside lanes, which have no confidence axis
        QStringList otherKinds;      // shown kinds outside event and policy, as written
        // Overlay with several reports: the fill tells reports apart (their titles, in order).
        bool byReport = false;
        QStringList reportTitles;
    };

    // Adds the series to `chart` (its children), attached to both axes.
    ChartLegend(QChart *chart, QValueAxis *xAxis, QValueAxis *yAxis);

    // Names every entry in the current UI language and shows the entries `contents` asks for.
    void update(const Contents &contents);

private:
    QScatterSeries *addSeries(int shape, double size, const QColor &fill, const QColor &border);

    QChart *m_chart;
    QValueAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QScatterSeries *m_eventSeries = nullptr;
    QScatterSeries *m_policySeries = nullptr;
    QScatterSeries *m_otherSeries = nullptr;
    QScatterSeries *m_nothingSeries = nullptr;
    QScatterSeries *m_ghostSeries = nullptr;
    QScatterSeries *m_densitySeries = nullptr;
    QScatterSeries *m_addedSeries = nullptr;
    QScatterSeries *m_removedSeries = nullptr;
    QScatterSeries *m_rescoredSeries = nullptr;
    QScatterSeries *m_modifiedSeries = nullptr;
    QList<QScatterSeries *> m_reportSeries; // one per report, then "and N more"
};

} // namespace Turnpoint

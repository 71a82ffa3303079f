#include "chartlegend.h"

#include "chartpalette.h"
#include "densitybins.h"
#include "markerstore.h"
#include "safetext.h"
#include "timelineplotitem.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLinearGradient>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace Turnpoint {

namespace {

// Overlay mode names at most this many reports in the legend, then "and N more": as many as
// the palette has colours (ChartPalette::report), past which colours repeat.
constexpr int MaxLegendReports = 7;

QScatterSeries::MarkerShape shapeFor(MarkerStore::KindClass kind) {
    switch (kind) {
    case MarkerStore::KindClass::Event:
        return QScatterSeries::MarkerShapeCircle;
    case MarkerStore::KindClass::Policy:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case MarkerStore::KindClass::Other:
        return QScatterSeries::MarkerShapeTriangle;
    }
    return QScatterSeries::MarkerShapeCircle;
}

} // namespace

ChartLegend::ChartLegend(QChart *chart, QValueAxis *xAxis, QValueAxis *yAxis)
    : m_chart(chart)
    , m_xAxis(xAxis)
    , m_yAxis(yAxis) {
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    using KindClass = MarkerStore::KindClass;
    const auto kindSeries = [this](KindClass kind) {
        return addSeries(shapeFor(kind), 12, ChartPalette::kind(kind),
                         ChartPalette::border(ChartPalette::kind(kind)));
    };
    m_eventSeries = kindSeries(KindClass::Event);
    m_policySeries = kindSeries(KindClass::Policy);
    m_otherSeries = kindSeries(KindClass::Other);
    m_nothingSeries = addSeries(QScatterSeries::MarkerShapeCircle, 12, ChartPalette::paper(),
                                ChartPalette::nothingFound());
    QColor ghost = ChartPalette::kind(KindClass::Event);
    ghost.setAlphaF(TimelinePlotItem::GhostOpacity);
    m_ghostSeries = addSeries(QScatterSeries::MarkerShapeCircle, 12, ghost, ghost);
    // The cells' shading in small: faint (few turning points) to full (the fullest cell).
    m_densitySeries = addSeries(QScatterSeries::MarkerShapeRectangle, 12, ChartPalette::aggregate(),
                                ChartPalette::aggregate());
    QLinearGradient ramp(0, 1, 0, 0);
    ramp.setCoordinateMode(QGradient::ObjectBoundingMode);
    QColor faint = ChartPalette::aggregate();
    faint.setAlpha(40);
    ramp.setColorAt(0, faint);
    ramp.setColorAt(1, ChartPalette::aggregate());
    m_densitySeries->setBrush(ramp);
    m_addedSeries = addSeries(QScatterSeries::MarkerShapeCircle, 12, ChartPalette::added(),
                              ChartPalette::border(ChartPalette::added()));
    m_removedSeries = addSeries(QScatterSeries::MarkerShapeCircle, 12, ChartPalette::paper(),
                                ChartPalette::removed());
    m_rescoredSeries = addSeries(QScatterSeries::MarkerShapeTriangle, 12, ChartPalette::modified(),
                                 ChartPalette::border(ChartPalette::modified()));
    m_modifiedSeries = addSeries(QScatterSeries::MarkerShapeCircle, 7, ChartPalette::modified(),
                                 ChartPalette::border(ChartPalette::modified()));
}

QScatterSeries *ChartLegend::addSeries(int shape, double size, const QColor &fill,
                                       const QColor &border) {
    // Empty series: they give the legend its entries; TimelinePlotItem paints the markers so
    // their size can follow the number of entries.
    auto *series = new QScatterSeries(m_chart);
    series->setMarkerShape(QScatterSeries::MarkerShape(shape));
    series->setMarkerSize(size);
    if (fill.isValid()) {
        series->setColor(fill);
        series->setBorderColor(border);
    }
    m_chart->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
    return series;
}

void ChartLegend::update(const Contents &contents) {
    // Legend labels are HTML in Qt Charts; every one is escaped, report text or not.
    //: Legend: turning points of kind 事件 / Event
    m_eventSeries->setName(SafeText::html(tr("Event")));
    //: Legend: turning points of kind 政策 / Policy
    m_policySeries->setName(SafeText::html(tr("Policy")));
    QString others = contents.otherKinds.join(QStringLiteral(", "));
    if (others.size() > 40)
        others = others.left(39) + QChar(0x2026);
    //: Legend: turning points of any other kind, followed by the kinds as written
    m_otherSeries->setName(SafeText::html(tr("Other: %1").arg(others)));
    //: Legend: turning points where the report found nothing (hollow grey markers)
    m_nothingSeries->setName(SafeText::html(tr("Nothing found")));
    //: Legend: faint markers of turning points below the confidence threshold
    m_ghostSeries->setName(SafeText::html(tr("Below threshold")));
    m_densitySeries->setName(SafeText::html(
        contents.densityInLanes
            //: Legend, lanes mode, when there are too many turning points for single markers:
            //: each lane shows columns of cells stacked by confidence (0% at the lane's
            //: bottom, 100% at its top); the darker a cell, the more turning points it holds
            ? tr("Darker = more turning points; higher in a lane = more confident")
            //: Legend, when there are too many turning points for single markers: the chart
            //: shows columns of cells, one per %1 percent of confidence (%1 is a number, e.g.
            //: 5); the darker a cell, the more turning points it holds
            : tr("Darker = more turning points per %1% confidence").arg(DensityBins::BandWidth)));

    //: Legend (comparing versions): turning points new in this version
    m_addedSeries->setName(SafeText::html(tr("Added")));
    //: Legend (comparing versions): hollow ghosts of turning points the earlier version had
    m_removedSeries->setName(SafeText::html(tr("Removed")));
    //: Legend (comparing versions): turning points whose confidence changed
    m_rescoredSeries->setName(SafeText::html(tr("Re-scored")));
    //: Legend (comparing versions): turning points otherwise changed
    m_modifiedSeries->setName(SafeText::html(tr("Modified")));

    // Overlay with several reports: the fill tells reports apart, so the kinds' entries show
    // their shape only, in grey, and each report gets an entry in its colour.
    const bool byReport = contents.byReport;
    using KindClass = MarkerStore::KindClass;
    const std::pair<QScatterSeries *, KindClass> kinds[] = {{m_eventSeries, KindClass::Event},
                                                            {m_policySeries, KindClass::Policy},
                                                            {m_otherSeries, KindClass::Other}};
    for (const auto &[series, kind] : kinds) {
        const QColor fill = byReport ? ChartPalette::neutral() : ChartPalette::kind(kind);
        if (series->color() != fill) {
            series->setColor(fill);
            series->setBorderColor(ChartPalette::border(fill));
        }
    }
    const QStringList titles = byReport ? contents.reportTitles : QStringList();
    const int entries = int(std::min<qsizetype>(titles.size(), MaxLegendReports + 1));
    while (m_reportSeries.size() < entries)
        m_reportSeries.append(
            addSeries(QScatterSeries::MarkerShapeRectangle, 11, QColor(), QColor()));
    while (m_reportSeries.size() > entries) {
        QScatterSeries *series = m_reportSeries.takeLast();
        m_chart->removeSeries(series);
        delete series;
    }
    for (int i = 0; i < entries; ++i) {
        QScatterSeries *series = m_reportSeries.at(i);
        if (i == MaxLegendReports && titles.size() > MaxLegendReports + 1) {
            //: Legend: after the first reports' colours, how many more reports there are
            //: (always at least two)
            series->setName(
                SafeText::html(tr("and %1 more reports").arg(titles.size() - MaxLegendReports)));
            series->setColor(ChartPalette::paper());
            series->setBorderColor(ChartPalette::neutral());
            continue;
        }
        QString name = titles.at(i);
        if (name.size() > 32)
            name = name.left(31) + QChar(0x2026);
        // Legend names are HTML in Qt Charts: a report's title is escaped like any other text.
        series->setName(SafeText::html(name));
        series->setColor(ChartPalette::report(i));
        series->setBorderColor(ChartPalette::border(ChartPalette::report(i)));
    }

    const bool comparison = contents.comparison;
    const std::pair<QScatterSeries *, bool> shown[] = {
        {m_eventSeries, contents.event},  {m_policySeries, contents.policy},
        {m_otherSeries, contents.other},  {m_nothingSeries, contents.nothingFound},
        {m_ghostSeries, contents.ghosts}, {m_densitySeries, contents.density},
        {m_addedSeries, comparison},      {m_removedSeries, comparison},
        {m_rescoredSeries, comparison},   {m_modifiedSeries, comparison}};
    QLegend *legend = m_chart->legend();
    bool changed = false;
    for (const auto &[series, visible] : shown) {
        const QList<QLegendMarker *> legendMarkers = legend->markers(series);
        for (QLegendMarker *marker : legendMarkers) {
            changed = changed || marker->isVisible() != visible;
            marker->setVisible(visible);
        }
    }
    // The legend does not lay itself out again when a marker only changes visibility: the
    // entry would appear at a stale place without its label. The new layout is applied at once,
    // not on the posted LayoutRequest, so that an export made before the event loop turns
    // (ensureUpToDate() then render) shows the legend as the screen will.
    if (changed && legend->layout()) {
        legend->layout()->invalidate();
        QCoreApplication::sendPostedEvents(legend, QEvent::LayoutRequest);
        QCoreApplication::sendPostedEvents(m_chart, QEvent::LayoutRequest);
    }
}

} // namespace Turnpoint

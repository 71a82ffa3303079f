#include "timelineplotitem.h"

#include "chartpalette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Turnpoint {

namespace {

void drawShape(QPainter *painter, MarkerStore::KindClass kind, const QPointF &c, double r) {
    switch (kind) {
    case MarkerStore::KindClass::Event:
        painter->drawEllipse(c, r, r);
        break;
    case MarkerStore::KindClass::Policy: {
        // A diamond reads as the same size as a circle when its half-diagonal is ~1.2 r.
        const double d = r * 1.2;
        const QPointF points[] = {c + QPointF(0, -d), c + QPointF(d, 0), c + QPointF(0, d),
                                  c + QPointF(-d, 0)};
        painter->drawPolygon(points, 4);
        break;
    }
    case MarkerStore::KindClass::Other: {
        const QPointF points[] = {c + QPointF(0, -r * 1.2), c + QPointF(r * 1.1, r * 0.8),
                                  c + QPointF(-r * 1.1, r * 0.8)};
        painter->drawPolygon(points, 3);
        break;
    }
    }
}

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

} // namespace

TimelinePlotItem::TimelinePlotItem(QGraphicsItem *parent)
    : QGraphicsItem(parent) {
    // Hover and clicks are handled by the view, which asks the chart what is under the cursor.
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void TimelinePlotItem::setFrame(Frame frame) {
    if (frame.plot != m_frame.plot)
        prepareGeometryChange();
    m_frame = std::move(frame);
    update();
}

QRectF TimelinePlotItem::boundingRect() const {
    return m_frame.plot;
}

void TimelinePlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    if (m_frame.plot.isEmpty())
        return;
    painter->save();
    painter->setClipRect(m_frame.plot);
    if (m_frame.band) {
        const double a = std::min(m_frame.band->first, m_frame.band->second);
        const double b = std::max(m_frame.band->first, m_frame.band->second);
        const QRectF band(a, m_frame.plot.top(), b - a, m_frame.plot.height());
        painter->fillRect(band, ChartPalette::rangeBand());
        painter->setPen(QPen(ChartPalette::rangeBandEdge(), 1));
        painter->drawLine(QPointF(a, band.top()), QPointF(a, band.bottom()));
        painter->drawLine(QPointF(b, band.top()), QPointF(b, band.bottom()));
    }
    if (m_frame.aggregated)
        paintColumns(painter);
    paintMarkers(painter); // in aggregate mode: the selected marker only
    painter->restore();
}

namespace {

// Source-over of a premultiplied colour onto a rectangle of a premultiplied ARGB32 image.
void blendRect(QImage &image, QRect rect, QRgb colour) {
    rect = rect.intersected(image.rect());
    if (rect.isEmpty())
        return;
    const uint alpha = qAlpha(colour);
    const uint inverse = 255 - alpha;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb d = line[x];
            if (d == 0) { // most pixels: nothing below yet
                line[x] = colour;
                continue;
            }
            line[x] = qRgba(
                qRed(colour) + qRed(d) * inverse / 255, qGreen(colour) + qGreen(d) * inverse / 255,
                qBlue(colour) + qBlue(d) * inverse / 255, alpha + qAlpha(d) * inverse / 255);
        }
    }
}

QRgb premultiplied(const QColor &c) {
    return qPremultiply(c.rgba());
}

// The columns' image and how item coordinates map onto its device pixels.
struct Raster {
    QImage image;
    QRectF plot;
    double ratio = 1;

    QRect pixels(double left, double top, double width, double height) const {
        const int x0 = int(std::lround((left - plot.left()) * ratio));
        const int x1 = int(std::lround((left + width - plot.left()) * ratio));
        const int y0 = int(std::lround((top - plot.top()) * ratio));
        const int y1 = int(std::lround((top + height - plot.top()) * ratio));
        return QRect(x0, y0, std::max(1, x1 - x0), std::max(1, y1 - y0));
    }
    void fill(double left, double top, double width, double height, QRgb colour) {
        blendRect(image, pixels(left, top, width, height), colour);
    }
};

} // namespace

int TimelinePlotItem::bandsPerCell(double height) {
    constexpr int Bands = DensityBins::BandCount;
    for (int merged = 1; merged < Bands; ++merged)
        if (Bands % merged == 0 && height / (Bands / merged) >= MinCellHeight)
            return merged;
    return Bands;
}

int TimelinePlotItem::cellCounts(const Column &column, bool ghosts,
                                 DensityBins::BandCounts &cells) {
    const DensityBins::BandCounts &bands =
        ghosts ? column.aggregate.ghostBands : column.aggregate.passBands;
    const int merged = bandsPerCell(column.bandsBottom - column.bandsTop);
    const int count = DensityBins::BandCount / merged;
    cells.fill(0);
    for (int b = 0; b < DensityBins::BandCount; ++b)
        cells[size_t(b / merged)] += bands[size_t(b)];
    return count;
}

double TimelinePlotItem::cellIntensity(int count, int maxCount) {
    if (count <= 0)
        return 0;
    if (maxCount <= 1)
        return 1;
    // A square-root scale: it keeps the contrast between ordinary and dense cells, where a
    // log scale makes every cell of a big corpus look alike; the floor keeps a lone turning
    // point a clear mark next to thousands.
    constexpr double Floor = 0.12;
    const double t = std::sqrt(double(count) / double(maxCount));
    return Floor + (1 - Floor) * std::clamp(t, 0.0, 1.0);
}

namespace {

// One column's cells, shown markers or ghosts, as rectangles over their bands, shaded by
// count. Where the column's range ends inside a band, the cell stops at the range: a cell
// never reaches below the lowest confidence it holds, so shown cells stay above the
// threshold line and ghosts below it.
void paintCells(Raster &raster, const TimelinePlotItem::Column &column, bool ghosts,
                const QColor &colour, int minAlpha, int maxAlpha, int maxCount) {
    const DensityBins::Aggregate &a = column.aggregate;
    DensityBins::BandCounts cells;
    const int count = TimelinePlotItem::cellCounts(column, ghosts, cells);
    const int merged = DensityBins::BandCount / count;
    const double height = column.bandsBottom - column.bandsTop;
    const int lowest = ghosts ? a.ghostMin : a.passMin;
    const int highest = ghosts ? a.ghostMax : a.passMax;
    const auto y = [&](double percent) { return column.bandsBottom - height * percent / 100.0; };
    for (int cell = 0; cell < count; ++cell) {
        const double intensity = TimelinePlotItem::cellIntensity(cells[size_t(cell)], maxCount);
        if (intensity <= 0)
            continue;
        const int low = std::max(DensityBins::bandLow(cell * merged), lowest);
        const int high = std::min(DensityBins::bandHigh(cell * merged + merged - 1), highest);
        double top = y(std::max(high, low));
        double bottom = y(low);
        // A cell whose turning points share one confidence is a line: keep it visible.
        constexpr double MinHeight = 2;
        if (bottom - top < MinHeight) {
            const double mid = (top + bottom) / 2;
            top = mid - MinHeight / 2;
            bottom = mid + MinHeight / 2;
        }
        QColor c = colour;
        c.setAlpha(int(std::lround(minAlpha + (maxAlpha - minAlpha) * intensity)));
        raster.fill(column.left, top, column.width, bottom - top, premultiplied(c));
    }
}

} // namespace

void TimelinePlotItem::paintColumns(QPainter *painter) const {
    // The columns are rasterised here, pixel by pixel, into one image drawn at once: a
    // QPainter call per column costs a few microseconds each, which for thousands of
    // rectangles outweighs everything else the chart draws. The image has the device's
    // resolution, so an export at scale 2 stays sharp.
    const QTransform &t = painter->deviceTransform();
    Raster raster;
    raster.ratio = std::max(1.0, std::hypot(t.m11(), t.m12()));
    raster.plot = m_frame.plot;
    const QRectF plot = m_frame.plot;
    const QSize size(int(std::ceil(plot.width() * raster.ratio)),
                     int(std::ceil(plot.height() * raster.ratio)));
    if (size.isEmpty())
        return;
    raster.image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    raster.image.fill(Qt::transparent);

    const QColor base = ChartPalette::aggregate();
    const QRgb ghost = premultiplied(withAlpha(ChartPalette::nothingFound(), 70));
    const QRgb strip = premultiplied(withAlpha(base, 170));
    const QRgb match = premultiplied(ChartPalette::searchMatch());
    const QRgb emphasis = premultiplied(ChartPalette::emphasis());
    const double logMax = std::log1p(double(std::max(m_frame.maxColumnCount, 1)));
    const double bottom = plot.bottom();
    const double top = plot.top();
    for (const Column &column : m_frame.columns) {
        const DensityBins::Aggregate &c = column.aggregate;
        // Ghosts first and fainter, in the ghosts' grey, so shown cells read over them.
        if (m_frame.showGhosts && c.ghosts > 0)
            paintCells(raster, column, true, ChartPalette::nothingFound(), 20, 120,
                       m_frame.maxCellCount);
        const int count = c.passing + (m_frame.showGhosts ? c.ghosts : 0);
        if (count == 0)
            continue;
        if (c.passing > 0)
            paintCells(raster, column, false, base, 25, 255, m_frame.maxCellCount);
        // Density on a log scale: one lone turning point is still visible next to thousands.
        const double density = std::log1p(double(count)) / logMax;
        const bool inLane = column.laneBottom > column.laneTop;
        const double stripBottom = inLane ? column.laneBottom : bottom;
        const double stripMax =
            inLane ? laneStripHeight(column.laneBottom - column.laneTop) : DensityStripHeight;
        const double stripHeight = std::max(1.0, stripMax * density);
        raster.fill(column.left, stripBottom - stripHeight, column.width, stripHeight,
                    c.passing > 0 ? strip : ghost);
        // Small marks along the top: a match or an emphasised turning point is in there.
        const double markTop = inLane ? column.laneTop : top;
        const double markHeight =
            inLane ? std::clamp((column.laneBottom - markTop) / 6, 1.0, 5.0) : 5;
        if (c.passMatch || (m_frame.showGhosts && c.ghostMatch))
            raster.fill(column.left, markTop + 1, column.width, markHeight, match);
        if (c.passEmphasis || (m_frame.showGhosts && c.ghostEmphasis))
            raster.fill(column.left, markTop + 2 + markHeight, column.width, markHeight, emphasis);
    }
    raster.image.setDevicePixelRatio(raster.ratio);
    painter->drawImage(plot.topLeft(), raster.image);
}

void TimelinePlotItem::paintMarkers(QPainter *painter) const {
    for (const Marker &m : m_frame.markers) {
        if (m.removed >= 0) {
            // Only in the baseline: a hollow, dashed outline where it used to be.
            painter->setOpacity(0.85);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(ChartPalette::removed(), 1.5, Qt::DashLine));
            drawShape(painter, m.kind, m.centre, m.radius);
            continue;
        }
        const QColor colour = m.nothingFound ? ChartPalette::nothingFound()
                                             : m.fill.value_or(ChartPalette::kind(m.kind));
        painter->setOpacity((m.ghost ? GhostOpacity : 1.0) * m.opacity);

        // The period the date covers, once it is wider than the marker: a month reads as a
        // month when zoomed in.
        if (m.extentRight - m.extentLeft > 2.4 * m.radius + 14) {
            const double h = std::max(6.0, m.radius * 0.9);
            painter->setBrush(withAlpha(colour, 45));
            painter->setPen(QPen(withAlpha(colour, 120), 1));
            painter->drawRect(
                QRectF(m.extentLeft, m.centre.y() - h / 2, m.extentRight - m.extentLeft, h));
        }
        painter->setBrush(Qt::NoBrush);
        if (m.emphasized) {
            painter->setPen(QPen(ChartPalette::emphasis(), 3.5));
            drawShape(painter, m.kind, m.centre, m.radius + (m.searchMatch ? 8 : 4));
        }
        if (m.searchMatch) {
            painter->setPen(QPen(ChartPalette::searchMatch(), 3));
            drawShape(painter, m.kind, m.centre, m.radius + 3.5);
        }
        if (m.selected) {
            painter->setPen(QPen(withAlpha(colour, 110), 3));
            drawShape(painter, m.kind, m.centre, m.radius + 5);
        }
        if (m.nothingFound) {
            painter->setBrush(ChartPalette::hollowFill());
            painter->setPen(QPen(ChartPalette::nothingFound(), 2));
        } else {
            painter->setBrush(colour);
            painter->setPen(QPen(colour.darker(160), 1));
        }
        if (m.selected)
            painter->setPen(QPen(ChartPalette::selection(), 2.5));
        else if (m.emphasized)
            painter->setPen(QPen(ChartPalette::emphasis().darker(130), 2.5));
        drawShape(painter, m.kind, m.centre, m.radius);
        if (m.change != ChangeKind::Unchanged && !m.ghost)
            paintChangeMarks(painter, m);
    }
    painter->setOpacity(1.0);
}

void TimelinePlotItem::paintChangeMarks(QPainter *painter, const Marker &m) const {
    painter->setOpacity(1.0);
    // Badges sit at the upper right of the marker, small enough not to hide its neighbours.
    const QPointF badge = m.centre + QPointF(m.radius * 0.85 + 1, -m.radius * 0.85 - 1);
    if (m.oldCentre) {
        // Re-scored: a line from the old confidence to the new one, with an arrow head at the
        // marker's edge.
        const QPointF from = *m.oldCentre;
        const double dy = m.centre.y() - from.y();
        if (std::abs(dy) > m.radius + 2) {
            const double dir = dy > 0 ? 1 : -1;
            const QPointF tip(m.centre.x(), m.centre.y() - dir * (m.radius + 1));
            painter->setPen(QPen(ChartPalette::modified(), 1.5));
            painter->drawLine(from, tip);
            const QPointF head[] = {tip, tip + QPointF(-4, -dir * 6), tip + QPointF(4, -dir * 6)};
            painter->setBrush(ChartPalette::modified());
            painter->drawPolygon(head, 3);
        }
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(ChartPalette::modified(), 1.2, Qt::DotLine));
        painter->drawEllipse(from, 3.5, 3.5);
    }
    switch (m.change) {
    case ChangeKind::Added: {
        painter->setPen(QPen(ChartPalette::paper(), 1));
        painter->setBrush(ChartPalette::added());
        painter->drawEllipse(badge, 5, 5);
        painter->setPen(QPen(ChartPalette::paper(), 1.6));
        painter->drawLine(badge + QPointF(-3, 0), badge + QPointF(3, 0));
        painter->drawLine(badge + QPointF(0, -3), badge + QPointF(0, 3));
        break;
    }
    case ChangeKind::Modified:
        if (!m.deltaText.isEmpty()) {
            const QFontMetricsF fm(painter->font());
            const QRectF text(badge.x() - 1, badge.y() - fm.height() + 3,
                              fm.horizontalAdvance(m.deltaText) + 4, fm.height());
            painter->setPen(Qt::NoPen);
            painter->setBrush(ChartPalette::badgeBackground());
            painter->drawRoundedRect(text, 3, 3);
            painter->setPen(ChartPalette::modified());
            painter->drawText(text, Qt::AlignCenter, m.deltaText);
        } else if (!m.oldCentre) {
            painter->setPen(QPen(ChartPalette::paper(), 1));
            painter->setBrush(ChartPalette::modified());
            painter->drawEllipse(badge, 3.5, 3.5);
        }
        break;
    case ChangeKind::Unchanged:
    case ChangeKind::Removed:
        break;
    }
}

} // namespace Turnpoint

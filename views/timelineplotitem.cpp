#include "timelineplotitem.h"

#include <QPainter>

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

QColor TimelinePlotItem::colorFor(MarkerStore::KindClass kind) {
    // Distinguishable for the common colour-vision deficiencies; shapes differ as well.
    switch (kind) {
    case MarkerStore::KindClass::Event:
        return QColor(0x1f, 0x6f, 0xb4);
    case MarkerStore::KindClass::Policy:
        return QColor(0xe0, 0x7b, 0x00);
    case MarkerStore::KindClass::Other:
        return QColor(0x2a, 0x9d, 0x6f);
    }
    return QColor(Qt::black);
}

QColor TimelinePlotItem::nothingFoundColor() {
    return QColor(0x80, 0x80, 0x80);
}

QColor TimelinePlotItem::searchMatchColor() {
    // Amber: stands out against all three kind colours without replacing them.
    return QColor(0xf5, 0xb8, 0x00);
}

QColor TimelinePlotItem::emphasisColor() {
    return QColor(0xd6, 0x33, 0x84);
}

QColor TimelinePlotItem::aggregateColor() {
    // Aggregates mix kinds, so they get a colour of their own rather than one kind's.
    return QColor(0x3d, 0x4f, 0x6b);
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
        painter->fillRect(band, QColor(0x6b, 0x46, 0xc1, 40));
        painter->setPen(QPen(QColor(0x6b, 0x46, 0xc1, 160), 1));
        painter->drawLine(QPointF(a, band.top()), QPointF(a, band.bottom()));
        painter->drawLine(QPointF(b, band.top()), QPointF(b, band.bottom()));
    }
    if (m_frame.aggregated)
        paintColumns(painter);
    paintMarkers(painter); // in aggregate mode: the selected marker only
    painter->restore();
}

void TimelinePlotItem::paintColumns(QPainter *painter) const {
    painter->save();
    // Crisp pixel columns; antialiasing would smear neighbours into each other.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    const QColor base = aggregateColor();
    const QColor ghost = withAlpha(nothingFoundColor(), 70);
    const double logMax = std::log1p(double(std::max(m_frame.maxColumnCount, 1)));
    const double bottom = m_frame.plot.bottom();
    const double top = m_frame.plot.top();
    for (const Column &column : m_frame.columns) {
        const DensityBins::Aggregate &c = column.aggregate;
        if (m_frame.showGhosts && c.ghosts > 0) {
            const double h = std::max(column.ghostBottom - column.ghostTop, 2.0);
            const double y = column.ghostTop - (h - (column.ghostBottom - column.ghostTop)) / 2;
            painter->fillRect(QRectF(column.left, y, column.width, h), ghost);
        }
        const int count = c.passing + (m_frame.showGhosts ? c.ghosts : 0);
        if (count == 0)
            continue;
        // Density on a log scale: one lone turning point is still visible next to thousands.
        const double density = std::log1p(double(count)) / logMax;
        if (c.passing > 0) {
            const double h = std::max(column.passBottom - column.passTop, 2.0);
            const double y = column.passTop - (h - (column.passBottom - column.passTop)) / 2;
            const int alpha = int(90 + 165 * std::log1p(double(c.passing)) / logMax);
            painter->fillRect(QRectF(column.left, y, column.width, h),
                              withAlpha(base, std::min(alpha, 255)));
        }
        const double stripHeight = std::max(1.0, DensityStripHeight * density);
        painter->fillRect(QRectF(column.left, bottom - stripHeight, column.width, stripHeight),
                          c.passing > 0 ? withAlpha(base, 170) : ghost);
        // Small marks along the top: a match or an emphasised turning point is in there.
        if (c.passMatch || (m_frame.showGhosts && c.ghostMatch))
            painter->fillRect(QRectF(column.left, top + 1, column.width, 5), searchMatchColor());
        if (c.passEmphasis || (m_frame.showGhosts && c.ghostEmphasis))
            painter->fillRect(QRectF(column.left, top + 7, column.width, 5), emphasisColor());
    }
    painter->restore();
}

void TimelinePlotItem::paintMarkers(QPainter *painter) const {
    for (const Marker &m : m_frame.markers) {
        const QColor colour = m.nothingFound ? nothingFoundColor() : colorFor(m.kind);
        painter->setOpacity(m.ghost ? GhostOpacity : 1.0);

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
            painter->setPen(QPen(emphasisColor(), 3.5));
            drawShape(painter, m.kind, m.centre, m.radius + (m.searchMatch ? 8 : 4));
        }
        if (m.searchMatch) {
            painter->setPen(QPen(searchMatchColor(), 3));
            drawShape(painter, m.kind, m.centre, m.radius + 3.5);
        }
        if (m.selected) {
            painter->setPen(QPen(withAlpha(colour, 110), 3));
            drawShape(painter, m.kind, m.centre, m.radius + 5);
        }
        if (m.nothingFound) {
            painter->setBrush(QColor(255, 255, 255, 200));
            painter->setPen(QPen(nothingFoundColor(), 2));
        } else {
            painter->setBrush(colour);
            painter->setPen(QPen(colour.darker(160), 1));
        }
        if (m.selected)
            painter->setPen(QPen(QColor(Qt::black), 2.5));
        else if (m.emphasized)
            painter->setPen(QPen(emphasisColor().darker(130), 2.5));
        drawShape(painter, m.kind, m.centre, m.radius);
    }
    painter->setOpacity(1.0);
}

} // namespace Turnpoint

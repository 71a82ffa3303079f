#include "thresholdline.h"

#include "chartpalette.h"
#include "charttext.h"

#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

namespace Turnpoint {

QRectF ThresholdLine::draw(const QRectF &plot, double y, int percent, const QFont &font,
                           QGraphicsItem *layer) {
    auto *line = new QGraphicsLineItem(plot.left(), y, plot.right(), y, layer);
    line->setPen(QPen(ChartPalette::threshold(), 1.5, Qt::DashLine));
    line->setZValue(-0.5);
    auto *label = new QGraphicsSimpleTextItem(ChartText::threshold(percent), layer);
    label->setFont(font);
    label->setBrush(ChartPalette::threshold());
    label->setZValue(1);
    const QRectF r = label->boundingRect();
    QPointF pos(plot.right() - r.width() - 4, y - r.height() - 1);
    if (pos.y() < plot.top())
        pos.setY(y + 1);
    label->setPos(pos);
    return QRectF(pos, r.size()).adjusted(-2, -1, 2, 1);
}

} // namespace Turnpoint

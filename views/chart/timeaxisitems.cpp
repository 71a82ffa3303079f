#include "timeaxisitems.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QValueAxis>

namespace Turnpoint {

void TimeAxisItems::draw(const TimeScale &s, const QRectF &plot, const QLocale &locale,
                         const QValueAxis &style, QGraphicsItem *plotLayer,
                         QGraphicsItem *axisLayer) {
    const QFont tickFont = style.labelsFont();
    const QFontMetricsF tickMetrics(tickFont);
    if (m_tickWidths.size() > 4096)
        m_tickWidths.clear();
    const auto textWidth = [this, &tickMetrics](const QString &text) {
        auto it = m_tickWidths.constFind(text);
        if (it == m_tickWidths.constEnd())
            it = m_tickWidths.insert(text, tickMetrics.horizontalAdvance(text));
        return it.value();
    };
    const QList<TimeTick> ticks =
        s.ticks(locale, textWidth, tickMetrics.horizontalAdvance(QStringLiteral("MM")));
    const QPen gridPen = style.gridLinePen();
    const QPen axisPen = style.linePen();
    for (const TimeTick &tick : ticks) {
        const double x = s.toPixel(tick.time);
        if (x >= plot.left() && x <= plot.right()) {
            auto *grid = new QGraphicsLineItem(x, plot.top(), x, plot.bottom(), plotLayer);
            grid->setPen(gridPen);
            grid->setZValue(-1);
            auto *mark = new QGraphicsLineItem(x, plot.bottom(), x, plot.bottom() + 5, axisLayer);
            mark->setPen(axisPen);
        }
        if (!tick.label.isEmpty()) {
            auto *label = new QGraphicsSimpleTextItem(tick.label, axisLayer);
            label->setFont(tickFont);
            label->setBrush(style.labelsBrush());
            label->setPos(s.toPixel(tick.labelTime) - textWidth(tick.label) / 2, plot.bottom() + 6);
        }
    }
    auto *baseline =
        new QGraphicsLineItem(plot.left(), plot.bottom(), plot.right(), plot.bottom(), axisLayer);
    baseline->setPen(axisPen);
}

} // namespace Turnpoint

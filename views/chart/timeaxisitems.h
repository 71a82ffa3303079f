#pragma once

#include "timescale.h"

#include <QHash>
#include <QString>

class QGraphicsItem;
class QLocale;
class QRectF;
class QValueAxis;

namespace Turnpoint {

// The chart's time axis, drawn from a TimeScale instead of a Qt Charts axis so ticks follow
// calendar months and years and labels that do not fit are dropped instead of overlapping:
// grid lines on period boundaries inside the plot, tick marks, labels and the base line below.
class TimeAxisItems {
public:
    // Draws the axis for `scale` over `plot` in the look of `style` (the confidence axis: its
    // label font and brush, grid and line pens): grid lines on `plotLayer`, the rest on
    // `axisLayer`.
    void draw(const TimeScale &scale, const QRectF &plot, const QLocale &locale,
              const QValueAxis &style, QGraphicsItem *plotLayer, QGraphicsItem *axisLayer);
    // The labels' widths are measured again (another language, another font).
    void forgetWidths() { m_tickWidths.clear(); }

private:
    // Tick labels' widths by text: choosing the tick step measures many candidate labels, and
    // shaping text is the dearest part of a relayout; the same labels come back on every pan.
    QHash<QString, double> m_tickWidths;
};

} // namespace Turnpoint

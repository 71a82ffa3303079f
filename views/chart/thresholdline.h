#pragma once

#include <QRectF>

class QFont;
class QGraphicsItem;

namespace Turnpoint {

// Overlay mode: the dashed line at the confidence threshold the chart shows (the slider's, or
// its preview while dragged), with its value at the right end of the plot.
class ThresholdLine {
public:
    // Draws the line at height `y` across `plot` on `layer`, its value `percent` in `font`
    // above it (below when there is no room above). Returns the label's rectangle with a little
    // margin, for marker labels to keep clear of.
    static QRectF draw(const QRectF &plot, double y, int percent, const QFont &font,
                       QGraphicsItem *layer);
};

} // namespace Turnpoint

#pragma once

#include <QPaintDevice>

#include <memory>

namespace Turnpoint {

// A paint device that applies the painter's clipping itself, by geometry, and draws the result
// on another device. For QSvgGenerator, which (Qt 6.4) writes no clip at all: the chart clips
// its markers to the plot area, and without this an SVG of a zoomed chart shows the markers
// just outside the visible range over the axes.
//
// Shapes (paths, polygons, rectangles, ellipses, lines) are cut to the clip exactly, strokes
// included, and stay vectors; text, pixmaps and images are kept whole when they touch the clip
// and dropped when they are wholly outside it. Everything else (pen, brush, transform,
// opacity, fonts, hints) is passed on unchanged, and shapes wholly inside the clip are passed on
// as they are (an SVG keeps its <rect> and <circle> elements).
//
//     QSvgGenerator svg; ...
//     ClippingPaintDevice device(&svg);
//     QPainter painter(&device); ... painter.end();
class ClippingPaintDevice : public QPaintDevice {
public:
    explicit ClippingPaintDevice(QPaintDevice *target);
    ~ClippingPaintDevice() override;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPaintDevice *m_target;
    std::unique_ptr<QPaintEngine> m_engine;
};

} // namespace Turnpoint

#include "clippingpaintdevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QPixmap>
#include <QTextItem>

#include <cmath>
#include <optional>

namespace Turnpoint {

namespace {

// Forwards every drawing to a painter on the target, cut to the outer painter's clip.
class ClippingPaintEngine : public QPaintEngine {
public:
    explicit ClippingPaintEngine(QPaintDevice *target)
        : QPaintEngine(AllFeatures)
        , m_target(target) {}

    bool begin(QPaintDevice *) override { return m_painter.begin(m_target); }
    bool end() override { return m_painter.end(); }
    // The state is read from the outer painter at each drawing (sync()).
    void updateState(const QPaintEngineState &) override {}
    Type type() const override { return User; }

    void drawPath(const QPainterPath &path) override {
        switch (placement(path.controlPointRect())) {
        case Outside:
            return;
        case Inside:
            m_painter.drawPath(path);
            return;
        case Partly:
            drawClipped(path, true);
            return;
        }
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override {
        const QPolygonF polygon(QList<QPointF>(points, points + count));
        const bool filled = mode != PolylineMode;
        switch (placement(polygon.boundingRect())) {
        case Outside:
            return;
        case Inside:
            if (filled)
                m_painter.drawPolygon(polygon,
                                      mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
            else
                m_painter.drawPolyline(polygon);
            return;
        case Partly: {
            QPainterPath path;
            path.addPolygon(polygon);
            if (filled) {
                path.closeSubpath();
                path.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
            }
            drawClipped(path, filled);
            return;
        }
        }
    }

    void drawRects(const QRectF *rects, int count) override {
        for (int i = 0; i < count; ++i) {
            switch (placement(rects[i])) {
            case Outside:
                break;
            case Inside:
                m_painter.drawRect(rects[i]);
                break;
            case Partly: {
                QPainterPath path;
                path.addRect(rects[i]);
                drawClipped(path, true);
                break;
            }
            }
        }
    }

    void drawEllipse(const QRectF &rect) override {
        switch (placement(rect)) {
        case Outside:
            return;
        case Inside:
            m_painter.drawEllipse(rect);
            return;
        case Partly: {
            QPainterPath path;
            path.addEllipse(rect);
            drawClipped(path, true);
            return;
        }
        }
    }

    void drawLines(const QLineF *lines, int count) override {
        for (int i = 0; i < count; ++i) {
            const QRectF bounds = QRectF(lines[i].p1(), lines[i].p2()).normalized();
            switch (placement(bounds)) {
            case Outside:
                break;
            case Inside:
                m_painter.drawLine(lines[i]);
                break;
            case Partly: {
                QPainterPath path(lines[i].p1());
                path.lineTo(lines[i].p2());
                drawClipped(path, false);
                break;
            }
            }
        }
    }

    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override {
        if (placement(rect) != Outside)
            m_painter.drawPixmap(rect, pixmap, source);
    }

    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags flags) override {
        if (placement(rect) != Outside)
            m_painter.drawImage(rect, image, source, flags);
    }

    void drawTextItem(const QPointF &origin, const QTextItem &text) override {
        const QRectF bounds(origin.x(), origin.y() - text.ascent(), text.width(),
                            text.ascent() + text.descent());
        // Text is not cut: a label half inside stays readable, one wholly outside goes.
        if (placement(bounds) != Outside)
            m_painter.drawTextItem(origin, text);
    }

private:
    enum Placement { Outside, Inside, Partly };

    // Copies the outer painter's state (the engine is told about changes only in bulk) and
    // says where `bounds` (logical coordinates) lies relative to its clip, the pen included.
    Placement placement(const QRectF &bounds) {
        sync();
        m_clip.reset();
        const QPainter *outer = painter();
        if (!outer->hasClipping())
            return Inside;
        // The pen reaches beyond the geometry.
        const qreal reach = penReach();
        const QRectF area = bounds.adjusted(-reach, -reach, reach, reach);
        const QRectF clipBounds = outer->clipBoundingRect();
        if (!clipBounds.intersects(area) && !(area.isEmpty() && clipBounds.contains(area.center())))
            return Outside;
        const QPainterPath clip = outer->clipPath();
        if (clip.contains(area))
            return Inside;
        m_clip = clip;
        return Partly;
    }

    // Half the pen's width in logical coordinates (a cosmetic pen's width is in device pixels).
    qreal penReach() const {
        const QPen pen = m_painter.pen();
        if (pen.style() == Qt::NoPen)
            return 0;
        qreal width = pen.widthF() > 0 ? pen.widthF() : 1;
        if (pen.isCosmetic()) {
            const qreal scale = std::sqrt(std::abs(m_painter.transform().determinant()));
            width = scale > 0 ? width / scale : width;
        }
        // Miter joins can reach further than half the width.
        return width * (pen.joinStyle() == Qt::MiterJoin ? pen.miterLimit() : 1.0) / 2 + 1;
    }

    // `path` cut to the clip found by placement(): the fill, then the stroke as a filled
    // outline, so what is left of both is exactly what the clipped painter would show.
    void drawClipped(const QPainterPath &path, bool filled) {
        if (!m_clip)
            return;
        const QPen pen = m_painter.pen();
        const QBrush brush = m_painter.brush();
        m_painter.setPen(Qt::NoPen);
        if (filled && brush.style() != Qt::NoBrush) {
            const QPainterPath inside = path.intersected(*m_clip);
            if (!inside.isEmpty())
                m_painter.fillPath(inside, brush);
        }
        if (pen.style() != Qt::NoPen) {
            QPainterPathStroker stroker(pen);
            if (pen.isCosmetic() || pen.widthF() <= 0) {
                const qreal scale = std::sqrt(std::abs(m_painter.transform().determinant()));
                stroker.setWidth((pen.widthF() > 0 ? pen.widthF() : 1) / (scale > 0 ? scale : 1));
            }
            const QPainterPath outline = stroker.createStroke(path).intersected(*m_clip);
            if (!outline.isEmpty())
                m_painter.fillPath(outline, pen.brush());
        }
        m_painter.setPen(pen);
    }

    void sync() {
        const QPainter *outer = painter();
        m_painter.setTransform(state->transform());
        m_painter.setPen(outer->pen());
        m_painter.setBrush(outer->brush());
        m_painter.setBrushOrigin(outer->brushOrigin());
        m_painter.setFont(outer->font());
        m_painter.setOpacity(outer->opacity());
        m_painter.setRenderHints(outer->renderHints());
        m_painter.setBackground(outer->background());
        m_painter.setBackgroundMode(outer->backgroundMode());
        m_painter.setCompositionMode(outer->compositionMode());
    }

    QPaintDevice *m_target;
    QPainter m_painter;
    std::optional<QPainterPath> m_clip; // in logical coordinates, while a shape is Partly in
};

} // namespace

ClippingPaintDevice::ClippingPaintDevice(QPaintDevice *target)
    : m_target(target)
    , m_engine(std::make_unique<ClippingPaintEngine>(target)) {}

ClippingPaintDevice::~ClippingPaintDevice() = default;

QPaintEngine *ClippingPaintDevice::paintEngine() const {
    return m_engine.get();
}

int ClippingPaintDevice::metric(PaintDeviceMetric metric) const {
    // The target's own answers, through its public accessors.
    switch (metric) {
    case PdmWidth:
        return m_target->width();
    case PdmHeight:
        return m_target->height();
    case PdmWidthMM:
        return m_target->widthMM();
    case PdmHeightMM:
        return m_target->heightMM();
    case PdmNumColors:
        return m_target->colorCount();
    case PdmDepth:
        return m_target->depth();
    case PdmDpiX:
        return m_target->logicalDpiX();
    case PdmDpiY:
        return m_target->logicalDpiY();
    case PdmPhysicalDpiX:
        return m_target->physicalDpiX();
    case PdmPhysicalDpiY:
        return m_target->physicalDpiY();
    case PdmDevicePixelRatio:
        return m_target->devicePixelRatio();
    case PdmDevicePixelRatioScaled:
        return int(m_target->devicePixelRatioF() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace Turnpoint

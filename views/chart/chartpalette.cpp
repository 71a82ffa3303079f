#include "chartpalette.h"

namespace Turnpoint {

QColor ChartPalette::kind(MarkerStore::KindClass kind) {
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

QColor ChartPalette::nothingFound() {
    return QColor(0x80, 0x80, 0x80);
}

QColor ChartPalette::searchMatch() {
    // Amber: stands out against all three kind colours without replacing them.
    return QColor(0xf5, 0xb8, 0x00);
}

QColor ChartPalette::emphasis() {
    return QColor(0xd6, 0x33, 0x84);
}

QColor ChartPalette::aggregate() {
    // Aggregates mix kinds, so they get a colour of their own rather than one kind's.
    return QColor(0x3d, 0x4f, 0x6b);
}

QColor ChartPalette::added() {
    return QColor(0x00, 0x9e, 0x73);
}

QColor ChartPalette::modified() {
    return QColor(0x6b, 0x46, 0xc1);
}

QColor ChartPalette::removed() {
    return QColor(0x70, 0x70, 0x70);
}

QColor ChartPalette::report(int index) {
    // Okabe-Ito without its yellow, which vanishes on white; black softened to dark grey.
    static const QRgb palette[] = {0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7,
                                   0x56b4e9, 0xd55e00, 0x444444};
    constexpr int count = int(sizeof(palette) / sizeof(palette[0]));
    return QColor(palette[((index % count) + count) % count]);
}

QColor ChartPalette::threshold() {
    return QColor(0x6b, 0x46, 0xc1);
}

QColor ChartPalette::rangeBand() {
    return QColor(0x6b, 0x46, 0xc1, 40);
}

QColor ChartPalette::rangeBandEdge() {
    return QColor(0x6b, 0x46, 0xc1, 160);
}

QColor ChartPalette::neutral() {
    return QColor(0x99, 0x99, 0x99);
}

QColor ChartPalette::labelText() {
    return QColor(0x33, 0x33, 0x33);
}

QColor ChartPalette::groupHeaderText() {
    return QColor(0x33, 0x33, 0x33);
}

QColor ChartPalette::groupRule() {
    return QColor(0x99, 0x99, 0x99);
}

QColor ChartPalette::laneLabelText() {
    return QColor(0x22, 0x22, 0x22);
}

QColor ChartPalette::laneShading() {
    return QColor(0, 0, 0, 12);
}

QColor ChartPalette::hollowFill() {
    return QColor(255, 255, 255, 200);
}

QColor ChartPalette::badgeBackground() {
    return QColor(255, 255, 255, 220);
}

} // namespace Turnpoint

#pragma once

#include "markerstore.h"

#include <QColor>

namespace Turnpoint {

// Every colour the chart draws with, in one place: the plot item, the legend, the lanes and the
// labels ask here, so a colour changes once and the legend always matches the markers.
class ChartPalette {
public:
    // Kinds: distinguishable for the common colour-vision deficiencies; shapes differ as well.
    static QColor kind(MarkerStore::KindClass kind);
    static QColor nothingFound();
    static QColor searchMatch();
    static QColor emphasis();
    static QColor aggregate();
    // Versions: turning points added, changed (also the re-scored arrows) and removed.
    static QColor added();
    static QColor modified();
    static QColor removed();
    // A colour-blind-safe palette (Okabe-Ito) for telling reports apart in overlay mode.
    static QColor report(int index);
    // A marker's or legend entry's outline, from its fill.
    static QColor border(const QColor &fill) { return fill.darker(150); }

    // The confidence threshold line and its label.
    static QColor threshold();
    // A date range being dragged on the time axis: its band and its edges.
    static QColor rangeBand();
    static QColor rangeBandEdge();
    // The kinds' legend entries when the fill tells reports apart, not kinds (shape only).
    static QColor neutral();
    // Text next to markers, and the label of a marker where the report found nothing.
    static QColor labelText();
    static QColor nothingFoundLabelText() { return nothingFound().darker(130); }
    // Lanes mode: a group's header and rule, a lane's label, every other lane's shading.
    static QColor groupHeaderText();
    static QColor groupRule();
    static QColor laneLabelText();
    static QColor laneShading();
    // Behind the hollow marker of a turning point where the report found nothing, and behind
    // a re-scored marker's badge text.
    static QColor hollowFill();
    // White: hollow legend entries and the outlines inside badges.
    static QColor paper() { return QColor(Qt::white); }
    // The outline of the selected marker.
    static QColor selection() { return QColor(Qt::black); }
    static QColor badgeBackground();
};

} // namespace Turnpoint

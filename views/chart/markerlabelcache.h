#pragma once

#include "timelineframebuilder.h"

#include <QHash>
#include <QString>

class QFontMetricsF;

namespace Turnpoint {

// The texts drawn next to markers, elided and measured once per marker: shaping text is the
// dearest part of a relayout, and the same markers come back on every pan. Cleared when the
// store is rebuilt (marker numbers change) or the language or font changes.
class MarkerLabelCache {
public:
    // Wider labels are elided.
    static constexpr double MaxWidth = 150;
    // More cached labels than this start the cache again, so a long pan through a million
    // markers does not keep them all.
    static constexpr qsizetype MaxSize = 4096;

    // The label of `marker`, or nullptr when not cached yet.
    const TimelineFrameBuilder::Label *find(int marker) const {
        const auto it = m_labels.constFind(marker);
        return it == m_labels.constEnd() ? nullptr : &it.value();
    }
    // Caches and returns `text` elided to MaxWidth in `metrics`, with " +N" when the turning
    // point has N more entries than the one the text names (nothing is added to an empty text).
    const TimelineFrameBuilder::Label &insert(int marker, const QString &text, int entries,
                                              const QFontMetricsF &metrics);
    void clear() { m_labels.clear(); }
    qsizetype size() const { return m_labels.size(); }

private:
    QHash<int, TimelineFrameBuilder::Label> m_labels;
};

} // namespace Turnpoint

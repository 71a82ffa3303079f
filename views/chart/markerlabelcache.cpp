#include "markerlabelcache.h"

#include <QFontMetricsF>

namespace Turnpoint {

const TimelineFrameBuilder::Label &MarkerLabelCache::insert(int marker, const QString &text,
                                                            int entries,
                                                            const QFontMetricsF &metrics) {
    QString shown = metrics.elidedText(text, Qt::ElideRight, MaxWidth);
    if (!shown.isEmpty() && entries > 1)
        shown += QStringLiteral(" +%1").arg(entries - 1);
    if (m_labels.size() > MaxSize)
        m_labels.clear();
    const double width = metrics.horizontalAdvance(shown);
    return m_labels.insert(marker, {std::move(shown), width}).value();
}

} // namespace Turnpoint

#include "charttitle.h"

#include "safetext.h"

#include <QFontMetricsF>

namespace Turnpoint {

void ChartTitle::setTitles(const QStringList &titles) {
    m_text.clear();
    for (qsizetype i = 0; i < titles.size() && m_text.size() < MaxLength; ++i) {
        if (i > 0)
            m_text += QStringLiteral(" · ");
        m_text += titles.at(i);
    }
    m_text.truncate(MaxLength);
}

std::optional<QString> ChartTitle::html(const QFont &font, double width) {
    if (m_elidedFor == std::make_pair(m_text, width))
        return std::nullopt;
    m_elidedFor = std::make_pair(m_text, width);
    const QFontMetricsF fm(font);
    return SafeText::html(fm.elidedText(m_text, Qt::ElideRight, width));
}

} // namespace Turnpoint

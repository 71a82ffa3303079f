#include "filterstatus.h"

#include "safetext.h"
#include "timelinefiltermodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>

namespace Turnpoint {

FilterStatus::FilterStatus(TimelineFilterModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_description(new QLabel(this))
    , m_clear(new QToolButton(this)) {
    setObjectName(QStringLiteral("filterStatus"));
    // Labels and search text are report text and user input: never markup.
    m_description->setTextFormat(Qt::PlainText);
    m_clear->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_description);
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, m_proxy, &TimelineFilterModel::clearFilters);
    connect(m_proxy, &TimelineFilterModel::filterChanged, this, &FilterStatus::refresh);
    retranslateUi();
}

void FilterStatus::retranslateUi() {
    //: Status bar button: reset every filter except the confidence threshold
    m_clear->setText(tr("Clear Filters"));
    //: Tool tip of the Clear Filters button
    m_clear->setToolTip(tr("Show all kinds, categories, dates and periods again, and clear the "
                           "search (the confidence threshold stays)"));
    refresh();
}

void FilterStatus::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FilterStatus::refresh() {
    const QString description = m_proxy->filterDescription();
    //: Status bar: what the active filters are, e.g. "Filtered: kind: 政策; search “CCUS”"
    m_text = description.isEmpty() ? QString() : tr("Filtered: %1").arg(description);
    setVisible(!m_text.isEmpty());
    m_description->setToolTip(SafeText::toolTip(m_text));
    // As wide as the text, up to a width that leaves the status bar room for the rest at
    // 1024 pixels; the whole text is in the tool tip.
    const QFontMetrics metrics = m_description->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int width = std::min(metrics.horizontalAdvance(m_text) + 2, em * 36);
    m_description->setFixedWidth(width);
    m_description->setText(metrics.elidedText(m_text, Qt::ElideRight, width));
}

} // namespace Turnpoint

#include "filterbar.h"

#include "confidencefiltermodel.h"
#include "timelinemodel.h"

#include <QEvent>
#include <QLabel>
#include <QSlider>

namespace Turnpoint {

FilterBar::FilterBar(ConfidenceFilterModel *proxy, QWidget *parent)
    : QToolBar(parent)
    , m_proxy(proxy)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this)) {
    // saveState()/restoreState() of the window find the toolbar by this name.
    setObjectName(QStringLiteral("filterBar"));

    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setBuddy(m_slider);
    m_caption->setContentsMargins(4, 0, 6, 0);
    addWidget(m_caption);

    m_slider->setRange(0, 100);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(5);
    m_slider->setTickInterval(10);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setMinimumWidth(220);
    m_slider->setMaximumWidth(360);
    m_slider->setValue(m_proxy->minimumConfidence());
    addWidget(m_slider);

    m_value->setTextFormat(Qt::PlainText);
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral(" ≥ 100% ")));
    addWidget(m_value);
    retranslateUi();

    connect(m_slider, &QSlider::valueChanged, m_proxy,
            &ConfidenceFilterModel::setMinimumConfidence);
    connect(m_proxy, &ConfidenceFilterModel::minimumConfidenceChanged, this, [this](int percent) {
        if (m_slider->value() != percent)
            m_slider->setValue(percent);
        showValue(percent);
    });
}

void FilterBar::retranslateUi() {
    //: Title of the filter toolbar (shown in the toolbar context menu)
    setWindowTitle(tr("Filter"));
    //: Label before the confidence slider
    m_caption->setText(tr("Minimum confidence"));
    m_slider->setAccessibleName(tr("Minimum confidence"));
    //: Tool tip of the confidence slider
    m_slider->setToolTip(tr("Hide turning points whose confidence is below this value"));
    showValue(m_proxy->minimumConfidence());
}

void FilterBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

void FilterBar::showValue(int percent) {
    //: Value next to the confidence slider, e.g. "≥ 60%"
    m_value->setText(tr("≥ %1%").arg(percent));
}

int FilterBar::visibleTurningPoints(const ConfidenceFilterModel *proxy) {
    int n = 0;
    for (int row = 0; row < proxy->rowCount(); ++row)
        n += proxy->rowCount(proxy->index(row, 0));
    return n;
}

QString FilterBar::summaryText(const ConfidenceFilterModel *proxy) {
    const auto *model = qobject_cast<const TimelineModel *>(proxy->sourceModel());
    const int total = model ? model->turningPointCount() : 0;
    //: Status bar: turning points passing the confidence filter out of all loaded (%n), and the
    //: threshold, e.g. "5 of 10 turning points ≥ 60%"
    return tr("%1 of %n turning point(s) ≥ %2%", nullptr, total)
        .arg(visibleTurningPoints(proxy))
        .arg(proxy->minimumConfidence());
}

} // namespace Turnpoint

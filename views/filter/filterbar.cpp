#include "filterbar.h"

#include "confidencehistogramwidget.h"
#include "daterangeedit.h"
#include "labelfilterbutton.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Turnpoint {

namespace {
constexpr TimelineFilter::Kind Kinds[3] = {TimelineFilter::EventKind, TimelineFilter::PolicyKind,
                                           TimelineFilter::OtherKind};
} // namespace

FilterBar::FilterBar(TimelineFilterModel *proxy, QWidget *parent)
    : QToolBar(parent)
    , m_proxy(proxy)
    , m_caption(new QLabel(this))
    , m_histogram(new ConfidenceHistogramWidget(proxy, this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_value(new QLabel(this))
    , m_labelButton(new LabelFilterButton(proxy, this))
    , m_hideNothingFound(new QCheckBox(this))
    , m_dateRange(new DateRangeEdit(proxy, this)) {
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
    m_slider->setValue(m_proxy->minimumConfidence());
    // The histogram stands over the slider, its bins over the values they count.
    auto *confidence = new QWidget(this);
    auto *stack = new QVBoxLayout(confidence);
    stack->setContentsMargins(0, 2, 0, 0);
    stack->setSpacing(0);
    stack->addWidget(m_histogram);
    stack->addWidget(m_slider);
    // Wide enough to pick a single percent by mouse, narrow enough to leave the filters room in
    // one row at 1024 pixels.
    confidence->setFixedWidth(
        std::max(200, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22));
    m_histogram->setAlignedSlider(m_slider);
    addWidget(confidence);

    m_value->setTextFormat(Qt::PlainText);
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral(" ≥ 100% ")));
    addWidget(m_value);

    addSeparator();
    for (int i = 0; i < 3; ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(m_proxy->kindFilter().testFlag(Kinds[i]));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::toggled, this, &FilterBar::onKindToggled);
        m_kindButtons[i] = button;
        addWidget(button);
    }
    addWidget(m_labelButton);
    m_hideNothingFound->setChecked(m_proxy->hideNothingFound());
    addWidget(m_hideNothingFound);
    addSeparator();
    addWidget(m_dateRange);

    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(DefaultApplyDelayMs);
    connect(&m_applyTimer, &QTimer::timeout, this, &FilterBar::applySliderValue);
    // When actionTriggered() is emitted the slider's position already holds the new value, its
    // value not yet; only a step that moves the value is followed by valueChanged().
    connect(m_slider, &QAbstractSlider::actionTriggered, this, [this] {
        if (m_slider->sliderPosition() != m_slider->value())
            m_userAction = true;
    });
    connect(m_slider, &QAbstractSlider::valueChanged, this, &FilterBar::onSliderValueChanged);
    connect(m_slider, &QAbstractSlider::sliderReleased, this, &FilterBar::applySliderValue);
    connect(m_proxy, &TimelineFilterModel::minimumConfidenceChanged, this, [this](int percent) {
        if (m_slider->value() != percent)
            m_slider->setValue(percent);
        showValue(percent);
    });

    connect(m_proxy, &TimelineFilterModel::kindFilterChanged, this, &FilterBar::updateKindButtons);
    connect(m_hideNothingFound, &QCheckBox::toggled, m_proxy,
            &TimelineFilterModel::setHideNothingFound);
    connect(m_proxy, &TimelineFilterModel::hideNothingFoundChanged, m_hideNothingFound,
            &QCheckBox::setChecked);

    // The kind buttons show how many turning points of each kind are loaded.
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(0);
    connect(&m_countsTimer, &QTimer::timeout, this, &FilterBar::updateKindCounts);
    connect(m_proxy, &QAbstractProxyModel::sourceModelChanged, this, &FilterBar::watchSource);
    watchSource();
    updateKindCounts();
    retranslateUi();
}

void FilterBar::watchSource() {
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    if (QAbstractItemModel *source = m_proxy->sourceModel()) {
        const auto schedule = [this] { m_countsTimer.start(); };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsInserted, this, schedule),
            connect(source, &QAbstractItemModel::rowsRemoved, this, schedule),
            connect(source, &QAbstractItemModel::modelReset, this, schedule),
        };
    }
    m_countsTimer.start();
}

QToolButton *FilterBar::kindButton(TimelineFilter::Kind kind) const {
    for (int i = 0; i < 3; ++i) {
        if (Kinds[i] == kind)
            return m_kindButtons[i];
    }
    return nullptr;
}

void FilterBar::retranslateUi() {
    //: Title of the filter toolbar (shown in the toolbar context menu)
    setWindowTitle(tr("Filter"));
    //: Label before the confidence slider (followed by the slider and "≥ 60%"), kept short so
    //: the filters fit in one row
    m_caption->setText(tr("Confidence"));
    m_slider->setAccessibleName(tr("Minimum confidence"));
    //: Tool tip of the confidence slider
    m_slider->setToolTip(tr("Hide turning points whose confidence is below this value"));
    //: Accessible name of the histogram above the confidence slider
    m_histogram->setAccessibleName(tr("Turning points by confidence"));
    //: Toolbar check box: hide turning points where the report found nothing
    m_hideNothingFound->setText(tr("Hide nothing found"));
    //: Tool tip of the "Hide nothing found" check box
    m_hideNothingFound->setToolTip(
        tr("Hide the periods in which the report found no policy or event"));
    showValue(m_slider->value());
    updateKindButtons();
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

void FilterBar::onSliderValueChanged(int percent) {
    showValue(percent);
    m_histogram->setThreshold(percent);
    const bool fromUser = std::exchange(m_userAction, false) || m_slider->isSliderDown();
    if (!fromUser) {
        applySliderValue();
        return;
    }
    // Re-filtering a million turning points per pixel of drag would freeze the window: the
    // chart previews the threshold, the proxy gets it once the hand stops.
    m_previewing = true;
    emit previewMinimumConfidence(percent);
    m_applyTimer.start();
}

void FilterBar::applySliderValue() {
    m_applyTimer.stop();
    const bool wasPreviewing = std::exchange(m_previewing, false);
    m_proxy->setMinimumConfidence(m_slider->value());
    if (wasPreviewing)
        emit previewFinished();
}

void FilterBar::updateKindCounts() {
    m_countsTimer.stop();
    m_kindCounts = m_proxy->availableKinds();
    updateKindButtons();
}

void FilterBar::updateKindButtons() {
    const TimelineFilter::Kinds checked = m_proxy->kindFilter();
    for (int i = 0; i < 3; ++i) {
        QToolButton *button = m_kindButtons[i];
        const QString name = kindButtonText(Kinds[i]);
        // The count is in the tool tip: with it in the text the filters no longer fit in one
        // row at 1024 pixels.
        button->setText(name);
        //: Tool tip of a kind filter button: the kind (Event, Policy or Other) and how many
        //: turning points of it are loaded
        button->setToolTip(
            tr("Show turning points of kind %1 (%n loaded)", nullptr, m_kindCounts.value(Kinds[i]))
                .arg(name));
        const QSignalBlocker blocker(button);
        button->setChecked(checked.testFlag(Kinds[i]));
    }
}

QString FilterBar::kindButtonText(TimelineFilter::Kind kind) {
    switch (kind) {
    case TimelineFilter::EventKind:
        // The chart legend's own messages: the button that filters a kind and the legend entry
        // that shows it must read the same, in every language, and one translation keeps them so.
        return QCoreApplication::translate("Turnpoint::TimelineChart", "Event");
    case TimelineFilter::PolicyKind:
        return QCoreApplication::translate("Turnpoint::TimelineChart", "Policy");
    case TimelineFilter::OtherKind:
    case TimelineFilter::AllKinds:
        break;
    }
    // The status bar's word for this kind ("kind: other", 其他), so both name it with one
    // translation; as a button label it starts with a capital like Event and Policy. Chinese has
    // no case: 其他 is unchanged.
    QString name = TimelineFilter::kindName(TimelineFilter::OtherKind);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

void FilterBar::onKindToggled() {
    TimelineFilter::Kinds kinds;
    for (int i = 0; i < 3; ++i) {
        if (m_kindButtons[i]->isChecked())
            kinds |= Kinds[i];
    }
    m_proxy->setKindFilter(kinds);
}

int FilterBar::visibleTurningPoints(const TimelineFilterModel *proxy) {
    int n = 0;
    for (int row = 0; row < proxy->rowCount(); ++row)
        n += proxy->rowCount(proxy->index(row, 0));
    return n;
}

QString FilterBar::summaryText(const TimelineFilterModel *proxy) {
    const auto *model = qobject_cast<const TimelineModel *>(proxy->sourceModel());
    const int total = model ? model->turningPointCount() : 0;
    //: Status bar: turning points passing the confidence filter out of all loaded (%n), and the
    //: threshold, e.g. "5 of 10 turning points ≥ 60%"
    return tr("%1 of %n turning point(s) ≥ %2%", nullptr, total)
        .arg(visibleTurningPoints(proxy))
        .arg(proxy->minimumConfidence());
}

} // namespace Turnpoint

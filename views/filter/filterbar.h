#pragma once

#include "timelinefilter.h"

#include <QTimer>
#include <QToolBar>

class QCheckBox;
class QLabel;
class QSlider;
class QToolButton;

namespace Turnpoint {

class TimelineFilterModel;
class ConfidenceHistogramWidget;
class DateRangeEdit;
class LabelFilterButton;

// The filter toolbar, bound to the shared TimelineFilterModel both ways (a filter set from
// elsewhere shows here): the confidence slider with the histogram of what it cuts above it, then
// the kind buttons (事件, 政策, other, with counts), the entry category drop-down, "hide nothing
// found" and the date range. All filters combine in the proxy.
//
// The slider is debounced for large data: while it is dragged, every move only emits
// previewMinimumConfidence() (cheap for the chart to show) and the threshold reaches the proxy,
// which re-filters every view, when the handle is released or has rested for applyDelay() ms.
// Keyboard and wheel steps are applied after the same delay, so holding an arrow key costs one
// re-filter. previewFinished() follows once the proxy has the value. setValue() on the slider
// from code applies at once.
class FilterBar : public QToolBar {
    Q_OBJECT

public:
    static constexpr int DefaultApplyDelayMs = 150;

    explicit FilterBar(TimelineFilterModel *proxy, QWidget *parent = nullptr);

    QSlider *slider() const { return m_slider; }
    ConfidenceHistogramWidget *histogram() const { return m_histogram; }
    QToolButton *kindButton(TimelineFilter::Kind kind) const;
    // A kind button's label in the UI language: Event / Policy / Other (事件 / 政策 / 其他), the
    // words of the chart's legend; what the button filters does not depend on it.
    static QString kindButtonText(TimelineFilter::Kind kind);
    LabelFilterButton *labelButton() const { return m_labelButton; }
    QCheckBox *hideNothingFoundBox() const { return m_hideNothingFound; }
    DateRangeEdit *dateRangeEdit() const { return m_dateRange; }

    int applyDelay() const { return m_applyTimer.interval(); }
    void setApplyDelay(int ms) { m_applyTimer.setInterval(ms); }
    // Whether a slider value is shown (previewed) but not yet applied to the proxy.
    bool isPreviewing() const { return m_previewing; }

    // "5 of 10 turning points ≥ 60%": what passes the filter out of everything loaded.
    static QString summaryText(const TimelineFilterModel *proxy);
    static int visibleTurningPoints(const TimelineFilterModel *proxy);

signals:
    // The slider shows `percent` but the proxy still filters at its previous threshold.
    void previewMinimumConfidence(int percent);
    // The previewed threshold reached the proxy (or was dropped for one set from elsewhere).
    void previewFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showValue(int percent);
    void onSliderValueChanged(int percent);
    void applySliderValue();
    void updateKindCounts();  // from the data
    void updateKindButtons(); // checked state, texts
    void onKindToggled();
    void watchSource();

    TimelineFilterModel *m_proxy;
    QLabel *m_caption;
    ConfidenceHistogramWidget *m_histogram;
    QSlider *m_slider;
    QLabel *m_value;
    QToolButton *m_kindButtons[3] = {};
    LabelFilterButton *m_labelButton;
    QCheckBox *m_hideNothingFound;
    DateRangeEdit *m_dateRange;

    QTimer m_applyTimer;
    bool m_previewing = false;
    // Set between a user action on the slider (drag, key, wheel, click on the groove) and the
    // value change it causes; a change without it comes from code.
    bool m_userAction = false;
    QTimer m_countsTimer; // kind counts follow the loaded data, once per burst
    QMap<TimelineFilter::Kind, int> m_kindCounts;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Turnpoint

#pragma once

#include <QToolBar>

class QLabel;
class QSlider;

namespace Turnpoint {

class ConfidenceFilterModel;

// The filter toolbar: a confidence slider bound to the shared ConfidenceFilterModel, both
// ways (moving the slider filters; setting the proxy from elsewhere moves the slider).
class FilterBar : public QToolBar {
    Q_OBJECT

public:
    explicit FilterBar(ConfidenceFilterModel *proxy, QWidget *parent = nullptr);

    QSlider *slider() const { return m_slider; }

    // "5 of 10 turning points ≥ 60%": what passes the filter out of everything loaded.
    static QString summaryText(const ConfidenceFilterModel *proxy);
    static int visibleTurningPoints(const ConfidenceFilterModel *proxy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showValue(int percent);

    ConfidenceFilterModel *m_proxy;
    QSlider *m_slider;
    QLabel *m_caption;
    QLabel *m_value;
};

} // namespace Turnpoint

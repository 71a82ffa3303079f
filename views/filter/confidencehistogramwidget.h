#pragma once

#include "confidencehistogram.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QSlider;

namespace Turnpoint {

class TimelineFilterModel;

// A small bar chart of the turning points by confidence (ten 10 % bins, ConfidenceHistogram)
// drawn above the confidence slider, with the threshold as a line: the bins left of it are what
// the threshold cuts. Counts honour every other filter, so the analyst sees how much a move will
// cut before moving. Follows the proxy (filters, loading, closing) by itself; the threshold shown
// can run ahead of the proxy's while the slider is dragged (setThreshold()).
//
// When given the slider it sits above (setAlignedSlider()), bin edges line up with the slider's
// handle positions for 0, 10, ..., 100 % in any style.
class ConfidenceHistogramWidget : public QWidget {
    Q_OBJECT

public:
    explicit ConfidenceHistogramWidget(TimelineFilterModel *proxy, QWidget *parent = nullptr);

    const ConfidenceHistogram &histogram() const { return m_histogram; }
    int threshold() const { return m_threshold; }
    // The threshold drawn (percent); the proxy's own follows its minimumConfidenceChanged().
    void setThreshold(int percent);
    void setAlignedSlider(QSlider *slider);

    // The bin under a point in widget coordinates, or -1.
    int binAt(const QPoint &pos) const;
    // Left and right x of a bin's bar.
    QRect binRect(int bin) const;
    // The plain-text tool tip of a bin ("60–70%: 3 turning points …").
    QString binToolTip(int bin) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // After the counts were recomputed (tests, and views that show the totals).
    void histogramChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void watchSource();
    // x of a confidence percent (0-100) in widget coordinates.
    int xOf(int percent) const;

    TimelineFilterModel *m_proxy;
    QPointer<QSlider> m_slider;
    ConfidenceHistogram m_histogram;
    int m_threshold = 0;
    // Loading many reports and filter bursts signal many times; one count per event-loop pass.
    QTimer m_recomputeTimer;
    QList<QMetaObject::Connection> m_sourceConnections;
    // What the counts were made for, so a signal that changes nothing they depend on is cheap.
    TimelineFilter m_counted;
    bool m_dataChanged = true;
};

} // namespace Turnpoint

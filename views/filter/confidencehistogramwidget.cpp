#include "confidencehistogramwidget.h"

#include "safetext.h"
#include "timelinefiltermodel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolTip>

#include <algorithm>

namespace Turnpoint {

ConfidenceHistogramWidget::ConfidenceHistogramWidget(TimelineFilterModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_threshold(proxy->minimumConfidence()) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_recomputeTimer.setSingleShot(true);
    m_recomputeTimer.setInterval(0);
    connect(&m_recomputeTimer, &QTimer::timeout, this, &ConfidenceHistogramWidget::recompute);

    // The threshold does not change the counts (they ignore it by design), and with a million
    // turning points a recount per slider step would be wasted work: only the other filters and
    // the loaded data do.
    const auto schedule = [this] { m_recomputeTimer.start(); };
    connect(m_proxy, &TimelineFilterModel::kindFilterChanged, this, schedule);
    connect(m_proxy, &TimelineFilterModel::labelFilterChanged, this, schedule);
    connect(m_proxy, &TimelineFilterModel::hideNothingFoundChanged, this, schedule);
    connect(m_proxy, &TimelineFilterModel::dateRangeChanged, this, schedule);
    connect(m_proxy, &TimelineFilterModel::searchTextChanged, this, schedule);
    connect(m_proxy, &TimelineFilterModel::searchModeChanged, this, schedule);
    connect(m_proxy, &TimelineFilterModel::minimumConfidenceChanged, this,
            &ConfidenceHistogramWidget::setThreshold);
    connect(m_proxy, &QAbstractProxyModel::sourceModelChanged, this,
            &ConfidenceHistogramWidget::watchSource);
    watchSource();
    recompute();
}

void ConfidenceHistogramWidget::watchSource() {
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    const auto schedule = [this] {
        m_dataChanged = true;
        m_recomputeTimer.start();
    };
    // Rows of the source, not of the proxy: the proxy's rows also come and go with the
    // threshold.
    if (QAbstractItemModel *source = m_proxy->sourceModel()) {
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsInserted, this, schedule),
            connect(source, &QAbstractItemModel::rowsRemoved, this, schedule),
            connect(source, &QAbstractItemModel::modelReset, this, schedule),
            connect(source, &QAbstractItemModel::layoutChanged, this, schedule),
        };
    }
    schedule();
}

namespace {
// The part of a filter the counts depend on: not the threshold (ignored by design), and not a
// search that only highlights (typing in highlight mode changes no count).
TimelineFilter countedPart(const TimelineFilter &filter) {
    TimelineFilter counted = filter;
    counted.setMinimumConfidence(0);
    if (!counted.searchHides()) {
        counted.setSearchText({});
        counted.setSearchMode(TimelineFilter::SearchMode::HighlightMatches);
    }
    return counted;
}
} // namespace

void ConfidenceHistogramWidget::recompute() {
    m_recomputeTimer.stop();
    const TimelineFilter counted = countedPart(m_proxy->filter());
    if (!m_dataChanged && counted == m_counted)
        return;
    m_counted = counted;
    m_dataChanged = false;
    m_histogram = ConfidenceHistogram::fromProxy(*m_proxy);
    update();
    emit histogramChanged();
}

void ConfidenceHistogramWidget::setThreshold(int percent) {
    percent = std::clamp(percent, 0, 100);
    if (percent == m_threshold)
        return;
    m_threshold = percent;
    update();
}

void ConfidenceHistogramWidget::setAlignedSlider(QSlider *slider) {
    m_slider = slider;
    update();
}

QSize ConfidenceHistogramWidget::sizeHint() const {
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16, minimumSizeHint().height()};
}

QSize ConfidenceHistogramWidget::minimumSizeHint() const {
    // Tall enough to tell a bin of one from an empty one, low enough to keep the toolbar slim.
    return {ConfidenceHistogram::BinCount * 4, std::max(18, fontMetrics().height() + 4)};
}

int ConfidenceHistogramWidget::xOf(int percent) const {
    percent = std::clamp(percent, 0, 100);
    if (m_slider && m_slider->isVisible()) {
        // Where the slider puts the centre of its handle for this value, in the slider's own
        // geometry, mapped to ours: the bars then stand exactly over the values they count.
        QStyleOptionSlider option;
        option.initFrom(m_slider);
        option.subControls = QStyle::SC_None;
        option.activeSubControls = QStyle::SC_None;
        option.orientation = m_slider->orientation();
        option.maximum = m_slider->maximum();
        option.minimum = m_slider->minimum();
        option.tickPosition = m_slider->tickPosition();
        option.tickInterval = m_slider->tickInterval();
        option.upsideDown = m_slider->invertedAppearance();
        option.direction = m_slider->layoutDirection();
        option.sliderPosition = m_slider->minimum();
        option.sliderValue = m_slider->minimum();
        option.singleStep = m_slider->singleStep();
        option.pageStep = m_slider->pageStep();
        const QRect handle = m_slider->style()->subControlRect(QStyle::CC_Slider, &option,
                                                               QStyle::SC_SliderHandle, m_slider);
        const QRect groove = m_slider->style()->subControlRect(QStyle::CC_Slider, &option,
                                                               QStyle::SC_SliderGroove, m_slider);
        const int span = groove.width() - handle.width();
        const int inSlider =
            groove.x() + handle.width() / 2 +
            QStyle::sliderPositionFromValue(m_slider->minimum(), m_slider->maximum(), percent,
                                            std::max(span, 1), option.upsideDown);
        return mapFromGlobal(m_slider->mapToGlobal(QPoint(inSlider, 0))).x();
    }
    const int margin = 4;
    return margin + (width() - 2 * margin) * percent / 100;
}

QRect ConfidenceHistogramWidget::binRect(int bin) const {
    if (bin < 0 || bin >= ConfidenceHistogram::BinCount)
        return {};
    const int left = xOf(ConfidenceHistogram::binLower(bin));
    const int right = xOf(ConfidenceHistogram::binUpper(bin));
    return QRect(QPoint(left, 0), QPoint(right - 1, height() - 1));
}

int ConfidenceHistogramWidget::binAt(const QPoint &pos) const {
    for (int bin = 0; bin < ConfidenceHistogram::BinCount; ++bin) {
        const QRect r = binRect(bin);
        if (pos.x() >= r.left() && pos.x() <= r.right())
            return bin;
    }
    return -1;
}

QString ConfidenceHistogramWidget::binToolTip(int bin) const {
    if (bin < 0 || bin >= ConfidenceHistogram::BinCount)
        return {};
    const int count = m_histogram.count(bin);
    const int lower = ConfidenceHistogram::binLower(bin);
    const int upper = ConfidenceHistogram::binUpper(bin);
    //: Confidence histogram tool tip: one bin, e.g. "60–70%: 3 turning points". The last bin
    //: includes 100%.
    QString text = tr("%1–%2%: %n turning point(s)", nullptr, count).arg(lower).arg(upper);
    const int remaining = m_histogram.remainingAt(m_threshold);
    //: Confidence histogram tool tip, second line: what the current threshold keeps, e.g.
    //: "≥ 60%: 5 of 10 shown"
    text +=
        QLatin1Char('\n') +
        tr("≥ %1%: %2 of %n shown", nullptr, m_histogram.total()).arg(m_threshold).arg(remaining);
    if (m_histogram.unscored() > 0)
        //: Confidence histogram tool tip: turning points without a confidence are not in any
        //: bin; they are shown only at threshold 0
        text += QLatin1Char('\n') +
                tr("%n without confidence (shown only at 0%)", nullptr, m_histogram.unscored());
    return text;
}

bool ConfidenceHistogramWidget::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bin = binAt(help->pos());
        if (bin < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        // Our own text, no report text; still escaped so Qt never guesses at markup.
        QToolTip::showText(help->globalPos(), SafeText::toolTip(binToolTip(bin)), this,
                           binRect(bin));
        return true;
    }
    return QWidget::event(event);
}

void ConfidenceHistogramWidget::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        update();
    QWidget::changeEvent(event);
}

void ConfidenceHistogramWidget::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    const QPalette pal = palette();
    const int bottom = height() - 1;
    const int maxCount = m_histogram.maximumCount();
    const int usable = height() - 3; // a pixel of air on top
    QColor kept = pal.color(QPalette::Highlight);
    QColor cut = pal.color(QPalette::PlaceholderText);
    cut.setAlpha(110);

    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(xOf(0), bottom, xOf(100), bottom);
    for (int bin = 0; bin < ConfidenceHistogram::BinCount; ++bin) {
        const int count = m_histogram.count(bin);
        if (count == 0 || maxCount == 0)
            continue;
        const QRect slot = binRect(bin);
        // At least two pixels, so a bin of one among thousands is still visible.
        const int h = std::max(2, int(qint64(usable) * count / maxCount));
        const QRect bar(slot.left() + 1, bottom - h, std::max(1, slot.width() - 2), h);
        const int lower = ConfidenceHistogram::binLower(bin);
        const int upper = ConfidenceHistogram::binUpper(bin);
        if (upper <= m_threshold) {
            painter.fillRect(bar, cut);
        } else if (lower >= m_threshold) {
            painter.fillRect(bar, kept);
        } else {
            // The threshold cuts through the bin: its values are spread over it, so the part
            // left of the line is drawn as cut.
            const int split = std::clamp(xOf(m_threshold), bar.left(), bar.right() + 1);
            painter.fillRect(QRect(bar.left(), bar.top(), split - bar.left(), bar.height()), cut);
            painter.fillRect(QRect(split, bar.top(), bar.right() + 1 - split, bar.height()), kept);
        }
    }
    // The threshold line, in the text colour so it stands out over both kinds of bars.
    const int x = xOf(m_threshold);
    QPen pen(pal.color(QPalette::WindowText));
    pen.setWidth(2);
    painter.setPen(pen);
    painter.drawLine(x, 0, x, bottom);
}

} // namespace Turnpoint

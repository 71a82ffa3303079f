#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Turnpoint {

class TimelineFilterModel;

// For the status bar: what the filters other than the confidence threshold hide ("Filtered:
// kind: 政策; category: 项目名称") and a "Clear filters" button that resets them all
// (TimelineFilterModel::clearFilters()). Hidden while no such filter is active, so an
// unfiltered window shows nothing extra. The description is elided to a sensible width; the
// whole text is in the tool tip.
class FilterStatus : public QWidget {
    Q_OBJECT

public:
    explicit FilterStatus(TimelineFilterModel *proxy, QWidget *parent = nullptr);

    QLabel *descriptionLabel() const { return m_description; }
    QToolButton *clearButton() const { return m_clear; }
    // The whole description as shown (before eliding); empty when nothing is filtered.
    QString text() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    TimelineFilterModel *m_proxy;
    QLabel *m_description;
    QToolButton *m_clear;
    QString m_text;
};

} // namespace Turnpoint

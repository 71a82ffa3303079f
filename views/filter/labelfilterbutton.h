#pragma once

#include <QToolButton>

class QMenu;

namespace Turnpoint {

class TimelineFilterModel;

// The entry-category filter as a drop-down button: one checkable item per label found in the
// loaded data (项目名称, 调控措施, …), with how many entries carry it, built when the menu opens
// so it always lists what is loaded now. Checking items narrows the turning points to those with
// an entry of a checked category; "All categories" clears the filter. The menu stays open while
// items are checked, so several can be picked at once.
class LabelFilterButton : public QToolButton {
    Q_OBJECT

public:
    explicit LabelFilterButton(TimelineFilterModel *proxy, QWidget *parent = nullptr);

    // Rebuilds the menu from the proxy's data (also done each time it opens).
    void rebuildMenu();
    QMenu *labelMenu() const { return m_menu; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void toggleLabel(const QString &label, bool checked);

    TimelineFilterModel *m_proxy;
    QMenu *m_menu;
};

} // namespace Turnpoint

#include "labelfilterbutton.h"

#include "safetext.h"
#include "timelinefiltermodel.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMouseEvent>

namespace Turnpoint {

LabelFilterButton::LabelFilterButton(TimelineFilterModel *proxy, QWidget *parent)
    : QToolButton(parent)
    , m_proxy(proxy)
    , m_menu(new QMenu(this)) {
    setObjectName(QStringLiteral("labelFilterButton"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    // The style's small menu arrow is drawn over the text in a text-only tool button; the text
    // ends in an arrow of its own instead.
    setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    m_menu->installEventFilter(this);
    connect(m_menu, &QMenu::aboutToShow, this, &LabelFilterButton::rebuildMenu);
    connect(m_proxy, &TimelineFilterModel::labelFilterChanged, this,
            &LabelFilterButton::retranslateUi);
    retranslateUi();
}

void LabelFilterButton::retranslateUi() {
    const QSet<QString> &checked = m_proxy->labelFilter();
    //: Toolbar: drop-down button of the entry category filter (项目名称, 调控措施, …); %n is
    //: how many categories are checked, 0 when the filter is off
    setText(
        (checked.isEmpty() ? tr("Categories") : tr("Categories (%n)", nullptr, checked.size())) +
        QStringLiteral(" ▾"));
    // Report text: escaped, so a label full of markup is shown as written.
    QStringList names(checked.cbegin(), checked.cend());
    names.sort();
    //: Tool tip of the category filter button
    QString tip = tr("Show only turning points with entries of the checked categories");
    if (!names.isEmpty())
        tip += QLatin1Char('\n') + names.join(QLatin1Char('\n'));
    setToolTip(SafeText::toolTip(tip));
    //: Accessible name of the category filter button
    setAccessibleName(tr("Entry categories"));
}

void LabelFilterButton::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

void LabelFilterButton::rebuildMenu() {
    m_menu->clear();
    //: Category filter menu: uncheck every category (show all turning points again)
    QAction *all =
        m_menu->addAction(tr("All Categories"), m_proxy, [this] { m_proxy->setLabelFilter({}); });
    all->setEnabled(!m_proxy->labelFilter().isEmpty());
    m_menu->addSeparator();

    QSet<QString> listed;
    const QList<TimelineFilter::LabelCount> labels = m_proxy->availableLabels();
    const QSet<QString> &checked = m_proxy->labelFilter();
    const auto add = [this, &checked, &listed](const QString &label, int entries) {
        QString text = label.isEmpty()
                           //: Category filter menu: entries written without a label
                           ? tr("(no category)")
                           : label;
        text.replace(QLatin1Char('&'), QLatin1String("&&")); // report text, not a mnemonic
        //: Category filter menu item: the category and how many entries carry it
        QAction *action = m_menu->addAction(tr("%1 (%2)").arg(text).arg(entries));
        action->setCheckable(true);
        action->setChecked(checked.contains(label));
        action->setData(label);
        connect(action, &QAction::toggled, this,
                [this, label](bool on) { toggleLabel(label, on); });
        listed.insert(label);
    };
    for (const TimelineFilter::LabelCount &count : labels)
        add(count.label, count.entries);
    // A checked category the loaded data no longer has (its report was closed) stays listed,
    // so it can still be unchecked.
    QStringList gone;
    for (const QString &label : checked) {
        if (!listed.contains(label))
            gone.append(label);
    }
    gone.sort();
    for (const QString &label : std::as_const(gone))
        add(label, 0);
    if (labels.isEmpty() && gone.isEmpty()) {
        //: Category filter menu when no report with entries is loaded
        m_menu->addAction(tr("No categories"))->setEnabled(false);
    }
}

void LabelFilterButton::toggleLabel(const QString &label, bool checked) {
    QSet<QString> labels = m_proxy->labelFilter();
    if (checked)
        labels.insert(label);
    else
        labels.remove(label);
    m_proxy->setLabelFilter(labels);
}

bool LabelFilterButton::eventFilter(QObject *watched, QEvent *event) {
    // A click on a checkable item toggles it without closing the menu: picking three categories
    // should not take three trips through the button.
    if (watched == m_menu && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        QAction *action = m_menu->actionAt(mouse->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

} // namespace Turnpoint

#include "statusprogress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <limits>

namespace Turnpoint {

StatusProgress::StatusProgress(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setTextFormat(Qt::PlainText);
    // A long URL must not push the rest of the status bar away.
    m_label->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setAutoRaise(true);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &StatusProgress::cancelRequested);
    retranslateUi();
    hide();
}

void StatusProgress::retranslateUi() {
    //: Status bar button that stops a download or a link check
    m_cancel->setText(tr("Cancel"));
}

void StatusProgress::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StatusProgress::start(const QString &text) {
    setText(text);
    setProgress(0, -1);
    show();
}

void StatusProgress::setText(const QString &text) {
    const QString elided =
        m_label->fontMetrics().elidedText(text, Qt::ElideMiddle, m_label->maximumWidth());
    m_label->setText(elided);
    m_label->setToolTip(QString()); // the full text is in text(); tool tips would need escaping
    setProperty("fullText", text);
}

QString StatusProgress::text() const {
    return property("fullText").toString();
}

void StatusProgress::setProgress(qint64 done, qint64 total) {
    if (total <= 0) {
        m_bar->setRange(0, 0); // busy indicator
        return;
    }
    // QProgressBar takes int; scale large byte counts down.
    int shift = 0;
    while ((total >> shift) > std::numeric_limits<int>::max())
        ++shift;
    m_bar->setRange(0, int(total >> shift));
    m_bar->setValue(int(std::min(done, total) >> shift));
}

void StatusProgress::finish() {
    hide();
}

} // namespace Turnpoint

#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Turnpoint {

// A long-running task in the status bar: what it is doing, a progress bar and a Cancel button.
// The window shows one per kind of task (a download, a link check), so they can run together.
class StatusProgress : public QWidget {
    Q_OBJECT

public:
    explicit StatusProgress(QWidget *parent = nullptr);

    // Shows the widget with `text` (plain text: it may name a URL); `total` < 0 means unknown.
    void start(const QString &text);
    void setText(const QString &text);
    void setProgress(qint64 done, qint64 total);
    void finish(); // hides it

    QString text() const;
    QToolButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace Turnpoint

#pragma once

#include "report.h"

#include <QLabel>
#include <QUrl>

class QMenu;

namespace Turnpoint {

// One source of an entry, shown as "name — host". It is a plain-text label that behaves like a
// link: click, Enter or Space opens it, but only when UrlPolicy accepts the URL. A source that
// may not be opened (javascript:, file:, UNC paths, custom schemes, no URL at all) is shown as
// plain text marked "not openable" and no gesture opens it.
class SourceLink : public QLabel {
    Q_OBJECT

public:
    SourceLink(const Source &source, const QString &citation, QWidget *parent = nullptr);

    bool isOpenable() const { return m_openUrl.isValid(); }
    QString url() const { return m_url; } // as written in the report
    QString citation() const { return m_citation; }

    // "中国日报网 — www.chinadaily.com.cn"; for a source that may not be opened, the URL as
    // written and a "not openable" mark.
    static QString displayText(const Source &source);

    // The context menu (Open Link, Copy Link, Copy Citation), each action enabled when it can
    // do something; owned by `parent`. The right-click handler shows it.
    QMenu *createContextMenu(QWidget *parent);

public slots:
    // Hands the URL to the system when UrlPolicy allows it; returns whether it did.
    bool open();
    void copyLink();
    void copyCitation();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString m_url;
    QUrl m_openUrl; // valid only when UrlPolicy allows opening
    QString m_citation;
};

} // namespace Turnpoint

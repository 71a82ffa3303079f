#include "sourcelink.h"

#include "safetext.h"
#include "urlpolicy.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace Turnpoint {

SourceLink::SourceLink(const Source &source, const QString &citation, QWidget *parent)
    : QLabel(parent)
    , m_url(source.url)
    , m_openUrl(UrlPolicy::openableUrl(source.url))
    , m_citation(citation) {
    // Report text is never markup, whatever it looks like.
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setText(displayText(source));
    setContextMenuPolicy(Qt::DefaultContextMenu);
    if (isOpenable()) {
        QFont f = font();
        f.setUnderline(true);
        setFont(f);
        setForegroundRole(QPalette::Link);
        setCursor(Qt::PointingHandCursor);
        setFocusPolicy(Qt::StrongFocus);
        setToolTip(SafeText::toolTip(m_openUrl.toString()));
        //: Accessible description of a source link
        setAccessibleDescription(tr("Link, opens in the web browser"));
    } else {
        setForegroundRole(QPalette::PlaceholderText);
        setFocusPolicy(Qt::NoFocus);
        if (!m_url.isEmpty())
            //: Tool tip of a source whose link is not opened, followed by the link as written
            setToolTip(SafeText::toolTip(tr("Only http and https links to a host are opened. "
                                            "This one is shown as written:\n%1")
                                             .arg(m_url)));
    }
}

QString SourceLink::displayText(const Source &source) {
    const QUrl url = UrlPolicy::openableUrl(source.url);
    if (url.isValid()) {
        const QString host = url.host();
        if (source.name.isEmpty())
            return host;
        //: A source: its name and the host of its link, e.g. "中国日报网 — www.chinadaily.com.cn"
        return tr("%1 — %2").arg(source.name, host);
    }
    if (source.url.isEmpty())
        //: A source the report names without a link
        return tr("%1 (no link)").arg(source.name);
    const QString shown =
        source.name.isEmpty() ? source.url.toString() : tr("%1 — %2").arg(source.name, source.url);
    //: A source whose link must not be opened (not http/https, or malformed)
    return tr("%1 (not openable)").arg(shown);
}

bool SourceLink::open() {
    // Re-checked here rather than trusting construction: this is the one path to openUrl.
    const QUrl url = UrlPolicy::openableUrl(m_url);
    if (!url.isValid())
        return false;
    return QDesktopServices::openUrl(url);
}

void SourceLink::copyLink() {
    if (!m_url.isEmpty())
        QGuiApplication::clipboard()->setText(m_url);
}

void SourceLink::copyCitation() {
    QGuiApplication::clipboard()->setText(m_citation);
}

void SourceLink::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        open();
        event->accept();
        return;
    }
    QLabel::mouseReleaseEvent(event);
}

void SourceLink::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        open();
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

QMenu *SourceLink::createContextMenu(QWidget *parent) {
    auto *menu = new QMenu(parent);
    //: Context menu of a source
    QAction *openAction = menu->addAction(tr("Open Link"), this, &SourceLink::open);
    openAction->setEnabled(isOpenable());
    // An unsafe link may still be copied: as text on the clipboard it opens nothing by itself,
    // and the analyst may want to look at it.
    //: Context menu of a source: copy the URL as written
    QAction *copyLinkAction = menu->addAction(tr("Copy Link"), this, &SourceLink::copyLink);
    copyLinkAction->setEnabled(!m_url.isEmpty());
    //: Context menu of a source: copy title, source name, URL and date
    QAction *copyCitationAction =
        menu->addAction(tr("Copy Citation"), this, &SourceLink::copyCitation);
    copyCitationAction->setEnabled(!m_citation.isEmpty());
    return menu;
}

void SourceLink::contextMenuEvent(QContextMenuEvent *event) {
    QMenu *menu = createContextMenu(this);
    menu->exec(event->globalPos());
    // Parented to the link; freed after use so repeated right-clicks do not pile up menus.
    menu->deleteLater();
}

} // namespace Turnpoint

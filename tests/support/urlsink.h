#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

namespace Turnpoint::TestSupport {

// Receives whatever QDesktopServices::openUrl would hand to the system: tests register it with
// QDesktopServices::setUrlHandler(scheme, &sink, "open") and then check what arrived.
class UrlSink : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace Turnpoint::TestSupport

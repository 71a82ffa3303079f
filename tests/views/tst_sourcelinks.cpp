#include "datetext.h"
#include "detailpanel.h"
#include "sourcelink.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "urlpolicy.h"
#include "urlsink.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QMenu>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace Turnpoint;

using Turnpoint::TestSupport::UrlSink;

class TestSourceLinks : public QObject {
    Q_OBJECT

private:
    UrlSink m_sink;
    // Every scheme an unsafe link could leak to, so a leak is caught instead of reaching the OS.
    const QStringList m_schemes{QStringLiteral("https"),       QStringLiteral("http"),
                                QStringLiteral("file"),        QStringLiteral("smb"),
                                QStringLiteral("data"),        QStringLiteral("javascript"),
                                QStringLiteral("ftp"),         QStringLiteral("mailto"),
                                QStringLiteral("turnpoint-x"), QStringLiteral("vbscript")};

    static Report reportWithSource(const Source &source) {
        Report r;
        r.file = QStringLiteral("links.md");
        r.title = QStringLiteral("Links");
        TurningPoint tp;
        tp.date = PartialDate::fromYearMonth(2020, 1);
        tp.confidence = 70;
        Entry e;
        e.label = QStringLiteral("项目");
        e.title = QStringLiteral("标题");
        e.sources.append(source);
        tp.entries.append(e);
        r.turningPoints.append(tp);
        return r;
    }

private slots:
    void initTestCase() {
        for (const QString &scheme : m_schemes)
            QDesktopServices::setUrlHandler(scheme, &m_sink, "open");
    }
    void cleanupTestCase() {
        for (const QString &scheme : m_schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    }
    void init() { m_sink.opened.clear(); }

    void safeLinkOpens_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("text");
        QTest::newRow("https")
            << QStringLiteral(
                   "https://www.chinadaily.com.cn/a/201912/19/WS5dfae48ba310cf3e3557f346.html")
            << QStringLiteral("中国日报网 — www.chinadaily.com.cn");
        QTest::newRow("http") << QStringLiteral("http://www.news.cn/example/gx-office.htm")
                              << QStringLiteral("中国日报网 — www.news.cn");
    }
    void safeLinkOpens() {
        QFETCH(QString, url);
        QFETCH(QString, text);
        SourceLink link({1, QStringLiteral("中国日报网"), url, false}, QString());
        link.show();
        QVERIFY(QTest::qWaitForWindowExposed(&link));
        QCOMPARE(link.text(), text);
        QVERIFY(link.isOpenable());
        QTest::mouseClick(&link, Qt::LeftButton);
        QCOMPARE(m_sink.opened.size(), 1);
        QCOMPARE(m_sink.opened.first(), UrlPolicy::openableUrl(url));
        QCOMPARE(m_sink.opened.first().toString(), url);
        // The keyboard opens it too.
        QTest::keyClick(&link, Qt::Key_Return);
        QCOMPARE(m_sink.opened.size(), 2);
    }

    void unsafeLinkNeverOpens_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("javascript, mixed case")
            << QStringLiteral("JaVaScRiPt:alert(document.cookie)");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("smb") << QStringLiteral("smb://server/share/x.exe");
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>");
        QTest::newRow("UNC") << QStringLiteral("\\\\server\\share\\x.exe");
        QTest::newRow("UNC, forward") << QStringLiteral("//server/share/x.exe");
        QTest::newRow("custom scheme") << QStringLiteral("turnpoint-x://do/something");
        QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/file");
        QTest::newRow("mailto") << QStringLiteral("mailto:a@example.org");
        QTest::newRow("user info") << QStringLiteral("https://user:pw@example.org/");
        QTest::newRow("space inside") << QStringLiteral("https://example.org/a b");
        QTest::newRow("no host") << QStringLiteral("https:///path");
        QTest::newRow("relative") << QStringLiteral("www.example.org/page");
    }
    void unsafeLinkNeverOpens() {
        QFETCH(QString, url);
        SourceLink link({1, QStringLiteral("名称"), url, true}, QStringLiteral("citation"));
        link.show();
        QVERIFY(QTest::qWaitForWindowExposed(&link));
        QVERIFY(!link.isOpenable());
        QVERIFY(link.text().contains(url)); // shown as written
        QVERIFY(link.text().contains(QStringLiteral("not openable")));
        QTest::mouseClick(&link, Qt::LeftButton);
        QTest::keyClick(&link, Qt::Key_Return);
        QTest::keyClick(&link, Qt::Key_Space);
        QVERIFY(!link.open());
        QVERIFY2(m_sink.opened.isEmpty(), qPrintable(m_sink.opened.value(0).toString()));
    }

    void sourceWithoutUrl() {
        SourceLink link({1, QStringLiteral("广西发改委"), QString(), false}, QString());
        QCOMPARE(link.text(), QStringLiteral("广西发改委 (no link)"));
        QVERIFY(!link.open());
        QVERIFY(m_sink.opened.isEmpty());
    }

    // The same through the detail panel: click every source of an entry.
    void detailPanelLinks_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("opens");
        QTest::newRow("https") << QStringLiteral("https://www.adb.org/projects/43051-012/main")
                               << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///C:/Windows/system32/calc.exe") << false;
        QTest::newRow("UNC") << QStringLiteral("\\\\evil\\share") << false;
    }
    void detailPanelLinks() {
        QFETCH(QString, url);
        QFETCH(bool, opens);
        TimelineModel model;
        model.addReport(reportWithSource({1, QStringLiteral("亚洲开发银行"), url, !opens}));
        TimelineFilterModel proxy;
        proxy.setSourceModel(&model);
        QItemSelectionModel selection(&proxy);
        DetailPanel panel(&proxy, &selection);
        panel.resize(500, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        selection.setCurrentIndex(proxy.mapFromSource(model.entryIndex(0, 0, 0)),
                                  QItemSelectionModel::ClearAndSelect);
        const QList<SourceLink *> links = panel.sourceLinks();
        QCOMPARE(links.size(), 1);
        QTRY_VERIFY(links.first()->isVisible());
        QTest::mouseClick(links.first(), Qt::LeftButton);
        if (opens) {
            QCOMPARE(m_sink.opened.size(), 1);
            QCOMPARE(m_sink.opened.first().toString(), url);
        } else {
            QVERIFY(m_sink.opened.isEmpty());
        }
        // Copy citation: title, source name, URL and date (the entry has none: its turning
        // point's), through the link's own menu.
        const QString expected =
            QStringList{QStringLiteral("标题"), QStringLiteral("亚洲开发银行"), url,
                        DateText::partialDate(PartialDate::fromYearMonth(2020, 1), QLocale())}
                .join(QStringLiteral(". ")) +
            QStringLiteral(".");
        QCOMPARE(links.first()->citation(), expected);
        QGuiApplication::clipboard()->clear();
        const std::unique_ptr<QMenu> menu(links.first()->createContextMenu(nullptr));
        QAction *copyCitation = menu->actions().value(2);
        QVERIFY(copyCitation && copyCitation->isEnabled());
        copyCitation->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QVERIFY(opens ? m_sink.opened.size() == 1 : m_sink.opened.isEmpty());
    }

    // The context menu: its actions, which of them can be used, and what they copy.
    void contextMenu_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("openable");
        QTest::newRow("https") << QStringLiteral("https://www.seetao.com/details/165543.html")
                               << true;
        // Unsafe links are never opened, but may be copied as written: text on the clipboard
        // opens nothing, and the analyst may want to look at it.
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("UNC") << QStringLiteral("\\\\server\\share\\x.exe") << false;
        QTest::newRow("no link") << QString() << false;
    }
    void contextMenu() {
        QFETCH(QString, url);
        QFETCH(bool, openable);
        const QString citation = QStringLiteral("标题. 施工通. %1. Mar 2022.").arg(url);
        SourceLink link({1, QStringLiteral("施工通"), url, !openable}, citation);
        const std::unique_ptr<QMenu> menu(link.createContextMenu(nullptr));
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(0)->text(), QStringLiteral("Open Link"));
        QCOMPARE(actions.at(1)->text(), QStringLiteral("Copy Link"));
        QCOMPARE(actions.at(2)->text(), QStringLiteral("Copy Citation"));
        QCOMPARE(actions.at(0)->isEnabled(), openable);
        QCOMPARE(actions.at(1)->isEnabled(), !url.isEmpty());
        QVERIFY(actions.at(2)->isEnabled());

        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("before"));
        actions.at(1)->trigger();
        // The URL exactly as the report wrote it; nothing at all for a source without one.
        QCOMPARE(clipboard->text(), url.isEmpty() ? QStringLiteral("before") : url);
        link.copyLink();
        QCOMPARE(clipboard->text(), url.isEmpty() ? QStringLiteral("before") : url);
        actions.at(2)->trigger();
        QCOMPARE(clipboard->text(), citation);

        actions.at(0)->trigger();
        if (openable) {
            QCOMPARE(m_sink.opened.size(), 1);
            QCOMPARE(m_sink.opened.first().toString(), url);
        } else {
            QVERIFY(m_sink.opened.isEmpty());
        }
    }

    // The real right-click: the menu pops up at the link and its Copy Citation copies.
    void rightClickShowsTheMenu() {
        const QString url = QStringLiteral("https://www.chinadaily.com.cn/a/1.html");
        SourceLink link({1, QStringLiteral("中国日报网"), url, false}, QStringLiteral("citation"));
        link.show();
        QVERIFY(QTest::qWaitForWindowExposed(&link));
        QGuiApplication::clipboard()->clear();
        QStringList seen;
        // The menu runs its own event loop: act from inside it.
        QTimer::singleShot(0, &link, [&seen] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            const QList<QAction *> actions = menu->actions();
            for (QAction *a : actions)
                seen.append(a->text());
            actions.last()->trigger();
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(2, 2),
                                link.mapToGlobal(QPoint(2, 2)));
        QCoreApplication::sendEvent(&link, &event);
        QCOMPARE(seen, QStringList({QStringLiteral("Open Link"), QStringLiteral("Copy Link"),
                                    QStringLiteral("Copy Citation")}));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("citation"));
        QVERIFY(m_sink.opened.isEmpty());
    }
};

QTEST_MAIN(TestSourceLinks)
#include "tst_sourcelinks.moc"

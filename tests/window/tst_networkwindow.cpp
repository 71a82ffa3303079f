// The window's network features, offscreen, against HttpTestServer on 127.0.0.1 (no test here
// contacts any other address): Open URL (success, 404, unsafe address, cancel, reload), Check
// Links driving the detail panel's badges, the outline's counts and the Sources view, the link
// cache, cancelling a check, and links opened from the Sources view only through UrlPolicy.

#include "detailpanel.h"
#include "httptestserver.h"
#include "linkchecker.h"
#include "mainwindow.h"
#include "outlinedelegate.h"
#include "outlineview.h"
#include "reportdownloader.h"
#include "sourceindexmodel.h"
#include "sourcesdelegate.h"
#include "sourcesview.h"
#include "statusprogress.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"
#include "urlsink.h"
#include "windowtestsupport.h"

#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace Turnpoint;

using Turnpoint::TestSupport::UrlSink;

namespace {

int closeMessageBoxes(QWidget *window) {
    const QList<QMessageBox *> boxes = window->findChildren<QMessageBox *>();
    for (QMessageBox *box : boxes)
        box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return int(boxes.size());
}

} // namespace

class TestNetworkWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    HttpTestServer m_server;
    UrlSink m_sink;
    const QStringList m_schemes{QStringLiteral("https"), QStringLiteral("http"),
                                QStringLiteral("file"),  QStringLiteral("javascript"),
                                QStringLiteral("data"),  QStringLiteral("ftp")};

    // Two turning points: the first cites /ok, /missing (entry 1) and /moved (entry 2); the
    // second /ok again and a javascript: link.
    QString writeLinkReport(const QString &name, const QString &extraUrl = {}) {
        QByteArray text = "Network report\n"
                          "### 转折点：2020年3月（事件） - 置信度：70%\n"
                          "1. **项目名称**：Entry A\n"
                          "**官方来源**：Good（" +
                          m_server.url(QStringLiteral("/ok")).toUtf8() +
                          "）\n"
                          "**官方来源**：Gone（" +
                          m_server.url(QStringLiteral("/missing")).toUtf8() +
                          "）\n"
                          "2. **项目名称**：Entry B\n"
                          "**官方来源**：Moved（" +
                          m_server.url(QStringLiteral("/moved")).toUtf8() +
                          "）\n"
                          "### 转折点：2021年6月（政策） - 置信度：80%\n"
                          "1. **政策名称**：Entry C\n"
                          "**官方来源**：Good again（" +
                          m_server.url(QStringLiteral("/ok")).toUtf8() +
                          "）\n"
                          "**官方来源**：Script（javascript:alert(1)）\n";
        if (!extraUrl.isEmpty())
            text += "**官方来源**：Extra（" + extraUrl.toUtf8() + "）\n";
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
        return path;
    }

    void prepare(MainWindow &w) {
        // A fresh cache file per window: results of one test never leak into the next.
        static int n = 0;
        w.linkCheck()->linkChecker()->setCachePath(
            m_dir.filePath(QStringLiteral("cache-%1.json").arg(++n)));
        w.linkCheck()->linkChecker()->setInactivityTimeout(5000);
        w.linkCheck()->linkChecker()->setDeadline(10000);
    }

    static void selectSource(MainWindow &w, int tp, int entry) {
        const QModelIndex index = w.proxy()->mapFromSource(w.model()->entryIndex(0, tp, entry));
        QVERIFY(index.isValid());
        w.selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    }

    static QStringList badgeStatuses(const MainWindow &w) {
        QStringList statuses;
        const QList<QLabel *> badges = w.detailPanel()->linkBadges();
        for (const QLabel *badge : badges)
            statuses.append(badge->property("linkStatus").toString());
        return statuses;
    }

    static int sourceRow(const MainWindow &w, const QString &url) {
        return w.sourcesView()->findUrl(url);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Never the user's settings: they go to the test's own folder.
        QVERIFY(TestSupport::useTemporarySettings(m_dir));
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
        QVERIFY(m_server.start());
        m_server.addStandardRoutes();
        for (const QString &scheme : m_schemes)
            QDesktopServices::setUrlHandler(scheme, &m_sink, "open");
    }

    void cleanupTestCase() {
        for (const QString &scheme : m_schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    }

    void init() {
        m_sink.opened.clear();
        // Requests an earlier test sent just before its window closed reach the server only when
        // the event loop runs: let them arrive before counting starts.
        QTest::qWait(50);
        m_server.resetCounters();
    }

    void openUrlAddsReport() {
        MainWindow w;
        QSignalSpy finished(w.documents(), &DocumentsController::downloadFinished);
        const QString url = m_server.url(QStringLiteral("/report.md"));
        QVERIFY(w.documents()->openUrl(url));
        QVERIFY(!w.documents()->downloadProgress()->isHidden());
        QVERIFY(w.documents()->downloadProgress()->text().contains(url));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(w.documents()->downloadProgress()->isHidden());
        QCOMPARE(w.model()->reportCount(), 1);
        QCOMPARE(w.model()->report(0).file, url);
        QCOMPARE(w.model()->report(0).turningPoints.size(), 10);
        // Its origin is the whole address: in the title and in the detail panel.
        QVERIFY2(w.windowTitle().startsWith(url + QStringLiteral(" — ")),
                 qPrintable(w.windowTitle()));
        w.selectionModel()->setCurrentIndex(w.proxy()->mapFromSource(w.model()->reportIndex(0)),
                                            QItemSelectionModel::ClearAndSelect);
        QVERIFY(w.detailPanel()->text().contains(QStringLiteral("URL:\n") + url));

        // Reload downloads it again and replaces it in place.
        QCOMPARE(m_server.requestCount("/report.md"), 1);
        w.documents()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(m_server.requestCount("/report.md"), 2);
        QCOMPARE(w.model()->reportCount(), 1);
    }

    void openUrl404ReplacesNothing() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {QStringLiteral(TURNPOINT_SAMPLE)}));
        QCOMPARE(w.model()->reportCount(), 1);
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QSignalSpy finished(w.documents(), &DocumentsController::downloadFinished);
        const QString url = m_server.url(QStringLiteral("/missing-report.md"));
        QVERIFY(w.documents()->openUrl(url));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(url) && message.contains(QStringLiteral("404")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("nothing already open was replaced")));
        QCOMPARE(w.model()->reportCount(), 1);
        QCOMPARE(closeMessageBoxes(&w), 1);

        // Not a report either: same outcome.
        QVERIFY(w.documents()->openUrl(m_server.url(QStringLiteral("/not-a-report.html"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(errors.count(), 2);
        QCOMPARE(w.model()->reportCount(), 1);
        closeMessageBoxes(&w);
    }

    void openUrlRefusesOtherSchemes_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/report.md");
        QTest::newRow("user info") << QStringLiteral("http://user:pw@127.0.0.1/report.md");
        QTest::newRow("no host") << QStringLiteral("http:///report.md");
    }

    void openUrlRefusesOtherSchemes() {
        QFETCH(QString, url);
        MainWindow w;
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(!w.documents()->openUrl(url));
        QCOMPARE(errors.count(), 1);
        QVERIFY(w.documents()->downloadProgress()->isHidden());
        QVERIFY(!w.documents()->downloader()->isRunning());
        const QList<QMessageBox *> boxes = w.findChildren<QMessageBox *>();
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes.first()->textFormat(), Qt::PlainText);
        closeMessageBoxes(&w);
        QCOMPARE(m_server.totalRequests(), 0);
    }

    void cancelDownload() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {QStringLiteral(TURNPOINT_SAMPLE)}));
        QSignalSpy finished(w.documents(), &DocumentsController::downloadFinished);
        QSignalSpy errors(&w, &MainWindow::errorShown);
        QVERIFY(w.documents()->openUrl(m_server.url(QStringLiteral("/silent"))));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount("/silent"), 1, 10000);
        // The Cancel button in the status bar.
        w.documents()->downloadProgress()->cancelButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(errors.count(), 0); // the user's own cancel is not an error
        QVERIFY(w.documents()->downloadProgress()->isHidden());
        QCOMPARE(w.model()->reportCount(), 1);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    }

    void openFilesMixesUrlsAndFiles() {
        MainWindow w;
        QSignalSpy finished(w.documents(), &DocumentsController::downloadFinished);
        QSignalSpy errors(&w, &MainWindow::errorShown);
        const QString url = m_server.url(QStringLiteral("/report.md"));
        w.openFiles({url, QStringLiteral(TURNPOINT_SAMPLE)});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->reportCount(), 2, 20000);
        QVERIFY(!w.documents()->isLoading());
        QCOMPARE(errors.count(), 0);
        QStringList files{w.model()->report(0).file, w.model()->report(1).file};
        QVERIFY2(files.contains(url), qPrintable(files.join(QLatin1Char(' '))));
        QCOMPARE(m_server.requestCount("/report.md"), 1);
    }

    void reloadOfFailingUrlKeepsTheReport() {
        QFile sample(QStringLiteral(TURNPOINT_SAMPLE));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray bytes = sample.readAll();
        auto gone = std::make_shared<bool>(false);
        m_server.route("/flaky.md", [bytes, gone](const HttpTestServer::Request &) {
            HttpTestServer::Response r;
            if (*gone) {
                r.status = 404;
                r.body = "gone\n";
            } else {
                r.addHeader("Content-Type", "text/markdown; charset=utf-8");
                r.body = bytes;
            }
            return r;
        });
        MainWindow w;
        QSignalSpy finished(w.documents(), &DocumentsController::downloadFinished);
        QSignalSpy errors(&w, &MainWindow::errorShown);
        const QString url = m_server.url(QStringLiteral("/flaky.md"));
        QVERIFY(w.documents()->openUrl(url));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(w.model()->reportCount(), 1);
        const qsizetype turningPoints = w.model()->report(0).turningPoints.size();
        QVERIFY(turningPoints > 0);

        // The server loses the report; Reload must not lose it too.
        *gone = true;
        w.documents()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(finished.at(1).at(1).toBool(), false);
        QCOMPARE(m_server.requestCount("/flaky.md"), 2);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("404")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(w.model()->reportCount(), 1);
        QCOMPARE(w.model()->report(0).file, url);
        QCOMPARE(w.model()->report(0).turningPoints.size(), turningPoints);
        QCOMPARE(closeMessageBoxes(&w), 1);
    }

    void timeoutAndTooLargeReplaceNothing() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {QStringLiteral(TURNPOINT_SAMPLE)}));
        const QString sampleFile = w.model()->report(0).file;
        QSignalSpy finished(w.documents(), &DocumentsController::downloadFinished);
        QSignalSpy errors(&w, &MainWindow::errorShown);

        // A server that never answers: the (short) inactivity timeout ends it.
        w.documents()->downloader()->setInactivityTimeout(300);
        QVERIFY(w.documents()->openUrl(m_server.url(QStringLiteral("/silent"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.last().first().toString().contains(QStringLiteral("no data")),
                 qPrintable(errors.last().first().toString()));
        QCOMPARE(w.model()->reportCount(), 1);
        QCOMPARE(w.model()->report(0).file, sampleFile);
        QCOMPARE(closeMessageBoxes(&w), 1);

        // Larger than the limit (a small one here; 50 MB by default).
        w.documents()->downloader()->setMaxSize(1000);
        QVERIFY(w.documents()->openUrl(m_server.url(QStringLiteral("/report.md"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(finished.at(1).at(1).toBool(), false);
        QCOMPARE(errors.count(), 2);
        QVERIFY2(errors.last().first().toString().contains(QStringLiteral("larger than")),
                 qPrintable(errors.last().first().toString()));
        QCOMPARE(w.model()->reportCount(), 1);
        QCOMPARE(w.model()->report(0).file, sampleFile);
        QCOMPARE(closeMessageBoxes(&w), 1);
    }

    void networkActionsAreInTheMenus() {
        MainWindow w;
        // Menu titles and action texts without their mnemonic markers.
        const auto plain = [](QString text) { return text.remove(QLatin1Char('&')); };
        const auto menuNamed = [&](const QString &title) -> QMenu * {
            const QList<QAction *> actions = w.menuBar()->actions();
            for (QAction *a : actions) {
                if (a->menu() && plain(a->text()) == title)
                    return a->menu();
            }
            return nullptr;
        };
        const auto hasAction = [&](QMenu *menu, const QString &text, QAction *expected) {
            const QList<QAction *> actions = menu->actions();
            for (QAction *a : actions) {
                if (plain(a->text()) == text)
                    return a == expected;
            }
            return false;
        };
        QMenu *file = menuNamed(QStringLiteral("File"));
        QMenu *tools = menuNamed(QStringLiteral("Tools"));
        QVERIFY(file);
        QVERIFY(tools);
        QVERIFY(
            hasAction(file, QStringLiteral("Open URL…"), TestSupport::action(&w, "openUrlAction")));
        QVERIFY(hasAction(tools, QStringLiteral("Check Links"),
                          TestSupport::action(&w, "checkLinksAction")));
    }

    void checkLinksDrivesBadgesOutlineAndSources() {
        MainWindow w;
        prepare(w);
        const QString path = writeLinkReport(QStringLiteral("links.md"));
        QVERIFY(TestSupport::openAndWait(w, {path}));
        QCOMPARE(w.model()->reportCount(), 1);
        // Nothing is checked until the user asks.
        QTest::qWait(50);
        QCOMPARE(m_server.totalRequests(), 0);
        selectSource(w, 0, 0);
        QVERIFY(w.detailPanel()->linkBadges().isEmpty());

        QSignalSpy done(w.linkCheck(), &LinkCheckController::finished);
        TestSupport::action(&w, "checkLinksAction")->trigger();
        QVERIFY(!w.linkCheck()->progress()->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY(w.linkCheck()->progress()->isHidden());
        QCOMPARE(w.model()->linkResults().size(), 4); // /ok, /missing, /moved, javascript:

        // Detail panel: a badge per source of the shown entry, plain text.
        QCOMPARE(badgeStatuses(w), (QStringList{QStringLiteral("ok"), QStringLiteral("broken")}));
        const QList<QLabel *> badges = w.detailPanel()->linkBadges();
        for (const QLabel *badge : badges)
            QCOMPARE(badge->textFormat(), Qt::PlainText);
        QVERIFY(badges.at(1)->text().contains(QStringLiteral("404")));
        QVERIFY(badges.at(1)->toolTip().contains(QStringLiteral("Checked ")));
        selectSource(w, 0, 1);
        QCOMPARE(badgeStatuses(w), QStringList{QStringLiteral("redirected")});
        // A redirect says where it ended.
        QVERIFY2(w.detailPanel()->text().contains(QStringLiteral("→ ") +
                                                  m_server.url(QStringLiteral("/ok"))),
                 qPrintable(w.detailPanel()->text()));
        selectSource(w, 1, 0);
        QCOMPARE(badgeStatuses(w), (QStringList{QStringLiteral("ok"), QStringLiteral("unsafe")}));

        // Outline: the Sources column counts the problems per turning point.
        const QModelIndex tp0 = w.proxy()->mapFromSource(
            w.model()->turningPointIndex(0, 0, TimelineModel::SourceCountColumn));
        const QModelIndex tp1 = w.proxy()->mapFromSource(
            w.model()->turningPointIndex(0, 1, TimelineModel::SourceCountColumn));
        // Problems, not "broken": tp1's one is an unsafe javascript: link. The English plural
        // form comes from translations/turnpoint_en.ts; before it is there the source text's
        // "problem(s)" shows.
        const QRegularExpression oneProblem(QStringLiteral("^(\\d) \\(1 problem(\\(s\\))?\\)$"));
        const QRegularExpressionMatch m0 =
            oneProblem.match(w.outline()->outlineDelegate()->cellText(tp0));
        const QRegularExpressionMatch m1 =
            oneProblem.match(w.outline()->outlineDelegate()->cellText(tp1));
        QVERIFY2(m0.hasMatch(), qPrintable(w.outline()->outlineDelegate()->cellText(tp0)));
        QVERIFY2(m1.hasMatch(), qPrintable(w.outline()->outlineDelegate()->cellText(tp1)));
        QCOMPARE(m0.captured(1), QStringLiteral("3"));
        QCOMPARE(m1.captured(1), QStringLiteral("2"));

        // Sources view: one row per unique link, with the citing entries and the status.
        SourcesView *sources = w.sourcesView();
        QVERIFY(TestSupport::openSourcesDock(w));
        QCOMPARE(sources->sourceModel()->rowCount(), 4);
        const int ok = sourceRow(w, m_server.url(QStringLiteral("/ok")));
        QVERIFY(ok >= 0);
        QCOMPARE(sources->sourceModel()
                     ->index(ok, SourceIndexModel::EntryCountColumn)
                     .data(SourceIndexModel::EntryCountRole),
                 QVariant(2));
        const int missing = sourceRow(w, m_server.url(QStringLiteral("/missing")));
        const QModelIndex status =
            sources->sourceModel()->index(missing, SourceIndexModel::LinkStatusColumn);
        // The source index gathers link results and applies them when the event loop next runs
        // (see SourceIndexModel), so under load they may land just after linkCheckFinished.
        QTRY_COMPARE_WITH_TIMEOUT(status.data(SourceIndexModel::LinkStatusRole).toString(),
                                  QStringLiteral("broken"), 5000);
        // Shown as the same badge as in the detail panel.
        QCOMPARE(SourcesDelegate::cellText(status), QStringLiteral("✗ Broken (404)"));
        QCOMPARE(SourcesDelegate::cellText(
                     sources->sourceModel()->index(missing, SourceIndexModel::HostColumn)),
                 QStringLiteral("127.0.0.1"));
        const int script = sourceRow(w, QStringLiteral("javascript:alert(1)"));
        QCOMPARE(SourcesDelegate::cellText(
                     sources->sourceModel()->index(script, SourceIndexModel::HostColumn)),
                 QStringLiteral("not openable"));
        QCOMPARE(SourcesDelegate::cellText(
                     sources->sourceModel()->index(script, SourceIndexModel::LinkStatusColumn)),
                 QStringLiteral("⚠ Unsafe"));
        sources->setCurrentSource(ok);
        QCOMPARE(sources->citedByList()->count(), 2);
        QVERIFY(sources->selectCitation(1));
        QCOMPARE(w.proxy()->mapToSource(w.selectionModel()->currentIndex()).siblingAtColumn(0),
                 w.model()->entryIndex(0, 1, 0));

        // Check Links again: the cached verdicts (ok, redirected, broken) are reused...
        const int okRequests = m_server.requestCount("/ok");
        w.linkCheck()->checkLinks();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30000);
        QCOMPARE(m_server.requestCount("/ok"), okRequests);
        // ...unless the user asks to ignore the cache.
        TestSupport::action(&w, "recheckLinksAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 30000);
        QVERIFY(m_server.requestCount("/ok") > okRequests);
        QCOMPARE(badgeStatuses(w), (QStringList{QStringLiteral("ok"), QStringLiteral("unsafe")}));
    }

    void linkResultsSurviveReload() {
        MainWindow w;
        prepare(w);
        const QString path = writeLinkReport(QStringLiteral("reloaded.md"));
        QVERIFY(TestSupport::openAndWait(w, {path}));
        QSignalSpy done(w.linkCheck(), &LinkCheckController::finished);
        w.linkCheck()->checkLinks();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QSignalSpy reloaded(w.documents(), &DocumentsController::reloadFinished);
        w.documents()->reload();
        QTRY_COMPARE(reloaded.count(), 1);
        selectSource(w, 0, 0);
        QCOMPARE(badgeStatuses(w), (QStringList{QStringLiteral("ok"), QStringLiteral("broken")}));
    }

    void cancelLinkCheck() {
        MainWindow w;
        prepare(w);
        const QString silent = m_server.url(QStringLiteral("/silent"));
        QVERIFY(
            TestSupport::openAndWait(w, {writeLinkReport(QStringLiteral("silent.md"), silent)}));
        QSignalSpy done(w.linkCheck(), &LinkCheckController::finished);
        w.linkCheck()->checkLinks();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount("/silent"), 1, 10000);
        w.linkCheck()->progress()->cancelButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY(w.linkCheck()->progress()->isHidden());
        QVERIFY(!w.model()->linkResults().contains(silent));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("stopped")));
    }

    void sourcesViewOpensOnlySafeLinks() {
        MainWindow w;
        QVERIFY(TestSupport::openAndWait(w, {writeLinkReport(QStringLiteral("open.md"))}));
        SourcesView *sources = w.sourcesView();
        QSignalSpy messages(sources, &SourcesView::message);
        // The list is built once per burst of model changes, on a worker, while it can be seen.
        QVERIFY(TestSupport::openSourcesDock(w));
        QCOMPARE(sources->sourceModel()->rowCount(), 4);
        const int script = sourceRow(w, QStringLiteral("javascript:alert(1)"));
        QVERIFY(script >= 0);
        QVERIFY(!sources->openSource(script));
        // Activating the row (double click, Enter) takes the same path.
        emit sources->table()->activated(
            sources->sortModel()->mapFromSource(sources->sourceModel()->index(script, 0)));
        QVERIFY(m_sink.opened.isEmpty());
        QCOMPARE(messages.count(), 2);

        const int ok = sourceRow(w, m_server.url(QStringLiteral("/ok")));
        emit sources->table()->activated(
            sources->sortModel()->mapFromSource(sources->sourceModel()->index(ok, 0)));
        QCOMPARE(m_sink.opened, QList<QUrl>{QUrl(m_server.url(QStringLiteral("/ok")))});
        // Opening a link is not fetching it. Counted for this path only: a request of an earlier
        // test's cancelled link check can still reach the server while this test runs.
        QCOMPARE(m_server.requestCount(QByteArrayLiteral("/ok")), 0);
    }

    // Closing the window while a download and a link check are running: nothing calls back
    // into it afterwards (ASan stage).
    void closeWhileBusy() {
        auto w = std::make_unique<MainWindow>();
        prepare(*w);
        const QString silent = m_server.url(QStringLiteral("/silent"));
        QVERIFY(TestSupport::openAndWait(*w, {writeLinkReport(QStringLiteral("busy.md"), silent)}));
        QVERIFY(w->documents()->openUrl(m_server.url(QStringLiteral("/silent"))));
        w->linkCheck()->checkLinks();
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount("/silent") >= 2, 10000);
        QVERIFY(w->documents()->downloader()->isRunning());
        QVERIFY(w->linkCheck()->linkChecker()->isRunning());
        w.reset();
        QTest::qWait(100);
    }
};

QTEST_MAIN(TestNetworkWindow)
#include "tst_networkwindow.moc"

// Report text is never rendered as rich text, in any sink of the window (issue 7). One report
// whose every text position, and its file name, holds markup is opened in the real window; each
// place that shows it must show it literally. tst_timelineviews checks the views one by one
// with a hand-built report; this goes through the parser and the whole window, including the
// parts the window adds (title, status bar, diagnostics, message boxes, Sources view, link
// badges).

#include "detailpanel.h"
#include "diagnosticsdialog.h"
#include "linkchecker.h"
#include "mainwindow.h"
#include "outlinedelegate.h"
#include "outlineview.h"
#include "safetext.h"
#include "sourceindexmodel.h"
#include "sourcelink.h"
#include "sourcesdelegate.h"
#include "sourcesview.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinemodel.h"
#include "timelineproxymodel.h"
#include "uilanguage.h"
#include "urlsink.h"
#include "windowtestsupport.h"

#include <QDesktopServices>
#include <QDockWidget>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QtTest>

using namespace Turnpoint;

using Turnpoint::TestSupport::UrlSink;

namespace {

const QString Payload =
    QStringLiteral("<b>x</b><img src=\"file:///etc/passwd\"><a href=\"file:///tmp\">y</a>");
// Slashes cannot be in a file name; this is the markup a file name can carry.
const QString FileName = QStringLiteral("<b>x<b><i>y<i>.md");

QStringList chartTexts(TimelineChart *chart) {
    QStringList texts;
    const QList<QGraphicsItem *> items = chart->scene()->items();
    for (QGraphicsItem *item : items) {
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(simple->text());
        else if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts.append(text->toPlainText());
    }
    return texts;
}

// What a tool tip string displays: Qt decides with mightBeRichText(), as QToolTip does.
QString shownToolTip(const QString &tip) {
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument doc;
    doc.setHtml(tip);
    return doc.toPlainText();
}

} // namespace

class TestRichTextSinks : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UrlSink m_sink;
    const QStringList m_schemes{QStringLiteral("https"), QStringLiteral("http"),
                                QStringLiteral("file"), QStringLiteral("javascript")};
    QString m_path;

    // Every widget's tool tip in `root` shows literally whatever report text it carries: no
    // markup of the payload survives as markup.
    static void checkToolTips(QWidget *root) {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (const QWidget *w : widgets) {
            const QString tip = w->toolTip();
            if (tip.isEmpty())
                continue;
            QVERIFY2(!tip.contains(QStringLiteral("<img")) && !tip.contains(QStringLiteral("<b>x")),
                     qPrintable(tip));
            if (tip.contains(QStringLiteral("&lt;b&gt;x")))
                QVERIFY2(shownToolTip(tip).contains(QStringLiteral("<b>x")), qPrintable(tip));
        }
    }

    static void checkLabels(QWidget *root) {
        const QList<QLabel *> labels = root->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->text().contains(QStringLiteral("<b>")))
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("Turnpoint"));
        QCoreApplication::setApplicationName(QStringLiteral("turnpoint"));
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
        for (const QString &scheme : m_schemes)
            QDesktopServices::setUrlHandler(scheme, &m_sink, "open");

        const QString p = Payload;
        // The second source is on 127.0.0.1, port 9 (discard; closed here): checking it fails
        // locally and contacts nothing else.
        const QString text = QStringLiteral("T %1\n"
                                            "分析周期：截至2025年5月1日\n"
                                            "Note %1\n"
                                            "### 转折点：2020年3月（K %1） - 置信度：70%\n"
                                            "1. **L %1**：E %1\n"
                                            "**F %1**：V %1\n"
                                            "N %1\n"
                                            "**官方来源**：S %1（javascript:%1）\n"
                                            "**官方来源**：S2 %1（http://127.0.0.1:9/%1）\n")
                                 .arg(p);
        m_path = m_dir.filePath(FileName);
        QFile f(m_path);
        if (!f.open(QIODevice::WriteOnly))
            QSKIP("this file system does not allow markup characters in file names");
        f.write(text.toUtf8());
    }

    void cleanupTestCase() {
        for (const QString &scheme : m_schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    }

    void everySinkShowsMarkupLiterally() {
        MainWindow w;
        w.linkChecker()->setCachePath(m_dir.filePath(QStringLiteral("cache.json")));
        w.linkChecker()->setInactivityTimeout(3000);
        w.linkChecker()->setDeadline(5000);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(TestSupport::openAndWait(w, {m_path}));
        QCOMPARE(w.model()->reportCount(), 1);
        const Report &report = w.model()->report(0);
        QCOMPARE(report.title, QStringLiteral("T ") + Payload);
        QCOMPARE(report.turningPoints.size(), 1);
        QCOMPARE(report.turningPoints[0].entries.size(), 1);
        QCOMPARE(report.turningPoints[0].entries[0].sources.size(), 2);

        // Window title: file name and title as written.
        QVERIFY2(w.windowTitle().contains(FileName) &&
                     w.windowTitle().contains(QStringLiteral("T ") + Payload),
                 qPrintable(w.windowTitle()));

        // Outline.
        OutlineDelegate *delegate = w.outline()->outlineDelegate();
        const QModelIndex reportIndex = w.proxy()->mapFromSource(w.model()->reportIndex(0));
        const QModelIndex tp = w.proxy()->mapFromSource(w.model()->turningPointIndex(0, 0));
        const QModelIndex entry = w.proxy()->mapFromSource(w.model()->entryIndex(0, 0, 0));
        QCOMPARE(delegate->cellText(reportIndex.siblingAtColumn(TimelineModel::TitleColumn)),
                 QStringLiteral("T ") + Payload);
        QCOMPARE(delegate->cellText(tp.siblingAtColumn(TimelineModel::KindColumn)),
                 QStringLiteral("K ") + Payload);
        QCOMPARE(delegate->cellText(entry.siblingAtColumn(TimelineModel::TitleColumn)),
                 QStringLiteral("E ") + Payload);

        // Detail panel, report / turning point / entry: plain-text labels with the payload.
        for (const QModelIndex &index : {reportIndex, tp, entry}) {
            w.selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
            checkLabels(w.detailPanel());
            checkToolTips(w.detailPanel());
            QVERIFY2(w.detailPanel()->text().contains(Payload),
                     qPrintable(w.detailPanel()->text()));
        }
        QVERIFY(w.detailPanel()->text().contains(QStringLiteral("F ") + Payload));
        QVERIFY(w.detailPanel()->text().contains(QStringLiteral("V ") + Payload));
        QVERIFY(w.detailPanel()->text().contains(QStringLiteral("N ") + Payload));
        const QList<SourceLink *> links = w.detailPanel()->sourceLinks();
        QCOMPARE(links.size(), 2);
        QVERIFY(links[0]->text().contains(QStringLiteral("S ") + Payload));
        QVERIFY(!links[0]->isOpenable());
        QVERIFY(!links[0]->open());
        QVERIFY(
            shownToolTip(links[0]->toolTip()).contains(QStringLiteral("javascript:") + Payload));
        w.selectionModel()->setCurrentIndex(reportIndex, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        QVERIFY(w.detailPanel()->text().contains(FileName));

        // Chart: title, legend, marker labels; tool tips of markers.
        TimelineChart *chart = w.chartView()->timelineChart();
        QTest::qWait(50); // the chart lays out its title and labels from the event loop
        const QStringList texts = chartTexts(chart);
        const auto shows = [&texts](const QString &needle) {
            return std::any_of(texts.cbegin(), texts.cend(),
                               [&needle](const QString &t) { return t.contains(needle); });
        };
        // Long texts are elided: the visible start of each must be literal.
        QVERIFY2(shows(QStringLiteral("T <b>x</b><img")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(shows(QStringLiteral("K <b>x</b><img")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(shows(QStringLiteral("E <b>x</b>")), qPrintable(texts.join(QLatin1Char('|'))));
        for (int m = 0; m < chart->store().size(); ++m)
            QVERIFY(shownToolTip(SafeText::toolTip(chart->toolTip(m))) == chart->toolTip(m));

        // Check Links: both sources fail locally (unsafe, refused); badges and their details
        // quote the URLs as plain text.
        QSignalSpy checked(&w, &MainWindow::linkCheckFinished);
        w.checkLinks();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 15000);
        w.selectionModel()->setCurrentIndex(entry, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
        QCOMPARE(w.detailPanel()->linkBadges().size(), 2);
        checkLabels(w.detailPanel());
        checkToolTips(w.detailPanel());
        checkToolTips(&w);

        // Sources view: names, cited-by list and tool tips; unsafe links never opened.
        w.sourcesDock()->show();
        SourcesView *sources = w.sourcesView();
        QTRY_COMPARE(sources->sourceModel()->rowCount(), 2);
        const int script = sources->findUrl(QStringLiteral("javascript:") + Payload);
        QVERIFY(script >= 0);
        const QModelIndex name =
            sources->sourceModel()->index(script, SourceIndexModel::NameColumn);
        QCOMPARE(SourcesDelegate::cellText(name), QStringLiteral("S ") + Payload);
        // The tool tip as the table shows it: through the delegate's help event.
        QTreeView *table = sources->table();
        const QModelIndex shown = sources->sortModel()->mapFromSource(name);
        table->scrollTo(shown);
        const QRect rect = table->visualRect(shown);
        QHelpEvent help(QEvent::ToolTip, rect.center(),
                        table->viewport()->mapToGlobal(rect.center()));
        QStyleOptionViewItem option;
        QVERIFY(sources->delegate()->helpEvent(&help, table, option, shown));
        const QString tip = QToolTip::text();
        QVERIFY2(!tip.isEmpty(), "no tool tip shown");
        QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
        QVERIFY(shownToolTip(tip).contains(QStringLiteral("S ") + Payload));
        QVERIFY(shownToolTip(tip).contains(QStringLiteral("javascript:") + Payload));
        QToolTip::hideText();
        sources->setCurrentSource(script);
        QCOMPARE(sources->citedByList()->count(), 1);
        QVERIFY(sources->citedByList()->item(0)->text().contains(QStringLiteral("E ") + Payload));
        QVERIFY(!sources->openSource(script));
        QVERIFY(m_sink.opened.isEmpty());
        checkLabels(sources);

        // Diagnostics: the parser's warning about the unsafe link quotes it; the list and the
        // context view are plain-text widgets showing it as written.
        w.showDiagnostics();
        DiagnosticsDialog *dialog = w.diagnosticsDialog();
        QVERIFY(dialog->diagnosticCount() > 0);
        bool quoted = false;
        for (QTreeWidgetItemIterator it(dialog->list()); *it; ++it) {
            for (int c = 0; c < (*it)->columnCount(); ++c)
                quoted = quoted || (*it)->text(c).contains(QStringLiteral("<b>x</b>"));
        }
        QVERIFY(quoted);
        checkLabels(dialog);
        checkToolTips(dialog);
        dialog->showLine(0, 8);
        QVERIFY(dialog->context()->toPlainText().contains(Payload));
        dialog->close();

        // Status bar: the automatic reload names the file as written.
        QSignalSpy reloaded(&w, &MainWindow::autoReloaded);
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
        f.write("Appended note\n");
        f.close();
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 10000);
        QVERIFY2(w.statusBar()->currentMessage().contains(FileName),
                 qPrintable(w.statusBar()->currentMessage()));
        checkLabels(w.statusBar());

        // Message boxes: an error naming the file shows it as plain text.
        QSignalSpy errors(&w, &MainWindow::errorShown);
        const QString missing = m_dir.filePath(QStringLiteral("gone ") + FileName);
        QVERIFY(TestSupport::openAndWait(w, {missing}));
        QCOMPARE(errors.count(), 1);
        const QList<QMessageBox *> boxes = w.findChildren<QMessageBox *>();
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes.first()->textFormat(), Qt::PlainText);
        QVERIFY(boxes.first()->text().contains(FileName));
        boxes.first()->close();

        checkToolTips(&w);
    }
};

QTEST_MAIN(TestRichTextSinks)
#include "tst_richtextsinks.moc"

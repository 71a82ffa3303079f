// Report text is never rendered as rich text, in any sink of the window. One report
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
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"
#include "urlsink.h"
#include "windowtestsupport.h"

#include <QDesktopServices>
#include <QDockWidget>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHelpEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QPlainTextEdit>
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
    QString m_second; // a second report: lanes, legend, a turning-point note, a non-date heading

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
        // Never the user's settings: they go to the test's own folder.
        QVERIFY(TestSupport::useTemporarySettings(m_dir));
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

        const QString second = QStringLiteral("U %1\n"
                                              "分析周期：截至2025年5月1日\n"
                                              "### 转折点：2021年6月（K2 %1） - 置信度：60%\n"
                                              "TN %1\n"
                                              "1. **L2 %1**：E2 %1\n"
                                              "### 转折点：D %1（事件） - 置信度：50%\n"
                                              "1. **L3**：E3\n")
                                   .arg(p);
        m_second = m_dir.filePath(QStringLiteral("second.md"));
        QFile g(m_second);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(second.toUtf8());
    }

    // What the first test does not reach: lane labels and their tool tips, per-report legend
    // names, the outline's and the chart's tool tips as the views show them on a help event, a
    // turning-point note, and a heading whose date text is not a date.
    void moreSinksShowMarkupLiterally() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(TestSupport::openAndWait(w, {m_path, m_second}));
        QCOMPARE(w.model()->reportCount(), 2);
        const QString titleT = QStringLiteral("T ") + Payload;
        const QString titleU = QStringLiteral("U ") + Payload;
        QCOMPARE(w.model()->report(0).title, titleT);
        QCOMPARE(w.model()->report(1).title, titleU);
        const TurningPoint &undated = w.model()->report(1).turningPoints.at(1);
        QVERIFY(!undated.date.isValid());
        QCOMPARE(undated.dateText, QStringLiteral("D ") + Payload);

        TimelineChartView *view = w.chartView();
        TimelineChart *chart = view->timelineChart();
        // Chart coordinates to the view's viewport, where help events arrive.
        const auto toViewport = [view, chart](const QPointF &chartPos) {
            return view->mapFromScene(chart->mapToScene(chartPos));
        };
        const auto helpAt = [](QWidget *viewport, const QPoint &pos) {
            QToolTip::hideText();
            QHelpEvent help(QEvent::ToolTip, pos, viewport->mapToGlobal(pos));
            QApplication::sendEvent(viewport, &help);
            return QToolTip::text();
        };

        // Overlay with two reports: one legend entry per report, named by its title. Qt Charts
        // renders legend names as HTML: the name must be escaped and display literally.
        chart->setMode(TimelineChart::Mode::Overlay);
        QTest::qWait(50);
        QStringList legend;
        const QList<QLegendMarker *> markers = chart->legend()->markers();
        for (const QLegendMarker *marker : markers) {
            QVERIFY2(!marker->label().contains(QStringLiteral("<img")),
                     qPrintable(marker->label()));
            QTextDocument doc;
            doc.setHtml(marker->label());
            legend.append(doc.toPlainText());
        }
        for (const QString &title : {titleT, titleU}) {
            // Long names are elided: the visible start must be literal.
            const QString start = title.left(20);
            QVERIFY2(std::any_of(legend.cbegin(), legend.cend(),
                                 [&start](const QString &l) { return l.startsWith(start); }),
                     qPrintable(legend.join(QLatin1Char('|'))));
        }
        // As drawn: the legend's text items show the names as plain text.
        const QStringList overlayTexts = chartTexts(chart);
        for (const QString &title : {titleT, titleU}) {
            const QString start = title.left(20);
            QVERIFY2(std::any_of(overlayTexts.cbegin(), overlayTexts.cend(),
                                 [&start](const QString &t) { return t.startsWith(start); }),
                     qPrintable(overlayTexts.join(QLatin1Char('|'))));
        }

        // A marker's tool tip as the view shows it: through the viewport's help event.
        int marker = -1;
        for (int m = 0; m < chart->store().size(); ++m) {
            if (chart->toolTip(m).contains(QStringLiteral("E ") + Payload))
                marker = m;
        }
        QVERIFY(marker >= 0);
        const QString markerTip = helpAt(view->viewport(), view->markerPosition(marker));
        QVERIFY2(!markerTip.isEmpty(), "no tool tip on the marker");
        QVERIFY2(!markerTip.contains(QStringLiteral("<img")) &&
                     !markerTip.contains(QStringLiteral("<b>x")),
                 qPrintable(markerTip));
        QCOMPARE(shownToolTip(markerTip), chart->toolTip(marker));
        QVERIFY(shownToolTip(markerTip).contains(QStringLiteral("K ") + Payload));
        QVERIFY(shownToolTip(markerTip).contains(QStringLiteral("E ") + Payload));

        // Lanes: one label per report, a plain text item elided from the title; its tool tip
        // is the whole title, escaped.
        chart->setMode(TimelineChart::Mode::Lanes);
        QTest::qWait(50);
        const QList<TimelineChart::LaneGeometry> lanes = chart->laneGeometry();
        QCOMPARE(lanes.size(), 2);
        QList<const QGraphicsSimpleTextItem *> simpleItems;
        const QList<QGraphicsItem *> items = chart->scene()->items();
        for (const QGraphicsItem *item : items) {
            if (auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
                simpleItems.append(simple);
        }
        for (const TimelineChart::LaneGeometry &lane : lanes) {
            QVERIFY(lane.title == titleT || lane.title == titleU);
            QVERIFY(!lane.labelRect.isEmpty());
            // The label drawn at the lane's label place, in chart coordinates.
            const auto label = std::find_if(
                simpleItems.cbegin(), simpleItems.cend(), [&](const QGraphicsSimpleTextItem *t) {
                    return chart->mapFromScene(t->scenePos()) == lane.labelRect.topLeft();
                });
            QVERIFY2(label != simpleItems.cend(), qPrintable(lane.title));
            QString shown = (*label)->text();
            QVERIFY2(shown.startsWith(lane.title.left(1) + QStringLiteral(" <b>x")),
                     qPrintable(shown));
            if (shown.endsWith(QChar(0x2026)))
                shown.chop(1);
            QVERIFY2(lane.title.startsWith(shown), qPrintable(shown));

            const QString tip = helpAt(view->viewport(), toViewport(lane.labelRect.center()));
            QVERIFY2(!tip.isEmpty(), "no tool tip on the lane label");
            QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
            QCOMPARE(shownToolTip(tip), lane.title);
        }
        chart->setMode(TimelineChart::Mode::Overlay);
        QToolTip::hideText();

        // Outline: each cell's tool tip as the view shows it on a help event.
        OutlineView *outline = w.outline();
        OutlineDelegate *delegate = outline->outlineDelegate();
        outline->expandAll();
        const QModelIndex cells[] = {
            w.proxy()
                ->mapFromSource(w.model()->reportIndex(0))
                .siblingAtColumn(TimelineModel::TitleColumn),
            w.proxy()
                ->mapFromSource(w.model()->turningPointIndex(0, 0))
                .siblingAtColumn(TimelineModel::KindColumn),
            w.proxy()
                ->mapFromSource(w.model()->entryIndex(0, 0, 0))
                .siblingAtColumn(TimelineModel::TitleColumn),
            w.proxy()
                ->mapFromSource(w.model()->entryIndex(1, 0, 0))
                .siblingAtColumn(TimelineModel::KindColumn),
        };
        for (const QModelIndex &cell : cells) {
            QVERIFY(cell.isValid());
            const QString text = delegate->cellText(cell);
            QVERIFY2(text.contains(Payload), qPrintable(text));
            outline->scrollTo(cell);
            const QRect rect = outline->visualRect(cell);
            QVERIFY(!rect.isEmpty());
            const QString tip = helpAt(outline->viewport(), rect.center());
            QVERIFY2(!tip.isEmpty(), qPrintable(text));
            QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
            QCOMPARE(shownToolTip(tip), text);
        }
        QToolTip::hideText();

        // A turning point's note, and the date of a heading that is not a date: shown in the
        // detail panel by plain-text labels.
        const auto labelShowing = [&w](const QString &needle) -> const QLabel * {
            // The previous page goes with deleteLater(): only the current one is left after.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            const QList<QLabel *> labels = w.detailPanel()->findChildren<QLabel *>();
            for (const QLabel *label : labels) {
                if (label->text().contains(needle))
                    return label;
            }
            return nullptr;
        };
        w.selectionModel()->setCurrentIndex(
            w.proxy()->mapFromSource(w.model()->turningPointIndex(1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QLabel *note = labelShowing(QStringLiteral("TN ") + Payload);
        QVERIFY2(note, qPrintable(w.detailPanel()->text()));
        QCOMPARE(note->textFormat(), Qt::PlainText);
        checkLabels(w.detailPanel());
        checkToolTips(w.detailPanel());

        w.selectionModel()->setCurrentIndex(
            w.proxy()->mapFromSource(w.model()->turningPointIndex(1, 1)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QLabel *asWritten = labelShowing(QStringLiteral("D ") + Payload);
        QVERIFY2(asWritten, qPrintable(w.detailPanel()->text()));
        QCOMPARE(asWritten->textFormat(), Qt::PlainText);
        QCOMPARE(asWritten->text(), QStringLiteral("D ") + Payload);
        checkLabels(w.detailPanel());
        checkToolTips(w.detailPanel());
        // Its warning quotes the text as written, in the plain-text diagnostics list.
        w.showDiagnostics();
        bool quoted = false;
        for (QTreeWidgetItemIterator it(w.diagnosticsDialog()->list()); *it; ++it) {
            for (int c = 0; c < (*it)->columnCount(); ++c)
                quoted = quoted || (*it)->text(c).contains(QStringLiteral("“D ") + Payload);
        }
        QVERIFY(quoted);
        checkLabels(w.diagnosticsDialog());
        checkToolTips(w.diagnosticsDialog());
        w.diagnosticsDialog()->close();
    }

    void cleanupTestCase() {
        for (const QString &scheme : m_schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    }

    void everySinkShowsMarkupLiterally() {
        MainWindow w;
        w.linkCheck()->linkChecker()->setCachePath(m_dir.filePath(QStringLiteral("cache.json")));
        w.linkCheck()->linkChecker()->setInactivityTimeout(3000);
        w.linkCheck()->linkChecker()->setDeadline(5000);
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
        QSignalSpy checked(w.linkCheck(), &LinkCheckController::finished);
        w.linkCheck()->checkLinks();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 15000);
        w.selectionModel()->setCurrentIndex(entry, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
        QCOMPARE(w.detailPanel()->linkBadges().size(), 2);
        checkLabels(w.detailPanel());
        checkToolTips(w.detailPanel());
        checkToolTips(&w);

        // Sources view: names, cited-by list and tool tips; unsafe links never opened.
        w.findChild<QDockWidget *>(QStringLiteral("sourcesDock"))->show();
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
        QSignalSpy reloaded(w.documents(), &DocumentsController::autoReloaded);
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

#include "chartexporter.h"
#include "datetext.h"
#include "detailpanel.h"
#include "displaytext.h"
#include "filterbar.h"
#include "outlinedelegate.h"
#include "outlineview.h"
#include "reportparser.h"
#include "safetext.h"
#include "sourcelink.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"

#include <QFormLayout>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSlider>
#include <QTextDocument>
#include <QToolTip>
#include <QtTest>

#include <memory>

using namespace Turnpoint;

namespace {

// The three shared objects and the three views, as the window wires them (the window itself
// lives in the app and is not linked into tests).
struct Views {
    TimelineModel model;
    TimelineFilterModel proxy;
    QItemSelectionModel selection{&proxy};
    QWidget window;
    FilterBar *filter = nullptr;
    TimelineChartView *chartView = nullptr;
    OutlineView *outline = nullptr;
    DetailPanel *detail = nullptr;

    explicit Views(QList<Report> reports) {
        for (Report &r : reports)
            model.addReport(std::move(r));
        proxy.setSourceModel(&model);
        auto *layout = new QVBoxLayout(&window);
        filter = new FilterBar(&proxy, &window);
        chartView = new TimelineChartView(&proxy, &selection, &window);
        outline = new OutlineView(&proxy, &selection, &window);
        detail = new DetailPanel(&proxy, &selection, &window);
        chartView->setFixedHeight(380);
        layout->addWidget(filter);
        layout->addWidget(chartView);
        auto *lower = new QHBoxLayout;
        lower->addWidget(outline, 3);
        lower->addWidget(detail, 2);
        layout->addLayout(lower);
        window.resize(1400, 900);
        window.show();
    }
    TimelineChart *chart() const { return chartView->timelineChart(); }
    QModelIndex tp(int reportRow, int tpRow) const {
        return proxy.mapFromSource(model.turningPointIndex(reportRow, tpRow));
    }
    QModelIndex entry(int reportRow, int tpRow, int entryRow) const {
        return proxy.mapFromSource(model.entryIndex(reportRow, tpRow, entryRow));
    }
    void select(const QModelIndex &index) {
        selection.setCurrentIndex(index,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    // The drawn marker of a turning point (it must be drawn).
    const TimelineChart::DrawnMarker *drawn(const QModelIndex &proxyTp) const {
        const int drawnIndex = chart()->drawnIndexOf(markerOf(proxyTp));
        return drawnIndex >= 0 ? &chart()->drawnMarkers().at(drawnIndex) : nullptr;
    }
    // The rows (key, value) of the detail panel's forms on the page shown now, top to bottom.
    QList<QPair<QString, QString>> detailRows() const {
        QList<QPair<QString, QString>> rows;
        auto *scroll = detail->findChild<QScrollArea *>();
        if (!scroll || !scroll->widget())
            return rows;
        const QList<QFormLayout *> forms = scroll->widget()->findChildren<QFormLayout *>();
        for (const QFormLayout *form : forms) {
            for (int row = 0; row < form->rowCount(); ++row) {
                const auto text = [form, row](QFormLayout::ItemRole role) {
                    QLayoutItem *item = form->itemAt(row, role);
                    auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
                    return label ? label->text() : QString();
                };
                rows.append({text(QFormLayout::LabelRole), text(QFormLayout::FieldRole)});
            }
        }
        return rows;
    }
    // The labels of the page shown now, one a line, as DetailPanel::text() gives them.
    QStringList detailLines() const { return detail->text().split(QLatin1Char('\n')); }
    // Index of a turning point's marker in the chart's store.
    int markerOf(const QModelIndex &proxyTp) const {
        chart()->ensureUpToDate();
        const int marker = chart()->markerOf(proxyTp);
        return marker >= 0 && chart()->proxyIndex(marker) == proxyTp ? marker : -1;
    }
};

Report sample() {
    return ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
}

// A pixel of a rendered chart at chart coordinates `at`.
QColor pixelAt(const QImage &image, const QPointF &at) {
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(QPoint(int(at.x() * ratio), int(at.y() * ratio)));
}

bool near(const QColor &a, const QColor &b, int tolerance) {
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// A pale blue: the event colour at low alpha over white, as a period extent is drawn.
bool paleBlue(const QColor &c) {
    return c.blue() - c.red() > 15 && c.red() > 150 && c.blue() > 200;
}

const QString Evil = QStringLiteral("<b>x</b><img src=\"file:///etc/passwd\">");

// A report whose every piece of text is markup, built by hand so nothing depends on the parser.
Report evilReport() {
    Report r;
    r.file = QStringLiteral("evil<b>.md");
    r.title = QStringLiteral("T ") + Evil;
    r.notes.append({3, QStringLiteral("note ") + Evil});
    TurningPoint tp;
    tp.line = 5;
    tp.date = PartialDate::fromYearMonth(2020, 5);
    tp.dateText = QStringLiteral("2020年5月");
    tp.kind = QStringLiteral("K") + Evil;
    tp.confidence = 80;
    Entry e;
    e.line = 6;
    e.label = QStringLiteral("L") + Evil;
    e.title = QStringLiteral("E") + Evil;
    e.date.start = PartialDate::fromYearMonth(2020, 4);
    e.fields.append({7, QStringLiteral("F") + Evil, QStringLiteral("V") + Evil});
    e.sources.append(
        {8, QStringLiteral("S") + Evil, QStringLiteral("https://example.org/a"), false});
    e.notes.append({9, QStringLiteral("N") + Evil});
    tp.entries.append(e);
    r.turningPoints.append(tp);
    TurningPoint nothing;
    nothing.line = 12;
    nothing.date = PartialDate::fromYear(2021);
    nothing.kind = QStringLiteral("政策");
    nothing.confidence = 50;
    nothing.nothingFound = true;
    nothing.notes.append({13, QStringLiteral("未监测到 ") + Evil});
    r.turningPoints.append(nothing);
    return r;
}

// Turning points of `report` that pass a threshold, by the documented rule.
int passing(const Report &report, int threshold) {
    int n = 0;
    for (const TurningPoint &tp : report.turningPoints)
        n += TimelineFilterModel::passes(tp.confidence, threshold) ? 1 : 0;
    return n;
}

QStringList chartTexts(TimelineChart *chart) {
    QStringList texts;
    const QList<QGraphicsItem *> items = chart->scene()->items();
    for (QGraphicsItem *item : items) {
        if (!item->isVisible())
            continue;
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(simple->text());
        else if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts.append(text->toPlainText());
    }
    return texts;
}

} // namespace

class TestTimelineViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // English, with its translation: it holds the plural forms ("1 turning point").
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
        const Report r = sample();
        QVERIFY(r.isUsable());
        QCOMPARE(r.turningPoints.size(), 10);
    }

    void chartSelectsEverywhere() {
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        const QModelIndex target = v.tp(0, 5); // 2022年3月, three entries
        const int marker = v.markerOf(target);
        QVERIFY(marker >= 0);
        QTest::mouseClick(v.chartView->viewport(), Qt::LeftButton, {},
                          v.chartView->markerPosition(marker));
        QCOMPARE(QModelIndex(v.selection.currentIndex()).siblingAtColumn(0), target);
        QCOMPARE(v.outline->currentIndex().siblingAtColumn(0), target);
        QCOMPARE(v.detail->shownIndex(), target);
        QVERIFY(v.detail->entryList());
        QCOMPARE(v.detail->entryList()->count(), 3);
        QCOMPARE(v.chart()->selectedTurningPoint(), target);
    }

    void outlineSelectsEverywhere() {
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        const QModelIndex target = v.tp(0, 9); // 2023年3月
        v.outline->scrollTo(target);
        const QRect rect = v.outline->visualRect(target);
        QVERIFY(rect.isValid());
        QTest::mouseClick(v.outline->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(v.selection.currentIndex().siblingAtColumn(0), target);
        QCOMPARE(v.chart()->selectedTurningPoint(), target);
        QCOMPARE(v.detail->shownIndex(), target);
    }

    void detailEntryListSelectsEverywhere() {
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        const QModelIndex tp = v.tp(0, 5);
        v.selection.setCurrentIndex(tp, QItemSelectionModel::ClearAndSelect |
                                            QItemSelectionModel::Rows);
        QListWidget *list = v.detail->entryList();
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QListWidgetItem *second = list->item(1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(second).center());
        const QModelIndex entry = v.proxy.mapFromSource(v.model.entryIndex(0, 5, 1));
        QCOMPARE(v.selection.currentIndex().siblingAtColumn(0), entry);
        QCOMPARE(v.outline->currentIndex().siblingAtColumn(0), entry);
        QCOMPARE(v.detail->shownIndex(), entry);
        // The chart highlights the entry's turning point.
        QCOMPARE(v.chart()->selectedTurningPoint(), tp);
        QVERIFY(v.detail->text().contains(QStringLiteral("玉溪新能源电池隔膜生产基地")));
        // The old page (whose list emitted the click) goes away safely.
        QTest::qWait(0);
        QVERIFY(!v.detail->entryList());
    }

    void sliderFilters_data() {
        QTest::addColumn<int>("threshold");
        for (int t : {0, 50, 56, 57, 60, 62, 63, 65, 68, 69, 70, 100})
            QTest::addRow("%d%%", t) << t;
    }
    void sliderFilters() {
        QFETCH(int, threshold);
        const Report data = sample();
        const int expected = passing(data, threshold);
        Views v({sample()});
        v.filter->slider()->setValue(threshold);
        QCOMPARE(v.proxy.minimumConfidence(), threshold);
        QCOMPARE(v.chart()->visibleMarkerCount(), expected); // every sample date is readable
        QCOMPARE(v.outline->turningPointRowCount(), expected);
        QCOMPARE(FilterBar::summaryText(&v.proxy), QStringLiteral("%1 of %2 turning points ≥ %3%")
                                                       .arg(expected)
                                                       .arg(data.turningPoints.size())
                                                       .arg(threshold));
        // Ghosts: the hidden ones come back faint, only on the chart.
        v.chart()->setShowGhosts(true);
        QCOMPARE(v.chart()->ghostMarkerCount(), int(data.turningPoints.size()) - expected);
        QCOMPARE(v.outline->turningPointRowCount(), expected);
    }

    void sampleAtSixtyKeepsHalf() {
        // The brief's example, computed from the data rather than assumed.
        const Report data = sample();
        Views v({sample()});
        v.filter->slider()->setValue(60);
        QCOMPARE(passing(data, 60), 5);
        QCOMPARE(FilterBar::summaryText(&v.proxy), QStringLiteral("5 of 10 turning points ≥ 60%"));
    }

    void proxyMovesSlider() {
        Views v({sample()});
        v.proxy.setMinimumConfidence(65);
        QCOMPARE(v.filter->slider()->value(), 65);
    }

    void undatedIsListedNotPlaced() {
        Report r = sample();
        r.turningPoints[1].date = PartialDate();
        Views v({r});
        QCOMPARE(v.chart()->visibleMarkerCount(), 9);
        QCOMPARE(v.outline->turningPointRowCount(), 10);
        const QModelIndex undated = v.tp(0, 1);
        QCOMPARE(v.outline->outlineDelegate()->cellText(undated), QStringLiteral("undated"));
    }

    void monthMarkersAreCentred() {
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        const int marker = v.markerOf(v.tp(0, 0));
        const MarkerStore::Marker &m = v.chart()->store().at(marker);
        // 2019年3月 covers 1-31 March; the marker is in the middle, not on the 1st.
        QCOMPARE(m.first(), TimeScale::timeOf(QDate(2019, 3, 1)));
        QCOMPARE(m.after(), TimeScale::timeAfter(QDate(2019, 3, 31)));
        QCOMPARE(m.time(), TimeScale::timeOf(QDate(2019, 3, 1)) + 15.5);
        const int drawn = v.chart()->drawnIndexOf(marker);
        QVERIFY(drawn >= 0);
        QCOMPARE(v.chart()->drawnMarkers().at(drawn).centre.x(),
                 v.chart()->scale().toPixel(m.time()));
    }

    // Zoomed in to about three months, 2019年3月 is drawn as the whole of March around its
    // marker: the extent runs from the 1st to the end of the month and is painted.
    void monthExtentVisibleWhenZoomedIn() {
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        TimelineChart *chart = v.chart();
        chart->setVisibleRange(TimeScale::timeOf(QDate(2019, 2, 1)),
                               TimeScale::timeOf(QDate(2019, 5, 1)));
        QVERIFY(chart->isZoomed());
        const TimelineChart::DrawnMarker *m = v.drawn(v.tp(0, 0));
        QVERIFY(m);
        const TimeScale s = chart->scale();
        QCOMPARE(m->extentLeft, s.toPixel(TimeScale::timeOf(QDate(2019, 3, 1))));
        QCOMPARE(m->extentRight, s.toPixel(TimeScale::timeAfter(QDate(2019, 3, 31))));
        QCOMPARE(m->centre.x(), (m->extentLeft + m->extentRight) / 2);
        // A month is about a third of the plot here: far wider than the marker, so drawn.
        QVERIFY(m->extentRight - m->extentLeft > chart->plotArea().width() / 4);

        // In the picture: pale kind colour along the marker's row inside the month (left of the
        // marker, where no label goes), none in February.
        const QImage image = ChartExporter::renderChart(chart, 2.0, QDate(2026, 1, 1));
        const double y = m->centre.y();
        int inside = 0, insideTinted = 0;
        for (double x = m->extentLeft + 3; x < m->centre.x() - m->radius * 1.5; x += 1) {
            ++inside;
            insideTinted += paleBlue(pixelAt(image, QPointF(x, y))) ? 1 : 0;
        }
        QVERIFY(inside > 50);
        QVERIFY2(insideTinted > inside * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(insideTinted).arg(inside)));
        int outsideTinted = 0;
        for (double x = s.toPixel(TimeScale::timeOf(QDate(2019, 2, 3))); x < m->extentLeft - 3;
             x += 1)
            outsideTinted += paleBlue(pixelAt(image, QPointF(x, y))) ? 1 : 0;
        QCOMPARE(outsideTinted, 0);

        // Zoomed out again, the month is narrower than the marker and only the marker is drawn.
        chart->resetZoom();
        const TimelineChart::DrawnMarker *full = v.drawn(v.tp(0, 0));
        QVERIFY(full);
        QVERIFY(full->extentRight - full->extentLeft < 2.4 * full->radius + 14);
    }

    // More entries, a larger marker; a "nothing found" turning point is a hollow grey ring.
    void markerSizeAndNothingFound() {
        const Report data = sample();
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        TimelineChart *chart = v.chart();
        QCOMPARE(data.turningPoints.at(0).entries.size(), 1);
        QCOMPARE(data.turningPoints.at(5).entries.size(), 3);
        QVERIFY(data.turningPoints.at(1).nothingFound);
        const TimelineChart::DrawnMarker *one = v.drawn(v.tp(0, 0));
        const TimelineChart::DrawnMarker *three = v.drawn(v.tp(0, 5));
        const TimelineChart::DrawnMarker *nothing = v.drawn(v.tp(0, 1));
        QVERIFY(one && three && nothing);
        QVERIFY(three->radius > one->radius);
        QVERIFY(nothing->nothingFound && !one->nothingFound && !three->nothingFound);

        const QImage image = ChartExporter::renderChart(chart, 2.0, QDate(2026, 1, 1));
        const QColor event = TimelinePlotItem::colorFor(MarkerStore::KindClass::Event);
        // The painted width follows: count the kind colour along each marker's middle row.
        const auto filledWidth = [&](const TimelineChart::DrawnMarker *m) {
            int n = 0;
            for (double x = m->centre.x() - 25; x <= m->centre.x() + 25; x += 0.5)
                n += near(pixelAt(image, QPointF(x, m->centre.y())), event, 6) ? 1 : 0;
            return n;
        };
        QVERIFY2(
            filledWidth(three) > filledWidth(one),
            qPrintable(QStringLiteral("%1 / %2").arg(filledWidth(three)).arg(filledWidth(one))));
        QVERIFY(filledWidth(one) > 0);

        // Hollow: no kind colour and nothing dark inside, only the page's white; grey ring.
        QCOMPARE(filledWidth(nothing), 0);
        for (double dx = -nothing->radius + 2.5; dx <= nothing->radius - 2.5; dx += 0.5) {
            const QColor inside = pixelAt(image, nothing->centre + QPointF(dx, 0));
            QVERIFY2(inside.red() > 235 && inside.green() > 235 && inside.blue() > 235,
                     qPrintable(inside.name()));
        }
        const QColor ring = pixelAt(image, nothing->centre + QPointF(nothing->radius, 0));
        QVERIFY2(near(ring, TimelinePlotItem::nothingFoundColor(), 30), qPrintable(ring.name()));
        QVERIFY(std::abs(ring.red() - ring.blue()) < 8); // grey, not a kind's colour
    }

    // Hovering a marker: QToolTip shows its date with precision, kind, confidence and the
    // entries' titles, as plain text.
    void hoverToolTip() {
        const Report data = sample();
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        const auto hover = [&v](const QPoint &at) {
            QHelpEvent help(QEvent::ToolTip, at, v.chartView->viewport()->mapToGlobal(at));
            QCoreApplication::sendEvent(v.chartView->viewport(), &help);
            QTextDocument doc;
            doc.setHtml(QToolTip::text());
            return QToolTip::isVisible() ? doc.toPlainText().split(QLatin1Char('\n'))
                                         : QStringList();
        };

        const int first = v.markerOf(v.tp(0, 0));
        QStringList lines = hover(v.chartView->markerPosition(first));
        QStringList expected{QStringLiteral("Mar 2019 (month)"), QStringLiteral("Kind: 事件"),
                             QStringLiteral("Confidence: 65%")};
        const Entry &e = data.turningPoints.at(0).entries.at(0);
        expected.append(QStringLiteral("• %1: %2").arg(e.label, e.title));
        QCOMPARE(lines, expected);
        QCOMPARE(lines.join(QLatin1Char('\n')), v.chart()->toolTip(first));

        // Three entries, every title listed.
        lines = hover(v.chartView->markerPosition(v.markerOf(v.tp(0, 5))));
        QCOMPARE(lines.mid(0, 3),
                 QStringList({QStringLiteral("Mar 2022 (month)"), QStringLiteral("Kind: 事件"),
                              QStringLiteral("Confidence: 68%")}));
        QCOMPARE(lines.size(), 6);
        for (int i = 0; i < 3; ++i)
            QVERIFY(lines.at(3 + i).endsWith(data.turningPoints.at(5).entries.at(i).title));

        // Nothing found: its sentence instead of entries.
        lines = hover(v.chartView->markerPosition(v.markerOf(v.tp(0, 1))));
        QCOMPARE(lines,
                 QStringList({QStringLiteral("Sep 2020 (month)"), QStringLiteral("Kind: 事件"),
                              QStringLiteral("Confidence: 62%"),
                              QStringLiteral("Nothing found: ") +
                                  data.turningPoints.at(1).notes.first().text}));

        // Away from every marker (top left of the plot, above the highest confidence): the tip
        // goes (QToolTip fades it out).
        const QPointF empty = v.chart()->plotArea().topLeft() + QPointF(3, 3);
        QCOMPARE(v.chart()->markerAt(empty), -1);
        hover(v.chartView->mapFromScene(v.chart()->mapToScene(empty)));
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    // The detail panel of a turning point: date with precision, kind, confidence; of a
    // "nothing found" one its sentence; of an entry every field in document order.
    void detailPanelContents() {
        const Report data = sample();
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        using Rows = QList<QPair<QString, QString>>;

        v.select(v.tp(0, 5));
        QCOMPARE(v.detailLines().value(0), QStringLiteral("Mar 2022 (month)"));
        QCOMPARE(v.detailRows(), Rows({{QStringLiteral("Kind:"), QStringLiteral("事件")},
                                       {QStringLiteral("Confidence:"), QStringLiteral("68%")}}));

        v.select(v.tp(0, 1));
        const TurningPoint &nothing = data.turningPoints.at(1);
        QCOMPARE(v.detailLines().value(0), QStringLiteral("Sep 2020 (month)"));
        QCOMPARE(v.detailRows(),
                 Rows({{QStringLiteral("Kind:"), QStringLiteral("事件")},
                       {QStringLiteral("Confidence:"), QStringLiteral("62%")},
                       {QStringLiteral("Nothing found:"), nothing.notes.first().text}}));
        // The sentence is not repeated under Notes.
        QCOMPARE(v.detailLines().count(nothing.notes.first().text), 1);

        // An entry with several fields: all of them, in the report's order, after its date and
        // turning point.
        const Entry &entry = data.turningPoints.at(5).entries.at(1);
        QVERIFY(entry.fields.size() >= 3);
        v.select(v.entry(0, 5, 1));
        const Rows rows = v.detailRows();
        QCOMPARE(rows.size(), 2 + entry.fields.size());
        QCOMPARE(rows.at(0).first, QStringLiteral("Date:"));
        QCOMPARE(rows.at(0).second, DateText::dateSpan(entry.date, QLocale()));
        QCOMPARE(rows.at(1),
                 qMakePair(QStringLiteral("Turning point:"), QStringLiteral("Mar 2022")));
        for (int i = 0; i < entry.fields.size(); ++i) {
            const Field &field = entry.fields.at(i);
            QCOMPARE(rows.at(2 + i),
                     qMakePair(field.key.toString() + QLatin1Char(':'), field.value.toString()));
        }
        QCOMPARE(v.detailLines().value(0), QStringLiteral("%1: %2").arg(entry.label, entry.title));
    }

    // Notes of a turning point and of an entry, under "Notes", in order; a "nothing found"
    // turning point's sentence is its own row and the rest of its notes follow as notes.
    void detailPanelNotes() {
        Report r;
        r.file = QStringLiteral("notes.md");
        r.title = QStringLiteral("Notes");
        TurningPoint tp;
        tp.line = 3;
        tp.date = PartialDate::fromYearMonth(2021, 6);
        tp.kind = QStringLiteral("政策");
        tp.confidence = 70;
        tp.notes.append({4, QStringLiteral("first note")});
        tp.notes.append({5, QStringLiteral("second note")});
        Entry e;
        e.line = 6;
        e.title = QStringLiteral("entry");
        e.fields.append({7, QStringLiteral("实施时间"), QStringLiteral("2021年6月")});
        e.notes.append({8, QStringLiteral("entry note")});
        tp.entries.append(e);
        r.turningPoints.append(tp);
        TurningPoint nothing;
        nothing.line = 10;
        nothing.date = PartialDate::fromYear(2022);
        nothing.kind = QStringLiteral("事件");
        nothing.confidence = 40;
        nothing.nothingFound = true;
        nothing.notes.append({11, QStringLiteral("未监测到相关事件。")});
        nothing.notes.append({12, QStringLiteral("later remark")});
        r.turningPoints.append(nothing);
        Views v({r});

        const auto after = [&v](const QString &heading) {
            const QStringList lines = v.detailLines();
            const qsizetype at = lines.indexOf(heading);
            return at < 0 ? QStringList() : lines.mid(at + 1);
        };
        v.select(v.tp(0, 0));
        QCOMPARE(v.detailLines().value(0), QStringLiteral("Jun 2021 (month)"));
        QCOMPARE(after(QStringLiteral("Notes")).mid(0, 2),
                 QStringList({QStringLiteral("first note"), QStringLiteral("second note")}));
        v.select(v.entry(0, 0, 0));
        QCOMPARE(after(QStringLiteral("Notes")).value(0), QStringLiteral("entry note"));
        v.select(v.tp(0, 1));
        QCOMPARE(v.detailLines().value(0), QStringLiteral("2022 (year)"));
        QCOMPARE(v.detailRows().value(2),
                 qMakePair(QStringLiteral("Nothing found:"), QStringLiteral("未监测到相关事件。")));
        QCOMPARE(after(QStringLiteral("Notes")).value(0), QStringLiteral("later remark"));
        QCOMPARE(v.detailLines().count(QStringLiteral("未监测到相关事件。")), 1);
    }

    void keyboardNavigation() {
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        v.filter->slider()->setValue(60);
        v.chartView->setFocus();
        // Expected order: visible turning points by date.
        QList<QPair<QDate, int>> order;
        const Report &report = v.model.report(0);
        for (int i = 0; i < report.turningPoints.size(); ++i)
            if (TimelineFilterModel::passes(report.turningPoints.at(i).confidence, 60))
                order.append({report.turningPoints.at(i).date.firstDay(), i});
        std::sort(order.begin(), order.end());
        QCOMPARE(order.size(), 5);

        QTest::keyClick(v.chartView, Qt::Key_Right); // nothing selected: the first
        QCOMPARE(v.selection.currentIndex().siblingAtColumn(0), v.tp(0, order.at(0).second));
        QTest::keyClick(v.chartView, Qt::Key_Right);
        QCOMPARE(v.selection.currentIndex().siblingAtColumn(0), v.tp(0, order.at(1).second));
        QTest::keyClick(v.chartView, Qt::Key_Right);
        QTest::keyClick(v.chartView, Qt::Key_Left);
        QCOMPARE(v.selection.currentIndex().siblingAtColumn(0), v.tp(0, order.at(1).second));
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(v.chartView, Qt::Key_Right);
        QCOMPARE(v.selection.currentIndex().siblingAtColumn(0), v.tp(0, order.last().second));
        QCOMPARE(v.outline->currentIndex().siblingAtColumn(0), v.tp(0, order.last().second));
    }

    void zoomAndReset() {
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        TimelineChart *chart = v.chart();
        const double fullSpan = chart->scale().span();
        QVERIFY(!chart->isZoomed());

        // Wheel zooms around the cursor: the time under it stays put.
        const QPoint at(v.chartView->width() / 3, v.chartView->height() / 2);
        const QPointF chartAt = chart->mapFromScene(v.chartView->mapToScene(at));
        const double timeAt = chart->scale().toTime(chartAt.x());
        QWheelEvent wheel(at, v.chartView->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 360),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(v.chartView->viewport(), &wheel);
        QVERIFY(chart->isZoomed());
        QVERIFY(chart->scale().span() < fullSpan / 1.5);
        QVERIFY(qAbs(chart->scale().toTime(chartAt.x()) - timeAt) < 0.01);

        // Drag pans.
        const double before = chart->scale().start;
        QTest::mousePress(v.chartView->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseMove(v.chartView->viewport(), at + QPoint(40, 0));
        QTest::mouseMove(v.chartView->viewport(), at + QPoint(80, 0));
        QTest::mouseRelease(v.chartView->viewport(), Qt::LeftButton, {}, at + QPoint(80, 0));
        QVERIFY(chart->scale().start < before);
        QVERIFY(!v.selection.currentIndex().isValid()); // a drag is not a click

        // Keys zoom too; Home resets.
        QTest::keyClick(v.chartView, Qt::Key_Plus);
        QTest::keyClick(v.chartView, Qt::Key_Home);
        QVERIFY(!chart->isZoomed());
        QCOMPARE(chart->scale().start, chart->fullStart());
        QCOMPARE(chart->scale().end, chart->fullEnd());
        QCOMPARE(chart->scale().span(), fullSpan);
    }

    void selectionOutOfViewScrollsChart() {
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        TimelineChart *chart = v.chart();
        // Zoom onto the first months of 2019.
        chart->setVisibleRange(TimeScale::timeOf(QDate(2019, 1, 1)),
                               TimeScale::timeOf(QDate(2019, 7, 1)));
        const double span = chart->scale().span();
        // In view: selecting does not move the chart.
        v.selection.setCurrentIndex(v.tp(0, 0), QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        QCOMPARE(chart->scale().start, TimeScale::timeOf(QDate(2019, 1, 1)));
        // Out of view: the chart pans to it, keeping the zoom.
        v.selection.setCurrentIndex(v.tp(0, 9), QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        const double time = chart->store().at(v.markerOf(v.tp(0, 9))).time();
        QVERIFY(chart->scale().containsTime(time));
        QCOMPARE(chart->scale().span(), span);
    }

    void labelsDoNotOverlap() {
        Views v({sample()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        QList<QRectF> rects;
        const QList<QGraphicsItem *> items = v.chart()->scene()->items();
        for (QGraphicsItem *item : items)
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                rects.append(text->sceneBoundingRect());
        QVERIFY(rects.size() > 5);
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                         qPrintable(QStringLiteral("%1 / %2").arg(i).arg(j)));
        int shown = 0;
        for (const TimelineChart::DrawnMarker &m : v.chart()->drawnMarkers())
            shown += m.labelShown ? 1 : 0;
        QVERIFY(shown >= 3);
    }

    void richTextStaysText() {
        Views v({evilReport()});
        QVERIFY(QTest::qWaitForWindowExposed(&v.window));
        const QModelIndex tp = v.tp(0, 0);
        const QModelIndex entry = v.proxy.mapFromSource(v.model.entryIndex(0, 0, 0));

        // Detail panel, for the report, the turning point and the entry: every label is plain
        // text and shows the markup literally.
        for (const QModelIndex &index : {v.proxy.index(0, 0), tp, entry, v.tp(0, 1)}) {
            v.selection.setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
            const QList<QLabel *> labels = v.detail->findChildren<QLabel *>();
            for (const QLabel *label : labels)
                QCOMPARE(label->textFormat(), Qt::PlainText);
            QVERIFY2(v.detail->text().contains(Evil), qPrintable(v.detail->text()));
        }
        v.selection.setCurrentIndex(entry, QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
        const QString detail = v.detail->text();
        for (const QString &prefix :
             {QStringLiteral("L"), QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("V"),
              QStringLiteral("N"), QStringLiteral("S")})
            QVERIFY2(detail.contains(prefix + Evil), qPrintable(prefix));
        const QList<SourceLink *> links = v.detail->sourceLinks();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first()->text(),
                 QStringLiteral("S") + Evil + QStringLiteral(" — example.org"));
        QVERIFY(links.first()->citation().contains(QStringLiteral("E") + Evil));

        // Outline cells.
        OutlineDelegate *delegate = v.outline->outlineDelegate();
        QCOMPARE(delegate->cellText(v.proxy.index(0, TimelineModel::TitleColumn)),
                 QStringLiteral("T ") + Evil);
        QCOMPARE(delegate->cellText(tp.siblingAtColumn(TimelineModel::KindColumn)),
                 QStringLiteral("K") + Evil);
        QCOMPARE(delegate->cellText(entry.siblingAtColumn(TimelineModel::TitleColumn)),
                 QStringLiteral("E") + Evil);

        // Chart: title, legend and marker labels render the literal text.
        v.chart()->setShowGhosts(true);
        const QStringList texts = chartTexts(v.chart());
        const auto shows = [&texts](const QString &needle) {
            return std::any_of(texts.cbegin(), texts.cend(),
                               [&needle](const QString &t) { return t.contains(needle); });
        };
        QVERIFY2(shows(QStringLiteral("T ") + Evil), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(shows(QStringLiteral("K") + Evil), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(shows(QStringLiteral("E<b>x</b>")), qPrintable(texts.join(QLatin1Char('|'))));

        // Tool tips: plain text built from the data, and what QToolTip gets renders it literally.
        const QString toolTip = v.chart()->toolTip(v.markerOf(tp));
        QVERIFY(toolTip.contains(QStringLiteral("E") + Evil));
        QVERIFY(toolTip.contains(QStringLiteral("K") + Evil));
        const QString tip = SafeText::toolTip(toolTip);
        QVERIFY(Qt::mightBeRichText(tip));
        QTextDocument doc;
        doc.setHtml(tip);
        QCOMPARE(doc.toPlainText(), toolTip);
        QVERIFY(!tip.contains(QStringLiteral("<img")));

        // Window titles: "[*]" is not a placeholder for report text.
        QWidget w;
        w.setWindowTitle(SafeText::windowTitle(QStringLiteral("a [*] b")));
        w.setWindowModified(true);
        QCOMPARE(w.windowTitle(), QStringLiteral("a [*][*] b"));
    }
};

QTEST_MAIN(TestTimelineViews)
#include "tst_timelineviews.moc"

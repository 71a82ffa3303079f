// The filter toolbar on the sample reports: each filter widget alone and all combined give the
// turning points a brute-force reading of the parsed data expects; the histogram counts what the
// data holds; Clear Filters resets; the slider previews while dragged and filters once.

#include "confidencehistogramwidget.h"
#include "daterangeedit.h"
#include "filterbar.h"
#include "filterstatus.h"
#include "labelfilterbutton.h"
#include "reportparser.h"
#include "reporttestsupport.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <optional>

using namespace Turnpoint;

namespace {

const QString Yunnan = QStringLiteral(TURNPOINT_TEST_DATA "/yunnan-industry-carbon.md");
const QString Guangxi = QStringLiteral(TURNPOINT_TEST_DATA "/guangxi-buildings-en.md");

using Key = std::pair<int, int>; // report row, turning point row

// What the analyst asked for, read independently of TimelineFilter.
struct Wanted {
    int threshold = 0;
    QSet<QString> kinds; // "event", "policy", "other"; empty = all
    QSet<QString> labels;
    bool hideNothingFound = false;
    QDate from; // invalid = open
    QDate to;

    bool accepts(const TurningPoint &tp) const {
        if (threshold > 0 && (!tp.confidence || *tp.confidence < threshold))
            return false;
        if (!kinds.isEmpty()) {
            const QString k = tp.kind.toString().trimmed().toLower();
            const QString bucket = k == QStringLiteral("事件") || k == QStringLiteral("event")
                                       ? QStringLiteral("event")
                                   : k == QStringLiteral("政策") || k == QStringLiteral("policy")
                                       ? QStringLiteral("policy")
                                       : QStringLiteral("other");
            if (!kinds.contains(bucket))
                return false;
        }
        if (!labels.isEmpty()) {
            bool any = false;
            for (const Entry &e : tp.entries)
                any = any || labels.contains(e.label);
            if (!any)
                return false;
        }
        if (hideNothingFound && tp.nothingFound)
            return false;
        if (from.isValid() || to.isValid()) {
            if (!tp.date.isValid())
                return false;
            if (from.isValid() && tp.date.lastDay() < from)
                return false;
            if (to.isValid() && tp.date.firstDay() > to)
                return false;
        }
        return true;
    }
};

struct Bar {
    TimelineModel model;
    TimelineFilterModel proxy;
    QWidget window;
    FilterBar *bar = nullptr;
    FilterStatus *status = nullptr;
    QList<Report> data;

    Bar() {
        for (const QString &path : {Yunnan, Guangxi}) {
            Report r = ReportParser::parseFile(path);
            data.append(r);
            model.addReport(std::move(r));
        }
        proxy.setSourceModel(&model);
        auto *layout = new QVBoxLayout(&window);
        bar = new FilterBar(&proxy, &window);
        status = new FilterStatus(&proxy, &window);
        layout->addWidget(bar);
        layout->addWidget(status);
        window.resize(1200, 120);
        window.show();
        QCoreApplication::processEvents();
    }

    QSet<Key> visible() const {
        QSet<Key> keys;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QModelIndex report = proxy.index(r, 0);
            for (int t = 0; t < proxy.rowCount(report); ++t) {
                const QModelIndex source = proxy.mapToSource(proxy.index(t, 0, report));
                keys.insert({source.parent().row(), source.row()});
            }
        }
        return keys;
    }
    QSet<Key> expected(const Wanted &wanted) const {
        QSet<Key> keys;
        for (int r = 0; r < data.size(); ++r) {
            for (int t = 0; t < data[r].turningPoints.size(); ++t) {
                if (wanted.accepts(data[r].turningPoints[t]))
                    keys.insert({r, t});
            }
        }
        return keys;
    }
    int total() const {
        int n = 0;
        for (const Report &r : data)
            n += int(r.turningPoints.size());
        return n;
    }
    QAction *labelAction(const QString &label) const {
        bar->labelButton()->rebuildMenu();
        const QList<QAction *> actions = bar->labelButton()->labelMenu()->actions();
        for (QAction *a : actions) {
            if (a->isCheckable() && a->data().toString() == label)
                return a;
        }
        return nullptr;
    }
    void typeDate(QLineEdit *edit, const QString &text) {
        edit->setFocus();
        // QTest types ASCII only; the text is set, the Return key is real.
        edit->setText(text);
        QTest::keyClick(edit, Qt::Key_Return); // editingFinished
    }
};

} // namespace

class TestFilterBar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
        Bar b;
        QCOMPARE(b.data.size(), 2);
        QCOMPARE(b.total(), 14);
        QCOMPARE(b.visible().size(), 14);
    }

    void kindButtons() {
        Bar b;
        QToolButton *event = b.bar->kindButton(TimelineFilter::EventKind);
        QToolButton *policy = b.bar->kindButton(TimelineFilter::PolicyKind);
        QToolButton *other = b.bar->kindButton(TimelineFilter::OtherKind);
        QVERIFY(event && policy && other);
        QVERIFY(event->isChecked() && policy->isChecked() && other->isChecked());
        // Counts of the loaded data in the tool tips.
        QVERIFY2(event->toolTip().contains(QStringLiteral("12 loaded")),
                 qPrintable(event->toolTip()));
        QVERIFY(policy->toolTip().contains(QStringLiteral("2 loaded")));

        event->click();
        QCOMPARE(b.proxy.kindFilter(), TimelineFilter::PolicyKind | TimelineFilter::OtherKind);
        Wanted w;
        w.kinds = {QStringLiteral("policy"), QStringLiteral("other")};
        QCOMPARE(b.visible(), b.expected(w));
        QCOMPARE(b.visible().size(), 2);

        policy->click();
        w.kinds = {QStringLiteral("other")};
        QCOMPARE(b.visible(), b.expected(w));
        QVERIFY(b.visible().isEmpty()); // no turning point of another kind in the samples

        // Set from elsewhere: the buttons follow.
        b.proxy.setKindFilter(TimelineFilter::EventKind);
        QVERIFY(event->isChecked());
        QVERIFY(!policy->isChecked());
        QVERIFY(!other->isChecked());
        w.kinds = {QStringLiteral("event")};
        QCOMPARE(b.visible(), b.expected(w));
    }

    // The buttons name the kinds as the chart's legend does, in the UI language, and switching
    // the language renames them without changing what they filter.
    void kindButtonTexts() {
        Bar b;
        QToolButton *event = b.bar->kindButton(TimelineFilter::EventKind);
        QToolButton *policy = b.bar->kindButton(TimelineFilter::PolicyKind);
        QToolButton *other = b.bar->kindButton(TimelineFilter::OtherKind);
        QCOMPARE(event->text(), QStringLiteral("Event"));
        QCOMPARE(policy->text(), QStringLiteral("Policy"));
        QCOMPARE(other->text(), QStringLiteral("Other"));
        QVERIFY2(event->toolTip().startsWith(QStringLiteral("Show turning points of kind Event")),
                 qPrintable(event->toolTip()));

        event->click();
        const auto english = qScopeGuard([] { UiLanguage::install(QStringLiteral("en")); });
        QVERIFY(UiLanguage::install(QStringLiteral("zh_CN")));
        QCoreApplication::processEvents(); // the widgets' LanguageChange is posted
        QCOMPARE(event->text(), QStringLiteral("事件"));
        QCOMPARE(policy->text(), QStringLiteral("政策"));
        QCOMPARE(other->text(), QStringLiteral("其他"));
        QCOMPARE(b.proxy.kindFilter(), TimelineFilter::PolicyKind | TimelineFilter::OtherKind);
        QVERIFY(!event->isChecked() && policy->isChecked() && other->isChecked());

        QVERIFY(UiLanguage::install(QStringLiteral("en")));
        QCoreApplication::processEvents();
        QCOMPARE(event->text(), QStringLiteral("Event"));
        QCOMPARE(other->text(), QStringLiteral("Other"));
    }

    void categoryMenu() {
        Bar b;
        LabelFilterButton *button = b.bar->labelButton();
        button->rebuildMenu();
        // Every label of the data is offered, with its entry count.
        QHash<QString, int> counts;
        for (const Report &r : std::as_const(b.data))
            for (const TurningPoint &tp : r.turningPoints)
                for (const Entry &e : tp.entries)
                    ++counts[e.label];
        int checkable = 0;
        const QList<QAction *> actions = button->labelMenu()->actions();
        for (QAction *a : actions) {
            if (!a->isCheckable())
                continue;
            ++checkable;
            const QString label = a->data().toString();
            QVERIFY2(counts.contains(label), qPrintable(label));
            QCOMPARE(a->text(), QStringLiteral("%1 (%2)").arg(label).arg(counts.value(label)));
        }
        QCOMPARE(checkable, counts.size());

        QAction *project = b.labelAction(QStringLiteral("项目名称"));
        QVERIFY(project);
        project->trigger();
        Wanted w;
        w.labels = {QStringLiteral("项目名称")};
        QCOMPARE(b.visible(), b.expected(w));
        QCOMPARE(b.visible().size(), 1);
        QCOMPARE(button->text(), QStringLiteral("Categories (1) ▾"));

        QAction *policyName = b.labelAction(QStringLiteral("Policy name"));
        QVERIFY(policyName);
        policyName->trigger();
        w.labels.insert(QStringLiteral("Policy name"));
        QCOMPARE(b.visible(), b.expected(w));
        QCOMPARE(b.visible().size(), 3);

        // A click in the open menu toggles without closing it, so several can be picked.
        QMenu *menu = button->labelMenu();
        menu->popup(button->mapToGlobal(QPoint(0, button->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QAction *measure = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->isCheckable() && a->data().toString() == QStringLiteral("调控措施"))
                measure = a;
        }
        QVERIFY(measure);
        QVERIFY(!measure->isChecked());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(measure).center());
        QVERIFY(menu->isVisible());
        QVERIFY(measure->isChecked());
        w.labels.insert(QStringLiteral("调控措施"));
        QCOMPARE(b.proxy.labelFilter(), w.labels);
        QCOMPARE(b.visible(), b.expected(w));
        menu->close();

        // "All Categories" clears.
        b.bar->labelButton()->rebuildMenu();
        QAction *all = b.bar->labelButton()->labelMenu()->actions().first();
        QVERIFY(all->isEnabled());
        all->trigger();
        QVERIFY(b.proxy.labelFilter().isEmpty());
        QCOMPARE(b.visible().size(), b.total());
        QCOMPARE(button->text(), QStringLiteral("Categories ▾"));
    }

    void categoryTextStaysText() {
        // Labels are report text: shown as written, never as markup or a mnemonic.
        Bar b;
        Report r;
        r.file = QStringLiteral("evil.md");
        TurningPoint tp;
        tp.date = PartialDate::fromYear(2020);
        tp.confidence = 70;
        Entry e;
        e.label = QStringLiteral("<b>L&amp;</b><img src=x>");
        e.title = QStringLiteral("t");
        tp.entries.append(e);
        r.turningPoints.append(tp);
        b.model.addReport(r);
        QAction *action = b.labelAction(e.label);
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("<b>L&&amp;</b><img src=x> (1)"));
        action->trigger();
        const QString tip = b.bar->labelButton()->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;L&amp;amp;&lt;/b&gt;&lt;img src=x&gt;")),
                 qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<img")));
        QVERIFY(b.status->descriptionLabel()->textFormat() == Qt::PlainText);
        QVERIFY(b.status->text().contains(e.label));
    }

    void hideNothingFound() {
        Bar b;
        QCheckBox *box = b.bar->hideNothingFoundBox();
        box->click();
        QVERIFY(b.proxy.hideNothingFound());
        Wanted w;
        w.hideNothingFound = true;
        QCOMPARE(b.visible(), b.expected(w));
        QCOMPARE(b.visible().size(), 14 - 4); // three in Yunnan, one in Guangxi
        b.proxy.setHideNothingFound(false);
        QVERIFY(!box->isChecked());
        QCOMPARE(b.visible().size(), 14);
    }

    void dateRange_data() {
        QTest::addColumn<QString>("fromText");
        QTest::addColumn<QString>("toText");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("fromIso");
        QTest::addColumn<QString>("toIso");
        QTest::newRow("years") << "2021"
                               << "2022" << QDate(2021, 1, 1) << QDate(2022, 12, 31) << "2021"
                               << "2022";
        QTest::newRow("months") << "2022-03"
                                << "2022-10" << QDate(2022, 3, 1) << QDate(2022, 10, 31)
                                << "2022-03"
                                << "2022-10";
        QTest::newRow("chinese") << "2020年9月"
                                 << "2021年4月" << QDate(2020, 9, 1) << QDate(2021, 4, 30)
                                 << "2020-09"
                                 << "2021-04";
        QTest::newRow("day inside a month") << "2021-04-15"
                                            << "" << QDate(2021, 4, 15) << QDate() << "2021-04-15"
                                            << "";
        QTest::newRow("open start") << ""
                                    << "2020" << QDate() << QDate(2020, 12, 31) << ""
                                    << "2020";
        QTest::newRow("swapped") << "2023"
                                 << "2022-08" << QDate(2022, 8, 1) << QDate(2023, 12, 31)
                                 << "2022-08"
                                 << "2023";
    }
    void dateRange() {
        QFETCH(QString, fromText);
        QFETCH(QString, toText);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, fromIso);
        QFETCH(QString, toIso);
        Bar b;
        DateRangeEdit *range = b.bar->dateRangeEdit();
        if (!fromText.isEmpty())
            b.typeDate(range->fromEdit(), fromText);
        if (!toText.isEmpty())
            b.typeDate(range->toEdit(), toText);
        QCOMPARE(b.proxy.dateFrom().toIso(), fromIso);
        QCOMPARE(b.proxy.dateTo().toIso(), toIso);
        Wanted w;
        w.from = from;
        w.to = to;
        QCOMPARE(b.visible(), b.expected(w));
        QVERIFY(b.visible().size() < b.total());
        // Emptying a field (its clear button) opens that end at once.
        range->fromEdit()->clear();
        range->toEdit()->clear();
        QVERIFY(!b.proxy.dateFrom().isValid());
        QVERIFY(!b.proxy.dateTo().isValid());
        QCOMPARE(b.visible().size(), b.total());
    }

    void badDateIsNotApplied() {
        Bar b;
        DateRangeEdit *range = b.bar->dateRangeEdit();
        b.typeDate(range->fromEdit(), QStringLiteral("2021"));
        QCOMPARE(b.proxy.dateFrom().toIso(), QStringLiteral("2021"));
        const QColor normal = range->toEdit()->palette().color(QPalette::Text);
        b.typeDate(range->fromEdit(), QStringLiteral("soon"));
        // The previous end stays; the field says why it was not taken.
        QCOMPARE(b.proxy.dateFrom().toIso(), QStringLiteral("2021"));
        QVERIFY(range->fromEdit()->palette().color(QPalette::Text) != normal);
        QVERIFY(range->fromEdit()->toolTip().contains(QStringLiteral("Not a date")));
        b.typeDate(range->fromEdit(), QStringLiteral("2019-13"));
        QCOMPARE(b.proxy.dateFrom().toIso(), QStringLiteral("2021"));
        b.typeDate(range->fromEdit(), QStringLiteral("2022"));
        QCOMPARE(b.proxy.dateFrom().toIso(), QStringLiteral("2022"));
        QCOMPARE(range->fromEdit()->palette().color(QPalette::Text), normal);
    }

    void dateFieldsFollowTheProxy() {
        // As when a range is dragged on the chart's axis.
        Bar b;
        DateRangeEdit *range = b.bar->dateRangeEdit();
        b.proxy.setDateRange(PartialDate::fromYearMonth(2021, 3),
                             PartialDate::fromYearMonthDay(2022, 12, 31));
        QCOMPARE(range->fromEdit()->text(), QStringLiteral("2021-03"));
        QCOMPARE(range->toEdit()->text(), QStringLiteral("2022-12-31"));
        b.proxy.clearDateRange();
        QVERIFY(range->fromEdit()->text().isEmpty());
        QVERIFY(range->toEdit()->text().isEmpty());
        QCOMPARE(b.visible().size(), b.total());
    }

    void combined_data() {
        QTest::addColumn<int>("threshold");
        for (const int t : {0, 56, 60, 65})
            QTest::addRow("%d%%", t) << t;
    }
    void combined() {
        QFETCH(int, threshold);
        Bar b;
        b.bar->slider()->setValue(threshold);
        b.bar->kindButton(TimelineFilter::PolicyKind)->click();
        // One at a time: the menu is rebuilt (its actions replaced) each time it is asked for.
        for (const QString &label : {QStringLiteral("调控措施"), QStringLiteral("重点项目"),
                                     QStringLiteral("Key project")}) {
            QAction *action = b.labelAction(label);
            QVERIFY2(action, qPrintable(label));
            action->trigger();
        }
        b.bar->hideNothingFoundBox()->click();
        b.typeDate(b.bar->dateRangeEdit()->fromEdit(), QStringLiteral("2021-06"));
        b.typeDate(b.bar->dateRangeEdit()->toEdit(), QStringLiteral("2023"));
        Wanted w;
        w.threshold = threshold;
        w.kinds = {QStringLiteral("event"), QStringLiteral("other")};
        w.labels = {QStringLiteral("调控措施"), QStringLiteral("重点项目"),
                    QStringLiteral("Key project")};
        w.hideNothingFound = true;
        w.from = QDate(2021, 6, 1);
        w.to = QDate(2023, 12, 31);
        QCOMPARE(b.visible(), b.expected(w));
        // The samples' answer, so the brute force itself is checked: 调控措施 2021年11月 (56 %)
        // and 重点项目 2022年3月 (68 %); Key project is April 2021, before the range.
        QCOMPARE(b.visible().size(), threshold <= 56 ? 2 : 1);

        // The status bar says what is filtered, and Clear Filters resets all but the threshold.
        QVERIFY(b.status->isVisibleTo(&b.window));
        QCOMPARE(b.status->text(), QStringLiteral("Filtered: %1").arg(b.proxy.filterDescription()));
        QVERIFY(b.status->text().contains(QStringLiteral("2021-06")));
        b.status->clearButton()->click();
        QVERIFY(!b.proxy.filter().isActive());
        QCOMPARE(b.proxy.minimumConfidence(), threshold);
        QVERIFY(b.bar->kindButton(TimelineFilter::PolicyKind)->isChecked());
        QVERIFY(!b.bar->hideNothingFoundBox()->isChecked());
        QVERIFY(b.bar->dateRangeEdit()->fromEdit()->text().isEmpty());
        QVERIFY(b.bar->dateRangeEdit()->toEdit()->text().isEmpty());
        QCOMPARE(b.bar->labelButton()->text(), QStringLiteral("Categories ▾"));
        Wanted onlyThreshold;
        onlyThreshold.threshold = threshold;
        QCOMPARE(b.visible(), b.expected(onlyThreshold));
        QVERIFY(!b.status->isVisibleTo(&b.window));
        QVERIFY(b.status->text().isEmpty());
    }

    void histogramCountsTheData() {
        Bar b;
        ConfidenceHistogramWidget *h = b.bar->histogram();
        const auto expectedBins = [&b](const Wanted &w) {
            QList<int> bins(10, 0);
            for (const Report &r : std::as_const(b.data)) {
                for (const TurningPoint &tp : r.turningPoints) {
                    if (!tp.confidence || !w.accepts(tp))
                        continue;
                    const int bin = std::min(9, int(*tp.confidence) / 10);
                    ++bins[bin];
                }
            }
            return bins;
        };
        QCOMPARE(h->histogram().counts(), expectedBins({}));
        QCOMPARE(h->histogram().total(), 14);
        // 56-69 % in Yunnan, 48-77 % in Guangxi: the 60-70 % bin holds the most.
        QCOMPARE(h->histogram().count(6), 6);

        // Other filters change the counts (after the event loop); the threshold does not.
        QSignalSpy changed(h, &ConfidenceHistogramWidget::histogramChanged);
        b.bar->kindButton(TimelineFilter::EventKind)->click();
        QVERIFY(changed.wait(1000));
        Wanted policies;
        policies.kinds = {QStringLiteral("policy"), QStringLiteral("other")};
        QCOMPARE(h->histogram().counts(), expectedBins(policies));
        b.bar->slider()->setValue(70);
        QCOMPARE(h->threshold(), 70);
        QTest::qWait(20);
        QCOMPARE(h->histogram().counts(), expectedBins(policies));

        // Loading follows too.
        b.bar->kindButton(TimelineFilter::EventKind)->click();
        QVERIFY(changed.wait(1000));
        b.model.removeReport(1);
        b.data.removeAt(1);
        QVERIFY(changed.wait(1000));
        QCOMPARE(h->histogram().counts(), expectedBins({}));
        QCOMPARE(h->histogram().total(), 10);

        // Bins stand over the slider's values, left to right, and say what they hold.
        int previousRight = -1;
        for (int bin = 0; bin < 10; ++bin) {
            const QRect r = h->binRect(bin);
            QVERIFY(r.left() > previousRight - 1);
            previousRight = r.right();
            QCOMPARE(h->binAt(r.center()), bin);
        }
        QCOMPARE(TestSupport::englishPlural(h->binToolTip(5)),
                 QStringLiteral("50–60%: 5 turning points\n≥ 70%: 0 of 10 shown"));
        QCOMPARE(TestSupport::englishPlural(h->binToolTip(6).section(QLatin1Char('\n'), 0, 0)),
                 QStringLiteral("60–70%: 5 turning points"));
        // Shown as the widget's tool tip, as plain text.
        const QPoint inBin = h->binRect(6).center();
        QHelpEvent help(QEvent::ToolTip, inBin, h->mapToGlobal(inBin));
        QCoreApplication::sendEvent(h, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(TestSupport::englishPlural(QToolTip::text())
                     .contains(QStringLiteral("60–70%: 5 turning points")),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void histogramRecountsOnlyWhatChangesIt() {
        Bar b;
        ConfidenceHistogramWidget *h = b.bar->histogram();
        QSignalSpy changed(h, &ConfidenceHistogramWidget::histogramChanged);
        // A search that only highlights changes no count, nor does the threshold.
        b.proxy.setSearchText(QStringLiteral("seetao"));
        b.proxy.setMinimumConfidence(50);
        QTest::qWait(20);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(h->histogram().total(), 14);
        // Hiding what does not match does.
        b.proxy.setSearchMode(TimelineFilter::SearchMode::OnlyMatches);
        QVERIFY(changed.wait(1000));
        QCOMPARE(h->histogram().total(), 2);
        QCOMPARE(h->histogram().count(5), 1); // 2022年8月, 56 %
        QCOMPARE(h->histogram().count(6), 1); // 2022年3月, 68 %
    }

    void histogramLinesUpWithTheSlider() {
        Bar b;
        ConfidenceHistogramWidget *h = b.bar->histogram();
        QSlider *slider = b.bar->slider();
        // The slider's handle for 0 % and 100 % sits over the histogram's first and last edge.
        for (const int value : {0, 100}) {
            slider->setValue(value);
            QStyleOptionSlider option;
            option.initFrom(slider);
            option.orientation = Qt::Horizontal;
            option.minimum = 0;
            option.maximum = 100;
            option.sliderPosition = value;
            option.sliderValue = value;
            option.tickPosition = slider->tickPosition();
            const QRect handle = slider->style()->subControlRect(QStyle::CC_Slider, &option,
                                                                 QStyle::SC_SliderHandle, slider);
            const int centre = h->mapFromGlobal(slider->mapToGlobal(handle.center())).x();
            const QRect bin = h->binRect(value == 0 ? 0 : 9);
            const int edge = value == 0 ? bin.left() : bin.right() + 1;
            QVERIFY2(std::abs(centre - edge) <= 1,
                     qPrintable(QStringLiteral("%1 vs %2").arg(centre).arg(edge)));
        }
    }

    void sliderDragPreviewsThenFiltersOnce() {
        Bar b;
        QSlider *slider = b.bar->slider();
        QSignalSpy preview(b.bar, &FilterBar::previewMinimumConfidence);
        QSignalSpy finished(b.bar, &FilterBar::previewFinished);
        QSignalSpy applied(&b.proxy, &TimelineFilterModel::minimumConfidenceChanged);
        QSignalSpy rowsRemoved(&b.proxy, &QAbstractItemModel::rowsRemoved);
        b.bar->setApplyDelay(10000); // only the release may apply here

        // What a mouse drag does: press the handle, move it through many values, release.
        slider->setSliderDown(true);
        for (int v = 1; v <= 60; ++v)
            slider->setSliderPosition(v);
        QCOMPARE(preview.count(), 60);
        QCOMPARE(preview.last().first().toInt(), 60);
        QCOMPARE(b.bar->histogram()->threshold(), 60); // the histogram follows the hand
        QVERIFY(b.bar->isPreviewing());
        QCOMPARE(applied.count(), 0);
        QCOMPARE(b.proxy.minimumConfidence(), 0);
        QCOMPARE(b.visible().size(), 14);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(rowsRemoved.count(), 0);

        slider->setSliderDown(false); // released
        QCOMPARE(applied.count(), 1);
        QCOMPARE(b.proxy.minimumConfidence(), 60);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!b.bar->isPreviewing());
        Wanted w;
        w.threshold = 60;
        QCOMPARE(b.visible(), b.expected(w));
    }

    void sliderRestingAppliesWithoutRelease() {
        Bar b;
        QSlider *slider = b.bar->slider();
        QCOMPARE(b.bar->applyDelay(), FilterBar::DefaultApplyDelayMs);
        QSignalSpy finished(b.bar, &FilterBar::previewFinished);
        QSignalSpy applied(&b.proxy, &TimelineFilterModel::minimumConfidenceChanged);
        slider->setSliderDown(true);
        for (int v = 1; v <= 65; v += 4)
            slider->setSliderPosition(v);
        QCOMPARE(applied.count(), 0);
        // The hand rests: the value reaches the proxy without waiting for the release.
        QVERIFY(finished.wait(2000));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(b.proxy.minimumConfidence(), 65);
        slider->setSliderDown(false);
        QCOMPARE(applied.count(), 1); // same value: nothing more to filter
    }

    void keyboardStepsAreDebounced() {
        Bar b;
        QSlider *slider = b.bar->slider();
        QSignalSpy preview(b.bar, &FilterBar::previewMinimumConfidence);
        QSignalSpy finished(b.bar, &FilterBar::previewFinished);
        QSignalSpy applied(&b.proxy, &TimelineFilterModel::minimumConfidenceChanged);
        slider->setFocus();
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(slider, Qt::Key_Right);
        QTest::keyClick(slider, Qt::Key_PageUp); // + 5
        QCOMPARE(slider->value(), 10);
        QCOMPARE(preview.count(), 6);
        QCOMPARE(applied.count(), 0);
        QVERIFY(finished.wait(2000));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(b.proxy.minimumConfidence(), 10);
        // The wheel, the same way.
        preview.clear();
        applied.clear();
        const QPointF centre = QRectF(slider->rect()).center();
        QWheelEvent wheel(centre, slider->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(slider, &wheel);
        QVERIFY(slider->value() > 10);
        QCOMPARE(preview.count(), 1);
        QCOMPARE(applied.count(), 0);
        QVERIFY(finished.wait(2000));
        QCOMPARE(b.proxy.minimumConfidence(), slider->value());
        // A key at the end of the range moves nothing and previews nothing.
        slider->setValue(100);
        preview.clear();
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(preview.count(), 0);
        QVERIFY(!b.bar->isPreviewing());
    }

    void valueFromCodeAppliesAtOnce() {
        Bar b;
        QSignalSpy preview(b.bar, &FilterBar::previewMinimumConfidence);
        b.bar->slider()->setValue(65);
        QCOMPARE(b.proxy.minimumConfidence(), 65);
        QCOMPARE(preview.count(), 0);
        b.proxy.setMinimumConfidence(50);
        QCOMPARE(b.bar->slider()->value(), 50);
        QCOMPARE(b.bar->histogram()->threshold(), 50);
        QCOMPARE(FilterBar::summaryText(&b.proxy), QStringLiteral("13 of 14 turning points ≥ 50%"));
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"

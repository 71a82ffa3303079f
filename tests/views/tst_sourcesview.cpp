// The Sources view on the sample reports: every unique source with counts and citation dates as
// the data has them, the ones cited by several turning points emphasised, the filter field, and
// the citing turning points handed on when a source is selected.

#include "reportparser.h"
#include "sourceindexmodel.h"
#include "sourcesdelegate.h"
#include "sourcesview.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QtTest>

using namespace Turnpoint;

namespace {

const QString Yunnan = QStringLiteral(TURNPOINT_TEST_DATA "/yunnan-industry-carbon.md");
const QString Guangxi = QStringLiteral(TURNPOINT_TEST_DATA "/guangxi-buildings-en.md");

// One source as the data has it, gathered without SourceIndexModel.
struct Expected {
    QString name;
    QSet<QString> entries;       // "report/turning point/entry"
    QSet<QString> turningPoints; // "report/turning point"
    QDate first;
    QDate last;
    QString firstIso;
    QString lastIso;
};

QMap<QString, Expected> bruteForce(const QList<Report> &data) {
    QMap<QString, Expected> sources;
    for (int r = 0; r < data.size(); ++r) {
        for (int t = 0; t < data[r].turningPoints.size(); ++t) {
            const TurningPoint &tp = data[r].turningPoints[t];
            for (int e = 0; e < tp.entries.size(); ++e) {
                for (const Source &s : tp.entries[e].sources) {
                    if (s.url.isEmpty() && s.name.toString().trimmed().isEmpty())
                        continue;
                    const QString key =
                        s.url.isEmpty() ? s.name.toString().trimmed() : s.url.toString();
                    Expected &x = sources[key];
                    if (x.name.isEmpty())
                        x.name = s.name.toString().trimmed();
                    x.entries.insert(QStringLiteral("%1/%2/%3").arg(r).arg(t).arg(e));
                    x.turningPoints.insert(QStringLiteral("%1/%2").arg(r).arg(t));
                    if (!x.first.isValid() || tp.date.firstDay() < x.first) {
                        x.first = tp.date.firstDay();
                        x.firstIso = tp.date.toIso();
                    }
                    if (!x.last.isValid() || tp.date.lastDay() > x.last) {
                        x.last = tp.date.lastDay();
                        x.lastIso = tp.date.toIso();
                    }
                }
            }
        }
    }
    return sources;
}

struct View {
    TimelineModel model;
    TimelineFilterModel proxy;
    QItemSelectionModel selection{&proxy};
    SourcesView *view = nullptr;
    QList<Report> data;

    View() {
        for (const QString &path : {Yunnan, Guangxi}) {
            Report r = ReportParser::parseFile(path);
            data.append(r);
            model.addReport(std::move(r));
        }
        proxy.setSourceModel(&model);
        view = new SourcesView(&model, &proxy, &selection);
        view->resize(view->sizeHint());
        view->show();
        // Shown, the index builds on a worker; the tests read it once it has landed.
        if (!QTest::qWaitFor([this] { return view->sourceModel()->isBuilt(); }, 10000))
            qWarning("the source index was not built in time");
    }
    ~View() { delete view; }

    int tableRow(const QString &url) const {
        const QModelIndex source = view->sourceModel()->index(view->findUrl(url), 0);
        return view->sortModel()->mapFromSource(source).row();
    }
    void selectTableRow(int row) {
        view->table()->selectionModel()->setCurrentIndex(view->sortModel()->index(row, 0),
                                                         QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }
};

// initStyleOption() is protected; the view calls it for every cell it paints.
class ProbeDelegate : public SourcesDelegate {
public:
    using SourcesDelegate::SourcesDelegate;
    QStyleOptionViewItem option(const QModelIndex &index) const {
        QStyleOptionViewItem o;
        initStyleOption(&o, index);
        return o;
    }
};

const QString Seetao = QStringLiteral("https://www.seetao.com/details/165543.html");
const QString Adb = QStringLiteral("https://www.adb.org/projects/43051-012/main");

} // namespace

class TestSourcesView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(UiLanguage::install(QStringLiteral("en"))); }

    void countsAndDatesAreTheData() {
        View v;
        const QMap<QString, Expected> expected = bruteForce(v.data);
        SourceIndexModel *model = v.view->sourceModel();
        QCOMPARE(model->rowCount(), int(expected.size()));
        // Yunnan: ten citations of eight pages; Guangxi: four pages and one source known by name.
        QCOMPARE(model->rowCount(), 8 + 5);
        int citedTwice = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QString url = index.data(SourceIndexModel::UrlRole).toString();
            const QString key =
                url.isEmpty() ? index.data(SourceIndexModel::NameRole).toString() : url;
            QVERIFY2(expected.contains(key), qPrintable(key));
            const Expected &x = expected[key];
            QCOMPARE(index.data(SourceIndexModel::NameRole).toString(), x.name);
            QCOMPARE(index.data(SourceIndexModel::EntryCountRole).toInt(), int(x.entries.size()));
            QCOMPARE(index.data(SourceIndexModel::TurningPointCountRole).toInt(),
                     int(x.turningPoints.size()));
            QCOMPARE(index.data(SourceIndexModel::FirstCitedRole).toString(), x.firstIso);
            QCOMPARE(index.data(SourceIndexModel::LastCitedRole).toString(), x.lastIso);
            if (x.turningPoints.size() > 1)
                ++citedTwice;
        }
        // The sample cites two pages from two turning points each.
        QCOMPARE(citedTwice, 2);
        QCOMPARE(expected[Seetao].turningPoints.size(), 2);
        QCOMPARE(expected[Adb].turningPoints.size(), 2);
    }

    void tableShowsEveryColumnButTheLink() {
        View v;
        QTreeView *table = v.view->table();
        for (int column = 0; column < SourceIndexModel::NUM_COLUMNS; ++column)
            QCOMPARE(table->isColumnHidden(column), column == SourceIndexModel::UrlColumn);
        // Dates in the UI language, like the outline's.
        const QModelIndex seetao = v.view->sortModel()->index(v.tableRow(Seetao), 0);
        QCOMPARE(
            SourcesDelegate::cellText(seetao.siblingAtColumn(SourceIndexModel::FirstCitedColumn)),
            QStringLiteral("Mar 2022"));
        QCOMPARE(
            SourcesDelegate::cellText(seetao.siblingAtColumn(SourceIndexModel::LastCitedColumn)),
            QStringLiteral("Aug 2022"));
        QVERIFY(
            SourcesDelegate::toolTipText(seetao).contains(QStringLiteral("in 2 turning point")));
    }

    void severalTurningPointsStandOut() {
        View v;
        ProbeDelegate probe;
        QSortFilterProxyModel *sort = v.view->sortModel();
        for (int row = 0; row < sort->rowCount(); ++row) {
            const QModelIndex name = sort->index(row, SourceIndexModel::NameColumn);
            const QModelIndex count = sort->index(row, SourceIndexModel::TurningPointCountColumn);
            const QModelIndex host = sort->index(row, SourceIndexModel::HostColumn);
            const bool several = count.data(SourceIndexModel::TurningPointCountRole).toInt() > 1;
            QCOMPARE(probe.option(name).font.bold(), several);
            QCOMPARE(probe.option(count).font.bold(), several);
            QVERIFY(!probe.option(host).font.bold());
        }
        // Sorting by turning points puts them on top.
        v.view->table()->sortByColumn(SourceIndexModel::TurningPointCountColumn,
                                      Qt::DescendingOrder);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(sort->index(row, 0).data(SourceIndexModel::TurningPointCountRole).toInt(), 2);
        QCOMPARE(sort->index(2, 0).data(SourceIndexModel::TurningPointCountRole).toInt(), 1);
    }

    void selectingASourceEmitsItsTurningPoints() {
        View v;
        QSignalSpy spy(v.view, &SourcesView::citingTurningPointsSelected);
        v.selectTableRow(v.tableRow(Seetao));
        QCOMPARE(spy.count(), 1);
        const QList<QModelIndex> seetao = spy.last().first().value<QList<QModelIndex>>();
        // TimelineModel indexes of 2022年3月 and 2022年8月, in document order.
        QCOMPARE(seetao, QList<QModelIndex>(
                             {v.model.turningPointIndex(0, 5), v.model.turningPointIndex(0, 6)}));
        QCOMPARE(v.view->citedByList()->count(), 2);

        v.selectTableRow(v.tableRow(Adb));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(
            spy.last().first().value<QList<QModelIndex>>(),
            QList<QModelIndex>({v.model.turningPointIndex(0, 7), v.model.turningPointIndex(0, 8)}));
        // A source cited once: one turning point, in another report.
        v.selectTableRow(v.tableRow(QStringLiteral("http://www.news.cn/example/gx-office.htm")));
        QCOMPARE(spy.last().first().value<QList<QModelIndex>>(),
                 QList<QModelIndex>({v.model.turningPointIndex(1, 1)}));

        v.view->table()->selectionModel()->clearSelection();
        QCOMPARE(spy.count(), 4);
        QVERIFY(spy.last().first().value<QList<QModelIndex>>().isEmpty());
        QVERIFY(v.view->selectedCitingTurningPoints().isEmpty());
    }

    void filterField() {
        View v;
        QSortFilterProxyModel *sort = v.view->sortModel();
        const int all = sort->rowCount();
        QTest::keyClicks(v.view->filterField(), QStringLiteral("adb"));
        // By host: the project page and the PDF under it.
        QCOMPARE(sort->rowCount(), 2);
        for (int row = 0; row < sort->rowCount(); ++row)
            QCOMPARE(sort->index(row, 0).data(SourceIndexModel::HostRole).toString(),
                     QStringLiteral("www.adb.org"));
        // By name, full-width and case folded like the search.
        v.view->setFilterText(QStringLiteral("ＧＵＡＮＧＸＩ"));
        QCOMPARE(v.view->filterField()->text(), QStringLiteral("ＧＵＡＮＧＸＩ"));
        QCOMPARE(sort->rowCount(), 3); // Department of Housing, Daily, Development and Reform
        // By a piece of the link.
        v.view->setFilterText(QStringLiteral("165543"));
        QCOMPARE(sort->rowCount(), 1);
        v.view->filterField()->clear();
        QCOMPARE(sort->rowCount(), all);
    }

    void indexIsKeptOnlyWhileShown() {
        View v;
        SourceIndexModel *model = v.view->sourceModel();
        QVERIFY(model->isActive());
        QCOMPARE(model->rowCount(), 8 + 5);
        v.selectTableRow(v.tableRow(Adb));
        QSignalSpy spy(v.view, &SourcesView::citingTurningPointsSelected);

        // Closed: no rows, no builds as reports come and go, nothing emphasised in the chart.
        v.view->hide();
        QVERIFY(!model->isActive());
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.last().first().value<QList<QModelIndex>>().isEmpty());
        const int builds = model->buildCount();
        v.model.addReport(v.data.first());
        QTest::qWait(200);
        QCOMPARE(model->buildCount(), builds);
        QCOMPARE(model->rowCount(), 0);

        // Shown again: built once, with the source that was selected selected again.
        v.view->show();
        QVERIFY(QTest::qWaitFor([model] { return model->isBuilt(); }, 10000));
        QCOMPARE(model->buildCount(), builds + 1);
        QCOMPARE(model->rowCount(), 8 + 5);
        QCOMPARE(v.view->selectedCitingTurningPoints().size(), 4); // two per copy of Yunnan
        QCOMPARE(v.view->citedByList()->count(), 4);
    }
};

QTEST_MAIN(TestSourcesView)
#include "tst_sourcesview.moc"

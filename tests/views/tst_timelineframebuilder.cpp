#include "densitybins.h"
#include "markerstore.h"
#include "timelineframebuilder.h"
#include "timelineplotitem.h"

#include <QtTest>

#include <random>

using namespace Turnpoint;

namespace {

using Builder = TimelineFrameBuilder;

// A marker on day `day` (one day long) of report `report`, shown unless `passes` is false.
MarkerStore::Marker marker(int day, double confidence, int report = 0, int entries = 1,
                           bool passes = true) {
    MarkerStore::Marker m;
    m.report = report;
    m.firstDay = day;
    m.afterDay = day + 1;
    m.confidence = confidence;
    m.percent = MarkerStore::Marker::percentOf(confidence);
    m.entries = quint16(entries);
    m.set(MarkerStore::Passes, passes);
    m.set(MarkerStore::PassesOthers, true);
    return m;
}

// The store, its bins and an input over them: the plot at (100, 20), 800 × 400 pixels.
struct Scene {
    MarkerStore store;
    DensityBins bins;
    Builder::Input input;

    Scene(std::vector<MarkerStore::Marker> markers, double start, double end,
          QRectF plot = QRectF(100, 20, 800, 400)) {
        store.setMarkers(std::move(markers));
        bins.build(store);
        input.store = &store;
        input.bins = &bins;
        input.plot = plot;
        input.scale.start = start;
        input.scale.end = end;
        input.scale.left = plot.left();
        input.scale.right = plot.right();
    }
};

const Builder::Marker *drawnOf(const Builder::Frame &frame, int storeIndex) {
    for (const Builder::Marker &m : frame.markers)
        if (m.marker == storeIndex)
            return &m;
    return nullptr;
}

} // namespace

class TestTimelineFrameBuilder : public QObject {
    Q_OBJECT

private slots:
    // Time maps linearly onto the plot's width, confidence onto its height (the axis runs from
    // -6 to 106 so 0% and 100% are not at the very edge).
    void markerPlaces_data() {
        QTest::addColumn<int>("day");
        QTest::addColumn<double>("confidence");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        // Range 0-100 days on 800 px from x 100: 8 px a day; a one-day marker sits mid-day.
        // Plot height 400 from y 20: 400 / 112 px a percent, 0% at 420 - 6 · 400 / 112.
        QTest::newRow("start, 0%") << 0 << 0.0 << 104.0 << 420 - 6 * 400 / 112.0;
        QTest::newRow("middle, 50%") << 50 << 50.0 << 504.0 << 420 - 56 * 400 / 112.0;
        QTest::newRow("end, 100%") << 99 << 100.0 << 896.0 << 420 - 106 * 400 / 112.0;
        QTest::newRow("over 100% sits at 100%") << 10 << 130.0 << 184.0 << 420 - 106 * 400 / 112.0;
        QTest::newRow("unscored sits at 0%")
            << 25 << std::numeric_limits<double>::quiet_NaN() << 304.0 << 420 - 6 * 400 / 112.0;
    }
    void markerPlaces() {
        QFETCH(int, day);
        QFETCH(double, confidence);
        QFETCH(double, x);
        QFETCH(double, y);
        Scene s({marker(day, confidence)}, 0, 100);
        Builder builder(s.input);
        const Builder::Frame frame = builder.build();
        QVERIFY(!frame.aggregated);
        QCOMPARE(frame.markers.size(), 1);
        const Builder::Marker &m = frame.markers.first();
        QCOMPARE(m.marker, 0);
        QCOMPARE(m.centre.x(), x);
        QCOMPARE(m.centre.y(), y);
        QCOMPARE(m.centre.y(),
                 Builder::confidenceY(s.input.plot, std::isnan(confidence) ? 0 : confidence));
        // The period's extent: from the day's start to the next day's.
        QCOMPARE(m.extentRight - m.extentLeft, 8.0);
        QCOMPARE(s.input.scale.toTime(m.centre.x()), day + 0.5);
    }

    // Outside the range (plus the largest marker's reach) nothing is drawn; ghosts only when
    // asked.
    void whatIsDrawn_data() {
        QTest::addColumn<int>("day");
        QTest::addColumn<bool>("passes");
        QTest::addColumn<bool>("showGhosts");
        QTest::addColumn<bool>("drawn");
        QTest::newRow("inside") << 40 << true << false << true;
        QTest::newRow("left of the range") << -20 << true << false << false;
        QTest::newRow("right of the range") << 130 << true << false << false;
        QTest::newRow("within a marker's reach") << 101 << true << false << true;
        QTest::newRow("ghost hidden") << 40 << false << false << false;
        QTest::newRow("ghost shown") << 40 << false << true << true;
    }
    void whatIsDrawn() {
        QFETCH(int, day);
        QFETCH(bool, passes);
        QFETCH(bool, showGhosts);
        QFETCH(bool, drawn);
        Scene s({marker(day, 60, 0, 1, passes)}, 0, 100);
        s.input.showGhosts = showGhosts;
        Builder builder(s.input);
        const Builder::Frame frame = builder.build();
        QCOMPARE(frame.markers.size(), drawn ? 1 : 0);
        if (drawn)
            QCOMPARE(frame.markers.first().ghost, !passes);
    }

    // Too many markers for the width: one aggregate per 2-pixel column, in x order, side by
    // side, counting every shown marker in range exactly once.
    void columns_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("width");
        QTest::addColumn<bool>("lanes");
        QTest::newRow("overlay, 5000 on 800 px") << 5000 << 800.0 << false;
        QTest::newRow("overlay, 20000 on 300 px") << 20000 << 300.0 << false;
        QTest::newRow("overlay, odd width") << 8000 << 301.0 << false;
        QTest::newRow("lanes, 5000 on 800 px") << 5000 << 800.0 << true;
        QTest::newRow("lanes, 20000 on 301 px") << 20000 << 301.0 << true;
    }
    void columns() {
        QFETCH(int, count);
        QFETCH(double, width);
        QFETCH(bool, lanes);
        std::vector<MarkerStore::Marker> markers;
        std::mt19937 random(7);
        for (int i = 0; i < count; ++i)
            markers.push_back(marker(int(random() % 3650), double(random() % 101), 0));
        const QRectF plot(100, 20, width, 400);
        Scene s(std::move(markers), 0, 3650, plot);
        // The lane's own store: the same markers, each its own global index.
        std::vector<int> global(size_t(s.store.size()));
        for (int i = 0; i < s.store.size(); ++i)
            global[size_t(i)] = i;
        const QRectF band(plot.left(), plot.top() + 100, plot.width(), 80);
        if (lanes) {
            s.input.lanes = true;
            s.input.laneList.append({0, band, &s.store, &global, &s.bins});
            s.input.laneOfReport = {0};
        }
        Builder builder(s.input);
        const Builder::Frame frame = builder.build();
        QVERIFY(frame.aggregated);
        QVERIFY(frame.markers.isEmpty());
        QVERIFY(!frame.columns.isEmpty());
        QVERIFY(frame.columns.size() <= int(std::ceil(width / Builder::ColumnWidth)));
        int total = 0;
        int densest = 0;
        double right = plot.left();
        for (const Builder::Column &c : frame.columns) {
            QVERIFY(c.left >= right - 1e-9);
            QVERIFY(c.width > 0 && c.width <= Builder::ColumnWidth);
            QVERIFY(c.left + c.width <= plot.right() + 1e-9);
            QVERIFY(c.startTime < c.endTime);
            right = c.left + c.width;
            total += c.aggregate.passing;
            densest = std::max(densest, c.aggregate.passing);
            QVERIFY(c.passTop <= c.passBottom);
            if (lanes) {
                QCOMPARE(c.lane, 0);
                QCOMPARE(c.laneTop, band.top());
                QCOMPARE(c.laneBottom, band.bottom());
                QVERIFY(c.passTop > band.top() && c.passBottom < band.bottom());
            } else {
                QCOMPARE(c.lane, -1);
                QCOMPARE(c.passTop, Builder::confidenceY(plot, c.aggregate.passMax));
                QCOMPARE(c.passBottom, Builder::confidenceY(plot, c.aggregate.passMin));
            }
        }
        QCOMPARE(total, count);
        QCOMPARE(frame.maxColumnCount, densest);
    }

    // Lanes: markers sit on their lane's middle line, sized by confidence up to the lane's
    // height; a hidden lane's markers are not drawn.
    void lanes_data() {
        QTest::addColumn<double>("laneHeight");
        QTest::addColumn<double>("confidence");
        QTest::addColumn<double>("radius");
        QTest::newRow("tall lane, 100%") << 100.0 << 100.0 << 10.0;
        QTest::newRow("tall lane, 0%") << 100.0 << 0.0 << 3.5;
        QTest::newRow("tall lane, 50%") << 100.0 << 50.0 << 6.75;
        QTest::newRow("short lane caps the size") << 12.0 << 100.0 << 5.0;
        QTest::newRow("tiny lane, at least 2") << 3.0 << 100.0 << 2.0;
    }
    void lanes() {
        QFETCH(double, laneHeight);
        QFETCH(double, confidence);
        QFETCH(double, radius);
        Scene s({marker(30, confidence, 0), marker(60, confidence, 1), marker(70, 50, 2)}, 0, 100);
        const QRectF plot = s.input.plot;
        s.input.lanes = true;
        // Report 1 in the top lane, report 0 below it, report 2 hidden.
        const QRectF top(plot.left(), plot.top(), plot.width(), laneHeight);
        const QRectF below(plot.left(), plot.top() + laneHeight, plot.width(), laneHeight);
        s.input.laneList = {{1, top, nullptr, nullptr, nullptr},
                            {0, below, nullptr, nullptr, nullptr}};
        s.input.laneOfReport = {1, 0, -1};
        // The lanes' own stores (each report's markers, with their global indexes).
        MarkerStore lane0, lane1;
        DensityBins bins0, bins1;
        lane0.setMarkers({s.store.at(0)});
        lane1.setMarkers({s.store.at(1)});
        bins0.build(lane0);
        bins1.build(lane1);
        const std::vector<int> global0{0}, global1{1};
        s.input.laneList[0].store = &lane1;
        s.input.laneList[0].global = &global1;
        s.input.laneList[0].bins = &bins1;
        s.input.laneList[1].store = &lane0;
        s.input.laneList[1].global = &global0;
        s.input.laneList[1].bins = &bins0;
        Builder builder(s.input);
        const Builder::Frame frame = builder.build();
        QCOMPARE(frame.markers.size(), 2);
        const Builder::Marker *first = drawnOf(frame, 0);
        const Builder::Marker *second = drawnOf(frame, 1);
        QVERIFY(first && second);
        QVERIFY(!drawnOf(frame, 2));
        QCOMPARE(first->centre.y(), below.center().y());
        QCOMPARE(second->centre.y(), top.center().y());
        QCOMPARE(first->radius, radius);
        QCOMPARE(second->radius, radius);
        QCOMPARE(Builder::laneRadius(confidence, &top), radius);
        // Confidence as opacity.
        QCOMPARE(first->opacity, 0.35 + 0.65 * std::round(confidence) / 100.0);
    }

    // Labels go where nothing else is: never over another label, a marker or the threshold's
    // label, never outside the plot; the most important markers get theirs first.
    void labelsNeverOverlap_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("span");
        QTest::addColumn<double>("labelWidth");
        QTest::addColumn<bool>("lanes");
        QTest::newRow("sparse") << 12 << 365.0 << 60.0 << false;
        QTest::newRow("crowded") << 150 << 365.0 << 90.0 << false;
        QTest::newRow("wide labels") << 60 << 120.0 << 240.0 << false;
        QTest::newRow("lanes") << 120 << 365.0 << 70.0 << true;
    }
    void labelsNeverOverlap() {
        QFETCH(int, count);
        QFETCH(double, span);
        QFETCH(double, labelWidth);
        QFETCH(bool, lanes);
        std::vector<MarkerStore::Marker> markers;
        std::mt19937 random(3);
        for (int i = 0; i < count; ++i)
            markers.push_back(marker(int(random() % int(span)), double(random() % 101),
                                     lanes ? int(random() % 3) : 0, 1 + int(random() % 4)));
        Scene s(std::move(markers), 0, span);
        const QRectF plot = s.input.plot;
        const QRectF threshold(plot.right() - 50, plot.top() + 100, 46, 16);
        s.input.occupied = {threshold};
        std::vector<MarkerStore> laneStores(3);
        std::vector<DensityBins> laneBins(3);
        std::vector<std::vector<int>> globals(3);
        if (lanes) {
            s.input.lanes = true;
            std::vector<std::vector<MarkerStore::Marker>> byReport(3);
            for (int i = 0; i < s.store.size(); ++i) {
                byReport[size_t(s.store.at(i).report)].push_back(s.store.at(i));
                globals[size_t(s.store.at(i).report)].push_back(i);
            }
            const double h = plot.height() / 3;
            for (int r = 0; r < 3; ++r) {
                laneStores[size_t(r)].setMarkers(byReport[size_t(r)]);
                laneBins[size_t(r)].build(laneStores[size_t(r)]);
                s.input.laneList.append(
                    {r, QRectF(plot.left(), plot.top() + r * h, plot.width(), h),
                     &laneStores[size_t(r)], &globals[size_t(r)], &laneBins[size_t(r)]});
            }
            s.input.laneOfReport = {0, 1, 2};
        }
        s.input.labelOf = [labelWidth](int marker) {
            return Builder::Label{QStringLiteral("label %1").arg(marker),
                                  labelWidth * (0.5 + (marker % 3) / 4.0)};
        };
        s.input.labelHeight = 14;
        Builder builder(s.input);
        const Builder::Frame frame = builder.build();
        QVERIFY(!frame.aggregated);

        QList<QRectF> labels;
        for (const Builder::Marker &m : frame.markers)
            if (m.labelShown)
                labels.append(m.labelRect);
        QCOMPARE(labels.size(), builder.labels().size());
        QVERIFY(!labels.isEmpty());
        for (int i = 0; i < labels.size(); ++i) {
            const QRectF &a = labels.at(i);
            QVERIFY(plot.contains(a));
            QVERIFY(!a.intersects(threshold));
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!a.intersects(labels.at(j)),
                         qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
            for (const Builder::Marker &m : frame.markers) {
                if (m.ghost || !plot.contains(m.centre))
                    continue;
                const double r = m.radius * 1.2 + 1;
                QVERIFY(!a.intersects(QRectF(m.centre.x() - r, m.centre.y() - r, 2 * r, 2 * r)));
            }
        }
        if (lanes)
            for (const Builder::Marker &m : frame.markers)
                if (m.labelShown)
                    QVERIFY(s.input.laneList.at(s.store.at(m.marker).report)
                                .band.contains(m.labelRect));
        // Placed most important first: the labels come in order of falling entry counts.
        int previous = std::numeric_limits<int>::max();
        for (const Builder::PlacedLabel &placed : builder.labels()) {
            QVERIFY(!placed.text.isEmpty());
            int entries = -1;
            for (const Builder::Marker &m : frame.markers)
                if (m.labelShown && m.labelRect == placed.rect)
                    entries = s.store.at(m.marker).entries;
            QVERIFY(entries > 0);
            QVERIFY(entries <= previous);
            previous = entries;
        }
    }

    // A dense column is a stack of cells, one per confidence band, shaded by its count: a
    // column whose confidences span 0-100% shows which bands are full and which are empty
    // rather than one bar over the whole range. A short lane merges neighbouring bands.
    void densityCells_data() {
        QTest::addColumn<bool>("lanes");
        QTest::addColumn<double>("laneHeight");
        QTest::addColumn<int>("merged"); // bands per cell
        QTest::newRow("overlay") << false << 0.0 << 1;
        QTest::newRow("tall lane") << true << 200.0 << 1;
        QTest::newRow("short lane") << true << 40.0 << 4;
    }
    void densityCells() {
        QFETCH(bool, lanes);
        QFETCH(double, laneHeight);
        QFETCH(int, merged);
        // Every column gets the same mix: 1 turning point at 0-4%, 10 at 50-54%, 100 at
        // 90-94% and 40 at exactly 100% (the top band, 95-100%); nothing in between. Plus
        // ghosts at 30%.
        std::vector<MarkerStore::Marker> markers;
        constexpr int Days = 1000;
        for (int d = 0; d < Days; ++d) {
            markers.push_back(marker(d, 2));
            for (int k = 0; k < 10; ++k)
                markers.push_back(marker(d, 50 + k % 5));
            for (int k = 0; k < 100; ++k)
                markers.push_back(marker(d, 90 + k % 5));
            for (int k = 0; k < 40; ++k)
                markers.push_back(marker(d, 100));
            markers.push_back(marker(d, 30, 0, 1, false));
        }
        Scene s(std::move(markers), 0, Days);
        std::vector<int> global(size_t(s.store.size()));
        for (int i = 0; i < s.store.size(); ++i)
            global[size_t(i)] = i;
        if (lanes) {
            s.input.lanes = true;
            const QRectF band(s.input.plot.left(), s.input.plot.top(), s.input.plot.width(),
                              laneHeight);
            s.input.laneList.append({0, band, &s.store, &global, &s.bins});
            s.input.laneOfReport = {0};
        }
        const Builder::Frame frame = Builder(s.input).build();
        QVERIFY(frame.aggregated);
        QVERIFY(!frame.columns.isEmpty());
        int fullest = 0;
        for (const Builder::Column &c : std::as_const(frame.columns)) {
            QVERIFY(c.bandsTop < c.bandsBottom);
            if (!lanes) {
                QCOMPARE(c.bandsTop, Builder::confidenceY(s.input.plot, 100));
                QCOMPARE(c.bandsBottom, Builder::confidenceY(s.input.plot, 0));
            }
            QCOMPARE(TimelinePlotItem::bandsPerCell(c.bandsBottom - c.bandsTop), merged);
            DensityBins::BandCounts cells;
            const int count = TimelinePlotItem::cellCounts(c, false, cells);
            QCOMPARE(count, DensityBins::BandCount / merged);
            const int days = c.aggregate.passing / 151;
            QCOMPARE(c.aggregate.passing, days * 151);
            QCOMPARE(c.aggregate.ghosts, days);
            const auto cellOf = [merged](int percent) {
                return size_t(DensityBins::bandOf(percent) / merged);
            };
            QCOMPARE(cells[cellOf(2)], days);
            QCOMPARE(cells[cellOf(52)], 10 * days);
            if (merged == 1) {
                QCOMPARE(cells[cellOf(92)], 100 * days);
                QCOMPARE(cells[cellOf(100)], 40 * days);
            } else {
                QCOMPARE(cells[cellOf(92)], 140 * days); // merged with 95-100%
            }
            int total = 0;
            for (int k = 0; k < count; ++k)
                total += cells[size_t(k)];
            QCOMPARE(total, c.aggregate.passing);
            fullest = std::max(fullest, cells[cellOf(92)]);
        }
        QCOMPARE(frame.maxCellCount, fullest);
        // In the densest column: distinct, ordered shades, and empty bands stay empty.
        const Builder::Column &c = frame.columns.at(0);
        DensityBins::BandCounts cells;
        TimelinePlotItem::cellCounts(c, false, cells);
        const auto shade = [&](int percent) {
            return TimelinePlotItem::cellIntensity(
                cells[size_t(DensityBins::bandOf(percent) / merged)], frame.maxCellCount);
        };
        QCOMPARE(shade(25), 0.0);
        if (merged == 1)
            QCOMPARE(shade(75), 0.0);
        QVERIFY(shade(2) > 0);
        QVERIFY(shade(2) < shade(52));
        QVERIFY(shade(52) < shade(92));
        if (merged == 1)
            QVERIFY(shade(52) < shade(100) && shade(100) < shade(92));
        QVERIFY(shade(92) <= 1.0);
    }

    // Shading: none for an empty cell, full for the fullest, and in between a lone turning
    // point next to thousands still shows.
    void cellIntensity_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("maxCount");
        QTest::addColumn<double>("atLeast");
        QTest::addColumn<double>("atMost");
        QTest::newRow("empty") << 0 << 100 << 0.0 << 0.0;
        QTest::newRow("fullest") << 100 << 100 << 1.0 << 1.0;
        QTest::newRow("alone in view") << 1 << 1 << 1.0 << 1.0;
        QTest::newRow("one of thousands") << 1 << 5000 << 0.1 << 0.2;
        QTest::newRow("a quarter") << 25 << 100 << 0.5 << 0.6;
    }
    void cellIntensity() {
        QFETCH(int, count);
        QFETCH(int, maxCount);
        QFETCH(double, atLeast);
        QFETCH(double, atMost);
        const double shade = TimelinePlotItem::cellIntensity(count, maxCount);
        QVERIFY2(shade >= atLeast && shade <= atMost, qPrintable(QString::number(shade)));
    }

    // Bands merge (by a divisor of the band count) until a cell has room to be seen.
    void bandsPerCell_data() {
        QTest::addColumn<double>("height");
        QTest::addColumn<int>("merged");
        QTest::newRow("axis") << 400.0 << 1;
        QTest::newRow("just enough") << 80.0 << 1;
        QTest::newRow("just short") << 79.0 << 2;
        QTest::newRow("lane") << 20.0 << 4;
        QTest::newRow("thin lane") << 8.0 << 10;
        QTest::newRow("hairline") << 3.0 << DensityBins::BandCount;
    }
    void bandsPerCell() {
        QFETCH(double, height);
        QFETCH(int, merged);
        QCOMPARE(TimelinePlotItem::bandsPerCell(height), merged);
    }

    // The selection is drawn over the aggregates and placed last (on top).
    void selectionOverAggregates() {
        std::vector<MarkerStore::Marker> markers;
        for (int i = 0; i < 6000; ++i)
            markers.push_back(marker(i % 1000, double(i % 100)));
        Scene s(std::move(markers), 0, 1000);
        s.input.selectedMarker = 1234;
        Builder builder(s.input);
        const Builder::Frame frame = builder.build();
        QVERIFY(frame.aggregated);
        QCOMPARE(frame.markers.size(), 1);
        QCOMPARE(frame.markers.first().marker, 1234);
        QVERIFY(frame.markers.first().selected);
    }
};

QTEST_GUILESS_MAIN(TestTimelineFrameBuilder)
#include "tst_timelineframebuilder.moc"

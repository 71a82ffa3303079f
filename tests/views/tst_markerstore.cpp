#include "densitybins.h"
#include "markerstore.h"
#include "timelinemodel.h"
#include "timescale.h"

#include <QtTest>

#include <random>

using namespace Turnpoint;

namespace {

using Marker = MarkerStore::Marker;

// A one-day marker on Julian day `day` (its time is day + 0.5).
Marker dayMarker(int day, int report, int tp, double confidence = 50, quint8 flags = 0) {
    Marker m;
    m.report = report;
    m.turningPoint = tp;
    m.firstDay = day;
    m.afterDay = day + 1;
    m.confidence = confidence;
    m.flags = flags;
    return m;
}

// Markers on the given days (report 0, rows in the order given).
MarkerStore storeOnDays(const QList<int> &days) {
    std::vector<Marker> markers;
    for (int i = 0; i < days.size(); ++i)
        markers.push_back(dayMarker(days.at(i), 0, i));
    MarkerStore store;
    store.setMarkers(std::move(markers));
    return store;
}

// What DensityBins::query must return, counted one by one.
DensityBins::Aggregate bruteForce(const MarkerStore &store, int from, int to) {
    DensityBins::Aggregate a;
    for (int i = from; i < to; ++i)
        a.add(store.at(i));
    return a;
}

// `count` markers with random days, confidences (some unscored) and flags, from `seed`.
MarkerStore randomStore(int count, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> day(2450000, 2450000 + 3000);
    std::uniform_int_distribution<int> percent(-5, 100); // below 0: unscored
    std::uniform_int_distribution<int> bits(0, 31);
    std::vector<Marker> markers;
    for (int i = 0; i < count; ++i) {
        const int c = percent(rng);
        markers.push_back(dayMarker(day(rng), i % 7, i, c < 0 ? std::nan("") : double(c),
                                    quint8(bits(rng)) & ~MarkerStore::NothingFound));
    }
    MarkerStore store;
    store.setMarkers(std::move(markers));
    return store;
}

} // namespace

class TestMarkerStore : public QObject {
    Q_OBJECT

private slots:
    void sortedByTimeThenConfidence() {
        std::vector<Marker> markers = {dayMarker(30, 0, 0, 70), dayMarker(10, 0, 1, 90),
                                       dayMarker(30, 1, 0, 20), dayMarker(20, 1, 1)};
        markers[3].confidence = std::nan(""); // unscored sorts before any confidence
        markers.push_back(dayMarker(20, 0, 2, 0));
        MarkerStore store;
        store.setMarkers(markers);
        QCOMPARE(store.size(), 5);
        const QList<QPair<int, int>> expected = {{0, 1}, {1, 1}, {0, 2}, {1, 0}, {0, 0}};
        for (int i = 0; i < store.size(); ++i) {
            QCOMPARE(store.at(i).report, expected.at(i).first);
            QCOMPARE(store.at(i).turningPoint, expected.at(i).second);
            QCOMPARE(store.indexOf(expected.at(i).first, expected.at(i).second), i);
        }
        QCOMPARE(store.indexOf(0, 3), -1);
        QCOMPARE(store.indexOf(2, 0), -1);
        QCOMPARE(store.indexOf(-1, 0), -1);
        QCOMPARE(store.minTime(), 10.0);
        QCOMPARE(store.maxTime(), 31.0);
    }

    void rangeOf_data() {
        QTest::addColumn<QList<int>>("days");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        const QList<int> days = {10, 20, 20, 20, 30, 40};
        // Times are day + 0.5.
        QTest::newRow("all") << days << 0.0 << 100.0 << 0 << 6;
        QTest::newRow("none before") << days << 0.0 << 10.0 << 0 << 0;
        QTest::newRow("none after") << days << 40.6 << 100.0 << 6 << 6;
        QTest::newRow("exact ends included") << days << 10.5 << 30.5 << 0 << 5;
        QTest::newRow("equal times together") << days << 20.5 << 20.5 << 1 << 4;
        QTest::newRow("between") << days << 21.0 << 29.0 << 4 << 4;
        QTest::newRow("reversed is empty") << days << 30.0 << 20.0 << 4 << 4;
        QTest::newRow("empty store") << QList<int>() << 0.0 << 100.0 << 0 << 0;
        QTest::newRow("one marker hit") << QList<int>{5} << 5.5 << 5.5 << 0 << 1;
    }
    void rangeOf() {
        QFETCH(QList<int>, days);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(int, first);
        QFETCH(int, last);
        const MarkerStore store = storeOnDays(days);
        const auto [a, b] = store.rangeOf(from, to);
        QCOMPARE(a, first);
        QCOMPARE(b, last);
        // The same by counting.
        int inside = 0;
        for (const Marker &m : store.markers())
            inside += m.time() >= from && m.time() <= to ? 1 : 0;
        QCOMPARE(b - a, inside);
    }

    void binsMatchBruteForce_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("empty") << 0 << 1u;
        QTest::newRow("less than a leaf") << DensityBins::LeafSize - 1 << 2u;
        QTest::newRow("one leaf") << DensityBins::LeafSize << 3u;
        QTest::newRow("odd leaves") << DensityBins::LeafSize * 5 + 3 << 4u;
        QTest::newRow("power of two") << DensityBins::LeafSize * 64 << 5u;
        QTest::newRow("thousands") << 5000 << 6u;
    }
    void binsMatchBruteForce() {
        QFETCH(int, count);
        QFETCH(unsigned, seed);
        const MarkerStore store = randomStore(count, seed);
        DensityBins bins;
        bins.build(store);
        std::mt19937 rng(seed * 7 + 1);
        std::uniform_int_distribution<int> index(0, count);
        for (int k = 0; k < 300; ++k) {
            int from = index(rng), to = index(rng);
            if (from > to)
                std::swap(from, to);
            const DensityBins::Aggregate expected = bruteForce(store, from, to);
            const DensityBins::Aggregate actual = bins.query(store, from, to);
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("[%1, %2)").arg(from).arg(to)));
            QCOMPARE(actual.passing + actual.ghosts, to - from);
        }
        const DensityBins::Aggregate all = bins.query(store, 0, count);
        QCOMPARE(all, bruteForce(store, 0, count));
        // Out-of-range requests are clipped, reversed ones empty.
        QCOMPARE(bins.query(store, -5, count + 5), all);
        QCOMPARE(bins.query(store, count, 0).passing, 0);
    }

    void aggregateRanges() {
        std::vector<Marker> markers = {
            dayMarker(1, 0, 0, 40, MarkerStore::Passes),
            dayMarker(2, 0, 1, 90, MarkerStore::Passes | MarkerStore::SearchMatch),
            dayMarker(3, 0, 2, 10, MarkerStore::Emphasized),
            dayMarker(4, 0, 3, 30),
        };
        markers.push_back(dayMarker(5, 0, 4, 0, MarkerStore::Passes));
        markers.back().confidence = std::nan(""); // unscored: on the 0% line
        MarkerStore store;
        store.setMarkers(markers);
        DensityBins bins;
        bins.build(store);
        const DensityBins::Aggregate a = bins.query(store, 0, store.size());
        QCOMPARE(a.passing, 3);
        QCOMPARE(a.ghosts, 2);
        QCOMPARE(a.passMin, 0);
        QCOMPARE(a.passMax, 90);
        QCOMPARE(a.ghostMin, 10);
        QCOMPARE(a.ghostMax, 30);
        QVERIFY(a.passMatch);
        QVERIFY(!a.ghostMatch);
        QVERIFY(!a.passEmphasis);
        QVERIFY(a.ghostEmphasis);
    }

    // Band counts per confidence band (5% wide; the last takes in 100%, an unscored turning
    // point counts at 0%), shown markers and ghosts apart. Each marker is repeated `copies`
    // times, so with many copies the counts come from the running sums over whole blocks.
    void bandCounts_data() {
        QTest::addColumn<QList<int>>("shown");  // percent, -1: unscored
        QTest::addColumn<QList<int>>("ghosts"); // percent
        QTest::addColumn<int>("copies");
        QTest::addColumn<QString>("passBands"); // "band:count" of the non-empty bands
        QTest::addColumn<QString>("ghostBands");
        for (const int copies : {1, DensityBins::BandBlock * 3 + 5}) {
            const QByteArray n = " x" + QByteArray::number(copies);
            QTest::newRow(("edges" + n).constData())
                << QList<int>{0, 4, 5, 99, 100, -1} << QList<int>() << copies
                << QStringLiteral("0:3,1:1,19:2") << QString();
            QTest::newRow(("threshold inside a band" + n).constData())
                << QList<int>{52, 54, 55} << QList<int>{50, 51, 12} << copies
                << QStringLiteral("10:2,11:1") << QStringLiteral("2:1,10:2");
            QTest::newRow(("one band" + n).constData())
                << QList<int>{71, 72, 73, 74} << QList<int>{} << copies << QStringLiteral("14:4")
                << QString();
        }
        QList<int> everyPercent;
        for (int c = 0; c <= 100; ++c)
            everyPercent.append(c);
        QStringList spread;
        for (int b = 0; b < DensityBins::BandCount; ++b)
            spread.append(
                QStringLiteral("%1:%2").arg(b).arg(b == DensityBins::BandCount - 1 ? 6 : 5));
        QTest::newRow("0 to 100") << everyPercent << QList<int>() << 1 << spread.join(u',')
                                  << QString();
    }
    void bandCounts() {
        QFETCH(QList<int>, shown);
        QFETCH(QList<int>, ghosts);
        QFETCH(int, copies);
        QFETCH(QString, passBands);
        QFETCH(QString, ghostBands);
        std::vector<Marker> markers;
        int day = 0;
        for (int k = 0; k < copies; ++k) {
            for (const int c : std::as_const(shown))
                markers.push_back(dayMarker(day++, 0, int(markers.size()),
                                            c < 0 ? std::nan("") : double(c), MarkerStore::Passes));
            for (const int c : std::as_const(ghosts))
                markers.push_back(dayMarker(day++, 0, int(markers.size()), double(c)));
        }
        MarkerStore store;
        store.setMarkers(std::move(markers));
        DensityBins bins;
        bins.build(store);
        const auto expected = [copies](const QString &text) {
            DensityBins::BandCounts bands{};
            for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
                const QStringList parts = item.split(u':');
                bands[size_t(parts.at(0).toInt())] = parts.at(1).toInt() * copies;
            }
            return bands;
        };
        const DensityBins::Aggregate a = bins.query(store, 0, store.size());
        QCOMPARE(a.passBands, expected(passBands));
        QCOMPARE(a.ghostBands, expected(ghostBands));
        QCOMPARE(a, bruteForce(store, 0, store.size()));
        // Runs that start and end inside blocks.
        for (const int from : {1, 7, DensityBins::BandBlock + 3})
            QCOMPARE(bins.query(store, from, store.size() - 2),
                     bruteForce(store, from, store.size() - 2));
    }

    void levelOfDetail_data() {
        QTest::addColumn<int>("visible");
        QTest::addColumn<double>("plotWidth");
        QTest::addColumn<bool>("atMaximumZoom");
        QTest::addColumn<bool>("aggregates");
        QTest::newRow("sample") << 10 << 1500.0 << false << false;
        QTest::newRow("one per 4 px fits") << 375 << 1500.0 << false << false;
        QTest::newRow("one more does not") << 376 << 1500.0 << false << true;
        QTest::newRow("narrow plot") << 60 << 200.0 << false << true;
        QTest::newRow("100k") << 100000 << 1500.0 << false << true;
        QTest::newRow("deepest zoom allows more") << 1500 << 1500.0 << true << false;
        QTest::newRow("deepest zoom still caps") << 2500 << 1500.0 << true << true;
        QTest::newRow("no plot, nothing") << 0 << 0.0 << false << false;
        QTest::newRow("no plot, something") << 1 << 0.0 << false << true;
    }
    void levelOfDetail() {
        QFETCH(int, visible);
        QFETCH(double, plotWidth);
        QFETCH(bool, atMaximumZoom);
        QFETCH(bool, aggregates);
        QCOMPARE(DensityBins::useAggregates(visible, plotWidth, atMaximumZoom), aggregates);
    }

    void buildFromModel() {
        Report r;
        r.file = QStringLiteral("a.md");
        const auto add = [&r](PartialDate date, const QString &kind, std::optional<double> c,
                              bool nothing, int entries) {
            TurningPoint tp;
            tp.date = date;
            tp.kind = kind;
            tp.confidence = c;
            tp.nothingFound = nothing;
            for (int e = 0; e < entries; ++e)
                tp.entries.append(Entry());
            r.turningPoints.append(tp);
        };
        add(PartialDate::fromYearMonth(2021, 3), QStringLiteral(" 政策 "), 70, false, 2);
        add(PartialDate(), QStringLiteral("事件"), 80, false, 1); // undated: not placed
        add(PartialDate::fromYear(2020), QStringLiteral("Event"), std::nullopt, true, 0);
        add(PartialDate::fromYearMonthDay(2022, 1, 2), QStringLiteral("投资"), 55.5, false, 1);
        add(PartialDate::fromYearMonthDay(2022, 1, 3), QStringLiteral("投资"), 60, false, 1);
        add(PartialDate::fromYearMonthDay(2022, 1, 4), QStringLiteral("market"), 61, false, 1);
        TimelineModel model;
        model.addReport(r);
        MarkerStore store;
        store.build(&model);
        QCOMPARE(store.size(), 5);
        QCOMPARE(store.indexOf(0, 1), -1);
        const Marker &year = store.at(store.indexOf(0, 2));
        QCOMPARE(store.indexOf(0, 2), 0); // 2020 comes first
        QCOMPARE(year.first(), TimeScale::timeOf(QDate(2020, 1, 1)));
        QCOMPARE(year.after(), TimeScale::timeAfter(QDate(2020, 12, 31)));
        QVERIFY(!year.confidenceValue());
        QCOMPARE(year.confidencePercent(), 0);
        QVERIFY(year.has(MarkerStore::NothingFound));
        QCOMPARE(year.kind(), MarkerStore::KindClass::Event);
        const Marker &march = store.at(store.indexOf(0, 0));
        QCOMPARE(march.kind(), MarkerStore::KindClass::Policy);
        QCOMPARE(march.entries, quint16(2));
        QCOMPARE(march.time(), TimeScale::centreOf(QDate(2021, 3, 1), QDate(2021, 3, 31)));
        QCOMPARE(store.at(store.indexOf(0, 3)).confidenceValue(), std::optional<double>(55.5));
        QCOMPARE(store.at(store.indexOf(0, 3)).confidencePercent(), 56);
        QCOMPARE(store.otherKinds(),
                 QStringList({QStringLiteral("投资"), QStringLiteral("market")}));
        QCOMPARE(store.at(store.indexOf(0, 4)).kindId, store.at(store.indexOf(0, 3)).kindId);
        QCOMPARE(store.at(store.indexOf(0, 5)).kind(), MarkerStore::KindClass::Other);
        QCOMPARE(store.maxHalfExtent(), 366 / 2.0); // 2020 is a leap year: 366 days
    }
};

QTEST_APPLESS_MAIN(TestMarkerStore)
#include "tst_markerstore.moc"

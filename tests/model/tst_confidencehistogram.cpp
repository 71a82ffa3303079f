#include "confidencehistogram.h"
#include "reportparser.h"
#include "reporttestsupport.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"

#include <QTest>

using namespace Turnpoint;
using namespace Turnpoint::TestSupport;

namespace {

// Confidences at and around the bin edges, two unscored; every third turning point is a 政策.
const std::optional<double> Confidences[] = {0,  5,    9.99, 10,  55,           59.9,
                                             60, 99.5, 100,  100, std::nullopt, std::nullopt};

Report makeReport() {
    Report r;
    r.file = QStringLiteral("h.md");
    int line = 1;
    for (const std::optional<double> &c : Confidences) {
        TurningPoint tp;
        tp.line = line;
        tp.date = PartialDate::fromYear(2000 + line);
        tp.kind = line % 3 == 0 ? QStringLiteral("政策") : QStringLiteral("事件");
        tp.confidence = c;
        tp.nothingFound = true;
        r.turningPoints.append(tp);
        ++line;
    }
    return r;
}

} // namespace

class TestConfidenceHistogram : public QObject {
    Q_OBJECT

private slots:
    void binOf_data();
    void binOf();
    void binsAtTheEdges();
    void remainingAt_data();
    void remainingAt();
    void honoursEveryFilterButTheThreshold();
    void sampleBinsFromTheData();
    void empty();
};

void TestConfidenceHistogram::binOf_data() {
    QTest::addColumn<double>("confidence");
    QTest::addColumn<int>("bin");
    QTest::newRow("0") << 0.0 << 0;
    QTest::newRow("9.99") << 9.99 << 0;
    QTest::newRow("10") << 10.0 << 1;
    QTest::newRow("55") << 55.0 << 5;
    QTest::newRow("89.9") << 89.9 << 8;
    QTest::newRow("90") << 90.0 << 9;
    QTest::newRow("100 is in the last bin") << 100.0 << 9;
    QTest::newRow("above 100 clamped") << 120.0 << 9;
    QTest::newRow("negative clamped") << -3.0 << 0;
}

void TestConfidenceHistogram::binOf() {
    QFETCH(double, confidence);
    QFETCH(int, bin);
    QCOMPARE(ConfidenceHistogram::binOf(confidence), bin);
}

void TestConfidenceHistogram::binsAtTheEdges() {
    const Report r = makeReport();
    const ConfidenceHistogram h = ConfidenceHistogram::fromReports({&r});
    QCOMPARE(h.counts(), (QList<int>{3, 1, 0, 0, 0, 2, 1, 0, 0, 3}));
    QCOMPARE(h.count(9), 3);
    QCOMPARE(h.count(-1), 0);
    QCOMPARE(h.count(10), 0);
    QCOMPARE(h.unscored(), 2);
    QCOMPARE(h.scored(), 10);
    QCOMPARE(h.total(), 12);
    QCOMPARE(h.maximumCount(), 3);
    QCOMPARE(ConfidenceHistogram::binLower(9), 90);
    QCOMPARE(ConfidenceHistogram::binUpper(9), 100);
}

void TestConfidenceHistogram::remainingAt_data() {
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("remaining");
    QTest::newRow("0 keeps all, unscored too") << 0 << 12;
    QTest::newRow("1 drops unscored and 0") << 1 << 9;
    QTest::newRow("10 inclusive") << 10 << 7;
    QTest::newRow("56 cuts inside a bin") << 56 << 5;
    QTest::newRow("60 inclusive") << 60 << 4;
    QTest::newRow("100") << 100 << 2;
    QTest::newRow("above 100 clamped") << 130 << 2;
    QTest::newRow("negative clamped") << -5 << 12;
}

void TestConfidenceHistogram::remainingAt() {
    QFETCH(int, threshold);
    QFETCH(int, remaining);
    const Report r = makeReport();
    const ConfidenceHistogram h = ConfidenceHistogram::fromReports({&r});
    QCOMPARE(h.remainingAt(threshold), remaining);

    // The same number the proxy shows at that threshold.
    TimelineModel model;
    model.addReport(r);
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setMinimumConfidence(threshold);
    QCOMPARE(visibleTurningPoints(proxy), remaining);
}

void TestConfidenceHistogram::honoursEveryFilterButTheThreshold() {
    TimelineModel model;
    model.addReport(makeReport());
    TimelineFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setKindFilter(TimelineFilter::PolicyKind); // lines 3, 6, 9, 12: 9.99, 59.9, 100, unscored
    const ConfidenceHistogram policies = ConfidenceHistogram::fromProxy(proxy);
    QCOMPARE(policies.counts(), (QList<int>{1, 0, 0, 0, 0, 1, 0, 0, 0, 1}));
    QCOMPARE(policies.unscored(), 1);

    // Moving the threshold does not change the histogram; it changes what remains.
    for (int threshold : {0, 5, 50, 60, 100}) {
        proxy.setMinimumConfidence(threshold);
        const ConfidenceHistogram h = ConfidenceHistogram::fromProxy(proxy);
        QCOMPARE(h.counts(), policies.counts());
        QCOMPARE(h.unscored(), policies.unscored());
        QCOMPARE(h.remainingAt(threshold), visibleTurningPoints(proxy));
    }

    proxy.setDateRange(PartialDate::fromYear(2001), PartialDate::fromYear(2008));
    QCOMPARE(ConfidenceHistogram::fromProxy(proxy).total(), 2); // lines 3 and 6
    TimelineFilter filter = proxy.filter();
    QCOMPARE(ConfidenceHistogram::fromModel(model, filter).counts(),
             ConfidenceHistogram::fromProxy(proxy).counts());
}

void TestConfidenceHistogram::sampleBinsFromTheData() {
    const Report sample = ReportParser::parseFile(QStringLiteral(TURNPOINT_SAMPLE));
    QVERIFY(sample.isUsable());
    QList<int> expected(ConfidenceHistogram::BinCount, 0);
    int unscored = 0;
    for (const TurningPoint &tp : sample.turningPoints) {
        if (tp.confidence)
            ++expected[qMin(int(*tp.confidence) / 10, 9)];
        else
            ++unscored;
    }
    const ConfidenceHistogram h = ConfidenceHistogram::fromReports({&sample});
    QCOMPARE(h.counts(), expected);
    QCOMPARE(h.unscored(), unscored);
    QCOMPARE(h.total(), int(sample.turningPoints.size()));
    // The sample: 56 five times, 62-69 five times.
    QCOMPARE(h.count(5), 5);
    QCOMPARE(h.count(6), 5);
    QCOMPARE(h.remainingAt(60), 5);
}

void TestConfidenceHistogram::empty() {
    const ConfidenceHistogram h;
    QCOMPARE(h.total(), 0);
    QCOMPARE(h.maximumCount(), 0);
    QCOMPARE(h.remainingAt(0), 0);
    QCOMPARE(h.counts().size(), ConfidenceHistogram::BinCount);
}

QTEST_GUILESS_MAIN(TestConfidenceHistogram)
#include "tst_confidencehistogram.moc"

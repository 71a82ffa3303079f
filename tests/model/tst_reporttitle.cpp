#include "reporttitle.h"

#include <QtTest>

using namespace Turnpoint;

class TestReportTitle : public QObject {
    Q_OBJECT

private slots:
    void parse_data() {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("sector");
        auto row = [](const char *name, const char16_t *title, const char16_t *region,
                      const char16_t *sector) {
            QTest::newRow(name) << QString::fromUtf16(title) << QString::fromUtf16(region)
                                << QString::fromUtf16(sector);
        };
        row("sample zh", u"云南省工业部门碳排放关键政策与事件汇编", u"云南省", u"工业部门");
        row("autonomous region zh", u"广西壮族自治区建筑部门碳排放关键政策与事件汇编",
            u"广西壮族自治区", u"建筑部门");
        row("longest region zh", u"新疆维吾尔自治区能源部门碳排放", u"新疆维吾尔自治区",
            u"能源部门");
        row("municipality zh", u"北京市交通运输行业碳排放", u"北京市", u"交通运输行业");
        row("first 市 ends it", u"北京市市场监管领域政策", u"北京市", u"市场监管领域");
        row("SAR zh", u"香港特别行政区建筑部门", u"香港特别行政区", u"建筑部门");
        row("region without sector", u"云南省碳排放关键政策", u"云南省", u"");
        row("省级 is not a region", u"省级重点项目汇编", u"", u"");
        row("no region zh", u"碳排放关键政策与事件汇编", u"", u"");
        row("sample en",
            u"Guangxi Zhuang Autonomous Region Building Sector Carbon Emissions: Key Policies",
            u"Guangxi Zhuang Autonomous Region", u"Building Sector");
        row("province en", u"Yunnan Province Industry Sector Carbon Emissions", u"Yunnan Province",
            u"Industry Sector");
        row("two-word sector en", u"Sichuan Province Road Transport Sector Carbon Emissions",
            u"Sichuan Province", u"Road Transport Sector");
        row("no administrative word", u"Inner Mongolia Power Sector Carbon Emissions",
            u"Inner Mongolia", u"Power Sector");
        row("leading blanks", u"   Hubei Province Agriculture Sector", u"Hubei Province",
            u"Agriculture Sector");
        row("no sector en", u"Carbon Emissions in Yunnan: Key Policies", u"", u"");
        row("lower case is not a name", u"the power sector in review", u"", u"");
        row("empty", u"", u"", u"");
        row("blank", u"  \t ", u"", u"");
    }
    void parse() {
        QFETCH(QString, title);
        QFETCH(QString, region);
        QFETCH(QString, sector);
        const ReportTitle fields = ReportTitle::parse(title);
        QCOMPARE(fields.region, region);
        QCOMPARE(fields.sector, sector);
    }
};

QTEST_APPLESS_MAIN(TestReportTitle)
#include "tst_reporttitle.moc"

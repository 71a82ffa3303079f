#include "charttext.h"
#include "thresholdline.h"
#include "uilanguage.h"

#include <QFont>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QtTest>

using namespace Turnpoint;

class TestThresholdLine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(UiLanguage::install(QStringLiteral("en"))); }

    void lineAndValue_data() {
        QTest::addColumn<double>("y");
        QTest::addColumn<bool>("above"); // the value above the line, or below it
        QTest::newRow("middle") << 150.0 << true;
        QTest::newRow("bottom") << 310.0 << true;
        QTest::newRow("at the top") << 10.0 << false;
        QTest::newRow("just below the top") << 12.0 << false;
    }
    void lineAndValue() {
        QFETCH(double, y);
        QFETCH(bool, above);
        QGraphicsScene scene;
        auto *layer = new QGraphicsRectItem;
        scene.addItem(layer);
        const QRectF plot(40, 10, 500, 300);
        const QRectF occupied = ThresholdLine::draw(plot, y, 60, QFont(), layer);

        const QList<QGraphicsItem *> items = layer->childItems();
        QCOMPARE(items.size(), 2);
        auto *line = dynamic_cast<QGraphicsLineItem *>(items.at(0));
        auto *label = dynamic_cast<QGraphicsSimpleTextItem *>(items.at(1));
        QVERIFY(line && label);
        QCOMPARE(line->line(), QLineF(plot.left(), y, plot.right(), y));
        QCOMPARE(line->pen().style(), Qt::DashLine);
        QCOMPARE(label->text(), ChartText::threshold(60));
        QVERIFY(label->zValue() > line->zValue());

        const QRectF r = label->sceneBoundingRect();
        QVERIFY(qAbs(r.right() - (plot.right() - 4)) < 0.01);
        if (above)
            QVERIFY(r.bottom() < y);
        else
            QVERIFY(r.top() > y);
        QVERIFY(r.top() >= plot.top());
        // Marker labels keep clear of the value and a little around it.
        QVERIFY(occupied.contains(r));
        QVERIFY(occupied.width() > r.width());
    }
};

QTEST_MAIN(TestThresholdLine)
#include "tst_thresholdline.moc"

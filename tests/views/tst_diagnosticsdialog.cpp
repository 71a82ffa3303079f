#include "diagnosticsdialog.h"
#include "reportparser.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Turnpoint;

// Diagnostics are found in one language and may be read in another: the window's language can
// change while a report is open. The list must follow, like every other visible string.
class tst_DiagnosticsDialog : public QObject {
    Q_OBJECT

private slots:
    void messagesFollowTheLanguage();
    void textArrivingWhileOpen();
};

void tst_DiagnosticsDialog::messagesFollowTheLanguage() {
    const Report report =
        ReportParser::parseText(u"# 标题\n\n### 转折点：2019年3月（政策）— 置信度：高\n\n"
                                u"### 转折点：2020年3月（政策）\n",
                                QStringLiteral("r.md"));
    QCOMPARE(report.diagnostics.size(), 2);
    const QString english0 = QStringLiteral("confidence “高” is not a number; it is left empty");
    const QString english1 = QStringLiteral("no confidence given");
    QCOMPARE(report.diagnostics[0].text(), english0);
    QCOMPARE(report.diagnostics[1].text(), english1);

    DiagnosticsDialog dialog;
    dialog.setReports({{QStringLiteral("r.md"), report.diagnostics, QString()}});
    auto *list = dialog.findChild<QTreeWidget *>();
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 2);
    const int messageColumn = list->columnCount() - 1;
    QCOMPARE(list->topLevelItem(0)->text(messageColumn), english0);

    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/turnpoint_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&chinese)); // sends LanguageChange
    QCoreApplication::processEvents();
    // The text is made again, with what it quotes; the message kept from the parse stays.
    QCOMPARE(report.diagnostics[0].text(), QStringLiteral("置信度“高”不是数字，按未注明处理"));
    QCOMPARE(report.diagnostics[1].text(), QStringLiteral("未注明置信度"));
    QCOMPARE(report.diagnostics[1].message, english1);
    QCOMPARE(list->topLevelItem(0)->text(messageColumn), report.diagnostics[0].text());
    QCOMPARE(list->topLevelItem(1)->text(messageColumn), QStringLiteral("未注明置信度"));

    QCoreApplication::removeTranslator(&chinese);
    QCoreApplication::processEvents();
    QCOMPARE(list->topLevelItem(1)->text(messageColumn), english1);
}

// The window reads a report's text in the background and gives the list again when it arrives
// (or the report is reloaded): the diagnostic being looked at stays selected and its context
// shows the text.
void tst_DiagnosticsDialog::textArrivingWhileOpen() {
    const QString text = QStringLiteral("# 标题\n\n### 转折点：2019年3月（政策）— 置信度：高\n");
    const Report report = ReportParser::parseText(text, QStringLiteral("r.md"));
    QCOMPARE(report.diagnostics.size(), 1);
    const int line = report.diagnostics[0].line;
    QVERIFY(line > 1);

    DiagnosticsDialog dialog;
    dialog.setReports({{QStringLiteral("r.md"), report.diagnostics, QString()}});
    dialog.list()->setCurrentItem(dialog.list()->topLevelItem(0));
    QVERIFY(dialog.context()->toPlainText().isEmpty());

    dialog.setReports({{QStringLiteral("r.md"), report.diagnostics, text}});
    QCOMPARE(dialog.diagnosticCount(), 1);
    QCOMPARE(dialog.list()->currentItem(), dialog.list()->topLevelItem(0));
    QCOMPARE(dialog.context()->toPlainText(), text);
    QCOMPARE(dialog.context()->textCursor().blockNumber(), line - 1);

    // A list without that diagnostic selects nothing, as a new list does.
    dialog.setReports({{QStringLiteral("other.md"), report.diagnostics, text}});
    QVERIFY(!dialog.list()->currentItem());
    QVERIFY(dialog.context()->toPlainText().isEmpty());
}

QTEST_MAIN(tst_DiagnosticsDialog)
#include "tst_diagnosticsdialog.moc"

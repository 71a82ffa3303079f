// Both UI languages, loaded for real: menus, status text, chart axis title, outline, detail
// panel, dates and plural forms; switching live; Qt's own strings; the translated --help.

#include "datetext.h"
#include "detailpanel.h"
#include "diagnosticsdialog.h"
#include "filterbar.h"
#include "fontcheck.h"
#include "mainwindow.h"
#include "outlinedelegate.h"
#include "outlineview.h"
#include "timelinechart.h"
#include "timelinechartview.h"
#include "timelinefiltermodel.h"
#include "timelinemodel.h"
#include "uilanguage.h"
#include "windowtestsupport.h"

#include <algorithm>
#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

using namespace Turnpoint;

namespace {

const QString Sample = QStringLiteral(TURNPOINT_SAMPLE);

// Every action text of the menu bar, submenus included.
QStringList menuTexts(QMenuBar *bar) {
    QStringList texts;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            texts.append(action->text());
            if (action->menu())
                walk(action->menu()->actions());
        }
    };
    walk(bar->actions());
    return texts;
}

QStringList chartTexts(TimelineChart *chart) {
    QStringList texts;
    const QList<QGraphicsItem *> items = chart->scene()->items();
    for (QGraphicsItem *item : items)
        if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(simple->text());
    return texts;
}

void switchTo(MainWindow &w, const QString &code) {
    w.setLanguage(code);
    // QApplication posts LanguageChange to the windows; let it arrive.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

bool hasChinese(const QString &text) {
    return text.contains(QRegularExpression(QStringLiteral("\\p{Han}")));
}

// What the window's own widgets show that is meant to be read: label and button texts,
// placeholders and tool tips of every visible widget, keyed by a description for the failure
// message. The detail panel is left out: it shows the report's text.
QHash<QString, QString> visibleUiTexts(MainWindow &w) {
    QHash<QString, QString> texts;
    const QList<QWidget *> widgets = w.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        bool inDetails = false;
        for (QWidget *p = widget; p && !inDetails; p = p->parentWidget())
            inDetails = p == w.detailPanel();
        if (inDetails)
            continue;
        const QString name = QString::fromLatin1(widget->metaObject()->className()) +
                             QLatin1Char('/') + widget->objectName();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.insert(name + QStringLiteral(" text ") + label->text(), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.insert(name + QStringLiteral(" text ") + button->text(), button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts.insert(name + QStringLiteral(" placeholder ") + edit->placeholderText(),
                         edit->placeholderText());
        texts.insert(name + QStringLiteral(" tool tip ") + widget->toolTip(), widget->toolTip());
    }
    return texts;
}

// Texts that are the same in both languages: numbers, symbols, names.
bool sameInEveryLanguage(const QString &text) {
    static const QRegularExpression noWords(QStringLiteral("^[^\\p{L}]*$"));
    return text.trimmed().isEmpty() || noWords.match(text).hasMatch() ||
           text == QStringLiteral("Turnpoint") || text == QStringLiteral("English") ||
           text == QStringLiteral("简体中文");
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase() { QVERIFY(TestSupport::useTemporarySettings(m_config)); }

    void translationsAreEmbedded() {
        for (const QString &code : UiLanguage::available()) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(":/i18n/turnpoint_%1.qm").arg(code)),
                     qPrintable(code));
            QVERIFY(!translator.isEmpty());
        }
        QVERIFY(!UiLanguage::install(QStringLiteral("fr")));
    }

    void windowInBothLanguages() {
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
        MainWindow w;
        QVERIFY(TestSupport::showWithSample(w, QSize(1400, 900)));
        const QModelIndex tp =
            w.proxy()->mapFromSource(w.model()->turningPointIndex(0, 0)); // 2019年3月
        w.selectionModel()->setCurrentIndex(tp, QItemSelectionModel::ClearAndSelect);
        TimelineChart *chart = w.chartView()->timelineChart();
        const auto axisTitle = [chart] { return chart->axes(Qt::Vertical).first()->titleText(); };
        OutlineDelegate *delegate = w.outline()->outlineDelegate();

        switchTo(w, QStringLiteral("zh_CN"));
        QCOMPARE(UiLanguage::current(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        QStringList menus = menuTexts(w.menuBar());
        QVERIFY(menus.contains(QStringLiteral("文件(&F)")));
        QVERIFY(menus.contains(QStringLiteral("视图(&V)")));
        QVERIFY(menus.contains(QStringLiteral("重新载入(&R)")));
        QVERIFY(menus.contains(QStringLiteral("关于 Turnpoint(&A)")));
        // Nothing left in English, except the language list, where each is in its own,
        // and entries with no words at all (the PNG scales "&1×", "&2×", "&3×").
        const auto hasLatinLetter = [](const QString &text) {
            return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
                return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
            });
        };
        QVERIFY(menus.contains(QStringLiteral("&2×")));
        for (const QString &text : std::as_const(menus))
            QVERIFY2(hasChinese(text) || text == QStringLiteral("English") || !hasLatinLetter(text),
                     qPrintable(text));
        QCOMPARE(w.statusText(), QStringLiteral("共 10 个转折点，10 个置信度 ≥ 0%"));
        QCOMPARE(axisTitle(), QStringLiteral("置信度"));
        QCOMPARE(w.proxy()->headerData(TimelineModel::DateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("日期"));
        QCOMPARE(delegate->cellText(tp), QStringLiteral("2019年3月"));
        QVERIFY(w.detailPanel()->text().contains(QStringLiteral("类型")));
        QVERIFY(w.detailPanel()->text().contains(QStringLiteral("2019年3月（月）")));
        const QStringList zhChart = chartTexts(chart);
        QVERIFY2(zhChart.contains(QStringLiteral("2020年1月")), qPrintable(zhChart.join(u'|')));
        QVERIFY(zhChart.contains(QStringLiteral("未监测到")));
        QVERIFY(menus.contains(QStringLiteral("简体中文")));

        switchTo(w, QStringLiteral("en"));
        menus = menuTexts(w.menuBar());
        QVERIFY(menus.contains(QStringLiteral("&File")));
        QVERIFY(menus.contains(QStringLiteral("&Reload")));
        QCOMPARE(w.statusText(), QStringLiteral("10 of 10 turning points ≥ 0%"));
        QCOMPARE(axisTitle(), QStringLiteral("Confidence"));
        QCOMPARE(w.proxy()->headerData(TimelineModel::DateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Date"));
        QCOMPARE(delegate->cellText(tp), QStringLiteral("Mar 2019"));
        QVERIFY(w.detailPanel()->text().contains(QStringLiteral("Mar 2019 (month)")));
        const QStringList enChart = chartTexts(chart);
        QVERIFY2(enChart.contains(QStringLiteral("Jan 2020")), qPrintable(enChart.join(u'|')));
        QVERIFY(!std::any_of(enChart.cbegin(), enChart.cend(),
                             [](const QString &t) { return t.contains(QStringLiteral("年")); }));
    }

    // "Switching language changes every visible string": whatever the window shows in English,
    // none of it is still the same after the switch to Chinese.
    void everyVisibleStringSwitches() {
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
        MainWindow w;
        QVERIFY(TestSupport::showWithSample(w, QSize(1400, 900)));
        QCoreApplication::processEvents();
        const QHash<QString, QString> english = visibleUiTexts(w);
        QVERIFY(english.size() > 20); // the walk does see the window
        switchTo(w, QStringLiteral("zh_CN"));
        const QHash<QString, QString> chinese = visibleUiTexts(w);
        QStringList unchanged;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (sameInEveryLanguage(it.value()))
                continue;
            // Keyed by the English text: a text that changed has a new key.
            if (chinese.contains(it.key()))
                unchanged.append(it.key());
        }
        QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged.join(QStringLiteral("\n"))));
        switchTo(w, QStringLiteral("en"));
    }

    // The start-up language: --lang, else the choice saved in View → Language, else the
    // system's; values that are not a supported language are passed over.
    void startupLanguageChoice() {
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        const QLocale taiwan(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QString en = QStringLiteral("en");
        const QString zh = QStringLiteral("zh_CN");
        QCOMPARE(UiLanguage::choose(en, zh, chinese), en);
        QCOMPARE(UiLanguage::choose(zh, en, german), zh);
        QCOMPARE(UiLanguage::choose(QString(), zh, german), zh);
        QCOMPARE(UiLanguage::choose(QString(), en, chinese), en);
        QCOMPARE(UiLanguage::choose(QString(), QString(), chinese), zh);
        QCOMPARE(UiLanguage::choose(QString(), QString(), taiwan), zh);
        QCOMPARE(UiLanguage::choose(QString(), QString(), german), en);
        // A bad --lang (reported by main) or a damaged setting falls through.
        QCOMPARE(UiLanguage::choose(QStringLiteral("fr"), zh, german), zh);
        QCOMPARE(UiLanguage::choose(QStringLiteral("fr"), QStringLiteral("xx"), chinese), zh);
        QCOMPARE(UiLanguage::choose(QString(), QStringLiteral("zh"), german), en);
    }

    // The font warning's decision: some family must have every probe glyph itself.
    void chineseFontCheck() {
        const QStringList families{QStringLiteral("Latin Only"), QStringLiteral("Partial"),
                                   QStringLiteral("Noto Sans CJK SC")};
        const auto glyphs = [](const QString &family, QChar c) {
            if (family == QStringLiteral("Noto Sans CJK SC"))
                return true;
            if (family == QStringLiteral("Partial"))
                return c != QChar(u'折'); // claims Chinese, lacks a character
            return c.unicode() < 0x80;
        };
        QVERIFY(FontCheck::anyFamilyCoversChinese(families, glyphs));
        QVERIFY(!FontCheck::anyFamilyCoversChinese(families.mid(0, 2), glyphs));
        QVERIFY(!FontCheck::anyFamilyCoversChinese({}, glyphs));
        // The warning names the package that fixes it, in both languages.
        QVERIFY(UiLanguage::install(QStringLiteral("zh_CN")));
        QVERIFY(FontCheck::missingFontWarning().contains(QStringLiteral("fonts-noto-cjk")));
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
        QVERIFY(FontCheck::missingFontWarning().contains(QStringLiteral("fonts-noto-cjk")));
    }

    void dialogsFollow() {
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(TestSupport::openAndWait(
            w, {QStringLiteral(TURNPOINT_TEST_DATA "/parser/diag-order.md")}));
        w.showDiagnostics();
        DiagnosticsDialog *dialog = w.diagnosticsDialog();
        QCOMPARE(dialog->list()->headerItem()->text(1), QStringLiteral("Line"));
        switchTo(w, QStringLiteral("zh_CN"));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("诊断信息"));
        QCOMPARE(dialog->list()->headerItem()->text(1), QStringLiteral("行"));
        QCOMPARE(dialog->list()->topLevelItem(0)->text(2), QStringLiteral("警告"));

        // Qt's own translation is installed with ours: standard buttons follow.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QVERIFY(box.button(QDialogButtonBox::Ok)->text().startsWith(QStringLiteral("确定")));
        switchTo(w, QStringLiteral("en"));
        QDialogButtonBox english(QDialogButtonBox::Ok);
        QVERIFY(!hasChinese(english.button(QDialogButtonBox::Ok)->text()));
    }

    void datesFollowTheLanguage() {
        const QLocale zh(QStringLiteral("zh_CN"));
        const QLocale en(QStringLiteral("en"));
        QCOMPARE(DateText::monthYear(QDate(2019, 3, 1), zh), QStringLiteral("2019年3月"));
        QCOMPARE(DateText::day(QDate(2022, 3, 29), zh), QStringLiteral("2022年3月29日"));
        QCOMPARE(DateText::monthYear(QDate(2019, 3, 1), en), QStringLiteral("Mar 2019"));
        QCOMPARE(DateText::day(QDate(2022, 3, 29), en), QStringLiteral("29 Mar 2022"));
        // A month stays a month: never shown as its first day.
        PartialDate month;
        month.precision = PartialDate::Month;
        month.year = 2019;
        month.month = 3;
        QCOMPARE(DateText::partialDate(month, zh), QStringLiteral("2019年3月"));
        QCOMPARE(DateText::partialDate(month, en), QStringLiteral("Mar 2019"));
    }

    void pluralForms() {
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
        QCOMPARE(MainWindow::tr("%n warning(s)", nullptr, 1), QStringLiteral("1 warning"));
        QCOMPARE(MainWindow::tr("%n warning(s)", nullptr, 3), QStringLiteral("3 warnings"));
        QCOMPARE(FilterBar::tr("%1 of %n turning point(s) ≥ %2%", nullptr, 1).arg(1).arg(0),
                 QStringLiteral("1 of 1 turning point ≥ 0%"));
        QCOMPARE(FilterBar::tr("%1 of %n turning point(s) ≥ %2%", nullptr, 3).arg(2).arg(50),
                 QStringLiteral("2 of 3 turning points ≥ 50%"));
        QVERIFY(UiLanguage::install(QStringLiteral("zh_CN")));
        QCOMPARE(MainWindow::tr("%n warning(s)", nullptr, 3), QStringLiteral("3 条警告"));
        QVERIFY(UiLanguage::install(QStringLiteral("en")));
    }

    // The command-line help is built after the language is known, so it is translated too.
    void helpIsTranslated() {
        QProcess process;
        process.start(
            QStringLiteral(TURNPOINT_BIN),
            {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString zh = QString::fromLocal8Bit(process.readAllStandardOutput());
        QVERIFY2(zh.contains(QStringLiteral("界面语言：zh_CN 或 en。")), qPrintable(zh));
        QVERIFY(zh.contains(QStringLiteral("在命令行选项上显示帮助。"))); // Qt's own line

        process.start(QStringLiteral(TURNPOINT_BIN),
                      {QStringLiteral("--lang=en"), QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        const QString en = QString::fromLocal8Bit(process.readAllStandardOutput());
        QVERIFY(en.contains(QStringLiteral("User interface language: zh_CN or en.")));

        // Usage errors, in the language asked for.
        process.start(QStringLiteral(TURNPOINT_BIN),
                      {QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                       QStringLiteral("--min-confidence"), QStringLiteral("150"),
                       QStringLiteral("--export-json"), QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromLocal8Bit(process.readAllStandardError())
                    .contains(QStringLiteral("需要 0 到 100 之间的整数")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

#include "uilanguage.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Turnpoint {

namespace {

const QString English = QStringLiteral("en");
const QString SimplifiedChinese = QStringLiteral("zh_CN");

// Parented to the application object, which deletes them; removed and replaced on a switch.
QPointer<QTranslator> ownTranslator;
QPointer<QTranslator> qtTranslator;
QString currentCode;

void removeTranslator(QPointer<QTranslator> &translator) {
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
}

} // namespace

QStringList UiLanguage::available() {
    return {English, SimplifiedChinese};
}

bool UiLanguage::isSupported(const QString &code) {
    return available().contains(code);
}

QString UiLanguage::systemDefault() {
    return forLocale(QLocale::system());
}

QString UiLanguage::forLocale(const QLocale &locale) {
    // Any Chinese locale gets the Simplified Chinese UI: it is the only Chinese translation, and
    // far closer to a Traditional Chinese reader than English.
    return locale.language() == QLocale::Chinese ? SimplifiedChinese : English;
}

QString UiLanguage::choose(const QString &option, const QString &saved,
                           const QLocale &systemLocale) {
    if (isSupported(option))
        return option;
    if (isSupported(saved))
        return saved;
    return forLocale(systemLocale);
}

QString UiLanguage::current() {
    return currentCode;
}

QString UiLanguage::nativeName(const QString &code) {
    // Deliberately not translated: a language is listed under its own name, so someone who
    // cannot read the current UI language still finds theirs.
    if (code == SimplifiedChinese)
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

bool UiLanguage::install(const QString &code) {
    if (!isSupported(code)) {
        //: Standard error: %1 is the language code that was asked for
        qWarning("%s", qUtf8Printable(tr("turnpoint: unsupported UI language \"%1\"").arg(code)));
        return false;
    }
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    removeTranslator(ownTranslator);
    removeTranslator(qtTranslator);

    // The default locale first: widgets that retranslate on LanguageChange read it for dates.
    QLocale::setDefault(QLocale(code));

    bool ok = true;
    auto own = new QTranslator(app);
    // English has a translation too: it holds the plural forms ("1 turning point").
    if (own->load(QStringLiteral(":/i18n/turnpoint_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(own);
        ownTranslator = own;
    } else {
        //: Standard error: %1 is the language code (zh_CN, en) whose translation is missing
        qWarning("%s", qUtf8Printable(tr("turnpoint: could not load the %1 translation; showing "
                                         "the original texts")
                                          .arg(code)));
        delete own;
        ok = false;
    }

    // Qt's sources are English; only other languages need Qt's own translation.
    if (code != English) {
        auto qt = new QTranslator(app);
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(qt);
            qtTranslator = qt;
        } else {
            //: Standard error: %1 is the language code, %2 Qt's translations directory;
            //: qt6-translations-l10n is the Debian package name
            qWarning("%s", qUtf8Printable(tr("turnpoint: Qt's own %1 translation was not found "
                                             "in %2 (package qt6-translations-l10n); standard "
                                             "dialogs stay in English")
                                              .arg(code, dir)));
            delete qt;
        }
    }
    currentCode = code;
    return ok;
}

} // namespace Turnpoint

#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Turnpoint {

// The UI language: Turnpoint's own translation (embedded as :/i18n/turnpoint_CODE.qm) plus Qt's
// (qtbase_CODE.qm from Qt's translations directory, so standard dialogs and the command-line
// help's own lines follow), and the default QLocale, which decides how dates are written.
//
// Installing a language replaces the previous one; Qt then sends QEvent::LanguageChange to
// every widget, which retranslates itself.
class UiLanguage {
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    static QStringList available(); // "en", "zh_CN"
    static bool isSupported(const QString &code);
    // The system locale's language when Turnpoint has it, English otherwise.
    static QString systemDefault();
    // The language Turnpoint uses for `locale`: Simplified Chinese for any Chinese locale,
    // English for everything else.
    static QString forLocale(const QLocale &locale);
    // The language to start with: the --lang value when it names a supported language, else the
    // choice saved in View → Language (pass an empty one to ignore it), else the system
    // locale's. Unsupported values are skipped, not errors: the caller reports a bad --lang.
    static QString choose(const QString &option, const QString &saved, const QLocale &systemLocale);
    // The language of the last successful install(), empty before the first.
    static QString current();
    // Installs `code` (which must be supported). Returns false, with a warning on stderr, when
    // Turnpoint's own translation could not be loaded; the source strings are then shown. A
    // missing Qt translation is only a warning: it needs a package (qt6-translations-l10n).
    static bool install(const QString &code);
    // The language's name in that language, for the language menu: "English", "简体中文".
    static QString nativeName(const QString &code);
};

} // namespace Turnpoint

#include "fontcheck.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>

#include <algorithm>

namespace Turnpoint {

bool FontCheck::hasChineseFont() {
    return anyFamilyCoversChinese(QFontDatabase::families(QFontDatabase::SimplifiedChinese),
                                  [](const QString &family, QChar c) {
                                      // inFont() looks at that font only, not at the fallbacks that
                                      // would draw the text.
                                      return QFontMetrics(QFont(family)).inFont(c);
                                  });
}

bool FontCheck::anyFamilyCoversChinese(const QStringList &families, const GlyphTest &hasGlyph) {
    const QString probe = QStringLiteral("转折点");
    return std::any_of(families.cbegin(), families.cend(), [&](const QString &family) {
        return std::all_of(probe.cbegin(), probe.cend(),
                           [&](QChar c) { return hasGlyph(family, c); });
    });
}

QString FontCheck::missingFontWarning() {
    const char *source = QT_TR_NOOP("No installed font can show Chinese text; report titles and "
                                    "entries will be empty boxes. Install the package "
                                    "fonts-noto-cjk (apt-get install fonts-noto-cjk).");
    const QString translated = tr(source);
    const QString original = QString::fromUtf8(source);
    return translated == original ? original : translated + QStringLiteral(" / ") + original;
}

} // namespace Turnpoint

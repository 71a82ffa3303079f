#include "fontcheck.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>

#include <algorithm>

namespace Turnpoint {

bool FontCheck::hasChineseFont() {
    const QString probe = QStringLiteral("转折点");
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &family : families) {
        const QFontMetrics metrics{QFont(family)};
        // inFont() looks at that font only, not at the fallbacks that would draw the text.
        if (std::all_of(probe.cbegin(), probe.cend(),
                        [&metrics](QChar c) { return metrics.inFont(c); }))
            return true;
    }
    return false;
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

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace Turnpoint {

// Reports are Chinese. Without a font that has Chinese glyphs every title renders as empty
// boxes, and nothing else tells the user why; the window and stderr say so, with the package
// that fixes it.
class FontCheck {
    Q_DECLARE_TR_FUNCTIONS(FontCheck)

public:
    // True when an installed font really has glyphs for 转折点. fontconfig's writing-system tag
    // alone is not trusted: a font can claim Chinese and lack the characters.
    static bool hasChineseFont();
    // The decision behind hasChineseFont(), apart from the installed fonts so it can be tested:
    // true when one of `families` has a glyph for every character of the probe text, as
    // `hasGlyph(family, character)` says.
    using GlyphTest = std::function<bool(const QString &family, QChar character)>;
    static bool anyFamilyCoversChinese(const QStringList &families, const GlyphTest &hasGlyph);
    // The warning, translated; in the Chinese UI with the English original as well, since the
    // translation is exactly what cannot be rendered then.
    static QString missingFontWarning();
};

} // namespace Turnpoint

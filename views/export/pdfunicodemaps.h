#pragma once

#include <QByteArray>

namespace Turnpoint {

// Repairs the text layer of PDFs written by QPdfWriter for Chinese text.
//
// Qt writes each embedded font's ToUnicode map (which tells viewers what text a glyph is, for
// copying and searching) by asking the font which code point maps to each glyph and taking the
// lowest. CJK fonts such as Noto Sans CJK give a common ideograph and its Kangxi radical the
// same glyph, so 工 (U+5DE5) is written as ⼯ (U+2F2F), 方 as ⽅, 日 as ⽇: the PDF looks right
// but "工业" cannot be found or copied. The radicals' compatibility decompositions (NFKC) name
// the ideographs; replacing them in the maps changes no byte count, so the file's offsets stay
// valid.
class PdfUnicodeMaps {
public:
    // Rewrites, in place, Kangxi and CJK radical code points in the uncompressed ToUnicode maps
    // of `pdf` to the ideographs they stand for. Returns how many were replaced; anything it
    // does not recognise is left as it is.
    static int preferUnifiedIdeographs(QByteArray *pdf);
};

} // namespace Turnpoint

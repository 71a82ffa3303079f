#include "pdfunicodemaps.h"

#include <QByteArrayView>
#include <QString>

namespace Turnpoint {

namespace {

// The ideograph a radical stands for (NFKC), or 0 when it is not a radical with one.
char16_t unifiedFor(char16_t code) {
    // CJK Radicals Supplement and Kangxi Radicals.
    if (code < 0x2E80 || code > 0x2FDF)
        return 0;
    const QString normal = QString(QChar(code)).normalized(QString::NormalizationForm_KC);
    if (normal.size() != 1)
        return 0;
    const char16_t unified = normal.at(0).unicode();
    // CJK Unified Ideographs (BMP), so the replacement is again four hex digits.
    return unified >= 0x4E00 && unified <= 0x9FFF ? unified : 0;
}

bool isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Destination strings of a CMap's bfrange arrays ("<lo> <hi> [<d1> <d2> ...]") and bfchar
// pairs ("<src> <dst>") between `begin` and `end` in `data`; replaces radicals there.
int fixMap(char *data, qsizetype begin, qsizetype end) {
    int replaced = 0;
    const QByteArrayView map(data + begin, end - begin);
    const auto fixToken = [&](qsizetype at) { // at: offset of '<' of a 4-digit token
        bool ok = false;
        const uint code = QByteArray(data + at + 1, 4).toUInt(&ok, 16);
        const char16_t unified = ok ? unifiedFor(char16_t(code)) : 0;
        if (!unified)
            return;
        const QByteArray hex = QByteArray::number(uint(unified), 16).toUpper();
        std::copy(hex.cbegin(), hex.cend(), data + at + 1);
        ++replaced;
    };
    // Tokens: '<' + 4 hex digits + '>'; only those that are destinations.
    bool inRange = false;
    bool inChar = false;
    bool inArray = false;
    int tokenInLine = 0;
    for (qsizetype i = 0; i < map.size(); ++i) {
        const char c = map[i];
        if (c == '\n') {
            tokenInLine = 0;
            continue;
        }
        if (map.sliced(i).startsWith("beginbfrange")) {
            inRange = true;
        } else if (map.sliced(i).startsWith("endbfrange")) {
            inRange = false;
        } else if (map.sliced(i).startsWith("beginbfchar")) {
            inChar = true;
        } else if (map.sliced(i).startsWith("endbfchar")) {
            inChar = false;
        } else if (c == '[') {
            inArray = inRange;
        } else if (c == ']') {
            inArray = false;
        } else if (c == '<' && i + 5 < map.size() && map[i + 5] == '>' && isHex(map[i + 1]) &&
                   isHex(map[i + 2]) && isHex(map[i + 3]) && isHex(map[i + 4])) {
            ++tokenInLine;
            if (inArray || (inChar && tokenInLine == 2))
                fixToken(begin + i);
            i += 5;
        }
    }
    return replaced;
}

} // namespace

int PdfUnicodeMaps::preferUnifiedIdeographs(QByteArray *pdf) {
    int replaced = 0;
    char *data = pdf->data();
    const QByteArrayView all(*pdf);
    qsizetype from = 0;
    while (true) {
        const qsizetype ref = all.indexOf("/ToUnicode ", from);
        if (ref < 0)
            break;
        from = ref + 11;
        // "/ToUnicode N 0 R" -> the object "N 0 obj".
        qsizetype digitsEnd = from;
        while (digitsEnd < all.size() && all[digitsEnd] >= '0' && all[digitsEnd] <= '9')
            ++digitsEnd;
        if (digitsEnd == from || !all.sliced(digitsEnd).startsWith(" 0 R"))
            continue;
        const QByteArray header =
            "\n" + all.sliced(from, digitsEnd - from).toByteArray() + " 0 obj";
        const qsizetype object = all.indexOf(header);
        if (object < 0)
            continue;
        const qsizetype stream = all.indexOf("stream", object);
        const qsizetype objectEnd = all.indexOf("endobj", object);
        if (stream < 0 || objectEnd < 0 || stream > objectEnd)
            continue;
        // Only maps written as plain text (as Qt 6.4 writes them); a filtered stream is left.
        if (all.sliced(object, stream - object).contains("/Filter"))
            continue;
        const qsizetype mapEnd = all.indexOf("endstream", stream);
        if (mapEnd < 0 || mapEnd > objectEnd)
            continue;
        replaced += fixMap(data, stream + 6, mapEnd);
    }
    return replaced;
}

} // namespace Turnpoint

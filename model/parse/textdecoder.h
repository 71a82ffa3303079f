#pragma once

#include "report.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Turnpoint {

struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
    QList<Diagnostic> diagnostics;
    bool ok = false; // false: the bytes are not text we can read (diagnostics say why)
};

// Detects and decodes the encodings reports arrive in: UTF-8 with or without BOM, UTF-16 with
// BOM, and GB18030/GBK. Undecodable bytes are reported with their line, never guessed silently.
class TextDecoder {
public:
    static DecodedText decode(const QByteArray &bytes);

    // For decoding a large file a piece at a time (ReportParser::parseFileInPieces()), in the
    // one case where that gives exactly what decode() gives for the whole: UTF-8, with or
    // without BOM, well-formed, without control characters. Pieces must end at a line end.
    //
    // The first piece: false when the file may be anything else (empty, UTF-16, a known binary
    // format); otherwise the bytes of the BOM to skip and the encoding decode() would name.
    static bool startsAsUtf8(const QByteArray &firstPiece, qsizetype *skip, QString *encoding);
    // Any piece: false unless its bytes are well-formed UTF-8 without control characters (NUL
    // included); then `text` holds them decoded.
    static bool decodePlainUtf8Piece(const char *bytes, qsizetype size, QString *text);
};

} // namespace Turnpoint

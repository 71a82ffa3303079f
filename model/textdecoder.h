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
};

} // namespace Turnpoint

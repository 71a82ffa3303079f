#include "textdecoder.h"

#include "nocoverage.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace Turnpoint {

namespace {

// Translation context for the decoder's messages.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
};

Diagnostic makeDiagnostic(int line, int column, Diagnostic::Severity severity,
                          const QString &message) {
    Diagnostic d;
    d.line = line;
    d.column = column;
    d.severity = severity;
    d.message = message;
    return d;
}

// A warning that stays with the report: built again in the current language when shown (see
// Diagnostic::translated). `message` must capture copies.
Diagnostic makeWarning(int line, int column, std::function<QString()> message) {
    return Diagnostic::make(line, column, Diagnostic::Warning, std::move(message));
}

DecodedText failure(int line, const QString &message) {
    DecodedText r;
    r.ok = false;
    r.diagnostics.append(makeDiagnostic(line, 1, Diagnostic::Error, message));
    return r;
}

// Files that are plainly not text, recognised by their first bytes.
QString binaryKind(const QByteArray &b) {
    struct Magic {
        const char *bytes;
        int size;
        const char *what;
    };
    static const Magic magics[] = {
        {"\x89PNG\r\n\x1a\n", 8, QT_TRANSLATE_NOOP("TextDecoder", "a PNG image")},
        {"\xff\xd8\xff", 3, QT_TRANSLATE_NOOP("TextDecoder", "a JPEG image")},
        {"GIF8", 4, QT_TRANSLATE_NOOP("TextDecoder", "a GIF image")},
        {"%PDF-", 5, QT_TRANSLATE_NOOP("TextDecoder", "a PDF document")},
        {"PK\x03\x04", 4,
         QT_TRANSLATE_NOOP("TextDecoder", "a ZIP archive (or an Office document)")},
        {"\x1f\x8b", 2, QT_TRANSLATE_NOOP("TextDecoder", "a gzip archive")},
        {"\x7f"
         "ELF",
         4, QT_TRANSLATE_NOOP("TextDecoder", "a program (ELF)")},
        {"\xd0\xcf\x11\xe0", 4, QT_TRANSLATE_NOOP("TextDecoder", "an old Office document")},
    };
    for (const Magic &m : magics) {
        if (b.size() >= m.size && std::memcmp(b.constData(), m.bytes, size_t(m.size)) == 0)
            return Tr::tr(m.what);
    }
    return {};
}

// 1-based line of byte `pos`, counting LF, CRLF and CR as line ends (ASCII-compatible
// encodings only).
int lineOfByte(const char *p, qsizetype pos, qsizetype n) {
    int line = 1;
    for (qsizetype i = 0; i < pos; ++i) {
        if (p[i] == '\n')
            ++line;
        else if (p[i] == '\r' && !(i + 1 < n && p[i + 1] == '\n'))
            ++line;
    }
    return line;
}

qsizetype lineStartOfByte(const char *p, qsizetype pos) {
    qsizetype i = pos;
    while (i > 0 && p[i - 1] != '\n' && p[i - 1] != '\r')
        --i;
    return i;
}

// Same for a position in decoded text.
TURNPOINT_NO_COVERAGE int lineOfIndex(QStringView s, qsizetype pos) {
    // Through a pointer: QStringView::operator[] is an out-of-line call under the fuzzer.
    const char16_t *p = s.utf16();
    const qsizetype n = s.size();
    int line = 1;
    for (qsizetype i = 0; i < pos; ++i) {
        const char16_t c = p[i];
        if (c == u'\n')
            ++line;
        else if (c == u'\r' && !(i + 1 < n && p[i + 1] == u'\n'))
            ++line;
    }
    return line;
}

int columnOfIndex(QStringView s, qsizetype pos) {
    qsizetype i = pos;
    while (i > 0 && s[i - 1] != u'\n' && s[i - 1] != u'\r')
        --i;
    return int(pos - i) + 1;
}

struct ByteScan {
    qsizetype firstNul = -1;
    qsizetype controls = 0; // C0 controls other than TAB, LF, VT, FF, CR; and DEL
    qsizetype badUtf8 = 0;
    qsizetype firstBadUtf8 = -1;
    qsizetype validMultiByte = 0; // well-formed UTF-8 sequences of two bytes or more
};

inline bool isOddControl(unsigned char b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\v' && b != '\f') || b == 0x7f;
}

// One pass: NUL bytes, control characters, and strict UTF-8 validation (no overlongs, no
// surrogates, nothing above U+10FFFF). Runs of plain printable ASCII are skipped eight bytes at
// a time, which keeps this well below the cost of the conversion itself.
TURNPOINT_NO_COVERAGE ByteScan scanBytes(const unsigned char *p, qsizetype n) {
    ByteScan r;
    qsizetype i = 0;
    constexpr quint64 high = 0x8080808080808080ULL;
    constexpr quint64 ones = 0x0101010101010101ULL;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, p + i, 8);
            // No byte with the high bit set, and no byte below 0x20 (the classic "has a byte
            // less than" trick, exact when no high bit is set).
            if ((w & high) == 0 && ((w - ones * 0x20) & ~w & high) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char b = p[i];
        if (b < 0x80) {
            if (b == 0 && r.firstNul < 0)
                r.firstNul = i;
            if (isOddControl(b))
                ++r.controls;
            ++i;
            continue;
        }
        int need = 0;
        unsigned char lo = 0x80, hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            if (b == 0xe0)
                lo = 0xa0;
            else if (b == 0xed)
                hi = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            if (b == 0xf0)
                lo = 0x90;
            else if (b == 0xf4)
                hi = 0x8f;
        }
        // The sequence needs `need` continuation bytes after i, all inside the buffer.
        bool good = need > 0 && i + need < n;
        if (good) {
            const unsigned char b1 = p[i + 1];
            good = b1 >= lo && b1 <= hi;
            for (int k = 2; good && k <= need; ++k) {
                const unsigned char bk = p[i + k];
                good = bk >= 0x80 && bk <= 0xbf;
            }
        }
        if (good) {
            ++r.validMultiByte;
            i += need + 1;
        } else {
            if (r.firstBadUtf8 < 0)
                r.firstBadUtf8 = i;
            ++r.badUtf8;
            ++i;
        }
    }
    return r;
}

// The common case in one pass: well-formed UTF-8, converted while it is validated and its
// control characters counted (what scanBytes() and QString::fromUtf8() do in two passes over a
// large file). Returns false at the first byte that is not well-formed UTF-8; the caller then
// takes the general path, which finds and reports it. For well-formed input the text is the
// same as QString::fromUtf8's.
TURNPOINT_NO_COVERAGE bool decodeWellFormedUtf8(const unsigned char *p, qsizetype n, QString *text,
                                                qsizetype *controls, qsizetype *firstNul) {
    QString out(n, Qt::Uninitialized); // never more UTF-16 units than bytes
    auto *o = reinterpret_cast<char16_t *>(out.data());
    qsizetype j = 0;
    qsizetype i = 0;
    constexpr quint64 high = 0x8080808080808080ULL;
    constexpr quint64 ones = 0x0101010101010101ULL;
    while (i < n) {
        // Runs of printable ASCII, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, p + i, 8);
            if ((w & high) != 0 || ((w - ones * 0x20) & ~w & high) != 0)
                break;
            for (int k = 0; k < 8; ++k)
                o[j + k] = p[i + k];
            i += 8;
            j += 8;
        }
        if (i >= n)
            break;
        const unsigned char b = p[i];
        if (b < 0x80) {
            if (isOddControl(b)) {
                ++*controls;
                if (b == 0 && *firstNul < 0)
                    *firstNul = i;
            }
            o[j++] = b;
            ++i;
        } else if (b >= 0xe0 && b <= 0xef) { // three bytes: all of CJK
            if (i + 2 >= n)
                return false;
            const unsigned char b1 = p[i + 1];
            const unsigned char b2 = p[i + 2];
            const unsigned char lo = b == 0xe0 ? 0xa0 : 0x80;
            const unsigned char hi = b == 0xed ? 0x9f : 0xbf; // no surrogates
            if (b1 < lo || b1 > hi || (b2 & 0xc0) != 0x80)
                return false;
            o[j++] = char16_t(((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f));
            i += 3;
        } else if (b >= 0xc2 && b <= 0xdf) {
            if (i + 1 >= n || (p[i + 1] & 0xc0) != 0x80)
                return false;
            o[j++] = char16_t(((b & 0x1f) << 6) | (p[i + 1] & 0x3f));
            i += 2;
        } else if (b >= 0xf0 && b <= 0xf4) {
            if (i + 3 >= n)
                return false;
            const unsigned char b1 = p[i + 1];
            const unsigned char lo = b == 0xf0 ? 0x90 : 0x80;
            const unsigned char hi = b == 0xf4 ? 0x8f : 0xbf; // nothing above U+10FFFF
            if (b1 < lo || b1 > hi || (p[i + 2] & 0xc0) != 0x80 || (p[i + 3] & 0xc0) != 0x80)
                return false;
            const char32_t u = (char32_t(b & 0x07) << 18) | (char32_t(b1 & 0x3f) << 12) |
                               (char32_t(p[i + 2] & 0x3f) << 6) | char32_t(p[i + 3] & 0x3f);
            o[j++] = QChar::highSurrogate(u);
            o[j++] = QChar::lowSurrogate(u);
            i += 4;
        } else {
            return false;
        }
    }
    out.truncate(j);
    *text = std::move(out);
    return true;
}

// Structural GB18030 validation: 1 byte 00-7F; 2 bytes 81-FE + 40-7E/80-FE; 4 bytes
// 81-FE 30-39 81-FE 30-39.
TURNPOINT_NO_COVERAGE qsizetype scanGb18030(const unsigned char *p, qsizetype n,
                                            qsizetype *firstBad) {
    qsizetype bad = 0;
    *firstBad = -1;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        if (b >= 0x81 && b <= 0xfe && i + 1 < n) {
            const unsigned char b1 = p[i + 1];
            if ((b1 >= 0x40 && b1 <= 0x7e) || (b1 >= 0x80 && b1 <= 0xfe)) {
                i += 2;
                continue;
            }
            if (b1 >= 0x30 && b1 <= 0x39 && i + 3 < n && p[i + 2] >= 0x81 && p[i + 2] <= 0xfe &&
                p[i + 3] >= 0x30 && p[i + 3] <= 0x39) {
                i += 4;
                continue;
            }
        }
        if (*firstBad < 0)
            *firstBad = i;
        ++bad;
        ++i;
    }
    return bad;
}

// A file is refused as not text on its first 8 KB only, and only for NUL and control bytes
// (report-format.md §6). Undecodable bytes are warnings: a long report with a damaged stretch,
// or one in an encoding guessed wrong, still opens and shows what it holds, and whether it is a
// report at all is then decided by its headings.
constexpr qsizetype HeadBytes = 8 * 1024;

bool mostlyNotText(qsizetype nonText, qsizetype total) {
    return total > 0 && nonText * 10 > total;
}

QString notTextMessage(qsizetype nonText, qsizetype total) {
    const int percent = int((nonText * 100 + total - 1) / total);
    return Tr::tr("this does not look like a text report: %1% of its first bytes are NUL or "
                  "control characters")
        .arg(percent);
}

// Single-byte text (UTF-8, GB18030): the head's NUL and control bytes.
TURNPOINT_NO_COVERAGE qsizetype headControls(const unsigned char *p, qsizetype n) {
    const qsizetype head = std::min(n, HeadBytes);
    return qsizetype(std::count_if(p, p + head, isOddControl));
}

// A few stray NUL characters in otherwise readable text (an editor or a pipeline glitch) do not
// make a report unusable: they become U+FFFD, and one warning says where the first was and how
// many there were. Files that are mostly NULs or control bytes were refused before this.
TURNPOINT_NO_COVERAGE void replaceNuls(DecodedText &r) {
    qsizetype first = -1;
    int count = 0;
    auto *data = reinterpret_cast<char16_t *>(r.text.data());
    for (qsizetype i = 0; i < r.text.size(); ++i) {
        if (data[i] == 0) {
            data[i] = QChar::ReplacementCharacter;
            if (first < 0)
                first = i;
            ++count;
        }
    }
    if (first < 0)
        return;
    const int line = lineOfIndex(r.text, first);
    r.diagnostics.append(makeWarning(line, columnOfIndex(r.text, first), [line, count] {
        QString message = Tr::tr("NUL character at line %1; shown as �").arg(line);
        if (count > 1)
            message += QLatin1Char(' ') + Tr::tr("(%n NUL characters in all)", nullptr, count);
        return message;
    }));
}

DecodedText decodeUtf16(const QByteArray &bytes, bool littleEndian) {
    DecodedText r;
    r.encoding = littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    QByteArrayView payload = QByteArrayView(bytes).sliced(2);
    const bool odd = payload.size() % 2 != 0;
    if (odd)
        payload = payload.first(payload.size() - 1);
    QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
    r.text = decoder.decode(payload);
    if (r.text.isEmpty() && !odd)
        return failure(0, Tr::tr("the file is empty"));

    // Qt passes unpaired surrogates through; they are not characters, so they become U+FFFD
    // here and are reported like any other undecodable input.
    qsizetype controls = 0;
    qsizetype firstNul = -1;
    qsizetype firstBad = -1;
    auto *data = reinterpret_cast<char16_t *>(r.text.data());
    const qsizetype size = r.text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i];
        if (c < 0x80) {
            if (isOddControl((unsigned char)c)) {
                ++controls;
                if (c == 0 && firstNul < 0)
                    firstNul = i;
            }
        } else if (QChar::isHighSurrogate(c)) {
            if (i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
                ++i;
            } else {
                data[i] = QChar::ReplacementCharacter;
                if (firstBad < 0)
                    firstBad = i;
            }
        } else if (QChar::isLowSurrogate(c)) {
            data[i] = QChar::ReplacementCharacter;
            if (firstBad < 0)
                firstBad = i;
        }
    }
    if (controls > 0) {
        const qsizetype head = std::min(size, HeadBytes / 2);
        const qsizetype headControls = std::count_if(data, data + head, [](char16_t c) {
            return c < 0x80 && isOddControl((unsigned char)c);
        });
        if (mostlyNotText(headControls, head))
            return failure(0, notTextMessage(headControls, head));
    }
    if (firstNul >= 0)
        replaceNuls(r);
    if (decoder.hasError() && firstBad < 0)
        firstBad = r.text.indexOf(QChar(QChar::ReplacementCharacter));
    if (firstBad >= 0) {
        const int line = lineOfIndex(r.text, firstBad);
        r.diagnostics.append(makeWarning(line, columnOfIndex(r.text, firstBad), [line] {
            return Tr::tr("invalid UTF-16 character at line %1; shown as �").arg(line);
        }));
    }
    if (odd) {
        const int line = lineOfIndex(r.text, r.text.size());
        r.diagnostics.append(makeWarning(line, columnOfIndex(r.text, r.text.size()), [] {
            return Tr::tr("the file ends in the middle of a UTF-16 character (odd number of "
                          "bytes); the last byte is ignored");
        }));
    }
    r.ok = true;
    return r;
}

} // namespace

bool TextDecoder::startsAsUtf8(const QByteArray &firstPiece, qsizetype *skip, QString *encoding) {
    // The same first checks as decode(), in its order.
    const auto *u = reinterpret_cast<const unsigned char *>(firstPiece.constData());
    const qsizetype size = firstPiece.size();
    if (size == 0 ||
        (size >= 2 && ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff))))
        return false;
    if (!binaryKind(firstPiece).isEmpty())
        return false;
    const bool bom = size >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf;
    if (bom && size == 3)
        return false; // nothing after the BOM: decode() has a message for that
    *skip = bom ? 3 : 0;
    *encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    return true;
}

bool TextDecoder::decodePlainUtf8Piece(const char *bytes, qsizetype size, QString *text) {
    // decodeWellFormedUtf8() is decode()'s own fast path; with no control character the whole
    // file's outcome cannot depend on the ratio of control bytes or on NULs elsewhere.
    qsizetype controls = 0;
    qsizetype firstNul = -1;
    return decodeWellFormedUtf8(reinterpret_cast<const unsigned char *>(bytes), size, text,
                                &controls, &firstNul) &&
           controls == 0;
}

DecodedText TextDecoder::decode(const QByteArray &bytes) {
    if (bytes.isEmpty())
        return failure(0, Tr::tr("the file is empty"));

    const auto *u = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();

    if (size >= 2 && u[0] == 0xff && u[1] == 0xfe)
        return decodeUtf16(bytes, true);
    if (size >= 2 && u[0] == 0xfe && u[1] == 0xff)
        return decodeUtf16(bytes, false);

    const QString kind = binaryKind(bytes);
    if (!kind.isEmpty())
        return failure(0, Tr::tr("this is %1, not a text report").arg(kind));

    const bool bom = size >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf;
    const qsizetype skip = bom ? 3 : 0;
    const unsigned char *p = u + skip;
    const char *cp = bytes.constData() + skip;
    const qsizetype n = size - skip;
    if (n == 0)
        return failure(0, Tr::tr("the file is empty"));

    {
        QString text;
        qsizetype controls = 0;
        qsizetype firstNul = -1;
        if (decodeWellFormedUtf8(p, n, &text, &controls, &firstNul) &&
            (controls == 0 || !mostlyNotText(headControls(p, n), std::min(n, HeadBytes)))) {
            // The same outcome as the path below for well-formed UTF-8 that is mostly text.
            DecodedText r;
            r.encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
            r.text = std::move(text);
            r.ok = true;
            if (firstNul >= 0)
                replaceNuls(r);
            return r;
        }
    }

    const ByteScan scan = scanBytes(p, n);
    const qsizetype head = std::min(n, HeadBytes);
    const qsizetype controlsInHead = scan.controls > 0 ? headControls(p, n) : 0;
    if (mostlyNotText(controlsInHead, head)) {
        // NUL in most even or most odd bytes is what UTF-16 without its byte order mark looks
        // like; say so, since the fix is simple. Other binary data gets no such hint.
        qsizetype nulAt[2] = {0, 0};
        for (qsizetype i = 0; i < head; ++i) {
            if (p[i] == 0)
                ++nulAt[i % 2];
        }
        QString message = notTextMessage(controlsInHead, head);
        if (std::max(nulAt[0], nulAt[1]) * 10 >= (head / 2) * 8)
            message += QLatin1Char(' ') + Tr::tr("(it may be UTF-16 without a byte order mark; "
                                                 "save it as UTF-8 or with a BOM)");
        return failure(0, message);
    }

    DecodedText r;
    if (scan.badUtf8 == 0) {
        r.encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        r.text = QString::fromUtf8(cp, n);
        r.ok = true;
        if (scan.firstNul >= 0)
            replaceNuls(r);
        return r;
    }

    // Not UTF-8. GB18030 is what Chinese files saved on Windows are in; take it when every
    // byte fits. A UTF-8 file cut off inside its last character stays UTF-8. Otherwise the
    // reading with fewer bad bytes wins (GB18030 only when the bytes are not mostly well-formed
    // UTF-8), and the first bad byte is reported.
    qsizetype firstBadGb = -1;
    const qsizetype badGb = bom ? -1 : scanGb18030(p, n, &firstBadGb);
    const bool utf8CutOff = scan.validMultiByte > 0 && scan.firstBadUtf8 >= n - 3 &&
                            p[scan.firstBadUtf8] >= 0xc2 && p[scan.firstBadUtf8] <= 0xf4;
    bool useGb = false;
    if (!bom && !utf8CutOff) {
        useGb = badGb == 0 || (badGb < scan.badUtf8 && scan.validMultiByte < scan.badUtf8);
    }
    const qsizetype bad = useGb ? badGb : scan.badUtf8;
    const qsizetype firstBad = useGb ? firstBadGb : scan.firstBadUtf8;

    QByteArrayView view(cp, n);
    if (useGb) {
        QStringDecoder decoder("GB18030");
        if (!decoder.isValid())
            return failure(0, Tr::tr("this Qt build cannot decode GB18030 text"));
        r.text = decoder.decode(view);
        r.encoding = QStringLiteral("GB18030");
    } else {
        r.text = QString::fromUtf8(view);
        r.encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
    }
    r.ok = true;
    if (bad > 0) {
        const int line = lineOfByte(cp, firstBad, n);
        const qsizetype lineStart = lineStartOfByte(cp, firstBad);
        QString prefix;
        if (useGb) {
            QStringDecoder decoder("GB18030");
            prefix = decoder.decode(view.sliced(lineStart, firstBad - lineStart));
        } else {
            prefix = QString::fromUtf8(view.sliced(lineStart, firstBad - lineStart));
        }
        const QString hex =
            QStringLiteral("%1").arg(uint(p[firstBad]), 2, 16, QLatin1Char('0')).toUpper();
        r.diagnostics.append(makeWarning(
            line, int(prefix.size()) + 1, [hex, line, encoding = r.encoding, bad = int(bad)] {
                QString message =
                    Tr::tr("undecodable byte 0x%1 at line %2 (read as %3); shown as �")
                        .arg(hex)
                        .arg(line)
                        .arg(encoding);
                if (bad > 1)
                    message +=
                        QLatin1Char(' ') + Tr::tr("(%n undecodable bytes in all)", nullptr, bad);
                return message;
            }));
    }
    if (scan.firstNul >= 0)
        replaceNuls(r);
    return r;
}

} // namespace Turnpoint

#pragma once

#include "report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <atomic>

namespace Turnpoint {

// Turns the text of a turning-point report (report-format.md) into a Report. Single pass over
// the lines; every line is either understood or kept as a note, and every problem becomes a
// Diagnostic with its line. Never throws, never crashes on bad input.
class ReportParser {
    Q_DECLARE_TR_FUNCTIONS(ReportParser)

public:
    // Files larger than this are refused before reading.
    static constexpr qint64 MaxFileSize = qint64(1) << 30;

    // `cancelled`, when given, is polled every few thousand lines: once it is true the parse
    // stops and returns what it has, which is incomplete and must be thrown away (ReportLoader
    // does). A file's reading and decoding are not interrupted.
    static Report parseText(QStringView text, const QString &file,
                            const std::atomic<bool> *cancelled = nullptr);
    // Decode (TextDecoder) and parse. Large UTF-8 reports are cut at turning point headings and
    // the parts parsed on several threads; the result is the same.
    static Report parseBytes(const QByteArray &bytes, const QString &file,
                             const std::atomic<bool> *cancelled = nullptr);
    // parseBytes() cut into `parts` parts whatever the size and the cores, for tests: joined,
    // they must give what one parse gives. `split`: whether it could be cut (plain UTF-8 with
    // turning point headings to cut at); if not, the bytes were parsed whole.
    static Report parseBytesInParts(const QByteArray &bytes, const QString &file, int parts,
                                    bool *split);
    // Read from disk, decode and parse. `file` in the result is the path as given. The bytes
    // are released once decoded, so a large file is not held twice while it is parsed.
    // Files larger than PieceBytes go through parseFileInPieces().
    // `bytesDone`, when given, counts the file's bytes parsed so far, for a progress bar: piece
    // by piece for a file read in pieces, all at once at the end otherwise (those take a second
    // or less).
    static Report parseFile(const QString &path, const std::atomic<bool> *cancelled = nullptr,
                            std::atomic<qint64> *bytesDone = nullptr);

    // True for a trimmed line the parser skips as a separator (`---`, `***`, `===`, `———`, …):
    // three or more of one separator character, spaces allowed between. The canonical writer
    // asks the same question of text it must not write on a line of its own.
    static bool isSeparatorLine(QStringView trimmed);

    // parseFile() with the file read, decoded and parsed about `pieceBytes` at a time (each
    // piece ending at a line end), so the decoded text of a large file never exists whole next
    // to the parsed report. The result is the same as parseFile()'s: files this cannot take
    // (anything but plain UTF-8 text; see TextDecoder::decodePlainUtf8Piece()) are read whole
    // instead, which `inPieces`, when given, tells (for tests).
    static constexpr qsizetype PieceBytes = qsizetype(4) << 20;
    // parseFile() reads files up to this size whole, to parse them in parallel (parseBytes()).
    static constexpr qsizetype WholeFileBytes = qsizetype(64) << 20;
    static Report parseFileInPieces(const QString &path, qsizetype pieceBytes,
                                    const std::atomic<bool> *cancelled = nullptr,
                                    bool *inPieces = nullptr,
                                    std::atomic<qint64> *bytesDone = nullptr);
};

} // namespace Turnpoint

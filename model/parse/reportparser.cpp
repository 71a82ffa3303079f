#include "reportparser.h"

#include "parallelparse.h"
#include "reportchecks.h"
#include "reportstatemachine.h"
#include "textdecoder.h"
#include "textscan.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace Turnpoint {

using namespace TextScan;

bool ReportParser::isSeparatorLine(QStringView t) {
    if (t.size() < 3)
        return false;
    const QChar first = t.front();
    if (first != u'-' && first != u'*' && first != u'_' && first != u'=' &&
        first != QChar(0x2014) && first != QChar(0xFF0D))
        return false;
    for (const QChar c : t) {
        if (c != first && !isSpace(c))
            return false;
    }
    return true;
}

Report ReportParser::parseText(QStringView text, const QString &file,
                               const std::atomic<bool> *cancelled) {
    Report report;
    report.file = file;
    ReportStateMachine(text, report, cancelled).run();
    return report;
}

namespace {

Report parseDecoded(DecodedText decoded, const QString &file, const std::atomic<bool> *cancelled) {
    if (!decoded.ok) {
        Report report;
        report.file = file;
        report.encoding = decoded.encoding;
        report.diagnostics = decoded.diagnostics;
        return report;
    }
    Report report = ReportParser::parseText(decoded.text, file, cancelled);
    report.encoding = decoded.encoding;
    if (!decoded.diagnostics.isEmpty()) {
        report.diagnostics = decoded.diagnostics + report.diagnostics;
        ReportChecks::sortDiagnostics(report);
    }
    return report;
}

Report parseWholeFile(const QString &path, const std::atomic<bool> *cancelled) {
    auto fail = [&](const QString &message) {
        Report report;
        report.file = path;
        report.diagnostics.append(Diagnostic{0, 1, Diagnostic::Error, message});
        return report;
    };
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.size() > ReportParser::MaxFileSize)
        return fail(ReportParser::tr("the file is too large (%1 MB; the limit is %2 MB)")
                        .arg(info.size() / (1024 * 1024))
                        .arg(ReportParser::MaxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ReportParser::tr("cannot read the file: %1").arg(file.errorString()));
    QByteArray bytes;
    if (info.isFile()) {
        bytes = file.readAll();
    } else {
        // A device without a size (a pipe): read in chunks, never more than allowed.
        while (!file.atEnd() && bytes.size() <= ReportParser::MaxFileSize) {
            const QByteArray chunk = file.read(1 << 20);
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
        if (bytes.size() > ReportParser::MaxFileSize)
            return fail(ReportParser::tr("the file is too large (more than %1 MB)")
                            .arg(ReportParser::MaxFileSize / (1024 * 1024)));
    }
    if (file.error() != QFileDevice::NoError)
        return fail(ReportParser::tr("cannot read the file: %1").arg(file.errorString()));
    file.close();
    {
        Report report;
        report.file = path;
        if (parseInParallel(bytes, report, cancelled))
            return report;
    }
    DecodedText decoded = TextDecoder::decode(bytes);
    bytes = QByteArray(); // the text holds it all now; do not keep the file twice
    return parseDecoded(std::move(decoded), path, cancelled);
}

} // namespace

Report ReportParser::parseBytes(const QByteArray &bytes, const QString &file,
                                const std::atomic<bool> *cancelled) {
    Report report;
    report.file = file;
    if (parseInParallel(bytes, report, cancelled))
        return report;
    return parseDecoded(TextDecoder::decode(bytes), file, cancelled);
}

Report ReportParser::parseBytesInParts(const QByteArray &bytes, const QString &file, int parts,
                                       bool *split) {
    Report report;
    report.file = file;
    *split = parts > 1 && parseInParallel(bytes, report, nullptr, parts);
    return *split ? report : parseDecoded(TextDecoder::decode(bytes), file, nullptr);
}

Report ReportParser::parseFile(const QString &path, const std::atomic<bool> *cancelled,
                               std::atomic<qint64> *bytesDone) {
    const QFileInfo info(path);
    // Up to WholeFileBytes, read whole and parsed in parallel (when there are cores for it);
    // larger files in pieces, so their text never exists whole next to the parsed report.
    const qint64 wholeUpTo = QThread::idealThreadCount() > 1 ? WholeFileBytes : PieceBytes;
    if (info.isFile() && info.size() > wholeUpTo && info.size() <= MaxFileSize)
        return parseFileInPieces(path, PieceBytes, cancelled, nullptr, bytesDone);
    Report report = parseWholeFile(path, cancelled);
    if (bytesDone)
        bytesDone->store(info.size(), std::memory_order_relaxed);
    return report;
}

Report ReportParser::parseFileInPieces(const QString &path, qsizetype pieceBytes,
                                       const std::atomic<bool> *cancelled, bool *inPieces,
                                       std::atomic<qint64> *bytesDone) {
    if (inPieces)
        *inPieces = false;
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || info.size() > MaxFileSize || !file.open(QIODevice::ReadOnly))
        return parseWholeFile(path, cancelled); // which says what is wrong
    pieceBytes = std::max<qsizetype>(pieceBytes, 1);

    Report report;
    report.file = path;
    ReportStateMachine parser(QStringView(), report, cancelled, info.size());
    QByteArray piece;
    QString text;
    bool first = true;
    for (;;) {
        const QByteArray more = file.read(pieceBytes);
        if (file.error() != QFileDevice::NoError)
            return parseWholeFile(path, cancelled);
        const bool atEnd = more.isEmpty();
        piece += more;
        QByteArray rest;
        if (!atEnd) {
            // Up to the last line end; the rest starts the next piece. LF never occurs inside
            // a UTF-8 sequence, so a piece is whole lines of whole characters.
            const qsizetype lineEnd = piece.lastIndexOf('\n');
            if (lineEnd < 0)
                continue; // a line longer than a piece: read on
            rest = piece.sliced(lineEnd + 1);
            piece.truncate(lineEnd + 1);
        }
        if (piece.isEmpty())
            break;
        qsizetype skip = 0;
        if (first) {
            first = false;
            if (!TextDecoder::startsAsUtf8(piece, &skip, &report.encoding))
                return parseWholeFile(path, cancelled);
        }
        if (!TextDecoder::decodePlainUtf8Piece(piece.constData() + skip, piece.size() - skip,
                                               &text))
            return parseWholeFile(path, cancelled);
        piece = std::move(rest);
        parser.feed(text);
        if (bytesDone)
            bytesDone->store(file.pos() - piece.size(), std::memory_order_relaxed);
        if (parser.cancelledNow())
            return report; // incomplete, as parseText() leaves it; the caller throws it away
        if (atEnd)
            break;
    }
    // An empty or blank file: the whole way says which.
    if (first || !parser.anyText())
        return parseWholeFile(path, cancelled);
    parser.finish();
    if (inPieces)
        *inPieces = true;
    if (bytesDone)
        bytesDone->store(info.size(), std::memory_order_relaxed);
    return report;
}

} // namespace Turnpoint

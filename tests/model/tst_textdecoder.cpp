#include "textdecoder.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace Turnpoint;

namespace {

const char16_t sampleText[] =
    u"云南省工业部门碳排放关键政策与事件汇编\n"
    u"\n"
    u"分析周期：截至2025年5月1日\n"
    u"### 转折点：2019年3月（事件） - 置信度：65%\n"
    u"**官方来源**：中国日报网（https://www.chinadaily.com.cn/a/1.html）\n";

QString sample() {
    return QString::fromUtf16(sampleText);
}

QByteArray encode(const QString &text, const char *encoding) {
    QStringEncoder encoder(encoding);
    Q_ASSERT(encoder.isValid());
    return encoder.encode(text);
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom) {
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                         : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace

class tst_TextDecoder : public QObject {
    Q_OBJECT

private slots:
    void gb18030Available();
    void encodings_data();
    void encodings();
    void empty_data();
    void empty();
    void binary_data();
    void binary();
    void onlyTheHeadDecidesWhatIsText_data();
    void onlyTheHeadDecidesWhatIsText();
    void strayNulIsAWarning();
    void undecodable_data();
    void undecodable();
    void truncatedUtf16();
    void invalidUtf16();
    void utf8TruncatedAtEnd();
};

void tst_TextDecoder::gb18030Available() {
    QVERIFY(QStringDecoder("GB18030").isValid());
    QVERIFY(QStringEncoder("GB18030").isValid());
}

void tst_TextDecoder::encodings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    const QString text = sample();
    QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8") << text;
    QTest::newRow("utf-8 bom") << QByteArray("\xef\xbb\xbf" + text.toUtf8())
                               << QStringLiteral("UTF-8 (BOM)") << text;
    QTest::newRow("utf-16le bom") << encode(text, QStringConverter::Utf16LE, true)
                                  << QStringLiteral("UTF-16LE") << text;
    QTest::newRow("utf-16be bom") << encode(text, QStringConverter::Utf16BE, true)
                                  << QStringLiteral("UTF-16BE") << text;
    QTest::newRow("gb18030") << encode(text, "GB18030") << QStringLiteral("GB18030") << text;
    // GBK is a subset of GB18030: the same bytes for these characters.
    QTest::newRow("gbk bytes") << QByteArray("\xd4\xc6\xc4\xcf\xca\xa1\n")
                               << QStringLiteral("GB18030") << QString::fromUtf16(u"云南省\n");
    // A GB18030 four-byte sequence (U+00A5 YEN SIGN is 81 30 84 36 in GB18030).
    QTest::newRow("gb18030 four-byte")
        << encode(QString::fromUtf16(u"价格¥5，云南"), "GB18030") << QStringLiteral("GB18030")
        << QString::fromUtf16(u"价格¥5，云南");
    QTest::newRow("ascii") << QByteArray("### Turning point: 2019\r\n") << QStringLiteral("UTF-8")
                           << QStringLiteral("### Turning point: 2019\r\n");
    QTest::newRow("utf-16le emoji")
        << encode(QString::fromUtf16(u"a😀b"), QStringConverter::Utf16LE, true)
        << QStringLiteral("UTF-16LE") << QString::fromUtf16(u"a😀b");
}

void tst_TextDecoder::encodings() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const DecodedText d = TextDecoder::decode(bytes);
    QVERIFY(d.ok);
    QCOMPARE(d.encoding, encoding);
    QCOMPARE(d.text, text);
    QVERIFY(d.diagnostics.isEmpty());
}

void tst_TextDecoder::empty_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("utf-8 bom only") << QByteArray("\xef\xbb\xbf");
    QTest::newRow("utf-16 bom only") << QByteArray("\xff\xfe");
}

void tst_TextDecoder::empty() {
    QFETCH(QByteArray, bytes);
    const DecodedText d = TextDecoder::decode(bytes);
    QVERIFY(!d.ok);
    QCOMPARE(d.diagnostics.size(), 1);
    QCOMPARE(d.diagnostics.first().severity, Diagnostic::Error);
    QCOMPARE(d.diagnostics.first().message, QStringLiteral("the file is empty"));
}

void tst_TextDecoder::binary_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<int>("line");

    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                         << QStringLiteral("PNG image") << 0;
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
                         << QStringLiteral("PDF document") << 0;
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0", 8) << QStringLiteral("ZIP") << 0;
    QTest::newRow("utf-16 without bom")
        << encode(QStringLiteral("# Title\n### Turning point: 2019\n"), QStringConverter::Utf16LE,
                  false)
        << QStringLiteral("UTF-16 without a byte order mark") << 0;
    QByteArray noise; // every byte value but NUL, scrambled
    for (int i = 0; i < 1024; ++i)
        noise.append(char((i * 7919 + 13) % 255 + 1));
    QTest::newRow("random bytes") << noise << QStringLiteral("NUL or control") << 0;
    QByteArray controls(200, '\x01');
    QTest::newRow("control bytes") << controls << QStringLiteral("NUL or control") << 0;
    // Only the first 8 KB decide: control bytes there refuse the file whatever follows.
    QByteArray controlHead(1000, '\x02');
    controlHead.append(QByteArray(7192, 'a'));
    controlHead.append(QByteArray(100000, 'b'));
    QTest::newRow("controls in the first 8 KB") << controlHead << QStringLiteral("13%") << 0;
    // The same in UTF-16: the first 8 KB are 4,096 characters.
    QByteArray utf16Controls = encode(QString(1000, QChar(0x02)) + QString(30000, QLatin1Char('a')),
                                      QStringConverter::Utf16LE, true);
    QTest::newRow("controls in the first 8 KB of UTF-16")
        << utf16Controls << QStringLiteral("25%") << 0;
}

// report-format.md §6: undecodable bytes are warnings, however many; NUL and control bytes
// after the first 8 KB are kept as text (a NUL shown as U+FFFD). Whether such a file is a report
// is for the parser to say, from its headings.
void tst_TextDecoder::onlyTheHeadDecidesWhatIsText_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("warningPart");

    QByteArray high; // bytes 0x80-0xFF only: neither UTF-8 nor much of anything else
    for (int i = 0; i < 20000; ++i)
        high.append(char(0x80 + (i * 7919 + 13) % 128));
    QTest::newRow("undecodable high bytes") << high << QStringLiteral("undecodable byte");
    QByteArray report = sample().toUtf8();
    QByteArray damaged = report;
    damaged.append(QByteArray(50000, '\xff'));
    QTest::newRow("a report with 50 KB of 0xFF after it")
        << damaged << QStringLiteral("(50000 undecodable bytes in all)");
    QByteArray controlTail = report;
    controlTail.append(QByteArray(8192 - controlTail.size(), 'x'));
    controlTail.append(QByteArray(20000, '\x01'));
    controlTail.append(QByteArray(10, '\0'));
    QTest::newRow("controls and NULs after the first 8 KB")
        << controlTail << QStringLiteral("(10 NUL characters in all)");
}

void tst_TextDecoder::onlyTheHeadDecidesWhatIsText() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, warningPart);
    const DecodedText d = TextDecoder::decode(bytes);
    QVERIFY(d.ok);
    QVERIFY(!d.text.isEmpty());
    QCOMPARE(d.diagnostics.size(), 1);
    QCOMPARE(d.diagnostics.first().severity, Diagnostic::Warning);
    QVERIFY2(d.diagnostics.first().message.contains(warningPart),
             qPrintable(d.diagnostics.first().message));
}

void tst_TextDecoder::binary() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    QFETCH(int, line);
    const DecodedText d = TextDecoder::decode(bytes);
    QVERIFY(!d.ok);
    QCOMPARE(d.diagnostics.size(), 1);
    const Diagnostic &diag = d.diagnostics.first();
    QCOMPARE(diag.severity, Diagnostic::Error);
    QVERIFY2(diag.message.contains(messagePart), qPrintable(diag.message));
    QCOMPARE(diag.line, line);
}

void tst_TextDecoder::strayNulIsAWarning() {
    // A stray NUL in readable text is a glitch, not binary data: the text loads, the NUL is
    // shown as U+FFFD and the warning points at it.
    QByteArray bytes = "# Title\n\n### Turning point: 2019\nabc";
    bytes.append('\0');
    bytes.append("def\n");
    bytes.append('\0');
    DecodedText d = TextDecoder::decode(bytes);
    QVERIFY(d.ok);
    QCOMPARE(d.text, QStringLiteral("# Title\n\n### Turning point: 2019\nabc\uFFFDdef\n\uFFFD"));
    QCOMPARE(d.diagnostics.size(), 1);
    QCOMPARE(d.diagnostics.first().severity, Diagnostic::Warning);
    QCOMPARE(d.diagnostics.first().line, 4);
    QCOMPARE(d.diagnostics.first().column, 4);
    QVERIFY2(d.diagnostics.first().message.contains(QStringLiteral("2 NUL")),
             qPrintable(d.diagnostics.first().message));

    // The same in UTF-16.
    QByteArray utf16 =
        encode(QStringLiteral("# Title of the report\nx"), QStringConverter::Utf16LE, true);
    utf16.append('\0').append('\0');
    utf16.append(encode(QStringLiteral("y\n"), QStringConverter::Utf16LE, false));
    d = TextDecoder::decode(utf16);
    QVERIFY(d.ok);
    QCOMPARE(d.text, QStringLiteral("# Title of the report\nx\uFFFDy\n"));
    QCOMPARE(d.diagnostics.size(), 1);
    QCOMPARE(d.diagnostics.first().line, 2);
}

void tst_TextDecoder::undecodable_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    // Invalid UTF-8 that is valid GB18030 is GB18030 (no warning: see encodings()); C0 AF is an
    // overlong UTF-8 "/" but a GB18030 character, so this file is GB18030.
    // Mostly UTF-8 with one stray byte that is not valid GB18030 either (0xFF never is).
    QByteArray utf8 = sample().toUtf8();
    const qsizetype at = utf8.indexOf("### ");
    QByteArray oneBad = utf8;
    oneBad.insert(at + 4, "\xff");
    QTest::newRow("stray 0xFF in UTF-8") << oneBad << QStringLiteral("UTF-8") << 4 << 5
                                         << QStringLiteral("undecodable byte 0xFF at line 4");
    // CRLF line ends count the same.
    QByteArray crlf = QByteArray("title\r\nsecond\r\nthi\x80rd\r\n");
    crlf.prepend(QString::fromUtf16(u"云南\r\n").toUtf8());
    QTest::newRow("CRLF, bad byte on line 4")
        << crlf << QStringLiteral("UTF-8") << 4 << 4 << QStringLiteral("0x80 at line 4");
    QByteArray cr = QByteArray("line a\rline b\rc\xc0\xff and some more text\r");
    cr.prepend(QString::fromUtf16(u"云南\r").toUtf8());
    QTest::newRow("CR only, bad bytes on line 4")
        << cr << QStringLiteral("UTF-8") << 4 << 2 << QStringLiteral("0xC0 at line 4");
    // Mostly GB18030 with one 0xFF byte: read as GB18030, the byte reported.
    QByteArray gb = encode(sample(), "GB18030");
    const qsizetype gbAt = gb.indexOf("### ");
    gb.insert(gbAt + 4, "\xff");
    QTest::newRow("stray 0xFF in GB18030") << gb << QStringLiteral("GB18030") << 4 << 5
                                           << QStringLiteral("undecodable byte 0xFF at line 4");
}

void tst_TextDecoder::undecodable() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const DecodedText d = TextDecoder::decode(bytes);
    QVERIFY(d.ok);
    QCOMPARE(d.encoding, encoding);
    QCOMPARE(d.diagnostics.size(), 1);
    const Diagnostic &diag = d.diagnostics.first();
    QCOMPARE(diag.severity, Diagnostic::Warning);
    QVERIFY2(diag.message.contains(messagePart), qPrintable(diag.message));
    QCOMPARE(diag.line, line);
    QCOMPARE(diag.column, column);
    QVERIFY(d.text.contains(QChar(QChar::ReplacementCharacter)));
}

void tst_TextDecoder::truncatedUtf16() {
    QByteArray bytes =
        encode(QStringLiteral("line one\nline two"), QStringConverter::Utf16LE, true);
    bytes.append('x'); // odd byte count
    const DecodedText d = TextDecoder::decode(bytes);
    QVERIFY(d.ok);
    QCOMPARE(d.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(d.text, QStringLiteral("line one\nline two"));
    QCOMPARE(d.diagnostics.size(), 1);
    QCOMPARE(d.diagnostics.first().severity, Diagnostic::Warning);
    QCOMPARE(d.diagnostics.first().line, 2);
    QVERIFY(d.diagnostics.first().message.contains(QStringLiteral("odd number of bytes")));

    QByteArray be = encode(QStringLiteral("abc"), QStringConverter::Utf16BE, true);
    be.chop(1);
    const DecodedText d2 = TextDecoder::decode(be);
    QVERIFY(d2.ok);
    QCOMPARE(d2.encoding, QStringLiteral("UTF-16BE"));
    QCOMPARE(d2.text, QStringLiteral("ab"));
    QCOMPARE(d2.diagnostics.size(), 1);
}

void tst_TextDecoder::invalidUtf16() {
    // A lone high surrogate in the middle of line 2.
    QByteArray bytes("\xff\xfe", 2);
    const QString before = QStringLiteral("one\ntw");
    bytes += QByteArray(reinterpret_cast<const char *>(before.utf16()), before.size() * 2);
    bytes += QByteArray("\x00\xd8", 2);
    const QString after = QStringLiteral("o\n");
    bytes += QByteArray(reinterpret_cast<const char *>(after.utf16()), after.size() * 2);
    const DecodedText d = TextDecoder::decode(bytes);
    QVERIFY(d.ok);
    QCOMPARE(d.diagnostics.size(), 1);
    QCOMPARE(d.diagnostics.first().severity, Diagnostic::Warning);
    QCOMPARE(d.diagnostics.first().line, 2);
    QCOMPARE(d.diagnostics.first().column, 3);
}

void tst_TextDecoder::utf8TruncatedAtEnd() {
    // A file cut off in the middle of a multi-byte character (and not valid GB18030 either):
    // kept, the cut reported on the last line.
    QByteArray bytes = QString::fromUtf16(u"第一行\n第二行云").toUtf8();
    bytes.chop(1);
    bytes.prepend("\xe4\xb8\xad"); // 中, so GB18030 is not a clean fit
    const DecodedText d = TextDecoder::decode(bytes);
    QVERIFY(d.ok);
    QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
    QVERIFY(d.text.startsWith(QString::fromUtf16(u"中第一行\n第二行")));
    QCOMPARE(d.diagnostics.size(), 1);
    QCOMPARE(d.diagnostics.first().line, 2);
    QCOMPARE(d.diagnostics.first().severity, Diagnostic::Warning);
}

QTEST_APPLESS_MAIN(tst_TextDecoder)
#include "tst_textdecoder.moc"

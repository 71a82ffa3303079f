#include "vectorcheck.h"

#include <QColor>
#include <QList>
#include <QRegularExpression>
#include <QStack>
#include <QTransform>
#include <QXmlStreamReader>

#include <optional>

namespace VectorCheck {

namespace {

// "matrix(a,b,c,d,e,f)", the only form QSvgGenerator writes.
std::optional<QTransform> parseTransform(const QString &value) {
    static const QRegularExpression matrix(QStringLiteral("^\\s*matrix\\(([^)]*)\\)\\s*$"));
    const QRegularExpressionMatch m = matrix.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    const QStringList parts =
        m.captured(1).split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    if (parts.size() != 6)
        return std::nullopt;
    double v[6];
    for (int i = 0; i < 6; ++i) {
        bool ok = false;
        v[i] = parts[i].toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return QTransform(v[0], v[1], v[2], v[3], v[4], v[5]);
}

// The bounding boxes of the subpaths of an SVG path's `d`, with absolute commands (M, L, C, Q,
// Z) as QSvgGenerator writes them; nullopt for anything else.
std::optional<QList<QRectF>> subpathBounds(const QString &d) {
    static const QRegularExpression token(
        QStringLiteral("([A-Za-z])|([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)"));
    QList<QRectF> boxes;
    QList<double> numbers;
    auto flush = [&]() -> bool {
        if (numbers.size() % 2 != 0)
            return false;
        if (numbers.isEmpty())
            return true;
        double x0 = numbers[0], x1 = numbers[0], y0 = numbers[1], y1 = numbers[1];
        for (int i = 0; i < numbers.size(); i += 2) {
            x0 = std::min(x0, numbers[i]);
            x1 = std::max(x1, numbers[i]);
            y0 = std::min(y0, numbers[i + 1]);
            y1 = std::max(y1, numbers[i + 1]);
        }
        boxes.append(QRectF(QPointF(x0, y0), QPointF(x1, y1)));
        numbers.clear();
        return true;
    };
    auto it = token.globalMatch(d);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString command = m.captured(1);
        if (command.isEmpty()) {
            numbers.append(m.captured(2).toDouble());
            continue;
        }
        if (command == QLatin1String("M")) {
            if (!flush())
                return std::nullopt;
        } else if (!QStringLiteral("LCQZ").contains(command)) {
            return std::nullopt; // relative or arcs: not what the generator writes
        }
    }
    if (!flush())
        return std::nullopt;
    return boxes;
}

struct Style {
    std::optional<QColor> fill; // nullopt: none
    double fillOpacity = 1;
    double opacity = 1;
    QTransform transform;
};

} // namespace

SvgSummary readSvg(const QByteArray &svg, const QRectF &area) {
    SvgSummary summary;
    QXmlStreamReader xml(svg);
    QStack<Style> styles;
    Style initial;
    initial.fill = QColor(Qt::black); // SVG's initial fill
    styles.push(initial);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType type = xml.readNext();
        if (type == QXmlStreamReader::EndElement) {
            styles.pop();
            continue;
        }
        if (type != QXmlStreamReader::StartElement)
            continue;
        Style style = styles.top();
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.hasAttribute(QStringLiteral("fill"))) {
            const QString fill = attributes.value(QStringLiteral("fill")).toString();
            if (fill == QLatin1String("none"))
                style.fill.reset();
            else
                style.fill = QColor::fromString(fill);
        }
        if (attributes.hasAttribute(QStringLiteral("fill-opacity")))
            style.fillOpacity = attributes.value(QStringLiteral("fill-opacity")).toDouble();
        if (attributes.hasAttribute(QStringLiteral("opacity")))
            style.opacity *= attributes.value(QStringLiteral("opacity")).toDouble();
        if (attributes.hasAttribute(QStringLiteral("transform"))) {
            const auto own =
                parseTransform(attributes.value(QStringLiteral("transform")).toString());
            if (!own) {
                summary.error =
                    QStringLiteral("unknown transform at line %1").arg(xml.lineNumber());
                return summary;
            }
            style.transform = *own * style.transform; // own first, then the parent's
        }
        styles.push(style);

        const QStringView name = xml.name();
        if (name == QLatin1String("image")) {
            ++summary.images;
        } else if (name == QLatin1String("title")) {
            summary.title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            styles.pop();
        } else if (name == QLatin1String("text")) {
            // readElementText() consumes the end element too.
            summary.text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            styles.pop();
        } else if (style.fill && style.fillOpacity >= 1 && style.opacity >= 1) {
            // Whatever element a marker becomes: a path (one marker per subpath), or the
            // generator's circle, ellipse, rect or polygon.
            const auto number = [&attributes](const char *key) {
                return attributes.value(QLatin1String(key)).toDouble();
            };
            QList<QRectF> boxes;
            if (name == QLatin1String("path")) {
                const auto subpaths =
                    subpathBounds(attributes.value(QStringLiteral("d")).toString());
                if (!subpaths) {
                    summary.error =
                        QStringLiteral("unreadable path at line %1").arg(xml.lineNumber());
                    return summary;
                }
                boxes = *subpaths;
            } else if (name == QLatin1String("circle") || name == QLatin1String("ellipse")) {
                boxes.append(QRectF(number("cx"), number("cy"), 0, 0));
            } else if (name == QLatin1String("rect")) {
                boxes.append(QRectF(number("x"), number("y"), number("width"), number("height")));
            } else if (name == QLatin1String("polygon")) {
                const auto points = subpathBounds(
                    QStringLiteral("M ") + attributes.value(QStringLiteral("points")).toString());
                if (points)
                    boxes = *points;
            }
            for (const QRectF &box : std::as_const(boxes)) {
                if (area.contains(style.transform.map(box.center())))
                    ++summary.shapesByFill[style.fill->rgb()];
            }
        }
    }
    if (xml.hasError()) {
        summary.error = xml.errorString();
        return summary;
    }
    summary.wellFormed = true;
    return summary;
}

namespace {

struct PdfObject {
    QByteArray dictionary; // everything between "obj" and "stream"/"endobj"
    QByteArray stream;     // decoded when it was FlateDecode
};

QByteArray inflate(const QByteArray &deflated) {
    // qUncompress wants the expected size first (big endian); it grows the buffer as needed.
    const quint32 guess = quint32(std::max<qsizetype>(deflated.size() * 4, 1024));
    QByteArray framed;
    framed.append(char(guess >> 24)).append(char(guess >> 16)).append(char(guess >> 8));
    framed.append(char(guess));
    framed.append(deflated);
    return qUncompress(framed);
}

QHash<int, PdfObject> pdfObjects(const QByteArray &pdf) {
    QHash<int, PdfObject> objects;
    static const QRegularExpression header(QStringLiteral("(?:^|[\\r\\n])(\\d+) 0 obj\\b"));
    static const QRegularExpression length(QStringLiteral("/Length (\\d+)( 0 R)?"));
    // Latin-1 keeps one character per byte, so offsets match.
    const QString text = QString::fromLatin1(pdf);
    // Indirect lengths are resolved after every object is known.
    struct Pending {
        int id;
        qsizetype streamStart;
        int lengthRef;
    };
    QList<Pending> pending;
    qsizetype pos = 0;
    while (true) {
        const QRegularExpressionMatch m = header.match(text, pos);
        if (!m.hasMatch())
            break;
        const int id = m.captured(1).toInt();
        const qsizetype bodyStart = m.capturedEnd(0);
        const qsizetype end = text.indexOf(QLatin1String("endobj"), bodyStart);
        const qsizetype streamAt = text.indexOf(QLatin1String("stream"), bodyStart);
        PdfObject object;
        if (streamAt >= 0 && (end < 0 || streamAt < end)) {
            object.dictionary = pdf.mid(bodyStart, streamAt - bodyStart);
            qsizetype dataStart = streamAt + 6;
            if (pdf.at(dataStart) == '\r')
                ++dataStart;
            if (pdf.at(dataStart) == '\n')
                ++dataStart;
            const QRegularExpressionMatch l = length.match(QString::fromLatin1(object.dictionary));
            if (!l.hasMatch())
                break;
            const int n = l.captured(1).toInt();
            if (l.captured(2).isEmpty()) {
                object.stream = pdf.mid(dataStart, n);
                pos = dataStart + n;
            } else {
                pending.append({id, dataStart, n});
                pos = text.indexOf(QLatin1String("endstream"), dataStart);
                if (pos < 0)
                    break;
            }
        } else {
            object.dictionary = pdf.mid(bodyStart, (end < 0 ? text.size() : end) - bodyStart);
            pos = end < 0 ? text.size() : end;
        }
        objects.insert(id, object);
    }
    for (const Pending &p : pending) {
        const int n = QString::fromLatin1(objects.value(p.lengthRef).dictionary.trimmed()).toInt();
        objects[p.id].stream = pdf.mid(p.streamStart, n);
    }
    for (PdfObject &object : objects) {
        if (object.dictionary.contains("/FlateDecode"))
            object.stream = inflate(object.stream);
    }
    return objects;
}

QString utf16FromHex(const QString &hex) {
    QString out;
    for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
        out.append(QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16))));
    return out;
}

// A ToUnicode CMap: bfchar and bfrange (both forms) of two-byte codes.
QHash<uint, QString> parseToUnicode(const QString &cmap) {
    QHash<uint, QString> map;
    static const QRegularExpression section(QStringLiteral("begin(bfchar|bfrange)(.*?)end\\1"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hexToken(QStringLiteral("<([0-9A-Fa-f]*)>|(\\[)|(\\])"));
    auto sections = section.globalMatch(cmap);
    while (sections.hasNext()) {
        const QRegularExpressionMatch s = sections.next();
        const bool range = s.captured(1) == QLatin1String("bfrange");
        // Tokens: hex strings, and the brackets of a range's array form.
        QList<QString> tokens;
        auto it = hexToken.globalMatch(s.captured(2));
        while (it.hasNext()) {
            const QRegularExpressionMatch t = it.next();
            tokens.append(t.hasCaptured(2) && !t.captured(2).isEmpty()   ? QStringLiteral("[")
                          : t.hasCaptured(3) && !t.captured(3).isEmpty() ? QStringLiteral("]")
                                                                         : t.captured(1));
        }
        qsizetype i = 0;
        while (i < tokens.size()) {
            if (!range) {
                if (i + 1 >= tokens.size())
                    break;
                map.insert(tokens[i].toUInt(nullptr, 16), utf16FromHex(tokens[i + 1]));
                i += 2;
                continue;
            }
            if (i + 2 >= tokens.size())
                break;
            const uint lo = tokens[i].toUInt(nullptr, 16);
            const uint hi = tokens[i + 1].toUInt(nullptr, 16);
            if (tokens[i + 2] == QLatin1String("[")) {
                i += 3;
                for (uint code = lo;
                     code <= hi && i < tokens.size() && tokens[i] != QLatin1String("]");
                     ++code, ++i)
                    map.insert(code, utf16FromHex(tokens[i]));
                ++i; // "]"
            } else {
                const QString first = utf16FromHex(tokens[i + 2]);
                for (uint code = lo; code <= hi; ++code) {
                    QString mapped = first;
                    if (!mapped.isEmpty())
                        mapped.back() = QChar(char16_t(mapped.back().unicode() + (code - lo)));
                    map.insert(code, mapped);
                }
                i += 3;
            }
        }
    }
    return map;
}

} // namespace

PdfSummary readPdf(const QByteArray &pdf) {
    PdfSummary summary;
    summary.isPdf = pdf.startsWith("%PDF-");
    const QHash<int, PdfObject> objects = pdfObjects(pdf);

    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    static const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)"));
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    static const QRegularExpression fontEntry(QStringLiteral("/(F\\d+) (\\d+) 0 R"));
    // Each font's code -> text map, by object number, and the resource names pointing at them.
    QHash<int, QHash<uint, QString>> fonts;
    QHash<QString, int> fontNames;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        const QString dictionary = QString::fromLatin1(it->dictionary);
        if (page.match(dictionary).hasMatch()) {
            if (++summary.pages == 1) {
                const QRegularExpressionMatch box = mediaBox.match(dictionary);
                if (box.hasMatch())
                    summary.pageSize =
                        QSizeF(box.captured(3).toDouble() - box.captured(1).toDouble(),
                               box.captured(4).toDouble() - box.captured(2).toDouble());
            }
        }
        if (dictionary.contains(QRegularExpression(QStringLiteral("/Subtype\\s*/Image"))))
            ++summary.images;
        if (dictionary.contains(QLatin1String("/FontFile")))
            ++summary.embeddedFonts;
        const QRegularExpressionMatch u = toUnicode.match(dictionary);
        if (u.hasMatch())
            fonts.insert(it.key(), parseToUnicode(QString::fromLatin1(
                                       objects.value(u.captured(1).toInt()).stream)));
        auto names = fontEntry.globalMatch(dictionary);
        while (names.hasNext()) {
            const QRegularExpressionMatch n = names.next();
            fontNames.insert(n.captured(1), n.captured(2).toInt());
        }
    }

    // Content streams: the font chosen with Tf, the strings shown with Tj / TJ.
    static const QRegularExpression operators(
        QStringLiteral("/(F\\d+)\\s+[\\d.]+\\s+Tf|<([0-9A-Fa-f]+)>\\s*Tj|\\[([^\\]]*)\\]\\s*TJ"));
    static const QRegularExpression hexString(QStringLiteral("<([0-9A-Fa-f]+)>"));
    for (const PdfObject &object : objects) {
        if (object.stream.isEmpty() || !object.stream.contains("BT"))
            continue;
        const QHash<uint, QString> *font = nullptr;
        const auto decode = [&](const QString &hex) {
            for (qsizetype i = 0; font && i + 4 <= hex.size(); i += 4)
                summary.text += font->value(hex.mid(i, 4).toUInt(nullptr, 16));
        };
        auto it = operators.globalMatch(QString::fromLatin1(object.stream));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!m.captured(1).isEmpty()) {
                const auto found = fonts.constFind(fontNames.value(m.captured(1), -1));
                font = found == fonts.cend() ? nullptr : &*found;
            } else if (!m.captured(2).isEmpty()) {
                ++summary.textOperators;
                decode(m.captured(2));
            } else {
                ++summary.textOperators;
                auto strings = hexString.globalMatch(m.captured(3));
                while (strings.hasNext())
                    decode(strings.next().captured(1));
            }
        }
    }
    return summary;
}

QString squeezed(const QString &text) {
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace VectorCheck

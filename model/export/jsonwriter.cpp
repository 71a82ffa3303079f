#include "jsonwriter.h"

#include <QLocale>

namespace Turnpoint {

void JsonWriter::newline() {
    m_out.append('\n');
    m_out.append(QByteArray(int(m_stack.size()) * 2, ' '));
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.empty())
        return;
    Level &level = m_stack.back();
    if (level.count++ > 0)
        m_out.append(',');
    newline();
}

void JsonWriter::beginObject() {
    beforeValue();
    m_out.append('{');
    m_stack.push_back({true, 0});
}

void JsonWriter::endObject() {
    const bool empty = m_stack.back().count == 0;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_out.append('}');
}

void JsonWriter::beginArray() {
    beforeValue();
    m_out.append('[');
    m_stack.push_back({false, 0});
}

void JsonWriter::endArray() {
    const bool empty = m_stack.back().count == 0;
    m_stack.pop_back();
    if (!empty)
        newline();
    m_out.append(']');
}

void JsonWriter::key(QStringView name) {
    beforeValue();
    writeString(name);
    m_out.append(": ");
    m_afterKey = true;
}

void JsonWriter::string(QStringView text) {
    beforeValue();
    writeString(text);
}

void JsonWriter::boolean(bool b) {
    beforeValue();
    m_out.append(b ? "true" : "false");
}

void JsonWriter::number(int n) {
    beforeValue();
    m_out.append(QByteArray::number(n));
}

void JsonWriter::number(double n) {
    beforeValue();
    // Shortest form that reads back to the same double: 65 stays "65", 67.5 stays "67.5".
    m_out.append(QByteArray::number(n, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::null() {
    beforeValue();
    m_out.append("null");
}

void JsonWriter::stringOrNull(const QString &text) {
    if (text.isEmpty())
        null();
    else
        string(text);
}

void JsonWriter::numberOrNull(std::optional<double> n) {
    if (n)
        number(*n);
    else
        null();
}

void JsonWriter::numberOrNull(std::optional<int> n) {
    if (n)
        number(*n);
    else
        null();
}

void JsonWriter::writeString(QStringView text) {
    // RFC 8259: quote, backslash and control characters are escaped; everything else is written
    // as UTF-8 so Chinese text stays readable in the file.
    m_out.append('"');
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            m_out.append(text.mid(runStart, end - runStart).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        runStart = i + 1;
        switch (c) {
        case u'"':
            m_out.append("\\\"");
            break;
        case u'\\':
            m_out.append("\\\\");
            break;
        case u'\n':
            m_out.append("\\n");
            break;
        case u'\r':
            m_out.append("\\r");
            break;
        case u'\t':
            m_out.append("\\t");
            break;
        default:
            m_out.append("\\u00");
            m_out.append(QByteArray::number(int(c), 16).rightJustified(2, '0'));
        }
    }
    flush(text.size());
    m_out.append('"');
}

} // namespace Turnpoint

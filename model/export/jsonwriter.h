#pragma once

#include "text.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace Turnpoint {

// A small streaming JSON writer that keeps keys in the order they are written. QJsonObject sorts
// keys alphabetically, and report-format.md §5 promises a stable, documented key order that
// people diff and read, so the export cannot go through it.
class JsonWriter {
public:
    QByteArray take() { return std::move(m_out); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    void key(QStringView name);

    // Distinct names, not overloads of one: a char16_t literal would otherwise silently pick the
    // bool overload (pointer-to-bool beats the QStringView conversion).
    void string(QStringView text);
    void string(const Text &text) { string(Utf16(text).view()); }
    void string(const QString &text) { string(QStringView(text)); }
    void boolean(bool b);
    void number(int n);
    void number(double n);
    void null();
    // null when empty / absent
    void stringOrNull(const QString &text);
    void numberOrNull(std::optional<double> n);
    void numberOrNull(std::optional<int> n);

private:
    void beforeValue();
    void newline();
    void writeString(QStringView text);

    struct Level {
        bool isObject;
        int count;
    };
    QByteArray m_out;
    std::vector<Level> m_stack;
    bool m_afterKey = false;
};

} // namespace Turnpoint

#pragma once

#include <QLatin1String>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <cstring>

namespace Turnpoint {

class TextArena;

// One string of report text in eight bytes. A parsed report holds about ten million of them for
// a million turning points; as QStrings (24 bytes each plus a heap block with its header, the
// characters and the allocator's overhead) they took most of the memory. A Text is one pointer
// to a record in a TextArena block (a 32-bit header, then the characters: one byte each when
// every character is Latin-1, as in links and numbers, else UTF-16), so characters are stored
// once, next to each other, and a Text costs no allocation of its own.
//
// It is a value like QString: copies are cheap and safe. Each arena block counts the Texts that
// point into it and is freed with the last of them, so a Text copied out of a report stays
// valid after the report is gone. Text built from a QString (hand-made reports, tests) owns a
// small counted block of its own.
//
// Reading code mostly needs QString: the conversion is implicit and copies the characters, so
// a QString made from a Text never points into an arena. `visit()` reads without copying.
class Text {
public:
    Text() noexcept = default;
    // Implicit, as a QString is a string: hand-made reports say `Source{1, name, url}`. A function
    // overloaded for QStringView and Text needs a QString overload too, or a QString argument
    // is ambiguous.
    Text(const QString &s)
        : Text(QStringView(s)) {} // NOLINT
    explicit Text(QStringView s);
    Text(const Text &other) noexcept
        : m_p(other.m_p) {
        ref();
    }
    Text(Text &&other) noexcept
        : m_p(other.m_p) {
        other.m_p = 0;
    }
    Text &operator=(const Text &other) noexcept {
        Text copy(other);
        swap(copy);
        return *this;
    }
    Text &operator=(Text &&other) noexcept {
        Text moved(std::move(other));
        swap(moved);
        return *this;
    }
    Text &operator=(const QString &s) { return *this = Text(s); }
    Text &operator=(QStringView s) { return *this = Text(s); }
    ~Text() { deref(); }

    void swap(Text &other) noexcept { std::swap(m_p, other.m_p); }

    bool isEmpty() const noexcept { return m_p == 0; }
    qsizetype size() const noexcept { return m_p ? qsizetype(header() & LengthMask) : 0; }
    qsizetype length() const noexcept { return size(); }
    // True when the characters are stored one byte each (every one is U+0000..U+00FF).
    bool isLatin1() const noexcept { return m_p && (header() & Latin1Flag); }

    QString toString() const;
    operator QString() const { return toString(); } // NOLINT: reading code wants QString

    // Calls `f` with the characters as a QStringView or a QLatin1String (empty: a QStringView),
    // without copying them.
    template <typename F> decltype(auto) visit(F &&f) const {
        if (isLatin1())
            return f(QLatin1String(reinterpret_cast<const char *>(chars()), size()));
        return f(QStringView(reinterpret_cast<const char16_t *>(chars()), size()));
    }

    bool startsWith(QStringView prefix, Qt::CaseSensitivity cs = Qt::CaseSensitive) const {
        return visit([&](auto s) { return s.startsWith(prefix, cs); });
    }
    bool contains(QStringView needle, Qt::CaseSensitivity cs = Qt::CaseSensitive) const {
        return visit([&](auto s) { return s.contains(needle, cs); });
    }

    friend bool operator==(const Text &a, const Text &b) noexcept;
    friend bool operator!=(const Text &a, const Text &b) noexcept { return !(a == b); }
    friend bool operator==(const Text &a, QStringView b) noexcept {
        return a.visit([b](auto s) { return s == b; });
    }
    friend bool operator!=(const Text &a, QStringView b) noexcept { return !(a == b); }
    friend bool operator==(QStringView a, const Text &b) noexcept { return b == a; }
    friend bool operator!=(QStringView a, const Text &b) noexcept { return !(b == a); }
    friend bool operator==(const Text &a, const QString &b) noexcept { return a == QStringView(b); }
    friend bool operator!=(const Text &a, const QString &b) noexcept { return !(a == b); }
    friend bool operator==(const QString &a, const Text &b) noexcept { return b == QStringView(a); }
    friend bool operator!=(const QString &a, const Text &b) noexcept { return !(b == a); }
    friend bool operator==(const Text &a, QLatin1String b) noexcept {
        return a.visit([b](auto s) { return s == b; });
    }
    friend bool operator!=(const Text &a, QLatin1String b) noexcept { return !(a == b); }
    // Code-point order, as QString's operator<.
    friend bool operator<(const Text &a, const Text &b) noexcept;

private:
    friend class TextArena;
    static constexpr quint32 Latin1Flag = 0x80000000u;
    static constexpr quint32 LengthMask = 0x7fffffffu;
    // Low bit of m_p set: the record is in a block of its own (see text.cpp).
    static constexpr quintptr OwnedTag = 1;

    quint32 header() const noexcept {
        quint32 h;
        std::memcpy(&h, record(), sizeof h);
        return h;
    }
    const unsigned char *record() const noexcept {
        return reinterpret_cast<const unsigned char *>(m_p & ~OwnedTag);
    }
    const unsigned char *chars() const noexcept { return m_p ? record() + 4 : nullptr; }
    void ref() const noexcept;
    void deref() noexcept;

    quintptr m_p = 0;
};

size_t qHash(const Text &t, size_t seed = 0) noexcept;

// A Text's characters as a QStringView, for code that reads UTF-16 (search, comparison): the
// stored characters, or, when they are stored as Latin-1, a widened copy (on the stack when
// short). Lives as long as the view is used: `contains(Utf16(entry.title), term)`.
class Utf16 {
public:
    explicit Utf16(const Text &t);
    Utf16(const Utf16 &) = delete;
    Utf16 &operator=(const Utf16 &) = delete;

    QStringView view() const noexcept { return m_view; }
    operator QStringView() const noexcept { return m_view; } // NOLINT: used as a QStringView

private:
    QVarLengthArray<char16_t, 256> m_buffer;
    QStringView m_view;
};

// Appends Texts to blocks of one megabyte. A parser owns one while it runs; the blocks live on
// as long as any Text points into them. Not thread-safe: one arena per thread.
class TextArena {
public:
    TextArena() = default;
    TextArena(const TextArena &) = delete;
    TextArena &operator=(const TextArena &) = delete;
    ~TextArena();

    Text add(QStringView s);

    static constexpr size_t BlockSize = size_t(1) << 20;
    // Longer strings get a block of their own, so a block's unused tail stays small.
    static constexpr qsizetype MaxArenaLength = 16 * 1024;

private:
    unsigned char *m_block = nullptr;
    size_t m_used = 0;
};

} // namespace Turnpoint

Q_DECLARE_TYPEINFO(Turnpoint::Text, Q_RELOCATABLE_TYPE);

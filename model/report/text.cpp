#include "text.h"

#include <atomic>
#include <cstdlib>
#include <new>
#include <type_traits>

namespace Turnpoint {

// Memory layout. A record is a 32-bit header (length, Latin-1 flag) followed by the characters,
// and starts at a multiple of 4. Records live either
//  - in an arena block: BlockSize bytes aligned to BlockSize, whose first 8 bytes hold the count
//    of Texts pointing into it (plus one while its arena still appends to it); a record's block
//    is its address rounded down to BlockSize;
//  - or alone (Text(QStringView), or a string too long for an arena): a 4-byte count, then the
//    record; the Text's pointer then has its low bit set (OwnedTag).

namespace {

using Count = std::atomic<quint32>;
static_assert(sizeof(Count) == 4 && alignof(Count) <= 4);

constexpr size_t BlockHeader = 8;

Count *blockCount(const unsigned char *block) {
    return reinterpret_cast<Count *>(const_cast<unsigned char *>(block));
}

bool fitsLatin1(QStringView s) {
    // OR of all units: one branch-free pass the compiler vectorises.
    const char16_t *p = s.utf16();
    char16_t all = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        all |= p[i];
    return all < 0x100;
}

size_t recordBytes(qsizetype length, bool latin1) {
    const size_t bytes = 4 + size_t(length) * (latin1 ? 1 : 2);
    return (bytes + 3) & ~size_t(3);
}

void writeRecord(unsigned char *record, QStringView s, bool latin1) {
    const quint32 header = quint32(s.size()) | (latin1 ? 0x80000000u : 0u);
    std::memcpy(record, &header, sizeof header);
    unsigned char *out = record + 4;
    if (latin1) {
        const char16_t *in = s.utf16();
        for (qsizetype i = 0; i < s.size(); ++i)
            out[i] = static_cast<unsigned char>(in[i]);
    } else {
        std::memcpy(out, s.utf16(), size_t(s.size()) * 2);
    }
}

} // namespace

Text::Text(QStringView s) {
    if (s.isEmpty())
        return;
    // Longer than the header can say: cannot come from a parsed report (files are limited to
    // 1 GB); cut rather than wrap around.
    if (s.size() > qsizetype(LengthMask))
        s = s.first(qsizetype(LengthMask));
    const bool latin1 = fitsLatin1(s);
    auto *block = static_cast<unsigned char *>(std::malloc(4 + recordBytes(s.size(), latin1)));
    if (!block)
        throw std::bad_alloc();
    new (block) Count(1);
    writeRecord(block + 4, s, latin1);
    m_p = reinterpret_cast<quintptr>(block + 4) | OwnedTag;
}

namespace {

// One arena block kept back when its last Text goes: parsing many small reports in a row (a
// batch load, the fuzzer) would otherwise get a fresh block from the system for each one, and
// the kernel zero-fills every page of it again. One slot is enough for that and bounds what is
// kept to one block.
std::atomic<unsigned char *> g_spareBlock{nullptr};

unsigned char *allocateBlock() {
    if (unsigned char *spare = g_spareBlock.exchange(nullptr, std::memory_order_acquire))
        return spare;
    auto *block = static_cast<unsigned char *>(
        std::aligned_alloc(TextArena::BlockSize, TextArena::BlockSize));
    if (!block)
        throw std::bad_alloc();
    return block;
}

void releaseBlock(unsigned char *block) {
    unsigned char *expected = nullptr;
    if (!g_spareBlock.compare_exchange_strong(expected, block, std::memory_order_release,
                                              std::memory_order_relaxed))
        std::free(block);
}

} // namespace

void Text::ref() const noexcept {
    if (!m_p)
        return;
    const unsigned char *r = record();
    Count *count = (m_p & OwnedTag) ? blockCount(r - 4)
                                    : blockCount(reinterpret_cast<const unsigned char *>(
                                          quintptr(r) & ~quintptr(TextArena::BlockSize - 1)));
    count->fetch_add(1, std::memory_order_relaxed);
}

void Text::deref() noexcept {
    if (!m_p)
        return;
    const unsigned char *r = record();
    const unsigned char *block = (m_p & OwnedTag)
                                     ? r - 4
                                     : reinterpret_cast<const unsigned char *>(
                                           quintptr(r) & ~quintptr(TextArena::BlockSize - 1));
    const bool owned = m_p & OwnedTag;
    m_p = 0;
    if (blockCount(block)->fetch_sub(1, std::memory_order_acq_rel) == 1) {
        if (owned)
            std::free(const_cast<unsigned char *>(block));
        else
            releaseBlock(const_cast<unsigned char *>(block));
    }
}

QString Text::toString() const {
    if (!m_p)
        return QString();
    if (isLatin1())
        return QString::fromLatin1(reinterpret_cast<const char *>(chars()), size());
    return QString(reinterpret_cast<const QChar *>(chars()), size());
}

bool operator==(const Text &a, const Text &b) noexcept {
    if (a.m_p == b.m_p)
        return true;
    if (!a.m_p || !b.m_p)
        return false;
    // The storage is decided by the characters alone, so equal strings have equal headers.
    const quint32 h = a.header();
    if (h != b.header())
        return false;
    const size_t n = size_t(h & Text::LengthMask) * ((h & Text::Latin1Flag) ? 1 : 2);
    return std::memcmp(a.chars(), b.chars(), n) == 0;
}

bool operator<(const Text &a, const Text &b) noexcept {
    return a.visit([&](auto x) { return b.visit([&](auto y) { return x.compare(y) < 0; }); });
}

size_t qHash(const Text &t, size_t seed) noexcept {
    // Equal Texts have equal storage (see operator==), so hashing the stored form is consistent.
    return t.visit([seed](auto s) { return ::qHash(s, seed); });
}

Utf16::Utf16(const Text &t) {
    t.visit([this](auto s) {
        if constexpr (std::is_same_v<decltype(s), QStringView>) {
            m_view = s;
        } else {
            m_buffer.resize(s.size());
            const char *in = s.data();
            for (qsizetype i = 0; i < s.size(); ++i)
                m_buffer[i] = static_cast<unsigned char>(in[i]);
            m_view = QStringView(m_buffer.constData(), m_buffer.size());
        }
    });
}

TextArena::~TextArena() {
    if (m_block && blockCount(m_block)->fetch_sub(1, std::memory_order_acq_rel) == 1)
        releaseBlock(m_block);
}

Text TextArena::add(QStringView s) {
    if (s.isEmpty())
        return Text();
    if (s.size() > MaxArenaLength)
        return Text(s);
    const bool latin1 = fitsLatin1(s);
    const size_t bytes = recordBytes(s.size(), latin1);
    if (!m_block || m_used + bytes > BlockSize) {
        unsigned char *block = allocateBlock();
        new (block) Count(1); // the arena's own reference, while it appends here
        if (m_block && blockCount(m_block)->fetch_sub(1, std::memory_order_acq_rel) == 1)
            releaseBlock(m_block);
        m_block = block;
        m_used = BlockHeader;
    }
    unsigned char *record = m_block + m_used;
    writeRecord(record, s, latin1);
    m_used += bytes;
    blockCount(m_block)->fetch_add(1, std::memory_order_relaxed);
    Text t;
    t.m_p = reinterpret_cast<quintptr>(record);
    return t;
}

} // namespace Turnpoint

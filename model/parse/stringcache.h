#pragma once

#include "text.h"

#include <QStringView>

#include <array>
#include <cstddef>

namespace Turnpoint {

// Reports repeat the same strings thousands of times (field keys, labels, kinds, heading dates,
// source names; and values, titles and notes: a project's start date, "全省", the same source
// cited by many entries). Sharing one Text per distinct value stores its characters once. A
// direct-mapped cache is enough: a miss just costs a copy into the arena, as without it.
template <size_t Size, qsizetype MaxLength> class StringCache {
    static_assert((Size & (Size - 1)) == 0, "Size must be a power of two");

public:
    explicit StringCache(TextArena &arena)
        : m_arena(arena) {}

    Text get(QStringView s) {
        if (s.size() > MaxLength || s.isEmpty())
            return m_arena.add(s);
        // FNV-1a over the UTF-16 units: these strings are short, and qHash's seeded hash
        // costs more than the copy it saves.
        quint32 h = 2166136261u;
        for (const QChar c : s)
            h = (h ^ c.unicode()) * 16777619u;
        Text &slot = m_slots[(h ^ (h >> 15)) & (Size - 1)];
        if (slot != s)
            slot = m_arena.add(s);
        return slot;
    }

private:
    TextArena &m_arena;
    std::array<Text, Size> m_slots;
};

} // namespace Turnpoint

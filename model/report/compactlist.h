#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <initializer_list>
#include <limits>
#include <new>
#include <utility>

namespace Turnpoint {

// A list of a few elements in one pointer. A parsed report has millions of small lists (each
// entry's fields, sources and notes; each turning point's entries); QList spends 24 bytes on
// each even when empty. Like QList it is implicitly shared (copying is a reference count;
// writing detaches) and grows on append; unlike QList it keeps no reserve at the front and
// grows by half, and the parser squeezes each list when it is complete.
template <typename T> class CompactList {
    struct Header {
        std::atomic<int> ref;
        int size;
        int capacity;
    };
    // Elements start after the header, aligned for T.
    static constexpr size_t Offset = (sizeof(Header) + alignof(T) - 1) & ~(alignof(T) - 1);

public:
    using value_type = T;
    using size_type = qsizetype;
    using const_iterator = const T *;
    using iterator = T *;
    using const_reference = const T &;
    using reference = T &;

    CompactList() noexcept = default;
    CompactList(std::initializer_list<T> items) {
        reserve(qsizetype(items.size()));
        for (const T &t : items)
            append(t);
    }
    CompactList(const CompactList &other) noexcept
        : m_d(other.m_d) {
        if (m_d)
            m_d->ref.fetch_add(1, std::memory_order_relaxed);
    }
    CompactList(CompactList &&other) noexcept
        : m_d(std::exchange(other.m_d, nullptr)) {}
    CompactList &operator=(const CompactList &other) noexcept {
        CompactList copy(other);
        swap(copy);
        return *this;
    }
    CompactList &operator=(CompactList &&other) noexcept {
        CompactList moved(std::move(other));
        swap(moved);
        return *this;
    }
    ~CompactList() { release(m_d); }

    void swap(CompactList &other) noexcept { std::swap(m_d, other.m_d); }

    qsizetype size() const noexcept { return m_d ? m_d->size : 0; }
    qsizetype count() const noexcept { return size(); }
    qsizetype length() const noexcept { return size(); }
    qsizetype capacity() const noexcept { return m_d ? m_d->capacity : 0; }
    bool isEmpty() const noexcept { return size() == 0; }
    bool empty() const noexcept { return isEmpty(); }

    const T *constData() const noexcept { return m_d ? elements(m_d) : nullptr; }
    const_iterator begin() const noexcept { return constData(); }
    const_iterator end() const noexcept { return constData() + size(); }
    const_iterator cbegin() const noexcept { return begin(); }
    const_iterator cend() const noexcept { return end(); }
    const_iterator constBegin() const noexcept { return begin(); }
    const_iterator constEnd() const noexcept { return end(); }
    iterator begin() {
        detach();
        return m_d ? elements(m_d) : nullptr;
    }
    iterator end() {
        detach();
        return m_d ? elements(m_d) + m_d->size : nullptr;
    }

    const T &at(qsizetype i) const noexcept {
        Q_ASSERT(i >= 0 && i < size());
        return constData()[i];
    }
    const T &operator[](qsizetype i) const noexcept { return at(i); }
    T &operator[](qsizetype i) {
        Q_ASSERT(i >= 0 && i < size());
        detach();
        return elements(m_d)[i];
    }
    const T &first() const noexcept { return at(0); }
    const T &last() const noexcept { return at(size() - 1); }
    const T &constFirst() const noexcept { return first(); }
    const T &constLast() const noexcept { return last(); }
    const T &front() const noexcept { return first(); }
    const T &back() const noexcept { return last(); }
    T &first() { return (*this)[0]; }
    T &last() { return (*this)[size() - 1]; }
    T &front() { return first(); }
    T &back() { return last(); }

    void append(const T &t) { emplaceBack(t); }
    void append(T &&t) { emplaceBack(std::move(t)); }
    void push_back(const T &t) { emplaceBack(t); }
    void push_back(T &&t) { emplaceBack(std::move(t)); }
    CompactList &operator<<(const T &t) {
        append(t);
        return *this;
    }
    template <typename... Args> T &emplaceBack(Args &&...args) {
        const qsizetype n = size();
        T *slot;
        if (!m_d || m_d->ref.load(std::memory_order_relaxed) != 1 || n == m_d->capacity) {
            // Built first: the arguments may refer to an element of this list.
            T value(std::forward<Args>(args)...);
            // Small lists grow one by one (most stay at one to four elements); longer ones by
            // half, so appending stays amortised constant.
            reallocate(n < 8 ? n + 1 : n + n / 2);
            slot = elements(m_d) + n;
            new (slot) T(std::move(value));
        } else {
            slot = elements(m_d) + n;
            new (slot) T(std::forward<Args>(args)...);
        }
        ++m_d->size;
        return *slot;
    }
    template <typename... Args> T &emplace_back(Args &&...args) {
        return emplaceBack(std::forward<Args>(args)...);
    }

    void reserve(qsizetype n) {
        if (n > capacity() || (m_d && m_d->ref.load(std::memory_order_relaxed) != 1))
            reallocate(std::max(n, size()));
    }
    // Capacity down to the size.
    void squeeze() {
        if (m_d && m_d->capacity > m_d->size)
            reallocate(m_d->size);
    }
    void clear() {
        release(m_d);
        m_d = nullptr;
    }
    CompactList &operator=(std::initializer_list<T> items) { return *this = CompactList(items); }

    void removeFirst() { removeAt(0); }
    void removeLast() { removeAt(size() - 1); }
    void removeAt(qsizetype i) {
        Q_ASSERT(i >= 0 && i < size());
        detach();
        T *e = elements(m_d);
        std::move(e + i + 1, e + m_d->size, e + i);
        e[m_d->size - 1].~T();
        --m_d->size;
    }

    bool contains(const T &t) const { return std::find(begin(), end(), t) != end(); }

    friend bool operator==(const CompactList &a, const CompactList &b) {
        return a.m_d == b.m_d || std::equal(a.begin(), a.end(), b.begin(), b.end());
    }
    friend bool operator!=(const CompactList &a, const CompactList &b) { return !(a == b); }

private:
    static T *elements(Header *d) noexcept {
        return reinterpret_cast<T *>(reinterpret_cast<unsigned char *>(d) + Offset);
    }

    static void release(Header *d) noexcept {
        if (!d || d->ref.fetch_sub(1, std::memory_order_acq_rel) != 1)
            return;
        T *e = elements(d);
        for (int i = 0; i < d->size; ++i)
            e[i].~T();
        d->~Header();
        std::free(d);
    }

    void detach() {
        if (m_d && m_d->ref.load(std::memory_order_relaxed) != 1)
            reallocate(m_d->capacity);
    }

    // A new block of `capacity` with the elements moved (sole owner) or copied (shared) into it.
    void reallocate(qsizetype capacity) {
        if (capacity == 0) {
            clear();
            return;
        }
        if (capacity > std::numeric_limits<int>::max())
            throw std::bad_alloc();
        void *raw = std::malloc(Offset + size_t(capacity) * sizeof(T));
        if (!raw)
            throw std::bad_alloc();
        auto *d = new (raw) Header{{1}, 0, int(capacity)};
        if (m_d) {
            T *from = elements(m_d);
            T *to = elements(d);
            const bool shared = m_d->ref.load(std::memory_order_relaxed) != 1;
            for (int i = 0; i < m_d->size; ++i) {
                if (shared)
                    new (to + i) T(from[i]);
                else
                    new (to + i) T(std::move(from[i]));
            }
            d->size = m_d->size;
        }
        release(m_d);
        m_d = d;
    }

    Header *m_d = nullptr;
};

} // namespace Turnpoint

template <typename T> class QTypeInfo<Turnpoint::CompactList<T>> {
public:
    enum {
        isComplex = true,
        isRelocatable = true, // one pointer, nothing points back at it
        isPointer = false,
        isIntegral = false,
    };
};

#pragma once

#include "prefetch.h"

#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace Roomdesk {

// Keys (user ids, e-mails, names) to numbers, for telling people apart in a report of a
// million rows. Each key is copied once into the table, so a lookup touches the table's few
// megabytes rather than the pages the key came from (hundreds of megabytes, mostly out of
// the cache). Keys of up to 23 bytes (Zoom's user ids have 22) are kept in their slot, so
// finding one takes a single cache line. A caller going through many keys hashes them ahead
// and prefetches their slots (and longer keys) a few rows before it gets to them, so the
// cache misses overlap.
//
// Caseless tables compare keys without regard to ASCII case; other text is case-folded by
// KeyFolder before it gets here.
template<bool Caseless>
class KeyTable final
{
public:
    struct Found
    {
        int &value; // valid until the next key is added
        bool added;
    };

    explicit KeyTable(size_t expected = 0)
    {
        size_t capacity = 64;
        while (capacity < expected * 2)
            capacity *= 2;
        m_slots.resize(capacity);
        m_mask = capacity - 1;
    }
    Q_DISABLE_COPY_MOVE(KeyTable)

    static quint64 hash(std::string_view key);
    static bool same(std::string_view a, std::string_view b);

    // The value for the key, added as `value` when the key is new.
    Found tryEmplace(std::string_view key, quint64 hashed, int value);
    Found tryEmplace(std::string_view key, int value) { return tryEmplace(key, hash(key), value); }
    int *find(std::string_view key, quint64 hashed);
    int *find(std::string_view key) { return find(key, hash(key)); }

    void prefetchSlot(quint64 hashed) const { prefetch(&m_slots[size_t(hashed) & m_mask]); }
    // Once the slot is in the cache: the key it holds.
    void prefetchKey(quint64 hashed) const
    {
        const Slot &slot = m_slots[size_t(hashed) & m_mask];
        if (slot.size == Slot::outside)
            prefetch(slot.outsideKey());
    }

private:
    // 32 bytes: two to a cache line.
    struct Slot
    {
        static constexpr quint8 inlineBytes = 23;
        static constexpr quint8 outside = 0xFE; // in size: the key is kept in m_blocks
        static constexpr quint8 empty = 0xFF;

        quint32 tag = 0; // the high half of the hash
        int value = 0;
        char bytes[inlineBytes] = {}; // the key, or where it is kept (its length, then its bytes)
        quint8 size = empty; // the key's length, up to inlineBytes, or outside, or empty

        const char *outsideKey() const
        {
            const char *key = nullptr;
            std::memcpy(&key, bytes, sizeof key);
            return key;
        }
    };
    static_assert(sizeof(Slot) == 32);

    static char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; }
    static quint64 lowerAscii8(quint64 word);
    static std::string_view keyOf(const Slot &slot);
    void keep(Slot &slot, std::string_view key);
    void grow();

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
    std::deque<std::string> m_blocks; // the keys, in blocks that never move
};

// Eight bytes at once: ASCII capitals to lower case, every other byte as it is.
template<bool Caseless>
quint64 KeyTable<Caseless>::lowerAscii8(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    const quint64 heptets = word & (0x7F * ones);
    const quint64 fromA = heptets + (0x80 - 'A') * ones; // high bit: at least 'A'
    const quint64 pastZ = heptets + (0x80 - 'Z' - 1) * ones; // high bit: past 'Z'
    return word | ((fromA & ~pastZ & ~word & (0x80 * ones)) >> 2);
}

template<bool Caseless>
quint64 KeyTable<Caseless>::hash(std::string_view key)
{
    quint64 hash = 0x9E3779B97F4A7C15ULL ^ key.size();
    const auto mix = [&hash](quint64 word) {
        if constexpr (Caseless)
            word = lowerAscii8(word);
        hash = (hash ^ word) * 0xBF58476D1CE4E5B9ULL;
        hash ^= hash >> 31;
    };
    size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
        quint64 word = 0;
        std::memcpy(&word, key.data() + i, sizeof word);
        mix(word);
    }
    if (i < key.size()) {
        quint64 word = 0;
        std::memcpy(&word, key.data() + i, key.size() - i);
        mix(word);
    }
    return hash * 0x94D049BB133111EBULL;
}

template<bool Caseless>
bool KeyTable<Caseless>::same(std::string_view a, std::string_view b)
{
    if constexpr (!Caseless) {
        return a == b;
    } else {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if (a[i] != b[i] && lower(a[i]) != lower(b[i]))
                return false;
        }
        return true;
    }
}

template<bool Caseless>
typename KeyTable<Caseless>::Found KeyTable<Caseless>::tryEmplace(std::string_view key, quint64 hashed, int value)
{
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    const auto tag = quint32(hashed >> 32);
    for (size_t at = size_t(hashed) & m_mask;; at = (at + 1) & m_mask) {
        Slot &slot = m_slots[at];
        if (slot.size == Slot::empty) {
            slot.tag = tag;
            slot.value = value;
            keep(slot, key);
            ++m_size;
            return {slot.value, true};
        }
        if (slot.tag == tag && same(keyOf(slot), key))
            return {slot.value, false};
    }
}

template<bool Caseless>
int *KeyTable<Caseless>::find(std::string_view key, quint64 hashed)
{
    const auto tag = quint32(hashed >> 32);
    for (size_t at = size_t(hashed) & m_mask;; at = (at + 1) & m_mask) {
        Slot &slot = m_slots[at];
        if (slot.size == Slot::empty)
            return nullptr;
        if (slot.tag == tag && same(keyOf(slot), key))
            return &slot.value;
    }
}

template<bool Caseless>
std::string_view KeyTable<Caseless>::keyOf(const Slot &slot)
{
    if (slot.size != Slot::outside)
        return {slot.bytes, slot.size};
    const char *key = slot.outsideKey();
    quint32 length = 0;
    std::memcpy(&length, key, sizeof length);
    return {key + sizeof length, length};
}

template<bool Caseless>
void KeyTable<Caseless>::keep(Slot &slot, std::string_view key)
{
    if (key.size() <= Slot::inlineBytes) {
        std::memcpy(slot.bytes, key.data(), key.size());
        slot.size = quint8(key.size());
        return;
    }
    const size_t size = sizeof(quint32) + key.size();
    if (m_blocks.empty() || m_blocks.back().size() + size > m_blocks.back().capacity())
        m_blocks.emplace_back().reserve(std::max<size_t>(size, size_t(256) * 1024));
    std::string &block = m_blocks.back(); // never grown past its capacity
    const size_t at = block.size();
    const auto length = quint32(key.size());
    block.append(reinterpret_cast<const char *>(&length), sizeof length);
    block.append(key);
    const char *kept = block.data() + at;
    std::memcpy(slot.bytes, &kept, sizeof kept);
    slot.size = Slot::outside;
}

template<bool Caseless>
void KeyTable<Caseless>::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    m_mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.size == Slot::empty)
            continue;
        size_t at = size_t(hash(keyOf(slot))) & m_mask;
        while (m_slots[at].size != Slot::empty)
            at = (at + 1) & m_mask;
        m_slots[at] = slot;
    }
}

} // namespace Roomdesk

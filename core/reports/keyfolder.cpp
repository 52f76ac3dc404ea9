#include "keyfolder.h"

#include <QString>

#include <algorithm>
#include <cstring>

namespace Roomdesk {

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

bool isAscii(std::string_view text)
{
    quint64 bits = 0;
    size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        quint64 word = 0;
        std::memcpy(&word, text.data() + i, sizeof word);
        bits |= word;
    }
    for (; i < text.size(); ++i)
        bits |= quint8(text[i]);
    return (bits & 0x8080808080808080ULL) == 0;
}

// QString::toCaseFolded() of each character from U+0080 to U+07FF, in UTF-8, worked out once.
// Qt folds each character on its own, so text of ASCII and these characters folds as the
// concatenation of their foldings.
class TwoByteFolding
{
public:
    TwoByteFolding()
    {
        for (char16_t c = 0x80; c < 0x800; ++c) {
            const QByteArray folded = QString(QChar(c)).toCaseFolded().toUtf8();
            Folded &entry = m_folded[c - 0x80];
            entry.length = folded.size() <= qsizetype(sizeof entry.bytes) ? quint8(folded.size()) : 0;
            std::memcpy(entry.bytes, folded.constData(), entry.length);
        }
    }

    // False for text with anything but ASCII and well-formed two-byte characters kept here:
    // the caller folds it through QString.
    bool fold(std::string_view text, std::string &out) const
    {
        for (size_t i = 0; i < text.size();) {
            if (quint8(text[i]) < 0x80) {
                out.push_back(lower(text[i]));
                ++i;
                continue;
            }
            const Folded *entry = at(text, i);
            if (!entry)
                return false;
            out.append(entry->bytes, entry->length);
            i += 2;
        }
        return true;
    }

    int ends(std::string_view text) const
    {
        int first = -1;
        int last = -1;
        if (quint8(text.front()) < 0x80)
            first = quint8(lower(text.front()));
        else if (const Folded *entry = at(text, 0))
            first = quint8(lower(entry->bytes[0]));
        if (quint8(text.back()) < 0x80)
            last = quint8(lower(text.back()));
        else if (const Folded *entry = text.size() >= 2 ? at(text, text.size() - 2) : nullptr)
            last = quint8(lower(entry->bytes[entry->length - 1]));
        return first < 0 || last < 0 ? -1 : first << 8 | last;
    }

private:
    struct Folded
    {
        quint8 length; // 0: not kept here
        char bytes[7];
    };

    // The folding of the two-byte character at i, if there is one and it is kept here.
    const Folded *at(std::string_view text, size_t i) const
    {
        const auto lead = quint8(text[i]);
        if (lead < 0xC2 || lead > 0xDF || i + 1 >= text.size() || (quint8(text[i + 1]) & 0xC0) != 0x80)
            return nullptr;
        const Folded &entry = m_folded[(size_t(lead & 0x1F) << 6 | (quint8(text[i + 1]) & 0x3F)) - 0x80];
        return entry.length > 0 ? &entry : nullptr;
    }

    Folded m_folded[0x800 - 0x80] {};
};

const TwoByteFolding &twoByteFolding()
{
    static const TwoByteFolding folding;
    return folding;
}

} // namespace

std::string_view KeyFolder::key(std::string_view text)
{
    const std::string_view folded = transientKey(text);
    if (folded.data() != m_scratch.data())
        return folded; // a slice of the text itself
    if (m_kept.empty() || m_kept.back().size() + folded.size() > m_kept.back().capacity())
        m_kept.emplace_back().reserve(std::max<size_t>(folded.size(), size_t(64) * 1024));
    std::string &block = m_kept.back(); // never grown past its capacity
    const size_t at = block.size();
    block.append(folded);
    return {block.data() + at, folded.size()};
}

std::string_view KeyFolder::transientKey(std::string_view text)
{
    text = trimmed(text);
    if (isAscii(text))
        return text;
    m_scratch.clear();
    if (!twoByteFolding().fold(text, m_scratch))
        m_scratch = QString::fromUtf8(text.data(), qsizetype(text.size())).toCaseFolded().toStdString();
    return m_scratch;
}

int KeyFolder::endsOf(std::string_view key)
{
    return quint8(lower(key.front())) << 8 | quint8(lower(key.back()));
}

int KeyFolder::quickEnds(std::string_view text)
{
    return twoByteFolding().ends(text);
}

std::string_view KeyFolder::trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

} // namespace Roomdesk

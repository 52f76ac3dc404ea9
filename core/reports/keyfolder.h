#pragma once

#include <QtGlobal>

#include <deque>
#include <string>
#include <string_view>

namespace Roomdesk {

// Keys for matching e-mails and names without regard to case: the text without the spaces
// and tabs around it, ASCII as it is (KeyTable<true> ignores its case), anything else
// case-folded as QString::toCaseFolded() does. Latin, Greek and Cyrillic text is folded from
// a table, without going through QString: a report folds a name on every row it appears in.
class KeyFolder final
{
public:
    KeyFolder() = default;
    Q_DISABLE_COPY_MOVE(KeyFolder)

    // Kept as long as the folder.
    std::string_view key(std::string_view text);
    // Valid until the next call.
    std::string_view transientKey(std::string_view text);

    // The first and last bytes of a key (ASCII in lower case) as one number.
    static int endsOf(std::string_view key);
    // endsOf(key(text)) told from the first and last characters of the text alone, without
    // folding it; -1 when they are neither ASCII nor in the table. The text is trimmed and not
    // empty.
    static int quickEnds(std::string_view text);

    static std::string_view trimmed(std::string_view text);

private:
    std::string m_scratch;
    std::deque<std::string> m_kept; // in blocks that never move
};

} // namespace Roomdesk

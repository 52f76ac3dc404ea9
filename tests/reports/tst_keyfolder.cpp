// Keys for matching e-mails and names without regard to case: the table-driven folding must
// give exactly what QString::toCaseFolded() gives, for every character it covers and for text
// that mixes them with anything else (other scripts, broken UTF-8, spaces around).
#include "reports/keyfolder.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

using namespace Roomdesk;

namespace {

std::string reference(std::string_view text)
{
    text = KeyFolder::trimmed(text);
    const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return quint8(c) < 0x80; });
    if (ascii)
        return std::string(text);
    return QString::fromUtf8(text.data(), qsizetype(text.size())).toCaseFolded().toStdString();
}

} // namespace

class TestKeyFolder final : public QObject
{
    Q_OBJECT

private slots:
    void keys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("ASCII keeps its case") << "Ana.Garcia@Example.COM"
                                              << "Ana.Garcia@Example.COM";
        QTest::newRow("spaces and tabs around") << " \tAna García\t "
                                                << "ana garcía";
        QTest::newRow("accented") << "ÁLVARO NÚÑEZ"
                                  << "álvaro núñez";
        QTest::newRow("Cyrillic") << "ОЛЬГА Смирнова"
                                  << "ольга смирнова";
        QTest::newRow("Greek final sigma") << "ΣΊΣΥΦΟΣ"
                                           << "σίσυφοσ";
        QTest::newRow("beyond the table") << "ÅNGSTRÖM Å 😀" << QString::fromUtf8(reference("ÅNGSTRÖM Å 😀"));
        QTest::newRow("only spaces") << "   "
                                     << "";
    }

    void keys()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        const std::string utf8 = text.toStdString();
        KeyFolder folder;
        QCOMPARE(QString::fromStdString(std::string(folder.key(utf8))), key);
        QCOMPARE(QString::fromStdString(std::string(folder.transientKey(utf8))), key);
    }

    // Every character up to U+07FF on its own, between ASCII letters, and next to another.
    void everyTwoByteCharacter()
    {
        KeyFolder folder;
        for (char32_t c = 0x80; c < 0x800; ++c) {
            const std::string one = QString::fromUcs4(&c, 1).toStdString();
            for (const std::string &text : {one, "A" + one + "b", one + one, "x" + one})
                QCOMPARE(std::string(folder.transientKey(text)), reference(text));
        }
    }

    // Random text, much of it not UTF-8 at all: the same keys as QString, and the quick look
    // at a key's ends agrees with the key whenever it says anything.
    void randomText()
    {
        static const unsigned char odd[] = {0x09, 0x20, 0x41, 0x61, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3,
                                            0xCF, 0xD0, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xFF};
        QRandomGenerator random(7);
        KeyFolder folder;
        for (int round = 0; round < 200000; ++round) {
            std::string text;
            const int length = int(random.bounded(8));
            for (int i = 0; i < length; ++i) {
                switch (random.bounded(4)) {
                case 0:
                    text.push_back(char(random.bounded(0x80)));
                    break;
                case 1: {
                    const char32_t c = 0x80 + random.bounded(0x780);
                    text += QString::fromUcs4(&c, 1).toStdString();
                    break;
                }
                case 2: {
                    const char32_t c =
                        random.bounded(2) ? 0x800 + random.bounded(0xD000) : 0x10000 + random.bounded(0x1000);
                    text += QString::fromUcs4(&c, 1).toStdString();
                    break;
                }
                default:
                    text.push_back(char(odd[random.bounded(int(sizeof odd))]));
                }
            }
            const std::string expected = reference(text);
            QCOMPARE(std::string(folder.transientKey(text)), expected);
            QCOMPARE(std::string(folder.key(text)), expected);
            const std::string_view trimmed = KeyFolder::trimmed(text);
            if (!trimmed.empty()) {
                const int ends = KeyFolder::quickEnds(trimmed);
                if (ends >= 0)
                    QCOMPARE(ends, KeyFolder::endsOf(expected));
            }
        }
    }

    // Kept keys stay where they are while more are added.
    void keptKeysStayPut()
    {
        KeyFolder folder;
        std::vector<std::pair<std::string_view, std::string>> kept;
        for (int i = 0; i < 20000; ++i) {
            const std::string text = "Ñandú " + std::to_string(i);
            kept.emplace_back(folder.key(text), reference(text));
        }
        for (const auto &[key, expected] : kept)
            QCOMPARE(std::string(key), expected);
    }
};

QTEST_GUILESS_MAIN(TestKeyFolder)
#include "tst_keyfolder.moc"

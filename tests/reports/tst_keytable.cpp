// The table that tells people apart: keys found again after the table grows, ASCII case
// ignored only where asked, values handed back for updating.
#include "reports/keytable.h"

#include <QTest>

using namespace Roomdesk;

class TestKeyTable final : public QObject
{
    Q_OBJECT

private slots:
    void exactKeys()
    {
        KeyTable<false> table;
        QVERIFY(table.tryEmplace("KdYKjnimT4KPd8FFgQt9FQ", 1).added);
        const auto again = table.tryEmplace("KdYKjnimT4KPd8FFgQt9FQ", 2);
        QVERIFY(!again.added);
        QCOMPARE(again.value, 1);
        QVERIFY(table.tryEmplace("kdykjnimt4kpd8ffgqt9fq", 3).added);
        QVERIFY(table.find("KdYKjnimT4KPd8FFgQt9F") == nullptr);
        QVERIFY(table.tryEmplace("", 4).added);
        QCOMPARE(*table.find(""), 4);
    }

    void caselessKeys()
    {
        KeyTable<true> table;
        QVERIFY(table.tryEmplace("Ana.Garcia@Example.com", 1).added);
        QCOMPARE(*table.find("ana.garcia@example.COM"), 1);
        QVERIFY(table.find("ana.garcia@example.co") == nullptr);
        // Only ASCII letters: other bytes must match as they are.
        QVERIFY(table.tryEmplace("[\\]^_`{|}~@", 2).added);
        QVERIFY(table.find("{|}~_@[\\]^`") == nullptr);
        QVERIFY(table.tryEmplace("ÁLVARO", 3).added);
        QVERIFY(table.find("áLVARO") == nullptr);
        QVERIFY(KeyTable<true>::same("MiXeD 123 long enough to span words", "mixed 123 LONG ENOUGH to span words"));
        QCOMPARE(KeyTable<true>::hash("MiXeD 123 long enough to span words"),
                 KeyTable<true>::hash("mixed 123 LONG ENOUGH to span words"));
    }

    // Keys of up to 23 bytes are kept in their slot, longer ones apart: both are found, and
    // keys that differ only past the 23rd byte stay apart.
    void shortAndLongKeys()
    {
        KeyTable<true> table(4);
        const std::string base = "abcdefghijklmnopqrstuvw"; // 23 bytes
        QVERIFY(table.tryEmplace(base, 1).added);
        QVERIFY(table.tryEmplace(base + "x", 2).added);
        QVERIFY(table.tryEmplace(base + "y", 3).added);
        QVERIFY(table.tryEmplace(base.substr(0, 22), 4).added);
        for (int i = 0; i < 1000; ++i) // grow, moving the slots
            table.tryEmplace(base + std::to_string(i) + "-padding", 10 + i);
        QCOMPARE(*table.find("ABCDEFGHIJKLMNOPQRSTUVW"), 1);
        QCOMPARE(*table.find("ABCDEFGHIJKLMNOPQRSTUVWX"), 2);
        QCOMPARE(*table.find(base + "y"), 3);
        QCOMPARE(*table.find(base.substr(0, 22)), 4);
        QCOMPARE(*table.find(base + "999-padding"), 1009);
        QVERIFY(table.find(base + "z") == nullptr);
    }

    void valuesCanBeChanged()
    {
        KeyTable<true> table;
        table.tryEmplace("x@example.com", -1);
        *table.find("X@EXAMPLE.COM") = 7;
        QCOMPARE(table.tryEmplace("x@example.com", 9).value, 7);
    }

    void growsAndFindsEveryKey()
    {
        KeyTable<false> table(4);
        for (int i = 0; i < 100000; ++i)
            QVERIFY(table.tryEmplace("user-" + std::to_string(i * 7919), i).added);
        for (int i = 0; i < 100000; ++i) {
            const int *value = table.find("user-" + std::to_string(i * 7919));
            QVERIFY(value);
            QCOMPARE(*value, i);
        }
        QVERIFY(table.find("user-1") == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestKeyTable)
#include "tst_keytable.moc"

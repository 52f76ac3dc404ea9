// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Roomdesk;

namespace {
const SettingKey<int> answerKey {"test/answer", 42};
const SettingKey<QByteArray> blobKey {"test/blob", QByteArray("default")};
} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsUntilSet()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath("settings.ini"));
        QCOMPARE(settings.value(SettingKeys::language), QString());
        QCOMPARE(settings.value(SettingKeys::verboseLogging), false);
        QCOMPARE(settings.value(answerKey), 42);
    }

    void valuesSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("settings.ini");
        {
            Settings settings(path);
            settings.setValue(SettingKeys::language, QStringLiteral("ru"));
            settings.setValue(answerKey, 7);
            settings.setValue(blobKey, QByteArray("\x01\x02", 2));
            settings.sync();
        }
        Settings settings(path);
        QCOMPARE(settings.value(SettingKeys::language), QStringLiteral("ru"));
        QCOMPARE(settings.value(answerKey), 7);
        QCOMPARE(settings.value(blobKey), QByteArray("\x01\x02", 2));
        settings.remove(answerKey);
        QCOMPARE(settings.value(answerKey), 42);
    }

    void wrongTypeFallsBackToDefault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("settings.ini");
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue("test/answer", "not a number");
        }
        Settings settings(path);
        // A hand-edited file with nonsense must not crash or yield garbage.
        QCOMPARE(settings.value(answerKey), 42);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string ships in Spanish and Russian: no unfinished, empty or stale
// entries, every plural with all of its forms, the same %-placeholders as the source,
// and the .ts files up to date with the sources (lupdate run into a scratch file).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList translations;

    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.translations = {xml.readElementText()};
                messages.append(current);
            } else {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
                messages.append(current);
            }
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString sourceDir()
{
    return qEnvironmentVariable("ROOMDESK_SOURCE_DIR");
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pluralForms");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("es") << "roomdesk_es.ts" << 2 << false;
        QTest::newRow("ru") << "roomdesk_ru.ts" << 3 << false;
        QTest::newRow("en") << "roomdesk_en.ts" << 2 << true;
    }

    void complete()
    {
        QFETCH(QString, file);
        QFETCH(int, pluralForms);
        QFETCH(bool, pluralOnly);
        QString language;
        QString error;
        const QList<Message> messages =
            readTs(sourceDir() + QStringLiteral("/translations/") + file, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(language, QString::fromLatin1(QTest::currentDataTag()));
        if (!pluralOnly)
            QVERIFY2(messages.size() > 50, "a translation file with almost nothing in it");

        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1 is %2").arg(where, m.type);
            if (pluralOnly && !m.numerus)
                problems << where + QStringLiteral(" should not be in the plural-only file");
            if (m.numerus && m.translations.size() != pluralForms)
                problems << QStringLiteral("%1 has %2 plural forms, needs %3")
                                .arg(where)
                                .arg(m.translations.size())
                                .arg(pluralForms);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral(" has an empty translation");
                    continue;
                }
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void upToDateWithSources()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_ru.ts"));
        QFile seed(fresh);
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"ru\">\n</TS>\n");
        seed.close();

        QProcess lupdate;
        lupdate.setWorkingDirectory(sourceDir());
        lupdate.start(QStringLiteral(ROOMDESK_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString language;
        QString error;
        const QList<Message> extracted = readTs(fresh, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!extracted.isEmpty());

        for (const char *file : {"roomdesk_es.ts", "roomdesk_ru.ts"}) {
            const QList<Message> committed =
                readTs(sourceDir() + QStringLiteral("/translations/") + QLatin1String(file), &language, &error);
            QSet<QString> committedKeys;
            for (const Message &m : committed)
                committedKeys.insert(m.key());
            QSet<QString> extractedKeys;
            QStringList missing;
            for (const Message &m : extracted) {
                extractedKeys.insert(m.key());
                if (!committedKeys.contains(m.key()))
                    missing << m.context + QStringLiteral(": ") + m.source;
            }
            QStringList stale;
            for (const Message &m : committed) {
                if (!extractedKeys.contains(m.key()))
                    stale << m.context + QStringLiteral(": ") + m.source;
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("%1 lacks (run ./dev tr and translate):\n").arg(QLatin1String(file)) +
                                missing.join(QLatin1Char('\n'))));
            QVERIFY2(stale.isEmpty(),
                     qPrintable(QStringLiteral("%1 has entries no longer in the sources:\n").arg(QLatin1String(file)) +
                                stale.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

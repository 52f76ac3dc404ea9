// SPDX-License-Identifier: GPL-3.0-or-later
// The setup wizard driven as an administrator would, on the offscreen platform, against a
// Zoom sandbox over loopback HTTP: real token exchanges, the real webhook receiver answering
// the sandbox's url_validation, and the real keychain (gnome-keyring of ./dev test).
#include "backend/blockingcall.h"
#include "backend/connectionservice.h"
#include "backend/webhooklistener.h"
#include "clock.h"
#include "i18n/languagemanager.h"
#include "keychainprobe.h"
#include "models/scopelistmodel.h"
#include "pages/settingspage.h"
#include "sandbox/zoomsandbox.h"
#include "sandboxkit.h"
#include "settings/settings.h"
#include "setup/credentialsform.h"
#include "setup/scopechecklist.h"
#include "setup/setupwizard.h"
#include "setup/webhookpanel.h"
#include "storage/database.h"
#include "zoom/zoomconnection.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Roomdesk;
using namespace Roomdesk::Test;

static void initResources()
{
    Q_INIT_RESOURCE(roomdesk);
}

namespace {

QString statusOf(QWidget *root, const char *name)
{
    auto *label = root->findChild<QLabel *>(QLatin1String(name));
    return label && label->isVisibleTo(root) ? label->property("status").toString() : QString();
}

QString textOf(QWidget *root, const char *name)
{
    auto *label = root->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void type(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setFocus();
    edit->selectAll();
    edit->insert(text); // what a paste does
    // Leaving the field cleans up what was pasted.
    emit edit->editingFinished();
}

} // namespace

class TestSetupWizard final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    LanguageManager m_languages;
    int m_databases = 0;

    struct Fixture
    {
        QString database;
        std::unique_ptr<ConnectionService> connection;
        std::unique_ptr<WebhookListener> webhooks;
    };

    Fixture fixture()
    {
        Fixture f;
        f.database = m_dir.filePath(QStringLiteral("wizard-%1.sqlite").arg(++m_databases));
        f.connection = std::make_unique<ConnectionService>(f.database, Clock::system());
        f.webhooks = std::make_unique<WebhookListener>(f.database, Clock::system());
        bool started = false;
        f.connection->start(this, [&](const auto &state) { started = state.ok(); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(started, 10000); }();
        if (!keychainTestsEnabled())
            f.connection->secrets()->useSessionOnly();
        return f;
    }

    SetupWizardContext contextFor(Fixture &f, ZoomSandbox *sandbox)
    {
        SetupWizardContext context {f.connection.get(), f.webhooks.get(), m_settings.get(), std::nullopt};
        if (sandbox)
            context.sandbox =
                SandboxAccess {{sandbox->origin(), sandbox->accountId(), sandbox->clientId(), sandbox->clientSecret()},
                               sandbox->origin()};
        return context;
    }

    // Welcome → Create the app → Credentials, filled with `secret`, tested.
    static void fillCredentials(SetupWizard &wizard, ZoomSandbox &sandbox, const QString &secret)
    {
        QCOMPARE(wizard.currentId(), int(SetupWizard::WelcomePage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::CreateAppPage));
        QVERIFY(wizard.currentPage()
                    ->findChild<QLabel *>(QStringLiteral("marketplaceSteps"))
                    ->text()
                    .contains(QStringLiteral("Server-to-Server OAuth App")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPage));
        CredentialsForm *form = wizard.credentialsForm();
        form->findChild<QComboBox *>(QStringLiteral("server"))->setCurrentIndex(2);
        type(form, "customUrl", sandbox.origin().toString());
        // As copied from a browser: surrounding spaces, quotes and a line break.
        type(form, "accountId", QStringLiteral("  ") + sandbox.accountId() + QStringLiteral("\n"));
        type(form, "clientId", QStringLiteral("\"") + sandbox.clientId() + QStringLiteral("\""));
        type(form, "clientSecret", secret);
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("accountId"))->text(), sandbox.accountId());
        QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("clientId"))->text(), sandbox.clientId());
        QVERIFY(!wizard.currentPage()->isComplete()); // not before Zoom accepted them
        auto *test = form->findChild<QPushButton *>(QStringLiteral("testConnection"));
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        initResources();
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void goodCredentialsAllTheWayToSaved()
    {
        SandboxOptions options = sandboxOptions();
        ZoomSandbox sandbox(options);
        QVERIFY(sandbox.start());
        Fixture f = fixture();
        SetupWizard wizard(contextFor(f, &sandbox));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        fillCredentials(wizard, sandbox, sandbox.clientSecret());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(&wizard, "testResult"), QStringLiteral("good"), 10000);
        QVERIFY(textOf(&wizard, "testResult").contains(QStringLiteral("all 24 required scopes")));
        QVERIFY(wizard.currentPage()->isComplete());

        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::ScopesPage));
        ScopeChecklist *scopes = wizard.scopeChecklist();
        QCOMPARE(scopes->requiredModel()->rowCount(), 24);
        QCOMPARE(scopes->optionalModel()->rowCount(), 8);
        QVERIFY(scopes->missingRequired().isEmpty());
        QCOMPARE(statusOf(&wizard, "scopeSummary"), QStringLiteral("good"));
        QVERIFY(wizard.currentPage()->isComplete());
        // One copy button per scope, and "copy all".
        QVERIFY(scopes->findChild<QAbstractButton *>(QStringLiteral("copy:meeting:write:meeting:admin")));
        QVERIFY(scopes->findChild<QPushButton *>(QStringLiteral("copyAllScopes")));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::EventsPage));
        WebhookPanel *panel = wizard.webhookPanel();
        panel->findChild<QSpinBox *>(QStringLiteral("listenPort"))->setValue(freePort());
        const QString token = QStringLiteral("wizard-Secret-Token-0123456789");
        type(panel, "webhookSecret", token);
        QVERIFY(panel->secretValid());
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("listen")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), WebhookPanel::State::Listening, 10000);
        QCOMPARE(statusOf(&wizard, "webhookState"), QStringLiteral("warning"));
        QVERIFY(panel->findChild<QLineEdit *>(QStringLiteral("endpointUrl"))
                    ->text()
                    .endsWith(QStringLiteral("/zoom/webhook")));
        // Zoom's "Validate" button, played by the sandbox: url_validation reaches the receiver.
        auto *validate = panel->findChild<QPushButton *>(QStringLiteral("sandboxValidate"));
        QVERIFY(validate->isVisibleTo(panel) && validate->isEnabled());
        QTest::mouseClick(validate, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), WebhookPanel::State::Validated, 15000);
        QCOMPARE(statusOf(&wizard, "webhookState"), QStringLiteral("good"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::SummaryPage));
        const QString summary = textOf(&wizard, "summary");
        QVERIFY2(summary.contains(QStringLiteral("All required scopes are granted")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Zoom validated the endpoint")));
        QVERIFY(!summary.contains(sandbox.clientSecret()));
        QVERIFY(!summary.contains(token));

        wizard.accept(); // "Save"
        QTRY_VERIFY_WITH_TIMEOUT(wizard.saved(), 15000);

        // What landed where: ids in the database, secrets in the keychain only.
        auto db = Database::open(f.database);
        QVERIFY(db);
        const auto stored = ZoomConnectionStore::load(*db.value());
        QVERIFY(stored && stored.value());
        QCOMPARE(stored.value()->accountId, sandbox.accountId());
        QCOMPARE(stored.value()->clientId, sandbox.clientId());
        QCOMPARE(stored.value()->baseUrl, sandbox.origin());
        QVERIFY(stored.value()->verifiedAtUtc.isValid());
        QCOMPARE(stored.value()->grantedScopes.size(), 32);
        if (keychainTestsEnabled()) {
            const QString profile = f.connection->profileId();
            QCOMPARE(keychainEntry(profile + QStringLiteral("/zoom-client-secret")), sandbox.clientSecret().toUtf8());
            QCOMPARE(keychainEntry(profile + QStringLiteral("/zoom-webhook-secret-token")), token.toUtf8());
        }
        db.value().reset();
        QFile file(f.database);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(sandbox.clientSecret().toUtf8()));
        QVERIFY(!bytes.contains(token.toUtf8()));
        QFile settingsFile(m_settings->fileName());
        m_settings->sync();
        if (settingsFile.open(QIODevice::ReadOnly))
            QVERIFY(!settingsFile.readAll().contains(token.toUtf8()));
        f.webhooks->stop();
    }

    void aWrongSecretIsExplainedAndBlocksTheWay()
    {
        ZoomSandbox sandbox(sandboxOptions());
        QVERIFY(sandbox.start());
        Fixture f = fixture();
        SetupWizard wizard(contextFor(f, nullptr));
        wizard.show();
        fillCredentials(wizard, sandbox, QStringLiteral("WrongSecretWrongSecret_0000000"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(&wizard, "testResult"), QStringLiteral("error"), 10000);
        QVERIFY2(textOf(&wizard, "testResult").contains(QStringLiteral("Client Secret")),
                 qPrintable(textOf(&wizard, "testResult")));
        QVERIFY(!wizard.currentPage()->isComplete());
        // Fixing the secret clears the verdict; a new test lets the administrator go on.
        type(wizard.credentialsForm(), "clientSecret", sandbox.clientSecret());
        QCOMPARE(statusOf(&wizard, "testResult"), QString());
        QTest::mouseClick(wizard.credentialsForm()->findChild<QPushButton *>(QStringLiteral("testConnection")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(&wizard, "testResult"), QStringLiteral("good"), 10000);
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.reject();
    }

    void anUnreachableHostIsExplained()
    {
        auto sandbox = std::make_unique<ZoomSandbox>(sandboxOptions());
        QVERIFY(sandbox->start());
        const QUrl origin = sandbox->origin();
        Fixture f = fixture();
        SetupWizard wizard(contextFor(f, nullptr));
        wizard.show();
        fillCredentials(wizard, *sandbox, sandbox->clientSecret());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(&wizard, "testResult"), QStringLiteral("good"), 10000);
        // Now the same with nobody listening at that address.
        sandbox.reset();
        QTest::mouseClick(wizard.credentialsForm()->findChild<QPushButton *>(QStringLiteral("testConnection")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(&wizard, "testResult"), QStringLiteral("error"), 15000);
        QVERIFY2(textOf(&wizard, "testResult").contains(origin.host()), qPrintable(textOf(&wizard, "testResult")));
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.reject();
    }

    void missingScopesNeedAnExplicitChoice()
    {
        ZoomSandbox sandbox(sandboxOptions(QStringLiteral("meeting:read:meeting:admin,meeting:write:meeting:admin")));
        QVERIFY(sandbox.start());
        Fixture f = fixture();
        SetupWizard wizard(contextFor(f, nullptr));
        wizard.show();
        fillCredentials(wizard, sandbox, sandbox.clientSecret());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(&wizard, "testResult"), QStringLiteral("warning"), 10000);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::ScopesPage));
        ScopeChecklist *scopes = wizard.scopeChecklist();
        QCOMPARE(scopes->missingRequired().size(), 22);
        QVERIFY(scopes->missingRequired().contains(QStringLiteral("webinar:write:webinar:admin")));
        QCOMPARE(statusOf(&wizard, "scopeSummary"), QStringLiteral("error"));
        QVERIFY(textOf(&wizard, "scopeSummary").contains(QStringLiteral("22 required scopes missing")));
        const QModelIndex granted = scopes->requiredModel()->index(
            static_cast<int>(scopes->requiredModel()->scopes().indexOf(QStringLiteral("meeting:write:meeting:admin"))),
            ScopeListModel::StateColumn);
        QCOMPARE(granted.data().toString(), QStringLiteral("granted"));
        QVERIFY(!wizard.currentPage()->isComplete());

        auto *reduced = scopes->findChild<QCheckBox *>(QStringLiteral("reducedFeatures"));
        QVERIFY(reduced->isVisibleTo(scopes));
        reduced->setChecked(true);
        QVERIFY(wizard.currentPage()->isComplete());

        // "Check again" asks Zoom anew: still the same token scopes.
        QTest::mouseClick(scopes->findChild<QPushButton *>(QStringLiteral("checkScopes")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(&wizard, "scopeSummary"), QStringLiteral("error"), 10000);
        QCOMPARE(scopes->missingRequired().size(), 22);
        wizard.reject();
    }

    void cancellingKeepsWhatWasStored()
    {
        ZoomSandbox sandbox(sandboxOptions());
        QVERIFY(sandbox.start());
        Fixture f = fixture();
        ConnectionService::Change before;
        before.connection.baseUrl = sandbox.origin();
        before.connection.accountId = QStringLiteral("StoredAccountId_000001");
        before.connection.clientId = QStringLiteral("StoredClientId_0000001");
        before.clientSecret = QByteArray("StoredClientSecret_000000000000");
        bool saved = false;
        f.connection->save(before, this, [&](const Result<void> &r) { saved = r.ok(); });
        QTRY_VERIFY(saved);

        SetupWizard wizard(contextFor(f, &sandbox));
        wizard.show();
        // The stored values are in the form; the secret field stays empty ("kept").
        QTRY_COMPARE(wizard.credentialsForm()->connection().accountId, QStringLiteral("StoredAccountId_000001"));
        QVERIFY(wizard.credentialsForm()->secretStored());
        wizard.next();
        wizard.next();
        type(wizard.credentialsForm(), "accountId", sandbox.accountId());
        type(wizard.credentialsForm(), "clientSecret", sandbox.clientSecret());
        wizard.reject();

        std::optional<Result<ConnectionService::State>> state;
        f.connection->load(this, [&](const auto &s) { state = s; });
        QTRY_VERIFY(state.has_value());
        QCOMPARE(state->value().connection->accountId, QStringLiteral("StoredAccountId_000001"));
        const auto stored = blockingCall<std::optional<QByteArray>>([&](QObject *context, auto done) {
            f.connection->secrets()->read(SecretKind::ClientSecret, context, done);
        });
        QCOMPARE(stored.value(), std::optional<QByteArray>("StoredClientSecret_000000000000"));
    }

    void demoSandboxChoiceFillsTheCredentials()
    {
        ZoomSandbox sandbox(sandboxOptions());
        QVERIFY(sandbox.start());
        Fixture f = fixture();
        SetupWizard wizard(contextFor(f, &sandbox));
        wizard.show();
        wizard.currentPage()->findChild<QRadioButton *>(QStringLiteral("useSandbox"))->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::CredentialsPage)); // no Marketplace app to create
        QCOMPARE(wizard.credentialsForm()->connection().accountId, sandbox.accountId());
        QCOMPARE(wizard.credentialsForm()->newSecret(), std::optional<QByteArray>(sandbox.clientSecret().toUtf8()));
        wizard.reject();
    }

    void everyPageSpeaksSpanishAndRussian_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("welcome");
        QTest::addColumn<QString>("finish");
        QTest::newRow("es") << "es"
                            << "Conectar Zoom"
                            << "&Guardar";
        QTest::newRow("ru") << "ru"
                            << "Подключение Zoom"
                            << "&Сохранить";
    }

    void everyPageSpeaksSpanishAndRussian()
    {
        QFETCH(QString, language);
        QFETCH(QString, welcome);
        QFETCH(QString, finish);
        Fixture f = fixture();
        QVERIFY(m_languages.setLanguage(language));
        {
            SetupWizard wizard(contextFor(f, nullptr));
            wizard.show();
            QCOMPARE(wizard.currentPage()->title(), welcome);
            QCOMPARE(wizard.buttonText(QWizard::FinishButton), finish);
            for (int id : wizard.pageIds()) {
                QVERIFY(!wizard.page(id)->title().isEmpty());
                QVERIFY2(wizard.page(id)->title() != QStringLiteral("Scopes") || language == QLatin1String("en"),
                         qPrintable(wizard.page(id)->title()));
            }
        }
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void theSettingsPageUsesTheSameWidgets()
    {
        ZoomSandbox sandbox(sandboxOptions());
        QVERIFY(sandbox.start());
        Fixture f = fixture();
        SettingsPage page(contextFor(f, &sandbox), f.database);
        page.show();
        QVERIFY(page.credentialsForm() && page.scopeChecklist() && page.webhookPanel());
        bool wizardRequested = false;
        connect(&page, &SettingsPage::wizardRequested, this, [&] { wizardRequested = true; });
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("runWizard")), Qt::LeftButton);
        QVERIFY(wizardRequested);

        // Save from Settings, then "Check again" uses the stored credentials.
        page.reload();
        QTRY_COMPARE(statusOf(&page, "connectionSummary"), QStringLiteral("warning"));
        page.credentialsForm()->setCredentials(
            {sandbox.origin(), sandbox.accountId(), sandbox.clientId(), sandbox.clientSecret()});
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveConnection")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.credentialsForm()->secretStored(), 10000);
        QTest::mouseClick(page.scopeChecklist()->findChild<QPushButton *>(QStringLiteral("checkScopes")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(&page, "scopeSummary"), QStringLiteral("good"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(&page, "connectionSummary"), QStringLiteral("good"), 10000);
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"

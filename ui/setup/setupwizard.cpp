// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupwizard.h"

#include "backend/connectionservice.h"
#include "backend/webhooklistener.h"
#include "credentialsform.h"
#include "scopechecklist.h"
#include "setupwizardpages.h"
#include "webhookendpointsettings.h"
#include "webhookpanel.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

#include <nlohmann/json.hpp>

namespace Roomdesk {

namespace {
Q_LOGGING_CATEGORY(lcWizard, "roomdesk.ui.setupwizard", QtInfoMsg)
}

SetupWizard::SetupWizard(SetupWizardContext context, QWidget *parent)
    : QWizard(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(860, 640);

    auto *form = new CredentialsForm(this);
    auto *scopes = new ScopeChecklist(this);
    auto *panel = new WebhookPanel(this);
    panel->setSandboxValidationAvailable(m_context.sandbox.has_value());
    if (m_context.settings)
        panel->setEndpoint(WebhookEndpointSettings::load(*m_context.settings));

    auto *welcome = new WelcomeWizardPage(m_context.sandbox.has_value(), this);
    auto *summary = new SummaryWizardPage(this, this);
    setPage(WelcomePage, welcome);
    setPage(CreateAppPage, new CreateAppWizardPage(this));
    setPage(CredentialsPage, new CredentialsWizardPage(this, form, this));
    setPage(ScopesPage, new ScopesWizardPage(this, scopes, this));
    setPage(EventsPage, new EventsWizardPage(panel, this));
    setPage(SummaryPage, summary);
    setStartId(WelcomePage);

    // What is stored already fills the fields; cancelling leaves it as it was.
    m_context.connection->load(this, [form, panel](const Result<ConnectionService::State> &state) {
        if (!state)
            return;
        // Typing that came first wins over what is stored.
        if (form->userChanged())
            form->setSecretStored(state.value().clientSecretStored);
        else
            form->setStored(state.value().connection, state.value().clientSecretStored);
        if (!panel->newSecret())
            panel->setSecretStored(state.value().webhookSecretStored);
    });

    connect(form, &CredentialsForm::changed, this, [this] {
        m_report.reset();
        m_testError.reset();
    });
    connect(form, &CredentialsForm::testRequested, this, [this] { testCredentials(false); });
    connect(scopes, &ScopeChecklist::checkRequested, this, [this] { testCredentials(true); });

    connect(this, &QWizard::currentIdChanged, this, [this, welcome, form](int id) {
        if (id == CredentialsPage && welcome->sandboxChosen() && m_context.sandbox &&
            form->connection().baseUrl != m_context.sandbox->credentials.baseUrl)
            form->setCredentials(m_context.sandbox->credentials);
    });

    connect(panel, &WebhookPanel::startRequested, this, &SetupWizard::startWebhooks);
    connect(panel, &WebhookPanel::stopRequested, this, [this] {
        m_context.webhooks->stop();
        m_listenerStartedHere = false;
    });
    connect(panel, &WebhookPanel::sandboxValidationRequested, this, &SetupWizard::askSandboxToValidate);
    if (m_context.webhooks) {
        connect(m_context.webhooks, &WebhookListener::started, panel, &WebhookPanel::setListening);
        connect(m_context.webhooks, &WebhookListener::failed, panel, &WebhookPanel::setFailed);
        connect(m_context.webhooks, &WebhookListener::stopped, panel, &WebhookPanel::setStopped);
        connect(m_context.webhooks, &WebhookListener::validationAnswered, panel, &WebhookPanel::setValidated);
        if (m_context.webhooks->isRunning())
            panel->setListening(m_context.webhooks->url());
    }
    connect(summary, &SummaryWizardPage::sessionOnlyRequested, this, [this] { save(true); });
    setButtonText(QWizard::FinishButton, tr("&Save"));
    setWindowTitle(tr("Set up the Zoom connection"));
}

SetupWizard::~SetupWizard() = default;

CredentialsForm *SetupWizard::credentialsForm() const
{
    return findChild<CredentialsForm *>();
}

ScopeChecklist *SetupWizard::scopeChecklist() const
{
    return findChild<ScopeChecklist *>();
}

WebhookPanel *SetupWizard::webhookPanel() const
{
    return findChild<WebhookPanel *>();
}

void SetupWizard::testCredentials(bool fromScopesPage)
{
    CredentialsForm *form = credentialsForm();
    ScopeChecklist *scopes = scopeChecklist();
    const ZoomConnection connection = form->connection();
    const auto run = [this, form, scopes, fromScopesPage, connection](const QString &secret) {
        form->setTesting(true);
        if (fromScopesPage)
            scopes->setChecking(true);
        const ZoomCredentials credentials {connection.baseUrl, connection.accountId, connection.clientId, secret};
        m_context.connection->check(credentials, this, [this, form, scopes](const auto &outcome) {
            form->showTestResult(outcome);
            if (outcome) {
                m_report = outcome.value();
                m_testError.reset();
                scopes->setGranted(outcome.value().grantedScopes);
            } else {
                m_report.reset();
                m_testError = outcome.error();
                scopes->showCheckError(outcome.error());
            }
            if (QWizardPage *page = currentPage())
                emit page->completeChanged();
        });
    };
    m_context.connection->secretOrStored(
        SecretKind::ClientSecret, form->newSecret(), this, [form, run](const auto &secret) {
            if (!secret || !secret.value()) {
                ZoomError missing;
                missing.kind = ZoomError::Kind::InvalidCredentials;
                missing.explanation =
                    secret ? tr("Paste the Client Secret: none is stored yet.") : secret.error().message;
                form->showTestResult(missing);
                return;
            }
            run(QString::fromUtf8(*secret.value()));
        });
}

void SetupWizard::startWebhooks()
{
    WebhookPanel *panel = webhookPanel();
    if (!m_context.webhooks)
        return;
    const WebhookReceiverOptions options = WebhookEndpointSettings::receiverOptions(panel->endpoint());
    panel->setStarting();
    m_listenerStartedHere = true;
    m_context.connection->secretOrStored(
        SecretKind::WebhookSecretToken, panel->newSecret(), this, [this, options, panel](const auto &secret) {
            if (!secret || !secret.value()) {
                panel->setFailed(secret ? tr("Paste the Secret Token first.") : secret.error().message);
                return;
            }
            m_context.webhooks->start(options, *secret.value());
        });
}

void SetupWizard::askSandboxToValidate()
{
    // What Zoom's "Validate" button does, for the sandbox: it sends endpoint.url_validation.
    if (!m_context.sandbox || !m_context.webhooks || !m_context.webhooks->isRunning())
        return;
    WebhookPanel *panel = webhookPanel();
    const auto send = [this, panel](const QByteArray &secret) {
        auto *network = new QNetworkAccessManager(this);
        QNetworkRequest request(QUrl(m_context.sandbox->controlUrl.toString() + QStringLiteral("/_sandbox/webhooks")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const nlohmann::json body = {{"url", m_context.webhooks->url().toString().toStdString()},
                                     {"secret_token", secret.toStdString()}};
        QNetworkReply *reply = network->post(request, QByteArray::fromStdString(body.dump()));
        connect(reply, &QNetworkReply::finished, this, [reply, network, panel] {
            if (reply->error() != QNetworkReply::NoError)
                panel->setFailed(tr("The sandbox could not be asked to validate: %1").arg(reply->errorString()));
            reply->deleteLater();
            network->deleteLater();
        });
    };
    m_context.connection->secretOrStored(SecretKind::WebhookSecretToken, panel->newSecret(), this,
                                         [send](const auto &secret) {
                                             if (secret && secret.value())
                                                 send(*secret.value());
                                         });
}

void SetupWizard::accept()
{
    if (m_saved) {
        QWizard::accept();
        return;
    }
    save(false);
}

void SetupWizard::save(bool sessionOnly)
{
    if (m_saving)
        return;
    auto *summary = qobject_cast<SummaryWizardPage *>(page(SummaryPage));
    if (sessionOnly)
        m_context.connection->secrets()->useSessionOnly();
    m_saving = true;
    summary->showSaving();
    button(QWizard::FinishButton)->setEnabled(false);

    ConnectionService::Change change;
    change.connection = credentialsForm()->connection();
    change.clientSecret = credentialsForm()->newSecret();
    change.webhookSecret = webhookPanel()->newSecret();
    change.verification = m_report;
    if (m_context.settings)
        WebhookEndpointSettings::save(*m_context.settings, webhookPanel()->endpoint());
    m_context.connection->save(change, this, [this, summary](const Result<void> &saved) {
        m_saving = false;
        button(QWizard::FinishButton)->setEnabled(true);
        if (!saved) {
            qCWarning(lcWizard) << "Saving the connection failed:" << saved.error().code;
            summary->showSaveError(saved.error().message, SecretStore::isUnavailable(saved.error()));
            return;
        }
        m_saved = true;
        m_listenerStartedHere = false; // it now runs with the saved secret
        qCInfo(lcWizard) << "Zoom connection saved by the setup wizard";
        emit savedConnection();
        QWizard::accept();
    });
}

void SetupWizard::reject()
{
    // Nothing was stored; a receiver this wizard started with an unsaved secret stops.
    if (m_listenerStartedHere && m_context.webhooks)
        m_context.webhooks->stop();
    QWizard::reject();
}

} // namespace Roomdesk

// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingspage.h"

#include "backend/webhooklistener.h"
#include "setup/credentialsform.h"
#include "setup/scopechecklist.h"
#include "setup/webhookendpointsettings.h"
#include "setup/webhookpanel.h"
#include "widgets/statuslabel.h"

#include <QDir>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Roomdesk {

SettingsPage::SettingsPage(SetupWizardContext context, QString databasePath, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_databasePath(std::move(databasePath))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(32, 24, 32, 24);
    column->setSpacing(16);

    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    column->addWidget(m_title);

    // Zoom connection
    m_connectionBox = new QGroupBox(content);
    auto *connection = new QVBoxLayout(m_connectionBox);
    m_connectionState = StatusLabel::create(m_connectionBox, QStringLiteral("connectionSummary"));
    m_keychainState = StatusLabel::create(m_connectionBox, QStringLiteral("keychainState"));
    m_sessionOnly = new QPushButton(m_connectionBox);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    m_sessionOnly->setVisible(false);
    m_form = new CredentialsForm(m_connectionBox);
    m_save = new QPushButton(m_connectionBox);
    m_save->setObjectName(QStringLiteral("saveConnection"));
    m_forget = new QPushButton(m_connectionBox);
    m_forget->setObjectName(QStringLiteral("forgetConnection"));
    m_wizard = new QPushButton(m_connectionBox);
    m_wizard->setObjectName(QStringLiteral("runWizard"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_wizard);
    buttons->addStretch(1);
    buttons->addWidget(m_forget);
    buttons->addWidget(m_save);
    connection->addWidget(m_connectionState);
    connection->addWidget(m_keychainState);
    connection->addWidget(m_sessionOnly, 0, Qt::AlignLeft);
    connection->addWidget(m_form);
    connection->addLayout(buttons);
    column->addWidget(m_connectionBox);

    // Scopes
    m_scopesBox = new QGroupBox(content);
    auto *scopes = new QVBoxLayout(m_scopesBox);
    m_scopes = new ScopeChecklist(m_scopesBox);
    m_scopes->setMinimumHeight(520);
    scopes->addWidget(m_scopes);
    column->addWidget(m_scopesBox);

    // Event subscription
    m_webhooksBox = new QGroupBox(content);
    auto *webhooks = new QVBoxLayout(m_webhooksBox);
    m_webhooks = new WebhookPanel(m_webhooksBox);
    m_webhooks->setSandboxValidationAvailable(false);
    if (m_context.settings)
        m_webhooks->setEndpoint(WebhookEndpointSettings::load(*m_context.settings));
    m_saveWebhooks = new QPushButton(m_webhooksBox);
    m_saveWebhooks->setObjectName(QStringLiteral("saveWebhooks"));
    m_webhooksSaveState = StatusLabel::create(m_webhooksBox, QStringLiteral("webhooksSaveState"));
    auto *webhookButtons = new QHBoxLayout;
    webhookButtons->addWidget(m_webhooksSaveState, 1);
    webhookButtons->addWidget(m_saveWebhooks);
    webhooks->addWidget(m_webhooks);
    webhooks->addLayout(webhookButtons);
    column->addWidget(m_webhooksBox);

    // General
    m_generalBox = new QGroupBox(content);
    auto *general = new QVBoxLayout(m_generalBox);
    m_general = new QLabel(m_generalBox);
    m_general->setWordWrap(true);
    m_general->setTextInteractionFlags(Qt::TextSelectableByMouse);
    general->addWidget(m_general);
    column->addWidget(m_generalBox);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_wizard, &QPushButton::clicked, this, &SettingsPage::wizardRequested);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::saveConnection);
    connect(m_forget, &QPushButton::clicked, this, &SettingsPage::forgetConnection);
    connect(m_form, &CredentialsForm::changed, this, [this] { m_save->setEnabled(m_form->isComplete()); });
    connect(m_form, &CredentialsForm::testRequested, this, &SettingsPage::testForm);
    connect(m_scopes, &ScopeChecklist::checkRequested, this, &SettingsPage::checkScopes);
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        m_context.connection->secrets()->useSessionOnly();
        reload();
    });
    connect(m_saveWebhooks, &QPushButton::clicked, this, &SettingsPage::saveWebhooks);
    connect(m_webhooks, &WebhookPanel::startRequested, this, &SettingsPage::startWebhooks);
    connect(m_webhooks, &WebhookPanel::stopRequested, this, [this] {
        m_context.webhooks->stop();
        if (m_context.settings)
            m_context.settings->setValue(UiSettingKeys::webhookListen, false);
    });
    if (m_context.webhooks) {
        connect(m_context.webhooks, &WebhookListener::started, m_webhooks, &WebhookPanel::setListening);
        connect(m_context.webhooks, &WebhookListener::failed, m_webhooks, &WebhookPanel::setFailed);
        connect(m_context.webhooks, &WebhookListener::stopped, m_webhooks, &WebhookPanel::setStopped);
        connect(m_context.webhooks, &WebhookListener::validationAnswered, m_webhooks, &WebhookPanel::setValidated);
    }
    connect(m_context.connection, &ConnectionService::changed, this, &SettingsPage::reload);
    connect(m_context.connection, &ConnectionService::verified, this, &SettingsPage::reload);
    retranslate();
}

void SettingsPage::reload()
{
    m_context.connection->load(this, [this](const Result<ConnectionService::State> &state) {
        if (!state) {
            StatusLabel::show(m_connectionState, StatusLabel::Error, state.error().message);
            return;
        }
        m_state = state.value();
        // What the administrator is typing is not overwritten by a background reload.
        if (m_form->userChanged())
            m_form->setSecretStored(m_state->clientSecretStored);
        else
            m_form->setStored(m_state->connection, m_state->clientSecretStored);
        if (!m_webhooks->newSecret())
            m_webhooks->setSecretStored(m_state->webhookSecretStored);
        m_scopes->setGranted(m_state->connection && m_state->connection->verifiedAtUtc.isValid()
                                 ? std::optional<QStringList>(m_state->connection->grantedScopes)
                                 : std::nullopt);
        m_save->setEnabled(m_form->isComplete());
        m_forget->setEnabled(m_state->connection.has_value() || m_state->clientSecretStored ||
                             m_state->webhookSecretStored);
        retranslate();
    });
}

void SettingsPage::showKeychainState()
{
    SecretStore *secrets = m_context.connection->secrets();
    const bool sessionOnly = secrets && secrets->mode() == SecretStore::Mode::SessionOnly;
    if (sessionOnly) {
        StatusLabel::show(m_keychainState, StatusLabel::Warning,
                          tr("Secrets are kept in memory for this session only; enter them again next time."));
    } else if (m_state && m_state->keychainProblem) {
        StatusLabel::show(m_keychainState, StatusLabel::Error, m_state->keychainProblem->message);
    } else {
        StatusLabel::show(m_keychainState, StatusLabel::Info,
                          tr("The Client Secret and the Secret Token are kept in the system keychain only."));
    }
    m_sessionOnly->setVisible(!sessionOnly && m_state && m_state->keychainProblem &&
                              SecretStore::isUnavailable(*m_state->keychainProblem));
}

void SettingsPage::saveConnection()
{
    ConnectionService::Change change;
    change.connection = m_form->connection();
    change.clientSecret = m_form->newSecret();
    m_save->setEnabled(false);
    const bool secretStored = m_form->secretStored() || change.clientSecret.has_value();
    m_context.connection->save(change, this, [this, secretStored](const Result<void> &saved) {
        m_save->setEnabled(true);
        if (!saved) {
            StatusLabel::show(m_connectionState, StatusLabel::Error, saved.error().message);
            if (SecretStore::isUnavailable(saved.error()))
                m_sessionOnly->setVisible(true);
            return;
        }
        // Saved: what is stored is what the form shows now.
        m_form->setStored(m_form->connection(), secretStored);
    });
}

void SettingsPage::forgetConnection()
{
    // A real decision: the secrets leave the keychain.
    const auto answer = QMessageBox::question(
        this, tr("Forget the Zoom connection?"),
        tr("Roomdesk forgets the Account ID and Client ID and removes the Client Secret and the Secret Token from "
           "the system keychain. The app in the Zoom App Marketplace is not changed."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_context.connection->forget(this, [this](const Result<void> &forgotten) {
        if (!forgotten)
            StatusLabel::show(m_connectionState, StatusLabel::Error, forgotten.error().message);
    });
}

void SettingsPage::testForm()
{
    const ZoomConnection connection = m_form->connection();
    const auto run = [this, connection](const QString &secret) {
        m_form->setTesting(true);
        m_context.connection->check({connection.baseUrl, connection.accountId, connection.clientId, secret}, this,
                                    [this](const auto &outcome) {
                                        m_form->showTestResult(outcome);
                                        if (outcome)
                                            m_scopes->setGranted(outcome.value().grantedScopes);
                                    });
    };
    m_context.connection->secretOrStored(
        SecretKind::ClientSecret, m_form->newSecret(), this, [this, run](const auto &secret) {
            if (secret && secret.value()) {
                run(QString::fromUtf8(*secret.value()));
                return;
            }
            ZoomError missing;
            missing.kind = ZoomError::Kind::InvalidCredentials;
            missing.explanation = secret ? tr("Paste the Client Secret: none is stored yet.") : secret.error().message;
            m_form->showTestResult(missing);
        });
}

void SettingsPage::checkScopes()
{
    m_scopes->setChecking(true);
    m_context.connection->credentials(this, [this](const auto &credentials) {
        if (!credentials || !credentials.value()) {
            ZoomError error;
            error.kind = ZoomError::Kind::InvalidCredentials;
            error.explanation = credentials ? tr("Save the connection first; the check uses the stored credentials.")
                                            : credentials.error().message;
            m_scopes->showCheckError(error);
            return;
        }
        m_context.connection->check(*credentials.value(), this, [this](const auto &outcome) {
            if (outcome)
                m_scopes->setGranted(outcome.value().grantedScopes);
            else
                m_scopes->showCheckError(outcome.error());
        });
    });
}

void SettingsPage::startWebhooks()
{
    if (!m_context.webhooks)
        return;
    const WebhookReceiverOptions options = WebhookEndpointSettings::receiverOptions(m_webhooks->endpoint());
    m_webhooks->setStarting();
    if (m_context.settings)
        m_context.settings->setValue(UiSettingKeys::webhookListen, true);
    m_context.connection->secretOrStored(
        SecretKind::WebhookSecretToken, m_webhooks->newSecret(), this, [this, options](const auto &secret) {
            if (!secret || !secret.value()) {
                m_webhooks->setFailed(secret ? tr("Paste the Secret Token first.") : secret.error().message);
                return;
            }
            m_context.webhooks->start(options, *secret.value());
        });
}

void SettingsPage::saveWebhooks()
{
    if (m_context.settings)
        WebhookEndpointSettings::save(*m_context.settings, m_webhooks->endpoint());
    const std::optional<QByteArray> secret = m_webhooks->newSecret();
    if (!secret) {
        StatusLabel::show(m_webhooksSaveState, StatusLabel::Good, tr("Saved."));
        return;
    }
    if (!m_webhooks->secretValid())
        return;
    m_context.connection->secrets()->write(
        SecretKind::WebhookSecretToken, *secret, this, [this, secret](const Result<void> &written) {
            if (!written) {
                StatusLabel::show(m_webhooksSaveState, StatusLabel::Error, written.error().message);
                return;
            }
            if (m_context.webhooks)
                m_context.webhooks->setSecret(*secret);
            StatusLabel::show(m_webhooksSaveState, StatusLabel::Good, tr("Saved."));
            reload();
        });
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_connectionBox->setTitle(tr("Zoom connection"));
    m_scopesBox->setTitle(tr("Scopes"));
    m_webhooksBox->setTitle(tr("Event subscription (webhooks)"));
    m_generalBox->setTitle(tr("General"));
    m_save->setText(tr("&Save connection"));
    m_forget->setText(tr("&Forget…"));
    m_wizard->setText(tr("Run the setup &wizard…"));
    m_saveWebhooks->setText(tr("Save event subscription"));
    m_sessionOnly->setText(tr("Keep the secrets for this session only"));
    m_general->setText(tr("Language: choose it in the Language menu; it changes at once.") + QLatin1Char('\n') +
                       tr("Database in use: %1").arg(QDir::toNativeSeparators(m_databasePath)));
    if (!m_state) {
        StatusLabel::show(m_connectionState, StatusLabel::Busy, tr("Reading the stored connection…"));
    } else if (!m_state->connection) {
        StatusLabel::show(m_connectionState, StatusLabel::Warning,
                          tr("No Zoom account is connected yet. The setup wizard guides you through it."));
    } else if (m_state->connection->verifiedAtUtc.isValid()) {
        StatusLabel::show(
            m_connectionState, StatusLabel::Good,
            tr("Connected to %1; last verified %2.")
                .arg(m_state->connection->baseUrl.host(),
                     QLocale().toString(m_state->connection->verifiedAtUtc.toLocalTime(), QLocale::ShortFormat)));
    } else {
        StatusLabel::show(
            m_connectionState, StatusLabel::Warning,
            tr("Stored for %1 but not verified yet: test the connection.").arg(m_state->connection->baseUrl.host()));
    }
    showKeychainState();
}

} // namespace Roomdesk

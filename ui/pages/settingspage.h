// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/connectionservice.h"
#include "setup/setupwizard.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;

namespace Roomdesk {

class ConnectionService;
class CredentialsForm;
class ScopeChecklist;
class Settings;
class WebhookListener;
class WebhookPanel;

// The Settings page: the Zoom connection (the same widgets the setup wizard shows), its
// scopes, the event subscription, where secrets are kept, and the database in use.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(SetupWizardContext context, QString databasePath, QWidget *parent = nullptr);

    CredentialsForm *credentialsForm() const { return m_form; }
    ScopeChecklist *scopeChecklist() const { return m_scopes; }
    WebhookPanel *webhookPanel() const { return m_webhooks; }

public slots:
    void reload();

signals:
    void wizardRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void saveConnection();
    void forgetConnection();
    void checkScopes();
    void testForm();
    void startWebhooks();
    void saveWebhooks();
    void showKeychainState();

    SetupWizardContext m_context;
    QString m_databasePath;
    QLabel *m_title = nullptr;
    QGroupBox *m_connectionBox = nullptr;
    QGroupBox *m_scopesBox = nullptr;
    QGroupBox *m_webhooksBox = nullptr;
    QGroupBox *m_generalBox = nullptr;
    QLabel *m_connectionState = nullptr;
    QLabel *m_keychainState = nullptr;
    QPushButton *m_sessionOnly = nullptr;
    CredentialsForm *m_form = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_forget = nullptr;
    QPushButton *m_wizard = nullptr;
    ScopeChecklist *m_scopes = nullptr;
    WebhookPanel *m_webhooks = nullptr;
    QPushButton *m_saveWebhooks = nullptr;
    QLabel *m_webhooksSaveState = nullptr;
    QLabel *m_general = nullptr;
    std::optional<ConnectionService::State> m_state;
};

} // namespace Roomdesk

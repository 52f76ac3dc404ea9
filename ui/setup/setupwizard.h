// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoom/connectioncheck.h"
#include "zoom/zoomcredentials.h"

#include <QWizard>

#include <optional>

namespace Roomdesk {

class ConnectionService;
class CredentialsForm;
class ScopeChecklist;
class Settings;
class WebhookListener;
class WebhookPanel;

// Where the wizard gets the sandbox from, when there is one (demo mode).
struct SandboxAccess final
{
    ZoomCredentials credentials;
    QUrl controlUrl; // the sandbox's origin; POST {controlUrl}/_sandbox/webhooks validates
};

struct SetupWizardContext final
{
    ConnectionService *connection = nullptr;
    WebhookListener *webhooks = nullptr;
    Settings *settings = nullptr;
    std::optional<SandboxAccess> sandbox;
};

// The Escal8 procedure as a wizard that checks each step for real: welcome, create the app,
// credentials with a live token test, the 24 scopes from the real token, the event
// subscription with a live url_validation, and a summary. Nothing is stored until Save;
// cancelling keeps what was stored before.
class SetupWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePage, CreateAppPage, CredentialsPage, ScopesPage, EventsPage, SummaryPage };

    explicit SetupWizard(SetupWizardContext context, QWidget *parent = nullptr);
    ~SetupWizard() override;

    CredentialsForm *credentialsForm() const;
    ScopeChecklist *scopeChecklist() const;
    WebhookPanel *webhookPanel() const;
    bool saved() const { return m_saved; }

    // The last token check of exactly the credentials now in the form.
    const std::optional<ConnectionReport> &verifiedReport() const { return m_report; }

signals:
    void savedConnection();

public slots:
    void accept() override;
    void reject() override;

private:
    friend class SetupWizardPages;
    void testCredentials(bool fromScopesPage);
    void startWebhooks();
    void askSandboxToValidate();
    void save(bool sessionOnly);

    SetupWizardContext m_context;
    std::optional<ConnectionReport> m_report;
    std::optional<ZoomError> m_testError;
    bool m_saving = false;
    bool m_saved = false;
    bool m_listenerStartedHere = false;
    QString m_saveError;
    bool m_offerSessionOnly = false;
};

} // namespace Roomdesk

// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupwizardpages.h"

#include "credentialsform.h"
#include "scopechecklist.h"
#include "setupwizard.h"
#include "webhookpanel.h"
#include "widgets/statuslabel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Roomdesk {

// ---- Welcome

WelcomeWizardPage::WelcomeWizardPage(bool sandboxHere, QWidget *parent)
    : QWizardPage(parent)
    , m_sandboxHere(sandboxHere)
    , m_text(new QLabel(this))
    , m_connect(new QRadioButton(this))
    , m_sandbox(new QRadioButton(this))
    , m_sandboxNote(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_sandboxNote->setWordWrap(true);
    m_sandboxNote->setIndent(24);
    m_connect->setObjectName(QStringLiteral("connectZoom"));
    m_sandbox->setObjectName(QStringLiteral("useSandbox"));
    m_connect->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addWidget(m_connect);
    layout->addWidget(m_sandbox);
    layout->addWidget(m_sandboxNote);
    layout->addStretch(1);
    retranslate();
}

bool WelcomeWizardPage::sandboxChosen() const
{
    return m_sandbox->isChecked();
}

int WelcomeWizardPage::nextId() const
{
    // The sandbox needs no Marketplace app: straight to its (filled-in) credentials.
    return sandboxChosen() ? SetupWizard::CredentialsPage : SetupWizard::CreateAppPage;
}

bool WelcomeWizardPage::validatePage()
{
    if (!sandboxChosen() || m_sandboxHere)
        return true;
    // No sandbox in this window: a second Roomdesk in demo mode, this one unchanged.
    QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
    wizard()->reject();
    return false;
}

void WelcomeWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void WelcomeWizardPage::retranslate()
{
    setTitle(tr("Connect Zoom"));
    setSubTitle(tr("About ten minutes in the Zoom App Marketplace; Roomdesk checks every step as you go."));
    m_text->setText(tr("Roomdesk works with your institution's Zoom account through a Server-to-Server OAuth app "
                       "that you create once in the Zoom App Marketplace. You will need a Zoom account with the "
                       "right to create apps (usually an administrator)."));
    m_connect->setText(tr("&Connect my institution's Zoom account"));
    m_sandbox->setText(tr("&Explore with the local sandbox"));
    m_sandboxNote->setText(m_sandboxHere
                               ? tr("Uses the Zoom sandbox running inside this demo: the same steps and checks, no "
                                    "Zoom account needed.")
                               : tr("Opens Roomdesk in demo mode in a new window, with a throw-away database and a "
                                    "local Zoom sandbox; your own data stays untouched."));
}

// ---- Create the app

CreateAppWizardPage::CreateAppWizardPage(QWidget *parent)
    : QWizardPage(parent)
    , m_steps(new QLabel(this))
{
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setOpenExternalLinks(true);
    m_steps->setObjectName(QStringLiteral("marketplaceSteps"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addStretch(1);
    retranslate();
}

void CreateAppWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CreateAppWizardPage::retranslate()
{
    setTitle(tr("Create the app in the Zoom App Marketplace"));
    setSubTitle(tr("Keep this window open beside the browser."));
    const QStringList steps = {
        tr("Sign in at <a href=\"https://marketplace.zoom.us/\">marketplace.zoom.us</a> with the account you want to "
           "connect."),
        tr("Click <b>Develop</b> (top right), then <b>Build App</b>."),
        tr("Choose <b>Server-to-Server OAuth App</b> and click <b>Create</b>."),
        tr("Give the app a name, for example “Roomdesk”, and click <b>Create</b>."),
        tr("The <b>App Credentials</b> page shows the <b>Account ID</b>, the <b>Client ID</b> and the <b>Client "
           "Secret</b>; each has a copy button. You paste them on the next page."),
        tr("Fill in the <b>Information</b> page (app description, developer name and e-mail) and continue; "
           "scopes and the event subscription come after the credentials."),
    };
    QString html = QStringLiteral("<ol>");
    for (const QString &step : steps)
        html += QStringLiteral("<li style=\"margin-bottom:6px\">") + step + QStringLiteral("</li>");
    html += QStringLiteral("</ol>");
    m_steps->setText(html);
}

// ---- Credentials

CredentialsWizardPage::CredentialsWizardPage(SetupWizard *wizard, CredentialsForm *form, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addStretch(1);
    connect(form, &CredentialsForm::changed, this, &QWizardPage::completeChanged);
    retranslate();
}

bool CredentialsWizardPage::isComplete() const
{
    // Only credentials Zoom accepted get past this page.
    return m_wizard->credentialsForm()->isComplete() && m_wizard->verifiedReport().has_value();
}

void CredentialsWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CredentialsWizardPage::retranslate()
{
    setTitle(tr("App credentials"));
    setSubTitle(tr("Paste the three values from the app's App Credentials page, then test the connection. The "
                   "Client Secret is kept only in the system keychain."));
}

// ---- Scopes

ScopesWizardPage::ScopesWizardPage(SetupWizard *wizard, ScopeChecklist *scopes, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_scopes(scopes)
{
    scopes->setReducedFeaturesOffered(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopes);
    connect(scopes, &ScopeChecklist::stateChanged, this, &QWizardPage::completeChanged);
    retranslate();
}

void ScopesWizardPage::initializePage()
{
    if (m_wizard->verifiedReport())
        m_scopes->setGranted(m_wizard->verifiedReport()->grantedScopes);
}

bool ScopesWizardPage::isComplete() const
{
    return m_scopes->checked() && (m_scopes->missingRequired().isEmpty() || m_scopes->reducedFeaturesAccepted());
}

void ScopesWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ScopesWizardPage::retranslate()
{
    setTitle(tr("Scopes"));
    setSubTitle(tr("What the app may do. The list below shows what the current token really grants."));
}

// ---- Event subscription

EventsWizardPage::EventsWizardPage(WebhookPanel *panel, QWidget *parent)
    : QWizardPage(parent)
    , m_panel(panel)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(panel);
    layout->addStretch(1);
    connect(panel, &WebhookPanel::changed, this, &QWizardPage::completeChanged);
    retranslate();
}

bool EventsWizardPage::isComplete() const
{
    // Optional: an empty Secret Token skips webhooks (polling works); a wrong one does not pass.
    return !m_panel->newSecret() || m_panel->secretValid();
}

void EventsWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void EventsWizardPage::retranslate()
{
    setTitle(tr("Event subscription (optional)"));
    setSubTitle(tr("In the app's Features page, turn on Event Subscription, choose Webhook, paste the endpoint URL "
                   "and add the three events below; then click Validate there."));
}

// ---- Summary

SummaryWizardPage::SummaryWizardPage(SetupWizard *wizard, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_saveState(StatusLabel::create(this, QStringLiteral("saveState")))
    , m_sessionOnly(new QPushButton(this))
{
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnly"));
    m_sessionOnly->setVisible(false);
    connect(m_sessionOnly, &QPushButton::clicked, this, &SummaryWizardPage::sessionOnlyRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(m_saveState);
    layout->addWidget(m_sessionOnly, 0, Qt::AlignLeft);
    retranslate();
}

void SummaryWizardPage::initializePage()
{
    const auto check = [](bool good) {
        return good ? QStringLiteral("<span style=\"color:#2e8540\">✔</span> ")
                    : QStringLiteral("<span style=\"color:#a86400\">●</span> ");
    };
    const std::optional<ConnectionReport> &report = m_wizard->verifiedReport();
    const ZoomConnection connection = m_wizard->credentialsForm()->connection();
    const QStringList missing = m_wizard->scopeChecklist()->missingRequired();
    const WebhookPanel *panel = m_wizard->webhookPanel();
    QStringList lines;
    lines << check(report.has_value()) +
            tr("Connection to %1 tested: Zoom issued a token at %2.")
                .arg(connection.baseUrl.host().toHtmlEscaped(),
                     report ? QLocale().toString(report->checkedAtUtc.toLocalTime().time(), QLocale::ShortFormat)
                            : QStringLiteral("—"));
    lines << check(true) +
            tr("Account ID %1, Client ID %2.")
                .arg(connection.accountId.toHtmlEscaped(), connection.clientId.toHtmlEscaped());
    lines << check(missing.isEmpty()) +
            (missing.isEmpty()
                 ? tr("All required scopes are granted.")
                 : tr("%n required scope(s) missing; the features that need them stay unavailable until they are "
                      "added.",
                      nullptr, static_cast<int>(missing.size())));
    const bool webhookSecret = panel->newSecret().has_value() || panel->secretStored();
    lines << check(webhookSecret) +
            (webhookSecret ? tr("Webhook Secret Token entered.")
                           : tr("No webhook Secret Token: Roomdesk will poll Zoom instead of receiving events."));
    if (webhookSecret)
        lines << check(panel->state() == WebhookPanel::State::Validated) +
                (panel->state() == WebhookPanel::State::Validated
                     ? tr("Zoom validated the endpoint %1.")
                           .arg(panel->endpoint().urlForZoom().toString().toHtmlEscaped())
                     : tr("The endpoint was not validated in this session; polling covers it until Zoom can reach "
                          "Roomdesk."));
    m_summary->setText(QStringLiteral("<p>") + lines.join(QStringLiteral("</p><p>")) + QStringLiteral("</p><p>") +
                       tr("<b>Save</b> stores the Client Secret and the Secret Token in the system keychain and the "
                          "rest in Roomdesk's database. Cancel leaves what was stored before untouched.") +
                       QStringLiteral("</p>"));
    StatusLabel::show(m_saveState, StatusLabel::Info, QString());
    m_sessionOnly->setVisible(false);
}

void SummaryWizardPage::showSaving()
{
    StatusLabel::show(m_saveState, StatusLabel::Busy, tr("Saving…"));
    m_sessionOnly->setVisible(false);
}

void SummaryWizardPage::showSaveError(const QString &message, bool offerSessionOnly)
{
    StatusLabel::show(m_saveState, StatusLabel::Error, message);
    m_sessionOnly->setVisible(offerSessionOnly);
}

void SummaryWizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (wizard() && wizard()->currentPage() == this)
            initializePage();
    }
    QWizardPage::changeEvent(event);
}

void SummaryWizardPage::retranslate()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What is configured and what was verified."));
    m_sessionOnly->setText(tr("Keep the secrets for this session only"));
}

} // namespace Roomdesk

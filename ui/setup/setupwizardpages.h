// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QRadioButton;

namespace Roomdesk {

class CredentialsForm;
class ScopeChecklist;
class SetupWizard;
class WebhookPanel;

class WelcomeWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    WelcomeWizardPage(bool sandboxHere, QWidget *parent = nullptr);
    bool sandboxChosen() const;
    int nextId() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool m_sandboxHere;
    QLabel *m_text;
    QRadioButton *m_connect;
    QRadioButton *m_sandbox;
    QLabel *m_sandboxNote;
};

class CreateAppWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit CreateAppWizardPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_steps;
};

class CredentialsWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    CredentialsWizardPage(SetupWizard *wizard, CredentialsForm *form, QWidget *parent = nullptr);
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    SetupWizard *m_wizard;
};

class ScopesWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    ScopesWizardPage(SetupWizard *wizard, ScopeChecklist *scopes, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    SetupWizard *m_wizard;
    ScopeChecklist *m_scopes;
};

class EventsWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    EventsWizardPage(WebhookPanel *panel, QWidget *parent = nullptr);
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    WebhookPanel *m_panel;
};

class SummaryWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    SummaryWizardPage(SetupWizard *wizard, QWidget *parent = nullptr);
    void initializePage() override;
    void showSaving();
    void showSaveError(const QString &message, bool offerSessionOnly);

signals:
    void sessionOnlyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    SetupWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_saveState;
    QPushButton *m_sessionOnly;
};

} // namespace Roomdesk

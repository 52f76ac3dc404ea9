// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialsform.h"

#include "widgets/statuslabel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace Roomdesk {

namespace {
enum ServerChoice { ZoomUs, ZoomGov, Custom };
const QUrl kZoomUs(QStringLiteral("https://zoom.us"));
const QUrl kZoomGov(QStringLiteral("https://zoomgov.com"));
} // namespace

CredentialsForm::CredentialsForm(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->addItems({QString(), QString(), QString()});
    m_customUrl = new QLineEdit(this);
    m_customUrl->setObjectName(QStringLiteral("customUrl"));
    m_customUrl->setVisible(false);
    m_serverProblem = StatusLabel::create(this, QStringLiteral("serverProblem"));
    auto *serverBox = new QVBoxLayout;
    serverBox->setSpacing(2);
    serverBox->addWidget(m_server);
    serverBox->addWidget(m_customUrl);
    serverBox->addWidget(m_serverProblem);
    m_labels.append(new QLabel(this));
    m_form->addRow(m_labels.back(), serverBox);

    for (auto [field, name] : {std::pair {CredentialFields::Field::AccountId, "accountId"},
                               std::pair {CredentialFields::Field::ClientId, "clientId"},
                               std::pair {CredentialFields::Field::ClientSecret, "clientSecret"}}) {
        FieldRow row {field, new QLineEdit(this),
                      StatusLabel::create(this, QLatin1String(name) + QStringLiteral("Problem"))};
        row.edit->setObjectName(QLatin1String(name));
        row.edit->setClearButtonEnabled(true);
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(row.edit);
        box->addWidget(row.problem);
        m_labels.append(new QLabel(this));
        m_form->addRow(m_labels.back(), box);
        // Pasted text is cleaned up when the field is left: spaces, quotes, invisible marks.
        connect(row.edit, &QLineEdit::editingFinished, this, [edit = row.edit] {
            const QString clean = CredentialFields::normalized(edit->text());
            if (clean != edit->text())
                edit->setText(clean);
        });
        connect(row.edit, &QLineEdit::textChanged, this, [this] {
            m_userChanged = m_userChanged || !m_filling;
            validate();
            clearTestResult();
            emit changed();
        });
        m_rows.append(row);
    }
    QLineEdit *secret = m_rows.at(2).edit;
    secret->setEchoMode(QLineEdit::Password);
    m_reveal = secret->addAction(QIcon(QStringLiteral(":/icons/reveal.svg")), QLineEdit::TrailingPosition);
    m_reveal->setObjectName(QStringLiteral("revealSecret"));
    m_reveal->setCheckable(true);
    connect(m_reveal, &QAction::toggled, this, [this, secret](bool shown) {
        secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });

    m_test = new QPushButton(this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_test->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_testResult = StatusLabel::create(this, QStringLiteral("testResult"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    testRow->addStretch(0);
    connect(m_test, &QPushButton::clicked, this, &CredentialsForm::testRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addLayout(testRow);

    connect(m_server, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_userChanged = m_userChanged || !m_filling;
        m_customUrl->setVisible(index == Custom);
        validate();
        clearTestResult();
        emit changed();
    });
    connect(m_customUrl, &QLineEdit::textChanged, this, [this] {
        m_userChanged = m_userChanged || !m_filling;
        validate();
        clearTestResult();
        emit changed();
    });
    retranslate();
    validate();
}

void CredentialsForm::setSecretStored(bool stored)
{
    m_secretStored = stored;
    retranslate();
    validate();
}

void CredentialsForm::setStored(const std::optional<ZoomConnection> &connection, bool secretStored)
{
    const QScopedValueRollback filling(m_filling, true);
    m_userChanged = false;
    m_secretStored = secretStored;
    const ZoomConnection values = connection.value_or(ZoomConnection {});
    if (values.baseUrl == kZoomUs) {
        m_server->setCurrentIndex(ZoomUs);
    } else if (values.baseUrl == kZoomGov) {
        m_server->setCurrentIndex(ZoomGov);
    } else {
        m_server->setCurrentIndex(Custom);
        m_customUrl->setText(values.baseUrl.toString());
    }
    m_rows[0].edit->setText(values.accountId);
    m_rows[1].edit->setText(values.clientId);
    m_rows[2].edit->clear();
    retranslate();
    validate();
}

void CredentialsForm::setCredentials(const ZoomCredentials &credentials)
{
    ZoomConnection connection;
    connection.baseUrl = credentials.baseUrl;
    connection.accountId = credentials.accountId;
    connection.clientId = credentials.clientId;
    setStored(connection, false);
    const QScopedValueRollback filling(m_filling, true);
    m_rows[2].edit->setText(credentials.clientSecret);
}

QString CredentialsForm::baseUrlText() const
{
    switch (m_server->currentIndex()) {
    case ZoomUs:
        return kZoomUs.toString();
    case ZoomGov:
        return kZoomGov.toString();
    default:
        return m_customUrl->text();
    }
}

std::optional<QString> CredentialsForm::baseUrlProblem() const
{
    if (auto url = CredentialFields::parseBaseUrl(baseUrlText()); !url)
        return url.error().message;
    return std::nullopt;
}

bool CredentialsForm::isComplete() const
{
    if (baseUrlProblem())
        return false;
    for (const FieldRow &row : m_rows) {
        const QString value = CredentialFields::normalized(row.edit->text());
        if (row.field == CredentialFields::Field::ClientSecret && value.isEmpty() && m_secretStored)
            continue;
        if (CredentialFields::problem(row.field, value))
            return false;
    }
    return !CredentialFields::crossProblem(CredentialFields::normalized(m_rows.at(0).edit->text()),
                                           CredentialFields::normalized(m_rows.at(1).edit->text()));
}

ZoomConnection CredentialsForm::connection() const
{
    ZoomConnection connection;
    if (auto url = CredentialFields::parseBaseUrl(baseUrlText()))
        connection.baseUrl = url.value();
    connection.accountId = CredentialFields::normalized(m_rows.at(0).edit->text());
    connection.clientId = CredentialFields::normalized(m_rows.at(1).edit->text());
    return connection;
}

std::optional<QByteArray> CredentialsForm::newSecret() const
{
    const QString secret = CredentialFields::normalized(m_rows.at(2).edit->text());
    if (secret.isEmpty())
        return std::nullopt;
    return secret.toUtf8();
}

void CredentialsForm::validate()
{
    // A field says what is wrong only once something was typed into it; empty fields just wait.
    const auto problem = baseUrlProblem();
    StatusLabel::show(m_serverProblem, StatusLabel::Error,
                      m_server->currentIndex() == Custom && !m_customUrl->text().isEmpty() ? problem.value_or(QString())
                                                                                           : QString());
    for (const FieldRow &row : m_rows) {
        const QString value = CredentialFields::normalized(row.edit->text());
        QString message;
        if (!row.edit->text().isEmpty())
            message = CredentialFields::problem(row.field, value).value_or(QString());
        StatusLabel::show(row.problem, StatusLabel::Error, message);
    }
    if (auto cross = CredentialFields::crossProblem(CredentialFields::normalized(m_rows.at(0).edit->text()),
                                                    CredentialFields::normalized(m_rows.at(1).edit->text())))
        StatusLabel::show(m_rows.at(1).problem, StatusLabel::Error, *cross);
    m_test->setEnabled(isComplete() && !m_testing);
}

void CredentialsForm::setTesting(bool testing)
{
    m_testing = testing;
    if (testing)
        StatusLabel::show(m_testResult, StatusLabel::Busy, tr("Asking Zoom for a token…"));
    validate();
}

void CredentialsForm::showTestResult(const Result<ConnectionReport, ZoomError> &result)
{
    setTesting(false);
    if (!result) {
        StatusLabel::show(m_testResult, StatusLabel::Error, result.error().explanation);
        return;
    }
    const ConnectionReport &report = result.value();
    const int required = static_cast<int>(ScopeCatalog::requiredScopes().size());
    const int granted = required - static_cast<int>(report.missingRequired.size());
    if (report.complete())
        StatusLabel::show(m_testResult, StatusLabel::Good,
                          tr("Connected: Zoom issued a token with all %n required scope(s).", nullptr, required));
    else
        StatusLabel::show(m_testResult, StatusLabel::Warning,
                          tr("Connected, but only %1 of the %n required scope(s) are granted; the next step lists "
                             "the missing ones.",
                             nullptr, required)
                              .arg(granted));
}

void CredentialsForm::clearTestResult()
{
    if (!m_testing)
        StatusLabel::show(m_testResult, StatusLabel::Error, QString());
}

void CredentialsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        validate();
    }
    QWidget::changeEvent(event);
}

void CredentialsForm::retranslate()
{
    m_server->setItemText(ZoomUs, tr("Zoom (zoom.us)"));
    m_server->setItemText(ZoomGov, tr("Zoom for Government (zoomgov.com)"));
    m_server->setItemText(Custom, tr("Another address (a sandbox)…"));
    m_customUrl->setPlaceholderText(tr("http://127.0.0.1:8080"));
    m_labels.at(0)->setText(tr("Zoom &account:"));
    m_labels.at(0)->setBuddy(m_server);
    for (int i = 0; i < m_rows.size(); ++i) {
        m_labels.at(i + 1)->setText(CredentialFields::displayName(m_rows.at(i).field) + QLatin1Char(':'));
        m_labels.at(i + 1)->setBuddy(m_rows.at(i).edit);
    }
    m_rows[0].edit->setPlaceholderText(tr("22 characters, e.g. Mo60sacU1RGt2b4vbya-jg"));
    m_rows[1].edit->setPlaceholderText(tr("from the app's App Credentials page"));
    m_rows[2].edit->setPlaceholderText(m_secretStored ? tr("Stored; paste to replace it")
                                                      : tr("32 characters; kept only in the system keychain"));
    m_reveal->setText(m_reveal->isChecked() ? tr("Hide the Client Secret") : tr("Show the Client Secret"));
    m_reveal->setToolTip(m_reveal->text());
    m_test->setText(tr("&Test connection"));
}

} // namespace Roomdesk

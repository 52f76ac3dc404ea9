// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookpanel.h"

#include "widgets/statuslabel.h"
#include "zoom/credentialfields.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Roomdesk {

QUrl WebhookEndpoint::localUrl() const
{
    // Listening on every interface still answers on this computer's loopback address.
    const QString host = address == QLatin1String("0.0.0.0") ? QStringLiteral("127.0.0.1") : address;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(path);
    return url;
}

QUrl WebhookEndpoint::urlForZoom() const
{
    const QUrl given(publicUrl.trimmed());
    return given.isValid() && !publicUrl.trimmed().isEmpty() ? given : localUrl();
}

WebhookPanel::WebhookPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [this, form](QWidget *field) {
        m_labels.append(new QLabel(this));
        m_labels.back()->setBuddy(field);
        form->addRow(m_labels.back(), field);
    };

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("webhookSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    m_reveal = m_secret->addAction(QIcon(QStringLiteral(":/icons/reveal.svg")), QLineEdit::TrailingPosition);
    m_reveal->setCheckable(true);
    connect(m_reveal, &QAction::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslate();
    });
    m_secretProblem = StatusLabel::create(this, QStringLiteral("webhookSecretProblem"));
    auto *secretBox = new QWidget(this);
    auto *secretLayout = new QVBoxLayout(secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->setSpacing(2);
    secretLayout->addWidget(m_secret);
    secretLayout->addWidget(m_secretProblem);
    addRow(secretBox);
    connect(m_secret, &QLineEdit::editingFinished, this, [this] {
        const QString clean = CredentialFields::normalized(m_secret->text());
        if (clean != m_secret->text())
            m_secret->setText(clean);
    });
    connect(m_secret, &QLineEdit::textChanged, this, [this] {
        updateState();
        emit changed();
    });

    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("listenAddress"));
    m_address->addItem(QString(), QStringLiteral("127.0.0.1"));
    m_address->addItem(QString(), QStringLiteral("0.0.0.0"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("listenPort"));
    m_port->setRange(1, 65535);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("listenPath"));
    auto *listenRow = new QWidget(this);
    auto *listenLayout = new QHBoxLayout(listenRow);
    listenLayout->setContentsMargins(0, 0, 0, 0);
    listenLayout->addWidget(m_address, 2);
    listenLayout->addWidget(m_port, 1);
    listenLayout->addWidget(m_path, 2);
    addRow(listenRow);

    m_publicUrl = new QLineEdit(this);
    m_publicUrl->setObjectName(QStringLiteral("publicUrl"));
    m_publicUrl->setClearButtonEnabled(true);
    addRow(m_publicUrl);

    m_zoomUrl = new QLineEdit(this);
    m_zoomUrl->setObjectName(QStringLiteral("endpointUrl"));
    m_zoomUrl->setReadOnly(true);
    m_copyUrl = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), this);
    m_copyUrl->setObjectName(QStringLiteral("copyEndpointUrl"));
    connect(m_copyUrl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(endpoint().urlForZoom().toString()); });
    auto *urlRow = new QWidget(this);
    auto *urlLayout = new QHBoxLayout(urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->addWidget(m_zoomUrl, 1);
    urlLayout->addWidget(m_copyUrl);
    addRow(urlRow);

    for (QObject *edit : {static_cast<QObject *>(m_path), static_cast<QObject *>(m_publicUrl)})
        connect(qobject_cast<QLineEdit *>(edit), &QLineEdit::textChanged, this, [this] {
            updateState();
            emit changed();
        });
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        updateState();
        emit changed();
    });
    connect(m_address, &QComboBox::currentIndexChanged, this, [this] {
        updateState();
        emit changed();
    });

    m_events = new QTableWidget(3, 3, this);
    m_events->setObjectName(QStringLiteral("events"));
    m_events->verticalHeader()->setVisible(false);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionMode(QAbstractItemView::NoSelection);
    m_events->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_events->setFixedHeight(m_events->horizontalHeader()->sizeHint().height() +
                             3 * m_events->verticalHeader()->defaultSectionSize() + 4);
    const QStringList apiNames = {QStringLiteral("meeting.ended"), QStringLiteral("webinar.ended"),
                                  QStringLiteral("recording.completed")};
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column)
            m_events->setItem(row, column, new QTableWidgetItem);
        m_events->item(row, 2)->setText(apiNames.at(row));
    }

    m_listen = new QPushButton(this);
    m_listen->setObjectName(QStringLiteral("listen"));
    connect(m_listen, &QPushButton::clicked, this, [this] {
        if (m_state == State::Listening || m_state == State::Validated || m_state == State::Starting)
            emit stopRequested();
        else
            emit startRequested();
    });
    m_sandboxValidate = new QPushButton(this);
    m_sandboxValidate->setObjectName(QStringLiteral("sandboxValidate"));
    m_sandboxValidate->setVisible(false);
    connect(m_sandboxValidate, &QPushButton::clicked, this, &WebhookPanel::sandboxValidationRequested);
    m_stateLabel = StatusLabel::create(this, QStringLiteral("webhookState"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_listen);
    buttons->addWidget(m_sandboxValidate);
    buttons->addStretch(1);

    m_reachability = new QLabel(this);
    m_reachability->setWordWrap(true);
    m_reachability->setObjectName(QStringLiteral("reachability"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_events);
    layout->addLayout(buttons);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_reachability);

    setEndpoint(WebhookEndpoint {});
    retranslate();
}

void WebhookPanel::setEndpoint(const WebhookEndpoint &endpoint)
{
    const int index = m_address->findData(endpoint.address);
    if (index >= 0) {
        m_address->setCurrentIndex(index);
    } else {
        m_address->addItem(endpoint.address, endpoint.address);
        m_address->setCurrentIndex(m_address->count() - 1);
    }
    m_port->setValue(endpoint.port);
    m_path->setText(endpoint.path);
    m_publicUrl->setText(endpoint.publicUrl);
    updateState();
}

WebhookEndpoint WebhookPanel::endpoint() const
{
    WebhookEndpoint endpoint;
    endpoint.address = m_address->currentData().toString();
    endpoint.port = static_cast<quint16>(m_port->value());
    endpoint.path = m_path->text().trimmed();
    if (!endpoint.path.startsWith(QLatin1Char('/')))
        endpoint.path.prepend(QLatin1Char('/'));
    endpoint.publicUrl = m_publicUrl->text().trimmed();
    return endpoint;
}

void WebhookPanel::setSecretStored(bool stored)
{
    m_secretStored = stored;
    m_secret->clear();
    retranslate();
}

std::optional<QByteArray> WebhookPanel::newSecret() const
{
    const QString secret = CredentialFields::normalized(m_secret->text());
    if (secret.isEmpty())
        return std::nullopt;
    return secret.toUtf8();
}

bool WebhookPanel::secretValid() const
{
    const QString secret = CredentialFields::normalized(m_secret->text());
    if (secret.isEmpty())
        return m_secretStored;
    return !CredentialFields::problem(CredentialFields::Field::WebhookSecretToken, secret);
}

void WebhookPanel::setSandboxValidationAvailable(bool available)
{
    m_sandboxValidate->setProperty("available", available);
    updateState();
}

void WebhookPanel::setStopped()
{
    m_state = State::Stopped;
    updateState();
}

void WebhookPanel::setStarting()
{
    m_state = State::Starting;
    updateState();
}

void WebhookPanel::setListening(const QUrl &url)
{
    m_state = State::Listening;
    m_listeningUrl = url;
    updateState();
}

void WebhookPanel::setValidated(const QDateTime &atUtc)
{
    m_state = State::Validated;
    m_validatedAtUtc = atUtc;
    updateState();
}

void WebhookPanel::setFailed(const QString &reason)
{
    m_state = State::Failed;
    m_failure = reason;
    updateState();
}

void WebhookPanel::updateState()
{
    const QString secret = CredentialFields::normalized(m_secret->text());
    StatusLabel::show(
        m_secretProblem, StatusLabel::Error,
        secret.isEmpty()
            ? QString()
            : CredentialFields::problem(CredentialFields::Field::WebhookSecretToken, secret).value_or(QString()));
    m_zoomUrl->setText(endpoint().urlForZoom().toString());
    const bool running = m_state == State::Listening || m_state == State::Validated || m_state == State::Starting;
    m_listen->setText(running ? tr("Stop &listening") : tr("Start &listening"));
    m_listen->setEnabled(running || secretValid());
    m_sandboxValidate->setVisible(m_sandboxValidate->property("available").toBool());
    m_sandboxValidate->setEnabled(m_state == State::Listening || m_state == State::Validated);
    for (QWidget *setting : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_port),
                             static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_secret)})
        setting->setEnabled(!running);
    switch (m_state) {
    case State::Stopped:
        StatusLabel::show(m_stateLabel, StatusLabel::Info,
                          secretValid() ? tr("Not listening. Start listening, then click “Validate” in the "
                                             "Marketplace's Event Subscription.")
                                        : tr("Paste the Secret Token from the app's Features page first."));
        break;
    case State::Starting:
        StatusLabel::show(m_stateLabel, StatusLabel::Busy, tr("Starting the receiver…"));
        break;
    case State::Listening:
        StatusLabel::show(m_stateLabel, StatusLabel::Warning,
                          tr("Listening on %1; waiting for Zoom's validation. Click “Validate” in the Marketplace "
                             "now.")
                              .arg(m_listeningUrl.toString()));
        break;
    case State::Validated:
        StatusLabel::show(m_stateLabel, StatusLabel::Good,
                          tr("Validated: Zoom's endpoint.url_validation reached Roomdesk at %1 and was answered. "
                             "Events will arrive here.")
                              .arg(QLocale().toString(m_validatedAtUtc.toLocalTime().time(), QLocale::ShortFormat)));
        break;
    case State::Failed:
        StatusLabel::show(m_stateLabel, StatusLabel::Error, m_failure);
        break;
    }
}

void WebhookPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WebhookPanel::retranslate()
{
    m_labels.at(0)->setText(tr("Secret &Token:"));
    m_labels.at(1)->setText(tr("Listen &on:"));
    m_labels.at(2)->setText(tr("&Public URL:"));
    m_labels.at(3)->setText(tr("Endpoint URL for Zoom:"));
    m_secret->setPlaceholderText(m_secretStored ? tr("Stored; paste to replace it")
                                                : tr("From the app's Features → Event Subscription; kept only in the "
                                                     "system keychain"));
    m_reveal->setText(m_reveal->isChecked() ? tr("Hide the Secret Token") : tr("Show the Secret Token"));
    m_reveal->setToolTip(m_reveal->text());
    m_address->setItemText(0, tr("This computer only (127.0.0.1)"));
    m_address->setItemText(1, tr("Every network interface (0.0.0.0)"));
    m_port->setToolTip(tr("Port"));
    m_path->setToolTip(tr("Path"));
    m_publicUrl->setPlaceholderText(
        tr("https://roomdesk.example.edu/zoom/webhook (reverse proxy or tunnel), optional"));
    m_copyUrl->setText(tr("Copy"));
    m_events->setHorizontalHeaderLabels({tr("Event in the Marketplace"), tr("Event group"), tr("API name")});
    const QStringList marketplace = {tr("End Meeting"), tr("End Webinar"), tr("All Recordings have completed")};
    const QStringList groups = {tr("Meeting"), tr("Webinar"), tr("Recording")};
    for (int row = 0; row < 3; ++row) {
        m_events->item(row, 0)->setText(marketplace.at(row));
        m_events->item(row, 1)->setText(groups.at(row));
    }
    m_sandboxValidate->setText(tr("Ask the sandbox to validate"));
    m_reachability->setText(
        tr("Zoom must reach this URL over the internet with https, which a desktop rarely allows: put a reverse "
           "proxy or a tunnel in front of the receiver and give its address as the public URL, or let the team "
           "server receive events later. Nothing depends on it: without webhooks Roomdesk polls Zoom for ended "
           "sessions and recordings."));
    updateState();
}

} // namespace Roomdesk

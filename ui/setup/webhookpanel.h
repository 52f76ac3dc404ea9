// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QUrl>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Roomdesk {

// Where the webhook receiver listens; the public URL is what Zoom calls when a reverse proxy
// or tunnel forwards to it (empty: the local URL).
struct WebhookEndpoint final
{
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8787;
    QString path = QStringLiteral("/zoom/webhook");
    QString publicUrl;

    QUrl localUrl() const;
    QUrl urlForZoom() const;
};

// The event subscription: the webhook Secret Token, the endpoint to paste into Zoom, the three
// events to add, and a live state that turns green when Zoom's url_validation reached the
// receiver and was answered. Settings page and wizard.
class WebhookPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Listening, Validated, Failed };

    explicit WebhookPanel(QWidget *parent = nullptr);

    void setEndpoint(const WebhookEndpoint &endpoint);
    WebhookEndpoint endpoint() const;
    void setSecretStored(bool stored);
    bool secretStored() const { return m_secretStored; }
    std::optional<QByteArray> newSecret() const; // nullopt: field empty
    bool secretValid() const; // a valid new secret, or one stored and the field empty
    // Offered for a sandbox connection: asks the sandbox to validate, as Zoom's Validate button.
    void setSandboxValidationAvailable(bool available);

    State state() const { return m_state; }
    void setStopped();
    void setStarting();
    void setListening(const QUrl &url);
    void setValidated(const QDateTime &atUtc);
    void setFailed(const QString &reason);

signals:
    void changed();
    void startRequested();
    void stopRequested();
    void sandboxValidationRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    QLineEdit *m_secret = nullptr;
    QAction *m_reveal = nullptr;
    QLabel *m_secretProblem = nullptr;
    QComboBox *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_publicUrl = nullptr;
    QLineEdit *m_zoomUrl = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QTableWidget *m_events = nullptr;
    QPushButton *m_listen = nullptr;
    QPushButton *m_sandboxValidate = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_reachability = nullptr;
    QList<QLabel *> m_labels;
    bool m_secretStored = false;
    State m_state = State::Stopped;
    QUrl m_listeningUrl;
    QDateTime m_validatedAtUtc;
    QString m_failure;
};

} // namespace Roomdesk

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoom/connectioncheck.h"
#include "zoom/credentialfields.h"
#include "zoom/zoomconnection.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Roomdesk {

// Zoom address, Account ID, Client ID and Client Secret, checked as they are pasted, with
// a "Test connection" button whose outcome is explained in place. Used by the Settings page
// and the setup wizard alike.
class CredentialsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsForm(QWidget *parent = nullptr);

    // What is stored; an empty secret field then means "keep the stored secret".
    void setStored(const std::optional<ZoomConnection> &connection, bool secretStored);
    void setCredentials(const ZoomCredentials &credentials); // e.g. the demo sandbox's

    bool isComplete() const; // every field valid (a stored secret counts)
    ZoomConnection connection() const; // normalized values
    std::optional<QByteArray> newSecret() const; // nullopt: the field is empty
    bool secretStored() const { return m_secretStored; }
    void setSecretStored(bool stored);
    // Whether the administrator changed anything since the form was filled by setStored().
    bool userChanged() const { return m_userChanged; }

    void setTesting(bool testing);
    void showTestResult(const Result<ConnectionReport, ZoomError> &result);
    void clearTestResult();

signals:
    void changed();
    void testRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FieldRow
    {
        CredentialFields::Field field;
        QLineEdit *edit = nullptr;
        QLabel *problem = nullptr;
    };

    void retranslate();
    void validate();
    std::optional<QString> baseUrlProblem() const;
    QString baseUrlText() const;

    QFormLayout *m_form = nullptr;
    QComboBox *m_server = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLabel *m_serverProblem = nullptr;
    QList<FieldRow> m_rows;
    QList<QLabel *> m_labels;
    QAction *m_reveal = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    bool m_secretStored = false;
    bool m_testing = false;
    bool m_filling = false;
    bool m_userChanged = false;
};

} // namespace Roomdesk

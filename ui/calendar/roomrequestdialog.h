// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rooms/requestform.h"
#include "widgets/formdialog.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace Roomdesk {

class RoomPoolService;
class TimeZoneComboBox;

// A room request without a Zoom event (DESIGN §1.3): the organizer's title, start, zone,
// duration, type and admission, checked field by field as they are typed with the rules of
// `request add`, Request disabled while one is wrong. The request goes through RoomPoolService
// while the dialog shows progress and stays open; a refusal is shown in it with everything
// typed kept. A request no room can take is stored as pending, with the reason.
class RoomRequestDialog final : public FormDialog
{
    Q_OBJECT

public:
    using Field = RequestForm::Field;

    // A new request starting at `localStart` (wall-clock time) in the IANA zone `zone`.
    RoomRequestDialog(RoomPoolService &pool, const QDateTime &localStart, const QString &zone,
                      QWidget *parent = nullptr);

    RequestForm form() const;
    // The message shown next to a field (empty: none shown).
    QString fieldMessage(Field field) const { return messageOf(int(field)); }
    QPushButton *requestButton() const { return m_request; }
    // The request as stored, once it was.
    const std::optional<RoomRequest> &request() const { return m_made; }

public slots:
    void submit();

signals:
    void requested(const Roomdesk::RoomRequest &request);

private:
    void createFields();
    void layOut();
    void retranslate() override;
    void validate();
    void setBusy(bool busy);
    void touch(Field field);
    void fitHeight();
    QWidget *withMessage(QWidget *field, Field which, const char *name);

    RoomPoolService &m_pool;
    QSet<int> m_touched; // fields whose problem is shown: all but the untyped title
    std::optional<RoomRequest> m_made;

    QLineEdit *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    TimeZoneComboBox *m_zone = nullptr;
    QSpinBox *m_hours = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_hoursUnit = nullptr;
    QLabel *m_minutesUnit = nullptr;
    QRadioButton *m_waitingRoom = nullptr;
    QRadioButton *m_autoAdmit = nullptr;
    QLineEdit *m_organizer = nullptr;
    QLabel *m_intro = nullptr;
    QHash<QWidget *, QLabel *> m_rowLabels; // by the field they name
    QFormLayout *m_form = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_request = nullptr;
};

} // namespace Roomdesk

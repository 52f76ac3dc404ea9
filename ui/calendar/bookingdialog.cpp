// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingdialog.h"

#include "bookingtexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Roomdesk {

namespace {
constexpr int kFields = 9;
} // namespace

bool BookingDialog::confirmWithMessageBox(QWidget *parent, const QString &question, const QString &detail)
{
    QMessageBox box(QMessageBox::Question, question, question, QMessageBox::NoButton, parent);
    box.setInformativeText(detail);
    QPushButton *yes = box.addButton(tr("Cancel the request"), QMessageBox::DestructiveRole);
    QPushButton *no = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

BookingDialog::BookingDialog(RoomPoolService &pool, RoomRequest request, QList<Room> rooms, QTimeZone viewerZone,
                             QWidget *parent)
    : QDialog(parent)
    , m_pool(pool)
    , m_request(std::move(request))
    , m_rooms(std::move(rooms))
    , m_zone(std::move(viewerZone))
    , m_confirm(confirmWithMessageBox)
{
    setObjectName(QStringLiteral("bookingDialog"));
    setMinimumWidth(600);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bookingTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    // One line per value: a form's word-wrapped labels get too little height.
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (int i = 0; i < kFields; ++i) {
        auto *name = new QLabel(this);
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("bookingField%1").arg(i));
        name->setBuddy(value);
        m_form->addRow(name, value);
        m_names.append(name);
        m_values.append(value);
    }

    m_reason = StatusLabel::create(this, QStringLiteral("bookingReason"));
    m_status = StatusLabel::create(this, QStringLiteral("bookingStatus"));

    m_assignPanel = new QWidget(this);
    m_assignPanel->setObjectName(QStringLiteral("assignPanel"));
    auto *assignRow = new QHBoxLayout(m_assignPanel);
    assignRow->setContentsMargins(0, 0, 0, 0);
    m_assignLabel = new QLabel(m_assignPanel);
    m_roomChoice = new QComboBox(m_assignPanel);
    m_roomChoice->setObjectName(QStringLiteral("assignRoomChoice"));
    m_roomChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_assignLabel->setBuddy(m_roomChoice);
    m_assignConfirm = new QPushButton(m_assignPanel);
    m_assignConfirm->setObjectName(QStringLiteral("assignRoomConfirm"));
    assignRow->addWidget(m_assignLabel);
    assignRow->addWidget(m_roomChoice, 1);
    assignRow->addWidget(m_assignConfirm);
    m_assignPanel->hide();

    m_cancelRequest = new QPushButton(this);
    m_cancelRequest->setObjectName(QStringLiteral("cancelRequest"));
    m_assign = new QPushButton(this);
    m_assign->setObjectName(QStringLiteral("assignRoom"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    buttons->addButton(m_assign, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelRequest, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_reason);
    layout->addWidget(m_status);
    layout->addWidget(m_assignPanel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancelRequest, &QPushButton::clicked, this, &BookingDialog::cancelRequest);
    connect(m_assign, &QPushButton::clicked, this, &BookingDialog::showAssignment);
    connect(m_assignConfirm, &QPushButton::clicked, this, [this] {
        if (m_roomChoice->currentIndex() >= 0)
            assignRoom(m_roomChoice->currentData().toLongLong());
    });
    retranslate();
}

QString BookingDialog::statusText() const
{
    return m_status->text();
}

QString BookingDialog::roomText(qint64 roomId) const
{
    for (const Room &room : m_rooms) {
        if (room.id == roomId)
            return tr("%1 (%2)").arg(room.name, room.email);
    }
    return m_request.roomEmail;
}

void BookingDialog::showRequest()
{
    const bool allocated = m_request.status == RoomRequest::Status::Allocated;
    const bool pending = m_request.status == RoomRequest::Status::Pending;
    setWindowTitle(tr("Booking: %1").arg(m_request.title));
    m_title->setText(m_request.title);
    const QStringList values = {
        BookingTexts::kind(m_request),
        BookingTexts::status(m_request),
        BookingTexts::organizer(m_request),
        allocated ? roomText(m_request.roomId) : tr("none yet"),
        BookingTexts::sessionInOwnZone(m_request),
        BookingTexts::sessionIn(m_request, m_zone),
        BookingTexts::blockedIn(m_request, m_zone),
        BookingTexts::admission(m_request),
        QString::number(m_request.id),
    };
    for (int i = 0; i < kFields; ++i) {
        m_values.at(i)->setText(values.at(i));
        m_form->setRowVisible(i, !values.at(i).isEmpty());
    }
    StatusLabel::show(m_reason, StatusLabel::Warning,
                      pending && !m_request.reason.isEmpty() ? tr("Why it waits: %1").arg(m_request.reason)
                                                             : QString());
    fitContent();
    const bool open = m_request.status != RoomRequest::Status::Cancelled;
    m_cancelRequest->setEnabled(open && !m_busy);
    m_assign->setEnabled(open && !m_busy);
    m_assign->setText(m_request.status == RoomRequest::Status::Pending ? tr("Assign a &room…")
                                                                       : tr("Move to another &room…"));
    fillRooms();
    m_assignConfirm->setEnabled(open && !m_busy && m_roomChoice->count() > 0);
}

void BookingDialog::fillRooms()
{
    const qint64 chosen = m_roomChoice->currentData().toLongLong();
    m_roomChoice->clear();
    for (const Room &room : std::as_const(m_rooms)) {
        if (room.id == m_request.roomId && m_request.status == RoomRequest::Status::Allocated)
            continue;
        QStringList notes;
        if (!room.active)
            notes.append(tr("inactive"));
        if (room.assignment == Room::Assignment::Manual)
            notes.append(tr("by hand"));
        if (m_request.webinar && !room.webinar)
            notes.append(tr("no webinar licence"));
        QString text = tr("%1 (%2)").arg(room.name, room.email);
        if (!notes.isEmpty())
            text += QStringLiteral(" — ") + notes.join(QStringLiteral(", "));
        m_roomChoice->addItem(text, room.id);
    }
    if (const int index = m_roomChoice->findData(chosen); index >= 0)
        m_roomChoice->setCurrentIndex(index);
}

void BookingDialog::fitContent()
{
    // A top-level window does not grow by itself when wrapped text gets taller.
    QLayout *column = layout();
    const int needed =
        column->hasHeightForWidth() ? column->totalHeightForWidth(width()) : column->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void BookingDialog::showStatus(StatusLabel::Kind kind, const QString &text)
{
    StatusLabel::show(m_status, kind, text);
    fitContent();
}

void BookingDialog::setBusy(bool busy)
{
    m_busy = busy;
    showRequest();
}

void BookingDialog::cancelRequest()
{
    if (m_busy || m_request.status == RoomRequest::Status::Cancelled)
        return;
    const QString question = tr("Cancel “%1”?").arg(m_request.title);
    const QString detail = m_request.status == RoomRequest::Status::Allocated
        ? tr("Its room is freed at once and the requests waiting for a room are tried again. This cannot be undone.")
        : tr("It stops waiting for a room. This cannot be undone.");
    if (!m_confirm(this, question, detail))
        return;
    setBusy(true);
    showStatus(StatusLabel::Busy, tr("Cancelling…"));
    m_pool.cancelRequest(m_request.id, this, [this](const Result<PoolChangeOutcome> &outcome) {
        m_busy = false;
        if (!outcome) {
            showStatus(StatusLabel::Error, outcome.error().message);
            showRequest();
            return;
        }
        if (outcome.value().request)
            m_request = *outcome.value().request;
        emit requestChanged(m_request);
        accept();
    });
}

void BookingDialog::showAssignment()
{
    fillRooms();
    m_assignPanel->show();
    m_assignConfirm->setEnabled(!m_busy && m_roomChoice->count() > 0);
    m_roomChoice->setFocus(Qt::OtherFocusReason);
    if (m_roomChoice->count() == 0)
        showStatus(StatusLabel::Warning, tr("There is no other room to choose."));
    fitContent();
}

void BookingDialog::assignRoom(qint64 roomId)
{
    if (m_busy)
        return;
    setBusy(true);
    showStatus(StatusLabel::Busy, tr("Assigning the room…"));
    m_pool.assignRequest(m_request.id, roomId, this, [this](const Result<PoolChangeOutcome> &outcome) {
        m_busy = false;
        if (!outcome) {
            // The service explains the refusal (the bookings in the way); the choice stays.
            showStatus(StatusLabel::Error, outcome.error().message);
            showRequest();
            return;
        }
        if (outcome.value().request)
            m_request = *outcome.value().request;
        m_assignPanel->hide();
        showRequest();
        showStatus(StatusLabel::Good, tr("Assigned to %1.").arg(roomText(m_request.roomId)));
        emit requestChanged(m_request);
    });
}

void BookingDialog::retranslate()
{
    const QStringList names = {tr("Type:"),      tr("State:"),        tr("Organizer:"), tr("Room:"),   tr("Session:"),
                               tr("Your time:"), tr("Room blocked:"), tr("Admission:"), tr("Request:")};
    for (int i = 0; i < kFields; ++i)
        m_names.at(i)->setText(names.at(i));
    m_assignLabel->setText(tr("&Room:"));
    m_assignConfirm->setText(tr("&Assign"));
    m_cancelRequest->setText(tr("&Cancel request…"));
    showRequest();
}

void BookingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Roomdesk

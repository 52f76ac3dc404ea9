// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomspage.h"

#include "models/roomtablemodel.h"
#include "rooms/addroomdialog.h"
#include "rooms/bufferminutesdelegate.h"
#include "rooms/bufferpolicyform.h"
#include "rooms/zoomuserimportdialog.h"
#include "widgets/statuslabel.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace Roomdesk {

RoomsPage::RoomsPage(RoomPoolService *pool, ConnectionService *connection, QWidget *parent)
    : QWidget(parent)
    , m_pool(pool)
    , m_connection(connection)
    , m_model(new RoomTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this);
    m_add->setObjectName(QStringLiteral("addRoom"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importRooms"));
    m_import->setEnabled(m_connection != nullptr);
    m_up = new QPushButton(QIcon::fromTheme(QStringLiteral("go-up")), QString(), this);
    m_down = new QPushButton(QIcon::fromTheme(QStringLiteral("go-down")), QString(), this);
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), QString(), this);
    for (QPushButton *button : {m_add, m_import})
        buttons->addWidget(button);
    buttons->addStretch();
    for (QPushButton *button : {m_up, m_down, m_remove})
        buttons->addWidget(button);
    layout->addLayout(buttons);

    m_message = StatusLabel::create(this, QStringLiteral("roomsMessage"));
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("roomsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RoomTableModel::Notes, QHeaderView::Stretch);
    auto *buffers = new BufferMinutesDelegate(m_table);
    for (int column : {RoomTableModel::Prep, RoomTableModel::Courtesy, RoomTableModel::Post})
        m_table->setItemDelegateForColumn(column, buffers);
    layout->addWidget(m_table, 1);

    m_policyBox = new QGroupBox(this);
    auto *policyLayout = new QVBoxLayout(m_policyBox);
    m_policyForm = new BufferPolicyForm(m_policyBox);
    policyLayout->addWidget(m_policyForm);
    layout->addWidget(m_policyBox);

    connect(m_add, &QPushButton::clicked, this, &RoomsPage::openAddRoomDialog);
    connect(m_import, &QPushButton::clicked, this, &RoomsPage::openZoomImport);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_remove, &QPushButton::clicked, this, &RoomsPage::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoomsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RoomsPage::updateButtons);
    // A snapshot asked for before a change would show the table without it: such answers are
    // dropped (++m_generation), the change's own reload follows.
    connect(m_model, &RoomTableModel::changeRequested, this, [this](qint64 id, const RoomChange &change) {
        ++m_generation;
        m_pool->updateRoom(id, change, this,
                           [this](const Result<PoolChangeOutcome> &result) { report(result, tr("Room saved.")); });
    });
    connect(m_model, &RoomTableModel::moveRequested, this, [this](qint64 id, int index) {
        ++m_generation;
        m_pool->moveRoom(id, index, this, [this, id](const Result<PoolChangeOutcome> &result) {
            report(result, tr("Allocation order saved."));
            const int row = m_model->rowOfRoom(id);
            if (row >= 0)
                m_table->selectRow(row);
        });
    });
    connect(m_policyForm, &BufferPolicyForm::applyRequested, this, [this](const BufferPolicy &policy) {
        m_pool->setPolicy(policy, this, [this](const Result<PoolChangeOutcome> &result) {
            report(result, tr("Buffer policy saved; current bookings were re-checked."));
        });
    });
    connect(m_pool, &RoomPoolService::changed, this, &RoomsPage::reload);
    retranslate();
    updateButtons();
    reload();
}

void RoomsPage::retranslate()
{
    m_title->setText(tr("Rooms"));
    m_intro->setText(tr("The licensed Zoom hosts organizers share. Requests get the first free active, automatic "
                        "room from the top, with its buffers; drag rows to change the order. Double-click a cell "
                        "to edit it."));
    m_add->setText(tr("Add room…"));
    m_import->setText(tr("Import from Zoom…"));
    m_import->setToolTip(tr("Licensed users of the Zoom account; needs the optional scope user:read:list_users:admin"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_remove->setText(tr("Remove"));
    m_policyBox->setTitle(tr("Buffer policy (rooms without their own values follow it)"));
}

void RoomsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoomsPage::reload()
{
    const int generation = ++m_generation;
    m_pool->snapshot({}, {}, this, [this, generation](const Result<RoomPoolSnapshot> &snapshot) {
        if (generation != m_generation)
            return; // a newer reload is on its way
        if (!snapshot) {
            m_showsNoRoomsHint = false;
            StatusLabel::show(m_message, StatusLabel::Error, snapshot.error().message);
            return;
        }
        const qint64 selected = selectedRoomId();
        m_model->setPool(snapshot.value().rooms, snapshot.value().policy);
        m_policyForm->setPolicy(snapshot.value().policy);
        if (selected && m_model->rowOfRoom(selected) >= 0 && selectedRoomId() != selected)
            m_table->selectRow(m_model->rowOfRoom(selected));
        // The hint stands only while the pool is empty (demo mode fills it after the first look).
        if (snapshot.value().rooms.isEmpty() && m_message->text().isEmpty()) {
            StatusLabel::show(m_message, StatusLabel::Info,
                              tr("No rooms yet. Add the Zoom hosts organizers share by e-mail, or import licensed "
                                 "users from Zoom."));
            m_showsNoRoomsHint = true;
        } else if (!snapshot.value().rooms.isEmpty() && std::exchange(m_showsNoRoomsHint, false)) {
            StatusLabel::show(m_message, StatusLabel::Info, QString());
        }
        m_loaded = true;
        updateButtons();
        emit loaded();
    });
}

void RoomsPage::report(const Result<PoolChangeOutcome> &result, const QString &done)
{
    m_showsNoRoomsHint = false; // the message says something else now
    if (!result) {
        StatusLabel::show(m_message, StatusLabel::Error, result.error().message);
        reload(); // the table shows what is stored again
        emit changeFinished();
        return;
    }
    const Allocator::Reconciliation &outcome = result.value().reconciliation;
    QStringList lines {done};
    if (outcome.allocated > 0)
        lines.append(tr("%n waiting request(s) got a room.", nullptr, outcome.allocated));
    for (const auto &[first, second] : outcome.conflicts)
        lines.append(tr("Conflict in %1: “%2” and “%3” now overlap, buffers included. Move one of them.")
                         .arg(first.roomEmail, first.title, second.title));
    StatusLabel::show(m_message, outcome.conflicts.isEmpty() ? StatusLabel::Good : StatusLabel::Warning,
                      lines.join(QLatin1Char(' ')));
    emit changeFinished();
}

void RoomsPage::addRoom(const Room &room)
{
    m_pool->addRoom(room, this, [this](const Result<PoolChangeOutcome> &result) {
        report(result, result ? tr("Room “%1” added.").arg(result.value().room->name) : QString());
    });
}

void RoomsPage::openAddRoomDialog()
{
    auto *dialog = new AddRoomDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addRoom(dialog->room()); });
    dialog->open();
}

void RoomsPage::openZoomImport()
{
    if (!m_connection)
        return;
    auto *dialog = new ZoomUserImportDialog(m_connection, m_model->rooms(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ZoomUserImportDialog::roomsChosen, this, [this](const QList<Room> &rooms) {
        for (const Room &room : rooms)
            addRoom(room);
    });
    dialog->open();
}

qint64 RoomsPage::selectedRoomId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(RoomTableModel::RoomIdRole).toLongLong();
}

void RoomsPage::moveSelected(int delta)
{
    const qint64 id = selectedRoomId();
    const int row = m_model->rowOfRoom(id);
    if (row < 0)
        return;
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount())
        return;
    // moveRows takes the row before which the room lands.
    m_model->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
}

void RoomsPage::removeSelected()
{
    const qint64 id = selectedRoomId();
    const int row = m_model->rowOfRoom(id);
    if (row < 0)
        return;
    const Room room = m_model->rooms().at(row);
    auto *question = new QMessageBox(QMessageBox::Question, tr("Remove room"),
                                     tr("Remove “%1” (%2) from the pool?").arg(room.name, room.email),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setInformativeText(tr("A room that has bookings keeps them for history and reports; it can only be "
                                    "deactivated."));
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, id](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        m_pool->removeRoom(id, this,
                           [this](const Result<PoolChangeOutcome> &result) { report(result, tr("Room removed.")); });
    });
    question->open();
}

void RoomsPage::updateButtons()
{
    const int row = m_model->rowOfRoom(selectedRoomId());
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_remove->setEnabled(row >= 0);
}

} // namespace Roomdesk

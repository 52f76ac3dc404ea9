// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoomuserimportdialog.h"

#include "backend/connectionservice.h"
#include "widgets/statuslabel.h"
#include "zoom/zoomapi.h"
#include "zoom/zoomclient.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Roomdesk {

ZoomUserImportDialog::ZoomUserImportDialog(ConnectionService *connection, const QList<Room> &existing, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
{
    for (const Room &room : existing)
        m_existingEmails.append(room.email.toLower());
    setWindowTitle(tr("Import rooms from Zoom"));
    resize(640, 460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Licensed users of your Zoom account. Tick the ones organizers share as rooms and "
                                "those with a webinar licence. Imported rooms start inactive."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_state = StatusLabel::create(this, QStringLiteral("importState"));
    layout->addWidget(m_state);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("zoomUsers"));
    m_table->setHorizontalHeaderLabels({tr("Add"), tr("Name"), tr("E-mail"), tr("Webinar licence")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Email, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add the ticked rooms"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        emit roomsChosen(chosenRooms());
        accept();
    });
    connect(m_table, &QTableWidget::itemChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenRooms().isEmpty()); });
    load();
}

ZoomUserImportDialog::~ZoomUserImportDialog() = default;

void ZoomUserImportDialog::load()
{
    StatusLabel::show(m_state, StatusLabel::Busy, tr("Asking Zoom for the account's users…"));
    m_connection->credentials(this, [this](const Result<std::optional<ZoomCredentials>> &credentials) {
        if (!credentials || !credentials.value()) {
            StatusLabel::show(m_state, StatusLabel::Warning,
                              credentials ? tr("Zoom is not connected yet. Set up the connection first, or add "
                                               "rooms by e-mail.")
                                          : credentials.error().message);
            emit usersLoaded();
            return;
        }
        m_client = std::make_unique<ZoomClient>(*credentials.value());
        m_api = new ZoomApi(m_client.get(), this);
        m_api->listUsers(QStringLiteral("active"), this, [this](const Result<QList<ZoomUser>, ZoomError> &users) {
            if (!users) {
                const ZoomError &error = users.error();
                StatusLabel::show(
                    m_state, StatusLabel::Warning,
                    error.kind == ZoomError::Kind::MissingScopes
                        ? tr("The app lacks the optional scope user:read:list_users:admin, so Roomdesk cannot list "
                             "the account's users. Add the scope in the Zoom App Marketplace, or add rooms by "
                             "e-mail.")
                        : error.explanation);
                emit usersLoaded();
                return;
            }
            showUsers(users.value());
            emit usersLoaded();
        });
    });
}

void ZoomUserImportDialog::showUsers(const QList<ZoomUser> &users)
{
    m_table->blockSignals(true);
    m_users.clear();
    m_table->setRowCount(0);
    int basic = 0;
    int already = 0;
    for (const ZoomUser &user : users) {
        if (!user.licensed()) {
            ++basic; // a Basic user cannot host the meetings a room is for
            continue;
        }
        const bool exists = m_existingEmails.contains(user.email.toLower());
        already += exists ? 1 : 0;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_users.append(user);
        auto *add = new QTableWidgetItem;
        add->setFlags(exists ? Qt::ItemFlags() : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        add->setCheckState(Qt::Unchecked);
        if (exists)
            add->setToolTip(tr("Already a room"));
        m_table->setItem(row, Add, add);
        const QString name = user.displayName.isEmpty()
            ? QStringLiteral("%1 %2").arg(user.firstName, user.lastName).trimmed()
            : user.displayName;
        m_table->setItem(row, Name, new QTableWidgetItem(exists ? tr("%1 (already a room)").arg(name) : name));
        m_table->setItem(row, Email, new QTableWidgetItem(user.email));
        auto *webinar = new QTableWidgetItem;
        webinar->setFlags(exists ? Qt::ItemFlags() : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        webinar->setCheckState(Qt::Unchecked);
        m_table->setItem(row, Webinar, webinar);
    }
    m_table->blockSignals(false);
    QStringList summary {tr("%n licensed user(s).", nullptr, int(m_users.size()))};
    if (already > 0)
        summary.append(tr("%n already in the pool.", nullptr, already));
    if (basic > 0)
        summary.append(tr("%n Basic user(s) left out: they cannot host rooms.", nullptr, basic));
    StatusLabel::show(m_state, m_users.isEmpty() ? StatusLabel::Warning : StatusLabel::Info,
                      summary.join(QLatin1Char(' ')));
}

QList<Room> ZoomUserImportDialog::chosenRooms() const
{
    QList<Room> rooms;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Add)->checkState() != Qt::Checked)
            continue;
        const ZoomUser &user = m_users.at(row);
        Room room;
        room.email = user.email.trimmed().toLower();
        room.name = m_table->item(row, Name)->text();
        room.zoomUserId = user.id;
        room.webinar = m_table->item(row, Webinar)->checkState() == Qt::Checked;
        room.active = false; // new rooms start inactive (DESIGN §3)
        rooms.append(room);
    }
    return rooms;
}

} // namespace Roomdesk

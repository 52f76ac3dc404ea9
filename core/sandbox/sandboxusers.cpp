// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's Zoom users: a deterministic directory of hosts with Spanish and Russian
// names, and GET /users, GET /users/{userId}.
#include "sandboxpager.h"
#include "zoomsandbox.h"

#include <QTimeZone>

namespace Roomdesk {

namespace {

struct Person
{
    const char *first;
    const char *last;
    const char *mailbox;
    SandboxUserType type;
    const char *status;
    bool webinar;
    const char *timezone;
};

// The default directory: licensed hosts (some with a webinar licence), a Basic user and a
// pending one, as an institution's account typically has.
const Person kPeople[] = {
    {"Lucía", "Fernández", "lucia.fernandez", SandboxUserType::Licensed, "active", true, "Europe/Madrid"},
    {"Дмитрий", "Соколов", "dmitry.sokolov", SandboxUserType::Licensed, "active", true, "Europe/Moscow"},
    {"Carmen", "Ruiz", "carmen.ruiz", SandboxUserType::Licensed, "active", false, "America/Mexico_City"},
    {"Анна", "Кузнецова", "anna.kuznetsova", SandboxUserType::Licensed, "active", false, "Europe/Moscow"},
    {"Javier", "Morales", "javier.morales", SandboxUserType::Licensed, "active", false, "America/Bogota"},
    {"Ольга", "Смирнова", "olga.smirnova", SandboxUserType::Licensed, "active", true, "Asia/Yekaterinburg"},
    {"Pablo", "Gómez", "pablo.gomez", SandboxUserType::Basic, "active", false, "Europe/Madrid"},
    {"Ирина", "Волкова", "irina.volkova", SandboxUserType::Licensed, "pending", false, "Europe/Moscow"},
};

const char *const kExtraFirst[] = {"María", "José", "Elena", "Андрей", "Мария", "Сергей", "Sofía", "Diego"};
const char *const kExtraLast[] = {"López", "García", "Torres", "Иванов", "Попова", "Лебедев", "Navarro", "Castro"};

} // namespace

void ZoomSandbox::seedUsers()
{
    const QDateTime created(QDate(2024, 9, 2), QTime(8, 0), QTimeZone::utc());
    const int count = std::max(0, m_options.users);
    for (int i = 0; i < count; ++i) {
        SandboxUser user;
        if (i < static_cast<int>(std::size(kPeople))) {
            const Person &p = kPeople[i];
            user.firstName = QString::fromUtf8(p.first);
            user.lastName = QString::fromUtf8(p.last);
            user.email = QString::fromLatin1(p.mailbox) + QStringLiteral("@universidad.example");
            user.type = p.type;
            user.status = QString::fromLatin1(p.status);
            user.webinarLicence = p.webinar;
            user.timezone = QString::fromLatin1(p.timezone);
        } else {
            user.firstName = QString::fromUtf8(kExtraFirst[m_random.bounded(8)]);
            user.lastName = QString::fromUtf8(kExtraLast[m_random.bounded(8)]);
            user.email = QStringLiteral("sala-%1@universidad.example").arg(i + 1, 3, 10, QLatin1Char('0'));
            user.type = SandboxUserType::Licensed;
            user.status = QStringLiteral("active");
            user.webinarLicence = m_random.bounded(4) == 0;
            user.timezone = QStringLiteral("Europe/Madrid");
        }
        if (user.status != QLatin1String("pending"))
            user.id = randomToken(16).left(22);
        user.pmi = 1000000000LL + static_cast<qint64>(m_random.bounded(8999999999ULL));
        user.createdAt = QString::fromStdString(isoUtc(created.addDays(i)));
        m_users.append(user);
    }
}

const SandboxUser *ZoomSandbox::findUser(const QString &idOrEmail) const
{
    for (const SandboxUser &user : m_users) {
        if ((!user.id.isEmpty() && user.id == idOrEmail) || user.email.compare(idOrEmail, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

nlohmann::ordered_json ZoomSandbox::userJson(const SandboxUser &user, bool listItem)
{
    nlohmann::ordered_json json;
    if (!user.id.isEmpty())
        json["id"] = user.id.toStdString();
    json["first_name"] = user.firstName.toStdString();
    json["last_name"] = user.lastName.toStdString();
    json["display_name"] = user.displayName().toStdString();
    json["email"] = user.email.toStdString();
    json["type"] = static_cast<int>(user.type);
    json["pmi"] = user.pmi;
    json["timezone"] = user.timezone.toStdString();
    json["verified"] = user.status == QLatin1String("active") ? 1 : 0;
    json["dept"] = "";
    json["created_at"] = user.createdAt.toStdString();
    json["user_created_at"] = user.createdAt.toStdString();
    if (!listItem)
        json["language"] = "es-ES";
    json["status"] = user.status.toStdString();
    json["role_id"] = "2";
    return json;
}

SandboxResponse ZoomSandbox::listUsers(const SandboxRequest &request, const QStringList &)
{
    const QString status = request.hasQuery(QStringLiteral("status")) ? request.queryValue(QStringLiteral("status"))
                                                                      : QStringLiteral("active");
    if (status != QLatin1String("active") && status != QLatin1String("inactive") && status != QLatin1String("pending"))
        return SandboxResponse::zoomError(400, 300, QStringLiteral("Invalid field: status."));
    const QString listing = QStringLiteral("users|") + status;
    auto page = m_pager->page(request, listing, 2000, now());
    if (auto *error = std::get_if<SandboxResponse>(&page))
        return *error;
    const auto &p = std::get<SandboxPager::Page>(page);

    QList<const SandboxUser *> matching;
    for (const SandboxUser &user : m_users) {
        if (user.status == status)
            matching.append(&user);
    }
    nlohmann::ordered_json body = m_pager->wrapper(listing, p, static_cast<int>(matching.size()), now());
    nlohmann::ordered_json users = nlohmann::ordered_json::array();
    for (qsizetype i = p.offset; i < matching.size() && i < p.offset + p.pageSize; ++i)
        users.push_back(userJson(*matching.at(i), true));
    body["users"] = users;
    return SandboxResponse::json(200, body);
}

SandboxResponse ZoomSandbox::getUser(const SandboxRequest &, const QStringList &args)
{
    const SandboxUser *user = findUser(args.value(0));
    if (!user)
        return SandboxResponse::zoomError(404, 1001, QStringLiteral("User does not exist: %1.").arg(args.value(0)));
    return SandboxResponse::json(200, userJson(*user));
}

} // namespace Roomdesk

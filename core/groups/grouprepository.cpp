// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouprepository.h"

#include "storage/database.h"
#include "storage/sqlstatement.h"
#include "storage/transaction.h"

namespace Roomdesk {

namespace {

const QString kGroupSelect =
    QStringLiteral("SELECT g.id, g.program_id, p.name, g.name, g.platform, g.link FROM participant_groups g "
                   "JOIN programs p ON p.id = g.program_id");

ParticipantGroup readGroup(SqlStatement &select)
{
    ParticipantGroup group;
    group.id = select.value(0).toLongLong();
    group.programId = select.value(1).toLongLong();
    group.programName = select.value(2).toString();
    group.name = select.value(3).toString();
    group.platform = LinkValidator::fromName(select.value(4).toString()).value_or(LinkPlatform::Builtin);
    group.link = select.value(5).toString();
    return group;
}

// As stored: never NULL, empty for the built-in room's empty URL.
QString storedLink(const QUrl &url)
{
    return url.isEmpty() ? QStringLiteral("") : url.toString(QUrl::FullyEncoded);
}

QString timestamp(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().toString(Qt::ISODateWithMs);
}

// SQLite's NOCASE folds ASCII only; Qt folds "Группа" and "группа", "Ñ" and "ñ" alike too.
bool sameName(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive) == 0;
}

} // namespace

GroupRepository::GroupRepository(const Database &database)
    : m_database(database)
{}

Result<QString> GroupRepository::programName(const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Error {QStringLiteral("programs.invalid"), tr("A program needs a name.")};
    if (clean.size() > kMaxName)
        return Error {
            QStringLiteral("programs.invalid"),
            tr("A program's name has at most %1 characters; this one has %2.").arg(kMaxName).arg(clean.size())};
    return clean;
}

Result<QString> GroupRepository::groupName(const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Error {QStringLiteral("groups.invalid"), tr("A group needs a name.")};
    if (clean.size() > kMaxName)
        return Error {QStringLiteral("groups.invalid"),
                      tr("A group's name has at most %1 characters; this one has %2.").arg(kMaxName).arg(clean.size())};
    return clean;
}

// --- programs

Result<void> GroupRepository::checkUniqueProgram(const QString &name, qint64 exceptId) const
{
    SqlStatement select(m_database.connection(), QStringLiteral("SELECT name FROM programs WHERE id <> :id"));
    select.bind(QStringLiteral(":id"), exceptId);
    if (auto result = select.exec(); !result)
        return result;
    while (select.next()) {
        if (sameName(select.value(0).toString(), name))
            return Error {QStringLiteral("programs.duplicate"),
                          tr("There is already a program “%1”; program names are unique, whatever their case.")
                              .arg(select.value(0).toString())};
    }
    return {};
}

Result<Program> GroupRepository::insertProgram(const QString &name, const QDateTime &nowUtc)
{
    auto clean = programName(name);
    if (!clean)
        return clean.error();
    if (auto unique = checkUniqueProgram(clean.value(), 0); !unique)
        return unique.error();
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO programs (name, created_at) VALUES (:name, :now)"));
    insert.bind(QStringLiteral(":name"), clean.value()).bind(QStringLiteral(":now"), timestamp(nowUtc));
    if (auto result = insert.exec(); !result)
        return result.error();
    return Program {insert.query().lastInsertId().toLongLong(), clean.value()};
}

Result<Program> GroupRepository::addProgram(const QString &name, const QDateTime &nowUtc)
{
    return inWriteTransaction(m_database, [&] { return insertProgram(name, nowUtc); });
}

Result<QList<Program>> GroupRepository::programs() const
{
    SqlStatement select(m_database.connection(), QStringLiteral("SELECT id, name FROM programs ORDER BY name, id"));
    if (auto result = select.exec(); !result)
        return result.error();
    QList<Program> all;
    while (select.next())
        all.append({select.value(0).toLongLong(), select.value(1).toString()});
    return all;
}

Result<Program> GroupRepository::findProgram(qint64 id) const
{
    SqlStatement select(m_database.connection(), QStringLiteral("SELECT id, name FROM programs WHERE id = :id"));
    select.bind(QStringLiteral(":id"), id);
    if (auto result = select.exec(); !result)
        return result.error();
    if (!select.next())
        return Error {QStringLiteral("programs.not_found"), tr("There is no program %1.").arg(id)};
    return Program {select.value(0).toLongLong(), select.value(1).toString()};
}

Result<std::optional<Program>> GroupRepository::findProgram(const QString &name) const
{
    auto all = programs();
    if (!all)
        return all.error();
    const QString wanted = name.simplified();
    for (const Program &program : all.value()) {
        if (sameName(program.name, wanted))
            return std::optional<Program>(program);
    }
    return std::optional<Program>();
}

Result<Program> GroupRepository::renameProgram(qint64 id, const QString &name)
{
    return inWriteTransaction(m_database, [&]() -> Result<Program> {
        if (auto found = findProgram(id); !found)
            return found.error();
        auto clean = programName(name);
        if (!clean)
            return clean.error();
        if (auto unique = checkUniqueProgram(clean.value(), id); !unique)
            return unique.error();
        SqlStatement update(m_database.connection(), QStringLiteral("UPDATE programs SET name = :name WHERE id = :id"));
        update.bind(QStringLiteral(":name"), clean.value()).bind(QStringLiteral(":id"), id);
        if (auto result = update.exec(); !result)
            return result.error();
        return Program {id, clean.value()};
    });
}

Result<void> GroupRepository::removeProgram(qint64 id)
{
    if (auto found = findProgram(id); !found)
        return found.error();
    // ON DELETE CASCADE removes its groups, whose events keep their data with group_id NULL.
    SqlStatement remove(m_database.connection(), QStringLiteral("DELETE FROM programs WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    return remove.exec();
}

// --- groups

Result<void> GroupRepository::checkUniqueGroup(qint64 programId, const QString &name, qint64 exceptId) const
{
    SqlStatement select(m_database.connection(),
                        QStringLiteral("SELECT g.name, p.name FROM participant_groups g JOIN programs p ON p.id = "
                                       "g.program_id WHERE g.program_id = :program AND g.id <> :id"));
    select.bind(QStringLiteral(":program"), programId).bind(QStringLiteral(":id"), exceptId);
    if (auto result = select.exec(); !result)
        return result;
    while (select.next()) {
        if (sameName(select.value(0).toString(), name))
            return Error {QStringLiteral("groups.duplicate"),
                          tr("Program “%1” already has a group “%2”; group names are unique within a program, "
                             "whatever their case.")
                              .arg(select.value(1).toString(), select.value(0).toString())};
    }
    return {};
}

Result<ParticipantGroup> GroupRepository::insertGroup(ParticipantGroup group, const QDateTime &nowUtc)
{
    auto program = findProgram(group.programId);
    if (!program)
        return program.error();
    auto clean = groupName(group.name);
    if (!clean)
        return clean.error();
    auto link = LinkValidator::check(group.platform, group.link);
    if (!link)
        return link.error();
    if (auto unique = checkUniqueGroup(group.programId, clean.value(), 0); !unique)
        return unique.error();
    SqlStatement insert(m_database.connection(),
                        QStringLiteral("INSERT INTO participant_groups (program_id, name, platform, link, created_at, "
                                       "updated_at) VALUES (:program, :name, :platform, :link, :now, :now)"));
    insert.bind(QStringLiteral(":program"), group.programId)
        .bind(QStringLiteral(":name"), clean.value())
        .bind(QStringLiteral(":platform"), LinkValidator::name(group.platform))
        .bind(QStringLiteral(":link"), storedLink(link.value()))
        .bind(QStringLiteral(":now"), timestamp(nowUtc));
    if (auto result = insert.exec(); !result)
        return result.error();
    return find(insert.query().lastInsertId().toLongLong());
}

Result<ParticipantGroup> GroupRepository::addGroup(ParticipantGroup group, const QDateTime &nowUtc)
{
    return inWriteTransaction(m_database, [&] { return insertGroup(group, nowUtc); });
}

Result<ParticipantGroup> GroupRepository::addGroup(const QString &programName, ParticipantGroup group,
                                                   const QDateTime &nowUtc)
{
    return inWriteTransaction(m_database, [&]() -> Result<ParticipantGroup> {
        auto existing = findProgram(programName);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            group.programId = existing.value()->id;
        } else {
            auto created = insertProgram(programName, nowUtc);
            if (!created)
                return created.error();
            group.programId = created.value().id;
        }
        return insertGroup(group, nowUtc);
    });
}

Result<QList<ParticipantGroup>> GroupRepository::groups(std::optional<qint64> programId) const
{
    SqlStatement select(m_database.connection(),
                        kGroupSelect + (programId ? QStringLiteral(" WHERE g.program_id = :program") : QString()) +
                            QStringLiteral(" ORDER BY p.name, p.id, g.name, g.id"));
    if (programId)
        select.bind(QStringLiteral(":program"), *programId);
    if (auto result = select.exec(); !result)
        return result.error();
    QList<ParticipantGroup> all;
    while (select.next())
        all.append(readGroup(select));
    return all;
}

Result<ParticipantGroup> GroupRepository::find(qint64 groupId) const
{
    SqlStatement select(m_database.connection(), kGroupSelect + QStringLiteral(" WHERE g.id = :id"));
    select.bind(QStringLiteral(":id"), groupId);
    if (auto result = select.exec(); !result)
        return result.error();
    if (!select.next())
        return Error {QStringLiteral("groups.not_found"), tr("There is no group %1.").arg(groupId)};
    return readGroup(select);
}

Result<ParticipantGroup> GroupRepository::renameGroup(qint64 groupId, const QString &name, const QDateTime &nowUtc)
{
    return inWriteTransaction(m_database, [&]() -> Result<ParticipantGroup> {
        auto found = find(groupId);
        if (!found)
            return found.error();
        auto clean = groupName(name);
        if (!clean)
            return clean.error();
        if (auto unique = checkUniqueGroup(found.value().programId, clean.value(), groupId); !unique)
            return unique.error();
        SqlStatement update(m_database.connection(),
                            QStringLiteral("UPDATE participant_groups SET name = :name, updated_at = :now "
                                           "WHERE id = :id"));
        update.bind(QStringLiteral(":name"), clean.value())
            .bind(QStringLiteral(":now"), timestamp(nowUtc))
            .bind(QStringLiteral(":id"), groupId);
        if (auto result = update.exec(); !result)
            return result.error();
        ParticipantGroup renamed = found.value();
        renamed.name = clean.value();
        return renamed;
    });
}

Result<void> GroupRepository::removeGroup(qint64 groupId)
{
    if (auto found = find(groupId); !found)
        return found.error();
    // ON DELETE SET NULL: the group's events stay, without a group.
    SqlStatement remove(m_database.connection(), QStringLiteral("DELETE FROM participant_groups WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), groupId);
    return remove.exec();
}

Result<ParticipantGroup> GroupRepository::setLink(qint64 groupId, LinkPlatform platform, const QString &link,
                                                  const QDateTime &nowUtc)
{
    auto found = find(groupId);
    if (!found)
        return found.error();
    auto checked = LinkValidator::check(platform, link);
    if (!checked)
        return checked.error();
    SqlStatement update(m_database.connection(),
                        QStringLiteral("UPDATE participant_groups SET platform = :platform, link = :link, "
                                       "updated_at = :now WHERE id = :id"));
    update.bind(QStringLiteral(":platform"), LinkValidator::name(platform))
        .bind(QStringLiteral(":link"), storedLink(checked.value()))
        .bind(QStringLiteral(":now"), timestamp(nowUtc))
        .bind(QStringLiteral(":id"), groupId);
    if (auto result = update.exec(); !result)
        return result.error();
    ParticipantGroup changed = found.value();
    changed.platform = platform;
    changed.link = storedLink(checked.value());
    return changed;
}

} // namespace Roomdesk

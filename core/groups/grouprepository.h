// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "participantgroup.h"
#include "program.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace Roomdesk {

class Database;

// Programs and their participant groups on the database. Names are simplified (trimmed,
// inner runs of white space made one space), 1…200 characters and unique whatever their case
// (programs among programs, groups within their program). Every change is checked first and
// explained when refused; a refused change stores nothing.
class GroupRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::GroupRepository)

public:
    static constexpr int kMaxName = 200;

    explicit GroupRepository(const Database &database);

    Result<Program> addProgram(const QString &name, const QDateTime &nowUtc);
    Result<QList<Program>> programs() const; // by name
    Result<Program> findProgram(qint64 id) const;
    // The program of that name, whatever its case; nullopt when there is none.
    Result<std::optional<Program>> findProgram(const QString &name) const;
    Result<Program> renameProgram(qint64 id, const QString &name);
    // Its groups go with it; events of those groups stay, without a group.
    Result<void> removeProgram(qint64 id);

    // A new group of group.programId with group.name, platform and link (checked by
    // LinkValidator: none for the built-in room, a valid one for any other platform).
    Result<ParticipantGroup> addGroup(ParticipantGroup group, const QDateTime &nowUtc);
    // The same in the program called `programName`, which is created when there is none;
    // in one transaction, so a refused group leaves no new program behind.
    Result<ParticipantGroup> addGroup(const QString &programName, ParticipantGroup group, const QDateTime &nowUtc);
    // Every group, or a program's, by program name and then group name.
    Result<QList<ParticipantGroup>> groups(std::optional<qint64> programId = std::nullopt) const;
    Result<ParticipantGroup> find(qint64 groupId) const;
    Result<ParticipantGroup> renameGroup(qint64 groupId, const QString &name, const QDateTime &nowUtc);
    Result<void> removeGroup(qint64 groupId);
    // Where the group meets. The built-in room takes no link (any stored one is cleared);
    // another platform needs a valid link, stored normalised. Refused: nothing changes.
    Result<ParticipantGroup> setLink(qint64 groupId, LinkPlatform platform, const QString &link,
                                     const QDateTime &nowUtc);

    // `name` simplified, or why it cannot be a program's (or a group's) name. Translated.
    static Result<QString> programName(const QString &name);
    static Result<QString> groupName(const QString &name);

private:
    Result<Program> insertProgram(const QString &name, const QDateTime &nowUtc);
    Result<ParticipantGroup> insertGroup(ParticipantGroup group, const QDateTime &nowUtc);
    Result<void> checkUniqueProgram(const QString &name, qint64 exceptId) const;
    Result<void> checkUniqueGroup(qint64 programId, const QString &name, qint64 exceptId) const;
    // Runs `work` between BEGIN IMMEDIATE and COMMIT (ROLLBACK when it fails): a name's
    // check and its use see the same rows in every process.

    const Database &m_database;
};

} // namespace Roomdesk

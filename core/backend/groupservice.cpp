// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupservice.h"

#include "clock.h"
#include "storage/database.h"

namespace Roomdesk {

GroupService::GroupService(DataThread &data, QObject *parent)
    : QObject(parent)
    , m_lane(data, this)
{}

GroupService::GroupService(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_lane(std::move(databasePath), clock, this)
{}

GroupService::~GroupService() = default;

template<typename T>
void GroupService::run(std::function<Result<T>(GroupRepository &, const QDateTime &)> work, QObject *context,
                       Callback<T> done, bool changes)
{
    m_lane.run<T>(
        [work = std::move(work)](DataContext &data, const Database &database) {
            GroupRepository repository(database);
            return work(repository, data.now());
        },
        context, std::move(done),
        [this, changes](const Result<T> &result) {
            if (changes && result)
                emit changed();
        });
}

void GroupService::snapshot(QObject *context, Callback<GroupSnapshot> done)
{
    run<GroupSnapshot>(
        [](GroupRepository &repository, const QDateTime &) -> Result<GroupSnapshot> {
            auto programs = repository.programs();
            if (!programs)
                return programs.error();
            auto groups = repository.groups();
            if (!groups)
                return groups.error();
            return GroupSnapshot {programs.value(), groups.value()};
        },
        context, std::move(done), false);
}

void GroupService::addProgram(const QString &name, QObject *context, Callback<Program> done)
{
    run<Program>([name](GroupRepository &repository, const QDateTime &now) { return repository.addProgram(name, now); },
                 context, std::move(done), true);
}

void GroupService::renameProgram(qint64 id, const QString &name, QObject *context, Callback<Program> done)
{
    run<Program>(
        [id, name](GroupRepository &repository, const QDateTime &) { return repository.renameProgram(id, name); },
        context, std::move(done), true);
}

void GroupService::removeProgram(qint64 id, QObject *context, Callback<void> done)
{
    run<void>([id](GroupRepository &repository, const QDateTime &) { return repository.removeProgram(id); }, context,
              std::move(done), true);
}

void GroupService::findProgram(const QString &name, QObject *context, Callback<std::optional<Program>> done)
{
    run<std::optional<Program>>(
        [name](GroupRepository &repository, const QDateTime &) { return repository.findProgram(name); }, context,
        std::move(done), false);
}

void GroupService::groups(std::optional<qint64> programId, QObject *context, Callback<QList<ParticipantGroup>> done)
{
    run<QList<ParticipantGroup>>(
        [programId](GroupRepository &repository, const QDateTime &) { return repository.groups(programId); }, context,
        std::move(done), false);
}

void GroupService::addGroupToProgram(const QString &programName, const ParticipantGroup &group, QObject *context,
                                     Callback<ParticipantGroup> done)
{
    run<ParticipantGroup>(
        [programName, group](GroupRepository &repository, const QDateTime &now) {
            return repository.addGroup(programName, group, now);
        },
        context, std::move(done), true);
}

void GroupService::addGroup(qint64 programId, const QString &name, QObject *context, Callback<ParticipantGroup> done)
{
    run<ParticipantGroup>(
        [programId, name](GroupRepository &repository, const QDateTime &now) {
            ParticipantGroup group;
            group.programId = programId;
            group.name = name;
            return repository.addGroup(group, now);
        },
        context, std::move(done), true);
}

void GroupService::renameGroup(qint64 id, const QString &name, QObject *context, Callback<ParticipantGroup> done)
{
    run<ParticipantGroup>(
        [id, name](GroupRepository &repository, const QDateTime &now) { return repository.renameGroup(id, name, now); },
        context, std::move(done), true);
}

void GroupService::removeGroup(qint64 id, QObject *context, Callback<void> done)
{
    run<void>([id](GroupRepository &repository, const QDateTime &) { return repository.removeGroup(id); }, context,
              std::move(done), true);
}

void GroupService::setLink(qint64 groupId, LinkPlatform platform, const QString &link, QObject *context,
                           Callback<ParticipantGroup> done)
{
    run<ParticipantGroup>(
        [groupId, platform, link](GroupRepository &repository, const QDateTime &now) {
            return repository.setLink(groupId, platform, link, now);
        },
        context, std::move(done), true);
}

void GroupService::seedIfEmpty(const QList<ParticipantGroup> &groups, QObject *context, Callback<bool> done)
{
    run<bool>(
        [groups](GroupRepository &repository, const QDateTime &now) -> Result<bool> {
            auto existing = repository.programs();
            if (!existing)
                return existing.error();
            if (!existing.value().isEmpty())
                return false;
            for (const ParticipantGroup &group : groups) {
                if (auto added = repository.addGroup(group.programName, group, now); !added)
                    return added.error();
            }
            return true;
        },
        context, std::move(done), true);
}

} // namespace Roomdesk

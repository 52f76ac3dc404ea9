// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datathread.h"
#include "groups/grouprepository.h"

#include <QObject>

#include <functional>

namespace Roomdesk {

class Clock;
class Database;

// Every program and group, read together.
struct GroupSnapshot final
{
    QList<Program> programs; // by name
    QList<ParticipantGroup> groups; // by program, then name
};

// Programs and groups for the GUI without blocking the calling (UI) thread: every read and
// change runs on the backend's data thread, through the same GroupRepository the command line
// uses. Callbacks run on the caller's thread and are dropped
// when their context object is gone.
class GroupService final : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    GroupService(DataThread &data, QObject *parent = nullptr);
    // On a data thread of its own (tests, tools).
    GroupService(QString databasePath, const Clock &clock, QObject *parent = nullptr);
    ~GroupService() override;

    void snapshot(QObject *context, Callback<GroupSnapshot> done);
    void addProgram(const QString &name, QObject *context, Callback<Program> done);
    void renameProgram(qint64 id, const QString &name, QObject *context, Callback<Program> done);
    void removeProgram(qint64 id, QObject *context, Callback<void> done);
    // The program of that name, whatever its case (nullopt: there is none).
    void findProgram(const QString &name, QObject *context, Callback<std::optional<Program>> done);
    // One program's groups (nullopt: every program's), by program, then name.
    void groups(std::optional<qint64> programId, QObject *context, Callback<QList<ParticipantGroup>> done);
    void addGroup(qint64 programId, const QString &name, QObject *context, Callback<ParticipantGroup> done);
    // A group with its platform and link in the program of that name, which is created when
    // new; when the group is refused, nothing is stored (not even the program).
    void addGroupToProgram(const QString &programName, const ParticipantGroup &group, QObject *context,
                           Callback<ParticipantGroup> done);
    void renameGroup(qint64 id, const QString &name, QObject *context, Callback<ParticipantGroup> done);
    void removeGroup(qint64 id, QObject *context, Callback<void> done);
    void setLink(qint64 groupId, LinkPlatform platform, const QString &link, QObject *context,
                 Callback<ParticipantGroup> done);
    // Demo mode: adds the groups (and their programs, by name) only when there are no programs.
    void seedIfEmpty(const QList<ParticipantGroup> &groups, QObject *context, Callback<bool> done);

signals:
    void changed(); // after any change that was stored

private:
    template<typename T>
    void run(std::function<Result<T>(GroupRepository &, const QDateTime &nowUtc)> work, QObject *context,
             Callback<T> done, bool changes);

    DataLane m_lane;
};

} // namespace Roomdesk

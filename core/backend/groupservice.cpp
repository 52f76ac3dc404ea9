#include "groupservice.h"

#include "clock.h"
#include "storage/database.h"

#include <QPointer>

namespace Roomdesk {

// Owns the worker thread's database connection; everything it does runs on that thread.
class GroupService::Worker final : public QObject
{
public:
    Worker(QString path, const Clock &clock)
        : m_path(std::move(path))
        , m_clock(clock)
    {}

    Result<const Database *> database()
    {
        if (!m_database) {
            auto opened = Database::open(m_path);
            if (!opened)
                return opened.error();
            m_database = std::move(opened.value());
        }
        return m_database.get();
    }

    QDateTime now() const { return m_clock.nowUtc(); }

private:
    QString m_path;
    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
};

GroupService::GroupService(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(databasePath), clock))
{
    m_thread.setObjectName(QStringLiteral("GroupService"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

GroupService::~GroupService()
{
    m_thread.quit();
    m_thread.wait();
}

template<typename T>
void GroupService::run(std::function<Result<T>(GroupRepository &, const QDateTime &)> work, QObject *context,
                       Callback<T> done, bool changes)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [this, work = std::move(work), guard, done = std::move(done), changes] {
        auto database = m_worker->database();
        Result<T> result = [&]() -> Result<T> {
            if (!database)
                return database.error();
            GroupRepository repository(*database.value());
            return work(repository, m_worker->now());
        }();
        QMetaObject::invokeMethod(this, [this, result = std::move(result), guard, done, changes] {
            if (changes && result)
                emit changed();
            if (guard && done)
                done(result);
        });
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

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groups/participantgroup.h"
#include "groups/program.h"

#include <QAbstractItemModel>

namespace Roomdesk {

// Programs and their participant groups as a tree for the Groups page: programs at the top,
// their groups below them, with each group's platform and link. It shows what GroupService
// read; changes go through the service and come back as the next setContents().
class GroupTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Platform, Link, ColumnCount };
    enum Role {
        ProgramIdRole = Qt::UserRole + 1, // the program of a program or group row
        GroupIdRole, // 0 for a program row
    };

    explicit GroupTreeModel(QObject *parent = nullptr);

    // Same programs and groups in the same order: the rows stay (selection too) and only
    // their data changes; otherwise the model is reset.
    void setContents(const QList<Program> &programs, const QList<ParticipantGroup> &groups);
    QModelIndex programIndex(qint64 programId) const;
    QModelIndex groupIndex(qint64 groupId) const;
    // Null when the index is not such a row.
    const Program *program(const QModelIndex &index) const;
    const ParticipantGroup *group(const QModelIndex &index) const;
    int groupCount(qint64 programId) const;
    // After a language change: headers and texts again.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Branch
    {
        Program program;
        QList<ParticipantGroup> groups;
    };
    void announceChanges(); // every row's data may have changed
    QVariant programData(const Branch &branch, int column, int role) const;
    QVariant groupData(const ParticipantGroup &group, int column, int role) const;

    // internalId of a group row: its program's row + 1; of a program row: 0.
    QList<Branch> m_branches;
};

} // namespace Roomdesk

// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouptreemodel.h"

#include <QCollator>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace Roomdesk {

GroupTreeModel::GroupTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void GroupTreeModel::setContents(const QList<Program> &programs, const QList<ParticipantGroup> &groups)
{
    // In the language's alphabetical order ("Álgebra" next to "Algoritmos", "Grupo 2" before
    // "Grupo 10"), whatever order the database keeps.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto byName = [&collator](const auto &a, const auto &b) { return collator.compare(a.name, b.name) < 0; };
    QList<Branch> branches;
    for (const Program &program : programs) {
        Branch branch {program, {}};
        for (const ParticipantGroup &group : groups) {
            if (group.programId == program.id)
                branch.groups.append(group);
        }
        std::stable_sort(branch.groups.begin(), branch.groups.end(), byName);
        branches.append(branch);
    }
    std::stable_sort(branches.begin(), branches.end(),
                     [&byName](const Branch &a, const Branch &b) { return byName(a.program, b.program); });
    bool sameRows = branches.size() == m_branches.size();
    for (qsizetype i = 0; sameRows && i < branches.size(); ++i) {
        const Branch &now = branches.at(i);
        const Branch &before = m_branches.at(i);
        sameRows = now.program.id == before.program.id && now.groups.size() == before.groups.size();
        for (qsizetype j = 0; sameRows && j < now.groups.size(); ++j)
            sameRows = now.groups.at(j).id == before.groups.at(j).id;
    }
    if (!sameRows) {
        beginResetModel();
        m_branches = branches;
        endResetModel();
        return;
    }
    m_branches = branches;
    announceChanges();
}

void GroupTreeModel::announceChanges()
{
    for (int row = 0; row < rowCount(); ++row) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        const QModelIndex parent = index(row, 0);
        if (rowCount(parent) > 0)
            emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

QModelIndex GroupTreeModel::programIndex(qint64 programId) const
{
    for (qsizetype row = 0; row < m_branches.size(); ++row) {
        if (m_branches.at(row).program.id == programId)
            return index(int(row), 0);
    }
    return {};
}

QModelIndex GroupTreeModel::groupIndex(qint64 groupId) const
{
    for (qsizetype row = 0; row < m_branches.size(); ++row) {
        const QList<ParticipantGroup> &groups = m_branches.at(row).groups;
        for (qsizetype child = 0; child < groups.size(); ++child) {
            if (groups.at(child).id == groupId)
                return index(int(child), 0, index(int(row), 0));
        }
    }
    return {};
}

const Program *GroupTreeModel::program(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != 0)
        return nullptr;
    return &m_branches.at(index.row()).program;
}

const ParticipantGroup *GroupTreeModel::group(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    return &m_branches.at(qsizetype(index.internalId() - 1)).groups.at(index.row());
}

int GroupTreeModel::groupCount(qint64 programId) const
{
    const QModelIndex parent = programIndex(programId);
    return parent.isValid() ? rowCount(parent) : 0;
}

void GroupTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    announceChanges();
}

QModelIndex GroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex GroupTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int GroupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_branches.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0; // groups have no children; only the first column has them
    return int(m_branches.at(parent.row()).groups.size());
}

int GroupTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GroupTreeModel::programData(const Branch &branch, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == Name)
            return branch.program.name;
        if (column == Platform)
            return tr("%n group(s)", nullptr, int(branch.groups.size()));
        return {};
    case Qt::FontRole:
        if (column == Name) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (column != Name)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case ProgramIdRole:
        return branch.program.id;
    case GroupIdRole:
        return qint64(0);
    default:
        return {};
    }
}

QVariant GroupTreeModel::groupData(const ParticipantGroup &group, int column, int role) const
{
    const bool builtin = group.platform == LinkPlatform::Builtin;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Name)
            return group.name;
        if (column == Platform)
            return LinkValidator::displayName(group.platform);
        if (column == Link)
            return builtin ? tr("The allocated room's join link") : group.link;
        return {};
    case Qt::ForegroundRole:
        if (column == Link && builtin)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case ProgramIdRole:
        return group.programId;
    case GroupIdRole:
        return group.id;
    default:
        return {};
    }
}

QVariant GroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const ParticipantGroup *found = group(index))
        return groupData(*found, index.column(), role);
    return programData(m_branches.at(index.row()), index.column(), role);
}

QVariant GroupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Program / group");
    case Platform:
        return tr("Platform");
    case Link:
        return tr("Link");
    default:
        return {};
    }
}

Qt::ItemFlags GroupTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Roomdesk

// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopelistmodel.h"

#include <QBrush>
#include <QColor>

namespace Roomdesk {

ScopeListModel::ScopeListModel(bool required, QObject *parent)
    : QAbstractTableModel(parent)
    , m_required(required)
{
    retranslate();
}

void ScopeListModel::retranslate()
{
    beginResetModel();
    m_scopes.clear();
    for (const ScopeInfo &scope : ScopeCatalog::all()) {
        if (scope.required == m_required)
            m_scopes.append(scope);
    }
    endResetModel();
}

int ScopeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scopes.size());
}

int ScopeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScopeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScopeInfo &scope = m_scopes.at(index.row());
    // Two plain flags: GCC at -O2 sees a maybe-uninitialized std::optional<bool> here.
    const bool checked = m_granted.has_value();
    const bool isGranted = checked && m_granted->contains(scope.name);
    if (role == GrantedRole)
        return checked ? QVariant(isGranted) : QVariant();
    switch (index.column()) {
    case ScopeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return scope.name;
        break;
    case PurposeColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return scope.purpose;
        break;
    case StateColumn:
        if (role == Qt::DisplayRole) {
            if (!checked)
                return tr("not checked");
            return isGranted ? tr("granted") : (m_required ? tr("missing") : tr("not granted"));
        }
        if (role == Qt::ForegroundRole && checked)
            return QBrush(isGranted ? QColor(0x2e, 0x85, 0x40) : QColor(m_required ? 0xc0392b : 0x8a6d3b));
        break;
    default:
        break;
    }
    return {};
}

QVariant ScopeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ScopeColumn:
        return tr("Scope");
    case PurposeColumn:
        return m_required ? tr("What Roomdesk uses it for") : tr("What it unlocks");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void ScopeListModel::setGranted(const std::optional<QStringList> &grantedScopes)
{
    m_granted = grantedScopes;
    if (!m_scopes.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QStringList ScopeListModel::scopes() const
{
    QStringList names;
    for (const ScopeInfo &scope : m_scopes)
        names.append(scope.name);
    return names;
}

QStringList ScopeListModel::missing() const
{
    QStringList names;
    if (!m_granted)
        return names;
    for (const ScopeInfo &scope : m_scopes) {
        if (!m_granted->contains(scope.name))
            names.append(scope.name);
    }
    return names;
}

} // namespace Roomdesk

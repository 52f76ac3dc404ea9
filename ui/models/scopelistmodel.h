// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoom/scopecatalog.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

namespace Roomdesk {

// The required or the optional scopes of the catalog with what each is for and, once a
// token was checked, whether it was granted.
class ScopeListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ScopeColumn, PurposeColumn, StateColumn, CopyColumn, ColumnCount }; // CopyColumn: a button
    enum Role { GrantedRole = Qt::UserRole + 1 }; // QVariant() until checked, else bool

    explicit ScopeListModel(bool required, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // nullopt: not checked yet.
    void setGranted(const std::optional<QStringList> &grantedScopes);
    QString scope(int row) const { return m_scopes.value(row).name; }
    QStringList scopes() const;
    QStringList missing() const; // empty until checked
    bool checked() const { return m_granted.has_value(); }
    void retranslate(); // purposes are translated texts

private:
    bool m_required;
    QList<ScopeInfo> m_scopes;
    std::optional<QStringList> m_granted;
};

} // namespace Roomdesk

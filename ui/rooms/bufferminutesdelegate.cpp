// SPDX-License-Identifier: GPL-3.0-or-later
#include "bufferminutesdelegate.h"

#include "models/roomtablemodel.h"

#include <QSpinBox>

namespace Roomdesk {

QWidget *BufferMinutesDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QSpinBox(parent);
    editor->setRange(RoomTableModel::kPolicy, BufferPolicy::kMaxMinutes);
    editor->setSpecialValueText(tr("Policy"));
    editor->setSuffix(tr(" min"));
    editor->setAccelerated(true);
    return editor;
}

void BufferMinutesDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toInt());
}

void BufferMinutesDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

} // namespace Roomdesk

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groups/participantgroup.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Roomdesk {

// A participant group's link settings: the platform it meets on and its link, checked by
// LinkValidator as the administrator types (the reason inline, Save only for a valid change,
// an example link as placeholder), and the caveats of a link Roomdesk does not control.
class GroupLinkForm final : public QWidget
{
    Q_OBJECT

public:
    explicit GroupLinkForm(QWidget *parent = nullptr);

    // The group to show; nullopt shows none. The group already shown keeps what is being
    // typed, so a reload in the background never takes an edit away.
    void setGroup(const std::optional<ParticipantGroup> &group);
    std::optional<qint64> groupId() const;
    LinkPlatform platform() const;
    QString link() const; // as typed; empty for the built-in room
    bool isModified() const;

    QComboBox *platformCombo() const { return m_platform; }
    QLineEdit *linkEdit() const { return m_link; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }
    QFrame *caveatsPanel() const { return m_caveats; }
    QLabel *caveatsLabel() const { return m_caveatsText; }
    void setPlatform(LinkPlatform platform);

signals:
    void saveRequested(qint64 groupId, Roomdesk::LinkPlatform platform, const QString &link);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load(); // the stored group's values into the fields
    void platformChanged();
    void validate();

    std::optional<ParticipantGroup> m_group; // as stored
    QString m_setAside; // the link typed for another platform while the built-in room is chosen
    QLabel *m_heading = nullptr;
    QLabel *m_platformLabel = nullptr;
    QLabel *m_linkLabel = nullptr;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_problem = nullptr;
    QFrame *m_caveats = nullptr;
    QLabel *m_caveatsTitle = nullptr;
    QLabel *m_caveatsText = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Roomdesk

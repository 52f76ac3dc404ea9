// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/groupservice.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace Roomdesk {

class GroupLinkForm;
class GroupTreeModel;
class Prompts;

// The Groups page: programs and their participant groups as a tree (add, rename, remove) and
// the selected group's link settings (GroupLinkForm). Everything is stored through
// GroupService, off the UI thread; every change says what it did or why it was refused.
class GroupsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit GroupsPage(GroupService *service, QWidget *parent = nullptr);

    GroupTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    GroupLinkForm *linkForm() const { return m_form; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *addProgramButton() const { return m_addProgram; }
    QPushButton *addGroupButton() const { return m_addGroup; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *removeButton() const { return m_remove; }
    bool isLoaded() const { return m_loaded; }
    // Where names and confirmations are asked (dialogs unless a test answers).
    void setPrompts(Prompts *prompts) { m_prompts = prompts; }

    void selectProgram(qint64 programId);
    void selectGroup(qint64 groupId);
    qint64 selectedProgramId() const; // of the selected program or group; 0 when none
    qint64 selectedGroupId() const; // 0 when none or a program is selected

public slots:
    void reload();
    void addProgram();
    void addGroup();
    void renameSelected();
    void removeSelected();

signals:
    void loaded(); // a snapshot has been shown
    void changeFinished(); // a change was answered (stored or refused), its message shown

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectionChanged();
    void selectFirstGroup(); // the first group the tree shows
    void saveLink(qint64 groupId, LinkPlatform platform, const QString &link);
    // Shows what a change did, or why it was refused.
    template<typename T>
    void report(const Result<T> &result, const QString &done);

    GroupService *m_service = nullptr;
    Prompts *m_prompts = nullptr;
    GroupTreeModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_message = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_addProgram = nullptr;
    QPushButton *m_addGroup = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QGroupBox *m_linkBox = nullptr;
    GroupLinkForm *m_form = nullptr;
    // What to select once the next snapshot is shown (a row just added): a group, else a program.
    qint64 m_pendingGroup = 0;
    qint64 m_pendingProgram = 0;
    int m_generation = 0; // answers to older reloads are dropped
    bool m_loaded = false;
};

} // namespace Roomdesk

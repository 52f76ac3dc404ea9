// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupspage.h"

#include "groups/grouplinkform.h"
#include "models/grouptreemodel.h"
#include "pagecatalog.h"
#include "widgets/prompts.h"
#include "widgets/statuslabel.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Roomdesk {

GroupsPage::GroupsPage(GroupService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prompts(&Prompts::dialogs())
    , m_model(new GroupTreeModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *buttons = new QHBoxLayout;
    m_addProgram = new QPushButton(QIcon::fromTheme(QStringLiteral("folder-new")), QString(), this);
    m_addProgram->setObjectName(QStringLiteral("addProgram"));
    m_addGroup = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), QString(), this);
    m_addGroup->setObjectName(QStringLiteral("addGroup"));
    m_rename = new QPushButton(this);
    m_rename->setObjectName(QStringLiteral("rename"));
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), QString(), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    for (QPushButton *button : {m_addProgram, m_addGroup})
        buttons->addWidget(button);
    buttons->addStretch();
    for (QPushButton *button : {m_rename, m_remove})
        buttons->addWidget(button);
    layout->addLayout(buttons);

    m_message = StatusLabel::create(this, QStringLiteral("groupsMessage"));
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("groupsTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(GroupTreeModel::Name, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(GroupTreeModel::Platform, QHeaderView::ResizeToContents);
    m_linkBox = new QGroupBox(splitter);
    auto *boxLayout = new QVBoxLayout(m_linkBox);
    m_form = new GroupLinkForm(m_linkBox);
    boxLayout->addWidget(m_form);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_linkBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_addProgram, &QPushButton::clicked, this, &GroupsPage::addProgram);
    connect(m_addGroup, &QPushButton::clicked, this, &GroupsPage::addGroup);
    connect(m_rename, &QPushButton::clicked, this, &GroupsPage::renameSelected);
    connect(m_remove, &QPushButton::clicked, this, &GroupsPage::removeSelected);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GroupsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GroupsPage::selectionChanged);
    connect(m_form, &GroupLinkForm::saveRequested, this, &GroupsPage::saveLink);
    connect(m_service, &GroupService::changed, this, &GroupsPage::reload);
    retranslate();
    selectionChanged();
    reload();
}

void GroupsPage::retranslate()
{
    const PageTexts texts = PageCatalog::texts(PageId::Groups);
    m_title->setText(texts.title);
    m_intro->setText(texts.purpose);
    m_addProgram->setText(tr("Add program…"));
    m_addGroup->setText(tr("Add group…"));
    m_rename->setText(tr("Rename…"));
    m_remove->setText(tr("Remove"));
    m_linkBox->setTitle(tr("Where the group meets"));
    m_model->retranslate();
}

void GroupsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GroupsPage::reload()
{
    const int generation = ++m_generation;
    m_service->snapshot(this, [this, generation](const Result<GroupSnapshot> &snapshot) {
        if (generation != m_generation)
            return; // a newer reload is on its way
        if (!snapshot) {
            StatusLabel::show(m_message, StatusLabel::Error, snapshot.error().message);
            return;
        }
        const bool pending = m_pendingGroup || m_pendingProgram;
        const qint64 group = pending ? m_pendingGroup : selectedGroupId();
        const qint64 program = pending ? m_pendingProgram : selectedProgramId();
        const bool first = !m_loaded;
        m_pendingGroup = 0;
        m_pendingProgram = 0;
        m_model->setContents(snapshot.value().programs, snapshot.value().groups);
        // The row that was selected (or was just added) again; at first the first group.
        if (group && m_model->groupIndex(group).isValid())
            selectGroup(group);
        else if (program && m_model->programIndex(program).isValid())
            selectProgram(program);
        else if (first)
            selectFirstGroup();
        if (snapshot.value().programs.isEmpty() && m_message->text().isEmpty())
            StatusLabel::show(m_message, StatusLabel::Info, PageCatalog::texts(PageId::Groups).firstStep);
        m_loaded = true;
        selectionChanged();
        emit loaded();
    });
}

void GroupsPage::selectProgram(qint64 programId)
{
    const QModelIndex index = m_model->programIndex(programId);
    if (index.isValid())
        m_tree->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void GroupsPage::selectGroup(qint64 groupId)
{
    const QModelIndex index = m_model->groupIndex(groupId);
    if (index.isValid()) {
        m_tree->expand(index.parent());
        m_tree->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void GroupsPage::selectFirstGroup()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex program = m_model->index(row, 0);
        if (m_model->rowCount(program) > 0) {
            selectGroup(m_model->index(0, 0, program).data(GroupTreeModel::GroupIdRole).toLongLong());
            return;
        }
    }
}

qint64 GroupsPage::selectedProgramId() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(GroupTreeModel::ProgramIdRole).toLongLong();
}

qint64 GroupsPage::selectedGroupId() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(GroupTreeModel::GroupIdRole).toLongLong();
}

void GroupsPage::selectionChanged()
{
    const qint64 programId = selectedProgramId();
    const QModelIndex groupRow = m_model->groupIndex(selectedGroupId());
    const ParticipantGroup *group = m_model->group(groupRow);
    m_form->setGroup(group ? std::optional<ParticipantGroup>(*group) : std::nullopt);
    m_addGroup->setEnabled(programId != 0);
    m_rename->setEnabled(programId != 0);
    m_remove->setEnabled(programId != 0);
}

template<typename T>
void GroupsPage::report(const Result<T> &result, const QString &done)
{
    if (result)
        StatusLabel::show(m_message, StatusLabel::Good, done);
    else
        StatusLabel::show(m_message, StatusLabel::Error, result.error().message);
    emit changeFinished();
}

void GroupsPage::addProgram()
{
    const auto name = m_prompts->askText(this, tr("Add a program"), tr("Name of the new program:"), QString());
    if (!name)
        return;
    m_service->addProgram(*name, this, [this](const Result<Program> &result) {
        if (result)
            m_pendingProgram = result.value().id;
        report(result, result ? tr("Program “%1” added.").arg(result.value().name) : QString());
    });
}

void GroupsPage::addGroup()
{
    const Program *program = m_model->program(m_model->programIndex(selectedProgramId()));
    if (!program)
        return;
    const auto name =
        m_prompts->askText(this, tr("Add a group"), tr("Name of the new group in “%1”:").arg(program->name), QString());
    if (!name)
        return;
    m_service->addGroup(program->id, *name, this, [this](const Result<ParticipantGroup> &result) {
        if (result)
            m_pendingGroup = result.value().id;
        report(result,
               result ? tr("Group “%1” added to “%2”; it meets in the built-in Zoom room until you choose "
                           "another platform.")
                            .arg(result.value().name, result.value().programName)
                      : QString());
    });
}

void GroupsPage::renameSelected()
{
    const auto renamed = [this](const auto &result) {
        report(result, result ? tr("Renamed to “%1”.").arg(result.value().name) : QString());
    };
    if (const ParticipantGroup *group = m_model->group(m_model->groupIndex(selectedGroupId()))) {
        const auto name = m_prompts->askText(this, tr("Rename the group"),
                                             tr("New name of the group “%1”:").arg(group->name), group->name);
        if (name)
            m_service->renameGroup(group->id, *name, this, renamed);
        return;
    }
    if (const Program *program = m_model->program(m_model->programIndex(selectedProgramId()))) {
        const auto name = m_prompts->askText(this, tr("Rename the program"),
                                             tr("New name of the program “%1”:").arg(program->name), program->name);
        if (name)
            m_service->renameProgram(program->id, *name, this, renamed);
    }
}

void GroupsPage::removeSelected()
{
    const QString detail = tr("Their events stay, without a group.");
    if (const ParticipantGroup *group = m_model->group(m_model->groupIndex(selectedGroupId()))) {
        const QString name = group->name;
        if (!m_prompts->confirm(this, tr("Remove the group"),
                                tr("Remove the group “%1” from “%2”?").arg(name, group->programName), detail))
            return;
        m_service->removeGroup(group->id, this, [this, name](const Result<void> &result) {
            report(result, tr("Group “%1” removed.").arg(name));
        });
        return;
    }
    if (const Program *program = m_model->program(m_model->programIndex(selectedProgramId()))) {
        const QString name = program->name;
        if (!m_prompts->confirm(
                this, tr("Remove the program"),
                tr("Remove the program “%1” and its %n group(s)?", nullptr, m_model->groupCount(program->id)).arg(name),
                detail))
            return;
        m_service->removeProgram(program->id, this, [this, name](const Result<void> &result) {
            report(result, tr("Program “%1” removed.").arg(name));
        });
    }
}

void GroupsPage::saveLink(qint64 groupId, LinkPlatform platform, const QString &link)
{
    m_service->setLink(groupId, platform, link, this, [this](const Result<ParticipantGroup> &result) {
        report(result,
               result ? tr("Where “%1” meets is saved: %2.")
                            .arg(result.value().name, LinkValidator::displayName(result.value().platform))
                      : QString());
    });
}

} // namespace Roomdesk

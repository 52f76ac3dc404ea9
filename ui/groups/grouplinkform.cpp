// SPDX-License-Identifier: GPL-3.0-or-later
#include "grouplinkform.h"

#include "groups/linkcaveats.h"
#include "widgets/statuslabel.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Roomdesk {

namespace {

const QList<LinkPlatform> kPlatforms = {LinkPlatform::Builtin,    LinkPlatform::ZoomCustom, LinkPlatform::ZoomWebinar,
                                        LinkPlatform::GoogleMeet, LinkPlatform::Telegram,   LinkPlatform::Teams};

} // namespace

GroupLinkForm::GroupLinkForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("groupHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto *form = new QFormLayout;
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platform"));
    for (LinkPlatform platform : kPlatforms)
        m_platform->addItem(LinkValidator::displayName(platform), int(platform));
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("link"));
    m_link->setClearButtonEnabled(true);
    m_platformLabel = new QLabel(this);
    m_linkLabel = new QLabel(this);
    form->addRow(m_platformLabel, m_platform);
    form->addRow(m_linkLabel, m_link);
    layout->addLayout(form);
    m_problem = StatusLabel::create(this, QStringLiteral("linkProblem"));
    layout->addWidget(m_problem);

    // The caveats in a quiet amber frame: things to know, not an error.
    m_caveats = new QFrame(this);
    m_caveats->setObjectName(QStringLiteral("caveats"));
    m_caveats->setStyleSheet(QStringLiteral("QFrame#caveats { background: rgba(168, 100, 0, 0.08); "
                                            "border: 1px solid rgba(168, 100, 0, 0.35); border-radius: 6px; }"
                                            "QFrame#caveats QLabel { background: transparent; border: none; }"));
    auto *caveatsLayout = new QVBoxLayout(m_caveats);
    m_caveatsTitle = new QLabel(m_caveats);
    m_caveatsTitle->setFont(headingFont);
    m_caveatsText = new QLabel(m_caveats);
    m_caveatsText->setObjectName(QStringLiteral("caveatsText"));
    m_caveatsText->setWordWrap(true);
    m_caveatsText->setTextFormat(Qt::RichText);
    caveatsLayout->addWidget(m_caveatsTitle);
    caveatsLayout->addWidget(m_caveatsText);
    layout->addWidget(m_caveats);

    // Save below the caveats: they are read before a link is stored.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertLink"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveLink"));
    m_save->setDefault(true);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_platform, &QComboBox::currentIndexChanged, this, &GroupLinkForm::platformChanged);
    connect(m_link, &QLineEdit::textChanged, this, &GroupLinkForm::validate);
    connect(m_revert, &QPushButton::clicked, this, &GroupLinkForm::load);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_group && m_save->isEnabled())
            emit saveRequested(m_group->id, platform(), link());
    });
    retranslate();
    load();
}

void GroupLinkForm::setGroup(const std::optional<ParticipantGroup> &group)
{
    const bool sameGroup = group && m_group && group->id == m_group->id;
    const bool keepEdits = sameGroup && isModified();
    m_group = group;
    if (keepEdits)
        validate();
    else
        load();
}

std::optional<qint64> GroupLinkForm::groupId() const
{
    return m_group ? std::optional<qint64>(m_group->id) : std::nullopt;
}

LinkPlatform GroupLinkForm::platform() const
{
    return static_cast<LinkPlatform>(m_platform->currentData().toInt());
}

void GroupLinkForm::setPlatform(LinkPlatform platform)
{
    m_platform->setCurrentIndex(m_platform->findData(int(platform)));
}

QString GroupLinkForm::link() const
{
    return platform() == LinkPlatform::Builtin ? QString() : m_link->text().trimmed();
}

bool GroupLinkForm::isModified() const
{
    if (!m_group)
        return false;
    if (platform() != m_group->platform)
        return true;
    // Compared as it would be stored: " https://MEET.google.com/…" is no change.
    const auto checked = LinkValidator::check(platform(), link());
    return (checked ? checked.value().toString(QUrl::FullyEncoded) : link()) != m_group->link;
}

void GroupLinkForm::load()
{
    m_setAside.clear();
    {
        const QSignalBlocker blocker(m_platform);
        setPlatform(m_group ? m_group->platform : LinkPlatform::Builtin);
    }
    {
        const QSignalBlocker blocker(m_link);
        m_link->setText(m_group ? m_group->link : QString());
    }
    m_heading->setText(m_group ? QStringLiteral("%1 · %2").arg(m_group->name, m_group->programName)
                               : tr("Choose a group to set where it meets."));
    platformChanged();
}

void GroupLinkForm::platformChanged()
{
    const bool builtin = platform() == LinkPlatform::Builtin;
    // The built-in room takes no link; what was typed comes back with another platform.
    {
        const QSignalBlocker blocker(m_link);
        if (builtin && !m_link->text().isEmpty())
            m_setAside = m_link->text();
        if (builtin)
            m_link->clear();
        else if (m_link->text().isEmpty() && !m_setAside.isEmpty())
            m_link->setText(m_setAside);
    }
    m_link->setPlaceholderText(builtin ? tr("No link: participants get the allocated room's join link")
                                       : LinkValidator::example(platform()));
    const QStringList caveats = LinkCaveats::forPlatform(platform());
    // A table rather than <ul>: a bullet with a hanging indent, without a list's wide margin.
    QString rows;
    for (const QString &caveat : caveats)
        rows += QStringLiteral("<tr><td>•&nbsp;</td><td>%1</td></tr>").arg(caveat.toHtmlEscaped());
    m_caveatsText->setText(QStringLiteral("<table cellspacing=\"2\">%1</table>").arg(rows));
    m_caveats->setVisible(m_group && !caveats.isEmpty());
    validate();
}

void GroupLinkForm::validate()
{
    const bool builtin = platform() == LinkPlatform::Builtin;
    m_platform->setEnabled(m_group.has_value());
    m_link->setEnabled(m_group && !builtin);
    const auto checked = LinkValidator::check(platform(), link());
    if (!m_group || checked)
        StatusLabel::show(m_problem, StatusLabel::Info, QString());
    else
        // An empty field is a hint (what to paste); anything else typed is a warning with the reason.
        StatusLabel::show(m_problem, link().isEmpty() ? StatusLabel::Info : StatusLabel::Warning,
                          checked.error().message);
    const bool modified = isModified();
    m_save->setEnabled(m_group && checked && modified);
    m_revert->setEnabled(modified);
}

void GroupLinkForm::retranslate()
{
    m_platformLabel->setText(tr("Platform:"));
    m_linkLabel->setText(tr("Link:"));
    m_save->setText(tr("Save"));
    m_revert->setText(tr("Revert"));
    m_caveatsTitle->setText(LinkCaveats::title());
    for (int i = 0; i < m_platform->count(); ++i)
        m_platform->setItemText(i,
                                LinkValidator::displayName(static_cast<LinkPlatform>(m_platform->itemData(i).toInt())));
    if (!m_group)
        m_heading->setText(tr("Choose a group to set where it meets."));
    platformChanged();
}

void GroupLinkForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Roomdesk

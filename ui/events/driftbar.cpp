// SPDX-License-Identifier: GPL-3.0-or-later
#include "driftbar.h"

#include "eventtexts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Roomdesk {

DriftBar::DriftBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("eventDriftBar"));
    setFrameShape(QFrame::StyledPanel);
    // A warning tint that keeps the palette's text colour readable in light and dark themes.
    setStyleSheet(QStringLiteral("QFrame#eventDriftBar { background: rgba(168, 100, 0, 0.10);"
                                 " border: 1px solid rgba(168, 100, 0, 0.45); border-radius: 4px; }"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("driftHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_lines = new QLabel(this);
    m_lines->setObjectName(QStringLiteral("driftLines"));
    m_lines->setWordWrap(true);
    m_lines->setTextFormat(Qt::PlainText);
    m_lines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_takeZoom = new QPushButton(this);
    m_takeZoom->setObjectName(QStringLiteral("driftTakeZoom"));
    m_keepOurs = new QPushButton(this);
    m_keepOurs->setObjectName(QStringLiteral("driftKeepOurs"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_takeZoom);
    buttons->addWidget(m_keepOurs);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_lines);
    layout->addLayout(buttons);

    connect(m_takeZoom, &QPushButton::clicked, this, &DriftBar::takeZoomRequested);
    connect(m_keepOurs, &QPushButton::clicked, this, &DriftBar::keepOursRequested);
    hide();
}

void DriftBar::setEvent(const Event *event)
{
    const bool drifted = event && (event->sync == Event::Sync::Drifted || event->sync == Event::Sync::DeletedInZoom);
    m_event = drifted ? std::optional<Event>(*event) : std::nullopt;
    setVisible(drifted);
    retranslate();
}

void DriftBar::setBusy(bool busy)
{
    m_takeZoom->setEnabled(!busy);
    m_keepOurs->setEnabled(!busy);
}

QString DriftBar::text() const
{
    return m_heading->text() + QLatin1Char('\n') + m_lines->text();
}

void DriftBar::retranslate()
{
    m_takeZoom->setText(tr("Take Zoom's values"));
    m_keepOurs->setText(tr("Keep Roomdesk's values"));
    if (!m_event)
        return;
    const bool deleted = m_event->sync == Event::Sync::DeletedInZoom || EventTexts::deletedInZoom(*m_event);
    const QString title = m_event->form.title;
    if (deleted) {
        m_heading->setText(tr("Someone deleted the meeting of “%1” in Zoom.").arg(title));
        m_lines->setText(tr("Taking Zoom's values cancels the event here too and frees its room. Keeping "
                            "Roomdesk's values creates the meeting in Zoom again, with a new join link."));
        m_takeZoom->setToolTip(tr("Cancel the event and free its room"));
        m_keepOurs->setToolTip(tr("Create the meeting in Zoom again"));
        return;
    }
    m_heading->setText(tr("Someone changed “%1” in Zoom:").arg(title));
    QStringList lines = EventTexts::driftLines(*m_event);
    for (QString &line : lines)
        line.prepend(QStringLiteral("• "));
    m_lines->setText(lines.join(QLatin1Char('\n')));
    m_takeZoom->setToolTip(tr("Roomdesk takes Zoom's values; the room booking follows a new time"));
    m_keepOurs->setToolTip(tr("Zoom gets Roomdesk's values back"));
}

void DriftBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace Roomdesk

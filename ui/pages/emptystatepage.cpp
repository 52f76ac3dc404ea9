// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystatepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Roomdesk {

EmptyStatePage::EmptyStatePage(PageId page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_purpose(new QLabel(this))
    , m_firstStep(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(PageCatalog::key(page) + QStringLiteral("Page"));

    m_icon->setPixmap(QIcon(PageCatalog::iconPath(page)).pixmap(QSize(72, 72), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setMinimumHeight(80);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    for (QLabel *label : {m_title, m_purpose, m_firstStep, m_detail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_purpose->setObjectName(QStringLiteral("emptyStatePurpose"));
    m_firstStep->setObjectName(QStringLiteral("emptyStateFirstStep"));
    QFont stepFont = m_firstStep->font();
    stepFont.setBold(true);
    m_firstStep->setFont(stepFont);
    m_detail->setObjectName(QStringLiteral("emptyStateDetail"));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();
    m_action->setObjectName(QStringLiteral("emptyStateAction"));

    // Word-wrapped labels need a width to compute their height: the column grows with the
    // window up to a readable measure and never below what a small window can hold.
    auto *column = new QWidget(this);
    column->setMinimumWidth(320);
    column->setMaximumWidth(600);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(14);
    columnLayout->addWidget(m_icon);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_purpose);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(m_firstStep);
    columnLayout->addWidget(m_detail);
    columnLayout->addSpacing(6);
    columnLayout->addWidget(m_action, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);

    connect(m_action, &QPushButton::clicked, this, [this] {
        if (const auto target = texts().actionTarget)
            emit openPageRequested(*target);
    });
    retranslate();
}

void EmptyStatePage::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void EmptyStatePage::setTexts(const PageTexts &texts)
{
    m_texts = texts;
    retranslate();
}

PageTexts EmptyStatePage::texts() const
{
    return m_texts ? *m_texts : PageCatalog::texts(m_page);
}

void EmptyStatePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmptyStatePage::retranslate()
{
    const PageTexts shown = texts();
    m_title->setText(shown.title);
    m_purpose->setText(shown.purpose);
    m_firstStep->setText(shown.firstStep);
    m_action->setText(shown.actionText);
    m_action->setVisible(!shown.actionText.isEmpty() && shown.actionTarget.has_value());
}

} // namespace Roomdesk

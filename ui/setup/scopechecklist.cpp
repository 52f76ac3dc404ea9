// SPDX-License-Identifier: GPL-3.0-or-later
#include "scopechecklist.h"

#include "models/scopelistmodel.h"
#include "widgets/statuslabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Roomdesk {

ScopeChecklist::ScopeChecklist(QWidget *parent)
    : QWidget(parent)
    , m_required(new ScopeListModel(true, this))
    , m_optional(new ScopeListModel(false, this))
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_requiredTable = createTable(m_required);
    m_requiredTable->setObjectName(QStringLiteral("requiredScopes"));
    m_optionalIntro = new QLabel(this);
    m_optionalIntro->setWordWrap(true);
    m_optionalTable = createTable(m_optional);
    m_optionalTable->setObjectName(QStringLiteral("optionalScopes"));

    m_copyAll = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), this);
    m_copyAll->setObjectName(QStringLiteral("copyAllScopes"));
    connect(m_copyAll, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_required->scopes().join(QLatin1Char('\n'))); });
    m_check = new QPushButton(this);
    m_check->setObjectName(QStringLiteral("checkScopes"));
    connect(m_check, &QPushButton::clicked, this, &ScopeChecklist::checkRequested);
    m_summary = StatusLabel::create(this, QStringLiteral("scopeSummary"));
    m_reduced = new QCheckBox(this);
    m_reduced->setObjectName(QStringLiteral("reducedFeatures"));
    m_reduced->setVisible(false);
    connect(m_reduced, &QCheckBox::toggled, this, &ScopeChecklist::stateChanged);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyAll);
    buttons->addWidget(m_check);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_reduced);
    layout->addWidget(m_requiredTable, 3);
    layout->addWidget(m_optionalIntro);
    layout->addWidget(m_optionalTable, 1);
    retranslate();
}

QTableView *ScopeChecklist::createTable(ScopeListModel *model)
{
    auto *table = new QTableView(this);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setSectionResizeMode(ScopeListModel::ScopeColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ScopeListModel::PurposeColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ScopeListModel::StateColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ScopeListModel::CopyColumn, QHeaderView::ResizeToContents);
    addCopyButtons(table, model);
    // The catalog's purposes are re-read on a language change; the buttons go with the rows.
    connect(model, &QAbstractItemModel::modelReset, this, [this, table, model] { addCopyButtons(table, model); });
    return table;
}

void ScopeChecklist::addCopyButtons(QTableView *table, ScopeListModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        auto *copy = new QToolButton(table);
        copy->setObjectName(QStringLiteral("copy:") + model->scope(row));
        copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
        copy->setAutoRaise(true);
        copy->setToolTip(tr("Copy “%1”").arg(model->scope(row)));
        connect(copy, &QToolButton::clicked, this,
                [scope = model->scope(row)] { QApplication::clipboard()->setText(scope); });
        table->setIndexWidget(model->index(row, ScopeListModel::CopyColumn), copy);
    }
}

void ScopeChecklist::setGranted(const std::optional<QStringList> &grantedScopes)
{
    m_error.reset();
    m_checking = false;
    m_required->setGranted(grantedScopes);
    m_optional->setGranted(grantedScopes);
    updateSummary();
    emit stateChanged();
}

void ScopeChecklist::setChecking(bool checking)
{
    m_checking = checking;
    updateSummary();
}

void ScopeChecklist::showCheckError(const ZoomError &error)
{
    m_checking = false;
    m_error = error.explanation;
    updateSummary();
}

QStringList ScopeChecklist::missingRequired() const
{
    return m_required->missing();
}

bool ScopeChecklist::checked() const
{
    return m_required->checked();
}

void ScopeChecklist::setReducedFeaturesOffered(bool offered)
{
    m_reduced->setProperty("offered", offered);
    updateSummary();
}

bool ScopeChecklist::reducedFeaturesAccepted() const
{
    return m_reduced->isVisible() && m_reduced->isChecked();
}

void ScopeChecklist::updateSummary()
{
    m_check->setEnabled(!m_checking);
    const QStringList missing = m_required->missing();
    const bool offerReduced = m_reduced->property("offered").toBool() && checked() && !missing.isEmpty();
    m_reduced->setVisible(offerReduced);
    if (!offerReduced)
        m_reduced->setChecked(false);
    if (m_checking) {
        StatusLabel::show(m_summary, StatusLabel::Busy, tr("Asking Zoom for a fresh token…"));
    } else if (m_error) {
        StatusLabel::show(m_summary, StatusLabel::Error, *m_error);
    } else if (!checked()) {
        StatusLabel::show(m_summary, StatusLabel::Info,
                          tr("Not checked yet: click “Check again” once the scopes are "
                             "added."));
    } else if (missing.isEmpty()) {
        StatusLabel::show(m_summary, StatusLabel::Good,
                          tr("All %n required scope(s) are granted.", nullptr, m_required->rowCount()));
    } else {
        StatusLabel::show(m_summary, StatusLabel::Error,
                          tr("%n required scope(s) missing: %1. Add them in the Marketplace (Scopes → Add Scopes), "
                             "then check again.",
                             nullptr, static_cast<int>(missing.size()))
                              .arg(missing.join(QStringLiteral(", "))));
    }
}

void ScopeChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScopeChecklist::retranslate()
{
    m_intro->setText(tr("In the app's Scopes step, click “Add Scopes” and add each of these %n scope(s); the "
                        "copy buttons put one name, or all of them, on the clipboard.",
                        nullptr, m_required->rowCount()));
    m_optionalIntro->setText(tr("Optional: these scopes unlock further features. Without them Roomdesk works and "
                                "says where a feature is unavailable."));
    m_copyAll->setText(tr("Copy all required scopes"));
    m_check->setText(tr("Check &again"));
    m_reduced->setText(tr("Continue with reduced features: what needs a missing scope stays unavailable until it is "
                          "added"));
    m_required->retranslate();
    m_optional->retranslate();
    updateSummary();
}

} // namespace Roomdesk

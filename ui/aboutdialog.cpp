// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "appinfo.h"
#include "storage/migrations.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Roomdesk {

AboutDialog::AboutDialog(QString databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/roomdesk.svg")).pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setMinimumWidth(380);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    retranslate();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Roomdesk"));
    const QString homepage = QString::fromLatin1(AppInfo::homepage);
    m_text->setText(
        QStringLiteral("<h2>%1 %2</h2><p>%3</p><p>%4</p><p>%5</p><p><a href=\"%6\">%6</a></p>")
            .arg(QLatin1String(AppInfo::name), QLatin1String(AppInfo::version),
                 tr("Runs your institution's Zoom account: shared rooms, event forms that become meetings and "
                    "webinars, group links, a room calendar and attendance reports."),
                 tr("Qt %1, database schema %2").arg(QLatin1String(qVersion())).arg(latestSchemaVersion()),
                 tr("Database: %1").arg(QDir::toNativeSeparators(m_databasePath).toHtmlEscaped()), homepage));
}

} // namespace Roomdesk

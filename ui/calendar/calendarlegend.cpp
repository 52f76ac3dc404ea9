// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarlegend.h"

#include "calendarcolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace Roomdesk {

namespace {
constexpr int kItems = 6;
const QSize kSwatch(22, 12);
} // namespace

CalendarLegend::CalendarLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarLegend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (int i = 0; i < kItems; ++i) {
        auto *swatch = new QLabel(this);
        auto *text = new QLabel(this);
        text->setForegroundRole(QPalette::WindowText);
        layout->addWidget(swatch);
        layout->addWidget(text);
        layout->addSpacing(10);
        m_items.append(std::pair {swatch, text});
    }
    layout->addStretch(1);
    retranslate();
    repaintSwatches();
}

QStringList CalendarLegend::labels() const
{
    QStringList texts;
    for (const auto &[swatch, text] : m_items)
        texts.append(text->text());
    return texts;
}

void CalendarLegend::retranslate()
{
    const QStringList texts = {
        tr("Meeting"),  tr("Webinar"), tr("Preparation and after-session buffers"), tr("Waiting for a room"),
        tr("Conflict"), tr("Now")};
    for (int i = 0; i < kItems; ++i)
        m_items.at(i).second->setText(texts.at(i));
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(texts.join(QStringLiteral(", ")));
}

void CalendarLegend::repaintSwatches()
{
    for (int i = 0; i < kItems; ++i)
        m_items.at(i).first->setPixmap(swatch(static_cast<Item>(i)));
}

QPixmap CalendarLegend::swatch(Item item) const
{
    const CalendarColors colors = CalendarColors::from(palette());
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(kSwatch * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QRectF box(0.5, 0.5, kSwatch.width() - 1, kSwatch.height() - 1);
    switch (item) {
    case Item::Meeting:
        painter.fillRect(box, colors.meeting);
        break;
    case Item::Webinar:
        painter.fillRect(box, colors.webinar);
        break;
    case Item::Buffers:
        painter.fillRect(box.adjusted(0, 2, 0, -2), colors.meetingBuffer);
        painter.fillRect(box.adjusted(7, 0, -7, 0), colors.meeting);
        break;
    case Item::Pending:
        painter.fillRect(box, colors.pendingFill);
        painter.setPen(QPen(colors.pending, 1, Qt::DashLine));
        painter.drawRect(box);
        break;
    case Item::Conflict:
        painter.fillRect(box, colors.meeting);
        painter.setPen(QPen(colors.conflict, 2));
        painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case Item::Now:
        painter.fillRect(QRectF(kSwatch.width() / 2.0 - 1, 0, 2, kSwatch.height()), colors.nowLine);
        break;
    }
    return pixmap;
}

void CalendarLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        repaintSwatches();
    QWidget::changeEvent(event);
}

} // namespace Roomdesk

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Roomdesk {

// What the calendar's colours mean: meeting, webinar, buffers, waiting, conflict, now.
// Its swatches are painted with the calendar's own colours (CalendarColors).
class CalendarLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarLegend(QWidget *parent = nullptr);

    // The labels in order, as shown (for tests and accessibility).
    QStringList labels() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Item { Meeting, Webinar, Buffers, Pending, Conflict, Now };

    void retranslate();
    void repaintSwatches();
    QPixmap swatch(Item item) const;

    QList<std::pair<QLabel *, QLabel *>> m_items; // swatch, text
};

} // namespace Roomdesk

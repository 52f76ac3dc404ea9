// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Roomdesk {

// The inline bar for the selected event when someone changed or deleted it in Zoom: what
// differs, and the two ways out — take Zoom's values, or keep Roomdesk's and send them to
// Zoom again.
class DriftBar final : public QFrame
{
    Q_OBJECT

public:
    explicit DriftBar(QWidget *parent = nullptr);

    // Shown for events whose Zoom copy drifted or was deleted; hidden otherwise.
    void setEvent(const Event *event);
    void setBusy(bool busy);
    QString text() const;

signals:
    void takeZoomRequested();
    void keepOursRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::optional<Event> m_event;
    QLabel *m_heading = nullptr;
    QLabel *m_lines = nullptr;
    QPushButton *m_takeZoom = nullptr;
    QPushButton *m_keepOurs = nullptr;
};

} // namespace Roomdesk

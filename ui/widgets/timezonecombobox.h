// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace Roomdesk {

// An editable list of the IANA time zones with search as one types ("madr" finds
// Europe/Madrid). Fixed offsets such as UTC+01:00 are left out: they ignore daylight saving.
// What is typed is kept as typed, so a form can say why a name is not a zone.
class TimeZoneComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit TimeZoneComboBox(QWidget *parent = nullptr);

    QString zone() const { return currentText().trimmed(); }
    // This computer's zone when it is an IANA one, else UTC.
    static QString systemZone();
};

} // namespace Roomdesk

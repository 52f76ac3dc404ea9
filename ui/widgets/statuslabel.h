// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Roomdesk::StatusLabel {

// A wrapped line that says how something stands, coloured by kind and hidden when empty.
// The kind is also in the label's "status" property, which tests read.
enum Kind { Info, Busy, Good, Warning, Error };

QLabel *create(QWidget *parent, const QString &objectName);
void show(QLabel *label, Kind kind, const QString &text);

} // namespace Roomdesk::StatusLabel

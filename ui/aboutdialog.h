// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace Roomdesk {

class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QString databasePath, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_databasePath;
    QLabel *m_text;
};

} // namespace Roomdesk

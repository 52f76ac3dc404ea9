// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagecatalog.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Roomdesk {

// A page that has no content yet: an icon, what will live here, what to do first,
// and optionally a button that opens the page where that first step happens.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(PageId page, QWidget *parent = nullptr);

    PageId page() const { return m_page; }
    // An extra line under the first step (e.g. the database in use), already translated.
    void setDetail(const QString &detail);
    // Texts that follow the state instead of the catalog's (already translated; the caller
    // sets them again when the language changes).
    void setTexts(const PageTexts &texts);

signals:
    void openPageRequested(Roomdesk::PageId page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    PageTexts texts() const;

    PageId m_page;
    std::optional<PageTexts> m_texts;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_purpose;
    QLabel *m_firstStep;
    QLabel *m_detail;
    QPushButton *m_action;
};

} // namespace Roomdesk

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zoom/connectioncheck.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Roomdesk {

class ScopeListModel;

// The 24 required scopes, each with what it is for, a copy button and, after a check, granted
// or missing; the optional extras apart with what they unlock. Settings page and wizard.
class ScopeChecklist final : public QWidget
{
    Q_OBJECT

public:
    explicit ScopeChecklist(QWidget *parent = nullptr);

    void setGranted(const std::optional<QStringList> &grantedScopes);
    void setChecking(bool checking);
    void showCheckError(const ZoomError &error);
    QStringList missingRequired() const;
    bool checked() const;
    // The wizard's way out when scopes are missing: an explicit "continue with less".
    void setReducedFeaturesOffered(bool offered);
    bool reducedFeaturesAccepted() const;
    ScopeListModel *requiredModel() const { return m_required; }
    ScopeListModel *optionalModel() const { return m_optional; }

signals:
    void checkRequested();
    void stateChanged(); // granted scopes or the reduced-features choice changed

protected:
    void changeEvent(QEvent *event) override;

private:
    QTableView *createTable(ScopeListModel *model);
    void addCopyButtons(QTableView *table, ScopeListModel *model);
    void retranslate();
    void updateSummary();

    ScopeListModel *m_required;
    ScopeListModel *m_optional;
    QTableView *m_requiredTable = nullptr;
    QTableView *m_optionalTable = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_optionalIntro = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_copyAll = nullptr;
    QPushButton *m_check = nullptr;
    QCheckBox *m_reduced = nullptr;
    bool m_checking = false;
    std::optional<QString> m_error;
};

} // namespace Roomdesk

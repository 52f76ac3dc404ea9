// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/prompts.h"

#include <QStringList>

namespace Roomdesk::Test {

// Answers a page's questions from a script, in order.
class ScriptedPrompts final : public Prompts
{
public:
    QStringList texts; // an empty string: cancel
    QList<bool> confirmations;
    QStringList files; // paths to open; an empty string: cancel
    QStringList asked; // the labels, questions and file dialog titles seen

    std::optional<QString> askText(QWidget *, const QString &, const QString &label, const QString &) override
    {
        asked.append(label);
        const QString answer = texts.isEmpty() ? QString() : texts.takeFirst();
        return answer.isEmpty() ? std::nullopt : std::optional<QString>(answer);
    }
    bool confirm(QWidget *, const QString &, const QString &question, const QString &) override
    {
        asked.append(question);
        return !confirmations.isEmpty() && confirmations.takeFirst();
    }
    std::optional<QString> openFile(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked.append(title);
        const QString path = files.isEmpty() ? QString() : files.takeFirst();
        return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
    }
};

} // namespace Roomdesk::Test

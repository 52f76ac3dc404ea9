// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace Roomdesk::Cli {

// Turns SIGINT and SIGTERM (Ctrl+C, `kill`, a service manager stopping the command) into a
// signal delivered by the event loop, so a long-running command can close its sockets and
// database and exit normally. One instance at a time; the previous handlers come back when
// it is destroyed.
class TerminationSignals final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;
    Q_DISABLE_COPY_MOVE(TerminationSignals)

signals:
    void received(int signalNumber);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Roomdesk::Cli

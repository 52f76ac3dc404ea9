// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminationsignals.h"

#include <QSocketNotifier>

#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Roomdesk::Cli {

namespace {
#ifdef Q_OS_UNIX
// A signal handler may only do async-signal-safe things: it writes the signal's number into
// a socket pair whose other end the event loop watches (the "self-pipe" pattern).
int s_pipe[2] = {-1, -1};
struct Handled
{
    int signalNumber;
    struct sigaction previous;
};
Handled s_handled[] = {{SIGINT, {}}, {SIGTERM, {}}};

extern "C" void onTerminationSignal(int signalNumber)
{
    const auto byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(s_pipe[0], &byte, 1);
}
#else
TerminationSignals *s_instance = nullptr;

// Windows runs console signal handlers on a thread of their own, where posting an event is fine.
extern "C" void onTerminationSignal(int signalNumber)
{
    if (s_instance)
        QMetaObject::invokeMethod(
            s_instance, [signalNumber] { emit s_instance->received(signalNumber); }, Qt::QueuedConnection);
}
#endif
} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::readPipe);
    struct sigaction action = {};
    action.sa_handler = &onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (Handled &handled : s_handled)
        ::sigaction(handled.signalNumber, &action, &handled.previous);
#else
    s_instance = this;
    std::signal(SIGINT, &onTerminationSignal);
    std::signal(SIGTERM, &onTerminationSignal);
#endif
}

TerminationSignals::~TerminationSignals()
{
#ifdef Q_OS_UNIX
    if (s_pipe[0] < 0)
        return;
    for (const Handled &handled : s_handled)
        ::sigaction(handled.signalNumber, &handled.previous, nullptr);
    delete m_notifier;
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
#else
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    s_instance = nullptr;
#endif
}

void TerminationSignals::readPipe()
{
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    if (::read(s_pipe[1], &byte, 1) == 1)
        emit received(byte);
#endif
}

} // namespace Roomdesk::Cli

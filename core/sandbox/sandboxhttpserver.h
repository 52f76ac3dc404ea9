// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>

namespace Roomdesk {

class ZoomSandbox;

// The sandbox's transport: turns each HTTP request into a SandboxRequest, writes the answer
// itself (so that faults can delay it, cut it short or reset the connection).
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxHttpServer(ZoomSandbox *sandbox);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ZoomSandbox *m_sandbox;
};

} // namespace Roomdesk

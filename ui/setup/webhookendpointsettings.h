// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settings.h"
#include "uisettings.h"
#include "webhookpanel.h"
#include "zoom/webhookreceiver.h"

namespace Roomdesk::WebhookEndpointSettings {

inline WebhookEndpoint load(const Settings &settings)
{
    WebhookEndpoint endpoint;
    endpoint.address = settings.value(UiSettingKeys::webhookAddress);
    const int port = settings.value(UiSettingKeys::webhookPort);
    endpoint.port = port > 0 && port < 65536 ? static_cast<quint16>(port) : endpoint.port;
    endpoint.path = settings.value(UiSettingKeys::webhookPath);
    endpoint.publicUrl = settings.value(UiSettingKeys::webhookPublicUrl);
    return endpoint;
}

inline void save(Settings &settings, const WebhookEndpoint &endpoint)
{
    settings.setValue(UiSettingKeys::webhookAddress, endpoint.address);
    settings.setValue(UiSettingKeys::webhookPort, static_cast<int>(endpoint.port));
    settings.setValue(UiSettingKeys::webhookPath, endpoint.path);
    settings.setValue(UiSettingKeys::webhookPublicUrl, endpoint.publicUrl);
}

inline WebhookReceiverOptions receiverOptions(const WebhookEndpoint &endpoint)
{
    WebhookReceiverOptions options;
    options.address = QHostAddress(endpoint.address);
    options.port = endpoint.port;
    options.path = endpoint.path;
    return options;
}

} // namespace Roomdesk::WebhookEndpointSettings

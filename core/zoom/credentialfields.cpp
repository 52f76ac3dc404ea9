// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialfields.h"

#include "zoomcredentials.h"

#include <QRegularExpression>

namespace Roomdesk {

namespace {

bool isInvisible(QChar c)
{
    // Zero-width space/joiners, word joiner, byte-order mark, soft hyphen.
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF || u == 0x00AD;
}

struct Shape
{
    int minLength;
    int maxLength;
};

Shape shapeOf(CredentialFields::Field field)
{
    // Zoom's ids are 22 characters and its secrets 32 today; the bounds leave room for
    // change without letting a URL, an e-mail or half a value through.
    switch (field) {
    case CredentialFields::Field::AccountId:
    case CredentialFields::Field::ClientId:
        return {16, 64};
    case CredentialFields::Field::ClientSecret:
    case CredentialFields::Field::WebhookSecretToken:
        return {16, 128};
    }
    return {16, 128};
}

} // namespace

QString CredentialFields::normalized(const QString &pasted)
{
    QString value;
    value.reserve(pasted.size());
    for (const QChar c : pasted) {
        if (!isInvisible(c))
            value.append(c);
    }
    value = value.trimmed();
    static const QList<std::pair<QChar, QChar>> quotes = {
        {QLatin1Char('"'), QLatin1Char('"')}, {QLatin1Char('\''), QLatin1Char('\'')},
        {QChar(0x00AB), QChar(0x00BB)},       {QChar(0x201C), QChar(0x201D)},
        {QChar(0x2018), QChar(0x2019)},       {QLatin1Char('`'), QLatin1Char('`')},
    };
    bool stripped = true;
    while (stripped && value.size() >= 2) {
        stripped = false;
        for (const auto &[open, close] : quotes) {
            if (value.front() == open && value.back() == close) {
                value = value.mid(1, value.size() - 2).trimmed();
                stripped = true;
                break;
            }
        }
    }
    return value;
}

QString CredentialFields::displayName(Field field)
{
    switch (field) {
    case Field::AccountId:
        return tr("Account ID");
    case Field::ClientId:
        return tr("Client ID");
    case Field::ClientSecret:
        return tr("Client Secret");
    case Field::WebhookSecretToken:
        return tr("Secret Token");
    }
    return {};
}

std::optional<QString> CredentialFields::problem(Field field, const QString &value)
{
    const QString name = displayName(field);
    if (value.isEmpty())
        return tr("Paste the %1 from the app's page in the Zoom App Marketplace.").arg(name);
    if (value.contains(QLatin1String("://")) || value.startsWith(QLatin1String("www.")))
        return tr("This is an address, not the %1. Copy the value shown next to “%1” in the Marketplace.").arg(name);
    if (value.contains(QLatin1Char('@')))
        return tr("This looks like an e-mail address, not the %1.").arg(name);
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (value.contains(space))
        return tr("The %1 contains a space or a line break; only part of it, or two values, were copied. Copy it "
                  "again with the Marketplace's copy button.")
            .arg(name);
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_\\-]+$"));
    if (!allowed.match(value).hasMatch()) {
        QString odd;
        for (const QChar c : value) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_') && c != QLatin1Char('-')) {
                odd = c;
                break;
            }
        }
        return tr("The %1 contains “%2”; Zoom's values have only Latin letters, digits, “-” and “_”.").arg(name, odd);
    }
    const Shape shape = shapeOf(field);
    if (value.size() < shape.minLength)
        return tr("The %1 is too short (%n character(s)); Zoom's are at least %2. Part of it may be missing.", nullptr,
                  static_cast<int>(value.size()))
            .arg(name)
            .arg(shape.minLength);
    if (value.size() > shape.maxLength)
        return tr("The %1 is too long (%n character(s)); several values may have been pasted together.", nullptr,
                  static_cast<int>(value.size()))
            .arg(name);
    return std::nullopt;
}

std::optional<QString> CredentialFields::crossProblem(const QString &accountId, const QString &clientId)
{
    if (!accountId.isEmpty() && accountId == clientId)
        return tr("The Account ID and the Client ID are identical; one of them was pasted into both fields.");
    return std::nullopt;
}

Result<QUrl> CredentialFields::parseBaseUrl(const QString &text)
{
    QString value = normalized(text);
    if (value.isEmpty())
        return Error {QStringLiteral("credentials.base_url"),
                      tr("Choose where the Zoom account lives: https://zoom.us, https://zoomgov.com or the address of "
                         "a sandbox.")};
    if (!value.contains(QLatin1String("://")))
        value.prepend(QLatin1String("https://"));
    QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) ||
        url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return Error {QStringLiteral("credentials.base_url"),
                      tr("“%1” is not an origin such as https://zoom.us (no path, query or user name).").arg(text)};
    url.setPath(QString());
    const QString host = url.host().toLower();
    if (host == QLatin1String("api.zoom.us") || host == QLatin1String("api.zoomgov.com"))
        return Error {
            QStringLiteral("credentials.base_url"),
            tr("Use https://%1: tokens come from there, and Zoom's answer tells where the API is.").arg(host.mid(4))};
    if (auto secure = ZoomCredentials::checkUrl(url); !secure)
        return Error {QStringLiteral("credentials.base_url"), secure.error().explanation};
    return url;
}

} // namespace Roomdesk

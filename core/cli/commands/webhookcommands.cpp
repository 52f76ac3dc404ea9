// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backend.h"
#include "backend/blockingcall.h"
#include "cli/command.h"
#include "cli/terminationsignals.h"
#include "clock.h"
#include "zoom/webhookreceiver.h"
#include "zoom/webhooksignature.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <optional>

namespace Roomdesk::Cli {

namespace {

const QString kProgram = QStringLiteral("roomdeskctl: ");

class WebhookCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::Cli::WebhookCommands)

public:
    // roomdeskctl webhook verify --secret-env VAR --timestamp T --signature SIG [--now EPOCH]
    // [--max-skew S] < body. Exit 0 valid, 1 invalid. With --json: {"valid": true} or
    // {"valid": false, "reason": "bad_signature" | "stale" | "malformed", "message": "…"}.
    static int verify(CommandContext &context)
    {
        const ParsedArguments &args = context.args;
        for (const char *option : {"secret-env", "timestamp", "signature"}) {
            if (auto missing = requireOption(context, "webhook verify", option))
                return *missing;
        }
        qint64 now = context.clock.nowUtc().toSecsSinceEpoch();
        qint64 maxSkew = 300;
        // Up to the last second of the year 9999, as far as QDateTime reads ISO dates.
        if (auto bad = number(context, "now", 0, 253402300799LL, &now))
            return *bad;
        if (auto bad = number(context, "max-skew", 0, std::numeric_limits<qint32>::max(), &maxSkew))
            return *bad;
        const auto secret = secretFromEnvironment(context);
        if (!secret)
            return Failed;
        const QByteArray body = standardInput(); // the raw bytes as signed: nothing trimmed

        const auto verdict = WebhookSignature::verify(*secret, args.value(QStringLiteral("timestamp")).toUtf8(),
                                                      args.value(QStringLiteral("signature")).toUtf8(), body,
                                                      QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()), maxSkew);
        const char *reason = nullptr;
        QString message;
        switch (verdict) {
        case WebhookSignature::Verdict::Valid:
            break;
        case WebhookSignature::Verdict::BadSignature:
            reason = "bad_signature";
            message = tr("the signature does not match this body, timestamp and Secret Token");
            break;
        case WebhookSignature::Verdict::Stale:
            reason = "stale";
            message = tr("the timestamp is more than %1 s away from now").arg(maxSkew);
            break;
        case WebhookSignature::Verdict::Malformed:
            reason = "malformed";
            message = tr("the timestamp must be whole seconds and the signature must start with “v0=”");
            break;
        }
        if (context.json) {
            nlohmann::ordered_json document = {{"valid", reason == nullptr}};
            if (reason) {
                document["reason"] = reason;
                document["message"] = message.toStdString();
            }
            context.out << QString::fromStdString(document.dump()) << Qt::endl;
        } else {
            context.out << (reason ? tr("invalid: %1", "a webhook signature").arg(message)
                                   : tr("valid", "a webhook signature"))
                        << Qt::endl;
        }
        return reason ? Failed : Success;
    }

    // roomdeskctl webhook answer-validation --secret-env VAR < event.json: prints the one
    // compact JSON line Zoom expects back, {"plainToken":…,"encryptedToken":…}.
    static int answerValidation(CommandContext &context)
    {
        if (auto missing = requireOption(context, "webhook answer-validation", "secret-env"))
            return *missing;
        const auto secret = secretFromEnvironment(context);
        if (!secret)
            return Failed;
        const auto event = nlohmann::json::parse(standardInput().toStdString(), nullptr, false);
        if (event.is_discarded() || !event.is_object())
            return context.fail({QStringLiteral("webhook.malformed"),
                                 tr("The standard input is not a JSON object; expected Zoom's "
                                    "endpoint.url_validation event.")});
        const auto name = event.find("event");
        if (name == event.end() || !name->is_string() || name->get<std::string>() != "endpoint.url_validation")
            return context.fail({QStringLiteral("webhook.not_validation"),
                                 tr("This is not an endpoint.url_validation event (its “event” is %1).")
                                     .arg(name == event.end() ? tr("missing", "an absent JSON field")
                                                              : QString::fromStdString(name->dump()))});
        const auto payload = event.find("payload");
        if (payload == event.end() || !payload->is_object() || !payload->contains("plainToken") ||
            !(*payload)["plainToken"].is_string() || (*payload)["plainToken"].get<std::string>().empty())
            return context.fail({QStringLiteral("webhook.malformed"),
                                 tr("The URL validation event has no “plainToken” in its payload.")});
        const std::string plainToken = (*payload)["plainToken"].get<std::string>();
        const nlohmann::ordered_json answer = {
            {"plainToken", plainToken},
            {"encryptedToken",
             WebhookSignature::encryptedToken(*secret, QByteArray::fromStdString(plainToken)).toStdString()}};
        context.out << QString::fromStdString(answer.dump()) << Qt::endl;
        return Success;
    }

    // roomdeskctl webhook listen: the receiver in the foreground until SIGINT or SIGTERM; one
    // line per request (with --json one JSON object per line).
    static int listen(CommandContext &context)
    {
        const ParsedArguments &args = context.args;
        WebhookReceiverOptions options;
        if (args.isSet(QStringLiteral("address"))) {
            const QString text = args.value(QStringLiteral("address")).trimmed();
            const QHostAddress address(text == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : text);
            if (address.isNull())
                return usage(context, tr("“%1” is not an IP address (e.g. 127.0.0.1, 0.0.0.0 or ::1).").arg(text));
            options.address = address;
        }
        qint64 port = 0;
        qint64 maxSkew = options.maxSkewSeconds;
        qint64 maxBody = options.maxBodyBytes;
        if (auto bad = number(context, "port", 0, 65535, &port))
            return *bad;
        if (auto bad = number(context, "max-skew", 0, std::numeric_limits<qint32>::max(), &maxSkew))
            return *bad;
        if (auto bad = number(context, "max-body", 1, 64LL * 1024 * 1024, &maxBody))
            return *bad;
        options.port = static_cast<quint16>(port);
        options.maxSkewSeconds = maxSkew;
        options.maxBodyBytes = maxBody;
        if (args.isSet(QStringLiteral("path"))) {
            options.path = args.value(QStringLiteral("path"));
            if (!options.path.startsWith(QLatin1Char('/')))
                return usage(context, tr("The option --path needs a path that starts with “/”, e.g. /zoom/webhook."));
        }
        options.certificateFile = args.value(QStringLiteral("cert"));
        options.keyFile = args.value(QStringLiteral("key"));
        if (options.certificateFile.isEmpty() != options.keyFile.isEmpty())
            return usage(context, tr("HTTPS needs both --cert and --key."));

        QByteArray secret;
        if (args.isSet(QStringLiteral("secret-env"))) {
            const auto fromEnvironment = secretFromEnvironment(context);
            if (!fromEnvironment)
                return Failed;
            secret = *fromEnvironment;
        } else {
            // The Secret Token this database's profile keeps in the keychain, if any.
            auto stored = storedSecret(context);
            if (!stored)
                return context.fail(stored.error());
            secret = stored.value();
        }

        WebhookReceiver receiver(context.databasePath, context.clock);
        receiver.setSecret(secret);
        if (auto listening = receiver.listen(options); !listening)
            return context.fail(listening.error());

        const QString url = receiver.endpointUrl().toString();
        if (context.json)
            context.out << QString::fromStdString(nlohmann::ordered_json({{"url", url.toStdString()}}).dump())
                        << Qt::endl;
        else
            context.out << tr("Listening for Zoom webhooks at %1").arg(url) << Qt::endl;
        if (secret.isEmpty())
            context.err << kProgram
                        << tr("No Secret Token (none stored, no --secret-env): every request is answered 503 until "
                              "one is set.")
                        << Qt::endl;

        const auto line = [&context](int status, const char *outcome, const nlohmann::ordered_json &fields,
                                     const QString &text) {
            if (context.json) {
                nlohmann::ordered_json document = {{"status", status}, {"outcome", outcome}};
                if (fields.is_object())
                    document.update(fields);
                context.out << QString::fromStdString(document.dump()) << Qt::endl;
            } else {
                context.out << text << Qt::endl;
            }
        };
        QObject::connect(&receiver, &WebhookReceiver::validationAnswered, &receiver, [&line] {
            line(200, "validation", nlohmann::ordered_json::object(), tr("200 answered Zoom's URL validation"));
        });
        QObject::connect(&receiver, &WebhookReceiver::eventStored, &receiver, [&line](qint64 id, const QString &event) {
            line(200, "stored", {{"id", id}, {"event", event.toStdString()}},
                 tr("200 stored %1 as event %2").arg(event).arg(id));
        });
        QObject::connect(&receiver, &WebhookReceiver::duplicateIgnored, &receiver, [&line](const QString &event) {
            line(200, "duplicate", {{"event", event.toStdString()}},
                 tr("200 ignored a duplicate of %1 (stored before)").arg(event));
        });
        QObject::connect(&receiver, &WebhookReceiver::requestRefused, &receiver,
                         [&line](int status, const QString &reason) {
                             line(status, "refused", {{"reason", reason.toStdString()}},
                                  tr("%1 refused: %2").arg(status).arg(reason));
                         });

        TerminationSignals termination;
        QObject::connect(&termination, &TerminationSignals::received, QCoreApplication::instance(),
                         &QCoreApplication::quit);
        QCoreApplication::exec();
        receiver.close();
        return Success;
    }

    static QList<Command> commands()
    {
        const OptionSpec secretEnv {QStringLiteral("secret-env"), QStringLiteral("VAR"),
                                    tr("Environment variable that holds the webhook Secret Token")};
        return {
            {{QStringLiteral("webhook"), QStringLiteral("verify")},
             tr("Check a webhook's signature over the body on standard input; exit 0 valid, 1 invalid "
                "(--json: valid, reason, message)"),
             QStringLiteral("< BODY"),
             {
                 secretEnv,
                 {QStringLiteral("timestamp"), QStringLiteral("T"), tr("The x-zm-request-timestamp header (seconds)")},
                 {QStringLiteral("signature"), QStringLiteral("SIG"), tr("The x-zm-signature header (v0=…)")},
                 {QStringLiteral("now"), QStringLiteral("EPOCH"),
                  tr("Check against this time in seconds since 1970 instead of the clock")},
                 {QStringLiteral("max-skew"), QStringLiteral("S"),
                  tr("Largest difference in seconds between timestamp and now (default 300)")},
             },
             0,
             &WebhookCommands::verify},
            {{QStringLiteral("webhook"), QStringLiteral("answer-validation")},
             tr("Print the JSON answer to the endpoint.url_validation event on standard input"),
             QStringLiteral("< EVENT"),
             {secretEnv},
             0,
             &WebhookCommands::answerValidation},
            {{QStringLiteral("webhook"), QStringLiteral("listen")},
             tr("Receive Zoom's webhooks into the database until interrupted; one line per request"),
             {},
             {
                 {QStringLiteral("address"), QStringLiteral("A"), tr("IP address to listen on (default 127.0.0.1)")},
                 {QStringLiteral("port"), QStringLiteral("N"), tr("Port to listen on (default 0: any free port)")},
                 {QStringLiteral("path"), QStringLiteral("P"), tr("Path of the endpoint (default /zoom/webhook)")},
                 {QStringLiteral("cert"), QStringLiteral("FILE"), tr("TLS certificate (PEM) for HTTPS")},
                 {QStringLiteral("key"), QStringLiteral("FILE"),
                  tr("Private key (PEM, unencrypted) of the certificate")},
                 {QStringLiteral("max-skew"), QStringLiteral("S"),
                  tr("Largest difference in seconds between a request's timestamp and now (default 300)")},
                 {QStringLiteral("max-body"), QStringLiteral("BYTES"),
                  tr("Largest request body accepted (default 524288)")},
                 secretEnv,
             },
             0,
             &WebhookCommands::listen},
        };
    }

private:
    static int usage(CommandContext &context, const QString &message)
    {
        context.err << kProgram << message << Qt::endl;
        return Usage;
    }

    static std::optional<int> requireOption(CommandContext &context, const char *command, const char *option)
    {
        const QString name = QString::fromLatin1(option);
        if (context.args.isSet(name) && !context.args.value(name).isEmpty())
            return std::nullopt;
        return usage(context, tr("“%1” needs --%2.").arg(QString::fromLatin1(command), name));
    }

    // Reads --NAME as a whole number within [min, max] into *out when it is given.
    static std::optional<int> number(CommandContext &context, const char *option, qint64 min, qint64 max, qint64 *out)
    {
        const QString name = QString::fromLatin1(option);
        if (!context.args.isSet(name))
            return std::nullopt;
        const auto value = ArgumentParser::integer(context.args, name, min, max);
        if (!value)
            return usage(context, value.error().message);
        *out = value.value();
        return std::nullopt;
    }

    // The Secret Token comes from the environment, never from the command line, where other
    // users of the machine could read it.
    static std::optional<QByteArray> secretFromEnvironment(CommandContext &context)
    {
        const QString variable = context.args.value(QStringLiteral("secret-env"));
        const QByteArray secret = qgetenv(qPrintable(variable)).trimmed();
        if (secret.isEmpty()) {
            (void)context.fail({QStringLiteral("webhook.no_secret"),
                                tr("The environment variable %1 is empty or not set; it must hold the webhook "
                                   "Secret Token.")
                                    .arg(variable)});
            return std::nullopt;
        }
        return secret;
    }

    static Result<QByteArray> storedSecret(CommandContext &context)
    {
        auto stored = blockingCall<std::optional<QByteArray>>([&](QObject *waiting, auto done) {
            context.backend().connection().secretOrStored(SecretKind::WebhookSecretToken, std::nullopt, waiting, done);
        });
        if (!stored)
            return stored.error();
        return stored.value().value_or(QByteArray());
    }

    static QByteArray standardInput()
    {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return {};
        return input.readAll();
    }
};

} // namespace

QList<Command> webhookCommands()
{
    return WebhookCommands::commands();
}

} // namespace Roomdesk::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Roomdesk {

// A mailbox: an optional display name and an address (RFC 5322 §3.4).
struct MailAddress final
{
    QString name; // any Unicode text without control characters; may be empty
    QString address; // local@domain, RFC 5321 syntax

    bool operator==(const MailAddress &) const = default;
};

// The one check of addresses and header text that reach a mail server. Every field a message is
// made of goes through it when the message is queued, so no CR/LF (header injection) or control
// character can reach the wire, and a bad address is named before anything is stored.
class MailAddressCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Roomdesk::MailAddressCheck)

public:
    // RFC 5321 §4.1.2 Mailbox: a dot-atom or quoted-string local part (at most 64 octets), '@',
    // a domain of LDH labels (or an address literal [IPv4] / [IPv6:…]); at most 254 octets in
    // all. Non-ASCII local parts (SMTPUTF8) are refused; an internationalised domain is accepted
    // in its A-label (punycode) form. `field` names the field in the message ("From", "To"…).
    // Error code "mail.address".
    static Result<void> checkAddress(const QString &address, const QString &field);
    // Text that goes into a header (display names, subjects, file names): no C0/C1 control
    // characters (CR and LF included), at most `maxLength` characters. Error code "mail.header".
    static Result<void> checkHeaderText(const QString &text, const QString &field, int maxLength = 998);
    static Result<void> checkMailbox(const MailAddress &mailbox, const QString &field);
};

} // namespace Roomdesk

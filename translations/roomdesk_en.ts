<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Roomdesk::Allocator</name>
    <message numerus="yes">
        <source>All %n suitable room(s) are booked at that time, buffers included. The request waits and gets a room as soon as one is free; contact the administrators for a room sooner.</source>
        <translation>
            <numerusform>All %n suitable room are booked at that time, buffers included. The request waits and gets a room as soon as one is free; contact the administrators for a room sooner.</numerusform>
            <numerusform>All %n suitable rooms are booked at that time, buffers included. The request waits and gets a room as soon as one is free; contact the administrators for a room sooner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::AttendeeTableModel</name>
    <message numerus="yes">
        <source>Present in %n separate stretch(es): left and came back.</source>
        <translation>
            <numerusform>Present in %n separate stretch(es): left and came back.</numerusform>
            <numerusform>Present in %n separate stretch(es): left and came back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::CalendarPage</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::CalendarCommand</name>
    <message numerus="yes">
        <source>Wrote %n booking(s) to standard output.</source>
        <translation>
            <numerusform>Wrote %n booking to standard output.</numerusform>
            <numerusform>Wrote %n bookings to standard output.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n booking(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n booking to %1.</numerusform>
            <numerusform>Wrote %n bookings to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending request(s) included as tentative.</source>
        <translation>
            <numerusform>%n pending request included as tentative.</numerusform>
            <numerusform>%n pending requests included as tentative.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::CredentialsCommands</name>
    <message numerus="yes">
        <source>%1, %n scope(s) granted</source>
        <translation>
            <numerusform>%1, %n scope granted</numerusform>
            <numerusform>%1, %n scopes granted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::EventCommands</name>
    <message numerus="yes">
        <source>Event %1 “%2” (%3 %4, %n min): %5</source>
        <translation>
            <numerusform>Event %1 “%2” (%3 %4, %n min): %5</numerusform>
            <numerusform>Event %1 “%2” (%3 %4, %n min): %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending Zoom operation(s) finished.</source>
        <translation>
            <numerusform>%n pending Zoom operation finished.</numerusform>
            <numerusform>%n pending Zoom operations finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) created in Zoom after getting a room.</source>
        <translation>
            <numerusform>%n event created in Zoom after getting a room.</numerusform>
            <numerusform>%n events created in Zoom after getting a room.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed in Zoom, %1 deleted there.</source>
        <translation>
            <numerusform>%n event changed in Zoom, %1 deleted there.</numerusform>
            <numerusform>%n events changed in Zoom, %1 deleted there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::PolicyCommands</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ProgramCommands</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ReconciliationReport</name>
    <message numerus="yes">
        <source>%n pending request(s) got a room.</source>
        <translation>
            <numerusform>%n pending request got a room.</numerusform>
            <numerusform>%n pending requests got a room.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ReportCommands</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written.</source>
        <translation>
            <numerusform>%n report written.</numerusform>
            <numerusform>%n reports written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ReportOutput</name>
    <message numerus="yes">
        <source>No one besides the host attended (%n participant record(s) read): no report, no file written.</source>
        <translation>
            <numerusform>No one besides the host attended (%n participant record read): no report, no file written.</numerusform>
            <numerusform>No one besides the host attended (%n participant records read): no report, no file written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n record(s) of the host or the waiting room.</source>
        <translation>
            <numerusform>Left out: %n record of the host or the waiting room.</numerusform>
            <numerusform>Left out: %n records of the host or the waiting room.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::RoomsCommands</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::Cli::ZoomCommands</name>
    <message numerus="yes">
        <source>%n required scope(s) missing. Add them to the app in the Zoom App Marketplace.</source>
        <translation>
            <numerusform>%n required scope missing. Add them to the app in the Zoom App Marketplace.</numerusform>
            <numerusform>%n required scopes missing. Add them to the app in the Zoom App Marketplace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::CredentialFields</name>
    <message numerus="yes">
        <source>The %1 is too short (%n character(s)); Zoom&apos;s are at least %2. Part of it may be missing.</source>
        <translation>
            <numerusform>The %1 is too short (%n character); Zoom&apos;s are at least %2. Part of it may be missing.</numerusform>
            <numerusform>The %1 is too short (%n characters); Zoom&apos;s are at least %2. Part of it may be missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 is too long (%n character(s)); several values may have been pasted together.</source>
        <translation>
            <numerusform>The %1 is too long (%n character); several values may have been pasted together.</numerusform>
            <numerusform>The %1 is too long (%n characters); several values may have been pasted together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::CredentialsForm</name>
    <message numerus="yes">
        <source>Connected: Zoom issued a token with all %n required scope(s).</source>
        <translation>
            <numerusform>Connected: Zoom issued a token with all %n required scope.</numerusform>
            <numerusform>Connected: Zoom issued a token with all %n required scopes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected, but only %1 of the %n required scope(s) are granted; the next step lists the missing ones.</source>
        <translation>
            <numerusform>Connected, but only %1 of the %n required scope are granted; the next step lists the missing ones.</numerusform>
            <numerusform>Connected, but only %1 of the %n required scopes are granted; the next step lists the missing ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventSync</name>
    <message numerus="yes">
        <source>Zoom did not create the meeting in %n attempt(s); check the connection and synchronize again.</source>
        <translation>
            <numerusform>Zoom did not create the meeting in %n attempt; check the connection and synchronize again.</numerusform>
            <numerusform>Zoom did not create the meeting in %n attempts; check the connection and synchronize again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventValidation</name>
    <message numerus="yes">
        <source>The event topic has %n character(s); at most 255 are allowed.</source>
        <translation>
            <numerusform>The event topic has %n character; at most 255 are allowed.</numerusform>
            <numerusform>The event topic has %n characters; at most 255 are allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The conference name has %n character(s); Zoom allows at most 200.</source>
        <translation>
            <numerusform>The conference name has %n character; Zoom allows at most 200.</numerusform>
            <numerusform>The conference name has %n characters; Zoom allows at most 200.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The location has %n character(s); at most 255 are allowed.</source>
        <translation>
            <numerusform>The location has %n character; at most 255 are allowed.</numerusform>
            <numerusform>The location has %n characters; at most 255 are allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trainer&apos;s name has %n character(s); at most 255 are allowed.</source>
        <translation>
            <numerusform>The trainer&apos;s name has %n character; at most 255 are allowed.</numerusform>
            <numerusform>The trainer&apos;s name has %n characters; at most 255 are allowed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description has %n character(s); Zoom allows at most 2000.</source>
        <translation>
            <numerusform>The description has %n character; Zoom allows at most 2000.</numerusform>
            <numerusform>The description has %n characters; Zoom allows at most 2000.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::EventsPage</name>
    <message numerus="yes">
        <source>%n pending operation(s) finished.</source>
        <translation>
            <numerusform>%n pending operation finished.</numerusform>
            <numerusform>%n pending operations finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting event(s) created in Zoom.</source>
        <translation>
            <numerusform>%n waiting event created in Zoom.</numerusform>
            <numerusform>%n waiting events created in Zoom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were changed in Zoom; select them to settle the changes.</source>
        <translation>
            <numerusform>%n event were changed in Zoom; select them to settle the changes.</numerusform>
            <numerusform>%n events were changed in Zoom; select them to settle the changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were deleted in Zoom.</source>
        <translation>
            <numerusform>%n event were deleted in Zoom.</numerusform>
            <numerusform>%n events were deleted in Zoom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended.</source>
        <translation>
            <numerusform>%n session ended.</numerusform>
            <numerusform>%n sessions ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::GroupTreeModel</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::GroupsPage</name>
    <message numerus="yes">
        <source>Remove the program “%1” and its %n group(s)?</source>
        <translation>
            <numerusform>Remove the program “%1” and its %n group?</numerusform>
            <numerusform>Remove the program “%1” and its %n groups?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::MainWindow</name>
    <message numerus="yes">
        <source>%1: connected, %n scope(s) granted</source>
        <translation>
            <numerusform>%1: connected, %n scope granted</numerusform>
            <numerusform>%1: connected, %n scopes granted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n event exported to %1.</numerusform>
            <numerusform>%n events exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::OverviewTexts</name>
    <message numerus="yes">
        <source>Demo mode: connected to the local Zoom sandbox, %n scope(s) granted.</source>
        <translation>
            <numerusform>Demo mode: connected to the local Zoom sandbox, %n scope granted.</numerusform>
            <numerusform>Demo mode: connected to the local Zoom sandbox, %n scopes granted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zoom is connected, %n scope(s) granted.</source>
        <translation>
            <numerusform>Zoom is connected, %n scope granted.</numerusform>
            <numerusform>Zoom is connected, %n scopes granted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::ReportsPage</name>
    <message numerus="yes">
        <source>The report of “%1” is ready: %n attendee(s).</source>
        <translation>
            <numerusform>The report of “%1” is ready: %n attendee.</numerusform>
            <numerusform>The report of “%1” is ready: %n attendees.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n report(s)…</source>
        <translation>
            <numerusform>Exporting %n report…</numerusform>
            <numerusform>Exporting %n reports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::RequestImport</name>
    <message numerus="yes">
        <source>%n request(s) imported</source>
        <translation>
            <numerusform>%n request imported</numerusform>
            <numerusform>%n requests imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allocated</source>
        <translation>
            <numerusform>%n allocated</numerusform>
            <numerusform>%n allocated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to fix; nothing was imported.</source>
        <translation>
            <numerusform>%n row to fix; nothing was imported.</numerusform>
            <numerusform>%n rows to fix; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomCalendarView</name>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) in this period</source>
        <translation>
            <numerusform>%n booking in this period</numerusform>
            <numerusform>%n bookings in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomRepository</name>
    <message numerus="yes">
        <source>Room %1 has %n booking(s) and keeps them for history and reports; deactivate it instead (rooms set %1 --inactive).</source>
        <translation>
            <numerusform>Room %1 has %n booking and keeps them for history and reports; deactivate it instead (rooms set %1 --inactive).</numerusform>
            <numerusform>Room %1 has %n bookings and keeps them for history and reports; deactivate it instead (rooms set %1 --inactive).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::RoomsPage</name>
    <message numerus="yes">
        <source>%n waiting request(s) got a room.</source>
        <translation>
            <numerusform>%n waiting request got a room.</numerusform>
            <numerusform>%n waiting requests got a room.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::ScopeChecklist</name>
    <message numerus="yes">
        <source>All %n required scope(s) are granted.</source>
        <translation>
            <numerusform>All %n required scope are granted.</numerusform>
            <numerusform>All %n required scopes are granted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required scope(s) missing: %1. Add them in the Marketplace (Scopes → Add Scopes), then check again.</source>
        <translation>
            <numerusform>%n required scope missing: %1. Add them in the Marketplace (Scopes → Add Scopes), then check again.</numerusform>
            <numerusform>%n required scopes missing: %1. Add them in the Marketplace (Scopes → Add Scopes), then check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the app&apos;s Scopes step, click “Add Scopes” and add each of these %n scope(s); the copy buttons put one name, or all of them, on the clipboard.</source>
        <translation>
            <numerusform>In the app&apos;s Scopes step, click “Add Scopes” and add each of these %n scope; the copy buttons put one name, or all of them, on the clipboard.</numerusform>
            <numerusform>In the app&apos;s Scopes step, click “Add Scopes” and add each of these %n scopes; the copy buttons put one name, or all of them, on the clipboard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::SummaryWizardPage</name>
    <message numerus="yes">
        <source>%n required scope(s) missing; the features that need them stay unavailable until they are added.</source>
        <translation>
            <numerusform>%n required scope missing; the features that need them stay unavailable until they are added.</numerusform>
            <numerusform>%n required scopes missing; the features that need them stay unavailable until they are added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roomdesk::ZoomUserImportDialog</name>
    <message numerus="yes">
        <source>%n licensed user(s).</source>
        <translation>
            <numerusform>%n licensed user.</numerusform>
            <numerusform>%n licensed users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the pool.</source>
        <translation>
            <numerusform>%n already in the pool.</numerusform>
            <numerusform>%n already in the pool.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Basic user(s) left out: they cannot host rooms.</source>
        <translation>
            <numerusform>%n Basic user left out: they cannot host rooms.</numerusform>
            <numerusform>%n Basic users left out: they cannot host rooms.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>Roomdesk::Cli::ZoomCommands</name>
    <message numerus="yes">
        <source>%n required scope(s) missing. Add them to the app in the Zoom App Marketplace.</source>
        <translation><numerusform>%n required scope missing. Add them to the app in the Zoom App Marketplace.</numerusform><numerusform>%n required scopes missing. Add them to the app in the Zoom App Marketplace.</numerusform></translation>
    </message>
</context>
<context>
    <name>Roomdesk::CredentialFields</name>
    <message numerus="yes">
        <source>The %1 is too short (%n character(s)); Zoom's are at least %2. Part of it may be missing.</source>
        <translation>
            <numerusform>The %1 is too short (%n character); Zoom's are at least %2. Part of it may be missing.</numerusform>
            <numerusform>The %1 is too short (%n characters); Zoom's are at least %2. Part of it may be missing.</numerusform>
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
    <name>Roomdesk::MainWindow</name>
    <message numerus="yes">
        <source>%1: connected, %n scope(s) granted</source>
        <translation>
            <numerusform>%1: connected, %n scope granted</numerusform>
            <numerusform>%1: connected, %n scopes granted</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Roomdesk::Cli::ZoomCommands</name>
    <message numerus="yes">
        <source>%n required scope(s) missing. Add them to the app in the Zoom App Marketplace.</source>
        <translation>
            <numerusform>%n required scope missing. Add it to the app in the Zoom App Marketplace.</numerusform>
            <numerusform>%n required scopes missing. Add them to the app in the Zoom App Marketplace.</numerusform>
        </translation>
    </message>
</context>
</TS>

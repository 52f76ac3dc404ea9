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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AmendDialog</name>
    <message numerus="yes">
        <location filename="../dialogs/amenddialog.cpp" line="+45"/>
        <source>%n disks</source>
        <translation>
            <numerusform>%n disks</numerusform>
            <numerusform>%n disks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n volumes</source>
        <translation>
            <numerusform>%n volumes</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>All %n disks are amended.</source>
        <translation>
            <numerusform>All %n disks are amended.</numerusform>
            <numerusform>All %n disks are amended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachDiskDialog</name>
    <message numerus="yes">
        <location filename="../dialogs/attachdiskdialog.cpp" line="+392"/>
        <source>Attaches %n disk(s) to %1 and hot plugs them.</source>
        <translation>
            <numerusform>Attaches %n disk to %1 and hot plugs them.</numerusform>
            <numerusform>Attaches %n disks to %1 and hot plugs them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Attaches %n disk(s) to %1, activated.</source>
        <translation>
            <numerusform>Attaches %n disk to %1, activated.</numerusform>
            <numerusform>Attaches %n disks to %1, activated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Attaches %n disk(s) to %1, not activated.</source>
        <translation>
            <numerusform>Attaches %n disk to %1, not activated.</numerusform>
            <numerusform>Attaches %n disks to %1, not activated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message numerus="yes">
        <location filename="../cli/clirunner.cpp" line="+277"/>
        <source>%n disks are named “%1”; give the id of one of them.</source>
        <translation>
            <numerusform>%n disks are named “%1”; give the id of one of them.</numerusform>
            <numerusform>%n disks are named “%1”; give the id of one of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message numerus="yes">
        <location filename="../app/connectionstatuswidget.cpp" line="+78"/>
        <source>Connection lost; retrying in %n s</source>
        <translation>
            <numerusform>Connection lost; retrying in %n s</numerusform>
            <numerusform>Connection lost; retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateSnapshotDialog</name>
    <message numerus="yes">
        <location filename="../dialogs/createsnapshotdialog.cpp" line="+255"/>
        <source>Creates a snapshot of %1: its configuration, %n disk(s) and its memory.</source>
        <translation>
            <numerusform>Creates a snapshot of %1: its configuration, %n disk and its memory.</numerusform>
            <numerusform>Creates a snapshot of %1: its configuration, %n disks and its memory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Creates a snapshot of %1: its configuration and %n disk(s).</source>
        <translation>
            <numerusform>Creates a snapshot of %1: its configuration and %n disk.</numerusform>
            <numerusform>Creates a snapshot of %1: its configuration and %n disks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskInventoryModel</name>
    <message numerus="yes">
        <location filename="../models/diskinventorymodel.cpp" line="+133"/>
        <source>Yes: %n volumes to 1.1</source>
        <translation>
            <numerusform>Yes: %n volumes to 1.1</numerusform>
            <numerusform>Yes: %n volumes to 1.1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskUsageDialog</name>
    <message numerus="yes">
        <location filename="../dialogs/diskusagedialog.cpp" line="+136"/>
        <source>%1 is attached to %n virtual machine(s): read-only on %2, read-write on %3.</source>
        <translation>
            <numerusform>%1 is attached to %n virtual machine: read-only on %2, read-write on %3.</numerusform>
            <numerusform>%1 is attached to %n virtual machines: read-only on %2, read-write on %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisksPage</name>
    <message numerus="yes">
        <location filename="../app/diskspage.cpp" line="+212"/>
        <source>%1 of %n disks shown, %2 amendable</source>
        <translation>
            <numerusform>%1 of %n disks shown, %2 amendable</numerusform>
            <numerusform>%1 of %n disks shown, %2 amendable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>the %n selected disks</source>
        <translation>
            <numerusform>the %n selected disks</numerusform>
            <numerusform>the %n selected disks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message numerus="yes">
        <location filename="../app/eventspane.cpp" line="+138"/>
        <source>Could not read the events: %1
DiskDesk tries again every %n seconds.</source>
        <translation>
            <numerusform>Could not read the events: %1
DiskDesk tries again every %n seconds.</numerusform>
            <numerusform>Could not read the events: %1
DiskDesk tries again every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="+230"/>
        <source>Loading… %n virtual machines</source>
        <translation>
            <numerusform>Loading… %n virtual machines</numerusform>
            <numerusform>Loading… %n virtual machines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewDiskDialog</name>
    <message numerus="yes">
        <location filename="../dialogs/newdiskdialog.cpp" line="+463"/>
        <source>%n target(s) found. Log in to see their LUNs.</source>
        <translation>
            <numerusform>%n target found. Log in to see their LUNs.</numerusform>
            <numerusform>%n targets found. Log in to see their LUNs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>The host sees %n LUN(s).</source>
        <translation>
            <numerusform>The host sees %n LUN.</numerusform>
            <numerusform>The host sees %n LUNs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewSnapshotDialog</name>
    <message numerus="yes">
        <location filename="../dialogs/previewsnapshotdialog.cpp" line="+66"/>
        <source>The VM contains %n disk(s): %1.</source>
        <translation>
            <numerusform>The VM contains %n disk: %1.</numerusform>
            <numerusform>The VM contains %n disks: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>(The snapshot contains %n disk(s): %1.)</source>
        <translation>
            <numerusform>(The snapshot contains %n disk: %1.)</numerusform>
            <numerusform>(The snapshot contains %n disks: %1.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableTools</name>
    <message numerus="yes">
        <location filename="../app/tabletools.cpp" line="+97"/>
        <source>%n rows exported to %1.</source>
        <translation>
            <numerusform>%n rows exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmGeneralPane</name>
    <message numerus="yes">
        <location filename="../app/vmgeneralpane.cpp" line="+140"/>
        <source>%n disks</source>
        <translation>
            <numerusform>%n disk</numerusform>
            <numerusform>%n disks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n snapshots</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
</context>
</TS>

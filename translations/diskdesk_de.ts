<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../dialogs/amenddialog.cpp" line="+23"/>
        <source>Amend qcow2 Compat Level</source>
        <translation>qcow2-Kompatibilitätsstufe anpassen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>None of %1 can be amended.</source>
        <translation>Nichts von %1 kann angepasst werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 disk</source>
        <translation>1 Festplatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 volume</source>
        <translation>1 Volume</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n disks</source>
        <translation>
            <numerusform>%n Festplatte</numerusform>
            <numerusform>%n Festplatten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n volumes</source>
        <translation>
            <numerusform>%n Volume</numerusform>
            <numerusform>%n Volumes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 will be amended to qcow2 compat 1.1, %3 in all (bold below). Each disk is locked while the manager amends its volumes, older snapshots included; the data they hold does not change.</source>
        <translation>Auf qcow2 Compat 1.1 angepasst werden: %1 von %2, insgesamt %3 (unten fett). Jede Festplatte ist gesperrt, während der Manager ihre Volumes anpasst, ältere Snapshots eingeschlossen; die darin enthaltenen Daten ändern sich nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Volumes to amend</source>
        <translation>Anzupassende Volumes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disks left out</source>
        <translation>Ausgelassene Festplatten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Amend progress</source>
        <translation>Fortschritt der Anpassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v of %m disks done</source>
        <translation>%v von %m Festplatten fertig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Amend</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing to amend: every disk is left out, for the reason given.</source>
        <translation>Nichts anzupassen: Jede Festplatte wird aus dem jeweils angegebenen Grund ausgelassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected to a manager.</source>
        <translation>Nicht mit einem Manager verbunden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Amending… You may close this window: the Tasks pane follows the amends to their end.</source>
        <translation>Wird angepasst… Sie können dieses Fenster schließen: Der Bereich „Aufgaben“ verfolgt die Anpassungen bis zum Ende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is amended.</source>
        <translation>Die Festplatte ist angepasst.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>All %n disks are amended.</source>
        <translation>
            <numerusform>Die %n Festplatte ist angepasst.</numerusform>
            <numerusform>Alle %n Festplatten sind angepasst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 amended, %2 failed: see the manager&apos;s messages above.</source>
        <translation>%1 angepasst, %2 fehlgeschlagen: Siehe die Meldungen des Managers oben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>AmendInventoryLoader</name>
    <message>
        <location filename="../models/amendinventoryloader.cpp" line="+35"/>
        <source>Disk snapshot %1</source>
        <translation>Festplatten-Snapshot %1</translation>
    </message>
</context>
<context>
    <name>AmendPlanModel</name>
    <message>
        <location filename="../models/amendplanmodel.cpp" line="+20"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Active volume</source>
        <translation>Aktives Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>raw, not changed</source>
        <translation>raw, nicht geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.1 (not done)</source>
        <translation>1.1 (nicht erfolgt)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume of</source>
        <translation>Volume von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compat now</source>
        <translation>Compat jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After amend</source>
        <translation>Nach Anpassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>AmendRules</name>
    <message>
        <location filename="../models/amendrules.cpp" line="+36"/>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is not an image disk: it has no qcow2 volumes.</source>
        <translation>%1 ist keine Image-Festplatte: Sie hat keine qcow2-Volumes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot edit Virtual Disk: The following disks are locked: %1. Please try again in a few minutes.</source>
        <translation>Virtuelle Festplatte kann nicht bearbeitet werden: Die folgenden Festplatten sind gesperrt: %1. Bitte versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot edit Virtual Disk. The amend operation does not support disk without any QCOW2 volumes.</source>
        <translation>Virtuelle Festplatte kann nicht bearbeitet werden. Die Anpassung unterstützt keine Festplatte ohne QCOW2-Volumes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every qcow2 volume of %1 is already at compat %2.</source>
        <translation>Jedes qcow2-Volume von %1 ist bereits auf Compat %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot edit Virtual Disk. The following attached disks are in ILLEGAL status: %1 - please remove them and try again.</source>
        <translation>Virtuelle Festplatte kann nicht bearbeitet werden. Die folgenden angehängten Festplatten haben den Status ILLEGAL: %1 – bitte entfernen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot amend Virtual Disk. The disk %1 is plugged to non-Down VMs: %2</source>
        <translation>Virtuelle Festplatte kann nicht angepasst werden. Die Festplatte %1 ist an VMs aktiviert, die nicht heruntergefahren sind: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot amend Virtual Disk. The amend operation does not support Template disks.</source>
        <translation>Virtuelle Festplatte kann nicht angepasst werden. Die Anpassung unterstützt keine Vorlagen-Festplatten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot amend Virtual Disk. The relevant Storage Domain&apos;s status is %1.</source>
        <translation>Virtuelle Festplatte kann nicht angepasst werden. Der Status der betreffenden Speicherdomäne ist %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The storage domain %1 has storage format %2, which cannot hold qcow2 compat 1.1 (V4 or later can). Raise its data center&apos;s compatibility version first.</source>
        <translation>Die Speicherdomäne %1 hat das Speicherformat %2, das qcow2 Compat 1.1 nicht aufnehmen kann (erst V4 oder höher). Heben Sie zuerst die Kompatibilitätsversion ihres Rechenzentrums an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Can be amended</source>
        <translation>Kann angepasst werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an image disk</source>
        <translation>Keine Image-Festplatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk locked</source>
        <translation>Festplatte gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw disk</source>
        <translation>Raw-Festplatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk illegal</source>
        <translation>Festplatte ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM not down</source>
        <translation>VM nicht heruntergefahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template disk</source>
        <translation>Vorlagen-Festplatte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain not active</source>
        <translation>Domäne nicht aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain format too old</source>
        <translation>Domänenformat zu alt</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../api/apierror.cpp" line="+28"/>
        <source>The manager answered with HTTP status %1.</source>
        <translation>Der Manager antwortete mit HTTP-Status %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>AttachDiskDialog</name>
    <message>
        <location filename="../dialogs/attachdiskdialog.cpp" line="+77"/>
        <source>Attach Virtual Disks</source>
        <translation>Virtuelle Festplatten anhängen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Image disks</source>
        <translation>Image-Festplatten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Direct LUN</source>
        <translation>&amp;Direkte LUN</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Direct LUN disks</source>
        <translation>Direkte-LUN-Festplatten</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual Size</source>
        <translation>Virtuelle Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual Size</source>
        <translation>Tatsächliche Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Read-Only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Bootable</source>
        <translation>Bootfähig</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Shareable</source>
        <translation>Gemeinsam nutzbar</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>LUN ID</source>
        <translation>LUN-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Activate Disk(s)</source>
        <translation>Festplatte(n) &amp;aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate Disk(s)</source>
        <translation>Festplatte(n) aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the VM is running, disks attached with an IDE interface won&apos;t be activated.</source>
        <translation>Wenn die VM läuft, werden mit einer IDE-Schnittstelle angehängte Festplatten nicht aktiviert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface of %1</source>
        <translation>Schnittstelle von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only mode of %1</source>
        <translation>Schreibschutzmodus von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (write-protected)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>No disks selected</source>
        <translation>Keine Festplatten ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There can be only one bootable disk defined</source>
        <translation>Es kann nur eine bootfähige Festplatte festgelegt werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: its storage is write-protected, so it will be attached read-only.</source>
        <translation>%1: Ihr Speicher ist schreibgeschützt, daher wird sie schreibgeschützt angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: read-write; read-only instead if the storage turns out write-protected.</source>
        <translation>%1: Lesen und Schreiben; stattdessen schreibgeschützt, falls sich der Speicher als schreibgeschützt erweist.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Attaches %n disk(s) to %1 and hot plugs them.</source>
        <translation>
            <numerusform>Hängt %n Festplatte an %1 an und aktiviert sie per Hotplug.</numerusform>
            <numerusform>Hängt %n Festplatten an %1 an und aktiviert sie per Hotplug.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Attaches %n disk(s) to %1, activated.</source>
        <translation>
            <numerusform>Hängt %n Festplatte aktiviert an %1 an.</numerusform>
            <numerusform>Hängt %n Festplatten aktiviert an %1 an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Attaches %n disk(s) to %1, not activated.</source>
        <translation>
            <numerusform>Hängt %n Festplatte nicht aktiviert an %1 an.</numerusform>
            <numerusform>Hängt %n Festplatten nicht aktiviert an %1 an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaFetcher</name>
    <message>
        <location filename="../api/cafetcher.cpp" line="+91"/>
        <source>%1 did not send a CA certificate (HTTP status %2). Is this an oVirt engine? You can choose the manager&apos;s CA file instead.</source>
        <translation>%1 hat kein CA-Zertifikat gesendet (HTTP-Status %2). Ist dies eine oVirt Engine? Sie können stattdessen die CA-Datei des Managers auswählen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The manager&apos;s certificate is not signed by the CA it offers, so trusting that CA would not secure the connection.</source>
        <translation>Das Zertifikat des Managers ist nicht von der angebotenen CA signiert; dieser CA zu vertrauen, würde die Verbindung daher nicht absichern.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../cli/clirunner.cpp" line="+37"/>
        <source>--format must be table, json or csv, not “%1”.</source>
        <translation>--format muss table, json oder csv sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give either --profile or --url, not both.</source>
        <translation>Geben Sie entweder --profile oder --url an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give --profile NAME, or --url URL with --user and --password-file.</source>
        <translation>Geben Sie --profile NAME an, oder --url URL mit --user und --password-file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url must be a host name or an http(s) URL, not “%1”.</source>
        <translation>--url muss ein Hostname oder eine http(s)-URL sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--url needs --password-file FILE (“-” reads standard input).</source>
        <translation>--url benötigt --password-file FILE („-“ liest die Standardeingabe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a command: vms, disks, snapshots VM, storagedomains, attachments VM, snapshot create VM, amend DISK.</source>
        <translation>Geben Sie einen Befehl an: vms, disks, snapshots VM, storagedomains, attachments VM, snapshot create VM, amend DISK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--vm is only used by amend.</source>
        <translation>--vm wird nur von amend verwendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 takes no operand.</source>
        <translation>%1 nimmt keinen Operanden an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs exactly one VM (name or id).</source>
        <translation>%1 benötigt genau eine VM (Name oder ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snapshot supports: snapshot create VM [--description TEXT] [--disk ID]… [--memory].</source>
        <translation>snapshot unterstützt: snapshot create VM [--description TEXT] [--disk ID]… [--memory].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snapshot create needs exactly one VM (name or id).</source>
        <translation>snapshot create benötigt genau eine VM (Name oder ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amend needs exactly one disk (alias or id): amend DISK [--vm VM].</source>
        <translation>amend benötigt genau eine Festplatte (Alias oder ID): amend DISK [--vm VM].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no saved profile “%1” (no profiles are saved; DiskDesk saves them).</source>
        <translation>Es gibt kein gespeichertes Profil „%1“ (keine Profile gespeichert; DiskDesk speichert sie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no saved profile “%1”; saved profiles: %2.</source>
        <translation>Es gibt kein gespeichertes Profil „%1“; gespeicherte Profile: %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the keychain holds no password for this profile</source>
        <translation>der Schlüsselbund enthält kein Passwort für dieses Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password for profile “%1”: %2. Pass --password-file FILE.</source>
        <translation>Kein Passwort für Profil „%1“: %2. Übergeben Sie --password-file FILE.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The manager has no virtual machine named “%1” (or with that id).</source>
        <translation>Der Manager hat keine virtuelle Maschine namens „%1“ (oder mit dieser ID).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The manager has no disk named “%1” (or with that id).</source>
        <translation>Der Manager hat keine Festplatte namens „%1“ (oder mit dieser ID).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n disks are named “%1”; give the id of one of them.</source>
        <translation>
            <numerusform>%n Festplatte heißt „%1“; geben Sie die ID einer davon an.</numerusform>
            <numerusform>%n Festplatten heißen „%1“; geben Sie die ID einer davon an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <location filename="../api/client.cpp" line="+187"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manager answered with HTTP status %1.</source>
        <translation>Der Manager antwortete mit HTTP-Status %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>The sign-on service at %1 did not answer like an oVirt engine (HTTP status %2).</source>
        <translation>Der Anmeldedienst unter %1 antwortete nicht wie eine oVirt Engine (HTTP-Status %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manager&apos;s sign-on service answered with HTTP status %1.</source>
        <translation>Der Anmeldedienst des Managers antwortete mit HTTP-Status %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The manager&apos;s sign-on service sent no access token.</source>
        <translation>Der Anmeldedienst des Managers hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The manager&apos;s answer was cut off (%1).</source>
        <translation>Die Antwort des Managers wurde abgeschnitten (%1).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The manager did not accept the session; please log in again.</source>
        <translation>Der Manager hat die Sitzung nicht akzeptiert; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The manager&apos;s answer was cut off (no body).</source>
        <translation>Die Antwort des Managers wurde abgeschnitten (kein Inhalt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The response content type “%1” isn&apos;t the expected XML.</source>
        <translation>Der Inhaltstyp „%1“ der Antwort ist nicht das erwartete XML.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(Tried %1 times.)</source>
        <translation>(%1 Versuche.)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The manager reported the operation as failed.</source>
        <translation>Der Manager meldete den Vorgang als fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The manager&apos;s answer was cut off (incomplete XML).</source>
        <translation>Die Antwort des Managers wurde abgeschnitten (unvollständiges XML).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Whether the manager carried out %1 could not be checked (%2); look for correlation id %3 in its events before trying again.</source>
        <translation>Ob der Manager %1 ausgeführt hat, konnte nicht geprüft werden (%2); suchen Sie in seinen Ereignissen nach der Korrelations-ID %3, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer to %1 was lost (%2), but the manager received it (correlation id %3); it is not sent again.</source>
        <translation>Die Antwort auf %1 ging verloren (%2), aber der Manager hat die Anfrage erhalten (Korrelations-ID %3); sie wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The manager shows no trace of %1 (correlation id %2): it was not carried out. Tried %3 times.</source>
        <translation>Der Manager zeigt keine Spur von %1 (Korrelations-ID %2): Es wurde nicht ausgeführt. %3 Versuche.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 is not an oVirt API: %2. Check the address; a manager&apos;s API is usually https://HOST/ovirt-engine/api.</source>
        <translation>%1 ist keine oVirt-API: %2. Prüfen Sie die Adresse; die API eines Managers ist meist https://HOST/ovirt-engine/api.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This manager only speaks API version 3 (%1 %2). DiskDesk needs API version 4, which oVirt 4.0 and later provide.</source>
        <translation>Dieser Manager spricht nur API-Version 3 (%1 %2). DiskDesk benötigt API-Version 4, die oVirt 4.0 und höher bereitstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oVirt Engine</source>
        <translation>oVirt Engine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The manager knows no user profile “%1”; the user name is NAME@PROFILE, for example admin@internal.</source>
        <translation>Der Manager kennt kein Benutzerprofil „%1“; der Benutzername lautet NAME@PROFILE, zum Beispiel admin@internal.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The API at %1 answers, but its sign-on service at %2 does not.</source>
        <translation>Die API unter %1 antwortet, ihr Anmeldedienst unter %2 jedoch nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it answered with HTTP status %1 and %2</source>
        <translation>Antwort mit HTTP-Status %1 und %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no content type</source>
        <translation>ohne Inhaltstyp</translation>
    </message>
</context>
<context>
    <name>CommitSnapshotDialog</name>
    <message>
        <location filename="../dialogs/commitsnapshotdialog.cpp" line="+22"/>
        <source>Commit Snapshot</source>
        <translation>Snapshot übernehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore Snapshot</source>
        <translation>Snapshot wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What will be erased</source>
        <translation>Was gelöscht wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing else will be erased.</source>
        <translation>Sonst wird nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This will erase:</source>
        <translation>Dies löscht:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commit will invalidate previous incremental backups, full backup will be required.</source>
        <translation>Das Übernehmen macht frühere inkrementelle Sicherungen ungültig; eine vollständige Sicherung wird erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore &amp;Memory</source>
        <translation>&amp;Arbeitsspeicher wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore Memory</source>
        <translation>Arbeitsspeicher wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commit</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Are you sure you want to commit snapshot from %1 with description &apos;%2&apos;? Existing snapshots that were taken after this one will be erased.</source>
        <translation>Möchten Sie den Snapshot vom %1 mit der Beschreibung „%2“ wirklich übernehmen? Vorhandene Snapshots, die danach erstellt wurden, werden gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Are you sure you want to restore snapshot from %1 with description &apos;%2&apos;? The VM returns to that state; existing snapshots that were taken after this one will be erased.</source>
        <translation>Möchten Sie den Snapshot vom %1 mit der Beschreibung „%2“ wirklich wiederherstellen? Die VM kehrt in diesen Zustand zurück; vorhandene Snapshots, die danach erstellt wurden, werden gelöscht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Snapshot &apos;%1&apos; from %2</source>
        <translation>Snapshot „%1“ vom %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk %1 (excluded from the preview): deleted</source>
        <translation>Festplatte %1 (von der Vorschau ausgeschlossen): gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of the VM before the preview (Active VM before the preview)</source>
        <translation>Der Zustand der VM vor der Vorschau (Aktive VM vor der Vorschau)</translation>
    </message>
</context>
<context>
    <name>CompatLevelsWindow</name>
    <message>
        <location filename="../app/compatlevelswindow.cpp" line="+18"/>
        <source>qcow2 Compat Levels — DiskDesk</source>
        <translation>qcow2-Kompatibilitätsstufen — DiskDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compat levels</source>
        <translation>Kompatibilitätsstufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Centers and Clusters</source>
        <translation>Rechenzentren und Cluster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>CompatVersionModel</name>
    <message>
        <location filename="../models/compatversionmodel.cpp" line="+87"/>
        <source>Data center</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compatibility version</source>
        <translation>Kompatibilitätsversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage format</source>
        <translation>Speicherformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../dialogs/connectiondialog.cpp" line="+22"/>
        <source>Connect to oVirt Engine</source>
        <translation>Mit oVirt Engine verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engine address</source>
        <translation>Engine-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine.example.com</source>
        <translation>engine.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved profile</source>
        <translation>Gespeichertes Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rofiles…</source>
        <translation>P&amp;rofile…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>(address typed below)</source>
        <translation>(Adresse unten eingegeben)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Enter the engine&apos;s host name or API address.</source>
        <translation>Geben Sie den Hostnamen oder die API-Adresse der Engine ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine address must be a host name or an http(s) URL.</source>
        <translation>Die Engine-Adresse muss ein Hostname oder eine http(s)-URL sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a user name, for example %1.</source>
        <translation>Geben Sie einen Benutzernamen ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name needs a profile, for example %1.</source>
        <translation>Der Benutzername benötigt ein Profil, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connects to %1. Without https the password is sent unencrypted.</source>
        <translation>Verbindet mit %1. Ohne https wird das Passwort unverschlüsselt gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connects to %1.</source>
        <translation>Verbindet mit %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionFlow</name>
    <message>
        <location filename="../app/connectionflow.cpp" line="+41"/>
        <source>The manager&apos;s CA certificate was not trusted, so DiskDesk did not connect. Compare its fingerprint with the engine&apos;s, or choose its CA file in the profile.</source>
        <translation>Dem CA-Zertifikat des Managers wurde nicht vertraut, daher hat DiskDesk keine Verbindung hergestellt. Vergleichen Sie seinen Fingerabdruck mit dem der Engine, oder wählen Sie die CA-Datei im Profil aus.</translation>
    </message>
</context>
<context>
    <name>ConnectionStartup</name>
    <message>
        <location filename="../app/connectionstartup.cpp" line="+19"/>
        <source>There is no saved profile “%1”.</source>
        <translation>Es gibt kein gespeichertes Profil „%1“.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <location filename="../app/connectionstatuswidget.cpp" line="+22"/>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnect Now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>session renewed at %1</source>
        <translation>Sitzung um %1 erneuert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected (%1)</source>
        <translation>Verbunden (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Connection lost; retrying in %n s</source>
        <translation>
            <numerusform>Verbindung verloren; neuer Versuch in %n s</numerusform>
            <numerusform>Verbindung verloren; neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost; retrying…</source>
        <translation>Verbindung verloren; neuer Versuch…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed out: %1</source>
        <translation>Abgemeldet: %1</translation>
    </message>
</context>
<context>
    <name>CreateSnapshotDialog</name>
    <message>
        <location filename="../dialogs/createsnapshotdialog.cpp" line="+32"/>
        <source>Create Snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Disks to include</source>
        <translation>Einzuschließende Festplatten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save &amp;Memory</source>
        <translation>&amp;Arbeitsspeicher speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Memory</source>
        <translation>Arbeitsspeicher speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks to &amp;include:</source>
        <translation>&amp;Einzuschließende Festplatten:</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Enter a description: it is required.</source>
        <translation>Geben Sie eine Beschreibung ein: Sie ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description can be at most %1 characters long.</source>
        <translation>Die Beschreibung darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The description may contain only letters, numbers, spaces and punctuation.</source>
        <translation>Die Beschreibung darf nur Buchstaben, Ziffern, Leerzeichen und Satzzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving memory may cause data loss when excluding disks!</source>
        <translation>Das Speichern des Arbeitsspeichers kann beim Ausschließen von Festplatten zu Datenverlust führen!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM will be paused while saving the memory.</source>
        <translation>Die VM wird angehalten, während der Arbeitsspeicher gespeichert wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shared disk(s) will not be a part of the VM snapshot: %1.</source>
        <translation>Gemeinsam genutzte Festplatte(n) werden nicht Teil des VM-Snapshots: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direct LUN disk(s) will not be a part of the VM snapshot: %1.</source>
        <translation>Direkte-LUN-Festplatte(n) werden nicht Teil des VM-Snapshots: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no disks allowing a snapshot, only the configuration will be a part of the VM snapshot.</source>
        <translation>Es gibt keine Festplatten, die einen Snapshot zulassen; nur die Konfiguration wird Teil des VM-Snapshots.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No disk is selected: only the configuration will be a part of the VM snapshot.</source>
        <translation>Keine Festplatte ausgewählt: Nur die Konfiguration wird Teil des VM-Snapshots.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Creates a snapshot of %1: its configuration, %n disk(s) and its memory.</source>
        <translation>
            <numerusform>Erstellt einen Snapshot von %1: Konfiguration, %n Festplatte und Arbeitsspeicher.</numerusform>
            <numerusform>Erstellt einen Snapshot von %1: Konfiguration, %n Festplatten und Arbeitsspeicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Creates a snapshot of %1: its configuration and %n disk(s).</source>
        <translation>
            <numerusform>Erstellt einen Snapshot von %1: Konfiguration und %n Festplatte.</numerusform>
            <numerusform>Erstellt einen Snapshot von %1: Konfiguration und %n Festplatten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurlTransfer</name>
    <message>
        <location filename="../api/curltransfer.cpp" line="+54"/>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server answered HTTP status %1.</source>
        <translation>Der Image-Server antwortete mit HTTP-Status %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image server answered HTTP status %1: %2</source>
        <translation>Der Image-Server antwortete mit HTTP-Status %1: %2</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The file became shorter while it was sent.</source>
        <translation>Die Datei wurde während des Sendens kürzer.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>The image server sent %1 of %2 bytes.</source>
        <translation>Der Image-Server hat %1 von %2 Bytes gesendet.</translation>
    </message>
</context>
<context>
    <name>CustomPreviewDialog</name>
    <message>
        <location filename="../dialogs/custompreviewdialog.cpp" line="+31"/>
        <source>Custom Preview Snapshot</source>
        <translation>Benutzerdefinierte Snapshot-Vorschau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Double-click to select an entire row</source>
        <translation>Doppelklicken, um eine ganze Zeile auszuwählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshots by VM configuration, memory and disk</source>
        <translation>Snapshots nach VM-Konfiguration, Arbeitsspeicher und Festplatte</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Preview runs the VM on this state; commit keeps it, undo returns to the Active VM.</source>
        <translation>Die Vorschau führt die VM in diesem Zustand aus; Übernehmen behält ihn, Rückgängig machen kehrt zur aktiven VM zurück.</translation>
    </message>
</context>
<context>
    <name>CustomPreviewModel</name>
    <message>
        <location filename="../models/custompreviewmodel.cpp" line="+115"/>
        <source>Active VM (as it is now)</source>
        <translation>Aktive VM (wie sie jetzt ist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The VM has no snapshots to preview.</source>
        <translation>Die VM hat keine Snapshots für eine Vorschau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is chosen from the Active VM: choose the VM configuration or a disk from a snapshot.</source>
        <translation>Alles ist aus der aktiven VM gewählt: Wählen Sie die VM-Konfiguration oder eine Festplatte aus einem Snapshot.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Previewing memory may cause data loss when excluding disks!</source>
        <translation>Die Vorschau des Arbeitsspeichers kann beim Ausschließen von Festplatten zu Datenverlust führen!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded disks will be deleted when the snapshot is committed.</source>
        <translation>Ausgeschlossene Festplatten werden gelöscht, wenn der Snapshot übernommen wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VM configuration</source>
        <translation>VM-Konfiguration</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+165"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>not restored (the VM starts from its disks)</source>
        <translation>nicht wiederhergestellt (die VM startet von ihren Festplatten)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>excluded: deleted when the snapshot is committed</source>
        <translation>ausgeschlossen: wird beim Übernehmen des Snapshots gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not included (not attached to the VM now)</source>
        <translation>nicht eingeschlossen (derzeit nicht an die VM angehängt)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N/A</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disk in status Illegal</source>
        <translation>Festplatte im Status Ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This snapshot does not include the disk</source>
        <translation>Dieser Snapshot enthält die Festplatte nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This snapshot does not contain memory</source>
        <translation>Dieser Snapshot enthält keinen Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory can only be restored with the same snapshot&apos;s VM configuration</source>
        <translation>Arbeitsspeicher kann nur mit der VM-Konfiguration desselben Snapshots wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM Configuration</source>
        <translation>VM-Konfiguration</translation>
    </message>
</context>
<context>
    <name>DataCentersPage</name>
    <message>
        <location filename="../app/datacenterspage.cpp" line="+23"/>
        <source>Data centers and clusters</source>
        <translation>Rechenzentren und Cluster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrade…</source>
        <translation>Hochstufen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade the compatibility version of the selected data center or cluster</source>
        <translation>Die Kompatibilitätsversion des ausgewählten Rechenzentrums oder Clusters hochstufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A data center&apos;s compatibility version sets the storage format of its data domains; qcow2 compat 1.1 needs V4 or later. Upgrade the clusters first, then the data center.</source>
        <translation>Die Kompatibilitätsversion eines Rechenzentrums legt das Speicherformat seiner Datendomänen fest; qcow2 Compat 1.1 benötigt V4 oder höher. Stufen Sie zuerst die Cluster hoch, dann das Rechenzentrum.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Upgrading…</source>
        <translation>Wird hochgestuft…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cluster %1 is now at compatibility version %2.</source>
        <translation>Cluster %1 hat jetzt die Kompatibilitätsversion %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data center %1 is now at compatibility version %2.</source>
        <translation>Rechenzentrum %1 hat jetzt die Kompatibilitätsversion %2.</translation>
    </message>
</context>
<context>
    <name>DiskAttachRules</name>
    <message>
        <location filename="../models/diskattachrules.cpp" line="+10"/>
        <source>Cannot %1 Virtual Disk. %2</source>
        <translation>Aktion „%1“ für virtuelle Festplatte nicht möglich. %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>add</source>
        <comment>Cannot %1 Virtual Disk</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach</source>
        <comment>Cannot %1 Virtual Disk</comment>
        <translation>Anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit</source>
        <comment>Cannot %1 Virtual Disk</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hot plug</source>
        <comment>Cannot %1 Virtual Disk</comment>
        <translation>Hotplug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hot unplug</source>
        <comment>Cannot %1 Virtual Disk</comment>
        <translation>Hot-Unplug</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 disks can&apos;t be read-only.</source>
        <translation>%1-Festplatten können nicht schreibgeschützt sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCSI device pass-through is not supported for a read-only disk.</source>
        <translation>SCSI-Geräte-Passthrough wird für eine schreibgeschützte Festplatte nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The LUN %1 is write-protected by its storage server; it can only be attached read-only.</source>
        <translation>Die LUN %1 ist von ihrem Speicherserver schreibgeschützt; sie kann nur schreibgeschützt angehängt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disk&apos;s volume format is not supported for shareable disk.</source>
        <translation>Das Volume-Format der Festplatte wird für gemeinsam nutzbare Festplatten nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disk %1 in VM %2 is already marked as boot.</source>
        <translation>Festplatte %1 in VM %2 ist bereits als Boot-Festplatte markiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk is already attached to VM.</source>
        <translation>Die Festplatte ist bereits an die VM angehängt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is not shareable and is already attached to a VM.</source>
        <translation>Die Festplatte ist nicht gemeinsam nutzbar und bereits an eine VM angehängt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot %1 Virtual Disk: The following disks are locked: %2. Please try again in a few minutes.</source>
        <translation>Aktion „%1“ für virtuelle Festplatte nicht möglich: Die folgenden Festplatten sind gesperrt: %2. Bitte versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk is in an illegal state. Disks in an illegal state can only be deleted.</source>
        <translation>Die Festplatte ist in einem ungültigen Zustand. Festplatten in einem ungültigen Zustand können nur gelöscht werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot %1 %2 to %3. Hot plugging a disk to an IDE interface is not supported.</source>
        <translation>Aktion „%1“ für %2 an %3 nicht möglich. Hotplug einer Festplatte an einer IDE-Schnittstelle wird nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot %1 %2 to %3. Hot plugging a disk to a sPAPR VSCSI interface is not supported.</source>
        <translation>Aktion „%1“ für %2 an %3 nicht möglich. Hotplug einer Festplatte an einer sPAPR-VSCSI-Schnittstelle wird nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot %1 Virtual Disk: The disk interface is not supported by the VM OS: %2.</source>
        <translation>Aktion „%1“ für virtuelle Festplatte nicht möglich: Die Festplattenschnittstelle wird vom Betriebssystem der VM nicht unterstützt: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VM is previewing a Snapshot.</source>
        <translation>Die VM zeigt eine Snapshot-Vorschau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A disk configured with the &quot;Activate&quot; setting cannot be created as a floating disk.</source>
        <translation>Eine Festplatte mit der Einstellung „Aktivieren“ kann nicht als nicht angehängte Festplatte erstellt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk&apos;s provisioned size has to be greater than 0.</source>
        <translation>Die bereitgestellte Größe der Festplatte muss größer als 0 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk configuration (COW Preallocated backup-None) is incompatible with the storage domain type.</source>
        <translation>Die Festplattenkonfiguration (COW Preallocated backup-None) ist mit dem Typ der Speicherdomäne nicht kompatibel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage Domain hasn&apos;t been specified.</source>
        <translation>Es wurde keine Speicherdomäne angegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The provided lun is used by another disk.</source>
        <translation>Die angegebene LUN wird von einer anderen Festplatte verwendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>At least one of the VMs is not down.</source>
        <translation>Mindestens eine der VMs ist nicht heruntergefahren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk is already activated.</source>
        <translation>Die Festplatte ist bereits aktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk is already deactivated.</source>
        <translation>Die Festplatte ist bereits deaktiviert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When the VM is running, cannot activate a disk attached with IDE interface.</source>
        <translation>Wenn die VM läuft, kann eine mit IDE-Schnittstelle angehängte Festplatte nicht aktiviert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the VM is running, cannot activate a disk attached with %1 interface.</source>
        <translation>Wenn die VM läuft, kann eine mit %1-Schnittstelle angehängte Festplatte nicht aktiviert werden.</translation>
    </message>
</context>
<context>
    <name>DiskChainPlot</name>
    <message>
        <location filename="../app/diskchainplot.cpp" line="+21"/>
        <source>Volume sizes along the snapshot chain</source>
        <translation>Volume-Größen entlang der Snapshot-Kette</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume (oldest snapshot first)</source>
        <translation>Volume (ältester Snapshot zuerst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size (logarithmic)</source>
        <translation>Größe (logarithmisch)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Provisioned size (what the VM sees)</source>
        <translation>Bereitgestellte Größe (was die VM sieht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual size (space taken on the storage)</source>
        <translation>Tatsächliche Größe (belegter Platz im Speicher)</translation>
    </message>
</context>
<context>
    <name>DiskDetailsPane</name>
    <message>
        <location filename="../app/diskdetailspane.cpp" line="+36"/>
        <source>Select a disk to see its storage domain, the virtual machines using it and its volume chain.</source>
        <translation>Wählen Sie eine Festplatte aus, um ihre Speicherdomäne, die sie verwendenden virtuellen Maschinen und ihre Volume-Kette zu sehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Objects related to the disk</source>
        <translation>Objekte, die mit der Festplatte zusammenhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related</source>
        <translation>Zugehörig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual Size</source>
        <translation>Tatsächliche Größe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Storage domain</source>
        <translation>Speicherdomäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached to</source>
        <translation>Angehängt an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume chain (oldest first)</source>
        <translation>Volume-Kette (älteste zuerst)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disk details</source>
        <translation>Festplattendetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain Sizes</source>
        <translation>Kettengrößen</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual size</source>
        <translation>Virtuelle Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translation>Tatsächliche Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>qcow2 compat</source>
        <translation>qcow2 Compat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direct LUN</source>
        <translation>Direkte LUN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shareable</source>
        <translation>Gemeinsam nutzbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe after delete</source>
        <translation>Nach dem Löschen bereinigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click to show the storage domain</source>
        <translation>Doppelklicken, um die Speicherdomäne anzuzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: a direct LUN lives on no storage domain.</source>
        <translation>Keine: Eine direkte LUN liegt auf keiner Speicherdomäne.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the attachments: %1</source>
        <translation>Die Anhänge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown without the attachments.</source>
        <translation>Ohne die Anhänge unbekannt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click to show the virtual machine</source>
        <translation>Doppelklicken, um die virtuelle Maschine anzuzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No virtual machine uses this disk.</source>
        <translation>Keine virtuelle Maschine verwendet diese Festplatte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+42"/>
        <location line="+2"/>
        <source>Active volume</source>
        <translation>Aktives Volume</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Could not read the snapshots: %1</source>
        <translation>Die Snapshots konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>DiskInventoryModel</name>
    <message>
        <location filename="../models/diskinventorymodel.cpp" line="+86"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (active volume only)</source>
        <translation> (nur aktives Volume)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes: 1 volume to 1.1</source>
        <translation>Ja: 1 Volume auf 1.1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Yes: %n volumes to 1.1</source>
        <translation>
            <numerusform>Ja: %n Volume auf 1.1</numerusform>
            <numerusform>Ja: %n Volumes auf 1.1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active volume</source>
        <translation>Aktives Volume</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage domain</source>
        <translation>Speicherdomäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compat</source>
        <translation>Compat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes (oldest first)</source>
        <translation>Volumes (älteste zuerst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend to 1.1</source>
        <translation>Auf 1.1 anpassen</translation>
    </message>
</context>
<context>
    <name>DiskListModel</name>
    <message>
        <location filename="../models/disklistmodel.cpp" line="+44"/>
        <source>Direct LUN</source>
        <translation>Direkte LUN</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The size the virtual machine sees</source>
        <translation>Die Größe, die die virtuelle Maschine sieht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space the disk takes on its storage, snapshots included</source>
        <translation>Platz, den die Festplatte in ihrem Speicher belegt, Snapshots eingeschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual Size</source>
        <translation>Virtuelle Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Size</source>
        <translation>Tatsächliche Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QCOW2 Compat</source>
        <translation>QCOW2 Compat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage Domain</source>
        <translation>Speicherdomäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>DiskUsage</name>
    <message>
        <location filename="../models/diskusage.cpp" line="+18"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DiskUsageDialog</name>
    <message>
        <location filename="../dialogs/diskusagedialog.cpp" line="+31"/>
        <source>Used by — %1</source>
        <translation>Verwendet von — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Virtual machines using the disk</source>
        <translation>Virtuelle Maschinen, die die Festplatte verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual Machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plugged</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Could not read who uses %1: %2</source>
        <translation>Es konnte nicht gelesen werden, wer %1 verwendet: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not attached to any virtual machine.</source>
        <translation>%1 ist an keine virtuelle Maschine angehängt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 is attached to %n virtual machine(s): read-only on %2, read-write on %3.</source>
        <translation>
            <numerusform>%1 ist an %n virtuelle Maschine angehängt: schreibgeschützt an %2, mit Lesen und Schreiben an %3.</numerusform>
            <numerusform>%1 ist an %n virtuelle Maschinen angehängt: schreibgeschützt an %2, mit Lesen und Schreiben an %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisksPage</name>
    <message>
        <location filename="../app/diskspage.cpp" line="+36"/>
        <source>Filter disks</source>
        <translation>Festplatten filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by disk, VM or storage domain</source>
        <translation>Nach Festplatte, VM oder Speicherdomäne filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage domain</source>
        <translation>Speicherdomäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All storage domains</source>
        <translation>Alle Speicherdomänen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendable only</source>
        <translation>Nur anpassbare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only disks that can be amended to compat 1.1</source>
        <translation>Nur Festplatten anzeigen, die auf Compat 1.1 angepasst werden können</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amend…</source>
        <translation>Anpassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend the selected disks</source>
        <translation>Die ausgewählten Festplatten anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend VM&apos;s Disks…</source>
        <translation>Festplatten der VM anpassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend all disks of the current disk&apos;s VM</source>
        <translation>Alle Festplatten der VM der aktuellen Festplatte anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend Domain&apos;s Disks…</source>
        <translation>Festplatten der Domäne anpassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend all amendable disks of the storage domain</source>
        <translation>Alle anpassbaren Festplatten der Speicherdomäne anpassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+152"/>
        <source>Volumes of the selected disk</source>
        <translation>Volumes der ausgewählten Festplatte</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Volumes of the selected disk, per snapshot</source>
        <translation>Volumes der ausgewählten Festplatte, je Snapshot</translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>%1 of %n disks shown, %2 amendable</source>
        <translation>
            <numerusform>%1 von %n Festplatte angezeigt, %2 anpassbar</numerusform>
            <numerusform>%1 von %n Festplatten angezeigt, %2 anpassbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>the %n selected disks</source>
        <translation>
            <numerusform>die %n ausgewählte Festplatte</numerusform>
            <numerusform>die %n ausgewählten Festplatten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Volumes of %1, oldest first (each snapshot froze one)</source>
        <translation>Volumes von %1, älteste zuerst (jeder Snapshot hat eines eingefroren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes of %1: only the active volume is known (no VM, so no snapshot list)</source>
        <translation>Volumes von %1: Nur das aktive Volume ist bekannt (keine VM, daher keine Snapshot-Liste)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the disks of %1</source>
        <translation>den Festplatten von %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the disks of storage domain %1</source>
        <translation>den Festplatten der Speicherdomäne %1</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../models/displaytext.cpp" line="+8"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Heruntergefahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powering Up</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrating</source>
        <translation>Wird migriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Responding</source>
        <translation>Reagiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for Launch</source>
        <translation>Wartet auf Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reboot In Progress</source>
        <translation>Neustart läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving State</source>
        <translation>Zustand wird gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring State</source>
        <translation>Zustand wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image Locked</source>
        <translation>Image gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powering Down</source>
        <translation>Wird heruntergefahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+13"/>
        <location line="+16"/>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+17"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+50"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <location line="+38"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Illegal</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QCOW2</source>
        <translation>QCOW2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAW</source>
        <translation>RAW</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>IDE</source>
        <translation>IDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VirtIO-SCSI</source>
        <translation>VirtIO-SCSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VirtIO</source>
        <translation>VirtIO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sPAPR VSCSI</source>
        <translation>sPAPR VSCSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SATA</source>
        <translation>SATA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thin</source>
        <translation>Thin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preallocated</source>
        <translation>Vorab zugewiesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In Preview</source>
        <translation>In Vorschau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Regular</source>
        <translation>Regulär</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Stateless</source>
        <translation>Zustandslos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Managed Block Storage</source>
        <translation>Managed Block Storage</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unattached</source>
        <translation>Nicht angehängt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activating</source>
        <translation>Wird aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detaching</source>
        <translation>Wird getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing For Maintenance</source>
        <translation>Wartung wird vorbereitet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NFS</source>
        <translation>NFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iSCSI</source>
        <translation>iSCSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fibre Channel</source>
        <translation>Fibre Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local on Host</source>
        <translation>Lokal auf Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POSIX compliant FS</source>
        <translation>POSIX-konformes FS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GlusterFS</source>
        <translation>GlusterFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glance</source>
        <translation>Glance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cinder</source>
        <translation>Cinder</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../models/eventlistmodel.cpp" line="+72"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <location filename="../app/eventspane.cpp" line="+31"/>
        <source>Lowest severity shown</source>
        <translation>Niedrigster angezeigter Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors and alerts</source>
        <translation>Fehler und Alarme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter events by message</source>
        <translation>Ereignisse nach Meldung filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter messages</source>
        <translation>Meldungen filtern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Could not read the events: %1
DiskDesk tries again every %n seconds.</source>
        <translation>
            <numerusform>Die Ereignisse konnten nicht gelesen werden: %1
DiskDesk versucht es im Abstand von %n Sekunde erneut.</numerusform>
            <numerusform>Die Ereignisse konnten nicht gelesen werden: %1
DiskDesk versucht es im Abstand von %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the events…</source>
        <translation>Ereignisse werden gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No event matches the filter. Choose “All events” or clear the filter.</source>
        <translation>Kein Ereignis entspricht dem Filter. Wählen Sie „Alle Ereignisse“ oder leeren Sie den Filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manager has no events yet. New ones appear here as they happen.</source>
        <translation>Der Manager hat noch keine Ereignisse. Neue erscheinen hier, sobald sie auftreten.</translation>
    </message>
</context>
<context>
    <name>ImageTransferJob</name>
    <message>
        <location filename="../api/imagetransferjob.cpp" line="+32"/>
        <source>Upload of %1 as %2</source>
        <translation>Hochladen von %1 als %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download of disk %1 to %2</source>
        <translation>Herunterladen der Festplatte %1 nach %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected to a manager.</source>
        <translation>Nicht mit einem Manager verbunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating disk %1</source>
        <translation>Festplatte %1 wird erstellt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The manager did not create the disk: %1</source>
        <translation>Der Manager hat die Festplatte nicht erstellt: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+50"/>
        <location line="+64"/>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Disk %1 is illegal.</source>
        <translation>Festplatte %1 ist ungültig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The disk stayed locked too long.</source>
        <translation>Die Festplatte blieb zu lange gesperrt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starting the image transfer</source>
        <translation>Image-Übertragung wird gestartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manager did not start the transfer: %1</source>
        <translation>Der Manager hat die Übertragung nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The manager could not prepare the transfer (phase %1).</source>
        <translation>Der Manager konnte die Übertragung nicht vorbereiten (Phase %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manager did not prepare the transfer in time.</source>
        <translation>Der Manager hat die Übertragung nicht rechtzeitig vorbereitet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the manager to prepare the transfer</source>
        <translation>Warten, bis der Manager die Übertragung vorbereitet hat</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending data</source>
        <translation>Daten werden gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receiving data</source>
        <translation>Daten werden empfangen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Finalizing: the manager checks the image</source>
        <translation>Abschluss: Der Manager prüft das Image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manager did not finalize the transfer: %1</source>
        <translation>Der Manager hat die Übertragung nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The manager removed the disk after the transfer.</source>
        <translation>Der Manager hat die Festplatte nach der Übertragung entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 The partial disk was removed.</source>
        <translation>%1 Die unvollständige Festplatte wurde entfernt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The manager did not accept the image: disk %1 is illegal.</source>
        <translation>Der Manager hat das Image nicht akzeptiert: Festplatte %1 ist ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploaded %1 as disk %2.</source>
        <translation>%1 als Festplatte %2 hochgeladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded disk %1 to %2.</source>
        <translation>Festplatte %1 nach %2 heruntergeladen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk stayed locked after the transfer.</source>
        <translation>Die Festplatte blieb nach der Übertragung gesperrt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling the transfer at the manager</source>
        <translation>Übertragung wird beim Manager abgebrochen</translation>
    </message>
</context>
<context>
    <name>ImageTransferWorker</name>
    <message>
        <location filename="../api/imagetransferworker.cpp" line="+142"/>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+45"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The image server&apos;s extents could not be read.</source>
        <translation>Die Extents des Image-Servers konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image server cannot tell the image&apos;s size (no extents), and it is not known otherwise.</source>
        <translation>Der Image-Server kann die Größe des Images nicht angeben (keine Extents), und sie ist auch anderweitig nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>InventoryTreeModel</name>
    <message>
        <location filename="../models/inventorytreemodel.cpp" line="+28"/>
        <location line="+27"/>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data Centers</source>
        <translation>Rechenzentren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data center, compatibility version %1</source>
        <translation>Rechenzentrum, Kompatibilitätsversion %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other clusters</source>
        <translation>Andere Cluster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster, compatibility version %1</source>
        <translation>Cluster, Kompatibilitätsversion %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Virtual machines of no known cluster</source>
        <translation>Virtuelle Maschinen ohne bekannten Cluster</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storage Domains</source>
        <translation>Speicherdomänen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Disks on no storage domain</source>
        <translation>Festplatten auf keiner Speicherdomäne</translation>
    </message>
</context>
<context>
    <name>LocalImageInfo</name>
    <message>
        <location filename="../api/localimageinfo.cpp" line="+25"/>
        <source>qemu-img could not be run: %1</source>
        <translation>qemu-img konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a disk image qemu-img can read: %2</source>
        <translation>%1 ist kein Festplatten-Image, das qemu-img lesen kann: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>qemu-img did not report the format and size of %1.</source>
        <translation>qemu-img hat Format und Größe von %1 nicht gemeldet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+140"/>
        <source>DiskDesk</source>
        <translation>DiskDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Virtual Machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+380"/>
        <location line="+22"/>
        <location line="+453"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location line="-854"/>
        <source>Storage Domains</source>
        <translation>Speicherdomänen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1510"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-1505"/>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not load the virtual machines</source>
        <translation>Die virtuellen Maschinen konnten nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Loading… %n virtual machines</source>
        <translation>
            <numerusform>Wird geladen… %n virtuelle Maschine</numerusform>
            <numerusform>Wird geladen… %n virtuelle Maschinen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Copy &amp;Name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Table to CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;olumns…</source>
        <translation>Spa&amp;lten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Auto-Refresh Every 30 Seconds</source>
        <translation>Auto&amp;matisch alle 30 Sekunden aktualisieren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Show &amp;Storage Domain</source>
        <translation>&amp;Speicherdomäne anzeigen</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+15"/>
        <source>Copied the ID %1.</source>
        <translation>ID %1 kopiert.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Copied “%1”.</source>
        <translation>„%1“ kopiert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No disks are attached to this virtual machine.</source>
        <translation>An diese virtuelle Maschine sind keine Festplatten angehängt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Virtual machine details</source>
        <translation>Details der virtuellen Maschine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+1385"/>
        <source>Select a virtual machine to see its disks and snapshots.</source>
        <translation>Wählen Sie eine virtuelle Maschine aus, um ihre Festplatten und Snapshots zu sehen.</translation>
    </message>
    <message>
        <location line="-1325"/>
        <source>Snapshot actions</source>
        <translation>Snapshot-Aktionen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Create…</source>
        <translation>&amp;Erstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ustom Preview…</source>
        <translation>&amp;Benutzerdefinierte Vorschau…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mmit…</source>
        <translation>Über&amp;nehmen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Select a virtual machine.</source>
        <translation>Wählen Sie eine virtuelle Maschine aus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+812"/>
        <source>%1: started.</source>
        <translation>%1: gestartet.</translation>
    </message>
    <message>
        <location line="-786"/>
        <location line="+81"/>
        <source>The disks of this snapshot are still loading.</source>
        <translation>Die Festplatten dieses Snapshots werden noch geladen.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Preview snapshot “%1” of %2</source>
        <translation>Vorschau von Snapshot „%1“ von %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Custom preview of %1</source>
        <translation>Benutzerdefinierte Vorschau von %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Commit snapshot “%1” of %2</source>
        <translation>Snapshot „%1“ von %2 übernehmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo the snapshot preview of %1</source>
        <translation>Snapshot-Vorschau von %1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restore snapshot “%1” of %2</source>
        <translation>Snapshot „%1“ von %2 wiederherstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete a snapshot from %1 with description &apos;%2&apos;?</source>
        <translation>Möchten Sie den Snapshot vom %1 mit der Beschreibung „%2“ wirklich löschen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete snapshot “%1” of %2</source>
        <translation>Snapshot „%1“ von %2 löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Storage domains</source>
        <translation>Speicherdomänen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Disks of the storage domain</source>
        <translation>Festplatten der Speicherdomäne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a disk to show it in the Disks tab.</source>
        <translation>Doppelklicken Sie auf eine Festplatte, um sie im Tab „Festplatten“ anzuzeigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Storage domain details</source>
        <translation>Details der Speicherdomäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All disks</source>
        <translation>Alle Festplatten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Inventory tree</source>
        <translation>Inventarbaum</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the previous selection (Alt+Left)</source>
        <translation>Zurück zur vorherigen Auswahl (Alt+Left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward to the next selection (Alt+Right)</source>
        <translation>Vorwärts zur nächsten Auswahl (Alt+Right)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Navigation and Search</source>
        <translation>Navigation und Suche</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+20"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Typing filters the rows already loaded. Enter searches the manager with its search language, e.g. name=web* and status=up. Esc clears the search (Ctrl+F comes here).</source>
        <translation>Die Eingabe filtert die bereits geladenen Zeilen. Enter durchsucht den Manager mit seiner Suchsprache, z. B. name=web* and status=up. Esc leert die Suche (Ctrl+F springt hierher).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Clear Search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved Searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vms:</source>
        <translation>Vms:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disks:</source>
        <translation>Disks:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage:</source>
        <translation>Storage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name=web* and status=up</source>
        <translation>name=web* and status=up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alias=data* and status=ok</source>
        <translation>alias=data* and status=ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter storage domains by name</source>
        <translation>Speicherdomänen nach Name filtern</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Save Current Search…</source>
        <translation>Aktuelle Suche &amp;speichern…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type a virtual machine search first, e.g. name=web* and status=up.</source>
        <translation>Geben Sie zuerst eine Suche nach virtuellen Maschinen ein, z. B. name=web* and status=up.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the search:</source>
        <translation>Name der Suche:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>That virtual machine is not in the list (any more). Press F5 to read it again.</source>
        <translation>Diese virtuelle Maschine ist nicht (mehr) in der Liste. Drücken Sie F5, um sie neu einzulesen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That disk is not in the list (any more). Press F5 to read it again.</source>
        <translation>Diese Festplatte ist nicht (mehr) in der Liste. Drücken Sie F5, um sie neu einzulesen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>data center %1</source>
        <translation>Rechenzentrum %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Virtual machines of %1. &lt;a href=&quot;all&quot;&gt;Show all&lt;/a&gt;</source>
        <translation>Virtuelle Maschinen von %1. &lt;a href=&quot;all&quot;&gt;Alle anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Disks and qcow2 Compat Levels…</source>
        <translation>&amp;Festplatten und qcow2-Kompatibilitätsstufen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;Centers and Clusters…</source>
        <translation>&amp;Rechenzentren und Cluster…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not read the engine&apos;s version</source>
        <translation>Die Version der Engine konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not load the storage domains</source>
        <translation>Die Speicherdomänen konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+52"/>
        <source>Could not load the disks</source>
        <translation>Die Festplatten konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Could not load the data centers</source>
        <translation>Die Rechenzentren konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not load the clusters</source>
        <translation>Die Cluster konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not load the snapshots</source>
        <translation>Die Snapshots konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not load the disks of a snapshot</source>
        <translation>Die Festplatten eines Snapshots konnten nicht geladen werden</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read everything from the manager again (F5)</source>
        <translation>Alles erneut vom Manager lesen (F5)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not refresh from the manager: %1
The lists show what was last loaded. Press F5 to try again.</source>
        <translation>Aktualisieren vom Manager nicht möglich: %1
Die Listen zeigen den zuletzt geladenen Stand. Mit F5 erneut versuchen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not load the disks: %1
Press F5 to try again.</source>
        <translation>Die Festplatten konnten nicht geladen werden: %1
Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the disks…</source>
        <translation>Festplatten werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No disk matches “%1”. Change the search, or press Esc in the search field to see all disks.</source>
        <translation>Keine Festplatte entspricht „%1“. Ändern Sie die Suche, oder drücken Sie Esc im Suchfeld, um alle Festplatten zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no disks on this manager yet. Add one to a virtual machine (Virtual Machines tab, Disks, New…).</source>
        <translation>Auf diesem Manager gibt es noch keine Festplatten. Fügen Sie einer virtuellen Maschine eine hinzu (Tab „Virtuelle Maschinen“, Festplatten, Neu…).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the storage domains: %1
Press F5 to try again.</source>
        <translation>Die Speicherdomänen konnten nicht geladen werden: %1
Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the storage domains…</source>
        <translation>Speicherdomänen werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No storage domain name contains “%1”. Press Esc in the search field to see all.</source>
        <translation>Kein Speicherdomänenname enthält „%1“. Drücken Sie Esc im Suchfeld, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This manager has no storage domains yet. Add one in the administration portal (Storage, Domains, New Domain).</source>
        <translation>Dieser Manager hat noch keine Speicherdomänen. Fügen Sie eine im Administrationsportal hinzu (Speicher, Domänen, Neue Domäne).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not load the virtual machines: %1
Press F5 to try again.</source>
        <translation>Die virtuellen Maschinen konnten nicht geladen werden: %1
Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the virtual machines…</source>
        <translation>Virtuelle Maschinen werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No virtual machine matches “%1”. Change the search, or press Esc in the search field to see all virtual machines.</source>
        <translation>Keine virtuelle Maschine entspricht „%1“. Ändern Sie die Suche, oder drücken Sie Esc im Suchfeld, um alle virtuellen Maschinen zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no virtual machines here. Click “Show all” above the list.</source>
        <translation>Hier gibt es keine virtuellen Maschinen. Klicken Sie über der Liste auf „Alle anzeigen“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no virtual machines on this manager yet. Create them in the administration portal; they appear here on the next refresh (F5).</source>
        <translation>Auf diesem Manager gibt es noch keine virtuellen Maschinen. Erstellen Sie sie im Administrationsportal; sie erscheinen hier bei der nächsten Aktualisierung (F5).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NetworkError</name>
    <message>
        <location filename="../api/networkerrortext.cpp" line="+21"/>
        <source>Cannot reach the manager at %1: the connection was refused. Is the engine running, and is the address and port right?</source>
        <translation>Der Manager unter %1 ist nicht erreichbar: Die Verbindung wurde abgelehnt. Läuft die Engine, und stimmen Adresse und Port?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the manager: the host name %1 is unknown.</source>
        <translation>Der Manager ist nicht erreichbar: Der Hostname %1 ist unbekannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot reach the manager at %1: no answer in time.</source>
        <translation>Der Manager unter %1 ist nicht erreichbar: keine Antwort innerhalb der Zeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manager at %1 closed the connection before answering.</source>
        <translation>Der Manager unter %1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the manager at %1: the network is not available.</source>
        <translation>Der Manager unter %1 ist nicht erreichbar: Das Netzwerk ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot reach the manager at %1 through the proxy.</source>
        <translation>Der Manager unter %1 ist über den Proxy nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the manager at %1.</source>
        <translation>Der Manager unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>NewDiskDialog</name>
    <message>
        <location filename="../dialogs/newdiskdialog.cpp" line="+79"/>
        <source>New Virtual Disk</source>
        <translation>Neue virtuelle Festplatte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image disk</source>
        <translation>Image-Festplatte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Direct LUN</source>
        <translation>Direkte &amp;LUN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direct LUN disk</source>
        <translation>Direkte-LUN-Festplatte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bootable</source>
        <translation>&amp;Bootfähig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bootable</source>
        <translation>Bootfähig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Shareable</source>
        <translation>&amp;Gemeinsam nutzbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shareable</source>
        <translation>Gemeinsam nutzbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ctivate Disk</source>
        <translation>Festplatte a&amp;ktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activate Disk</source>
        <translation>Festplatte aktivieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nterface:</source>
        <translation>Sch&amp;nittstelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read-only:</source>
        <translation>&amp;Schreibgeschützt:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Size (GiB)</source>
        <translation>Größe (GiB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storage Domain</source>
        <translation>Speicherdomäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 frei)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allocation Policy</source>
        <translation>Zuweisungsrichtlinie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Si&amp;ze (GiB):</source>
        <translation>G&amp;röße (GiB):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;torage Domain:</source>
        <translation>Speicher&amp;domäne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;llocation Policy:</source>
        <translation>Zu&amp;weisungsrichtlinie:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover Targets</source>
        <translation>Ziele ermitteln</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>User Authentication</source>
        <translation>Benutzerauthentifizierung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CHAP username</source>
        <translation>CHAP-Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CHAP password</source>
        <translation>CHAP-Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CHAP &amp;username:</source>
        <translation>CHAP-Ben&amp;utzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHAP pass&amp;word:</source>
        <translation>CHAP-Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disco&amp;ver</source>
        <translation>Ermi&amp;tteln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discover</source>
        <translation>Ermitteln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add&amp;ress:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target Name</source>
        <translation>Zielname</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+301"/>
        <source>Login</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Login &amp;All</source>
        <translation>Alle an&amp;melden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login All</source>
        <translation>Alle anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LUNs</source>
        <translation>LUNs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LUN ID</source>
        <translation>LUN-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dev. Size</source>
        <translation>Gerätegröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor ID</source>
        <translation>Hersteller-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#path</source>
        <translation>#Pfade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show LUNs &amp;used by virtual machines (to attach that disk here too)</source>
        <translation>Von virtuellen Maschinen &amp;verwendete LUNs anzeigen (um diese Festplatte auch hier anzuhängen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show LUNs used by virtual machines</source>
        <translation>Von virtuellen Maschinen verwendete LUNs anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Discovering targets…</source>
        <translation>Ziele werden ermittelt…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No new devices were found. This may be due to either: incorrect multipath configuration on the Host or wrong address of the iscsi target or a failure to authenticate on the target device. Please consult your Storage Administrator.</source>
        <translation>Es wurden keine neuen Geräte gefunden. Mögliche Ursachen: eine falsche Multipath-Konfiguration auf dem Host, eine falsche Adresse des iSCSI-Ziels oder eine fehlgeschlagene Authentifizierung am Zielgerät. Wenden Sie sich an Ihren Speicheradministrator.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n target(s) found. Log in to see their LUNs.</source>
        <translation>
            <numerusform>%n Ziel gefunden. Melden Sie sich an, um seine LUNs zu sehen.</numerusform>
            <numerusform>%n Ziele gefunden. Melden Sie sich an, um ihre LUNs zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Logging in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Login to %1 failed: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading... A large number of LUNs may slow down the operation</source>
        <translation>Wird geladen… Eine große Anzahl von LUNs kann den Vorgang verlangsamen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not retrieve LUNs, please check your storage. (%1)</source>
        <translation>LUNs konnten nicht abgerufen werden. Bitte überprüfen Sie Ihren Speicher. (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The host sees %n LUN(s).</source>
        <translation>
            <numerusform>Der Host sieht %n LUN.</numerusform>
            <numerusform>Der Host sieht %n LUNs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Write-protected</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disk %1 (not attached)</source>
        <translation>Festplatte %1 (nicht angehängt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk %1: %2</source>
        <translation>Festplatte %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LUN is not usable</source>
        <translation>LUN ist nicht verwendbar</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Enter an alias for the new disk.</source>
        <translation>Geben Sie einen Alias für die neue Festplatte ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The alias can contain only letters, numbers, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; characters.</source>
        <translation>Der Alias darf nur Buchstaben, Ziffern und die Zeichen „.“, „_“ oder „-“ enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot add Virtual Disk. Low disk space on Storage Domain %1.</source>
        <translation>Virtuelle Festplatte kann nicht hinzugefügt werden. Zu wenig Speicherplatz auf Speicherdomäne %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>Choose a host that is Up: it discovers the targets and sees the LUNs.</source>
        <translation>Wählen Sie einen Host im Status „Läuft“: Er ermittelt die Ziele und sieht die LUNs.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>No LUNs selected. Please select LUNs.</source>
        <translation>Keine LUNs ausgewählt. Bitte wählen Sie LUNs aus.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter the address of the iSCSI target (a host name or an IP address).</source>
        <translation>Geben Sie die Adresse des iSCSI-Ziels ein (einen Hostnamen oder eine IP-Adresse).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a host name or an IP address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the target&apos;s port, 1–65535 (iSCSI uses 3260).</source>
        <translation>Geben Sie den Port des Ziels ein, 1–65535 (iSCSI verwendet 3260).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the CHAP user name and password, or turn User Authentication off.</source>
        <translation>Geben Sie den CHAP-Benutzernamen und das Passwort ein oder schalten Sie die Benutzerauthentifizierung aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Automatic: the LUN is write-protected, so the disk will be attached read-only.</source>
        <translation>Automatisch: Die LUN ist schreibgeschützt, daher wird die Festplatte schreibgeschützt angehängt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic: read-write; read-only instead if the storage turns out write-protected.</source>
        <translation>Automatisch: Lesen und Schreiben; stattdessen schreibgeschützt, falls sich der Speicher als schreibgeschützt erweist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attaches the existing disk %1 to %2%3.</source>
        <translation>Hängt die vorhandene Festplatte %1 an %2 an%3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and hot plugs it</source>
        <translation> und führt ein Hotplug aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates %1 and attaches it to %2%3.</source>
        <translation>Erstellt %1 und hängt sie an %2 an%3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (hot plugged: the VM runs)</source>
        <translation> (per Hotplug: die VM läuft)</translation>
    </message>
</context>
<context>
    <name>OperationTracker</name>
    <message>
        <location filename="../api/attachoperations.cpp" line="+24"/>
        <location filename="../api/diskamend.cpp" line="+41"/>
        <location filename="../api/operationtracker.cpp" line="+34"/>
        <source>Waiting for the manager to answer (%1)</source>
        <translation>Warten auf Antwort des Managers (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../api/operationtracker.cpp" line="+22"/>
        <source>Disk %1 is illegal.</source>
        <translation>Festplatte %1 ist ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+128"/>
        <location filename="../api/operationtracker.cpp" line="+6"/>
        <source>Disk %1 is locked</source>
        <translation>Festplatte %1 ist gesperrt</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>The storage is write-protected, so the disk was attached read-only instead (automatic mode); the manager refused read-write: %1</source>
        <translation>Der Speicher ist schreibgeschützt, daher wurde die Festplatte stattdessen schreibgeschützt angehängt (automatischer Modus); der Manager hat Lesen und Schreiben abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The storage is write-protected, so the disk was attached read-only (automatic mode).</source>
        <translation>Der Speicher ist schreibgeschützt, daher wurde die Festplatte schreibgeschützt angehängt (automatischer Modus).</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+40"/>
        <location filename="../api/operationtracker.cpp" line="+44"/>
        <source>Waiting for the manager&apos;s answer</source>
        <translation>Warten auf die Antwort des Managers</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>The disk is not attached yet</source>
        <translation>Die Festplatte ist noch nicht angehängt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is being plugged</source>
        <translation>Die Festplatte wird aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The disk is being unplugged</source>
        <translation>Die Festplatte wird deaktiviert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The disk is still attached</source>
        <translation>Die Festplatte ist noch angehängt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The new disk no longer exists: its creation failed.</source>
        <translation>Die neue Festplatte existiert nicht mehr: Ihre Erstellung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The disk still exists</source>
        <translation>Die Festplatte existiert noch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach disk</source>
        <translation>Festplatte anhängen</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <source>Add disk</source>
        <translation>Festplatte hinzufügen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit disk</source>
        <translation>Festplatte bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Detach disk</source>
        <translation>Festplatte trennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Remove disk</source>
        <translation>Festplatte entfernen</translation>
    </message>
    <message>
        <location filename="../api/diskamend.cpp" line="-5"/>
        <source>The disk no longer exists.</source>
        <translation>Die Festplatte existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amending the volumes of %1</source>
        <translation>Die Volumes von %1 werden angepasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk %1 is illegal.</source>
        <translation>Die Festplatte %1 ist ungültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the manager to accept the amend</source>
        <translation>Warten, bis der Manager die Anpassung annimmt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The manager left %1 at compat %2.</source>
        <translation>Der Manager hat %1 auf Compat %2 belassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is at compat %2</source>
        <translation>%1 ist auf Compat %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Amend %1 to qcow2 compat %2</source>
        <translation>%1 auf qcow2 Compat %2 anpassen</translation>
    </message>
    <message>
        <location filename="../api/operationtracker.cpp" line="-57"/>
        <location line="+63"/>
        <location line="+25"/>
        <location line="+21"/>
        <source>The virtual machine no longer exists.</source>
        <translation>Die virtuelle Maschine existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Snapshot “%1” is %2</source>
        <translation>Snapshot „%1“ ist %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The new snapshot no longer exists: its creation failed.</source>
        <translation>Der neue Snapshot existiert nicht mehr: Seine Erstellung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The virtual machine&apos;s images are locked</source>
        <translation>Die Images der virtuellen Maschine sind gesperrt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No end of “%1” was seen within %2 minutes. Look for correlation id %3 in the manager&apos;s events.</source>
        <translation>Innerhalb von %2 Minuten wurde kein Ende von „%1“ festgestellt. Suchen Sie in den Ereignissen des Managers nach der Korrelations-ID %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The manager&apos;s answer was lost (%1); following the operation by its correlation id</source>
        <translation>Die Antwort des Managers ging verloren (%1); der Vorgang wird über seine Korrelations-ID verfolgt</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The manager&apos;s job “%1” failed.</source>
        <translation>Der Job „%1“ des Managers ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Create snapshot “%1”</source>
        <translation>Snapshot „%1“ erstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Custom preview of a snapshot</source>
        <translation>Benutzerdefinierte Vorschau eines Snapshots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview snapshot</source>
        <translation>Snapshot-Vorschau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Commit snapshot preview</source>
        <translation>Snapshot-Vorschau übernehmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo snapshot preview</source>
        <translation>Snapshot-Vorschau rückgängig machen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore snapshot</source>
        <translation>Snapshot wiederherstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <location filename="../models/passwordstore.cpp" line="+86"/>
        <source>No keychain service is available (%1), so DiskDesk cannot remember passwords and asks for them each time.</source>
        <translation>Kein Schlüsselbunddienst verfügbar (%1), daher kann DiskDesk keine Passwörter speichern und fragt jedes Mal danach.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../dialogs/preferencesdialog.cpp" line="+16"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The language applies when DiskDesk starts.</source>
        <translation>Die Sprache gilt ab dem Start von DiskDesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies the next time DiskDesk starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von DiskDesk.</translation>
    </message>
</context>
<context>
    <name>PreviewSnapshotDialog</name>
    <message>
        <location filename="../dialogs/previewsnapshotdialog.cpp" line="+49"/>
        <source>Preview Partial Snapshot</source>
        <translation>Vorschau eines Teil-Snapshots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview Snapshot</source>
        <translation>Snapshot-Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot &apos;%1&apos; from %2.</source>
        <translation>Snapshot „%1“ vom %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Partial snapshot</source>
        <translation>Teil-Snapshot</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The VM contains %n disk(s): %1.</source>
        <translation>
            <numerusform>Die VM enthält %n Festplatte: %1.</numerusform>
            <numerusform>Die VM enthält %n Festplatten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chose to preview a snapshot that contains only a subset of these disks.</source>
        <translation>Sie haben die Vorschau eines Snapshots gewählt, der nur einen Teil dieser Festplatten enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(The snapshot contains no disks.)</source>
        <translation>(Der Snapshot enthält keine Festplatten.)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(The snapshot contains %n disk(s): %1.)</source>
        <translation>
            <numerusform>(Der Snapshot enthält %n Festplatte: %1.)</numerusform>
            <numerusform>(Der Snapshot enthält %n Festplatten: %1.)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would you like to do?</source>
        <translation>Wie möchten Sie vorgehen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include in the previewed VM all disks (keep the disks that are not included in the snapshot as-is)</source>
        <translation>Alle Festplatten in die Vorschau-VM aufnehmen (die nicht im Snapshot enthaltenen Festplatten unverändert lassen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include all disks</source>
        <translation>Alle Festplatten aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include in the previewed VM only the disks that are included in the snapshot</source>
        <translation>Nur die im Snapshot enthaltenen Festplatten in die Vorschau-VM aufnehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include only the snapshot&apos;s disks</source>
        <translation>Nur die Festplatten des Snapshots aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the above, take me to the &apos;Custom Preview Snapshot&apos; dialog</source>
        <translation>Keine dieser Optionen, zum Dialog „Benutzerdefinierte Snapshot-Vorschau“ wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom preview</source>
        <translation>Benutzerdefinierte Vorschau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore &amp;Memory</source>
        <translation>&amp;Arbeitsspeicher wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore Memory</source>
        <translation>Arbeitsspeicher wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected snapshot to be previewed contains memory.</source>
        <translation>Der ausgewählte Snapshot für die Vorschau enthält Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+80"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose what to do with the disks the snapshot does not contain.</source>
        <translation>Wählen Sie, was mit den Festplatten geschehen soll, die der Snapshot nicht enthält.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Custom Preview…</source>
        <translation>Benutzerdefinierte Vorschau…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 will be previewed as they are now.</source>
        <translation>%1 gehen in ihrem jetzigen Zustand in die Vorschau ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 will be left out of the preview, and deleted if the preview is committed.</source>
        <translation>%1 werden aus der Vorschau ausgeschlossen und gelöscht, wenn die Vorschau übernommen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All disks of the VM are previewed from this snapshot.</source>
        <translation>Alle Festplatten der VM werden aus diesem Snapshot in der Vorschau angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the configuration, memory and each disk in the Custom Preview Snapshot dialog.</source>
        <translation>Wählen Sie die Konfiguration, den Arbeitsspeicher und jede Festplatte im Dialog „Benutzerdefinierte Snapshot-Vorschau“.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../dialogs/profiledialog.cpp" line="+45"/>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set as De&amp;fault</source>
        <translation>Als Stan&amp;dard festlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set as default profile</source>
        <translation>Als Standardprofil festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine address</source>
        <translation>Engine-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>engine.example.com</source>
        <translation>engine.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trusted CA</source>
        <translation>Vertrauenswürdige CA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose CA &amp;File…</source>
        <translation>&amp;CA-Datei auswählen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget CA</source>
        <translation>CA vergessen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forget trusted CA</source>
        <translation>Vertrauenswürdige CA vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember password</source>
        <translation>Passwort speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted CA:</source>
        <translation>Vertrauenswürdige CA:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the Manager&apos;s CA Certificate</source>
        <translation>CA-Zertifikat des Managers auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+10"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every profile needs a name.</source>
        <translation>Jedes Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two profiles are named “%1”; names must differ.</source>
        <translation>Zwei Profile heißen „%1“; die Namen müssen sich unterscheiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the engine&apos;s host name or API address for “%1”.</source>
        <translation>Geben Sie den Hostnamen oder die API-Adresse der Engine für „%1“ ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine address of “%1” must be a host name or an http(s) URL.</source>
        <translation>Die Engine-Adresse von „%1“ muss ein Hostname oder eine http(s)-URL sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user of “%1” needs a profile, for example %2.</source>
        <translation>Der Benutzer von „%1“ benötigt ein Profil, zum Beispiel %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1
SHA-256 %2:
%3</source>
        <translation>%1
SHA-256 %2:
%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None (plain HTTP: nothing is encrypted)</source>
        <translation>Keine (reines HTTP: nichts wird verschlüsselt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None yet: fetched from the manager and shown for approval on the first connection</source>
        <translation>Noch keine: wird bei der ersten Verbindung vom Manager abgerufen und zur Bestätigung angezeigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connects to %1 as %2.</source>
        <translation>Verbindet sich mit %1 als %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profiles yet: add one.</source>
        <translation>Noch keine Profile: Fügen Sie eines hinzu.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../models/profilestore.cpp" line="+132"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyModeSelector</name>
    <message>
        <location filename="../dialogs/readonlymodeselector.cpp" line="+6"/>
        <location line="+26"/>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Read-write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The virtual machine may write to the disk.</source>
        <translation>Die virtuelle Maschine darf auf die Festplatte schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The virtual machine may only read the disk.</source>
        <translation>Die virtuelle Maschine darf die Festplatte nur lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-write; when the storage is write-protected, read-only instead (and the result says so).</source>
        <translation>Lesen und Schreiben; ist der Speicher schreibgeschützt, stattdessen schreibgeschützt (und das Ergebnis weist darauf hin).</translation>
    </message>
</context>
<context>
    <name>ShortcutToolTips</name>
    <message>
        <location filename="../app/shortcuttooltips.cpp" line="+19"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message>
        <location filename="../models/snapshotactions.cpp" line="+60"/>
        <source>create</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>preview</source>
        <translation>in der Vorschau angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revert to</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot %1 Snapshot. %2</source>
        <translation>Snapshot kann nicht %1 werden. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The VM is performing an operation on a Snapshot. Please wait for the operation to finish, and try again.</source>
        <translation>Die VM führt einen Vorgang an einem Snapshot aus. Bitte warten Sie, bis der Vorgang abgeschlossen ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VM is previewing a Snapshot.</source>
        <translation>Die VM zeigt eine Snapshot-Vorschau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM is running as Stateless.</source>
        <translation>Die VM läuft als zustandslos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VM is locked. Please try again in a few minutes.</source>
        <translation>Die VM ist gesperrt. Bitte versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a snapshot.</source>
        <translation>Wählen Sie einen Snapshot aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>The operation is only allowed for regular snapshots.</source>
        <translation>Der Vorgang ist nur für reguläre Snapshots zulässig.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cannot preview Active VM snapshot.</source>
        <translation>Für den Snapshot der aktiven VM ist keine Vorschau möglich.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VM %1 must be in status Down, Up or Paused.</source>
        <translation>VM %1 muss im Status „Heruntergefahren“, „Läuft“ oder „Angehalten“ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At least one of the VMs is not down.</source>
        <translation>Mindestens eine der VMs ist nicht heruntergefahren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VM is not previewing a Snapshot.</source>
        <translation>Die VM zeigt keine Snapshot-Vorschau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VM %1 must be in status Down or Suspended.</source>
        <translation>VM %1 muss im Status „Heruntergefahren“ oder „Ausgesetzt“ sein.</translation>
    </message>
</context>
<context>
    <name>SnapshotDiskRules</name>
    <message>
        <location filename="../models/snapshotdiskrules.cpp" line="+31"/>
        <source>Direct LUN disk: will not be a part of the VM snapshot</source>
        <translation>Direkte-LUN-Festplatte: wird nicht Teil des VM-Snapshots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared disk: will not be a part of the VM snapshot</source>
        <translation>Gemeinsam genutzte Festplatte: wird nicht Teil des VM-Snapshots</translation>
    </message>
</context>
<context>
    <name>SnapshotListModel</name>
    <message>
        <location filename="../models/snapshotlistmodel.cpp" line="+116"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This snapshot contains memory</source>
        <translation>Dieser Snapshot enthält Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
</context>
<context>
    <name>SnapshotTimelinePlot</name>
    <message>
        <location filename="../app/snapshottimelineplot.cpp" line="+36"/>
        <source>Snapshot timeline</source>
        <translation>Snapshot-Zeitleiste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot with memory</source>
        <translation>Snapshot mit Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previewed</source>
        <translation>In der Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active VM before the preview</source>
        <translation>Aktive VM vor der Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active VM (now)</source>
        <translation>Aktive VM (jetzt)</translation>
    </message>
</context>
<context>
    <name>StorageCapacityPlot</name>
    <message>
        <location filename="../app/storagecapacityplot.cpp" line="+30"/>
        <source>Storage domain capacity</source>
        <translation>Kapazität der Speicherdomäne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Space (GiB)</source>
        <translation>Speicherplatz (GiB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committed to disks</source>
        <translation>Den Festplatten zugesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overcommitted (beyond capacity)</source>
        <translation>Überbucht (über die Kapazität hinaus)</translation>
    </message>
</context>
<context>
    <name>StorageDomainListModel</name>
    <message>
        <location filename="../models/storagedomainlistmodel.cpp" line="+66"/>
        <source>Master storage domain of its data center</source>
        <translation>Master-Speicherdomäne ihres Rechenzentrums</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Space used on the storage</source>
        <translation>Belegter Speicherplatz auf dem Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space still free on the storage</source>
        <translation>Noch freier Speicherplatz auf dem Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual size promised to the disks on this domain</source>
        <translation>Den Festplatten auf dieser Domäne zugesagte virtuelle Größe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain Type</source>
        <translation>Domänentyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage Type</source>
        <translation>Speichertyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>TableTools</name>
    <message>
        <location filename="../app/tabletools.cpp" line="+90"/>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows exported to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <location filename="../models/tasklistmodel.cpp" line="+19"/>
        <source>Waiting for the manager…</source>
        <translation>Warten auf den Manager…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>TasksPane</name>
    <message>
        <location filename="../app/taskspane.cpp" line="+28"/>
        <source>Operations under way</source>
        <translation>Laufende Vorgänge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No operations yet. Snapshot operations started here are followed until the manager reports their end.</source>
        <translation>Noch keine Vorgänge. Hier gestartete Snapshot-Vorgänge werden verfolgt, bis der Manager ihr Ende meldet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel Transfer</source>
        <translation>Übertragung abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the running image transfer</source>
        <translation>Die laufende Image-Übertragung abbrechen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connection lost (%1); resuming, attempt %2</source>
        <translation>Verbindung verloren (%1); wird fortgesetzt, Versuch %2</translation>
    </message>
</context>
<context>
    <name>ThroughputPlot</name>
    <message>
        <location filename="../app/throughputplot.cpp" line="+8"/>
        <source>Transfer throughput</source>
        <translation>Übertragungsdurchsatz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../app/transferactions.cpp" line="+17"/>
        <source>&amp;Upload Image…</source>
        <translation>Image &amp;hochladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload a raw or qcow2 file from this computer as a new disk</source>
        <translation>Eine raw- oder qcow2-Datei von diesem Computer als neue Festplatte hochladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download Image…</source>
        <translation>Image herunter&amp;laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Save the selected disk&apos;s image to a file on this computer</source>
        <translation>Das Image der ausgewählten Festplatte in eine Datei auf diesem Computer speichern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upload Image</source>
        <translation>Image hochladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage domains could not be read: %1</source>
        <translation>Die Speicherdomänen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download Image</source>
        <translation>Image herunterladen</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Select an image disk to download first.</source>
        <translation>Wählen Sie zuerst eine Image-Festplatte zum Herunterladen aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download Disk %1</source>
        <translation>Festplatte %1 herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qcow2 image (*.qcow2);;Raw image (*.raw *.img);;All files (*)</source>
        <translation>qcow2-Image (*.qcow2);;Raw-Image (*.raw *.img);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TransferRate</name>
    <message>
        <location filename="../models/transferrate.cpp" line="+36"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 left</source>
        <translation> · noch %1</translation>
    </message>
</context>
<context>
    <name>TrustCertificateDialog</name>
    <message>
        <location filename="../dialogs/trustcertificatedialog.cpp" line="+45"/>
        <source>Trust the Manager&apos;s Certificate?</source>
        <translation>Dem Zertifikat des Managers vertrauen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this question</source>
        <translation>Warum diese Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trust This CA</source>
        <translation>Dieser CA &amp;vertrauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this CA</source>
        <translation>Dieser CA vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do &amp;Not Trust</source>
        <translation>&amp;Nicht vertrauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not trust</source>
        <translation>Nicht vertrauen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This computer already trusts the manager&apos;s certificate. Trusting this CA pins it: DiskDesk will refuse any other certificate for this connection.</source>
        <translation>Dieser Computer vertraut dem Zertifikat des Managers bereits. Wenn Sie dieser CA vertrauen, wird sie fest hinterlegt: DiskDesk lehnt für diese Verbindung jedes andere Zertifikat ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer does not trust the manager&apos;s certificate by itself (%1). Compare the fingerprint with the one on the engine (openssl x509 -in /etc/pki/ovirt-engine/ca.pem -noout -fingerprint -sha256) before trusting it.</source>
        <translation>Dieser Computer vertraut dem Zertifikat des Managers nicht von sich aus (%1). Vergleichen Sie den Fingerabdruck mit dem auf der Engine (openssl x509 -in /etc/pki/ovirt-engine/ca.pem -noout -fingerprint -sha256), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The manager at &lt;b&gt;%1&lt;/b&gt; sent this CA certificate. DiskDesk trusts it for this connection only if you accept it.</source>
        <translation>Der Manager unter &lt;b&gt;%1&lt;/b&gt; hat dieses CA-Zertifikat gesendet. DiskDesk vertraut ihm für diese Verbindung nur, wenn Sie es akzeptieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbstsigniert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>TrustPolicy</name>
    <message>
        <location filename="../api/trustpolicy.cpp" line="+60"/>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 holds no certificate (PEM or DER).</source>
        <translation>Die Datei %1 enthält kein Zertifikat (PEM oder DER).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The manager&apos;s certificate changed: %1 no longer presents a certificate signed by the CA trusted for this connection (SHA-256 %2).</source>
        <translation>Das Zertifikat des Managers hat sich geändert: %1 legt kein Zertifikat mehr vor, das von der für diese Verbindung vertrauenswürdigen CA signiert ist (SHA-256 %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It now presents a certificate issued by “%1”.</source>
        <translation>Es legt jetzt ein von „%1“ ausgestelltes Zertifikat vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the manager&apos;s CA was replaced on purpose, check the new CA and trust it again; otherwise someone may be intercepting the connection.</source>
        <translation>Wenn die CA des Managers absichtlich ersetzt wurde, prüfen Sie die neue CA und vertrauen Sie ihr erneut; andernfalls fängt möglicherweise jemand die Verbindung ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 is not signed by a CA this computer trusts. Trust the manager&apos;s own CA (DiskDesk can fetch it from the manager and show its fingerprint) or choose its CA file.</source>
        <translation>Das Zertifikat von %1 ist nicht von einer CA signiert, der dieser Computer vertraut. Vertrauen Sie der eigenen CA des Managers (DiskDesk kann sie vom Manager abrufen und ihren Fingerabdruck anzeigen) oder wählen Sie deren CA-Datei aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The manager&apos;s certificate is issued for %1, not for %2. Connect with a name the certificate names.</source>
        <translation>Das Zertifikat des Managers ist für %1 ausgestellt, nicht für %2. Verbinden Sie sich mit einem Namen, der im Zertifikat genannt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 expired on %2.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 is not valid before %2; check this computer&apos;s clock.</source>
        <translation>Das Zertifikat von %1 ist erst ab %2 gültig; prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>UpgradeVersionDialog</name>
    <message>
        <location filename="../dialogs/upgradeversiondialog.cpp" line="+66"/>
        <source>The manager offers no version above %1 for this data center.</source>
        <translation>Der Manager bietet für dieses Rechenzentrum keine Version über %1 an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot update Data Center compatibility version to a value that is greater than its cluster&apos;s version. The following clusters should be upgraded: %1.</source>
        <translation>Die Kompatibilitätsversion des Rechenzentrums kann nicht auf einen Wert aktualisiert werden, der höher ist als die Version seiner Cluster. Folgende Cluster sollten hochgestuft werden: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade Data Center %1</source>
        <translation>Rechenzentrum %1 hochstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data center &lt;b&gt;%1&lt;/b&gt; is at compatibility version %2 (storage format %3).</source>
        <translation>Rechenzentrum &lt;b&gt;%1&lt;/b&gt; hat die Kompatibilitätsversion %2 (Speicherformat %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cluster %1 is already at the highest compatibility version DiskDesk knows (%2).</source>
        <translation>Cluster %1 hat bereits die höchste Kompatibilitätsversion, die DiskDesk kennt (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade Cluster %1</source>
        <translation>Cluster %1 hochstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster &lt;b&gt;%1&lt;/b&gt; is at compatibility version %2.</source>
        <translation>Cluster &lt;b&gt;%1&lt;/b&gt; hat die Kompatibilitätsversion %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New compatibility version</source>
        <translation>Neue Kompatibilitätsversion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none available</source>
        <translation>keine verfügbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I understand that a compatibility version is not lowered again</source>
        <translation>Mir ist bewusst, dass eine Kompatibilitätsversion nicht wieder herabgesetzt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the upgrade</source>
        <translation>Hochstufen bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Upgrade</source>
        <translation>Hochstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New version:</source>
        <translation>Neue Version:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose the new version.</source>
        <translation>Wählen Sie die neue Version aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the upgrade to enable Upgrade.</source>
        <translation>Bestätigen Sie das Hochstufen, um „Hochstufen“ zu aktivieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Raise its clusters first (select a cluster, Upgrade…); the data center can follow up to its lowest cluster&apos;s version.</source>
        <translation>Heben Sie zuerst seine Cluster an (Cluster auswählen, Hochstufen…); das Rechenzentrum kann bis zur Version seines niedrigsten Clusters folgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hosts and virtual machines of %1 use the features of %2; running VMs pick them up at their next restart.</source>
        <translation>Hosts und virtuelle Maschinen von %1 nutzen die Funktionen von %2; laufende VMs übernehmen sie bei ihrem nächsten Neustart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data center %1 (%2) can be raised to %3 once all its clusters are there.</source>
        <translation>Rechenzentrum %1 (%2) kann auf %3 angehoben werden, sobald alle seine Cluster diese Version haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 auf %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its data domains already have storage format %1.</source>
        <translation>Seine Datendomänen haben bereits das Speicherformat %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storage format of its data domains becomes %1: %2.</source>
        <translation>Das Speicherformat seiner Datendomänen wird %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New qcow2 volumes there (new disks, new snapshots) are created with compat 1.1; existing volumes keep their level until they are amended (Disks page, “Amendable only”).</source>
        <translation>Neue qcow2-Volumes dort (neue Festplatten, neue Snapshots) werden mit compat 1.1 angelegt; vorhandene Volumes behalten ihre Stufe, bis sie angepasst werden (Seite Festplatten, „Nur anpassbare“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manager refuses to lower the version again once a domain has the newer format.</source>
        <translation>Der Manager lehnt es ab, die Version wieder herabzusetzen, sobald eine Domäne das neuere Format hat.</translation>
    </message>
</context>
<context>
    <name>UploadDiskDialog</name>
    <message>
        <location filename="../dialogs/uploaddiskdialog.cpp" line="+21"/>
        <source>Upload Image</source>
        <translation>Image hochladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image file</source>
        <translation>Image-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A raw or qcow2 image on this computer</source>
        <translation>Ein raw- oder qcow2-Image auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the image file</source>
        <translation>Image-Datei auswählen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage Domain</source>
        <translation>Speicherdomäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 frei)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual size:</source>
        <translation>Virtuelle Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Storage Domain:</source>
        <translation>&amp;Speicherdomäne:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is created on the storage domain with the file&apos;s format and virtual size, then the image is sent in parts; empty areas are not sent.</source>
        <translation>Die Festplatte wird auf der Speicherdomäne mit dem Format und der virtuellen Größe der Datei erstellt, dann wird das Image in Teilen gesendet; leere Bereiche werden nicht gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a Disk Image</source>
        <translation>Festplatten-Image auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk images (*.qcow2 *.img *.raw *.iso);;All files (*)</source>
        <translation>Festplatten-Images (*.qcow2 *.img *.raw *.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (the file holds %2)</source>
        <translation>%1 (die Datei enthält %2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Choose the image file to upload.</source>
        <translation>Wählen Sie die hochzuladende Image-Datei aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a %2 image; the manager takes raw and qcow2 images only. Convert it with qemu-img convert first.</source>
        <translation>%1 ist ein %2-Image; der Manager akzeptiert nur raw- und qcow2-Images. Konvertieren Sie es zuerst mit qemu-img convert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a qcow2 overlay of %2; upload a whole image (qemu-img convert makes one).</source>
        <translation>%1 ist ein qcow2-Overlay von %2; laden Sie ein vollständiges Image hoch (qemu-img convert erstellt eines).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an alias for the new disk.</source>
        <translation>Geben Sie einen Alias für die neue Festplatte ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no data storage domain to upload to.</source>
        <translation>Es gibt keine Daten-Speicherdomäne, auf die hochgeladen werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has %2 free; the image needs %3.</source>
        <translation>%1 hat %2 frei; das Image benötigt %3.</translation>
    </message>
</context>
<context>
    <name>VmDiskActions</name>
    <message>
        <location filename="../app/vmdiskactions.cpp" line="+45"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Anhängen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ac&amp;tivate</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;eactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Detach…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Used by…</source>
        <translation>&amp;Verwendet von…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mend…</source>
        <translation>Anpa&amp;ssen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disk actions</source>
        <translation>Festplattenaktionen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Attach existing disks to this virtual machine</source>
        <translation>Vorhandene Festplatten an diese virtuelle Maschine anhängen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Amend the qcow2 compat level to 1.1 (the selected disk, or every disk of the VM when none is selected)</source>
        <translation>Die qcow2-Kompatibilitätsstufe auf 1.1 anpassen (die ausgewählte Festplatte oder, wenn keine ausgewählt ist, jede Festplatte der VM)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the volumes of %1…</source>
        <translation>Volumes von %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the volumes of %1: %2</source>
        <translation>Die Volumes von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the disks of %1</source>
        <translation>die Festplatten von %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading disks, hosts and storage domains…</source>
        <translation>Festplatten, Hosts und Speicherdomänen werden gelesen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the inventory: %1</source>
        <translation>Der Bestand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Attach a LUN disk to %1</source>
        <translation>Eine LUN-Festplatte an %1 anhängen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add disk “%1” to %2</source>
        <translation>Festplatte „%1“ zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attach disk “%1” to %2</source>
        <translation>Festplatte „%1“ an %2 anhängen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Activate disk “%1” of %2</source>
        <translation>Festplatte „%1“ von %2 aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate disk “%1” of %2</source>
        <translation>Festplatte „%1“ von %2 deaktivieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Disk</source>
        <translation>Festplatte entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detach Disk</source>
        <translation>Festplatte trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to remove the disk %1? It is deleted with its data, not only detached from %2.</source>
        <translation>Möchten Sie die Festplatte %1 wirklich entfernen? Sie wird mit ihren Daten gelöscht, nicht nur von %2 getrennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure you want to detach the disk %1 from %2? The disk stays, as a floating disk.</source>
        <translation>Möchten Sie die Festplatte %1 wirklich von %2 trennen? Die Festplatte bleibt als nicht angehängte Festplatte erhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove disk “%1”</source>
        <translation>Festplatte „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detach disk “%1” from %2</source>
        <translation>Festplatte „%1“ von %2 trennen</translation>
    </message>
</context>
<context>
    <name>VmDiskListModel</name>
    <message>
        <location filename="../models/vmdisklistmodel.cpp" line="+70"/>
        <source>Direct LUN</source>
        <translation>Direkte LUN</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Disk ID: %1</source>
        <translation>Festplatten-ID: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attached read-only to this virtual machine</source>
        <translation>Schreibgeschützt an diese virtuelle Maschine angehängt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>qcow2 compatibility level of the active volume (0.10 or 1.1)</source>
        <translation>qcow2-Kompatibilitätsstufe des aktiven Volumes (0.10 oder 1.1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual Size</source>
        <translation>Virtuelle Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Size</source>
        <translation>Tatsächliche Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QCOW2 Compat</source>
        <translation>QCOW2 Compat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-Only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shareable</source>
        <translation>Gemeinsam nutzbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bootable</source>
        <translation>Bootfähig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>VmGeneralPane</name>
    <message>
        <location filename="../app/vmgeneralpane.cpp" line="+18"/>
        <source>General properties of the virtual machine</source>
        <translation>Allgemeine Eigenschaften der virtuellen Maschine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating System:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defined Memory:</source>
        <translation>Definierter Arbeitsspeicher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs:</source>
        <translation>CPUs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Center:</source>
        <translation>Rechenzentrum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks:</source>
        <translation>Festplatten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioned Size:</source>
        <translation>Bereitgestellte Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual Size:</source>
        <translation>Tatsächliche Größe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots:</source>
        <translation>Snapshots:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the virtual machine&apos;s ID</source>
        <translation>ID der virtuellen Maschine kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the virtual machine&apos;s ID to the clipboard</source>
        <translation>ID der virtuellen Maschine in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the ID %1.</source>
        <translation>ID %1 kopiert.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+70"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>%1 (sockets %2, cores per socket %3, threads per core %4)</source>
        <translation>%1 (Sockets %2, Kerne pro Socket %3, Threads pro Kern %4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n disks</source>
        <translation>
            <numerusform>%n Festplatte</numerusform>
            <numerusform>%n Festplatten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n snapshots</source>
        <translation>
            <numerusform>%n Snapshot</numerusform>
            <numerusform>%n Snapshots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmListModel</name>
    <message>
        <location filename="../models/vmlistmodel.cpp" line="+64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+73"/>
        <source>Disks, snapshots and storage domains of an oVirt engine.</source>
        <translation>Festplatten, Snapshots und Speicherdomänen einer oVirt-Engine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect with this saved profile (its password from the keychain).</source>
        <translation>Mit diesem gespeicherten Profil verbinden (sein Passwort aus dem Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../cli/main.cpp" line="+39"/>
        <source>Engine API address (a host name is enough).</source>
        <translation>API-Adresse der Engine (ein Hostname genügt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../cli/main.cpp" line="+2"/>
        <source>User name with profile (default admin@internal).</source>
        <translation>Benutzername mit Profil (Standard: admin@internal).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the password from the first line of FILE.</source>
        <translation>Das Passwort aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust only this CA certificate (PEM) for the manager&apos;s HTTPS.</source>
        <translation>Für HTTPS des Managers nur diesem CA-Zertifikat (PEM) vertrauen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../cli/main.cpp" line="-22"/>
        <source>Lists the storage of an oVirt engine for scripts.

Commands:
  vms                      virtual machines
  disks                    all disks
  snapshots VM             snapshots of a VM (name or id), with the disks each covers
  storagedomains           storage domains
  attachments VM           disk attachments of a VM with their disks
  snapshot create VM       create a snapshot (--description, --disk ID…, --memory)
  amend DISK               amend every qcow2 volume of a disk (alias or id) to compat 1.1,
                           through a VM&apos;s attachment with --vm VM; waits for the end and
                           prints the manager&apos;s audit message

Exit codes: 0 success, 1 the manager refused (its fault is printed), 2 usage,
3 connection or trust failure.</source>
        <translation>Listet den Speicher einer oVirt-Engine für Skripte auf.

Befehle:
  vms                      virtuelle Maschinen
  disks                    alle Festplatten
  snapshots VM             Snapshots einer VM (Name oder ID), mit den jeweils erfassten Festplatten
  storagedomains           Speicherdomänen
  attachments VM           Festplattenanhänge einer VM mit ihren Festplatten
  snapshot create VM       einen Snapshot erstellen (--description, --disk ID…, --memory)
  amend DISK               jedes qcow2-Volume einer Festplatte (Alias oder ID) auf Compat 1.1
                           anpassen, über den Anhang einer VM mit --vm VM; wartet auf das Ende
                           und gibt die Audit-Meldung des Managers aus

Exit-Codes: 0 Erfolg, 1 der Manager hat abgelehnt (sein Fehler wird ausgegeben), 2 Aufruf,
3 Verbindungs- oder Vertrauensfehler.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A connection profile saved by DiskDesk.</source>
        <translation>Ein von DiskDesk gespeichertes Verbindungsprofil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the password from the first line of FILE (- for standard input).</source>
        <translation>Das Passwort aus der ersten Zeile von FILE lesen (- für Standardeingabe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust only this CA certificate (PEM) for HTTPS.</source>
        <translation>Für HTTPS nur diesem CA-Zertifikat (PEM) vertrauen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>table (default), json or csv; json and csv carry every field.</source>
        <translation>table (Standard), json oder csv; json und csv enthalten jedes Feld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snapshot create: the snapshot&apos;s description.</source>
        <translation>snapshot create: die Beschreibung des Snapshots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snapshot create: include this disk (repeat; default all disks).</source>
        <translation>snapshot create: diese Festplatte einbeziehen (wiederholbar; Standard: alle Festplatten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>snapshot create: save the memory state too.</source>
        <translation>snapshot create: auch den Arbeitsspeicherzustand speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amend: through this VM&apos;s disk attachment (name or id).</source>
        <translation>amend: über den Festplattenanhang dieser VM (Name oder ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
</context>
</TS>

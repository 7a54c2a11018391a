<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ImportText</name>
    <message>
        <location filename="../core/bundle/importbundlejob.cpp" line="+289"/>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the free space of the target folder</source>
        <translation>prüfen Sie den freien Speicherplatz im Zielordner</translation>
    </message>
</context>
<context>
    <name>voc::Acceleration</name>
    <message>
        <location filename="../core/virt/acceleration.cpp" line="+74"/>
        <source>there is no /dev/kvm</source>
        <translation>es gibt kein /dev/kvm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt offers no kvm domain type</source>
        <translation>libvirt bietet den Domänentyp kvm nicht an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KVM is not available: %1</source>
        <translation>KVM ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose acceleration tcg (slower, works everywhere), or enable virtualization in the firmware and load the kvm module</source>
        <translation>wählen Sie die Beschleunigung tcg (langsamer, funktioniert überall) oder aktivieren Sie die Virtualisierung in der Firmware und laden Sie das Modul kvm</translation>
    </message>
</context>
<context>
    <name>voc::AtomicFile</name>
    <message>
        <location filename="../core/common/atomicfile.cpp" line="+31"/>
        <source>could not keep the previous version as %1</source>
        <translation>die vorherige Version konnte nicht als %1 aufbewahrt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the folder is writable</source>
        <translation>prüfen Sie, ob der Ordner beschreibbar ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the folder exists and is writable</source>
        <translation>prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>check the free disk space; the previous file is unchanged</source>
        <translation>prüfen Sie den freien Speicherplatz; die bisherige Datei ist unverändert</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>could not replace the file: %1</source>
        <translation>die Datei konnte nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the file&apos;s permissions</source>
        <translation>prüfen Sie die Zugriffsrechte der Datei</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>file is too large (%1 bytes, at most %2 expected)</source>
        <translation>die Datei ist zu groß (%1 Byte, höchstens %2 erwartet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>is this the right file?</source>
        <translation>ist das die richtige Datei?</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>file is too large (more than %1 bytes)</source>
        <translation>die Datei ist zu groß (mehr als %1 Byte)</translation>
    </message>
</context>
<context>
    <name>voc::Autosave</name>
    <message>
        <location filename="../desktop/autosave.cpp" line="+50"/>
        <source>cannot create the autosave folder</source>
        <translation>der Ordner für automatische Sicherungen kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that your home folder is writable</source>
        <translation>prüfen Sie, ob Ihr persönlicher Ordner beschreibbar ist</translation>
    </message>
</context>
<context>
    <name>voc::BenchCommand</name>
    <message>
        <location filename="../core/bench/benchcommand.cpp" line="+55"/>
        <source>&apos;%1&apos; is not a host name or an IPv4 address</source>
        <translation>&apos;%1&apos; ist kein Hostname und keine IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give nodes as host names (letters, digits, hyphens and dots) or dotted IPv4 addresses</source>
        <translation>geben Sie Knoten als Hostnamen (Buchstaben, Ziffern, Bindestriche und Punkte) oder als IPv4-Adressen in Punktschreibweise an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no nodes to run on</source>
        <translation>keine Knoten zum Ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VOC needs at least one compute node</source>
        <translation>der VOC braucht mindestens einen Rechenknoten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>node %1 is listed twice</source>
        <translation>Knoten %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ranks per node: at least 1 is needed</source>
        <translation>%1 Ränge pro Knoten: mindestens 1 ist nötig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a user name</source>
        <translation>&apos;%1&apos; ist kein Benutzername</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a host file needs nodes and at least one slot</source>
        <translation>eine Hostdatei braucht Knoten und mindestens einen Slot</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>mktemp gave no usable work folder: &apos;%1&apos;</source>
        <translation>mktemp lieferte keinen verwendbaren Arbeitsordner: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is /tmp writable on that machine?</source>
        <translation>ist /tmp auf diesem Rechner beschreibbar?</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>could not read the ssh host key</source>
        <translation>der SSH-Schlüssel des Hosts konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is the node up and its sshd running?</source>
        <translation>läuft der Knoten, und läuft sein sshd?</translation>
    </message>
</context>
<context>
    <name>voc::BenchEndpoint</name>
    <message>
        <location filename="../core/bench/benchendpoint.cpp" line="+99"/>
        <source>%1 does not run locally</source>
        <translation>%1 läuft nicht lokal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start it first: vocctl up %1 --local</source>
        <translation>starten Sie ihn zuerst: vocctl up %1 --local</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the local run of %1 has not come up</source>
        <translation>der lokale Lauf von %1 ist nicht hochgefahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wait for `vocctl up` to finish, or start it again</source>
        <translation>warten Sie, bis `vocctl up` fertig ist, oder starten Sie ihn erneut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (local run)</source>
        <translation>%1 (lokaler Lauf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the design has no head node</source>
        <translation>der Entwurf hat keinen Kopfknoten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the head %1 never answered over ssh</source>
        <translation>der Kopfknoten %1 hat nie über ssh geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look at its console: vocctl console %1 --log</source>
        <translation>sehen Sie sich seine Konsole an: vocctl console %1 --log</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>deployment %1 is %2, not running</source>
        <translation>die Bereitstellung %1 hat den Zustand %2, sie läuft nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>benchmarks run on a deployment whose VCNs all came up</source>
        <translation>Benchmarks laufen auf einer Bereitstellung, deren VCNs alle hochgefahren sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the deployment has no head address</source>
        <translation>die Bereitstellung hat keine Adresse des Kopfknotens</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>bare metal (%1)</source>
        <translation>Hardware (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a host of site %2</source>
        <translation>%1 ist kein Host der Site %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its hosts: %1</source>
        <translation>ihre Hosts: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host %1 is listed twice</source>
        <translation>Host %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>site %1 has no hosts</source>
        <translation>Site %1 hat keine Hosts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bare-metal runs reach a site&apos;s hosts over ssh: give %1 a qemu+ssh:// URI in the site profile</source>
        <translation>Bare-Metal-Läufe erreichen die Hosts einer Site über ssh: geben Sie %1 im Site-Profil eine qemu+ssh://-URI</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>bare metal at %1 (%2)</source>
        <translation>Bare Metal bei %1 (%2)</translation>
    </message>
</context>
<context>
    <name>voc::BenchJobs</name>
    <message>
        <location filename="../desktop/bench/benchjobs.cpp" line="+88"/>
        <source>No runs to export</source>
        <translation>Keine Läufe zum Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one or more runs in the history first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Läufe im Verlauf aus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The design has no file, so its local run cannot be found</source>
        <translation>Der Entwurf hat keine Datei, daher lässt sich sein lokaler Lauf nicht finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the design, start it on the Test locally page, then run the benchmark.</source>
        <translation>Speichern Sie den Entwurf, starten Sie ihn auf der Seite „Lokal testen“ und führen Sie dann den Benchmark aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No deployment is selected</source>
        <translation>Keine Bereitstellung ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy the design on the Deploy page, then choose it here.</source>
        <translation>Stellen Sie den Entwurf auf der Seite „Bereitstellen“ bereit und wählen Sie die Bereitstellung dann hier aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Site %1 has %n host(s)</source>
        <translation>
            <numerusform>Site %1 hat %n Host</numerusform>
            <numerusform>Site %1 hat %n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network test between bare-metal hosts needs two of them.</source>
        <translation>Ein Netzwerktest zwischen Bare-Metal-Hosts braucht zwei davon.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n MPI process(es) do not spread evenly over the %1 hosts of %2</source>
        <translation>
            <numerusform>%n MPI-Prozess lässt sich nicht gleichmäßig auf die %1 Hosts von %2 verteilen</numerusform>
            <numerusform>%n MPI-Prozesse lassen sich nicht gleichmäßig auf die %1 Hosts von %2 verteilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a grid whose P × Q is a multiple of %1.</source>
        <translation>Wählen Sie ein Gitter, dessen P × Q ein Vielfaches von %1 ist.</translation>
    </message>
</context>
<context>
    <name>voc::BenchmarksPage</name>
    <message>
        <location filename="../desktop/bench/benchmarkspage.ui" line="+32"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only runs of this kind</source>
        <translation>Nur Läufe dieser Art anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tar&amp;get:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only runs on this kind of target</source>
        <translation>Nur Läufe auf dieser Art von Ziel anzeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select runs (Ctrl or Shift for several) to compare them in the chart</source>
        <translation>Läufe auswählen (Strg oder Umschalt für mehrere), um sie im Diagramm zu vergleichen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Import the paper&apos;s results</source>
        <translation>Ergebnisse des Artikels &amp;importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the VOCM/KVM paper&apos;s Tables II and III and boot times as runs</source>
        <translation>Die Tabellen II und III und die Startzeiten aus dem VOCM/KVM-Artikel als Läufe hinzufügen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the results store again (runs of vocctl appear)</source>
        <translation>Die Ergebnisdatenbank neu lesen (Läufe von vocctl erscheinen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;CSV…</source>
        <translation>C&amp;SV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the rows of the selected runs as CSV for a spreadsheet</source>
        <translation>Die Zeilen der ausgewählten Läufe als CSV für eine Tabellenkalkulation schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected runs from the results store (Del)</source>
        <translation>Die ausgewählten Läufe aus der Ergebnisdatenbank entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hart:</source>
        <translation>Diagra&amp;mm:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to draw from the selected runs</source>
        <translation>Was aus den ausgewählten Läufen gezeichnet wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the &amp;paper&apos;s results</source>
        <translation>Werte aus dem &amp;Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the VOCM/KVM paper&apos;s runs of this kind to the chart</source>
        <translation>Die Läufe dieser Art aus dem VOCM/KVM-Artikel dem Diagramm hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as PNG, PDF or SVG, or its numbers as CSV</source>
        <translation>Das Diagramm als PNG, PDF oder SVG oder seine Zahlen als CSV speichern</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Where:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The local run of the open design, a running deployment, or this workstation as the bare-metal baseline</source>
        <translation>Der lokale Lauf des geöffneten Entwurfs, eine laufende Bereitstellung oder dieser Rechner als Vergleichsbasis auf der Hardware</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the deployments again</source>
        <translation>Die Bereitstellungen neu lesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem sizes &amp;N:</source>
        <translation>Problemgrößen &amp;N:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One or more matrix sizes, separated by commas</source>
        <translation>Eine oder mehrere Matrixgrößen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Block size NB:</source>
        <translation>Block&amp;größe NB:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HPL&apos;s block size; the paper used 192</source>
        <translation>Die Blockgröße von HPL; der Artikel verwendete 192</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gr&amp;id P × Q:</source>
        <translation>&amp;Prozessgitter P × Q:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Process rows P</source>
        <translation>Prozesszeilen P</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Process columns Q</source>
        <translation>Prozessspalten Q</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Run &amp;HPL</source>
        <translation>HPL a&amp;usführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run HPL (hpcc) with these settings and store the result</source>
        <translation>HPL (hpcc) mit diesen Einstellungen ausführen und das Ergebnis speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run net&amp;work test</source>
        <translation>Ne&amp;tzwerktest ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure ping-pong latency and bandwidth between two nodes</source>
        <translation>Ping-Pong-Latenz und -Bandbreite zwischen zwei Knoten messen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Defa&amp;ults</source>
        <translation>Standard&amp;werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N, NB and the grid from the design&apos;s HPL settings</source>
        <translation>N, NB und das Gitter aus den HPL-Einstellungen des Entwurfs</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the benchmark; the remote run is stopped too</source>
        <translation>Den Benchmark abbrechen; auch der entfernte Lauf wird gestoppt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The output of the benchmark appears here as it runs.</source>
        <translation>Die Ausgabe des Benchmarks erscheint hier, während er läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmark log</source>
        <translation>Benchmark-Protokoll</translation>
    </message>
    <message>
        <location filename="../desktop/bench/benchmarkspage.cpp" line="+78"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All targets</source>
        <translation>Alle Ziele</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n run(s) of the paper added</source>
        <translation>
            <numerusform>%n Lauf aus dem Artikel hinzugefügt</numerusform>
            <numerusform>%n Läufe aus dem Artikel hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>The paper&apos;s %n reference run(s) were added to the results store</source>
        <translation>
            <numerusform>%n Referenzlauf aus dem Artikel wurde der Ergebnisdatenbank hinzugefügt</numerusform>
            <numerusform>%n Referenzläufe aus dem Artikel wurden der Ergebnisdatenbank hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../desktop/bench/benchmarkspagecompare.cpp" line="+179"/>
        <source>No runs yet: run HPL or import the paper&apos;s results.</source>
        <translation>Noch keine Läufe: Führen Sie HPL aus oder importieren Sie die Ergebnisse des Artikels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the results store…</source>
        <translation>Ergebnisdatenbank wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No run matches the filter.</source>
        <translation>Kein Lauf entspricht dem Filter.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n run(s) and their results from the results store? This cannot be undone.</source>
        <translation>
            <numerusform>%n Lauf und seine Ergebnisse aus der Ergebnisdatenbank löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Läufe und ihre Ergebnisse aus der Ergebnisdatenbank löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n run(s) deleted</source>
        <translation>
            <numerusform>%n Lauf gelöscht</numerusform>
            <numerusform>%n Läufe gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Runs as CSV</source>
        <translation>Läufe als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../desktop/bench/benchmarkspagecompare.cpp" line="-95"/>
        <source>GFLOPS per process grid</source>
        <translation>GFLOPS je Prozessgitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtualization penalty</source>
        <translation>Virtualisierungseinbuße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GFLOPS against N</source>
        <translation>GFLOPS über N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot time distribution</source>
        <translation>Startzeitverteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot timeline</source>
        <translation>Start-Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network by NIC model</source>
        <translation>Netzwerk nach NIC-Modell</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n run(s) selected</source>
        <translation>
            <numerusform>%n Lauf ausgewählt</numerusform>
            <numerusform>%n Läufe ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n selected run(s) of another kind are not in this chart.</source>
        <translation>
            <numerusform>%n ausgewählter Lauf einer anderen Art ist nicht in diesem Diagramm.</numerusform>
            <numerusform>%n ausgewählte Läufe einer anderen Art sind nicht in diesem Diagramm.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an HPL run</source>
        <translation>einen HPL-Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boot run</source>
        <translation>einen Startlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a network run</source>
        <translation>einen Netzwerklauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select %1 in the history to draw this chart.</source>
        <translation>Wählen Sie %1 im Verlauf aus, um dieses Diagramm zu zeichnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or show the paper&apos;s results.</source>
        <translation>Oder blenden Sie die Werte aus dem Artikel ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a bare-metal run and a VOC run to see the penalty: no bare-metal run is selected.</source>
        <translation>Wählen Sie einen Hardware-Lauf und einen VOC-Lauf aus, um die Einbuße zu sehen: Es ist kein Hardware-Lauf ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a bare-metal run and a VOC run to see the penalty: no VOC run (local run or site) is selected.</source>
        <translation>Wählen Sie einen Hardware-Lauf und einen VOC-Lauf aus, um die Einbuße zu sehen: Es ist kein VOC-Lauf (lokaler Lauf oder Standort) ausgewählt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chart exported to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/bench/benchmarkspagerun.cpp" line="+60"/>
        <source>= %n MPI process(es)</source>
        <translation>
            <numerusform>= %n MPI-Prozess</numerusform>
            <numerusform>= %n MPI-Prozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Design default %1; grid %2 × %3 for %n process(es) (compute VCNs × vCPUs).</source>
        <translation>
            <numerusform>Vorgabe des Entwurfs %1; Gitter %2 × %3 für %n Prozess (Rechenknoten-VCNs × vCPUs).</numerusform>
            <numerusform>Vorgabe des Entwurfs %1; Gitter %2 × %3 für %n Prozesse (Rechenknoten-VCNs × vCPUs).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+49"/>
        <source>Local run of %1</source>
        <translation>Lokaler Lauf von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The design started on the Test locally page; HPL runs on its compute VCNs</source>
        <translation>Der auf der Seite „Lokal testen“ gestartete Entwurf; HPL läuft auf seinen Rechenknoten-VCNs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 bei %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployment %1, started %2</source>
        <translation>Bereitstellung %1, gestartet %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bare metal: this workstation</source>
        <translation>Hardware: dieser Rechner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The baseline: HPL with the same settings on this machine, without VMs</source>
        <translation>Die Vergleichsbasis: HPL mit denselben Einstellungen auf diesem Rechner, ohne VMs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bare metal: hosts of %1 (%2)</source>
        <translation>Bare Metal: Hosts von %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site&apos;s KVM hosts without VMs: HPL over as many hosts as the grid fills, the network test between the first two (%1)</source>
        <translation>Die KVM-Hosts der Site ohne VMs: HPL auf so vielen Hosts, wie das Gitter füllt, der Netzwerktest zwischen den ersten beiden (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The target %1 is not available</source>
        <translation>Das Ziel %1 ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to run on the Run tab.</source>
        <translation>Wählen Sie auf dem Reiter „Ausführen“, wo es laufen soll.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Finding %1</source>
        <translation>%1 wird gesucht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 runs under TCG: N scaled down from %2 to %3</source>
        <translation>%1 läuft unter TCG: N von %2 auf %3 verkleinert</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The grid %1 × %2 needs %n MPI process(es)</source>
        <translation>
            <numerusform>Das Gitter %1 × %2 braucht %n MPI-Prozess,</numerusform>
            <numerusform>Das Gitter %1 × %2 braucht %n MPI-Prozesse,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>but %1 has %n node(s)</source>
        <translation>
            <numerusform>aber %1 hat %n Knoten</numerusform>
            <numerusform>aber %1 hat %n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>× %n rank(s) each</source>
        <translation>
            <numerusform>× je %n Rang</numerusform>
            <numerusform>× je %n Ränge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a grid with P × Q = %1.</source>
        <translation>Wählen Sie ein Gitter mit P × Q = %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HPL on %1: N = %2, NB = %3, grid %4 × %5</source>
        <translation>HPL auf %1: N = %2, NB = %3, Gitter %4 × %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Network test on %1: %2 ↔ %3</source>
        <translation>Netzwerktest auf %1: %2 ↔ %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running HPL on %1</source>
        <translation>HPL läuft auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measuring the network of %1</source>
        <translation>Netzwerk von %1 wird gemessen</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+33"/>
        <source>The benchmark was cancelled; nothing was stored.</source>
        <translation>Der Benchmark wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stored as run %1</source>
        <translation>Als Lauf %1 gespeichert</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelling: stopping the remote run</source>
        <translation>Abbruch: der entfernte Lauf wird gestoppt</translation>
    </message>
</context>
<context>
    <name>voc::BootProbe</name>
    <message>
        <location filename="../core/run/bootprobe.cpp" line="+198"/>
        <source>%1&apos;s kernel is stuck: %2</source>
        <translation>Der Kernel von %1 hängt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was reset once already; under TCG a host with more busy guests than cores can starve one: start fewer VCNs per host, or use KVM where guests run there</source>
        <translation>er wurde bereits einmal zurückgesetzt; unter TCG kann ein Host mit mehr beschäftigten Gästen als Kernen einen aushungern: starten Sie weniger VCNs pro Host oder nutzen Sie KVM, wo Gäste dort laufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reports: %2</source>
        <translation>%1 meldet: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image gave up its boot; its console shows why</source>
        <translation>das Image hat seinen Start aufgegeben; seine Konsole zeigt warum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no kernel banner from %1 within %2 s</source>
        <translation>kein Kernel-Banner von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guests hang under KVM on some machines: try --accel tcg</source>
        <translation>Gäste hängen auf manchen Rechnern unter KVM: versuchen Sie --accel tcg</translation>
    </message>
</context>
<context>
    <name>voc::BootTimeline</name>
    <message>
        <location filename="../desktop/localrun/boottimeline.cpp" line="+112"/>
        <source>VCN</source>
        <translation>VCN</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Starting</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>seconds from the first domain start call</source>
        <translation>Sekunden seit dem ersten Domänen-Startaufruf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a run to watch every VCN boot here.</source>
        <translation>Starten Sie einen Lauf, um hier den Start jedes VCN zu verfolgen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
</context>
<context>
    <name>voc::BootTimelineModel</name>
    <message>
        <location filename="../desktop/localrun/boottimelinemodel.cpp" line="+137"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>voc::BuiltImages</name>
    <message>
        <location filename="../core/images/builtimages.cpp" line="+81"/>
        <source>the image &quot;%1&quot; is not built (looked in %2)</source>
        <translation>das Abbild &quot;%1&quot; ist nicht erstellt (gesucht in %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build it: scripts/build-vcn-image --role %1</source>
        <translation>erstellen Sie es: scripts/build-vcn-image --role %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the %1 role&apos;s image: %2</source>
        <translation>das Abbild der Rolle %1: %2</translation>
    </message>
</context>
<context>
    <name>voc::BundleActions</name>
    <message>
        <location filename="../desktop/bundle/bundleactions.cpp" line="+23"/>
        <source>VOC Studio bundles (*.vocbundle);;All files (*)</source>
        <translation>VOC-Studio-Pakete (*.vocbundle);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export Bundle…</source>
        <translation>Paket &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Bundle…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the design and its images into one bundle to move the VOC to another site</source>
        <translation>Den Entwurf und seine Abbilder in ein Paket schreiben, um den VOC an einen anderen Standort zu bringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpack a bundle into a folder, verify its images and open its design</source>
        <translation>Ein Paket in einen Ordner entpacken, seine Abbilder prüfen und seinen Entwurf öffnen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export Bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import Bundle Into Folder</source>
        <translation>Paket in Ordner importieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %1 (%2 MiB)</source>
        <translation>%1 exportiert (%2 MiB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled; no bundle was written</source>
        <translation>Export abgebrochen; es wurde kein Paket geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could Not Export the Bundle</source>
        <translation>Paket konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled; nothing was written</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace Files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Replace them with the bundle&apos;s files?</source>
        <translation>%1

Sollen sie durch die Dateien des Pakets ersetzt werden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could Not Import the Bundle</source>
        <translation>Paket konnte nicht importiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>voc::BundleManifest</name>
    <message>
        <location filename="../core/bundle/bundlemanifest.cpp" line="+54"/>
        <source>bundle.json: %1: %2</source>
        <translation>bundle.json: %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundle is damaged or was not written by VOC Studio; export it again</source>
        <translation>das Paket ist beschädigt oder wurde nicht von VOC Studio geschrieben; exportieren Sie es erneut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a string</source>
        <translation>erwartet: eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a whole number of at least 0</source>
        <translation>erwartet: eine ganze Zahl von mindestens 0</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>check that the file is a bundle written by `vocctl export` or VOC Studio&apos;s Export Bundle</source>
        <translation>prüfen Sie, ob die Datei ein Paket ist, das mit `vocctl export` oder „Paket exportieren“ in VOC Studio geschrieben wurde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bundle.json is not a JSON object: %1</source>
        <translation>bundle.json ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bundle.json has format &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>bundle.json hat das Format &quot;%1&quot;, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the bundle has format &quot;%1&quot;; this build reads &quot;%2&quot;</source>
        <translation>das Paket hat das Format &quot;%1&quot;; diese Version liest &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upgrade VOC Studio to import this bundle</source>
        <translation>aktualisieren Sie VOC Studio, um dieses Paket zu importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a plain .voc file name</source>
        <translation>&quot;%1&quot; ist kein einfacher .voc-Dateiname</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a plain name under images/</source>
        <translation>&quot;%1&quot; ist kein einfacher Name unter images/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected &quot;disk&quot;, &quot;kernel&quot; or &quot;initrd&quot;</source>
        <translation>erwartet: &quot;disk&quot;, &quot;kernel&quot; oder &quot;initrd&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected 64 lower-case hexadecimal digits</source>
        <translation>erwartet: 64 Hexadezimalziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &quot;disk&quot; or &quot;kernel&quot;</source>
        <translation>erwartet: &quot;disk&quot; oder &quot;kernel&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected objects with an index and a kind</source>
        <translation>erwartet: Objekte mit einem Index und einer Art</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bundle.json lists no image files</source>
        <translation>bundle.json führt keine Abbilddateien auf</translation>
    </message>
</context>
<context>
    <name>voc::ChartData</name>
    <message>
        <location filename="../core/bench/chartdata.cpp" line="+37"/>
        <source>Nothing to draw as a %1 chart</source>
        <translation>Nichts zu zeichnen für ein Diagramm der Art %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no runs</source>
        <translation>keine Läufe</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>A %1 run cannot be drawn as a %2 chart</source>
        <translation>Ein Lauf der Art %1 kann nicht als Diagramm der Art %2 gezeichnet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose runs of the kind the chart shows (HPL, boot or network).</source>
        <translation>Wählen Sie Läufe der Art, die das Diagramm zeigt (HPL, Start oder Netzwerk).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HPL performance per process grid</source>
        <translation>HPL-Leistung je Prozessgitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+258"/>
        <location line="+24"/>
        <source>Process grid (P×Q)</source>
        <translation>Prozessgitter (P×Q)</translation>
    </message>
    <message>
        <location line="-281"/>
        <location line="+111"/>
        <source>GFLOPS</source>
        <translation>GFLOPS</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+115"/>
        <source>Choose HPL runs with at least one passed result row.</source>
        <translation>Wählen Sie HPL-Läufe mit mindestens einer bestandenen Ergebniszeile.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>HPL performance against problem size</source>
        <translation>HPL-Leistung nach Problemgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HPL performance against process count</source>
        <translation>HPL-Leistung nach Prozessanzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem size N</source>
        <translation>Problemgröße N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Processes (P×Q)</source>
        <translation>Prozesse (P×Q)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Network latency and bandwidth by NIC model</source>
        <translation>Netzwerklatenz und -bandbreite nach NIC-Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIC model</source>
        <translation>NIC-Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency (µs)</source>
        <translation>Latenz (µs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth (MB/s)</source>
        <translation>Bandbreite (MB/s)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: latency</source>
        <translation>%1: Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: bandwidth</source>
        <translation>%1: Bandbreite</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose network runs with samples.</source>
        <translation>Wählen Sie Netzwerkläufe mit Messwerten.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 %2 #%3</source>
        <translation>%1 %2 #%3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Virtualization penalty per process grid</source>
        <translation>Virtualisierungseinbuße je Prozessgitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penalty (%)</source>
        <translation>Einbuße (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a bare-metal run and a VOC run with the same process grid.</source>
        <translation>Wählen Sie einen Hardware-Lauf und einen VOC-Lauf mit demselben Prozessgitter aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown chart kind</source>
        <translation>Unbekannte Diagrammart</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Host OS advantage per process grid</source>
        <translation>Vorsprung des Host-Betriebssystems je Prozessgitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advantage (%)</source>
        <translation>Vorsprung (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include the paper&apos;s Table II runs (vocctl chart --paper).</source>
        <translation>Nehmen Sie die Läufe aus Tabelle II des Artikels hinzu (vocctl chart --paper).</translation>
    </message>
    <message>
        <location filename="../core/bench/chartdataboot.cpp" line="+47"/>
        <source>head</source>
        <translation>Kopfknoten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compute</source>
        <translation>Rechenknoten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all VCNs</source>
        <translation>Alle VCNs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Boot time to ready</source>
        <translation>Startzeit bis zur Bereitschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds from start</source>
        <translation>Sekunden ab Start</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose boot runs in which VCNs reached the ready phase.</source>
        <translation>Wählen Sie Startläufe, in denen VCNs die Phase „Bereit“ erreicht haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Boot timeline</source>
        <translation>Start-Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milliseconds from start</source>
        <translation>Millisekunden ab Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VCN</source>
        <translation>VCN</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose boot runs with samples.</source>
        <translation>Wählen Sie Startläufe mit Messwerten.</translation>
    </message>
</context>
<context>
    <name>voc::ChartView</name>
    <message>
        <location filename="../charts/chartbuilder.cpp" line="+90"/>
        <source>GFLOPS</source>
        <translation>GFLOPS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>%1 · %2: %3 %4</source>
        <extracomment>chart tooltip: series · category: value unit</extracomment>
        <translation>%1 · %2: %3 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2: median %3 %4, quartiles %5–%6 %4, min %7 %4, max %8 %4</source>
        <translation>%1 · %2: Median %3 %4, Quartile %5–%6 %4, Min. %7 %4, Max. %8 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(%n VCN(s))</source>
        <translation>
            <numerusform>(%n VCN)</numerusform>
            <numerusform>(%n VCNs)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2: %3–%4 %5</source>
        <extracomment>chart tooltip of a boot timeline bar: VCN · phase: start–end ms</extracomment>
        <translation>%1 · %2: %3–%4 %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 = %3: %4 %5</source>
        <extracomment>chart tooltip of a line point: series · x label = x: value unit</extracomment>
        <translation>%1 · %2 = %3: %4 %5</translation>
    </message>
    <message>
        <location filename="../charts/chartview.cpp" line="+76"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag to pan, wheel to zoom, double-click to fit the chart again. Click a legend entry to hide or show its series.</source>
        <translation>Ziehen verschiebt, das Mausrad zoomt, ein Doppelklick passt das Diagramm wieder ein. Klicken Sie auf einen Legendeneintrag, um seine Datenreihe aus- oder einzublenden.</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg);;CSV table (*.csv)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf);;SVG-Zeichnung (*.svg);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chart file has no type suffix</source>
        <translation>Die Diagrammdatei hat keine Dateiendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts cannot be saved as .%1</source>
        <translation>Diagramme können nicht als .%1 gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the file .png, .pdf, .svg or .csv.</source>
        <translation>Geben Sie der Datei die Endung .png, .pdf, .svg oder .csv.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not draw the chart as PNG</source>
        <translation>Das Diagramm konnte nicht als PNG gezeichnet werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>VOC Studio benchmark chart</source>
        <translation>Benchmark-Diagramm von VOC Studio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not draw the chart as %1</source>
        <translation>Das Diagramm konnte nicht als %1 gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>voc::ChecksumJob</name>
    <message>
        <location filename="../core/images/checksumjob.cpp" line="+32"/>
        <source>the file to checksum does not exist</source>
        <translation>die Datei, deren Prüfsumme berechnet werden soll, existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path</source>
        <translation>prüfen Sie den Pfad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not read the file: %1</source>
        <translation>die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the path names a file and that you may read it</source>
        <translation>prüfen Sie, ob der Pfad eine Datei bezeichnet und Sie sie lesen dürfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 von %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>voc::Console</name>
    <message>
        <location filename="../core/virt/libvirtconsole.cpp" line="+122"/>
        <source>reading the console failed</source>
        <translation>das Lesen der Konsole ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not open a stream for the console</source>
        <translation>für die Konsole konnte kein Datenstrom geöffnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not attach to the console</source>
        <translation>die Verbindung zur Konsole konnte nicht hergestellt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not watch the console</source>
        <translation>die Konsole konnte nicht überwacht werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>closing the console</source>
        <translation>Schließen der Konsole</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the console is closed</source>
        <translation>die Konsole ist geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is the VCN still running? open the console again</source>
        <translation>läuft der VCN noch? Öffnen Sie die Konsole erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>writing to the console failed</source>
        <translation>das Schreiben auf die Konsole ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the console took only %1 of %2 bytes within %3 ms</source>
        <translation>die Konsole hat innerhalb von %3 ms nur %1 von %2 Bytes angenommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is the guest reading its serial console?</source>
        <translation>liest der Gast seine serielle Konsole?</translation>
    </message>
</context>
<context>
    <name>voc::ConsoleView</name>
    <message>
        <location filename="../desktop/localrun/consoleview.ui" line="+25"/>
        <source>Find in the serial log</source>
        <translation>Im seriellen Protokoll suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Den vorherigen Treffer suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the next match (Enter)</source>
        <translation>Den nächsten Treffer suchen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../desktop/localrun/consoleview.cpp" line="+159"/>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>voc::Csv</name>
    <message>
        <location filename="../core/common/csv.cpp" line="+100"/>
        <source>a quote inside a field that does not start with one</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote the whole field and double the inner quotes (&quot;&quot;)</source>
        <translation>setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die inneren (&quot;&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>more than %1 rows</source>
        <translation>mehr als %1 Zeilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text after the closing quote of a field</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put a comma after the closing quote</source>
        <translation>setzen Sie ein Komma hinter das schließende Anführungszeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the closing quote</source>
        <translation>ergänzen Sie das schließende Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>voc::DeployJob</name>
    <message>
        <location filename="../core/deploy/deployjob.cpp" line="+149"/>
        <source>%1 in %2 s</source>
        <translation>%1 in %2 s</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 VCNs of %2 ready at %3</source>
        <translation>%1 VCNs von %2 bereit an %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is being deployed to %2 already (process %3)</source>
        <translation>%1 wird bereits an %2 bereitgestellt (Prozess %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>wait for it, or cancel it first</source>
        <translation>warten Sie darauf oder brechen Sie den Vorgang zuerst ab</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+199"/>
        <source>%1 is deployed at %2 already (%3, %4)</source>
        <translation>%1 ist bereits an %2 bereitgestellt (%3, %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>resume it (vocctl resume %1) or destroy it (vocctl destroy %1)</source>
        <translation>setzen Sie die Bereitstellung fort (vocctl resume %1) oder zerstören Sie sie (vocctl destroy %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destroy it first: vocctl destroy %1</source>
        <translation>zerstören Sie die Bereitstellung zuerst: vocctl destroy %1</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>connecting to %1 hosts of %2</source>
        <translation>Verbindung zu %1 Hosts von %2 wird hergestellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: libvirt %2, %3 CPUs, %4 MiB, pool %5 with %6 MiB free, %7</source>
        <translation>%1: libvirt %2, %3 CPUs, %4 MiB, Pool %5 mit %6 MiB frei, %7</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>binding to the directory %1</source>
        <translation>Anmeldung am Verzeichnis %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the directory of %1 holds VCNs of %2 already (%3)</source>
        <translation>das Verzeichnis von %1 enthält bereits VCNs von %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destroy the deployment that made them, or remove them: vocctl directory remove --site %1 %2</source>
        <translation>zerstören Sie die Bereitstellung, die sie angelegt hat, oder entfernen Sie sie: vocctl directory remove --site %1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2, %3) clashes with %4 of the VOC %5, added since the plan was made</source>
        <translation>%1 (%2, %3) kollidiert mit %4 des VOC %5, der seit der Planung hinzugekommen ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan again</source>
        <translation>planen Sie erneut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading the images and placing the VCNs</source>
        <translation>Abbilder werden gelesen und VCNs platziert</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 runs on %2 already</source>
        <translation>%1 läuft bereits auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deployment of this VOC is up: destroy it first</source>
        <translation>eine Bereitstellung dieses VOC läuft: zerstören Sie sie zuerst</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the pool %1 on %2 has %3 MiB free; this deployment needs %4 MiB</source>
        <translation>der Pool %1 auf %2 hat %3 MiB frei; diese Bereitstellung braucht %4 MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>free space in the pool or destroy other deployments</source>
        <translation>schaffen Sie Platz im Pool oder zerstören Sie andere Bereitstellungen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>deployment %1, journal %2</source>
        <translation>Bereitstellung %1, Journal %2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 (%2) left nothing at %3 (%n object(s) checked, all gone): retired, its journal kept</source>
        <translation>
            <numerusform>%1 (%2) hat an %3 nichts hinterlassen (%n Objekt geprüft, verschwunden): ausgemustert, das Journal bleibt erhalten</numerusform>
            <numerusform>%1 (%2) hat an %3 nichts hinterlassen (%n Objekte geprüft, alle verschwunden): ausgemustert, das Journal bleibt erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>still there: %1</source>
        <translation>noch vorhanden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>destroy it first (vocctl destroy %1); if its site is gone for good, vocctl destroy %1 --forget drops it</source>
        <translation>zerstören Sie die Bereitstellung zuerst (vocctl destroy %1); gibt es ihren Standort endgültig nicht mehr, verwirft vocctl destroy %1 --forget sie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the deployment %1 is %2: only an interrupted one can be resumed</source>
        <translation>die Bereitstellung %1 ist im Zustand „%2“: nur eine unterbrochene kann fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the journal holds no plan</source>
        <translation>das Journal enthält keinen Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroy the deployment (vocctl destroy %1)</source>
        <translation>zerstören Sie die Bereitstellung (vocctl destroy %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is being deployed or resumed already</source>
        <translation>%1 wird bereits bereitgestellt oder fortgesetzt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>resuming %1 (done before: %2 stages)</source>
        <translation>%1 wird fortgesetzt (bereits erledigt: %2 Phasen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rolling back after: %1</source>
        <translation>Zurücksetzen nach: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolling back</source>
        <translation>wird zurückgesetzt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>rollback incomplete, left: %1; run `vocctl destroy %2` when the hosts are back</source>
        <translation>Zurücksetzen unvollständig, übrig: %1; führen Sie `vocctl destroy %2` aus, wenn die Hosts wieder erreichbar sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rolled back: %1 domains, %2 overlays, %3 directory entries, %4 volumes removed</source>
        <translation>zurückgesetzt: %1 Domänen, %2 Overlays, %3 Verzeichniseinträge, %4 Volumes entfernt</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploylaunch.cpp" line="+119"/>
        <source>%1 does not see the image %2 in its pool %3</source>
        <translation>%1 sieht das Abbild %2 nicht in seinem Pool %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is the pool really shared? Check the site profile&apos;s storage</source>
        <translation>ist der Pool wirklich gemeinsam genutzt? Prüfen Sie den Speicher im Standortprofil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>creating %1 overlays</source>
        <translation>%1 Overlays werden angelegt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>starting %1 domains paused on %2 hosts</source>
        <translation>%1 Domänen werden auf %2 Hosts im angehaltenen Zustand gestartet</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>resuming %1 domains</source>
        <translation>%1 Domänen werden fortgesetzt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 domains running on %2 after %3 ms</source>
        <translation>%1 Domänen laufen auf %2 nach %3 ms</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 after %3 s</source>
        <translation>%1: %2 nach %3 s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the connection to %1 was lost during the boot</source>
        <translation>die Verbindung zu %1 ging während des Hochfahrens verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the host&apos;s libvirtd; the deployment is rolled back</source>
        <translation>prüfen Sie den libvirtd des Hosts; die Bereitstellung wird zurückgesetzt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 ready (%2 of %3)</source>
        <translation>%1 bereit (%2 von %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 reports the address %2, the directory holds %3</source>
        <translation>%1 meldet die Adresse %2, das Verzeichnis enthält %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 on %2: its kernel is stuck (%3); resetting it, once</source>
        <translation>%1 auf %2: sein Kernel hängt (%3); er wird einmal zurückgesetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; its console: %1</source>
        <translation>; seine Konsole: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stopped during its boot on %2</source>
        <translation>%1 wurde während des Hochfahrens auf %2 gestoppt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>see its console: %1</source>
        <translation>sehen Sie in seiner Konsole nach: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not ready within %1 s: %2</source>
        <translation>nicht innerhalb von %1 s bereit: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>see the consoles in %1</source>
        <translation>sehen Sie in den Konsolen in %1 nach</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploysteps.cpp" line="+78"/>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pushing</source>
        <translation>Übertragung von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>checking</source>
        <translation>Prüfung von</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: uploaded %2 (%3) in %4 s, %5 MiB/s, %6</source>
        <translation>%1: %2 (%3) in %4 s hochgeladen, %5 MiB/s, %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is there already (%3)</source>
        <translation>%1: %2 ist bereits vorhanden (%3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>adding %1 VCNs to the directory</source>
        <translation>%1 VCNs werden ins Verzeichnis eingetragen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 VCNs registered in %2</source>
        <translation>%1 VCNs in %2 eingetragen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the site names no DNS server: not waiting for netsync</source>
        <translation>der Standort nennt keinen DNS-Server: es wird nicht auf netsync gewartet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 resolves to %2</source>
        <translation>%1 wird zu %2 aufgelöst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the site&apos;s DNS %1 does not know %2 after %3 s</source>
        <translation>der DNS %1 des Standorts kennt %2 nach %3 s nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the site&apos;s DNS %1 answers %2 for %3, not %4</source>
        <translation>der DNS %1 des Standorts antwortet %2 für %3, nicht %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check that the site&apos;s netsync (vocctl netsync --watch) runs and reads the directory %1</source>
        <translation>prüfen Sie, ob netsync des Standorts (vocctl netsync --watch) läuft und das Verzeichnis %1 liest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>netsync published %1 names in %2 ms</source>
        <translation>netsync hat %1 Namen in %2 ms veröffentlicht</translation>
    </message>
    <message>
        <location filename="../core/deploy/deploysurvey.cpp" line="+43"/>
        <source>check that the host is up and its libvirtd runs (vocctl site check)</source>
        <translation>prüfen Sie, ob der Host läuft und sein libvirtd aktiv ist (vocctl site check)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the storage pool %2 is not active</source>
        <translation>%1: der Speicherpool %2 ist nicht aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start it on the host: virsh pool-start %1</source>
        <translation>starten Sie ihn auf dem Host: virsh pool-start %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no bridge %2</source>
        <translation>%1 hat keine Bridge %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create the bridge on the host or fix the site profile</source>
        <translation>legen Sie die Bridge auf dem Host an oder korrigieren Sie das Standortprofil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the site %1 has no hosts</source>
        <translation>der Standort %1 hat keine Hosts</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>run `vocctl validate` on the design</source>
        <translation>führen Sie `vocctl validate` für den Entwurf aus</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the kernel or initrd does not exist</source>
        <translation>der Kernel oder die initrd existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the image paths of the design</source>
        <translation>prüfen Sie die Abbildpfade des Entwurfs</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>reading the images</source>
        <translation>Abbilder werden gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/deploy/deployteardown.cpp" line="+209"/>
        <source>connecting to the hosts of %1</source>
        <translation>Verbindung zu den Hosts von %1 wird hergestellt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading the directory</source>
        <translation>Verzeichnis wird gelesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>placing the VCNs</source>
        <translation>VCNs werden platziert</translation>
    </message>
    <message>
        <location filename="../core/deploy/deployteardown.cpp" line="-116"/>
        <location line="+6"/>
        <source>%1: domain %2 (%3)</source>
        <translation>%1: Domäne %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: domain %2 stopped</source>
        <translation>%1: Domäne %2 gestoppt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>%1: overlay %2 (%3)</source>
        <translation>%1: Overlay %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: overlay %2 deleted</source>
        <translation>%1: Overlay %2 gelöscht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>directory entry %1 (no directory connection)</source>
        <translation>Verzeichniseintrag %1 (keine Verbindung zum Verzeichnis)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>directory entry %1 (%2)</source>
        <translation>Verzeichniseintrag %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>directory entry %1 removed</source>
        <translation>Verzeichniseintrag %1 entfernt</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host unreachable: %1</source>
        <translation>Host nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>directory entry %1 (directory unreachable: %2)</source>
        <translation>Verzeichniseintrag %1 (Verzeichnis nicht erreichbar: %2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>%1: volume %2 (%3)</source>
        <translation>%1: Volume %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: volume %2 deleted</source>
        <translation>%1: Volume %2 gelöscht</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>process %1 is still deploying %2</source>
        <translation>Prozess %1 stellt %2 noch bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel it first; it rolls back what it made</source>
        <translation>brechen Sie ihn zuerst ab; er setzt zurück, was er angelegt hat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>binding to the directory</source>
        <translation>Anmeldung am Verzeichnis</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>forgotten: %1</source>
        <translation>vergessen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 forgotten</source>
        <translation>%1 vergessen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not remove everything of %1: %2</source>
        <translation>%1 konnte nicht vollständig entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run destroy again when the hosts and the directory are back</source>
        <translation>führen Sie destroy erneut aus, wenn die Hosts und das Verzeichnis wieder erreichbar sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 destroyed</source>
        <translation>%1 zerstört</translation>
    </message>
</context>
<context>
    <name>voc::DeployJournal</name>
    <message>
        <location filename="../core/deploy/deployjournal.cpp" line="+36"/>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push images</source>
        <translation>Abbilder übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register in LDAP</source>
        <translation>In LDAP eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish DHCP/DNS</source>
        <translation>DHCP/DNS veröffentlichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot</source>
        <translation>Hochfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>deploying</source>
        <translation>wird bereitgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destroyed</source>
        <translation>zerstört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gone from its site</source>
        <translation>vom Standort verschwunden</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>no such deployment</source>
        <translation>die Bereitstellung existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>`vocctl deployments` lists them</source>
        <translation>`vocctl deployments` listet sie auf</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&apos;%1&apos; names %2 deployments</source>
        <translation>&apos;%1&apos; bezeichnet %2 Bereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give more of the id</source>
        <translation>geben Sie mehr von der ID an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no deployment &apos;%1&apos;</source>
        <translation>keine Bereitstellung &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>voc::DeployPage</name>
    <message>
        <location filename="../desktop/deploy/deploypage.ui" line="+18"/>
        <source>Design:</source>
        <translation>Entwurf:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The design open in the Design page</source>
        <translation>Der auf der Seite „Entwurf“ geöffnete Entwurf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The site profiles of the Sites page</source>
        <translation>Die Standortprofile der Seite „Standorte“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the site profiles again</source>
        <translation>Die Standortprofile erneut lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Placement:</source>
        <translation>&amp;Platzierung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spread: each VCN to the least loaded host. Pack: fill a host before the next.</source>
        <translation>Verteilen: jeder VCN auf den am wenigsten ausgelasteten Host. Packen: einen Host füllen, bevor der nächste drankommt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Acceleration:</source>
        <translation>Besch&amp;leunigung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KVM where the hosts offer it (auto), or TCG emulation</source>
        <translation>KVM, wo die Hosts es anbieten (Auto), oder TCG-Emulation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Directory &amp;password:</source>
        <translation>Verzeichnispass&amp;wort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of the site&apos;s directory service account</source>
        <translation>Das Passwort des Dienstkontos für das Verzeichnis des Standorts</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan the deployment without changing anything: hosts, addresses, uploads</source>
        <translation>Die Bereitstellung planen, ohne etwas zu ändern: Hosts, Adressen, Übertragungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Deploy…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push the images, register the VCNs in the directory and launch them on the site&apos;s hosts</source>
        <translation>Die Abbilder übertragen, die VCNs im Verzeichnis eintragen und auf den Hosts des Standorts starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the preview or the deployment; a deployment removes what it made</source>
        <translation>Die Vorschau oder die Bereitstellung abbrechen; eine Bereitstellung entfernt, was sie angelegt hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Des&amp;troy…</source>
        <translation>&amp;Zerstören…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected deployment: domains, overlays, directory entries and, unless kept, its images</source>
        <translation>Die ausgewählte Bereitstellung entfernen: Domänen, Overlays, Verzeichniseinträge und, sofern nicht behalten, ihre Abbilder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the selected interrupted deployment (its process ended mid-deployment): what exists is checked, the rest is done</source>
        <translation>Die ausgewählte unterbrochene Bereitstellung abschließen (ihr Prozess wurde mittendrin beendet): Vorhandenes wird geprüft, der Rest wird erledigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forget…</source>
        <translation>Ver&amp;gessen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a deployment whose site is gone: remove what can be reached, then drop its journal (kept aside) even where hosts or the directory cannot be checked</source>
        <translation>Für eine Bereitstellung, deren Standort nicht mehr existiert: entfernen, was erreichbar ist, dann ihr Journal verwerfen (es wird beiseitegelegt), auch wenn Hosts oder das Verzeichnis nicht geprüft werden können</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open c&amp;onsole</source>
        <translation>K&amp;onsole öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the serial console of the selected VCN</source>
        <translation>Die serielle Konsole des ausgewählten VCN anzeigen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the deployment journals again</source>
        <translation>Die Journale der Bereitstellungen erneut lesen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Boot timeline</source>
        <translation>Start-Zeitleiste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../desktop/deploy/deploypage.cpp" line="+78"/>
        <source>(untitled)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Spread</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack</source>
        <translation>Packen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto (KVM if available)</source>
        <translation>Auto (KVM, falls verfügbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCG (emulation)</source>
        <translation>TCG (Emulation)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Select a VCN of a deployment and open its console</source>
        <translation>Wählen Sie einen VCN einer Bereitstellung aus und öffnen Sie seine Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a site and preview the plan.</source>
        <translation>Wählen Sie einen Standort und sehen Sie sich die Vorschau des Plans an.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The directory password comes from %1.</source>
        <translation>Das Verzeichnispasswort kommt aus %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory password comes from the profile&apos;s password file.</source>
        <translation>Das Verzeichnispasswort kommt aus der Passwortdatei des Profils.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available (%1): enter the directory password.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Geben Sie das Verzeichnispasswort ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the directory password from the keychain…</source>
        <translation>Verzeichnispasswort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The directory password comes from the system keychain.</source>
        <translation>Das Verzeichnispasswort kommt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not give the password (%1): enter it.</source>
        <translation>Der Schlüsselbund hat das Passwort nicht geliefert (%1): Geben Sie es ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password is stored for this directory: enter it (the Sites page can keep it in the keychain).</source>
        <translation>Für dieses Verzeichnis ist kein Passwort gespeichert: Geben Sie es ein (die Seite „Standorte“ kann es im Schlüsselbund aufbewahren).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Preview the plan to see where every VCN goes.</source>
        <translation>Sehen Sie sich die Vorschau des Plans an, um zu erfahren, wohin jeder VCN kommt.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Planning %1 at %2</source>
        <translation>%1 wird für %2 geplant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
Pool %2 (%3), bridge %4, addresses in %5, names under %6.</source>
        <translation>%1
Pool %2 (%3), Bridge %4, Adressen in %5, Namen unter %6.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared by every host</source>
        <translation>von allen Hosts gemeinsam genutzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one per host</source>
        <translation>einer je Host</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s) to push, %1 in all; an image the pool has already is skipped.</source>
        <translation>
            <numerusform>%n Abbild zu übertragen, %1 insgesamt; ein Abbild, das der Pool bereits hat, wird übersprungen.</numerusform>
            <numerusform>%n Abbilder zu übertragen, %1 insgesamt; ein Abbild, das der Pool bereits hat, wird übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The VOC does not fit at this site: %1</source>
        <translation>Der VOC passt nicht an diesen Standort: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploy %1 to %2?

%3

The images are pushed, the VCNs registered in the site&apos;s directory and started. If anything fails, everything this deployment made is removed again.</source>
        <translation>%1 an %2 bereitstellen?

%3

Die Abbilder werden übertragen, die VCNs im Verzeichnis des Standorts eingetragen und gestartet. Schlägt etwas fehl, wird alles, was diese Bereitstellung angelegt hat, wieder entfernt.</translation>
    </message>
    <message>
        <location filename="../desktop/deploy/deploypagerun.cpp" line="+101"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Deploying %1 to %2</source>
        <translation>%1 wird an %2 bereitgestellt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Preview cancelled</source>
        <translation>Vorschau abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelling: removing what the deployment made</source>
        <translation>Abbruch: was die Bereitstellung angelegt hat, wird entfernt</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The deployment was cancelled; what it made was removed (see the log).</source>
        <translation>Die Bereitstellung wurde abgebrochen; was sie angelegt hatte, wurde entfernt (siehe Protokoll).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n VCN(s) of %1 running at %2 after %3 s</source>
        <translation>
            <numerusform>%n VCN von %1 läuft nach %3 s an %2</numerusform>
            <numerusform>%n VCNs von %1 laufen nach %3 s an %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The boot times were not stored: %1</source>
        <translation>Die Startzeiten wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot times stored as run %1</source>
        <translation>Startzeiten als Lauf %1 gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destroy Deployment</source>
        <translation>Bereitstellung zerstören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroy %1? Its domains, overlay disks and directory entries at %2 are removed.</source>
        <translation>%1 zerstören? Die zugehörigen Domänen, Overlay-Festplatten und Verzeichniseinträge an %2 werden entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep the uploaded images (another deployment can use them)</source>
        <translation>Hochgeladene Abbilder &amp;behalten (eine andere Bereitstellung kann sie verwenden)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>destroy failed: %1</source>
        <translation>Zerstören fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgot %1: its journal was moved to %2. Not removed: %3</source>
        <translation>%1 vergessen: Das Journal wurde nach %2 verschoben. Nicht entfernt: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Destroyed %1: %n domain(s)</source>
        <translation>
            <numerusform>%1 zerstört: %n Domäne</numerusform>
            <numerusform>%1 zerstört: %n Domänen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n overlay(s)</source>
        <translation>
            <numerusform>, %n Overlay</numerusform>
            <numerusform>, %n Overlays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n directory entr(ies)</source>
        <translation>
            <numerusform>, %n Verzeichniseintrag</numerusform>
            <numerusform>, %n Verzeichniseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n image volume(s)</source>
        <translation>
            <numerusform>, %n Abbild-Volume</numerusform>
            <numerusform>, %n Abbild-Volumes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; kept %1</source>
        <translation>; behalten: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forgetting %1: removing what can be reached</source>
        <translation>%1 wird vergessen: was erreichbar ist, wird entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destroying %1</source>
        <translation>%1 wird zerstört</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select a deployment to see its VCNs.</source>
        <translation>Wählen Sie eine Bereitstellung aus, um ihre VCNs zu sehen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not launched</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>defined</source>
        <translation>definiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ready at %1</source>
        <translation>bereit unter %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up at %1</source>
        <translation>läuft unter %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 at %2: %3, %n VCN(s)</source>
        <translation>
            <numerusform>%1 an %2: %3, %n VCN</numerusform>
            <numerusform>%1 an %2: %3, %n VCNs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+26"/>
        <source>Serial console of %1 (%2)</source>
        <translation>Serielle Konsole von %1 (%2)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Serial console of %1: %2</source>
        <translation>Serielle Konsole von %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/deploy/deploypageforget.cpp" line="+31"/>
        <source>Resuming %1 at %2</source>
        <translation>%1 wird an %2 fortgesetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget %1? What can be reached at %2 is removed; then its journal is moved aside and the deployment no longer shows here.</source>
        <translation>%1 vergessen? Was an %2 erreichbar ist, wird entfernt; danach wird das Journal beiseitegelegt und die Bereitstellung hier nicht mehr angezeigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n object(s) could not be checked and are forgotten if they still exist.</source>
        <translation>
            <numerusform>%n Objekt konnte nicht geprüft werden und wird vergessen, falls es noch existiert.</numerusform>
            <numerusform>%n Objekte konnten nicht geprüft werden und werden vergessen, falls sie noch existieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget Deployment</source>
        <translation>Bereitstellung vergessen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not be checked:</source>
        <translation>Konnte nicht geprüft werden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still there (removed now):</source>
        <translation>Noch vorhanden (wird jetzt entfernt):</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 kept</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking what is left of %1 at %2</source>
        <translation>Es wird geprüft, was von %1 an %2 übrig ist</translation>
    </message>
</context>
<context>
    <name>voc::DeploymentListModel</name>
    <message>
        <location filename="../desktop/deploy/deploymentlistmodel.cpp" line="+85"/>
        <source>%1
Journal: %2</source>
        <translation>%1
Journal: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its process ended mid-deployment: Resume finishes it, Destroy removes it.</source>
        <translation>Ihr Prozess wurde mitten in der Bereitstellung beendet: „Fortsetzen“ schließt sie ab, „Zerstören“ entfernt sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left on the site: %1 domain(s), %2 overlay(s), %3 directory entr(ies), %4 volume(s)</source>
        <translation>Am Standort verblieben: Domänen: %1, Overlays: %2, Verzeichniseinträge: %3, Volumes: %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VCNs</source>
        <translation>VCNs</translation>
    </message>
</context>
<context>
    <name>voc::DeploymentSurvey</name>
    <message>
        <location filename="../core/deploy/deploymentsurvey.cpp" line="+31"/>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>directory entry %1</source>
        <translation>Verzeichniseintrag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: domain %2</source>
        <translation>%1: Domäne %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: overlay %2</source>
        <translation>%1: Overlay %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: volume %2</source>
        <translation>%1: Volume %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (still there)</source>
        <translation>%1 (noch vorhanden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (gone)</source>
        <translation>%1 (verschwunden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (could not be checked: %2)</source>
        <translation>%1 (konnte nicht geprüft werden: %2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>host %1 unreachable: %2</source>
        <translation>Host %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host %1 is not in the site profile</source>
        <translation>Host %1 steht nicht im Standortprofil</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no connection to the directory</source>
        <translation>keine Verbindung zum Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>the directory did not answer: %1</source>
        <translation>das Verzeichnis hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>nothing of it was left at %1 (found by %2)</source>
        <translation>an %1 war nichts mehr davon übrig (festgestellt von %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>process %1 is still deploying %2</source>
        <translation>Prozess %1 stellt %2 noch bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel it first</source>
        <translation>brechen Sie ihn zuerst ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check its permissions</source>
        <translation>prüfen Sie seine Zugriffsrechte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>forgotten; left unchecked: %1</source>
        <translation>vergessen; ungeprüft geblieben: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot move the journal to %1</source>
        <translation>das Journal kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the permissions of %1</source>
        <translation>prüfen Sie die Zugriffsrechte von %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>connecting to the hosts of %1</source>
        <translation>Verbindung zu den Hosts von %1 wird hergestellt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>binding to the directory</source>
        <translation>Anmeldung am Verzeichnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>looking for what is left of %1</source>
        <translation>Suche nach Resten von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 present, %3 gone, %4 could not be checked</source>
        <translation>%1: %2 vorhanden, %3 verschwunden, %4 nicht prüfbar</translation>
    </message>
</context>
<context>
    <name>voc::DesignCommands</name>
    <message>
        <location filename="../desktop/design/designcommands.cpp" line="+37"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove role</source>
        <translation>Rolle entfernen</translation>
    </message>
</context>
<context>
    <name>voc::DesignDocument</name>
    <message>
        <location filename="../desktop/design/designdocument.cpp" line="+34"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the design has no file yet</source>
        <translation>der Entwurf hat noch keine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use Save As to choose one</source>
        <translation>wählen Sie mit „Speichern unter“ eine aus</translation>
    </message>
</context>
<context>
    <name>voc::DesignFields</name>
    <message>
        <location filename="../desktop/design/designfields.cpp" line="+282"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VO</source>
        <translation>VO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAC seed</source>
        <translation>MAC-Startwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HPL utilization</source>
        <translation>HPL-Auslastung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HPL block size</source>
        <translation>HPL-Blockgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HPL step</source>
        <translation>HPL-Schrittweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HPL grid P</source>
        <translation>HPL-Gitter P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HPL grid Q</source>
        <translation>HPL-Gitter Q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role kind</source>
        <translation>Rollenart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NIC model</source>
        <translation>NIC-Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image path</source>
        <translation>Abbildpfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image checksum</source>
        <translation>Abbild-Prüfsumme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boot mode</source>
        <translation>Startmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initrd</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kernel command line</source>
        <translation>Kernel-Befehlszeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hostname pattern</source>
        <translation>Hostname-Muster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>voc::DesignFile</name>
    <message>
        <location filename="../core/model/designfile.cpp" line="+114"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+162"/>
        <location line="+76"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+96"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>unknown key, ignored</source>
        <translation>unbekannter Schlüssel, ignoriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the spelling; a newer VOC Studio may have written it</source>
        <translation>prüfen Sie die Schreibweise; vielleicht hat ihn eine neuere Version von VOC Studio geschrieben</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write a whole number without a fraction</source>
        <translation>schreiben Sie eine ganze Zahl ohne Nachkommastellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is out of range for a whole number</source>
        <translation>%1 liegt außerhalb des Bereichs einer ganzen Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a number between %1 and %2</source>
        <translation>verwenden Sie eine Zahl zwischen %1 und %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown value &quot;%1&quot;; accepted values: %2</source>
        <translation>unbekannter Wert &quot;%1&quot;; zulässige Werte: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use one of %1</source>
        <translation>verwenden Sie einen der Werte %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field keeps its default value until it is fixed</source>
        <translation>das Feld behält seinen Standardwert, bis der Fehler behoben ist</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add &quot;kind&quot;: &quot;head&quot; or &quot;compute&quot;</source>
        <translation>fügen Sie &quot;kind&quot;: &quot;head&quot; oder &quot;compute&quot; hinzu</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not a VOC Studio design: the &quot;format&quot; key is missing</source>
        <translation>kein VOC-Studio-Entwurf: der Schlüssel &quot;format&quot; fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+38"/>
        <source>a design starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>ein Entwurf beginnt mit &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>not a VOC Studio design: &quot;format&quot; is %1, not a string</source>
        <translation>kein VOC-Studio-Entwurf: &quot;format&quot; ist %1, keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown format &quot;%1&quot;; this build reads &quot;%2&quot;</source>
        <translation>unbekanntes Format &quot;%1&quot;; diese Version liest &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that this is a VOC Studio design, or upgrade VOC Studio</source>
        <translation>prüfen Sie, ob es sich um einen VOC-Studio-Entwurf handelt, oder aktualisieren Sie VOC Studio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the design was written in format &quot;%1&quot;, newer than &quot;%2&quot; which this build reads</source>
        <translation>der Entwurf wurde im Format &quot;%1&quot; geschrieben, das neuer ist als das von dieser Version gelesene &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade VOC Studio to open this design</source>
        <translation>aktualisieren Sie VOC Studio, um diesen Entwurf zu öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not UTF-8 text: invalid byte 0x%1 at offset %2</source>
        <translation>kein UTF-8-Text: ungültiges Byte 0x%1 an Position %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save the file as UTF-8</source>
        <translation>speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fix the JSON syntax at that position</source>
        <translation>korrigieren Sie die JSON-Syntax an dieser Stelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a VOC Studio design: the top level is %1, not an object</source>
        <translation>kein VOC-Studio-Entwurf: die oberste Ebene ist %1, kein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a design is a JSON object starting with &quot;format&quot;</source>
        <translation>ein Entwurf ist ein JSON-Objekt, das mit &quot;format&quot; beginnt</translation>
    </message>
</context>
<context>
    <name>voc::DesignPage</name>
    <message>
        <location filename="../desktop/design/designpage.ui" line="+32"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cluster&apos;s name, used in host and domain names: letters, digits and hyphens</source>
        <translation>Der Name des Clusters, verwendet in Host- und Domänennamen: Buchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;VO:</source>
        <translation>&amp;VO:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Virtual Organization that owns this cluster and its images</source>
        <translation>Die virtuelle Organisation, der dieser Cluster und seine Abbilder gehören</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Local network</source>
        <translation>Lokales Netzwerk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;ubnet:</source>
        <translation>&amp;Subnetz:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The address range of a local test run, in CIDR notation</source>
        <translation>Der Adressbereich eines lokalen Testlaufs, in CIDR-Notation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Gateway:</source>
        <translation>Gatewa&amp;y:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>first host address</source>
        <translation>erste Host-Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do&amp;main:</source>
        <translation>D&amp;omäne:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The DNS domain of the VCNs</source>
        <translation>Die DNS-Domäne der VCNs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MAC s&amp;eed:</source>
        <translation>&amp;MAC-Startwert:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same seed always gives the same MAC addresses</source>
        <translation>Derselbe Startwert ergibt immer dieselben MAC-Adressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>derived from name and VO</source>
        <translation>aus Name und VO abgeleitet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HPL benchmark</source>
        <translation>HPL-Benchmark</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Utilization:</source>
        <translation>Aus&amp;lastung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>U: the share of each compute node&apos;s memory the HPL matrix may use</source>
        <translation>U: der Anteil am Arbeitsspeicher jedes Rechenknotens, den die HPL-Matrix belegen darf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Block size (N&amp;B):</source>
        <translation>Block&amp;größe (NB):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HPL block size</source>
        <translation>HPL-Blockgröße</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tep of N:</source>
        <translation>Schritt&amp;weite von N:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N is rounded down to a multiple of this; &quot;NB&quot; uses the block size</source>
        <translation>N wird auf ein Vielfaches davon abgerundet; „NB“ verwendet die Blockgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NB</source>
        <translation>NB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Grid P × Q:</source>
        <translation>&amp;Prozessgitter P × Q:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Process rows; &quot;auto&quot; makes the grid as square as possible</source>
        <translation>Prozesszeilen; „auto“ macht das Gitter so quadratisch wie möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Process columns</source>
        <translation>Prozessspalten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add a compute role (or the head role when the design has none)</source>
        <translation>Eine Rechenknoten-Rolle hinzufügen (oder die Kopfknoten-Rolle, wenn der Entwurf keine hat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add role</source>
        <translation>&amp;Rolle hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove role</source>
        <translation>Rolle ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../desktop/design/designpage.cpp" line="+246"/>
        <source>Selected role</source>
        <translation>Ausgewählte Rolle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Image:</source>
        <translation>&amp;Abbild:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The base disk image (qcow2 or raw); relative paths are relative to the design file</source>
        <translation>Das Basis-Festplattenabbild (qcow2 oder raw); relative Pfade beziehen sich auf die Entwurfsdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse...</source>
        <translation>D&amp;urchsuchen...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SHA-&amp;256:</source>
        <translation>SHA-&amp;256:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The expected checksum of the image, lower-case hex</source>
        <translation>Die erwartete Prüfsumme des Abbilds, hexadezimal in Kleinbuchstaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>computed when the image is added</source>
        <translation>wird beim Hinzufügen berechnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B&amp;oot:</source>
        <translation>S&amp;tartmodus:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kernel:</source>
        <translation>&amp;Kernel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kernel boot only</source>
        <translation>nur beim Kernel-Start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ini&amp;trd:</source>
        <translation>&amp;Initrd:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Command line:</source>
        <translation>Befehls&amp;zeile:</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../desktop/design/designpage.cpp" line="+29"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No problems: the design is ready for a test run.</source>
        <translation>Keine Probleme: Der Entwurf ist bereit für einen Testlauf.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Double-click a problem, or press Enter on it, to go to its field</source>
        <translation>Doppelklicken Sie auf ein Problem oder drücken Sie darauf die Eingabetaste, um zu seinem Feld zu springen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VCNs:</source>
        <translation>VCNs:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>vCPUs:</source>
        <translation>vCPUs:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HPL problem size:</source>
        <translation>HPL-Problemgröße:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sized from:</source>
        <translation>Berechnet aus:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HPL process grid:</source>
        <translation>HPL-Prozessgitter:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../desktop/design/designpage.cpp" line="+67"/>
        <source>Virtual compute nodes (local plan)</source>
        <translation>Virtuelle Rechenknoten (lokaler Plan)</translation>
    </message>
    <message>
        <location filename="../desktop/design/designpage.cpp" line="-89"/>
        <source>Selected role: %1 (row %2)</source>
        <translation>Ausgewählte Rolle: %1 (Zeile %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problems (errors: %1, warnings: %2)</source>
        <translation>Probleme (Fehler: %1, Warnungen: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (head: %2, compute: %3)</source>
        <translation>%1 (Kopfknoten: %2, Rechenknoten: %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2, U = %3, step %4</source>
        <translation>%1 × %2, U = %3, Schrittweite %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>compute nodes × memory of the smallest, utilization, N rounded down to a multiple of the step</source>
        <translation>Rechenknoten × Arbeitsspeicher des kleinsten, Auslastung, N abgerundet auf ein Vielfaches der Schrittweite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N = %1</source>
        <translation>N = %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P × Q = %1 × %2</source>
        <translation>P × Q = %1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one MPI rank per compute vCPU</source>
        <translation>ein MPI-Rang pro vCPU der Rechenknoten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Virtual compute nodes (local plan): %1</source>
        <translation>Virtuelle Rechenknoten (lokaler Plan): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No local plan: %1</source>
        <translation>Kein lokaler Plan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Choose a Base Image</source>
        <translation>Basisabbild auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disk images (*.qcow2 *.img *.raw);;All files (*)</source>
        <translation>Festplattenabbilder (*.qcow2 *.img *.raw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This problem concerns the design as a whole.</source>
        <translation>Dieses Problem betrifft den Entwurf als Ganzes.</translation>
    </message>
</context>
<context>
    <name>voc::DomainXml</name>
    <message>
        <location filename="../core/virt/domainxml.cpp" line="+45"/>
        <source>the domain has no name</source>
        <translation>die Domäne hat keinen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acceleration &apos;auto&apos; was not resolved</source>
        <translation>die Beschleunigung &apos;auto&apos; wurde nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolve it with resolveAcceleration() first</source>
        <translation>lösen Sie sie zuerst mit resolveAcceleration() auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the domain has no network</source>
        <translation>die Domäne hat kein Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the VCN has no MAC address</source>
        <translation>der VCN hat keine MAC-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the VCN needs memory and at least one vCPU</source>
        <translation>der VCN braucht Arbeitsspeicher und mindestens eine vCPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk boot needs the VCN&apos;s overlay disk</source>
        <translation>der Start von Festplatte braucht die Overlay-Festplatte des VCN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kernel boot needs a kernel</source>
        <translation>der Kernel-Start braucht einen Kernel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the image&apos;s kernel, or use disk boot</source>
        <translation>legen Sie den Kernel des Abbilds fest oder starten Sie von Festplatte</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>the network has no name</source>
        <translation>das Netzwerk hat keinen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan has no VCNs</source>
        <translation>der Plan hat keine VCNs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the address %1 is not a free host address of %2</source>
        <translation>die Adresse %1 ist keine freie Host-Adresse von %2</translation>
    </message>
</context>
<context>
    <name>voc::ErrorMessage</name>
    <message>
        <location filename="../desktop/errormessage.cpp" line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>voc::ExportBundleJob</name>
    <message>
        <location filename="../core/bundle/exportbundlejob.cpp" line="+77"/>
        <source>no file name for the bundle</source>
        <translation>kein Dateiname für das Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the bundle to write</source>
        <translation>geben Sie das zu schreibende Paket an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle exists already</source>
        <translation>das Paket existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another name, or replace it (--force)</source>
        <translation>wählen Sie einen anderen Namen oder ersetzen Sie es (--force)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the design has errors: %1: %2</source>
        <translation>der Entwurf enthält Fehler: %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fix them first (`vocctl validate` lists them all); a bundle must be deployable</source>
        <translation>beheben Sie sie zuerst (`vocctl validate` listet alle auf); ein Paket muss bereitstellbar sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the %1 of roles[%2] (%3) is missing</source>
        <translation>die Datei %1 von roles[%2] (%3) fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check the design&apos;s image paths, or build the image</source>
        <translation>prüfen Sie die Abbildpfade des Entwurfs oder erstellen Sie das Abbild</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the image changed since the design recorded its checksum (design: %1, file: %2)</source>
        <translation>das Abbild hat sich geändert, seit der Entwurf seine Prüfsumme erfasst hat (Entwurf: %1, Datei: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restore the image, or record its new checksum (Images page or `vocctl image use`) if the change was meant</source>
        <translation>stellen Sie das Abbild wieder her oder erfassen Sie seine neue Prüfsumme (Seite „Abbilder“ oder `vocctl image use`), wenn die Änderung beabsichtigt war</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>could not create a temporary folder</source>
        <translation>es konnte kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the free space and permissions of the temporary folder</source>
        <translation>prüfen Sie den freien Speicherplatz und die Zugriffsrechte des temporären Ordners</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not link the image into a temporary folder</source>
        <translation>das Abbild konnte nicht in einen temporären Ordner verlinkt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not create the folder</source>
        <translation>der Ordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not create the bundle: %1</source>
        <translation>das Paket konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that you may write to the folder and that it has space</source>
        <translation>prüfen Sie, ob Sie in den Ordner schreiben dürfen und ob dort Platz ist</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>install GNU tar (scripts/setup)</source>
        <translation>installieren Sie GNU tar (scripts/setup)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2 of about %3 MiB)</source>
        <translation>%1 (%2 von etwa %3 MiB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the free space of the bundle&apos;s folder</source>
        <translation>prüfen Sie den freien Speicherplatz im Ordner des Pakets</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not rename the finished bundle into place</source>
        <translation>das fertige Paket konnte nicht an seinen Platz umbenannt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>voc::HostLoadModel</name>
    <message>
        <location filename="../desktop/deploy/siteplanmodel.cpp" line="+165"/>
        <location line="+2"/>
        <source>%1 + %2 of %3</source>
        <translation>%1 + %2 von %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 vCPUs of other domains + %2 of this VOC; %3 CPUs, filled up to %4 vCPUs per CPU</source>
        <translation>%1 vCPUs anderer Domänen + %2 dieses VOC; %3 CPUs, belegt bis zu %4 vCPUs pro CPU</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VCNs</source>
        <translation>VCNs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs (running + this VOC of limit)</source>
        <translation>vCPUs (laufend + dieser VOC von Obergrenze)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory (running + this VOC of total)</source>
        <translation>Arbeitsspeicher (laufend + dieser VOC von insgesamt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free memory after</source>
        <translation>Freier Arbeitsspeicher danach</translation>
    </message>
</context>
<context>
    <name>voc::Hostname</name>
    <message>
        <location filename="../core/net/hostname.cpp" line="+40"/>
        <source>use letters, digits, &apos;-&apos; and the placeholders {voc}, {vo}, {role}, {index} or {index:02} (zero-padded to 2 digits; 01 to 09)</source>
        <translation>verwenden Sie Buchstaben, Ziffern, &apos;-&apos; und die Platzhalter {voc}, {vo}, {role}, {index} oder {index:02} (mit Nullen auf 2 Stellen aufgefüllt; 01 bis 09)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hostname pattern &apos;%1&apos;, character %2: %3</source>
        <translation>Hostname-Muster &apos;%1&apos;, Zeichen %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the hostname pattern is empty</source>
        <translation>das Hostname-Muster ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;}&apos; without a matching &apos;{&apos;</source>
        <translation>&apos;}&apos; ohne zugehöriges &apos;{&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not allowed in a hostname</source>
        <translation>&apos;%1&apos; ist in einem Hostnamen nicht erlaubt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{{&apos; is not supported (braces cannot appear in a hostname)</source>
        <translation>&apos;{{&apos; wird nicht unterstützt (geschweifte Klammern können in einem Hostnamen nicht vorkommen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{&apos; is not closed by &apos;}&apos;</source>
        <translation>&apos;{&apos; wird nicht durch &apos;}&apos; geschlossen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; has an invalid width: write {index:02} to {index:09}</source>
        <translation>&apos;%1&apos; hat eine ungültige Breite: schreiben Sie {index:02} bis {index:09}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown placeholder &apos;%1&apos;</source>
        <translation>unbekannter Platzhalter &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>hostname pattern &apos;%1&apos; gives an invalid name: %2</source>
        <translation>das Hostname-Muster &apos;%1&apos; ergibt einen ungültigen Namen: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a valid hostname: %2</source>
        <translation>&apos;%1&apos; ist kein gültiger Hostname: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hostname is made of labels of 1 to 63 letters, digits and &apos;-&apos; separated by dots, no label starts or ends with &apos;-&apos;, at most 253 characters in all</source>
        <translation>ein Hostname besteht aus durch Punkte getrennten Labels aus 1 bis 63 Buchstaben, Ziffern und &apos;-&apos;, kein Label beginnt oder endet mit &apos;-&apos;, insgesamt höchstens 253 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>it is %1 characters long, the maximum is 253</source>
        <translation>er ist %1 Zeichen lang, das Maximum ist 253</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has an empty label</source>
        <translation>er enthält ein leeres Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the label &apos;%1&apos; is %2 characters long, the maximum is 63</source>
        <translation>das Label &apos;%1&apos; ist %2 Zeichen lang, das Maximum ist 63</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label &apos;%1&apos; starts or ends with &apos;-&apos;</source>
        <translation>das Label &apos;%1&apos; beginnt oder endet mit &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label &apos;%1&apos; contains a character other than letters, digits and &apos;-&apos;</source>
        <translation>das Label &apos;%1&apos; enthält ein anderes Zeichen als Buchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a VO name: %2</source>
        <translation>&apos;%1&apos; ist kein VO-Name: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a VO name is 1 to 63 lower-case letters, digits and &apos;-&apos;, not starting or ending with &apos;-&apos;, e.g. alpha</source>
        <translation>ein VO-Name besteht aus 1 bis 63 Kleinbuchstaben, Ziffern und &apos;-&apos;, nicht am Anfang oder Ende, z. B. alpha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is %1 characters long, the maximum is 63</source>
        <translation>er ist %1 Zeichen lang, das Maximum ist 63</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it starts or ends with &apos;-&apos;</source>
        <translation>er beginnt oder endet mit &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it contains a character other than a-z, 0-9 and &apos;-&apos;</source>
        <translation>er enthält ein anderes Zeichen als a-z, 0-9 und &apos;-&apos;</translation>
    </message>
</context>
<context>
    <name>voc::HplBenchJob</name>
    <message>
        <location filename="../core/bench/benchremote.cpp" line="+76"/>
        <source>making a work folder on %1</source>
        <translation>Arbeitsordner auf %1 wird angelegt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>preparing %1</source>
        <translation>%1 wird vorbereitet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>running on %1: %2</source>
        <translation>Ausführung auf %1: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>stopping mpirun on %1</source>
        <translation>mpirun auf %1 wird gestoppt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no nodes to run on</source>
        <translation>keine Knoten zum Ausführen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>benchmark cancelled</source>
        <translation>Benchmark abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mpirun exited with %1</source>
        <translation>mpirun endete mit %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hpcc wrote no output (mpirun exited with %1)</source>
        <translation>hpcc hat keine Ausgabe geschrieben (mpirun endete mit %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the run hit its time limit: choose a smaller N or a longer timeout</source>
        <translation>der Lauf hat sein Zeitlimit erreicht: wählen Sie ein kleineres N oder ein längeres Zeitlimit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>are openmpi-bin and hpcc installed on every node, and do the nodes reach each other over ssh?</source>
        <translation>sind openmpi-bin und hpcc auf jedem Knoten installiert, und erreichen sich die Knoten gegenseitig über ssh?</translation>
    </message>
    <message>
        <location filename="../core/bench/benchrun.cpp" line="+46"/>
        <source>mpirun said: %1</source>
        <translation>mpirun meldete: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the grid %1 needs %2 processes; %3 nodes x %4 ranks give %5</source>
        <translation>das Gitter %1 braucht %2 Prozesse; %3 Knoten x %4 Ränge ergeben %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose a grid with P x Q up to %1</source>
        <translation>wählen Sie ein Gitter mit P x Q bis %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>starting HPL on %1</source>
        <translation>HPL wird auf %1 gestartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the results</source>
        <translation>Ergebnisse werden gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hpcc gave no complete HPL result: %1</source>
        <translation>hpcc lieferte kein vollständiges HPL-Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the run hit its time limit: choose a smaller N</source>
        <translation>der Lauf hat sein Zeitlimit erreicht: wählen Sie ein kleineres N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mpirun exited with %1: %2</source>
        <translation>mpirun endete mit %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HPL N=%1 NB=%2 grid %3 on %4</source>
        <translation>HPL N=%1 NB=%2 Gitter %3 auf %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>storing the results</source>
        <translation>Ergebnisse werden gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 result rows, %2 failed</source>
        <translation>%1 Ergebniszeilen, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not a node of %2</source>
        <translation>%1 ist kein Knoten von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its nodes: %1</source>
        <translation>seine Knoten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the two nodes are the same: %1</source>
        <translation>die beiden Knoten sind identisch: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure between two different nodes</source>
        <translation>messen Sie zwischen zwei verschiedenen Knoten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>measuring %1 &lt;-&gt; %2</source>
        <translation>Messung %1 &lt;-&gt; %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the output is incomplete: %1</source>
        <translation>die Ausgabe ist unvollständig: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ping-pong %1 (%2) on %3</source>
        <translation>Ping-Pong %1 (%2) auf %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>latency %1 us, bandwidth %2 MB/s</source>
        <translation>Latenz %1 us, Bandbreite %2 MB/s</translation>
    </message>
</context>
<context>
    <name>voc::HplDat</name>
    <message>
        <location filename="../core/bench/hpldat.cpp" line="+31"/>
        <source>HPL settings</source>
        <translation>HPL-Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no values</source>
        <translation>keine Werte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>give at least one value</source>
        <translation>geben Sie mindestens einen Wert an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 values, HPL reads at most %2</source>
        <translation>%1 Werte, HPL liest höchstens %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split the values over several runs</source>
        <translation>verteilen Sie die Werte auf mehrere Läufe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is outside %2..%3</source>
        <translation>%1 liegt außerhalb von %2..%3</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the values take %1 characters on one line; %2 reads at most %3</source>
        <translation>die Werte belegen %1 Zeichen in einer Zeile; %2 liest höchstens %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use fewer values</source>
        <translation>verwenden Sie weniger Werte</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is not a number above 0</source>
        <translation>%1 ist keine Zahl größer als 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HPL&apos;s reference value is 16.0</source>
        <translation>der Referenzwert von HPL ist 16.0</translation>
    </message>
</context>
<context>
    <name>voc::HplDefaults</name>
    <message>
        <location filename="../core/bench/hpldesign.cpp" line="+52"/>
        <source>The design has no compute role to run HPL on</source>
        <translation>Der Entwurf hat keine Rechenknoten-Rolle, auf der HPL laufen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a compute role on the Design page.</source>
        <translation>Fügen Sie auf der Seite „Entwurf“ eine Rechenknoten-Rolle hinzu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The design has too many processes</source>
        <translation>Der Entwurf hat zu viele Prozesse</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>N = %1: √(%n node(s) × %2 doubles × %3) = %4, rounded down to a multiple of %5</source>
        <translation>
            <numerusform>N = %1: √(%n Knoten × %2 Doubles × %3) = %4, abgerundet auf ein Vielfaches von %5</numerusform>
            <numerusform>N = %1: √(%n Knoten × %2 Doubles × %3) = %4, abgerundet auf ein Vielfaches von %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No problem size N is given</source>
        <translation>Es ist keine Problemgröße N angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter one or more sizes, e.g. 2000, 4000.</source>
        <translation>Geben Sie eine oder mehrere Größen ein, z. B. 2000, 4000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 problem sizes are too many</source>
        <translation>%1 Problemgrößen sind zu viele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HPL takes at most %1.</source>
        <translation>HPL nimmt höchstens %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a problem size</source>
        <translation>&apos;%1&apos; ist keine Problemgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sizes are whole numbers of at least 1, e.g. 2000, 4000.</source>
        <translation>Größen sind ganze Zahlen ab 1, z. B. 2000, 4000.</translation>
    </message>
</context>
<context>
    <name>voc::HplOutput</name>
    <message>
        <location filename="../core/bench/hploutput.cpp" line="+217"/>
        <source>the result of %1 (line %2) has no residual check</source>
        <translation>das Ergebnis von %1 (Zeile %2) hat keine Residuenprüfung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1 looks like a result row but its numbers cannot be read</source>
        <translation>Zeile %1 sieht wie eine Ergebniszeile aus, ihre Zahlen können aber nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the residual check at line %1 has no result row</source>
        <translation>die Residuenprüfung in Zeile %1 hat keine Ergebniszeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the residual check of %1 at line %2 cannot be read</source>
        <translation>die Residuenprüfung von %1 in Zeile %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>line %1: the time of %2 is %3, which HPL cannot measure</source>
        <translation>Zeile %1: die Zeit von %2 ist %3, was HPL nicht messen kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: the GFLOPS of %2 are %3, which HPL cannot measure</source>
        <translation>Zeile %1: die GFLOPS von %2 betragen %3, was HPL nicht messen kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: the residual of %2 is %3, which HPL cannot compute</source>
        <translation>Zeile %1: das Residuum von %2 ist %3, was HPL nicht berechnen kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: the residual %2 of %3 is marked PASSED above the threshold %4</source>
        <translation>Zeile %1: das Residuum %2 von %3 ist als PASSED markiert, liegt aber über dem Schwellenwert %4</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>give the output file of xhpl or hpcc (hpccoutf.txt)</source>
        <translation>geben Sie die Ausgabedatei von xhpl oder hpcc an (hpccoutf.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the output is empty</source>
        <translation>die Ausgabe ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the benchmark wrote nothing: see its error output and the MPI log</source>
        <translation>der Benchmark hat nichts geschrieben: sehen Sie in seiner Fehlerausgabe und im MPI-Protokoll nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>binary data, not the output of xhpl or hpcc</source>
        <translation>Binärdaten, nicht die Ausgabe von xhpl oder hpcc</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>neither xhpl nor hpcc output: no HPLinpack banner, no result header</source>
        <translation>weder eine Ausgabe von xhpl noch von hpcc: kein HPLinpack-Banner, kein Ergebniskopf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the output ends inside the result of %1</source>
        <translation>die Ausgabe endet innerhalb des Ergebnisses von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the output ends inside hpcc&apos;s Summary section</source>
        <translation>die Ausgabe endet innerhalb des Abschnitts Summary von hpcc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>HPL reports %1 passed and %2 failed tests, the output holds %3 and %4 rows</source>
        <translation>HPL meldet %1 bestandene und %2 fehlgeschlagene Tests, die Ausgabe enthält %3 und %4 Zeilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the output ends before the end of hpcc&apos;s HPL section</source>
        <translation>die Ausgabe endet vor dem Ende des HPL-Abschnitts von hpcc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the output ends before &quot;End of HPC Challenge tests.&quot;</source>
        <translation>die Ausgabe endet vor &quot;End of HPC Challenge tests.&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the output ends before the first result</source>
        <translation>die Ausgabe endet vor dem ersten Ergebnis</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the output ends after %n result(s), before &quot;End of Tests.&quot;</source>
        <translation>
            <numerusform>die Ausgabe endet nach %n Ergebnis, vor &quot;End of Tests.&quot;</numerusform>
            <numerusform>die Ausgabe endet nach %n Ergebnissen, vor &quot;End of Tests.&quot;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the hpcc Summary holds no ping-pong figures</source>
        <translation>die Summary von hpcc enthält keine Ping-Pong-Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run hpcc on at least two processes so that it measures latency and bandwidth</source>
        <translation>führen Sie hpcc mit mindestens zwei Prozessen aus, damit es Latenz und Bandbreite misst</translation>
    </message>
</context>
<context>
    <name>voc::HplSizing</name>
    <message>
        <location filename="../core/bench/hplsizing.cpp" line="+55"/>
        <location line="+54"/>
        <source>the number of nodes must be at least 1, not %1</source>
        <translation>die Anzahl der Knoten muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>the memory per node must be more than 0 bytes, not %1</source>
        <translation>der Arbeitsspeicher pro Knoten muss größer als 0 Byte sein, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+51"/>
        <source>the memory utilization must be above 0 and at most 1, not %1</source>
        <translation>die Speicherauslastung muss größer als 0 und höchstens 1 sein, nicht %1</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>the paper used 0.8: 80% of each node&apos;s memory</source>
        <translation>der Artikel verwendete 0.8: 80 % des Arbeitsspeichers jedes Knotens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rounding step must be at least 1, not %1</source>
        <translation>die Rundungsschrittweite muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step is usually the block size NB</source>
        <translation>die Schrittweite ist üblicherweise die Blockgröße NB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the cluster&apos;s memory is too large to size HPL for</source>
        <translation>der Arbeitsspeicher des Clusters ist zu groß, um HPL dafür zu dimensionieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the problem size %1 is below one step of %2</source>
        <translation>die Problemgröße %1 liegt unter einem Schritt von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the nodes more memory or use a smaller step</source>
        <translation>geben Sie den Knoten mehr Arbeitsspeicher oder verwenden Sie eine kleinere Schrittweite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the problem size must be at least 1, not %1</source>
        <translation>die Problemgröße muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the problem size %1 is too large</source>
        <translation>die Problemgröße %1 ist zu groß</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the number of processes must be at least 1, not %1</source>
        <translation>die Anzahl der Prozesse muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the process grid %1 x %2 has a negative side</source>
        <translation>das Prozessgitter %1 x %2 hat eine negative Seite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the process grid P x Q = %1 x %2 has %3 processes, but there are %4</source>
        <translation>das Prozessgitter P x Q = %1 x %2 hat %3 Prozesse, es gibt aber %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose P and Q with P x Q = %1, or leave the grid automatic</source>
        <translation>wählen Sie P und Q mit P x Q = %1 oder lassen Sie das Gitter automatisch bestimmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 processes cannot be laid out with %2 = %3</source>
        <translation>%1 Prozesse lassen sich nicht mit %2 = %3 anordnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose a divisor of %1</source>
        <translation>wählen Sie einen Teiler von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>write a number and a unit, e.g. 4GiB, 512MiB, 1.5GiB or 10GB (bytes without a unit)</source>
        <translation>schreiben Sie eine Zahl und eine Einheit, z. B. 4GiB, 512MiB, 1.5GiB oder 10GB (Byte ohne Einheit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the size is empty</source>
        <translation>die Größenangabe ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a size cannot be negative</source>
        <translation>eine Größe kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not start with a number</source>
        <translation>die Angabe beginnt nicht mit einer Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a size: %2</source>
        <translation>&apos;%1&apos; ist keine Größenangabe: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&apos;%1&apos; is not a size: unknown unit &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist keine Größenangabe: unbekannte Einheit &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>&apos;%1&apos; is too large</source>
        <translation>&apos;%1&apos; ist zu groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the largest size is 8 EiB</source>
        <translation>höchstens 8 EiB sind möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a whole number of bytes</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl von Bytes</translation>
    </message>
</context>
<context>
    <name>voc::ImageBuild</name>
    <message>
        <location filename="../desktop/images/imagebuild.cpp" line="+25"/>
        <source>the image build did not start: %1</source>
        <translation>die Abbilderstellung ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the script exists and is executable</source>
        <translation>prüfen Sie, ob das Skript existiert und ausführbar ist</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>image build cancelled</source>
        <translation>Abbilderstellung abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the script removed its partial output; start it again to build</source>
        <translation>das Skript hat seine unvollständige Ausgabe entfernt; starten Sie es erneut, um das Abbild zu erstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the image build failed (exit %1)</source>
        <translation>die Abbilderstellung ist fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>see the build output; building head and compute needs root, debootstrap and access to Debian&apos;s mirror</source>
        <translation>sehen Sie in der Build-Ausgabe nach; die Kopfknoten- und Rechenknoten-Abbilder zu erstellen braucht root, debootstrap und Zugriff auf den Debian-Spiegel</translation>
    </message>
</context>
<context>
    <name>voc::ImageCatalogue</name>
    <message>
        <location filename="../core/images/imagecatalogue.cpp" line="+47"/>
        <source>unknown boot mode &quot;%1&quot;</source>
        <translation>unbekannter Startmodus &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an image entry has no path</source>
        <translation>ein Abbild-Eintrag hat keinen Pfad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>fix or remove the file; the images themselves are not affected</source>
        <translation>korrigieren oder entfernen Sie die Datei; die Abbilder selbst sind nicht betroffen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the image catalogue</source>
        <translation>der Abbildkatalog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use the VOC Studio version that wrote it, or remove the file</source>
        <translation>verwenden Sie die Version von VOC Studio, die ihn geschrieben hat, oder entfernen Sie die Datei</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>could not create the folder of the image catalogue</source>
        <translation>der Ordner des Abbildkatalogs konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that its parent is writable</source>
        <translation>prüfen Sie, ob der übergeordnete Ordner beschreibbar ist</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>an image needs a path</source>
        <translation>ein Abbild braucht einen Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image is in the catalogue already</source>
        <translation>das Abbild ist bereits im Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the old entry first, or refresh it</source>
        <translation>entfernen Sie zuerst den alten Eintrag oder aktualisieren Sie ihn</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no checksum is recorded for the image</source>
        <translation>für das Abbild ist keine Prüfsumme erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compute its checksum first</source>
        <translation>berechnen Sie zuerst seine Prüfsumme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image&apos;s checksum does not match: expected sha256 %1, the file has %2</source>
        <translation>die Prüfsumme des Abbilds stimmt nicht: erwartet sha256 %1, die Datei hat %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file changed since it was added (a base image must never be written): restore or rebuild it, then add it again</source>
        <translation>die Datei hat sich seit dem Hinzufügen geändert (ein Basisabbild darf nie beschrieben werden): stellen Sie sie wieder her oder erstellen Sie sie neu und fügen Sie sie dann erneut hinzu</translation>
    </message>
</context>
<context>
    <name>voc::ImageCatalogueModel</name>
    <message>
        <location filename="../desktop/images/imagecataloguemodel.cpp" line="+43"/>
        <source>unchecked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mismatch</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual size</source>
        <translation>Virtuelle Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>voc::ImageInfo</name>
    <message>
        <location filename="../core/images/imageinfo.cpp" line="+27"/>
        <source>make a stand-alone copy: qemu-img convert -O qcow2 %1 &lt;new file&gt;.qcow2</source>
        <translation>erstellen Sie eine eigenständige Kopie: qemu-img convert -O qcow2 %1 &lt;neue Datei&gt;.qcow2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the image does not exist</source>
        <translation>das Abbild existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path, or build the image first (scripts/build-vcn-image)</source>
        <translation>prüfen Sie den Pfad oder erstellen Sie zuerst das Abbild (scripts/build-vcn-image)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image is not a readable file</source>
        <translation>das Abbild ist keine lesbare Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that the path names a file and that you may read it</source>
        <translation>prüfen Sie, ob der Pfad eine Datei bezeichnet und Sie sie lesen dürfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 info gave no image format</source>
        <translation>%1 info hat kein Abbildformat geliefert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image is in %1 format; VCNs boot from qcow2 or raw images</source>
        <translation>das Abbild hat das Format %1; VCNs starten von qcow2- oder raw-Abbildern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>convert it: qemu-img convert -O qcow2 %1 &lt;new file&gt;.qcow2</source>
        <translation>wandeln Sie es um: qemu-img convert -O qcow2 %1 &lt;neue Datei&gt;.qcow2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the image is an overlay on %1; a base image must stand alone</source>
        <translation>das Abbild ist ein Overlay auf %1; ein Basisabbild muss eigenständig sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the image manifest</source>
        <translation>das Abbild-Manifest</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <location line="+19"/>
        <source>build the image again (scripts/build-vcn-image --force)</source>
        <translation>erstellen Sie das Abbild neu (scripts/build-vcn-image --force)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>build the image with this version&apos;s scripts/build-vcn-image</source>
        <translation>erstellen Sie das Abbild mit scripts/build-vcn-image aus dieser Version</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown boot mode &quot;%1&quot; in the image manifest</source>
        <translation>unbekannter Startmodus &quot;%1&quot; im Abbild-Manifest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image manifest names no disk</source>
        <translation>das Abbild-Manifest nennt keine Festplatte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image manifest&apos;s disk is in &quot;%1&quot; format, not qcow2 or raw</source>
        <translation>die Festplatte im Abbild-Manifest hat das Format &quot;%1&quot;, nicht qcow2 oder raw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image manifest has no valid sha256</source>
        <translation>das Abbild-Manifest hat keine gültige sha256-Prüfsumme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image manifest has no virtual size</source>
        <translation>das Abbild-Manifest hat keine virtuelle Größe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image boots a kernel but its manifest names none</source>
        <translation>das Abbild startet einen Kernel, sein Manifest nennt aber keinen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a file the image manifest names is missing</source>
        <translation>eine im Abbild-Manifest genannte Datei fehlt</translation>
    </message>
</context>
<context>
    <name>voc::ImagePushJob</name>
    <message>
        <location filename="../core/images/imagepush.cpp" line="+42"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 h</source>
        <translation>%L1 h</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the site profile lists no hosts</source>
        <translation>das Standortprofil führt keine Hosts auf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the site has no host named %1</source>
        <translation>der Standort hat keinen Host namens %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its hosts: %1</source>
        <translation>seine Hosts: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>sha256sum printed no checksum</source>
        <translation>sha256sum hat keine Prüfsumme ausgegeben</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the image to push does not exist</source>
        <translation>das zu übertragende Abbild existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no pool to push the image to</source>
        <translation>kein Pool, an den das Abbild übertragen werden kann</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: checking the SHA-256 on the host</source>
        <translation>%1: SHA-256-Prüfsumme wird auf dem Host geprüft</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2 of %3, %4 MiB/s, %5 left</source>
        <translation>%1: %2 von %3, %4 MiB/s, noch %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>another push of this image to the pool may be under way; try again when it has finished</source>
        <translation>möglicherweise wird dieses Abbild gerade schon an den Pool übertragen; versuchen Sie es erneut, wenn das abgeschlossen ist</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the uploaded volume&apos;s SHA-256 differs from the image&apos;s; the volume was deleted</source>
        <translation>die SHA-256-Prüfsumme des hochgeladenen Volumes weicht von der des Abbilds ab; das Volume wurde gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the transfer or the host&apos;s storage corrupted it: try again, and check the host&apos;s disk if it happens again</source>
        <translation>die Übertragung oder der Speicher des Hosts hat es beschädigt: versuchen Sie es erneut und prüfen Sie die Festplatte des Hosts, wenn es wieder passiert</translation>
    </message>
</context>
<context>
    <name>voc::ImagesPage</name>
    <message>
        <location filename="../desktop/images/imagespage.ui" line="+18"/>
        <source>&amp;Add Image…</source>
        <translation>Abbild hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a qcow2 or raw base image (or a build-vcn-image manifest.json): inspect it and compute its SHA-256</source>
        <translation>Ein qcow2- oder raw-Basisabbild (oder eine manifest.json von build-vcn-image) hinzufügen: untersuchen und seine SHA-256-Prüfsumme berechnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected image from the catalogue (the file stays)</source>
        <translation>Das ausgewählte Abbild aus dem Katalog entfernen (die Datei bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash the selected image again and compare with its recorded SHA-256</source>
        <translation>Die Prüfsumme des ausgewählten Abbilds neu berechnen und mit der erfassten SHA-256-Prüfsumme vergleichen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Build Demo Images</source>
        <translation>Demo-Abbilder ers&amp;tellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run scripts/build-vcn-image for the chosen role and add what it built (cached by recipe: an unchanged image is not rebuilt)</source>
        <translation>scripts/build-vcn-image für die gewählte Rolle ausführen und die erstellten Abbilder hinzufügen (nach Rezept zwischengespeichert: ein unverändertes Abbild wird nicht neu erstellt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which demo images to build</source>
        <translation>Welche Demo-Abbilder erstellt werden sollen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the checksum or the image build</source>
        <translation>Die Prüfsummenberechnung oder die Abbilderstellung abbrechen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Image build output</source>
        <translation>Ausgabe der Abbilderstellung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size on disk:</source>
        <translation>Größe auf der Festplatte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Virtual size:</source>
        <translation>Virtuelle Größe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot mode:</source>
        <translation>Startmodus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initrd:</source>
        <translation>Initrd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command line:</source>
        <translation>Befehlszeile:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built for:</source>
        <translation>Erstellt für:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use in the design</source>
        <translation>Im Entwurf verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Use in Design</source>
        <translation>Im Entwurf &amp;verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the role&apos;s image: path, SHA-256, boot mode and kernel boot files (undoable)</source>
        <translation>Das Abbild der Rolle festlegen: Pfad, SHA-256-Prüfsumme, Startmodus und Dateien für den Kernel-Start (rückgängig zu machen)</translation>
    </message>
    <message>
        <location filename="../desktop/images/imagespage.cpp" line="+48"/>
        <source>Tiny test image</source>
        <translation>Winziges Testabbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head image</source>
        <translation>Kopfknoten-Abbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute image</source>
        <translation>Rechenknoten-Abbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All demo images</source>
        <translation>Alle Demo-Abbilder</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Add a Base Image</source>
        <translation>Basisabbild hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk images (*.qcow2 *.img *.raw);;Image manifests (manifest.json);;All files (*)</source>
        <translation>Festplattenabbilder (*.qcow2 *.img *.raw);;Abbild-Manifeste (manifest.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Reading the image catalogue</source>
        <translation>Abbildkatalog wird gelesen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>this image is in the catalogue already</source>
        <translation>dieses Abbild ist bereits im Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>select it and press Verify to check it again</source>
        <translation>wählen Sie es aus und klicken Sie auf „Prüfen“, um es erneut zu prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inspecting %1</source>
        <translation>%1 wird untersucht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Computing the SHA-256 of %1</source>
        <translation>SHA-256-Prüfsumme von %1 wird berechnet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checksum cancelled</source>
        <translation>Prüfsummenberechnung abgebrochen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 matches its SHA-256</source>
        <translation>%1 stimmt mit seiner SHA-256-Prüfsumme überein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removed %1 from the catalogue</source>
        <translation>%1 aus dem Katalog entfernt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scripts/build-vcn-image was not found</source>
        <translation>scripts/build-vcn-image wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run VOC Studio from its build tree, or set VOCSTUDIO_BUILD_VCN_IMAGE to the script&apos;s path</source>
        <translation>starten Sie VOC Studio aus seinem Build-Verzeichnis oder setzen Sie VOCSTUDIO_BUILD_VCN_IMAGE auf den Pfad des Skripts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>$ %1 --role %2</source>
        <translation>$ %1 --role %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building %1</source>
        <translation>%1 wird erstellt</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Built and added %n image(s)</source>
        <translation>
            <numerusform>%n Abbild erstellt und hinzugefügt</numerusform>
            <numerusform>%n Abbilder erstellt und hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing the built images</source>
        <translation>Die erstellten Abbilder werden importiert</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The role uses this image already</source>
        <translation>Die Rolle verwendet dieses Abbild bereits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use %1 for %2</source>
        <translation>%1 für %2 verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now boots %2</source>
        <translation>%1 startet jetzt %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No image selected</source>
        <translation>Kein Abbild ausgewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kernel (direct kernel boot)</source>
        <translation>Kernel (direkter Kernel-Start)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>added by hand</source>
        <translation>von Hand hinzugefügt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no image</source>
        <translation>kein Abbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>head</source>
        <translation>Kopfknoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>compute</source>
        <translation>Rechenknoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (role %2, now %3)</source>
        <translation>%1 (Rolle %2, derzeit %3)</translation>
    </message>
</context>
<context>
    <name>voc::ImportBundleJob</name>
    <message>
        <location filename="../core/bundle/importbundlejob.cpp" line="-247"/>
        <source>nothing was extracted; import only bundles written by VOC Studio (Export Bundle or `vocctl export`)</source>
        <translation>es wurde nichts entpackt; importieren Sie nur Pakete, die VOC Studio geschrieben hat („Paket exportieren“ oder `vocctl export`)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a hard link</source>
        <translation>ein harter Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unknown kind of member</source>
        <translation>eine unbekannte Art von Eintrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a member without a name (at byte %1)</source>
        <translation>ein Eintrag ohne Namen (bei Byte %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the member &quot;%1&quot; has an absolute path</source>
        <translation>der Eintrag &quot;%1&quot; hat einen absoluten Pfad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the member &quot;%1&quot; leads out of the target folder (&quot;..&quot;)</source>
        <translation>der Eintrag &quot;%1&quot; führt aus dem Zielordner heraus (&quot;..&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the member &quot;%1&quot; is %2</source>
        <translation>der Eintrag &quot;%1&quot; ist %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (to &quot;%1&quot;)</source>
        <translation> (auf &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; unpacks to %2 from %3 of data in the bundle: the images would hold %4 of holes, more than the %5 an import hashes beyond the data</source>
        <translation>&quot;%1&quot; wird aus %3 Daten im Paket zu %2 entpackt: die Abbilder enthielten %4 an Löchern, mehr als die %5, die ein Import über die Daten hinaus in die Prüfsumme einbezieht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was extracted; if you trust the bundle, raise the limit (vocctl import --max-holes SIZE, or %1=SIZE)</source>
        <translation>es wurde nichts entpackt; wenn Sie dem Paket vertrauen, erhöhen Sie die Grenze (vocctl import --max-holes SIZE oder %1=SIZE)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the member &quot;%1&quot; is in the archive twice</source>
        <translation>der Eintrag &quot;%1&quot; ist doppelt im Archiv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a VOC Studio bundle: it has no bundle.json</source>
        <translation>kein Paket von VOC Studio: es enthält keine bundle.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that this is the bundle you meant</source>
        <translation>prüfen Sie, ob dies das gemeinte Paket ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the member &quot;%1&quot; is not declared in bundle.json</source>
        <translation>der Eintrag &quot;%1&quot; ist in bundle.json nicht angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bundle.json declares &quot;%1&quot;, which the archive lacks</source>
        <translation>bundle.json gibt &quot;%1&quot; an, das im Archiv fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bundle is incomplete; export it again</source>
        <translation>das Paket ist unvollständig; exportieren Sie es erneut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is %2 bytes where bundle.json declares %3</source>
        <translation>&quot;%1&quot; ist %2 Byte groß, bundle.json gibt aber %3 an</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>roles[%1].image.%2 of the design names &quot;%3&quot;, which is not a %4 file of the bundle</source>
        <translation>roles[%1].image.%2 des Entwurfs nennt &quot;%3&quot;, das keine Datei der Art %4 im Paket ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle is inconsistent; export it again</source>
        <translation>das Paket ist widersprüchlich; exportieren Sie es erneut</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the bundle does not exist</source>
        <translation>das Paket existiert nicht</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>is not a folder of its own</source>
        <translation>ist kein eigener Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import into another folder (-C DIR)</source>
        <translation>importieren Sie in einen anderen Ordner (-C DIR)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not create the folder</source>
        <translation>der Ordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that you may write there</source>
        <translation>prüfen Sie, ob Sie dort schreiben dürfen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>files of the bundle exist already: %1</source>
        <translation>Dateien des Pakets existieren bereits: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import into an empty folder (-C DIR), or replace them (--force)</source>
        <translation>importieren Sie in einen leeren Ordner (-C DIR) oder ersetzen Sie sie (--force)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Extracting %1</source>
        <translation>%1 wird entpackt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Verifying %1</source>
        <translation>%1 wird überprüft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the image %1 does not match its checksum (bundle.json: %2, content: %3)</source>
        <translation>das Abbild %1 stimmt nicht mit seiner Prüfsumme überein (bundle.json: %2, Inhalt: %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the bundle was damaged on its way; nothing was imported; copy it again or export it anew</source>
        <translation>das Paket wurde unterwegs beschädigt; es wurde nichts importiert; kopieren Sie es erneut oder exportieren Sie es neu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>could not move the file into place</source>
        <translation>die Datei konnte nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
</context>
<context>
    <name>voc::ImportManifestsJob</name>
    <message>
        <location filename="../desktop/images/imagejobs.cpp" line="+30"/>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
</context>
<context>
    <name>voc::InspectImageJob</name>
    <message>
        <location line="-15"/>
        <source>Inspecting %1</source>
        <translation>%1 wird untersucht</translation>
    </message>
</context>
<context>
    <name>voc::Ipv4</name>
    <message>
        <location filename="../core/net/ipv4.cpp" line="+63"/>
        <source>write four numbers from 0 to 255 separated by dots, without leading zeros, e.g. 10.77.0.1</source>
        <translation>schreiben Sie vier durch Punkte getrennte Zahlen von 0 bis 255 ohne führende Nullen, z. B. 10.77.0.1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an IPv4 address: it has %2 parts, not 4</source>
        <translation>&apos;%1&apos; ist keine IPv4-Adresse: sie hat %2 Teile, nicht 4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not an IPv4 address: &apos;%2&apos; is not a number from 0 to 255</source>
        <translation>&apos;%1&apos; ist keine IPv4-Adresse: &apos;%2&apos; ist keine Zahl von 0 bis 255</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write a network address and a prefix length, e.g. 10.77.0.0/24</source>
        <translation>schreiben Sie eine Netzwerkadresse und eine Präfixlänge, z. B. 10.77.0.0/24</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a subnet: the prefix length (&apos;/24&apos;) is missing</source>
        <translation>&apos;%1&apos; ist kein Subnetz: die Präfixlänge (&apos;/24&apos;) fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a subnet: the prefix length must be a number from 0 to 32</source>
        <translation>&apos;%1&apos; ist kein Subnetz: die Präfixlänge muss eine Zahl von 0 bis 32 sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a subnet: %2</source>
        <translation>&apos;%1&apos; ist kein Subnetz: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a subnet: the address has host bits set</source>
        <translation>&apos;%1&apos; ist kein Subnetz: in der Adresse sind Host-Bits gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network address is %1</source>
        <translation>die Netzwerkadresse ist %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot allocate a negative number (%1) of addresses</source>
        <translation>eine negative Anzahl (%1) von Adressen kann nicht zugeteilt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>use a larger subnet (a shorter prefix length)</source>
        <translation>verwenden Sie ein größeres Subnetz (eine kürzere Präfixlänge)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a larger subnet, e.g. %1</source>
        <translation>verwenden Sie ein größeres Subnetz, z. B. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2 free addresses, %3 are needed</source>
        <translation>%1 hat %2 freie Adressen, benötigt werden %3</translation>
    </message>
</context>
<context>
    <name>voc::Job</name>
    <message>
        <location filename="../core/common/job.cpp" line="+51"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>voc::JsonFile</name>
    <message>
        <location filename="../core/common/jsonfile.cpp" line="+31"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has format &quot;%2&quot;, this version reads &quot;%3&quot;</source>
        <translation>%1 hat das Format &quot;%2&quot;, diese Version liest &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../core/common/jsonduplicates.cpp" line="+225"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the key &quot;%1&quot; appears twice in the same object</source>
        <translation>der Schlüssel &quot;%1&quot; kommt im selben Objekt doppelt vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep one of the two: which one counts would otherwise depend on the program reading the file</source>
        <translation>behalten Sie nur einen der beiden: welcher gilt, hinge sonst vom Programm ab, das die Datei liest</translation>
    </message>
</context>
<context>
    <name>voc::Ldap</name>
    <message>
        <location filename="../core/directory/ldaperror.cpp" line="+30"/>
        <source>check the bind DN and password</source>
        <translation>prüfen Sie Bind-DN und Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the account has no password to bind with: check the bind DN</source>
        <translation>das Konto hat kein Passwort für die Anmeldung: prüfen Sie den Bind-DN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is the LDAP server at %1 running and reachable? check the host and port of the URI</source>
        <translation>läuft der LDAP-Server unter %1 und ist er erreichbar? Prüfen Sie Host und Port der URI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS with %1 could not be set up: check the CA file (it must be the CA that signed the server&apos;s certificate) and that the certificate names this host</source>
        <translation>TLS mit %1 konnte nicht eingerichtet werden: prüfen Sie die CA-Datei (sie muss die CA enthalten, die das Zertifikat des Servers signiert hat) und ob das Zertifikat diesen Host nennt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not answer in time: check that it is reachable and not overloaded, or raise the timeout</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: prüfen Sie, ob der Server erreichbar und nicht überlastet ist, oder erhöhen Sie die Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server requires TLS: use StartTLS (the default) or an ldaps:// URI</source>
        <translation>der Server verlangt TLS: verwenden Sie StartTLS (die Voreinstellung) oder eine ldaps://-URI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bind DN may not do this: ask the site&apos;s directory administrator for the rights (olcAccess)</source>
        <translation>der Bind-DN darf das nicht: bitten Sie den Verzeichnisadministrator des Standorts um die Rechte (olcAccess)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry with that name exists already: remove it or choose another name</source>
        <translation>ein Eintrag mit diesem Namen existiert bereits: entfernen Sie ihn oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check the base DN, or the entry was removed meanwhile</source>
        <translation>prüfen Sie den Basis-DN, oder der Eintrag wurde inzwischen entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s size limit was reached: ask the directory administrator to allow paged results for this account</source>
        <translation>die Größenbeschränkung des Servers wurde erreicht: bitten Sie den Verzeichnisadministrator, für dieses Konto seitenweise Ergebnisse (paged results) zuzulassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server&apos;s schema lacks what VCN records need: load the nis schema (ipHost, ieee802Device)</source>
        <translation>dem Schema des Servers fehlt, was VCN-Einträge brauchen: laden Sie das Schema nis (ipHost, ieee802Device)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server refused for now: try again later or see its log</source>
        <translation>der Server lehnt derzeit ab: versuchen Sie es später erneut oder sehen Sie in seinem Protokoll nach</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>another entry already holds this name, address or MAC: choose another value, or remove the old entry first</source>
        <translation>ein anderer Eintrag belegt bereits diesen Namen, diese Adresse oder diese MAC: wählen Sie einen anderen Wert oder entfernen Sie zuerst den alten Eintrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; %1 %2 is held by another entry</source>
        <translation>; %1 %2 gehört bereits einem anderen Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another entry (perhaps another VO&apos;s, which this account cannot see) already holds this %1: choose another value</source>
        <translation>ein anderer Eintrag (vielleicht der einer anderen VO, den dieses Konto nicht sieht) hat dieses %1 bereits: wählen Sie einen anderen Wert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>; the account %1 may write only below its own entry %2, and %3 is not below it</source>
        <translation>; das Konto %1 darf nur unterhalb seines eigenen Eintrags %2 schreiben, und %3 liegt nicht darunter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a VO works only with its own VOCs: check directory.vo and directory.bindDn in the site profile, or ask the provider</source>
        <translation>eine VO arbeitet nur mit ihren eigenen VOCs: prüfen Sie directory.vo und directory.bindDn im Standortprofil oder fragen Sie den Anbieter</translation>
    </message>
</context>
<context>
    <name>voc::LdapDirectory</name>
    <message>
        <location filename="../core/directory/ldapdirectory.cpp" line="+28"/>
        <source>this directory holds no VO grants</source>
        <translation>dieses Verzeichnis enthält keine VO-Zuteilungen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not connected to %1</source>
        <translation>nicht mit %1 verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last reconnect failed; try again</source>
        <translation>der letzte Verbindungsversuch ist fehlgeschlagen; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>could not request paged results</source>
        <translation>seitenweise Ergebnisse konnten nicht angefordert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not search %1</source>
        <translation>%1 konnte nicht durchsucht werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not read the result of searching %1</source>
        <translation>das Suchergebnis für %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not read the paged results of %1</source>
        <translation>die seitenweisen Ergebnisse von %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not add %1</source>
        <translation>%1 konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the entry of VO %1, %2, does not exist in %3 (or this account may not read it)</source>
        <translation>der Eintrag der VO %1, %2, existiert in %3 nicht (oder dieses Konto darf ihn nicht lesen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check directory.vo and directory.baseDn in the site profile; the provider makes a VO&apos;s entry when it adds the VO</source>
        <translation>prüfen Sie directory.vo und directory.baseDn im Standortprofil; der Anbieter legt den Eintrag einer VO an, wenn er die VO hinzufügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the base DN %1 does not exist in %2 (or this account may not read it)</source>
        <translation>der Basis-DN %1 existiert in %2 nicht (oder dieses Konto darf ihn nicht lesen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check directory.baseDn in the site profile (or --base) against the directory&apos;s suffix</source>
        <translation>gleichen Sie directory.baseDn im Standortprofil (oder --base) mit dem Suffix des Verzeichnisses ab</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>could not ask %1 who we are bound as</source>
        <translation>%1 konnte nicht nach der angemeldeten Identität gefragt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>the VOC %1 has no entry in the directory</source>
        <translation>der VOC %1 hat keinen Eintrag im Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the VOCs with `vocctl directory list`</source>
        <translation>listen Sie die VOCs mit `vocctl directory list` auf</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the site profile names no VO, and a single-tenant site has no grants</source>
        <translation>das Standortprofil nennt keine VO, und ein Standort für nur einen Mandanten hat keine Zuteilungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a VO&apos;s profile names it in its directory section (&quot;vo&quot;); the provider hands it over with the VO&apos;s account</source>
        <translation>das Profil einer VO nennt sie im Verzeichnisabschnitt (&quot;vo&quot;); der Anbieter übergibt es mit dem Konto der VO</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not read the grant of VO %1 at %2</source>
        <translation>die Zuteilung der VO %1 bei %2 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the provider to let the VO read its entry</source>
        <translation>bitten Sie den Anbieter, der VO das Lesen ihres Eintrags zu erlauben</translation>
    </message>
    <message>
        <location filename="../core/directory/ldapdirectorywrite.cpp" line="+127"/>
        <source>VCN record %1: %2</source>
        <translation>VCN-Eintrag %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every hostname, IP and MAC must be unique in the batch; nothing was written</source>
        <translation>jeder Hostname, jede IP und jede MAC muss im Stapel eindeutig sein; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>%1 %2 of VCN record %3 is already used by %4</source>
        <translation>%1 %2 von VCN-Eintrag %3 wird bereits von %4 verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose another value, or remove the old entry first; nothing was written</source>
        <translation>wählen Sie einen anderen Wert oder entfernen Sie zuerst den alten Eintrag; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>VCN record %1 belongs to VO %2, and this site profile is for a single-tenant site</source>
        <translation>der VCN-Eintrag %1 gehört der VO %2, und dieses Standortprofil ist für einen Standort mit nur einem Mandanten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VCN record %1 belongs to VO %2, and this site profile is VO %3&apos;s</source>
        <translation>der VCN-Eintrag %1 gehört der VO %2, und dieses Standortprofil ist das der VO %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use the profile of the record&apos;s VO; nothing was written</source>
        <translation>verwenden Sie das Profil der VO des Eintrags; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>nothing of this batch was kept</source>
        <translation>von diesem Stapel wurde nichts behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; nothing of this batch was kept</source>
        <translation>; von diesem Stapel wurde nichts behalten</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n entry(s) of this batch could not be removed again: %1</source>
        <translation>
            <numerusform>; %n Eintrag dieses Stapels konnte nicht wieder entfernt werden: %1</numerusform>
            <numerusform>; %n Einträge dieses Stapels konnten nicht wieder entfernt werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove them by hand or with `vocctl directory remove`</source>
        <translation>entfernen Sie sie von Hand oder mit `vocctl directory remove`</translation>
    </message>
</context>
<context>
    <name>voc::LdapSession</name>
    <message>
        <location filename="../core/directory/ldapsession.cpp" line="+39"/>
        <source>could not set the LDAP option %1</source>
        <translation>die LDAP-Option %1 konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not an ldap:// or ldaps:// URI</source>
        <translation>&apos;%1&apos; ist keine ldap://- oder ldaps://-URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the directory&apos;s URI as ldap://host[:port] (StartTLS) or ldaps://host[:port]</source>
        <translation>schreiben Sie die URI des Verzeichnisses als ldap://host[:port] (StartTLS) oder ldaps://host[:port]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refusing to send the bind password to %1 unencrypted (no StartTLS)</source>
        <translation>das Bind-Passwort wird nicht unverschlüsselt an %1 gesendet (kein StartTLS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>turn StartTLS on or use ldaps://; a directory that really has no TLS needs &quot;allowUnencrypted&quot;: true in the site profile</source>
        <translation>schalten Sie StartTLS ein oder verwenden Sie ldaps://; ein Verzeichnis, das wirklich kein TLS hat, braucht &quot;allowUnencrypted&quot;: true im Standortprofil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the CA file %1 does not exist or is not readable</source>
        <translation>die CA-Datei %1 existiert nicht oder ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the CA file in the site profile</source>
        <translation>prüfen Sie die CA-Datei im Standortprofil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a usable LDAP URI: %2</source>
        <translation>&apos;%1&apos; ist keine verwendbare LDAP-URI: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the URI as ldap://host[:port] or ldaps://host[:port]</source>
        <translation>schreiben Sie die URI als ldap://host[:port] oder ldaps://host[:port]</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not offer StartTLS</source>
        <translation>%1 bietet kein StartTLS an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enable TLS on the server (a certificate and key), or use an ldaps:// URI; VOC Studio does not bind without TLS unless StartTLS is switched off in the site profile</source>
        <translation>aktivieren Sie TLS auf dem Server (Zertifikat und Schlüssel) oder verwenden Sie eine ldaps://-URI; VOC Studio meldet sich nur dann ohne TLS an, wenn StartTLS im Standortprofil ausgeschaltet ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not start TLS with %1</source>
        <translation>TLS mit %1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not bind as %1 to %2</source>
        <translation>die Anmeldung als %1 an %2 ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>cannot write %1=%2 as a DN component</source>
        <translation>%1=%2 kann nicht als DN-Bestandteil geschrieben werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+40"/>
        <source>&apos;%1&apos; is not a DN</source>
        <translation>&apos;%1&apos; ist kein DN</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>write a DN such as dc=vsp,dc=example</source>
        <translation>schreiben Sie einen DN wie dc=vsp,dc=example</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>base DN: %1</source>
        <translation>Basis-DN: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>directory.vo: %1</source>
        <translation>directory.vo: %1</translation>
    </message>
</context>
<context>
    <name>voc::LdapWatch</name>
    <message>
        <location filename="../core/directory/ldapwatch.cpp" line="+366"/>
        <source>could not follow the VCN records under %1</source>
        <translation>die VCN-Einträge unter %1 konnten nicht verfolgt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended the sync of %2 instead of sending changes</source>
        <translation>%1 hat die Synchronisation von %2 beendet, statt Änderungen zu senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check that the syncprov overlay is on the database</source>
        <translation>prüfen Sie, ob das Overlay syncprov auf der Datenbank eingerichtet ist</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>lost the sync of the VCN records under %1</source>
        <translation>die Synchronisation der VCN-Einträge unter %1 ging verloren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended the sync of %2</source>
        <translation>%1 hat die Synchronisation von %2 beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server may be shutting down; reconnect</source>
        <translation>der Server wird möglicherweise heruntergefahren; verbinden Sie sich erneut</translation>
    </message>
</context>
<context>
    <name>voc::Libvirt</name>
    <message>
        <location filename="../core/virt/libvirterror.cpp" line="+45"/>
        <source>is libvirtd running? start it with `libvirtd -d` (or `systemctl start libvirtd`)</source>
        <translation>läuft libvirtd? Starten Sie ihn mit `libvirtd -d` (oder `systemctl start libvirtd`)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the daemon refused root: check its access settings (unix_sock_rw_perms, auth_unix_rw and access_drivers in libvirtd.conf)</source>
        <translation>der Dienst hat root abgewiesen: prüfen Sie seine Zugriffseinstellungen (unix_sock_rw_perms, auth_unix_rw und access_drivers in libvirtd.conf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may not use this libvirt daemon: run as root, add your user to the &apos;libvirt&apos; group, or use qemu:///session</source>
        <translation>Sie dürfen diesen libvirt-Dienst nicht verwenden: führen Sie das Programm als root aus, fügen Sie Ihren Benutzer der Gruppe &apos;libvirt&apos; hinzu oder verwenden Sie qemu:///session</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QEMU runs as your account on that host (a libvirt session): it opens only files your account may read; upload images and kernels to your own storage pool (the site profile&apos;s storage) and keep overlays there</source>
        <translation>QEMU läuft auf diesem Host unter Ihrem Konto (eine libvirt-Sitzung): es öffnet nur Dateien, die Ihr Konto lesen darf; laden Sie Abbilder und Kernel in Ihren eigenen Speicherpool (den Speicher des Standortprofils) hoch und legen Sie Overlays dort ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QEMU runs as its own user under qemu:///system (libvirt-qemu): it must be able to read the file and enter every folder above it, which a home folder such as /root does not allow; keep images and overlays elsewhere (root&apos;s defaults: /var/cache/vocstudio/images and /var/lib/vocstudio/overlays)</source>
        <translation>QEMU läuft unter qemu:///system als eigener Benutzer (libvirt-qemu): dieser muss die Datei lesen und jeden darüberliegenden Ordner betreten können, was ein persönlicher Ordner wie /root nicht erlaubt; legen Sie Abbilder und Overlays woanders ab (Vorgaben für root: /var/cache/vocstudio/images und /var/lib/vocstudio/overlays)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>it may have been stopped or removed meanwhile</source>
        <translation>es wurde möglicherweise inzwischen gestoppt oder entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the object is not in a state that allows this</source>
        <translation>das Objekt ist nicht in einem Zustand, der dies erlaubt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the name is taken: remove the leftover or choose another name</source>
        <translation>der Name ist vergeben: entfernen Sie die Überreste oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>this libvirt driver cannot do that; a newer libvirt or another hypervisor may</source>
        <translation>dieser libvirt-Treiber kann das nicht; ein neueres libvirt oder ein anderer Hypervisor kann es vielleicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the daemon or the guest did not answer in time; try again</source>
        <translation>der Dienst oder der Gast hat nicht rechtzeitig geantwortet; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host is out of memory</source>
        <translation>der Host hat keinen freien Arbeitsspeicher mehr</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>libvirt gave no reason; see its log</source>
        <translation>libvirt hat keinen Grund angegeben; sehen Sie in dessen Protokoll nach</translation>
    </message>
</context>
<context>
    <name>voc::LibvirtEventLoop</name>
    <message>
        <location filename="../core/virt/eventloop.cpp" line="+69"/>
        <source>the libvirt event loop failed</source>
        <translation>die Ereignisschleife von libvirt ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Qt&apos;s GLib event dispatcher blocks libvirt&apos;s event loop</source>
        <translation>der GLib-Ereignisverteiler von Qt blockiert die Ereignisschleife von libvirt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start the program with QT_NO_GLIB=1</source>
        <translation>starten Sie das Programm mit QT_NO_GLIB=1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not set up libvirt&apos;s event loop</source>
        <translation>die Ereignisschleife von libvirt konnte nicht eingerichtet werden</translation>
    </message>
</context>
<context>
    <name>voc::LibvirtHypervisor</name>
    <message>
        <location filename="../core/virt/libvirthypervisor.cpp" line="+52"/>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the daemon closed the connection</source>
        <translation>der Dienst hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the daemon stopped answering (keepalive timeout)</source>
        <translation>der Dienst antwortet nicht mehr (Keepalive-Zeitüberschreitung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the ssh command %1 is not an executable file</source>
        <translation>der ssh-Befehl %1 ist keine ausführbare Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ssh command %1 does not exist</source>
        <translation>den ssh-Befehl %1 gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the command= of the host&apos;s URI in the site profile (a sandbox site that was taken down took its ssh wrapper along)</source>
        <translation>prüfen Sie command= in der URI des Hosts im Standortprofil (ein abgebauter Sandbox-Standort hat seinen ssh-Wrapper mitgenommen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not connect to the hypervisor</source>
        <translation>die Verbindung zum Hypervisor konnte nicht hergestellt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no keepalive</source>
        <translation>kein Keepalive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no close callback</source>
        <translation>keine Rückruffunktion für das Schließen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not deregister</source>
        <translation>die Registrierung konnte nicht aufgehoben werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>could not read the hypervisor&apos;s version</source>
        <translation>die Version des Hypervisors konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not read libvirt&apos;s version</source>
        <translation>die Version von libvirt konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not read the host&apos;s CPU and memory</source>
        <translation>CPU und Arbeitsspeicher des Hosts konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not read the hypervisor&apos;s capabilities</source>
        <translation>die Fähigkeiten des Hypervisors konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such domain</source>
        <translation>die Domäne existiert nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such network</source>
        <translation>das Netzwerk existiert nicht</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>could not start the domain</source>
        <translation>die Domäne konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a domain named %1 exists already: stop the run that owns it, or remove it with `virsh destroy %1`</source>
        <translation>eine Domäne namens %1 existiert bereits: beenden Sie den Lauf, zu dem sie gehört, oder entfernen Sie sie mit `virsh destroy %1`</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not pause the domain</source>
        <translation>die Domäne konnte nicht angehalten werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not resume the domain</source>
        <translation>die Domäne konnte nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not reset the domain</source>
        <translation>die Domain konnte nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not stop the domain</source>
        <translation>die Domäne konnte nicht gestoppt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not list the domains</source>
        <translation>die Domänen konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>could not read the domain&apos;s state</source>
        <translation>der Zustand der Domäne konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not read the domain&apos;s definition</source>
        <translation>die Definition der Domäne konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not start the network</source>
        <translation>das Netzwerk konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network named %1 exists already: stop the run that owns it, or remove it with `virsh net-destroy %1`</source>
        <translation>ein Netzwerk namens %1 existiert bereits: beenden Sie den Lauf, zu dem es gehört, oder entfernen Sie es mit `virsh net-destroy %1`</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not stop the network</source>
        <translation>das Netzwerk konnte nicht gestoppt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not list the networks</source>
        <translation>die Netzwerke konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>could not read the network&apos;s DHCP leases</source>
        <translation>die DHCP-Leases des Netzwerks konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no storage pool of that name</source>
        <translation>kein Speicherpool mit diesem Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>define the pool on the host (virsh pool-define-as %1 dir --target DIR; virsh pool-start %1), or fix the site profile&apos;s pool name</source>
        <translation>definieren Sie den Pool auf dem Host (virsh pool-define-as %1 dir --target DIR; virsh pool-start %1) oder korrigieren Sie den Poolnamen im Standortprofil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not refresh the pool</source>
        <translation>der Pool konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not read the storage pool&apos;s size</source>
        <translation>die Größe des Speicherpools konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not read the storage pool&apos;s definition</source>
        <translation>die Definition des Speicherpools konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>could not look up the interface</source>
        <translation>die Schnittstelle konnte nicht gefunden werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not read the interface&apos;s definition</source>
        <translation>die Definition der Schnittstelle konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>voc::LibvirtStorage</name>
    <message>
        <location filename="../core/virt/libvirtstorage.cpp" line="+73"/>
        <source>could not read the volume&apos;s size</source>
        <translation>die Größe des Volumes konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not read the volume&apos;s definition</source>
        <translation>die Definition des Volumes konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>no storage pool of that name</source>
        <translation>kein Speicherpool mit diesem Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>define and start the pool on the host, or fix the site profile&apos;s pool name</source>
        <translation>definieren und starten Sie den Pool auf dem Host oder korrigieren Sie den Poolnamen im Standortprofil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>could not refresh the storage pool</source>
        <translation>der Speicherpool konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is the pool started? virsh pool-start %1</source>
        <translation>ist der Pool gestartet? virsh pool-start %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not list the pool&apos;s volumes</source>
        <translation>die Volumes des Pools konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>could not look up the volume</source>
        <translation>das Volume konnte nicht gefunden werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>could not create the overlay volume on %1</source>
        <translation>das Overlay-Volume auf %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no volume of that name</source>
        <translation>kein Volume mit diesem Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not delete the volume</source>
        <translation>das Volume konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not delete the partial volume</source>
        <translation>das unvollständige Volume konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>could not open the image: %1</source>
        <translation>das Abbild konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>could not create the volume for the upload</source>
        <translation>das Volume für das Hochladen konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not open an upload stream</source>
        <translation>es konnte kein Datenstrom zum Hochladen geöffnet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not start the upload</source>
        <translation>das Hochladen konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>upload cancelled</source>
        <translation>Hochladen abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not read the image: %1</source>
        <translation>das Abbild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the image got shorter during the upload</source>
        <translation>das Abbild ist während des Hochladens kürzer geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not change an image while it is pushed</source>
        <translation>ändern Sie ein Abbild nicht, während es übertragen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the upload failed</source>
        <translation>das Hochladen ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the host could not complete the upload</source>
        <translation>der Host konnte das Hochladen nicht abschließen</translation>
    </message>
</context>
<context>
    <name>voc::LocalRun</name>
    <message>
        <location filename="../core/run/preflight.cpp" line="+43"/>
        <source>the %1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the image paths of the design, or build the image first (scripts/build-vcn-image)</source>
        <translation>prüfen Sie die Abbildpfade des Entwurfs oder erstellen Sie zuerst das Abbild (scripts/build-vcn-image)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 is not a readable file</source>
        <translation>%1 ist keine lesbare Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>run `vocctl validate` on the design</source>
        <translation>führen Sie `vocctl validate` für den Entwurf aus</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>could not read the file: %1</source>
        <translation>die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>kernel</source>
        <translation>der Kernel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>initrd</source>
        <translation>die Initrd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>base image</source>
        <translation>das Basisabbild</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the base image&apos;s sha256 is %1, the design expects %2</source>
        <translation>die SHA-256-Prüfsumme des Basisabbilds ist %1, der Entwurf erwartet %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image changed since the design recorded it: rebuild or re-checksum it, or fix the path</source>
        <translation>das Abbild hat sich geändert, seit der Entwurf es erfasst hat: erstellen Sie es neu, berechnen Sie die Prüfsumme neu oder korrigieren Sie den Pfad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not read the free space</source>
        <translation>der freie Speicherplatz konnte nicht ermittelt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no disk space for the overlays: %1 MiB free, %2 VCNs need %3 MiB</source>
        <translation>kein Speicherplatz für die Overlays: %1 MiB frei, %2 VCNs brauchen %3 MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>free some space on %1, or choose another overlay folder</source>
        <translation>geben Sie Speicherplatz auf %1 frei oder wählen Sie einen anderen Overlay-Ordner</translation>
    </message>
    <message>
        <location filename="../core/run/localprobe.cpp" line="+122"/>
        <source>the connection to libvirt was lost during the boot</source>
        <translation>die Verbindung zu libvirt ging während des Startens verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check that libvirtd is running, then `vocctl down FILE`</source>
        <translation>prüfen Sie, ob libvirtd läuft, und führen Sie dann `vocctl down FILE` aus</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>; its serial log: %1</source>
        <translation>; sein serielles Protokoll: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stopped during its boot</source>
        <translation>%1 wurde während des Startens beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>see its serial log: %1</source>
        <translation>sehen Sie im seriellen Protokoll nach: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not ready within %1 s: %2</source>
        <translation>nicht innerhalb von %1 s bereit: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>see the serial logs in %1; give more time with --timeout</source>
        <translation>sehen Sie in den seriellen Protokollen in %1 nach; geben Sie mit --timeout mehr Zeit</translation>
    </message>
    <message>
        <location filename="../core/run/localrun.cpp" line="+149"/>
        <source>%1 VCNs up</source>
        <translation>%1 VCNs laufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checking the design</source>
        <translation>Entwurf wird geprüft</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>checking the base images</source>
        <translation>Basisabbilder werden geprüft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is libvirtd running? Start it (systemctl start libvirtd) or pass another --uri</source>
        <translation>läuft libvirtd? Starten Sie ihn (systemctl start libvirtd) oder geben Sie eine andere --uri an</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>another run of %1 is starting (process %2)</source>
        <translation>ein anderer Lauf von %1 startet gerade (Prozess %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wait for it, or stop it and run `vocctl down FILE`</source>
        <translation>warten Sie darauf oder beenden Sie ihn und führen Sie `vocctl down FILE` aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this VOC is running already: remove it with `vocctl down FILE`</source>
        <translation>dieser VOC läuft bereits: entfernen Sie ihn mit `vocctl down FILE`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removing leftovers of an earlier run</source>
        <translation>Überreste eines früheren Laufs werden entfernt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>creating the network %1 and %2 overlays</source>
        <translation>Netzwerk %1 und %2 Overlays werden angelegt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>the overlay exists already</source>
        <translation>das Overlay existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another run of this VOC is up, or a crashed run left it: stop or clean that run first (vocctl down)</source>
        <translation>ein anderer Lauf dieses VOC ist aktiv oder ein abgestürzter Lauf hat es hinterlassen: beenden oder bereinigen Sie zuerst diesen Lauf (vocctl down)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not create the overlay: %1</source>
        <translation>das Overlay konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the folder&apos;s free space and permissions</source>
        <translation>prüfen Sie den freien Speicherplatz und die Zugriffsrechte des Ordners</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>starting %1 domains paused</source>
        <translation>%1 Domänen werden im angehaltenen Zustand gestartet</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: %2 after %3 s</source>
        <translation>%1: %2 nach %3 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rolling back after: %1</source>
        <translation>Zurücksetzen nach: %1</translation>
    </message>
</context>
<context>
    <name>voc::LocalRunPage</name>
    <message>
        <location filename="../desktop/localrun/localrunpage.ui" line="+18"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot the design&apos;s VCNs on this workstation: isolated network, copy-on-write disks, every boot phase timed</source>
        <translation>Die VCNs des Entwurfs auf diesem Rechner starten: isoliertes Netzwerk, Copy-on-Write-Festplatten, jede Startphase mit Zeitmessung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;top…</source>
        <translation>S&amp;toppen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask, then tear the run down: domains, overlays, network and leases</source>
        <translation>Nach einer Rückfrage den Lauf abbauen: Domänen, Overlays, Netzwerk und Leases</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Destroy</source>
        <translation>&amp;Zerstören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power every VCN off at once and remove the run, without asking</source>
        <translation>Alle VCNs sofort ausschalten und den Lauf ohne Rückfrage entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up what of this design runs in libvirt now</source>
        <translation>Nachsehen, was von diesem Entwurf gerade in libvirt läuft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Acceleration:</source>
        <translation>Besch&amp;leunigung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KVM when the CPU and libvirt offer it (auto), or TCG emulation, slower but available everywhere</source>
        <translation>KVM, wenn CPU und libvirt es anbieten (Auto), oder TCG-Emulation, langsamer, aber überall verfügbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the &amp;paper&apos;s VM boot times</source>
        <translation>VM-Startzeiten aus dem &amp;Artikel anzeigen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop starting the run; what it made so far is removed</source>
        <translation>Den Start des Laufs abbrechen; was bis dahin angelegt wurde, wird entfernt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Boot timeline</source>
        <translation>Start-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../desktop/localrun/localrunpage.cpp" line="+47"/>
        <location line="+358"/>
        <source>Select a VCN to see its serial console</source>
        <translation>Wählen Sie einen VCN aus, um seine serielle Konsole zu sehen</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Auto (KVM if available)</source>
        <translation>Auto (KVM, falls verfügbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCG (emulation)</source>
        <translation>TCG (Emulation)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paper: %1 VMs booted in %2–%3 s</source>
        <translation>Artikel: %1 VMs starteten in %2–%3 s</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Stop the Run</source>
        <translation>Lauf stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop %1? Every VCN is powered off and its overlay disk, the network and the DHCP leases are removed.</source>
        <translation>%1 stoppen? Jeder VCN wird ausgeschaltet, und seine Overlay-Festplatte, das Netzwerk und die DHCP-Leases werden entfernt.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No VCN of %1 runs</source>
        <translation>Kein VCN von %1 läuft</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n VCN(s) of %1 are running from an earlier start. Stop or Destroy removes them.</source>
        <translation>
            <numerusform>%n VCN von %1 läuft noch von einem früheren Start. „Stoppen“ oder „Zerstören“ entfernt ihn.</numerusform>
            <numerusform>%n VCNs von %1 laufen noch von einem früheren Start. „Stoppen“ oder „Zerstören“ entfernt sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>head</source>
        <translation>Kopfknoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>compute</source>
        <translation>Rechenknoten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n VCN(s) of %1 ready (%2); all domains running after %3 s</source>
        <translation>
            <numerusform>%n VCN von %1 bereit (%2); alle Domänen liefen nach %3 s</numerusform>
            <numerusform>%n VCNs von %1 bereit (%2); alle Domänen liefen nach %3 s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The boot times were not stored: %1</source>
        <translation>Die Startzeiten wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boot times stored as run %1</source>
        <translation>Startzeiten als Lauf %1 gespeichert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling the start of %1</source>
        <translation>Start von %1 wird abgebrochen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Removed %1: %n domain(s)</source>
        <translation>
            <numerusform>%1 entfernt: %n Domäne</numerusform>
            <numerusform>%1 entfernt: %n Domänen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n overlay(s)</source>
        <translation>
            <numerusform>, %n Overlay</numerusform>
            <numerusform>, %n Overlays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n network(s)</source>
        <translation>
            <numerusform>, %n Netzwerk</numerusform>
            <numerusform>, %n Netzwerke</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Serial console of %1</source>
        <translation>Serielle Konsole von %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Looking up the VCNs of %1</source>
        <translation>VCNs von %1 werden gesucht</translation>
    </message>
</context>
<context>
    <name>voc::LocalShell</name>
    <message>
        <location filename="../core/remote/localshell.cpp" line="+20"/>
        <source>%1 (this machine)</source>
        <translation>%1 (dieser Rechner)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no command to run</source>
        <translation>kein auszuführender Befehl</translation>
    </message>
</context>
<context>
    <name>voc::Mac</name>
    <message>
        <location filename="../core/net/mac.cpp" line="+91"/>
        <source>&apos;%1&apos; is not a MAC address: %2</source>
        <translation>&apos;%1&apos; ist keine MAC-Adresse: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write six pairs of hex digits separated by &apos;:&apos; or &apos;-&apos;, e.g. 0a:1b:2c:3d:4e:5f</source>
        <translation>schreiben Sie sechs durch &apos;:&apos; oder &apos;-&apos; getrennte Paare von Hexadezimalziffern, z. B. 0a:1b:2c:3d:4e:5f</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>it has %n character(s), a MAC address has 17</source>
        <translation>
            <numerusform>die Angabe hat %n Zeichen, eine MAC-Adresse hat 17</numerusform>
            <numerusform>die Angabe hat %n Zeichen, eine MAC-Adresse hat 17</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the groups must be separated by &apos;:&apos; or &apos;-&apos;</source>
        <translation>die Gruppen müssen durch &apos;:&apos; oder &apos;-&apos; getrennt sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>separators must all be the same and follow every two hex digits</source>
        <translation>die Trennzeichen müssen alle gleich sein und nach je zwei Hexadezimalziffern stehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a pair of hex digits</source>
        <translation>&apos;%1&apos; ist kein Paar von Hexadezimalziffern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot allocate a negative number (%1) of MAC addresses</source>
        <translation>eine negative Anzahl (%1) von MAC-Adressen kann nicht zugeteilt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the MAC seed &apos;%1&apos; has %2 free addresses, %3 are needed</source>
        <translation>der MAC-Startwert &apos;%1&apos; hat %2 freie Adressen, benötigt werden %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split the VOC or use a different MAC seed</source>
        <translation>teilen Sie den VOC auf oder verwenden Sie einen anderen MAC-Startwert</translation>
    </message>
</context>
<context>
    <name>voc::Main</name>
    <message>
        <location filename="../desktop/main.cpp" line="+52"/>
        <source>Design, test, deploy and benchmark Virtual Organization Clusters.</source>
        <translation>Virtual Organization Clusters entwerfen, testen, bereitstellen und ihre Leistung messen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A design (.voc) to open.</source>
        <translation>Ein zu öffnender Entwurf (.voc).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[file]</source>
        <translation>[Datei]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with a new design, not the last one.</source>
        <translation>Mit einem neuen Entwurf beginnen, nicht mit dem zuletzt bearbeiteten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page to show: design, images, test, sites, deploy or benchmarks.</source>
        <translation>Die anzuzeigende Seite: design, images, test, sites, deploy oder benchmarks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the design on this workstation right away (shows the Test locally page).</source>
        <translation>Den Entwurf sofort auf diesem Rechner starten (zeigt die Seite „Lokal testen“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a site profile (a file, or a name in the sites folder) and test its connection right away (shows the Sites page).</source>
        <translation>Ein Standortprofil auswählen (eine Datei oder einen Namen im Standorte-Ordner) und seine Verbindung sofort testen (zeigt die Seite „Standorte“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <location line="+23"/>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Select a site profile (a file, or a name in the sites folder) on the Deploy page and preview the deployment of the design right away.</source>
        <translation>Auf der Seite „Bereitstellen“ ein Standortprofil auswählen (eine Datei oder einen Namen im Standorte-Ordner) und sofort die Vorschau der Bereitstellung des Entwurfs zeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --deploy-to: deploy as soon as the preview has a plan, without asking.</source>
        <translation>Mit --deploy-to: ohne Rückfrage bereitstellen, sobald die Vorschau einen Plan hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the stored runs whose label contains the text, e.g. &quot;Table III&quot; (shows the Benchmarks page).</source>
        <translation>Die gespeicherten Läufe auswählen, deren Bezeichnung den Text enthält, z. B. &quot;Table III&quot; (zeigt die Seite „Benchmarks“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chart of the Benchmarks page: gflops, penalty, boot, timeline, scaling or net.</source>
        <translation>Das Diagramm der Seite „Benchmarks“: gflops, penalty, boot, timeline, scaling oder net.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run HPL with these problem sizes (e.g. 2000,4000) on this workstation right away (shows the Benchmarks page).</source>
        <translation>HPL sofort mit diesen Problemgrößen (z. B. 2000,4000) auf diesem Rechner ausführen (zeigt die Seite „Benchmarks“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measure the network between the first two hosts of a site (a file, or a name in the sites folder) on bare metal right away (shows the Benchmarks page).</source>
        <translation>Das Netzwerk zwischen den ersten beiden Hosts einer Site (eine Datei oder ein Name im Site-Ordner) sofort auf Bare Metal messen (zeigt die Seite Benchmarks).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>vocstudio: unknown page &quot;%1&quot;</source>
        <translation>vocstudio: unbekannte Seite &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>vocstudio: unknown chart &quot;%1&quot;</source>
        <translation>vocstudio: unbekanntes Diagramm &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>voc::MainWindow</name>
    <message>
        <location filename="../desktop/mainwindow.ui" line="+28"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new design</source>
        <translation>Einen neuen Entwurf beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a design (.voc) file</source>
        <translation>Eine Entwurfsdatei (.voc) öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Demo Design</source>
        <translation>&amp;Demo-Entwurf öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from the bundled demo: one head and four compute nodes</source>
        <translation>Mit dem mitgelieferten Demo-Entwurf beginnen: ein Kopfknoten und vier Rechenknoten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About VOC Studio</source>
        <translation>Ü&amp;ber VOC Studio</translation>
    </message>
    <message>
        <location filename="../desktop/mainwindow.cpp" line="+86"/>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images</source>
        <translation>Abbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your VO&apos;s disk images, verify their checksums and build the demo images.</source>
        <translation>Fügen Sie die Festplattenabbilder Ihrer VO hinzu, prüfen Sie ihre Prüfsummen und erstellen Sie die Demo-Abbilder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test locally</source>
        <translation>Lokal testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boot the whole cluster on this workstation in an isolated network, watch every VCN start and run HPL on it.</source>
        <translation>Starten Sie den ganzen Cluster auf diesem Rechner in einem isolierten Netzwerk, verfolgen Sie den Start jedes VCN und führen Sie HPL darauf aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the Virtualization Service Providers you can deploy to: their KVM hosts, storage, network and LDAP directory.</source>
        <translation>Beschreiben Sie die Virtualisierungsanbieter (VSP), bei denen Sie bereitstellen können: ihre KVM-Hosts, ihren Speicher, ihr Netzwerk und ihr LDAP-Verzeichnis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Push the images to a site, register the VCNs in its directory and launch them, with progress, resume and rollback.</source>
        <translation>Übertragen Sie die Abbilder an einen Standort, tragen Sie die VCNs in dessen Verzeichnis ein und starten Sie sie – mit Fortschrittsanzeige, Fortsetzen und Zurücksetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run HPL on a cluster or on bare metal and compare the results with the paper&apos;s measurements.</source>
        <translation>Führen Sie HPL auf einem Cluster oder direkt auf der Hardware aus und vergleichen Sie die Ergebnisse mit den Messungen aus dem Artikel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could Not Open the Demo Design</source>
        <translation>Demo-Entwurf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could Not Open the Design</source>
        <translation>Entwurf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %1; see its problems on the Design page</source>
        <translation>%1 geöffnet; die Probleme sehen Sie auf der Seite „Entwurf“</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>Could Not Save the Design</source>
        <translation>Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+18"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could Not Recover the Design</source>
        <translation>Entwurf konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovered unsaved changes to %1</source>
        <translation>Nicht gespeicherte Änderungen an %1 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../desktop/mainwindowdialogs.cpp" line="+21"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The design “%1” has unsaved changes.</source>
        <translation>Der Entwurf „%1“ enthält nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you want to save them?</source>
        <translation>Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>VOC Studio designs (*.voc);;All files (*)</source>
        <translation>VOC-Studio-Entwürfe (*.voc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save Design As</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unsaved design</source>
        <translation>einem nicht gespeicherten Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VOC Studio did not close properly. Unsaved changes to %1 were kept.</source>
        <translation>VOC Studio wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Änderungen an %1 wurden aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved automatically at %1. Recover them, or discard them for good?</source>
        <translation>Automatisch gespeichert am %1. Möchten Sie sie wiederherstellen oder endgültig verwerfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../desktop/mainwindow.cpp" line="+22"/>
        <source>%1[*] — VOC Studio</source>
        <translation>%1[*] — VOC Studio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors: %1, warnings: %2</source>
        <translation>Fehler: %1, Warnungen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No local plan</source>
        <translation>Kein lokaler Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VCNs planned: %1</source>
        <translation>Geplante VCNs: %1</translation>
    </message>
    <message>
        <location filename="../desktop/mainwindowdialogs.cpp" line="+14"/>
        <source>The new language applies after VOC Studio is restarted.</source>
        <translation>Die neue Sprache wird nach einem Neustart von VOC Studio wirksam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About VOC Studio</source>
        <translation>Über VOC Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;VOC Studio %1&lt;/h3&gt;&lt;p&gt;Design, test, deploy and benchmark Virtual Organization Clusters: virtual clusters of KVM virtual machines that a Virtualization Service Provider hosts for a Virtual Organization.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VOC Studio %1&lt;/h3&gt;&lt;p&gt;Virtual Organization Clusters entwerfen, testen, bereitstellen und ihre Leistung messen: virtuelle Cluster aus virtuellen KVM-Maschinen, die ein Virtualisierungsanbieter (Virtualization Service Provider) für eine virtuelle Organisation betreibt.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>voc::Netsync</name>
    <message>
        <location filename="../core/netsync/netsync.cpp" line="+90"/>
        <source>remove the file: netsync then reads the whole directory again</source>
        <translation>entfernen Sie die Datei: netsync liest dann das ganze Verzeichnis erneut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a netsync state file: %1</source>
        <translation>keine Statusdatei von netsync: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>format &apos;%1&apos; is not %2</source>
        <translation>das Format &apos;%1&apos; ist nicht %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an entry has no uuid</source>
        <translation>ein Eintrag hat keine uuid</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a VO entry has no uuid</source>
        <translation>ein VO-Eintrag hat keine uuid</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>the directory %1 returned no VCN records under %2, and the dhcp hosts file holds %n reservation(s): not emptying it</source>
        <translation>
            <numerusform>das Verzeichnis %1 lieferte unter %2 keine VCN-Einträge, und die dhcp-hosts-Datei enthält %n Reservierung: sie wird nicht geleert</numerusform>
            <numerusform>das Verzeichnis %1 lieferte unter %2 keine VCN-Einträge, und die dhcp-hosts-Datei enthält %n Reservierungen: sie wird nicht geleert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the directory %1 returned no VCN records, and the bridge&apos;s ruleset lets %n VCN(s) through: not emptying it</source>
        <translation>
            <numerusform>das Verzeichnis %1 lieferte keine VCN-Einträge, und der Regelsatz der Bridge lässt %n VCN durch: er wird nicht geleert</numerusform>
            <numerusform>das Verzeichnis %1 lieferte keine VCN-Einträge, und der Regelsatz der Bridge lässt %n VCNs durch: er wird nicht geleert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>every file was kept as it was; check the base DN and the account&apos;s rights, and if every VCN is really gone run again with --allow-empty</source>
        <translation>alle Dateien blieben unverändert; prüfen Sie den Basis-DN und die Rechte des Kontos, und wenn wirklich alle VCNs entfernt sind, führen Sie den Befehl erneut mit --allow-empty aus</translation>
    </message>
</context>
<context>
    <name>voc::NetsyncFiles</name>
    <message>
        <location filename="../core/netsync/netsyncfiles.cpp" line="+64"/>
        <source>&apos;%1&apos; is not a lower-case host name label</source>
        <translation>&apos;%1&apos; ist kein Label eines Hostnamens in Kleinbuchstaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a valid VOC name</source>
        <translation>&apos;%1&apos; ist kein gültiger VOC-Name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a locally administered unicast MAC address</source>
        <translation>%1 ist keine lokal verwaltete Unicast-MAC-Adresse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a host address of the site&apos;s subnet %2</source>
        <translation>%1 ist keine Host-Adresse des Standort-Subnetzes %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is outside the site&apos;s VCN range %2-%3</source>
        <translation>%1 liegt außerhalb des VCN-Bereichs %2-%3 des Standorts</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1 is taken</source>
        <translation>%1 ist belegt</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the site&apos;s gateway</source>
        <translation>Gateway des Standorts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the site&apos;s DNS server</source>
        <translation>DNS-Server des Standorts</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>VO %1 has no grant in the directory (no entry ou=%1,ou=vocs of class vocsVirtualOrganization)</source>
        <translation>die VO %1 hat keine Zuteilung im Verzeichnis (kein Eintrag ou=%1,ou=vocs der Klasse vocsVirtualOrganization)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the grant of VO %1 is not usable: %2</source>
        <translation>die Zuteilung der VO %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is outside the addresses granted to VO %2 (%3)</source>
        <translation>%1 liegt außerhalb der Adressen, die der VO %2 zugeteilt sind (%3)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>correct the site profile&apos;s network section</source>
        <translation>korrigieren Sie den Abschnitt network des Standortprofils</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give both ends of the VCN range, or neither for the whole subnet</source>
        <translation>geben Sie beide Enden des VCN-Bereichs an oder keines für das ganze Subnetz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is outside the subnet %2</source>
        <translation>%1 liegt außerhalb des Subnetzes %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation>der Bereich endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not a DNS domain: label &apos;%2&apos; is not letters, digits and inner hyphens</source>
        <translation>&apos;%1&apos; ist keine DNS-Domäne: das Label &apos;%2&apos; besteht nicht aus Buchstaben, Ziffern und inneren Bindestrichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(conflicts with %1)</source>
        <translation>(Konflikt mit: %1)</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+5"/>
        <source>%1 is used twice</source>
        <translation>%1 wird doppelt verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the host name &apos;%1&apos; is used twice</source>
        <translation>der Hostname &apos;%1&apos; wird doppelt verwendet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VO %1 is granted %2 VCN(s) and this one comes after them (a VO&apos;s VCNs count in the order of VOC and host name)</source>
        <translation>der VO %1 sind %2 VCN(s) zugeteilt, und dieser kommt danach (die VCNs einer VO werden in der Reihenfolge von VOC und Hostname gezählt)</translation>
    </message>
</context>
<context>
    <name>voc::NetsyncWriter</name>
    <message>
        <location filename="../core/netsync/netsyncwriter.cpp" line="+52"/>
        <source>no dnsmasq dhcp-hosts file and no nftables ruleset given</source>
        <translation>weder eine dhcp-hosts-Datei für dnsmasq noch ein nftables-Regelsatz angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the file dnsmasq reads with --dhcp-hostsfile, or the ruleset file of a host&apos;s bridge</source>
        <translation>geben Sie die Datei an, die dnsmasq mit --dhcp-hostsfile liest, oder die Regelsatzdatei der Bridge eines Hosts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DNS zones need the site&apos;s DNS domain, and it has none</source>
        <translation>DNS-Zonen brauchen die DNS-Domäne des Standorts, und er hat keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set network.dnsDomain in the site profile</source>
        <translation>setzen Sie network.dnsDomain im Standortprofil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a reverse zone needs a subnet of /8 or longer, not %1</source>
        <translation>eine Reverse-Zone braucht ein Subnetz mit /8 oder länger, nicht %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the directory %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create it, or write the file elsewhere</source>
        <translation>legen Sie ihn an oder schreiben Sie die Datei an einen anderen Ort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a directory, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>nft is not installed</source>
        <translation>nft ist nicht installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>install nftables (scripts/setup); the previous rules and files stay as they were</source>
        <translation>installieren Sie nftables (scripts/setup); die bisherigen Regeln und Dateien bleiben unverändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the previous rules and files stay as they were; netsync applies rules as root in the network namespace of the site bridge</source>
        <translation>die bisherigen Regeln und Dateien bleiben unverändert; netsync wendet Regeln als root im Netzwerk-Namespace der Bridge des Standorts an</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>dhcp_release is not installed</source>
        <translation>dhcp_release ist nicht installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>install dnsmasq-utils (scripts/setup)</source>
        <translation>installieren Sie dnsmasq-utils (scripts/setup)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check that the interface exists in this namespace</source>
        <translation>prüfen Sie, ob die Schnittstelle in diesem Namespace existiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>start dnsmasq with --pid-file=%1, or give the pid file it writes</source>
        <translation>starten Sie dnsmasq mit --pid-file=%1 oder geben Sie die PID-Datei an, die es schreibt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read dnsmasq&apos;s pid file: %1</source>
        <translation>die PID-Datei von dnsmasq kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the pid file holds &apos;%1&apos;, not a process id</source>
        <translation>die PID-Datei enthält &apos;%1&apos;, keine Prozess-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no process %1 runs: dnsmasq is not running, or the pid file is stale</source>
        <translation>es läuft kein Prozess %1: dnsmasq läuft nicht, oder die PID-Datei ist veraltet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>process %1 is &apos;%2&apos;, not dnsmasq: the pid file is stale</source>
        <translation>Prozess %1 ist &apos;%2&apos;, nicht dnsmasq: die PID-Datei ist veraltet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot signal dnsmasq (process %1): %2</source>
        <translation>dnsmasq (Prozess %1) kann kein Signal gesendet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run netsync as the user dnsmasq runs as, or as root</source>
        <translation>führen Sie netsync als der Benutzer aus, unter dem dnsmasq läuft, oder als root</translation>
    </message>
</context>
<context>
    <name>voc::NftRuleset</name>
    <message>
        <location filename="../core/netsync/nftruleset.cpp" line="+124"/>
        <source>&apos;%1&apos; is not an nftables table name for netsync</source>
        <translation>&apos;%1&apos; ist kein nftables-Tabellenname für netsync</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a letter, then up to 31 letters, digits or &apos;_&apos;, e.g. vocstudio</source>
        <translation>ein Buchstabe, dann bis zu 31 Buchstaben, Ziffern oder &apos;_&apos;, z. B. vocstudio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a network interface name</source>
        <translation>&apos;%1&apos; ist kein Name einer Netzwerkschnittstelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name the bridge port towards the site network, e.g. eth0; up to 15 letters, digits and _.:@-, a trailing * for a prefix</source>
        <translation>geben Sie den Bridge-Port zum Netzwerk des Standorts an, z. B. eth0; bis zu 15 Buchstaben, Ziffern und _.:@-, ein abschließendes * für ein Präfix</translation>
    </message>
</context>
<context>
    <name>voc::OpenSshShell</name>
    <message>
        <location filename="../core/remote/opensshshell.cpp" line="+27"/>
        <source>the host&apos;s key is unknown or changed: compare it with the one the site&apos;s administrator publishes and add it to %1</source>
        <translation>der Schlüssel des Hosts ist unbekannt oder hat sich geändert: vergleichen Sie ihn mit dem vom Administrator des Standorts veröffentlichten und fügen Sie ihn %1 hinzu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the host refused the key%1: is its public key in the host&apos;s authorized_keys?</source>
        <translation>der Host hat den Schlüssel%1 abgelehnt: steht sein öffentlicher Schlüssel in der authorized_keys des Hosts?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is the host up and its sshd running? check the address in the site profile</source>
        <translation>läuft der Host und sein sshd? Prüfen Sie die Adresse im Standortprofil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a libvirt URI over ssh</source>
        <translation>keine libvirt-URI über ssh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commands reach a host over ssh: give it a qemu+ssh://user@host/system URI</source>
        <translation>Befehle erreichen einen Host über ssh: geben Sie ihm eine URI der Form qemu+ssh://user@host/system</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the URI names no host</source>
        <translation>die URI nennt keinen Host</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no command to run</source>
        <translation>kein auszuführender Befehl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an argument contains a NUL character</source>
        <translation>ein Argument enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>install openssh-client, or fix command= in the host&apos;s URI</source>
        <translation>installieren Sie openssh-client oder korrigieren Sie command= in der URI des Hosts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not run %1 over ssh: %2</source>
        <translation>%1 konnte nicht über ssh ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh exited with 255</source>
        <translation>ssh wurde mit 255 beendet</translation>
    </message>
</context>
<context>
    <name>voc::OverlayStore</name>
    <message>
        <location filename="../core/virt/overlay.cpp" line="+36"/>
        <source>the base image does not exist</source>
        <translation>das Basisabbild existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the image path of the role, or build the image first</source>
        <translation>prüfen Sie den Abbildpfad der Rolle oder erstellen Sie zuerst das Abbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the base image is not a readable file</source>
        <translation>das Basisabbild ist keine lesbare Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the base image is in %1 format; VCNs boot from qcow2 or raw images</source>
        <translation>das Format des Basisabbilds ist %1; VCNs starten von qcow2- oder raw-Abbildern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>convert it: qemu-img convert -O qcow2 %1 &lt;new file&gt;.qcow2</source>
        <translation>wandeln Sie es um: qemu-img convert -O qcow2 %1 &lt;neue Datei&gt;.qcow2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not create the overlay folder</source>
        <translation>der Overlay-Ordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that its parent is writable</source>
        <translation>prüfen Sie, ob der übergeordnete Ordner beschreibbar ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the overlay exists already</source>
        <translation>das Overlay existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another run of this VOC is up, or a crashed run left it: stop or clean that run first (vocctl down)</source>
        <translation>ein anderer Lauf dieses VOC ist aktiv oder ein abgestürzter Lauf hat es hinterlassen: beenden oder bereinigen Sie zuerst diesen Lauf (vocctl down)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>could not remove the overlay: %1</source>
        <translation>das Overlay konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the folder&apos;s permissions</source>
        <translation>prüfen Sie die Zugriffsrechte des Ordners</translation>
    </message>
</context>
<context>
    <name>voc::PaperReference</name>
    <message>
        <location filename="../core/bench/paperreference.cpp" line="+29"/>
        <source>fix the line or restore the file shipped with VOC Studio</source>
        <translation>korrigieren Sie die Zeile oder stellen Sie die mit VOC Studio ausgelieferte Datei wieder her</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore the file shipped with VOC Studio</source>
        <translation>stellen Sie die mit VOC Studio ausgelieferte Datei wieder her</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the header has no column &apos;%1&apos;</source>
        <translation>der Kopfzeile fehlt die Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no data rows after the header</source>
        <translation>keine Datenzeilen nach der Kopfzeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat aber %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every row needs one field per column; quote fields with commas</source>
        <translation>jede Zeile braucht ein Feld pro Spalte; setzen Sie Felder mit Kommas in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>column &apos;%1&apos; is empty</source>
        <translation>die Spalte &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a number</source>
        <translation>Spalte &apos;%1&apos;: &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write numbers with a decimal point, e.g. 6.821</source>
        <translation>schreiben Sie Zahlen mit Dezimalpunkt, z. B. 6.821</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>column &apos;%1&apos;: %2 is not above 0</source>
        <translation>Spalte &apos;%1&apos;: %2 ist nicht größer als 0</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>column &apos;%1&apos;: &apos;%2&apos; is not a whole number of at least 1</source>
        <translation>Spalte &apos;%1&apos;: &apos;%2&apos; ist keine ganze Zahl von mindestens 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &apos;%1&apos; must be empty: %2</source>
        <translation>die Spalte &apos;%1&apos; muss leer sein: %2</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>the process grid %1 x %2 is too large</source>
        <translation>das Prozessgitter %1 x %2 ist zu groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column &apos;label&apos; is empty</source>
        <translation>die Spalte &apos;label&apos; ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Table II compares two bare-metal OSes</source>
        <translation>Tabelle II vergleicht zwei Betriebssysteme auf der Hardware</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the recomputed advantage (host - other) / other = %1 differs from the reported %2 by more than %3 points</source>
        <translation>der nachgerechnete Vorteil (host - other) / other = %1 weicht um mehr als %3 Prozentpunkte vom angegebenen Wert %2 ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>check the GFLOPS and reported_percent against the paper</source>
        <translation>prüfen Sie GFLOPS und reported_percent anhand des Artikels</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Table III compares bare metal and VOC</source>
        <translation>Tabelle III vergleicht Hardware und VOC</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the recomputed penalty (physical - voc) / physical = %1 differs from the reported %2 by more than %3 points</source>
        <translation>die nachgerechnete Einbuße (physical - voc) / physical = %1 weicht um mehr als %3 Prozentpunkte vom angegebenen Wert %2 ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown table &apos;%1&apos;</source>
        <translation>unbekannte Tabelle &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the paper&apos;s tables are II and III</source>
        <translation>die Tabellen des Artikels sind II und III</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>column &apos;subject&apos; is empty</source>
        <translation>die Spalte &apos;subject&apos; ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>column &apos;count&apos;: %1 is too large</source>
        <translation>Spalte &apos;count&apos;: %1 ist zu groß</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the times are not in order min &lt;= avg &lt;= max</source>
        <translation>die Zeiten sind nicht in der Reihenfolge min &lt;= avg &lt;= max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the columns min_s, avg_s and max_s</source>
        <translation>prüfen Sie die Spalten min_s, avg_s und max_s</translation>
    </message>
</context>
<context>
    <name>voc::PasswordStore</name>
    <message>
        <location filename="../desktop/sites/passwordstore.cpp" line="+31"/>
        <source>no D-Bus session, so no Secret Service or KWallet</source>
        <translation>keine D-Bus-Sitzung, daher kein Secret Service und kein KWallet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Secret Service or KWallet answers on D-Bus</source>
        <translation>weder Secret Service noch KWallet antworten über D-Bus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no keychain service</source>
        <translation>kein Schlüsselbund-Dienst</translation>
    </message>
</context>
<context>
    <name>voc::PlaceholderPage</name>
    <message>
        <location filename="../desktop/placeholderpage.cpp" line="+47"/>
        <source>This page is not available yet.</source>
        <translation>Diese Seite ist noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>voc::Placement</name>
    <message>
        <location filename="../core/deploy/placement.cpp" line="+33"/>
        <source>head</source>
        <translation>Kopfknoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>compute</source>
        <translation>Rechenknoten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 VCN %2 needs %3 MiB; the largest free is %4 MiB on %5</source>
        <translation>%1-VCN %2 braucht %3 MiB; der meiste freie Arbeitsspeicher sind %4 MiB auf %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give the role less memory, use fewer VCNs, or stop other VOCs at this site</source>
        <translation>geben Sie der Rolle weniger Arbeitsspeicher, verwenden Sie weniger VCNs oder stoppen Sie andere VOCs an diesem Standort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 VCN %2 needs %3 vCPUs and %4 MiB; no host has both free (the most free vCPUs are %5 on %6 at an overcommit of %7)</source>
        <translation>%1-VCN %2 braucht %3 vCPUs und %4 MiB; kein Host hat beides frei (die meisten freien vCPUs sind %5 auf %6 bei einer Überbuchung von %7)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the role fewer vCPUs, use fewer VCNs, or allow more vCPUs per CPU (--overcommit)</source>
        <translation>geben Sie der Rolle weniger vCPUs, verwenden Sie weniger VCNs oder erlauben Sie mehr vCPUs pro CPU (--overcommit)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the site has no hosts</source>
        <translation>der Standort hat keine Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add hosts to the site profile</source>
        <translation>fügen Sie dem Standortprofil Hosts hinzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a vCPU overcommit of %1 is below 1</source>
        <translation>eine vCPU-Überbuchung von %1 liegt unter 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use 1 for no overcommit, or more</source>
        <translation>verwenden Sie 1 für keine Überbuchung oder mehr</translation>
    </message>
</context>
<context>
    <name>voc::Plan</name>
    <message>
        <location filename="../core/model/plan.cpp" line="+50"/>
        <source>the gateway %1 is not a host address of the subnet %2</source>
        <translation>das Gateway %1 ist keine Host-Adresse des Subnetzes %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave the gateway empty to use %1</source>
        <translation>lassen Sie das Gateway leer, um %1 zu verwenden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the design has %1 VCNs, too many to plan</source>
        <translation>der Entwurf hat %1 VCNs, zu viele für einen Plan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 gives the hostname &apos;%2&apos; to more than one VCN</source>
        <translation>%1 vergibt den Hostnamen &apos;%2&apos; an mehr als einen VCN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put {index} in the pattern</source>
        <translation>nehmen Sie {index} in das Muster auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hostname &apos;%1&apos; is given by both %2 and %3</source>
        <translation>der Hostname &apos;%1&apos; wird sowohl von %2 als auch von %3 vergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make the hostname patterns of the two roles differ</source>
        <translation>sorgen Sie dafür, dass sich die Hostname-Muster der beiden Rollen unterscheiden</translation>
    </message>
</context>
<context>
    <name>voc::PreferencesDialog</name>
    <message>
        <location filename="../desktop/preferencesdialog.ui" line="+7"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A new language applies after VOC Studio is restarted.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von VOC Studio wirksam.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Autosave every:</source>
        <translation>Auto&amp;matisch speichern alle:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>While a design has unsaved changes, a copy is kept for recovery after a crash</source>
        <translation>Solange ein Entwurf nicht gespeicherte Änderungen enthält, wird eine Kopie zur Wiederherstellung nach einem Absturz aufbewahrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../desktop/preferencesdialog.cpp" line="+15"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>voc::Process</name>
    <message>
        <location filename="../core/common/process.cpp" line="+40"/>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host may be overloaded or unreachable; try again</source>
        <translation>der Host ist möglicherweise überlastet oder nicht erreichbar; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 failed with exit code %2%3</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>free some space on the disk that holds %1</source>
        <translation>geben Sie Speicherplatz auf dem Datenträger frei, auf dem %1 liegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the permissions of %1</source>
        <translation>prüfen Sie die Zugriffsrechte von %1</translation>
    </message>
</context>
<context>
    <name>voc::QemuImg</name>
    <message>
        <location filename="../core/virt/qemuimg.cpp" line="+28"/>
        <source>install qemu-utils (scripts/setup)</source>
        <translation>installieren Sie qemu-utils (scripts/setup)</translation>
    </message>
</context>
<context>
    <name>voc::ReadFileTailJob</name>
    <message>
        <location filename="../desktop/localrun/runjobs.cpp" line="+87"/>
        <source>cannot read the serial log: %1</source>
        <translation>das serielle Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the VCN may not have printed anything yet</source>
        <translation>der VCN hat möglicherweise noch nichts ausgegeben</translation>
    </message>
</context>
<context>
    <name>voc::RecentFilesMenu</name>
    <message>
        <location filename="../desktop/recentfilesmenu.cpp" line="+27"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No Recent Files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>voc::RegularFile</name>
    <message>
        <location filename="../core/common/regularfile.cpp" line="+26"/>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a directory</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1, not a regular file</source>
        <translation>ist %1, keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name a regular file</source>
        <translation>geben Sie eine reguläre Datei an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such file</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path</source>
        <translation>prüfen Sie den Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the file&apos;s permissions</source>
        <translation>prüfen Sie die Zugriffsrechte der Datei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot open: %1</source>
        <translation>Öffnen nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>cannot create the file: something is in its place already</source>
        <translation>die Datei kann nicht angelegt werden: an ihrer Stelle befindet sich bereits etwas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove it, or choose another folder</source>
        <translation>entfernen Sie es oder wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the file: %1</source>
        <translation>die Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>check that you may write to the folder</source>
        <translation>prüfen Sie, ob Sie in den Ordner schreiben dürfen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot set the file&apos;s permissions: %1</source>
        <translation>die Zugriffsrechte der Datei können nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot remove the previous file: %1</source>
        <translation>die bisherige Datei kann nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>voc::ResultsStore</name>
    <message>
        <location filename="../core/bench/resultsrows.cpp" line="+106"/>
        <location filename="../core/bench/resultsschema.cpp" line="+92"/>
        <location filename="../core/bench/resultsstore.cpp" line="+472"/>
        <source>, run %1</source>
        <translation>, Lauf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/bench/resultsschema.cpp" line="+1"/>
        <location filename="../core/bench/resultsstore.cpp" line="+1"/>
        <source>the store may come from a newer VOC Studio</source>
        <translation>die Datenbank stammt vielleicht von einer neueren Version von VOC Studio</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>cannot store a net sample</source>
        <translation>ein Netzwerkmesswert kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+6"/>
        <source>cannot read the net samples of run %1</source>
        <translation>die Netzwerkmesswerte von Lauf %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/bench/resultsschema.cpp" line="+3"/>
        <source>unknown run kind &apos;%1&apos;</source>
        <translation>unbekannte Laufart &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown run target &apos;%1&apos;</source>
        <translation>unbekanntes Laufziel &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the hosts are not a JSON array</source>
        <translation>die Hosts sind kein JSON-Array</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the time &apos;%1&apos; is not an ISO date</source>
        <translation>die Zeit &apos;%1&apos; ist kein ISO-Datum</translation>
    </message>
    <message>
        <location filename="../core/bench/resultsstore.cpp" line="-419"/>
        <source>no results store file given</source>
        <translation>keine Datei für die Ergebnisdatenbank angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name a file, e.g. results.sqlite</source>
        <translation>geben Sie eine Datei an, z. B. results.sqlite</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not a results store (not an SQLite database)</source>
        <translation>keine Ergebnisdatenbank (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <location line="+6"/>
        <source>choose another file; this one is left as it is</source>
        <translation>wählen Sie eine andere Datei; diese bleibt unverändert</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the permissions of its parent folder</source>
        <translation>prüfen Sie die Zugriffsrechte des übergeordneten Ordners</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE) ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>install the Qt 6 SQLite plugin (libqt6sql6-sqlite)</source>
        <translation>installieren Sie das SQLite-Plugin für Qt 6 (libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open the results store</source>
        <translation>die Ergebnisdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the results store was used from a thread that did not open it</source>
        <translation>die Ergebnisdatenbank wurde von einem Thread verwendet, der sie nicht geöffnet hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open one ResultsStore per thread</source>
        <translation>öffnen Sie einen ResultsStore pro Thread</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>an SQLite database, but not a VOC Studio results store</source>
        <translation>eine SQLite-Datenbank, aber keine Ergebnisdatenbank von VOC Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the results store has schema version %1, which no VOC Studio writes</source>
        <translation>die Ergebnisdatenbank hat die Schemaversion %1, die keine Version von VOC Studio schreibt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the results store has schema version %1; this VOC Studio reads up to %2</source>
        <translation>die Ergebnisdatenbank hat die Schemaversion %1; diese Version von VOC Studio liest bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>update VOC Studio or choose another file; this one is left as it is</source>
        <translation>aktualisieren Sie VOC Studio oder wählen Sie eine andere Datei; diese bleibt unverändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot switch foreign keys off</source>
        <translation>die Fremdschlüssel können nicht ausgeschaltet werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>cannot check the migrated store</source>
        <translation>die migrierte Datenbank kann nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the migrated store has a row of %1 without its run</source>
        <translation>die migrierte Datenbank enthält eine Zeile von %1 ohne zugehörigen Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is left as it was; report this as a bug</source>
        <translation>die Datei bleibt unverändert; melden Sie dies als Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot enable foreign keys</source>
        <translation>Fremdschlüssel können nicht aktiviert werden</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>cannot migrate the results store to version %1</source>
        <translation>die Ergebnisdatenbank kann nicht auf Version %1 migriert werden</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>there is no results store</source>
        <translation>es gibt keine Ergebnisdatenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path; a benchmark run or `vocctl results import-paper` creates the store</source>
        <translation>prüfen Sie den Pfad; ein Benchmark-Lauf oder `vocctl results import-paper` legt die Datenbank an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name a results store file, e.g. results.sqlite</source>
        <translation>geben Sie eine Datei für die Ergebnisdatenbank an, z. B. results.sqlite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty, not a results store</source>
        <translation>die Datei ist leer, keine Ergebnisdatenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the path; this file is left as it is</source>
        <translation>prüfen Sie den Pfad; diese Datei bleibt unverändert</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>cannot read the journal mode</source>
        <translation>der Journalmodus kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot store the run</source>
        <translation>der Lauf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a paper run labelled &apos;%1&apos; is stored already</source>
        <translation>ein Lauf aus dem Artikel mit der Bezeichnung &apos;%1&apos; ist bereits gespeichert</translation>
    </message>
    <message>
        <location filename="../core/bench/resultsrows.cpp" line="-85"/>
        <source>cannot store an HPL row</source>
        <translation>eine HPL-Zeile kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot store a boot sample</source>
        <translation>ein Startmesswert kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/bench/resultsstore.cpp" line="+14"/>
        <source>an HPL run cannot hold boot samples</source>
        <translation>ein HPL-Lauf kann keine Startmesswerte enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store the boot samples as a run of kind boot</source>
        <translation>speichern Sie die Startmesswerte als Lauf der Art boot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boot run cannot hold HPL rows</source>
        <translation>ein Startlauf kann keine HPL-Zeilen enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store the HPL rows as a run of kind hpl</source>
        <translation>speichern Sie die HPL-Zeilen als Lauf der Art hpl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a network run cannot hold HPL rows or boot samples</source>
        <translation>ein Netzwerklauf kann keine HPL-Zeilen oder Startmesswerte enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store them as a run of kind hpl or boot</source>
        <translation>speichern Sie sie als Lauf der Art hpl oder boot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a network run can hold net samples</source>
        <translation>nur ein Netzwerklauf kann Netzwerkmesswerte enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store the net samples as a run of kind net</source>
        <translation>speichern Sie die Netzwerkmesswerte als Lauf der Art net</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>cannot list the runs</source>
        <translation>die Läufe können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>cannot read run %1</source>
        <translation>Lauf %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+88"/>
        <source>no run with id %1</source>
        <translation>kein Lauf mit der ID %1</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+26"/>
        <location line="+88"/>
        <source>&apos;vocctl results list&apos; shows the stored runs</source>
        <translation>&apos;vocctl results list&apos; zeigt die gespeicherten Läufe</translation>
    </message>
    <message>
        <location filename="../core/bench/resultsrows.cpp" line="+26"/>
        <location line="+9"/>
        <source>cannot read the HPL rows of run %1</source>
        <translation>die HPL-Zeilen von Lauf %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+10"/>
        <location filename="../core/bench/resultsstore.cpp" line="-27"/>
        <location line="+22"/>
        <source>cannot read the boot samples of run %1</source>
        <translation>die Startmesswerte von Lauf %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-96"/>
        <location filename="../core/bench/resultsstore.cpp" line="-10"/>
        <source>unknown boot phase &apos;%1&apos;</source>
        <translation>unbekannte Startphase &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/bench/resultsstore.cpp" line="-77"/>
        <source>cannot remove run %1</source>
        <translation>Lauf %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+5"/>
        <source>cannot look up the paper&apos;s runs</source>
        <translation>die Läufe aus dem Artikel können nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <location filename="../core/bench/sqltransaction.cpp" line="+21"/>
        <source>another VOC Studio or vocctl is writing the results store; try again</source>
        <translation>ein anderes VOC Studio oder vocctl schreibt gerade in die Ergebnisdatenbank; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is damaged or not a results store; move it away to start a new store, or choose another file</source>
        <translation>die Datei ist beschädigt oder keine Ergebnisdatenbank; verschieben Sie sie, um eine neue Datenbank anzulegen, oder wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>free some disk space and try again</source>
        <translation>geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the permissions of the file and its folder</source>
        <translation>prüfen Sie die Zugriffsrechte der Datei und ihres Ordners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the run conflicts with one stored already</source>
        <translation>der Lauf steht im Konflikt mit einem bereits gespeicherten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the file and the disk</source>
        <translation>prüfen Sie die Datei und den Datenträger</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot start a transaction</source>
        <translation>eine Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot commit</source>
        <translation>Festschreiben nicht möglich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot prepare a query</source>
        <translation>eine Abfrage kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the results store</source>
        <translation>die Ergebnisdatenbank kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>voc::RolesModel</name>
    <message>
        <location filename="../desktop/design/rolesmodel.cpp" line="+34"/>
        <source>Head</source>
        <translation>Kopfknoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compute</source>
        <translation>Rechenknoten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (built by scripts/build-vcn-image)</source>
        <translation>%1 (erstellt von scripts/build-vcn-image)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory (MiB)</source>
        <translation>Speicher (MiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NIC</source>
        <translation>NIC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hostname pattern</source>
        <translation>Hostname-Muster</translation>
    </message>
</context>
<context>
    <name>voc::RunHistoryModel</name>
    <message>
        <location filename="../desktop/bench/runhistorymodel.cpp" line="+57"/>
        <source>HPL</source>
        <translation>HPL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boot</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local run</source>
        <translation>Lokaler Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bare metal</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no results</source>
        <translation>keine Ergebnisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 GFLOPS</source>
        <translation>%1 GFLOPS</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n failed)</source>
        <translation>
            <numerusform>(%n fehlgeschlagen)</numerusform>
            <numerusform>(%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s to ready</source>
        <translation>%1 s bis bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 µs · %2 MB/s</source>
        <translation>%1 µs · %2 MB/s</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts: %1</source>
        <translation>Hosts: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n HPL row(s)</source>
        <translation>
            <numerusform>%n HPL-Zeile</numerusform>
            <numerusform>%n HPL-Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n boot sample(s)</source>
        <translation>
            <numerusform>%n Startmesswert</numerusform>
            <numerusform>%n Startmesswerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n measurement(s)</source>
        <translation>
            <numerusform>%n Messung</numerusform>
            <numerusform>%n Messungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>voc::RunJournal</name>
    <message>
        <location filename="../core/run/runjournal.cpp" line="+122"/>
        <source>could not create the folder of the run journal</source>
        <translation>der Ordner des Lauf-Journals konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check that its parent is writable</source>
        <translation>prüfen Sie, ob der übergeordnete Ordner beschreibbar ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not open the run journal: %1</source>
        <translation>das Lauf-Journal konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the permissions of the state folder</source>
        <translation>prüfen Sie die Zugriffsrechte des Statusordners</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+105"/>
        <source>could not read the run journal: %1</source>
        <translation>das Lauf-Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>could not repair the run journal: %1</source>
        <translation>das Lauf-Journal konnte nicht repariert werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the run journal is not open</source>
        <translation>das Lauf-Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not write the run journal: %1</source>
        <translation>das Lauf-Journal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free some disk space</source>
        <translation>geben Sie Speicherplatz frei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not flush the run journal: %1</source>
        <translation>das Lauf-Journal konnte nicht auf die Platte geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not remove the run journal: %1</source>
        <translation>das Lauf-Journal konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a journal record: %1</source>
        <translation>kein Journal-Eintrag: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown journal step &apos;%1&apos;</source>
        <translation>unbekannter Journal-Schritt &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown journal state &apos;%1&apos;</source>
        <translation>unbekannter Journal-Zustand &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no run journal</source>
        <translation>kein Lauf-Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this design has no local run</source>
        <translation>dieser Entwurf hat keinen lokalen Lauf</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the journal is damaged: remove the run&apos;s VMs by name with `vocctl down`</source>
        <translation>das Journal ist beschädigt: entfernen Sie die VMs des Laufs anhand ihrer Namen mit `vocctl down`</translation>
    </message>
</context>
<context>
    <name>voc::RunStatusJob</name>
    <message>
        <location filename="../desktop/localrun/runjobs.cpp" line="-59"/>
        <source>is libvirtd running? Start it (systemctl start libvirtd) or choose another libvirt URI in the preferences</source>
        <translation>läuft libvirtd? Starten Sie ihn (systemctl start libvirtd) oder wählen Sie in den Einstellungen eine andere libvirt-URI</translation>
    </message>
</context>
<context>
    <name>voc::SiteCheck</name>
    <message>
        <location filename="../core/site/sitecheck.cpp" line="+39"/>
        <source>hosts: the site profile names no host to check; add at least one KVM host with its libvirt URI</source>
        <translation>hosts: das Standortprofil nennt keinen zu prüfenden Host; fügen Sie mindestens einen KVM-Host mit seiner libvirt-URI hinzu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the storage pool %2 is not active (virsh pool-start %2)</source>
        <translation>%1: der Speicherpool %2 ist nicht aktiv (virsh pool-start %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no bridge named %2 on this host</source>
        <translation>%1: keine Bridge namens %2 auf diesem Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>directory: %1</source>
        <translation>Verzeichnis: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>Connecting to %n host(s)</source>
        <translation>
            <numerusform>Verbindung mit %n Host wird hergestellt</numerusform>
            <numerusform>Verbindung mit %n Hosts wird hergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked host %1</source>
        <translation>Host %1 geprüft</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Binding to the directory %1</source>
        <translation>Anmeldung am Verzeichnis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked the directory</source>
        <translation>Verzeichnis geprüft</translation>
    </message>
</context>
<context>
    <name>voc::SiteCheckModel</name>
    <message>
        <location filename="../desktop/sites/sitecheckmodel.cpp" line="+52"/>
        <source>What to do</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage pool %1</source>
        <translation>Speicherpool %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 free of %2 (%3, %4)</source>
        <translation>%1 von %2 frei (%3, %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>defined but not active: virsh pool-start %1</source>
        <translation>definiert, aber nicht aktiv: virsh pool-start %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bridge %1</source>
        <translation>Bridge %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no bridge of that name on this host</source>
        <translation>keine Bridge mit diesem Namen auf diesem Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bind</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bound as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base DN</source>
        <translation>Basis-DN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VO</source>
        <translation>VO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none: the password travelled in clear text</source>
        <translation>keine: das Passwort wurde im Klartext übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VOCs</source>
        <translation>VOCs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VCNs</source>
        <translation>VCNs</translation>
    </message>
</context>
<context>
    <name>voc::SiteCredentials</name>
    <message>
        <location filename="../core/directory/sitecredentials.cpp" line="+28"/>
        <source>no password for %1</source>
        <translation>kein Passwort für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set %1, or name a passwordFile (mode 0600) in the site profile</source>
        <translation>setzen Sie %1 oder geben Sie im Standortprofil eine passwordFile (Modus 0600) an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password file does not exist</source>
        <translation>die Passwortdatei existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create it with the password on one line, mode 0600</source>
        <translation>legen Sie sie mit dem Passwort in einer Zeile an, Modus 0600</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password file %1</source>
        <translation>die Passwortdatei %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password file can be read by other users</source>
        <translation>die Passwortdatei kann von anderen Benutzern gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run: chmod 600 %1</source>
        <translation>führen Sie aus: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the file&apos;s permissions</source>
        <translation>prüfen Sie die Zugriffsrechte der Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the password file is larger than %1 bytes</source>
        <translation>die Passwortdatei ist größer als %1 Byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the password on its first line, and nothing else</source>
        <translation>schreiben Sie das Passwort in ihre erste Zeile und sonst nichts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the password file is empty</source>
        <translation>die Passwortdatei ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the password on its first line</source>
        <translation>schreiben Sie das Passwort in ihre erste Zeile</translation>
    </message>
</context>
<context>
    <name>voc::SiteHostsModel</name>
    <message>
        <location filename="../desktop/sites/sitehostsmodel.cpp" line="+34"/>
        <location line="+2"/>
        <source>ask host</source>
        <translation>Host fragen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This machine is the host: only then may its URI be a local one such as qemu:///system</source>
        <translation>Dieser Rechner ist der Host: nur dann darf seine URI lokal sein, etwa qemu:///system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt URI, e.g. qemu+ssh://root@kvm1.example/system?keyfile=/path/to/key</source>
        <translation>libvirt-URI, z. B. qemu+ssh://root@kvm1.example/system?keyfile=/path/to/key</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt URI</source>
        <translation>libvirt-URI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory (MiB)</source>
        <translation>Speicher (MiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
</context>
<context>
    <name>voc::SitePlan</name>
    <message>
        <location filename="../core/deploy/siteplan.cpp" line="+33"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the site&apos;s VCN range %1-%2 has %3 free addresses; the design needs %4</source>
        <translation>der VCN-Bereich %1-%2 des Standorts hat %3 freie Adressen; der Entwurf braucht %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>destroy deployments you no longer need, or ask the site for a larger range</source>
        <translation>zerstören Sie nicht mehr benötigte Bereitstellungen oder bitten Sie den Standort um einen größeren Bereich</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the design has no VCNs</source>
        <translation>der Entwurf hat keine VCNs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the hostname %1 is taken at %2 by the VOC %3</source>
        <translation>der Hostname %1 ist bei %2 bereits vom VOC %3 belegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rename the VOC or change the role&apos;s hostname pattern</source>
        <translation>benennen Sie den VOC um oder ändern Sie das Hostname-Muster der Rolle</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the checksum of the %1 is not known</source>
        <translation>die Prüfsumme für %1 ist nicht bekannt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>image</source>
        <translation>das Abbild</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>VCNs: %1 on %2 of %3 hosts (%4): %5</source>
        <translation>VCNs: %1 auf %2 von %3 Hosts (%4): %5</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>compute it first (vocctl image inspect)</source>
        <translation>berechnen Sie sie zuerst (vocctl image inspect)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>kernel</source>
        <translation>den Kernel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>initrd</source>
        <translation>die initrd</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 (%3 vCPUs, %4)</source>
        <translation>%1: %2 (%3 vCPUs, %4)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>a VCN of the plan has no hostname or role</source>
        <translation>ein VCN des Plans hat keinen Hostnamen oder keine Rolle</translation>
    </message>
</context>
<context>
    <name>voc::SitePlanModel</name>
    <message>
        <location filename="../desktop/deploy/siteplanmodel.cpp" line="-155"/>
        <source>head</source>
        <translation>Kopfknoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>compute</source>
        <translation>Rechenknoten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 on %2 (%3): domain %4, disk %5 on %6</source>
        <translation>%1 auf %2 (%3): Domäne %4, Festplatte %5 auf %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>VCN</source>
        <translation>VCN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>voc::SiteProfile</name>
    <message>
        <location filename="../core/model/siteprofile.cpp" line="+72"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+74"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a whole number from 0 to %1, found %2</source>
        <translation>erwartet: eine ganze Zahl von 0 bis %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write a whole number; 0 means &quot;ask the host&quot;</source>
        <translation>schreiben Sie eine ganze Zahl; 0 bedeutet „den Host fragen“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fix the value at that JSON path</source>
        <translation>korrigieren Sie den Wert an diesem JSON-Pfad</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a provider admin profile names no VO (it has &quot;vo&quot;: &quot;%1&quot;)</source>
        <translation>ein Administratorprofil des Anbieters nennt keine VO (es enthält &quot;vo&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove directory.vo, or use the VO&apos;s own profile</source>
        <translation>entfernen Sie directory.vo oder verwenden Sie das eigene Profil der VO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a VO&apos;s profile names its VO in directory.vo</source>
        <translation>das Profil einer VO nennt seine VO in directory.vo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add &quot;vo&quot; to the directory section</source>
        <translation>fügen Sie dem Abschnitt directory &quot;vo&quot; hinzu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a single-tenant profile names no VO (it has &quot;vo&quot;: &quot;%1&quot;)</source>
        <translation>ein Profil für nur einen Mandanten nennt keine VO (es enthält &quot;vo&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove directory.vo, or make &quot;kind&quot; &quot;vo&quot;</source>
        <translation>entfernen Sie directory.vo oder setzen Sie &quot;kind&quot; auf &quot;vo&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown kind &quot;%1&quot;; accepted values: &quot;single-tenant&quot;, &quot;vo&quot;, &quot;provider-admin&quot;</source>
        <translation>unbekannte Art &quot;%1&quot;; zulässige Werte: &quot;single-tenant&quot;, &quot;vo&quot;, &quot;provider-admin&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>leave &quot;kind&quot; out for a single-tenant or VO profile</source>
        <translation>lassen Sie &quot;kind&quot; bei einem Profil für nur einen Mandanten oder einem VO-Profil weg</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>unknown value &quot;%1&quot;; accepted values: &quot;shared&quot;, &quot;per-host&quot;</source>
        <translation>unbekannter Wert &quot;%1&quot;; zulässige Werte: &quot;shared&quot;, &quot;per-host&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;shared&quot; for one pool all hosts see (NFS), &quot;per-host&quot; otherwise</source>
        <translation>&quot;shared&quot; für einen Pool, den alle Hosts sehen (NFS), sonst &quot;per-host&quot;</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+54"/>
        <source>a site profile starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>ein Standortprofil beginnt mit &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>not a VOC Studio site profile: the &quot;format&quot; key is missing</source>
        <translation>kein Standortprofil von VOC Studio: der Schlüssel &quot;format&quot; fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a VOC Studio site profile: &quot;format&quot; is %1, not a string</source>
        <translation>kein Standortprofil von VOC Studio: &quot;format&quot; ist %1, keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format &quot;%1&quot;; this build reads &quot;%2&quot;</source>
        <translation>unbekanntes Format &quot;%1&quot;; diese Version liest &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check that this is a VOC Studio site profile</source>
        <translation>prüfen Sie, ob es sich um ein Standortprofil von VOC Studio handelt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the site profile was written in format &quot;%1&quot;, newer than &quot;%2&quot; which this build reads</source>
        <translation>das Standortprofil wurde im Format &quot;%1&quot; geschrieben, das neuer ist als das von dieser Version gelesene &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upgrade VOC Studio to use this site profile</source>
        <translation>aktualisieren Sie VOC Studio, um dieses Standortprofil zu verwenden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>not UTF-8 text: invalid byte 0x%1 at offset %2</source>
        <translation>kein UTF-8-Text: ungültiges Byte 0x%1 an Position %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save the file as UTF-8</source>
        <translation>speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fix the JSON syntax at that position</source>
        <translation>korrigieren Sie die JSON-Syntax an dieser Stelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a VOC Studio site profile: the top level is not an object</source>
        <translation>kein Standortprofil von VOC Studio: die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a site profile is a JSON object starting with &quot;format&quot;</source>
        <translation>ein Standortprofil ist ein JSON-Objekt, das mit &quot;format&quot; beginnt</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source> (and %n more problem(s) of this kind)</source>
        <translation>
            <numerusform> (und %n weiteres Problem dieser Art)</numerusform>
            <numerusform> (und %n weitere Probleme dieser Art)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the profile was not used</source>
        <translation>; das Profil wurde nicht verwendet</translation>
    </message>
</context>
<context>
    <name>voc::SiteProfileCheck</name>
    <message>
        <location filename="../core/model/siteprofilecheck.cpp" line="+49"/>
        <location line="+49"/>
        <location line="+21"/>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+28"/>
        <location line="+17"/>
        <location line="+24"/>
        <location line="+67"/>
        <location filename="../core/model/siteprofiletrust.cpp" line="+108"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>an IPv4 address such as 10.213.0.100</source>
        <translation>eine IPv4-Adresse wie 10.213.0.100</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is outside the subnet %2</source>
        <translation>%1 liegt außerhalb des Subnetzes %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>use an address from %1 to %2</source>
        <translation>verwenden Sie eine Adresse von %1 bis %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 is the subnet&apos;s network or broadcast address</source>
        <translation>%1 ist die Netzwerk- oder Broadcast-Adresse des Subnetzes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the site has no hosts</source>
        <translation>der Standort hat keine Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add at least one KVM host with its libvirt URI</source>
        <translation>fügen Sie mindestens einen KVM-Host mit seiner libvirt-URI hinzu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a short name such as kvm1</source>
        <translation>ein kurzer Name wie kvm1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid host name</source>
        <translation>&quot;%1&quot; ist kein gültiger Hostname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>letters, digits and hyphens, at most 63, not starting or ending with a hyphen</source>
        <translation>Buchstaben, Ziffern und Bindestriche, höchstens 63, ohne Bindestrich am Anfang oder Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another host is named &quot;%1&quot;</source>
        <translation>ein anderer Host heißt bereits &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give every host its own name</source>
        <translation>geben Sie jedem Host einen eigenen Namen</translation>
    </message>
    <message>
        <location filename="../core/model/siteprofiletrust.cpp" line="+29"/>
        <source>unsupported scheme &quot;%1&quot;</source>
        <translation>nicht unterstütztes Schema &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>not a valid URI: %1</source>
        <translation>keine gültige URI: %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>command= may only name the site&apos;s ssh wrapper, a file in the profile&apos;s folder; remove it to use ssh itself</source>
        <translation>command= darf nur den ssh-Wrapper des Standorts nennen, eine Datei im Ordner des Profils; entfernen Sie es, um ssh selbst zu verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>command=%1 runs a program, and this profile has no folder it could come from</source>
        <translation>command=%1 startet ein Programm, und dieses Profil hat keinen Ordner, aus dem es stammen könnte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>command=%1 does not exist</source>
        <translation>command=%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>command=%1 would run a program outside the profile&apos;s folder %2</source>
        <translation>command=%1 würde ein Programm außerhalb des Profilordners %2 starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>command=%1 is not an executable file</source>
        <translation>command=%1 ist keine ausführbare Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a libvirt URI such as qemu+ssh://root@kvm1.example/system (or qemu+tls://)</source>
        <translation>eine libvirt-URI wie qemu+ssh://root@kvm1.example/system (oder qemu+tls://)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1://%2&quot; leaves the transport to libvirt</source>
        <translation>&quot;%1://%2&quot; überlässt die Wahl des Transports libvirt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name it: qemu+ssh://%1/system or qemu+tls://%1/system</source>
        <translation>geben Sie ihn an: qemu+ssh://%1/system oder qemu+tls://%1/system</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is this machine&apos;s own libvirt, and the host is not marked local</source>
        <translation>%1 ist das eigene libvirt dieses Rechners, und der Host ist nicht als lokal markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set &quot;local&quot;: true on the host if this machine is one of the site&apos;s hosts; otherwise use qemu+ssh:// or qemu+tls://</source>
        <translation>setzen Sie &quot;local&quot;: true beim Host, wenn dieser Rechner einer der Hosts des Standorts ist; verwenden Sie sonst qemu+ssh:// oder qemu+tls://</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use qemu+ssh or qemu+tls (qemu:/// for a host marked local); %1</source>
        <translation>verwenden Sie qemu+ssh oder qemu+tls (qemu:/// für einen als lokal markierten Host); %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the path must be /system or /session, not &quot;%1&quot;</source>
        <translation>der Pfad muss /system oder /session sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a remote URI needs a host name</source>
        <translation>eine entfernte URI braucht einen Hostnamen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the parameter %1= is not accepted in a site profile</source>
        <translation>der Parameter %1= ist in einem Standortprofil nicht zulässig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt would run or reach something on this machine with it; remove it</source>
        <translation>libvirt würde damit etwas auf diesem Rechner starten oder ansprechen; entfernen Sie ihn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>without StartTLS the bind password and the records cross the network to %1 unencrypted</source>
        <translation>ohne StartTLS gehen das Bind-Passwort und die Einträge unverschlüsselt über das Netzwerk an %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>turn StartTLS on or use ldaps://; a directory that really has no TLS needs &quot;allowUnencrypted&quot;: true in the profile&apos;s directory section</source>
        <translation>schalten Sie StartTLS ein oder verwenden Sie ldaps://; ein Verzeichnis, das wirklich kein TLS hat, braucht &quot;allowUnencrypted&quot;: true im Abschnitt directory des Profils</translation>
    </message>
    <message>
        <location filename="../core/model/siteprofilecheck.cpp" line="+4"/>
        <location line="+2"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the name of the libvirt storage pool on the hosts</source>
        <translation>der Name des libvirt-Speicherpools auf den Hosts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid pool name</source>
        <translation>&quot;%1&quot; ist kein gültiger Poolname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no slashes and no leading or trailing spaces</source>
        <translation>keine Schrägstriche und keine Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the bridge every host attaches VCNs to, e.g. br0</source>
        <translation>die Bridge, an die jeder Host die VCNs anschließt, z. B. br0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid interface name</source>
        <translation>&quot;%1&quot; ist kein gültiger Schnittstellenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most 15 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;:&apos; or &apos;-&apos;</source>
        <translation>höchstens 15 Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;:&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the VCN segment in CIDR notation, e.g. 10.213.0.0/24</source>
        <translation>das VCN-Segment in CIDR-Notation, z. B. 10.213.0.0/24</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the range ends (%1) before it starts (%2)</source>
        <translation>der Bereich endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>swap the two addresses</source>
        <translation>vertauschen Sie die beiden Adressen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the gateway lies inside the VCN range</source>
        <translation>das Gateway liegt im VCN-Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move the range or the gateway so a VCN never gets its address</source>
        <translation>verschieben Sie den Bereich oder das Gateway, damit nie ein VCN seine Adresse erhält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the DNS server lies inside the VCN range</source>
        <translation>der DNS-Server liegt im VCN-Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move the range or the DNS server so a VCN never gets its address</source>
        <translation>verschieben Sie den Bereich oder den DNS-Server, damit nie ein VCN seine Adresse erhält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the domain VCN names live in, e.g. vsp.example.org</source>
        <translation>die Domäne der VCN-Namen, z. B. vsp.example.org</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ldap://host[:port] (with StartTLS) or ldaps://host[:port]</source>
        <translation>ldap://host[:port] (mit StartTLS) oder ldaps://host[:port]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an LDAP URI</source>
        <translation>&quot;%1&quot; ist keine LDAP-URI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URI names no server</source>
        <translation>die URI nennt keinen Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URI has a path; the base DN goes in its own field</source>
        <translation>die URI enthält einen Pfad; der Basis-DN gehört in ein eigenes Feld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>StartTLS on an ldaps:// connection, which is encrypted from the start</source>
        <translation>StartTLS auf einer ldaps://-Verbindung, die von Anfang an verschlüsselt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn StartTLS off, or use ldap:// with StartTLS</source>
        <translation>schalten Sie StartTLS aus oder verwenden Sie ldap:// mit StartTLS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the password and the records travel unencrypted</source>
        <translation>das Passwort und die Einträge werden unverschlüsselt übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn StartTLS on, or use ldaps://</source>
        <translation>schalten Sie StartTLS ein oder verwenden Sie ldaps://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a DN such as dc=vsp,dc=example,dc=org (RFC 4514)</source>
        <translation>ein DN wie dc=vsp,dc=example,dc=org (RFC 4514)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid DN</source>
        <translation>&quot;%1&quot; ist kein gültiger DN</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist or is not readable</source>
        <translation>%1 existiert nicht oder ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PEM file of the CA that signed the directory&apos;s certificate</source>
        <translation>die PEM-Datei der CA, die das Zertifikat des Verzeichnisses signiert hat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file holding only the service account&apos;s password</source>
        <translation>eine Datei, die nur das Passwort des Dienstkontos enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is readable by others than its owner</source>
        <translation>%1 ist auch für andere als den Eigentümer lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chmod 600 %1</source>
        <translation>chmod 600 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a provider admin profile reaches its hosts as root (system libvirt), not as %1</source>
        <translation>ein Administratorprofil des Anbieters erreicht seine Hosts als root (System-libvirt), nicht als %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use qemu+ssh://root@HOST/system</source>
        <translation>verwenden Sie qemu+ssh://root@HOST/system</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a provider admin profile binds as the directory&apos;s admin</source>
        <translation>ein Administratorprofil des Anbieters meldet sich als Verzeichnisadministrator an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. cn=admin,%1</source>
        <translation>z. B. cn=admin,%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a short name for the site, e.g. sandbox</source>
        <translation>ein kurzer Name für den Standort, z. B. sandbox</translation>
    </message>
</context>
<context>
    <name>voc::SitesPage</name>
    <message>
        <location filename="../desktop/sites/sitespage.ui" line="+32"/>
        <source>Site &amp;profiles</source>
        <translation>Standort&amp;profile</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add…</source>
        <translation>Hinzu&amp;fügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a site profile file</source>
        <translation>Eine Standortprofil-Datei hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget this profile (the file stays)</source>
        <translation>Dieses Profil vergessen (die Datei bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Profile</source>
        <translation>P&amp;rofil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile kind</source>
        <translation>Profilart</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the libvirt storage pool on every host</source>
        <translation>der libvirt-Speicherpool auf jedem Host</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sharing:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>where the pool lives on the hosts (for information)</source>
        <translation>wo der Pool auf den Hosts liegt (zur Information)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add &amp;Host</source>
        <translation>Hos&amp;t hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Host</source>
        <translation>Host entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Bridge:</source>
        <translation>Br&amp;idge:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Subnet:</source>
        <translation>Subnetz:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Range start:</source>
        <translation>Bereichsanfang:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Range end:</source>
        <translation>Bereichsende:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gateway:</source>
        <translation>Gateway:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DNS domain:</source>
        <translation>DNS-Domäne:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>DNS server:</source>
        <translation>DNS-Server:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Directory (LDAP)</source>
        <translation>Verzeichnis (LDAP)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Base DN:</source>
        <translation>Basis-DN:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bind DN:</source>
        <translation>Bind-DN:</translation>
    </message>
    <message>
        <location line="-330"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>P&amp;ool:</source>
        <translation>P&amp;ool:</translation>
    </message>
    <message>
        <location line="+292"/>
        <source>Use Start&amp;TLS</source>
        <translation>StartTLS ver&amp;wenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the system CAs</source>
        <translation>die CAs des Systems</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password file:</source>
        <translation>Passwortdatei:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for vocctl only (mode 0600)</source>
        <translation>nur für vocctl (Modus 0600)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Revert</source>
        <translation>Zurü&amp;cksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Directory pass&amp;word:</source>
        <translation>Verzeichnis-Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remember in the &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Directory</source>
        <translation>Ver&amp;zeichnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Load Records</source>
        <translation>Einträge &amp;laden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>VOCs</source>
        <translation>VOCs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>VCN records</source>
        <translation>VCN-Einträge</translation>
    </message>
    <message>
        <location filename="../desktop/sites/sitespage.cpp" line="+105"/>
        <source>Add a Site Profile</source>
        <translation>Standortprofil hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site profiles (*.json);;All files (*)</source>
        <translation>Standortprofile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Site Profile</source>
        <translation>Standortprofil speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site profiles (*.json)</source>
        <translation>Standortprofile (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n site profile(s)</source>
        <translation>
            <numerusform>%n Standortprofil</numerusform>
            <numerusform>%n Standortprofile</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>new-site</source>
        <translation>neuer-standort</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Shared by all hosts (NFS)</source>
        <translation>Von allen Hosts gemeinsam genutzt (NFS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One pool per host</source>
        <translation>Ein Pool pro Host</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VO “%1” (its own accounts, libvirt session)</source>
        <translation>VO „%1“ (eigene Konten, libvirt-Sitzung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider admin (directory admin, hosts as root)</source>
        <translation>Anbieter-Administrator (Verzeichnisadministrator, Hosts als root)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Single-tenant (hosts as root, system libvirt)</source>
        <translation>Nur ein Mandant (Hosts als root, System-libvirt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A VO&apos;s profile at a site shared by VOs: the hosts as the VO&apos;s own unprivileged account (qemu+ssh://%1@host/session), the directory as uid=%1, only its own VCNs, within its grant.</source>
        <translation>Das Profil einer VO an einem von VOs geteilten Standort: die Hosts unter dem eigenen, nicht privilegierten Konto der VO (qemu+ssh://%1@host/session), das Verzeichnis als uid=%1, nur ihre eigenen VCNs, innerhalb ihrer Zuteilung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider&apos;s own profile for vocctl site vo (adding and removing VOs): the directory&apos;s admin and root on every host. Never hand it to a VO.</source>
        <translation>Das eigene Profil des Anbieters für vocctl site vo (VOs hinzufügen und entfernen): Verzeichnisadministrator und root auf jedem Host. Geben Sie es nie an eine VO weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A site with one tenant: every host as root through the system libvirt, the directory with the site&apos;s service account.</source>
        <translation>Ein Standort mit nur einem Mandanten: jeder Host als root über das System-libvirt, das Verzeichnis mit dem Dienstkonto des Standorts.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../desktop/sites/sitespageconnection.cpp" line="+34"/>
        <source>The password is kept in the system keychain when you tick the box.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems aufbewahrt, wenn Sie das Kästchen ankreuzen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No keychain is available on this system (%1); the password comes from the profile&apos;s password file.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1); das Passwort kommt aus der Passwortdatei des Profils.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available on this system (%1), so the password is not stored: enter it each time.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1), daher wird das Passwort nicht gespeichert: Geben Sie es jedes Mal ein.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The password comes from %1.</source>
        <translation>Das Passwort kommt aus %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password comes from the profile&apos;s password file.</source>
        <translation>Das Passwort kommt aus der Passwortdatei des Profils.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password comes from the system keychain.</source>
        <translation>Das Passwort kommt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not give the password (%1): enter it.</source>
        <translation>Der Schlüsselbund hat das Passwort nicht geliefert (%1): Geben Sie es ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The password is stored in the system keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain did not store the password (%1).</source>
        <translation>Der Schlüsselbund hat das Passwort nicht gespeichert (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling after the hosts being checked…</source>
        <translation>Abbruch nach den gerade geprüften Hosts…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection test was cancelled.</source>
        <translation>Der Verbindungstest wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 of %n host(s) ready</source>
        <translation>
            <numerusform>%1 von %n Host bereit</numerusform>
            <numerusform>%1 von %n Hosts bereit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; directory bound as %1</source>
        <translation>; am Verzeichnis angemeldet als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the directory failed</source>
        <translation>; Verzeichnis fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Binding to %1…</source>
        <translation>Anmeldung an %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n VOC(s)</source>
        <translation>
            <numerusform>%n VOC</numerusform>
            <numerusform>%n VOCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1: %n VCN(s)</source>
        <translation>
            <numerusform>%1: %n VCN</numerusform>
            <numerusform>%1: %n VCNs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>voc::StageModel</name>
    <message>
        <location filename="../desktop/deploy/stagemodel.cpp" line="+29"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>voc::StageProgressDelegate</name>
    <message>
        <location line="+79"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>voc::TarReader</name>
    <message>
        <location filename="../core/bundle/tarreader.cpp" line="+149"/>
        <source>the archive is damaged or incomplete; copy or export it again</source>
        <translation>das Archiv ist beschädigt oder unvollständig; kopieren oder exportieren Sie es erneut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a tar archive: the file is too short</source>
        <translation>kein tar-Archiv: die Datei ist zu kurz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>check that this is the bundle you meant</source>
        <translation>prüfen Sie, ob dies das gemeinte Paket ist</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the archive is truncated: it ends at byte %1 without its end marker</source>
        <translation>das Archiv ist abgeschnitten: es endet bei Byte %1 ohne seine Endmarkierung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a tar archive</source>
        <translation>kein tar-Archiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged tar header at byte %1</source>
        <translation>beschädigter tar-Header bei Byte %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid size in the tar header at byte %1</source>
        <translation>ungültige Größe im tar-Header bei Byte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive is truncated: a member at byte %1 needs %2 bytes, %3 are left</source>
        <translation>das Archiv ist abgeschnitten: ein Eintrag bei Byte %1 braucht %2 Byte, übrig sind %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an extended header of %1 bytes at byte %2</source>
        <translation>ein erweiterter Header mit %1 Byte bei Byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>malformed extended header at byte %1</source>
        <translation>fehlerhafter erweiterter Header bei Byte %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a global extended header sets &quot;%1&quot;</source>
        <translation>ein globaler erweiterter Header setzt &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>only archives written by VOC Studio are imported</source>
        <translation>es werden nur Archive importiert, die VOC Studio geschrieben hat</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>a GNU-format tar member (type &apos;%1&apos;) at byte %2</source>
        <translation>ein tar-Eintrag im GNU-Format (Typ &apos;%1&apos;) bei Byte %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bundles are POSIX (pax) archives; export the bundle again</source>
        <translation>Pakete sind POSIX-Archive (pax); exportieren Sie das Paket erneut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a sparse member in GNU sparse format 0.x at byte %1</source>
        <translation>ein Sparse-Eintrag im GNU-Sparse-Format 0.x bei Byte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>bundles use sparse format 1.0; export the bundle again</source>
        <translation>Pakete verwenden das Sparse-Format 1.0; exportieren Sie das Paket erneut</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>a sparse member in GNU sparse format %1.%2 at byte %3</source>
        <translation>ein Sparse-Eintrag im GNU-Sparse-Format %1.%2 bei Byte %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>incomplete sparse member header at byte %1</source>
        <translation>unvollständiger Sparse-Header bei Byte %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the sparse map of %1 runs past its data</source>
        <translation>die Sparse-Map von %1 reicht über seine Daten hinaus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>malformed sparse map of %1</source>
        <translation>fehlerhafte Sparse-Map von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a sparse map of %1 chunks</source>
        <translation>eine Sparse-Map mit %1 Abschnitten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sparse map of %1 puts data outside its %2 bytes</source>
        <translation>die Sparse-Map von %1 legt Daten außerhalb seiner %2 Byte ab</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds %2 bytes of data where its sparse map declares %3</source>
        <translation>%1 enthält %2 Byte Daten, seine Sparse-Map gibt aber %3 an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>more than %1 members</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>data after the end of the archive (from byte %1)</source>
        <translation>Daten nach dem Ende des Archivs (ab Byte %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is %2 bytes, more than the %3 allowed</source>
        <translation>%1 ist %2 Byte groß, mehr als die erlaubten %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+34"/>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the free space of the target folder</source>
        <translation>prüfen Sie den freien Speicherplatz im Zielordner</translation>
    </message>
</context>
<context>
    <name>voc::Teardown</name>
    <message>
        <location filename="../core/run/teardown.cpp" line="+152"/>
        <source>could not remove libvirt&apos;s dnsmasq file</source>
        <translation>die dnsmasq-Datei von libvirt konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove it by hand; it holds the old run&apos;s leases</source>
        <translation>entfernen Sie sie von Hand; sie enthält die Leases des alten Laufs</translation>
    </message>
</context>
<context>
    <name>voc::TeardownJob</name>
    <message>
        <location filename="../desktop/localrun/runjobs.cpp" line="+40"/>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing the VCNs, overlays and network of %1</source>
        <translation>VCNs, Overlays und Netzwerk von %1 werden entfernt</translation>
    </message>
</context>
<context>
    <name>voc::UploadModel</name>
    <message>
        <location filename="../desktop/deploy/siteplanmodel.cpp" line="+163"/>
        <source>shared pool (through %1)</source>
        <translation>gemeinsamer Pool (über %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2, sha256 %3) for %4; skipped when the pool has this volume already</source>
        <translation>%1 (%2, sha256 %3) für %4; wird übersprungen, wenn der Pool dieses Volume bereits hat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VCNs</source>
        <translation>VCNs</translation>
    </message>
</context>
<context>
    <name>voc::Validation</name>
    <message>
        <location filename="../core/model/validation.cpp" line="+44"/>
        <source>use a value from %1 to %2</source>
        <translation>verwenden Sie einen Wert von %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is below the minimum of %2</source>
        <translation>%1 liegt unter dem Minimum von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is above the maximum of %2</source>
        <translation>%1 liegt über dem Maximum von %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>use 1 to 63 letters, digits and hyphens, not starting or ending with a hyphen, e.g. &quot;physics-voc&quot;</source>
        <translation>verwenden Sie 1 bis 63 Buchstaben, Ziffern und Bindestriche, ohne Bindestrich am Anfang oder Ende, z. B. &quot;physics-voc&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+66"/>
        <location line="+51"/>
        <location line="+48"/>
        <location line="+31"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&quot;%1&quot; is not a valid host name label</source>
        <translation>&quot;%1&quot; ist kein gültiges Label eines Hostnamens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name the Virtual Organization that owns this cluster</source>
        <translation>nennen Sie die virtuelle Organisation, der dieser Cluster gehört</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no head role</source>
        <translation>keine Kopfknoten-Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add one role of kind &quot;head&quot;</source>
        <translation>fügen Sie eine Rolle der Art &quot;head&quot; (Kopfknoten) hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 head roles; exactly one is required</source>
        <translation>%1 Kopfknoten-Rollen; genau eine ist erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the extra head roles or make them compute roles</source>
        <translation>entfernen Sie die überzähligen Kopfknoten-Rollen oder machen Sie sie zu Rechenknoten-Rollen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no compute role</source>
        <translation>keine Rechenknoten-Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>add a role of kind &quot;compute&quot;</source>
        <translation>fügen Sie eine Rolle der Art &quot;compute&quot; (Rechenknoten) hinzu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 compute VCNs in all, above the maximum of %2</source>
        <translation>insgesamt %1 Rechenknoten-VCNs, mehr als das Maximum von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lower the counts of the compute roles</source>
        <translation>verringern Sie die Anzahlen der Rechenknoten-Rollen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an image scripts/build-vcn-image builds</source>
        <translation>&quot;%1&quot; ist kein Abbild, das scripts/build-vcn-image erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use one of %1, or give the image&apos;s path instead</source>
        <translation>verwenden Sie eines von %1 oder geben Sie stattdessen den Pfad des Abbilds an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clear it, or remove &quot;build&quot; to use it</source>
        <translation>leeren Sie das Feld oder entfernen Sie &quot;build&quot;, um es zu verwenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ignored: the role uses the built image &quot;%1&quot;</source>
        <translation>ignoriert: die Rolle verwendet das erstellte Abbild &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>choose the role&apos;s base disk image, or name one scripts/build-vcn-image builds with &quot;build&quot; (e.g. &quot;head&quot;)</source>
        <translation>wählen Sie das Basis-Festplattenabbild der Rolle oder nennen Sie mit &quot;build&quot; eines, das scripts/build-vcn-image erstellt (z. B. &quot;head&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a SHA-256 checksum (64 lower-case hex digits)</source>
        <translation>keine SHA-256-Prüfsumme (64 Hexadezimalziffern in Kleinbuchstaben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave it empty to have it computed, or paste the output of sha256sum</source>
        <translation>lassen Sie das Feld leer, damit sie berechnet wird, oder fügen Sie die Ausgabe von sha256sum ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>required when bootMode is &quot;kernel&quot;</source>
        <translation>erforderlich, wenn bootMode &quot;kernel&quot; ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the path of the kernel to boot, or set bootMode to &quot;disk&quot;</source>
        <translation>geben Sie den Pfad des zu startenden Kernels an oder setzen Sie bootMode auf &quot;disk&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set bootMode to &quot;kernel&quot; to use them, or clear them</source>
        <translation>setzen Sie bootMode auf &quot;kernel&quot;, um sie zu verwenden, oder leeren Sie sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>ignored because bootMode is &quot;disk&quot;</source>
        <translation>ignoriert, weil bootMode &quot;disk&quot; ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a head role has count 1, not %1</source>
        <translation>eine Kopfknoten-Rolle hat die Anzahl 1, nicht %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the count to 1</source>
        <translation>setzen Sie die Anzahl auf 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>memory is given in MiB: 1024 is 1 GiB</source>
        <translation>der Arbeitsspeicher wird in MiB angegeben: 1024 sind 1 GiB</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. &quot;{voc}-{role}{index:02}&quot;</source>
        <translation>z. B. &quot;{voc}-{role}{index:02}&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>gives the same name &quot;%1&quot; to VCNs %2 and %3</source>
        <translation>vergibt denselben Namen &quot;%1&quot; an die VCNs %2 und %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>include {index} in the pattern</source>
        <translation>nehmen Sie {index} in das Muster auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gives &quot;%1&quot;, which roles[%2] gives too</source>
        <translation>ergibt &quot;%1&quot;, was auch roles[%2] ergibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make the patterns differ, e.g. with {role} or a different prefix</source>
        <translation>sorgen Sie für unterschiedliche Muster, z. B. mit {role} oder einem anderen Präfix</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. &quot;10.77.0.0/24&quot;</source>
        <translation>z. B. &quot;10.77.0.0/24&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has room for %2 VCNs besides the gateway, the design has %3</source>
        <translation>%1 bietet neben dem Gateway Platz für %2 VCNs, der Entwurf hat %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use a larger subnet (a smaller prefix length, e.g. /24 holds 253 VCNs)</source>
        <translation>verwenden Sie ein größeres Subnetz (eine kleinere Präfixlänge, z. B. fasst /24 253 VCNs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>leave it empty to use the subnet&apos;s first host address</source>
        <translation>lassen Sie das Feld leer, um die erste Host-Adresse des Subnetzes zu verwenden</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 is not a host address of %2</source>
        <translation>%1 ist keine Host-Adresse von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. &quot;voc.test&quot;</source>
        <translation>z. B. &quot;voc.test&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be above 0</source>
        <translation>%1 muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>the share of node memory HPL may use, e.g. 0.8</source>
        <translation>der Anteil des Knotenspeichers, den HPL belegen darf, z. B. 0.8</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 is above the maximum of 1</source>
        <translation>%1 liegt über dem Maximum von 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 leaves almost no memory for the operating system</source>
        <translation>%1 lässt fast keinen Arbeitsspeicher für das Betriebssystem übrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HPL may swap or be killed; 0.8 is a good rule of thumb</source>
        <translation>HPL könnte auslagern oder beendet werden; 0.8 ist eine gute Faustregel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NB between 64 and 256 suits most machines</source>
        <translation>NB zwischen 64 und 256 passt für die meisten Rechner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is below the minimum of 0</source>
        <translation>%1 liegt unter dem Minimum von 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 rounds N to a multiple of the block size</source>
        <translation>0 rundet N auf ein Vielfaches der Blockgröße</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>p and q must both be 0 (automatic) or both be set</source>
        <translation>p und q müssen beide 0 (automatisch) oder beide gesetzt sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set both to 0 for a grid as square as possible</source>
        <translation>setzen Sie beide auf 0 für ein möglichst quadratisches Gitter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>set p and q so that p×q = %1, or both to 0</source>
        <translation>setzen Sie p und q so, dass p×q = %1 ist, oder beide auf 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>p×q = %1 but the compute nodes have %2 vCPUs in all; HPL would not use every vCPU</source>
        <translation>p×q = %1, aber die Rechenknoten haben insgesamt %2 vCPUs; HPL würde nicht jede vCPU nutzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>p×q = %1 but the compute nodes have only %2 vCPUs in all; HPL would oversubscribe them</source>
        <translation>p×q = %1, aber die Rechenknoten haben insgesamt nur %2 vCPUs; HPL würde sie überbuchen</translation>
    </message>
    <message>
        <location filename="../core/model/validationfiles.cpp" line="+34"/>
        <source>give a path relative to the design&apos;s folder and inside it, or an absolute path to a qcow2 or raw disk image (for kernel boot: a kernel and an initrd)</source>
        <translation>geben Sie einen Pfad relativ zum Ordner des Entwurfs und innerhalb davon an oder einen absoluten Pfad zu einem qcow2- oder raw-Festplattenabbild (für den Kernel-Start: einen Kernel und eine Initrd)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a qcow2 or raw disk image (a raw one is whole 512-byte sectors, at least 1 MiB)</source>
        <translation>ein qcow2- oder raw-Festplattenabbild (ein raw-Abbild besteht aus ganzen 512-Byte-Sektoren, mindestens 1 MiB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a kernel (bzImage, ELF, arm64 Image or EFI)</source>
        <translation>ein Kernel (bzImage, ELF, arm64 Image oder EFI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an initrd (compressed or cpio)</source>
        <translation>eine Initrd (komprimiert oder cpio)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; leads out of the design&apos;s folder</source>
        <translation>&quot;%1&quot; führt aus dem Ordner des Entwurfs heraus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
</context>
<context>
    <name>voc::VcnConflicts</name>
    <message>
        <location filename="../core/directory/vcnconflicts.cpp" line="+45"/>
        <source>%1 (%2) is taken by %3/%4%5</source>
        <translation>%1 (%2) ist von %3/%4%5 belegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> earlier in the same batch</source>
        <translation> weiter vorn im selben Stapel</translation>
    </message>
</context>
<context>
    <name>voc::VcnExchange</name>
    <message>
        <location filename="../core/directory/vcnexchange.cpp" line="+77"/>
        <source>not UTF-8 at line %1, column %2 (byte %3)</source>
        <translation>kein UTF-8 in Zeile %1, Spalte %2 (Byte %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>save the file as UTF-8</source>
        <translation>speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contains a NUL byte</source>
        <translation>enthält ein NUL-Byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the NUL byte; names and addresses never contain one</source>
        <translation>entfernen Sie das NUL-Byte; Namen und Adressen enthalten nie eines</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the DN &apos;%1&apos; is not a VCN entry&apos;s (cn=&lt;hostname&gt;,ou=&lt;voc&gt;[,ou=&lt;vo&gt;],ou=vocs,&lt;base&gt;)</source>
        <translation>der DN &apos;%1&apos; ist nicht der eines VCN-Eintrags (cn=&lt;hostname&gt;,ou=&lt;voc&gt;[,ou=&lt;vo&gt;],ou=vocs,&lt;base&gt;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VCN entries are cn=&lt;hostname&gt;,ou=&lt;voc&gt;,ou=vocs,&lt;base&gt; or, at a site shared by VOs, cn=&lt;hostname&gt;,ou=&lt;voc&gt;,ou=&lt;vo&gt;,ou=vocs,&lt;base&gt;</source>
        <translation>VCN-Einträge sind cn=&lt;hostname&gt;,ou=&lt;voc&gt;,ou=vocs,&lt;base&gt; oder, an einem von VOs geteilten Standort, cn=&lt;hostname&gt;,ou=&lt;voc&gt;,ou=&lt;vo&gt;,ou=vocs,&lt;base&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown file type &apos;.%1&apos;</source>
        <translation>unbekannter Dateityp &apos;.%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a .csv or .ldif file</source>
        <translation>verwenden Sie eine .csv- oder .ldif-Datei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>the first row names the columns: %1</source>
        <translation>die erste Zeile nennt die Spalten: %1</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>unknown column &apos;%1&apos;</source>
        <translation>unbekannte Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the columns are %1 (and vo at a site shared by VOs)</source>
        <translation>die Spalten sind %1 (und vo an einem von VOs geteilten Standort)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>die Spalte &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no column &apos;%1&apos;</source>
        <translation>keine Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 fields, the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quote fields that contain commas</source>
        <translation>setzen Sie Felder mit Kommas in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not an &apos;attribute: value&apos; line</source>
        <translation>keine Zeile der Form &apos;attribute: value&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the LDIF syntax (RFC 2849)</source>
        <translation>prüfen Sie die LDIF-Syntax (RFC 2849)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the base64 value of &apos;%1&apos; is broken</source>
        <translation>der base64-Wert von &apos;%1&apos; ist beschädigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>values from URLs (&apos;%1:&lt;&apos;) are not read</source>
        <translation>Werte aus URLs (&apos;%1:&lt;&apos;) werden nicht gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>put the value in the file</source>
        <translation>schreiben Sie den Wert in die Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an entry must start with &apos;dn:&apos;</source>
        <translation>ein Eintrag muss mit &apos;dn:&apos; beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change records are not imported</source>
        <translation>Änderungseinträge (change records) werden nicht importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export content records (plain entries) instead</source>
        <translation>exportieren Sie stattdessen Inhaltseinträge (einfache Einträge)</translation>
    </message>
</context>
<context>
    <name>voc::VcnPlanModel</name>
    <message>
        <location filename="../desktop/design/vcnplanmodel.cpp" line="+71"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory (MiB)</source>
        <translation>Speicher (MiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
</context>
<context>
    <name>voc::VcnRecord</name>
    <message>
        <location filename="../core/directory/vcnrecord.cpp" line="+39"/>
        <source>%1 of VCN record %2: %3</source>
        <translation>%1 von VCN-Eintrag %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; contains a character that is not printable ASCII (spaces, control characters and non-ASCII letters are not allowed)</source>
        <translation>&apos;%1&apos; enthält ein Zeichen, das kein druckbares ASCII ist (Leerzeichen, Steuerzeichen und Nicht-ASCII-Buchstaben sind nicht erlaubt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+86"/>
        <source>it is %1 characters long, the maximum is %2</source>
        <translation>der Wert ist %1 Zeichen lang, das Maximum ist %2</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&apos;%1&apos; is not a host name label (only letters, digits and &apos;-&apos;, not at the start or end)</source>
        <translation>&apos;%1&apos; ist kein Label eines Hostnamens (nur Buchstaben, Ziffern und &apos;-&apos;, nicht am Anfang oder Ende)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use 1 to 63 letters, digits and &apos;-&apos;, e.g. demo-compute01</source>
        <translation>verwenden Sie 1 bis 63 Buchstaben, Ziffern und &apos;-&apos;, z. B. demo-compute01</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an IPv4 address</source>
        <translation>&apos;%1&apos; ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>write a dotted quad such as 10.213.0.21</source>
        <translation>schreiben Sie vier durch Punkte getrennte Zahlen wie 10.213.0.21</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a unicast host address</source>
        <translation>%1 ist keine Unicast-Host-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use an address of the site&apos;s VCN range</source>
        <translation>verwenden Sie eine Adresse aus dem VCN-Bereich des Standorts</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a MAC address</source>
        <translation>&apos;%1&apos; ist keine MAC-Adresse</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>write six pairs of hex digits, e.g. 0a:1b:2c:3d:4e:5f</source>
        <translation>schreiben Sie sechs Paare von Hexadezimalziffern, z. B. 0a:1b:2c:3d:4e:5f</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a multicast address</source>
        <translation>%1 ist eine Multicast-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a VCN&apos;s MAC is unicast: the first octet&apos;s low bit is clear</source>
        <translation>die MAC eines VCN ist Unicast: das niedrigste Bit des ersten Oktetts ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a globally administered (vendor) address</source>
        <translation>%1 ist eine global verwaltete Adresse (Herstelleradresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use a locally administered address: the first octet ends in 2, 6, a or e, e.g. 02:...</source>
        <translation>verwenden Sie eine lokal verwaltete Adresse: das erste Oktett endet auf 2, 6, a oder e, z. B. 02:...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>shorten the description</source>
        <translation>kürzen Sie die Beschreibung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not valid Unicode text</source>
        <translation>der Wert ist kein gültiger Unicode-Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>use printable text on one line</source>
        <translation>verwenden Sie druckbaren Text in einer Zeile</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&apos;%1&apos; contains a control character</source>
        <translation>&apos;%1&apos; enthält ein Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>voc::VcnRecordModel</name>
    <message>
        <location filename="../desktop/sites/vcnrecordmodel.cpp" line="+54"/>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>voc::VcnStateModel</name>
    <message>
        <location filename="../desktop/localrun/vcnstatemodel.cpp" line="+60"/>
        <source>Seconds from the run&apos;s first domain start call</source>
        <translation>Sekunden seit dem ersten Domänen-Startaufruf des Laufs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VCN</source>
        <translation>VCN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (s)</source>
        <translation>%1 (s)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>head</source>
        <translation>Kopfknoten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>compute</source>
        <translation>Rechenknoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>booting: firmware</source>
        <translation>startet: Firmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>booting: kernel</source>
        <translation>startet: Kernel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>booting: init</source>
        <translation>startet: Init</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>booting: network up</source>
        <translation>startet: Netzwerk aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
</context>
<context>
    <name>voc::VoAdmin</name>
    <message>
        <location filename="../core/site/voadmin.cpp" line="+72"/>
        <source>install resources/provider/vocstudio-vo-host on the host as %1 (docs/provider-guide.md), or name it with --host-tool</source>
        <translation>installieren Sie resources/provider/vocstudio-vo-host auf dem Host als %1 (docs/provider-guide.md) oder geben Sie es mit --host-tool an</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot create the folder: %1</source>
        <translation>der Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the parent folder&apos;s permissions</source>
        <translation>prüfen Sie die Berechtigungen des übergeordneten Ordners</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the admin&apos;s ssh knows no host key of %1 (known_hosts: %2)</source>
        <translation>das ssh des Administrators kennt keinen Hostschlüssel von %1 (known_hosts: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connect once as the admin (vocctl site check --site ADMIN) after checking the host&apos;s key</source>
        <translation>verbinden Sie sich einmal als Administrator (vocctl site check --site ADMIN), nachdem Sie den Schlüssel des Hosts geprüft haben</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>install openssh-client</source>
        <translation>installieren Sie openssh-client</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: removing what was made of VO %2</source>
        <translation>%1: was für die VO %2 angelegt wurde, wird entfernt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the admin profile has no hosts</source>
        <translation>das Administratorprofil hat keine Hosts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the folder may hold only letters, digits and . _ / + - (it goes into libvirt URIs and an ssh configuration)</source>
        <translation>der Ordner darf nur Buchstaben, Ziffern und . _ / + - enthalten (er wird in libvirt-URIs und eine ssh-Konfiguration übernommen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose another --out</source>
        <translation>wählen Sie ein anderes --out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exists and is not an empty folder</source>
        <translation>existiert und ist kein leerer Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another --out; nothing was made</source>
        <translation>wählen Sie ein anderes --out; es wurde nichts angelegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name %1 is taken by %2</source>
        <translation>der Name %1 ist bereits von %2 belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose another name; nothing was made</source>
        <translation>wählen Sie einen anderen Namen; es wurde nichts angelegt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>nothing of VO %1 was kept</source>
        <translation>von der VO %1 wurde nichts behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; nothing of VO %1 was kept</source>
        <translation>; von der VO %1 wurde nichts behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; could not undo: %1</source>
        <translation>; konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the rest with vocctl site vo remove %1 --force</source>
        <translation>entfernen Sie den Rest mit vocctl site vo remove %1 --force</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot replace the empty folder</source>
        <translation>der leere Ordner kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VO %1: key pair and the hosts&apos; keys in %2/ssh</source>
        <translation>VO %1: Schlüsselpaar und die Schlüssel der Hosts in %2/ssh</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>VO %1: its entry (grant %2, %3 VCNs, %4 vCPUs, %5 MiB memory, %6 MiB storage) and account uid=%1 (uidNumber %7) in %8</source>
        <translation>VO %1: ihr Eintrag (Zuteilung %2, %3 VCNs, %4 vCPUs, %5 MiB Arbeitsspeicher, %6 MiB Speicher) und Konto uid=%1 (uidNumber %7) in %8</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: VO %2&apos;s account, home with its key, session pool on %3</source>
        <translation>%1: Konto der VO %2, Home-Ordner mit ihrem Schlüssel, Sitzungspool auf %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>VO %1 logged in as uid %2, not %3</source>
        <translation>VO %1 hat sich als uid %2 angemeldet, nicht als %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the host&apos;s accounts (nslcd)</source>
        <translation>prüfen Sie die Konten des Hosts (nslcd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VO %1: logs in as itself on every host; profile %2</source>
        <translation>VO %1: meldet sich auf jedem Host mit dem eigenen Konto an; Profil %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>1 domain on %1</source>
        <translation>1 Domäne auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 domains on %2</source>
        <translation>%1 Domänen auf %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has 1 VCN (%2)</source>
        <translation>%1 hat 1 VCN (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has %2 VCNs (%3)</source>
        <translation>%1 hat %2 VCNs (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has </source>
        <translation>%1 hat </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: destroy them or use --force</source>
        <translation>: zerstören Sie sie oder verwenden Sie --force</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the VO destroys its deployments with vocctl destroy; --force ends its domains and removes its records, files and accounts</source>
        <translation>die VO zerstört ihre Bereitstellungen mit vocctl destroy; --force beendet ihre Domänen und entfernt ihre Einträge, Dateien und Konten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no VO %1 at this site</source>
        <translation>an diesem Standort gibt es keine VO %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the VOs with vocctl site vo list</source>
        <translation>listen Sie die VOs mit vocctl site vo list auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: ending VO %2&apos;s processes, removing its home, pool and account</source>
        <translation>%1: Prozesse der VO %2 werden beendet, ihr Home-Ordner, Pool und Konto werden entfernt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VO %1: its entries in %2</source>
        <translation>VO %1: ihre Einträge in %2</translation>
    </message>
</context>
<context>
    <name>voc::VoAdminDirectory</name>
    <message>
        <location filename="../core/directory/ldapvoadmin.cpp" line="+167"/>
        <source>; the account %1 could not be removed again: %2</source>
        <translation>; das Konto %1 konnte nicht wieder entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove it with ldapdelete</source>
        <translation>entfernen Sie es mit ldapdelete</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not change the grant of VO %1</source>
        <translation>die Zuteilung der VO %1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VO %1 has no entry and no account in %2</source>
        <translation>die VO %1 hat weder einen Eintrag noch ein Konto in %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the VOs with `vocctl site vo list`</source>
        <translation>listen Sie die VOs mit `vocctl site vo list` auf</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>could not search %1</source>
        <translation>%1 konnte nicht durchsucht werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>could not add %1</source>
        <translation>%1 konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the provider&apos;s tools bind as the directory&apos;s admin, and this profile is VO %1&apos;s</source>
        <translation>die Werkzeuge des Anbieters melden sich als Verzeichnisadministrator an, und dieses Profil ist das der VO %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use the provider admin profile</source>
        <translation>verwenden Sie das Administratorprofil des Anbieters</translation>
    </message>
</context>
<context>
    <name>voc::VoGrant</name>
    <message>
        <location filename="../core/directory/vogrant.cpp" line="+32"/>
        <source>%1 of the VO entry %2: %3</source>
        <translation>%1 des VO-Eintrags %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ask the site&apos;s provider to correct the VO&apos;s grant</source>
        <translation>bitten Sie den Anbieter des Standorts, die Zuteilung der VO zu korrigieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a range FIRST-LAST of IPv4 addresses (e.g. 10.213.0.100-10.213.0.149)</source>
        <translation>&apos;%1&apos; ist kein Bereich ERSTE-LETZTE von IPv4-Adressen (z. B. 10.213.0.100-10.213.0.149)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; ends before it starts</source>
        <translation>&apos;%1&apos; endet, bevor er beginnt</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>%1 values, the grant has one</source>
        <translation>%1 Werte, die Zuteilung hat einen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not a whole number from 0 to %2</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl von 0 bis %2</translation>
    </message>
</context>
<context>
    <name>voc::VoProvision</name>
    <message>
        <location filename="../core/site/voprovision.cpp" line="+44"/>
        <source>this is VO %1&apos;s profile; the provider&apos;s tools (vocctl site vo) need the provider admin profile</source>
        <translation>dies ist das Profil der VO %1; die Werkzeuge des Anbieters (vocctl site vo) brauchen das Administratorprofil des Anbieters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use the site&apos;s admin profile (&quot;kind&quot;: &quot;provider-admin&quot;: the directory&apos;s admin, hosts as root); a VO&apos;s profile never is one</source>
        <translation>verwenden Sie das Administratorprofil des Standorts (&quot;kind&quot;: &quot;provider-admin&quot;: Verzeichnisadministrator, Hosts als root); das Profil einer VO ist nie eines</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a single-tenant profile; the provider&apos;s tools (vocctl site vo) need the provider admin profile</source>
        <translation>dies ist ein Profil für nur einen Mandanten; die Werkzeuge des Anbieters (vocctl site vo) brauchen das Administratorprofil des Anbieters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use the site&apos;s admin profile: &quot;kind&quot;: &quot;provider-admin&quot;, bound as the directory&apos;s admin, hosts as root</source>
        <translation>verwenden Sie das Administratorprofil des Standorts: &quot;kind&quot;: &quot;provider-admin&quot;, angemeldet als Verzeichnisadministrator, Hosts als root</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a new VO&apos;s name is 1 to 16 lower-case letters or digits, starting with a letter, e.g. alpha</source>
        <translation>der Name einer neuen VO besteht aus 1 bis 16 Kleinbuchstaben oder Ziffern und beginnt mit einem Buchstaben, z. B. alpha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a VO name</source>
        <translation>&apos;%1&apos; ist kein VO-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>root is not a VO</source>
        <translation>root ist keine VO</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no free uidNumber from %1 on</source>
        <translation>keine freie uidNumber ab %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a range FIRST-LAST of IPv4 addresses</source>
        <translation>&apos;%1&apos; ist kein Bereich ERSTE-LETZTE von IPv4-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 10.213.0.100-10.213.0.149</source>
        <translation>z. B. 10.213.0.100-10.213.0.149</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the range %1 ends before it starts</source>
        <translation>der Bereich %1 endet, bevor er beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the lower address first</source>
        <translation>schreiben Sie die niedrigere Adresse zuerst</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the range %1 is not inside the site&apos;s subnet %2</source>
        <translation>der Bereich %1 liegt nicht im Subnetz %2 des Standorts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>use addresses from %1 to %2</source>
        <translation>verwenden Sie Adressen von %1 bis %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the admin profile has no usable address range</source>
        <translation>das Administratorprofil hat keinen verwendbaren Adressbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>give the VO&apos;s range with --range</source>
        <translation>geben Sie den Bereich der VO mit --range an</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>every address of the site&apos;s range %1-%2 is granted to a VO already</source>
        <translation>jede Adresse im Bereich %1-%2 des Standorts ist bereits einer VO zugeteilt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a VO reaches the hosts over qemu+ssh, and this host&apos;s URI is not one</source>
        <translation>eine VO erreicht die Hosts über qemu+ssh, und die URI dieses Hosts ist keine solche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the admin profile qemu+ssh://root@HOST/system URIs</source>
        <translation>geben Sie dem Administratorprofil URIs der Form qemu+ssh://root@HOST/system</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VO %1 at %2: its own accounts and libvirt session</source>
        <translation>VO %1 bei %2: eigene Konten und libvirt-Sitzung</translation>
    </message>
</context>
<context>
    <name>voc::VoQuota</name>
    <message>
        <location filename="../core/deploy/voquota.cpp" line="+48"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 VCNs</source>
        <translation>%1 VCNs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 vCPUs</source>
        <translation>%1 vCPUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MiB of memory</source>
        <translation>%1 MiB Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MiB of image storage</source>
        <translation>%1 MiB Abbildspeicher</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>shared images</source>
        <translation>gemeinsam genutzte Abbilder</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>needs %1, grant %2</source>
        <translation>braucht %1, Zuteilung %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 in use by %2</source>
        <translation>, %1 belegt durch %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 in use, grant %3)</source>
        <translation>%1 (%2 belegt, Zuteilung %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>within the grant of VO %1: %2</source>
        <translation>innerhalb der Zuteilung der VO %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the address %1 of %2 is outside the ranges granted to VO %3 (%4)</source>
        <translation>die Adresse %1 von %2 liegt außerhalb der Bereiche, die der VO %3 zugeteilt sind (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>destroy deployments of VO %1 that are no longer needed (vocctl deployments), make the design smaller, or ask the site&apos;s provider for a larger grant (vocctl directory grant --site %2 shows it)</source>
        <translation>zerstören Sie nicht mehr benötigte Bereitstellungen der VO %1 (vocctl deployments), verkleinern Sie den Entwurf oder bitten Sie den Anbieter des Standorts um eine größere Zuteilung (vocctl directory grant --site %2 zeigt sie an)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the VCN range of the site profile (network.rangeStart, network.rangeEnd) must lie inside the grant: ask the provider for the VO&apos;s current profile</source>
        <translation>der VCN-Bereich des Standortprofils (network.rangeStart, network.rangeEnd) muss innerhalb der Zuteilung liegen: bitten Sie den Anbieter um das aktuelle Profil der VO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the deployment does not fit the grant of VO %1 at %2: %3</source>
        <translation>die Bereitstellung passt nicht in die Zuteilung der VO %1 bei %2: %3</translation>
    </message>
</context>
</TS>

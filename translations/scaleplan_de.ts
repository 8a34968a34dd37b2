<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Scaleplan::ApplyFixCommand</name>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
</context>
<context>
    <name>Scaleplan::CanvasScene</name>
    <message>
        <source>Global — edge, DNS, replication, load scenarios</source>
        <translation>Global — Edge, DNS, Replikation, Lastszenarien</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… und %n weiteres</numerusform><numerusform>… und %n weitere</numerusform></translation>
    </message>
</context>
<context>
    <name>Scaleplan::CanvasStyle</name>
    <message>
        <source> CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 AZs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallelism </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>mode </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> concurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> VUs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::CidrStrip</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 usable addresses (AWS reserves 5 of %2)</source>
        <translation>%1 nutzbare Adressen (AWS reserviert 5 von %2)</translation>
    </message>
    <message>
        <source>Overlaps %1</source>
        <translation>Überlappt %1</translation>
    </message>
    <message>
        <source>Outside every CIDR block of the VPC</source>
        <translation>Außerhalb aller CIDR-Blöcke der VPC</translation>
    </message>
    <message>
        <source>Select an object inside a VPC to see its address plan.</source>
        <translation>Wählen Sie ein Objekt in einer VPC, um ihren Adressplan zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s) · %1 % of the address space free</source>
        <translation><numerusform>%n Subnetz · %1 % des Adressraums frei</numerusform><numerusform>%n Subnetze · %1 % des Adressraums frei</numerusform></translation>
    </message>
    <message>
        <source>%1 · %2 addresses</source>
        <translation>%1 · %2 Adressen</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>⚠ %1 (%2) lies outside the VPC&apos;s CIDR blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::DesignTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>Scaleplan::DiagnosticsModel</name>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Scaleplan::InsertObjectCommand</name>
    <message>
        <source>Add %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>Scaleplan::MainWindow</name>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnosen</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Address plan</source>
        <translation>Adressplan</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import Document…</source>
        <translation>Dokument &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Manifests…</source>
        <translation>Manifeste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Scaleplan</source>
        <translation>Ü&amp;ber Scaleplan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open failed</source>
        <translation>Öffnen fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n object(s)</source>
        <translation><numerusform>%1 geöffnet: %n Objekt</numerusform><numerusform>%1 geöffnet: %n Objekte</numerusform></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Scaleplan projects and design documents (*.scaleplan *.md *.markdown *.txt *.yaml *.yml);;Scaleplan projects (*.scaleplan);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Design Document</source>
        <translation>Entwurfsdokument importieren</translation>
    </message>
    <message>
        <source>Design documents (*.md *.markdown *.txt *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Document</source>
        <translation>Dokument importieren</translation>
    </message>
    <message>
        <source>Apply the automatic fixes the validation rules suggest while importing %1?

Every applied fix is listed in the Diagnostics panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not import %1.</source>
        <translation>%1 konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>Imported %1: %2 blocks, %3 objects</source>
        <translation>%1 importiert: %2 Blöcke, %3 Objekte</translation>
    </message>
    <message>
        <source>design</source>
        <translation>entwurf</translation>
    </message>
    <message>
        <source>Save Design</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Scaleplan projects (*.scaleplan)</source>
        <translation>Scaleplan-Projekte (*.scaleplan)</translation>
    </message>
    <message>
        <source>Export Manifests To</source>
        <translation>Manifeste exportieren nach</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s)</source>
        <translation><numerusform>%n Dokument geschrieben</numerusform><numerusform>%n Dokumente geschrieben</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n file(s) to %1.</source>
        <translation><numerusform>in %n Datei nach %1.</numerusform><numerusform>in %n Dateien nach %1.</numerusform></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… und %n weiteres</numerusform><numerusform>… und %n weitere</numerusform></translation>
    </message>
    <message>
        <source>Export Manifests</source>
        <translation>Manifeste exportieren</translation>
    </message>
    <message>
        <source>About Scaleplan</source>
        <translation>Über Scaleplan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scaleplan %1&lt;/h3&gt;&lt;p&gt;Plan and check scalability designs for AWS and Kubernetes (EKS): regions, VPC address plans, autoscalers, data tiers and load scenarios.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The design &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Der Entwurf „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Scaleplan</source>
        <translation>%1[*] — Scaleplan</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Show Object</source>
        <translation>Objekt zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation><numerusform>%n Fehler</numerusform><numerusform>%n Fehler</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n Warnung</numerusform><numerusform>%n Warnungen</numerusform></translation>
    </message>
    <message>
        <source>Validating and simulating…</source>
        <translation>Prüfe und simuliere…</translation>
    </message>
    <message>
        <source>No load scenario in this design</source>
        <translation>Dieser Entwurf hat kein Lastszenario</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simuliere…</translation>
    </message>
</context>
<context>
    <name>Scaleplan::PropertyModel</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation><numerusform>%n Schlüssel</numerusform><numerusform>%n Schlüssel</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n Element</numerusform><numerusform>%n Elemente</numerusform></translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Scaleplan::RemoveObjectsCommand</name>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n object(s)</source>
        <translation><numerusform>%n Objekt entfernen</numerusform><numerusform>%n Objekte entfernen</numerusform></translation>
    </message>
</context>
<context>
    <name>Scaleplan::RenameCommand</name>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>Scaleplan::ReparentCommand</name>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>„%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>Scaleplan::SetFieldCommand</name>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
</context>
<context>
    <name>Scaleplan::SimulationChartView</name>
    <message>
        <source>Desired</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Load req/s</source>
        <translation>Last Anfr./s</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>time (minutes)</source>
        <translation>Zeit (Minuten)</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>No simulation yet</source>
        <translation>Noch keine Simulation</translation>
    </message>
    <message>
        <source>%1: not simulated</source>
        <translation>%1: nicht simuliert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no workload)</source>
        <translation>(keine Arbeitslast)</translation>
    </message>
    <message>
        <source>Peak %1 replicas, CPU %2 %, p95 latency %3 ms; %4 requests dropped.</source>
        <translation>Spitze %1 Replikate, CPU %2 %, p95-Latenz %3 ms; %4 Anfragen verworfen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan and check scalability designs for AWS and Kubernetes.</source>
        <translation>Skalierbarkeitsentwürfe für AWS und Kubernetes planen und prüfen.</translation>
    </message>
    <message>
        <source>A .scaleplan project or a design document to open (default: the bundled reference design).</source>
        <translation>Ein .scaleplan-Projekt oder Entwurfsdokument zum Öffnen (Vorgabe: der mitgelieferte Referenzentwurf).</translation>
    </message>
    <message>
        <source>Show the window at 1600×1000, select the web-app HPA, wait for validation and simulation, save a picture of the window to &lt;png&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

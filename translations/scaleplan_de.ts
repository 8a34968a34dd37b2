<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Scaleplan::AddressPlanDock</name>
    <message>
        <source>Address plan</source>
        <translation>Adressplan</translation>
    </message>
    <message>
        <source>&amp;VPC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous block (Backspace on the map). Double-click a subnet or a free block to zoom into it; the wheel zooms around the pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan subnets…</source>
        <translation>Subnetze planen…</translation>
    </message>
    <message>
        <source>Propose aligned, non-overlapping subnets for this VPC and apply them as one undo step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All VPCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hilbert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Address Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::ApplyFixCommand</name>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
</context>
<context>
    <name>Scaleplan::Autosaver</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 % of requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::CidrBlockModel</name>
    <message>
        <source>Pod-IP demand of the VPC&apos;s EKS NodePools at their limits, shared among the private subnets in proportion to their usable addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod-IP demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::CidrLinearMap</name>
    <message>
        <source>no tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AZ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 › %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s) · %1 % free</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>free %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free /%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::CidrMapContent</name>
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
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps %1</source>
        <translation>Überlappt %1</translation>
    </message>
    <message>
        <source>Outside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::CidrMapView</name>
    <message>
        <source>AZ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an object inside a VPC to see its address plan.</source>
        <translation>Wählen Sie ein Objekt in einer VPC, um ihren Adressplan zu sehen.</translation>
    </message>
    <message>
        <source>%1 is an IPv6 block: its subnets are listed in the table.</source>
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
    <name>Scaleplan::ConnectionItem</name>
    <message>
        <source>%1 % of requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::ConnectionLegendItem</name>
    <message>
        <source>Connections:</source>
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
    <name>Scaleplan::DiffView</name>
    <message>
        <source>Object / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a revision and compare it with the current design or with another revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Design name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::HilbertMap</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 › %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 grid, one address per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 grid, %3 addresses per pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free /%1</source>
        <translation type="unfinished"></translation>
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
        <source>Save Re&amp;vision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the design as it is now under a name in the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisio&amp;ns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the named revisions of the project and compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Plan Subnets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save revision failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the design as a project file before storing a revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the revision in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored revision &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaleplan did not close normally. Unsaved changes to &quot;%1&quot;, autosaved %2, can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design had not been saved as a project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the recovery file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved work of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::MetricReplayPanel</name>
    <message>
        <source>&amp;Autoscaler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas before the first sync; &quot;auto&quot; takes the target Deployment&apos;s spec.replicas, else the pods of the first sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a metrics CSV here (time_s,pod,metric,value with optional ready, started_s, request; one sample per row, as a Prometheus export gives) or use Open CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Metrics: %1 (%n sample(s)). Drop another CSV to replace it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The design has no HorizontalPodAutoscaler or ScaledObject to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an autoscaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be replayed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 → %3: %n decision(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Raw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Stabilised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: replicas per decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Metrics CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::PreferencesDialog</name>
    <message>
        <source>as reviewed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Crash recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave unsaved work to a recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is replaced by today&apos;s date, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::PropertyDelegate</name>
    <message>
        <source>Current value, not one of the allowed values</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
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
    <name>Scaleplan::RevisionsDialog</name>
    <message>
        <source>Compare with &amp;Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from the selected revision to the design as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed from the older to the newer of two selected revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the design with the selected revision (Edit &gt; Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This design has not been saved yet. Save it, then use File &gt; Save Revision… to keep named revisions in the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revisions yet. File &gt; Save Revision… stores the design as it is now under a name, for example &quot;as reviewed on %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read revision &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the design with the revision &quot;%1&quot;?

Compared with the current design this adds %2, removes %3 and changes %4. Edit &gt; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore revision &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scaleplan::ScalingChartsView</name>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation type="unfinished"></translation>
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
        <source>%1: not simulated. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (minutes)</source>
        <translation>Zeit (Minuten)</translation>
    </message>
    <message>
        <source>time (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a chart to read every value at that time. Drag to zoom, double-click to show the whole run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed curves: the pinned baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak %1 replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s over the latency SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no simulation result to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaleplan scaling curves of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image writer failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export This Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export This Chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Charts as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Whole Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Simulation Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1 USD (nodes, tiers, data transfer)</source>
        <translation type="unfinished"></translation>
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
    <name>Scaleplan::SimulationDock</name>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Re-simulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin as Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current curves; after the next change the re-simulated curves are drawn over them (the pinned ones dashed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole run (or double-click a chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Charts as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One chart: right-click it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline pinned at %1: the dashed curves; the solid ones follow your edits.</source>
        <translation type="unfinished"></translation>
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
    <name>Scaleplan::SubnetPlannerDialog</name>
    <message>
        <source>&amp;Apply Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hilbert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Subnets of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: the prefix length &quot;%2&quot; is not a number such as /20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: the host count &quot;%2&quot; is not a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1 needs a prefix length or a host count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC block: %1 (did you mean %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new subnet in a new zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s) planned: %1 new, %2 changed; %3 % of the VPC stays free.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kept free to grow: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the plan but overlapping it (left as they are): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan subnets of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubnetPlannerDialog</name>
    <message>
        <source>Plan Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC &amp;block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPC&apos;s primary IPv4 block, /16 to /28 (e.g. 10.0.0.0/16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability &amp;Zones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone names separated by commas, e.g. us-east-1a, us-east-1b, us-east-1c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiers (one subnet per zone each; give a prefix length or a host count):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tier</source>
        <translation type="unfinished"></translation>
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

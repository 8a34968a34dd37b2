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
        <translation>&amp;VPC:</translation>
    </message>
    <message>
        <source>&amp;Block:</source>
        <translation>&amp;Block:</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Back to the previous block (Backspace on the map). Double-click a subnet or a free block to zoom into it; the wheel zooms around the pointer.</source>
        <translation>Zurück zum vorherigen Block (Rücktaste auf der Karte). Doppelklick auf ein Subnetz oder einen freien Block vergrößert ihn; das Mausrad zoomt um den Mauszeiger.</translation>
    </message>
    <message>
        <source>Plan subnets…</source>
        <translation>Subnetze planen…</translation>
    </message>
    <message>
        <source>Propose aligned, non-overlapping subnets for this VPC and apply them as one undo step</source>
        <translation>Ausgerichtete, überlappungsfreie Subnetze für diese VPC vorschlagen und als ein Rückgängig-Schritt anwenden</translation>
    </message>
    <message>
        <source>&amp;All VPCs</source>
        <translation>&amp;Alle VPCs</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Hilbert</source>
        <translation>Hilbert</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (primär)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Address Plan</source>
        <translation>Adressplan exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
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
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
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
        <translation> CPU</translation>
    </message>
    <message>
        <source>%1 AZs</source>
        <translation>%1 AZs</translation>
    </message>
    <message>
        <source>%1 IPs</source>
        <translation>%1 IPs</translation>
    </message>
    <message>
        <source>Kubernetes </source>
        <translation>Kubernetes </translation>
    </message>
    <message>
        <source> vCPU</source>
        <translation> vCPU</translation>
    </message>
    <message>
        <source> replicas</source>
        <translation> Replikate</translation>
    </message>
    <message>
        <source>parallelism </source>
        <translation>parallelism </translation>
    </message>
    <message>
        <source> completions</source>
        <translation> completions</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>mode </source>
        <translation>Modus </translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 Regeln</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source> nodes</source>
        <translation> Knoten</translation>
    </message>
    <message>
        <source>%1 target groups</source>
        <translation>%1 Zielgruppen</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>Gewichtung </translation>
    </message>
    <message>
        <source> concurrent</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <source> VUs</source>
        <translation> VUs</translation>
    </message>
    <message>
        <source>%1 % of requests</source>
        <translation>%1 % der Anfragen</translation>
    </message>
</context>
<context>
    <name>Scaleplan::CidrBlockModel</name>
    <message>
        <source>Pod-IP demand of the VPC&apos;s EKS NodePools at their limits, shared among the private subnets in proportion to their usable addresses.</source>
        <translation>Pod-IP-Bedarf der EKS-NodePools der VPC bei ihren Limits, auf die privaten Subnetze im Verhältnis ihrer nutzbaren Adressen verteilt.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnet</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>First usable</source>
        <translation>Erste nutzbare</translation>
    </message>
    <message>
        <source>Last usable</source>
        <translation>Letzte nutzbare</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Nutzbar</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <source>Pod-IP demand</source>
        <translation>Pod-IP-Bedarf</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>Scaleplan::CidrLinearMap</name>
    <message>
        <source>no tier</source>
        <translation>keine Schicht</translation>
    </message>
    <message>
        <source>AZ %1</source>
        <translation>AZ %1</translation>
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
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 › %3</source>
        <translation>%1 · %2 › %3</translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s) · %1 % free</source>
        <translation><numerusform>%n Subnetz · %1 % frei</numerusform><numerusform>%n Subnetze · %1 % frei</numerusform></translation>
    </message>
    <message>
        <source>free %1</source>
        <translation>frei %1</translation>
    </message>
    <message>
        <source>free /%1</source>
        <translation>frei /%1</translation>
    </message>
</context>
<context>
    <name>Scaleplan::CidrMapContent</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 usable addresses (AWS reserves 5 of %2)</source>
        <translation>%1 nutzbare Adressen (AWS reserviert 5 von %2)</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Besitzer: %1</translation>
    </message>
    <message>
        <source>Overlaps %1</source>
        <translation>Überlappt %1</translation>
    </message>
    <message>
        <source>Outside %1</source>
        <translation>Außerhalb von %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>%1 addresses</source>
        <translation>%1 Adressen</translation>
    </message>
</context>
<context>
    <name>Scaleplan::CidrMapView</name>
    <message>
        <source>AZ %1</source>
        <translation>AZ %1</translation>
    </message>
    <message>
        <source>Select an object inside a VPC to see its address plan.</source>
        <translation>Wählen Sie ein Objekt in einer VPC, um ihren Adressplan zu sehen.</translation>
    </message>
    <message>
        <source>%1 is an IPv6 block: its subnets are listed in the table.</source>
        <translation>%1 ist ein IPv6-Block: Seine Subnetze stehen in der Tabelle.</translation>
    </message>
</context>
<context>
    <name>Scaleplan::CidrStrip</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
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
        <translation>⚠ %1 (%2) liegt außerhalb der CIDR-Blöcke der VPC</translation>
    </message>
</context>
<context>
    <name>Scaleplan::ConnectionItem</name>
    <message>
        <source>%1 % of requests</source>
        <translation>%1 % der Anfragen</translation>
    </message>
</context>
<context>
    <name>Scaleplan::ConnectionLegendItem</name>
    <message>
        <source>Connections:</source>
        <translation>Verbindungen:</translation>
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
        <translation>Objekt / Feld</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Choose a revision and compare it with the current design or with another revision.</source>
        <translation>Wählen Sie eine Revision und vergleichen Sie sie mit dem aktuellen Entwurf oder einer anderen Revision.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation><numerusform>%n hinzugefügt</numerusform><numerusform>%n hinzugefügt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation><numerusform>%n entfernt</numerusform><numerusform>%n entfernt</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation><numerusform>%n geändert</numerusform><numerusform>%n geändert</numerusform></translation>
    </message>
    <message>
        <source>Design name</source>
        <translation>Entwurfsname</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation><numerusform>%n Unterschied</numerusform><numerusform>%n Unterschiede</numerusform></translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>übergeordnet</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
</context>
<context>
    <name>Scaleplan::HilbertMap</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 › %3</source>
        <translation>%1 · %2 › %3</translation>
    </message>
    <message>
        <source>%1 × %2 grid, one address per cell</source>
        <translation>%1 × %2-Raster, eine Adresse pro Zelle</translation>
    </message>
    <message>
        <source>%1 × %2 grid, %3 addresses per pixel</source>
        <translation>%1 × %2-Raster, %3 Adressen pro Pixel</translation>
    </message>
    <message>
        <source>free /%1</source>
        <translation>frei /%1</translation>
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
        <translation>Ctrl+I</translation>
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
        <translation>Ctrl+E</translation>
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
        <translation>Ctrl+=</translation>
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
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
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
        <translation>Scaleplan-Projekte und Entwurfsdokumente (*.scaleplan *.md *.markdown *.txt *.yaml *.yml);;Scaleplan-Projekte (*.scaleplan);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Design Document</source>
        <translation>Entwurfsdokument importieren</translation>
    </message>
    <message>
        <source>Design documents (*.md *.markdown *.txt *.yaml *.yml);;All files (*)</source>
        <translation>Entwurfsdokumente (*.md *.markdown *.txt *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Document</source>
        <translation>Dokument importieren</translation>
    </message>
    <message>
        <source>Apply the automatic fixes the validation rules suggest while importing %1?

Every applied fix is listed in the Diagnostics panel.</source>
        <translation>Die automatischen Korrekturen, die die Prüfregeln vorschlagen, beim Import von %1 anwenden?

Jede angewendete Korrektur wird im Bereich Diagnosen aufgeführt.</translation>
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
        <translation>&lt;h3&gt;Scaleplan %1&lt;/h3&gt;&lt;p&gt;Skalierbarkeitsentwürfe für AWS und Kubernetes (EKS) planen und prüfen: Regionen, VPC-Adresspläne, Autoscaler, Datenschichten und Lastszenarien.&lt;/p&gt;</translation>
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
        <translation>&amp;%1 %2</translation>
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
        <translation>&amp;Revision speichern…</translation>
    </message>
    <message>
        <source>Store the design as it is now under a name in the project file</source>
        <translation>Den aktuellen Stand des Entwurfs unter einem Namen in der Projektdatei ablegen</translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation>Revision speichern</translation>
    </message>
    <message>
        <source>Revision name:</source>
        <translation>Name der Revision:</translation>
    </message>
    <message>
        <source>Revisio&amp;ns…</source>
        <translation>Re&amp;visionen…</translation>
    </message>
    <message>
        <source>List the named revisions of the project and compare them</source>
        <translation>Die benannten Revisionen des Projekts auflisten und vergleichen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Show &amp;Connections</source>
        <translation>&amp;Verbindungen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Plan Subnets…</source>
        <translation>Subnetze &amp;planen…</translation>
    </message>
    <message>
        <source>Save revision failed</source>
        <translation>Revision speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save the design as a project file before storing a revision.</source>
        <translation>Speichern Sie den Entwurf als Projektdatei, bevor Sie eine Revision ablegen.</translation>
    </message>
    <message>
        <source>Could not store the revision in %1: %2</source>
        <translation>Die Revision konnte nicht in %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <source>Stored revision &quot;%1&quot; in %2</source>
        <translation>Revision „%1“ in %2 abgelegt</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Scaleplan did not close normally. Unsaved changes to &quot;%1&quot;, autosaved %2, can be restored.</source>
        <translation>Scaleplan wurde nicht normal beendet. Ungespeicherte Änderungen an „%1“ (automatisch gesichert %2) können wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The design had not been saved as a project yet.</source>
        <translation>Der Entwurf war noch nicht als Projekt gespeichert.</translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation>Projektdatei: %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Recovery failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not read the recovery file %1: %2</source>
        <translation>Die Wiederherstellungsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Restored unsaved work of %1</source>
        <translation>Ungespeicherte Arbeit von %1 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Scaleplan::MetricReplayPanel</name>
    <message>
        <source>&amp;Autoscaler:</source>
        <translation>&amp;Autoscaler:</translation>
    </message>
    <message>
        <source>&amp;Start replicas:</source>
        <translation>Start-&amp;Replikate:</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Replicas before the first sync; &quot;auto&quot; takes the target Deployment&apos;s spec.replicas, else the pods of the first sample.</source>
        <translation>Replikate vor dem ersten Sync; „auto“ übernimmt spec.replicas des Ziel-Deployments, sonst die Pods des ersten Messwerts.</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>CSV öffnen…</translation>
    </message>
    <message>
        <source>Drop a metrics CSV here (time_s,pod,metric,value with optional ready, started_s, request; one sample per row, as a Prometheus export gives) or use Open CSV…</source>
        <translation>Metrik-CSV hierher ziehen (time_s,pod,metric,value, optional ready, started_s, request; ein Messwert pro Zeile, wie ihn ein Prometheus-Export liefert) oder „CSV öffnen…“ verwenden</translation>
    </message>
    <message>
        <source>Raw desired</source>
        <translation>Soll (roh)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Metrics: %1 (%n sample(s)). Drop another CSV to replace it.</source>
        <translation><numerusform>Metriken: %1 (%n Messwert). Eine andere CSV hierher ziehen, um sie zu ersetzen.</numerusform><numerusform>Metriken: %1 (%n Messwerte). Eine andere CSV hierher ziehen, um sie zu ersetzen.</numerusform></translation>
    </message>
    <message>
        <source>The design has no HorizontalPodAutoscaler or ScaledObject to replay.</source>
        <translation>Der Entwurf enthält keinen HorizontalPodAutoscaler und kein ScaledObject zum Nachspielen.</translation>
    </message>
    <message>
        <source>Choose an autoscaler.</source>
        <translation>Wählen Sie einen Autoscaler.</translation>
    </message>
    <message>
        <source>No metrics loaded yet.</source>
        <translation>Noch keine Metriken geladen.</translation>
    </message>
    <message>
        <source>%1 cannot be replayed: %2</source>
        <translation>%1 kann nicht nachgespielt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 → %3: %n decision(s).</source>
        <translation><numerusform>%1 %2 → %3: %n Entscheidung.</numerusform><numerusform>%1 %2 → %3: %n Entscheidungen.</numerusform></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Raw: %1</source>
        <translation>Roh: %1</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Stabilised</source>
        <translation>Stabilisiert</translation>
    </message>
    <message>
        <source>After policies</source>
        <translation>Nach Policies</translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation>Begrenzt durch</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no metrics</source>
        <translation>keine Metriken</translation>
    </message>
    <message>
        <source>%1: replicas per decision</source>
        <translation>%1: Replikate je Entscheidung</translation>
    </message>
    <message>
        <source>Open Metrics CSV</source>
        <translation>Metrik-CSV öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
</context>
<context>
    <name>Scaleplan::PreferencesDialog</name>
    <message>
        <source>as reviewed on %1</source>
        <translation>Stand Review %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Crash recovery</source>
        <translation>Absturzwiederherstellung</translation>
    </message>
    <message>
        <source>Autosave unsaved work to a recovery file</source>
        <translation>Ungespeicherte Arbeit automatisch in eine Wiederherstellungsdatei sichern</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>%1 is replaced by today&apos;s date, e.g. %2.</source>
        <translation>%1 wird durch das heutige Datum ersetzt, z. B. %2.</translation>
    </message>
    <message>
        <source>Default &amp;name:</source>
        <translation>Standard&amp;name:</translation>
    </message>
</context>
<context>
    <name>Scaleplan::PropertyDelegate</name>
    <message>
        <source>Current value, not one of the allowed values</source>
        <translation>Aktueller Wert, keiner der zulässigen Werte</translation>
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
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Zulässig: %1</translation>
    </message>
    <message>
        <source>Range: %1 to %2</source>
        <translation>Bereich: %1 bis %2</translation>
    </message>
    <message>
        <source>Minimum: %1</source>
        <translation>Minimum: %1</translation>
    </message>
    <message>
        <source>Maximum: %1</source>
        <translation>Maximum: %1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
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
        <translation>Mit &amp;aktuellem Stand vergleichen</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected</source>
        <translation>Auswahl &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision…</source>
        <translation>Diese Revision &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Revisions of %1</source>
        <translation>Revisionen von %1</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>What changed from the selected revision to the design as it is now</source>
        <translation>Was sich von der gewählten Revision bis zum aktuellen Stand des Entwurfs geändert hat</translation>
    </message>
    <message>
        <source>What changed from the older to the newer of two selected revisions</source>
        <translation>Was sich von der älteren zur neueren von zwei gewählten Revisionen geändert hat</translation>
    </message>
    <message>
        <source>Replace the design with the selected revision (Edit &gt; Undo takes it back)</source>
        <translation>Den Entwurf durch die gewählte Revision ersetzen (Bearbeiten &gt; Rückgängig nimmt das zurück)</translation>
    </message>
    <message>
        <source>This design has not been saved yet. Save it, then use File &gt; Save Revision… to keep named revisions in the project file.</source>
        <translation>Dieser Entwurf wurde noch nicht gespeichert. Speichern Sie ihn und legen Sie dann mit Datei &gt; Revision speichern… benannte Revisionen in der Projektdatei ab.</translation>
    </message>
    <message>
        <source>No revisions yet. File &gt; Save Revision… stores the design as it is now under a name, for example &quot;as reviewed on %1&quot;.</source>
        <translation>Noch keine Revisionen. Datei &gt; Revision speichern… legt den aktuellen Stand des Entwurfs unter einem Namen ab, zum Beispiel „Stand Review %1“.</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Cannot read revision &quot;%1&quot;: %2</source>
        <translation>Revision „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>current design</source>
        <translation>aktueller Entwurf</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>Revision wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the design with the revision &quot;%1&quot;?

Compared with the current design this adds %2, removes %3 and changes %4. Edit &gt; Undo takes it back.</source>
        <translation>Den Entwurf durch die Revision „%1“ ersetzen?

Gegenüber dem aktuellen Entwurf kommen %2 hinzu, %3 entfallen und %4 ändern sich. Bearbeiten &gt; Rückgängig nimmt das zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation><numerusform>%n Objekt</numerusform><numerusform>%n Objekte</numerusform></translation>
    </message>
    <message>
        <source>Restore revision &quot;%1&quot;</source>
        <translation>Revision „%1“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Scaleplan::ScalingChartsView</name>
    <message>
        <source>Offered</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
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
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Pending pods</source>
        <translation>Wartende Pods</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>USD/h</source>
        <translation>USD/h</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Referenz)</translation>
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
        <translation>%1: nicht simuliert. %2</translation>
    </message>
    <message>
        <source>time (minutes)</source>
        <translation>Zeit (Minuten)</translation>
    </message>
    <message>
        <source>time (hours)</source>
        <translation>Zeit (Stunden)</translation>
    </message>
    <message>
        <source>Point at a chart to read every value at that time. Drag to zoom, double-click to show the whole run.</source>
        <translation>Auf ein Diagramm zeigen, um alle Werte zu diesem Zeitpunkt abzulesen. Ziehen zoomt, Doppelklick zeigt den ganzen Lauf.</translation>
    </message>
    <message>
        <source>Dashed curves: the pinned baseline.</source>
        <translation>Gestrichelte Kurven: die fixierte Referenz.</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>vorher %1</translation>
    </message>
    <message>
        <source>peak %1 replicas</source>
        <translation>Spitze %1 Replikate</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>CPU %1 %</source>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <source>p95 %1 ms</source>
        <translation>p95 %1 ms</translation>
    </message>
    <message>
        <source>%1 requests dropped</source>
        <translation>%1 Anfragen verworfen</translation>
    </message>
    <message>
        <source>%1 s over the latency SLO</source>
        <translation>%1 s über dem Latenz-SLO</translation>
    </message>
    <message>
        <source>Baseline: %1.</source>
        <translation>Referenz: %1.</translation>
    </message>
    <message>
        <source>There is no simulation result to export.</source>
        <translation>Es gibt kein Simulationsergebnis zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>Scaleplan scaling curves of %1</source>
        <translation>Scaleplan-Skalierungskurven von %1</translation>
    </message>
    <message>
        <source>image writer failed</source>
        <translation>Schreiben des Bildes fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export This Chart as PNG…</source>
        <translation>Dieses Diagramm als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export This Chart as SVG…</source>
        <translation>Dieses Diagramm als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export All Charts as PNG…</source>
        <translation>Alle Diagramme als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export All Charts as SVG…</source>
        <translation>Alle Diagramme als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export Data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Show the Whole Run</source>
        <translation>Ganzen Lauf zeigen</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Simulation Data</source>
        <translation>Simulationsdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>cost %1 USD (nodes, tiers, data transfer)</source>
        <translation>Kosten %1 USD (Knoten, Schichten, Datentransfer)</translation>
    </message>
    <message>
        <source>cost %1 USD</source>
        <translation>Kosten %1 USD</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Wartende Nachrichten</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>its share of the node cost %1 USD</source>
        <translation>sein Anteil an den Knotenkosten %1 USD</translation>
    </message>
    <message>
        <source>peak %1 messages/s sent, %2 received</source>
        <translation>Spitze %1 Nachrichten/s gesendet, %2 empfangen</translation>
    </message>
    <message>
        <source>at most %1 messages waiting</source>
        <translation>höchstens %1 wartende Nachrichten</translation>
    </message>
    <message>
        <source>peak %1 invocations/s, concurrency %2</source>
        <translation>Spitze %1 Aufrufe/s, Parallelität %2</translation>
    </message>
    <message>
        <source>%1 invocations throttled</source>
        <translation>%1 Aufrufe gedrosselt</translation>
    </message>
    <message>
        <source>peak %1 requests/s, %2 replicas in service</source>
        <translation>Spitze %1 Anfragen/s, %2 Replikate im Dienst</translation>
    </message>
    <message>
        <source>peak %1 requests/s</source>
        <translation>Spitze %1 Anfragen/s</translation>
    </message>
    <message>
        <source>%1 requests throttled</source>
        <translation>%1 Anfragen gedrosselt</translation>
    </message>
    <message>
        <source>Peaks: %1.</source>
        <translation>Spitzen: %1.</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <source>inv/s</source>
        <translation>Aufr./s</translation>
    </message>
    <message>
        <source>concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
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
        <translation>Simuliere neu…</translation>
    </message>
    <message>
        <source>Pin as Baseline</source>
        <translation>Referenz fixieren</translation>
    </message>
    <message>
        <source>Keep the current curves; after the next change the re-simulated curves are drawn over them (the pinned ones dashed).</source>
        <translation>Die aktuellen Kurven behalten; nach der nächsten Änderung werden die neu simulierten Kurven darüber gezeichnet (die fixierten gestrichelt).</translation>
    </message>
    <message>
        <source>Clear Baseline</source>
        <translation>Referenz lösen</translation>
    </message>
    <message>
        <source>Whole Run</source>
        <translation>Ganzer Lauf</translation>
    </message>
    <message>
        <source>Show the whole run (or double-click a chart).</source>
        <translation>Den ganzen Lauf zeigen (oder Doppelklick auf ein Diagramm).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>All Charts as PNG…</source>
        <translation>Alle Diagramme als PNG…</translation>
    </message>
    <message>
        <source>All Charts as SVG…</source>
        <translation>Alle Diagramme als SVG…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Daten als CSV…</translation>
    </message>
    <message>
        <source>One chart: right-click it</source>
        <translation>Einzelnes Diagramm: Rechtsklick darauf</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Nachspielen</translation>
    </message>
    <message>
        <source>Baseline pinned at %1: the dashed curves; the solid ones follow your edits.</source>
        <translation>Referenz fixiert um %1: die gestrichelten Kurven; die durchgezogenen folgen Ihren Änderungen.</translation>
    </message>
    <message>
        <source>No load scenario in this design</source>
        <translation>Dieser Entwurf hat kein Lastszenario</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simuliere…</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>Whose curves to show: the whole design, or one simulated workload, queue, function or tier (selecting it in the design does the same).</source>
        <translation>Wessen Kurven gezeigt werden: der ganze Entwurf oder eine simulierte Arbeitslast, Queue, Funktion oder Schicht (Auswählen im Entwurf bewirkt dasselbe).</translation>
    </message>
    <message>
        <source>What the simulation assumed and left out for this scenario</source>
        <translation>Was die Simulation für dieses Szenario angenommen und ausgelassen hat</translation>
    </message>
    <message>
        <source>Whole design (load on %1)</source>
        <translation>Ganzer Entwurf (Last auf %1)</translation>
    </message>
    <message>
        <source>%1: at most %2 messages waiting; received = what its consumers took.</source>
        <translation>%1: höchstens %2 wartende Nachrichten; empfangen = was ihre Consumer abgeholt haben.</translation>
    </message>
    <message>
        <source>Each point is the maximum over %1 simulation steps.</source>
        <translation>Jeder Punkt ist das Maximum über %1 Simulationsschritte.</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Hinweise (%1)</translation>
    </message>
</context>
<context>
    <name>Scaleplan::SubnetPlannerDialog</name>
    <message>
        <source>&amp;Apply Plan</source>
        <translation>Plan &amp;anwenden</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Nutzbar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Hilbert</source>
        <translation>Hilbert</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>tier%1</source>
        <translation>schicht%1</translation>
    </message>
    <message>
        <source>Plan Subnets of %1</source>
        <translation>Subnetze von %1 planen</translation>
    </message>
    <message>
        <source>Plan Subnets</source>
        <translation>Subnetze planen</translation>
    </message>
    <message>
        <source>Tier %1: the prefix length &quot;%2&quot; is not a number such as /20.</source>
        <translation>Schicht %1: Die Präfixlänge „%2“ ist keine Zahl wie /20.</translation>
    </message>
    <message>
        <source>Tier %1: the host count &quot;%2&quot; is not a positive number.</source>
        <translation>Schicht %1: Die Host-Anzahl „%2“ ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>Tier %1 needs a prefix length or a host count.</source>
        <translation>Schicht %1 braucht eine Präfixlänge oder eine Host-Anzahl.</translation>
    </message>
    <message>
        <source>VPC block: %1</source>
        <translation>VPC-Block: %1</translation>
    </message>
    <message>
        <source>VPC block: %1 (did you mean %2?)</source>
        <translation>VPC-Block: %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>existing subnet</source>
        <translation>bestehendes Subnetz</translation>
    </message>
    <message>
        <source>new subnet</source>
        <translation>neues Subnetz</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>new subnet in a new zone</source>
        <translation>neues Subnetz in neuer Zone</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>vorher %1</translation>
    </message>
    <message>
        <source>(no block)</source>
        <translation>(kein Block)</translation>
    </message>
    <message numerus="yes">
        <source>%n subnet(s) planned: %1 new, %2 changed; %3 % of the VPC stays free.</source>
        <translation><numerusform>%n Subnetz geplant: %1 neu, %2 geändert; %3 % der VPC bleiben frei.</numerusform><numerusform>%n Subnetze geplant: %1 neu, %2 geändert; %3 % der VPC bleiben frei.</numerusform></translation>
    </message>
    <message>
        <source>Kept free to grow: %1.</source>
        <translation>Für Wachstum frei gehalten: %1.</translation>
    </message>
    <message>
        <source>Not in the plan but overlapping it (left as they are): %1.</source>
        <translation>Nicht im Plan, aber mit ihm überlappend (bleiben unverändert): %1.</translation>
    </message>
    <message>
        <source>Plan subnets of %1</source>
        <translation>Subnetze von %1 planen</translation>
    </message>
</context>
<context>
    <name>SubnetPlannerDialog</name>
    <message>
        <source>Plan Subnets</source>
        <translation>Subnetze planen</translation>
    </message>
    <message>
        <source>VPC &amp;block:</source>
        <translation>VPC-&amp;Block:</translation>
    </message>
    <message>
        <source>The VPC&apos;s primary IPv4 block, /16 to /28 (e.g. 10.0.0.0/16)</source>
        <translation>Der primäre IPv4-Block der VPC, /16 bis /28 (z. B. 10.0.0.0/16)</translation>
    </message>
    <message>
        <source>Availability &amp;Zones:</source>
        <translation>Availability &amp;Zones:</translation>
    </message>
    <message>
        <source>Zone names separated by commas, e.g. us-east-1a, us-east-1b, us-east-1c</source>
        <translation>Zonennamen durch Kommas getrennt, z. B. us-east-1a, us-east-1b, us-east-1c</translation>
    </message>
    <message>
        <source>&amp;Tiers (one subnet per zone each; give a prefix length or a host count):</source>
        <translation>&amp;Schichten (je ein Subnetz pro Zone; Präfixlänge oder Host-Anzahl angeben):</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Prefix length</source>
        <translation>Präfixlänge</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>&amp;Add Tier</source>
        <translation>Schicht &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Tier</source>
        <translation>Schicht &amp;entfernen</translation>
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
        <translation>Das Fenster in 1600×1000 zeigen, den HPA web-app auswählen, Prüfung und Simulation abwarten, ein Bild des Fensters nach &lt;png&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: select the first object named &lt;name&gt; instead of the web-app HPA (its curves are shown in the Simulation dock).</source>
        <translation>Mit --screenshot: das erste Objekt namens &lt;name&gt; statt des HPA web-app auswählen (seine Kurven erscheinen im Simulationsbereich).</translation>
    </message>
</context>
</TS>

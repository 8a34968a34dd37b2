#!/usr/bin/env python3
"""Fills German translations into scaleplan_de.ts for the source texts listed below.

Run after `cmake --build build --target update_translations`; entries not listed stay
unfinished (Qt then shows the English source text). Only exact source texts are matched.
"""
import re
import sys
from xml.sax.saxutils import escape, unescape

DE = {
    "Design": "Entwurf", "Properties": "Eigenschaften", "Diagnostics": "Diagnosen",
    "Simulation": "Simulation", "Address plan": "Adressplan", "&Scenario:": "&Szenario:",
    "&New": "&Neu", "&Open…": "Ö&ffnen…", "&Import Document…": "Dokument &importieren…",
    "&Save": "&Speichern", "Save &As…": "Speichern &unter…", "&Export Manifests…": "Manifeste &exportieren…",
    "&Quit": "&Beenden", "&Undo": "&Rückgängig", "&Redo": "&Wiederholen", "&Delete": "&Löschen",
    "Zoom &In": "Ver&größern", "Zoom &Out": "Ver&kleinern", "&Actual Size": "&Originalgröße",
    "&Fit to Window": "An &Fenster anpassen", "&About Scaleplan": "Ü&ber Scaleplan",
    "&File": "&Datei", "Open &Recent": "&Zuletzt geöffnet", "&Edit": "&Bearbeiten", "&View": "&Ansicht",
    "&Help": "&Hilfe", "&Tools": "&Werkzeuge",
    "Name": "Name", "Kind": "Art", "Severity": "Schweregrad", "Rule": "Regel", "Object": "Objekt",
    "Message": "Meldung", "Source": "Quelle", "Field": "Feld", "Value": "Wert",
    "Fix: %1": "Korrektur: %1", "Apply Fix": "Korrektur anwenden", "Show Object": "Objekt zeigen",
    "Could not open %1.": "%1 konnte nicht geöffnet werden.", "Open failed": "Öffnen fehlgeschlagen",
    "Could not save %1: %2": "%1 konnte nicht gespeichert werden: %2", "Save failed": "Speichern fehlgeschlagen",
    "Saved %1": "%1 gespeichert", "Untitled": "Unbenannt", "Open Design": "Entwurf öffnen",
    "Import Design Document": "Entwurfsdokument importieren", "Import Document": "Dokument importieren",
    "Import failed": "Import fehlgeschlagen", "Could not import %1.": "%1 konnte nicht importiert werden.",
    "Imported %1: %2 blocks, %3 objects": "%1 importiert: %2 Blöcke, %3 Objekte",
    "Save Design": "Entwurf speichern", "Scaleplan projects (*.scaleplan)": "Scaleplan-Projekte (*.scaleplan)",
    "Export Manifests To": "Manifeste exportieren nach", "Export Manifests": "Manifeste exportieren",
    "Left out:": "Ausgelassen:", "About Scaleplan": "Über Scaleplan", "Unsaved Changes": "Ungespeicherte Änderungen",
    "The design \"%1\" has unsaved changes. Save them?": "Der Entwurf „%1“ hat ungespeicherte Änderungen. Speichern?",
    "%1[*] — Scaleplan": "%1[*] — Scaleplan",
    "Validating and simulating…": "Prüfe und simuliere…", "Simulating…": "Simuliere…",
    "No load scenario in this design": "Dieser Entwurf hat kein Lastszenario",
    "Desired": "Soll", "Ready": "Bereit", "Load req/s": "Last Anfr./s", "CPU %": "CPU %",
    "time (minutes)": "Zeit (Minuten)", "replicas": "Replikate", "requests/s": "Anfragen/s",
    "No simulation yet": "Noch keine Simulation", "%1: not simulated": "%1: nicht simuliert",
    "(no workload)": "(keine Arbeitslast)",
    "Peak %1 replicas, CPU %2 %, p95 latency %3 ms; %4 requests dropped.":
        "Spitze %1 Replikate, CPU %2 %, p95-Latenz %3 ms; %4 Anfragen verworfen.",
    "public": "öffentlich", "private": "privat", "database": "Datenbank", "free": "frei", "overlap": "Überlappung",
    "Outside every CIDR block of the VPC": "Außerhalb aller CIDR-Blöcke der VPC",
    "Select an object inside a VPC to see its address plan.": "Wählen Sie ein Objekt in einer VPC, um ihren Adressplan zu sehen.",
    "Overlaps %1": "Überlappt %1",
    "%1 usable addresses (AWS reserves 5 of %2)": "%1 nutzbare Adressen (AWS reserviert 5 von %2)",
    "%1 · %2 addresses": "%1 · %2 Adressen",
    "Global — edge, DNS, replication, load scenarios": "Global — Edge, DNS, Replikation, Lastszenarien",
    "Zoom %1 %": "Zoom %1 %", "design": "entwurf",
    "Plan and check scalability designs for AWS and Kubernetes.":
        "Skalierbarkeitsentwürfe für AWS und Kubernetes planen und prüfen.",
    "A .scaleplan project or a design document to open (default: the bundled reference design).":
        "Ein .scaleplan-Projekt oder Entwurfsdokument zum Öffnen (Vorgabe: der mitgelieferte Referenzentwurf).",
    "Set %1": "%1 setzen", "Rename to \"%1\"": "In „%1“ umbenennen", "Move \"%1\"": "„%1“ verschieben",
    "Remove \"%1\"": "„%1“ entfernen", "Add %1 \"%2\"": "%1 „%2“ hinzufügen",
    "Preferences…": "Einstellungen…", "Preferences": "Einstellungen",
    "Save Revision…": "Revision speichern…", "Revisions…": "Revisionen…",
    "Plan subnets…": "Subnetze planen…", "Restore": "Wiederherstellen", "Discard": "Verwerfen", "Later": "Später",
    # Address plan dock
    "&VPC:": "&VPC:", "&Block:": "&Block:", "Zoom out": "Verkleinern",
    "Back to the previous block (Backspace on the map). Double-click a subnet or a free block to zoom into it; the wheel zooms around the pointer.":
        "Zurück zum vorherigen Block (Rücktaste auf der Karte). Doppelklick auf ein Subnetz oder einen freien Block "
        "vergrößert ihn; das Mausrad zoomt um den Mauszeiger.",
    "Propose aligned, non-overlapping subnets for this VPC and apply them as one undo step":
        "Ausgerichtete, überlappungsfreie Subnetze für diese VPC vorschlagen und als ein Rückgängig-Schritt anwenden",
    "&All VPCs": "&Alle VPCs", "Export CSV…": "CSV exportieren…", "Linear": "Linear", "Hilbert": "Hilbert",
    "Table": "Tabelle", "%1 (%2)": "%1 (%2)", "%1 (primary)": "%1 (primär)",
    "Cannot write %1: %2": "%1 kann nicht geschrieben werden: %2", "Export Address Plan": "Adressplan exportieren",
    "CSV files (*.csv);;All files (*)": "CSV-Dateien (*.csv);;Alle Dateien (*)",
    # Autosave
    "Cannot create the folder %1.": "Der Ordner %1 kann nicht angelegt werden.",
    "Autosave failed: %1": "Automatisches Speichern fehlgeschlagen: %1",
    # Canvas cards (fragments are joined with numbers; Kubernetes field names stay as spelled)
    " CPU": " CPU", "%1 AZs": "%1 AZs", "%1 IPs": "%1 IPs", "Kubernetes ": "Kubernetes ", " vCPU": " vCPU",
    " replicas": " Replikate", "parallelism ": "parallelism ", " completions": " completions", "mode ": "Modus ",
    "%1 keys": "%1 Schlüssel", "%1 rules": "%1 Regeln", "nodes": "Knoten", " nodes": " Knoten",
    "%1 target groups": "%1 Zielgruppen", "weight ": "Gewichtung ", " concurrent": " gleichzeitig", " VUs": " VUs",
    "%1 % of requests": "%1 % der Anfragen", "Connections:": "Verbindungen:",
    # CIDR table and maps
    "Pod-IP demand of the VPC's EKS NodePools at their limits, shared among the private subnets in proportion to their usable addresses.":
        "Pod-IP-Bedarf der EKS-NodePools der VPC bei ihren Limits, auf die privaten Subnetze im Verhältnis ihrer "
        "nutzbaren Adressen verteilt.",
    "%1 %": "%1 %", "Subnet": "Subnet", "CIDR": "CIDR", "Tier": "Schicht", "AZ": "AZ", "VPC": "VPC",
    "First usable": "Erste nutzbare", "Last usable": "Letzte nutzbare", "Usable": "Nutzbar", "Used by": "Genutzt von",
    "Pod-IP demand": "Pod-IP-Bedarf", "Utilisation": "Auslastung", "no tier": "keine Schicht", "AZ %1": "AZ %1",
    "%1 · %2": "%1 · %2", "%1 · %2 › %3": "%1 · %2 › %3", "free %1": "frei %1", "free /%1": "frei /%1",
    "%1 – %2": "%1 – %2", "Owner: %1": "Besitzer: %1", "Outside %1": "Außerhalb von %1", "Free": "Frei",
    "%1 addresses": "%1 Adressen",
    "%1 is an IPv6 block: its subnets are listed in the table.": "%1 ist ein IPv6-Block: Seine Subnetze stehen in der Tabelle.",
    "⚠ %1 (%2) lies outside the VPC's CIDR blocks": "⚠ %1 (%2) liegt außerhalb der CIDR-Blöcke der VPC",
    "%1 × %2 grid, one address per cell": "%1 × %2-Raster, eine Adresse pro Zelle",
    "%1 × %2 grid, %3 addresses per pixel": "%1 × %2-Raster, %3 Adressen pro Pixel",
    # Revision diff
    "Object / field": "Objekt / Feld", "Old": "Alt", "New": "Neu",
    "Choose a revision and compare it with the current design or with another revision.":
        "Wählen Sie eine Revision und vergleichen Sie sie mit dem aktuellen Entwurf oder einer anderen Revision.",
    "(none)": "(keiner)", "<b>%1</b> → <b>%2</b>": "<b>%1</b> → <b>%2</b>", "no differences": "keine Unterschiede",
    "Design name": "Entwurfsname", "%1  (%2)": "%1  (%2)", "added": "hinzugefügt", "removed": "entfernt",
    "name": "Name", "parent": "übergeordnet", "(top level)": "(oberste Ebene)",
    # Main window
    "Ctrl+I": "Ctrl+I", "Ctrl+E": "Ctrl+E", "Ctrl+=": "Ctrl+=", "Ctrl+0": "Ctrl+0", "Ctrl+9": "Ctrl+9",
    "Scaleplan projects and design documents (*.scaleplan *.md *.markdown *.txt *.yaml *.yml);;Scaleplan projects (*.scaleplan);;All files (*)":
        "Scaleplan-Projekte und Entwurfsdokumente (*.scaleplan *.md *.markdown *.txt *.yaml *.yml);;"
        "Scaleplan-Projekte (*.scaleplan);;Alle Dateien (*)",
    "Design documents (*.md *.markdown *.txt *.yaml *.yml);;All files (*)":
        "Entwurfsdokumente (*.md *.markdown *.txt *.yaml *.yml);;Alle Dateien (*)",
    "Apply the automatic fixes the validation rules suggest while importing %1?\n\nEvery applied fix is listed in the Diagnostics panel.":
        "Die automatischen Korrekturen, die die Prüfregeln vorschlagen, beim Import von %1 anwenden?\n\n"
        "Jede angewendete Korrektur wird im Bereich Diagnosen aufgeführt.",
    "<h3>Scaleplan %1</h3><p>Plan and check scalability designs for AWS and Kubernetes (EKS): regions, VPC address plans, autoscalers, data tiers and load scenarios.</p>":
        "<h3>Scaleplan %1</h3><p>Skalierbarkeitsentwürfe für AWS und Kubernetes (EKS) planen und prüfen: Regionen, "
        "VPC-Adresspläne, Autoscaler, Datenschichten und Lastszenarien.</p>",
    "&%1 %2": "&%1 %2",
    "Save Re&vision…": "&Revision speichern…", "Revisio&ns…": "Re&visionen…", "&Preferences…": "&Einstellungen…",
    "Show &Connections": "&Verbindungen anzeigen", "&Plan Subnets…": "Subnetze &planen…",
    "Store the design as it is now under a name in the project file":
        "Den aktuellen Stand des Entwurfs unter einem Namen in der Projektdatei ablegen",
    "Save Revision": "Revision speichern", "Revision name:": "Name der Revision:",
    "List the named revisions of the project and compare them": "Die benannten Revisionen des Projekts auflisten und vergleichen",
    "Save revision failed": "Revision speichern fehlgeschlagen",
    "Save the design as a project file before storing a revision.":
        "Speichern Sie den Entwurf als Projektdatei, bevor Sie eine Revision ablegen.",
    "Could not store the revision in %1: %2": "Die Revision konnte nicht in %1 abgelegt werden: %2",
    "Stored revision \"%1\" in %2": "Revision „%1“ in %2 abgelegt",
    "Recover Unsaved Work": "Ungespeicherte Arbeit wiederherstellen",
    "Scaleplan did not close normally. Unsaved changes to \"%1\", autosaved %2, can be restored.":
        "Scaleplan wurde nicht normal beendet. Ungespeicherte Änderungen an „%1“ (automatisch gesichert %2) "
        "können wiederhergestellt werden.",
    "The design had not been saved as a project yet.": "Der Entwurf war noch nicht als Projekt gespeichert.",
    "Project file: %1": "Projektdatei: %1", "&Restore": "&Wiederherstellen", "&Discard": "&Verwerfen", "&Later": "&Später",
    "Recovery failed": "Wiederherstellung fehlgeschlagen",
    "Could not read the recovery file %1: %2": "Die Wiederherstellungsdatei %1 konnte nicht gelesen werden: %2",
    "Restored unsaved work of %1": "Ungespeicherte Arbeit von %1 wiederhergestellt",
    # Metric replay
    "&Autoscaler:": "&Autoscaler:", "&Start replicas:": "Start-&Replikate:", "auto": "auto",
    "Replicas before the first sync; \"auto\" takes the target Deployment's spec.replicas, else the pods of the first sample.":
        "Replikate vor dem ersten Sync; „auto“ übernimmt spec.replicas des Ziel-Deployments, sonst die Pods des ersten Messwerts.",
    "Open CSV…": "CSV öffnen…",
    "Drop a metrics CSV here (time_s,pod,metric,value with optional ready, started_s, request; one sample per row, as a Prometheus export gives) or use Open CSV…":
        "Metrik-CSV hierher ziehen (time_s,pod,metric,value, optional ready, started_s, request; ein Messwert pro Zeile, "
        "wie ihn ein Prometheus-Export liefert) oder „CSV öffnen…“ verwenden",
    "Raw desired": "Soll (roh)", "Current": "Aktuell", "Final": "Endgültig", "time (s)": "Zeit (s)",
    "Could not read %1: %2": "%1 konnte nicht gelesen werden: %2",
    "The design has no HorizontalPodAutoscaler or ScaledObject to replay.":
        "Der Entwurf enthält keinen HorizontalPodAutoscaler und kein ScaledObject zum Nachspielen.",
    "Choose an autoscaler.": "Wählen Sie einen Autoscaler.", "No metrics loaded yet.": "Noch keine Metriken geladen.",
    "%1 cannot be replayed: %2": "%1 kann nicht nachgespielt werden: %2",
    "Time (s)": "Zeit (s)", "Active": "Aktiv", "Raw: %1": "Roh: %1", "Stabilised": "Stabilisiert",
    "After policies": "Nach Policies", "Limited by": "Begrenzt durch", "yes": "ja", "no": "nein",
    "no metrics": "keine Metriken", "%1: replicas per decision": "%1: Replikate je Entscheidung",
    "Open Metrics CSV": "Metrik-CSV öffnen", "dropped text": "abgelegter Text",
    # Preferences
    "as reviewed on %1": "Stand Review %1", "Crash recovery": "Absturzwiederherstellung",
    "Autosave unsaved work to a recovery file": "Ungespeicherte Arbeit automatisch in eine Wiederherstellungsdatei sichern",
    " s": " s", "&Every:": "&Intervall:", "Folder:": "Ordner:", "Revisions": "Revisionen",
    "%1 is replaced by today's date, e.g. %2.": "%1 wird durch das heutige Datum ersetzt, z. B. %2.",
    "Default &name:": "Standard&name:",
    # Properties
    "Current value, not one of the allowed values": "Aktueller Wert, keiner der zulässigen Werte",
    "Unit: %1": "Einheit: %1", "Allowed: %1": "Zulässig: %1", "Range: %1 to %2": "Bereich: %1 bis %2",
    "Minimum: %1": "Minimum: %1", "Maximum: %1": "Maximum: %1", "Required": "Erforderlich",
    "Source: %1": "Quelle: %1",
    # Revisions dialog
    "Compare with &Current": "Mit &aktuellem Stand vergleichen", "Co&mpare Selected": "Auswahl &vergleichen",
    "&Restore This Revision…": "Diese Revision &wiederherstellen…", "Revisions of %1": "Revisionen von %1",
    "Revision": "Revision", "Saved": "Gespeichert",
    "What changed from the selected revision to the design as it is now":
        "Was sich von der gewählten Revision bis zum aktuellen Stand des Entwurfs geändert hat",
    "What changed from the older to the newer of two selected revisions":
        "Was sich von der älteren zur neueren von zwei gewählten Revisionen geändert hat",
    "Replace the design with the selected revision (Edit > Undo takes it back)":
        "Den Entwurf durch die gewählte Revision ersetzen (Bearbeiten > Rückgängig nimmt das zurück)",
    "This design has not been saved yet. Save it, then use File > Save Revision… to keep named revisions in the project file.":
        "Dieser Entwurf wurde noch nicht gespeichert. Speichern Sie ihn und legen Sie dann mit Datei > Revision speichern… "
        "benannte Revisionen in der Projektdatei ab.",
    "No revisions yet. File > Save Revision… stores the design as it is now under a name, for example \"as reviewed on %1\".":
        "Noch keine Revisionen. Datei > Revision speichern… legt den aktuellen Stand des Entwurfs unter einem Namen ab, "
        "zum Beispiel „Stand Review %1“.",
    "revision %1": "Revision %1", "Cannot read revision \"%1\": %2": "Revision „%1“ kann nicht gelesen werden: %2",
    "current design": "aktueller Entwurf", "Restore Revision": "Revision wiederherstellen",
    "Replace the design with the revision \"%1\"?\n\nCompared with the current design this adds %2, removes %3 and changes %4. Edit > Undo takes it back.":
        "Den Entwurf durch die Revision „%1“ ersetzen?\n\nGegenüber dem aktuellen Entwurf kommen %2 hinzu, %3 entfallen "
        "und %4 ändern sich. Bearbeiten > Rückgängig nimmt das zurück.",
    "Restore revision \"%1\"": "Revision „%1“ wiederherstellen",
    # Scaling charts
    "Offered": "Angebot", "Served": "Bedient", "Refused": "Abgewiesen", "Nodes": "Knoten",
    "Pending pods": "Wartende Pods", "Messages waiting": "Wartende Nachrichten", "messages": "Nachrichten", "CPU": "CPU", "p50": "p50", "p95": "p95", "p99": "p99",
    "Node cost": "Knotenkosten", "Cost": "Kosten", "req/s": "Anfr./s", "ms": "ms", "USD/h": "USD/h",
    "%1 (baseline)": "%1 (Referenz)", "%1: not simulated. %2": "%1: nicht simuliert. %2",
    "time (hours)": "Zeit (Stunden)",
    "Point at a chart to read every value at that time. Drag to zoom, double-click to show the whole run.":
        "Auf ein Diagramm zeigen, um alle Werte zu diesem Zeitpunkt abzulesen. Ziehen zoomt, Doppelklick zeigt den ganzen Lauf.",
    "Dashed curves: the pinned baseline.": "Gestrichelte Kurven: die fixierte Referenz.",
    "was %1": "vorher %1", "peak %1 replicas": "Spitze %1 Replikate", "%1 nodes": "%1 Knoten",
    "CPU %1 %": "CPU %1 %", "p95 %1 ms": "p95 %1 ms", "%1 requests dropped": "%1 Anfragen verworfen",
    "%1 s over the latency SLO": "%1 s über dem Latenz-SLO", "Now: %1.": "Jetzt: %1.", "Peaks: %1.": "Spitzen: %1.",
    "peak %1 messages/s sent, %2 received": "Spitze %1 Nachrichten/s gesendet, %2 empfangen",
    "at most %1 messages waiting": "höchstens %1 wartende Nachrichten",
    "peak %1 invocations/s, concurrency %2": "Spitze %1 Aufrufe/s, Parallelität %2",
    "%1 invocations throttled": "%1 Aufrufe gedrosselt",
    "peak %1 requests/s, %2 replicas in service": "Spitze %1 Anfragen/s, %2 Replikate im Dienst",
    "peak %1 requests/s": "Spitze %1 Anfragen/s", "%1 requests throttled": "%1 Anfragen gedrosselt",
    "its share of the node cost %1 USD": "sein Anteil an den Knotenkosten %1 USD", "msg/s": "Nachr./s", "inv/s": "Aufr./s", "concurrency": "Parallelität", "Sent": "Gesendet", "Received": "Empfangen", "Baseline: %1.": "Referenz: %1.",
    "There is no simulation result to export.": "Es gibt kein Simulationsergebnis zum Exportieren.",
    "Could not write %1: %2": "%1 konnte nicht geschrieben werden: %2",
    "There is no chart to export.": "Es gibt kein Diagramm zum Exportieren.",
    "Scaleplan scaling curves of %1": "Scaleplan-Skalierungskurven von %1",
    "image writer failed": "Schreiben des Bildes fehlgeschlagen",
    "Export This Chart as PNG…": "Dieses Diagramm als PNG exportieren…",
    "Export This Chart as SVG…": "Dieses Diagramm als SVG exportieren…",
    "Export All Charts as PNG…": "Alle Diagramme als PNG exportieren…",
    "Export All Charts as SVG…": "Alle Diagramme als SVG exportieren…",
    "Export Data as CSV…": "Daten als CSV exportieren…", "Show the Whole Run": "Ganzen Lauf zeigen",
    "Export Chart": "Diagramm exportieren", "SVG images (*.svg)": "SVG-Bilder (*.svg)", "PNG images (*.png)": "PNG-Bilder (*.png)",
    "Export Simulation Data": "Simulationsdaten exportieren", "CSV files (*.csv)": "CSV-Dateien (*.csv)",
    "cost %1 USD (nodes, tiers, data transfer)": "Kosten %1 USD (Knoten, Schichten, Datentransfer)",
    "cost %1 USD": "Kosten %1 USD",
    # Simulation dock
    "Re-simulating…": "Simuliere neu…", "Pin as Baseline": "Referenz fixieren",
    "Keep the current curves; after the next change the re-simulated curves are drawn over them (the pinned ones dashed).":
        "Die aktuellen Kurven behalten; nach der nächsten Änderung werden die neu simulierten Kurven darüber gezeichnet "
        "(die fixierten gestrichelt).",
    "Clear Baseline": "Referenz lösen", "Whole Run": "Ganzer Lauf",
    "Show the whole run (or double-click a chart).": "Den ganzen Lauf zeigen (oder Doppelklick auf ein Diagramm).",
    "Export": "Export", "Curves": "Kurven", "All Charts as PNG…": "Alle Diagramme als PNG…",
    "All Charts as SVG…": "Alle Diagramme als SVG…", "Data as CSV…": "Daten als CSV…",
    "One chart: right-click it": "Einzelnes Diagramm: Rechtsklick darauf", "Replay": "Nachspielen",
    "Baseline pinned at %1: the dashed curves; the solid ones follow your edits.":
        "Referenz fixiert um %1: die gestrichelten Kurven; die durchgezogenen folgen Ihren Änderungen.",
    "&Object:": "&Objekt:",
    "Whose curves to show: the whole design, or one simulated workload, queue, function or tier (selecting it in the design does the same).":
        "Wessen Kurven gezeigt werden: der ganze Entwurf oder eine simulierte Arbeitslast, Queue, Funktion oder Schicht "
        "(Auswählen im Entwurf bewirkt dasselbe).",
    "What the simulation assumed and left out for this scenario":
        "Was die Simulation für dieses Szenario angenommen und ausgelassen hat",
    "Whole design (load on %1)": "Ganzer Entwurf (Last auf %1)",
    "%1: at most %2 messages waiting; received = what its consumers took.":
        "%1: höchstens %2 wartende Nachrichten; empfangen = was ihre Consumer abgeholt haben.",
    "Each point is the maximum over %1 simulation steps.": "Jeder Punkt ist das Maximum über %1 Simulationsschritte.",
    "Notes (%1)": "Hinweise (%1)",
    # Subnet planner
    "&Apply Plan": "Plan &anwenden", "Change": "Änderung", "Changes": "Änderungen", "tier%1": "schicht%1",
    "Plan Subnets of %1": "Subnetze von %1 planen", "Plan Subnets": "Subnetze planen",
    "Tier %1: the prefix length \"%2\" is not a number such as /20.": "Schicht %1: Die Präfixlänge „%2“ ist keine Zahl wie /20.",
    "Tier %1: the host count \"%2\" is not a positive number.": "Schicht %1: Die Host-Anzahl „%2“ ist keine positive Zahl.",
    "Tier %1 needs a prefix length or a host count.": "Schicht %1 braucht eine Präfixlänge oder eine Host-Anzahl.",
    "VPC block: %1": "VPC-Block: %1", "VPC block: %1 (did you mean %2?)": "VPC-Block: %1 (meinten Sie %2?)",
    "existing subnet": "bestehendes Subnetz", "new subnet": "neues Subnetz", "Plan": "Plan",
    "new subnet in a new zone": "neues Subnetz in neuer Zone", "unchanged": "unverändert", "(no block)": "(kein Block)",
    "Kept free to grow: %1.": "Für Wachstum frei gehalten: %1.",
    "Not in the plan but overlapping it (left as they are): %1.":
        "Nicht im Plan, aber mit ihm überlappend (bleiben unverändert): %1.",
    "Plan subnets of %1": "Subnetze von %1 planen",
    "VPC &block:": "VPC-&Block:",
    "The VPC's primary IPv4 block, /16 to /28 (e.g. 10.0.0.0/16)": "Der primäre IPv4-Block der VPC, /16 bis /28 (z. B. 10.0.0.0/16)",
    "Availability &Zones:": "Availability &Zones:",
    "Zone names separated by commas, e.g. us-east-1a, us-east-1b, us-east-1c":
        "Zonennamen durch Kommas getrennt, z. B. us-east-1a, us-east-1b, us-east-1c",
    "&Tiers (one subnet per zone each; give a prefix length or a host count):":
        "&Schichten (je ein Subnetz pro Zone; Präfixlänge oder Host-Anzahl angeben):",
    "Prefix length": "Präfixlänge", "Hosts": "Hosts", "&Add Tier": "Schicht &hinzufügen", "&Remove Tier": "Schicht &entfernen",
    # Command line
    "Show the window at 1600×1000, select the web-app HPA, wait for validation and simulation, save a picture of the window to <png> and exit.":
        "Das Fenster in 1600×1000 zeigen, den HPA web-app auswählen, Prüfung und Simulation abwarten, ein Bild des "
        "Fensters nach <png> speichern und beenden.",
    "With --screenshot: select the first object named <name> instead of the web-app HPA (its curves are shown in the Simulation dock).":
        "Mit --screenshot: das erste Objekt namens <name> statt des HPA web-app auswählen (seine Kurven erscheinen im "
        "Simulationsbereich).",
}
PLURALS = {
    "%n error(s)": ("%n Fehler", "%n Fehler"),
    "%n warning(s)": ("%n Warnung", "%n Warnungen"),
    "%n key(s)": ("%n Schlüssel", "%n Schlüssel"),
    "%n item(s)": ("%n Element", "%n Elemente"),
    "Remove %n object(s)": ("%n Objekt entfernen", "%n Objekte entfernen"),
    "Opened %1: %n object(s)": ("%1 geöffnet: %n Objekt", "%1 geöffnet: %n Objekte"),
    "Wrote %n document(s)": ("%n Dokument geschrieben", "%n Dokumente geschrieben"),
    "in %n file(s) to %1.": ("in %n Datei nach %1.", "in %n Dateien nach %1."),
    "… and %n more": ("… und %n weiteres", "… und %n weitere"),
    "%n subnet(s) · %1 % of the address space free": ("%n Subnetz · %1 % des Adressraums frei", "%n Subnetze · %1 % des Adressraums frei"),
    "%n subnet(s) · %1 % free": ("%n Subnetz · %1 % frei", "%n Subnetze · %1 % frei"),
    "%n added": ("%n hinzugefügt", "%n hinzugefügt"),
    "%n removed": ("%n entfernt", "%n entfernt"),
    "%n changed": ("%n geändert", "%n geändert"),
    "%n difference(s)": ("%n Unterschied", "%n Unterschiede"),
    "Metrics: %1 (%n sample(s)). Drop another CSV to replace it.":
        ("Metriken: %1 (%n Messwert). Eine andere CSV hierher ziehen, um sie zu ersetzen.",
         "Metriken: %1 (%n Messwerte). Eine andere CSV hierher ziehen, um sie zu ersetzen."),
    "%1 %2 → %3: %n decision(s).": ("%1 %2 → %3: %n Entscheidung.", "%1 %2 → %3: %n Entscheidungen."),
    "%n object(s)": ("%n Objekt", "%n Objekte"),
    "%n subnet(s) planned: %1 new, %2 changed; %3 % of the VPC stays free.":
        ("%n Subnetz geplant: %1 neu, %2 geändert; %3 % der VPC bleiben frei.",
         "%n Subnetze geplant: %1 neu, %2 geändert; %3 % der VPC bleiben frei."),
}

def main(path):
    text = open(path, encoding="utf-8").read()
    def repl(m):
        msg = m.group(0)
        src = re.search(r"<source>(.*?)</source>", msg, re.S)
        if not src:
            return msg
        source = unescape(src.group(1), {"&quot;": '"', "&apos;": "'"})
        numerus = 'numerus="yes"' in msg
        if numerus and source in PLURALS:
            forms = "".join("<numerusform>%s</numerusform>" % escape(f) for f in PLURALS[source])
            new = "<translation>%s</translation>" % forms
        elif not numerus and source in DE:
            new = "<translation>%s</translation>" % escape(DE[source], {'"': "&quot;"})
        else:
            return msg
        return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", new, msg, flags=re.S)
    text = re.sub(r"<message[^>]*>.*?</message>", repl, text, flags=re.S)
    open(path, "w", encoding="utf-8").write(text)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/scaleplan_de.ts")

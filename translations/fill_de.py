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

#!/usr/bin/env python3
"""Fills German translations into outsidein_de.ts from the glossary below (run after update_translations).
Strings not in the glossary stay unfinished, so Linguist shows translators exactly what is left."""
import sys
import xml.etree.ElementTree as ET

GLOSSARY = {
    # Frame
    "Ready": "Bereit", "Autosave failed: %1": "Automatisches Speichern fehlgeschlagen: %1",
    "&New Project": "&Neues Projekt", "&Open…": "Ö&ffnen…", "Open &Sample Project": "&Beispielprojekt öffnen",
    "&Save": "&Speichern", "Save &As…": "Speichern &unter…", "Autosave &Interval…": "Intervall für automatisches &Speichern…",
    "&Quit": "&Beenden", "&Validate Project": "Projekt &prüfen", "&About Outside-In Studio": "&Über Outside-In Studio",
    "About &Qt": "Über &Qt", "&Full Screen": "&Vollbild", "&File": "&Datei", "New from &Template": "Neu aus &Vorlage",
    "Open &Recent": "&Zuletzt geöffnet", "&Edit": "&Bearbeiten", "&View": "&Ansicht", "&Panels": "&Bereiche",
    "&Simulate": "&Simulieren", "&Help": "&Hilfe", "Main": "Haupt", "Project": "Projekt", "Properties": "Eigenschaften",
    "Problems": "Probleme", "<opened>": "<geöffnet>", "History": "Verlauf", "&Undo": "&Rückgängig",
    "&Redo": "&Wiederholen", "&Undo %1": "&Rückgängig: %1", "&Redo %1": "&Wiederholen: %1",
    "Outside-In Studio": "Outside-In Studio", "%1[*] — %2 — Outside-In Studio": "%1[*] — %2 — Outside-In Studio",
    "%1 journeys · %2 roles · %3 processes · %4 requirements  |  %5 errors, %6 warnings":
        "%1 Journeys · %2 Rollen · %3 Prozesse · %4 Anforderungen  |  %5 Fehler, %6 Warnungen",
    "No recent projects": "Keine zuletzt geöffneten Projekte", "&Clear List": "Liste &leeren",
    "No templates installed": "Keine Vorlagen installiert", "About Outside-In Studio": "Über Outside-In Studio",
    "Recover Unsaved Work": "Ungespeicherte Arbeit wiederherstellen", "Could not open %1": "%1 konnte nicht geöffnet werden",
    "Opened %1": "%1 geöffnet", "Cannot Open Project": "Projekt kann nicht geöffnet werden",
    "%1 could not be opened.": "%1 konnte nicht geöffnet werden.", "Open Project": "Projekt öffnen",
    "Save Failed": "Speichern fehlgeschlagen", "Saved %1": "%1 gespeichert", "Save Project As": "Projekt speichern unter",
    "Unsaved Changes": "Ungespeicherte Änderungen",
    "%1 has unsaved changes.\nDo you want to save them?": "%1 hat ungespeicherte Änderungen.\nMöchten Sie sie speichern?",
    "Autosave Interval": "Intervall für automatisches Speichern",
    "Problem": "Problem", "Where": "Ort", "File": "Datei",
    "No problems found.": "Keine Probleme gefunden.",
    # Views
    "Journey": "Journey", "Roles": "Rollen", "Processes": "Prozesse", "Strategies": "Strategien", "Personas": "Personas",
    "Journeys": "Journeys", "Requirements": "Anforderungen", "Scenarios": "Szenarien",
    "&Export Journey": "Journey &exportieren", "As &PNG Image…": "Als &PNG-Bild…", "As &SVG Drawing…": "Als &SVG-Grafik…",
    "As P&DF…": "Als P&DF…", "As &Mermaid Text…": "Als &Mermaid-Text…", "As &JSON…": "Als &JSON…",
    "Export Journey": "Journey exportieren", "Export PNG": "PNG exportieren", "Resolution (dots per inch):": "Auflösung (dpi):",
    "Export Failed": "Export fehlgeschlagen", "&Import Journey (JSON)…": "Journey &importieren (JSON)…",
    "Import Journey": "Journey importieren", "Import Failed": "Import fehlgeschlagen", "&Print Journey…": "Journey &drucken…",
    "Print Failed": "Drucken fehlgeschlagen",
    "Front office": "Front-Office", "Back office": "Back-Office", "Field": "Außendienst", "Unchanged": "Unverändert",
    "Moved": "Verlagert", "New": "Neu", "Merged": "Zusammengelegt", "Retired": "Entfällt", "Role": "Rolle",
    "Department": "Abteilung", "Office": "Bereich", "Change": "Änderung", "Driven by": "Getrieben durch",
    "Headcount": "Besetzung", "As-is → to-be": "Ist → Soll", "Cross-trained for": "Quer qualifiziert für",
    "shifts, peak %1": "Schichten, Spitze %1",
    "Start": "Start", "End": "Ende", "Task": "Aufgabe", "Decision (xor)": "Entscheidung (xor)",
    "Parallel split": "Parallele Verzweigung", "Parallel join": "Parallele Zusammenführung", "Timer": "Zeitgeber",
    "Process / step": "Prozess / Schritt", "Kind": "Art", "Performed by": "Ausgeführt von", "Time": "Zeit", "Next": "Weiter",
    "Requirements on CRM technology": "Anforderungen an die CRM-Technologie", "Process control": "Prozesssteuerung",
    "Information management": "Informationsmanagement", "Non-functional": "Nicht-funktional", "Must": "Muss",
    "Should": "Soll", "Could": "Kann", "Won't": "Nicht jetzt", "Accepted when:": "Abgenommen, wenn:",
    "Needed by:": "Benötigt von:", "Roles, as-is → to-be": "Rollen, Ist → Soll", "As-is": "Ist", "To-be": "Soll",
    "Open in the %1 View": "In der Ansicht „%1“ öffnen", "Selected %1 in the project tree.": "%1 im Projektbaum ausgewählt.",
    "Capacity": "Kapazität",
    "Simulation": "Simulation", "&Run Simulation": "Simulation &starten", "S&top Simulation": "Simulation &anhalten",
    "&Clear Results from the Map": "Ergebnisse von der Karte &entfernen", "Scenario:": "Szenario:", "Run": "Starten",
    "Cancel": "Abbrechen", "Base model": "Basismodell", " replications": " Replikationen",
    "Cancelling…": "Wird abgebrochen…", "Done.": "Fertig.", "Done. The constraint is %1 at %2.": "Fertig. Der Engpass ist %1 bei %2.",
    "The simulation stopped.": "Die Simulation wurde gestoppt.",
    "Cancelled; the previous results stay on the map.": "Abgebrochen; die bisherigen Ergebnisse bleiben auf der Karte.",
    "Kept in the project's run history.": "Im Laufprotokoll des Projekts gespeichert.",
    "A simulation is already running.": "Es läuft bereits eine Simulation.",
    # Journey canvas
    "Lanes": "Bahnen", "Find steps…": "Schritte suchen…", "No journey yet": "Noch keine Journey",
    "No project open": "Kein Projekt geöffnet", "Zoom &In": "Ver&größern", "Zoom &Out": "Ver&kleinern",
    "&Fit to Window": "An &Fenster anpassen", "Actual &Size": "&Originalgröße", "Select &All Steps": "&Alle Schritte auswählen",
    "&Copy Steps": "Schritte &kopieren", "Cu&t Steps": "Schritte &ausschneiden", "&Paste Steps": "Schritte &einfügen",
    "&Delete Steps": "Schritte &löschen", "Add Sta&ge": "&Phase hinzufügen", "Add St&ep": "&Schritt hinzufügen",
    "D&uplicate Steps": "Schritte &duplizieren", "&Find Steps…": "Schritte &suchen…", "&Rename Step": "Schritt &umbenennen",
    "Show &To-Be Emotion": "&Soll-Emotion zeigen", "New stage": "Neue Phase", "New step": "Neuer Schritt", "Show": "Zeigen",
    "Move Up": "Nach oben", "Move Down": "Nach unten", "Reset Lanes": "Bahnen zurücksetzen", "Rename Stage": "Phase umbenennen",
    "Add Step to Stage": "Schritt zur Phase hinzufügen", "Move Stage Left": "Phase nach links",
    "Move Stage Right": "Phase nach rechts", "Delete Stage": "Phase löschen",
    "Customer actions": "Kundenaktionen", "Touchpoints & channels": "Kontaktpunkte & Kanäle", "Emotion": "Emotion",
    "Pain points & opportunities": "Schmerzpunkte & Chancen", "Front stage": "Vorderbühne",
    "Line of visibility": "Sichtbarkeitslinie", "Back stage": "Hinterbühne",
    "Line of internal interaction": "Linie der internen Interaktion", "Metrics": "Kennzahlen",
    "Web": "Web", "App": "App", "Phone": "Telefon", "Chat": "Chat", "E-mail": "E-Mail", "Store": "Filiale",
    "Field visit": "Außendienstbesuch", "Partner": "Partner", "Social": "Soziale Medien",
    "Self-service device": "Selbstbedienungsgerät", "Other": "Sonstiges",
}

def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in GLOSSARY and message.get("numerus") != "yes":
            translation.text = GLOSSARY[source]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {filled} messages translated")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/outsidein_de.ts")

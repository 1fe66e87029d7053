<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Advisor</name>
    <message>
        <source>there is no scenario &apos;%1&apos;.</source>
        <translation>Es gibt kein Szenario &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the scenario has no constraint: nothing waits for anyone.</source>
        <translation>Das Szenario hat keinen Engpass: Nichts wartet auf irgendjemanden.</translation>
    </message>
    <message>
        <source>The constraint is %1: work waits while nobody who can do it is on duty%2 — more hours, not more people, remove it.</source>
        <translation>Der Engpass ist %1: Arbeit wartet, während niemand, der sie erledigen kann, im Dienst ist%2 — mehr Arbeitszeit, nicht mehr Personal, beseitigt ihn.</translation>
    </message>
    <message>
        <source>The constraint is %1, busy %2 of the time: work waits for want of people%3.</source>
        <translation>Der Engpass ist %1, %2 der Zeit ausgelastet: Arbeit wartet mangels Personal%3.</translation>
    </message>
    <message>
        <source>Suggested by the constraint advisor on scenario “%1”.</source>
        <translation>Vorgeschlagen von der Engpassberatung für Szenario „%1“.</translation>
    </message>
    <message>
        <source>A shift %1 for one %2</source>
        <translation>Eine Schicht %1 für eine Person als %2</translation>
    </message>
    <message numerus="yes">
        <source>A shift %1 for %n staff as %2</source>
        <translation>
            <numerusform>Eine Schicht %1 für %n Person als %2</numerusform>
            <numerusform>Eine Schicht %1 für %n Personen als %2</numerusform>
        </translation>
    </message>
    <message>
        <source>One more %1%2</source>
        <translation>Eine Person mehr als %1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n more staff as %1%2</source>
        <translation>
            <numerusform>%n Person mehr als %1%2</numerusform>
            <numerusform>%n Personen mehr als %1%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cross-trained to help %2</source>
        <translation>%1, querqualifiziert zur Unterstützung von %2</translation>
    </message>
    <message>
        <source>One more %1 (not the constraint)</source>
        <translation>Eine Person mehr als %1 (nicht der Engpass)</translation>
    </message>
    <message>
        <source>A fifth of %1 to %2</source>
        <translation>Ein Fünftel von %1 auf %2 umlenken</translation>
    </message>
    <message>
        <source>The redesign “%1”</source>
        <translation>Die Neugestaltung „%1“</translation>
    </message>
    <message>
        <source>no cycle time was measured for “%1”.</source>
        <translation>Für „%1“ wurde keine Durchlaufzeit gemessen.</translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation>, von %1 auf %2</translation>
    </message>
    <message>
        <source>%1 cuts the mean time to complete %2 by %3 (± %4)%5</source>
        <translation>%1 verkürzt die mittlere Zeit bis zum Abschluss von %2 um %3 (± %4)%5</translation>
    </message>
    <message>
        <source>%1 lengthens the mean time to complete %2 by %3 (± %4)</source>
        <translation>%1 verlängert die mittlere Zeit bis zum Abschluss von %2 um %3 (± %4)</translation>
    </message>
    <message>
        <source>%1 makes no significant difference to the time to complete %2 (%3, ± %4)</source>
        <translation>%1 verändert die Zeit bis zum Abschluss von %2 nicht signifikant (%3, ± %4)</translation>
    </message>
    <message>
        <source>, for %1 a week in staff</source>
        <translation>, für %1 pro Woche an Personalkosten</translation>
    </message>
    <message>
        <source>, and saves %1 a week of lost customers and value</source>
        <translation>, und spart %1 pro Woche an verlorenen Kunden und Wert</translation>
    </message>
    <message>
        <source>, and loses %1 a week of customers and value</source>
        <translation>, und verliert %1 pro Woche an Kunden und Wert</translation>
    </message>
    <message numerus="yes">
        <source>, and %n fewer calls a week from customers asking where their case is</source>
        <translation>
            <numerusform>, und %n Anruf pro Woche weniger von Kunden, die nach dem Stand ihres Falls fragen</numerusform>
            <numerusform>, und %n Anrufe pro Woche weniger von Kunden, die nach dem Stand ihres Falls fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cross-trained to help %2 %3</source>
        <translation>%1, querqualifiziert zur Unterstützung von %2 %3</translation>
    </message>
    <message>
        <source>Serving a fifth of the %1 customers of %2 outside those hours</source>
        <translation>Ein Fünftel der Kunden von %2 aus dem Zeitfenster %1 außerhalb dieser Zeiten bedienen</translation>
    </message>
    <message>
        <source>, with %1 a week less spent on staff</source>
        <translation>, mit %1 pro Woche weniger Personalkosten</translation>
    </message>
</context>
<context>
    <name>BpmnExport</name>
    <message>
        <source>there is no process &quot;%1&quot;; the project has %2.</source>
        <translation>Es gibt keinen Prozess „%1“; das Projekt hat %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keinen</translation>
    </message>
    <message>
        <source>the project has no process to export.</source>
        <translation>Das Projekt hat keinen Prozess zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>BpmnImport</name>
    <message>
        <source>this id is also used by the %1 on line %2; references go to the first.</source>
        <translation>Diese ID wird auch vom Element %1 in Zeile %2 verwendet; Verweise gehen an das erste.</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Ausführende</translation>
    </message>
    <message>
        <source>a pool with no process of its own (a black box) is not imported.</source>
        <translation>Ein Pool ohne eigenen Prozess (Black Box) wird nicht importiert.</translation>
    </message>
    <message>
        <source>a message flow between pools is not imported; each pool becomes a process of its own.</source>
        <translation>Ein Nachrichtenfluss zwischen Pools wird nicht importiert; jeder Pool wird zu einem eigenen Prozess.</translation>
    </message>
    <message>
        <source>annotations and groups are not imported.</source>
        <translation>Anmerkungen und Gruppen werden nicht importiert.</translation>
    </message>
    <message>
        <source>this element of the collaboration is not imported.</source>
        <translation>Dieses Element der Kollaboration wird nicht importiert.</translation>
    </message>
    <message>
        <source>the relationship &quot;%1&quot; (another tool&apos;s data) is not imported.</source>
        <translation>Die Beziehung „%1“ (Daten eines anderen Werkzeugs) wird nicht importiert.</translation>
    </message>
    <message>
        <source>this kind of BPMN element is not imported.</source>
        <translation>Diese Art von BPMN-Element wird nicht importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) were left out.</source>
        <translation>
            <numerusform>%n weitere Warnung wurde ausgelassen.</numerusform>
            <numerusform>%n weitere Warnungen wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>a boundary event is not imported: the studio&apos;s tasks are not interrupted. The flows leaving it are left out too.</source>
        <translation>Ein Randereignis wird nicht importiert: Die Aufgaben im Studio werden nicht unterbrochen. Die von ihm ausgehenden Flüsse entfallen ebenfalls.</translation>
    </message>
    <message>
        <source>data is not imported: the studio&apos;s processes model the work, not its data.</source>
        <translation>Daten werden nicht importiert: Die Prozesse im Studio modellieren die Arbeit, nicht ihre Daten.</translation>
    </message>
    <message>
        <source>a call activity is imported as one task; the process it calls is not.</source>
        <translation>Eine Aufrufaktivität wird als eine Aufgabe importiert; der aufgerufene Prozess nicht.</translation>
    </message>
    <message numerus="yes">
        <source>a sub-process is imported as one task; the %n element(s) inside it are left out.</source>
        <translation>
            <numerusform>Ein Teilprozess wird als eine Aufgabe importiert; das %n Element darin entfällt.</numerusform>
            <numerusform>Ein Teilprozess wird als eine Aufgabe importiert; die %n Elemente darin entfallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>imported as an exclusive (xor) gateway: a case takes exactly one of its ways.</source>
        <translation>Als exklusives (XOR-)Gateway importiert: Ein Fall nimmt genau einen seiner Wege.</translation>
    </message>
    <message>
        <source>its %1 trigger is not kept: a start in the studio is a stream of arrivals (BPSim InterTriggerTimer or the start&apos;s properties).</source>
        <translation>Sein Auslöser %1 wird nicht übernommen: Ein Start ist im Studio ein Strom von Ankünften (BPSim InterTriggerTimer oder die Eigenschaften des Starts).</translation>
    </message>
    <message>
        <source>its %1 result is not kept; it is imported as a plain end.</source>
        <translation>Sein Ergebnis %1 wird nicht übernommen; es wird als einfaches Ende importiert.</translation>
    </message>
    <message>
        <source>its %1 trigger is not kept; it is imported as a timer.</source>
        <translation>Sein Auslöser %1 wird nicht übernommen; es wird als Zeitgeber importiert.</translation>
    </message>
    <message>
        <source>imported as a timer with no delay, so the flow through it stays whole.</source>
        <translation>Als Zeitgeber ohne Verzögerung importiert, damit der Fluss durch ihn erhalten bleibt.</translation>
    </message>
    <message>
        <source>its %1 trigger is not kept; it is imported as a timer with no delay, so the flow through it stays whole.</source>
        <translation>Sein Auslöser %1 wird nicht übernommen; es wird als Zeitgeber ohne Verzögerung importiert, damit der Fluss durch ihn erhalten bleibt.</translation>
    </message>
    <message>
        <source>processing time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <source>this lane holds lanes of its own; the innermost lanes become roles.</source>
        <translation>Diese Lane enthält eigene Lanes; die innersten Lanes werden zu Rollen.</translation>
    </message>
    <message>
        <source>another lane of this process has the same name; both become the role %1.</source>
        <translation>Eine andere Lane dieses Prozesses hat denselben Namen; beide werden zur Rolle %1.</translation>
    </message>
    <message>
        <source>vertical lanes are drawn as horizontal swimlanes; their widths are not kept.</source>
        <translation>Vertikale Lanes werden als horizontale Swimlanes dargestellt; ihre Breiten werden nicht übernommen.</translation>
    </message>
    <message>
        <source>the process has no lanes; its tasks are given the role %1, after the pool.</source>
        <translation>Der Prozess hat keine Lanes; seine Aufgaben erhalten nach dem Pool die Rolle %1.</translation>
    </message>
    <message>
        <source>this task is in no lane; it is given the role %1, after the pool.</source>
        <translation>Diese Aufgabe liegt in keiner Lane; sie erhält nach dem Pool die Rolle %1.</translation>
    </message>
    <message>
        <source>it connects %1 %2, which is not imported, so it is left out.</source>
        <translation>Er verbindet %1 %2, das nicht importiert wird, und entfällt daher.</translation>
    </message>
    <message>
        <source>it connects %1, which is no flow element of this process, so it is left out.</source>
        <translation>Er verbindet %1, das kein Flusselement dieses Prozesses ist, und entfällt daher.</translation>
    </message>
    <message>
        <source>its condition is not kept: the studio routes cases by branch probability.</source>
        <translation>Seine Bedingung wird nicht übernommen: Das Studio leitet Fälle nach Verzweigungswahrscheinlichkeit.</translation>
    </message>
    <message>
        <source>this parallel gateway both joins and splits; it is imported as an and-join, so an and-split must follow it.</source>
        <translation>Dieses parallele Gateway führt zusammen und verzweigt zugleich; es wird als UND-Zusammenführung importiert, daher muss ihm eine UND-Verzweigung folgen.</translation>
    </message>
    <message>
        <source>its branch probabilities add up to %1; they are read as percentages.</source>
        <translation>Seine Verzweigungswahrscheinlichkeiten ergeben zusammen %1; sie werden als Prozentwerte gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>no branch probabilities (BPSim Probability) for the flows leaving it; each of its %n ways gets an equal share.</source>
        <translation>
            <numerusform>Keine Verzweigungswahrscheinlichkeiten (BPSim Probability) für die ausgehenden Flüsse; jeder seiner %n Wege erhält einen gleichen Anteil.</numerusform>
            <numerusform>Keine Verzweigungswahrscheinlichkeiten (BPSim Probability) für die ausgehenden Flüsse; jeder seiner %n Wege erhält einen gleichen Anteil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only some of the flows leaving it have a probability; the other %n share the rest equally.</source>
        <translation>
            <numerusform>Nur einige der ausgehenden Flüsse haben eine Wahrscheinlichkeit; der %n übrige erhält den Rest.</numerusform>
            <numerusform>Nur einige der ausgehenden Flüsse haben eine Wahrscheinlichkeit; die %n übrigen teilen sich den Rest zu gleichen Teilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>the process has no diagram (BPMN DI); it was laid out automatically.</source>
        <translation>Der Prozess hat kein Diagramm (BPMN DI); er wurde automatisch angeordnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have no shape in the diagram; they were placed below it.</source>
        <translation>
            <numerusform>%n Knoten hat keine Form im Diagramm; er wurde darunter platziert.</numerusform>
            <numerusform>%n Knoten haben keine Form im Diagramm; sie wurden darunter platziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>the timer has no delay (BPSim ProcessingTime or a timeDuration); set it before simulating.</source>
        <translation>Der Zeitgeber hat keine Verzögerung (BPSim ProcessingTime oder timeDuration); legen Sie sie vor der Simulation fest.</translation>
    </message>
    <message>
        <source>the start has no arrivals (BPSim InterTriggerTimer); set them before simulating.</source>
        <translation>Der Start hat keine Ankünfte (BPSim InterTriggerTimer); legen Sie sie vor der Simulation fest.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) have no processing time (BPSim ProcessingTime): %1. Set their durations before simulating.</source>
        <translation>
            <numerusform>%n Aufgabe hat keine Bearbeitungszeit (BPSim ProcessingTime): %1. Legen Sie ihre Dauer vor der Simulation fest.</numerusform>
            <numerusform>%n Aufgaben haben keine Bearbeitungszeit (BPSim ProcessingTime): %1. Legen Sie ihre Dauern vor der Simulation fest.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a BPMN 2.0 file: it starts with &lt;%1&gt; (namespace &quot;%2&quot;), not with the &lt;definitions&gt; of %3. Nothing was imported.</source>
        <translation>Dies ist keine BPMN-2.0-Datei: Sie beginnt mit &lt;%1&gt; (Namensraum „%2“), nicht mit den &lt;definitions&gt; von %3. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>only the first BPSim scenario is imported.</source>
        <translation>Nur das erste BPSim-Szenario wird importiert.</translation>
    </message>
    <message>
        <source>BPSim times in %1 are converted to %2, the nearest time unit the studio has.</source>
        <translation>BPSim-Zeiten in %1 werden in %2 umgerechnet, die nächstliegende Zeiteinheit des Studios.</translation>
    </message>
    <message>
        <source>the BPSim %1 is not a plain number or duration; it is not imported.</source>
        <translation>Der BPSim-Wert %1 ist weder eine einfache Zahl noch eine Dauer; er wird nicht importiert.</translation>
    </message>
    <message>
        <source>its %1 holds several values (by calendar); only the first is imported.</source>
        <translation>Sein Wert %1 enthält mehrere Werte (nach Kalender); nur der erste wird importiert.</translation>
    </message>
    <message>
        <source>its %1 (BPSim %2) holds no value the studio can read.</source>
        <translation>Sein Wert %1 (BPSim %2) enthält keinen Wert, den das Studio lesen kann.</translation>
    </message>
    <message>
        <source>its %1 (BPSim %2) is not imported: the studio has no such distribution.</source>
        <translation>Sein Wert %1 (BPSim %2) wird nicht importiert: Das Studio kennt keine solche Verteilung.</translation>
    </message>
    <message>
        <source>the headcount %1 of role %2 is rounded to %3.</source>
        <translation>Die Personalstärke %1 der Rolle %2 wird auf %3 gerundet.</translation>
    </message>
    <message>
        <source>the BPSim Quantity of role %1 is not a headcount; it is not imported.</source>
        <translation>Die BPSim Quantity der Rolle %1 ist keine Personalstärke; sie wird nicht importiert.</translation>
    </message>
    <message>
        <source>the patience holds no distribution the studio can read; it is not imported.</source>
        <translation>Die Geduld enthält keine Verteilung, die das Studio lesen kann; sie wird nicht importiert.</translation>
    </message>
    <message numerus="yes">
        <source>not imported (%n element(s)): the studio has no such parameter, or not on that kind of element.</source>
        <translation>
            <numerusform>Nicht importiert (%n Element): Das Studio hat keinen solchen Parameter oder nicht für diese Art von Element.</numerusform>
            <numerusform>Nicht importiert (%n Elemente): Das Studio hat keinen solchen Parameter oder nicht für diese Art von Element.</numerusform>
        </translation>
    </message>
    <message>
        <source>the project already has a process %1; the imported one is added as %2.</source>
        <translation>Das Projekt hat bereits einen Prozess %1; der importierte wird als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>these parts of it are not imported: %1.</source>
        <translation>Folgende Teile davon werden nicht importiert: %1.</translation>
    </message>
</context>
<context>
    <name>BpmnReader</name>
    <message>
        <source>The file is %1 MB; BPMN files are read up to %2 MB, so nothing was imported.</source>
        <translation>Die Datei ist %1 MB groß; BPMN-Dateien werden bis %2 MB gelesen, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file declares a document type (&lt;!DOCTYPE&gt;). BPMN files never need one, and a DTD can pull in other files or expand entities without end, so the file is refused.</source>
        <translation>Die Datei deklariert einen Dokumenttyp (&lt;!DOCTYPE&gt;). BPMN-Dateien benötigen nie einen, und eine DTD kann andere Dateien nachladen oder Entitäten endlos expandieren; die Datei wird daher abgelehnt.</translation>
    </message>
    <message>
        <source>The file uses the entity &amp;%1;, which is not one of XML&apos;s own; the file is refused.</source>
        <translation>Die Datei verwendet die Entität &amp;%1;, die nicht zu den XML-eigenen gehört; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>The file has more than %1 elements; larger files are refused, so nothing was imported.</source>
        <translation>Die Datei hat mehr als %1 Elemente; größere Dateien werden abgelehnt, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Elements nest deeper than %1 levels here; such files are refused, so nothing was imported.</source>
        <translation>Die Elemente sind hier tiefer als %1 Ebenen verschachtelt; solche Dateien werden abgelehnt, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 Nothing was imported.</source>
        <translation>Die Datei ist kein wohlgeformtes XML: %1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file holds no XML element; nothing was imported.</source>
        <translation>Die Datei enthält kein XML-Element; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Außendienstbesuch</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Self-service device</source>
        <translation>Selbstbedienungsgerät</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: the chart is not shown yet</source>
        <translation>%1: Das Diagramm wird noch nicht angezeigt</translation>
    </message>
    <message>
        <source>%1: a chart is saved as .png or .svg</source>
        <translation>%1: Ein Diagramm wird als .png oder .svg gespeichert</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Converts a project between .oi.yaml and .oistudio (chosen by extension).
Refuses to write when the input has errors.
Exit code: 0 written, 1 the input has errors, 2 usage or I/O error.</source>
        <translation>Konvertiert ein Projekt zwischen .oi.yaml und .oistudio (nach Dateiendung).
Schreibt nicht, wenn die Eingabe Fehler enthält.
Exit-Code: 0 geschrieben, 1 Eingabe enthält Fehler, 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>the project to read</source>
        <translation>das zu lesende Projekt</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>convert: give exactly one input and one output file.
</source>
        <translation>convert: Geben Sie genau eine Eingabe- und eine Ausgabedatei an.
</translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation>%1 geschrieben.
</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was written.
</source>
        <translation>%1 enthält Fehler; es wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <source>check a project file and list every problem</source>
        <translation>eine Projektdatei prüfen und alle Probleme auflisten</translation>
    </message>
    <message>
        <source>convert between .oi.yaml and .oistudio</source>
        <translation>zwischen .oi.yaml und .oistudio konvertieren</translation>
    </message>
    <message>
        <source>run the discrete-event simulation</source>
        <translation>die ereignisdiskrete Simulation ausführen</translation>
    </message>
    <message>
        <source>merge sharded simulation results (JSON)</source>
        <translation>aufgeteilte Simulationsergebnisse (JSON) zusammenführen</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options] FILE...

Outside-In Studio on the command line.

Commands:
</source>
        <translation>Aufruf: %1 &lt;Befehl&gt; [Optionen] DATEI...

Outside-In Studio auf der Kommandozeile.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.
Options: -h, --help  this text;  -v, --version  the version.
</source>
        <translation>
&apos;%1 &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.
Optionen: -h, --help  dieser Text;  -v, --version  die Version.
</translation>
    </message>
    <message>
        <source>%1: unknown command &apos;%2&apos;
</source>
        <translation>%1: unbekannter Befehl &apos;%2&apos;
</translation>
    </message>
    <message>
        <source>Checks a project file (.oi.yaml or .oistudio) and lists every problem.
Exit code: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.</source>
        <translation>Prüft eine Projektdatei (.oi.yaml oder .oistudio) und listet alle Probleme auf.
Exit-Code: 0 keine Fehler (Warnungen zulässig), 1 Fehler gefunden, 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>the project file(s) to check</source>
        <translation>die zu prüfende(n) Projektdatei(en)</translation>
    </message>
    <message>
        <source>print errors only, no warnings</source>
        <translation>nur Fehler ausgeben, keine Warnungen</translation>
    </message>
    <message>
        <source>validate: no file given.
</source>
        <translation>validate: keine Datei angegeben.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n Fehler</numerusform>
            <numerusform>%1: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>rename an id and every reference to it</source>
        <translation>eine ID und alle Verweise darauf umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1 %2 to %3 and %n references to it in %4.
</source>
        <translation>
            <numerusform>%1 %2 in %3 umbenannt, dazu %n Verweis darauf in %4.
</numerusform>
            <numerusform>%1 %2 in %3 umbenannt, dazu %n Verweise darauf in %4.
</numerusform>
        </translation>
    </message>
    <message>
        <source>follow each strategy to roles, processes, steps and requirements; list the gaps</source>
        <translation>jede Strategie zu Rollen, Prozessen, Schritten und Anforderungen verfolgen; die Lücken auflisten</translation>
    </message>
    <message>
        <source>  Strategies with a role: %1 of %2; roles that belong to a strategy: %3 of %4
</source>
        <translation>  Strategien mit einer Rolle: %1 von %2; Rollen, die zu einer Strategie gehören: %3 von %4
</translation>
    </message>
    <message>
        <source>  Roles with a task: %1 of %2; processes with a task of a role: %3 of %4
</source>
        <translation>  Rollen mit einer Aufgabe: %1 von %2; Prozesse mit einer Aufgabe einer Rolle: %3 von %4
</translation>
    </message>
    <message>
        <source>  Journey steps that trigger a process: %1 of %2; processes a step triggers: %3 of %4
</source>
        <translation>  Journey-Schritte, die einen Prozess auslösen: %1 von %2; von einem Schritt ausgelöste Prozesse: %3 von %4
</translation>
    </message>
    <message>
        <source>  Requirements a journey step needs: %1 of %2; steps with a requirement: %3 of %4
</source>
        <translation>  Anforderungen, die ein Journey-Schritt benötigt: %1 von %2; Schritte mit einer Anforderung: %3 von %4
</translation>
    </message>
    <message>
        <source>  Requirements on a process node: %1 of %2; tasks and named nodes with a requirement: %3 of %4
</source>
        <translation>  Anforderungen an einem Prozessknoten: %1 von %2; Aufgaben und benannte Knoten mit einer Anforderung: %3 von %4
</translation>
    </message>
    <message>
        <source>  Customer needs a journey step serves: %1 of %2; steps that serve a need: %3 of %4
</source>
        <translation>  Kundenbedürfnisse, die ein Journey-Schritt bedient: %1 von %2; Schritte, die ein Bedürfnis bedienen: %3 von %4
</translation>
    </message>
    <message numerus="yes">
        <source>  Roles naming it or working in its processes (%n):
</source>
        <translation>
            <numerusform>  Rollen, die sie nennen oder in ihren Prozessen arbeiten (%n):
</numerusform>
            <numerusform>  Rollen, die sie nennen oder in ihren Prozessen arbeiten (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No role names it or works in its processes.
</source>
        <translation>  Keine Rolle nennt sie oder arbeitet in ihren Prozessen.
</translation>
    </message>
    <message numerus="yes">
        <source>  Processes (%n):
</source>
        <translation>
            <numerusform>  Prozesse (%n):
</numerusform>
            <numerusform>  Prozesse (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No process names it or has a task of its roles.
</source>
        <translation>  Kein Prozess nennt sie oder enthält eine Aufgabe ihrer Rollen.
</translation>
    </message>
    <message numerus="yes">
        <source>  Journey steps (%n):
</source>
        <translation>
            <numerusform>  Journey-Schritte (%n):
</numerusform>
            <numerusform>  Journey-Schritte (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No journey step is linked to its processes or roles.
</source>
        <translation>  Kein Journey-Schritt ist mit ihren Prozessen oder Rollen verknüpft.
</translation>
    </message>
    <message numerus="yes">
        <source>  Requirements (%n):
</source>
        <translation>
            <numerusform>  Anforderungen (%n):
</numerusform>
            <numerusform>  Anforderungen (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No requirement follows from its journey steps or processes.
</source>
        <translation>  Keine Anforderung ergibt sich aus ihren Journey-Schritten oder Prozessen.
</translation>
    </message>
    <message numerus="yes">
        <source>  Customer needs served (%n):
</source>
        <translation>
            <numerusform>  Bediente Kundenbedürfnisse (%n):
</numerusform>
            <numerusform>  Bediente Kundenbedürfnisse (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>  Its journey steps serve no customer need.
</source>
        <translation>  Ihre Journey-Schritte bedienen kein Kundenbedürfnis.
</translation>
    </message>
    <message numerus="yes">
        <source>  Roles with no strategy of their own and no task in a process that has one (%n):
</source>
        <translation>
            <numerusform>  Rollen ohne eigene Strategie und ohne Aufgabe in einem Prozess mit Strategie (%n):
</numerusform>
            <numerusform>  Rollen ohne eigene Strategie und ohne Aufgabe in einem Prozess mit Strategie (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Journey steps linked to no process (%n):
</source>
        <translation>
            <numerusform>  Journey-Schritte ohne Verknüpfung zu einem Prozess (%n):
</numerusform>
            <numerusform>  Journey-Schritte ohne Verknüpfung zu einem Prozess (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Processes that no journey step triggers, through them or their nodes (%n):
</source>
        <translation>
            <numerusform>  Prozesse, die kein Journey-Schritt auslöst, weder direkt noch über ihre Knoten (%n):
</numerusform>
            <numerusform>  Prozesse, die kein Journey-Schritt auslöst, weder direkt noch über ihre Knoten (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Requirements that no journey step needs and that name no process node (%n):
</source>
        <translation>
            <numerusform>  Anforderungen, die kein Journey-Schritt benötigt und die keinen Prozessknoten nennen (%n):
</numerusform>
            <numerusform>  Anforderungen, die kein Journey-Schritt benötigt und die keinen Prozessknoten nennen (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Strategies that change no role, none of their roles being moved, new, merged or retired (%n):
</source>
        <translation>
            <numerusform>  Strategien, die keine Rolle verändern, da keine ihrer Rollen verlagert, neu, zusammengelegt oder entfallen ist (%n):
</numerusform>
            <numerusform>  Strategien, die keine Rolle verändern, da keine ihrer Rollen verlagert, neu, zusammengelegt oder entfallen ist (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Customer needs that no journey step serves (%n):
</source>
        <translation>
            <numerusform>  Kundenbedürfnisse, die kein Journey-Schritt bedient (%n):
</numerusform>
            <numerusform>  Kundenbedürfnisse, die kein Journey-Schritt bedient (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Roles that change (moved, new or merged) but have no task in any process (%n):
</source>
        <translation>
            <numerusform>  Rollen, die sich ändern (verlagert, neu oder zusammengelegt), aber in keinem Prozess eine Aufgabe haben (%n):
</numerusform>
            <numerusform>  Rollen, die sich ändern (verlagert, neu oder zusammengelegt), aber in keinem Prozess eine Aufgabe haben (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>write a journey as JSON or Mermaid, processes as BPMN (pictures: outsidein --export)</source>
        <translation>eine Journey als JSON oder Mermaid, Prozesse als BPMN schreiben (Bilder: outsidein --export)</translation>
    </message>
    <message>
        <source>read the processes of a BPMN 2.0 file into a new or an existing project</source>
        <translation>die Prozesse einer BPMN-2.0-Datei in ein neues oder bestehendes Projekt einlesen</translation>
    </message>
    <message>
        <source>compare scenarios with common random numbers, each against the first</source>
        <translation>Szenarien mit gemeinsamen Zufallszahlen vergleichen, jeweils gegen das erste</translation>
    </message>
    <message>
        <source>name the constraint and rank the remedies by their business case</source>
        <translation>den Engpass benennen und die Abhilfen nach ihrem Business Case ordnen</translation>
    </message>
    <message>
        <source>draft a process and a journey from an event log (CSV or XES)</source>
        <translation>einen Prozess und eine Journey aus einem Ereignisprotokoll (CSV oder XES) entwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n Rolle</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched no step</source>
        <translation>
            <numerusform>%n ohne passenden Schritt</numerusform>
            <numerusform>%n ohne passenden Schritt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey step(s)</source>
        <translation>
            <numerusform>%n Journey-Schritt</numerusform>
            <numerusform>%n Journey-Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>cases per hour</source>
        <translation>Fälle pro Stunde</translation>
    </message>
    <message>
        <source>cases per day</source>
        <translation>Fälle pro Tag</translation>
    </message>
    <message>
        <source>cases per replication</source>
        <translation>Fälle pro Replikation</translation>
    </message>
    <message>
        <source>% of task starts</source>
        <translation>% der Aufgabenstarts</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Verglichene Szenarien</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>95 % interval ±</source>
        <translation>95-%-Intervall ±</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (mean over %n replications, ± its 95 % interval)</source>
        <translation>
            <numerusform>%1: %2 (Mittelwert über %n Replikation, ± 95-%-Intervall)</numerusform>
            <numerusform>%1: %2 (Mittelwert über %n Replikationen, ± 95-%-Intervall)</numerusform>
        </translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Mean (%1)</source>
        <translation>Mittelwert (%1)</translation>
    </message>
    <message>
        <source>Each scenario&apos;s mean with its 95 % interval; the table gives the paired differences, which common random numbers make tighter than these intervals suggest.</source>
        <translation>Mittelwert jedes Szenarios mit seinem 95-%-Intervall; die Tabelle zeigt die gepaarten Differenzen, die dank gemeinsamer Zufallszahlen enger sind, als diese Intervalle vermuten lassen.</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>%1, no significant difference</source>
        <translation>%1, kein signifikanter Unterschied</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>mean cycle time</source>
        <translation>mittlere Durchlaufzeit</translation>
    </message>
    <message>
        <source>90 % of cases done within</source>
        <translation>90 % der Fälle erledigt innerhalb von</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>customers lost (abandoned) per run</source>
        <translation>verlorene Kunden (Abbrüche) pro Lauf</translation>
    </message>
    <message>
        <source>mean wait per task</source>
        <translation>mittlere Wartezeit pro Aufgabe</translation>
    </message>
    <message>
        <source>tasks that had to wait</source>
        <translation>Aufgaben mit Wartezeit</translation>
    </message>
    <message>
        <source>Scenarios compared: %1 (baseline), %2
</source>
        <translation>Verglichene Szenarien: %1 (Ausgangsszenario), %2
</translation>
    </message>
    <message>
        <source>%1 replications of each, %2 long after a warm-up of %3, seed %4; replication i of every scenario draws the same random numbers (common random numbers).
</source>
        <translation>Je %1 Replikationen, jeweils %2 lang nach einer Einschwingphase von %3, Seed %4; Replikation i jedes Szenarios zieht dieselben Zufallszahlen (gemeinsame Zufallszahlen).
</translation>
    </message>
    <message>
        <source>Changes are against %1, with 95 % intervals from the paired replications.
</source>
        <translation>Änderungen gegenüber %1, mit 95-%-Intervallen aus den gepaarten Replikationen.
</translation>
    </message>
    <message>
        <source>  %1 does not run it
</source>
        <translation>  %1 führt ihn nicht aus
</translation>
    </message>
    <message>
        <source>  %1 runs %2 in its place
</source>
        <translation>  %1 führt stattdessen %2 aus
</translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <translation>%1 − %2</translation>
    </message>
</context>
<context>
    <name>Comparisons</name>
    <message numerus="yes">
        <source>a comparison needs at least two scenarios, the first being the baseline; got %n.</source>
        <translation>
            <numerusform>Ein Vergleich braucht mindestens zwei Szenarien, das erste als Ausgangsszenario; angegeben: %n.</numerusform>
            <numerusform>Ein Vergleich braucht mindestens zwei Szenarien, das erste als Ausgangsszenario; angegeben: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scenario &apos;%1&apos;.</source>
        <translation>Es gibt kein Szenario &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; is named twice; compare each scenario once.</source>
        <translation>Szenario &apos;%1&apos; ist doppelt genannt; vergleichen Sie jedes Szenario nur einmal.</translation>
    </message>
    <message>
        <source>a comparison needs at least 2 replications per scenario for its intervals; got %1.</source>
        <translation>Ein Vergleich braucht für seine Intervalle mindestens 2 Replikationen je Szenario; angegeben: %1.</translation>
    </message>
    <message>
        <source>a comparison needs a fixed warm-up, the same for every scenario.</source>
        <translation>Ein Vergleich braucht eine feste Einschwingphase, für alle Szenarien dieselbe.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2</source>
        <translation>Szenario &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>Convert</name>
    <message>
        <source>%1: unknown output type; use a name ending in .oi.yaml or .oistudio.</source>
        <translation>%1: unbekannter Ausgabetyp; verwenden Sie einen Namen mit der Endung .oi.yaml oder .oistudio.</translation>
    </message>
</context>
<context>
    <name>DecisionEntry</name>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A note for the record (optional)</source>
        <translation>Eine Notiz für das Protokoll (optional)</translation>
    </message>
    <message>
        <source>Enter records it · Esc cancels · ↑ ↓ chooses what it is on</source>
        <translation>Eingabetaste speichert · Esc bricht ab · ↑ ↓ wählt den Gegenstand</translation>
    </message>
    <message>
        <source>Enter records it · Esc cancels</source>
        <translation>Eingabetaste speichert · Esc bricht ab</translation>
    </message>
</context>
<context>
    <name>DeleteEntity</name>
    <message>
        <source>requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>There is nothing with the id “%1” to delete.</source>
        <translation>Es gibt nichts mit der ID „%1“ zu löschen.</translation>
    </message>
    <message>
        <source>“%1” is still referred to by %2; unlink them too, or change them first.</source>
        <translation>Auf „%1“ wird noch von %2 verwiesen; lösen Sie auch diese Verknüpfungen oder ändern Sie sie zuerst.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted here.</source>
        <translation>„%1“ kann hier nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>proof-of-concept scenario</source>
        <translation>Proof-of-Concept-Szenario</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Anbieter</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>%1: the %2 view has no picture to export.</source>
        <translation>%1: Die Ansicht %2 hat kein Bild zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
</context>
<context>
    <name>EmotionChart</name>
    <message>
        <source>Delighted</source>
        <translation>Begeistert</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Upset</source>
        <translation>Verärgert</translation>
    </message>
</context>
<context>
    <name>EmotionCurveItem</name>
    <message>
        <source>Drag a point to change the emotion; Shift-drag to set the to-be emotion. The ring is the to-be value.</source>
        <translation>Ziehen Sie einen Punkt, um die Emotion zu ändern; mit gedrückter Umschalttaste setzen Sie die Soll-Emotion. Der Ring zeigt den Soll-Wert.</translation>
    </message>
</context>
<context>
    <name>EntityNames</name>
    <message>
        <source>Front office</source>
        <translation>Front-Office</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back-Office</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verlagert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengelegt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Process control</source>
        <translation>Prozesssteuerung</translation>
    </message>
    <message>
        <source>Information management</source>
        <translation>Informationsmanagement</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>Nicht-funktional</translation>
    </message>
    <message>
        <source>Must</source>
        <translation>Muss</translation>
    </message>
    <message>
        <source>Should</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Could</source>
        <translation>Kann</translation>
    </message>
    <message>
        <source>Won&apos;t</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>abandonment rate</source>
        <translation>Abbruchquote</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95. Perzentil</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwortung</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>the case</source>
        <translation>den Fall</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>die Aktivität</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>die Zeit</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>die Startzeit</translation>
    </message>
    <message>
        <source>the resource</source>
        <translation>die Ressource</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>den Kanal</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>den Kunden</translation>
    </message>
    <message>
        <source>the lifecycle</source>
        <translation>den Lebenszyklus</translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos; (for %2); the columns are %3.</source>
        <translation>Keine Spalte heißt &apos;%1&apos; (für %2); die Spalten sind %3.</translation>
    </message>
    <message>
        <source>No column holds %1 under a name I know; the columns are %2. Say which column holds the case, the activity and the time.</source>
        <translation>Keine Spalte enthält %1 unter einem bekannten Namen; die Spalten sind %2. Geben Sie an, welche Spalte den Fall, die Aktivität und die Zeit enthält.</translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos; (for a numeric attribute); the columns are %2.</source>
        <translation>Keine Spalte heißt &apos;%1&apos; (für ein numerisches Attribut); die Spalten sind %2.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MB; lines of a log are read up to that, so the file is refused. Is it an event log?</source>
        <translation>Zeile %1 ist länger als %2 MB; Zeilen eines Protokolls werden nur bis zu dieser Länge gelesen, daher wird die Datei abgelehnt. Ist es ein Ereignisprotokoll?</translation>
    </message>
    <message>
        <source>The quote that opens a field on line %1 is never closed.</source>
        <translation>Das Anführungszeichen, das in Zeile %1 ein Feld öffnet, wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text; it is not a CSV event log.</source>
        <translation>Die Datei enthält Binärdaten, keinen Text; sie ist kein CSV-Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 (or CSV UTF-8) and import it again.</source>
        <translation>Die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 (oder CSV UTF-8) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file could not be read to its end.</source>
        <translation>Die Datei konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>CSV, separated by tabs</source>
        <translation>CSV, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>CSV, separated by &apos;%1&apos;</source>
        <translation>CSV, getrennt durch &apos;%1&apos;</translation>
    </message>
    <message>
        <source>attribute: %1</source>
        <translation>Attribut: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date-time format: it has no year, month or day (write it as dd.MM.yyyy HH:mm, or iso, epoch, epoch-ms).</source>
        <translation>&apos;%1&apos; ist kein Datum-Zeit-Format: Es fehlt Jahr, Monat oder Tag (schreiben Sie es als dd.MM.yyyy HH:mm oder iso, epoch, epoch-ms).</translation>
    </message>
    <message>
        <source>The column %1 holds no times.</source>
        <translation>Die Spalte %1 enthält keine Zeiten.</translation>
    </message>
    <message>
        <source>The times in column %1 (%2) are in no format I know; give their format, e.g. dd.MM.yyyy HH:mm.</source>
        <translation>Die Zeiten in Spalte %1 (%2) haben kein bekanntes Format; geben Sie ihr Format an, z. B. dd.MM.yyyy HH:mm.</translation>
    </message>
    <message>
        <source>Every date read could have the day or the month first; they were read as %1. Give the format if the month comes first.</source>
        <translation>Bei jedem gelesenen Datum könnte der Tag oder der Monat vorn stehen; sie wurden als %1 gelesen. Geben Sie das Format an, wenn der Monat zuerst kommt.</translation>
    </message>
    <message numerus="yes">
        <source>has %n value(s) where the header has %1 columns.</source>
        <translation>
            <numerusform>hat %n Wert, wo die Kopfzeile %1 Spalten hat.</numerusform>
            <numerusform>hat %n Werte, wo die Kopfzeile %1 Spalten hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>no case is named.</source>
        <translation>Kein Fall angegeben.</translation>
    </message>
    <message>
        <source>no activity is named.</source>
        <translation>Keine Aktivität angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a date in the format %2.</source>
        <translation>%1 ist kein Datum im Format %2.</translation>
    </message>
    <message>
        <source>no time is given.</source>
        <translation>Keine Zeit angegeben.</translation>
    </message>
    <message>
        <source>%1 is after the time the activity ends (%2).</source>
        <translation>%1 liegt nach dem Ende der Aktivität (%2).</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>Task durations are service times, from each activity&apos;s start to its completion.</source>
        <translation>Die Aufgabendauern sind Bearbeitungszeiten, vom Start jeder Aktivität bis zu ihrem Abschluss.</translation>
    </message>
    <message>
        <source>Task durations are the times since the case&apos;s previous activity ended, waiting included (the log has completion times only); a case&apos;s first activity takes no time.</source>
        <translation>Die Aufgabendauern sind die Zeiten seit dem Ende der vorigen Aktivität des Falls, einschließlich Wartezeit (das Protokoll enthält nur Abschlusszeiten); die erste Aktivität eines Falls dauert keine Zeit.</translation>
    </message>
    <message>
        <source>Task durations are service times where the log has start times, else the times since the case&apos;s previous activity ended (waiting included).</source>
        <translation>Die Aufgabendauern sind Bearbeitungszeiten, wo das Protokoll Startzeiten enthält, sonst die Zeiten seit dem Ende der vorigen Aktivität des Falls (einschließlich Wartezeit).</translation>
    </message>
    <message>
        <source>The log names no resources: one role does every task, its headcount the observed work over the time at 80 % utilisation.</source>
        <translation>Das Protokoll nennt keine Ressourcen: Eine Rolle erledigt alle Aufgaben, ihre Personalstärke ist die beobachtete Arbeit über die Zeit bei 80 % Auslastung.</translation>
    </message>
    <message>
        <source>The log has fewer than two cases: one arrival a day is assumed.</source>
        <translation>Das Protokoll enthält weniger als zwei Fälle: Es wird eine Ankunft pro Tag angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>Cases arrive at random at one rate (exponential inter-arrival times, mean %1): %n case(s) from %2 to %3.</source>
        <translation>
            <numerusform>Fälle treffen zufällig mit einer festen Rate ein (exponentielle Zwischenankunftszeiten, Mittelwert %1): %n Fall von %2 bis %3.</numerusform>
            <numerusform>Fälle treffen zufällig mit einer festen Rate ein (exponentielle Zwischenankunftszeiten, Mittelwert %1): %n Fälle von %2 bis %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrivals follow the log&apos;s rate for each hour of the week (the calendar starts Monday 00:00),</source>
        <translation>Die Ankünfte folgen der Rate des Protokolls für jede Stunde der Woche (der Kalender beginnt Montag 00:00),</translation>
    </message>
    <message>
        <source>Arrivals follow the log&apos;s rate for each hour of the day,</source>
        <translation>Die Ankünfte folgen der Rate des Protokolls für jede Stunde des Tages,</translation>
    </message>
    <message>
        <source>since the counts per hour differ more than chance allows (chi-square %1 against %2 for one rate).</source>
        <translation>da die Zahlen je Stunde stärker schwanken, als der Zufall erlaubt (Chi-Quadrat %1 gegenüber %2 bei einer einzigen Rate).</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) ended without completing; patience is exponential with mean %1: the time cases waited before their activities, over the cases that left.</source>
        <translation>
            <numerusform>%n Fall endete ohne Abschluss; die Geduld ist exponentialverteilt mit Mittelwert %1: die Zeit, die Fälle vor ihren Aktivitäten warteten, über die Fälle, die abbrachen.</numerusform>
            <numerusform>%n Fälle endeten ohne Abschluss; die Geduld ist exponentialverteilt mit Mittelwert %1: die Zeit, die Fälle vor ihren Aktivitäten warteten, über die Fälle, die abbrachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case was seen ending without completing, so the draft has no patience.</source>
        <translation>Kein Fall endete ohne Abschluss, daher hat der Entwurf keine Geduld.</translation>
    </message>
    <message>
        <source>an event log</source>
        <translation>ein Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Draft from %1</source>
        <translation>Entwurf aus %1</translation>
    </message>
    <message>
        <source>Process in %1</source>
        <translation>Prozess in %1</translation>
    </message>
    <message>
        <source>Journey in %1</source>
        <translation>Journey in %1</translation>
    </message>
    <message>
        <source>%1 journey</source>
        <translation>Journey %1</translation>
    </message>
    <message>
        <source>Some activities were only ever left by cases that did not complete; their way to the end is kept, so the draft has a way out.</source>
        <translation>Einige Aktivitäten wurden nur von Fällen verlassen, die nicht abgeschlossen wurden; ihr Weg zum Ende bleibt erhalten, damit der Entwurf einen Ausgang hat.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Fall eröffnet</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>Erste Aktivität</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Fall abgeschlossen</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>min %1, mode %2, max %3</source>
        <translation>Min. %1, Modus %2, Max. %3</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <source>mean %1, sd %2</source>
        <translation>Mittelwert %1, SD %2</translation>
    </message>
    <message>
        <source>k %1, mean %2</source>
        <translation>k %1, Mittelwert %2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) from %1 to %2</source>
        <translation>
            <numerusform>%n Wert von %1 bis %2</numerusform>
            <numerusform>%n Werte von %1 bis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 (times: %2); columns %3.</source>
        <translation>%1 gelesen (Zeiten: %2); Spalten %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle transition(s) other than start, complete and abort (schedule, suspend, ...) were passed over.</source>
        <translation>
            <numerusform>%n Lebenszyklusübergang außer start, complete und abort (schedule, suspend, ...) wurde übergangen.</numerusform>
            <numerusform>%n Lebenszyklusübergänge außer start, complete und abort (schedule, suspend, ...) wurden übergangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) were never completed and were left out.</source>
        <translation>
            <numerusform>%n Start wurde nie abgeschlossen und wurde ausgelassen.</numerusform>
            <numerusform>%n Starts wurden nie abgeschlossen und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more bad row(s).</source>
        <translation>
            <numerusform>... und %n weitere fehlerhafte Zeile.</numerusform>
            <numerusform>... und %n weitere fehlerhafte Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %n case(s): %2</source>
        <translation>
            <numerusform>%1  %n Fall: %2</numerusform>
            <numerusform>%1  %n Fälle: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(no activity)</source>
        <translation>(keine Aktivität)</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>KS distance</source>
        <translation>KS-Abstand</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>AIC</translation>
    </message>
    <message>
        <source>fixed (no time observed)</source>
        <translation>fest (keine Zeit beobachtet)</translation>
    </message>
    <message>
        <source>fixed (too few times)</source>
        <translation>fest (zu wenige Zeiten)</translation>
    </message>
    <message>
        <source>empirical (no family within %1)</source>
        <translation>empirisch (keine Verteilungsfamilie innerhalb %1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Some texts are not UTF-8 (the first on line %1); they were read as Latin-1. Save the file as UTF-8 if names look wrong.</source>
        <translation>Einige Texte sind nicht UTF-8 (der erste in Zeile %1); sie wurden als Latin-1 gelesen. Speichern Sie die Datei als UTF-8, falls Namen falsch aussehen.</translation>
    </message>
    <message>
        <source>The log has more than %1 events; larger logs are refused. Import a shorter period.</source>
        <translation>Das Protokoll hat mehr als %1 Ereignisse; größere Protokolle werden abgelehnt. Importieren Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>The log has more than %1 different activities (the next one, &apos;%2&apos;, on line %3); no process drafted from it could be read. Is %4 the column that names the activity?</source>
        <translation>Das Protokoll hat mehr als %1 verschiedene Aktivitäten (die nächste, &apos;%2&apos;, in Zeile %3); ein daraus entworfener Prozess wäre nicht lesbar. Ist %4 die Spalte, die die Aktivität benennt?</translation>
    </message>
    <message numerus="yes">
        <source>More than %n row(s) could not be read, the first on line %1, so the import stopped. Check which column holds what and the time format.</source>
        <translation>
            <numerusform>Mehr als %n Zeile konnte nicht gelesen werden, die erste in Zeile %1, daher wurde der Import abgebrochen. Prüfen Sie die Zuordnung der Spalten und das Zeitformat.</numerusform>
            <numerusform>Mehr als %n Zeilen konnten nicht gelesen werden, die erste in Zeile %1, daher wurde der Import abgebrochen. Prüfen Sie die Zuordnung der Spalten und das Zeitformat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is compressed; unpack it and import the .csv or .xes inside.</source>
        <translation>%1 ist komprimiert; entpacken Sie die Datei und importieren Sie die enthaltene .csv- oder .xes-Datei.</translation>
    </message>
    <message>
        <source>The log holds no events.</source>
        <translation>Das Protokoll enthält keine Ereignisse.</translation>
    </message>
    <message>
        <source>No row of the log could be read as an event.</source>
        <translation>Keine Zeile des Protokolls konnte als Ereignis gelesen werden.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>Weiteres Personal</translation>
    </message>
    <message>
        <source>%1 staff</source>
        <translation>Personal %1</translation>
    </message>
    <message>
        <source>%1 and %2 staff</source>
        <translation>Personal %1 und %2</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <source>the event has no activity name.</source>
        <translation>Das Ereignis hat keinen Aktivitätsnamen.</translation>
    </message>
    <message>
        <source>the event has no time.</source>
        <translation>Das Ereignis hat keine Zeit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the format %2.</source>
        <translation>&apos;%1&apos; ist kein Datum im Format %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>the file declares a document type (&lt;!DOCTYPE&gt;). XES logs never need one, and a DTD can pull in other files or expand entities without end, so the file is refused.</source>
        <translation>Die Datei deklariert einen Dokumenttyp (&lt;!DOCTYPE&gt;). XES-Protokolle benötigen nie einen, und eine DTD kann andere Dateien nachladen oder Entitäten endlos expandieren; die Datei wird daher abgelehnt.</translation>
    </message>
    <message>
        <source>the file uses the entity &amp;%1;, which is not one of XML&apos;s own; the file is refused.</source>
        <translation>Die Datei verwendet die Entität &amp;%1;, die nicht zu den XML-eigenen gehört; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>elements nest deeper than %1 levels; such files are refused.</source>
        <translation>Die Elemente sind tiefer als %1 Ebenen verschachtelt; solche Dateien werden abgelehnt.</translation>
    </message>
    <message>
        <source>the file is XML but not an XES log: its root is &lt;%1&gt;, not &lt;log&gt;.</source>
        <translation>Die Datei ist XML, aber kein XES-Protokoll: Ihr Wurzelelement ist &lt;%1&gt;, nicht &lt;log&gt;.</translation>
    </message>
    <message>
        <source>a trace has more than %1 events; such logs are refused.</source>
        <translation>Ein Trace hat mehr als %1 Ereignisse; solche Protokolle werden abgelehnt.</translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not well-formed XML: %3</source>
        <translation>Zeile %1, Spalte %2: Die Datei ist kein wohlgeformtes XML: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date-time format.</source>
        <translation>&apos;%1&apos; ist kein Datum-Zeit-Format.</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>simulated draft</source>
        <translation>simulierter Entwurf</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>mean cycle time</source>
        <translation>mittlere Durchlaufzeit</translation>
    </message>
    <message>
        <source>90 % of cases done within</source>
        <translation>90 % der Fälle erledigt innerhalb von</translation>
    </message>
    <message>
        <source>cycle times apart (earth mover&apos;s distance)</source>
        <translation>Abstand der Durchlaufzeiten (Earth Mover&apos;s Distance)</translation>
    </message>
    <message>
        <source> (%1 of the mean)</source>
        <translation> (%1 des Mittelwerts)</translation>
    </message>
    <message>
        <source>completed per day</source>
        <translation>abgeschlossen pro Tag</translation>
    </message>
    <message>
        <source>left without completing</source>
        <translation>ohne Abschluss abgebrochen</translation>
    </message>
    <message>
        <source>arrivals %1:00–%2:00</source>
        <translation>Ankünfte %1:00–%2:00</translation>
    </message>
    <message>
        <source>largest gap between hourly arrival shares</source>
        <translation>größte Differenz der stündlichen Ankunftsanteile</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1 per case</source>
        <translation>%1 pro Fall</translation>
    </message>
    <message numerus="yes">
        <source>… (%n step(s))</source>
        <translation>
            <numerusform>… (%n Schritt)</numerusform>
            <numerusform>… (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos;; the columns are %2.</source>
        <translation>Keine Spalte heißt &apos;%1&apos;; die Spalten sind %2.</translation>
    </message>
    <message>
        <source>The feedback needs a score column and a step, case or customer column (score, csat, nps, rating; step, touchpoint; case; customer); the columns are %1.</source>
        <translation>Das Feedback braucht eine Bewertungsspalte und eine Spalte für Schritt bzw. Kontaktpunkt, Fall oder Kunde (score, csat, nps, rating; step, touchpoint; case; customer); die Spalten sind %1.</translation>
    </message>
    <message>
        <source>no score is given.</source>
        <translation>Keine Bewertung angegeben.</translation>
    </message>
    <message>
        <source>The feedback has more than %1 responses; larger files are refused.</source>
        <translation>Das Feedback hat mehr als %1 Antworten; größere Dateien werden abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n row(s) could not be read, the first on line %1, so the feedback was not applied.</source>
        <translation>
            <numerusform>Mehr als %n Zeile konnte nicht gelesen werden, die erste in Zeile %1, daher wurde das Feedback nicht übernommen.</numerusform>
            <numerusform>Mehr als %n Zeilen konnten nicht gelesen werden, die erste in Zeile %1, daher wurde das Feedback nicht übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>normal range</source>
        <translation>Normalbereich</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>outside (latest value)</source>
        <translation>außerhalb (letzter Wert)</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>mittlere Bewertung</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>pain-point candidates</source>
        <translation>Kandidaten für Schmerzpunkte</translation>
    </message>
    <message>
        <source>Time since the step before</source>
        <translation>Zeit seit dem vorigen Schritt</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Times per case</source>
        <translation>Zeiten pro Fall</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each counted once however many of their activities overlap (the log has start and end times).</source>
        <translation>Die Personalstärken sind die höchste Zahl gleichzeitig arbeitender Personen je Rolle; jede Person wird einmal gezählt, wie viele ihrer Aktivitäten sich auch überschneiden (das Protokoll enthält Start- und Endzeiten).</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each activity taken to have been worked on for its median time since the case&apos;s previous activity, but not before the same person&apos;s previous completion (the log has completion times only).</source>
        <translation>Die Personalstärken sind die höchste Zahl gleichzeitig arbeitender Personen je Rolle; für jede Aktivität wird angenommen, dass sie seit der vorigen Aktivität des Falls während ihrer Medianzeit bearbeitet wurde, jedoch nicht vor dem vorigen Abschluss derselben Person (das Protokoll enthält nur Abschlusszeiten).</translation>
    </message>
    <message>
        <source>Drafted from %1: %2, %3 and %4 from %5 to %6. The process&apos;s description says how each figure was estimated.</source>
        <translation>Entworfen aus %1: %2, %3 und %4 im Zeitraum von %5 bis %6. Die Beschreibung des Prozesses erläutert, wie jede Kennzahl geschätzt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity type(s)</source>
        <translation>
            <numerusform>%n Aktivitätstyp</numerusform>
            <numerusform>%n Aktivitätstypen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 and %3, %4, %5.</source>
        <comment>events of cases and activities, resources, channels</comment>
        <translation>%1 (%2, %3), %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HumanUnits</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>&lt; 1 %</source>
        <translation>&lt; 1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>%1%2 %3</source>
        <comment>amount with a currency code: sign, digits, code</comment>
        <translation>%1%2 %3</translation>
    </message>
    <message>
        <source>%1%2%3</source>
        <comment>amount with a currency sign: minus, sign, digits</comment>
        <translation>%1%2%3</translation>
    </message>
</context>
<context>
    <name>JourneyClipboard</name>
    <message>
        <source>The clipboard holds no journey steps.</source>
        <translation>Die Zwischenablage enthält keine Journey-Schritte.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s steps come from an unknown version.</source>
        <translation>Die Schritte in der Zwischenablage stammen aus einer unbekannten Version.</translation>
    </message>
    <message>
        <source>Clipboard: %1</source>
        <translation>Zwischenablage: %1</translation>
    </message>
</context>
<context>
    <name>JourneyGridItem</name>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>No stages yet: right-click here or use Add Stage to begin.</source>
        <translation>Noch keine Phasen: Klicken Sie hier mit der rechten Maustaste oder verwenden Sie „Phase hinzufügen“, um zu beginnen.</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>Soll</translation>
    </message>
</context>
<context>
    <name>JourneyLayout</name>
    <message>
        <source>(No stage)</source>
        <translation>(Keine Phase)</translation>
    </message>
</context>
<context>
    <name>JourneyOperations</name>
    <message>
        <source>Delete Stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Stages</source>
        <translation>
            <numerusform>%n Phasen löschen</numerusform>
            <numerusform>%n Phasen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate Step</source>
        <translation>Schritt duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n Steps</source>
        <translation>
            <numerusform>%n Schritte duplizieren</numerusform>
            <numerusform>%n Schritte duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste Step</source>
        <translation>Schritt einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Steps</source>
        <translation>
            <numerusform>%n Schritte einfügen</numerusform>
            <numerusform>%n Schritte einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Link Step</source>
        <translation>Schritt verknüpfen</translation>
    </message>
    <message numerus="yes">
        <source>Link %n Steps</source>
        <translation>
            <numerusform>%n Schritte verknüpfen</numerusform>
            <numerusform>%n Schritte verknüpfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlink Step</source>
        <translation>Schrittverknüpfung lösen</translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n Steps</source>
        <translation>
            <numerusform>Verknüpfung von %n Schritten lösen</numerusform>
            <numerusform>Verknüpfung von %n Schritten lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>New Journey</source>
        <translation>Neue Journey</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Customer journey · %1</source>
        <translation>Customer Journey · %1</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Customer Journey</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Moments of Truth</translation>
    </message>
    <message>
        <source>Where it hurts most</source>
        <translation>Wo es am meisten schmerzt</translation>
    </message>
</context>
<context>
    <name>JourneyPicture</name>
    <message>
        <source>Journey map exported by Outside-In Studio</source>
        <translation>Journey Map, exportiert von Outside-In Studio</translation>
    </message>
    <message>
        <source>%1: there is no journey to export</source>
        <translation>%1: Es gibt keine Journey zum Exportieren</translation>
    </message>
    <message>
        <source>%1: cannot draw the journey map</source>
        <translation>%1: Die Journey Map kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg, pdf, html, mmd or json)</source>
        <translation>%1: unbekanntes Exportformat „%2“ (verwenden Sie png, svg, pdf, html, mmd oder json)</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>Touchpoints &amp; channels</source>
        <translation>Kontaktpunkte &amp; Kanäle</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Pain points &amp; opportunities</source>
        <translation>Schmerzpunkte &amp; Chancen</translation>
    </message>
    <message>
        <source>Front stage</source>
        <translation>Vorderbühne</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>Back stage</source>
        <translation>Hinterbühne</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Linie der internen Interaktion</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Open the bundled sample project.</source>
        <translation>Das mitgelieferte Beispielprojekt öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Show editor number &lt;index&gt; first (0 = journey).</source>
        <translation>Editor Nummer &lt;index&gt; zuerst zeigen (0 = Journey).</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Make the window &lt;W&gt;x&lt;H&gt; pixels (e.g. 1600x1000).</source>
        <translation>Das Fenster auf &lt;W&gt;x&lt;H&gt; Pixel setzen (z. B. 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Save a PNG of the window to &lt;file&gt; and quit.</source>
        <translation>Ein PNG des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Simulate &lt;scenario&gt; once the project is open.</source>
        <translation>Das Szenario &lt;scenario&gt; simulieren, sobald das Projekt geöffnet ist.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>With --export: the journey to paint.</source>
        <translation>Mit --export: die zu zeichnende Journey.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --export to PNG: dots per inch (default 96).</source>
        <translation>Mit --export nach PNG: Punkte pro Zoll (Standard 96).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Select &lt;kind:id&gt; once the project is open (e.g. role:service-agent), so its properties show.</source>
        <translation>&lt;kind:id&gt; auswählen, sobald das Projekt geöffnet ist (z. B. role:service-agent für die Rolle service-agent), damit ihre Eigenschaften angezeigt werden.</translation>
    </message>
    <message>
        <source>kind:id</source>
        <translation>kind:id</translation>
    </message>
    <message>
        <source>The process to paint (--export process) or to show (--view process).</source>
        <translation>Der zu zeichnende (--export process) oder anzuzeigende (--view process) Prozess.</translation>
    </message>
    <message>
        <source>Rename the open project to &lt;name&gt;, as an unsaved edit.</source>
        <translation>Das geöffnete Projekt in &lt;name&gt; umbenennen, als ungespeicherte Änderung.</translation>
    </message>
    <message>
        <source>Show editor &lt;name&gt; first: journey, roles, process, processes, requirements, traceability or results (the simulation dashboard).</source>
        <translation>Editor &lt;name&gt; zuerst zeigen: journey, roles (Rollen), process, processes, requirements (Anforderungen), traceability oder results (das Simulations-Dashboard).</translation>
    </message>
    <message>
        <source>Advise on the constraint of &lt;scenario&gt; once the project is open (the Results tab&apos;s Advice page).</source>
        <translation>Beratung zum Engpass des Szenarios &lt;scenario&gt;, sobald das Projekt geöffnet ist (Seite „Beratung“ im Reiter „Ergebnisse“).</translation>
    </message>
    <message>
        <source>Open the executive review full screen (with --screenshot: save its first page).</source>
        <translation>Die Management-Review im Vollbild öffnen (mit --screenshot: ihre erste Seite speichern).</translation>
    </message>
    <message>
        <source>Paint &lt;kind&gt; (journey, roles or process) of the project to the file given after it (png, svg, pdf; html for a journey; deck: the executive review as a PDF) and quit, with no window.</source>
        <translation>&lt;kind&gt; (journey, roles oder process: Journey, Rollenkarte oder Prozess) des Projekts in die danach angegebene Datei zeichnen (png, svg, pdf; html für eine Journey; deck: die Management-Review als PDF) und ohne Fenster beenden.</translation>
    </message>
    <message>
        <source>Start a studio of its own even when one is running (otherwise FILE opens in the running one).</source>
        <translation>Ein eigenes Studio starten, auch wenn bereits eines läuft (sonst wird FILE im laufenden Studio geöffnet).</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 von %3</translation>
    </message>
</context>
<context>
    <name>PictureWriter</name>
    <message>
        <source>%1: %2 dpi is outside 24..1200</source>
        <translation>%1: %2 dpi liegt außerhalb von 24..1200</translation>
    </message>
    <message>
        <source>%1: a %2 × %3 pixel image is too large; choose a lower resolution</source>
        <translation>%1: Ein Bild mit %2 × %3 Pixeln ist zu groß; wählen Sie eine niedrigere Auflösung</translation>
    </message>
    <message>
        <source>%1: not enough memory for a %2 × %3 pixel image</source>
        <translation>%1: nicht genug Speicher für ein Bild mit %2 × %3 Pixeln</translation>
    </message>
    <message>
        <source>%1: cannot encode the PNG image</source>
        <translation>%1: Das PNG-Bild kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>%1: cannot draw the SVG drawing</source>
        <translation>%1: Die SVG-Grafik kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>%1: cannot start printing</source>
        <translation>%1: Der Druck kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation>%1: Die PDF-Datei kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>PocScenarios</name>
    <message>
        <source>New PoC scenario</source>
        <translation>Neues PoC-Szenario</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>Neuer Anbieter</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>&lt;project&gt;</source>
        <translation>&lt;Projekt&gt;</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>ProblemPlace</name>
    <message>
        <source>the project</source>
        <translation>das Projekt</translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation>%1 (Rolle)</translation>
    </message>
    <message>
        <source>%1 (journey)</source>
        <translation>%1 (Journey)</translation>
    </message>
    <message>
        <source>“%1” (journey step)</source>
        <translation>„%1“ (Journey-Schritt)</translation>
    </message>
    <message>
        <source>“%1” (requirement)</source>
        <translation>„%1“ (Anforderung)</translation>
    </message>
    <message>
        <source>%1 (scenario)</source>
        <translation>%1 (Szenario)</translation>
    </message>
    <message>
        <source>%1 (strategy)</source>
        <translation>%1 (Strategie)</translation>
    </message>
    <message>
        <source>%1 (persona)</source>
        <translation>%1 (Persona)</translation>
    </message>
    <message>
        <source>%1 › %2 (process step)</source>
        <translation>%1 › %2 (Prozessschritt)</translation>
    </message>
    <message>
        <source>%1, flow %2 (process)</source>
        <translation>%1, Fluss %2 (Prozess)</translation>
    </message>
    <message>
        <source>%1 (process)</source>
        <translation>%1 (Prozess)</translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation>, Eintrag %1</translation>
    </message>
</context>
<context>
    <name>ProcessEdit</name>
    <message>
        <source>There is no node “%1” in this process.</source>
        <translation>In diesem Prozess gibt es keinen Knoten „%1“.</translation>
    </message>
    <message>
        <source>A flow cannot lead from “%1” back to itself.</source>
        <translation>Ein Fluss kann nicht von „%1“ zu sich selbst zurückführen.</translation>
    </message>
    <message>
        <source>“%1” starts the process: nothing flows into it.</source>
        <translation>„%1“ startet den Prozess: Nichts fließt hinein.</translation>
    </message>
    <message>
        <source>“%1” ends the process: nothing flows out of it.</source>
        <translation>„%1“ beendet den Prozess: Nichts fließt heraus.</translation>
    </message>
    <message>
        <source>“%1” already leads to “%2”.</source>
        <translation>„%1“ führt bereits zu „%2“.</translation>
    </message>
    <message>
        <source>There is no flow “%1” in this process.</source>
        <translation>In diesem Prozess gibt es keinen Fluss „%1“.</translation>
    </message>
</context>
<context>
    <name>ProcessFragment</name>
    <message>
        <source>The clipboard holds no process nodes.</source>
        <translation>Die Zwischenablage enthält keine Prozessknoten.</translation>
    </message>
</context>
<context>
    <name>ProcessPage</name>
    <message>
        <source>Process · %1</source>
        <translation>Prozess · %1</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
</context>
<context>
    <name>ProcessPicture</name>
    <message>
        <source>%1: there is no process to export</source>
        <translation>%1: Es gibt keinen Prozess zum Exportieren</translation>
    </message>
    <message>
        <source>Process diagram exported by Outside-In Studio</source>
        <translation>Prozessdiagramm, exportiert von Outside-In Studio</translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg or pdf)</source>
        <translation>%1: unbekanntes Exportformat „%2“ (verwenden Sie png, svg oder pdf)</translation>
    </message>
</context>
<context>
    <name>ProcessResults</name>
    <message>
        <source>constraint</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>long wait, busy ≥ 70 %</source>
        <translation>lange Wartezeit, Auslastung ≥ 70 %</translation>
    </message>
    <message>
        <source>short wait</source>
        <translation>kurze Wartezeit</translation>
    </message>
    <message>
        <source>%1 did not run in %2: %3 ran in its place.</source>
        <translation>%1 lief in %2 nicht: %3 lief an seiner Stelle.</translation>
    </message>
    <message>
        <source>%1 did not run in %2.</source>
        <translation>%1 lief in %2 nicht.</translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation>Wartezeit %1</translation>
    </message>
    <message>
        <source>Mean wait %1 per visit; 90 % wait less than %2</source>
        <translation>Mittlere Wartezeit %1 pro Besuch; 90 % warten weniger als %2</translation>
    </message>
    <message>
        <source>Queue: %1 cases waiting on average, %2 at the longest (mean of the runs)</source>
        <translation>Warteschlange: im Mittel %1 wartende Fälle, höchstens %2 (Mittel der Läufe)</translation>
    </message>
    <message>
        <source>%1 visits per replication; %2 had to wait</source>
        <translation>%1 Besuche pro Replikation; %2 mussten warten</translation>
    </message>
    <message>
        <source>The constraint: %1 of all waiting is here</source>
        <translation>Der Engpass: %1 aller Wartezeit entsteht hier</translation>
    </message>
    <message>
        <source>constraint · %1 busy</source>
        <translation>Engpass · %1 ausgelastet</translation>
    </message>
    <message>
        <source>%1 busy</source>
        <translation>%1 ausgelastet</translation>
    </message>
    <message>
        <source>%1: busy %2 ± %3 of the staff-time on duty</source>
        <translation>%1: %2 ± %3 der Dienstzeit ausgelastet</translation>
    </message>
    <message>
        <source>overtime after shifts ended: %1 per replication</source>
        <translation>Überstunden nach Schichtende: %1 pro Replikation</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean waits per visit and busy shares over %n replications</source>
        <translation>
            <numerusform>%1: mittlere Wartezeiten pro Besuch und Auslastungsanteile über %n Replikation</numerusform>
            <numerusform>%1: mittlere Wartezeiten pro Besuch und Auslastungsanteile über %n Replikationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean waits per visit over %n replications; the constraint is %2</source>
        <translation>
            <numerusform>%1: mittlere Wartezeiten pro Besuch über %n Replikation; der Engpass ist %2</numerusform>
            <numerusform>%1: mittlere Wartezeiten pro Besuch über %n Replikationen; der Engpass ist %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessScene</name>
    <message>
        <source>Customer asks</source>
        <translation>Kunde fragt an</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Decision?</source>
        <translation>Entscheidung?</translation>
    </message>
    <message>
        <source>In parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Engpass</translation>
    </message>
</context>
<context>
    <name>ProjectIo</name>
    <message>
        <source>cannot open the file: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>unknown file type; use a name ending in .oi.yaml, .yaml, .yml or .oistudio.</source>
        <translation>Unbekannter Dateityp; verwenden Sie einen Namen mit der Endung .oi.yaml, .yaml, .yml oder .oistudio.</translation>
    </message>
    <message>
        <source>Cannot save %1: unknown file type; use a name ending in .oi.yaml or .oistudio.</source>
        <translation>%1 kann nicht gespeichert werden: unbekannter Dateityp; verwenden Sie einen Namen mit der Endung .oi.yaml oder .oistudio.</translation>
    </message>
    <message>
        <source>the file is %1 MB; project files are read up to %2 MB.</source>
        <translation>Die Datei ist %1 MB groß; Projektdateien werden bis %2 MB gelesen.</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>another Outside-In Studio</source>
        <translation>einer anderen Instanz von Outside-In Studio</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (Prozess %2 auf %3)</translation>
    </message>
</context>
<context>
    <name>ResultNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <source>Cycle time: %1</source>
        <translation>Durchlaufzeit: %1</translation>
    </message>
    <message>
        <source>These results carry no per-case distribution.</source>
        <translation>Diese Ergebnisse enthalten keine Verteilung je Fall.</translation>
    </message>
    <message>
        <source>No case of %1 completed after the warm-up.</source>
        <translation>Kein Fall von %1 wurde nach der Einschwingphase abgeschlossen.</translation>
    </message>
    <message>
        <source>Cycle time (%1)</source>
        <translation>Durchlaufzeit (%1)</translation>
    </message>
    <message>
        <source>Cases (% of completed)</source>
        <translation>Fälle (% der abgeschlossenen)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>p50: %1</source>
        <translation>p50: %1</translation>
    </message>
    <message>
        <source>p90: %1</source>
        <translation>p90: %1</translation>
    </message>
    <message>
        <source>%1 of the cases took %2 to %3</source>
        <translation>%1 der Fälle dauerten %2 bis %3</translation>
    </message>
    <message>
        <source>from (%1)</source>
        <translation>von (%1)</translation>
    </message>
    <message>
        <source>to (%1)</source>
        <translation>bis (%1)</translation>
    </message>
    <message>
        <source>cases (% of completed)</source>
        <translation>Fälle (% der abgeschlossenen)</translation>
    </message>
    <message numerus="yes">
        <source>%n cases, every replication pooled; the slowest 1 % lie beyond the right edge. p50 and p90: half and 90 % of the cases done within, each replication&apos;s, averaged.</source>
        <translation>
            <numerusform>%n Fall, alle Replikationen zusammengefasst; das langsamste 1 % liegt jenseits des rechten Rands. p50 und p90: Hälfte bzw. 90 % der Fälle erledigt innerhalb, je Replikation, gemittelt.</numerusform>
            <numerusform>%n Fälle, alle Replikationen zusammengefasst; das langsamste 1 % liegt jenseits des rechten Rands. p50 und p90: Hälfte bzw. 90 % der Fälle erledigt innerhalb, je Replikation, gemittelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean wait per task</source>
        <translation>Mittlere Wartezeit pro Aufgabe</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Mittlere Wartezeit</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>mean wait per visit (%1)</source>
        <translation>mittlere Wartezeit pro Besuch (%1)</translation>
    </message>
    <message>
        <source>95 % interval ±</source>
        <translation>95-%-Intervall ±</translation>
    </message>
    <message>
        <source>90 % wait less than (%1)</source>
        <translation>90 % warten weniger als (%1)</translation>
    </message>
    <message>
        <source>mean queue (cases)</source>
        <translation>mittlere Warteschlange (Fälle)</translation>
    </message>
    <message>
        <source>visits per replication</source>
        <translation>Besuche pro Replikation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2, done by %3
mean wait %4 per visit; 90 % wait less than %5
%6 cases waiting on average, %7 at the longest (mean of the runs)</source>
        <translation>%1 in %2, erledigt von %3
mittlere Wartezeit %4 pro Besuch; 90 % warten weniger als %5
im Mittel %6 wartende Fälle, höchstens %7 (Mittel der Läufe)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Mean wait per visit (%1)</source>
        <translation>Mittlere Wartezeit pro Besuch (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %n tasks with the longest waits; the CSV file has every task.</source>
        <translation>
            <numerusform>Die %n Aufgabe mit der längsten Wartezeit; die CSV-Datei enthält alle Aufgaben.</numerusform>
            <numerusform>Die %n Aufgaben mit den längsten Wartezeiten; die CSV-Datei enthält alle Aufgaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>hour of the day</source>
        <translation>Tageszeit (Stunde)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Role utilisation</source>
        <translation>Auslastung der Rollen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ausgelastet</translation>
    </message>
    <message>
        <source>busy (% of staff-time on duty)</source>
        <translation>ausgelastet (% der Dienstzeit)</translation>
    </message>
    <message>
        <source>95 % interval ± (points)</source>
        <translation>95-%-Intervall ± (Prozentpunkte)</translation>
    </message>
    <message>
        <source>overtime per replication (%1)</source>
        <translation>Überstunden pro Replikation (%1)</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>%1: busy %2 ± %3 of the staff-time on duty</source>
        <translation>%1: %2 ± %3 der Dienstzeit ausgelastet</translation>
    </message>
    <message>
        <source>overtime after shifts ended: %1 per replication</source>
        <translation>Überstunden nach Schichtende: %1 pro Replikation</translation>
    </message>
    <message>
        <source>the constraint: %1 of all waiting is at %2</source>
        <translation>Der Engpass: %1 aller Wartezeit entfällt auf %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Busy (% of time on duty)</source>
        <translation>Ausgelastet (% der Dienstzeit)</translation>
    </message>
    <message>
        <source>Utilisation by hour of the day</source>
        <translation>Auslastung nach Tageszeit</translation>
    </message>
    <message>
        <source>%1, %2: busy %3</source>
        <translation>%1, %2: %3 ausgelastet</translation>
    </message>
    <message>
        <source>Time of day (hh:mm)</source>
        <translation>Tageszeit (hh:mm)</translation>
    </message>
    <message>
        <source>busy (%)</source>
        <translation>ausgelastet (%)</translation>
    </message>
    <message>
        <source>Means over every day and replication of the run; a gap is an hour with nobody on duty.</source>
        <translation>Mittelwerte über alle Tage und Replikationen des Laufs; eine Lücke ist eine Stunde ohne Personal im Dienst.</translation>
    </message>
    <message>
        <source>Cases waiting by hour of the day</source>
        <translation>Wartende Fälle nach Tageszeit</translation>
    </message>
    <message>
        <source>%1, %2: %3 cases waiting on average</source>
        <translation>%1, %2: im Mittel %3 wartende Fälle</translation>
    </message>
    <message>
        <source>Cases waiting (mean)</source>
        <translation>Wartende Fälle (Mittel)</translation>
    </message>
    <message>
        <source>cases waiting (mean)</source>
        <translation>wartende Fälle (Mittel)</translation>
    </message>
    <message>
        <source>Cases waiting for each role&apos;s tasks, in every process; means over every day and replication.</source>
        <translation>Fälle, die auf die Aufgaben jeder Rolle warten, in allen Prozessen; Mittelwerte über alle Tage und Replikationen.</translation>
    </message>
    <message>
        <source>Queue at the constraint by hour of the day</source>
        <translation>Warteschlange am Engpass nach Tageszeit</translation>
    </message>
    <message>
        <source>No constraint: no task had staff to wait for.</source>
        <translation>Kein Engpass: Keine Aufgabe musste auf Personal warten.</translation>
    </message>
    <message>
        <source>Nobody on duty</source>
        <translation>Niemand im Dienst</translation>
    </message>
    <message>
        <source>Cases waiting</source>
        <translation>Wartende Fälle</translation>
    </message>
    <message>
        <source>cases waiting at %1 (mean)</source>
        <translation>wartende Fälle bei %1 (Mittel)</translation>
    </message>
    <message>
        <source>%1 on duty</source>
        <translation>%1 im Dienst</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 at %2; means over every day and replication of the run.</source>
        <translation>%1 bei %2; Mittelwerte über alle Tage und Replikationen des Laufs.</translation>
    </message>
</context>
<context>
    <name>ResultsReport</name>
    <message>
        <source>
Process %1
</source>
        <translation>
Prozess %1
</translation>
    </message>
    <message>
        <source>  %1 cases arrived, %2 completed, %3 customers lost (abandoned); %4 still in process on average
</source>
        <translation>  %1 Fälle eingetroffen, %2 abgeschlossen, %3 Kunden verloren (Abbrüche); im Mittel %4 noch in Bearbeitung
</translation>
    </message>
    <message>
        <source>  throughput %1; cycle time %2 (half of the cases within %3, 90 % within %4)
</source>
        <translation>  Durchsatz %1; Durchlaufzeit %2 (die Hälfte der Fälle innerhalb von %3, 90 % innerhalb von %4)
</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>mean wait</source>
        <translation>mittlere Wartezeit</translation>
    </message>
    <message>
        <source>90 % wait less than</source>
        <translation>90 % warten weniger als</translation>
    </message>
    <message>
        <source>mean queue</source>
        <translation>mittlere Warteschlange</translation>
    </message>
    <message>
        <source>longest queue (mean of runs)</source>
        <translation>längste Warteschlange (Mittel der Läufe)</translation>
    </message>
    <message>
        <source>    %1 against M/M/%2 (Erlang C): mean wait %3 (simulated %4), share who wait %5 (simulated %6)
</source>
        <translation>    %1 gegenüber M/M/%2 (Erlang C): mittlere Wartezeit %3 (simuliert %4), Anteil Wartender %5 (simuliert %6)
</translation>
    </message>
    <message>
        <source>  from %1 to %2: %3 of cases
</source>
        <translation>  von %1 bis %2: %3 der Fälle
</translation>
    </message>
    <message>
        <source>
Goals (met only when the whole 95 % interval is on the right side of the target)
</source>
        <translation>
Ziele (nur erreicht, wenn das gesamte 95-%-Intervall auf der richtigen Seite des Zielwerts liegt)
</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation>nicht simuliert</translation>
    </message>
    <message>
        <source>
Money over the measured %1 (means per replication)
</source>
        <translation>
Geld über den gemessenen Zeitraum von %1 (Mittelwerte pro Replikation)
</translation>
    </message>
    <message>
        <source>staff on duty</source>
        <translation>Personal im Dienst</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>Überstunden</translation>
    </message>
    <message>
        <source>lost to abandonment</source>
        <translation>Verlust durch Abbrüche</translation>
    </message>
    <message>
        <source>value of completed cases</source>
        <translation>Wert abgeschlossener Fälle</translation>
    </message>
    <message>
        <source>net</source>
        <translation>netto</translation>
    </message>
    <message numerus="yes">
        <source>%n replications (first %1), each %2 long after a warm-up of %3, seed %4
</source>
        <translation>
            <numerusform>%n Replikation (erste %1), jeweils %2 lang nach einer Einschwingphase von %3, Seed %4
</numerusform>
            <numerusform>%n Replikationen (erste %1), jeweils %2 lang nach einer Einschwingphase von %3, Seed %4
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events in %2 s, fingerprint %3
</source>
        <translation>%1 Ereignisse in %2 s, Fingerabdruck %3
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>
Role utilisation (busy staff-time / staff-time on duty)
</source>
        <translation>
Auslastung der Rollen (ausgelastete Personalzeit / Personalzeit im Dienst)
</translation>
    </message>
    <message>
        <source> ± %1</source>
        <translation> ± %1</translation>
    </message>
    <message>
        <source>overtime %1 of staff-time per replication</source>
        <translation>Überstunden %1 der Personalzeit pro Replikation</translation>
    </message>
    <message>
        <source>
Bottlenecks (score = (utilisation + share of all waiting) / 2)
</source>
        <translation>
Engpässe (Wert = (Auslastung + Anteil an der gesamten Wartezeit) / 2)
</translation>
    </message>
    <message>
        <source>busy %1</source>
        <translation>ausgelastet %1</translation>
    </message>
    <message>
        <source>%1 of all waiting</source>
        <translation>%1 der gesamten Wartezeit</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>The constraint is %1 (%2).
</source>
        <translation>Der Engpass ist %1 (%2).
</translation>
    </message>
    <message>
        <source>Constraint by time of day:
</source>
        <translation>Engpass nach Tageszeit:
</translation>
    </message>
    <message>
        <source>%1 of the waiting</source>
        <translation>%1 der Wartezeit</translation>
    </message>
    <message>
        <source>
What-if sweep (common random numbers; change versus base, 95 %)
</source>
        <translation>
Was-wäre-wenn-Reihe (gemeinsame Zufallszahlen; Änderung gegenüber Basis, 95 %)
</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cycle time %1</source>
        <translation>Durchlaufzeit %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>Änderung %1</translation>
    </message>
    <message>
        <source>throughput %1</source>
        <translation>Durchsatz %1</translation>
    </message>
</context>
<context>
    <name>ResultsTiles</name>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>customers lost</source>
        <translation>verlorene Kunden</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95. Perzentil</translation>
    </message>
    <message>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replications</source>
        <translation>
            <numerusform>%n Replikation</numerusform>
            <numerusform>%n Replikationen</numerusform>
        </translation>
    </message>
    <message>
        <source>in place of %1</source>
        <translation>anstelle von %1</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>%1 of %2 cases completed per replication</source>
        <translation>%1 von %2 Fällen pro Replikation abgeschlossen</translation>
    </message>
    <message>
        <source>Cases completed after the warm-up per unit of time, mean over %1.</source>
        <translation>Nach der Einschwingphase abgeschlossene Fälle pro Zeiteinheit, Mittelwert über %1.</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>half done within %1</source>
        <translation>Hälfte erledigt innerhalb von %1</translation>
    </message>
    <message>
        <source>90 % done within %1</source>
        <translation>90 % erledigt innerhalb von %1</translation>
    </message>
    <message>
        <source>From arrival to the end, for the cases completed after the warm-up. The median and the 90th percentile are each replication&apos;s, averaged over %1.</source>
        <translation>Von der Ankunft bis zum Ende, für die nach der Einschwingphase abgeschlossenen Fälle. Median und 90. Perzentil stammen aus jeder Replikation, gemittelt über %1.</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <source>%1 of arrivals gave up waiting</source>
        <translation>%1 der Ankünfte haben das Warten aufgegeben</translation>
    </message>
    <message>
        <source>still in process at the end: %1</source>
        <translation>am Ende noch in Bearbeitung: %1</translation>
    </message>
    <message>
        <source>still in process at the end: not recorded in this run</source>
        <translation>am Ende noch in Bearbeitung: in diesem Lauf nicht erfasst</translation>
    </message>
    <message>
        <source>Per replication: customers who abandoned while waiting (a failed transaction), and those still in the process when the run ended (engaged, without an outcome yet).</source>
        <translation>Pro Replikation: Kunden, die beim Warten abgebrochen haben (eine gescheiterte Transaktion), und Kunden, die bei Laufende noch im Prozess waren (in Bearbeitung, noch ohne Ergebnis).</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>of the tasks had to wait</source>
        <translation>der Aufgaben mussten warten</translation>
    </message>
    <message>
        <source>mean wait per task %1</source>
        <translation>mittlere Wartezeit pro Aufgabe %1</translation>
    </message>
    <message>
        <source>The share of task starts that waited for staff at all, and the mean wait per task start.</source>
        <translation>Der Anteil der Aufgabenstarts, die überhaupt auf Personal warten mussten, und die mittlere Wartezeit pro Aufgabenstart.</translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation>nicht simuliert</translation>
    </message>
    <message>
        <source>target: at most %1</source>
        <translation>Ziel: höchstens %1</translation>
    </message>
    <message>
        <source>target: at least %1</source>
        <translation>Ziel: mindestens %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>The whole 95 % interval is on the right side of the target.</source>
        <translation>Das gesamte 95-%-Intervall liegt auf der richtigen Seite des Zielwerts.</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>The whole 95 % interval is on the wrong side of the target.</source>
        <translation>Das gesamte 95-%-Intervall liegt auf der falschen Seite des Zielwerts.</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>The 95 % interval straddles the target: more replications may decide it.</source>
        <translation>Das 95-%-Intervall schließt den Zielwert ein: Mehr Replikationen können es entscheiden.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Simulating…</source>
        <translation>Simulation läuft…</translation>
    </message>
</context>
<context>
    <name>RoleMap</name>
    <message>
        <source>Front office</source>
        <translation>Front-Office</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back-Office</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Außendienst</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verlagert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengelegt</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>entfällt</translation>
    </message>
    <message numerus="yes">
        <source>%n on shift</source>
        <translation>
            <numerusform>%n in der Schicht</numerusform>
            <numerusform>%n in der Schicht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 on shift</source>
        <translation>%1–%2 in der Schicht</translation>
    </message>
    <message numerus="yes">
        <source>%n staff</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 journey step</source>
        <translation>1 Journey-Schritt</translation>
    </message>
    <message numerus="yes">
        <source>%n journey steps</source>
        <translation>
            <numerusform>%n Journey-Schritte</numerusform>
            <numerusform>%n Journey-Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 process task</source>
        <translation>1 Prozessaufgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n process tasks</source>
        <translation>
            <numerusform>%n Prozessaufgaben</numerusform>
            <numerusform>%n Prozessaufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey steps: %1</source>
        <translation>Journey-Schritte: %1</translation>
    </message>
    <message>
        <source>Process tasks: %1</source>
        <translation>Prozessaufgaben: %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>driven by “%1”</source>
        <translation>getrieben von „%1“</translation>
    </message>
    <message>
        <source>As-is organisation</source>
        <translation>Ist-Organisation</translation>
    </message>
    <message>
        <source>To-be organisation</source>
        <translation>Soll-Organisation</translation>
    </message>
</context>
<context>
    <name>RoleMapPicture</name>
    <message>
        <source>as-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>as-is and to-be</source>
        <translation>Ist und Soll</translation>
    </message>
    <message>
        <source>Roles, %1 — %2</source>
        <translation>Rollen, %1 — %2</translation>
    </message>
    <message>
        <source>Role map exported by Outside-In Studio</source>
        <translation>Rollenkarte, exportiert von Outside-In Studio</translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg or pdf)</source>
        <translation>%1: unbekanntes Exportformat „%2“ (verwenden Sie png, svg oder pdf)</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Role changes, as-is → to-be</source>
        <translation>Rollenänderungen, Ist → Soll</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>%1 has no run %2</source>
        <translation>%1 hat keinen Lauf %2</translation>
    </message>
</context>
<context>
    <name>SimulationOverlay</name>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>%1: %2 %3 (the project&apos;s unit), mean over the simulated run</source>
        <translation>%1: %2 %3 (die Zeiteinheit des Projekts), Mittelwert über den simulierten Lauf</translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation>Wartezeit %1</translation>
    </message>
    <message>
        <source>constraint · %1</source>
        <translation>Engpass · %1</translation>
    </message>
    <message>
        <source> · nobody on duty %1</source>
        <translation> · niemand im Dienst %1</translation>
    </message>
    <message>
        <source>wait per visit</source>
        <translation>Wartezeit pro Besuch</translation>
    </message>
    <message>
        <source>process · %1 per case</source>
        <translation>Prozess · %1 pro Fall</translation>
    </message>
    <message>
        <source>waiting per case in the whole process</source>
        <translation>Wartezeit pro Fall im gesamten Prozess</translation>
    </message>
    <message>
        <source>constraint · busy %1</source>
        <translation>Engpass · ausgelastet %1</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>long wait, busy ≥ 70 %</source>
        <translation>lange Wartezeit, Auslastung ≥ 70 %</translation>
    </message>
    <message>
        <source>short wait</source>
        <translation>kurze Wartezeit</translation>
    </message>
    <message>
        <source>mean waits per visit over the simulated run</source>
        <translation>mittlere Wartezeiten pro Besuch über den simulierten Lauf</translation>
    </message>
</context>
<context>
    <name>SimulationPage</name>
    <message>
        <source>Simulation, before anything is bought</source>
        <translation>Simulation vor jeder Investition</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Empfehlung: %1</translation>
    </message>
    <message>
        <source>Staff cost a week</source>
        <translation>Personalkosten pro Woche</translation>
    </message>
    <message>
        <source>Customers and value saved a week</source>
        <translation>Gesicherte Kunden und Werte pro Woche</translation>
    </message>
    <message>
        <source>Net gain a week</source>
        <translation>Nettogewinn pro Woche</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>the project row is missing.</source>
        <translation>Die Projektzeile fehlt.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>cannot open the file: %1.</source>
        <translation>Die Datei kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>not an Outside-In Studio document (not an SQLite database, or damaged: %1).</source>
        <translation>Kein Outside-In-Studio-Dokument (keine SQLite-Datenbank oder beschädigt: %1).</translation>
    </message>
    <message>
        <source>an SQLite database, but not an Outside-In Studio document.</source>
        <translation>Eine SQLite-Datenbank, aber kein Outside-In-Studio-Dokument.</translation>
    </message>
    <message>
        <source>the document is damaged or truncated (%1).</source>
        <translation>Das Dokument ist beschädigt oder abgeschnitten (%1).</translation>
    </message>
    <message>
        <source>the document is damaged: it has no schema version.</source>
        <translation>Das Dokument ist beschädigt: Es hat keine Schemaversion.</translation>
    </message>
    <message>
        <source>the document has schema version %1, written by a newer Outside-In Studio; this version reads up to %2.</source>
        <translation>Das Dokument hat die Schemaversion %1, geschrieben von einem neueren Outside-In Studio; diese Version liest bis %2.</translation>
    </message>
    <message>
        <source>no upgrade is known from schema version %1 to %2.</source>
        <translation>Es ist kein Upgrade von Schemaversion %1 auf %2 bekannt.</translation>
    </message>
    <message>
        <source>cannot upgrade the document.</source>
        <translation>Das Dokument kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>is empty, but should hold JSON.</source>
        <translation>ist leer, sollte aber JSON enthalten.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at character %2).</source>
        <translation>ist kein gültiges JSON (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>should be a JSON list, not an object.</source>
        <translation>sollte eine JSON-Liste sein, kein Objekt.</translation>
    </message>
    <message>
        <source>should be a JSON object, not a list.</source>
        <translation>sollte ein JSON-Objekt sein, keine Liste.</translation>
    </message>
    <message>
        <source>should be an object, not %1.</source>
        <translation>sollte ein Objekt sein, nicht %1.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>eine Zahl oder null</translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>eine Liste von Zahlen</translation>
    </message>
    <message>
        <source>the member “%1” should be %2, not %3.</source>
        <translation>Das Element „%1“ sollte %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>should be text, not %1.</source>
        <translation>sollte Text sein, nicht %1.</translation>
    </message>
    <message>
        <source>“%1” is not a distribution; expected one of %2.</source>
        <translation>„%1“ ist keine Verteilung; erwartet wird eine von %2.</translation>
    </message>
    <message>
        <source>the member “rates” should be a list, not %1.</source>
        <translation>Das Element „rates“ sollte eine Liste sein, nicht %1.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>the table is missing or lacks a column (%1), so the document is damaged.</source>
        <translation>Die Tabelle fehlt oder ihr fehlt eine Spalte (%1); das Dokument ist daher beschädigt.</translation>
    </message>
    <message>
        <source>the table cannot be read (%1), so the document is damaged.</source>
        <translation>Die Tabelle kann nicht gelesen werden (%1); das Dokument ist daher beschädigt.</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation>Tabelle %1, Zeile %2</translation>
    </message>
    <message>
        <source>should hold a whole number, not %1.</source>
        <translation>sollte eine ganze Zahl enthalten, nicht %1.</translation>
    </message>
    <message>
        <source>holds %1, which is too large.</source>
        <translation>enthält %1, das ist zu groß.</translation>
    </message>
    <message>
        <source>should hold 0 or 1, not %1.</source>
        <translation>sollte 0 oder 1 enthalten, nicht %1.</translation>
    </message>
    <message>
        <source>should hold a number, not %1.</source>
        <translation>sollte eine Zahl enthalten, nicht %1.</translation>
    </message>
    <message>
        <source>should hold a finite number, not %1.</source>
        <translation>sollte eine endliche Zahl enthalten, nicht %1.</translation>
    </message>
    <message>
        <source>holds %1, which is not one of: %2.</source>
        <translation>enthält %1, das nicht zu den folgenden gehört: %2.</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>nichts (NULL)</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>table project</source>
        <translation>Tabelle project</translation>
    </message>
    <message>
        <source>should hold a whole number of at least 0, not %1.</source>
        <translation>sollte eine ganze Zahl von mindestens 0 enthalten, nicht %1.</translation>
    </message>
    <message>
        <source>table steps, row %1</source>
        <translation>Tabelle steps, Zeile %1</translation>
    </message>
    <message>
        <source>refers to journey position %1, but there is no such journey.</source>
        <translation>verweist auf Journey-Position %1, aber eine solche Journey gibt es nicht.</translation>
    </message>
    <message>
        <source>refers to process position %1, but there is no such process.</source>
        <translation>verweist auf Prozessposition %1, aber einen solchen Prozess gibt es nicht.</translation>
    </message>
    <message>
        <source>the member “%1” holds “%2”, which is not one of: %3.</source>
        <translation>Das Element „%1“ enthält „%2“, das nicht zu den folgenden gehört: %3.</translation>
    </message>
    <message>
        <source>cannot upgrade table %1, row %2: %3</source>
        <translation>Tabelle %1, Zeile %2 kann nicht aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>cannot upgrade the document: %1</source>
        <translation>Das Dokument kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>the member “%1” should be an id, but it is missing or empty.</source>
        <translation>Das Element „%1“ sollte eine ID sein, fehlt aber oder ist leer.</translation>
    </message>
    <message>
        <source>the document holds more than %1 rows; documents are read up to that many.</source>
        <translation>Das Dokument enthält mehr als %1 Zeilen; Dokumente werden nur bis zu dieser Anzahl gelesen.</translation>
    </message>
    <message>
        <source>the document holds a %1 named %2, which Outside-In Studio never writes; a file changed by another program is not opened.</source>
        <translation>Das Dokument enthält ein(e) %1 namens %2, das Outside-In Studio nie schreibt; eine von einem anderen Programm geänderte Datei wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>the document is damaged (%1).</source>
        <translation>Das Dokument ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>a window needs both from and to.</source>
        <translation>Ein Zeitfenster braucht sowohl from als auch to.</translation>
    </message>
    <message>
        <source>give either add (extra staff) or headcount (staff in the window), not both or neither.</source>
        <translation>Geben Sie entweder add (zusätzliches Personal) oder headcount (Personalstärke im Zeitfenster) an, nicht beides und nicht keines.</translation>
    </message>
    <message>
        <source>the member “capacity” should be a list, not %1.</source>
        <translation>Das Element „capacity“ sollte eine Liste sein, nicht %1.</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>1 journey</source>
        <translation>1 Journey</translation>
    </message>
    <message numerus="yes">
        <source>%n journeys</source>
        <translation>
            <numerusform>%n Journeys</numerusform>
            <numerusform>%n Journeys</numerusform>
        </translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 Rolle</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n Rollen</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 process</source>
        <translation>1 Prozess</translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n Prozesse</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>1 requirement</source>
        <translation>1 Anforderung</translation>
    </message>
    <message numerus="yes">
        <source>%n requirements</source>
        <translation>
            <numerusform>%n Anforderungen</numerusform>
            <numerusform>%n Anforderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnungen</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepDetailsItem</name>
    <message>
        <source>%1 — not in this project</source>
        <translation>%1 — nicht in diesem Projekt</translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation>Simuliert: %1</translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>research</source>
        <translation>Erhebung</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Untitled step</source>
        <translation>Unbenannter Schritt</translation>
    </message>
    <message>
        <source>customer-initiated</source>
        <translation>vom Kunden ausgelöst</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>Moment of Truth</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation>Simuliert: %1</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Simulated to-be</source>
        <translation>Simuliertes Soll</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>No goals yet: add them to the strategy in the studio.</source>
        <translation>Noch keine Ziele: Fügen Sie sie der Strategie im Studio hinzu.</translation>
    </message>
</context>
<context>
    <name>TechnologyPage</name>
    <message>
        <source>Technology supports, never drives</source>
        <translation>Technologie unterstützt, sie gibt nicht den Takt vor</translation>
    </message>
</context>
<context>
    <name>TitlePage</name>
    <message>
        <source>Executive review</source>
        <translation>Management-Review</translation>
    </message>
</context>
<context>
    <name>TracePage</name>
    <message>
        <source>Traceability</source>
        <translation>Nachverfolgbarkeit</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
</context>
<context>
    <name>Traceability</name>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Journey: %1</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Rename Journey</source>
        <translation>Journey umbenennen</translation>
    </message>
    <message>
        <source>Change Journey Persona</source>
        <translation>Persona der Journey ändern</translation>
    </message>
    <message>
        <source>Change Journey Description</source>
        <translation>Journey-Beschreibung ändern</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>Schritt umbenennen</translation>
    </message>
    <message>
        <source>Change Customer Action</source>
        <translation>Kundenaktion ändern</translation>
    </message>
    <message>
        <source>Change Touchpoint</source>
        <translation>Kontaktpunkt ändern</translation>
    </message>
    <message>
        <source>Change Channel</source>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <source>Change Customer-Initiated</source>
        <translation>„Vom Kunden ausgelöst“ ändern</translation>
    </message>
    <message>
        <source>Change Emotion</source>
        <translation>Emotion ändern</translation>
    </message>
    <message>
        <source>Change To-Be Emotion</source>
        <translation>Soll-Emotion ändern</translation>
    </message>
    <message>
        <source>Change Evidence</source>
        <translation>Beleg ändern</translation>
    </message>
    <message>
        <source>Change Pain Points</source>
        <translation>Schmerzpunkte ändern</translation>
    </message>
    <message>
        <source>Change Opportunities</source>
        <translation>Chancen ändern</translation>
    </message>
    <message>
        <source>Change Moment of Truth</source>
        <translation>Moment of Truth ändern</translation>
    </message>
    <message>
        <source>Change Metrics</source>
        <translation>Kennzahlen ändern</translation>
    </message>
    <message>
        <source>Change Front-Stage Roles</source>
        <translation>Rollen der Vorderbühne ändern</translation>
    </message>
    <message>
        <source>Change Back-Stage Roles</source>
        <translation>Rollen der Hinterbühne ändern</translation>
    </message>
    <message>
        <source>Change Step Processes</source>
        <translation>Prozesse des Schritts ändern</translation>
    </message>
    <message>
        <source>Change Step Requirements</source>
        <translation>Anforderungen des Schritts ändern</translation>
    </message>
    <message>
        <source>Import Journey</source>
        <translation>Journey importieren</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Move Stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Steps</source>
        <translation>
            <numerusform>%n Schritte hinzufügen</numerusform>
            <numerusform>%n Schritte hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Schritt löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Steps</source>
        <translation>
            <numerusform>%n Schritte löschen</numerusform>
            <numerusform>%n Schritte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Steps</source>
        <translation>
            <numerusform>%n Schritte verschieben</numerusform>
            <numerusform>%n Schritte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Journey</source>
        <translation>Journey löschen</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>Change Client</source>
        <translation>Auftraggeber ändern</translation>
    </message>
    <message>
        <source>Change Author</source>
        <translation>Autor ändern</translation>
    </message>
    <message>
        <source>Change Project Description</source>
        <translation>Projektbeschreibung ändern</translation>
    </message>
    <message>
        <source>Change Time Unit</source>
        <translation>Zeiteinheit ändern</translation>
    </message>
    <message>
        <source>Change Simulation Settings</source>
        <translation>Simulationseinstellungen ändern</translation>
    </message>
    <message>
        <source>Rename Strategy</source>
        <translation>Strategie umbenennen</translation>
    </message>
    <message>
        <source>Change Strategy Statement</source>
        <translation>Strategieaussage ändern</translation>
    </message>
    <message>
        <source>Change Strategy Owner</source>
        <translation>Verantwortlichen der Strategie ändern</translation>
    </message>
    <message>
        <source>Change Goals</source>
        <translation>Ziele ändern</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>Persona umbenennen</translation>
    </message>
    <message>
        <source>Change Persona Description</source>
        <translation>Persona-Beschreibung ändern</translation>
    </message>
    <message>
        <source>Change Needs</source>
        <translation>Bedürfnisse ändern</translation>
    </message>
    <message>
        <source>Change Jobs to Be Done</source>
        <translation>Jobs to Be Done ändern</translation>
    </message>
    <message>
        <source>Change Customer&apos;s Customer</source>
        <translation>Kunden des Kunden ändern</translation>
    </message>
    <message>
        <source>Rename Role</source>
        <translation>Rolle umbenennen</translation>
    </message>
    <message>
        <source>Change Department</source>
        <translation>Abteilung ändern</translation>
    </message>
    <message>
        <source>Change Office</source>
        <translation>Bereich ändern</translation>
    </message>
    <message>
        <source>Change Kind of Role Change</source>
        <translation>Art der Rollenänderung ändern</translation>
    </message>
    <message>
        <source>Change Driving Strategy</source>
        <translation>Treibende Strategie ändern</translation>
    </message>
    <message>
        <source>Change Headcount</source>
        <translation>Personalstärke ändern</translation>
    </message>
    <message>
        <source>Change Shifts</source>
        <translation>Schichten ändern</translation>
    </message>
    <message>
        <source>Change Cross-Training</source>
        <translation>Querqualifizierung ändern</translation>
    </message>
    <message>
        <source>Rename Process</source>
        <translation>Prozess umbenennen</translation>
    </message>
    <message>
        <source>Change Process Description</source>
        <translation>Prozessbeschreibung ändern</translation>
    </message>
    <message>
        <source>Change Process Strategy</source>
        <translation>Prozessstrategie ändern</translation>
    </message>
    <message>
        <source>Change Lanes</source>
        <translation>Lanes ändern</translation>
    </message>
    <message>
        <source>Change Flows</source>
        <translation>Flüsse ändern</translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation>Knoten umbenennen</translation>
    </message>
    <message>
        <source>Change Node Role</source>
        <translation>Rolle des Knotens ändern</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>Change Priority</source>
        <translation>Priorität ändern</translation>
    </message>
    <message>
        <source>Change Arrivals</source>
        <translation>Ankünfte ändern</translation>
    </message>
    <message>
        <source>Change Arrival Calendar</source>
        <translation>Ankunftskalender ändern</translation>
    </message>
    <message>
        <source>Change Patience</source>
        <translation>Geduld ändern</translation>
    </message>
    <message>
        <source>Change Requirement Kind</source>
        <translation>Anforderungsart ändern</translation>
    </message>
    <message>
        <source>Change Requirement Text</source>
        <translation>Anforderungstext ändern</translation>
    </message>
    <message>
        <source>Change Acceptance Criterion</source>
        <translation>Abnahmekriterium ändern</translation>
    </message>
    <message>
        <source>Change Requirement Steps</source>
        <translation>Schritte der Anforderung ändern</translation>
    </message>
    <message>
        <source>Change Requirement Nodes</source>
        <translation>Knoten der Anforderung ändern</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>Change Scenario Description</source>
        <translation>Szenariobeschreibung ändern</translation>
    </message>
    <message>
        <source>Change Scenario Headcount</source>
        <translation>Personalstärke im Szenario ändern</translation>
    </message>
    <message>
        <source>Change Arrival Multiplier</source>
        <translation>Ankunftsfaktor ändern</translation>
    </message>
    <message>
        <source>Change Duration Factors</source>
        <translation>Dauerfaktoren ändern</translation>
    </message>
    <message>
        <source>Change Added Cross-Training</source>
        <translation>Zusätzliche Querqualifizierung ändern</translation>
    </message>
    <message>
        <source>Rename Id %1 to %2</source>
        <translation>ID %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change Cost per Hour</source>
        <translation>Kosten pro Stunde ändern</translation>
    </message>
    <message>
        <source>Change Original Process</source>
        <translation>Ursprungsprozess ändern</translation>
    </message>
    <message>
        <source>Change Value per Case</source>
        <translation>Wert pro Fall ändern</translation>
    </message>
    <message>
        <source>Change Cost per Lost Customer</source>
        <translation>Kosten pro verlorenem Kunden ändern</translation>
    </message>
    <message>
        <source>Change Process Variants</source>
        <translation>Prozessvarianten ändern</translation>
    </message>
    <message>
        <source>Change Reassigned Tasks</source>
        <translation>Neu zugewiesene Aufgaben ändern</translation>
    </message>
    <message>
        <source>Change Staffing Windows</source>
        <translation>Personalzeitfenster ändern</translation>
    </message>
    <message>
        <source>Change Demand Changes</source>
        <translation>Nachfrageänderungen ändern</translation>
    </message>
    <message>
        <source>Change Diversions</source>
        <translation>Umlenkungen ändern</translation>
    </message>
    <message>
        <source>Change Responsibility</source>
        <translation>Verantwortung ändern</translation>
    </message>
    <message>
        <source>Change As-Is Owner</source>
        <translation>Ist-Verantwortlichen ändern</translation>
    </message>
    <message>
        <source>Move Responsibility</source>
        <translation>Verantwortung verschieben</translation>
    </message>
    <message>
        <source>Change Needs Served</source>
        <translation>Bediente Bedürfnisse ändern</translation>
    </message>
    <message>
        <source>Move Node</source>
        <translation>Knoten verschieben</translation>
    </message>
    <message>
        <source>Change Lane</source>
        <translation>Lane ändern</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Add Start Event</source>
        <translation>Startereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add End Event</source>
        <translation>Endereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add Exclusive Gateway</source>
        <translation>Exklusives Gateway hinzufügen</translation>
    </message>
    <message>
        <source>Add Parallel Split</source>
        <translation>Parallele Verzweigung hinzufügen</translation>
    </message>
    <message>
        <source>Add Parallel Join</source>
        <translation>Parallele Zusammenführung hinzufügen</translation>
    </message>
    <message>
        <source>Add Timer Event</source>
        <translation>Zeitgeberereignis hinzufügen</translation>
    </message>
    <message>
        <source>Connect Nodes</source>
        <translation>Knoten verbinden</translation>
    </message>
    <message>
        <source>Reconnect Flow</source>
        <translation>Fluss neu verbinden</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Nodes</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Flows</source>
        <translation>
            <numerusform>%n Flüsse löschen</numerusform>
            <numerusform>%n Flüsse löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Nodes</source>
        <translation>
            <numerusform>%n Knoten einfügen</numerusform>
            <numerusform>%n Knoten einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n Nodes</source>
        <translation>
            <numerusform>%n Knoten ausrichten</numerusform>
            <numerusform>%n Knoten ausrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n Nodes</source>
        <translation>
            <numerusform>%n Knoten verteilen</numerusform>
            <numerusform>%n Knoten verteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lay Out Process</source>
        <translation>Prozess anordnen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Nodes</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <source>Change Currency</source>
        <translation>Währung ändern</translation>
    </message>
    <message>
        <source>Draft PoC Scenarios</source>
        <translation>PoC-Szenarien entwerfen</translation>
    </message>
    <message>
        <source>Add PoC Scenario</source>
        <translation>PoC-Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Remove PoC Scenario</source>
        <translation>PoC-Szenario entfernen</translation>
    </message>
    <message>
        <source>Move PoC Scenario</source>
        <translation>PoC-Szenario verschieben</translation>
    </message>
    <message>
        <source>Rename PoC Scenario</source>
        <translation>PoC-Szenario umbenennen</translation>
    </message>
    <message>
        <source>Set PoC Scenario Journey</source>
        <translation>Journey des PoC-Szenarios festlegen</translation>
    </message>
    <message>
        <source>Set PoC Scenario Process</source>
        <translation>Prozess des PoC-Szenarios festlegen</translation>
    </message>
    <message>
        <source>Add PoC Step</source>
        <translation>PoC-Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove PoC Step</source>
        <translation>PoC-Schritt entfernen</translation>
    </message>
    <message>
        <source>Move PoC Step</source>
        <translation>PoC-Schritt verschieben</translation>
    </message>
    <message>
        <source>Edit PoC Customer Action</source>
        <translation>Kundenaktion im PoC bearbeiten</translation>
    </message>
    <message>
        <source>Set PoC Step Role</source>
        <translation>Rolle des PoC-Schritts festlegen</translation>
    </message>
    <message>
        <source>Set PoC Step Task</source>
        <translation>Aufgabe des PoC-Schritts festlegen</translation>
    </message>
    <message>
        <source>Set PoC Step Requirement</source>
        <translation>Anforderung des PoC-Schritts festlegen</translation>
    </message>
    <message>
        <source>Edit PoC Buyer&apos;s Data</source>
        <translation>Daten des Auftraggebers im PoC bearbeiten</translation>
    </message>
    <message>
        <source>Edit PoC Expected Outcome</source>
        <translation>Erwartetes Ergebnis im PoC bearbeiten</translation>
    </message>
    <message>
        <source>Set PoC Minutes Allowed</source>
        <translation>Zulässige Minuten im PoC festlegen</translation>
    </message>
    <message>
        <source>Add Vendor</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Rename Vendor</source>
        <translation>Anbieter umbenennen</translation>
    </message>
    <message>
        <source>Remove Vendor</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Set Vendor Score</source>
        <translation>Anbieterbewertung festlegen</translation>
    </message>
    <message>
        <source>Set Priority Weights</source>
        <translation>Prioritätsgewichte festlegen</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>a time cannot be negative.</source>
        <translation>Eine Zeit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>max must not be smaller than min.</source>
        <translation>max darf nicht kleiner als min sein.</translation>
    </message>
    <message>
        <source>needs min ≤ mode ≤ max.</source>
        <translation>Erfordert min ≤ mode ≤ max.</translation>
    </message>
    <message>
        <source>max must be larger than min (use fixed for a constant).</source>
        <translation>max muss größer als min sein (verwenden Sie fixed für eine Konstante).</translation>
    </message>
    <message>
        <source>the mean must be greater than zero.</source>
        <translation>Der Mittelwert muss größer als null sein.</translation>
    </message>
    <message>
        <source>the standard deviation must be greater than zero.</source>
        <translation>Die Standardabweichung muss größer als null sein.</translation>
    </message>
    <message>
        <source>the standard deviation cannot be negative.</source>
        <translation>Die Standardabweichung kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>k must be a whole number of at least 1.</source>
        <translation>k muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>needs at least one value.</source>
        <translation>Erfordert mindestens einen Wert.</translation>
    </message>
    <message>
        <source>needs one weight per value (%1 values, %2 weights).</source>
        <translation>Erfordert ein Gewicht je Wert (%1 Werte, %2 Gewichte).</translation>
    </message>
    <message>
        <source>weights must be zero or more and not all zero.</source>
        <translation>Gewichte müssen null oder größer und dürfen nicht alle null sein.</translation>
    </message>
    <message>
        <source>a task needs the role that performs it.</source>
        <translation>Eine Aufgabe braucht die Rolle, die sie ausführt.</translation>
    </message>
    <message>
        <source>no role has the id %1.</source>
        <translation>Keine Rolle hat die ID %1.</translation>
    </message>
    <message>
        <source>a task needs a duration distribution.</source>
        <translation>Eine Aufgabe braucht eine Verteilung der Dauer.</translation>
    </message>
    <message>
        <source>a timer needs a duration (its delay).</source>
        <translation>Ein Zeitgeber braucht eine Dauer (seine Verzögerung).</translation>
    </message>
    <message>
        <source>a start node needs arrivals: a distribution or a rate calendar.</source>
        <translation>Ein Startknoten braucht Ankünfte: eine Verteilung oder einen Ratenkalender.</translation>
    </message>
    <message>
        <source>the time between arrivals is always 0, so cases would arrive without end.</source>
        <translation>Die Zeit zwischen Ankünften ist immer 0, Fälle würden also endlos eintreffen.</translation>
    </message>
    <message>
        <source>the period must be greater than zero.</source>
        <translation>Die Periode muss größer als null sein.</translation>
    </message>
    <message>
        <source>needs 0 ≤ from &lt; to ≤ period.</source>
        <translation>Erfordert 0 ≤ from &lt; to ≤ period.</translation>
    </message>
    <message>
        <source>a rate cannot be negative.</source>
        <translation>Eine Rate kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>no block has a rate above zero, so no case would ever arrive.</source>
        <translation>Kein Block hat eine Rate über null, es würde also nie ein Fall eintreffen.</translation>
    </message>
    <message>
        <source>only start nodes have arrivals and patience; they are ignored here.</source>
        <translation>Nur Startknoten haben Ankünfte und Geduld; sie werden hier ignoriert.</translation>
    </message>
    <message>
        <source>a flow needs both ends.</source>
        <translation>Ein Fluss braucht beide Enden.</translation>
    </message>
    <message>
        <source>no node of this process has the id %1.</source>
        <translation>Kein Knoten dieses Prozesses hat die ID %1.</translation>
    </message>
    <message>
        <source>a probability must be between 0 and 1, not %1.</source>
        <translation>Eine Wahrscheinlichkeit muss zwischen 0 und 1 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>only flows leaving an xor gateway take a probability; it is ignored.</source>
        <translation>Nur Flüsse, die ein XOR-Gateway verlassen, haben eine Wahrscheinlichkeit; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>every flow leaving an xor gateway needs a probability (%1 have none).</source>
        <translation>Jeder Fluss, der ein XOR-Gateway verlässt, braucht eine Wahrscheinlichkeit (%1 haben keine).</translation>
    </message>
    <message>
        <source>the probabilities of the flows leaving this xor gateway add up to %1, not 1.</source>
        <translation>Die Wahrscheinlichkeiten der Flüsse aus diesem XOR-Gateway ergeben zusammen %1, nicht 1.</translation>
    </message>
    <message>
        <source>an and-join with fewer than two incoming flows only passes cases through.</source>
        <translation>Eine UND-Zusammenführung mit weniger als zwei eingehenden Flüssen reicht Fälle nur durch.</translation>
    </message>
    <message>
        <source>this and-join waits for %1 incoming flows, but no and-split upstream sends a case down each of them together, so it can never fire.</source>
        <translation>Diese UND-Zusammenführung wartet auf %1 eingehende Flüsse, aber keine vorgelagerte UND-Verzweigung schickt einen Fall gleichzeitig über jeden davon; sie kann daher nie auslösen.</translation>
    </message>
    <message>
        <source>every node needs an id.</source>
        <translation>Jeder Knoten braucht eine ID.</translation>
    </message>
    <message>
        <source>the id %1 is used by another node of this process.</source>
        <translation>Die ID %1 wird von einem anderen Knoten dieses Prozesses verwendet.</translation>
    </message>
    <message>
        <source>the process has no nodes yet.</source>
        <translation>Der Prozess hat noch keine Knoten.</translation>
    </message>
    <message>
        <source>a start node cannot have incoming flows.</source>
        <translation>Ein Startknoten kann keine eingehenden Flüsse haben.</translation>
    </message>
    <message>
        <source>an end node cannot have outgoing flows.</source>
        <translation>Ein Endknoten kann keine ausgehenden Flüsse haben.</translation>
    </message>
    <message>
        <source>the process has no start node, so no case can enter it.</source>
        <translation>Der Prozess hat keinen Startknoten, daher kann kein Fall in ihn eintreten.</translation>
    </message>
    <message>
        <source>the process has no end node, so no case can finish.</source>
        <translation>Der Prozess hat keinen Endknoten, daher kann kein Fall abgeschlossen werden.</translation>
    </message>
    <message>
        <source>no flow from a start node reaches this node.</source>
        <translation>Kein Fluss von einem Startknoten erreicht diesen Knoten.</translation>
    </message>
    <message>
        <source>a case reaching this node is stuck: it has no outgoing flow.</source>
        <translation>Ein Fall, der diesen Knoten erreicht, bleibt stecken: Er hat keinen ausgehenden Fluss.</translation>
    </message>
    <message>
        <source>this node is in a loop with no way out to an end node.</source>
        <translation>Dieser Knoten liegt in einer Schleife ohne Ausweg zu einem Endknoten.</translation>
    </message>
    <message>
        <source>an and-split with fewer than two outgoing flows does not split anything.</source>
        <translation>Eine UND-Verzweigung mit weniger als zwei ausgehenden Flüssen verzweigt nichts.</translation>
    </message>
    <message>
        <source>every %1 needs an id.</source>
        <translation>Jedes Element vom Typ %1 braucht eine ID.</translation>
    </message>
    <message>
        <source>the id %1 is used by another %2.</source>
        <translation>Die ID %1 wird von einem anderen Element vom Typ %2 verwendet.</translation>
    </message>
    <message>
        <source>no %1 has the id %2.</source>
        <translation>Kein Element vom Typ %1 hat die ID %2.</translation>
    </message>
    <message>
        <source>%1 is not a node of a process (write process/node).</source>
        <translation>%1 ist kein Knoten eines Prozesses (schreiben Sie process/node).</translation>
    </message>
    <message>
        <source>%1 is neither a process nor a process/node.</source>
        <translation>%1 ist weder ein Prozess noch ein process/node.</translation>
    </message>
    <message>
        <source>the project needs a name.</source>
        <translation>Das Projekt braucht einen Namen.</translation>
    </message>
    <message>
        <source>the horizon cannot be negative.</source>
        <translation>Der Horizont kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>the warm-up cannot be negative.</source>
        <translation>Die Einschwingphase kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>the warm-up must be shorter than the horizon.</source>
        <translation>Die Einschwingphase muss kürzer als der Horizont sein.</translation>
    </message>
    <message>
        <source>replications cannot be negative.</source>
        <translation>Die Zahl der Replikationen kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>every stage needs an id.</source>
        <translation>Jede Phase braucht eine ID.</translation>
    </message>
    <message>
        <source>the id %1 is used by another stage of this journey.</source>
        <translation>Die ID %1 wird von einer anderen Phase dieser Journey verwendet.</translation>
    </message>
    <message>
        <source>every step needs an id.</source>
        <translation>Jeder Schritt braucht eine ID.</translation>
    </message>
    <message>
        <source>the id %1 is used by another step (step ids are unique in the project).</source>
        <translation>Die ID %1 wird von einem anderen Schritt verwendet (Schritt-IDs sind im Projekt eindeutig).</translation>
    </message>
    <message>
        <source>journey %1 has no stage %2.</source>
        <translation>Journey %1 hat keine Phase %2.</translation>
    </message>
    <message>
        <source>the step has no title.</source>
        <translation>Der Schritt hat keinen Titel.</translation>
    </message>
    <message>
        <source>emotion must be between -2 and +2, not %1.</source>
        <translation>Die Emotion muss zwischen -2 und +2 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>every metric needs a name.</source>
        <translation>Jede Kennzahl braucht einen Namen.</translation>
    </message>
    <message>
        <source>the normal range is empty: low is above high.</source>
        <translation>Der Normalbereich ist leer: low liegt über high.</translation>
    </message>
    <message>
        <source>the role has no name.</source>
        <translation>Die Rolle hat keinen Namen.</translation>
    </message>
    <message>
        <source>headcount cannot be negative (%1).</source>
        <translation>Die Personalstärke kann nicht negativ sein (%1).</translation>
    </message>
    <message>
        <source>a role is always trained for its own work.</source>
        <translation>Eine Rolle ist immer für ihre eigene Arbeit qualifiziert.</translation>
    </message>
    <message>
        <source>a requirement needs its text.</source>
        <translation>Eine Anforderung braucht ihren Text.</translation>
    </message>
    <message>
        <source>the arrival multiplier cannot be negative.</source>
        <translation>Der Ankunftsfaktor kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>a duration factor must be greater than zero.</source>
        <translation>Ein Dauerfaktor muss größer als null sein.</translation>
    </message>
    <message>
        <source>no strategy explains this role (set its strategy, or give it a task in a process that has one).</source>
        <translation>Keine Strategie begründet diese Rolle (legen Sie ihre Strategie fest oder geben Sie ihr eine Aufgabe in einem Prozess mit Strategie).</translation>
    </message>
    <message>
        <source>the step is linked to no process.</source>
        <translation>Der Schritt ist mit keinem Prozess verknüpft.</translation>
    </message>
    <message>
        <source>no step needs this requirement and it names no process node.</source>
        <translation>Kein Schritt benötigt diese Anforderung, und sie nennt keinen Prozessknoten.</translation>
    </message>
    <message>
        <source>overlaps block %1; the blocks of a calendar must not overlap.</source>
        <translation>Überschneidet sich mit Block %1; die Blöcke eines Kalenders dürfen sich nicht überschneiden.</translation>
    </message>
    <message>
        <source>has %1 outgoing flows, but only a gateway (xor or and-split) may branch; add one after this node.</source>
        <translation>Hat %1 ausgehende Flüsse, aber nur ein Gateway (XOR oder UND-Verzweigung) darf verzweigen; fügen Sie nach diesem Knoten eines ein.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>role %1 has no staff but task %2 needs it; give it a headcount (or a shift with staff) or cross-train another role.</source>
        <translation>Rolle %1 hat kein Personal, aber Aufgabe %2 braucht sie; geben Sie ihr eine Personalstärke (oder eine besetzte Schicht) oder querqualifizieren Sie eine andere Rolle.</translation>
    </message>
    <message>
        <source>role %1 has no staff but tasks %2 need it; give it a headcount (or a shift with staff) or cross-train another role.</source>
        <translation>Rolle %1 hat kein Personal, aber die Aufgaben %2 brauchen sie; geben Sie ihr eine Personalstärke (oder eine besetzte Schicht) oder querqualifizieren Sie eine andere Rolle.</translation>
    </message>
    <message>
        <source>the arrival multiplier must be greater than zero (no arrivals at all cannot be simulated).</source>
        <translation>Der Ankunftsfaktor muss größer als null sein (ganz ohne Ankünfte lässt sich nicht simulieren).</translation>
    </message>
    <message>
        <source>implausible headcount %1; at most %2 staff can be simulated.</source>
        <translation>Unplausible Personalstärke %1; höchstens %2 Personen können simuliert werden.</translation>
    </message>
    <message>
        <source>every need needs an id.</source>
        <translation>Jedes Bedürfnis braucht eine ID.</translation>
    </message>
    <message>
        <source>the id %1 is used by another need (need ids are unique in the project).</source>
        <translation>Die ID %1 wird von einem anderen Bedürfnis verwendet (Bedürfnis-IDs sind im Projekt eindeutig).</translation>
    </message>
    <message>
        <source>no journey step serves the need %1; the chain starts at the customer&apos;s need.</source>
        <translation>Kein Journey-Schritt bedient das Bedürfnis %1; die Kette beginnt beim Bedürfnis des Kunden.</translation>
    </message>
    <message>
        <source>no persona has the need %1.</source>
        <translation>Keine Persona hat das Bedürfnis %1.</translation>
    </message>
    <message>
        <source>the need %1 is persona %2&apos;s, but this journey is persona %3&apos;s.</source>
        <translation>Das Bedürfnis %1 gehört zur Persona %2, diese Journey aber zur Persona %3.</translation>
    </message>
    <message>
        <source>severity is 1 (irritating), 2 (painful) or 3 (drives customers away), not %1.</source>
        <translation>Der Schweregrad ist 1 (störend), 2 (schmerzhaft) oder 3 (vertreibt Kunden), nicht %1.</translation>
    </message>
    <message>
        <source>a signal below the normal range needs a low value to fall under.</source>
        <translation>Ein Signal unterhalb des Normalbereichs braucht einen low-Wert, der unterschritten wird.</translation>
    </message>
    <message>
        <source>a signal above the normal range needs a high value to rise over.</source>
        <translation>Ein Signal oberhalb des Normalbereichs braucht einen high-Wert, der überschritten wird.</translation>
    </message>
    <message>
        <source>every responsibility needs an id.</source>
        <translation>Jede Verantwortung braucht eine ID.</translation>
    </message>
    <message>
        <source>the id %1 is used by another responsibility.</source>
        <translation>Die ID %1 wird von einer anderen Verantwortung verwendet.</translation>
    </message>
    <message>
        <source>the responsibility has no text.</source>
        <translation>Die Verantwortung hat keinen Text.</translation>
    </message>
    <message>
        <source>role %1 is retired, so it takes on no to-be responsibilities; give this one to the role that takes it over, or choose another kind of change.</source>
        <translation>Rolle %1 entfällt und übernimmt daher keine Soll-Verantwortungen; geben Sie diese der Rolle, die sie übernimmt, oder wählen Sie eine andere Art der Änderung.</translation>
    </message>
    <message>
        <source>utilisation is measured for a role; name it.</source>
        <translation>Die Auslastung wird für eine Rolle gemessen; geben Sie sie an.</translation>
    </message>
    <message>
        <source>this measure is taken on a process; name it.</source>
        <translation>Diese Kennzahl wird an einem Prozess gemessen; geben Sie ihn an.</translation>
    </message>
    <message>
        <source>no process has the id %1.</source>
        <translation>Kein Prozess hat die ID %1.</translation>
    </message>
    <message>
        <source>only the wait is measured at one node.</source>
        <translation>An einem einzelnen Knoten wird nur die Wartezeit gemessen.</translation>
    </message>
    <message>
        <source>process %1 has no node %2.</source>
        <translation>Prozess %1 hat keinen Knoten %2.</translation>
    </message>
    <message>
        <source>percentiles exist for cycle time and wait only; use the mean here.</source>
        <translation>Perzentile gibt es nur für Durchlaufzeit und Wartezeit; verwenden Sie hier den Mittelwert.</translation>
    </message>
    <message>
        <source>this target is a share between 0 and 1 (0 % to 100 %), not %1.</source>
        <translation>Dieser Zielwert ist ein Anteil zwischen 0 und 1 (0 % bis 100 %), nicht %1.</translation>
    </message>
    <message>
        <source>the target cannot be negative.</source>
        <translation>Der Zielwert kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>a cost cannot be negative.</source>
        <translation>Kosten können nicht negativ sein.</translation>
    </message>
    <message>
        <source>a value cannot be negative.</source>
        <translation>Ein Wert kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>the flow has no id, so two flows between the same nodes cannot be told apart.</source>
        <translation>Der Fluss hat keine ID, daher lassen sich zwei Flüsse zwischen denselben Knoten nicht unterscheiden.</translation>
    </message>
    <message>
        <source>the id %1 is used by another flow of this process.</source>
        <translation>Die ID %1 wird von einem anderen Fluss dieses Prozesses verwendet.</translation>
    </message>
    <message>
        <source>the process has no lane %1.</source>
        <translation>Der Prozess hat keine Lane %1.</translation>
    </message>
    <message>
        <source>a shape needs a width and a height above zero.</source>
        <translation>Eine Form braucht eine Breite und eine Höhe über null.</translation>
    </message>
    <message>
        <source>a lane needs a size above zero.</source>
        <translation>Eine Lane braucht eine Größe über null.</translation>
    </message>
    <message>
        <source>a variant redesigns an original process, not itself or another variant.</source>
        <translation>Eine Variante gestaltet einen Ursprungsprozess neu, nicht sich selbst oder eine andere Variante.</translation>
    </message>
    <message>
        <source>the variant %1 has no node %2, so this step loses its link when the variant runs.</source>
        <translation>Die Variante %1 hat keinen Knoten %2, daher verliert dieser Schritt seine Verknüpfung, wenn die Variante läuft.</translation>
    </message>
    <message>
        <source>the window %1–%2 must lie inside the period 0–%3, with from before to.</source>
        <translation>Das Zeitfenster %1–%2 muss innerhalb der Periode 0–%3 liegen, mit from vor to.</translation>
    </message>
    <message>
        <source>the process %1 is given two variants.</source>
        <translation>Dem Prozess %1 sind zwei Varianten zugeordnet.</translation>
    </message>
    <message>
        <source>%1 is not a variant of %2; mark it with variant_of: %2.</source>
        <translation>%1 ist keine Variante von %2; kennzeichnen Sie sie mit variant_of: %2.</translation>
    </message>
    <message>
        <source>%1 is a variant of %2, not of %3.</source>
        <translation>%1 ist eine Variante von %2, nicht von %3.</translation>
    </message>
    <message>
        <source>%1 is not a node of a process that runs in this scenario (write process/node).</source>
        <translation>%1 ist kein Knoten eines Prozesses, der in diesem Szenario läuft (schreiben Sie process/node).</translation>
    </message>
    <message>
        <source>only tasks are done by a role; %1 is not a task.</source>
        <translation>Nur Aufgaben werden von einer Rolle erledigt; %1 ist keine Aufgabe.</translation>
    </message>
    <message>
        <source>role %1 has no capacity in this scenario, so it cannot take over %2.</source>
        <translation>Rolle %1 hat in diesem Szenario keine Kapazität und kann %2 daher nicht übernehmen.</translation>
    </message>
    <message>
        <source>role %1 works shifts repeating every %2; a staffing window must repeat every whole multiple or fraction of that, not every %3.</source>
        <translation>Rolle %1 arbeitet in Schichten, die sich alle %2 wiederholen; ein Personalzeitfenster muss sich in einem ganzzahligen Vielfachen oder Bruchteil davon wiederholen, nicht alle %3.</translation>
    </message>
    <message>
        <source>the multiplier cannot be negative.</source>
        <translation>Der Faktor kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>a multiplier of zero at all times leaves the process without demand; remove the process from the scenario instead.</source>
        <translation>Ein Faktor von null zu allen Zeiten lässt den Prozess ohne Nachfrage; nehmen Sie den Prozess stattdessen aus dem Szenario.</translation>
    </message>
    <message>
        <source>the arrivals of %1 are not Poisson, so their demand cannot change in a window; give them as a rate calendar or exponential, or drop from and to.</source>
        <translation>Die Ankünfte von %1 sind nicht poissonverteilt, daher kann sich ihre Nachfrage nicht in einem Zeitfenster ändern; geben Sie sie als Ratenkalender oder exponentiell an, oder lassen Sie from und to weg.</translation>
    </message>
    <message>
        <source>the arrivals of %1 repeat every %2; the window must repeat every whole multiple or fraction of that, not every %3.</source>
        <translation>Die Ankünfte von %1 wiederholen sich alle %2; das Zeitfenster muss sich in einem ganzzahligen Vielfachen oder Bruchteil davon wiederholen, nicht alle %3.</translation>
    </message>
    <message>
        <source>process %1 has no start node for the diverted cases to enter.</source>
        <translation>Prozess %1 hat keinen Startknoten, über den die umgelenkten Fälle eintreten können.</translation>
    </message>
    <message>
        <source>a process cannot divert cases to itself.</source>
        <translation>Ein Prozess kann keine Fälle auf sich selbst umlenken.</translation>
    </message>
    <message>
        <source>a share must be between 0 and 1 (0 % to 100 %), not %1.</source>
        <translation>Ein Anteil muss zwischen 0 und 1 (0 % bis 100 %) liegen, nicht %1.</translation>
    </message>
    <message>
        <source>the shares diverted from %1 add up to more than 1 (100 %).</source>
        <translation>Die von %1 umgelenkten Anteile ergeben zusammen mehr als 1 (100 %).</translation>
    </message>
    <message>
        <source>the contacts go to process &quot;%1&quot;, which the project does not have.</source>
        <translation>Die Kontakte gehen an den Prozess „%1“, den das Projekt nicht hat.</translation>
    </message>
    <message>
        <source>process &quot;%1&quot; has no start event to take the contacts.</source>
        <translation>Prozess „%1“ hat kein Startereignis, das die Kontakte aufnimmt.</translation>
    </message>
    <message>
        <source>a rate of contacts cannot be negative.</source>
        <translation>Eine Kontaktrate kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>the id holds the invisible character U+%1; ids are letters, digits and punctuation.</source>
        <translation>Die ID enthält das unsichtbare Zeichen U+%1; IDs bestehen aus Buchstaben, Ziffern und Satzzeichen.</translation>
    </message>
    <message>
        <source>a period without from and to changes nothing: the cross-training holds at any time.</source>
        <translation>Ein Zeitraum ohne from und to ändert nichts: Die Querqualifizierung gilt jederzeit.</translation>
    </message>
    <message>
        <source>%1 is not a subject; write strategy/&lt;id&gt;, role/&lt;id&gt; or scenario/&lt;id&gt;.</source>
        <translation>%1 ist kein Gegenstand; schreiben Sie strategy/&lt;id&gt;, role/&lt;id&gt; oder scenario/&lt;id&gt; (Strategie, Rolle oder Szenario).</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as yyyy-mm-dd (2026-12-01).</source>
        <translation>%1 ist kein Datum; schreiben Sie es als yyyy-mm-dd (2026-12-01).</translation>
    </message>
    <message>
        <source>the minutes allowed cannot be negative.</source>
        <translation>Die zulässigen Minuten können nicht negativ sein.</translation>
    </message>
    <message>
        <source>a score needs the id of the requirement it scores.</source>
        <translation>Eine Bewertung braucht die ID der bewerteten Anforderung.</translation>
    </message>
    <message>
        <source>the requirement is scored twice; keep one score.</source>
        <translation>Die Anforderung ist doppelt bewertet; behalten Sie eine Bewertung.</translation>
    </message>
    <message>
        <source>a score runs from 0 (not shown) to 3 (fully met), not %1.</source>
        <translation>Eine Bewertung reicht von 0 (nicht gezeigt) bis 3 (voll erfüllt), nicht %1.</translation>
    </message>
    <message>
        <source>a priority weight runs from 0 to 1000, not %1.</source>
        <translation>Ein Prioritätsgewicht reicht von 0 bis 1000, nicht %1.</translation>
    </message>
</context>
<context>
    <name>VendorSpec</name>
    <message>
        <source>%1, live on the buyer&apos;s data</source>
        <translation>%1, live mit den Daten des Auftraggebers</translation>
    </message>
    <message>
        <source>Vendor A</source>
        <translation>Anbieter A</translation>
    </message>
    <message>
        <source>Vendor B</source>
        <translation>Anbieter B</translation>
    </message>
    <message>
        <source>Vendor C</source>
        <translation>Anbieter C</translation>
    </message>
    <message>
        <source>Requirement id</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Weighted total (score × weight)</source>
        <translation>Gewichtete Summe (Bewertung × Gewicht)</translation>
    </message>
    <message>
        <source>the scoring sheet is empty.</source>
        <translation>Der Bewertungsbogen ist leer.</translation>
    </message>
    <message>
        <source>the scoring sheet has no vendor columns after Weight.</source>
        <translation>Der Bewertungsbogen hat nach „Gewicht“ keine Anbieterspalten.</translation>
    </message>
    <message>
        <source>column %1 of the first row names no vendor.</source>
        <translation>Spalte %1 der ersten Zeile nennt keinen Anbieter.</translation>
    </message>
    <message>
        <source>row %1: the project has no requirement %2.</source>
        <translation>Zeile %1: Das Projekt hat keine Anforderung %2.</translation>
    </message>
    <message>
        <source>row %1, column %2: a score is a whole number from 0 to 3, not “%3”.</source>
        <translation>Zeile %1, Spalte %2: Eine Bewertung ist eine ganze Zahl von 0 bis 3, nicht „%3“.</translation>
    </message>
    <message>
        <source>row %1: requirement %2 is scored twice.</source>
        <translation>Zeile %1: Anforderung %2 ist doppelt bewertet.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>run %1 of %2, scenario %3</source>
        <translation>Lauf %1 von %2, Szenario %3</translation>
    </message>
    <message>
        <source>run %1 of %2, base model</source>
        <translation>Lauf %1 von %2, Basismodell</translation>
    </message>
    <message>
        <source>%1: size for %2 new cases per hour on average.</source>
        <translation>%1: auszulegen für durchschnittlich %2 neue Fälle pro Stunde.</translation>
    </message>
    <message>
        <source>The constraint is %1 (%2 busy): its screens must stay fast at peak load.</source>
        <translation>Der Engpass ist %1 (%2 ausgelastet): Seine Bildschirme müssen bei Spitzenlast schnell bleiben.</translation>
    </message>
    <message>
        <source>Process control</source>
        <translation>Prozesssteuerung</translation>
    </message>
    <message>
        <source>Information management</source>
        <translation>Informationsmanagement</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>Nicht-funktional</translation>
    </message>
    <message>
        <source>Must</source>
        <translation>Muss</translation>
    </message>
    <message>
        <source>Should</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Could</source>
        <translation>Kann</translation>
    </message>
    <message>
        <source>Won&apos;t</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation>Hinterfragt</translation>
    </message>
    <message>
        <source>very unhappy</source>
        <translation>sehr unzufrieden</translation>
    </message>
    <message>
        <source>unhappy</source>
        <translation>unzufrieden</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>happy</source>
        <translation>zufrieden</translation>
    </message>
    <message>
        <source>delighted</source>
        <translation>begeistert</translation>
    </message>
    <message>
        <source>MUST</source>
        <translation>MUSS</translation>
    </message>
    <message>
        <source>OFFLINE / FIELD</source>
        <translation>OFFLINE / AUSSENDIENST</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>Abnahme:</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>noch zu vereinbaren</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management Summary</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Recommended remedy:</source>
        <translation>Empfohlene Abhilfe:</translation>
    </message>
    <message>
        <source>The organisation change</source>
        <translation>Die organisatorische Veränderung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Gives up</source>
        <translation>Gibt ab</translation>
    </message>
    <message>
        <source>Takes on</source>
        <translation>Übernimmt</translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation>Getrieben von</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>Prozess: %1</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Strategie:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation>Schmerzpunkt:</translation>
    </message>
    <message>
        <source>Across the process</source>
        <translation>Über den gesamten Prozess</translation>
    </message>
    <message>
        <source>Sizing from simulation</source>
        <translation>Dimensionierung aus der Simulation</translation>
    </message>
    <message>
        <source>No simulation results are stored with the project; no sizing is stated.</source>
        <translation>Im Projekt sind keine Simulationsergebnisse gespeichert; es wird keine Dimensionierung angegeben.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Proof-of-concept scripts</source>
        <translation>Proof-of-Concept-Skripte</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation>Journey:</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Prozess:</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minuten:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Role and task</source>
        <translation>Rolle und Aufgabe</translation>
    </message>
    <message>
        <source>Buyer&apos;s data</source>
        <translation>Daten des Auftraggebers</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>knocked out: a Must scored 0</source>
        <translation>ausgeschieden: ein Muss mit 0 bewertet</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Nachverfolgbarkeit</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Requirements no step needs</source>
        <translation>Anforderungen, die kein Schritt benötigt</translation>
    </message>
    <message>
        <source>None: every requirement is needed by a process step.</source>
        <translation>Keine: Jede Anforderung wird von einem Prozessschritt benötigt.</translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification: %1</source>
        <translation>Proof-of-Concept-Spezifikation für Anbieter: %1</translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification</source>
        <translation>Proof-of-Concept-Spezifikation für Anbieter</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Auftraggeber:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>%1: size for a peak of %2 on duty at once; busiest hour from %3:00 at %4 busy.</source>
        <translation>%1: auszulegen für eine Spitze von %2 gleichzeitig im Dienst; stärkste Stunde ab %3:00 bei %4 Auslastung.</translation>
    </message>
    <message>
        <source>%1: size for a peak of %2 on duty at once.</source>
        <translation>%1: auszulegen für eine Spitze von %2 gleichzeitig im Dienst.</translation>
    </message>
    <message>
        <source>Users on duty per role by hour</source>
        <translation>Benutzer im Dienst je Rolle und Stunde</translation>
    </message>
    <message>
        <source>The most users of each role on duty at once in each hour of the day; the peak in bold where staffing changes during the day, the shade darker the busier they were.</source>
        <translation>Die höchste Zahl gleichzeitig im Dienst befindlicher Benutzer jeder Rolle in jeder Stunde des Tages; fett die Spitze, wo sich die Besetzung im Tagesverlauf ändert, und je dunkler die Schattierung, desto stärker ausgelastet waren sie.</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>%1: size for concurrent open cases, %2 at the peak (in the hour from %3:00).</source>
        <translation>%1: auszulegen für gleichzeitig offene Fälle, %2 in der Spitze (in der Stunde ab %3:00).</translation>
    </message>
</context>
<context>
    <name>YamlLimits</name>
    <message>
        <source>the file is %1 MB; project files are read up to %2 MB.</source>
        <translation>Die Datei ist %1 MB groß; Projektdateien werden bis %2 MB gelesen.</translation>
    </message>
    <message>
        <source>line %1 nests deeper than %2 levels; project files nest far less.</source>
        <translation>Zeile %1 ist tiefer als %2 Ebenen verschachtelt; Projektdateien sind weit weniger tief verschachtelt.</translation>
    </message>
    <message>
        <source>the file expands to more than %1 values (aliases count each time they are used); project files are read up to that.</source>
        <translation>Die Datei expandiert zu mehr als %1 Werten (Aliase zählen bei jeder Verwendung); Projektdateien werden bis zu dieser Grenze gelesen.</translation>
    </message>
    <message>
        <source>the file nests deeper than %1 levels.</source>
        <translation>Die Datei ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>the file expands to more than %1 MB of text (aliases count each time they are used); project files are read up to that.</source>
        <translation>Die Datei expandiert zu mehr als %1 MB Text (Aliase zählen bei jeder Verwendung); Projektdateien werden bis zu dieser Grenze gelesen.</translation>
    </message>
</context>
<context>
    <name>YamlMigration</name>
    <message>
        <source>No upgrade is known from %1 to %2.</source>
        <translation>Es ist kein Upgrade von %1 auf %2 bekannt.</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>should be a map of keys and values, not %1.</source>
        <translation>sollte eine Map aus Schlüsseln und Werten sein, nicht %1.</translation>
    </message>
    <message>
        <source>is required but missing.</source>
        <translation>ist erforderlich, fehlt aber.</translation>
    </message>
    <message>
        <source>should be %1, not %2.</source>
        <translation>sollte %1 sein, nicht %2.</translation>
    </message>
    <message>
        <source>%1 is not a known value; use one of: %2.</source>
        <translation>%1 ist kein bekannter Wert; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number of zero or more</source>
        <translation>eine ganze Zahl von null oder mehr</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>should be text, not %1.</source>
        <translation>sollte Text sein, nicht %1.</translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>eine Liste von Zahlen</translation>
    </message>
    <message>
        <source>should hold numbers only, not %1.</source>
        <translation>sollte nur Zahlen enthalten, nicht %1.</translation>
    </message>
    <message>
        <source>appears twice in the same map; only the first is used.</source>
        <translation>kommt in derselben Map zweimal vor; nur das erste Vorkommen wird verwendet.</translation>
    </message>
    <message>
        <source>is not a known key here and is ignored.</source>
        <translation>ist hier kein bekannter Schlüssel und wird ignoriert.</translation>
    </message>
    <message>
        <source>should be a list, not %1.</source>
        <translation>sollte eine Liste sein, nicht %1.</translation>
    </message>
    <message>
        <source>should be a whole number, not %1.</source>
        <translation>sollte eine ganze Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <source>should be a number, not %1.</source>
        <translation>sollte eine Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <source>has no format header; reading it as %1.</source>
        <translation>hat keinen Format-Header; wird als %1 gelesen.</translation>
    </message>
    <message>
        <source>%1 is not an Outside-In Studio format; expected %2.</source>
        <translation>%1 ist kein Format von Outside-In Studio; erwartet wird %2.</translation>
    </message>
    <message>
        <source>the file is %1, written by a newer Outside-In Studio; this version reads up to %2.</source>
        <translation>Die Datei ist %1, geschrieben von einem neueren Outside-In Studio; diese Version liest bis %2.</translation>
    </message>
    <message>
        <source>the file is not valid YAML: %1.</source>
        <translation>Die Datei ist kein gültiges YAML: %1.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>the file should be a map with format, project, roles, processes... at the top, not %1.</source>
        <translation>Die Datei sollte auf oberster Ebene eine Map mit format, project, roles, processes... (Format, Projekt, Rollen, Prozesse usw.) sein, nicht %1.</translation>
    </message>
    <message>
        <source>the file has no project section with the project&apos;s name.</source>
        <translation>Die Datei hat keinen project-Abschnitt mit dem Namen des Projekts.</translation>
    </message>
    <message>
        <source>the file could not be read: %1.</source>
        <translation>Die Datei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>should be an id, not %1.</source>
        <translation>sollte eine ID sein, nicht %1.</translation>
    </message>
    <message>
        <source>give either add (extra staff) or headcount (staff in the window), not both or neither.</source>
        <translation>Geben Sie entweder add (zusätzliches Personal) oder headcount (Personalstärke im Zeitfenster) an, nicht beides und nicht keines.</translation>
    </message>
    <message>
        <source>a window needs both from and to.</source>
        <translation>Ein Zeitfenster braucht sowohl from als auch to.</translation>
    </message>
    <message>
        <source>should be a whole number from 0 to 3, not %1.</source>
        <translation>sollte eine ganze Zahl von 0 bis 3 sein, nicht %1.</translation>
    </message>
</context>
<context>
    <name>oi::app</name>
    <message>
        <source>outsidein: --export %1: unknown kind; this version exports %2.
</source>
        <translation>outsidein: --export %1: unbekannte Art; diese Version exportiert %2.
</translation>
    </message>
    <message>
        <source>outsidein: --export %1: %2 is not a format it writes; use %3.
</source>
        <translation>outsidein: --export %1: %2 ist kein Format, das geschrieben wird; verwenden Sie %3.
</translation>
    </message>
    <message>
        <source>outsidein: %1 could not be opened; nothing was exported.
</source>
        <translation>outsidein: %1 konnte nicht geöffnet werden; es wurde nichts exportiert.
</translation>
    </message>
    <message>
        <source>outsidein: %1
</source>
        <translation>outsidein: %1
</translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification: %1</source>
        <translation>Proof-of-Concept-Spezifikation für Anbieter: %1</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification · version %1</source>
        <translation>Proof-of-Concept-Spezifikation für Anbieter · Version %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the studio writes the specification as .html or .pdf; outsidein-cli export spec writes .md, .json and .csv.</source>
        <translation>Das Studio schreibt die Spezifikation als .html oder .pdf; outsidein-cli export spec schreibt .md, .json und .csv.</translation>
    </message>
    <message>
        <source>outsidein: --export spec: %1
</source>
        <translation>outsidein: --export spec: %1
</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Outside-In Studio User Guide</source>
        <translation>Benutzerhandbuch für Outside-In Studio</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>oi::app::Autosaver</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation>Der Ordner für automatische Sicherungen %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>oi::app::DocumentManager</name>
    <message>
        <source>The bundled file could not be read.</source>
        <translation>Die mitgelieferte Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>%1 is open in %2; only that instance saves to it.</source>
        <translation>%1 ist in %2 geöffnet; nur diese Instanz speichert in die Datei.</translation>
    </message>
    <message>
        <source>%1 is open read-only, because %2 has it open; save it under another name.</source>
        <translation>%1 ist schreibgeschützt geöffnet, weil die Datei bereits in %2 geöffnet ist; speichern Sie sie unter einem anderen Namen.</translation>
    </message>
</context>
<context>
    <name>oi::app::EventLogWizard</name>
    <message>
        <source>Import Event Log</source>
        <translation>Ereignisprotokoll importieren</translation>
    </message>
    <message>
        <source>&amp;Add to Project</source>
        <translation>Zum Projekt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Import Event Log %1</source>
        <translation>Ereignisprotokoll %1 importieren</translation>
    </message>
    <message>
        <source>The draft from the event log is in the project; Undo takes it out again.</source>
        <translation>Der Entwurf aus dem Ereignisprotokoll ist im Projekt; mit „Rückgängig“ wird er wieder entfernt.</translation>
    </message>
</context>
<context>
    <name>oi::app::FitChart</name>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>%1: no durations observed</source>
        <translation>%1: keine Dauern beobachtet</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Beobachtet: %1</translation>
    </message>
    <message>
        <source>1 duration</source>
        <translation>1 Dauer</translation>
    </message>
    <message numerus="yes">
        <source>%n durations</source>
        <translation>
            <numerusform>%n Dauern</numerusform>
            <numerusform>%n Dauern</numerusform>
        </translation>
    </message>
    <message>
        <source>Fitted: expected cases per bar</source>
        <translation>Angepasst: erwartete Fälle je Balken</translation>
    </message>
    <message>
        <source>Duration (%1)</source>
        <translation>Dauer (%1)</translation>
    </message>
    <message>
        <source>%1: observed durations and the fitted distribution</source>
        <translation>%1: beobachtete Dauern und die angepasste Verteilung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>oi::app::LogFilePage</name>
    <message>
        <source>Choose the Event Log</source>
        <translation>Ereignisprotokoll auswählen</translation>
    </message>
    <message>
        <source>An export from a CRM, ticketing, web-analytics or call-centre system: one row per activity of a case, with the case, the activity and when it happened.</source>
        <translation>Ein Export aus einem CRM-, Ticket-, Webanalyse- oder Callcenter-System: eine Zeile je Aktivität eines Falls, mit dem Fall, der Aktivität und dem Zeitpunkt.</translation>
    </message>
    <message>
        <source>A .csv or .xes file</source>
        <translation>Eine .csv- oder .xes-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CSV&lt;/b&gt;: the next page shows the columns and the first rows as read; columns named as process-mining tools name them (case:concept:name, concept:name, time:timestamp, org:resource, lifecycle:transition) and common names such as Case ID, Activity or Start Time are recognised by themselves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;XES&lt;/b&gt; (IEEE 1849) logs are read with their standard extensions: concept, time, lifecycle and org.&lt;/p&gt;&lt;p&gt;Nothing in the project changes until you press &lt;i&gt;Add to Project&lt;/i&gt; at the end, and then as one step you can undo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CSV&lt;/b&gt;: Die nächste Seite zeigt die Spalten und die ersten Zeilen so, wie sie gelesen werden; Spalten, die wie in Process-Mining-Werkzeugen benannt sind (case:concept:name, concept:name, time:timestamp, org:resource, lifecycle:transition), und gängige Namen wie Case ID, Activity oder Start Time werden automatisch erkannt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;XES&lt;/b&gt;-Protokolle (IEEE 1849) werden mit ihren Standarderweiterungen gelesen: concept, time, lifecycle und org.&lt;/p&gt;&lt;p&gt;Am Projekt ändert sich nichts, bis Sie am Ende &lt;i&gt;Zum Projekt hinzufügen&lt;/i&gt; drücken, und dann in einem einzigen Schritt, den Sie rückgängig machen können.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Log file:</source>
        <translation>&amp;Protokolldatei:</translation>
    </message>
    <message>
        <source>Survey or complaint &amp;records (optional):</source>
        <translation>&amp;Umfrage- oder Beschwerdedaten (optional):</translation>
    </message>
    <message>
        <source>A .csv with the case or customer, the step, a score (CSAT, NPS, …) and a comment</source>
        <translation>Eine .csv mit Fall oder Kunde, Schritt, einer Bewertung (CSAT, NPS, …) und einem Kommentar</translation>
    </message>
    <message>
        <source>Sets each step&apos;s observed emotion from the scores, and offers the comments of low scores as pain points.</source>
        <translation>Setzt die beobachtete Emotion jedes Schritts aus den Bewertungen und schlägt die Kommentare niedriger Bewertungen als Schmerzpunkte vor.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Survey or Complaint Records</source>
        <translation>Umfrage- oder Beschwerdedaten</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no file by that name.</source>
        <translation>Es gibt keine Datei mit diesem Namen.</translation>
    </message>
    <message>
        <source>%1, %2: read as %3.</source>
        <translation>%1, %2: gelesen als %3.</translation>
    </message>
    <message>
        <source>XES</source>
        <translation>XES</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Import Event Log</source>
        <translation>Ereignisprotokoll importieren</translation>
    </message>
    <message>
        <source>Event logs (*.csv *.xes *.txt);;CSV files (*.csv *.txt);;XES files (*.xes);;All files (*)</source>
        <translation>Ereignisprotokolle (*.csv *.xes *.txt);;CSV-Dateien (*.csv *.txt);;XES-Dateien (*.xes);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>oi::app::LogImportJob</name>
    <message>
        <source>The file holds no events that could be read.</source>
        <translation>Die Datei enthält keine lesbaren Ereignisse.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>oi::app::LogImportPage</name>
    <message>
        <source>Read as %1, times as %2.</source>
        <translation>Gelesen als %1, Zeiten als %2.</translation>
    </message>
    <message>
        <source>%1 of %2 and %3; %4 and %5 named.</source>
        <translation>%1 aus %2 und %3; %4 und %5 benannt.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignisse</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 Fall</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n Fälle</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n Aktivitäten</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation>1 Ressource</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n Ressourcen</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 channel</source>
        <translation>1 Kanal</translation>
    </message>
    <message numerus="yes">
        <source>%n channels</source>
        <translation>
            <numerusform>%n Kanäle</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed over: %1 other than start, complete and abort (schedule, suspend, …).</source>
        <translation>Übergangen: %1 außer start, complete und abort (schedule, suspend, …).</translation>
    </message>
    <message>
        <source>1 lifecycle transition</source>
        <translation>1 Lebenszyklusübergang</translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle transitions</source>
        <translation>
            <numerusform>%n Lebenszyklusübergänge</numerusform>
            <numerusform>%n Lebenszyklusübergänge</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1 never completed.</source>
        <translation>Ausgelassen: %1 nie abgeschlossen.</translation>
    </message>
    <message>
        <source>1 start</source>
        <translation>1 Start</translation>
    </message>
    <message numerus="yes">
        <source>%n starts</source>
        <translation>
            <numerusform>%n Starts</numerusform>
            <numerusform>%n Starts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The log is read, its paths discovered and each task&apos;s duration fitted. The window stays responsive meanwhile; Stop ends the import at any time.</source>
        <translation>Das Protokoll wird gelesen, seine Pfade werden ermittelt und die Dauer jeder Aufgabe wird angepasst. Das Fenster reagiert währenddessen weiter; „Stopp“ beendet den Import jederzeit.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Simulating the draft to compare it with the log…</source>
        <translation>Der Entwurf wird simuliert, um ihn mit dem Protokoll zu vergleichen…</translation>
    </message>
    <message>
        <source>Discovering the paths and fitting the durations…</source>
        <translation>Pfade werden ermittelt und Dauern angepasst…</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was added to the project. Go back to start it again.</source>
        <translation>Der Import wurde abgebrochen; dem Projekt wurde nichts hinzugefügt. Gehen Sie zurück, um ihn erneut zu starten.</translation>
    </message>
    <message>
        <source>The log cannot be imported: %1</source>
        <translation>Das Protokoll kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Read. Press Next to see what was found.</source>
        <translation>Gelesen. Klicken Sie auf „Weiter“, um die Ergebnisse zu sehen.</translation>
    </message>
    <message>
        <source>Rows left out of the import because they could not be read: %1.</source>
        <translation>Vom Import ausgelassene Zeilen, weil sie nicht gelesen werden konnten: %1.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeilen</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Die ersten %1 sind aufgeführt.</translation>
    </message>
    <message>
        <source>(the row)</source>
        <translation>(die Zeile)</translation>
    </message>
</context>
<context>
    <name>oi::app::LogMappingPage</name>
    <message>
        <source>Say Which Column Holds What</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Columns the studio recognised are chosen already. The table below shows the first rows as the import will read them.</source>
        <translation>Vom Studio erkannte Spalten sind bereits ausgewählt. Die Tabelle unten zeigt die ersten Zeilen so, wie der Import sie lesen wird.</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Fall:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivität:</translation>
    </message>
    <message>
        <source>Completed &amp;at:</source>
        <translation>Abgeschlossen &amp;um:</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Begonnen um:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>&amp;Lebenszyklus:</translation>
    </message>
    <message>
        <source>&amp;Resource or role:</source>
        <translation>&amp;Ressource oder Rolle:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>C&amp;ustomer or segment:</source>
        <translation>Kunde oder &amp;Segment:</translation>
    </message>
    <message>
        <source>When each activity was completed (or the only time the log gives).</source>
        <translation>Wann jede Aktivität abgeschlossen wurde (oder die einzige Zeit, die das Protokoll angibt).</translation>
    </message>
    <message>
        <source>When the work began; with it durations are service times and headcounts come from the work in progress.</source>
        <translation>Wann die Arbeit begann; damit sind die Dauern Bearbeitungszeiten, und die Personalstärken ergeben sich aus der laufenden Arbeit.</translation>
    </message>
    <message>
        <source>A start/complete column, as XES logs have, instead of a start time.</source>
        <translation>Eine start/complete-Spalte, wie XES-Protokolle sie haben, statt einer Startzeit.</translation>
    </message>
    <message>
        <source>As Qt writes formats: dd day, MM month, yyyy year, HH hour, mm minute, ss second; or iso, epoch (seconds) and epoch-ms.</source>
        <translation>In der Schreibweise von Qt: dd Tag, MM Monat, yyyy Jahr, HH Stunde, mm Minute, ss Sekunde; oder iso, epoch (Sekunden) und epoch-ms.</translation>
    </message>
    <message>
        <source>As the log says (UTC where it does not)</source>
        <translation>Wie im Protokoll angegeben (sonst UTC)</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>Zeit&amp;format:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeit&amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Numbers to keep per step (contacts, amount, …):</source>
        <translation>&amp;Zahlen, die je Schritt erhalten bleiben (Kontakte, Betrag, …):</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <source>th percentile</source>
        <translation>. Perzentil</translation>
    </message>
    <message>
        <source>Normal &amp;range of a metric:</source>
        <translation>Normal&amp;bereich einer Kennzahl:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Every case, unless the log says it was abandoned</source>
        <translation>Jeder Fall, sofern das Protokoll keinen Abbruch angibt</translation>
    </message>
    <message>
        <source>The activities, separated by commas, that finish a case. Cases that end elsewhere count as abandoned: they give the draft its customers&apos; patience.</source>
        <translation>Die Aktivitäten, durch Kommas getrennt, die einen Fall abschließen. Fälle, die anderswo enden, gelten als abgebrochen: Aus ihnen ergibt sich die Geduld der Kunden im Entwurf.</translation>
    </message>
    <message>
        <source>Cases are &amp;done at:</source>
        <translation>Fälle sind &amp;erledigt bei:</translation>
    </message>
    <message>
        <source>A journey &amp;stage every:</source>
        <translation>Eine Journey-&amp;Phase alle:</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>Der Entwurf</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>Spalte auswählen…</translation>
    </message>
    <message>
        <source>(not in the log)</source>
        <translation>(nicht im Protokoll)</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(erkannt)</translation>
    </message>
    <message>
        <source>Some of the first rows cannot be read; the first: %1</source>
        <translation>Einige der ersten Zeilen können nicht gelesen werden; die erste: %1</translation>
    </message>
    <message>
        <source>Read as %1, times as %2.</source>
        <translation>Gelesen als %1, Zeiten als %2.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>oi::app::LogPreview</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>oi::app::LogResultsPage</name>
    <message>
        <source>very good (%1 apart at most)</source>
        <translation>sehr gut (höchstens %1 Abstand)</translation>
    </message>
    <message>
        <source>good (%1 apart at most)</source>
        <translation>gut (höchstens %1 Abstand)</translation>
    </message>
    <message>
        <source>fair (%1 apart at most)</source>
        <translation>mäßig (höchstens %1 Abstand)</translation>
    </message>
    <message>
        <source>poor (%1 apart at most)</source>
        <translation>schlecht (höchstens %1 Abstand)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Times observed</source>
        <translation>Beobachtete Zeiten</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Goodness of fit</source>
        <translation>Anpassungsgüte</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Share of the way out</source>
        <translation>Anteil am Ausgang</translation>
    </message>
    <message>
        <source>Mean time between</source>
        <translation>Mittlere Zeit dazwischen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Personalstärke</translation>
    </message>
    <message>
        <source>People in the log</source>
        <translation>Personen im Protokoll</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Normalbereich</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Outside the range</source>
        <translation>Außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mittlere Bewertung</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Pain-point candidates</source>
        <translation>Kandidaten für Schmerzpunkte</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>In the log</source>
        <translation>Im Protokoll</translation>
    </message>
    <message>
        <source>The draft simulated</source>
        <translation>Der Entwurf, simuliert</translation>
    </message>
    <message>
        <source>What the Log Says</source>
        <translation>Was das Protokoll zeigt</translation>
    </message>
    <message>
        <source>Check the draft before it is added. Add to Project puts the process, the journey and the roles into the open project as one step you can undo, and opens them.</source>
        <translation>Prüfen Sie den Entwurf, bevor er hinzugefügt wird. „Zum Projekt hinzufügen“ übernimmt Prozess, Journey und Rollen in einem einzigen, rückgängig zu machenden Schritt in das geöffnete Projekt und öffnet sie.</translation>
    </message>
    <message>
        <source>&amp;Durations</source>
        <translation>&amp;Dauern</translation>
    </message>
    <message>
        <source>&amp;Paths</source>
        <translation>&amp;Pfade</translation>
    </message>
    <message>
        <source>Show the ways taken by at &amp;least</source>
        <translation>Wege zeigen, die &amp;mindestens</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>of the cases leaving an activity</source>
        <translation>der Fälle nehmen, die eine Aktivität verlassen</translation>
    </message>
    <message>
        <source>Directly &amp;Follows</source>
        <translation>Direkte &amp;Nachfolge</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>Normal &amp;Ranges</source>
        <translation>Normal&amp;bereiche</translation>
    </message>
    <message>
        <source>F&amp;eedback</source>
        <translation>F&amp;eedback</translation>
    </message>
    <message>
        <source>Draft &amp;beside the Log</source>
        <translation>Entwurf &amp;neben dem Protokoll</translation>
    </message>
    <message>
        <source>%1 with %2 become the process “%3” with %4, the journey “%5” with %6 and %7.</source>
        <translation>%1, %2: Daraus werden der Prozess „%3“ (%4), die Journey „%5“ (%6) und %7.</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 Fall</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n Fälle</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignisse</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Aufgaben</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritte</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 Rolle</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n Rollen</numerusform>
            <numerusform>%n Rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>as observed (no family fits well)</source>
        <translation>wie beobachtet (keine Verteilungsfamilie passt gut)</translation>
    </message>
    <message>
        <source>no times observed</source>
        <translation>keine Zeiten beobachtet</translation>
    </message>
    <message>
        <source>From the activity&apos;s start to its completion.</source>
        <translation>Vom Start der Aktivität bis zu ihrem Abschluss.</translation>
    </message>
    <message>
        <source>Since the case&apos;s previous activity ended (waiting included): the log has no start times for it.</source>
        <translation>Seit dem Ende der vorigen Aktivität des Falls (einschließlich Wartezeit): Das Protokoll enthält dafür keine Startzeiten.</translation>
    </message>
    <message>
        <source>The largest gap between the observed and the fitted share of durations up to any length (Kolmogorov–Smirnov distance %1).</source>
        <translation>Die größte Differenz zwischen dem beobachteten und dem angepassten Anteil der Dauern bis zu einer beliebigen Länge (Kolmogorow–Smirnow-Abstand %1).</translation>
    </message>
    <message>
        <source>The log names no resources: headcounts are the work observed over the time, at 80 % utilisation.</source>
        <translation>Das Protokoll nennt keine Ressourcen: Die Personalstärken ergeben sich aus der beobachteten Arbeit über die Zeit bei 80 % Auslastung.</translation>
    </message>
    <message>
        <source>The feedback was not applied: %1</source>
        <translation>Das Feedback wurde nicht übernommen: %1</translation>
    </message>
    <message>
        <source>%1 on a scale from %2 to %3 set the steps&apos; observed emotion; %4 matched no step.</source>
        <translation>Beobachtete Emotion der Schritte gesetzt aus %1 auf einer Skala von %2 bis %3; ohne passenden Schritt: %4.</translation>
    </message>
    <message>
        <source>1 response</source>
        <translation>1 Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n Antworten</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft process was simulated (three replications of its settings) and is shown beside the log: where they differ, refine the draft in the process editor.</source>
        <translation>Der Prozessentwurf wurde simuliert (drei Replikationen seiner Einstellungen) und wird neben dem Protokoll gezeigt: Wo sie abweichen, verfeinern Sie den Entwurf im Prozesseditor.</translation>
    </message>
    <message>
        <source>The draft could not be simulated to compare it with the log: %1</source>
        <translation>Der Entwurf konnte nicht simuliert werden, um ihn mit dem Protokoll zu vergleichen: %1</translation>
    </message>
    <message>
        <source>(the case begins)</source>
        <translation>(der Fall beginnt)</translation>
    </message>
    <message>
        <source>(the case ends)</source>
        <translation>(der Fall endet)</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each counted once however many of their activities overlap: the log has start and end times.</source>
        <translation>Die Personalstärken sind die höchste Zahl gleichzeitig arbeitender Personen je Rolle; jede Person wird einmal gezählt, wie viele ihrer Aktivitäten sich auch überschneiden: Das Protokoll enthält Start- und Endzeiten.</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each activity taken to have been worked on for its median time since the case&apos;s previous activity, but not before the same person&apos;s previous completion: the log has completion times only.</source>
        <translation>Die Personalstärken sind die höchste Zahl gleichzeitig arbeitender Personen je Rolle; für jede Aktivität wird angenommen, dass sie seit der vorigen Aktivität des Falls während ihrer Medianzeit bearbeitet wurde, jedoch nicht vor dem vorigen Abschluss derselben Person: Das Protokoll enthält nur Abschlusszeiten.</translation>
    </message>
    <message>
        <source>%1 (headcount %2)</source>
        <translation>%1 (Personalstärke %2)</translation>
    </message>
    <message>
        <source>Already in the project, and used as they are there, with their headcount, shifts and costs: %1.</source>
        <translation>Bereits im Projekt vorhanden und unverändert übernommen, mit ihrer Personalstärke, ihren Schichten und Kosten: %1.</translation>
    </message>
</context>
<context>
    <name>oi::app::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Validate Project</source>
        <translation>Projekt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;About Outside-In Studio</source>
        <translation>&amp;Über Outside-In Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
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
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
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
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Outside-In Studio</source>
        <translation>Outside-In Studio</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Outside-In Studio</source>
        <translation>%1[*] — %2 — Outside-In Studio</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>No templates installed</source>
        <translation>Keine Vorlagen installiert</translation>
    </message>
    <message>
        <source>About Outside-In Studio</source>
        <translation>Über Outside-In Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Outside-In Studio %1&lt;/h3&gt;&lt;p&gt;Model how a company should serve its customers from the outside in: customer-centric strategy, the roles it redefines, the processes those roles run, and the requirements the processes put on CRM technology — with a discrete-event simulator that finds the constraint.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outside-In Studio %1&lt;/h3&gt;&lt;p&gt;Modellieren Sie, wie ein Unternehmen seine Kunden von außen nach innen bedienen sollte: kundenzentrierte Strategie, die Rollen, die sie neu definiert, die Prozesse, die diese Rollen ausführen, und die Anforderungen, die die Prozesse an die CRM-Technologie stellen — mit einem ereignisdiskreten Simulator, der den Engpass findet.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Freie Software unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outside-In projects (*.oistudio *.oi.yaml *.yaml *.yml);;Studio documents (*.oistudio);;YAML projects (*.oi.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Outside-In-Projekte (*.oistudio *.oi.yaml *.yaml *.yml);;Studio-Dokumente (*.oistudio);;YAML-Projekte (*.oi.yaml *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Outside-In Studio has an autosaved copy of %1 that is newer than the file. It holds changes that were not saved.

Open the recovered copy?</source>
        <translation>Outside-In Studio hat eine automatisch gesicherte Kopie von %1, die neuer ist als die Datei. Sie enthält nicht gespeicherte Änderungen.

Die wiederhergestellte Kopie öffnen?</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be saved. The file on disk is unchanged.

%2</source>
        <translation>%1 konnte nicht gespeichert werden. Die Datei auf dem Datenträger ist unverändert.

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Studio document (*.oistudio);;YAML project, for git and hand editing (*.oi.yaml)</source>
        <translation>Studio-Dokument (*.oistudio);;YAML-Projekt, für Git und Bearbeitung von Hand (*.oi.yaml)</translation>
    </message>
    <message>
        <source>%1 could not be saved.

%2</source>
        <translation>%1 konnte nicht gespeichert werden.

%2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.
Do you want to save them?</source>
        <translation>%1 hat ungespeicherte Änderungen.
Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>Simulation &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top Simulation</source>
        <translation>Simulation &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Clear Results from the Map</source>
        <translation>Ergebnisse von der Karte &amp;entfernen</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Open in the %1 View</source>
        <translation>In der Ansicht „%1“ öffnen</translation>
    </message>
    <message>
        <source>Selected %1 in the project tree.</source>
        <translation>%1 im Projektbaum ausgewählt.</translation>
    </message>
    <message>
        <source>%1[*] — Outside-In Studio</source>
        <translation>%1[*] — Outside-In Studio</translation>
    </message>
    <message>
        <source>%1  |  %2, %3</source>
        <translation>%1  |  %2, %3</translation>
    </message>
    <message>
        <source>Recovered the unsaved work on %1; save to keep it.</source>
        <translation>Die ungespeicherte Arbeit vom %1 wurde wiederhergestellt; speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategie</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Pro&amp;cess</source>
        <translation>Pro&amp;zess</translation>
    </message>
    <message>
        <source>Re&amp;quirement</source>
        <translation>&amp;Anforderung</translation>
    </message>
    <message>
        <source>Sce&amp;nario</source>
        <translation>Sze&amp;nario</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Entity</source>
        <translation>Ausgewähltes Element &amp;löschen</translation>
    </message>
    <message>
        <source>Rename &amp;Id…</source>
        <translation>&amp;ID umbenennen…</translation>
    </message>
    <message>
        <source>Project Already Open</source>
        <translation>Projekt bereits geöffnet</translation>
    </message>
    <message>
        <source>%1 is open in %2.</source>
        <translation>%1 ist in %2 geöffnet.</translation>
    </message>
    <message>
        <source>Open it read-only? You can look at it and save it under another name, but only the other instance saves to this file.</source>
        <translation>Schreibgeschützt öffnen? Sie können das Projekt ansehen und unter einem anderen Namen speichern, aber nur die andere Instanz speichert in diese Datei.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Opened %1 read-only: %2 has it open.</source>
        <translation>%1 schreibgeschützt geöffnet: Die Datei ist bereits in %2 geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Event Log…</source>
        <translation>&amp;Ereignisprotokoll…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Advise on the Constraint…</source>
        <translation>&amp;Beratung zum Engpass…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Review &amp;Deck (PDF)…</source>
        <translation>Review-&amp;Präsentation (PDF)…</translation>
    </message>
    <message>
        <source>Export Review Deck</source>
        <translation>Review-Präsentation exportieren</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the review deck to %1</source>
        <translation>Review-Präsentation nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Vendor &amp;Specification…</source>
        <translation>Anbieter&amp;spezifikation…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Responsi&amp;bility</source>
        <translation>&amp;Verantwortung</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Willkommen</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Ein leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>Open a project file (.oistudio or .oi.yaml)</source>
        <translation>Eine Projektdatei öffnen (.oistudio oder .oi.yaml)</translation>
    </message>
    <message>
        <source>Open the bundled sample project, a broadband provider, as a new unsaved project</source>
        <translation>Das mitgelieferte Beispielprojekt eines Breitbandanbieters als neues, ungespeichertes Projekt öffnen</translation>
    </message>
    <message>
        <source>Save the project to its file</source>
        <translation>Das Projekt in seiner Datei speichern</translation>
    </message>
    <message>
        <source>Save the project under a new name or format</source>
        <translation>Das Projekt unter einem neuen Namen oder in einem anderen Format speichern</translation>
    </message>
    <message>
        <source>Turn an event log (CSV or XES) into a draft journey, process and roles</source>
        <translation>Aus einem Ereignisprotokoll (CSV oder XES) einen Entwurf für Journey, Prozess und Rollen erstellen</translation>
    </message>
    <message>
        <source>Close the studio, offering to save unsaved work</source>
        <translation>Das Studio schließen und dabei anbieten, ungespeicherte Arbeit zu speichern</translation>
    </message>
    <message>
        <source>Check the whole project and list every problem in the Problems panel</source>
        <translation>Das gesamte Projekt prüfen und jedes Problem im Bereich „Probleme“ auflisten</translation>
    </message>
    <message>
        <source>The studio&apos;s version and licence</source>
        <translation>Version und Lizenz des Studios</translation>
    </message>
    <message>
        <source>The version of Qt the studio is built with</source>
        <translation>Die Qt-Version, mit der das Studio erstellt wurde</translation>
    </message>
    <message>
        <source>Simulate the chosen scenario and show throughput, waits and the constraint</source>
        <translation>Das gewählte Szenario simulieren und Durchsatz, Wartezeiten und den Engpass anzeigen</translation>
    </message>
    <message>
        <source>Stop the simulation that is running</source>
        <translation>Die laufende Simulation anhalten</translation>
    </message>
    <message>
        <source>Take the simulated figures off the journey map and the process diagram</source>
        <translation>Die simulierten Werte von der Journey Map und vom Prozessdiagramm entfernen</translation>
    </message>
    <message>
        <source>Use the whole screen for the studio</source>
        <translation>Den ganzen Bildschirm für das Studio nutzen</translation>
    </message>
    <message>
        <source>Language, theme, autosave, simulation defaults, units and export settings</source>
        <translation>Sprache, Design, automatisches Speichern, Simulationsvorgaben, Einheiten und Exporteinstellungen</translation>
    </message>
    <message>
        <source>Show the welcome page: the sample, the templates and recent projects</source>
        <translation>Die Willkommensseite anzeigen: das Beispiel, die Vorlagen und die zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Present the project to executives and record their decisions</source>
        <translation>Das Projekt dem Management präsentieren und dessen Entscheidungen festhalten</translation>
    </message>
    <message>
        <source>Save the executive review as a PDF deck, one slide per screen</source>
        <translation>Die Management-Review als PDF-Präsentation speichern, eine Folie pro Bildschirmseite</translation>
    </message>
    <message>
        <source>Preview and save the vendor proof-of-concept specification</source>
        <translation>Die Proof-of-Concept-Spezifikation für Anbieter in der Vorschau ansehen und speichern</translation>
    </message>
    <message>
        <source>Find what would relieve the constraint, with its cost and the goals it meets</source>
        <translation>Ermitteln, was den Engpass entlasten würde, mit den Kosten und den Zielen, die damit erreicht werden</translation>
    </message>
    <message>
        <source>Read the user guide, offline</source>
        <translation>Das Benutzerhandbuch lesen, offline</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the studio</source>
        <translation>Alle Tastenkürzel des Studios</translation>
    </message>
    <message>
        <source>Delete the strategy, role, process or other item selected</source>
        <translation>Das ausgewählte Element löschen: Strategie, Rolle, Prozess oder anderes</translation>
    </message>
    <message>
        <source>Change the id of the selected item everywhere it is used</source>
        <translation>Die ID des ausgewählten Elements überall ändern, wo sie verwendet wird</translation>
    </message>
    <message>
        <source>Click on any part of the window to learn what it is</source>
        <translation>Auf einen beliebigen Teil des Fensters klicken, um zu erfahren, was er ist</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Die letzte Bearbeitung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the edit last undone</source>
        <translation>Die zuletzt rückgängig gemachte Bearbeitung wiederholen</translation>
    </message>
    <message>
        <source>Everything in the project by kind: strategies, personas, journeys, roles, processes, requirements and scenarios. Double-click an item to open it in its editor; the context menu adds, renames and deletes.</source>
        <translation>Alles im Projekt nach Art geordnet: Strategien, Personas, Journeys, Rollen, Prozesse, Anforderungen und Szenarien. Doppelklicken Sie auf ein Element, um es in seinem Editor zu öffnen; über das Kontextmenü fügen Sie Elemente hinzu, benennen sie um und löschen sie.</translation>
    </message>
    <message>
        <source>The selected item&apos;s details, ready to edit. Every change can be undone (Ctrl+Z).</source>
        <translation>Die Details des ausgewählten Elements, bereit zur Bearbeitung. Jede Änderung lässt sich rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <source>Every edit of this session, newest last. Click an earlier line to go back to that point; click a later one to redo.</source>
        <translation>Jede Bearbeitung dieser Sitzung, die neueste zuletzt. Klicken Sie auf eine frühere Zeile, um zu diesem Stand zurückzukehren, oder auf eine spätere, um sie zu wiederholen.</translation>
    </message>
    <message>
        <source>Run the simulation: choose a scenario and the number of replications, then Run (F5). The figures appear on the Results tab, the journey map and the process diagram.</source>
        <translation>Die Simulation ausführen: Wählen Sie ein Szenario und die Anzahl der Replikationen, dann „Starten“ (F5). Die Werte erscheinen im Reiter „Ergebnisse“, auf der Journey Map und im Prozessdiagramm.</translation>
    </message>
    <message>
        <source>What the project&apos;s check found: errors that stop a simulation and warnings worth a look. Double-click a problem to go to the item it is about.</source>
        <translation>Was die Prüfung des Projekts gefunden hat: Fehler, die eine Simulation verhindern, und Warnungen, die einen Blick wert sind. Doppelklicken Sie auf ein Problem, um zu dem Element zu gelangen, das es betrifft.</translation>
    </message>
    <message>
        <source>Project contents</source>
        <translation>Projektinhalt</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Add a customer-centric strategy with its goals and KPIs</source>
        <translation>Eine kundenorientierte Strategie mit ihren Zielen und KPIs anlegen</translation>
    </message>
    <message>
        <source>Add a persona, a customer the journeys follow</source>
        <translation>Eine Persona anlegen, einen Kunden, dem die Journeys folgen</translation>
    </message>
    <message>
        <source>Add a customer journey to map</source>
        <translation>Eine Customer Journey zum Abbilden anlegen</translation>
    </message>
    <message>
        <source>Add a role, as-is or to-be</source>
        <translation>Eine Rolle anlegen, Ist oder Soll</translation>
    </message>
    <message>
        <source>Add a responsibility a role takes on</source>
        <translation>Eine Verantwortung anlegen, die eine Rolle übernimmt</translation>
    </message>
    <message>
        <source>Add a work process to design</source>
        <translation>Einen Arbeitsprozess zum Gestalten anlegen</translation>
    </message>
    <message>
        <source>Add a requirement on CRM technology</source>
        <translation>Eine Anforderung an die CRM-Technologie anlegen</translation>
    </message>
    <message>
        <source>Add a what-if scenario to simulate</source>
        <translation>Ein Was-wäre-wenn-Szenario zum Simulieren anlegen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
</context>
<context>
    <name>oi::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Si&amp;mulation</source>
        <translation>Si&amp;mulation</translation>
    </message>
    <message>
        <source>&amp;Units and Export</source>
        <translation>&amp;Einheiten und Export</translation>
    </message>
    <message>
        <source>Settings for you on this computer, the same for every project.</source>
        <translation>Ihre Einstellungen auf diesem Computer, für alle Projekte gleich.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when the studio next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start des Studios.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved work is written; a crash loses at most this</source>
        <translation>Wie oft eine Wiederherstellungskopie ungespeicherter Arbeit geschrieben wird; bei einem Absturz geht höchstens so viel verloren</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch speichern alle:</translation>
    </message>
    <message>
        <source>Show the &amp;welcome page at startup</source>
        <translation>&amp;Willkommensseite beim Start anzeigen</translation>
    </message>
    <message>
        <source>What a new project&apos;s simulation settings and the Simulation panel start with. A project you open keeps its own settings.</source>
        <translation>Womit die Simulationseinstellungen eines neuen Projekts und der Bereich „Simulation“ beginnen. Ein geöffnetes Projekt behält seine eigenen Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Replications:</source>
        <translation>&amp;Replikationen:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How long each replication runs after its warm-up</source>
        <translation>Wie lange jede Replikation nach ihrer Einschwingphase läuft</translation>
    </message>
    <message>
        <source>Run &amp;length:</source>
        <translation>&amp;Laufdauer:</translation>
    </message>
    <message>
        <source>The start-up left out of every figure, while queues fill from empty</source>
        <translation>Die Anlaufphase, die in keine Kennzahl eingeht, während sich die Warteschlangen vom leeren Zustand aus füllen</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>&amp;Einschwingphase:</translation>
    </message>
    <message>
        <source>The same seed gives the same figures, on every computer</source>
        <translation>Derselbe Seed ergibt dieselben Werte, auf jedem Computer</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>exactly the replications above</source>
        <translation>genau die obigen Replikationen</translation>
    </message>
    <message>
        <source>until ± %1 % of the mean</source>
        <translation>bis ± %1 % des Mittelwerts</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <source>How figures read in the studio, and what exports start with.</source>
        <translation>Wie Werte im Studio angezeigt werden und womit Exporte beginnen.</translation>
    </message>
    <message>
        <source>In the unit that reads best (35 s, 3 h 20 min, 2.2 days)</source>
        <translation>In der am besten lesbaren Einheit (35 s, 3 h 20 min, 2,2 Tage)</translation>
    </message>
    <message>
        <source>Always in minutes</source>
        <translation>Immer in Minuten</translation>
    </message>
    <message>
        <source>Always in hours</source>
        <translation>Immer in Stunden</translation>
    </message>
    <message>
        <source>Always in days</source>
        <translation>Immer in Tagen</translation>
    </message>
    <message>
        <source>&amp;Durations:</source>
        <translation>&amp;Dauern:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>150 dpi suits slides; 300 dpi suits print</source>
        <translation>150 dpi eignen sich für Folien, 300 dpi für den Druck</translation>
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation>PNG-&amp;Auflösung:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Vendor specification page:</source>
        <translation>&amp;Papierformat der Anbieterspezifikation:</translation>
    </message>
</context>
<context>
    <name>oi::app::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>oi::app::ProcessesView</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Decision (xor)</source>
        <translation>Entscheidung (xor)</translation>
    </message>
    <message>
        <source>Parallel split</source>
        <translation>Parallele Verzweigung</translation>
    </message>
    <message>
        <source>Parallel join</source>
        <translation>Parallele Zusammenführung</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Zeitgeber</translation>
    </message>
    <message>
        <source>uniform %1–%2</source>
        <translation>gleichverteilt %1–%2</translation>
    </message>
    <message>
        <source>triangular %1/%2/%3</source>
        <translation>dreiecksverteilt %1/%2/%3</translation>
    </message>
    <message>
        <source>exponential, mean %1</source>
        <translation>exponentiell, Mittelwert %1</translation>
    </message>
    <message>
        <source>normal %1 ± %2</source>
        <translation>normal %1 ± %2</translation>
    </message>
    <message>
        <source>lognormal %1 ± %2</source>
        <translation>lognormal %1 ± %2</translation>
    </message>
    <message>
        <source>gamma %1 ± %2</source>
        <translation>Gamma %1 ± %2</translation>
    </message>
    <message>
        <source>Erlang-%1, mean %2</source>
        <translation>Erlang-%1, Mittelwert %2</translation>
    </message>
    <message numerus="yes">
        <source>empirical (%n values)</source>
        <translation>
            <numerusform>empirisch (%n Wert)</numerusform>
            <numerusform>empirisch (%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Process / step</source>
        <translation>Prozess / Schritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritte</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peaky arrivals (%n periods)</source>
        <translation>
            <numerusform>Ankünfte mit Spitzen (%n Periode)</numerusform>
            <numerusform>Ankünfte mit Spitzen (%n Perioden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time (arrivals: between cases)</source>
        <translation>Zeit (Ankünfte: zwischen Fällen)</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Processes&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every process of the project at a glance: its steps in flow order, the role that performs each task and the time it takes. The page is read-only: draw a process on the Process tab.&lt;/p&gt;&lt;p&gt;Processes linked to what is selected elsewhere are highlighted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prozesse&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Alle Prozesse des Projekts auf einen Blick: ihre Schritte in Ablaufreihenfolge, die Rolle, die jede Aufgabe ausführt, und deren Dauer. Die Seite ist schreibgeschützt: Zeichnen Sie einen Prozess im Reiter „Prozess“.&lt;/p&gt;&lt;p&gt;Prozesse, die mit der Auswahl an anderer Stelle verknüpft sind, werden hervorgehoben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::app::ProjectTree</name>
    <message>
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritte</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Verantwortungen</translation>
    </message>
    <message>
        <source>New Strategy</source>
        <translation>Neue Strategie</translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>New Journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>New Responsibility</source>
        <translation>Neue Verantwortung</translation>
    </message>
    <message>
        <source>New Process</source>
        <translation>Neuer Prozess</translation>
    </message>
    <message>
        <source>New Requirement</source>
        <translation>Neue Anforderung</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Delete Responsibility</source>
        <translation>Verantwortung löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1

Delete it and unlink it from %2?</source>
        <translation>%1

Löschen und die Verknüpfung mit %2 lösen?</translation>
    </message>
    <message>
        <source>Rename Id</source>
        <translation>ID umbenennen</translation>
    </message>
    <message>
        <source>New id for “%1” (every reference follows):</source>
        <translation>Neue ID für „%1“ (alle Verweise werden angepasst):</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rename Id…</source>
        <translation>ID umbenennen…</translation>
    </message>
</context>
<context>
    <name>oi::app::RequirementsView</name>
    <message>
        <source>Process control</source>
        <translation>Prozesssteuerung</translation>
    </message>
    <message>
        <source>Information management</source>
        <translation>Informationsmanagement</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>Nicht-funktional</translation>
    </message>
    <message>
        <source>Must</source>
        <translation>Muss</translation>
    </message>
    <message>
        <source>Should</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Could</source>
        <translation>Kann</translation>
    </message>
    <message>
        <source>Won&apos;t</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Requirements on CRM technology</source>
        <translation>Anforderungen an die CRM-Technologie</translation>
    </message>
    <message numerus="yes">
        <source>%n requirements the processes put on technology, for a vendor proof of concept.</source>
        <translation>
            <numerusform>%n Anforderung, die die Prozesse an die Technologie stellen, für einen Proof of Concept mit Anbietern.</numerusform>
            <numerusform>%n Anforderungen, die die Prozesse an die Technologie stellen, für einen Proof of Concept mit Anbietern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted when:</source>
        <translation>Abgenommen, wenn:</translation>
    </message>
    <message>
        <source>Needed by:</source>
        <translation>Benötigt von:</translation>
    </message>
    <message>
        <source>linked to the selection</source>
        <translation>mit der Auswahl verknüpft</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Requirements&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What the processes ask of the technology, grouped by kind (process control, information management, non-functional), with each one&apos;s MoSCoW priority, acceptance criterion and the journey and process steps that need it.&lt;/p&gt;&lt;p&gt;The page is read-only: select a requirement in the Project panel to edit it in the Properties panel; the requirements linked to what is selected elsewhere are highlighted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Anforderungen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Was die Prozesse von der Technologie verlangen, gruppiert nach Art (Prozesssteuerung, Informationsmanagement, nicht-funktional), jeweils mit MoSCoW-Priorität, Abnahmekriterium und den Journey- und Prozessschritten, die sie benötigen.&lt;/p&gt;&lt;p&gt;Die Seite ist schreibgeschützt: Wählen Sie eine Anforderung im Bereich „Projekt“, um sie im Bereich „Eigenschaften“ zu bearbeiten; Anforderungen, die mit der Auswahl an anderer Stelle verknüpft sind, werden hervorgehoben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::app::SimulationPanel</name>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The what-if variant to simulate</source>
        <translation>Die zu simulierende Was-wäre-wenn-Variante</translation>
    </message>
    <message>
        <source> replications</source>
        <translation> Replikationen</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>Simulating %1…</source>
        <translation>%1 wird simuliert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled; the previous results stay on the map.</source>
        <translation>Abgebrochen; die bisherigen Ergebnisse bleiben auf der Karte.</translation>
    </message>
    <message>
        <source>The simulation stopped: %1</source>
        <translation>Die Simulation wurde beendet: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Done. The constraint is %1.</source>
        <translation>Fertig. Der Engpass ist %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Kept in the project&apos;s run history.</source>
        <translation>Im Laufprotokoll des Projekts gespeichert.</translation>
    </message>
    <message>
        <source>The run could not be kept: %1</source>
        <translation>Der Lauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The finished run belonged to a project that is no longer open; it was set aside.</source>
        <translation>Der abgeschlossene Lauf gehörte zu einem Projekt, das nicht mehr geöffnet ist; er wurde verworfen.</translation>
    </message>
    <message>
        <source>The project was edited during the run: the figures describe it as it was when the run started.</source>
        <translation>Das Projekt wurde während des Laufs bearbeitet: Die Zahlen beschreiben es im Zustand beim Start des Laufs.</translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation>Ergebnisse zeigen</translation>
    </message>
    <message>
        <source>Run the simulation to see throughput, waits, utilisation and the constraint on the Results tab; they are painted on the journey map and the process diagram too.</source>
        <translation>Führen Sie die Simulation aus, um Durchsatz, Wartezeiten, Auslastung und den Engpass im Reiter „Ergebnisse“ zu sehen; sie werden auch auf der Journey Map und im Prozessdiagramm dargestellt.</translation>
    </message>
    <message>
        <source>The dashboard, the scenario comparison, the run history and the text report</source>
        <translation>Das Dashboard, der Szenariovergleich, der Laufverlauf und der Textbericht</translation>
    </message>
    <message>
        <source>The project changed after the run: its results were taken off the maps (the Results tab keeps them, marked). Run again (F5) for current figures.</source>
        <translation>Das Projekt wurde nach dem Lauf geändert: Seine Ergebnisse wurden von den Karten genommen (der Reiter „Ergebnisse“ behält sie, markiert). Starten Sie erneut (F5) für aktuelle Zahlen.</translation>
    </message>
    <message>
        <source>The project is as simulated again: the results are back on the maps.</source>
        <translation>Das Projekt entspricht wieder dem simulierten Stand: Die Ergebnisse sind zurück auf den Karten.</translation>
    </message>
    <message>
        <source>Automatic warm-up</source>
        <translation>Automatische Einschwingphase</translation>
    </message>
    <message>
        <source>Run exactly the replications asked for, or add replications (up to 200) until every process&apos;s mean cycle time is known to within the share chosen</source>
        <translation>Genau die angeforderten Replikationen ausführen oder Replikationen hinzufügen (bis zu 200), bis die mittlere Durchlaufzeit jedes Prozesses auf den gewählten Anteil genau bekannt ist</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <source>until ± %1 % of the mean</source>
        <translation>bis ± %1 % des Mittelwerts</translation>
    </message>
    <message>
        <source>Let MSER-5 choose where the start-up of the first replication ends, instead of the project&apos;s warm-up</source>
        <translation>MSER-5 bestimmen lassen, wo die Anlaufphase der ersten Replikation endet, statt der Einschwingphase des Projekts</translation>
    </message>
    <message numerus="yes">
        <source>%n replications were needed.</source>
        <translation>
            <numerusform>%n Replikation war nötig.</numerusform>
            <numerusform>%n Replikationen waren nötig.</numerusform>
        </translation>
    </message>
    <message>
        <source>MSER-5 chose a warm-up of %1.</source>
        <translation>MSER-5 hat eine Einschwingphase von %1 gewählt.</translation>
    </message>
    <message>
        <source>The precision asked for was not reached within the replications allowed.</source>
        <translation>Die angeforderte Genauigkeit wurde mit den zulässigen Replikationen nicht erreicht.</translation>
    </message>
    <message>
        <source>Scenario to simulate</source>
        <translation>Zu simulierendes Szenario</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Replikationen</translation>
    </message>
    <message>
        <source>How many independent runs to average; more give narrower intervals</source>
        <translation>Wie viele unabhängige Läufe gemittelt werden; mehr Läufe ergeben engere Intervalle</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
</context>
<context>
    <name>oi::app::SimulationRunner</name>
    <message>
        <source>A simulation is already running.</source>
        <translation>Es läuft bereits eine Simulation.</translation>
    </message>
</context>
<context>
    <name>oi::app::SpecDialog</name>
    <message>
        <source>Vendor Specification</source>
        <translation>Anbieterspezifikation</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Executive &amp;summary</source>
        <translation>Management &amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Organisation change</source>
        <translation>&amp;Organisatorische Veränderung</translation>
    </message>
    <message>
        <source>&amp;Processes, step by step</source>
        <translation>&amp;Prozesse, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Si&amp;zing from simulation</source>
        <translation>&amp;Dimensionierung aus der Simulation</translation>
    </message>
    <message>
        <source>Proof-of-&amp;concept scripts</source>
        <translation>Proof-of-&amp;Concept-Skripte</translation>
    </message>
    <message>
        <source>Scoring s&amp;heet</source>
        <translation>&amp;Bewertungsbogen</translation>
    </message>
    <message>
        <source>&amp;Traceability appendix</source>
        <translation>Anhang &amp;Nachverfolgbarkeit</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Draft PoC Scenarios</source>
        <translation>PoC-Szenarien &amp;entwerfen</translation>
    </message>
    <message>
        <source>A proof-of-concept script for every journey that has none, along its to-be process</source>
        <translation>Ein Proof-of-Concept-Skript für jede Journey, die noch keines hat, entlang ihres Soll-Prozesses</translation>
    </message>
    <message>
        <source>Draft PoC Scenarios</source>
        <translation>PoC-Szenarien entwerfen</translation>
    </message>
    <message>
        <source>Every journey has a proof-of-concept scenario already (or links to no process).</source>
        <translation>Jede Journey hat bereits ein Proof-of-Concept-Szenario (oder ist mit keinem Prozess verknüpft).</translation>
    </message>
    <message>
        <source>&amp;Import Scoring Sheet…</source>
        <translation>Bewertungsbogen &amp;importieren…</translation>
    </message>
    <message>
        <source>Choose .pdf, .html, .md, .json or .csv (the scoring sheet).</source>
        <translation>Wählen Sie .pdf, .html, .md, .json oder .csv (der Bewertungsbogen).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import Scoring Sheet</source>
        <translation>Bewertungsbogen importieren</translation>
    </message>
    <message>
        <source>Scoring sheet (*.csv);;All files (*)</source>
        <translation>Bewertungsbogen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The scoring sheet was not imported: %1</source>
        <translation>Der Bewertungsbogen wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>Save Vendor Specification</source>
        <translation>Anbieterspezifikation speichern</translation>
    </message>
    <message>
        <source>specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json);;Scoring sheet (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json);;Bewertungsbogen (*.csv)</translation>
    </message>
</context>
<context>
    <name>oi::app::WelcomePage</name>
    <message>
        <source>The ways into the studio: the sample project, a template, an empty project, a file or a project you had open. Help ▸ Welcome brings this page back.</source>
        <translation>Die Wege ins Studio: das Beispielprojekt, eine Vorlage, ein leeres Projekt, eine Datei oder ein zuvor geöffnetes Projekt. Hilfe ▸ Willkommen ruft diese Seite wieder auf.</translation>
    </message>
    <message>
        <source>Welcome to Outside-In Studio</source>
        <translation>Willkommen bei Outside-In Studio</translation>
    </message>
    <message>
        <source>Model how the company should serve its customers from the outside in: &lt;b&gt;strategy&lt;/b&gt; sets goals, &lt;b&gt;roles&lt;/b&gt; change to meet them, &lt;b&gt;processes&lt;/b&gt; are re-engineered for those roles from the customer&apos;s journey, and only then does &lt;b&gt;technology&lt;/b&gt; get its requirements. The simulator shows the constraint before any technology is chosen.</source>
        <translation>Modellieren Sie, wie das Unternehmen seine Kunden von außen nach innen bedienen sollte: Die &lt;b&gt;Strategie&lt;/b&gt; setzt Ziele, die &lt;b&gt;Rollen&lt;/b&gt; ändern sich, um sie zu erreichen, die &lt;b&gt;Prozesse&lt;/b&gt; werden aus der Customer Journey heraus für diese Rollen neu gestaltet, und erst dann erhält die &lt;b&gt;Technologie&lt;/b&gt; ihre Anforderungen. Der Simulator zeigt den Engpass, bevor eine Technologie ausgewählt wird.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>A broadband provider&apos;s subscription journeys, roles, processes and scenarios, ready to simulate</source>
        <translation>Abonnement-Journeys, Rollen, Prozesse und Szenarien eines Breitbandanbieters, bereit zur Simulation</translation>
    </message>
    <message>
        <source>Start from the template “%1”</source>
        <translation>Mit der Vorlage „%1“ beginnen</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>A blank project to fill in yourself</source>
        <translation>Ein leeres Projekt, das Sie selbst füllen</translation>
    </message>
    <message>
        <source>Open a project file…</source>
        <translation>Projektdatei öffnen…</translation>
    </message>
    <message>
        <source>A .oistudio or .oi.yaml file on this computer</source>
        <translation>Eine .oistudio- oder .oi.yaml-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Show this page when the studio starts</source>
        <translation>Diese Seite beim Start des Studios anzeigen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>No recent projects yet</source>
        <translation>Noch keine zuletzt geöffneten Projekte</translation>
    </message>
</context>
<context>
    <name>oi::app::cli</name>
    <message>
        <source>Merges shards of one simulation run (JSON from &apos;simulate --format json&apos; with different --first-replication) into the result of one run.
Exit code: 0 merged, 1 the shards do not belong together, 2 usage or I/O error.</source>
        <translation>Führt Teile (Shards) eines Simulationslaufs (JSON aus &apos;simulate --format json&apos; mit unterschiedlicher erster Replikation, --first-replication) zum Ergebnis eines einzigen Laufs zusammen.
Exit-Code: 0 zusammengeführt, 1 die Teile gehören nicht zusammen, 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>two or more results files</source>
        <translation>zwei oder mehr Ergebnisdateien</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text oder json</translation>
    </message>
    <message>
        <source>merge: --format must be &apos;text&apos; or &apos;json&apos;
</source>
        <translation>merge: --format muss &apos;text&apos; oder &apos;json&apos; sein
</translation>
    </message>
    <message>
        <source>merge: cannot read %1: %2
</source>
        <translation>merge: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>merge: %1: not a results JSON object (%2 at offset %3)
</source>
        <translation>merge: %1: kein JSON-Ergebnisobjekt (%2 bei Offset %3)
</translation>
    </message>
    <message>
        <source>merge: %1: %2
</source>
        <translation>merge: %1: %2
</translation>
    </message>
    <message>
        <source>merge: %1
</source>
        <translation>merge: %1
</translation>
    </message>
    <message>
        <source>--%1: expected a number &gt;= %2, got &apos;%3&apos;</source>
        <translation>--%1: Zahl &gt;= %2 erwartet, erhalten: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--%1: expected a whole number &gt;= %2, got &apos;%3&apos;</source>
        <translation>--%1: ganze Zahl &gt;= %2 erwartet, erhalten: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--seed: expected an unsigned whole number, got &apos;%1&apos;</source>
        <translation>--seed: vorzeichenlose ganze Zahl erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--shift-end: expected &apos;finish&apos; or &apos;hand-back&apos;, got &apos;%1&apos;</source>
        <translation>--shift-end: &apos;finish&apos; oder &apos;hand-back&apos; erwartet, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Runs the discrete-event simulation of a project.
Exit code: 0 done, 1 the project has errors or a simulation guard stopped the run, 2 usage or I/O error.</source>
        <translation>Führt die ereignisdiskrete Simulation eines Projekts aus.
Exit-Code: 0 fertig, 1 das Projekt enthält Fehler oder eine Schutzgrenze der Simulation hat den Lauf gestoppt, 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>the project (.oi.yaml or .oistudio)</source>
        <translation>das Projekt (.oi.yaml oder .oistudio)</translation>
    </message>
    <message>
        <source>simulate: give exactly one project file.
</source>
        <translation>simulate: Geben Sie genau eine Projektdatei an.
</translation>
    </message>
    <message>
        <source>simulate: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation>simulate: --format muss &apos;text&apos; oder &apos;json&apos; sein, erhalten: &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>simulate: --sweep: expected a whole number from 1 to 20, got &apos;%1&apos;
</source>
        <translation>simulate: --sweep: ganze Zahl von 1 bis 20 erwartet, erhalten: &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>simulate: %1: %2
</source>
        <translation>simulate: %1: %2
</translation>
    </message>
    <message>
        <source>simulate: </source>
        <translation>simulate: </translation>
    </message>
    <message>
        <source>simulate: cannot write the event log %1: %2
</source>
        <translation>simulate: Das Ereignisprotokoll %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>replications</source>
        <translation>Replikationen</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>, scenario %1</source>
        <translation>, Szenario %1</translation>
    </message>
    <message>
        <source>simulate: cannot write %1: %2
</source>
        <translation>simulate: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>merge: give two or more results files (shards of one run), got %1.
</source>
        <translation>merge: Geben Sie zwei oder mehr Ergebnisdateien an (Teile eines Laufs), erhalten: %1.
</translation>
    </message>
    <message>
        <source>export: the project has no journey to export.
</source>
        <translation>export: Das Projekt hat keine Journey zum Exportieren.
</translation>
    </message>
    <message>
        <source>export: there is no journey &quot;%1&quot;; the project has %2.
</source>
        <translation>export: Es gibt keine Journey „%1“; das Projekt hat %2.
</translation>
    </message>
    <message>
        <source>export: a journey is written as json or mermaid (.json, .mmd), not &quot;%1&quot;.
</source>
        <translation>export: Eine Journey wird als json oder mermaid (.json, .mmd) geschrieben, nicht als „%1“.
</translation>
    </message>
    <message>
        <source>export: %1
</source>
        <translation>export: %1
</translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation>%1 geschrieben.
</translation>
    </message>
    <message>
        <source>the project to read (.oi.yaml or .oistudio)</source>
        <translation>das zu lesende Projekt (.oi.yaml oder .oistudio)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>the format, when OUT&apos;s extension does not say</source>
        <translation>das Format, wenn die Endung von OUT es nicht angibt</translation>
    </message>
    <message>
        <source>the journey to export (default: the first)</source>
        <translation>die zu exportierende Journey (Standard: die erste)</translation>
    </message>
    <message>
        <source>export: give KIND, FILE and -o OUT.
</source>
        <translation>export: Geben Sie KIND, FILE und -o OUT an.
</translation>
    </message>
    <message>
        <source>export: unknown KIND &quot;%1&quot;; this version exports %2.
</source>
        <translation>export: unbekannte KIND „%1“; diese Version exportiert %2.
</translation>
    </message>
    <message>
        <source>export: %1 is a picture; the studio draws it: outsidein %2 --export %3 %4
</source>
        <translation>export: %1 ist ein Bild; das Studio zeichnet es: outsidein %2 --export %3 %4
</translation>
    </message>
    <message>
        <source>export: %1 has no extension; name the format with --format.
</source>
        <translation>export: %1 hat keine Endung; nennen Sie das Format mit --format.
</translation>
    </message>
    <message>
        <source>Renames an id and every reference to it (step roles and processes, requirement steps and
nodes, lanes, node roles, flows, scenario overrides, cross-training, driving strategies).
Nodes are named process/node. Refuses an id that is already taken.
Exit code: 0 renamed, 1 refused (the sentence says why), 2 usage or I/O error.</source>
        <translation>Benennt eine ID und alle Verweise darauf um (Rollen und Prozesse von Schritten, Schritte und
Knoten von Anforderungen, Lanes, Rollen von Knoten, Flüsse, Szenario-Abweichungen, Querqualifizierung, treibende Strategien).
Knoten werden als process/node benannt. Eine bereits vergebene ID wird abgelehnt.
Exit-Code: 0 umbenannt, 1 abgelehnt (die Meldung nennt den Grund), 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>what the id names: role, process, node, step, requirement, strategy, persona, journey, stage or scenario</source>
        <translation>was die ID benennt: role (Rolle), process (Prozess), node (Knoten), step (Schritt), requirement (Anforderung), strategy (Strategie), persona, journey, stage (Phase) oder scenario (Szenario)</translation>
    </message>
    <message>
        <source>the id now</source>
        <translation>die bisherige ID</translation>
    </message>
    <message>
        <source>the new id</source>
        <translation>die neue ID</translation>
    </message>
    <message>
        <source>write here instead of FILE</source>
        <translation>hierhin schreiben statt nach FILE</translation>
    </message>
    <message>
        <source>rename: give FILE, --kind, --from and --to.
</source>
        <translation>rename: Geben Sie FILE, --kind, --from und --to an.
</translation>
    </message>
    <message>
        <source>rename: --kind %1 names nothing that has an id.
</source>
        <translation>rename: --kind %1 benennt nichts, das eine ID hat.
</translation>
    </message>
    <message>
        <source>rename: %1: %2 Nothing was written.
</source>
        <translation>rename: %1: %2 Es wurde nichts geschrieben.
</translation>
    </message>
    <message>
        <source>rename: %1
</source>
        <translation>rename: %1
</translation>
    </message>
    <message>
        <source>Traceability of %1
</source>
        <translation>Nachverfolgbarkeit von %1
</translation>
    </message>
    <message>
        <source>Strategy: %1
</source>
        <translation>Strategie: %1
</translation>
    </message>
    <message>
        <source>Gaps
</source>
        <translation>Lücken
</translation>
    </message>
    <message>
        <source>  None: every strategy changes a role, every changed role has a task, and every role, journey step, process, requirement and customer need is on a chain.
</source>
        <translation>  Keine: Jede Strategie verändert eine Rolle, jede veränderte Rolle hat eine Aufgabe, und jede Rolle, jeder Journey-Schritt, Prozess, jede Anforderung und jedes Kundenbedürfnis liegt auf einer Kette.
</translation>
    </message>
    <message>
        <source>Coverage
</source>
        <translation>Abdeckung
</translation>
    </message>
    <message>
        <source>Follows every strategy to the roles, processes, journey steps and requirements it drives,
lists what nothing explains (the gaps in the chain) and how far each layer covers the next.
Exit code: 0 traced (gaps are reported, not failures), 2 usage or I/O error.</source>
        <translation>Verfolgt jede Strategie zu den Rollen, Prozessen, Journey-Schritten und Anforderungen, die sie treibt,
listet auf, was nichts begründet (die Lücken in der Kette), und wie weit jede Ebene die nächste abdeckt.
Exit-Code: 0 verfolgt (Lücken werden gemeldet, sind keine Fehler), 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>text (names, for people) or json (ids)</source>
        <translation>text (Namen, für Menschen) oder json (IDs)</translation>
    </message>
    <message>
        <source>trace: give one FILE.
</source>
        <translation>trace: Geben Sie eine FILE an.
</translation>
    </message>
    <message>
        <source>trace: --format must be &apos;text&apos; or &apos;json&apos;
</source>
        <translation>trace: --format muss &apos;text&apos; oder &apos;json&apos; sein
</translation>
    </message>
    <message>
        <source>export: processes are written as BPMN 2.0 XML (.bpmn or .xml), not &quot;%1&quot;.
</source>
        <translation>export: Prozesse werden als BPMN-2.0-XML (.bpmn oder .xml) geschrieben, nicht als „%1“.
</translation>
    </message>
    <message>
        <source>export: the project has no process to export.
</source>
        <translation>export: Das Projekt hat keinen Prozess zum Exportieren.
</translation>
    </message>
    <message>
        <source>bpmn: a process to export (repeat for several; default: every process)</source>
        <translation>bpmn: ein zu exportierender Prozess (für mehrere wiederholen; Standard: alle Prozesse)</translation>
    </message>
    <message>
        <source>Imports the processes of a BPMN 2.0 file: tasks, exclusive and parallel gateways, start, end and
timer events, lanes (as roles, matched by name), sequence flows, the diagram, BPSim data.
Everything else is reported as a warning with its line. Writes a new project (-o) or adds
the processes to an existing one (--into, written in place unless -o is given too).
Exit code: 0 imported (warnings allowed), 1 the file is not BPMN, 2 usage or I/O error.</source>
        <translation>Importiert die Prozesse einer BPMN-2.0-Datei: Aufgaben, exklusive und parallele Gateways, Start-, End- und
Zeitgeberereignisse, Lanes (als Rollen, nach Namen zugeordnet), Sequenzflüsse, das Diagramm, BPSim-Daten.
Alles andere wird als Warnung mit Zeilenangabe gemeldet. Schreibt ein neues Projekt (-o) oder fügt
die Prozesse einem bestehenden hinzu (--into, an Ort und Stelle geschrieben, sofern nicht auch -o angegeben ist).
Exit-Code: 0 importiert (Warnungen zulässig), 1 die Datei ist kein BPMN, 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>the BPMN file to read (.bpmn, .xml)</source>
        <translation>die zu lesende BPMN-Datei (.bpmn, .xml)</translation>
    </message>
    <message>
        <source>the project to write (.oi.yaml or .oistudio)</source>
        <translation>das zu schreibende Projekt (.oi.yaml oder .oistudio)</translation>
    </message>
    <message>
        <source>an existing project to add the processes to</source>
        <translation>ein bestehendes Projekt, dem die Prozesse hinzugefügt werden</translation>
    </message>
    <message>
        <source>import-bpmn: give one BPMN file and -o OUT or --into PROJECT.
</source>
        <translation>import-bpmn: Geben Sie eine BPMN-Datei und -o OUT oder --into PROJECT an.
</translation>
    </message>
    <message>
        <source>import-bpmn: %1 is not a project file name (.oi.yaml or .oistudio).
</source>
        <translation>import-bpmn: %1 ist kein Projektdateiname (.oi.yaml oder .oistudio).
</translation>
    </message>
    <message>
        <source>import-bpmn: cannot read %1: %2
</source>
        <translation>import-bpmn: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>import-bpmn: %1
</source>
        <translation>import-bpmn: %1
</translation>
    </message>
    <message>
        <source>Names the constraint of a scenario, capacity or coverage, and tries the remedies with common random numbers, best business case first.
Exit code: 0 done, 1 the project has errors or the scenario cannot be advised on, 2 usage or I/O error.</source>
        <translation>Benennt den Engpass eines Szenarios, Kapazität oder Abdeckung, und erprobt die Abhilfen mit gemeinsamen Zufallszahlen, den besten Business Case zuerst.
Exit-Code: 0 fertig, 1 das Projekt enthält Fehler oder für das Szenario ist keine Beratung möglich, 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>the scenario to advise on</source>
        <translation>das zu beratende Szenario</translation>
    </message>
    <message>
        <source>try up to N more staff at the constraint (default 2)</source>
        <translation>bis zu N zusätzliche Personen am Engpass erproben (Standard 2)</translation>
    </message>
    <message>
        <source>replications per remedy, at least 2 (default: the project&apos;s)</source>
        <translation>Replikationen je Abhilfe, mindestens 2 (Standard: die des Projekts)</translation>
    </message>
    <message>
        <source>advise: give one project file and --scenario S.
</source>
        <translation>advise: Geben Sie eine Projektdatei und das Szenario mit --scenario S an.
</translation>
    </message>
    <message>
        <source>advise: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation>advise: --format muss &apos;text&apos; oder &apos;json&apos; sein, erhalten: &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>advise: --max-staff: expected a whole number from 1 to 20, got &apos;%1&apos;
</source>
        <translation>advise: --max-staff: ganze Zahl von 1 bis 20 erwartet, erhalten: &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>advise: --replications: at least 2 are needed for the intervals, got &apos;%1&apos;.
</source>
        <translation>advise: --replications: Für die Intervalle sind mindestens 2 Replikationen nötig, erhalten: &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>advise: %1: %2
</source>
        <translation>advise: %1: %2
</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>By time of day: %1.</source>
        <translation>Nach Tageszeit: %1.</translation>
    </message>
    <message>
        <source>Runs two or more scenarios with common random numbers and compares them with the first.
Exit code: 0 done, 1 the project has errors, a scenario or setting cannot be compared, or a simulation guard stopped a run, 2 usage or I/O error.</source>
        <translation>Führt zwei oder mehr Szenarien mit gemeinsamen Zufallszahlen aus und vergleicht sie mit dem ersten.
Exit-Code: 0 fertig, 1 das Projekt enthält Fehler, ein Szenario oder eine Einstellung ist nicht vergleichbar oder eine Schutzgrenze der Simulation hat einen Lauf gestoppt, 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>the scenarios to compare, separated by commas; the first is the baseline</source>
        <translation>die zu vergleichenden Szenarien, durch Kommas getrennt; das erste ist das Ausgangsszenario</translation>
    </message>
    <message>
        <source>replications per scenario, at least 2 (default: the project&apos;s)</source>
        <translation>Replikationen je Szenario, mindestens 2 (Standard: die des Projekts)</translation>
    </message>
    <message>
        <source>random seed (default: the project&apos;s)</source>
        <translation>Zufalls-Seed (Standard: der des Projekts)</translation>
    </message>
    <message>
        <source>threads (default: all cores); results do not depend on it</source>
        <translation>Threads (Standard: alle Kerne); die Ergebnisse hängen nicht davon ab</translation>
    </message>
    <message>
        <source>write the report to FILE instead of standard output</source>
        <translation>den Bericht nach FILE statt auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>compare: give exactly one project file.
</source>
        <translation>compare: Geben Sie genau eine Projektdatei an.
</translation>
    </message>
    <message>
        <source>compare: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation>compare: --format muss &apos;text&apos; oder &apos;json&apos; sein, erhalten: &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>compare: --replications: a comparison needs at least 2 replications per scenario for its intervals, got &apos;%1&apos;.
</source>
        <translation>compare: --replications: Ein Vergleich braucht für seine Intervalle mindestens 2 Replikationen je Szenario, erhalten: &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>compare: --seed: expected an unsigned whole number, got &apos;%1&apos;
</source>
        <translation>compare: --seed: vorzeichenlose ganze Zahl erwartet, erhalten: &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>compare: --jobs: expected a whole number &gt;= 1, got &apos;%1&apos;
</source>
        <translation>compare: --jobs: ganze Zahl &gt;= 1 erwartet, erhalten: &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>compare: name at least two scenarios with --scenarios A,B (the first is the baseline); got %1.
</source>
        <translation>compare: Nennen Sie mit --scenarios A,B mindestens zwei Szenarien (das erste ist das Ausgangsszenario); erhalten: %1.
</translation>
    </message>
    <message>
        <source>compare: %1 has no scenario &apos;%2&apos;; its scenarios are: %3.
</source>
        <translation>compare: %1 hat kein Szenario &apos;%2&apos;; seine Szenarien sind: %3.
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>compare: %1: %2
</source>
        <translation>compare: %1: %2
</translation>
    </message>
    <message>
        <source>Project: %1
</source>
        <translation>Projekt: %1
</translation>
    </message>
    <message>
        <source>compare: cannot write %1: %2
</source>
        <translation>compare: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>import-log: --map needs KEY=COLUMN pairs, not &apos;%1&apos;.</source>
        <translation>import-log: --map erwartet Paare KEY=COLUMN, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>import-log: --map has no key &apos;%1&apos;; the keys are case, activity, time, start, resource, channel, customer, lifecycle and attribute.</source>
        <translation>import-log: --map hat keinen Schlüssel &apos;%1&apos;; die Schlüssel sind case, activity, time, start, resource, channel, customer, lifecycle und attribute (Fall, Aktivität, Zeit, Start, Ressource, Kanal, Kunde, Lebenszyklus, Attribut).</translation>
    </message>
    <message>
        <source>Drafts a project from an event log (CSV or XES): a process with tasks, xor gateways with the observed
shares, rework loops, arrivals by hour of the week, patience and roles with headcounts, durations
fitted by maximum likelihood; and a journey of the activities, linked to the tasks.
Columns named as process-mining tools name them are found by themselves; --map names the others.
Exit code: 0 drafted, 1 the file is not a log (or too many bad rows), 2 usage or write error.</source>
        <translation>Entwirft ein Projekt aus einem Ereignisprotokoll (CSV oder XES): einen Prozess mit Aufgaben, XOR-Gateways mit den beobachteten
Anteilen, Nacharbeitsschleifen, Ankünften nach Stunde der Woche, Geduld und Rollen mit Personalstärken, Dauern
per Maximum-Likelihood angepasst; sowie eine Journey aus den Aktivitäten, mit den Aufgaben verknüpft.
Spalten, die wie in Process-Mining-Werkzeugen benannt sind, werden automatisch erkannt; --map benennt die übrigen.
Exit-Code: 0 entworfen, 1 die Datei ist kein Protokoll (oder zu viele fehlerhafte Zeilen), 2 Aufruf- oder Schreibfehler.</translation>
    </message>
    <message>
        <source>the event log (.csv or .xes)</source>
        <translation>das Ereignisprotokoll (.csv oder .xes)</translation>
    </message>
    <message>
        <source>the draft project to write (.oi.yaml or .oistudio)</source>
        <translation>das zu schreibende Entwurfsprojekt (.oi.yaml oder .oistudio)</translation>
    </message>
    <message>
        <source>which column holds what: case=COL,activity=COL,time=COL[,start=COL,resource=COL,channel=COL,customer=COL,lifecycle=COL,attribute=COL...]</source>
        <translation>welche Spalte was enthält (Fall, Aktivität, Zeit, Start, Ressource, Kanal, Kunde, Lebenszyklus, Attribut): case=COL,activity=COL,time=COL[,start=COL,resource=COL,channel=COL,customer=COL,lifecycle=COL,attribute=COL...]</translation>
    </message>
    <message>
        <source>the times&apos; format, as Qt writes it (dd.MM.yyyy HH:mm), or iso, epoch, epoch-ms; default: detected</source>
        <translation>das Format der Zeiten in der Schreibweise von Qt (dd.MM.yyyy HH:mm) oder iso, epoch, epoch-ms; Standard: erkannt</translation>
    </message>
    <message>
        <source>the log&apos;s clock for times without a zone, e.g. +01:00 (default: the first zone in the log, else UTC)</source>
        <translation>die Uhr des Protokolls für Zeiten ohne Zone, z. B. +01:00 (Standard: die erste Zone im Protokoll, sonst UTC)</translation>
    </message>
    <message>
        <source>the draft&apos;s project and process name</source>
        <translation>Projekt- und Prozessname des Entwurfs</translation>
    </message>
    <message>
        <source>activities that complete a case; cases ending elsewhere count as abandoned</source>
        <translation>Aktivitäten, die einen Fall abschließen; anderswo endende Fälle gelten als abgebrochen</translation>
    </message>
    <message>
        <source>journey steps per stage (default 4)</source>
        <translation>Journey-Schritte je Phase (Standard 4)</translation>
    </message>
    <message>
        <source>leave out ways fewer than this share of a node&apos;s cases take, 0-1 (default 0: keep all)</source>
        <translation>Wege auslassen, die weniger als diesen Anteil der Fälle eines Knotens nehmen, 0-1 (Standard 0: alle behalten)</translation>
    </message>
    <message>
        <source>stop after this many rows that cannot be read (default 1000)</source>
        <translation>nach so vielen nicht lesbaren Zeilen abbrechen (Standard 1000)</translation>
    </message>
    <message>
        <source>import-log: give one log and -o DRAFT.
</source>
        <translation>import-log: Geben Sie ein Protokoll und -o DRAFT an.
</translation>
    </message>
    <message>
        <source>import-log: %1 is not a project file name (.oi.yaml or .oistudio).
</source>
        <translation>import-log: %1 ist kein Projektdateiname (.oi.yaml oder .oistudio).
</translation>
    </message>
    <message>
        <source>import-log: --utc-offset takes +HH:MM or -HH:MM, not &apos;%1&apos;.
</source>
        <translation>import-log: --utc-offset erwartet +HH:MM oder -HH:MM, nicht &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>import-log: --steps-per-stage takes a whole number of at least 1, --min-share a share from 0 to below 1, --max-bad-rows a whole number.
</source>
        <translation>import-log: --steps-per-stage erwartet eine ganze Zahl von mindestens 1, --min-share einen Anteil von 0 bis unter 1, --max-bad-rows eine ganze Zahl.
</translation>
    </message>
    <message>
        <source>import-log: %1: %2
</source>
        <translation>import-log: %1: %2
</translation>
    </message>
    <message>
        <source>
Most common paths:
</source>
        <translation>
Häufigste Pfade:
</translation>
    </message>
    <message>
        <source>
Task durations fitted (maximum likelihood, the lowest AIC; KS distance: the largest gap between observed and fitted shares):
</source>
        <translation>
Angepasste Aufgabendauern (Maximum-Likelihood, niedrigstes AIC; KS-Abstand: die größte Differenz zwischen beobachteten und angepassten Anteilen):
</translation>
    </message>
    <message>
        <source>import-log: %1
</source>
        <translation>import-log: %1
</translation>
    </message>
    <message>
        <source>%1: %2 has errors; fix them first (see &apos;outsidein-cli validate&apos;).
</source>
        <translation>%1: %2 enthält Fehler; beheben Sie sie zuerst (siehe &apos;outsidein-cli validate&apos;).
</translation>
    </message>
    <message>
        <source>export: the specification is written as md, json or csv (the scoring sheet) here, not &quot;%1&quot;.
</source>
        <translation>export: Die Spezifikation wird hier als md, json oder csv (der Bewertungsbogen) geschrieben, nicht als „%1“.
</translation>
    </message>
    <message>
        <source>Exports part of a project as a machine or text format; the format comes from the output&apos;s
extension unless --format names it.
KIND journey: json (the journey JSON of docs/journey-json.md) or mermaid (.mmd).
KIND bpmn: the processes (all of them, or those named by --process) as one BPMN 2.0 file
(.bpmn), with BPMN DI and BPSim simulation data.
KIND spec: the vendor proof-of-concept specification as Markdown with Mermaid diagrams (.md),
JSON (.json, docs/spec-schema.json) or its scoring sheet (.csv, UTF-8 with BOM).
Pictures (png, svg, pdf, html) are drawn by the studio: outsidein FILE --export KIND OUT.
Exit code: 0 written, 1 nothing to export, 2 usage or I/O error.</source>
        <translation>Exportiert einen Teil eines Projekts in einem Maschinen- oder Textformat; das Format ergibt sich aus der
Endung der Ausgabe, sofern --format es nicht nennt.
KIND journey: json (das Journey-JSON aus docs/journey-json.md) oder mermaid (.mmd).
KIND bpmn: die Prozesse (alle oder die mit --process genannten) als eine BPMN-2.0-Datei
(.bpmn), mit BPMN DI und BPSim-Simulationsdaten.
KIND spec: die Proof-of-Concept-Spezifikation für Anbieter als Markdown mit Mermaid-Diagrammen (.md),
JSON (.json, docs/spec-schema.json) oder ihr Bewertungsbogen (.csv, UTF-8 mit BOM).
Bilder (png, svg, pdf, html) zeichnet das Studio: outsidein FILE --export KIND OUT.
Exit-Code: 0 geschrieben, 1 nichts zu exportieren, 2 Aufruf- oder E/A-Fehler.</translation>
    </message>
    <message>
        <source>what to export: journey, bpmn or spec</source>
        <translation>was exportiert wird: journey, bpmn oder spec</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3 into %4 (%5).
</source>
        <translation>%1 und %2 aus %3 in %4 importiert (%5).
</translation>
    </message>
    <message>
        <source>import-log: --feedback-map takes case, customer, step, score and comment as KEY=COLUMN, not &apos;%1&apos;.</source>
        <translation>import-log: --feedback-map erwartet case, customer, step, score und comment als KEY=COLUMN, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the percentiles that bound each step metric&apos;s normal range (default 5-95)</source>
        <translation>die Perzentile, die den Normalbereich jeder Schrittkennzahl begrenzen (Standard 5-95)</translation>
    </message>
    <message>
        <source>do not simulate the draft to compare it with the log (3 replications of its settings)</source>
        <translation>den Entwurf nicht simulieren, um ihn mit dem Protokoll zu vergleichen (3 Replikationen seiner Einstellungen)</translation>
    </message>
    <message>
        <source>survey or complaint records (CSV: case or customer, step or touchpoint, score, comment) that set the steps&apos; observed emotion and pain points</source>
        <translation>Umfrage- oder Beschwerdedaten (CSV: Fall oder Kunde, Schritt oder Kontaktpunkt, Bewertung, Kommentar), die die beobachtete Emotion und die Schmerzpunkte der Schritte setzen</translation>
    </message>
    <message>
        <source>the feedback&apos;s columns: case=COL,customer=COL,step=COL,score=COL,comment=COL</source>
        <translation>die Spalten des Feedbacks: case=COL,customer=COL,step=COL,score=COL,comment=COL</translation>
    </message>
    <message>
        <source>import-log: --range takes two percentiles, LOW-HIGH with 0 &lt;= LOW &lt; HIGH &lt;= 100, not &apos;%1&apos;.
</source>
        <translation>import-log: --range erwartet zwei Perzentile, LOW-HIGH mit 0 &lt;= LOW &lt; HIGH &lt;= 100, nicht &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>
Normal ranges of the steps&apos; metrics (%1th to %2th percentile; outside: cases whose latest value is):
</source>
        <translation>
Normalbereiche der Schrittkennzahlen (%1. bis %2. Perzentil; außerhalb: Fälle, deren letzter Wert so ist):
</translation>
    </message>
    <message>
        <source>
The draft simulated (3 replications of its settings) beside the log:
</source>
        <translation>
Der simulierte Entwurf (3 Replikationen seiner Einstellungen) neben dem Protokoll:
</translation>
    </message>
    <message>
        <source>
The draft could not be simulated to compare it with the log: %1
</source>
        <translation>
Der Entwurf konnte nicht simuliert werden, um ihn mit dem Protokoll zu vergleichen: %1
</translation>
    </message>
    <message>
        <source>cannot read it: %1.</source>
        <translation>kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>
Feedback from %1: %2 on a scale from %3 to %4, %5:
</source>
        <translation>
Feedback aus %1: %2 auf einer Skala von %3 bis %4, %5:
</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4.
</source>
        <translation>%1 geschrieben: %2, %3, %4.
</translation>
    </message>
</context>
<context>
    <name>oi::app::cli::Options</name>
    <message>
        <source>apply the overrides of scenario ID</source>
        <translation>die Abweichungen des Szenarios ID anwenden</translation>
    </message>
    <message>
        <source>number of replications</source>
        <translation>Anzahl der Replikationen</translation>
    </message>
    <message>
        <source>simulated time per replication, in the project&apos;s time unit</source>
        <translation>simulierte Zeit je Replikation, in der Zeiteinheit des Projekts</translation>
    </message>
    <message>
        <source>warm-up to discard, or &apos;auto&apos; for MSER-5</source>
        <translation>zu verwerfende Einschwingphase oder &apos;auto&apos; für MSER-5</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>Zufalls-Seed</translation>
    </message>
    <message>
        <source>threads (default: all cores); results do not depend on it</source>
        <translation>Threads (Standard: alle Kerne); die Ergebnisse hängen nicht davon ab</translation>
    </message>
    <message>
        <source>index of the first replication, for sharding</source>
        <translation>Index der ersten Replikation, für die Aufteilung in Shards</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text oder json</translation>
    </message>
    <message>
        <source>write every case step to FILE.csv (runs on one thread)</source>
        <translation>jeden Fallschritt nach FILE.csv schreiben (läuft in einem Thread)</translation>
    </message>
    <message>
        <source>what-if: +1..+N staff at the constraint, cross-training off</source>
        <translation>Was-wäre-wenn: +1..+N Personen am Engpass, Querqualifizierung aus</translation>
    </message>
    <message>
        <source>add replications until the cycle-time half-width is at most X (e.g. 0.02 = 2 %) of the mean</source>
        <translation>Replikationen hinzufügen, bis die halbe Breite des Intervalls der Durchlaufzeit höchstens X (z. B. 0.02 = 2 %) des Mittelwerts beträgt</translation>
    </message>
    <message>
        <source>cap for --precision (default 200)</source>
        <translation>Obergrenze für --precision (Standard 200)</translation>
    </message>
    <message>
        <source>stop with an error after this many wall-clock seconds</source>
        <translation>nach so vielen Sekunden Echtzeit mit einem Fehler abbrechen</translation>
    </message>
    <message>
        <source>node visits per case before it counts as looping (default 10000)</source>
        <translation>Knotenbesuche je Fall, ab denen er als Endlosschleife gilt (Standard 10000)</translation>
    </message>
    <message>
        <source>write the report to FILE instead of standard output</source>
        <translation>den Bericht nach FILE statt auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>cases in the system at once before the run stops as a runaway (default 1000000)</source>
        <translation>gleichzeitig im System befindliche Fälle, ab denen der Lauf als außer Kontrolle abgebrochen wird (Standard 1000000)</translation>
    </message>
    <message>
        <source>at a shift end a busy worker finishes the task (&apos;finish&apos;, the default) or hands it back (&apos;hand-back&apos;)</source>
        <translation>am Schichtende beendet eine beschäftigte Arbeitskraft die Aufgabe (&apos;finish&apos;, Standard) oder gibt sie zurück (&apos;hand-back&apos;)</translation>
    </message>
</context>
<context>
    <name>oi::editor</name>
    <message>
        <source>New strategy</source>
        <translation>Neue Strategie</translation>
    </message>
    <message>
        <source>Add Strategy</source>
        <translation>Strategie hinzufügen</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>First stage</source>
        <translation>Erste Phase</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Neuer Prozess</translation>
    </message>
    <message>
        <source>Customer asks</source>
        <translation>Kunde fragt an</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Add Process</source>
        <translation>Prozess hinzufügen</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>Neue Anforderung</translation>
    </message>
    <message>
        <source>Add Requirement</source>
        <translation>Anforderung hinzufügen</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Add Scenario</source>
        <translation>Szenario hinzufügen</translation>
    </message>
    <message>
        <source>New responsibility</source>
        <translation>Neue Verantwortung</translation>
    </message>
    <message>
        <source>Add Responsibility</source>
        <translation>Verantwortung hinzufügen</translation>
    </message>
</context>
<context>
    <name>oi::editor::DecisionsTree</name>
    <message>
        <source>On</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation>Hinterfragt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No decisions yet: executives record them in the review (View ▸ Review).</source>
        <translation>Noch keine Entscheidungen: Führungskräfte erfassen sie in der Review (Ansicht ▸ Review).</translation>
    </message>
</context>
<context>
    <name>oi::editor::DeleteEntityCommand</name>
    <message>
        <source>Delete %1 and Unlink It</source>
        <translation>%1 löschen und Verknüpfungen lösen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>This cannot be deleted here.</source>
        <translation>Dies kann hier nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>oi::editor::DistributionField</name>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponentiell</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>dreiecksverteilt</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>gleichverteilt</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>lognormal</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Erlang</source>
        <translation>Erlang</translation>
    </message>
    <message>
        <source>from data (empirical)</source>
        <translation>aus Daten (empirisch)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Kürzeste</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Wahrscheinlichste</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
    <message>
        <source>Spread (sd)</source>
        <translation>Streuung (SD)</translation>
    </message>
    <message>
        <source>Phases (k)</source>
        <translation>Phasen (k)</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>oi::editor::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>oi::editor::EntityProperties</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>Select a strategy, persona, role, process, requirement, scenario or responsibility to edit it, or &lt;a href=&quot;project&quot;&gt;edit the project itself&lt;/a&gt;: its name, client and currency.</source>
        <translation>Wählen Sie eine Strategie, Persona, Rolle, einen Prozess, eine Anforderung, ein Szenario oder eine Verantwortung zum Bearbeiten aus, oder &lt;a href=&quot;project&quot;&gt;bearbeiten Sie das Projekt selbst&lt;/a&gt;: Name, Auftraggeber und Währung.</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyEditor</name>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>&amp;Export Journey</source>
        <translation>Journey &amp;exportieren</translation>
    </message>
    <message>
        <source>As &amp;PNG Image…</source>
        <translation>Als &amp;PNG-Bild…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>As &amp;SVG Drawing…</source>
        <translation>Als &amp;SVG-Grafik…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>As P&amp;DF…</source>
        <translation>Als P&amp;DF…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>As &amp;Mermaid Text…</source>
        <translation>Als &amp;Mermaid-Text…</translation>
    </message>
    <message>
        <source>Mermaid journey (*.mmd)</source>
        <translation>Mermaid-Journey (*.mmd)</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>Als &amp;JSON…</translation>
    </message>
    <message>
        <source>Journey JSON (*.json)</source>
        <translation>Journey-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Journey</source>
        <translation>Journey exportieren</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Auflösung (dpi):</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Import Journey (JSON)…</source>
        <translation>Journey &amp;importieren (JSON)…</translation>
    </message>
    <message>
        <source>Import Journey</source>
        <translation>Journey importieren</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Print Journey…</source>
        <translation>Journey &amp;drucken…</translation>
    </message>
    <message>
        <source>Print Failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: no project is open</source>
        <translation>%1: Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>%1: the project has no journey &quot;%2&quot;</source>
        <translation>%1: Das Projekt hat keine Journey „%2“</translation>
    </message>
    <message>
        <source>As &amp;HTML Page…</source>
        <translation>Als &amp;HTML-Seite…</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Save the journey map as a picture for slides and e-mail</source>
        <translation>Die Journey Map als Bild für Folien und E-Mails speichern</translation>
    </message>
    <message>
        <source>Save the journey map as a drawing that stays sharp at any size</source>
        <translation>Die Journey Map als Grafik speichern, die in jeder Größe scharf bleibt</translation>
    </message>
    <message>
        <source>Save the journey map as a PDF to print or send</source>
        <translation>Die Journey Map als PDF zum Drucken oder Versenden speichern</translation>
    </message>
    <message>
        <source>Save the journey as a web page to open in any browser</source>
        <translation>Die Journey als Webseite speichern, die sich in jedem Browser öffnen lässt</translation>
    </message>
    <message>
        <source>Save the journey as Mermaid text for wikis and Markdown documents</source>
        <translation>Die Journey als Mermaid-Text für Wikis und Markdown-Dokumente speichern</translation>
    </message>
    <message>
        <source>Save the journey as a JSON file another project or tool can import</source>
        <translation>Die Journey als JSON-Datei speichern, die ein anderes Projekt oder Werkzeug importieren kann</translation>
    </message>
    <message>
        <source>Add a journey saved as JSON, from another project or tool, to this project</source>
        <translation>Eine als JSON gespeicherte Journey aus einem anderen Projekt oder Werkzeug diesem Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Print the journey map shown</source>
        <translation>Die angezeigte Journey Map drucken</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyGridItem</name>
    <message>
        <source>moment of truth</source>
        <translation>Moment of Truth</translation>
    </message>
    <message>
        <source>customer-initiated</source>
        <translation>vom Kunden ausgelöst</translation>
    </message>
    <message>
        <source>observed in data</source>
        <translation>in Daten beobachtet</translation>
    </message>
    <message>
        <source>from research</source>
        <translation>aus der Erhebung</translation>
    </message>
    <message>
        <source>assumption (dashed)</source>
        <translation>Annahme (gestrichelt)</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyProperties</name>
    <message>
        <source>Select a step to see its properties.</source>
        <translation>Wählen Sie einen Schritt aus, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Nach links</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Nach rechts</translation>
    </message>
    <message numerus="yes">
        <source>Id %1 · %n step(s)</source>
        <translation>
            <numerusform>ID %1 · %n Schritt</numerusform>
            <numerusform>ID %1 · %n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyScene</name>
    <message numerus="yes">
        <source>Link %n Items</source>
        <translation>
            <numerusform>%n Element verknüpfen</numerusform>
            <numerusform>%n Elemente verknüpfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyTitleBlock</name>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>simulated:</source>
        <translation>simuliert:</translation>
    </message>
    <message>
        <source>simulated (%1):</source>
        <translation>simuliert (%1):</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyView</name>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>Find steps…</source>
        <translation>Schritte suchen…</translation>
    </message>
    <message>
        <source>No step matches &quot;%1&quot;.</source>
        <translation>Kein Schritt passt zu „%1“.</translation>
    </message>
    <message>
        <source>No journey yet</source>
        <translation>Noch keine Journey</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No persona chosen for this journey</source>
        <translation>Für diese Journey ist keine Persona gewählt</translation>
    </message>
    <message>
        <source>Unknown persona &quot;%1&quot;</source>
        <translation>Unbekannte Persona „%1“</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Select &amp;All Steps</source>
        <translation>&amp;Alle Schritte auswählen</translation>
    </message>
    <message>
        <source>&amp;Copy Steps</source>
        <translation>Schritte &amp;kopieren</translation>
    </message>
    <message>
        <source>Cu&amp;t Steps</source>
        <translation>Schritte &amp;ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Paste Steps</source>
        <translation>Schritte &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete Steps</source>
        <translation>Schritte &amp;löschen</translation>
    </message>
    <message>
        <source>Add Sta&amp;ge</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add St&amp;ep</source>
        <translation>&amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Steps</source>
        <translation>Schritte &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Find Steps…</source>
        <translation>Schritte &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Rename Step</source>
        <translation>Schritt &amp;umbenennen</translation>
    </message>
    <message>
        <source>Show &amp;To-Be Emotion</source>
        <translation>&amp;Soll-Emotion zeigen</translation>
    </message>
    <message>
        <source>Cut Step</source>
        <translation>Schritt ausschneiden</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n Steps</source>
        <translation>
            <numerusform>%n Schritte ausschneiden</numerusform>
            <numerusform>%n Schritte ausschneiden</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Reset Lanes</source>
        <translation>Bahnen zurücksetzen</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Add Step to Stage</source>
        <translation>Schritt zur Phase hinzufügen</translation>
    </message>
    <message>
        <source>Move Stage Left</source>
        <translation>Phase nach links</translation>
    </message>
    <message>
        <source>Move Stage Right</source>
        <translation>Phase nach rechts</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Show, hide and order the lanes</source>
        <translation>Bahnen einblenden, ausblenden und anordnen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Choose New Journey to start mapping one here.</source>
        <translation>Wählen Sie „Neue Journey“, um hier eine zu erfassen.</translation>
    </message>
    <message>
        <source>&amp;New Journey</source>
        <translation>&amp;Neue Journey</translation>
    </message>
    <message>
        <source>Delete &amp;Journey</source>
        <translation>&amp;Journey löschen</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Simuliert:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Colours of the simulation results on the map: %1. Figures: %2.</source>
        <translation>Farben der Simulationsergebnisse auf der Karte: %1. Zahlen: %2.</translation>
    </message>
    <message>
        <source>The journey shown on the map</source>
        <translation>Die auf der Karte angezeigte Journey</translation>
    </message>
    <message>
        <source>Find steps</source>
        <translation>Schritte suchen</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey Map</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Journey&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The customer&apos;s journey as a map: stages across the top, the steps under them, and lanes for touchpoints, pain points, opportunities and the emotion curve. Choose the journey at the top right; double-click a step or stage to rename it, drag steps to reorder them, and edit the selected step in the Properties panel.&lt;/p&gt;&lt;p&gt;After a simulation run each step shows how long customers wait there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Journey&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Customer Journey als Karte: oben die Phasen, darunter die Schritte, dazu Bahnen für Kontaktpunkte, Schmerzpunkte, Chancen und die Emotionskurve. Wählen Sie die Journey oben rechts; doppelklicken Sie auf einen Schritt oder eine Phase, um sie umzubenennen, ziehen Sie Schritte, um sie neu anzuordnen, und bearbeiten Sie den ausgewählten Schritt im Bereich „Eigenschaften“.&lt;/p&gt;&lt;p&gt;Nach einem Simulationslauf zeigt jeder Schritt, wie lange Kunden dort warten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zoom in on the journey map</source>
        <translation>Die Journey Map vergrößern</translation>
    </message>
    <message>
        <source>Zoom out to see more of the journey map</source>
        <translation>Verkleinern, um mehr von der Journey Map zu sehen</translation>
    </message>
    <message>
        <source>Zoom so the whole journey fits in the window</source>
        <translation>So zoomen, dass die ganze Journey ins Fenster passt</translation>
    </message>
    <message>
        <source>Show the journey map at its actual size</source>
        <translation>Die Journey Map in Originalgröße anzeigen</translation>
    </message>
    <message>
        <source>Select every step of this journey</source>
        <translation>Alle Schritte dieser Journey auswählen</translation>
    </message>
    <message>
        <source>Copy the selected steps, to paste them into this or another journey</source>
        <translation>Die ausgewählten Schritte kopieren, um sie in diese oder eine andere Journey einzufügen</translation>
    </message>
    <message>
        <source>Remove the selected steps and keep them to paste elsewhere</source>
        <translation>Die ausgewählten Schritte ausschneiden, um sie an anderer Stelle einzufügen</translation>
    </message>
    <message>
        <source>Paste the copied steps after the selected step, or at the end of the journey</source>
        <translation>Die kopierten Schritte nach dem ausgewählten Schritt oder am Ende der Journey einfügen</translation>
    </message>
    <message>
        <source>Delete the selected steps from the journey</source>
        <translation>Die ausgewählten Schritte aus der Journey löschen</translation>
    </message>
    <message>
        <source>Add a stage at the end of the journey and name it</source>
        <translation>Am Ende der Journey eine Phase hinzufügen und benennen</translation>
    </message>
    <message>
        <source>Add a step after the selected one, or at the end of the last stage</source>
        <translation>Einen Schritt nach dem ausgewählten oder am Ende der letzten Phase hinzufügen</translation>
    </message>
    <message>
        <source>Make a copy of the selected steps beside them</source>
        <translation>Die ausgewählten Schritte daneben duplizieren</translation>
    </message>
    <message>
        <source>Find the next step whose title, action, touchpoint or pain points contain a word</source>
        <translation>Den nächsten Schritt suchen, dessen Titel, Aktion, Kontaktpunkt oder Schmerzpunkte ein Wort enthalten</translation>
    </message>
    <message>
        <source>Rename the selected step on the map</source>
        <translation>Den ausgewählten Schritt auf der Karte umbenennen</translation>
    </message>
    <message>
        <source>Draw the customer&apos;s feelings after the redesign beside today&apos;s on the emotion curve</source>
        <translation>Die Gefühle des Kunden nach der Neugestaltung neben den heutigen auf der Emotionskurve darstellen</translation>
    </message>
    <message>
        <source>Start a new journey with one empty stage</source>
        <translation>Eine neue Journey mit einer leeren Phase beginnen</translation>
    </message>
    <message>
        <source>Delete the journey shown, with its stages and steps</source>
        <translation>Die angezeigte Journey mit ihren Phasen und Schritten löschen</translation>
    </message>
</context>
<context>
    <name>oi::editor::NodeForm</name>
    <message>
        <source>Start (customers arrive)</source>
        <translation>Start (Kunden treffen ein)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Exclusive gateway (one way out)</source>
        <translation>Exklusives Gateway (ein Ausgang)</translation>
    </message>
    <message>
        <source>Parallel split</source>
        <translation>Parallele Verzweigung</translation>
    </message>
    <message>
        <source>Parallel join</source>
        <translation>Parallele Zusammenführung</translation>
    </message>
    <message>
        <source>Timer (a wait)</source>
        <translation>Zeitgeber (eine Wartezeit)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Scale to 100 %</source>
        <translation>Auf 100 % skalieren</translation>
    </message>
    <message>
        <source>Lower numbers are served first when work waits</source>
        <translation>Niedrigere Zahlen werden zuerst bedient, wenn Arbeit wartet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Time between arrivals</source>
        <translation>Zeit zwischen Ankünften</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <source>Branch shares</source>
        <translation>Verzweigungsanteile</translation>
    </message>
    <message numerus="yes">
        <source>by time of day: %n blocks over the period</source>
        <translation>
            <numerusform>nach Tageszeit: %n Block über die Periode</numerusform>
            <numerusform>nach Tageszeit: %n Blöcke über die Periode</numerusform>
        </translation>
    </message>
    <message>
        <source>the same all day</source>
        <translation>den ganzen Tag gleich</translation>
    </message>
    <message>
        <source>The shares add up to 100 %.</source>
        <translation>Die Anteile ergeben zusammen 100 %.</translation>
    </message>
    <message>
        <source>The shares add up to %1 %, not 100 %.</source>
        <translation>Die Anteile ergeben zusammen %1 %, nicht 100 %.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>The journey steps whose customer sets this work off; click one to open it</source>
        <translation>Die Journey-Schritte, deren Kunde diese Arbeit auslöst; klicken Sie auf einen, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Customer steps</source>
        <translation>Kundenschritte</translation>
    </message>
    <message>
        <source>No journey step leads here yet.</source>
        <translation>Noch führt kein Journey-Schritt hierher.</translation>
    </message>
    <message>
        <source>e.g. approved</source>
        <translation>z. B. genehmigt</translation>
    </message>
</context>
<context>
    <name>oi::editor::OrphansTree</name>
    <message>
        <source>Strategies that change no role (%1)</source>
        <translation>Strategien, die keine Rolle verändern (%1)</translation>
    </message>
    <message>
        <source>No role that names the strategy changes: every one is unchanged, or none names it.</source>
        <translation>Keine Rolle, die die Strategie nennt, verändert sich: Alle sind unverändert, oder keine nennt sie.</translation>
    </message>
    <message>
        <source>Roles no strategy explains (%1)</source>
        <translation>Rollen, die keine Strategie begründet (%1)</translation>
    </message>
    <message>
        <source>The role names no strategy and has no task in a process that names one.</source>
        <translation>Die Rolle nennt keine Strategie und hat keine Aufgabe in einem Prozess, der eine nennt.</translation>
    </message>
    <message>
        <source>Redesigned roles without a task (%1)</source>
        <translation>Neu gestaltete Rollen ohne Aufgabe (%1)</translation>
    </message>
    <message>
        <source>The role is moved, new or merged, yet no process gives it a task.</source>
        <translation>Die Rolle ist verlagert, neu oder zusammengelegt, doch kein Prozess gibt ihr eine Aufgabe.</translation>
    </message>
    <message>
        <source>Processes no journey step triggers (%1)</source>
        <translation>Prozesse, die kein Journey-Schritt auslöst (%1)</translation>
    </message>
    <message>
        <source>No journey step links to the process or to one of its nodes.</source>
        <translation>Kein Journey-Schritt ist mit dem Prozess oder einem seiner Knoten verknüpft.</translation>
    </message>
    <message>
        <source>Journey steps that trigger no process (%1)</source>
        <translation>Journey-Schritte, die keinen Prozess auslösen (%1)</translation>
    </message>
    <message>
        <source>The step links to no process.</source>
        <translation>Der Schritt ist mit keinem Prozess verknüpft.</translation>
    </message>
    <message>
        <source>Requirements nothing needs (%1)</source>
        <translation>Anforderungen, die nichts benötigt (%1)</translation>
    </message>
    <message>
        <source>No journey step needs the requirement and it names no process node.</source>
        <translation>Kein Journey-Schritt benötigt die Anforderung, und sie nennt keinen Prozessknoten.</translation>
    </message>
    <message>
        <source>Customer needs no journey step serves (%1)</source>
        <translation>Kundenbedürfnisse, die kein Journey-Schritt bedient (%1)</translation>
    </message>
    <message>
        <source>No journey step lists the need as one it serves.</source>
        <translation>Kein Journey-Schritt führt das Bedürfnis als eines, das er bedient.</translation>
    </message>
</context>
<context>
    <name>oi::editor::PersonaForm</name>
    <message>
        <source>Need</source>
        <translation>Bedürfnis</translation>
    </message>
    <message>
        <source>One job to be done per line</source>
        <translation>Ein Job to be Done pro Zeile</translation>
    </message>
    <message>
        <source>Whom this customer serves (business customers)</source>
        <translation>Wen dieser Kunde bedient (Geschäftskunden)</translation>
    </message>
    <message>
        <source>Add Need</source>
        <translation>Bedürfnis hinzufügen</translation>
    </message>
    <message>
        <source>Remove Need</source>
        <translation>Bedürfnis entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Jobs to be done</source>
        <translation>Jobs to be Done</translation>
    </message>
    <message>
        <source>Customer&apos;s customer</source>
        <translation>Kunde des Kunden</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>Type the need; its id is made from the text.</source>
        <translation>Geben Sie das Bedürfnis ein; seine ID wird aus dem Text gebildet.</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessEditor</name>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>%1: the project has no process &quot;%2&quot;</source>
        <translation>%1: Das Projekt hat keinen Prozess „%2“</translation>
    </message>
    <message>
        <source>Import &amp;BPMN…</source>
        <translation>&amp;BPMN importieren…</translation>
    </message>
    <message>
        <source>Import BPMN</source>
        <translation>BPMN importieren</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>BPMN-2.0-Dateien (*.bpmn *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Processes as BPMN…</source>
        <translation>Prozesse als BPMN exportieren…</translation>
    </message>
    <message>
        <source>Export BPMN</source>
        <translation>BPMN exportieren</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn)</source>
        <translation>BPMN-2.0-Dateien (*.bpmn)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Import BPMN %1</source>
        <translation>BPMN %1 importieren</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%1 aus %2 importiert.</translation>
    </message>
    <message>
        <source>1 process</source>
        <translation>1 Prozess</translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n Prozesse</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Process&lt;/b&gt;&lt;/p&gt;&lt;p&gt;One process as a diagram: events, tasks, gateways and the flows between them, with each task&apos;s role and duration. Choose the process above the diagram; add nodes from the palette on the left or with their one-letter keys, and drag from the handle on a node&apos;s right edge to another node to connect them.&lt;/p&gt;&lt;p&gt;After a simulation run each task shows how long cases wait there and how busy its role is, and the constraint is marked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prozess&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Prozess als Diagramm: Ereignisse, Aufgaben, Gateways und die Flüsse zwischen ihnen, mit Rolle und Dauer jeder Aufgabe. Wählen Sie den Prozess über dem Diagramm; fügen Sie Knoten aus der Palette links oder mit ihren Tastenkürzeln (je ein Buchstabe) hinzu, und ziehen Sie vom Anfasser am rechten Rand eines Knotens zu einem anderen Knoten, um beide zu verbinden.&lt;/p&gt;&lt;p&gt;Nach einem Simulationslauf zeigt jede Aufgabe, wie lange Fälle dort warten und wie ausgelastet ihre Rolle ist, und der Engpass wird markiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add the processes of a BPMN 2.0 file, drawn in another modelling tool, to the project</source>
        <translation>Die Prozesse einer BPMN-2.0-Datei, die in einem anderen Modellierungswerkzeug gezeichnet wurde, dem Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Save every process of the project as a BPMN 2.0 file other modelling tools can open</source>
        <translation>Alle Prozesse des Projekts als BPMN-2.0-Datei speichern, die andere Modellierungswerkzeuge öffnen können</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessForm</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>What one completed case is worth, in the project&apos;s currency</source>
        <translation>Was ein abgeschlossener Fall wert ist, in der Währung des Projekts</translation>
    </message>
    <message>
        <source>What one customer who gives up waiting costs, in the project&apos;s currency</source>
        <translation>Was ein Kunde, der das Warten aufgibt, kostet, in der Währung des Projekts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Variant of</source>
        <translation>Variante von</translation>
    </message>
    <message>
        <source>Value per completed case</source>
        <translation>Wert pro abgeschlossenem Fall</translation>
    </message>
    <message>
        <source>Cost per lost customer</source>
        <translation>Kosten pro verlorenem Kunden</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Other processes are redesigns of this one, so it cannot be a redesign itself</source>
        <translation>Andere Prozesse sind Neugestaltungen dieses Prozesses, daher kann er selbst keine Neugestaltung sein</translation>
    </message>
    <message>
        <source>The process this one is a redesign of; it runs only in a scenario that puts it in its place</source>
        <translation>Der Prozess, dessen Neugestaltung dieser ist; er läuft nur in einem Szenario, das ihn an dessen Stelle setzt</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessView</name>
    <message>
        <source>&amp;Process:</source>
        <translation>&amp;Prozess:</translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation>Knoten suchen…</translation>
    </message>
    <message>
        <source>No node matches “%1”.</source>
        <translation>Kein Knoten passt zu „%1“.</translation>
    </message>
    <message>
        <source>%1 (redesign of %2)</source>
        <translation>%1 (Neugestaltung von %2)</translation>
    </message>
    <message>
        <source>As-is: %1 (read-only)</source>
        <translation>Ist: %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>To-be: %1 (read-only)</source>
        <translation>Soll: %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Add &amp;Start Event</source>
        <translation>&amp;Startereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Task</source>
        <translation>&amp;Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add E&amp;xclusive Gateway</source>
        <translation>E&amp;xklusives Gateway hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Parallel Split</source>
        <translation>&amp;Parallele Verzweigung hinzufügen</translation>
    </message>
    <message>
        <source>Add Parallel &amp;Join</source>
        <translation>Parallele &amp;Zusammenführung hinzufügen</translation>
    </message>
    <message>
        <source>Add Ti&amp;mer Event</source>
        <translation>Zeit&amp;geberereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;End Event</source>
        <translation>&amp;Endereignis hinzufügen</translation>
    </message>
    <message>
        <source>Cu&amp;t Nodes</source>
        <translation>Knoten &amp;ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy Nodes</source>
        <translation>Knoten &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste Nodes</source>
        <translation>Knoten &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All Nodes</source>
        <translation>Alle &amp;Knoten auswählen</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>&amp;Linke Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centres Vertically</source>
        <translation>&amp;Vertikal zentriert ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>&amp;Rechte Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>&amp;Obere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middles Horizontally</source>
        <translation>&amp;Horizontal mittig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>&amp;Untere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Across</source>
        <translation>&amp;Waagerecht verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Down</source>
        <translation>&amp;Senkrecht verteilen</translation>
    </message>
    <message>
        <source>&amp;Lay Out Process</source>
        <translation>Prozess an&amp;ordnen</translation>
    </message>
    <message>
        <source>&amp;Find Node…</source>
        <translation>Knoten &amp;suchen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show As-Is &amp;Beside To-Be</source>
        <translation>Ist &amp;neben Soll zeigen</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Knoten suchen</translation>
    </message>
    <message>
        <source>Process diagram</source>
        <translation>Prozessdiagramm</translation>
    </message>
    <message>
        <source>Other version of the process</source>
        <translation>Andere Version des Prozesses</translation>
    </message>
    <message>
        <source>Add a start event: where a case enters the process</source>
        <translation>Startereignis hinzufügen: Hier tritt ein Fall in den Prozess ein</translation>
    </message>
    <message>
        <source>Add a task: work a role does, taking time</source>
        <translation>Aufgabe hinzufügen: Arbeit, die eine Rolle erledigt und die Zeit braucht</translation>
    </message>
    <message>
        <source>Add an exclusive gateway: the case takes one of its ways out</source>
        <translation>Exklusives Gateway hinzufügen: Der Fall nimmt genau einen seiner Ausgänge</translation>
    </message>
    <message>
        <source>Add a parallel split: the case goes down all its ways at once</source>
        <translation>Parallele Verzweigung hinzufügen: Der Fall durchläuft alle Ausgänge gleichzeitig</translation>
    </message>
    <message>
        <source>Add a parallel join: the case waits here until every way has arrived</source>
        <translation>Parallele Zusammenführung hinzufügen: Der Fall wartet hier, bis alle Zweige angekommen sind</translation>
    </message>
    <message>
        <source>Add a timer event: the case waits for a time to pass</source>
        <translation>Zeitgeberereignis hinzufügen: Der Fall wartet, bis eine bestimmte Zeit verstrichen ist</translation>
    </message>
    <message>
        <source>Add an end event: where a case leaves the process</source>
        <translation>Endereignis hinzufügen: Hier verlässt ein Fall den Prozess</translation>
    </message>
    <message>
        <source>Remove the selected nodes and keep them to paste elsewhere</source>
        <translation>Die ausgewählten Knoten ausschneiden, um sie an anderer Stelle einzufügen</translation>
    </message>
    <message>
        <source>Copy the selected nodes, to paste them into this or another process</source>
        <translation>Die ausgewählten Knoten kopieren, um sie in diesen oder einen anderen Prozess einzufügen</translation>
    </message>
    <message>
        <source>Paste the copied nodes into the process shown</source>
        <translation>Die kopierten Knoten in den angezeigten Prozess einfügen</translation>
    </message>
    <message>
        <source>Delete the selected nodes and flows</source>
        <translation>Die ausgewählten Knoten und Flüsse löschen</translation>
    </message>
    <message>
        <source>Select every node of the process</source>
        <translation>Alle Knoten des Prozesses auswählen</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their left edges</source>
        <translation>Die ausgewählten Knoten an ihren linken Kanten ausrichten</translation>
    </message>
    <message>
        <source>Line the selected nodes up one above the other on their centres</source>
        <translation>Die ausgewählten Knoten untereinander an ihren Mittelpunkten ausrichten</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their right edges</source>
        <translation>Die ausgewählten Knoten an ihren rechten Kanten ausrichten</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their top edges</source>
        <translation>Die ausgewählten Knoten an ihren oberen Kanten ausrichten</translation>
    </message>
    <message>
        <source>Line the selected nodes up side by side on their middles</source>
        <translation>Die ausgewählten Knoten nebeneinander an ihren Mitten ausrichten</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their bottom edges</source>
        <translation>Die ausgewählten Knoten an ihren unteren Kanten ausrichten</translation>
    </message>
    <message>
        <source>Space the selected nodes evenly from left to right</source>
        <translation>Die ausgewählten Knoten gleichmäßig von links nach rechts verteilen</translation>
    </message>
    <message>
        <source>Space the selected nodes evenly from top to bottom</source>
        <translation>Die ausgewählten Knoten gleichmäßig von oben nach unten verteilen</translation>
    </message>
    <message>
        <source>Arrange the whole process neatly from left to right</source>
        <translation>Den ganzen Prozess übersichtlich von links nach rechts anordnen</translation>
    </message>
    <message>
        <source>Find a node of the process by its name</source>
        <translation>Einen Knoten des Prozesses anhand seines Namens suchen</translation>
    </message>
    <message>
        <source>Zoom in on the process</source>
        <translation>Den Prozess vergrößern</translation>
    </message>
    <message>
        <source>Zoom out to see more of the process</source>
        <translation>Verkleinern, um mehr vom Prozess zu sehen</translation>
    </message>
    <message>
        <source>Zoom so the whole process fits in the window</source>
        <translation>So zoomen, dass der ganze Prozess ins Fenster passt</translation>
    </message>
    <message>
        <source>Show the process at its actual size</source>
        <translation>Den Prozess in Originalgröße anzeigen</translation>
    </message>
    <message>
        <source>Show the other version of this process below it, as-is beside to-be, read-only</source>
        <translation>Die andere Version dieses Prozesses darunter anzeigen, Ist neben Soll, schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProjectForm</name>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>The company the redesign is for</source>
        <translation>Das Unternehmen, für das die Neugestaltung erfolgt</translation>
    </message>
    <message>
        <source>Who prepared it</source>
        <translation>Wer sie erstellt hat</translation>
    </message>
    <message>
        <source>Every time in the project (durations, shifts, windows) is in this unit.</source>
        <translation>Alle Zeiten im Projekt (Dauern, Schichten, Zeitfenster) sind in dieser Einheit.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Zeiten in</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datumsangaben</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Created %1, last changed %2</source>
        <translation>Erstellt %1, zuletzt geändert %2</translation>
    </message>
    <message>
        <source>What the project&apos;s money is shown with: a sign goes before the amount (€1,240), letters after it (1,240 CHF). The amounts themselves do not change.</source>
        <translation>Womit die Geldbeträge des Projekts angezeigt werden: Ein Zeichen steht vor dem Betrag (€1.240), Buchstaben stehen dahinter (1.240 CHF). Die Beträge selbst ändern sich nicht.</translation>
    </message>
</context>
<context>
    <name>oi::editor::RequirementForm</name>
    <message>
        <source>How a tester knows the requirement is met</source>
        <translation>Woran ein Tester erkennt, dass die Anforderung erfüllt ist</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Journey steps</source>
        <translation>Journey-Schritte</translation>
    </message>
    <message>
        <source>Process nodes</source>
        <translation>Prozessknoten</translation>
    </message>
</context>
<context>
    <name>oi::editor::ResponsibilityForm</name>
    <message>
        <source>Who does this work today</source>
        <translation>Wer diese Arbeit heute erledigt</translation>
    </message>
    <message>
        <source>Who does it after the redesign; another role than today&apos;s moves it</source>
        <translation>Wer sie nach der Neugestaltung erledigt; eine andere Rolle als heute verlagert sie</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>nobody (new)</source>
        <translation>niemand (neu)</translation>
    </message>
    <message>
        <source>nobody (retired)</source>
        <translation>niemand (entfällt)</translation>
    </message>
</context>
<context>
    <name>oi::editor::ResultsEditor</name>
    <message>
        <source>Results &amp;Dashboard</source>
        <translation>Ergebnis-&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios</source>
        <translation>Szenarien &amp;vergleichen</translation>
    </message>
    <message>
        <source>Run &amp;History</source>
        <translation>Lauf&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;Text Report</source>
        <translation>&amp;Textbericht</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Advice on the Constraint</source>
        <translation>&amp;Beratung zum Engpass</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Results&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What the last simulation run found: the dashboard with the headline figures and charts, the comparison of scenarios, the advice on the constraint, the history of runs and the full text report. Switch between them with the buttons at the top or the View menu.&lt;/p&gt;&lt;p&gt;Run a simulation with Simulate ▸ Run Simulation (F5); when the model changes the results are marked out of date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ergebnisse&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Was der letzte Simulationslauf ergeben hat: das Dashboard mit den wichtigsten Kennzahlen und Diagrammen, der Szenariovergleich, die Beratung zum Engpass, der Verlauf der Läufe und der vollständige Textbericht. Wechseln Sie zwischen ihnen mit den Schaltflächen oben oder über das Menü „Ansicht“.&lt;/p&gt;&lt;p&gt;Starten Sie eine Simulation mit Simulieren ▸ Simulation starten (F5); ändert sich das Modell, werden die Ergebnisse als veraltet markiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the headline figures and charts of the last simulation run</source>
        <translation>Die wichtigsten Kennzahlen und Diagramme des letzten Simulationslaufs anzeigen</translation>
    </message>
    <message>
        <source>Run several scenarios and compare their figures against a baseline</source>
        <translation>Mehrere Szenarien ausführen und ihre Werte mit einem Ausgangsszenario vergleichen</translation>
    </message>
    <message>
        <source>Show what would relieve the constraint most, and what it would gain</source>
        <translation>Zeigen, was den Engpass am stärksten entlasten würde und was das brächte</translation>
    </message>
    <message>
        <source>Show the earlier simulation runs of this project, to compare them</source>
        <translation>Die früheren Simulationsläufe dieses Projekts anzeigen, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Show the full results of the last run as plain text to copy</source>
        <translation>Die vollständigen Ergebnisse des letzten Laufs als Klartext zum Kopieren anzeigen</translation>
    </message>
</context>
<context>
    <name>oi::editor::RoleForm</name>
    <message>
        <source>No shift calendar: the headcount is on duty all day</source>
        <translation>Kein Schichtkalender: Die Personalstärke ist den ganzen Tag im Dienst</translation>
    </message>
    <message>
        <source>Also takes the work of</source>
        <translation>Übernimmt auch die Arbeit von</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>nicht bepreist</translation>
    </message>
    <message>
        <source>Fully loaded cost of one person for one hour, in the project&apos;s currency</source>
        <translation>Vollkosten einer Person für eine Stunde, in der Währung des Projekts</translation>
    </message>
    <message>
        <source>Staff on duty per hour</source>
        <translation>Personal im Dienst je Stunde</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Work this role&apos;s staff may also take; lower priorities are taken first</source>
        <translation>Arbeit, die das Personal dieser Rolle zusätzlich übernehmen darf; niedrigere Prioritäten werden zuerst übernommen</translation>
    </message>
    <message>
        <source>Add Cross-Training</source>
        <translation>Querqualifizierung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Cross-Training</source>
        <translation>Querqualifizierung entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Driving strategy</source>
        <translation>Treibende Strategie</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Personalstärke</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Kosten pro Stunde</translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation>Querqualifizierung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This calendar repeats every %1 time units, not every day; editing it here makes it a daily calendar.</source>
        <translation>Dieser Kalender wiederholt sich alle %1 Zeiteinheiten, nicht täglich; wenn Sie ihn hier bearbeiten, wird er zu einem Tageskalender.</translation>
    </message>
    <message>
        <source>This calendar has blocks that do not start on the hour; editing it here rounds them.</source>
        <translation>Dieser Kalender hat Blöcke, die nicht zur vollen Stunde beginnen; wenn Sie ihn hier bearbeiten, werden sie gerundet.</translation>
    </message>
</context>
<context>
    <name>oi::editor::RoleMapEditor</name>
    <message>
        <source>As-Is and To-Be</source>
        <translation>Ist und Soll</translation>
    </message>
    <message>
        <source>As-Is Only</source>
        <translation>Nur Ist</translation>
    </message>
    <message>
        <source>To-Be Only</source>
        <translation>Nur Soll</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Roles&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The organisation as a map: each role with the responsibilities it carries, as-is and to-be side by side, so a redesign shows who gains and who loses work. Choose As-Is Only or To-Be Only in the View menu to see one of them; click a role to edit it in the Properties panel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rollen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Organisation als Karte: jede Rolle mit ihren Verantwortungen, Ist und Soll nebeneinander, sodass eine Neugestaltung zeigt, wer Arbeit hinzugewinnt und wer Arbeit abgibt. Wählen Sie „Nur Ist“ oder „Nur Soll“ im Menü „Ansicht“, um nur eine Seite zu sehen; klicken Sie auf eine Rolle, um sie im Bereich „Eigenschaften“ zu bearbeiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Rollenkarte</translation>
    </message>
    <message>
        <source>Show the roles as they are today beside the roles after the redesign</source>
        <translation>Die heutigen Rollen neben den Rollen nach der Neugestaltung anzeigen</translation>
    </message>
    <message>
        <source>Show only the roles as they are today</source>
        <translation>Nur die heutigen Rollen anzeigen</translation>
    </message>
    <message>
        <source>Show only the roles after the redesign</source>
        <translation>Nur die Rollen nach der Neugestaltung anzeigen</translation>
    </message>
</context>
<context>
    <name>oi::editor::ScenarioForm</name>
    <message>
        <source>The window repeats every %1 hours, not every day</source>
        <translation>Das Zeitfenster wiederholt sich alle %1 Stunden, nicht täglich</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>set to</source>
        <translation>setzen auf</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>1.5 × is half as many customers again; 0 × (only in a window) is none</source>
        <translation>1,5 × ist die Hälfte mehr Kunden; 0 × (nur in einem Zeitfenster) ist keiner</translation>
    </message>
    <message>
        <source>Demand changes all the time; clear it for a window of the day</source>
        <translation>Die Nachfrage ändert sich durchgehend; leeren Sie das Feld für ein Zeitfenster des Tages</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of the first process&apos;s customers that go to the other instead</source>
        <translation>Der Anteil der Kunden des ersten Prozesses, die stattdessen zum anderen gehen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Personalstärke</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Duration factor</source>
        <translation>Dauerfaktor</translation>
    </message>
    <message>
        <source>Also takes the work of</source>
        <translation>Übernimmt auch die Arbeit von</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Läuft als</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Ganzer Tag</translation>
    </message>
    <message>
        <source>From process</source>
        <translation>Von Prozess</translation>
    </message>
    <message>
        <source>To process</source>
        <translation>Zu Prozess</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Demand of every process, scaled: 1.2 × is a fifth more customers</source>
        <translation>Nachfrage aller Prozesse, skaliert: 1,2 × ist ein Fünftel mehr Kunden</translation>
    </message>
    <message>
        <source>As modelled</source>
        <translation>Wie modelliert</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off: nobody takes another role&apos;s work</source>
        <translation>Aus: Niemand übernimmt die Arbeit einer anderen Rolle</translation>
    </message>
    <message>
        <source>A factor scales a task&apos;s duration: 0.8 takes a fifth less time</source>
        <translation>Ein Faktor skaliert die Dauer einer Aufgabe: 0,8 braucht ein Fünftel weniger Zeit</translation>
    </message>
    <message>
        <source>Staff on duty in a window of every day: add staff (a negative number takes staff away) or set how many are on duty</source>
        <translation>Personal im Dienst in einem täglichen Zeitfenster: Personal hinzufügen (eine negative Zahl nimmt Personal weg) oder festlegen, wie viele im Dienst sind</translation>
    </message>
    <message>
        <source>Another role does the task in this scenario</source>
        <translation>Eine andere Rolle erledigt die Aufgabe in diesem Szenario</translation>
    </message>
    <message>
        <source>Extra skills in this scenario: a role&apos;s staff also take another role&apos;s work; lower priorities are taken first</source>
        <translation>Zusätzliche Fähigkeiten in diesem Szenario: Das Personal einer Rolle übernimmt auch die Arbeit einer anderen Rolle; niedrigere Prioritäten werden zuerst übernommen</translation>
    </message>
    <message>
        <source>A redesign of a process (a process that is a variant of it) runs in its place</source>
        <translation>Eine Neugestaltung eines Prozesses (ein Prozess, der eine Variante davon ist) läuft an seiner Stelle</translation>
    </message>
    <message>
        <source>Demand of one process scaled, all day or within a window of every day; a window needs arrivals given as rates or exponential</source>
        <translation>Nachfrage eines Prozesses skaliert, ganztägig oder in einem täglichen Zeitfenster; ein Zeitfenster erfordert Ankünfte als Raten oder exponentiell</translation>
    </message>
    <message>
        <source>A share of a process&apos;s customers goes to another process instead (a channel shift); the shares leaving one process add up to at most 100 %</source>
        <translation>Ein Anteil der Kunden eines Prozesses geht stattdessen zu einem anderen Prozess (Kanalverlagerung); die Anteile, die einen Prozess verlassen, ergeben zusammen höchstens 100 %</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Remove Role</source>
        <translation>Rolle entfernen</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Remove Task</source>
        <translation>Aufgabe entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation>Querqualifizierung</translation>
    </message>
    <message>
        <source>Headcount per role</source>
        <translation>Personalstärke je Rolle</translation>
    </message>
    <message>
        <source>Staffing windows</source>
        <translation>Personalzeitfenster</translation>
    </message>
    <message>
        <source>Add Window</source>
        <translation>Zeitfenster hinzufügen</translation>
    </message>
    <message>
        <source>Remove Window</source>
        <translation>Zeitfenster entfernen</translation>
    </message>
    <message>
        <source>Duration factors</source>
        <translation>Dauerfaktoren</translation>
    </message>
    <message>
        <source>Reassigned tasks</source>
        <translation>Neu zugewiesene Aufgaben</translation>
    </message>
    <message>
        <source>Add Reassignment</source>
        <translation>Neuzuweisung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Reassignment</source>
        <translation>Neuzuweisung entfernen</translation>
    </message>
    <message>
        <source>Extra cross-training</source>
        <translation>Zusätzliche Querqualifizierung</translation>
    </message>
    <message>
        <source>Add Cross-Training</source>
        <translation>Querqualifizierung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Cross-Training</source>
        <translation>Querqualifizierung entfernen</translation>
    </message>
    <message>
        <source>Process variants</source>
        <translation>Prozessvarianten</translation>
    </message>
    <message>
        <source>Add Variant</source>
        <translation>Variante hinzufügen</translation>
    </message>
    <message>
        <source>Remove Variant</source>
        <translation>Variante entfernen</translation>
    </message>
    <message>
        <source>Demand changes</source>
        <translation>Nachfrageänderungen</translation>
    </message>
    <message>
        <source>Add Demand Change</source>
        <translation>Nachfrageänderung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Demand Change</source>
        <translation>Nachfrageänderung entfernen</translation>
    </message>
    <message>
        <source>Diversions</source>
        <translation>Umlenkungen</translation>
    </message>
    <message>
        <source>Add Diversion</source>
        <translation>Umlenkung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Diversion</source>
        <translation>Umlenkung entfernen</translation>
    </message>
</context>
<context>
    <name>oi::editor::StepForm</name>
    <message>
        <source>The customer starts this step</source>
        <translation>Der Kunde beginnt diesen Schritt</translation>
    </message>
    <message>
        <source>A moment of truth</source>
        <translation>Ein Moment of Truth</translation>
    </message>
    <message>
        <source>−2 very negative</source>
        <translation>−2 sehr negativ</translation>
    </message>
    <message>
        <source>−1 negative</source>
        <translation>−1 negativ</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutral</translation>
    </message>
    <message>
        <source>+1 positive</source>
        <translation>+1 positiv</translation>
    </message>
    <message>
        <source>+2 very positive</source>
        <translation>+2 sehr positiv</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Observed in data</source>
        <translation>In Daten beobachtet</translation>
    </message>
    <message>
        <source>From research / interviews</source>
        <translation>Aus Erhebung / Interviews</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>One pain point per line</source>
        <translation>Ein Schmerzpunkt pro Zeile</translation>
    </message>
    <message>
        <source>One opportunity per line</source>
        <translation>Eine Chance pro Zeile</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Kundenaktion</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Emotion (as-is)</source>
        <translation>Emotion (Ist)</translation>
    </message>
    <message>
        <source>Emotion (to-be)</source>
        <translation>Emotion (Soll)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove Metric</source>
        <translation>Kennzahl entfernen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Neue Kennzahl</translation>
    </message>
    <message>
        <source>Journey step</source>
        <translation>Journey-Schritt</translation>
    </message>
    <message numerus="yes">
        <source>%n steps selected (showing “%1”)</source>
        <translation>
            <numerusform>%n Schritt ausgewählt (angezeigt: „%1“)</numerusform>
            <numerusform>%n Schritte ausgewählt (angezeigt: „%1“)</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Customer needs it serves</source>
        <translation>Bediente Kundenbedürfnisse</translation>
    </message>
</context>
<context>
    <name>oi::editor::StrategyChainsTree</name>
    <message>
        <source>Roles it changes or that work in its processes (%1)</source>
        <translation>Rollen, die sie verändert oder die in ihren Prozessen arbeiten (%1)</translation>
    </message>
    <message>
        <source>Processes (%1)</source>
        <translation>Prozesse (%1)</translation>
    </message>
    <message>
        <source>Journey steps (%1)</source>
        <translation>Journey-Schritte (%1)</translation>
    </message>
    <message>
        <source>Requirements on technology (%1)</source>
        <translation>Anforderungen an die Technologie (%1)</translation>
    </message>
    <message>
        <source>Customer needs served (%1)</source>
        <translation>Bediente Kundenbedürfnisse (%1)</translation>
    </message>
</context>
<context>
    <name>oi::editor::StrategyForm</name>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemessen an</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Met when</source>
        <translation>Erreicht, wenn</translation>
    </message>
    <message>
        <source>At task</source>
        <translation>Bei Aufgabe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>The executive who sets the strategy</source>
        <translation>Die Führungskraft, die die Strategie festlegt</translation>
    </message>
    <message>
        <source>“Measured on” links a goal to a simulated process; its target is then checked against the results (a share from 0 to 1 for abandonment and utilisation): the statistic of the measure, at most or at least the target.</source>
        <translation>„Gemessen an“ verknüpft ein Ziel mit einem simulierten Prozess; sein Zielwert wird dann mit den Ergebnissen abgeglichen (ein Anteil von 0 bis 1 für Abbruchquote und Auslastung): die Statistik der Kennzahl, höchstens oder mindestens der Zielwert.</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Remove Goal</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose a process to measure this goal on.</source>
        <translation>Wählen Sie einen Prozess, an dem dieses Ziel gemessen wird.</translation>
    </message>
    <message>
        <source>whole process</source>
        <translation>gesamter Prozess</translation>
    </message>
    <message>
        <source>Percentiles are taken of cycle times and waits; the rest are means</source>
        <translation>Perzentile werden für Durchlaufzeiten und Wartezeiten gebildet; der Rest sind Mittelwerte</translation>
    </message>
    <message>
        <source>The goal is met when the result is at most, or at least, the target</source>
        <translation>Das Ziel ist erreicht, wenn das Ergebnis höchstens bzw. mindestens dem Zielwert entspricht</translation>
    </message>
    <message>
        <source>A wait at one task of the measured process, or over all its tasks</source>
        <translation>Eine Wartezeit an einer Aufgabe des gemessenen Prozesses oder über alle seine Aufgaben</translation>
    </message>
    <message>
        <source>Whose utilisation is measured</source>
        <translation>Wessen Auslastung gemessen wird</translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceMatrixModel</name>
    <message>
        <source>%1 of %2 strategies covered</source>
        <translation>%1 von %2 Strategien abgedeckt</translation>
    </message>
    <message>
        <source>%1 of %2 roles covered</source>
        <translation>%1 von %2 Rollen abgedeckt</translation>
    </message>
    <message>
        <source>%1 of %2 processes covered</source>
        <translation>%1 von %2 Prozessen abgedeckt</translation>
    </message>
    <message>
        <source>%1 of %2 journey steps covered</source>
        <translation>%1 von %2 Journey-Schritten abgedeckt</translation>
    </message>
    <message>
        <source>%1 of %2 requirements covered</source>
        <translation>%1 von %2 Anforderungen abgedeckt</translation>
    </message>
    <message>
        <source>%1 of %2 process nodes covered</source>
        <translation>%1 von %2 Prozessknoten abgedeckt</translation>
    </message>
    <message>
        <source>%1 of %2 customer needs covered</source>
        <translation>%1 von %2 Kundenbedürfnissen abgedeckt</translation>
    </message>
    <message>
        <source>Strategies × roles</source>
        <translation>Strategien × Rollen</translation>
    </message>
    <message>
        <source>Roles × processes</source>
        <translation>Rollen × Prozesse</translation>
    </message>
    <message>
        <source>Journey steps × processes</source>
        <translation>Journey-Schritte × Prozesse</translation>
    </message>
    <message>
        <source>Requirements × journey steps</source>
        <translation>Anforderungen × Journey-Schritte</translation>
    </message>
    <message>
        <source>Requirements × process nodes</source>
        <translation>Anforderungen × Prozessknoten</translation>
    </message>
    <message>
        <source>Customer needs × journey steps</source>
        <translation>Kundenbedürfnisse × Journey-Schritte</translation>
    </message>
    <message>
        <source>%1 — %2: linked</source>
        <translation>%1 — %2: verknüpft</translation>
    </message>
    <message>
        <source>%1 — %2: not linked</source>
        <translation>%1 — %2: nicht verknüpft</translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceabilityEditor</name>
    <message>
        <source>Traceability</source>
        <translation>Nachverfolgbarkeit</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Traceability&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The outside-in chain at a glance: which roles serve which strategies, which customer needs each journey step meets, and the other links down to the requirements, one matrix at a time with its coverage. Choose the matrix and filter it by name above it; under it are the gaps (what nothing links to), the chain of each strategy and the executive decisions.&lt;/p&gt;&lt;p&gt;Select a row or column header to select that entity everywhere; its whole chain lights up.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nachverfolgbarkeit&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Outside-In-Kette auf einen Blick: welche Rollen welchen Strategien dienen, welche Kundenbedürfnisse jeder Journey-Schritt erfüllt, und die weiteren Verknüpfungen bis hinunter zu den Anforderungen, jeweils eine Matrix mit ihrer Abdeckung. Wählen Sie die Matrix und filtern Sie sie darüber nach Namen; darunter stehen die Lücken (worauf nichts verweist), die Kette jeder Strategie und die Entscheidungen des Managements.&lt;/p&gt;&lt;p&gt;Wählen Sie eine Zeilen- oder Spaltenüberschrift, um dieses Element überall auszuwählen; seine ganze Kette wird hervorgehoben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceabilityView</name>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Chain of each strategy</source>
        <translation>Kette jeder Strategie</translation>
    </message>
    <message>
        <source>&amp;Matrix:</source>
        <translation>&amp;Matrix:</translation>
    </message>
    <message>
        <source>Filter rows and columns by name</source>
        <translation>Zeilen und Spalten nach Namen filtern</translation>
    </message>
    <message>
        <source>Orphans and gaps</source>
        <translation>Verwaiste Elemente und Lücken</translation>
    </message>
    <message>
        <source>Executive decisions</source>
        <translation>Entscheidungen der Geschäftsleitung</translation>
    </message>
    <message>
        <source>Filter the matrix by name</source>
        <translation>Die Matrix nach Namen filtern</translation>
    </message>
    <message>
        <source>Traceability matrix</source>
        <translation>Nachverfolgbarkeitsmatrix</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::AdviceView</name>
    <message numerus="yes">
        <source>%1 of %n met (%2 before)</source>
        <translation>
            <numerusform>%1 von %n erreicht (vorher %2)</numerusform>
            <numerusform>%1 von %n erreicht (vorher %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Advise</source>
        <translation>&amp;Beraten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Add as &amp;What-If Scenario</source>
        <translation>Als &amp;Was-wäre-wenn-Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Remedy, best business case first</source>
        <translation>Abhilfe, bester Business Case zuerst</translation>
    </message>
    <message>
        <source>Net a week</source>
        <translation>Netto pro Woche</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Choose a scenario and press Advise: the advisor names the constraint and tries the remedies with the same random numbers, best business case first.</source>
        <translation>Wählen Sie ein Szenario und klicken Sie auf „Beraten“: Die Beratung benennt den Engpass und erprobt die Abhilfen mit denselben Zufallszahlen, den besten Business Case zuerst.</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Trying the remedies…</source>
        <translation>Abhilfen werden erprobt…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No advice: %1</source>
        <translation>Keine Beratung: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>By time of day: %1.</source>
        <translation>Nach Tageszeit: %1.</translation>
    </message>
    <message>
        <source>Not significant at 95 %: the gain may be chance.</source>
        <translation>Nicht signifikant auf 95-%-Niveau: Der Gewinn kann Zufall sein.</translation>
    </message>
    <message>
        <source>%1: %2 (before: %3)</source>
        <translation>%1: %2 (vorher: %3)</translation>
    </message>
    <message>
        <source>Add What-If Scenario %1</source>
        <translation>Was-wäre-wenn-Szenario %1 hinzufügen</translation>
    </message>
    <message>
        <source>Significant at 95 %: the whole 95 % interval of the gain is above zero.</source>
        <translation>Signifikant auf 95-%-Niveau: Das gesamte 95-%-Intervall des Gewinns liegt über null.</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>Save Data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ComparisonTable</name>
    <message>
        <source>Process and figure</source>
        <translation>Prozess und Kennzahl</translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>%1 does not run it</source>
        <translation>%1 führt ihn nicht aus</translation>
    </message>
    <message>
        <source>%1 runs %2 in its place</source>
        <translation>%1 führt stattdessen %2 aus</translation>
    </message>
    <message numerus="yes">
        <source>Mean over %n replications, ± the 95 % interval</source>
        <translation>
            <numerusform>Mittelwert über %n Replikation, ± 95-%-Intervall</numerusform>
            <numerusform>Mittelwert über %n Replikationen, ± 95-%-Intervall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Better, and significant: the paired 95 % interval (%n pairs) excludes zero.</source>
        <translation>
            <numerusform>Besser und signifikant: Das gepaarte 95-%-Intervall (%n Paar) schließt null aus.</numerusform>
            <numerusform>Besser und signifikant: Das gepaarte 95-%-Intervall (%n Paare) schließt null aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Worse, and significant: the paired 95 % interval (%n pairs) excludes zero.</source>
        <translation>
            <numerusform>Schlechter und signifikant: Das gepaarte 95-%-Intervall (%n Paar) schließt null aus.</numerusform>
            <numerusform>Schlechter und signifikant: Das gepaarte 95-%-Intervall (%n Paare) schließt null aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The paired 95 % interval (%n pairs) spans zero: no significant difference.</source>
        <translation>
            <numerusform>Das gepaarte 95-%-Intervall (%n Paar) schließt null ein: kein signifikanter Unterschied.</numerusform>
            <numerusform>Das gepaarte 95-%-Intervall (%n Paare) schließt null ein: kein signifikanter Unterschied.</numerusform>
        </translation>
    </message>
    <message>
        <source>significant?</source>
        <translation>signifikant?</translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>kein signifikanter Unterschied</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ComparisonView</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save Table as CSV…</source>
        <translation>Tabelle als CSV speichern…</translation>
    </message>
    <message>
        <source>Tick the scenarios to compare; the first ticked is the baseline. Drag to reorder.</source>
        <translation>Haken Sie die zu vergleichenden Szenarien an; das erste angehakte ist das Ausgangsszenario. Ziehen Sie, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source> replications each</source>
        <translation> Replikationen je Szenario</translation>
    </message>
    <message>
        <source>Every scenario runs with the same random numbers replication by replication (common random numbers), so each difference is paired. A change whose 95 % interval spans zero is no significant difference; significant changes are green when better and red when worse.</source>
        <translation>Jedes Szenario läuft Replikation für Replikation mit denselben Zufallszahlen (gemeinsame Zufallszahlen), daher ist jede Differenz gepaart. Eine Änderung, deren 95-%-Intervall null einschließt, ist kein signifikanter Unterschied; signifikante Änderungen sind grün, wenn besser, und rot, wenn schlechter.</translation>
    </message>
    <message>
        <source>Scenarios (the first ticked is the baseline):</source>
        <translation>Szenarien (das erste angehakte ist das Ausgangsszenario):</translation>
    </message>
    <message>
        <source>The project needs at least two scenarios to compare (Edit ▸ New ▸ Scenario).</source>
        <translation>Das Projekt braucht mindestens zwei Szenarien zum Vergleichen (Bearbeiten ▸ Neu ▸ Szenario).</translation>
    </message>
    <message>
        <source>Comparing %1…</source>
        <translation>%1 wird verglichen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The finished comparison belonged to a project that is no longer open; it was set aside.</source>
        <translation>Der abgeschlossene Vergleich gehörte zu einem Projekt, das nicht mehr geöffnet ist; er wurde verworfen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The comparison stopped: %1</source>
        <translation>Der Vergleich wurde beendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replications of each in %1 s.</source>
        <translation>
            <numerusform>Je %n Replikation in %1 s.</numerusform>
            <numerusform>Je %n Replikationen in %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project was edited meanwhile: the figures describe it as it was when they started.</source>
        <translation>Das Projekt wurde inzwischen bearbeitet: Die Zahlen beschreiben es im Zustand bei ihrem Start.</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation>Zu vergleichende Szenarien</translation>
    </message>
    <message>
        <source>Replications per scenario</source>
        <translation>Replikationen pro Szenario</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::KpiTile</name>
    <message>
        <source>The 95 % interval over the replications</source>
        <translation>Das 95-%-Intervall über die Replikationen</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ResultsDashboard</name>
    <message>
        <source>Run a simulation (Simulate ▸ Run Simulation, F5) to see here where the constraint is, how the goals fare and where the time goes.</source>
        <translation>Führen Sie eine Simulation aus (Simulieren ▸ Simulation starten, F5), um hier zu sehen, wo der Engpass liegt, wie es um die Ziele steht und wohin die Zeit geht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n replications of %2, the first %3 a warm-up</source>
        <translation>
            <numerusform>%1 — %n Replikation über %2, die ersten %3 als Einschwingphase</numerusform>
            <numerusform>%1 — %n Replikationen über %2, die ersten %3 als Einschwingphase</numerusform>
        </translation>
    </message>
    <message>
        <source>No constraint: no task had to wait for staff.</source>
        <translation>Kein Engpass: Keine Aufgabe musste auf Personal warten.</translation>
    </message>
    <message>
        <source>The constraint is &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; at %3: busy %4 of the staff-time on duty, %5 of all waiting is there.</source>
        <translation>Der Engpass ist &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; bei %3: %4 der Dienstzeit des Personals ausgelastet, %5 der gesamten Wartezeit entsteht dort.</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>By time of day: %1.</source>
        <translation>Nach Tageszeit: %1.</translation>
    </message>
    <message>
        <source>± is the 95 % interval over the replications; seed %1.</source>
        <translation>± ist das 95-%-Intervall über die Replikationen; Seed %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Goals of the strategy</source>
        <translation>Ziele der Strategie</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Where the time goes</source>
        <translation>Wohin die Zeit geht</translation>
    </message>
    <message>
        <source>The process whose cycle times are shown</source>
        <translation>Der Prozess, dessen Durchlaufzeiten gezeigt werden</translation>
    </message>
    <message numerus="yes">
        <source>Replications were added until every process&apos;s mean cycle time was known within ± %1: %n were needed.</source>
        <translation>
            <numerusform>Replikationen wurden hinzugefügt, bis die mittlere Durchlaufzeit jedes Prozesses auf ± %1 genau bekannt war: %n war nötig.</numerusform>
            <numerusform>Replikationen wurden hinzugefügt, bis die mittlere Durchlaufzeit jedes Prozesses auf ± %1 genau bekannt war: %n waren nötig.</numerusform>
        </translation>
    </message>
    <message>
        <source>MSER-5 chose the warm-up of %1 from the first replication&apos;s work in process.</source>
        <translation>MSER-5 hat die Einschwingphase von %1 aus dem Bestand in Bearbeitung der ersten Replikation gewählt.</translation>
    </message>
    <message>
        <source>The constraint</source>
        <translation>Der Engpass</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ResultsView</name>
    <message>
        <source>Run the simulation to read its report here.</source>
        <translation>Führen Sie die Simulation aus, um hier ihren Bericht zu lesen.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Laufverlauf</translation>
    </message>
    <message>
        <source>Text Report</source>
        <translation>Textbericht</translation>
    </message>
    <message>
        <source>The project has changed since this run: these figures describe it as it was then. Run the simulation again (F5) for current figures.</source>
        <translation>Das Projekt hat sich seit diesem Lauf geändert: Diese Zahlen beschreiben seinen damaligen Zustand. Führen Sie die Simulation erneut aus (F5), um aktuelle Zahlen zu erhalten.</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Text report</source>
        <translation>Textbericht</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::RunDetails</name>
    <message>
        <source>&lt;p&gt;No run yet. &lt;i&gt;Simulate ▸ Run Simulation&lt;/i&gt; (F5) runs the scenario chosen in the Simulation panel; its results appear here and on the maps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch kein Lauf. &lt;i&gt;Simulieren ▸ Simulation starten&lt;/i&gt; (F5) führt das im Bereich „Simulation“ gewählte Szenario aus; seine Ergebnisse erscheinen hier und auf den Karten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>Über diesen Lauf</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Replikationen</translation>
    </message>
    <message>
        <source>%1 (first %2), seed %3</source>
        <translation>%1 (erste %2), Seed %3</translation>
    </message>
    <message>
        <source>Each replication</source>
        <translation>Jede Replikation</translation>
    </message>
    <message>
        <source>%1, of which the first %2 is warm-up (not measured)</source>
        <translation>%1, davon die ersten %2 Einschwingphase (nicht gemessen)</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Einschwingphase</translation>
    </message>
    <message>
        <source>chosen by MSER-5</source>
        <translation>von MSER-5 gewählt</translation>
    </message>
    <message>
        <source>Stopping rule</source>
        <translation>Abbruchregel</translation>
    </message>
    <message>
        <source>until each mean cycle time is within ± %1</source>
        <translation>bis jede mittlere Durchlaufzeit auf ± %1 genau ist</translation>
    </message>
    <message>
        <source>the replications asked for</source>
        <translation>die angeforderten Replikationen</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>%1 events in %2 s</source>
        <translation>%1 Ereignisse in %2 s</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>changed since the run: the figures describe it as it was</source>
        <translation>seit dem Lauf geändert: Die Zahlen beschreiben den damaligen Zustand</translation>
    </message>
    <message>
        <source>as simulated (fingerprint %1)</source>
        <translation>wie simuliert (Fingerabdruck %1)</translation>
    </message>
    <message>
        <source>Precision of the mean cycle time</source>
        <translation>Genauigkeit der mittleren Durchlaufzeit</translation>
    </message>
    <message>
        <source>± %1 of the mean</source>
        <translation>± %1 des Mittelwerts</translation>
    </message>
    <message>
        <source>no interval (fewer than two replications measured it)</source>
        <translation>kein Intervall (weniger als zwei Replikationen haben sie gemessen)</translation>
    </message>
    <message>
        <source>&lt;p&gt;A wider interval narrows with more replications: about half as wide for four times as many.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein breiteres Intervall wird mit mehr Replikationen enger: etwa halb so breit bei viermal so vielen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::RunHistoryView</name>
    <message>
        <source>Open on the Dashboard</source>
        <translation>Im Dashboard öffnen</translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>Die beiden vergleichen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Replikationen</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the project&apos;s run history? This cannot be undone.</source>
        <translation>
            <numerusform>%n Lauf aus dem Laufverlauf des Projekts löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Läufe aus dem Laufverlauf des Projekts löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs are kept in .oistudio projects. Save this project as .oistudio (File ▸ Save As) to keep every run with its inputs and results.</source>
        <translation>Läufe werden in .oistudio-Projekten gespeichert. Speichern Sie dieses Projekt als .oistudio (Datei ▸ Speichern unter), um jeden Lauf mit seinen Eingaben und Ergebnissen zu behalten.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>run on unsaved edits</source>
        <translation>Lauf auf ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>model changed since</source>
        <translation>Modell seither geändert</translation>
    </message>
    <message>
        <source>as now</source>
        <translation>wie jetzt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>The figures describe the model as it was when the run started, not as it is now.</source>
        <translation>Die Zahlen beschreiben das Modell im Zustand beim Start des Laufs, nicht im jetzigen.</translation>
    </message>
    <message>
        <source>The run history cannot be read: %1</source>
        <translation>Der Laufverlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No runs yet: every simulation of this project is kept here.</source>
        <translation>Noch keine Läufe: Jede Simulation dieses Projekts wird hier aufbewahrt.</translation>
    </message>
    <message>
        <source>Select one run to open it, or two to compare them (the earlier one is the baseline).</source>
        <translation>Wählen Sie einen Lauf aus, um ihn zu öffnen, oder zwei, um sie zu vergleichen (der frühere ist die Basis).</translation>
    </message>
    <message>
        <source>There is no run %1 in the history.</source>
        <translation>Im Verlauf gibt es keinen Lauf %1.</translation>
    </message>
    <message>
        <source>The run of %1 cannot be read: %2</source>
        <translation>Der Lauf vom %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>From the run history: %1.</source>
        <translation>Aus dem Laufverlauf: %1.</translation>
    </message>
    <message>
        <source>This run is marked: %1.</source>
        <translation>Dieser Lauf ist markiert: %1.</translation>
    </message>
    <message>
        <source>Two runs of the history, paired replication by replication.</source>
        <translation>Zwei Läufe aus dem Verlauf, Replikation für Replikation gepaart.</translation>
    </message>
    <message>
        <source>Their seeds differ, so they share no random numbers: the intervals are wider.</source>
        <translation>Ihre Seeds unterscheiden sich, daher teilen sie keine Zufallszahlen: Die Intervalle sind breiter.</translation>
    </message>
    <message>
        <source>A marked run describes the model as it was then.</source>
        <translation>Ein markierter Lauf beschreibt das Modell im damaligen Zustand.</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::PocScenarioForm</name>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>No PoC scenario selected. Add one, or draft one for each journey with Draft from Journeys.</source>
        <translation>Kein PoC-Szenario ausgewählt. Fügen Sie eines hinzu oder entwerfen Sie mit „Aus Journeys entwerfen“ eines für jede Journey.</translation>
    </message>
    <message>
        <source>What the vendor demonstrates</source>
        <translation>Was der Anbieter vorführt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Role and task</source>
        <translation>Rolle und Aufgabe</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Steps of the PoC scenario</source>
        <translation>Schritte des PoC-Szenarios</translation>
    </message>
    <message>
        <source>What the customer does at this step</source>
        <translation>Was der Kunde in diesem Schritt tut</translation>
    </message>
    <message>
        <source>The test data the buyer hands the vendor</source>
        <translation>Die Testdaten, die der Auftraggeber dem Anbieter übergibt</translation>
    </message>
    <message>
        <source>What the evaluators must see</source>
        <translation>Was die Bewerter sehen müssen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Customer&apos;s action</source>
        <translation>Aktion des Kunden</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Requirement demonstrated</source>
        <translation>Vorgeführte Anforderung</translation>
    </message>
    <message>
        <source>Data the buyer provides</source>
        <translation>Vom Auftraggeber bereitgestellte Daten</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Erwartetes Ergebnis</translation>
    </message>
    <message>
        <source>Minutes allowed</source>
        <translation>Zulässige Minuten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Steps the vendor demonstrates live</source>
        <translation>Schritte, die der Anbieter live vorführt</translation>
    </message>
    <message>
        <source>(no journey)</source>
        <translation>(keine Journey)</translation>
    </message>
    <message>
        <source>(no process)</source>
        <translation>(kein Prozess)</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes in all</source>
        <translation>%1 Minuten insgesamt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Buyer&apos;s data: %1
Expected: %2</source>
        <translation>Daten des Auftraggebers: %1
Erwartet: %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Select a step to edit it</source>
        <translation>Wählen Sie einen Schritt aus, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(keine Rolle)</translation>
    </message>
    <message>
        <source>(no task)</source>
        <translation>(keine Aufgabe)</translation>
    </message>
    <message>
        <source>(no requirement)</source>
        <translation>(keine Anforderung)</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::VendorComparison</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Bewertung</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 von höchstens %2</translation>
    </message>
    <message>
        <source>The weighted score as a share of the most a vendor could score (%1)</source>
        <translation>Die gewichtete Bewertung als Anteil an der höchstmöglichen Bewertung eines Anbieters (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Knocked out: the Must %1 scored 0</source>
        <translation>Ausgeschieden: Die Muss-Anforderung %1 wurde mit 0 bewertet</translation>
    </message>
    <message>
        <source>Knocked out: the Musts %1 scored 0</source>
        <translation>Ausgeschieden: Die Muss-Anforderungen %1 wurden mit 0 bewertet</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Führt</translation>
    </message>
    <message>
        <source>In the running</source>
        <translation>Im Rennen</translation>
    </message>
    <message>
        <source>No vendors yet: add them, or import a filled-in scoring sheet.</source>
        <translation>Noch keine Anbieter: Fügen Sie welche hinzu oder importieren Sie einen ausgefüllten Bewertungsbogen.</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::VendorPocEditor</name>
    <message>
        <source>Vendor PoC</source>
        <translation>Anbieter-PoC</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::VendorPocPage</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Draft from Journeys</source>
        <translation>Aus Journeys entwerfen</translation>
    </message>
    <message>
        <source>Add a PoC scenario</source>
        <translation>PoC-Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected PoC scenario</source>
        <translation>Das ausgewählte PoC-Szenario entfernen</translation>
    </message>
    <message>
        <source>Move the scenario up the script</source>
        <translation>Das Szenario im Skript nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the scenario down the script</source>
        <translation>Das Szenario im Skript nach unten verschieben</translation>
    </message>
    <message>
        <source>Draft a scenario for each journey that has none, along its to-be process</source>
        <translation>Für jede Journey ohne Szenario eines entwerfen, entlang ihres Soll-Prozesses</translation>
    </message>
    <message>
        <source>PoC scenarios</source>
        <translation>PoC-Szenarien</translation>
    </message>
    <message>
        <source>PoC Scenarios</source>
        <translation>PoC-Szenarien</translation>
    </message>
    <message>
        <source>Vendors and Scoring</source>
        <translation>Anbieter und Bewertung</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vendor PoC&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The proof-of-concept scenarios the vendors must demonstrate live, stored in the project: add, remove, reorder and edit them step by step. &lt;i&gt;Vendors and Scoring&lt;/i&gt; holds the vendors, the evaluators&apos; scores 0–3 per requirement, the weight of each priority and the comparison; a Must scored 0 knocks a vendor out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Anbieter-PoC&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Proof-of-Concept-Szenarien, die die Anbieter live vorführen müssen, im Projekt gespeichert: Fügen Sie sie hinzu, entfernen Sie sie, ordnen Sie sie neu und bearbeiten Sie sie Schritt für Schritt. &lt;i&gt;Anbieter und Bewertung&lt;/i&gt; enthält die Anbieter, die Bewertungen der Bewerter von 0–3 je Anforderung, das Gewicht jeder Priorität und den Vergleich; eine mit 0 bewertete Muss-Anforderung lässt einen Anbieter ausscheiden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::VendorScoring</name>
    <message>
        <source>Add Vendor</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Remove Vendor</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Double-click a vendor to rename it</source>
        <translation>Doppelklicken Sie auf einen Anbieter, um ihn umzubenennen</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Scores per requirement and vendor</source>
        <translation>Bewertungen je Anforderung und Anbieter</translation>
    </message>
    <message>
        <source>Vendor comparison</source>
        <translation>Anbietervergleich</translation>
    </message>
    <message>
        <source>Weight per priority</source>
        <translation>Gewicht je Priorität</translation>
    </message>
    <message>
        <source>Scores per requirement: 0 not shown, 1 partly, 2 largely, 3 fully met</source>
        <translation>Bewertungen je Anforderung: 0 nicht gezeigt, 1 teilweise, 2 weitgehend, 3 vollständig erfüllt</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>Neuer Anbieter</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>0 not shown, 1 partly, 2 largely, 3 fully met; – not scored yet</source>
        <translation>0 nicht gezeigt, 1 teilweise, 2 weitgehend, 3 vollständig erfüllt; – noch nicht bewertet</translation>
    </message>
    <message>
        <source>Score of %1 for %2</source>
        <translation>Bewertung von %1 für %2</translation>
    </message>
</context>
<context>
    <name>oi::model</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;journey&quot;</source>
        <translation>„journey“ erwartet</translation>
    </message>
    <message>
        <source>expected &quot;task name: score 1-5: actors&quot;</source>
        <translation>„task name: score 1-5: actors“ erwartet</translation>
    </message>
    <message>
        <source>line 1: expected &quot;journey&quot;</source>
        <translation>Zeile 1: „journey“ erwartet</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation>Offset %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;outsidein-journey&quot;</source>
        <translation>„outsidein-journey“ erwartet</translation>
    </message>
    <message>
        <source>only version 1 is supported</source>
        <translation>nur Version 1 wird unterstützt</translation>
    </message>
    <message>
        <source>unknown node type</source>
        <translation>unbekannter Knotentyp</translation>
    </message>
    <message>
        <source>role index out of range</source>
        <translation>Rollenindex außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>expected an unsigned number</source>
        <translation>vorzeichenlose Zahl erwartet</translation>
    </message>
    <message>
        <source>missing: results written without replication data cannot be merged</source>
        <translation>fehlt: Ergebnisse, die ohne Replikationsdaten geschrieben wurden, können nicht zusammengeführt werden</translation>
    </message>
    <message>
        <source>no replications</source>
        <translation>keine Replikationen</translation>
    </message>
    <message>
        <source>nothing to merge</source>
        <translation>nichts zusammenzuführen</translation>
    </message>
    <message>
        <source>replication %1 appears in more than one shard</source>
        <translation>Replikation %1 kommt in mehr als einem Shard vor</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;</source>
        <translation>unbekanntes Szenario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;</source>
        <translation>Szenario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: headcount override for unknown role &apos;%2&apos;</source>
        <translation>%1: Abweichende Personalstärke für unbekannte Rolle &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: headcount for role &apos;%2&apos; must be &gt;= 0</source>
        <translation>%1: Die Personalstärke der Rolle &apos;%2&apos; muss &gt;= 0 sein</translation>
    </message>
    <message>
        <source>%1: the arrival multiplier must be &gt; 0</source>
        <translation>%1: Der Ankunftsfaktor muss &gt; 0 sein</translation>
    </message>
    <message>
        <source>%1: duration override for unknown node &apos;%2&apos; (expected process/node)</source>
        <translation>%1: Abweichende Dauer für unbekannten Knoten &apos;%2&apos; (erwartet: process/node)</translation>
    </message>
    <message>
        <source>%1: duration factor for &apos;%2&apos; must be &gt; 0</source>
        <translation>%1: Der Dauerfaktor für &apos;%2&apos; muss &gt; 0 sein</translation>
    </message>
    <message>
        <source>%1: cross-training added to unknown role &apos;%2&apos;</source>
        <translation>%1: Querqualifizierung für unbekannte Rolle &apos;%2&apos; hinzugefügt</translation>
    </message>
    <message>
        <source>%1: role &apos;%2&apos; cross-trained for unknown role &apos;%3&apos;</source>
        <translation>%1: Rolle &apos;%2&apos; querqualifiziert für unbekannte Rolle &apos;%3&apos;</translation>
    </message>
    <message>
        <source>expected 16 hexadecimal digits</source>
        <translation>16 Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>expected &apos;finish&apos; or &apos;hand-back&apos;</source>
        <translation>&apos;finish&apos; oder &apos;hand-back&apos; erwartet</translation>
    </message>
    <message>
        <source>shard %1 has a different %2 from shard 1 (%3, not %4): not parts of one run</source>
        <translation>Shard %1 hat ein anderes %2 als Shard 1 (%3, nicht %4): keine Teile eines Laufs</translation>
    </message>
    <message>
        <source>shard %1 has a different model from shard 1 (its processes, nodes or roles differ): not parts of one run</source>
        <translation>Shard %1 hat ein anderes Modell als Shard 1 (seine Prozesse, Knoten oder Rollen weichen ab): keine Teile eines Laufs</translation>
    </message>
    <message>
        <source>the base model</source>
        <translation>das Basismodell</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is nothing with the id &quot;%1&quot; to rename.</source>
        <translation>Es gibt nichts mit der ID „%1“ zum Umbenennen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to another parent than &quot;%2&quot;; an id can be renamed, not moved.</source>
        <translation>„%1“ gehört zu einem anderen übergeordneten Element als „%2“; eine ID kann umbenannt, aber nicht verschoben werden.</translation>
    </message>
    <message>
        <source>The new id is empty.</source>
        <translation>Die neue ID ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: ids have no spaces and no &quot;/&quot;.</source>
        <translation>„%1“ kann keine ID sein: IDs enthalten keine Leerzeichen und kein „/“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has that id.</source>
        <translation>„%1“ hat bereits diese ID.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already taken.</source>
        <translation>Die ID „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 3</source>
        <translation>ganze Zahl von 1 bis 3 erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a variant of process &apos;%3&apos;</source>
        <translation>%1: &apos;%2&apos; ist keine Variante des Prozesses &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; reassigned to unknown role &apos;%3&apos;</source>
        <translation>%1: &apos;%2&apos; der unbekannten Rolle &apos;%3&apos; zugewiesen</translation>
    </message>
    <message>
        <source>%1: reassignment of unknown task &apos;%2&apos; (expected process/node)</source>
        <translation>%1: Neuzuweisung der unbekannten Aufgabe &apos;%2&apos; (erwartet: process/node)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>the file name is too long for this folder (at most %1 bytes, and a save needs %2 more for its temporary copy)</source>
        <translation>Der Dateiname ist für diesen Ordner zu lang (höchstens %1 Bytes, und beim Speichern werden %2 weitere für die temporäre Kopie benötigt)</translation>
    </message>
    <message>
        <source>cannot name the temporary copy</source>
        <translation>Die temporäre Kopie kann nicht benannt werden</translation>
    </message>
    <message>
        <source>the file is over %1 MB; journey files are read up to that size.</source>
        <translation>Die Datei ist größer als %1 MB; Journey-Dateien werden bis zu dieser Größe gelesen.</translation>
    </message>
    <message>
        <source>the journey has more than %1 steps; journeys are read up to that many.</source>
        <translation>Die Journey hat mehr als %1 Schritte; Journeys werden bis zu dieser Anzahl gelesen.</translation>
    </message>
    <message>
        <source>%1 is older than this program reads (3 or later): simulate the shards again</source>
        <translation>%1 ist älter, als dieses Programm liest (3 oder später): Simulieren Sie die Shards erneut</translation>
    </message>
</context>
<context>
    <name>oi::model::Reader</name>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a whole number from -2 to 2</source>
        <translation>ganze Zahl von -2 bis 2 erwartet</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>Liste von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannter Wert „%1“ (erwartet: einer von %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>expected %1 entries, found %2</source>
        <translation>%1 Einträge erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>bad histogram bucket</source>
        <translation>fehlerhafte Histogrammklasse</translation>
    </message>
</context>
<context>
    <name>oi::model::detail</name>
    <message>
        <source>staffing for unknown role &apos;%1&apos;</source>
        <translation>Personalbesetzung für unbekannte Rolle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>staffing window for &apos;%1&apos; must satisfy 0 &lt;= from &lt; to &lt;= period</source>
        <translation>Das Personalzeitfenster für &apos;%1&apos; muss 0 &lt;= from &lt; to &lt;= period erfüllen</translation>
    </message>
    <message>
        <source>the staffing window for &apos;%1&apos; repeats every %2, which does not fit the role&apos;s shifts</source>
        <translation>Das Personalzeitfenster für &apos;%1&apos; wiederholt sich alle %2, was nicht zu den Schichten der Rolle passt</translation>
    </message>
    <message>
        <source>demand change for unknown process &apos;%1&apos;</source>
        <translation>Nachfrageänderung für unbekannten Prozess &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the demand multiplier for &apos;%1&apos; cannot be negative</source>
        <translation>Der Nachfragefaktor für &apos;%1&apos; kann nicht negativ sein</translation>
    </message>
    <message>
        <source>demand of &apos;%1/%2&apos; changes only in a window when its arrivals are a rate calendar or exponential</source>
        <translation>Die Nachfrage von &apos;%1/%2&apos; ändert sich nur dann in einem Zeitfenster, wenn ihre Ankünfte ein Ratenkalender oder exponentiell sind</translation>
    </message>
    <message>
        <source>the demand window for &apos;%1&apos; does not repeat with its arrivals</source>
        <translation>Das Nachfragezeitfenster für &apos;%1&apos; wiederholt sich nicht mit seinen Ankünften</translation>
    </message>
    <message>
        <source>diversion from &apos;%1&apos; to &apos;%2&apos; names an unknown process</source>
        <translation>Die Umlenkung von &apos;%1&apos; nach &apos;%2&apos; nennt einen unbekannten Prozess</translation>
    </message>
    <message>
        <source>the share diverted from &apos;%1&apos; must be between 0 and 1</source>
        <translation>Der von &apos;%1&apos; umgelenkte Anteil muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>process &apos;%1&apos; has no start node for diverted cases</source>
        <translation>Prozess &apos;%1&apos; hat keinen Startknoten für umgelenkte Fälle</translation>
    </message>
</context>
<context>
    <name>oi::review</name>
    <message>
        <source>At: %1</source>
        <translation>Bei: %1</translation>
    </message>
    <message>
        <source>Across the journey</source>
        <translation>Über die gesamte Journey</translation>
    </message>
    <message>
        <source>What technology must support</source>
        <translation>Was die Technologie unterstützen muss</translation>
    </message>
    <message>
        <source>Technology supports the redesign; it does not drive it.</source>
        <translation>Die Technologie unterstützt die Neugestaltung; sie gibt nicht den Takt vor.</translation>
    </message>
    <message>
        <source>no role yet</source>
        <translation>noch keine Rolle</translation>
    </message>
    <message>
        <source>no process yet</source>
        <translation>noch kein Prozess</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1 requirements, %2 of them Must</source>
        <translation>%1 Anforderungen, davon %2 Muss</translation>
    </message>
    <message>
        <source>From strategy to technology</source>
        <translation>Von der Strategie zur Technologie</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation>Hinterfragt</translation>
    </message>
    <message>
        <source>the %1 scenario and its remedy</source>
        <translation>das Szenario %1 und seine Abhilfe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Irritates</source>
        <translation>Stört</translation>
    </message>
    <message>
        <source>Hurts</source>
        <translation>Schmerzt</translation>
    </message>
    <message>
        <source>Drives customers away</source>
        <translation>Vertreibt Kunden</translation>
    </message>
    <message>
        <source>As %1 lives it</source>
        <translation>Wie %1 es erlebt</translation>
    </message>
    <message>
        <source>Constraint: %1 — work waits while no %2 is on duty%3</source>
        <translation>Engpass: %1 — Arbeit wartet, während keine Person als %2 im Dienst ist%3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Constraint: %1 — %2 busy %3 of the time</source>
        <translation>Engpass: %1 — %2 %3 der Zeit ausgelastet</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Bedient: %1</translation>
    </message>
    <message>
        <source>the review could not be built: %1</source>
        <translation>Die Review konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>outsidein: --export deck writes a PDF; name the file OUT.pdf, not %1.
</source>
        <translation>outsidein: --export deck schreibt ein PDF; nennen Sie die Datei OUT.pdf, nicht %1.
</translation>
    </message>
    <message>
        <source>outsidein: %1 could not be opened; nothing was exported.
</source>
        <translation>outsidein: %1 konnte nicht geöffnet werden; es wurde nichts exportiert.
</translation>
    </message>
    <message>
        <source>outsidein: %1
</source>
        <translation>outsidein: %1
</translation>
    </message>
    <message>
        <source>Our customers: %1.</source>
        <translation>Unsere Kunden: %1.</translation>
    </message>
    <message>
        <source>Outside-in review</source>
        <translation>Outside-in-Review</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Verändert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengelegt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>no longer done</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Duties change</source>
        <translation>Aufgaben ändern sich</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>%1 → %2 people</source>
        <translation>%1 → %2 Personen</translation>
    </message>
    <message>
        <source>Roles for: %1</source>
        <translation>Rollen für: %1</translation>
    </message>
    <message>
        <source>Other role changes</source>
        <translation>Weitere Rollenänderungen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>What the simulation says</source>
        <translation>Was die Simulation sagt</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Not simulated yet: run the as-is and to-be scenarios in the studio, and the figures appear here.</source>
        <translation>Noch nicht simuliert: Führen Sie die Ist- und Soll-Szenarien im Studio aus, dann erscheinen die Zahlen hier.</translation>
    </message>
    <message>
        <source>%1: time to complete</source>
        <translation>%1: Zeit bis zum Abschluss</translation>
    </message>
    <message>
        <source>%1: customers lost waiting</source>
        <translation>%1: beim Warten verlorene Kunden</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Simulated for this review: %1 replications of each scenario.</source>
        <translation>Für diese Review simuliert: %1 Replikationen je Szenario.</translation>
    </message>
    <message>
        <source>From the latest stored run of each scenario.</source>
        <translation>Aus dem jeweils letzten gespeicherten Lauf jedes Szenarios.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Too close to call</source>
        <translation>Nicht entscheidbar</translation>
    </message>
    <message>
        <source>the model as it is</source>
        <translation>das Modell im aktuellen Zustand</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation>Simuliert: %1</translation>
    </message>
</context>
<context>
    <name>oi::review::ReviewModel</name>
    <message>
        <source>Executive review</source>
        <translation>Management-Review</translation>
    </message>
</context>
<context>
    <name>oi::review::ReviewView</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>sim</name>
    <message>
        <source>expected 16 hexadecimal digits</source>
        <translation>16 Hexadezimalziffern erwartet</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>expected a count &gt;= 0</source>
        <translation>Anzahl &gt;= 0 erwartet</translation>
    </message>
</context>
</TS>

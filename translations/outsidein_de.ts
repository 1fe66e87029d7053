<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>wait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · nobody on duty %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process · %1 per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint · busy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long wait, busy ≥ 70 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean waits per visit over the simulated run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Process %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 cases arrived, %2 completed, %3 customers lost (abandoned); %4 still in process on average
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  throughput %1; cycle time %2 (half of the cases within %3, 90 % within %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % wait less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest queue (mean of runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 against M/M/%2 (Erlang C): mean wait %3 (simulated %4), share who wait %5 (simulated %6)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  from %1 to %2: %3 of cases
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replications (first %1), each %2 long after a warm-up of %3, seed %4
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events in %2 s, fingerprint %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Role utilisation (busy staff-time / staff-time on duty)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ± %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overtime %1 of staff-time per replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Bottlenecks (score = (utilisation + share of all waiting) / 2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of all waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constraint is %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint by time of day:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
What-if sweep (common random numbers; change versus base, 95 %)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (the project&apos;s unit), mean over the simulated run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting per case in the whole process</source>
        <translation type="unfinished"></translation>
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
    <name>Cli</name>
    <message>
        <source>Converts a project between .oi.yaml and .oistudio (chosen by extension).
Refuses to write when the input has errors.
Exit code: 0 written, 1 the input has errors, 2 usage or I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert: give exactly one input and one output file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; nothing was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a project file and list every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert between .oi.yaml and .oistudio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the discrete-event simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge sharded simulation results (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options] FILE...

Outside-In Studio on the command line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.
Options: -h, --help  this text;  -v, --version  the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown command &apos;%2&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a project file (.oi.yaml or .oistudio) and lists every problem.
Exit code: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file(s) to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print errors only, no warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: no file given.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>write a journey as JSON or Mermaid (pictures: outsidein --export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename an id and every reference to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1 %2 to %3 and %n references to it in %4.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Convert</name>
    <message>
        <source>%1: unknown output type; use a name ending in .oi.yaml or .oistudio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>%1: the %2 view has no picture to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editors</name>
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
</context>
<context>
    <name>EmotionCurveItem</name>
    <message>
        <source>Drag a point to change the emotion; Shift-drag to set the to-be emotion. The ring is the to-be value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HumanUnits</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyClipboard</name>
    <message>
        <source>The clipboard holds no journey steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard&apos;s steps come from an unknown version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyGridItem</name>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stages yet: right-click here or use Add Stage to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to-be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyLayout</name>
    <message>
        <source>(No stage)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyOperations</name>
    <message>
        <source>Delete Stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Delete %n Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %n Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %n Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %n Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %n Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyPicture</name>
    <message>
        <source>%1: %2 dpi is outside 24..1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2 × %3 pixel image is too large; choose a lower resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough memory for a %2 × %3 pixel image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map exported by Outside-In Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no journey to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot draw the SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot draw the journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg, pdf, html, mmd or json)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show editor &lt;name&gt; first: journey, roles, processes or requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show editor number &lt;index&gt; first (0 = journey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the window &lt;W&gt;x&lt;H&gt; pixels (e.g. 1600x1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate &lt;scenario&gt; once the project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint &lt;kind&gt; (journey) of the project to the file given after it (png, svg, pdf or html) and quit, with no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export: the journey to paint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export: the process to paint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export to PNG: dots per inch (default 96).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>&lt;project&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPlace</name>
    <message>
        <source>the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (journey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (journey step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (requirement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (strategy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (persona)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2 (process step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, flow %2 (process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectIo</name>
    <message>
        <source>cannot open the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file type; use a name ending in .oi.yaml, .yaml, .yml or .oistudio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: unknown file type; use a name ending in .oi.yaml or .oistudio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB; project files are read up to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>the project row is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Outside-In Studio document (not an SQLite database, or damaged: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database, but not an Outside-In Studio document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is damaged or truncated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is damaged: it has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has schema version %1, written by a newer Outside-In Studio; this version reads up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upgrade is known from schema version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty, but should hold JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a JSON list, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a JSON object, not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be an object, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member “%1” should be %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be text, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a distribution; expected one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member ᳊pacity” should be a list, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member “rates” should be a list, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table is missing or lacks a column (%1), so the document is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table cannot be read (%1), so the document is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should hold a whole number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1, which is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should hold 0 or 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should hold a number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should hold a finite number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1, which is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should hold a whole number of at least 0, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table steps, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to journey position %1, but there is no such journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to process position %1, but there is no such process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>1 journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDetailsItem</name>
    <message>
        <source>%1 — not in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer-initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Rename Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Journey Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Journey Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Customer Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Customer-Initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change To-Be Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Pain Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Moment of Truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Front-Stage Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Back-Stage Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Step Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Step Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Journey</source>
        <translation>Journey importieren</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %n Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %n Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Project Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Time Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Simulation Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Strategy Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Strategy Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Persona Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Jobs to Be Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Customer&apos;s Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change As-Is Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change To-Be Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Kind of Role Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Driving Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Cross-Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Process Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Process Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Node Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Arrival Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Requirement Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Requirement Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Acceptance Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Requirement Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Requirement Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Scenario Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Scenario Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Arrival Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Duration Factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Added Cross-Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Id %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>a time cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max must not be smaller than min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs min ≤ mode ≤ max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max must be larger than min (use fixed for a constant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mean must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard deviation must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard deviation cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k must be a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one weight per value (%1 values, %2 weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights must be zero or more and not all zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task needs the role that performs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task needs a duration distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a timer needs a duration (its delay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start node needs arrivals: a distribution or a rate calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time between arrivals is always 0, so cases would arrive without end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs 0 ≤ from &lt; to ≤ period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no block has a rate above zero, so no case would ever arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only start nodes have arrivals and patience; they are ignored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flow needs both ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node of this process has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a probability must be between 0 and 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only flows leaving an xor gateway take a probability; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every flow leaving an xor gateway needs a probability (%1 have none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probabilities of the flows leaving this xor gateway add up to %1, not 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an and-join with fewer than two incoming flows only passes cases through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this and-join waits for %1 incoming flows, but no and-split upstream sends a case down each of them together, so it can never fire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every node needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used by another node of this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process has no nodes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a start node cannot have incoming flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end node cannot have outgoing flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process has no start node, so no case can enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process has no end node, so no case can finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flow from a start node reaches this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case reaching this node is stuck: it has no outgoing flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this node is in a loop with no way out to an end node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an and-split with fewer than two outgoing flows does not split anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used by another %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 has the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a node of a process (write process/node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a process nor a process/node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the horizon cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warm-up cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warm-up must be shorter than the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replications cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every stage needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used by another stage of this journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every step needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used by another step (step ids are unique in the project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey %1 has no stage %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emotion must be between -2 and +2, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every metric needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the normal range is empty: low is above high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role is always trained for its own work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a requirement needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arrival multiplier cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration factor must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no strategy explains this role (set its strategy, or give it a task in a process that has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step is linked to no process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step needs this requirement and it names no process node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps block %1; the blocks of a calendar must not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 outgoing flows, but only a gateway (xor or and-split) may branch; add one after this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>role %1 has no staff but task %2 needs it; give it a headcount (or a shift with staff) or cross-train another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 has no staff but tasks %2 need it; give it a headcount (or a shift with staff) or cross-train another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arrival multiplier must be greater than zero (no arrivals at all cannot be simulated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implausible headcount %1; at most %2 staff can be simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a retired role has no to-be responsibilities; move them to the roles that take them over, or choose another kind of change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlLimits</name>
    <message>
        <source>the file is %1 MB; project files are read up to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 nests deeper than %2 levels; project files nest far less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file expands to more than %1 values (aliases count each time they are used); project files are read up to that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file nests deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file expands to more than %1 MB of text (aliases count each time they are used); project files are read up to that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlMigration</name>
    <message>
        <source>No upgrade is known from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a map of keys and values, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required but missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known value; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be text, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should hold numbers only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice in the same map; only the first is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known key here and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a list, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a whole number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>should be a number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no format header; reading it as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Outside-In Studio format; expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1, written by a newer Outside-In Studio; this version reads up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid YAML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file should be a map with format, project, roles, processes... at the top, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no project section with the project&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app</name>
    <message>
        <source>outsidein: --export %1: unknown kind; this version exports %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outsidein: --export %1: %2 is not a format it writes; use %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outsidein: %1 could not be opened; nothing was exported.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outsidein: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::Autosaver</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::DocumentManager</name>
    <message>
        <source>The bundled file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
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
        <source>Autosave &amp;Interval…</source>
        <translation>Intervall für automatisches &amp;Speichern…</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside-In projects (*.oistudio *.oi.yaml *.yaml *.yml);;Studio documents (*.oistudio);;YAML projects (*.oi.yaml *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Outside-In Studio has an autosaved copy of %1 that is newer than the file. It holds changes that were not saved.

Open the recovered copy?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved.

%2</source>
        <translation type="unfinished"></translation>
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
        <source>Autosave Interval</source>
        <translation>Intervall für automatisches Speichern</translation>
    </message>
    <message>
        <source>Write a recovery copy of unsaved work every (seconds, 0 = never):</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  |  %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved work on %1; save to keep it.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triangular %1/%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exponential, mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal %1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lognormal %1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gamma %1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang-%1, mean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>empirical (%n values)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message>
        <source>%n steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>peaky arrivals (%n periods)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time (arrivals: between cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%n steps</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::PropertiesHost</name>
    <message>
        <source>The %1 view is read-only for now: nothing here to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>oi::app::RolesView</name>
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
        <source>Roles, as-is → to-be</source>
        <translation>Rollen, Ist → Soll</translation>
    </message>
    <message numerus="yes">
        <source>%n roles redefined by the project&apos;s strategies.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n staff, by shift</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>driven by &lt;i&gt;%1&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Soll</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> replications</source>
        <translation> Replikationen</translation>
    </message>
    <message>
        <source>Run the simulation to see throughput, waits, utilization and the constraint. Results are also painted on the journey map.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>The simulation stopped.</source>
        <translation>Die Simulation wurde gestoppt.</translation>
    </message>
    <message>
        <source>The simulation stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Done. The constraint is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the project&apos;s run history.</source>
        <translation>Im Laufprotokoll des Projekts gespeichert.</translation>
    </message>
    <message>
        <source>The run could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished run belonged to a project that is no longer open; it was set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was edited during the run: the figures describe it as it was when the run started.</source>
        <translation type="unfinished"></translation>
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
    <name>oi::app::cli</name>
    <message>
        <source>Merges shards of one simulation run (JSON from &apos;simulate --format json&apos; with different --first-replication) into the result of one run.
Exit code: 0 merged, 1 the shards do not belong together, 2 usage or I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two or more results files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge: --format must be &apos;text&apos; or &apos;json&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge: cannot read %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge: %1: not a results JSON object (%2 at offset %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a number &gt;= %2, got &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a whole number &gt;= %2, got &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: expected an unsigned whole number, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shift-end: expected &apos;finish&apos; or &apos;hand-back&apos;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the discrete-event simulation of a project.
Exit code: 0 done, 1 the project has errors or a simulation guard stopped the run, 2 usage or I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project (.oi.yaml or .oistudio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate: give exactly one project file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate: --sweep: expected a whole number from 1 to 20, got &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate: %1 has errors; fix them first (see &apos;outsidein-cli validate&apos;).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate: cannot write the event log %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulate: cannot write %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge: give two or more results files (shards of one run), got %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the project has no journey to export.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: there is no journey &quot;%1&quot;; the project has %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: a journey is written as json or mermaid (.json, .mmd), not &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports part of a project as a machine or text format; the format comes from the output&apos;s
extension unless --format names it.
KIND journey: json (the journey JSON of docs/journey-json.md) or mermaid (.mmd).
Pictures (png, svg, pdf, html) are drawn by the studio: outsidein FILE --export KIND OUT.
Exit code: 0 written, 1 nothing to export, 2 usage or I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to export: journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project to read (.oi.yaml or .oistudio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format, when OUT&apos;s extension does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journey to export (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give KIND, FILE and -o OUT.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown KIND &quot;%1&quot;; this version exports %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1 is a picture; the studio draws it: outsidein %2 --export %3 %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1 has no extension; name the format with --format.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames an id and every reference to it (step roles and processes, requirement steps and
nodes, lanes, node roles, flows, scenario overrides, cross-training, driving strategies).
Nodes are named process/node. Refuses an id that is already taken.
Exit code: 0 renamed, 1 refused (the sentence says why), 2 usage or I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the id names: role, process, node, step, requirement, strategy, persona, journey, stage or scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write here instead of FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename: give FILE, --kind, --from and --to.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename: --kind %1 names nothing that has an id.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename: %1: %2 Nothing was written.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::cli::Options</name>
    <message>
        <source>apply the overrides of scenario ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of replications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated time per replication, in the project&apos;s time unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up to discard, or &apos;auto&apos; for MSER-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads (default: all cores); results do not depend on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index of the first replication, for sharding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write every case step to FILE.csv (runs on one thread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what-if: +1..+N staff at the constraint, cross-training off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add replications until the cycle-time half-width is at most X (e.g. 0.02 = 2 %) of the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap for --precision (default 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at a shift end a busy worker &apos;finish&apos;es the task (default) or &apos;hand-back&apos;s it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop with an error after this many wall-clock seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node visits per case before it counts as looping (default 10000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases in the system at once before the run stops as a runaway (default 1000000)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;SVG Drawing…</source>
        <translation>Als &amp;SVG-Grafik…</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As P&amp;DF…</source>
        <translation>Als P&amp;DF…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;Mermaid Text…</source>
        <translation>Als &amp;Mermaid-Text…</translation>
    </message>
    <message>
        <source>Mermaid journey (*.mmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>Als &amp;JSON…</translation>
    </message>
    <message>
        <source>Journey JSON (*.json)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no journey &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;HTML Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyGridItem</name>
    <message>
        <source>moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer-initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed in data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumption (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyProperties</name>
    <message>
        <source>Select a step to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Id %1 · %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyScene</name>
    <message numerus="yes">
        <source>Link %n Items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyTitleBlock</name>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no project is open</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persona chosen for this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown persona &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut %n Steps</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of the simulation results on the map: %1. Figures: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::StepForm</name>
    <message>
        <source>The customer starts this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−2 very negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1 negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+2 very positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed in data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From research / interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pain point per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One opportunity per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion (as-is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion (to-be)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Metric</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n steps selected (showing “%1”)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::model</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;journey&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;task name: score 1-5: actors&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: expected &quot;journey&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;outsidein-journey&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only version 1 is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role index out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an unsigned number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: results written without replication data cannot be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no replications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication %1 appears in more than one shard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: headcount override for unknown role &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: headcount for role &apos;%2&apos; must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the arrival multiplier must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duration override for unknown node &apos;%2&apos; (expected process/node)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duration factor for &apos;%2&apos; must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cross-training added to unknown role &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: role &apos;%2&apos; cross-trained for unknown role &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is older than this program reads (2 or later): simulate the shards again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 16 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;finish&apos; or &apos;hand-back&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard %1 has a different %2 from shard 1 (%3, not %4): not parts of one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard %1 has a different model from shard 1 (its processes, nodes or roles differ): not parts of one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing with the id &quot;%1&quot; to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to another parent than &quot;%2&quot;; an id can be renamed, not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: ids have no spaces and no &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::model::Reader</name>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from -2 to 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 entries, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad histogram bucket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sim</name>
    <message>
        <source>expected 16 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>expected a count &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

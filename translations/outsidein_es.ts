<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Advisor</name>
    <message>
        <source>there is no scenario &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario has no constraint: nothing waits for anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constraint is %1: work waits while nobody who can do it is on duty%2 — more hours, not more people, remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constraint is %1, busy %2 of the time: work waits for want of people%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by the constraint advisor on scenario “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift %1 for one %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A shift %1 for %n staff as %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One more %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more staff as %1%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cross-trained to help %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cross-trained to help %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more %1 (not the constraint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fifth of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving a fifth of the %1 customers of %2 outside those hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redesign “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cycle time was measured for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cuts the mean time to complete %2 by %3 (± %4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lengthens the mean time to complete %2 by %3 (± %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes no significant difference to the time to complete %2 (%3, ± %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, for %1 a week in staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with %1 a week less spent on staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and saves %1 a week of lost customers and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and loses %1 a week of customers and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, and %n fewer calls a week from customers asking where their case is</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BpmnExport</name>
    <message>
        <source>there is no process &quot;%1&quot;; the project has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no process to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BpmnImport</name>
    <message>
        <source>a boundary event is not imported: the studio&apos;s tasks are not interrupted. The flows leaving it are left out too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data is not imported: the studio&apos;s processes model the work, not its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations and groups are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kind of BPMN element is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call activity is imported as one task; the process it calls is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a sub-process is imported as one task; the %n element(s) inside it are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>imported as an exclusive (xor) gateway: a case takes exactly one of its ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 trigger is not kept: a start in the studio is a stream of arrivals (BPSim InterTriggerTimer or the start&apos;s properties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 result is not kept; it is imported as a plain end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 trigger is not kept; it is imported as a timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported as a timer with no delay, so the flow through it stays whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 trigger is not kept; it is imported as a timer with no delay, so the flow through it stays whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this lane holds lanes of its own; the innermost lanes become roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another lane of this process has the same name; both become the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical lanes are drawn as horizontal swimlanes; their widths are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process has no lanes; its tasks are given the role %1, after the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this task is in no lane; it is given the role %1, after the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it connects %1 %2, which is not imported, so it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it connects %1, which is no flow element of this process, so it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its condition is not kept: the studio routes cases by branch probability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this parallel gateway both joins and splits; it is imported as an and-join, so an and-split must follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its branch probabilities add up to %1; they are read as percentages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no branch probabilities (BPSim Probability) for the flows leaving it; each of its %n ways gets an equal share.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only some of the flows leaving it have a probability; the other %n share the rest equally.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the process has no diagram (BPMN DI); it was laid out automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have no shape in the diagram; they were placed below it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the timer has no delay (BPSim ProcessingTime or a timeDuration); set it before simulating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start has no arrivals (BPSim InterTriggerTimer); set them before simulating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) have no processing time (BPSim ProcessingTime): %1. Set their durations before simulating.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a BPMN 2.0 file: it starts with &lt;%1&gt; (namespace &quot;%2&quot;), not with the &lt;definitions&gt; of %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this id is also used by the %1 on line %2; references go to the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pool with no process of its own (a black box) is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message flow between pools is not imported; each pool becomes a process of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this element of the collaboration is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship &quot;%1&quot; (another tool&apos;s data) is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>only the first BPSim scenario is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPSim times in %1 are converted to %2, the nearest time unit the studio has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BPSim %1 is not a plain number or duration; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 holds several values (by calendar); only the first is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 (BPSim %2) holds no value the studio can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 (BPSim %2) is not imported: the studio has no such distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the headcount %1 of role %2 is rounded to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BPSim Quantity of role %1 is not a headcount; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patience holds no distribution the studio can read; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not imported (%n element(s)): the studio has no such parameter, or not on that kind of element.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the project already has a process %1; the imported one is added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BpmnReader</name>
    <message>
        <source>The file is %1 MB; BPMN files are read up to %2 MB, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares a document type (&lt;!DOCTYPE&gt;). BPMN files never need one, and a DTD can pull in other files or expand entities without end, so the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file uses the entity &amp;%1;, which is not one of XML&apos;s own; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 elements; larger files are refused, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements nest deeper than %1 levels here; such files are refused, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no XML element; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
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
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: the chart is not shown yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a chart is saved as .png or .svg</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
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
        <source>compare scenarios with common random numbers, each against the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the constraint and rank the remedies by their business case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a journey as JSON or Mermaid, processes as BPMN (pictures: outsidein --export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the processes of a BPMN 2.0 file into a new or an existing project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft a process and a journey from an event log (CSV or XES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename an id and every reference to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge sharded simulation results (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow each strategy to roles, processes, steps and requirements; list the gaps</source>
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
    <message numerus="yes">
        <source>Renamed %1 %2 to %3 and %n references to it in %4.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  Strategies with a role: %1 of %2; roles that belong to a strategy: %3 of %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Roles with a task: %1 of %2; processes with a task of a role: %3 of %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Journey steps that trigger a process: %1 of %2; processes a step triggers: %3 of %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Requirements a journey step needs: %1 of %2; steps with a requirement: %3 of %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Requirements on a process node: %1 of %2; tasks and named nodes with a requirement: %3 of %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Customer needs a journey step serves: %1 of %2; steps that serve a need: %3 of %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Roles naming it or working in its processes (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  No role names it or works in its processes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Processes (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  No process names it or has a task of its roles.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Journey steps (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  No journey step is linked to its processes or roles.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Requirements (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  No requirement follows from its journey steps or processes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Customer needs served (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  Its journey steps serve no customer need.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Roles with no strategy of their own and no task in a process that has one (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Journey steps linked to no process (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Processes that no journey step triggers, through them or their nodes (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Requirements that no journey step needs and that name no process node (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Strategies that change no role, none of their roles being moved, new, merged or retired (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Customer needs that no journey step serves (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Roles that change (moved, new or merged) but have no task in any process (%n):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>cases per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases per replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of task starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (mean over %n replications, ± its 95 % interval)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each scenario&apos;s mean with its 95 % interval; the table gives the paired differences, which common random numbers make tighter than these intervals suggest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no significant difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
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
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % of cases done within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers lost (abandoned) per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean wait per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks that had to wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios compared: %1 (baseline), %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replications of each, %2 long after a warm-up of %3, seed %4; replication i of every scenario draws the same random numbers (common random numbers).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are against %1, with 95 % intervals from the paired replications.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 does not run it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 runs %2 in its place
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparisons</name>
    <message numerus="yes">
        <source>a comparison needs at least two scenarios, the first being the baseline; got %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scenario &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; is named twice; compare each scenario once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comparison needs at least 2 replications per scenario for its intervals; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comparison needs a fixed warm-up, the same for every scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
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
    <name>DecisionEntry</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the record (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter records it · Esc cancels · ↑ ↓ chooses what it is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter records it · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteEntity</name>
    <message>
        <source>requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof-of-concept scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing with the id “%1” to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still referred to by %2; unlink them too, or change them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be deleted here.</source>
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
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionChart</name>
    <message>
        <source>Delighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upset</source>
        <translation type="unfinished"></translation>
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
    <name>EntityNames</name>
    <message>
        <source>Front office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandonment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % of cases done within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle times apart (earth mover&apos;s distance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of the mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left without completing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrivals %1:00–%2:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest gap between hourly arrival shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… (%n step(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos; (for %2); the columns are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds %1 under a name I know; the columns are %2. Say which column holds the case, the activity and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos; (for a numeric attribute); the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MB; lines of a log are read up to that, so the file is refused. Is it an event log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote that opens a field on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data, not text; it is not a CSV event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 (or CSV UTF-8) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, separated by tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, separated by &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date-time format: it has no year, month or day (write it as dd.MM.yyyy HH:mm, or iso, epoch, epoch-ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 holds no times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The times in column %1 (%2) are in no format I know; give their format, e.g. dd.MM.yyyy HH:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date read could have the day or the month first; they were read as %1. Give the format if the month comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>has %n value(s) where the header has %1 columns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no case is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activity is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date in the format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after the time the activity ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task durations are service times, from each activity&apos;s start to its completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task durations are the times since the case&apos;s previous activity ended, waiting included (the log has completion times only); a case&apos;s first activity takes no time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task durations are service times where the log has start times, else the times since the case&apos;s previous activity ended (waiting included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcounts are the most activities of each role in progress at once (the log has start and end times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcounts are the most different resources of each role at work within one clock hour (the log has completion times only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log names no resources: one role does every task, its headcount the observed work over the time at 80 % utilisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log has fewer than two cases: one arrival a day is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cases arrive at random at one rate (exponential inter-arrival times, mean %1): %n case(s) from %2 to %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Arrivals follow the log&apos;s rate for each hour of the week (the calendar starts Monday 00:00),</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals follow the log&apos;s rate for each hour of the day,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since the counts per hour differ more than chance allows (chi-square %1 against %2 for one rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) ended without completing; patience is exponential with mean %1: the time cases waited before their activities, over the cases that left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No case was seen ending without completing, so the draft has no patience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some activities were only ever left by cases that did not complete; their way to the end is kept, so the draft has a way out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drafted from %1: %n case(s), %2 events and %3 activities from %4 to %5. The process&apos;s description says how each figure was estimated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos;; the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback needs a score column and a step, case or customer column (score, csat, nps, rating; step, touchpoint; case; customer); the columns are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback has more than %1 responses; larger files are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %n row(s) could not be read, the first on line %1, so the feedback was not applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min %1, mode %2, max %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1, sd %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k %1, mean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) from %1 to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 (times: %2); columns %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of %1 cases and %2 activities, %3 resources, %4 channels.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle transition(s) other than start, complete and abort (schedule, suspend, ...) were passed over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) were never completed and were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more bad row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %n case(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed (no time observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed (too few times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empirical (no family within %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside (latest value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain-point candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some texts are not UTF-8 (the first on line %1); they were read as Latin-1. Save the file as UTF-8 if names look wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log has more than %1 events; larger logs are refused. Import a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log has more than %1 different activities (the next one, &apos;%2&apos;, on line %3); no process drafted from it could be read. Is %4 the column that names the activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>More than %n row(s) could not be read, the first on line %1, so the import stopped. Check which column holds what and the time format.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time since the step before</source>
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
        <source>Times per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is compressed; unpack it and import the .csv or .xes inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log holds no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of the log could be read as an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no activity name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file declares a document type (&lt;!DOCTYPE&gt;). XES logs never need one, and a DTD can pull in other files or expand entities without end, so the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file uses the entity &amp;%1;, which is not one of XML&apos;s own; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nest deeper than %1 levels; such files are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is XML but not an XES log: its root is &lt;%1&gt;, not &lt;log&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trace has more than %1 events; such logs are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not well-formed XML: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date-time format.</source>
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
        <source>%1%2 %3</source>
        <comment>amount with a currency code: sign, digits, code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2%3</source>
        <comment>amount with a currency sign: minus, sign, digits</comment>
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
        <source>No stages yet: right-click here or use Add Stage to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps</source>
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
        <source>New Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Customer journey · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it hurts most</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyPicture</name>
    <message>
        <source>Journey map exported by Outside-In Studio</source>
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
        <source>%1: there is no journey to export</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints &amp; channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points &amp; opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Open the bundled sample project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show editor &lt;name&gt; first: journey, roles, process, processes, requirements, traceability or results (the simulation dashboard).</source>
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
        <source>Advise on the constraint of &lt;scenario&gt; once the project is open (the Results tab&apos;s Advice page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the executive review full screen (with --screenshot: save its first page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint &lt;kind&gt; (journey, roles or process) of the project to the file given after it (png, svg, pdf; html for a journey; deck: the executive review as a PDF) and quit, with no window.</source>
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
        <source>The process to paint (--export process) or to show (--view process).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &lt;kind:id&gt; once the project is open (e.g. role:service-agent), so its properties show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind:id</source>
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
    <message>
        <source>Rename the open project to &lt;name&gt;, as an unsaved edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>%1 · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureWriter</name>
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
        <source>%1: cannot encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot draw the SVG drawing</source>
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
    <name>ProcessEdit</name>
    <message>
        <source>There is no node “%1” in this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow cannot lead from “%1” back to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” starts the process: nothing flows into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ends the process: nothing flows out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already leads to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no flow “%1” in this process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessFragment</name>
    <message>
        <source>The clipboard holds no process nodes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessPage</name>
    <message>
        <source>Process · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessPicture</name>
    <message>
        <source>%1: there is no process to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process diagram exported by Outside-In Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg or pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessResults</name>
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
        <source>%1 did not run in %2: %3 ran in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not run in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait %1 per visit; 90 % wait less than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1 cases waiting on average, %2 at the longest (mean of the runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visits per replication; %2 had to wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constraint: %1 of all waiting is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint · %1 busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: busy %2 ± %3 of the staff-time on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overtime after shifts ended: %1 per replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: mean waits per visit and busy shares over %n replications</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean waits per visit over %n replications; the constraint is %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessScene</name>
    <message>
        <source>Customer asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
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
        <source>the file is %1 MB; project files are read up to %2 MB.</source>
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
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>another Outside-In Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <source>Cycle time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These results carry no per-case distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case of %1 completed after the warm-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases (% of completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the cases took %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases (% of completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cases, every replication pooled; the slowest 1 % lie beyond the right edge. p50 and p90: half and 90 % of the cases done within, each replication&apos;s, averaged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mean wait per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean wait per visit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % wait less than (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean queue (cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits per replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, done by %3
mean wait %4 per visit; 90 % wait less than %5
%6 cases waiting on average, %7 at the longest (mean of the runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait per visit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n tasks with the longest waits; the CSV file has every task.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy (% of staff-time on duty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval ± (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overtime per replication (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: busy %2 ± %3 of the staff-time on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overtime after shifts ended: %1 per replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the constraint: %1 of all waiting is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy (% of time on duty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: busy %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day (hh:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means over every day and replication of the run; a gap is an hour with nobody on duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases waiting by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 cases waiting on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases waiting (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases waiting (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases waiting for each role&apos;s tasks, in every process; means over every day and replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue at the constraint by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No constraint: no task had staff to wait for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases waiting at %1 (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2; means over every day and replication of the run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsReport</name>
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
    <message>
        <source>
Goals (met only when the whole 95 % interval is on the right side of the target)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Money over the measured %1 (means per replication)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost to abandonment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of completed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net</source>
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
</context>
<context>
    <name>ResultsTiles</name>
    <message>
        <source>%1 ± %2</source>
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
    <message>
        <source>cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replications</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in place of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cases completed per replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases completed after the warm-up per unit of time, mean over %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half done within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 % done within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From arrival to the end, for the cases completed after the warm-up. The median and the 90th percentile are each replication&apos;s, averaged over %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of arrivals gave up waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in process at the end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in process at the end: not recorded in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per replication: customers who abandoned while waiting (a failed transaction), and those still in the process when the run ended (engaged, without an outcome yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the tasks had to wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean wait per task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of task starts that waited for staff at all, and the mean wait per task start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole 95 % interval is on the right side of the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole 95 % interval is on the wrong side of the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 95 % interval straddles the target: more replications may decide it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Simulating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleMap</name>
    <message>
        <source>Front office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n on shift</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n staff</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 journey step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n journey steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 process task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n process tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driven by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-be organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleMapPicture</name>
    <message>
        <source>as-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as-is and to-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role map exported by Outside-In Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg or pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Role changes, as-is → to-be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>%1 has no run %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulationOverlay</name>
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
        <source>wait per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process · %1 per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting per case in the whole process</source>
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
</context>
<context>
    <name>SimulationPage</name>
    <message>
        <source>Simulation, before anything is bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff cost a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and value saved a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net gain a week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
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
        <source>a window needs both from and to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member “rates” should be a list, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either add (extra staff) or headcount (staff in the window), not both or neither.</source>
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
        <source>the member “%1” should be an id, but it is missing or empty.</source>
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
        <source>the member “%1” holds “%2”, which is not one of: %3.</source>
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
        <source>cannot upgrade table %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the document: %1</source>
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
        <source>the document holds more than %1 rows; documents are read up to that many.</source>
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
        <source>the project row is missing.</source>
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
        <source>the document holds a %1 named %2, which Outside-In Studio never writes; a file changed by another program is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is damaged (%1).</source>
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
    <message>
        <source>Untitled step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated to-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet: add them to the strategy in the studio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnologyPage</name>
    <message>
        <source>Technology supports, never drives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitlePage</name>
    <message>
        <source>Executive review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TracePage</name>
    <message>
        <source>Traceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Traceability</name>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Record Decision</source>
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
        <source>Change Currency</source>
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
        <source>Change Cost per Hour</source>
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
        <source>Change Original Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Value per Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Cost per Lost Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Lane</source>
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
        <source>Change Process Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Reassigned Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Staffing Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Demand Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Diversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change As-Is Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Id %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Change Needs Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation type="unfinished"></translation>
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
        <source>Add Start Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add End Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Exclusive Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Parallel Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Parallel Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Timer Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %n Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align %n Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute %n Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay Out Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Nodes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>every need needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used by another need (need ids are unique in the project).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no journey step serves the need %1; the chain starts at the customer&apos;s need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no persona has the need %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the need %1 is persona %2&apos;s, but this journey is persona %3&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity is 1 (irritating), 2 (painful) or 3 (drives customers away), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signal below the normal range needs a low value to fall under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signal above the normal range needs a high value to rise over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every responsibility needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used by another responsibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the responsibility has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 is retired, so it takes on no to-be responsibilities; give this one to the role that takes it over, or choose another kind of change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utilisation is measured for a role; name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this measure is taken on a process; name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the wait is measured at one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 has no node %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentiles exist for cycle time and wait only; use the mean here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this target is a share between 0 and 1 (0 % to 100 %), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contacts go to process &quot;%1&quot;, which the project does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process &quot;%1&quot; has no start event to take the contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate of contacts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flow has no id, so two flows between the same nodes cannot be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used by another flow of this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process has no lane %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shape needs a width and a height above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lane needs a size above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variant redesigns an original process, not itself or another variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variant %1 has no node %2, so this step loses its link when the variant runs.</source>
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
        <source>has %1 outgoing flows, but only a gateway (xor or and-split) may branch; add one after this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an and-split with fewer than two outgoing flows does not split anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window %1–%2 must lie inside the period 0–%3, with from before to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process %1 is given two variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a variant of %2; mark it with variant_of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a variant of %2, not of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a node of a process that runs in this scenario (write process/node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only tasks are done by a role; %1 is not a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 has no capacity in this scenario, so it cannot take over %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headcount cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 works shifts repeating every %2; a staffing window must repeat every whole multiple or fraction of that, not every %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the multiplier cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a multiplier of zero at all times leaves the process without demand; remove the process from the scenario instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arrivals of %1 are not Poisson, so their demand cannot change in a window; give them as a rate calendar or exponential, or drop from and to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arrivals of %1 repeat every %2; the window must repeat every whole multiple or fraction of that, not every %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 has no start node for the diverted cases to enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a process cannot divert cases to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a share must be between 0 and 1 (0 % to 100 %), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shares diverted from %1 add up to more than 1 (100 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period without from and to changes nothing: the cross-training holds at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a subject; write strategy/&lt;id&gt;, role/&lt;id&gt; or scenario/&lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date; write it as yyyy-mm-dd (2026-12-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a node of a process (write process/node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes allowed cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score needs the id of the requirement it scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requirement is scored twice; keep one score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a score runs from 0 (not shown) to 3 (fully met), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a priority weight runs from 0 to 1000, not %1.</source>
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
        <source>the id holds the invisible character U+%1; ids are letters, digits and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 has the id %2.</source>
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
        <source>the arrival multiplier must be greater than zero (no arrivals at all cannot be simulated).</source>
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
        <source>every %1 needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used by another %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps block %1; the blocks of a calendar must not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implausible headcount %1; at most %2 staff can be simulated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorSpec</name>
    <message>
        <source>%1, live on the buyer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted total (score × weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scoring sheet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scoring sheet has no vendor columns after Weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the first row names no vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the project has no requirement %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: a score is a whole number from 0 to 3, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: requirement %2 is scored twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of %2, scenario %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of %2, base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: size for %2 new cases per hour on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: size for %2 concurrent open cases (peak in the hour from %3:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: size for a peak of %2 on duty at once; busiest hour from %3:00 at %4 busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: size for a peak of %2 on duty at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constraint is %1 (%2 busy): its screens must stay fast at peak load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unhappy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE / FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended remedy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizing from simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulation results are stored with the project; no sizing is stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof-of-concept scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role and task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knocked out: a Must scored 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements no step needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every requirement is needed by a process step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
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
    <message>
        <source>should be an id, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either add (extra staff) or headcount (staff in the window), not both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a window needs both from and to.</source>
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
        <source>should be a whole number from 0 to 3, not %1.</source>
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
    <message>
        <source>Vendor proof-of-concept specification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification · version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the studio writes the specification as .html or .pdf; outsidein-cli export spec writes .md, .json and .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outsidein: --export spec: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside-In Studio User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
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
        <source>%1 is open in %2; only that instance saves to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only, because %2 has it open; save it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::EventLogWizard</name>
    <message>
        <source>Import Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Event Log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft from the event log is in the project; Undo takes it out again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::FitChart</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no durations observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted: expected cases per bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durations per bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: observed durations and the fitted distribution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::LogFilePage</name>
    <message>
        <source>Choose the Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export from a CRM, ticketing, web-analytics or call-centre system: one row per activity of a case, with the case, the activity and when it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv or .xes file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CSV&lt;/b&gt;: the next page shows the columns and the first rows as read; columns named as process-mining tools name them (case:concept:name, concept:name, time:timestamp, org:resource, lifecycle:transition) and common names such as Case ID, Activity or Start Time are recognised by themselves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;XES&lt;/b&gt; (IEEE 1849) logs are read with their standard extensions: concept, time, lifecycle and org.&lt;/p&gt;&lt;p&gt;Nothing in the project changes until you press &lt;i&gt;Add to Project&lt;/i&gt; at the end, and then as one step you can undo.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey or complaint &amp;records (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .csv with the case or customer, the step, a score (CSAT, NPS, …) and a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets each step&apos;s observed emotion from the scores, and offers the comments of low scores as pain points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey or Complaint Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file by that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: read as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event logs (*.csv *.xes *.txt);;CSV files (*.csv *.txt);;XES files (*.xes);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::LogImportJob</name>
    <message>
        <source>The file holds no events that could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::LogImportPage</name>
    <message>
        <source>Read as %1, times as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 and %3; %4 and %5 named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed over: %1 other than start, complete and abort (schedule, suspend, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lifecycle transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n lifecycle transitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1 never completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is read, its paths discovered and each task&apos;s duration fitted. The window stays responsive meanwhile; Stop ends the import at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating the draft to compare it with the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering the paths and fitting the durations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; nothing was added to the project. Go back to start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read. Press Next to see what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out of the import because they could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::LogMappingPage</name>
    <message>
        <source>Say Which Column Holds What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns the studio recognised are chosen already. The table below shows the first rows as the import will read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource or role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer or segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each activity was completed (or the only time the log gives).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the work began; with it durations are service times and headcounts come from the work in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A start/complete column, as XES logs have, instead of a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Qt writes formats: dd day, MM month, yyyy year, HH hour, mm minute, ss second; or iso, epoch (seconds) and epoch-ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the log says (UTC where it does not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbers to keep per step (contacts, amount, …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal &amp;range of a metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case, unless the log says it was abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activities, separated by commas, that finish a case. Cases that end elsewhere count as abandoned: they give the draft its customers&apos; patience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases are &amp;done at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journey &amp;stage every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the first rows cannot be read; the first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, times as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::LogPreview</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::LogResultsPage</name>
    <message>
        <source>very good (%1 apart at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good (%1 apart at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair (%1 apart at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor (%1 apart at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodness of fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the way out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain-point candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Log Says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the draft before it is added. Add to Project puts the process, the journey and the roles into the open project as one step you can undo, and opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ways taken by at &amp;least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the cases leaving an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly &amp;Follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal &amp;Ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;eedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft &amp;beside the Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 become the process “%3” with %4, the journey “%5” with %6 and %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n steps</source>
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
        <source>as observed (no family fits well)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no times observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the activity&apos;s start to its completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the case&apos;s previous activity ended (waiting included): the log has no start times for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest gap between the observed and the fitted share of durations up to any length (Kolmogorov–Smirnov distance %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcounts are the most activities of each role in progress at once: the log has start and end times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcounts are the most different people of each role at work in one hour: the log has completion times only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log names no resources: headcounts are the work observed over the time, at 80 % utilisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feedback was not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on a scale from %2 to %3 set the steps&apos; observed emotion; %4 matched no step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft process was simulated (three replications of its settings) and is shown beside the log: where they differ, refine the draft in the process editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be simulated to compare it with the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the case begins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the case ends)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave &amp;Interval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Outside-In Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Results from the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;cess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sce&amp;nario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename &amp;Id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advise on the Constraint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside-In Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Outside-In Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2 — Outside-In Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  |  %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the %1 View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected %1 in the project tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Outside-In Studio</source>
        <translation type="unfinished"></translation>
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
        <source>Project Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it read-only? You can look at it and save it under another name, but only the other instance saves to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside-In Studio has an autosaved copy of %1 that is newer than the file. It holds changes that were not saved.

Open the recovered copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved work on %1; save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 read-only: %2 has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved. The file on disk is unchanged.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes.
Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a recovery copy of unsaved work every (seconds, 0 = never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Deck (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the review deck to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor &amp;Specification…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::ProcessesView</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision (xor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (arrivals: between cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
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
</context>
<context>
    <name>oi::app::ProjectTree</name>
    <message>
        <source>Strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Delete it and unlink it from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New id for “%1” (every reference follows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Id…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::RequirementsView</name>
    <message>
        <source>Process control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements on CRM technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requirements the processes put on technology, for a vendor proof of concept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>linked to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::SimulationPanel</name>
    <message>
        <source>Automatic warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The what-if variant to simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> replications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run exactly the replications asked for, or add replications (up to 200) until every process&apos;s mean cycle time is known to within the share chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until ± %1 % of the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let MSER-5 choose where the start-up of the first replication ends, instead of the project&apos;s warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the simulation to see throughput, waits, utilisation and the constraint on the Results tab; they are painted on the journey map and the process diagram too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard, the scenario comparison, the run history and the text report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project changed after the run: its results were taken off the maps (the Results tab keeps them, marked). Run again (F5) for current figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is as simulated again: the results are back on the maps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished run belonged to a project that is no longer open; it was set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the previous results stay on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The constraint is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replications were needed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>MSER-5 chose a warm-up of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precision asked for was not reached within the replications allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was edited during the run: the figures describe it as it was when the run started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the project&apos;s run history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::SimulationRunner</name>
    <message>
        <source>A simulation is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::SpecDialog</name>
    <message>
        <source>Vendor Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Processes, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;zing from simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof-of-&amp;concept scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring s&amp;heet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Traceability appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft PoC Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proof-of-concept script for every journey that has none, along its to-be process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft PoC Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every journey has a proof-of-concept scenario already (or links to no process).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Scoring Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose .pdf, .html, .md, .json or .csv (the scoring sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Scoring Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring sheet (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scoring sheet was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Vendor Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json);;Scoring sheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::app::cli</name>
    <message>
        <source>Names the constraint of a scenario, capacity or coverage, and tries the remedies with common random numbers, best business case first.
Exit code: 0 done, 1 the project has errors or the scenario cannot be advised on, 2 usage or I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project (.oi.yaml or .oistudio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenario to advise on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try up to N more staff at the constraint (default 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replications per remedy, at least 2 (default: the project&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advise: give one project file and --scenario S.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advise: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advise: --max-staff: expected a whole number from 1 to 20, got &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advise: --replications: at least 2 are needed for the intervals, got &apos;%1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advise: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By time of day: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has errors; fix them first (see &apos;outsidein-cli validate&apos;).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs two or more scenarios with common random numbers and compares them with the first.
Exit code: 0 done, 1 the project has errors, a scenario or setting cannot be compared, or a simulation guard stopped a run, 2 usage or I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scenarios to compare, separated by commas; the first is the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replications per scenario, at least 2 (default: the project&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (default: the project&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads (default: all cores); results do not depend on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: give exactly one project file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: --replications: a comparison needs at least 2 replications per scenario for its intervals, got &apos;%1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: --seed: expected an unsigned whole number, got &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: --jobs: expected a whole number &gt;= 1, got &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: name at least two scenarios with --scenarios A,B (the first is the baseline); got %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: %1 has no scenario &apos;%2&apos;; its scenarios are: %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare: cannot write %1: %2
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
        <source>export: processes are written as BPMN 2.0 XML (.bpmn or .xml), not &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the project has no process to export.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the specification is written as md, json or csv (the scoring sheet) here, not &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to export: journey, bpmn or spec</source>
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
        <source>bpmn: a process to export (repeat for several; default: every process)</source>
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
        <source>Imports the processes of a BPMN 2.0 file: tasks, exclusive and parallel gateways, start, end and
timer events, lanes (as roles, matched by name), sequence flows, the diagram, BPSim data.
Everything else is reported as a warning with its line. Writes a new project (-o) or adds
the processes to an existing one (--into, written in place unless -o is given too).
Exit code: 0 imported (warnings allowed), 1 the file is not BPMN, 2 usage or I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BPMN file to read (.bpmn, .xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project to write (.oi.yaml or .oistudio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an existing project to add the processes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-bpmn: give one BPMN file and -o OUT or --into PROJECT.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-bpmn: %1 is not a project file name (.oi.yaml or .oistudio).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-bpmn: cannot read %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-bpmn: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3 into %4 (%5).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-log: --map needs KEY=COLUMN pairs, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-log: --map has no key &apos;%1&apos;; the keys are case, activity, time, start, resource, channel, customer, lifecycle and attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-log: --feedback-map takes case, customer, step, score and comment as KEY=COLUMN, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts a project from an event log (CSV or XES): a process with tasks, xor gateways with the observed
shares, rework loops, arrivals by hour of the week, patience and roles with headcounts, durations
fitted by maximum likelihood; and a journey of the activities, linked to the tasks.
Columns named as process-mining tools name them are found by themselves; --map names the others.
Exit code: 0 drafted, 1 the file is not a log (or too many bad rows), 2 usage or write error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event log (.csv or .xes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft project to write (.oi.yaml or .oistudio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which column holds what: case=COL,activity=COL,time=COL[,start=COL,resource=COL,channel=COL,customer=COL,lifecycle=COL,attribute=COL...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the times&apos; format, as Qt writes it (dd.MM.yyyy HH:mm), or iso, epoch, epoch-ms; default: detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s clock for times without a zone, e.g. +01:00 (default: the first zone in the log, else UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft&apos;s project and process name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities that complete a case; cases ending elsewhere count as abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey steps per stage (default 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave out ways fewer than this share of a node&apos;s cases take, 0-1 (default 0: keep all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop after this many rows that cannot be read (default 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the percentiles that bound each step metric&apos;s normal range (default 5-95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not simulate the draft to compare it with the log (3 replications of its settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey or complaint records (CSV: case or customer, step or touchpoint, score, comment) that set the steps&apos; observed emotion and pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feedback&apos;s columns: case=COL,customer=COL,step=COL,score=COL,comment=COL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-log: give one log and -o DRAFT.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-log: %1 is not a project file name (.oi.yaml or .oistudio).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-log: --utc-offset takes +HH:MM or -HH:MM, not &apos;%1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-log: --steps-per-stage takes a whole number of at least 1, --min-share a share from 0 to below 1, --max-bad-rows a whole number.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-log: --range takes two percentiles, LOW-HIGH with 0 &lt;= LOW &lt; HIGH &lt;= 100, not &apos;%1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-log: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Most common paths:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Task durations fitted (maximum likelihood, the lowest AIC; KS distance: the largest gap between observed and fitted shares):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Normal ranges of the steps&apos; metrics (%1th to %2th percentile; outside: cases whose latest value is):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The draft simulated (3 replications of its settings) beside the log:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The draft could not be simulated to compare it with the log: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on a scale from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-log: %1
</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>merge: give two or more results files (shards of one run), got %1.
</source>
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
        <source>Traceability of %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  None: every strategy changes a role, every changed role has a task, and every role, journey step, process, requirement and customer need is on a chain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows every strategy to the roles, processes, journey steps and requirements it drives,
lists what nothing explains (the gaps in the chain) and how far each layer covers the next.
Exit code: 0 traced (gaps are reported, not failures), 2 usage or I/O error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (names, for people) or json (ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: give one FILE.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace: --format must be &apos;text&apos; or &apos;json&apos;
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
        <source>cases in the system at once before the run stops as a runaway (default 1000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report to FILE instead of standard output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor</name>
    <message>
        <source>New strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::DecisionsTree</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions yet: executives record them in the review (View ▸ Review).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::DeleteEntityCommand</name>
    <message>
        <source>Delete %1 and Unlink It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::DistributionField</name>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exponential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from data (empirical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread (sd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
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
    <name>oi::editor::EntityProperties</name>
    <message>
        <source>Select a strategy, persona, role, process, requirement, scenario or responsibility to edit it, or &lt;a href=&quot;project&quot;&gt;edit the project itself&lt;/a&gt;: its name, client and currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyEditor</name>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Export Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;SVG Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;HTML Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;Mermaid Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Journey (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mermaid journey (*.mmd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Failed</source>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, hide and order the lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step matches &quot;%1&quot;.</source>
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
    <message>
        <source>No journey yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose New Journey to start mapping one here.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Sta&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add St&amp;ep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;To-Be Emotion</source>
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
        <source>Cut Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut %n Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Step to Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Stage Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Stage Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::NodeForm</name>
    <message>
        <source>Start (customers arrive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive gateway (one way out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer (a wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower numbers are served first when work waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey steps whose customer sets this work off; click one to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey step leads here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>by time of day: %n blocks over the period</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the same all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares add up to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares add up to %1 %, not 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::OrphansTree</name>
    <message>
        <source>Strategies that change no role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role that names the strategy changes: every one is unchanged, or none names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles no strategy explains (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role names no strategy and has no task in a process that names one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redesigned roles without a task (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is moved, new or merged, yet no process gives it a task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes no journey step triggers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey step links to the process or to one of its nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey steps that trigger no process (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step links to no process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements nothing needs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey step needs the requirement and it names no process node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer needs no journey step serves (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey step lists the need as one it serves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::PersonaForm</name>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One job to be done per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom this customer serves (business customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the need; its id is made from the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessEditor</name>
    <message>
        <source>Import &amp;BPMN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import BPMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Processes as BPMN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export BPMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import BPMN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
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
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no process &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessForm</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one completed case is worth, in the project&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one customer who gives up waiting costs, in the project&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value per completed case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per lost customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other processes are redesigns of this one, so it cannot be a redesign itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process this one is a redesign of; it runs only in a scenario that puts it in its place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessView</name>
    <message>
        <source>Find a node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (redesign of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is: %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-be: %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Start Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add E&amp;xclusive Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Parallel Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Parallel &amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Ti&amp;mer Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;End Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Centres Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Middles Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lay Out Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show As-Is &amp;Beside To-Be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::ProjectForm</name>
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
        <source>The company the redesign is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who prepared it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project&apos;s money is shown with: a sign goes before the amount (ુ,240), letters after it (1,240 CHF). The amounts themselves do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time in the project (durations, shifts, windows) is in this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1, last changed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::RequirementForm</name>
    <message>
        <source>How a tester knows the requirement is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::ResponsibilityForm</name>
    <message>
        <source>Who does this work today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it after the redesign; another role than today&apos;s moves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (retired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::ResultsEditor</name>
    <message>
        <source>Results &amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advice on the Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::RoleForm</name>
    <message>
        <source>No shift calendar: the headcount is on duty all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also takes the work of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not priced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully loaded cost of one person for one hour, in the project&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff on duty per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work this role&apos;s staff may also take; lower priorities are taken first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cross-Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Cross-Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar repeats every %1 time units, not every day; editing it here makes it a daily calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar has blocks that do not start on the hour; editing it here rounds them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::RoleMapEditor</name>
    <message>
        <source>As-Is and To-Be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-Is Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-Be Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::ScenarioForm</name>
    <message>
        <source>The window repeats every %1 hours, not every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.5 × is half as many customers again; 0 × (only in a window) is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand changes all the time; clear it for a window of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the first process&apos;s customers that go to the other instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also takes the work of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand of every process, scaled: 1.2 × is a fifth more customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As modelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: nobody takes another role&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A factor scales a task&apos;s duration: 0.8 takes a fifth less time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff on duty in a window of every day: add staff (a negative number takes staff away) or set how many are on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another role does the task in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra skills in this scenario: a role&apos;s staff also take another role&apos;s work; lower priorities are taken first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redesign of a process (a process that is a variant of it) runs in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand of one process scaled, all day or within a window of every day; a window needs arrivals given as rates or exponential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share of a process&apos;s customers goes to another process instead (a channel shift); the shares leaving one process add up to at most 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount per role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Reassignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Reassignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra cross-training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cross-Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Cross-Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Demand Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Demand Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Diversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Diversion</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer needs it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
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
    <name>oi::editor::StrategyChainsTree</name>
    <message>
        <source>Roles it changes or that work in its processes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey steps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements on technology (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer needs served (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::StrategyForm</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The executive who sets the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Measured on” links a goal to a simulated process; its target is then checked against the results (a share from 0 to 1 for abandonment and utilisation): the statistic of the measure, at most or at least the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a process to measure this goal on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentiles are taken of cycle times and waits; the rest are means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is met when the result is at most, or at least, the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wait at one task of the measured process, or over all its tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose utilisation is measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceMatrixModel</name>
    <message>
        <source>%1 of %2 strategies covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 roles covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 processes covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 journey steps covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requirements covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 process nodes covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customer needs covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies × roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles × processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey steps × processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements × journey steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements × process nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer needs × journey steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: not linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceabilityEditor</name>
    <message>
        <source>Traceability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceabilityView</name>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of each strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matrix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows and columns by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphans and gaps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::AdviceView</name>
    <message numerus="yes">
        <source>%1 of %n met (%2 before)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Advise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;What-If Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy, best business case first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario and press Advise: the advisor names the constraint and tries the remedies with the same random numbers, best business case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the remedies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By time of day: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant at 95 %: the interval of the gain leaves out no change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not significant at 95 %: the gain may be chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (before: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add What-If Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Data as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ComparisonTable</name>
    <message>
        <source>Process and figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>significant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mean over %n replications, ± the 95 % interval</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Better, and significant: the paired 95 % interval (%n pairs) excludes zero.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Worse, and significant: the paired 95 % interval (%n pairs) excludes zero.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The paired 95 % interval (%n pairs) spans zero: no significant difference.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ComparisonView</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the scenarios to compare; the first ticked is the baseline. Drag to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> replications each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scenario runs with the same random numbers replication by replication (common random numbers), so each difference is paired. A change whose 95 % interval spans zero is no significant difference; significant changes are green when better and red when worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (the first ticked is the baseline):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project needs at least two scenarios to compare (Edit ▸ New ▸ Scenario).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finished comparison belonged to a project that is no longer open; it was set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replications of each in %1 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The project was edited meanwhile: the figures describe it as it was when they started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::KpiTile</name>
    <message>
        <source>The 95 % interval over the replications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ResultsDashboard</name>
    <message>
        <source>Run a simulation (Simulate ▸ Run Simulation, F5) to see here where the constraint is, how the goals fare and where the time goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n replications of %2, the first %3 a warm-up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No constraint: no task had to wait for staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constraint is &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; at %3: busy %4 of the staff-time on duty, %5 of all waiting is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By time of day: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replications were added until every process&apos;s mean cycle time was known within ± %1: %n were needed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>MSER-5 chose the warm-up of %1 from the first replication&apos;s work in process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± is the 95 % interval over the replications; seed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals of the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the time goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process whose cycle times are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ResultsView</name>
    <message>
        <source>Run the simulation to read its report here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has changed since this run: these figures describe it as it was then. Run the simulation again (F5) for current figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::RunDetails</name>
    <message>
        <source>&lt;p&gt;No run yet. &lt;i&gt;Simulate ▸ Run Simulation&lt;/i&gt; (F5) runs the scenario chosen in the Simulation panel; its results appear here and on the maps.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first %2), seed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of which the first %2 is warm-up (not measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by MSER-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until each mean cycle time is within ± %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replications asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since the run: the figures describe it as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as simulated (fingerprint %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision of the mean cycle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± %1 of the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no interval (fewer than two replications measured it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A wider interval narrows with more replications: about half as wide for four times as many.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::RunHistoryView</name>
    <message>
        <source>Open on the Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the project&apos;s run history? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Runs are kept in .oistudio projects. Save this project as .oistudio (File ▸ Save As) to keep every run with its inputs and results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run on unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures describe the model as it was when the run started, not as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet: every simulation of this project is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one run to open it, or two to compare them (the earlier one is the baseline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1 in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the run history: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is marked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two runs of the history, paired replication by replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their seeds differ, so they share no random numbers: the intervals are wider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A marked run describes the model as it was then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::model</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is too long for this folder (at most %1 bytes, and a save needs %2 more for its temporary copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot name the temporary copy</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>expected a whole number from 1 to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is over %1 MB; journey files are read up to that size.</source>
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
        <source>the journey has more than %1 steps; journeys are read up to that many.</source>
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
        <source>%1 is older than this program reads (3 or later): simulate the shards again</source>
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
        <source>%1: &apos;%2&apos; is not a variant of process &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; reassigned to unknown role &apos;%3&apos;</source>
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
        <source>%1: reassignment of unknown task &apos;%2&apos; (expected process/node)</source>
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
    <name>oi::model::detail</name>
    <message>
        <source>staffing for unknown role &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staffing window for &apos;%1&apos; must satisfy 0 &lt;= from &lt; to &lt;= period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staffing window for &apos;%1&apos; repeats every %2, which does not fit the role&apos;s shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand change for unknown process &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demand multiplier for &apos;%1&apos; cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand of &apos;%1/%2&apos; changes only in a window when its arrivals are a rate calendar or exponential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demand window for &apos;%1&apos; does not repeat with its arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diversion from &apos;%1&apos; to &apos;%2&apos; names an unknown process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share diverted from &apos;%1&apos; must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process &apos;%1&apos; has no start node for diverted cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::review</name>
    <message>
        <source>At: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What technology must support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology supports the redesign; it does not drive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no process yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requirements, %2 of them Must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From strategy to technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 scenario and its remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irritates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives customers away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1 lives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint: %1 — work waits while no %2 is on duty%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint: %1 — %2 busy %3 of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outsidein: --export deck writes a PDF; name the file OUT.pdf, not %1.
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
    <message>
        <source>Our customers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside-in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other role changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the simulation says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not simulated yet: run the as-is and to-be scenarios in the studio, and the figures appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: time to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: customers lost waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated for this review: %1 replications of each scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the latest stored run of each scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too close to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::review::ReviewModel</name>
    <message>
        <source>Executive review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>oi::review::ReviewView</name>
    <message>
        <source>Review</source>
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

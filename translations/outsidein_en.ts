<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Advisor</name>
    <message numerus="yes">
        <source>A shift %1 for %n staff as %2</source>
        <translation><numerusform>A shift %1 for %n staff as %2</numerusform><numerusform>A shift %1 for %n staff as %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more staff as %1%2</source>
        <translation><numerusform>%n more staff as %1%2</numerusform><numerusform>%n more staff as %1%2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, and %n fewer calls a week from customers asking where their case is</source>
        <translation><numerusform>, and %n fewer call a week from customers asking where their case is</numerusform><numerusform>, and %n fewer calls a week from customers asking where their case is</numerusform></translation>
    </message>
</context>
<context>
    <name>BpmnImport</name>
    <message numerus="yes">
        <source>a sub-process is imported as one task; the %n element(s) inside it are left out.</source>
        <translation><numerusform>a sub-process is imported as one task; the %n element inside it is left out.</numerusform><numerusform>a sub-process is imported as one task; the %n elements inside it are left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no branch probabilities (BPSim Probability) for the flows leaving it; each of its %n ways gets an equal share.</source>
        <translation><numerusform>no branch probabilities (BPSim Probability) for the flow leaving it; its %n way takes every case.</numerusform><numerusform>no branch probabilities (BPSim Probability) for the flows leaving it; each of its %n ways gets an equal share.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>only some of the flows leaving it have a probability; the other %n share the rest equally.</source>
        <translation><numerusform>only some of the flows leaving it have a probability; the other %n takes the rest.</numerusform><numerusform>only some of the flows leaving it have a probability; the other %n share the rest equally.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have no shape in the diagram; they were placed below it.</source>
        <translation><numerusform>%n node has no shape in the diagram; it was placed below it.</numerusform><numerusform>%n nodes have no shape in the diagram; they were placed below it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) have no processing time (BPSim ProcessingTime): %1. Set their durations before simulating.</source>
        <translation><numerusform>%n task has no processing time (BPSim ProcessingTime): %1. Set its duration before simulating.</numerusform><numerusform>%n tasks have no processing time (BPSim ProcessingTime): %1. Set their durations before simulating.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) were left out.</source>
        <translation><numerusform>%n more warning was left out.</numerusform><numerusform>%n more warnings were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>not imported (%n element(s)): the studio has no such parameter, or not on that kind of element.</source>
        <translation><numerusform>not imported (%n element): the studio has no such parameter, or not on that kind of element.</numerusform><numerusform>not imported (%n elements): the studio has no such parameter, or not on that kind of element.</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Renamed %1 %2 to %3 and %n references to it in %4.
</source>
        <translation><numerusform>Renamed %1 %2 to %3 and %n reference to it in %4.
</numerusform><numerusform>Renamed %1 %2 to %3 and %n references to it in %4.
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Roles naming it or working in its processes (%n):
</source>
        <translation><numerusform>  Roles naming it or working in its processes (%n):
</numerusform><numerusform>  Roles naming it or working in its processes (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Processes (%n):
</source>
        <translation><numerusform>  Processes (%n):
</numerusform><numerusform>  Processes (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Journey steps (%n):
</source>
        <translation><numerusform>  Journey steps (%n):
</numerusform><numerusform>  Journey steps (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Requirements (%n):
</source>
        <translation><numerusform>  Requirements (%n):
</numerusform><numerusform>  Requirements (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Customer needs served (%n):
</source>
        <translation><numerusform>  Customer needs served (%n):
</numerusform><numerusform>  Customer needs served (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Roles with no strategy of their own and no task in a process that has one (%n):
</source>
        <translation><numerusform>  Roles with no strategy of their own and no task in a process that has one (%n):
</numerusform><numerusform>  Roles with no strategy of their own and no task in a process that has one (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Journey steps linked to no process (%n):
</source>
        <translation><numerusform>  Journey steps linked to no process (%n):
</numerusform><numerusform>  Journey steps linked to no process (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Processes that no journey step triggers, through them or their nodes (%n):
</source>
        <translation><numerusform>  Processes that no journey step triggers, through them or their nodes (%n):
</numerusform><numerusform>  Processes that no journey step triggers, through them or their nodes (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Requirements that no journey step needs and that name no process node (%n):
</source>
        <translation><numerusform>  Requirements that no journey step needs and that name no process node (%n):
</numerusform><numerusform>  Requirements that no journey step needs and that name no process node (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Strategies that change no role, none of their roles being moved, new, merged or retired (%n):
</source>
        <translation><numerusform>  Strategies that change no role, none of their roles being moved, new, merged or retired (%n):
</numerusform><numerusform>  Strategies that change no role, none of their roles being moved, new, merged or retired (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Customer needs that no journey step serves (%n):
</source>
        <translation><numerusform>  Customer needs that no journey step serves (%n):
</numerusform><numerusform>  Customer needs that no journey step serves (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  Roles that change (moved, new or merged) but have no task in any process (%n):
</source>
        <translation><numerusform>  Roles that change (moved, new or merged) but have no task in any process (%n):
</numerusform><numerusform>  Roles that change (moved, new or merged) but have no task in any process (%n):
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation><numerusform>%1: %n error</numerusform><numerusform>%1: %n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation><numerusform>%n process</numerusform><numerusform>%n processes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation><numerusform>%n role</numerusform><numerusform>%n roles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation><numerusform>%n response</numerusform><numerusform>%n responses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n matched no step</source>
        <translation><numerusform>%n matched no step</numerusform><numerusform>%n matched no step</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation><numerusform>%n task</numerusform><numerusform>%n tasks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n journey step(s)</source>
        <translation><numerusform>%n journey step</numerusform><numerusform>%n journey steps</numerusform></translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message numerus="yes">
        <source>%1: %2 (mean over %n replications, ± its 95 % interval)</source>
        <translation><numerusform>%1: %2 (mean over %n replication, ± its 95 % interval)</numerusform><numerusform>%1: %2 (mean over %n replications, ± its 95 % interval)</numerusform></translation>
    </message>
</context>
<context>
    <name>Comparisons</name>
    <message numerus="yes">
        <source>a comparison needs at least two scenarios, the first being the baseline; got %n.</source>
        <translation><numerusform>a comparison needs at least two scenarios, the first being the baseline; got %n.</numerusform><numerusform>a comparison needs at least two scenarios, the first being the baseline; got %n.</numerusform></translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message numerus="yes">
        <source>has %n value(s) where the header has %1 columns.</source>
        <translation><numerusform>has %n value where the header has %1 columns.</numerusform><numerusform>has %n values where the header has %1 columns.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cases arrive at random at one rate (exponential inter-arrival times, mean %1): %n case(s) from %2 to %3.</source>
        <translation><numerusform>Cases arrive at random at one rate (exponential inter-arrival times, mean %1): %n case from %2 to %3.</numerusform><numerusform>Cases arrive at random at one rate (exponential inter-arrival times, mean %1): %n cases from %2 to %3.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) ended without completing; patience is exponential with mean %1: the time cases waited before their activities, over the cases that left.</source>
        <translation><numerusform>%n case ended without completing; patience is exponential with mean %1: the time cases waited before their activities, over the cases that left.</numerusform><numerusform>%n cases ended without completing; patience is exponential with mean %1: the time cases waited before their activities, over the cases that left.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) from %1 to %2</source>
        <translation><numerusform>%n value from %1 to %2</numerusform><numerusform>%n values from %1 to %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out.</source>
        <translation><numerusform>%n row could not be read and was left out.</numerusform><numerusform>%n rows could not be read and were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle transition(s) other than start, complete and abort (schedule, suspend, ...) were passed over.</source>
        <translation><numerusform>%n lifecycle transition other than start, complete and abort (schedule, suspend, ...) was passed over.</numerusform><numerusform>%n lifecycle transitions other than start, complete and abort (schedule, suspend, ...) were passed over.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) were never completed and were left out.</source>
        <translation><numerusform>%n start was never completed and was left out.</numerusform><numerusform>%n starts were never completed and were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more bad row(s).</source>
        <translation><numerusform>... and %n more bad row.</numerusform><numerusform>... and %n more bad rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1  %n case(s): %2</source>
        <translation><numerusform>%1  %n case: %2</numerusform><numerusform>%1  %n cases: %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>More than %n row(s) could not be read, the first on line %1, so the import stopped. Check which column holds what and the time format.</source>
        <translation><numerusform>More than %n row could not be read, the first on line %1, so the import stopped. Check which column holds what and the time format.</numerusform><numerusform>More than %n rows could not be read, the first on line %1, so the import stopped. Check which column holds what and the time format.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… (%n step(s))</source>
        <translation><numerusform>… (%n step)</numerusform><numerusform>… (%n steps)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>More than %n row(s) could not be read, the first on line %1, so the feedback was not applied.</source>
        <translation><numerusform>More than %n row could not be read, the first on line %1, so the feedback was not applied.</numerusform><numerusform>More than %n rows could not be read, the first on line %1, so the feedback was not applied.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n activity type(s)</source>
        <translation><numerusform>%n activity type</numerusform><numerusform>%n activity types</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation><numerusform>%n resource</numerusform><numerusform>%n resources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation><numerusform>%n channel</numerusform><numerusform>%n channels</numerusform></translation>
    </message>
</context>
<context>
    <name>JourneyOperations</name>
    <message numerus="yes">
        <source>Delete %n Stages</source>
        <translation><numerusform>Delete %n Stages</numerusform><numerusform>Delete %n Stages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n Steps</source>
        <translation><numerusform>Duplicate %n Steps</numerusform><numerusform>Duplicate %n Steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Steps</source>
        <translation><numerusform>Paste %n Steps</numerusform><numerusform>Paste %n Steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Link %n Steps</source>
        <translation><numerusform>Link %n Steps</numerusform><numerusform>Link %n Steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n Steps</source>
        <translation><numerusform>Unlink %n Steps</numerusform><numerusform>Unlink %n Steps</numerusform></translation>
    </message>
</context>
<context>
    <name>ProcessResults</name>
    <message numerus="yes">
        <source>%1: mean waits per visit and busy shares over %n replications</source>
        <translation><numerusform>%1: mean waits per visit and busy shares over %n replication</numerusform><numerusform>%1: mean waits per visit and busy shares over %n replications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: mean waits per visit over %n replications; the constraint is %2</source>
        <translation><numerusform>%1: mean waits per visit over %n replication; the constraint is %2</numerusform><numerusform>%1: mean waits per visit over %n replications; the constraint is %2</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message numerus="yes">
        <source>%n cases, every replication pooled; the slowest 1 % lie beyond the right edge. p50 and p90: half and 90 % of the cases done within, each replication's, averaged.</source>
        <translation><numerusform>%n case, every replication pooled; the slowest 1 % lie beyond the right edge. p50 and p90: half and 90 % of the cases done within, each replication's, averaged.</numerusform><numerusform>%n cases, every replication pooled; the slowest 1 % lie beyond the right edge. p50 and p90: half and 90 % of the cases done within, each replication's, averaged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %n tasks with the longest waits; the CSV file has every task.</source>
        <translation><numerusform>The %n task with the longest wait; the CSV file has every task.</numerusform><numerusform>The %n tasks with the longest waits; the CSV file has every task.</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsReport</name>
    <message numerus="yes">
        <source>%n replications (first %1), each %2 long after a warm-up of %3, seed %4
</source>
        <translation><numerusform>%n replication (first %1), each %2 long after a warm-up of %3, seed %4
</numerusform><numerusform>%n replications (first %1), each %2 long after a warm-up of %3, seed %4
</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsTiles</name>
    <message numerus="yes">
        <source>%n replications</source>
        <translation><numerusform>%n replication</numerusform><numerusform>%n replications</numerusform></translation>
    </message>
</context>
<context>
    <name>RoleMap</name>
    <message numerus="yes">
        <source>%n on shift</source>
        <translation><numerusform>%n on shift</numerusform><numerusform>%n on shift</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n staff</source>
        <translation><numerusform>%n staff</numerusform><numerusform>%n staff</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n journey steps</source>
        <translation><numerusform>%n journey steps</numerusform><numerusform>%n journey steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n process tasks</source>
        <translation><numerusform>%n process tasks</numerusform><numerusform>%n process tasks</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <source>%n journeys</source>
        <translation><numerusform>%n journeys</numerusform><numerusform>%n journeys</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation><numerusform>%n roles</numerusform><numerusform>%n roles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation><numerusform>%n processes</numerusform><numerusform>%n processes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n requirements</source>
        <translation><numerusform>%n requirement</numerusform><numerusform>%n requirements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation><numerusform>%n errors</numerusform><numerusform>%n errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation><numerusform>%n warnings</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <source>Move %n Nodes</source>
        <translation><numerusform>Move %n Node</numerusform><numerusform>Move %n Nodes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Steps</source>
        <translation><numerusform>Add %n Steps</numerusform><numerusform>Add %n Steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Steps</source>
        <translation><numerusform>Delete %n Steps</numerusform><numerusform>Delete %n Steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Steps</source>
        <translation><numerusform>Move %n Steps</numerusform><numerusform>Move %n Steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Nodes</source>
        <translation><numerusform>Delete %n Node</numerusform><numerusform>Delete %n Nodes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Flows</source>
        <translation><numerusform>Delete %n Flows</numerusform><numerusform>Delete %n Flows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Nodes</source>
        <translation><numerusform>Paste %n Node</numerusform><numerusform>Paste %n Nodes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Align %n Nodes</source>
        <translation><numerusform>Align %n Node</numerusform><numerusform>Align %n Nodes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n Nodes</source>
        <translation><numerusform>Distribute %n Node</numerusform><numerusform>Distribute %n Nodes</numerusform></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::app::FitChart</name>
    <message numerus="yes">
        <source>%n durations</source>
        <translation><numerusform>%n durations</numerusform><numerusform>%n durations</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::app::LogImportPage</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation><numerusform>%n events</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation><numerusform>%n activities</numerusform><numerusform>%n activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation><numerusform>%n resources</numerusform><numerusform>%n resources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n channels</source>
        <translation><numerusform>%n channels</numerusform><numerusform>%n channels</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle transitions</source>
        <translation><numerusform>%n lifecycle transitions</numerusform><numerusform>%n lifecycle transitions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n starts</source>
        <translation><numerusform>%n starts</numerusform><numerusform>%n starts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation><numerusform>%n rows</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::app::LogResultsPage</name>
    <message numerus="yes">
        <source>%n cases</source>
        <translation><numerusform>%n case</numerusform><numerusform>%n cases</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation><numerusform>%n events</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation><numerusform>%n task</numerusform><numerusform>%n tasks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation><numerusform>%n step</numerusform><numerusform>%n steps</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation><numerusform>%n roles</numerusform><numerusform>%n roles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation><numerusform>%n responses</numerusform><numerusform>%n responses</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::app::ProcessesView</name>
    <message numerus="yes">
        <source>empirical (%n values)</source>
        <translation><numerusform>empirical (%n value)</numerusform><numerusform>empirical (%n values)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>peaky arrivals (%n periods)</source>
        <translation><numerusform>peaky arrivals (%n period)</numerusform><numerusform>peaky arrivals (%n periods)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation><numerusform>%n step</numerusform><numerusform>%n steps</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::app::ProjectTree</name>
    <message numerus="yes">
        <source>%n steps</source>
        <translation><numerusform>%n step</numerusform><numerusform>%n steps</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::app::RequirementsView</name>
    <message numerus="yes">
        <source>%n requirements the processes put on technology, for a vendor proof of concept.</source>
        <translation><numerusform>%n requirement the processes put on technology, for a vendor proof of concept.</numerusform><numerusform>%n requirements the processes put on technology, for a vendor proof of concept.</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::app::SimulationPanel</name>
    <message numerus="yes">
        <source>%n replications were needed.</source>
        <translation><numerusform>%n replication was needed.</numerusform><numerusform>%n replications were needed.</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyProperties</name>
    <message numerus="yes">
        <source>Id %1 · %n step(s)</source>
        <translation><numerusform>Id %1 · %n step</numerusform><numerusform>Id %1 · %n steps</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyScene</name>
    <message numerus="yes">
        <source>Link %n Items</source>
        <translation><numerusform>Link %n Item</numerusform><numerusform>Link %n Items</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyView</name>
    <message numerus="yes">
        <source>Cut %n Steps</source>
        <translation><numerusform>Cut %n Steps</numerusform><numerusform>Cut %n Steps</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::NodeForm</name>
    <message numerus="yes">
        <source>by time of day: %n blocks over the period</source>
        <translation><numerusform>by time of day: %n block over the period</numerusform><numerusform>by time of day: %n blocks over the period</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessEditor</name>
    <message numerus="yes">
        <source>%n processes</source>
        <translation><numerusform>%n processes</numerusform><numerusform>%n processes</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::StepForm</name>
    <message numerus="yes">
        <source>%n steps selected (showing “%1”)</source>
        <translation><numerusform>%n step selected (showing “%1”)</numerusform><numerusform>%n steps selected (showing “%1”)</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::AdviceView</name>
    <message numerus="yes">
        <source>%1 of %n met (%2 before)</source>
        <translation><numerusform>%1 of %n met (%2 before)</numerusform><numerusform>%1 of %n met (%2 before)</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ComparisonTable</name>
    <message numerus="yes">
        <source>Mean over %n replications, ± the 95 % interval</source>
        <translation><numerusform>Mean over %n replication, ± the 95 % interval</numerusform><numerusform>Mean over %n replications, ± the 95 % interval</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Better, and significant: the paired 95 % interval (%n pairs) excludes zero.</source>
        <translation><numerusform>Better, and significant: the paired 95 % interval (%n pair) excludes zero.</numerusform><numerusform>Better, and significant: the paired 95 % interval (%n pairs) excludes zero.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Worse, and significant: the paired 95 % interval (%n pairs) excludes zero.</source>
        <translation><numerusform>Worse, and significant: the paired 95 % interval (%n pair) excludes zero.</numerusform><numerusform>Worse, and significant: the paired 95 % interval (%n pairs) excludes zero.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The paired 95 % interval (%n pairs) spans zero: no significant difference.</source>
        <translation><numerusform>The paired 95 % interval (%n pair) spans zero: no significant difference.</numerusform><numerusform>The paired 95 % interval (%n pairs) spans zero: no significant difference.</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ComparisonView</name>
    <message numerus="yes">
        <source>%n replications of each in %1 s.</source>
        <translation><numerusform>%n replication of each in %1 s.</numerusform><numerusform>%n replications of each in %1 s.</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ResultsDashboard</name>
    <message numerus="yes">
        <source>%1 — %n replications of %2, the first %3 a warm-up</source>
        <translation><numerusform>%1 — %n replication of %2, the first %3 a warm-up</numerusform><numerusform>%1 — %n replications of %2, the first %3 a warm-up</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Replications were added until every process's mean cycle time was known within ± %1: %n were needed.</source>
        <translation><numerusform>Replications were added until every process's mean cycle time was known within ± %1: %n was needed.</numerusform><numerusform>Replications were added until every process's mean cycle time was known within ± %1: %n were needed.</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::results::RunHistoryView</name>
    <message numerus="yes">
        <source>Delete %n run(s) from the project's run history? This cannot be undone.</source>
        <translation><numerusform>Delete %n run from the project's run history? This cannot be undone.</numerusform><numerusform>Delete %n runs from the project's run history? This cannot be undone.</numerusform></translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::PocScenarioForm</name>
    <message numerus="yes">
        <source>%n steps</source>
        <translation><numerusform>%n step</numerusform><numerusform>%n steps</numerusform></translation>
    </message>
</context>
</TS>
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Advisor</name>
    <message>
        <source>there is no scenario &apos;%1&apos;.</source>
        <translation>no existe el escenario &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the scenario has no constraint: nothing waits for anyone.</source>
        <translation>el escenario no tiene ninguna restricción: nada espera a nadie.</translation>
    </message>
    <message>
        <source>The constraint is %1: work waits while nobody who can do it is on duty%2 — more hours, not more people, remove it.</source>
        <translation>La restricción es %1: el trabajo espera mientras no hay de turno nadie que pueda hacerlo%2 — la eliminan más horas, no más personas.</translation>
    </message>
    <message>
        <source>The constraint is %1, busy %2 of the time: work waits for want of people%3.</source>
        <translation>La restricción es %1, ocupado el %2 del tiempo: el trabajo espera por falta de personal%3.</translation>
    </message>
    <message>
        <source>Suggested by the constraint advisor on scenario “%1”.</source>
        <translation>Propuesto por el asesor de restricciones para el escenario “%1”.</translation>
    </message>
    <message>
        <source>A shift %1 for one %2</source>
        <translation>Un turno %1 para una persona del rol %2</translation>
    </message>
    <message numerus="yes">
        <source>A shift %1 for %n staff as %2</source>
        <translation>
            <numerusform>Un turno %1 para %n persona como %2</numerusform>
            <numerusform>Un turno %1 para %n personas como %2</numerusform>
        </translation>
    </message>
    <message>
        <source>One more %1%2</source>
        <translation>Una persona más como %1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n more staff as %1%2</source>
        <translation>
            <numerusform>%n persona más como %1%2</numerusform>
            <numerusform>%n personas más como %1%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cross-trained to help %2 %3</source>
        <translation>%1 con formación cruzada para ayudar a %2 %3</translation>
    </message>
    <message>
        <source>%1 cross-trained to help %2</source>
        <translation>%1 con formación cruzada para ayudar a %2</translation>
    </message>
    <message>
        <source>One more %1 (not the constraint)</source>
        <translation>Una persona más como %1 (no es la restricción)</translation>
    </message>
    <message>
        <source>A fifth of %1 to %2</source>
        <translation>Desviar una quinta parte de %1 a %2</translation>
    </message>
    <message>
        <source>Serving a fifth of the %1 customers of %2 outside those hours</source>
        <translation>Atender fuera de ese horario a una quinta parte de los clientes %1 de %2</translation>
    </message>
    <message>
        <source>The redesign “%1”</source>
        <translation>El rediseño “%1”</translation>
    </message>
    <message>
        <source>no cycle time was measured for “%1”.</source>
        <translation>no se ha medido ningún tiempo de ciclo para “%1”.</translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation>, de %1 a %2</translation>
    </message>
    <message>
        <source>%1 cuts the mean time to complete %2 by %3 (± %4)%5</source>
        <translation>%1 reduce el tiempo medio para completar %2 en %3 (± %4)%5</translation>
    </message>
    <message>
        <source>%1 lengthens the mean time to complete %2 by %3 (± %4)</source>
        <translation>%1 alarga el tiempo medio para completar %2 en %3 (± %4)</translation>
    </message>
    <message>
        <source>%1 makes no significant difference to the time to complete %2 (%3, ± %4)</source>
        <translation>%1 no cambia de forma significativa el tiempo para completar %2 (%3, ± %4)</translation>
    </message>
    <message>
        <source>, for %1 a week in staff</source>
        <translation>, con un coste de %1 a la semana en personal</translation>
    </message>
    <message>
        <source>, with %1 a week less spent on staff</source>
        <translation>, con %1 a la semana menos de gasto en personal</translation>
    </message>
    <message>
        <source>, and saves %1 a week of lost customers and value</source>
        <translation>, y ahorra %1 a la semana en clientes y valor perdidos</translation>
    </message>
    <message>
        <source>, and loses %1 a week of customers and value</source>
        <translation>, y pierde %1 a la semana en clientes y valor</translation>
    </message>
    <message numerus="yes">
        <source>, and %n fewer calls a week from customers asking where their case is</source>
        <translation>
            <numerusform>, y %n llamada menos a la semana de clientes que preguntan por el estado de su caso</numerusform>
            <numerusform>, y %n llamadas menos a la semana de clientes que preguntan por el estado de su caso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BpmnExport</name>
    <message>
        <source>there is no process &quot;%1&quot;; the project has %2.</source>
        <translation>no existe el proceso &quot;%1&quot;; el proyecto tiene %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>the project has no process to export.</source>
        <translation>el proyecto no tiene ningún proceso que exportar.</translation>
    </message>
</context>
<context>
    <name>BpmnImport</name>
    <message>
        <source>a boundary event is not imported: the studio&apos;s tasks are not interrupted. The flows leaving it are left out too.</source>
        <translation>no se importa un evento de límite: las tareas de la aplicación no se interrumpen. Los flujos que salen de él también se omiten.</translation>
    </message>
    <message>
        <source>data is not imported: the studio&apos;s processes model the work, not its data.</source>
        <translation>no se importan los datos: los procesos de la aplicación modelan el trabajo, no sus datos.</translation>
    </message>
    <message>
        <source>annotations and groups are not imported.</source>
        <translation>no se importan las anotaciones ni los grupos.</translation>
    </message>
    <message>
        <source>this kind of BPMN element is not imported.</source>
        <translation>este tipo de elemento BPMN no se importa.</translation>
    </message>
    <message>
        <source>a call activity is imported as one task; the process it calls is not.</source>
        <translation>una actividad de llamada se importa como una sola tarea; el proceso al que llama, no.</translation>
    </message>
    <message numerus="yes">
        <source>a sub-process is imported as one task; the %n element(s) inside it are left out.</source>
        <translation>
            <numerusform>un subproceso se importa como una sola tarea; se omite el %n elemento que contiene.</numerusform>
            <numerusform>un subproceso se importa como una sola tarea; se omiten los %n elementos que contiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>imported as an exclusive (xor) gateway: a case takes exactly one of its ways.</source>
        <translation>importada como compuerta exclusiva (xor): un caso toma exactamente uno de sus caminos.</translation>
    </message>
    <message>
        <source>its %1 trigger is not kept: a start in the studio is a stream of arrivals (BPSim InterTriggerTimer or the start&apos;s properties).</source>
        <translation>no se conserva su disparador %1: un inicio en la aplicación es un flujo de llegadas (BPSim InterTriggerTimer o las propiedades del inicio).</translation>
    </message>
    <message>
        <source>its %1 result is not kept; it is imported as a plain end.</source>
        <translation>no se conserva su resultado %1; se importa como un fin simple.</translation>
    </message>
    <message>
        <source>its %1 trigger is not kept; it is imported as a timer.</source>
        <translation>no se conserva su disparador %1; se importa como temporizador.</translation>
    </message>
    <message>
        <source>imported as a timer with no delay, so the flow through it stays whole.</source>
        <translation>importado como temporizador sin retardo, para que el flujo que pasa por él quede completo.</translation>
    </message>
    <message>
        <source>its %1 trigger is not kept; it is imported as a timer with no delay, so the flow through it stays whole.</source>
        <translation>no se conserva su disparador %1; se importa como temporizador sin retardo, para que el flujo que pasa por él quede completo.</translation>
    </message>
    <message>
        <source>processing time</source>
        <translation>tiempo de procesamiento</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>retardo</translation>
    </message>
    <message>
        <source>arrivals</source>
        <translation>llegadas</translation>
    </message>
    <message>
        <source>this lane holds lanes of its own; the innermost lanes become roles.</source>
        <translation>este carril contiene carriles propios; los carriles más internos pasan a ser roles.</translation>
    </message>
    <message>
        <source>another lane of this process has the same name; both become the role %1.</source>
        <translation>otro carril de este proceso tiene el mismo nombre; ambos pasan a ser el rol %1.</translation>
    </message>
    <message>
        <source>vertical lanes are drawn as horizontal swimlanes; their widths are not kept.</source>
        <translation>los carriles verticales se dibujan como carriles horizontales; sus anchos no se conservan.</translation>
    </message>
    <message>
        <source>the process has no lanes; its tasks are given the role %1, after the pool.</source>
        <translation>el proceso no tiene carriles; sus tareas reciben el rol %1, con el nombre del pool.</translation>
    </message>
    <message>
        <source>this task is in no lane; it is given the role %1, after the pool.</source>
        <translation>esta tarea no está en ningún carril; recibe el rol %1, con el nombre del pool.</translation>
    </message>
    <message>
        <source>it connects %1 %2, which is not imported, so it is left out.</source>
        <translation>conecta %1 %2, que no se importa, así que se omite.</translation>
    </message>
    <message>
        <source>it connects %1, which is no flow element of this process, so it is left out.</source>
        <translation>conecta %1, que no es un elemento de flujo de este proceso, así que se omite.</translation>
    </message>
    <message>
        <source>its condition is not kept: the studio routes cases by branch probability.</source>
        <translation>no se conserva su condición: la aplicación enruta los casos según la probabilidad de cada rama.</translation>
    </message>
    <message>
        <source>this parallel gateway both joins and splits; it is imported as an and-join, so an and-split must follow it.</source>
        <translation>esta compuerta paralela une y divide a la vez; se importa como unión AND, por lo que debe seguirle una división AND.</translation>
    </message>
    <message>
        <source>its branch probabilities add up to %1; they are read as percentages.</source>
        <translation>las probabilidades de sus ramas suman %1; se interpretan como porcentajes.</translation>
    </message>
    <message numerus="yes">
        <source>no branch probabilities (BPSim Probability) for the flows leaving it; each of its %n ways gets an equal share.</source>
        <translation>
            <numerusform>los flujos que salen de ella no tienen probabilidades de rama (BPSim Probability); su %n camino recibe una parte igual.</numerusform>
            <numerusform>los flujos que salen de ella no tienen probabilidades de rama (BPSim Probability); cada uno de sus %n caminos recibe una parte igual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only some of the flows leaving it have a probability; the other %n share the rest equally.</source>
        <translation>
            <numerusform>solo algunos de los flujos que salen de ella tienen probabilidad; el %n restante recibe el resto.</numerusform>
            <numerusform>solo algunos de los flujos que salen de ella tienen probabilidad; los otros %n se reparten el resto a partes iguales.</numerusform>
        </translation>
    </message>
    <message>
        <source>the process has no diagram (BPMN DI); it was laid out automatically.</source>
        <translation>el proceso no tiene diagrama (BPMN DI); se ha distribuido automáticamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have no shape in the diagram; they were placed below it.</source>
        <translation>
            <numerusform>%n nodo no tiene forma en el diagrama; se ha colocado debajo.</numerusform>
            <numerusform>%n nodos no tienen forma en el diagrama; se han colocado debajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>the timer has no delay (BPSim ProcessingTime or a timeDuration); set it before simulating.</source>
        <translation>el temporizador no tiene retardo (BPSim ProcessingTime o un timeDuration); defínalo antes de simular.</translation>
    </message>
    <message>
        <source>the start has no arrivals (BPSim InterTriggerTimer); set them before simulating.</source>
        <translation>el inicio no tiene llegadas (BPSim InterTriggerTimer); defínalas antes de simular.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) have no processing time (BPSim ProcessingTime): %1. Set their durations before simulating.</source>
        <translation>
            <numerusform>%n tarea no tiene tiempo de procesamiento (BPSim ProcessingTime): %1. Defina su duración antes de simular.</numerusform>
            <numerusform>%n tareas no tienen tiempo de procesamiento (BPSim ProcessingTime): %1. Defina sus duraciones antes de simular.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a BPMN 2.0 file: it starts with &lt;%1&gt; (namespace &quot;%2&quot;), not with the &lt;definitions&gt; of %3. Nothing was imported.</source>
        <translation>Este no es un archivo BPMN 2.0: empieza por &lt;%1&gt; (espacio de nombres &quot;%2&quot;), no por el elemento &lt;definitions&gt; de %3. No se ha importado nada.</translation>
    </message>
    <message>
        <source>this id is also used by the %1 on line %2; references go to the first.</source>
        <translation>este id también lo usa el elemento %1 de la línea %2; las referencias apuntan al primero.</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Ejecutor</translation>
    </message>
    <message>
        <source>a pool with no process of its own (a black box) is not imported.</source>
        <translation>no se importa un pool sin proceso propio (caja negra).</translation>
    </message>
    <message>
        <source>a message flow between pools is not imported; each pool becomes a process of its own.</source>
        <translation>no se importa un flujo de mensajes entre pools; cada pool pasa a ser un proceso propio.</translation>
    </message>
    <message>
        <source>this element of the collaboration is not imported.</source>
        <translation>no se importa este elemento de la colaboración.</translation>
    </message>
    <message>
        <source>the relationship &quot;%1&quot; (another tool&apos;s data) is not imported.</source>
        <translation>no se importa la relación &quot;%1&quot; (datos de otra herramienta).</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) were left out.</source>
        <translation>
            <numerusform>Se ha omitido %n advertencia más.</numerusform>
            <numerusform>Se han omitido %n advertencias más.</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first BPSim scenario is imported.</source>
        <translation>solo se importa el primer escenario BPSim.</translation>
    </message>
    <message>
        <source>BPSim times in %1 are converted to %2, the nearest time unit the studio has.</source>
        <translation>Los tiempos BPSim en %1 se convierten a %2, la unidad de tiempo más cercana de la aplicación.</translation>
    </message>
    <message>
        <source>the BPSim %1 is not a plain number or duration; it is not imported.</source>
        <translation>el %1 de BPSim no es un número ni una duración simple; no se importa.</translation>
    </message>
    <message>
        <source>its %1 holds several values (by calendar); only the first is imported.</source>
        <translation>su %1 contiene varios valores (por calendario); solo se importa el primero.</translation>
    </message>
    <message>
        <source>its %1 (BPSim %2) holds no value the studio can read.</source>
        <translation>su %1 (BPSim %2) no contiene ningún valor que la aplicación pueda leer.</translation>
    </message>
    <message>
        <source>its %1 (BPSim %2) is not imported: the studio has no such distribution.</source>
        <translation>su %1 (BPSim %2) no se importa: la aplicación no dispone de esa distribución.</translation>
    </message>
    <message>
        <source>the headcount %1 of role %2 is rounded to %3.</source>
        <translation>la dotación %1 del rol %2 se redondea a %3.</translation>
    </message>
    <message>
        <source>the BPSim Quantity of role %1 is not a headcount; it is not imported.</source>
        <translation>el BPSim Quantity del rol %1 no es una dotación; no se importa.</translation>
    </message>
    <message>
        <source>the patience holds no distribution the studio can read; it is not imported.</source>
        <translation>la paciencia no contiene ninguna distribución que la aplicación pueda leer; no se importa.</translation>
    </message>
    <message numerus="yes">
        <source>not imported (%n element(s)): the studio has no such parameter, or not on that kind of element.</source>
        <translation>
            <numerusform>no importado (%n elemento): la aplicación no tiene ese parámetro, o no para ese tipo de elemento.</numerusform>
            <numerusform>no importados (%n elementos): la aplicación no tiene ese parámetro, o no para ese tipo de elemento.</numerusform>
        </translation>
    </message>
    <message>
        <source>the project already has a process %1; the imported one is added as %2.</source>
        <translation>el proyecto ya tiene un proceso %1; el importado se añade como %2.</translation>
    </message>
    <message>
        <source>these parts of it are not imported: %1.</source>
        <translation>estas partes no se importan: %1.</translation>
    </message>
</context>
<context>
    <name>BpmnReader</name>
    <message>
        <source>The file is %1 MB; BPMN files are read up to %2 MB, so nothing was imported.</source>
        <translation>El archivo ocupa %1 MB; los archivos BPMN se leen hasta %2 MB, así que no se ha importado nada.</translation>
    </message>
    <message>
        <source>The file declares a document type (&lt;!DOCTYPE&gt;). BPMN files never need one, and a DTD can pull in other files or expand entities without end, so the file is refused.</source>
        <translation>El archivo declara un tipo de documento (&lt;!DOCTYPE&gt;). Los archivos BPMN nunca lo necesitan, y una DTD puede incorporar otros archivos o expandir entidades sin fin, así que el archivo se rechaza.</translation>
    </message>
    <message>
        <source>The file uses the entity &amp;%1;, which is not one of XML&apos;s own; the file is refused.</source>
        <translation>El archivo usa la entidad &amp;%1;, que no es propia de XML; el archivo se rechaza.</translation>
    </message>
    <message>
        <source>The file has more than %1 elements; larger files are refused, so nothing was imported.</source>
        <translation>El archivo tiene más de %1 elementos; los archivos mayores se rechazan, así que no se ha importado nada.</translation>
    </message>
    <message>
        <source>Elements nest deeper than %1 levels here; such files are refused, so nothing was imported.</source>
        <translation>Aquí los elementos se anidan a más de %1 niveles; estos archivos se rechazan, así que no se ha importado nada.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 Nothing was imported.</source>
        <translation>El archivo no es XML bien formado: %1 No se ha importado nada.</translation>
    </message>
    <message>
        <source>The file holds no XML element; nothing was imported.</source>
        <translation>El archivo no contiene ningún elemento XML; no se ha importado nada.</translation>
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
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Visita de campo</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Self-service device</source>
        <translation>Dispositivo de autoservicio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
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
        <translation>%1: el gráfico aún no se muestra</translation>
    </message>
    <message>
        <source>%1: a chart is saved as .png or .svg</source>
        <translation>%1: un gráfico se guarda como .png o .svg</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Converts a project between .oi.yaml and .oistudio (chosen by extension).
Refuses to write when the input has errors.
Exit code: 0 written, 1 the input has errors, 2 usage or I/O error.</source>
        <translation>Convierte un proyecto entre .oi.yaml y .oistudio (según la extensión).
No escribe nada si la entrada tiene errores.
Código de salida: 0 escrito, 1 la entrada tiene errores, 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>the project to read</source>
        <translation>el proyecto que se lee</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>el archivo que se escribe</translation>
    </message>
    <message>
        <source>convert: give exactly one input and one output file.
</source>
        <translation>convert: indique exactamente un archivo de entrada y uno de salida.
</translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation>Se ha escrito %1.
</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was written.
</source>
        <translation>%1 tiene errores; no se ha escrito nada.
</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n proceso</numerusform>
            <numerusform>%n procesos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rol</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>check a project file and list every problem</source>
        <translation>comprobar un archivo de proyecto y listar todos los problemas</translation>
    </message>
    <message>
        <source>convert between .oi.yaml and .oistudio</source>
        <translation>convertir entre .oi.yaml y .oistudio</translation>
    </message>
    <message>
        <source>run the discrete-event simulation</source>
        <translation>ejecutar la simulación de eventos discretos</translation>
    </message>
    <message>
        <source>compare scenarios with common random numbers, each against the first</source>
        <translation>comparar escenarios con números aleatorios comunes, cada uno frente al primero</translation>
    </message>
    <message>
        <source>name the constraint and rank the remedies by their business case</source>
        <translation>identificar la restricción y ordenar las soluciones según su caso de negocio</translation>
    </message>
    <message>
        <source>write a journey as JSON or Mermaid, processes as BPMN (pictures: outsidein --export)</source>
        <translation>exportar un recorrido como JSON o Mermaid y los procesos como BPMN (imágenes: outsidein --export)</translation>
    </message>
    <message>
        <source>read the processes of a BPMN 2.0 file into a new or an existing project</source>
        <translation>leer los procesos de un archivo BPMN 2.0 en un proyecto nuevo o existente</translation>
    </message>
    <message>
        <source>draft a process and a journey from an event log (CSV or XES)</source>
        <translation>esbozar un proceso y un recorrido a partir de un registro de eventos (CSV o XES)</translation>
    </message>
    <message>
        <source>rename an id and every reference to it</source>
        <translation>renombrar un id y todas sus referencias</translation>
    </message>
    <message>
        <source>merge sharded simulation results (JSON)</source>
        <translation>fusionar resultados de simulación fragmentados (JSON)</translation>
    </message>
    <message>
        <source>follow each strategy to roles, processes, steps and requirements; list the gaps</source>
        <translation>seguir cada estrategia hasta roles, procesos, pasos y requisitos; listar las carencias</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options] FILE...

Outside-In Studio on the command line.

Commands:
</source>
        <translation>Uso: %1 &lt;comando&gt; [opciones] ARCHIVO...

Outside-In Studio en la línea de comandos.

Comandos:
</translation>
    </message>
    <message>
        <source>
Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.
Options: -h, --help  this text;  -v, --version  the version.
</source>
        <translation>
Ejecute &apos;%1 &lt;comando&gt; --help&apos; para ver las opciones de un comando.
Opciones: -h, --help  este texto;  -v, --version  la versión.
</translation>
    </message>
    <message>
        <source>%1: unknown command &apos;%2&apos;
</source>
        <translation>%1: comando desconocido &apos;%2&apos;
</translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1 %2 to %3 and %n references to it in %4.
</source>
        <translation>
            <numerusform>Se ha renombrado %1 %2 a %3 y %n referencia a él en %4.
</numerusform>
            <numerusform>Se ha renombrado %1 %2 a %3 y %n referencias a él en %4.
</numerusform>
        </translation>
    </message>
    <message>
        <source>  Strategies with a role: %1 of %2; roles that belong to a strategy: %3 of %4
</source>
        <translation>  Estrategias con un rol: %1 de %2; roles que pertenecen a una estrategia: %3 de %4
</translation>
    </message>
    <message>
        <source>  Roles with a task: %1 of %2; processes with a task of a role: %3 of %4
</source>
        <translation>  Roles con una tarea: %1 de %2; procesos con una tarea de un rol: %3 de %4
</translation>
    </message>
    <message>
        <source>  Journey steps that trigger a process: %1 of %2; processes a step triggers: %3 of %4
</source>
        <translation>  Pasos del recorrido que desencadenan un proceso: %1 de %2; procesos que desencadena un paso: %3 de %4
</translation>
    </message>
    <message>
        <source>  Requirements a journey step needs: %1 of %2; steps with a requirement: %3 of %4
</source>
        <translation>  Requisitos que necesita un paso del recorrido: %1 de %2; pasos con un requisito: %3 de %4
</translation>
    </message>
    <message>
        <source>  Requirements on a process node: %1 of %2; tasks and named nodes with a requirement: %3 of %4
</source>
        <translation>  Requisitos sobre un nodo de proceso: %1 de %2; tareas y nodos con nombre que tienen un requisito: %3 de %4
</translation>
    </message>
    <message>
        <source>  Customer needs a journey step serves: %1 of %2; steps that serve a need: %3 of %4
</source>
        <translation>  Necesidades del cliente que atiende un paso del recorrido: %1 de %2; pasos que atienden una necesidad: %3 de %4
</translation>
    </message>
    <message numerus="yes">
        <source>  Roles naming it or working in its processes (%n):
</source>
        <translation>
            <numerusform>  Roles que la nombran o trabajan en sus procesos (%n):
</numerusform>
            <numerusform>  Roles que la nombran o trabajan en sus procesos (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No role names it or works in its processes.
</source>
        <translation>  Ningún rol la nombra ni trabaja en sus procesos.
</translation>
    </message>
    <message numerus="yes">
        <source>  Processes (%n):
</source>
        <translation>
            <numerusform>  Procesos (%n):
</numerusform>
            <numerusform>  Procesos (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No process names it or has a task of its roles.
</source>
        <translation>  Ningún proceso la nombra ni tiene una tarea de sus roles.
</translation>
    </message>
    <message numerus="yes">
        <source>  Journey steps (%n):
</source>
        <translation>
            <numerusform>  Pasos del recorrido (%n):
</numerusform>
            <numerusform>  Pasos del recorrido (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No journey step is linked to its processes or roles.
</source>
        <translation>  Ningún paso del recorrido está vinculado a sus procesos o roles.
</translation>
    </message>
    <message numerus="yes">
        <source>  Requirements (%n):
</source>
        <translation>
            <numerusform>  Requisitos (%n):
</numerusform>
            <numerusform>  Requisitos (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No requirement follows from its journey steps or processes.
</source>
        <translation>  Ningún requisito se deriva de sus pasos del recorrido o procesos.
</translation>
    </message>
    <message numerus="yes">
        <source>  Customer needs served (%n):
</source>
        <translation>
            <numerusform>  Necesidades del cliente atendidas (%n):
</numerusform>
            <numerusform>  Necesidades del cliente atendidas (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>  Its journey steps serve no customer need.
</source>
        <translation>  Sus pasos del recorrido no atienden ninguna necesidad del cliente.
</translation>
    </message>
    <message numerus="yes">
        <source>  Roles with no strategy of their own and no task in a process that has one (%n):
</source>
        <translation>
            <numerusform>  Roles sin estrategia propia y sin tareas en un proceso que la tenga (%n):
</numerusform>
            <numerusform>  Roles sin estrategia propia y sin tareas en un proceso que la tenga (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Journey steps linked to no process (%n):
</source>
        <translation>
            <numerusform>  Pasos del recorrido sin vínculo con ningún proceso (%n):
</numerusform>
            <numerusform>  Pasos del recorrido sin vínculo con ningún proceso (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Processes that no journey step triggers, through them or their nodes (%n):
</source>
        <translation>
            <numerusform>  Procesos que ningún paso del recorrido desencadena, ni directamente ni a través de sus nodos (%n):
</numerusform>
            <numerusform>  Procesos que ningún paso del recorrido desencadena, ni directamente ni a través de sus nodos (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Requirements that no journey step needs and that name no process node (%n):
</source>
        <translation>
            <numerusform>  Requisitos que ningún paso del recorrido necesita y que no nombran ningún nodo de proceso (%n):
</numerusform>
            <numerusform>  Requisitos que ningún paso del recorrido necesita y que no nombran ningún nodo de proceso (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Strategies that change no role, none of their roles being moved, new, merged or retired (%n):
</source>
        <translation>
            <numerusform>  Estrategias que no cambian ningún rol: ninguno de sus roles es trasladado, nuevo, fusionado o retirado (%n):
</numerusform>
            <numerusform>  Estrategias que no cambian ningún rol: ninguno de sus roles es trasladado, nuevo, fusionado o retirado (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Customer needs that no journey step serves (%n):
</source>
        <translation>
            <numerusform>  Necesidades del cliente que ningún paso del recorrido atiende (%n):
</numerusform>
            <numerusform>  Necesidades del cliente que ningún paso del recorrido atiende (%n):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Roles that change (moved, new or merged) but have no task in any process (%n):
</source>
        <translation>
            <numerusform>  Roles que cambian (trasladados, nuevos o fusionados) pero no tienen ninguna tarea en ningún proceso (%n):
</numerusform>
            <numerusform>  Roles que cambian (trasladados, nuevos o fusionados) pero no tienen ninguna tarea en ningún proceso (%n):
</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a project file (.oi.yaml or .oistudio) and lists every problem.
Exit code: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.</source>
        <translation>Comprueba un archivo de proyecto (.oi.yaml o .oistudio) y lista todos los problemas.
Código de salida: 0 sin errores (se admiten advertencias), 1 se encontraron errores, 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>the project file(s) to check</source>
        <translation>los archivos de proyecto que se comprueban</translation>
    </message>
    <message>
        <source>print errors only, no warnings</source>
        <translation>mostrar solo errores, sin advertencias</translation>
    </message>
    <message>
        <source>validate: no file given.
</source>
        <translation>validate: no se ha indicado ningún archivo.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched no step</source>
        <translation>
            <numerusform>%n no coincidió con ningún paso</numerusform>
            <numerusform>%n no coincidieron con ningún paso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey step(s)</source>
        <translation>
            <numerusform>%n paso del recorrido</numerusform>
            <numerusform>%n pasos del recorrido</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>cases per hour</source>
        <translation>casos por hora</translation>
    </message>
    <message>
        <source>cases per day</source>
        <translation>casos por día</translation>
    </message>
    <message>
        <source>cases per replication</source>
        <translation>casos por réplica</translation>
    </message>
    <message>
        <source>% of task starts</source>
        <translation>% de inicios de tarea</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Escenarios comparados</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>95 % interval ±</source>
        <translation>Intervalo del 95 % ±</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (mean over %n replications, ± its 95 % interval)</source>
        <translation>
            <numerusform>%1: %2 (media de %n réplica, ± su intervalo del 95 %)</numerusform>
            <numerusform>%1: %2 (media de %n réplicas, ± su intervalo del 95 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Mean (%1)</source>
        <translation>Media (%1)</translation>
    </message>
    <message>
        <source>Each scenario&apos;s mean with its 95 % interval; the table gives the paired differences, which common random numbers make tighter than these intervals suggest.</source>
        <translation>La media de cada escenario con su intervalo del 95 %; la tabla muestra las diferencias pareadas, que los números aleatorios comunes hacen más estrechas de lo que sugieren estos intervalos.</translation>
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
        <translation>%1, sin diferencia significativa</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 por hora</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 por día</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>mean cycle time</source>
        <translation>tiempo de ciclo medio</translation>
    </message>
    <message>
        <source>90 % of cases done within</source>
        <translation>90 % de los casos terminados en</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>rendimiento</translation>
    </message>
    <message>
        <source>customers lost (abandoned) per run</source>
        <translation>clientes perdidos (abandonos) por ejecución</translation>
    </message>
    <message>
        <source>mean wait per task</source>
        <translation>espera media por tarea</translation>
    </message>
    <message>
        <source>tasks that had to wait</source>
        <translation>tareas que tuvieron que esperar</translation>
    </message>
    <message>
        <source>Scenarios compared: %1 (baseline), %2
</source>
        <translation>Escenarios comparados: %1 (referencia), %2
</translation>
    </message>
    <message>
        <source>%1 replications of each, %2 long after a warm-up of %3, seed %4; replication i of every scenario draws the same random numbers (common random numbers).
</source>
        <translation>%1 réplicas de cada uno, de %2 de duración tras un calentamiento de %3, semilla %4; la réplica i de cada escenario usa los mismos números aleatorios (números aleatorios comunes).
</translation>
    </message>
    <message>
        <source>Changes are against %1, with 95 % intervals from the paired replications.
</source>
        <translation>Los cambios se miden respecto a %1, con intervalos del 95 % a partir de las réplicas pareadas.
</translation>
    </message>
    <message>
        <source>  %1 does not run it
</source>
        <translation>  %1 no lo ejecuta
</translation>
    </message>
    <message>
        <source>  %1 runs %2 in its place
</source>
        <translation>  %1 ejecuta %2 en su lugar
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
            <numerusform>una comparación necesita al menos dos escenarios, el primero como referencia; se ha recibido %n.</numerusform>
            <numerusform>una comparación necesita al menos dos escenarios, el primero como referencia; se han recibido %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scenario &apos;%1&apos;.</source>
        <translation>no existe el escenario &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; is named twice; compare each scenario once.</source>
        <translation>el escenario &apos;%1&apos; aparece dos veces; compare cada escenario una sola vez.</translation>
    </message>
    <message>
        <source>a comparison needs at least 2 replications per scenario for its intervals; got %1.</source>
        <translation>una comparación necesita al menos 2 réplicas por escenario para sus intervalos; se han recibido %1.</translation>
    </message>
    <message>
        <source>a comparison needs a fixed warm-up, the same for every scenario.</source>
        <translation>una comparación necesita un calentamiento fijo, el mismo para todos los escenarios.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2</source>
        <translation>escenario &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>Convert</name>
    <message>
        <source>%1: unknown output type; use a name ending in .oi.yaml or .oistudio.</source>
        <translation>%1: tipo de salida desconocido; use un nombre que termine en .oi.yaml o .oistudio.</translation>
    </message>
</context>
<context>
    <name>DecisionEntry</name>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A note for the record (optional)</source>
        <translation>Una nota para el acta (opcional)</translation>
    </message>
    <message>
        <source>Enter records it · Esc cancels · ↑ ↓ chooses what it is on</source>
        <translation>Intro la registra · Esc cancela · ↑ ↓ elige a qué se refiere</translation>
    </message>
    <message>
        <source>Enter records it · Esc cancels</source>
        <translation>Intro la registra · Esc cancela</translation>
    </message>
</context>
<context>
    <name>DeleteEntity</name>
    <message>
        <source>requirement</source>
        <translation>requisito</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>estrategia</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>recorrido</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation>responsabilidad</translation>
    </message>
    <message>
        <source>process</source>
        <translation>proceso</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>proof-of-concept scenario</source>
        <translation>escenario de prueba de concepto</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>There is nothing with the id “%1” to delete.</source>
        <translation>No hay nada con el id “%1” que eliminar.</translation>
    </message>
    <message>
        <source>“%1” is still referred to by %2; unlink them too, or change them first.</source>
        <translation>“%1” sigue referenciado por %2; desvincúlelos también o cámbielos primero.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted here.</source>
        <translation>“%1” no se puede eliminar aquí.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>%1: the %2 view has no picture to export.</source>
        <translation>%1: la vista %2 no tiene ninguna imagen que exportar.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
</context>
<context>
    <name>EmotionChart</name>
    <message>
        <source>Delighted</source>
        <translation>Encantado</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Upset</source>
        <translation>Molesto</translation>
    </message>
</context>
<context>
    <name>EmotionCurveItem</name>
    <message>
        <source>Drag a point to change the emotion; Shift-drag to set the to-be emotion. The ring is the to-be value.</source>
        <translation>Arrastre un punto para cambiar la emoción; arrastre con Mayús para fijar la emoción futura (to-be). El anillo es el valor futuro.</translation>
    </message>
</context>
<context>
    <name>EntityNames</name>
    <message>
        <source>Front office</source>
        <translation>Front office</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Process control</source>
        <translation>Control de procesos</translation>
    </message>
    <message>
        <source>Information management</source>
        <translation>Gestión de la información</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>No funcional</translation>
    </message>
    <message>
        <source>Must</source>
        <translation>Must</translation>
    </message>
    <message>
        <source>Should</source>
        <translation>Should</translation>
    </message>
    <message>
        <source>Could</source>
        <translation>Could</translation>
    </message>
    <message>
        <source>Won&apos;t</source>
        <translation>Won&apos;t</translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation>tiempo de ciclo</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>espera</translation>
    </message>
    <message>
        <source>abandonment rate</source>
        <translation>tasa de abandono</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>rendimiento</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>utilización</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>percentil 90</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>percentil 95</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>como mínimo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsabilidad</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>log</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>simulated draft</source>
        <translation>borrador simulado</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>mean cycle time</source>
        <translation>tiempo de ciclo medio</translation>
    </message>
    <message>
        <source>90 % of cases done within</source>
        <translation>90 % de los casos terminados en</translation>
    </message>
    <message>
        <source>cycle times apart (earth mover&apos;s distance)</source>
        <translation>separación de los tiempos de ciclo (distancia de Wasserstein)</translation>
    </message>
    <message>
        <source> (%1 of the mean)</source>
        <translation> (%1 de la media)</translation>
    </message>
    <message>
        <source>completed per day</source>
        <translation>completados por día</translation>
    </message>
    <message>
        <source>left without completing</source>
        <translation>abandonaron sin completar</translation>
    </message>
    <message>
        <source>arrivals %1:00–%2:00</source>
        <translation>llegadas %1:00–%2:00</translation>
    </message>
    <message>
        <source>largest gap between hourly arrival shares</source>
        <translation>mayor diferencia entre las cuotas horarias de llegadas</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>%1 per case</source>
        <translation>%1 por caso</translation>
    </message>
    <message numerus="yes">
        <source>… (%n step(s))</source>
        <translation>
            <numerusform>… (%n paso)</numerusform>
            <numerusform>… (%n pasos)</numerusform>
        </translation>
    </message>
    <message>
        <source>the case</source>
        <translation>el caso</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>la actividad</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>la marca de tiempo</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>la hora de inicio</translation>
    </message>
    <message>
        <source>the resource</source>
        <translation>el recurso</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>el canal</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>the lifecycle</source>
        <translation>el ciclo de vida</translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos; (for %2); the columns are %3.</source>
        <translation>Ninguna columna se llama &apos;%1&apos; (para %2); las columnas son %3.</translation>
    </message>
    <message>
        <source>No column holds %1 under a name I know; the columns are %2. Say which column holds the case, the activity and the time.</source>
        <translation>Ninguna columna contiene %1 con un nombre reconocible; las columnas son %2. Indique qué columna contiene el caso, la actividad y la marca de tiempo.</translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos; (for a numeric attribute); the columns are %2.</source>
        <translation>Ninguna columna se llama &apos;%1&apos; (para un atributo numérico); las columnas son %2.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MB; lines of a log are read up to that, so the file is refused. Is it an event log?</source>
        <translation>La línea %1 supera los %2 MB; las líneas de un registro se leen hasta ese tamaño, así que el archivo se rechaza. ¿Es realmente un registro de eventos?</translation>
    </message>
    <message>
        <source>The quote that opens a field on line %1 is never closed.</source>
        <translation>Las comillas que abren un campo en la línea %1 nunca se cierran.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text; it is not a CSV event log.</source>
        <translation>El archivo contiene datos binarios, no texto; no es un registro de eventos CSV.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 (or CSV UTF-8) and import it again.</source>
        <translation>El archivo es texto UTF-16; guárdelo como UTF-8 (o CSV UTF-8) e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file could not be read to its end.</source>
        <translation>No se ha podido leer el archivo hasta el final.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>CSV, separated by tabs</source>
        <translation>CSV, separado por tabuladores</translation>
    </message>
    <message>
        <source>CSV, separated by &apos;%1&apos;</source>
        <translation>CSV, separado por &apos;%1&apos;</translation>
    </message>
    <message>
        <source>attribute: %1</source>
        <translation>atributo: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date-time format: it has no year, month or day (write it as dd.MM.yyyy HH:mm, or iso, epoch, epoch-ms).</source>
        <translation>&apos;%1&apos; no es un formato de fecha y hora: no tiene año, mes ni día (escríbalo como dd.MM.yyyy HH:mm, o iso, epoch, epoch-ms).</translation>
    </message>
    <message>
        <source>The column %1 holds no times.</source>
        <translation>La columna %1 no contiene marcas de tiempo.</translation>
    </message>
    <message>
        <source>The times in column %1 (%2) are in no format I know; give their format, e.g. dd.MM.yyyy HH:mm.</source>
        <translation>Las marcas de tiempo de la columna %1 (%2) no tienen ningún formato conocido; indique su formato, p. ej. dd.MM.yyyy HH:mm.</translation>
    </message>
    <message>
        <source>Every date read could have the day or the month first; they were read as %1. Give the format if the month comes first.</source>
        <translation>Todas las fechas leídas podrían llevar primero el día o el mes; se han leído como %1. Indique el formato si el mes va primero.</translation>
    </message>
    <message numerus="yes">
        <source>has %n value(s) where the header has %1 columns.</source>
        <translation>
            <numerusform>tiene %n valor donde la cabecera tiene %1 columnas.</numerusform>
            <numerusform>tiene %n valores donde la cabecera tiene %1 columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>no case is named.</source>
        <translation>no se indica ningún caso.</translation>
    </message>
    <message>
        <source>no activity is named.</source>
        <translation>no se indica ninguna actividad.</translation>
    </message>
    <message>
        <source>%1 is not a date in the format %2.</source>
        <translation>%1 no es una fecha con el formato %2.</translation>
    </message>
    <message>
        <source>no time is given.</source>
        <translation>no se indica ninguna marca de tiempo.</translation>
    </message>
    <message>
        <source>%1 is after the time the activity ends (%2).</source>
        <translation>%1 es posterior al momento en que termina la actividad (%2).</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 no es un número.</translation>
    </message>
    <message>
        <source>Task durations are service times, from each activity&apos;s start to its completion.</source>
        <translation>Las duraciones de las tareas son tiempos de servicio, desde el inicio de cada actividad hasta su finalización.</translation>
    </message>
    <message>
        <source>Task durations are the times since the case&apos;s previous activity ended, waiting included (the log has completion times only); a case&apos;s first activity takes no time.</source>
        <translation>Las duraciones de las tareas son los tiempos transcurridos desde que terminó la actividad anterior del caso, espera incluida (el registro solo tiene horas de finalización); la primera actividad de un caso no consume tiempo.</translation>
    </message>
    <message>
        <source>Task durations are service times where the log has start times, else the times since the case&apos;s previous activity ended (waiting included).</source>
        <translation>Las duraciones de las tareas son tiempos de servicio cuando el registro tiene horas de inicio y, si no, los tiempos transcurridos desde que terminó la actividad anterior del caso (espera incluida).</translation>
    </message>
    <message>
        <source>The log names no resources: one role does every task, its headcount the observed work over the time at 80 % utilisation.</source>
        <translation>El registro no nombra recursos: un único rol realiza todas las tareas y su dotación es el trabajo observado a lo largo del tiempo con una utilización del 80 %.</translation>
    </message>
    <message>
        <source>The log has fewer than two cases: one arrival a day is assumed.</source>
        <translation>El registro tiene menos de dos casos: se supone una llegada al día.</translation>
    </message>
    <message numerus="yes">
        <source>Cases arrive at random at one rate (exponential inter-arrival times, mean %1): %n case(s) from %2 to %3.</source>
        <translation>
            <numerusform>Los casos llegan al azar con una tasa única (tiempos entre llegadas exponenciales, media %1): %n caso de %2 a %3.</numerusform>
            <numerusform>Los casos llegan al azar con una tasa única (tiempos entre llegadas exponenciales, media %1): %n casos de %2 a %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrivals follow the log&apos;s rate for each hour of the week (the calendar starts Monday 00:00),</source>
        <translation>Las llegadas siguen la tasa del registro para cada hora de la semana (el calendario empieza el lunes a las 00:00),</translation>
    </message>
    <message>
        <source>Arrivals follow the log&apos;s rate for each hour of the day,</source>
        <translation>Las llegadas siguen la tasa del registro para cada hora del día,</translation>
    </message>
    <message>
        <source>since the counts per hour differ more than chance allows (chi-square %1 against %2 for one rate).</source>
        <translation>ya que los recuentos por hora difieren más de lo que permite el azar (chi cuadrado %1 frente a %2 para una tasa única).</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) ended without completing; patience is exponential with mean %1: the time cases waited before their activities, over the cases that left.</source>
        <translation>
            <numerusform>%n caso terminó sin completarse; la paciencia es exponencial con media %1: el tiempo que los casos esperaron antes de sus actividades, entre los casos que abandonaron.</numerusform>
            <numerusform>%n casos terminaron sin completarse; la paciencia es exponencial con media %1: el tiempo que los casos esperaron antes de sus actividades, entre los casos que abandonaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case was seen ending without completing, so the draft has no patience.</source>
        <translation>No se ha visto ningún caso que terminara sin completarse, así que el borrador no define ninguna paciencia.</translation>
    </message>
    <message>
        <source>an event log</source>
        <translation>un registro de eventos</translation>
    </message>
    <message>
        <source>Draft from %1</source>
        <translation>Borrador a partir de %1</translation>
    </message>
    <message>
        <source>Process in %1</source>
        <translation>Proceso en %1</translation>
    </message>
    <message>
        <source>Journey in %1</source>
        <translation>Recorrido en %1</translation>
    </message>
    <message>
        <source>%1 journey</source>
        <translation>Recorrido %1</translation>
    </message>
    <message>
        <source>Some activities were only ever left by cases that did not complete; their way to the end is kept, so the draft has a way out.</source>
        <translation>De algunas actividades solo salieron casos que no se completaron; se conserva su camino hasta el final, para que el borrador tenga una salida.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Caso abierto</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>Primera actividad</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Después de %1</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Caso cerrado</translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos;; the columns are %2.</source>
        <translation>Ninguna columna se llama &apos;%1&apos;; las columnas son %2.</translation>
    </message>
    <message>
        <source>The feedback needs a score column and a step, case or customer column (score, csat, nps, rating; step, touchpoint; case; customer); the columns are %1.</source>
        <translation>Las opiniones necesitan una columna de puntuación y otra de paso o punto de contacto, caso o cliente (score, csat, nps, rating; step, touchpoint; case; customer); las columnas son %1.</translation>
    </message>
    <message>
        <source>no score is given.</source>
        <translation>no se indica ninguna puntuación.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>&apos;%1&apos; no es un número.</translation>
    </message>
    <message>
        <source>The feedback has more than %1 responses; larger files are refused.</source>
        <translation>Las opiniones tienen más de %1 respuestas; los archivos mayores se rechazan.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n row(s) could not be read, the first on line %1, so the feedback was not applied.</source>
        <translation>
            <numerusform>No se ha podido leer más de %n fila, la primera en la línea %1, así que no se han aplicado las opiniones.</numerusform>
            <numerusform>No se han podido leer más de %n filas, la primera en la línea %1, así que no se han aplicado las opiniones.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 a %3)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>min %1, mode %2, max %3</source>
        <translation>mín. %1, moda %2, máx. %3</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>media %1</translation>
    </message>
    <message>
        <source>mean %1, sd %2</source>
        <translation>media %1, de %2</translation>
    </message>
    <message>
        <source>k %1, mean %2</source>
        <translation>k %1, media %2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) from %1 to %2</source>
        <translation>
            <numerusform>%n valor de %1 a %2</numerusform>
            <numerusform>%n valores de %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 (times: %2); columns %3.</source>
        <translation>Leído %1 (marcas de tiempo: %2); columnas %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out.</source>
        <translation>
            <numerusform>No se ha podido leer %n fila y se ha omitido.</numerusform>
            <numerusform>No se han podido leer %n filas y se han omitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle transition(s) other than start, complete and abort (schedule, suspend, ...) were passed over.</source>
        <translation>
            <numerusform>Se ha pasado por alto %n transición de ciclo de vida distinta de start, complete y abort (schedule, suspend, ...).</numerusform>
            <numerusform>Se han pasado por alto %n transiciones de ciclo de vida distintas de start, complete y abort (schedule, suspend, ...).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) were never completed and were left out.</source>
        <translation>
            <numerusform>%n inicio nunca se completó y se ha omitido.</numerusform>
            <numerusform>%n inicios nunca se completaron y se han omitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more bad row(s).</source>
        <translation>
            <numerusform>... y %n fila incorrecta más.</numerusform>
            <numerusform>... y %n filas incorrectas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %n case(s): %2</source>
        <translation>
            <numerusform>%1  %n caso: %2</numerusform>
            <numerusform>%1  %n casos: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(no activity)</source>
        <translation>(sin actividad)</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribución</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>KS distance</source>
        <translation>distancia KS</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>AIC</translation>
    </message>
    <message>
        <source>fixed (no time observed)</source>
        <translation>fija (no se observó ningún tiempo)</translation>
    </message>
    <message>
        <source>fixed (too few times)</source>
        <translation>fija (muy pocos tiempos)</translation>
    </message>
    <message>
        <source>empirical (no family within %1)</source>
        <translation>empírica (ninguna familia dentro de %1)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>normal range</source>
        <translation>rango normal</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>outside (latest value)</source>
        <translation>fuera (último valor)</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>puntuación media</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>emoción</translation>
    </message>
    <message>
        <source>pain-point candidates</source>
        <translation>posibles puntos de dolor</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Some texts are not UTF-8 (the first on line %1); they were read as Latin-1. Save the file as UTF-8 if names look wrong.</source>
        <translation>Algunos textos no están en UTF-8 (el primero en la línea %1); se han leído como Latin-1. Guarde el archivo como UTF-8 si los nombres se ven mal.</translation>
    </message>
    <message>
        <source>The log has more than %1 events; larger logs are refused. Import a shorter period.</source>
        <translation>El registro tiene más de %1 eventos; los registros mayores se rechazan. Importe un periodo más corto.</translation>
    </message>
    <message>
        <source>The log has more than %1 different activities (the next one, &apos;%2&apos;, on line %3); no process drafted from it could be read. Is %4 the column that names the activity?</source>
        <translation>El registro tiene más de %1 actividades distintas (la siguiente, &apos;%2&apos;, en la línea %3); ningún proceso esbozado a partir de él sería legible. ¿Es %4 la columna que nombra la actividad?</translation>
    </message>
    <message numerus="yes">
        <source>More than %n row(s) could not be read, the first on line %1, so the import stopped. Check which column holds what and the time format.</source>
        <translation>
            <numerusform>No se ha podido leer más de %n fila, la primera en la línea %1, así que la importación se ha detenido. Compruebe qué contiene cada columna y el formato de las marcas de tiempo.</numerusform>
            <numerusform>No se han podido leer más de %n filas, la primera en la línea %1, así que la importación se ha detenido. Compruebe qué contiene cada columna y el formato de las marcas de tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time since the step before</source>
        <translation>Tiempo desde el paso anterior</translation>
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
        <translation>días</translation>
    </message>
    <message>
        <source>Times per case</source>
        <translation>Tiempos por caso</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is compressed; unpack it and import the .csv or .xes inside.</source>
        <translation>%1 está comprimido; descomprímalo e importe el .csv o .xes que contiene.</translation>
    </message>
    <message>
        <source>The log holds no events.</source>
        <translation>El registro no contiene eventos.</translation>
    </message>
    <message>
        <source>No row of the log could be read as an event.</source>
        <translation>Ninguna fila del registro se ha podido leer como evento.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>Otro personal</translation>
    </message>
    <message>
        <source>%1 staff</source>
        <translation>Personal de %1</translation>
    </message>
    <message>
        <source>%1 and %2 staff</source>
        <translation>Personal de %1 y %2</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>traza %1</translation>
    </message>
    <message>
        <source>the event has no activity name.</source>
        <translation>el evento no tiene nombre de actividad.</translation>
    </message>
    <message>
        <source>the event has no time.</source>
        <translation>el evento no tiene marca de tiempo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the format %2.</source>
        <translation>&apos;%1&apos; no es una fecha con el formato %2.</translation>
    </message>
    <message>
        <source>the file declares a document type (&lt;!DOCTYPE&gt;). XES logs never need one, and a DTD can pull in other files or expand entities without end, so the file is refused.</source>
        <translation>el archivo declara un tipo de documento (&lt;!DOCTYPE&gt;). Los registros XES nunca lo necesitan, y una DTD puede incorporar otros archivos o expandir entidades sin fin, así que el archivo se rechaza.</translation>
    </message>
    <message>
        <source>the file uses the entity &amp;%1;, which is not one of XML&apos;s own; the file is refused.</source>
        <translation>el archivo usa la entidad &amp;%1;, que no es propia de XML; el archivo se rechaza.</translation>
    </message>
    <message>
        <source>elements nest deeper than %1 levels; such files are refused.</source>
        <translation>los elementos se anidan a más de %1 niveles; estos archivos se rechazan.</translation>
    </message>
    <message>
        <source>the file is XML but not an XES log: its root is &lt;%1&gt;, not &lt;log&gt;.</source>
        <translation>el archivo es XML pero no un registro XES: su raíz es &lt;%1&gt;, no &lt;log&gt;.</translation>
    </message>
    <message>
        <source>a trace has more than %1 events; such logs are refused.</source>
        <translation>una traza tiene más de %1 eventos; estos registros se rechazan.</translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not well-formed XML: %3</source>
        <translation>línea %1, columna %2: el archivo no es XML bien formado: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date-time format.</source>
        <translation>&apos;%1&apos; no es un formato de fecha y hora.</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each counted once however many of their activities overlap (the log has start and end times).</source>
        <translation>La dotación de cada rol es el máximo de personas de ese rol trabajando a la vez, cada una contada una sola vez por muchas actividades suyas que se solapen (el registro tiene horas de inicio y de fin).</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each activity taken to have been worked on for its median time since the case&apos;s previous activity, but not before the same person&apos;s previous completion (the log has completion times only).</source>
        <translation>La dotación de cada rol es el máximo de personas de ese rol trabajando a la vez; se supone que cada actividad se trabajó durante su tiempo mediano desde la actividad anterior del caso, pero no antes de la finalización anterior de la misma persona (el registro solo tiene horas de finalización).</translation>
    </message>
    <message>
        <source>Drafted from %1: %2, %3 and %4 from %5 to %6. The process&apos;s description says how each figure was estimated.</source>
        <translation>Borrador a partir de %1: %2, %3 y %4 del %5 al %6. La descripción del proceso indica cómo se estimó cada cifra.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity type(s)</source>
        <translation>
            <numerusform>%n tipo de actividad</numerusform>
            <numerusform>%n tipos de actividad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 and %3, %4, %5.</source>
        <comment>events of cases and activities, resources, channels</comment>
        <translation>%1 de %2 y %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n recurso</numerusform>
            <numerusform>%n recursos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canales</numerusform>
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
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
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
        <translation>%1 por hora</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 por día</translation>
    </message>
</context>
<context>
    <name>JourneyClipboard</name>
    <message>
        <source>The clipboard holds no journey steps.</source>
        <translation>El portapapeles no contiene pasos del recorrido.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s steps come from an unknown version.</source>
        <translation>Los pasos del portapapeles proceden de una versión desconocida.</translation>
    </message>
    <message>
        <source>Clipboard: %1</source>
        <translation>Portapapeles: %1</translation>
    </message>
</context>
<context>
    <name>JourneyGridItem</name>
    <message>
        <source>No stages yet: right-click here or use Add Stage to begin.</source>
        <translation>Aún no hay etapas: haga clic con el botón derecho aquí o use Añadir etapa para empezar.</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 pasos</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>futuro</translation>
    </message>
</context>
<context>
    <name>JourneyLayout</name>
    <message>
        <source>(No stage)</source>
        <translation>(Sin etapa)</translation>
    </message>
</context>
<context>
    <name>JourneyOperations</name>
    <message>
        <source>New Journey</source>
        <translation>Nuevo recorrido</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Stages</source>
        <translation>
            <numerusform>Eliminar %n etapas</numerusform>
            <numerusform>Eliminar %n etapas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Duplicate Step</source>
        <translation>Duplicar paso</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n Steps</source>
        <translation>
            <numerusform>Duplicar %n pasos</numerusform>
            <numerusform>Duplicar %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste Step</source>
        <translation>Pegar paso</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Steps</source>
        <translation>
            <numerusform>Pegar %n pasos</numerusform>
            <numerusform>Pegar %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Link Step</source>
        <translation>Vincular paso</translation>
    </message>
    <message numerus="yes">
        <source>Link %n Steps</source>
        <translation>
            <numerusform>Vincular %n pasos</numerusform>
            <numerusform>Vincular %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlink Step</source>
        <translation>Desvincular paso</translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n Steps</source>
        <translation>
            <numerusform>Desvincular %n pasos</numerusform>
            <numerusform>Desvincular %n pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Customer journey · %1</source>
        <translation>Recorrido del cliente · %1</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Recorrido del cliente</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Situación actual</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Situación futura</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momentos de la verdad</translation>
    </message>
    <message>
        <source>Where it hurts most</source>
        <translation>Donde más duele</translation>
    </message>
</context>
<context>
    <name>JourneyPicture</name>
    <message>
        <source>Journey map exported by Outside-In Studio</source>
        <translation>Mapa del recorrido exportado por Outside-In Studio</translation>
    </message>
    <message>
        <source>%1: cannot draw the journey map</source>
        <translation>%1: no se puede dibujar el mapa del recorrido</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mapa del recorrido</translation>
    </message>
    <message>
        <source>%1: there is no journey to export</source>
        <translation>%1: no hay ningún recorrido que exportar</translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg, pdf, html, mmd or json)</source>
        <translation>%1: formato de exportación desconocido &quot;%2&quot; (use png, svg, pdf, html, mmd o json)</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Customer actions</source>
        <translation>Acciones del cliente</translation>
    </message>
    <message>
        <source>Touchpoints &amp; channels</source>
        <translation>Puntos de contacto y canales</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Pain points &amp; opportunities</source>
        <translation>Puntos de dolor y oportunidades</translation>
    </message>
    <message>
        <source>Front stage</source>
        <translation>Acciones visibles (front stage)</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Línea de visibilidad</translation>
    </message>
    <message>
        <source>Back stage</source>
        <translation>Acciones no visibles (back stage)</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Línea de interacción interna</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Open the bundled sample project.</source>
        <translation>Abrir el proyecto de ejemplo incluido.</translation>
    </message>
    <message>
        <source>Show editor &lt;name&gt; first: journey, roles, process, processes, requirements, traceability or results (the simulation dashboard).</source>
        <translation>Mostrar primero el editor &lt;nombre&gt;: journey (recorrido), roles, process, processes (procesos), requirements (requisitos), traceability (trazabilidad) o results (el panel de simulación).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Show editor number &lt;index&gt; first (0 = journey).</source>
        <translation>Mostrar primero el editor número &lt;índice&gt; (0 = recorrido).</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>Make the window &lt;W&gt;x&lt;H&gt; pixels (e.g. 1600x1000).</source>
        <translation>Dar a la ventana &lt;W&gt;x&lt;H&gt; píxeles (p. ej. 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Save a PNG of the window to &lt;file&gt; and quit.</source>
        <translation>Guardar un PNG de la ventana en &lt;archivo&gt; y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Simulate &lt;scenario&gt; once the project is open.</source>
        <translation>Simular &lt;escenario&gt; en cuanto se abra el proyecto.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <source>Advise on the constraint of &lt;scenario&gt; once the project is open (the Results tab&apos;s Advice page).</source>
        <translation>Analizar la restricción de &lt;escenario&gt; en cuanto se abra el proyecto (la página Recomendaciones de la pestaña Resultados).</translation>
    </message>
    <message>
        <source>Open the executive review full screen (with --screenshot: save its first page).</source>
        <translation>Abrir la revisión ejecutiva a pantalla completa (con --screenshot: guardar su primera página).</translation>
    </message>
    <message>
        <source>Paint &lt;kind&gt; (journey, roles or process) of the project to the file given after it (png, svg, pdf; html for a journey; deck: the executive review as a PDF) and quit, with no window.</source>
        <translation>Dibujar &lt;tipo&gt; (journey, roles o process) del proyecto en el archivo indicado a continuación (png, svg, pdf; html para un recorrido; deck: la revisión ejecutiva como PDF) y salir, sin ventana.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>With --export: the journey to paint.</source>
        <translation>Con --export: el recorrido que se dibuja.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The process to paint (--export process) or to show (--view process).</source>
        <translation>El proceso que se dibuja (--export process) o se muestra (--view process).</translation>
    </message>
    <message>
        <source>Select &lt;kind:id&gt; once the project is open (e.g. role:service-agent), so its properties show.</source>
        <translation>Seleccionar &lt;tipo:id&gt; en cuanto se abra el proyecto (p. ej. role:service-agent), para que se muestren sus propiedades.</translation>
    </message>
    <message>
        <source>kind:id</source>
        <translation>tipo:id</translation>
    </message>
    <message>
        <source>With --export to PNG: dots per inch (default 96).</source>
        <translation>Con --export a PNG: puntos por pulgada (por defecto 96).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Rename the open project to &lt;name&gt;, as an unsaved edit.</source>
        <translation>Cambiar el nombre del proyecto abierto a &lt;nombre&gt;, como cambio sin guardar.</translation>
    </message>
    <message>
        <source>Start a studio of its own even when one is running (otherwise FILE opens in the running one).</source>
        <translation>Iniciar una instancia propia de la aplicación aunque ya haya una en ejecución (de lo contrario, FILE se abre en la que está en ejecución).</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 de %3</translation>
    </message>
</context>
<context>
    <name>PictureWriter</name>
    <message>
        <source>%1: %2 dpi is outside 24..1200</source>
        <translation>%1: %2 ppp está fuera del intervalo 24..1200</translation>
    </message>
    <message>
        <source>%1: a %2 × %3 pixel image is too large; choose a lower resolution</source>
        <translation>%1: una imagen de %2 × %3 píxeles es demasiado grande; elija una resolución menor</translation>
    </message>
    <message>
        <source>%1: not enough memory for a %2 × %3 pixel image</source>
        <translation>%1: no hay memoria suficiente para una imagen de %2 × %3 píxeles</translation>
    </message>
    <message>
        <source>%1: cannot encode the PNG image</source>
        <translation>%1: no se puede codificar la imagen PNG</translation>
    </message>
    <message>
        <source>%1: cannot draw the SVG drawing</source>
        <translation>%1: no se puede dibujar el gráfico SVG</translation>
    </message>
    <message>
        <source>%1: cannot start printing</source>
        <translation>%1: no se puede iniciar la impresión</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation>%1: no se puede escribir el archivo PDF</translation>
    </message>
</context>
<context>
    <name>PocScenarios</name>
    <message>
        <source>New PoC scenario</source>
        <translation>Nuevo escenario de PoC</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>Nuevo proveedor</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>&lt;project&gt;</source>
        <translation>&lt;proyecto&gt;</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
</context>
<context>
    <name>ProblemPlace</name>
    <message>
        <source>the project</source>
        <translation>el proyecto</translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation>%1 (rol)</translation>
    </message>
    <message>
        <source>%1 (journey)</source>
        <translation>%1 (recorrido)</translation>
    </message>
    <message>
        <source>“%1” (journey step)</source>
        <translation>“%1” (paso del recorrido)</translation>
    </message>
    <message>
        <source>“%1” (requirement)</source>
        <translation>“%1” (requisito)</translation>
    </message>
    <message>
        <source>%1 (scenario)</source>
        <translation>%1 (escenario)</translation>
    </message>
    <message>
        <source>%1 (strategy)</source>
        <translation>%1 (estrategia)</translation>
    </message>
    <message>
        <source>%1 (persona)</source>
        <translation>%1 (persona)</translation>
    </message>
    <message>
        <source>%1 › %2 (process step)</source>
        <translation>%1 › %2 (paso del proceso)</translation>
    </message>
    <message>
        <source>%1, flow %2 (process)</source>
        <translation>%1, flujo %2 (proceso)</translation>
    </message>
    <message>
        <source>%1 (process)</source>
        <translation>%1 (proceso)</translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation>, entrada %1</translation>
    </message>
</context>
<context>
    <name>ProcessEdit</name>
    <message>
        <source>There is no node “%1” in this process.</source>
        <translation>No hay ningún nodo “%1” en este proceso.</translation>
    </message>
    <message>
        <source>A flow cannot lead from “%1” back to itself.</source>
        <translation>Un flujo no puede volver de “%1” a sí mismo.</translation>
    </message>
    <message>
        <source>“%1” starts the process: nothing flows into it.</source>
        <translation>“%1” inicia el proceso: no entra ningún flujo en él.</translation>
    </message>
    <message>
        <source>“%1” ends the process: nothing flows out of it.</source>
        <translation>“%1” termina el proceso: no sale ningún flujo de él.</translation>
    </message>
    <message>
        <source>“%1” already leads to “%2”.</source>
        <translation>“%1” ya conduce a “%2”.</translation>
    </message>
    <message>
        <source>There is no flow “%1” in this process.</source>
        <translation>No hay ningún flujo “%1” en este proceso.</translation>
    </message>
</context>
<context>
    <name>ProcessFragment</name>
    <message>
        <source>The clipboard holds no process nodes.</source>
        <translation>El portapapeles no contiene nodos de proceso.</translation>
    </message>
</context>
<context>
    <name>ProcessPage</name>
    <message>
        <source>Process · %1</source>
        <translation>Proceso · %1</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
</context>
<context>
    <name>ProcessPicture</name>
    <message>
        <source>%1: there is no process to export</source>
        <translation>%1: no hay ningún proceso que exportar</translation>
    </message>
    <message>
        <source>Process diagram exported by Outside-In Studio</source>
        <translation>Diagrama de proceso exportado por Outside-In Studio</translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg or pdf)</source>
        <translation>%1: formato de exportación desconocido &quot;%2&quot; (use png, svg o pdf)</translation>
    </message>
</context>
<context>
    <name>ProcessResults</name>
    <message>
        <source>constraint</source>
        <translation>restricción</translation>
    </message>
    <message>
        <source>long wait, busy ≥ 70 %</source>
        <translation>espera larga, ocupación ≥ 70 %</translation>
    </message>
    <message>
        <source>short wait</source>
        <translation>espera corta</translation>
    </message>
    <message>
        <source>%1 did not run in %2: %3 ran in its place.</source>
        <translation>%1 no se ejecutó en %2: se ejecutó %3 en su lugar.</translation>
    </message>
    <message>
        <source>%1 did not run in %2.</source>
        <translation>%1 no se ejecutó en %2.</translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation>espera %1</translation>
    </message>
    <message>
        <source>Mean wait %1 per visit; 90 % wait less than %2</source>
        <translation>Espera media de %1 por visita; el 90 % espera menos de %2</translation>
    </message>
    <message>
        <source>Queue: %1 cases waiting on average, %2 at the longest (mean of the runs)</source>
        <translation>Cola: %1 casos en espera de media, %2 como máximo (media de las ejecuciones)</translation>
    </message>
    <message>
        <source>%1 visits per replication; %2 had to wait</source>
        <translation>%1 visitas por réplica; %2 tuvieron que esperar</translation>
    </message>
    <message>
        <source>The constraint: %1 of all waiting is here</source>
        <translation>La restricción: aquí se concentra el %1 de toda la espera</translation>
    </message>
    <message>
        <source>constraint · %1 busy</source>
        <translation>restricción · %1 de ocupación</translation>
    </message>
    <message>
        <source>%1 busy</source>
        <translation>%1 de ocupación</translation>
    </message>
    <message>
        <source>%1: busy %2 ± %3 of the staff-time on duty</source>
        <translation>%1: ocupado el %2 ± %3 del tiempo de personal de turno</translation>
    </message>
    <message>
        <source>overtime after shifts ended: %1 per replication</source>
        <translation>horas extra tras el fin de los turnos: %1 por réplica</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean waits per visit and busy shares over %n replications</source>
        <translation>
            <numerusform>%1: esperas medias por visita y ocupación en %n réplica</numerusform>
            <numerusform>%1: esperas medias por visita y ocupación en %n réplicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean waits per visit over %n replications; the constraint is %2</source>
        <translation>
            <numerusform>%1: esperas medias por visita en %n réplica; la restricción es %2</numerusform>
            <numerusform>%1: esperas medias por visita en %n réplicas; la restricción es %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessScene</name>
    <message>
        <source>Customer asks</source>
        <translation>El cliente solicita</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Decision?</source>
        <translation>¿Decisión?</translation>
    </message>
    <message>
        <source>In parallel</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Todo terminado</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Restricción</translation>
    </message>
</context>
<context>
    <name>ProjectIo</name>
    <message>
        <source>cannot open the file: %1.</source>
        <translation>no se puede abrir el archivo: %1.</translation>
    </message>
    <message>
        <source>the file is %1 MB; project files are read up to %2 MB.</source>
        <translation>el archivo ocupa %1 MB; los archivos de proyecto se leen hasta %2 MB.</translation>
    </message>
    <message>
        <source>unknown file type; use a name ending in .oi.yaml, .yaml, .yml or .oistudio.</source>
        <translation>tipo de archivo desconocido; use un nombre que termine en .oi.yaml, .yaml, .yml o .oistudio.</translation>
    </message>
    <message>
        <source>Cannot save %1: unknown file type; use a name ending in .oi.yaml or .oistudio.</source>
        <translation>No se puede guardar %1: tipo de archivo desconocido; use un nombre que termine en .oi.yaml o .oistudio.</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>another Outside-In Studio</source>
        <translation>otra instancia de Outside-In Studio</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (proceso %2 en %3)</translation>
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
        <translation>Modelo base</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <source>Cycle time: %1</source>
        <translation>Tiempo de ciclo: %1</translation>
    </message>
    <message>
        <source>These results carry no per-case distribution.</source>
        <translation>Estos resultados no incluyen una distribución por caso.</translation>
    </message>
    <message>
        <source>No case of %1 completed after the warm-up.</source>
        <translation>Ningún caso de %1 se completó después del calentamiento.</translation>
    </message>
    <message>
        <source>Cycle time (%1)</source>
        <translation>Tiempo de ciclo (%1)</translation>
    </message>
    <message>
        <source>Cases (% of completed)</source>
        <translation>Casos (% de los completados)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
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
        <translation>El %1 de los casos tardó de %2 a %3</translation>
    </message>
    <message>
        <source>from (%1)</source>
        <translation>desde (%1)</translation>
    </message>
    <message>
        <source>to (%1)</source>
        <translation>hasta (%1)</translation>
    </message>
    <message>
        <source>cases (% of completed)</source>
        <translation>casos (% de los completados)</translation>
    </message>
    <message numerus="yes">
        <source>%n cases, every replication pooled; the slowest 1 % lie beyond the right edge. p50 and p90: half and 90 % of the cases done within, each replication&apos;s, averaged.</source>
        <translation>
            <numerusform>%n caso, con todas las réplicas agrupadas; el 1 % más lento queda más allá del borde derecho. p50 y p90: tiempo en el que se completa la mitad y el 90 % de los casos, promediado entre réplicas.</numerusform>
            <numerusform>%n casos, con todas las réplicas agrupadas; el 1 % más lento queda más allá del borde derecho. p50 y p90: tiempo en el que se completa la mitad y el 90 % de los casos, promediado entre réplicas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean wait per task</source>
        <translation>Espera media por tarea</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Espera media</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Restricción</translation>
    </message>
    <message>
        <source>process</source>
        <translation>proceso</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>mean wait per visit (%1)</source>
        <translation>espera media por visita (%1)</translation>
    </message>
    <message>
        <source>95 % interval ±</source>
        <translation>Intervalo del 95 % ±</translation>
    </message>
    <message>
        <source>90 % wait less than (%1)</source>
        <translation>el 90 % espera menos de (%1)</translation>
    </message>
    <message>
        <source>mean queue (cases)</source>
        <translation>cola media (casos)</translation>
    </message>
    <message>
        <source>visits per replication</source>
        <translation>visitas por réplica</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2, done by %3
mean wait %4 per visit; 90 % wait less than %5
%6 cases waiting on average, %7 at the longest (mean of the runs)</source>
        <translation>%1 en %2, a cargo de %3
espera media de %4 por visita; el 90 % espera menos de %5
%6 casos en espera de media, %7 como máximo (media de las ejecuciones)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Mean wait per visit (%1)</source>
        <translation>Espera media por visita (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %n tasks with the longest waits; the CSV file has every task.</source>
        <translation>
            <numerusform>%n tarea con la espera más larga; el archivo CSV contiene todas las tareas.</numerusform>
            <numerusform>Las %n tareas con las esperas más largas; el archivo CSV contiene todas las tareas.</numerusform>
        </translation>
    </message>
    <message>
        <source>hour of the day</source>
        <translation>hora del día</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Role utilisation</source>
        <translation>Utilización por rol</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>busy (% of staff-time on duty)</source>
        <translation>ocupación (% del tiempo de personal de turno)</translation>
    </message>
    <message>
        <source>95 % interval ± (points)</source>
        <translation>Intervalo del 95 % ± (puntos)</translation>
    </message>
    <message>
        <source>overtime per replication (%1)</source>
        <translation>horas extra por réplica (%1)</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>restricción</translation>
    </message>
    <message>
        <source>%1: busy %2 ± %3 of the staff-time on duty</source>
        <translation>%1: ocupado el %2 ± %3 del tiempo de personal de turno</translation>
    </message>
    <message>
        <source>overtime after shifts ended: %1 per replication</source>
        <translation>horas extra tras el fin de los turnos: %1 por réplica</translation>
    </message>
    <message>
        <source>the constraint: %1 of all waiting is at %2</source>
        <translation>la restricción: el %1 de toda la espera está en %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Busy (% of time on duty)</source>
        <translation>Ocupación (% del tiempo de turno)</translation>
    </message>
    <message>
        <source>Utilisation by hour of the day</source>
        <translation>Utilización por hora del día</translation>
    </message>
    <message>
        <source>%1, %2: busy %3</source>
        <translation>%1, %2: ocupación %3</translation>
    </message>
    <message>
        <source>Time of day (hh:mm)</source>
        <translation>Hora del día (hh:mm)</translation>
    </message>
    <message>
        <source>busy (%)</source>
        <translation>ocupación (%)</translation>
    </message>
    <message>
        <source>Means over every day and replication of the run; a gap is an hour with nobody on duty.</source>
        <translation>Medias de todos los días y réplicas de la ejecución; un hueco es una hora sin nadie de turno.</translation>
    </message>
    <message>
        <source>Cases waiting by hour of the day</source>
        <translation>Casos en espera por hora del día</translation>
    </message>
    <message>
        <source>%1, %2: %3 cases waiting on average</source>
        <translation>%1, %2: %3 casos en espera de media</translation>
    </message>
    <message>
        <source>Cases waiting (mean)</source>
        <translation>Casos en espera (media)</translation>
    </message>
    <message>
        <source>cases waiting (mean)</source>
        <translation>casos en espera (media)</translation>
    </message>
    <message>
        <source>Cases waiting for each role&apos;s tasks, in every process; means over every day and replication.</source>
        <translation>Casos en espera de las tareas de cada rol, en todos los procesos; medias de todos los días y réplicas.</translation>
    </message>
    <message>
        <source>Queue at the constraint by hour of the day</source>
        <translation>Cola en la restricción por hora del día</translation>
    </message>
    <message>
        <source>No constraint: no task had staff to wait for.</source>
        <translation>Sin restricción: ninguna tarea tuvo que esperar a personal.</translation>
    </message>
    <message>
        <source>Nobody on duty</source>
        <translation>Nadie de turno</translation>
    </message>
    <message>
        <source>Cases waiting</source>
        <translation>Casos en espera</translation>
    </message>
    <message>
        <source>cases waiting at %1 (mean)</source>
        <translation>casos en espera en %1 (media)</translation>
    </message>
    <message>
        <source>%1 on duty</source>
        <translation>%1 de turno</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 at %2; means over every day and replication of the run.</source>
        <translation>%1 a las %2; medias de todos los días y réplicas de la ejecución.</translation>
    </message>
</context>
<context>
    <name>ResultsReport</name>
    <message>
        <source>
Process %1
</source>
        <translation>
Proceso %1
</translation>
    </message>
    <message>
        <source>  %1 cases arrived, %2 completed, %3 customers lost (abandoned); %4 still in process on average
</source>
        <translation>  %1 casos llegados, %2 completados, %3 clientes perdidos (abandonos); %4 aún en proceso de media
</translation>
    </message>
    <message>
        <source>  throughput %1; cycle time %2 (half of the cases within %3, 90 % within %4)
</source>
        <translation>  rendimiento %1; tiempo de ciclo %2 (la mitad de los casos en menos de %3, el 90 % en menos de %4)
</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>mean wait</source>
        <translation>espera media</translation>
    </message>
    <message>
        <source>90 % wait less than</source>
        <translation>el 90 % espera menos de</translation>
    </message>
    <message>
        <source>mean queue</source>
        <translation>cola media</translation>
    </message>
    <message>
        <source>longest queue (mean of runs)</source>
        <translation>cola más larga (media de las ejecuciones)</translation>
    </message>
    <message>
        <source>    %1 against M/M/%2 (Erlang C): mean wait %3 (simulated %4), share who wait %5 (simulated %6)
</source>
        <translation>    %1 frente a M/M/%2 (Erlang C): espera media %3 (simulada %4), proporción que espera %5 (simulada %6)
</translation>
    </message>
    <message>
        <source>  from %1 to %2: %3 of cases
</source>
        <translation>  de %1 a %2: %3 de los casos
</translation>
    </message>
    <message>
        <source>
Goals (met only when the whole 95 % interval is on the right side of the target)
</source>
        <translation>
Objetivos (solo se cumplen cuando todo el intervalo del 95 % queda del lado correcto de la meta)
</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incierto</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>como mínimo %1</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation>no simulado</translation>
    </message>
    <message>
        <source>
Money over the measured %1 (means per replication)
</source>
        <translation>
Dinero durante el periodo medido de %1 (medias por réplica)
</translation>
    </message>
    <message>
        <source>staff on duty</source>
        <translation>personal de turno</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>horas extra</translation>
    </message>
    <message>
        <source>lost to abandonment</source>
        <translation>perdido por abandono</translation>
    </message>
    <message>
        <source>value of completed cases</source>
        <translation>valor de los casos completados</translation>
    </message>
    <message>
        <source>net</source>
        <translation>neto</translation>
    </message>
    <message numerus="yes">
        <source>%n replications (first %1), each %2 long after a warm-up of %3, seed %4
</source>
        <translation>
            <numerusform>%n réplica (la primera %1), de %2 de duración tras un calentamiento de %3, semilla %4
</numerusform>
            <numerusform>%n réplicas (la primera %1), cada una de %2 de duración tras un calentamiento de %3, semilla %4
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events in %2 s, fingerprint %3
</source>
        <translation>%1 eventos en %2 s, huella %3
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>advertencia: %1
</translation>
    </message>
    <message>
        <source>
Role utilisation (busy staff-time / staff-time on duty)
</source>
        <translation>
Utilización por rol (tiempo de personal ocupado / tiempo de personal de turno)
</translation>
    </message>
    <message>
        <source> ± %1</source>
        <translation> ± %1</translation>
    </message>
    <message>
        <source>overtime %1 of staff-time per replication</source>
        <translation>horas extra: %1 del tiempo de personal por réplica</translation>
    </message>
    <message>
        <source>
Bottlenecks (score = (utilisation + share of all waiting) / 2)
</source>
        <translation>
Cuellos de botella (puntuación = (utilización + proporción de toda la espera) / 2)
</translation>
    </message>
    <message>
        <source>busy %1</source>
        <translation>ocupación %1</translation>
    </message>
    <message>
        <source>%1 of all waiting</source>
        <translation>%1 de toda la espera</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>The constraint is %1 (%2).
</source>
        <translation>La restricción es %1 (%2).
</translation>
    </message>
    <message>
        <source>Constraint by time of day:
</source>
        <translation>Restricción por hora del día:
</translation>
    </message>
    <message>
        <source>%1 of the waiting</source>
        <translation>%1 de la espera</translation>
    </message>
    <message>
        <source>
What-if sweep (common random numbers; change versus base, 95 %)
</source>
        <translation>
Barrido de escenarios hipotéticos (números aleatorios comunes; cambio frente a la base, 95 %)
</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cycle time %1</source>
        <translation>tiempo de ciclo %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>cambio %1</translation>
    </message>
    <message>
        <source>throughput %1</source>
        <translation>rendimiento %1</translation>
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
        <translation>%1 por hora</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 por día</translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation>tiempo de ciclo</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>espera</translation>
    </message>
    <message>
        <source>customers lost</source>
        <translation>clientes perdidos</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>utilización</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>rendimiento</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>percentil 90</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>percentil 95</translation>
    </message>
    <message>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replications</source>
        <translation>
            <numerusform>%n réplica</numerusform>
            <numerusform>%n réplicas</numerusform>
        </translation>
    </message>
    <message>
        <source>in place of %1</source>
        <translation>en lugar de %1</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>%1 of %2 cases completed per replication</source>
        <translation>%1 de %2 casos completados por réplica</translation>
    </message>
    <message>
        <source>Cases completed after the warm-up per unit of time, mean over %1.</source>
        <translation>Casos completados después del calentamiento por unidad de tiempo, media de %1.</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Tiempo de ciclo</translation>
    </message>
    <message>
        <source>half done within %1</source>
        <translation>la mitad termina en menos de %1</translation>
    </message>
    <message>
        <source>90 % done within %1</source>
        <translation>el 90 % termina en menos de %1</translation>
    </message>
    <message>
        <source>From arrival to the end, for the cases completed after the warm-up. The median and the 90th percentile are each replication&apos;s, averaged over %1.</source>
        <translation>Desde la llegada hasta el final, para los casos completados después del calentamiento. La mediana y el percentil 90 son los de cada réplica, promediados sobre %1.</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Clientes perdidos</translation>
    </message>
    <message>
        <source>%1 of arrivals gave up waiting</source>
        <translation>el %1 de las llegadas se cansó de esperar</translation>
    </message>
    <message>
        <source>still in process at the end: %1</source>
        <translation>aún en proceso al final: %1</translation>
    </message>
    <message>
        <source>still in process at the end: not recorded in this run</source>
        <translation>aún en proceso al final: no registrado en esta ejecución</translation>
    </message>
    <message>
        <source>Per replication: customers who abandoned while waiting (a failed transaction), and those still in the process when the run ended (engaged, without an outcome yet).</source>
        <translation>Por réplica: clientes que abandonaron mientras esperaban (una transacción fallida) y los que seguían en el proceso al terminar la ejecución (en curso, aún sin resultado).</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>of the tasks had to wait</source>
        <translation>de las tareas tuvo que esperar</translation>
    </message>
    <message>
        <source>mean wait per task %1</source>
        <translation>espera media por tarea %1</translation>
    </message>
    <message>
        <source>The share of task starts that waited for staff at all, and the mean wait per task start.</source>
        <translation>La proporción de inicios de tarea que tuvieron que esperar a personal y la espera media por inicio de tarea.</translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation>no simulado</translation>
    </message>
    <message>
        <source>target: at most %1</source>
        <translation>meta: como máximo %1</translation>
    </message>
    <message>
        <source>target: at least %1</source>
        <translation>meta: como mínimo %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>The whole 95 % interval is on the right side of the target.</source>
        <translation>Todo el intervalo del 95 % queda del lado correcto de la meta.</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>The whole 95 % interval is on the wrong side of the target.</source>
        <translation>Todo el intervalo del 95 % queda del lado incorrecto de la meta.</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>The 95 % interval straddles the target: more replications may decide it.</source>
        <translation>El intervalo del 95 % abarca la meta: más réplicas podrían decidirlo.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Simulating…</source>
        <translation>Simulando…</translation>
    </message>
</context>
<context>
    <name>RoleMap</name>
    <message>
        <source>Front office</source>
        <translation>Front office</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>trasladado</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message numerus="yes">
        <source>%n on shift</source>
        <translation>
            <numerusform>%n de turno</numerusform>
            <numerusform>%n de turno</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 on shift</source>
        <translation>%1–%2 de turno</translation>
    </message>
    <message numerus="yes">
        <source>%n staff</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 journey step</source>
        <translation>1 paso del recorrido</translation>
    </message>
    <message numerus="yes">
        <source>%n journey steps</source>
        <translation>
            <numerusform>%n pasos del recorrido</numerusform>
            <numerusform>%n pasos del recorrido</numerusform>
        </translation>
    </message>
    <message>
        <source>1 process task</source>
        <translation>1 tarea de proceso</translation>
    </message>
    <message numerus="yes">
        <source>%n process tasks</source>
        <translation>
            <numerusform>%n tareas de proceso</numerusform>
            <numerusform>%n tareas de proceso</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey steps: %1</source>
        <translation>Pasos del recorrido: %1</translation>
    </message>
    <message>
        <source>Process tasks: %1</source>
        <translation>Tareas de proceso: %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>driven by “%1”</source>
        <translation>impulsado por “%1”</translation>
    </message>
    <message>
        <source>As-is organisation</source>
        <translation>Organización actual</translation>
    </message>
    <message>
        <source>To-be organisation</source>
        <translation>Organización futura</translation>
    </message>
</context>
<context>
    <name>RoleMapPicture</name>
    <message>
        <source>as-is</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>futura</translation>
    </message>
    <message>
        <source>as-is and to-be</source>
        <translation>actual y futura</translation>
    </message>
    <message>
        <source>Roles, %1 — %2</source>
        <translation>Roles, %1 — %2</translation>
    </message>
    <message>
        <source>Role map exported by Outside-In Studio</source>
        <translation>Mapa de roles exportado por Outside-In Studio</translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg or pdf)</source>
        <translation>%1: formato de exportación desconocido &quot;%2&quot; (use png, svg o pdf)</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Role changes, as-is → to-be</source>
        <translation>Cambios de roles, de la situación actual a la futura</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>%1 has no run %2</source>
        <translation>%1 no tiene ninguna ejecución %2</translation>
    </message>
</context>
<context>
    <name>SimulationOverlay</name>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>%1: %2 %3 (the project&apos;s unit), mean over the simulated run</source>
        <translation>%1: %2 %3 (la unidad del proyecto), media de la ejecución simulada</translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation>espera %1</translation>
    </message>
    <message>
        <source>constraint · %1</source>
        <translation>restricción · %1</translation>
    </message>
    <message>
        <source> · nobody on duty %1</source>
        <translation> · nadie de turno %1</translation>
    </message>
    <message>
        <source>wait per visit</source>
        <translation>espera por visita</translation>
    </message>
    <message>
        <source>process · %1 per case</source>
        <translation>proceso · %1 por caso</translation>
    </message>
    <message>
        <source>waiting per case in the whole process</source>
        <translation>espera por caso en todo el proceso</translation>
    </message>
    <message>
        <source>constraint · busy %1</source>
        <translation>restricción · ocupación %1</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>restricción</translation>
    </message>
    <message>
        <source>long wait, busy ≥ 70 %</source>
        <translation>espera larga, ocupación ≥ 70 %</translation>
    </message>
    <message>
        <source>short wait</source>
        <translation>espera corta</translation>
    </message>
    <message>
        <source>mean waits per visit over the simulated run</source>
        <translation>esperas medias por visita durante la ejecución simulada</translation>
    </message>
</context>
<context>
    <name>SimulationPage</name>
    <message>
        <source>Simulation, before anything is bought</source>
        <translation>La simulación, antes de comprar nada</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recomendado: %1</translation>
    </message>
    <message>
        <source>Staff cost a week</source>
        <translation>Coste de personal por semana</translation>
    </message>
    <message>
        <source>Customers and value saved a week</source>
        <translation>Clientes y valor ahorrados por semana</translation>
    </message>
    <message>
        <source>Net gain a week</source>
        <translation>Ganancia neta por semana</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>should be text, not %1.</source>
        <translation>debe ser texto, no %1.</translation>
    </message>
    <message>
        <source>“%1” is not a distribution; expected one of %2.</source>
        <translation>“%1” no es una distribución; se esperaba una de %2.</translation>
    </message>
    <message>
        <source>a window needs both from and to.</source>
        <translation>una ventana necesita tanto from como to.</translation>
    </message>
    <message>
        <source>the member “rates” should be a list, not %1.</source>
        <translation>el miembro “rates” debe ser una lista, no %1.</translation>
    </message>
    <message>
        <source>give either add (extra staff) or headcount (staff in the window), not both or neither.</source>
        <translation>indique add (personal adicional) o headcount (dotación en la ventana), no ambos ni ninguno.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>is empty, but should hold JSON.</source>
        <translation>está vacío, pero debe contener JSON.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at character %2).</source>
        <translation>no es JSON válido (%1 en el carácter %2).</translation>
    </message>
    <message>
        <source>should be a JSON list, not an object.</source>
        <translation>debe ser una lista JSON, no un objeto.</translation>
    </message>
    <message>
        <source>should be a JSON object, not a list.</source>
        <translation>debe ser un objeto JSON, no una lista.</translation>
    </message>
    <message>
        <source>should be an object, not %1.</source>
        <translation>debe ser un objeto, no %1.</translation>
    </message>
    <message>
        <source>the member “%1” should be an id, but it is missing or empty.</source>
        <translation>el miembro “%1” debe ser un id, pero falta o está vacío.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>un número o null</translation>
    </message>
    <message>
        <source>the member “%1” holds “%2”, which is not one of: %3.</source>
        <translation>el miembro “%1” contiene “%2”, que no es ninguno de: %3.</translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>una lista de números</translation>
    </message>
    <message>
        <source>the member “%1” should be %2, not %3.</source>
        <translation>el miembro “%1” debe ser %2, no %3.</translation>
    </message>
    <message>
        <source>cannot upgrade table %1, row %2: %3</source>
        <translation>no se puede actualizar la tabla %1, fila %2: %3</translation>
    </message>
    <message>
        <source>cannot upgrade the document: %1</source>
        <translation>no se puede actualizar el documento: %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabla %1</translation>
    </message>
    <message>
        <source>the table is missing or lacks a column (%1), so the document is damaged.</source>
        <translation>falta la tabla o le falta una columna (%1), así que el documento está dañado.</translation>
    </message>
    <message>
        <source>the document holds more than %1 rows; documents are read up to that many.</source>
        <translation>el documento contiene más de %1 filas; los documentos se leen hasta ese número de filas.</translation>
    </message>
    <message>
        <source>the table cannot be read (%1), so the document is damaged.</source>
        <translation>no se puede leer la tabla (%1), así que el documento está dañado.</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation>tabla %1, fila %2</translation>
    </message>
    <message>
        <source>should hold a whole number, not %1.</source>
        <translation>debe contener un número entero, no %1.</translation>
    </message>
    <message>
        <source>holds %1, which is too large.</source>
        <translation>contiene %1, que es demasiado grande.</translation>
    </message>
    <message>
        <source>should hold 0 or 1, not %1.</source>
        <translation>debe contener 0 o 1, no %1.</translation>
    </message>
    <message>
        <source>should hold a number, not %1.</source>
        <translation>debe contener un número, no %1.</translation>
    </message>
    <message>
        <source>should hold a finite number, not %1.</source>
        <translation>debe contener un número finito, no %1.</translation>
    </message>
    <message>
        <source>holds %1, which is not one of: %2.</source>
        <translation>contiene %1, que no es ninguno de: %2.</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>nada (NULL)</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>table project</source>
        <translation>tabla project</translation>
    </message>
    <message>
        <source>should hold a whole number of at least 0, not %1.</source>
        <translation>debe contener un número entero igual o mayor que 0, no %1.</translation>
    </message>
    <message>
        <source>the project row is missing.</source>
        <translation>falta la fila del proyecto.</translation>
    </message>
    <message>
        <source>table steps, row %1</source>
        <translation>tabla steps, fila %1</translation>
    </message>
    <message>
        <source>refers to journey position %1, but there is no such journey.</source>
        <translation>hace referencia a la posición de recorrido %1, pero ese recorrido no existe.</translation>
    </message>
    <message>
        <source>refers to process position %1, but there is no such process.</source>
        <translation>hace referencia a la posición de proceso %1, pero ese proceso no existe.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>cannot open the file: %1.</source>
        <translation>no se puede abrir el archivo: %1.</translation>
    </message>
    <message>
        <source>not an Outside-In Studio document (not an SQLite database, or damaged: %1).</source>
        <translation>no es un documento de Outside-In Studio (no es una base de datos SQLite, o está dañado: %1).</translation>
    </message>
    <message>
        <source>an SQLite database, but not an Outside-In Studio document.</source>
        <translation>es una base de datos SQLite, pero no un documento de Outside-In Studio.</translation>
    </message>
    <message>
        <source>the document holds a %1 named %2, which Outside-In Studio never writes; a file changed by another program is not opened.</source>
        <translation>el documento contiene un %1 llamado %2, que Outside-In Studio nunca escribe; no se abre un archivo modificado por otro programa.</translation>
    </message>
    <message>
        <source>the document is damaged (%1).</source>
        <translation>el documento está dañado (%1).</translation>
    </message>
    <message>
        <source>the document is damaged or truncated (%1).</source>
        <translation>el documento está dañado o truncado (%1).</translation>
    </message>
    <message>
        <source>the document is damaged: it has no schema version.</source>
        <translation>el documento está dañado: no tiene versión de esquema.</translation>
    </message>
    <message>
        <source>the document has schema version %1, written by a newer Outside-In Studio; this version reads up to %2.</source>
        <translation>el documento tiene la versión de esquema %1, escrita por una versión más reciente de Outside-In Studio; esta versión lee hasta la %2.</translation>
    </message>
    <message>
        <source>no upgrade is known from schema version %1 to %2.</source>
        <translation>no se conoce ninguna actualización de la versión de esquema %1 a la %2.</translation>
    </message>
    <message>
        <source>cannot upgrade the document.</source>
        <translation>no se puede actualizar el documento.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>the member “capacity” should be a list, not %1.</source>
        <translation>el miembro “capacity” debe ser una lista, no %1.</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>1 journey</source>
        <translation>1 recorrido</translation>
    </message>
    <message numerus="yes">
        <source>%n journeys</source>
        <translation>
            <numerusform>%n recorridos</numerusform>
            <numerusform>%n recorridos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 rol</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n roles</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message>
        <source>1 process</source>
        <translation>1 proceso</translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n procesos</numerusform>
            <numerusform>%n procesos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 requirement</source>
        <translation>1 requisito</translation>
    </message>
    <message numerus="yes">
        <source>%n requirements</source>
        <translation>
            <numerusform>%n requisitos</numerusform>
            <numerusform>%n requisitos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 error</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n errores</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencias</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepDetailsItem</name>
    <message>
        <source>%1 — not in this project</source>
        <translation>%1 — no está en este proyecto</translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation>Simulado: %1</translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <source>observed</source>
        <translation>observado</translation>
    </message>
    <message>
        <source>research</source>
        <translation>investigación</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>supuesto</translation>
    </message>
    <message>
        <source>customer-initiated</source>
        <translation>iniciado por el cliente</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>momento de la verdad</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>evidencia: %1</translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation>Simulado: %1</translation>
    </message>
    <message>
        <source>Untitled step</source>
        <translation>Paso sin título</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Simulated to-be</source>
        <translation>Futuro simulado</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>No goals yet: add them to the strategy in the studio.</source>
        <translation>Aún no hay objetivos: añádalos a la estrategia en la aplicación.</translation>
    </message>
</context>
<context>
    <name>TechnologyPage</name>
    <message>
        <source>Technology supports, never drives</source>
        <translation>La tecnología apoya, nunca dirige</translation>
    </message>
</context>
<context>
    <name>TitlePage</name>
    <message>
        <source>Executive review</source>
        <translation>Revisión ejecutiva</translation>
    </message>
</context>
<context>
    <name>TracePage</name>
    <message>
        <source>Traceability</source>
        <translation>Trazabilidad</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
</context>
<context>
    <name>Traceability</name>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Recorrido: %1</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Record Decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>Cambiar nombre del proyecto</translation>
    </message>
    <message>
        <source>Change Client</source>
        <translation>Cambiar cliente</translation>
    </message>
    <message>
        <source>Change Author</source>
        <translation>Cambiar autor</translation>
    </message>
    <message>
        <source>Change Project Description</source>
        <translation>Cambiar descripción del proyecto</translation>
    </message>
    <message>
        <source>Change Time Unit</source>
        <translation>Cambiar unidad de tiempo</translation>
    </message>
    <message>
        <source>Change Currency</source>
        <translation>Cambiar moneda</translation>
    </message>
    <message>
        <source>Change Simulation Settings</source>
        <translation>Cambiar configuración de la simulación</translation>
    </message>
    <message>
        <source>Rename Strategy</source>
        <translation>Cambiar nombre de la estrategia</translation>
    </message>
    <message>
        <source>Change Strategy Statement</source>
        <translation>Cambiar enunciado de la estrategia</translation>
    </message>
    <message>
        <source>Change Strategy Owner</source>
        <translation>Cambiar responsable de la estrategia</translation>
    </message>
    <message>
        <source>Change Goals</source>
        <translation>Cambiar objetivos</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>Cambiar nombre de la persona</translation>
    </message>
    <message>
        <source>Change Persona Description</source>
        <translation>Cambiar descripción de la persona</translation>
    </message>
    <message>
        <source>Change Needs</source>
        <translation>Cambiar necesidades</translation>
    </message>
    <message>
        <source>Change Jobs to Be Done</source>
        <translation>Cambiar jobs to be done</translation>
    </message>
    <message>
        <source>Change Customer&apos;s Customer</source>
        <translation>Cambiar cliente del cliente</translation>
    </message>
    <message>
        <source>Rename Role</source>
        <translation>Cambiar nombre del rol</translation>
    </message>
    <message>
        <source>Change Department</source>
        <translation>Cambiar departamento</translation>
    </message>
    <message>
        <source>Change Office</source>
        <translation>Cambiar ámbito</translation>
    </message>
    <message>
        <source>Change Cost per Hour</source>
        <translation>Cambiar coste por hora</translation>
    </message>
    <message>
        <source>Change Kind of Role Change</source>
        <translation>Cambiar tipo de cambio del rol</translation>
    </message>
    <message>
        <source>Change Driving Strategy</source>
        <translation>Cambiar estrategia impulsora</translation>
    </message>
    <message>
        <source>Change Headcount</source>
        <translation>Cambiar dotación</translation>
    </message>
    <message>
        <source>Change Shifts</source>
        <translation>Cambiar turnos</translation>
    </message>
    <message>
        <source>Change Cross-Training</source>
        <translation>Cambiar formación cruzada</translation>
    </message>
    <message>
        <source>Rename Process</source>
        <translation>Cambiar nombre del proceso</translation>
    </message>
    <message>
        <source>Change Process Description</source>
        <translation>Cambiar descripción del proceso</translation>
    </message>
    <message>
        <source>Change Process Strategy</source>
        <translation>Cambiar estrategia del proceso</translation>
    </message>
    <message>
        <source>Change Lanes</source>
        <translation>Cambiar carriles</translation>
    </message>
    <message>
        <source>Change Flows</source>
        <translation>Cambiar flujos</translation>
    </message>
    <message>
        <source>Change Original Process</source>
        <translation>Cambiar proceso original</translation>
    </message>
    <message>
        <source>Change Value per Case</source>
        <translation>Cambiar valor por caso</translation>
    </message>
    <message>
        <source>Change Cost per Lost Customer</source>
        <translation>Cambiar coste por cliente perdido</translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation>Cambiar nombre del nodo</translation>
    </message>
    <message>
        <source>Move Node</source>
        <translation>Mover nodo</translation>
    </message>
    <message>
        <source>Change Lane</source>
        <translation>Cambiar carril</translation>
    </message>
    <message>
        <source>Change Node Role</source>
        <translation>Cambiar rol del nodo</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>Cambiar duración</translation>
    </message>
    <message>
        <source>Change Priority</source>
        <translation>Cambiar prioridad</translation>
    </message>
    <message>
        <source>Change Arrivals</source>
        <translation>Cambiar llegadas</translation>
    </message>
    <message>
        <source>Change Arrival Calendar</source>
        <translation>Cambiar calendario de llegadas</translation>
    </message>
    <message>
        <source>Change Patience</source>
        <translation>Cambiar paciencia</translation>
    </message>
    <message>
        <source>Change Requirement Kind</source>
        <translation>Cambiar tipo de requisito</translation>
    </message>
    <message>
        <source>Change Requirement Text</source>
        <translation>Cambiar texto del requisito</translation>
    </message>
    <message>
        <source>Change Acceptance Criterion</source>
        <translation>Cambiar criterio de aceptación</translation>
    </message>
    <message>
        <source>Change Requirement Steps</source>
        <translation>Cambiar pasos del requisito</translation>
    </message>
    <message>
        <source>Change Requirement Nodes</source>
        <translation>Cambiar nodos del requisito</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Cambiar nombre del escenario</translation>
    </message>
    <message>
        <source>Change Scenario Description</source>
        <translation>Cambiar descripción del escenario</translation>
    </message>
    <message>
        <source>Change Scenario Headcount</source>
        <translation>Cambiar dotación del escenario</translation>
    </message>
    <message>
        <source>Change Arrival Multiplier</source>
        <translation>Cambiar multiplicador de llegadas</translation>
    </message>
    <message>
        <source>Change Duration Factors</source>
        <translation>Cambiar factores de duración</translation>
    </message>
    <message>
        <source>Change Added Cross-Training</source>
        <translation>Cambiar formación cruzada añadida</translation>
    </message>
    <message>
        <source>Change Process Variants</source>
        <translation>Cambiar variantes de proceso</translation>
    </message>
    <message>
        <source>Change Reassigned Tasks</source>
        <translation>Cambiar tareas reasignadas</translation>
    </message>
    <message>
        <source>Change Staffing Windows</source>
        <translation>Cambiar ventanas de dotación</translation>
    </message>
    <message>
        <source>Change Demand Changes</source>
        <translation>Cambiar cambios de demanda</translation>
    </message>
    <message>
        <source>Change Diversions</source>
        <translation>Cambiar desvíos</translation>
    </message>
    <message>
        <source>Change Responsibility</source>
        <translation>Cambiar responsabilidad</translation>
    </message>
    <message>
        <source>Change As-Is Owner</source>
        <translation>Cambiar responsable actual</translation>
    </message>
    <message>
        <source>Move Responsibility</source>
        <translation>Mover responsabilidad</translation>
    </message>
    <message>
        <source>Rename Id %1 to %2</source>
        <translation>Cambiar el id %1 a %2</translation>
    </message>
    <message>
        <source>Rename Journey</source>
        <translation>Cambiar nombre del recorrido</translation>
    </message>
    <message>
        <source>Change Journey Persona</source>
        <translation>Cambiar persona del recorrido</translation>
    </message>
    <message>
        <source>Change Journey Description</source>
        <translation>Cambiar descripción del recorrido</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>Cambiar nombre del paso</translation>
    </message>
    <message>
        <source>Change Customer Action</source>
        <translation>Cambiar acción del cliente</translation>
    </message>
    <message>
        <source>Change Touchpoint</source>
        <translation>Cambiar punto de contacto</translation>
    </message>
    <message>
        <source>Change Channel</source>
        <translation>Cambiar canal</translation>
    </message>
    <message>
        <source>Change Customer-Initiated</source>
        <translation>Cambiar «iniciado por el cliente»</translation>
    </message>
    <message>
        <source>Change Emotion</source>
        <translation>Cambiar emoción</translation>
    </message>
    <message>
        <source>Change To-Be Emotion</source>
        <translation>Cambiar emoción futura</translation>
    </message>
    <message>
        <source>Change Evidence</source>
        <translation>Cambiar evidencia</translation>
    </message>
    <message>
        <source>Change Pain Points</source>
        <translation>Cambiar puntos de dolor</translation>
    </message>
    <message>
        <source>Change Opportunities</source>
        <translation>Cambiar oportunidades</translation>
    </message>
    <message>
        <source>Change Moment of Truth</source>
        <translation>Cambiar momento de la verdad</translation>
    </message>
    <message>
        <source>Change Metrics</source>
        <translation>Cambiar métricas</translation>
    </message>
    <message>
        <source>Change Front-Stage Roles</source>
        <translation>Cambiar roles visibles (front stage)</translation>
    </message>
    <message>
        <source>Change Back-Stage Roles</source>
        <translation>Cambiar roles no visibles (back stage)</translation>
    </message>
    <message>
        <source>Change Step Processes</source>
        <translation>Cambiar procesos del paso</translation>
    </message>
    <message>
        <source>Change Step Requirements</source>
        <translation>Cambiar requisitos del paso</translation>
    </message>
    <message>
        <source>Change Needs Served</source>
        <translation>Cambiar necesidades atendidas</translation>
    </message>
    <message>
        <source>Import Journey</source>
        <translation>Importar recorrido</translation>
    </message>
    <message>
        <source>Delete Journey</source>
        <translation>Eliminar recorrido</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Cambiar nombre de la etapa</translation>
    </message>
    <message>
        <source>Move Stage</source>
        <translation>Mover etapa</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Añadir paso</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Steps</source>
        <translation>
            <numerusform>Añadir %n pasos</numerusform>
            <numerusform>Añadir %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Steps</source>
        <translation>
            <numerusform>Eliminar %n pasos</numerusform>
            <numerusform>Eliminar %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Mover paso</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Steps</source>
        <translation>
            <numerusform>Mover %n pasos</numerusform>
            <numerusform>Mover %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Start Event</source>
        <translation>Añadir evento de inicio</translation>
    </message>
    <message>
        <source>Add End Event</source>
        <translation>Añadir evento de fin</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <source>Add Exclusive Gateway</source>
        <translation>Añadir compuerta exclusiva</translation>
    </message>
    <message>
        <source>Add Parallel Split</source>
        <translation>Añadir división paralela</translation>
    </message>
    <message>
        <source>Add Parallel Join</source>
        <translation>Añadir unión paralela</translation>
    </message>
    <message>
        <source>Add Timer Event</source>
        <translation>Añadir evento de temporizador</translation>
    </message>
    <message>
        <source>Connect Nodes</source>
        <translation>Conectar nodos</translation>
    </message>
    <message>
        <source>Reconnect Flow</source>
        <translation>Reconectar flujo</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Nodes</source>
        <translation>
            <numerusform>Eliminar %n nodos</numerusform>
            <numerusform>Eliminar %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Flows</source>
        <translation>
            <numerusform>Eliminar %n flujos</numerusform>
            <numerusform>Eliminar %n flujos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Nodes</source>
        <translation>
            <numerusform>Pegar %n nodos</numerusform>
            <numerusform>Pegar %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n Nodes</source>
        <translation>
            <numerusform>Alinear %n nodos</numerusform>
            <numerusform>Alinear %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n Nodes</source>
        <translation>
            <numerusform>Distribuir %n nodos</numerusform>
            <numerusform>Distribuir %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Lay Out Process</source>
        <translation>Distribuir proceso automáticamente</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Nodes</source>
        <translation>
            <numerusform>Mover %n nodo</numerusform>
            <numerusform>Mover %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft PoC Scenarios</source>
        <translation>Esbozar escenarios de PoC</translation>
    </message>
    <message>
        <source>Add PoC Scenario</source>
        <translation>Añadir escenario de PoC</translation>
    </message>
    <message>
        <source>Remove PoC Scenario</source>
        <translation>Quitar escenario de PoC</translation>
    </message>
    <message>
        <source>Move PoC Scenario</source>
        <translation>Mover escenario de PoC</translation>
    </message>
    <message>
        <source>Rename PoC Scenario</source>
        <translation>Cambiar nombre del escenario de PoC</translation>
    </message>
    <message>
        <source>Set PoC Scenario Journey</source>
        <translation>Definir recorrido del escenario de PoC</translation>
    </message>
    <message>
        <source>Set PoC Scenario Process</source>
        <translation>Definir proceso del escenario de PoC</translation>
    </message>
    <message>
        <source>Add PoC Step</source>
        <translation>Añadir paso de PoC</translation>
    </message>
    <message>
        <source>Remove PoC Step</source>
        <translation>Quitar paso de PoC</translation>
    </message>
    <message>
        <source>Move PoC Step</source>
        <translation>Mover paso de PoC</translation>
    </message>
    <message>
        <source>Edit PoC Customer Action</source>
        <translation>Editar acción del cliente de PoC</translation>
    </message>
    <message>
        <source>Set PoC Step Role</source>
        <translation>Definir rol del paso de PoC</translation>
    </message>
    <message>
        <source>Set PoC Step Task</source>
        <translation>Definir tarea del paso de PoC</translation>
    </message>
    <message>
        <source>Set PoC Step Requirement</source>
        <translation>Definir requisito del paso de PoC</translation>
    </message>
    <message>
        <source>Edit PoC Buyer&apos;s Data</source>
        <translation>Editar datos del comprador de PoC</translation>
    </message>
    <message>
        <source>Edit PoC Expected Outcome</source>
        <translation>Editar resultado esperado de PoC</translation>
    </message>
    <message>
        <source>Set PoC Minutes Allowed</source>
        <translation>Definir minutos permitidos de PoC</translation>
    </message>
    <message>
        <source>Add Vendor</source>
        <translation>Añadir proveedor</translation>
    </message>
    <message>
        <source>Rename Vendor</source>
        <translation>Cambiar nombre del proveedor</translation>
    </message>
    <message>
        <source>Remove Vendor</source>
        <translation>Quitar proveedor</translation>
    </message>
    <message>
        <source>Set Vendor Score</source>
        <translation>Definir puntuación del proveedor</translation>
    </message>
    <message>
        <source>Set Priority Weights</source>
        <translation>Definir pesos de las prioridades</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>every need needs an id.</source>
        <translation>cada necesidad necesita un id.</translation>
    </message>
    <message>
        <source>the id %1 is used by another need (need ids are unique in the project).</source>
        <translation>el id %1 lo usa otra necesidad (los ids de necesidad son únicos en el proyecto).</translation>
    </message>
    <message>
        <source>no journey step serves the need %1; the chain starts at the customer&apos;s need.</source>
        <translation>ningún paso del recorrido atiende la necesidad %1; la cadena empieza en la necesidad del cliente.</translation>
    </message>
    <message>
        <source>no persona has the need %1.</source>
        <translation>ninguna persona tiene la necesidad %1.</translation>
    </message>
    <message>
        <source>the need %1 is persona %2&apos;s, but this journey is persona %3&apos;s.</source>
        <translation>la necesidad %1 es de la persona %2, pero este recorrido es de la persona %3.</translation>
    </message>
    <message>
        <source>severity is 1 (irritating), 2 (painful) or 3 (drives customers away), not %1.</source>
        <translation>la gravedad es 1 (molesto), 2 (doloroso) o 3 (ahuyenta a los clientes), no %1.</translation>
    </message>
    <message>
        <source>a signal below the normal range needs a low value to fall under.</source>
        <translation>una señal por debajo del rango normal necesita un valor bajo por debajo del cual caer.</translation>
    </message>
    <message>
        <source>a signal above the normal range needs a high value to rise over.</source>
        <translation>una señal por encima del rango normal necesita un valor alto por encima del cual subir.</translation>
    </message>
    <message>
        <source>every responsibility needs an id.</source>
        <translation>cada responsabilidad necesita un id.</translation>
    </message>
    <message>
        <source>the id %1 is used by another responsibility.</source>
        <translation>el id %1 lo usa otra responsabilidad.</translation>
    </message>
    <message>
        <source>the responsibility has no text.</source>
        <translation>la responsabilidad no tiene texto.</translation>
    </message>
    <message>
        <source>no role has the id %1.</source>
        <translation>ningún rol tiene el id %1.</translation>
    </message>
    <message>
        <source>role %1 is retired, so it takes on no to-be responsibilities; give this one to the role that takes it over, or choose another kind of change.</source>
        <translation>el rol %1 se retira, así que no asume responsabilidades futuras; asigne esta al rol que la asume o elija otro tipo de cambio.</translation>
    </message>
    <message>
        <source>utilisation is measured for a role; name it.</source>
        <translation>la utilización se mide para un rol; indíquelo.</translation>
    </message>
    <message>
        <source>this measure is taken on a process; name it.</source>
        <translation>esta medida se toma sobre un proceso; indíquelo.</translation>
    </message>
    <message>
        <source>no process has the id %1.</source>
        <translation>ningún proceso tiene el id %1.</translation>
    </message>
    <message>
        <source>only the wait is measured at one node.</source>
        <translation>en un nodo concreto solo se mide la espera.</translation>
    </message>
    <message>
        <source>process %1 has no node %2.</source>
        <translation>el proceso %1 no tiene ningún nodo %2.</translation>
    </message>
    <message>
        <source>percentiles exist for cycle time and wait only; use the mean here.</source>
        <translation>los percentiles solo existen para el tiempo de ciclo y la espera; use aquí la media.</translation>
    </message>
    <message>
        <source>this target is a share between 0 and 1 (0 % to 100 %), not %1.</source>
        <translation>esta meta es una proporción entre 0 y 1 (del 0 % al 100 %), no %1.</translation>
    </message>
    <message>
        <source>the target cannot be negative.</source>
        <translation>la meta no puede ser negativa.</translation>
    </message>
    <message>
        <source>a cost cannot be negative.</source>
        <translation>un coste no puede ser negativo.</translation>
    </message>
    <message>
        <source>a value cannot be negative.</source>
        <translation>un valor no puede ser negativo.</translation>
    </message>
    <message>
        <source>the contacts go to process &quot;%1&quot;, which the project does not have.</source>
        <translation>los contactos van al proceso &quot;%1&quot;, que el proyecto no tiene.</translation>
    </message>
    <message>
        <source>process &quot;%1&quot; has no start event to take the contacts.</source>
        <translation>el proceso &quot;%1&quot; no tiene ningún evento de inicio que reciba los contactos.</translation>
    </message>
    <message>
        <source>a time cannot be negative.</source>
        <translation>un tiempo no puede ser negativo.</translation>
    </message>
    <message>
        <source>a rate of contacts cannot be negative.</source>
        <translation>una tasa de contactos no puede ser negativa.</translation>
    </message>
    <message>
        <source>the flow has no id, so two flows between the same nodes cannot be told apart.</source>
        <translation>el flujo no tiene id, así que no se pueden distinguir dos flujos entre los mismos nodos.</translation>
    </message>
    <message>
        <source>the id %1 is used by another flow of this process.</source>
        <translation>el id %1 lo usa otro flujo de este proceso.</translation>
    </message>
    <message>
        <source>the process has no lane %1.</source>
        <translation>el proceso no tiene ningún carril %1.</translation>
    </message>
    <message>
        <source>a shape needs a width and a height above zero.</source>
        <translation>una forma necesita un ancho y un alto mayores que cero.</translation>
    </message>
    <message>
        <source>a lane needs a size above zero.</source>
        <translation>un carril necesita un tamaño mayor que cero.</translation>
    </message>
    <message>
        <source>a variant redesigns an original process, not itself or another variant.</source>
        <translation>una variante rediseña un proceso original, no a sí misma ni a otra variante.</translation>
    </message>
    <message>
        <source>the variant %1 has no node %2, so this step loses its link when the variant runs.</source>
        <translation>la variante %1 no tiene ningún nodo %2, así que este paso pierde su vínculo cuando se ejecuta la variante.</translation>
    </message>
    <message>
        <source>max must not be smaller than min.</source>
        <translation>max no debe ser menor que min.</translation>
    </message>
    <message>
        <source>needs min ≤ mode ≤ max.</source>
        <translation>se necesita min ≤ mode ≤ max.</translation>
    </message>
    <message>
        <source>max must be larger than min (use fixed for a constant).</source>
        <translation>max debe ser mayor que min (use fixed para una constante).</translation>
    </message>
    <message>
        <source>the mean must be greater than zero.</source>
        <translation>la media debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>the standard deviation must be greater than zero.</source>
        <translation>la desviación típica debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>the standard deviation cannot be negative.</source>
        <translation>la desviación típica no puede ser negativa.</translation>
    </message>
    <message>
        <source>k must be a whole number of at least 1.</source>
        <translation>k debe ser un número entero igual o mayor que 1.</translation>
    </message>
    <message>
        <source>needs at least one value.</source>
        <translation>se necesita al menos un valor.</translation>
    </message>
    <message>
        <source>needs one weight per value (%1 values, %2 weights).</source>
        <translation>se necesita un peso por valor (%1 valores, %2 pesos).</translation>
    </message>
    <message>
        <source>weights must be zero or more and not all zero.</source>
        <translation>los pesos deben ser cero o más y no todos cero.</translation>
    </message>
    <message>
        <source>a task needs the role that performs it.</source>
        <translation>una tarea necesita el rol que la realiza.</translation>
    </message>
    <message>
        <source>a task needs a duration distribution.</source>
        <translation>una tarea necesita una distribución de duración.</translation>
    </message>
    <message>
        <source>a timer needs a duration (its delay).</source>
        <translation>un temporizador necesita una duración (su retardo).</translation>
    </message>
    <message>
        <source>a start node needs arrivals: a distribution or a rate calendar.</source>
        <translation>un nodo de inicio necesita llegadas: una distribución o un calendario de tasas.</translation>
    </message>
    <message>
        <source>the time between arrivals is always 0, so cases would arrive without end.</source>
        <translation>el tiempo entre llegadas es siempre 0, así que los casos llegarían sin fin.</translation>
    </message>
    <message>
        <source>the period must be greater than zero.</source>
        <translation>el periodo debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>needs 0 ≤ from &lt; to ≤ period.</source>
        <translation>se necesita 0 ≤ from &lt; to ≤ period.</translation>
    </message>
    <message>
        <source>a rate cannot be negative.</source>
        <translation>una tasa no puede ser negativa.</translation>
    </message>
    <message>
        <source>no block has a rate above zero, so no case would ever arrive.</source>
        <translation>ningún bloque tiene una tasa mayor que cero, así que nunca llegaría ningún caso.</translation>
    </message>
    <message>
        <source>only start nodes have arrivals and patience; they are ignored here.</source>
        <translation>solo los nodos de inicio tienen llegadas y paciencia; aquí se ignoran.</translation>
    </message>
    <message>
        <source>a flow needs both ends.</source>
        <translation>un flujo necesita sus dos extremos.</translation>
    </message>
    <message>
        <source>no node of this process has the id %1.</source>
        <translation>ningún nodo de este proceso tiene el id %1.</translation>
    </message>
    <message>
        <source>a probability must be between 0 and 1, not %1.</source>
        <translation>una probabilidad debe estar entre 0 y 1, no %1.</translation>
    </message>
    <message>
        <source>only flows leaving an xor gateway take a probability; it is ignored.</source>
        <translation>solo los flujos que salen de una compuerta xor llevan probabilidad; se ignora.</translation>
    </message>
    <message>
        <source>every flow leaving an xor gateway needs a probability (%1 have none).</source>
        <translation>cada flujo que sale de una compuerta xor necesita una probabilidad (%1 no la tienen).</translation>
    </message>
    <message>
        <source>the probabilities of the flows leaving this xor gateway add up to %1, not 1.</source>
        <translation>las probabilidades de los flujos que salen de esta compuerta xor suman %1, no 1.</translation>
    </message>
    <message>
        <source>an and-join with fewer than two incoming flows only passes cases through.</source>
        <translation>una unión AND con menos de dos flujos entrantes solo deja pasar los casos.</translation>
    </message>
    <message>
        <source>this and-join waits for %1 incoming flows, but no and-split upstream sends a case down each of them together, so it can never fire.</source>
        <translation>esta unión AND espera %1 flujos entrantes, pero ninguna división AND anterior envía un caso por todos ellos a la vez, así que nunca puede activarse.</translation>
    </message>
    <message>
        <source>every node needs an id.</source>
        <translation>cada nodo necesita un id.</translation>
    </message>
    <message>
        <source>the id %1 is used by another node of this process.</source>
        <translation>el id %1 lo usa otro nodo de este proceso.</translation>
    </message>
    <message>
        <source>the process has no nodes yet.</source>
        <translation>el proceso aún no tiene nodos.</translation>
    </message>
    <message>
        <source>a start node cannot have incoming flows.</source>
        <translation>un nodo de inicio no puede tener flujos entrantes.</translation>
    </message>
    <message>
        <source>an end node cannot have outgoing flows.</source>
        <translation>un nodo de fin no puede tener flujos salientes.</translation>
    </message>
    <message>
        <source>the process has no start node, so no case can enter it.</source>
        <translation>el proceso no tiene nodo de inicio, así que ningún caso puede entrar en él.</translation>
    </message>
    <message>
        <source>the process has no end node, so no case can finish.</source>
        <translation>el proceso no tiene nodo de fin, así que ningún caso puede terminar.</translation>
    </message>
    <message>
        <source>no flow from a start node reaches this node.</source>
        <translation>ningún flujo desde un nodo de inicio llega a este nodo.</translation>
    </message>
    <message>
        <source>a case reaching this node is stuck: it has no outgoing flow.</source>
        <translation>un caso que llega a este nodo queda atascado: no tiene flujo saliente.</translation>
    </message>
    <message>
        <source>this node is in a loop with no way out to an end node.</source>
        <translation>este nodo está en un bucle sin salida hacia un nodo de fin.</translation>
    </message>
    <message>
        <source>has %1 outgoing flows, but only a gateway (xor or and-split) may branch; add one after this node.</source>
        <translation>tiene %1 flujos salientes, pero solo una compuerta (xor o división AND) puede ramificar; añada una después de este nodo.</translation>
    </message>
    <message>
        <source>an and-split with fewer than two outgoing flows does not split anything.</source>
        <translation>una división AND con menos de dos flujos salientes no divide nada.</translation>
    </message>
    <message>
        <source>the window %1–%2 must lie inside the period 0–%3, with from before to.</source>
        <translation>la ventana %1–%2 debe quedar dentro del periodo 0–%3, con from antes que to.</translation>
    </message>
    <message>
        <source>the process %1 is given two variants.</source>
        <translation>el proceso %1 tiene asignadas dos variantes.</translation>
    </message>
    <message>
        <source>%1 is not a variant of %2; mark it with variant_of: %2.</source>
        <translation>%1 no es una variante de %2; márquela con variant_of: %2.</translation>
    </message>
    <message>
        <source>%1 is a variant of %2, not of %3.</source>
        <translation>%1 es una variante de %2, no de %3.</translation>
    </message>
    <message>
        <source>%1 is not a node of a process that runs in this scenario (write process/node).</source>
        <translation>%1 no es un nodo de un proceso que se ejecute en este escenario (escriba proceso/nodo).</translation>
    </message>
    <message>
        <source>only tasks are done by a role; %1 is not a task.</source>
        <translation>solo las tareas las realiza un rol; %1 no es una tarea.</translation>
    </message>
    <message>
        <source>role %1 has no capacity in this scenario, so it cannot take over %2.</source>
        <translation>el rol %1 no tiene capacidad en este escenario, así que no puede asumir %2.</translation>
    </message>
    <message>
        <source>headcount cannot be negative (%1).</source>
        <translation>la dotación no puede ser negativa (%1).</translation>
    </message>
    <message>
        <source>role %1 works shifts repeating every %2; a staffing window must repeat every whole multiple or fraction of that, not every %3.</source>
        <translation>el rol %1 trabaja en turnos que se repiten cada %2; una ventana de dotación debe repetirse cada múltiplo entero o fracción de ese periodo, no cada %3.</translation>
    </message>
    <message>
        <source>the multiplier cannot be negative.</source>
        <translation>el multiplicador no puede ser negativo.</translation>
    </message>
    <message>
        <source>a multiplier of zero at all times leaves the process without demand; remove the process from the scenario instead.</source>
        <translation>un multiplicador de cero en todo momento deja el proceso sin demanda; en su lugar, quite el proceso del escenario.</translation>
    </message>
    <message>
        <source>the arrivals of %1 are not Poisson, so their demand cannot change in a window; give them as a rate calendar or exponential, or drop from and to.</source>
        <translation>las llegadas de %1 no son de Poisson, así que su demanda no puede cambiar en una ventana; indíquelas como calendario de tasas o exponenciales, o quite from y to.</translation>
    </message>
    <message>
        <source>the arrivals of %1 repeat every %2; the window must repeat every whole multiple or fraction of that, not every %3.</source>
        <translation>las llegadas de %1 se repiten cada %2; la ventana debe repetirse cada múltiplo entero o fracción de ese periodo, no cada %3.</translation>
    </message>
    <message>
        <source>process %1 has no start node for the diverted cases to enter.</source>
        <translation>el proceso %1 no tiene ningún nodo de inicio por el que puedan entrar los casos desviados.</translation>
    </message>
    <message>
        <source>a process cannot divert cases to itself.</source>
        <translation>un proceso no puede desviar casos a sí mismo.</translation>
    </message>
    <message>
        <source>a share must be between 0 and 1 (0 % to 100 %), not %1.</source>
        <translation>una proporción debe estar entre 0 y 1 (del 0 % al 100 %), no %1.</translation>
    </message>
    <message>
        <source>the shares diverted from %1 add up to more than 1 (100 %).</source>
        <translation>las proporciones desviadas desde %1 suman más de 1 (100 %).</translation>
    </message>
    <message>
        <source>a period without from and to changes nothing: the cross-training holds at any time.</source>
        <translation>un periodo sin from ni to no cambia nada: la formación cruzada vale en todo momento.</translation>
    </message>
    <message>
        <source>%1 is not a subject; write strategy/&lt;id&gt;, role/&lt;id&gt; or scenario/&lt;id&gt;.</source>
        <translation>%1 no es un sujeto; escriba strategy/&lt;id&gt; (estrategia), role/&lt;id&gt; (rol) o scenario/&lt;id&gt; (escenario).</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as yyyy-mm-dd (2026-12-01).</source>
        <translation>%1 no es una fecha; escríbala como aaaa-mm-dd (2026-12-01).</translation>
    </message>
    <message>
        <source>%1 is not a node of a process (write process/node).</source>
        <translation>%1 no es un nodo de un proceso (escriba proceso/nodo).</translation>
    </message>
    <message>
        <source>the minutes allowed cannot be negative.</source>
        <translation>los minutos permitidos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>a score needs the id of the requirement it scores.</source>
        <translation>una puntuación necesita el id del requisito que puntúa.</translation>
    </message>
    <message>
        <source>the requirement is scored twice; keep one score.</source>
        <translation>el requisito está puntuado dos veces; conserve una sola puntuación.</translation>
    </message>
    <message>
        <source>a score runs from 0 (not shown) to 3 (fully met), not %1.</source>
        <translation>una puntuación va de 0 (no demostrado) a 3 (totalmente cumplido), no %1.</translation>
    </message>
    <message>
        <source>a priority weight runs from 0 to 1000, not %1.</source>
        <translation>un peso de prioridad va de 0 a 1000, no %1.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>role %1 has no staff but task %2 needs it; give it a headcount (or a shift with staff) or cross-train another role.</source>
        <translation>el rol %1 no tiene personal, pero la tarea %2 lo necesita; asígnele una dotación (o un turno con personal) o dé formación cruzada a otro rol.</translation>
    </message>
    <message>
        <source>role %1 has no staff but tasks %2 need it; give it a headcount (or a shift with staff) or cross-train another role.</source>
        <translation>el rol %1 no tiene personal, pero las tareas %2 lo necesitan; asígnele una dotación (o un turno con personal) o dé formación cruzada a otro rol.</translation>
    </message>
    <message>
        <source>the id holds the invisible character U+%1; ids are letters, digits and punctuation.</source>
        <translation>el id contiene el carácter invisible U+%1; los ids son letras, dígitos y signos de puntuación.</translation>
    </message>
    <message>
        <source>no %1 has the id %2.</source>
        <translation>ningún %1 tiene el id %2.</translation>
    </message>
    <message>
        <source>%1 is neither a process nor a process/node.</source>
        <translation>%1 no es ni un proceso ni un proceso/nodo.</translation>
    </message>
    <message>
        <source>the project needs a name.</source>
        <translation>el proyecto necesita un nombre.</translation>
    </message>
    <message>
        <source>the horizon cannot be negative.</source>
        <translation>el horizonte no puede ser negativo.</translation>
    </message>
    <message>
        <source>the warm-up cannot be negative.</source>
        <translation>el calentamiento no puede ser negativo.</translation>
    </message>
    <message>
        <source>the warm-up must be shorter than the horizon.</source>
        <translation>el calentamiento debe ser más corto que el horizonte.</translation>
    </message>
    <message>
        <source>replications cannot be negative.</source>
        <translation>las réplicas no pueden ser negativas.</translation>
    </message>
    <message>
        <source>every stage needs an id.</source>
        <translation>cada etapa necesita un id.</translation>
    </message>
    <message>
        <source>the id %1 is used by another stage of this journey.</source>
        <translation>el id %1 lo usa otra etapa de este recorrido.</translation>
    </message>
    <message>
        <source>every step needs an id.</source>
        <translation>cada paso necesita un id.</translation>
    </message>
    <message>
        <source>the id %1 is used by another step (step ids are unique in the project).</source>
        <translation>el id %1 lo usa otro paso (los ids de paso son únicos en el proyecto).</translation>
    </message>
    <message>
        <source>journey %1 has no stage %2.</source>
        <translation>el recorrido %1 no tiene ninguna etapa %2.</translation>
    </message>
    <message>
        <source>the step has no title.</source>
        <translation>el paso no tiene título.</translation>
    </message>
    <message>
        <source>emotion must be between -2 and +2, not %1.</source>
        <translation>la emoción debe estar entre -2 y +2, no %1.</translation>
    </message>
    <message>
        <source>every metric needs a name.</source>
        <translation>cada métrica necesita un nombre.</translation>
    </message>
    <message>
        <source>the normal range is empty: low is above high.</source>
        <translation>el rango normal está vacío: el mínimo es mayor que el máximo.</translation>
    </message>
    <message>
        <source>the role has no name.</source>
        <translation>el rol no tiene nombre.</translation>
    </message>
    <message>
        <source>a role is always trained for its own work.</source>
        <translation>un rol siempre está formado para su propio trabajo.</translation>
    </message>
    <message>
        <source>a requirement needs its text.</source>
        <translation>un requisito necesita su texto.</translation>
    </message>
    <message>
        <source>the arrival multiplier cannot be negative.</source>
        <translation>el multiplicador de llegadas no puede ser negativo.</translation>
    </message>
    <message>
        <source>the arrival multiplier must be greater than zero (no arrivals at all cannot be simulated).</source>
        <translation>el multiplicador de llegadas debe ser mayor que cero (no se puede simular sin ninguna llegada).</translation>
    </message>
    <message>
        <source>a duration factor must be greater than zero.</source>
        <translation>un factor de duración debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>no strategy explains this role (set its strategy, or give it a task in a process that has one).</source>
        <translation>ninguna estrategia explica este rol (defina su estrategia o asígnele una tarea en un proceso que tenga una).</translation>
    </message>
    <message>
        <source>the step is linked to no process.</source>
        <translation>el paso no está vinculado a ningún proceso.</translation>
    </message>
    <message>
        <source>no step needs this requirement and it names no process node.</source>
        <translation>ningún paso necesita este requisito y no nombra ningún nodo de proceso.</translation>
    </message>
    <message>
        <source>every %1 needs an id.</source>
        <translation>cada %1 necesita un id.</translation>
    </message>
    <message>
        <source>the id %1 is used by another %2.</source>
        <translation>el id %1 lo usa otro %2.</translation>
    </message>
    <message>
        <source>overlaps block %1; the blocks of a calendar must not overlap.</source>
        <translation>se solapa con el bloque %1; los bloques de un calendario no deben solaparse.</translation>
    </message>
    <message>
        <source>implausible headcount %1; at most %2 staff can be simulated.</source>
        <translation>dotación inverosímil: %1; se pueden simular como máximo %2 personas.</translation>
    </message>
</context>
<context>
    <name>VendorSpec</name>
    <message>
        <source>%1, live on the buyer&apos;s data</source>
        <translation>%1, en vivo con los datos del comprador</translation>
    </message>
    <message>
        <source>Requirement id</source>
        <translation>Id del requisito</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Weighted total (score × weight)</source>
        <translation>Total ponderado (puntuación × peso)</translation>
    </message>
    <message>
        <source>the scoring sheet is empty.</source>
        <translation>la hoja de puntuación está vacía.</translation>
    </message>
    <message>
        <source>the scoring sheet has no vendor columns after Weight.</source>
        <translation>la hoja de puntuación no tiene columnas de proveedor después de Weight.</translation>
    </message>
    <message>
        <source>column %1 of the first row names no vendor.</source>
        <translation>la columna %1 de la primera fila no nombra a ningún proveedor.</translation>
    </message>
    <message>
        <source>row %1: the project has no requirement %2.</source>
        <translation>fila %1: el proyecto no tiene ningún requisito %2.</translation>
    </message>
    <message>
        <source>row %1, column %2: a score is a whole number from 0 to 3, not “%3”.</source>
        <translation>fila %1, columna %2: una puntuación es un número entero de 0 a 3, no “%3”.</translation>
    </message>
    <message>
        <source>row %1: requirement %2 is scored twice.</source>
        <translation>fila %1: el requisito %2 está puntuado dos veces.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>run %1 of %2, scenario %3</source>
        <translation>ejecución %1 de %2, escenario %3</translation>
    </message>
    <message>
        <source>run %1 of %2, base model</source>
        <translation>ejecución %1 de %2, modelo base</translation>
    </message>
    <message>
        <source>%1: size for %2 new cases per hour on average.</source>
        <translation>%1: dimensionar para %2 casos nuevos por hora de media.</translation>
    </message>
    <message>
        <source>%1: size for a peak of %2 on duty at once; busiest hour from %3:00 at %4 busy.</source>
        <translation>%1: dimensionar para un pico de %2 personas de turno a la vez; hora de mayor carga a partir de las %3:00 con una ocupación de %4.</translation>
    </message>
    <message>
        <source>%1: size for a peak of %2 on duty at once.</source>
        <translation>%1: dimensionar para un pico de %2 personas de turno a la vez.</translation>
    </message>
    <message>
        <source>The constraint is %1 (%2 busy): its screens must stay fast at peak load.</source>
        <translation>La restricción es %1 (%2 de ocupación): sus pantallas deben seguir siendo rápidas en la carga máxima.</translation>
    </message>
    <message>
        <source>Vendor A</source>
        <translation>Proveedor A</translation>
    </message>
    <message>
        <source>Vendor B</source>
        <translation>Proveedor B</translation>
    </message>
    <message>
        <source>Vendor C</source>
        <translation>Proveedor C</translation>
    </message>
    <message>
        <source>Process control</source>
        <translation>Control de procesos</translation>
    </message>
    <message>
        <source>Information management</source>
        <translation>Gestión de la información</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>No funcional</translation>
    </message>
    <message>
        <source>Must</source>
        <translation>Must</translation>
    </message>
    <message>
        <source>Should</source>
        <translation>Should</translation>
    </message>
    <message>
        <source>Could</source>
        <translation>Could</translation>
    </message>
    <message>
        <source>Won&apos;t</source>
        <translation>Won&apos;t</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation>Cuestionada</translation>
    </message>
    <message>
        <source>very unhappy</source>
        <translation>muy insatisfecho</translation>
    </message>
    <message>
        <source>unhappy</source>
        <translation>insatisfecho</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>happy</source>
        <translation>satisfecho</translation>
    </message>
    <message>
        <source>delighted</source>
        <translation>encantado</translation>
    </message>
    <message>
        <source>MUST</source>
        <translation>MUST</translation>
    </message>
    <message>
        <source>OFFLINE / FIELD</source>
        <translation>SIN CONEXIÓN / CAMPO</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>Aceptación:</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>por acordar</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Recommended remedy:</source>
        <translation>Solución recomendada:</translation>
    </message>
    <message>
        <source>The organisation change</source>
        <translation>El cambio organizativo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Gives up</source>
        <translation>Deja</translation>
    </message>
    <message>
        <source>Takes on</source>
        <translation>Asume</translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation>Impulsado por</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>Proceso: %1</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Estrategia:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation>Dolor:</translation>
    </message>
    <message>
        <source>Across the process</source>
        <translation>En todo el proceso</translation>
    </message>
    <message>
        <source>Sizing from simulation</source>
        <translation>Dimensionamiento a partir de la simulación</translation>
    </message>
    <message>
        <source>No simulation results are stored with the project; no sizing is stated.</source>
        <translation>El proyecto no tiene resultados de simulación guardados; no se indica ningún dimensionamiento.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Proof-of-concept scripts</source>
        <translation>Guiones de prueba de concepto</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation>Recorrido:</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proceso:</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minutos:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Role and task</source>
        <translation>Rol y tarea</translation>
    </message>
    <message>
        <source>Buyer&apos;s data</source>
        <translation>Datos del comprador</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation>Hoja de puntuación</translation>
    </message>
    <message>
        <source>knocked out: a Must scored 0</source>
        <translation>eliminado: un Must puntuado con 0</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Trazabilidad</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Requirements no step needs</source>
        <translation>Requisitos que ningún paso necesita</translation>
    </message>
    <message>
        <source>None: every requirement is needed by a process step.</source>
        <translation>Ninguno: todos los requisitos los necesita algún paso de proceso.</translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification: %1</source>
        <translation>Especificación de prueba de concepto para proveedores: %1</translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification</source>
        <translation>Especificación de prueba de concepto para proveedores</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Users on duty per role by hour</source>
        <translation>Usuarios de turno por rol y hora</translation>
    </message>
    <message>
        <source>The most users of each role on duty at once in each hour of the day; the peak in bold where staffing changes during the day, the shade darker the busier they were.</source>
        <translation>El máximo de usuarios de cada rol de turno a la vez en cada hora del día; el pico en negrita cuando la dotación cambia a lo largo del día, y el sombreado más oscuro cuanto mayor es la ocupación.</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>%1: size for concurrent open cases, %2 at the peak (in the hour from %3:00).</source>
        <translation>%1: dimensionar para casos abiertos simultáneos, %2 en el pico (en la hora a partir de las %3:00).</translation>
    </message>
</context>
<context>
    <name>YamlLimits</name>
    <message>
        <source>the file is %1 MB; project files are read up to %2 MB.</source>
        <translation>el archivo ocupa %1 MB; los archivos de proyecto se leen hasta %2 MB.</translation>
    </message>
    <message>
        <source>line %1 nests deeper than %2 levels; project files nest far less.</source>
        <translation>la línea %1 se anida a más de %2 niveles; los archivos de proyecto se anidan mucho menos.</translation>
    </message>
    <message>
        <source>the file expands to more than %1 values (aliases count each time they are used); project files are read up to that.</source>
        <translation>el archivo se expande a más de %1 valores (los alias cuentan cada vez que se usan); los archivos de proyecto se leen hasta ese límite.</translation>
    </message>
    <message>
        <source>the file nests deeper than %1 levels.</source>
        <translation>el archivo se anida a más de %1 niveles.</translation>
    </message>
    <message>
        <source>the file expands to more than %1 MB of text (aliases count each time they are used); project files are read up to that.</source>
        <translation>el archivo se expande a más de %1 MB de texto (los alias cuentan cada vez que se usan); los archivos de proyecto se leen hasta ese límite.</translation>
    </message>
</context>
<context>
    <name>YamlMigration</name>
    <message>
        <source>No upgrade is known from %1 to %2.</source>
        <translation>No se conoce ninguna actualización de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>un mapa</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>should be a map of keys and values, not %1.</source>
        <translation>debe ser un mapa de claves y valores, no %1.</translation>
    </message>
    <message>
        <source>is required but missing.</source>
        <translation>es obligatorio pero falta.</translation>
    </message>
    <message>
        <source>should be %1, not %2.</source>
        <translation>debe ser %1, no %2.</translation>
    </message>
    <message>
        <source>%1 is not a known value; use one of: %2.</source>
        <translation>%1 no es un valor conocido; use uno de: %2.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a whole number of zero or more</source>
        <translation>un número entero igual o mayor que cero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>should be text, not %1.</source>
        <translation>debe ser texto, no %1.</translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>una lista de números</translation>
    </message>
    <message>
        <source>should hold numbers only, not %1.</source>
        <translation>debe contener solo números, no %1.</translation>
    </message>
    <message>
        <source>appears twice in the same map; only the first is used.</source>
        <translation>aparece dos veces en el mismo mapa; solo se usa el primero.</translation>
    </message>
    <message>
        <source>is not a known key here and is ignored.</source>
        <translation>no es una clave conocida aquí y se ignora.</translation>
    </message>
    <message>
        <source>should be a list, not %1.</source>
        <translation>debe ser una lista, no %1.</translation>
    </message>
    <message>
        <source>has no format header; reading it as %1.</source>
        <translation>no tiene cabecera de formato; se lee como %1.</translation>
    </message>
    <message>
        <source>%1 is not an Outside-In Studio format; expected %2.</source>
        <translation>%1 no es un formato de Outside-In Studio; se esperaba %2.</translation>
    </message>
    <message>
        <source>the file is %1, written by a newer Outside-In Studio; this version reads up to %2.</source>
        <translation>el archivo es %1, escrito por una versión más reciente de Outside-In Studio; esta versión lee hasta %2.</translation>
    </message>
    <message>
        <source>the file is not valid YAML: %1.</source>
        <translation>el archivo no es YAML válido: %1.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>the file should be a map with format, project, roles, processes... at the top, not %1.</source>
        <translation>el archivo debe ser un mapa con format, project, roles, processes... en el nivel superior, no %1.</translation>
    </message>
    <message>
        <source>the file has no project section with the project&apos;s name.</source>
        <translation>el archivo no tiene ninguna sección project con el nombre del proyecto.</translation>
    </message>
    <message>
        <source>the file could not be read: %1.</source>
        <translation>no se ha podido leer el archivo: %1.</translation>
    </message>
    <message>
        <source>should be an id, not %1.</source>
        <translation>debe ser un id, no %1.</translation>
    </message>
    <message>
        <source>give either add (extra staff) or headcount (staff in the window), not both or neither.</source>
        <translation>indique add (personal adicional) o headcount (dotación en la ventana), no ambos ni ninguno.</translation>
    </message>
    <message>
        <source>a window needs both from and to.</source>
        <translation>una ventana necesita tanto from como to.</translation>
    </message>
    <message>
        <source>should be a whole number, not %1.</source>
        <translation>debe ser un número entero, no %1.</translation>
    </message>
    <message>
        <source>should be a number, not %1.</source>
        <translation>debe ser un número, no %1.</translation>
    </message>
    <message>
        <source>should be a whole number from 0 to 3, not %1.</source>
        <translation>debe ser un número entero de 0 a 3, no %1.</translation>
    </message>
</context>
<context>
    <name>oi::app</name>
    <message>
        <source>outsidein: --export %1: unknown kind; this version exports %2.
</source>
        <translation>outsidein: --export %1: tipo desconocido; esta versión exporta %2.
</translation>
    </message>
    <message>
        <source>outsidein: --export %1: %2 is not a format it writes; use %3.
</source>
        <translation>outsidein: --export %1: %2 no es un formato que pueda escribir; use %3.
</translation>
    </message>
    <message>
        <source>outsidein: %1 could not be opened; nothing was exported.
</source>
        <translation>outsidein: no se ha podido abrir %1; no se ha exportado nada.
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
        <translation>Especificación de prueba de concepto para proveedores: %1</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>no se puede escribir %1.</translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification · version %1</source>
        <translation>Especificación de prueba de concepto para proveedores · versión %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>the studio writes the specification as .html or .pdf; outsidein-cli export spec writes .md, .json and .csv.</source>
        <translation>la aplicación escribe la especificación como .html o .pdf; outsidein-cli export spec escribe .md, .json y .csv.</translation>
    </message>
    <message>
        <source>outsidein: --export spec: %1
</source>
        <translation>outsidein: --export spec: %1
</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Esta compilación no incluye la guía del usuario.</translation>
    </message>
    <message>
        <source>Outside-In Studio User Guide</source>
        <translation>Guía del usuario de Outside-In Studio</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>oi::app::Autosaver</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation>No se puede crear la carpeta de autoguardado %1.</translation>
    </message>
</context>
<context>
    <name>oi::app::DocumentManager</name>
    <message>
        <source>%1 is open in %2; only that instance saves to it.</source>
        <translation>%1 está abierto en %2; solo esa instancia guarda en él.</translation>
    </message>
    <message>
        <source>The bundled file could not be read.</source>
        <translation>No se ha podido leer el archivo incluido.</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>%1 is open read-only, because %2 has it open; save it under another name.</source>
        <translation>%1 está abierto en modo de solo lectura porque %2 lo tiene abierto; guárdelo con otro nombre.</translation>
    </message>
</context>
<context>
    <name>oi::app::EventLogWizard</name>
    <message>
        <source>Import Event Log</source>
        <translation>Importar registro de eventos</translation>
    </message>
    <message>
        <source>&amp;Add to Project</source>
        <translation>&amp;Añadir al proyecto</translation>
    </message>
    <message>
        <source>Import Event Log %1</source>
        <translation>Importar registro de eventos %1</translation>
    </message>
    <message>
        <source>The draft from the event log is in the project; Undo takes it out again.</source>
        <translation>El borrador del registro de eventos está en el proyecto; Deshacer lo quita de nuevo.</translation>
    </message>
</context>
<context>
    <name>oi::app::FitChart</name>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>%1: no durations observed</source>
        <translation>%1: no se ha observado ninguna duración</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Observado: %1</translation>
    </message>
    <message>
        <source>1 duration</source>
        <translation>1 duración</translation>
    </message>
    <message numerus="yes">
        <source>%n durations</source>
        <translation>
            <numerusform>%n duraciones</numerusform>
            <numerusform>%n duraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Fitted: expected cases per bar</source>
        <translation>Ajustado: casos esperados por barra</translation>
    </message>
    <message>
        <source>Duration (%1)</source>
        <translation>Duración (%1)</translation>
    </message>
    <message>
        <source>%1: observed durations and the fitted distribution</source>
        <translation>%1: duraciones observadas y distribución ajustada</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
</context>
<context>
    <name>oi::app::LogFilePage</name>
    <message>
        <source>Choose the Event Log</source>
        <translation>Elija el registro de eventos</translation>
    </message>
    <message>
        <source>An export from a CRM, ticketing, web-analytics or call-centre system: one row per activity of a case, with the case, the activity and when it happened.</source>
        <translation>Una exportación de un sistema CRM, de tickets, de analítica web o de centro de llamadas: una fila por actividad de un caso, con el caso, la actividad y cuándo ocurrió.</translation>
    </message>
    <message>
        <source>A .csv or .xes file</source>
        <translation>Un archivo .csv o .xes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CSV&lt;/b&gt;: the next page shows the columns and the first rows as read; columns named as process-mining tools name them (case:concept:name, concept:name, time:timestamp, org:resource, lifecycle:transition) and common names such as Case ID, Activity or Start Time are recognised by themselves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;XES&lt;/b&gt; (IEEE 1849) logs are read with their standard extensions: concept, time, lifecycle and org.&lt;/p&gt;&lt;p&gt;Nothing in the project changes until you press &lt;i&gt;Add to Project&lt;/i&gt; at the end, and then as one step you can undo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CSV&lt;/b&gt;: la página siguiente muestra las columnas y las primeras filas tal como se leen; las columnas con los nombres que usan las herramientas de process mining (case:concept:name, concept:name, time:timestamp, org:resource, lifecycle:transition) y los nombres habituales como Case ID, Activity o Start Time se reconocen automáticamente.&lt;/p&gt;&lt;p&gt;Los registros &lt;b&gt;XES&lt;/b&gt; (IEEE 1849) se leen con sus extensiones estándar: concept, time, lifecycle y org.&lt;/p&gt;&lt;p&gt;Nada cambia en el proyecto hasta que pulse &lt;i&gt;Añadir al proyecto&lt;/i&gt; al final, y entonces como un solo paso que puede deshacer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Log file:</source>
        <translation>Archivo de &amp;registro:</translation>
    </message>
    <message>
        <source>Survey or complaint &amp;records (optional):</source>
        <translation>Registros de encuestas o &amp;reclamaciones (opcional):</translation>
    </message>
    <message>
        <source>A .csv with the case or customer, the step, a score (CSAT, NPS, …) and a comment</source>
        <translation>Un .csv con el caso o el cliente, el paso, una puntuación (CSAT, NPS, …) y un comentario</translation>
    </message>
    <message>
        <source>Sets each step&apos;s observed emotion from the scores, and offers the comments of low scores as pain points.</source>
        <translation>Fija la emoción observada de cada paso a partir de las puntuaciones y ofrece los comentarios de las puntuaciones bajas como puntos de dolor.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Survey or Complaint Records</source>
        <translation>Registros de encuestas o reclamaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no file by that name.</source>
        <translation>No hay ningún archivo con ese nombre.</translation>
    </message>
    <message>
        <source>%1, %2: read as %3.</source>
        <translation>%1, %2: leído como %3.</translation>
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
        <translation>Importar registro de eventos</translation>
    </message>
    <message>
        <source>Event logs (*.csv *.xes *.txt);;CSV files (*.csv *.txt);;XES files (*.xes);;All files (*)</source>
        <translation>Registros de eventos (*.csv *.xes *.txt);;Archivos CSV (*.csv *.txt);;Archivos XES (*.xes);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>oi::app::LogImportJob</name>
    <message>
        <source>The file holds no events that could be read.</source>
        <translation>El archivo no contiene ningún evento legible.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>oi::app::LogImportPage</name>
    <message>
        <source>Read as %1, times as %2.</source>
        <translation>Leído como %1, marcas de tiempo como %2.</translation>
    </message>
    <message>
        <source>%1 of %2 and %3; %4 and %5 named.</source>
        <translation>%1 de %2 y %3; %4 y %5 identificados.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n eventos</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n casos</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 actividad</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n actividades</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation>1 recurso</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n recursos</numerusform>
            <numerusform>%n recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 channel</source>
        <translation>1 canal</translation>
    </message>
    <message numerus="yes">
        <source>%n channels</source>
        <translation>
            <numerusform>%n canales</numerusform>
            <numerusform>%n canales</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed over: %1 other than start, complete and abort (schedule, suspend, …).</source>
        <translation>Pasados por alto: %1 distintas de start, complete y abort (schedule, suspend, …).</translation>
    </message>
    <message>
        <source>1 lifecycle transition</source>
        <translation>1 transición de ciclo de vida</translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle transitions</source>
        <translation>
            <numerusform>%n transiciones de ciclo de vida</numerusform>
            <numerusform>%n transiciones de ciclo de vida</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1 never completed.</source>
        <translation>Omitidos: %1 nunca completados.</translation>
    </message>
    <message>
        <source>1 start</source>
        <translation>1 inicio</translation>
    </message>
    <message numerus="yes">
        <source>%n starts</source>
        <translation>
            <numerusform>%n inicios</numerusform>
            <numerusform>%n inicios</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The log is read, its paths discovered and each task&apos;s duration fitted. The window stays responsive meanwhile; Stop ends the import at any time.</source>
        <translation>Se lee el registro, se descubren sus caminos y se ajusta la duración de cada tarea. Mientras tanto la ventana sigue respondiendo; Detener termina la importación en cualquier momento.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Simulating the draft to compare it with the log…</source>
        <translation>Simulando el borrador para compararlo con el registro…</translation>
    </message>
    <message>
        <source>Discovering the paths and fitting the durations…</source>
        <translation>Descubriendo los caminos y ajustando las duraciones…</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was added to the project. Go back to start it again.</source>
        <translation>La importación se ha detenido; no se ha añadido nada al proyecto. Vuelva atrás para iniciarla de nuevo.</translation>
    </message>
    <message>
        <source>The log cannot be imported: %1</source>
        <translation>No se puede importar el registro: %1</translation>
    </message>
    <message>
        <source>Read. Press Next to see what was found.</source>
        <translation>Leído. Pulse Siguiente para ver lo encontrado.</translation>
    </message>
    <message>
        <source>Rows left out of the import because they could not be read: %1.</source>
        <translation>Filas omitidas de la importación porque no se pudieron leer: %1.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n filas</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Se listan las %1 primeras.</translation>
    </message>
    <message>
        <source>(the row)</source>
        <translation>(la fila)</translation>
    </message>
</context>
<context>
    <name>oi::app::LogMappingPage</name>
    <message>
        <source>Say Which Column Holds What</source>
        <translation>Indique qué contiene cada columna</translation>
    </message>
    <message>
        <source>Columns the studio recognised are chosen already. The table below shows the first rows as the import will read them.</source>
        <translation>Las columnas que la aplicación ha reconocido ya están elegidas. La tabla siguiente muestra las primeras filas tal como las leerá la importación.</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Caso:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>Completed &amp;at:</source>
        <translation>&amp;Finalizada:</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Iniciada:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>Ciclo de &amp;vida:</translation>
    </message>
    <message>
        <source>&amp;Resource or role:</source>
        <translation>&amp;Recurso o rol:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <source>C&amp;ustomer or segment:</source>
        <translation>Cli&amp;ente o segmento:</translation>
    </message>
    <message>
        <source>When each activity was completed (or the only time the log gives).</source>
        <translation>Cuándo se completó cada actividad (o la única marca de tiempo que da el registro).</translation>
    </message>
    <message>
        <source>When the work began; with it durations are service times and headcounts come from the work in progress.</source>
        <translation>Cuándo empezó el trabajo; con ella, las duraciones son tiempos de servicio y las dotaciones se obtienen del trabajo en curso.</translation>
    </message>
    <message>
        <source>A start/complete column, as XES logs have, instead of a start time.</source>
        <translation>Una columna start/complete, como la de los registros XES, en lugar de una hora de inicio.</translation>
    </message>
    <message>
        <source>As Qt writes formats: dd day, MM month, yyyy year, HH hour, mm minute, ss second; or iso, epoch (seconds) and epoch-ms.</source>
        <translation>Como Qt escribe los formatos: dd día, MM mes, yyyy año, HH hora, mm minuto, ss segundo; o iso, epoch (segundos) y epoch-ms.</translation>
    </message>
    <message>
        <source>As the log says (UTC where it does not)</source>
        <translation>Como indique el registro (UTC si no indica nada)</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>&amp;Formato de hora:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Numbers to keep per step (contacts, amount, …):</source>
        <translation>&amp;Números que conservar por paso (contactos, importe, …):</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <source>th percentile</source>
        <translation>.º percentil</translation>
    </message>
    <message>
        <source>Normal &amp;range of a metric:</source>
        <translation>&amp;Rango normal de una métrica:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Every case, unless the log says it was abandoned</source>
        <translation>Todos los casos, salvo que el registro indique que se abandonaron</translation>
    </message>
    <message>
        <source>The activities, separated by commas, that finish a case. Cases that end elsewhere count as abandoned: they give the draft its customers&apos; patience.</source>
        <translation>Las actividades, separadas por comas, que terminan un caso. Los casos que terminan en otro punto cuentan como abandonados: dan al borrador la paciencia de sus clientes.</translation>
    </message>
    <message>
        <source>Cases are &amp;done at:</source>
        <translation>Los casos &amp;terminan en:</translation>
    </message>
    <message>
        <source>A journey &amp;stage every:</source>
        <translation>Una &amp;etapa del recorrido cada:</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>El borrador</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>Elija una columna…</translation>
    </message>
    <message>
        <source>(not in the log)</source>
        <translation>(no está en el registro)</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(detectado)</translation>
    </message>
    <message>
        <source>Some of the first rows cannot be read; the first: %1</source>
        <translation>Algunas de las primeras filas no se pueden leer; la primera: %1</translation>
    </message>
    <message>
        <source>Read as %1, times as %2.</source>
        <translation>Leído como %1, marcas de tiempo como %2.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>oi::app::LogPreview</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>oi::app::LogResultsPage</name>
    <message>
        <source>very good (%1 apart at most)</source>
        <translation>muy bueno (diferencia máxima de %1)</translation>
    </message>
    <message>
        <source>good (%1 apart at most)</source>
        <translation>bueno (diferencia máxima de %1)</translation>
    </message>
    <message>
        <source>fair (%1 apart at most)</source>
        <translation>aceptable (diferencia máxima de %1)</translation>
    </message>
    <message>
        <source>poor (%1 apart at most)</source>
        <translation>deficiente (diferencia máxima de %1)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Times observed</source>
        <translation>Tiempos observados</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Goodness of fit</source>
        <translation>Bondad del ajuste</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Camino</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Share of the way out</source>
        <translation>Proporción de las salidas</translation>
    </message>
    <message>
        <source>Mean time between</source>
        <translation>Tiempo medio entre ambas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Dotación</translation>
    </message>
    <message>
        <source>People in the log</source>
        <translation>Personas en el registro</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Rango normal</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Outside the range</source>
        <translation>Fuera del rango</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Puntuación media</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Pain-point candidates</source>
        <translation>Posibles puntos de dolor</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>In the log</source>
        <translation>En el registro</translation>
    </message>
    <message>
        <source>The draft simulated</source>
        <translation>El borrador simulado</translation>
    </message>
    <message>
        <source>What the Log Says</source>
        <translation>Lo que dice el registro</translation>
    </message>
    <message>
        <source>Check the draft before it is added. Add to Project puts the process, the journey and the roles into the open project as one step you can undo, and opens them.</source>
        <translation>Revise el borrador antes de añadirlo. Añadir al proyecto incorpora el proceso, el recorrido y los roles al proyecto abierto como un solo paso que puede deshacer, y los abre.</translation>
    </message>
    <message>
        <source>&amp;Durations</source>
        <translation>&amp;Duraciones</translation>
    </message>
    <message>
        <source>&amp;Paths</source>
        <translation>&amp;Caminos</translation>
    </message>
    <message>
        <source>Show the ways taken by at &amp;least</source>
        <translation>Mostrar los caminos seguidos por al &amp;menos</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>of the cases leaving an activity</source>
        <translation>de los casos que salen de una actividad</translation>
    </message>
    <message>
        <source>Directly &amp;Follows</source>
        <translation>Seguimiento &amp;directo</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <source>Normal &amp;Ranges</source>
        <translation>&amp;Rangos normales</translation>
    </message>
    <message>
        <source>F&amp;eedback</source>
        <translation>&amp;Opiniones</translation>
    </message>
    <message>
        <source>Draft &amp;beside the Log</source>
        <translation>&amp;Borrador junto al registro</translation>
    </message>
    <message>
        <source>%1 with %2 become the process “%3” with %4, the journey “%5” with %6 and %7.</source>
        <translation>%1 con %2 se convierten en el proceso “%3” con %4, el recorrido “%5” con %6 y %7.</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n casos</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n eventos</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tarea</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n tareas</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n pasos</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 rol</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n roles</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message>
        <source>as observed (no family fits well)</source>
        <translation>tal como se observó (ninguna familia se ajusta bien)</translation>
    </message>
    <message>
        <source>no times observed</source>
        <translation>no se ha observado ningún tiempo</translation>
    </message>
    <message>
        <source>From the activity&apos;s start to its completion.</source>
        <translation>Desde el inicio de la actividad hasta su finalización.</translation>
    </message>
    <message>
        <source>Since the case&apos;s previous activity ended (waiting included): the log has no start times for it.</source>
        <translation>Desde que terminó la actividad anterior del caso (espera incluida): el registro no tiene horas de inicio para ella.</translation>
    </message>
    <message>
        <source>The largest gap between the observed and the fitted share of durations up to any length (Kolmogorov–Smirnov distance %1).</source>
        <translation>La mayor diferencia entre la proporción observada y la ajustada de duraciones hasta cualquier longitud (distancia de Kolmogórov-Smirnov %1).</translation>
    </message>
    <message>
        <source>The log names no resources: headcounts are the work observed over the time, at 80 % utilisation.</source>
        <translation>El registro no nombra recursos: las dotaciones son el trabajo observado a lo largo del tiempo, con una utilización del 80 %.</translation>
    </message>
    <message>
        <source>The feedback was not applied: %1</source>
        <translation>No se han aplicado las opiniones: %1</translation>
    </message>
    <message>
        <source>%1 on a scale from %2 to %3 set the steps&apos; observed emotion; %4 matched no step.</source>
        <translation>%1 en una escala de %2 a %3 han fijado la emoción observada de los pasos; %4 no coincidieron con ningún paso.</translation>
    </message>
    <message>
        <source>1 response</source>
        <translation>1 respuesta</translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n respuestas</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft process was simulated (three replications of its settings) and is shown beside the log: where they differ, refine the draft in the process editor.</source>
        <translation>El proceso del borrador se ha simulado (tres réplicas con su configuración) y se muestra junto al registro: donde difieran, afine el borrador en el editor de procesos.</translation>
    </message>
    <message>
        <source>The draft could not be simulated to compare it with the log: %1</source>
        <translation>No se ha podido simular el borrador para compararlo con el registro: %1</translation>
    </message>
    <message>
        <source>(the case begins)</source>
        <translation>(empieza el caso)</translation>
    </message>
    <message>
        <source>(the case ends)</source>
        <translation>(termina el caso)</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each counted once however many of their activities overlap: the log has start and end times.</source>
        <translation>La dotación de cada rol es el máximo de personas de ese rol trabajando a la vez, cada una contada una sola vez por muchas actividades suyas que se solapen: el registro tiene horas de inicio y de fin.</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each activity taken to have been worked on for its median time since the case&apos;s previous activity, but not before the same person&apos;s previous completion: the log has completion times only.</source>
        <translation>La dotación de cada rol es el máximo de personas de ese rol trabajando a la vez; se supone que cada actividad se trabajó durante su tiempo mediano desde la actividad anterior del caso, pero no antes de la finalización anterior de la misma persona: el registro solo tiene horas de finalización.</translation>
    </message>
    <message>
        <source>%1 (headcount %2)</source>
        <translation>%1 (dotación %2)</translation>
    </message>
    <message>
        <source>Already in the project, and used as they are there, with their headcount, shifts and costs: %1.</source>
        <translation>Ya están en el proyecto y se usan tal como están allí, con su dotación, turnos y costes: %1.</translation>
    </message>
</context>
<context>
    <name>oi::app::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Error de autoguardado: %1</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>Abrir proyecto de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Event Log…</source>
        <translation>&amp;Registro de eventos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Validate Project</source>
        <translation>&amp;Validar proyecto</translation>
    </message>
    <message>
        <source>&amp;About Outside-In Studio</source>
        <translation>&amp;Acerca de Outside-In Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>&amp;Ejecutar simulación</translation>
    </message>
    <message>
        <source>S&amp;top Simulation</source>
        <translation>&amp;Detener simulación</translation>
    </message>
    <message>
        <source>&amp;Clear Results from the Map</source>
        <translation>&amp;Borrar resultados del mapa</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nuevo a partir de &amp;plantilla</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Estrategia</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>Recorrido del c&amp;liente</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Pro&amp;cess</source>
        <translation>Pro&amp;ceso</translation>
    </message>
    <message>
        <source>Re&amp;quirement</source>
        <translation>Re&amp;quisito</translation>
    </message>
    <message>
        <source>Sce&amp;nario</source>
        <translation>Esce&amp;nario</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Entity</source>
        <translation>&amp;Eliminar entidad seleccionada</translation>
    </message>
    <message>
        <source>Rename &amp;Id…</source>
        <translation>Cambiar &amp;id…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simular</translation>
    </message>
    <message>
        <source>&amp;Advise on the Constraint…</source>
        <translation>&amp;Analizar la restricción…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Outside-In Studio</source>
        <translation>Outside-In Studio</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>%1[*] — Outside-In Studio</source>
        <translation>%1[*] — Outside-In Studio</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Outside-In Studio</source>
        <translation>%1[*] — %2 — Outside-In Studio</translation>
    </message>
    <message>
        <source>%1  |  %2, %3</source>
        <translation>%1  |  %2, %3</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar lista</translation>
    </message>
    <message>
        <source>No templates installed</source>
        <translation>No hay plantillas instaladas</translation>
    </message>
    <message>
        <source>Open in the %1 View</source>
        <translation>Abrir en la vista %1</translation>
    </message>
    <message>
        <source>Selected %1 in the project tree.</source>
        <translation>Se ha seleccionado %1 en el árbol del proyecto.</translation>
    </message>
    <message>
        <source>About Outside-In Studio</source>
        <translation>Acerca de Outside-In Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Outside-In Studio %1&lt;/h3&gt;&lt;p&gt;Model how a company should serve its customers from the outside in: customer-centric strategy, the roles it redefines, the processes those roles run, and the requirements the processes put on CRM technology — with a discrete-event simulator that finds the constraint.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outside-In Studio %1&lt;/h3&gt;&lt;p&gt;Modele cómo debe servir una empresa a sus clientes de fuera hacia dentro: la estrategia centrada en el cliente, los roles que redefine, los procesos que ejecutan esos roles y los requisitos que los procesos imponen a la tecnología CRM, con un simulador de eventos discretos que encuentra la restricción.&lt;/p&gt;&lt;p&gt;Creado con Qt %2. Software libre bajo la GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outside-In projects (*.oistudio *.oi.yaml *.yaml *.yml);;Studio documents (*.oistudio);;YAML projects (*.oi.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Proyectos Outside-In (*.oistudio *.oi.yaml *.yaml *.yml);;Documentos de Studio (*.oistudio);;Proyectos YAML (*.oi.yaml *.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Project Already Open</source>
        <translation>El proyecto ya está abierto</translation>
    </message>
    <message>
        <source>%1 is open in %2.</source>
        <translation>%1 está abierto en %2.</translation>
    </message>
    <message>
        <source>Open it read-only? You can look at it and save it under another name, but only the other instance saves to this file.</source>
        <translation>¿Desea abrirlo en modo de solo lectura? Podrá consultarlo y guardarlo con otro nombre, pero solo la otra instancia guarda en este archivo.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en &amp;solo lectura</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Recuperar el trabajo no guardado</translation>
    </message>
    <message>
        <source>Outside-In Studio has an autosaved copy of %1 that is newer than the file. It holds changes that were not saved.

Open the recovered copy?</source>
        <translation>Outside-In Studio tiene una copia autoguardada de %1 más reciente que el archivo. Contiene cambios que no se guardaron.

¿Desea abrir la copia recuperada?</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se ha podido abrir %1</translation>
    </message>
    <message>
        <source>Recovered the unsaved work on %1; save to keep it.</source>
        <translation>Se ha recuperado el trabajo no guardado de %1; guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>Opened %1 read-only: %2 has it open.</source>
        <translation>Se ha abierto %1 en modo de solo lectura: %2 lo tiene abierto.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se ha abierto %1</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>No se ha podido abrir %1.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>%1 could not be saved. The file on disk is unchanged.

%2</source>
        <translation>No se ha podido guardar %1. El archivo en disco no ha cambiado.

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>Studio document (*.oistudio);;YAML project, for git and hand editing (*.oi.yaml)</source>
        <translation>Documento de Studio (*.oistudio);;Proyecto YAML, para git y edición manual (*.oi.yaml)</translation>
    </message>
    <message>
        <source>%1 could not be saved.

%2</source>
        <translation>No se ha podido guardar %1.

%2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.
Do you want to save them?</source>
        <translation>%1 tiene cambios sin guardar.
¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>Review &amp;Deck (PDF)…</source>
        <translation>&amp;Presentación de la revisión (PDF)…</translation>
    </message>
    <message>
        <source>Export Review Deck</source>
        <translation>Exportar presentación de la revisión</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revision</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the review deck to %1</source>
        <translation>Se ha escrito la presentación de la revisión en %1</translation>
    </message>
    <message>
        <source>Vendor &amp;Specification…</source>
        <translation>&amp;Especificación para proveedores…</translation>
    </message>
    <message>
        <source>Responsi&amp;bility</source>
        <translation>Responsa&amp;bilidad</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenida</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Empezar un proyecto vacío</translation>
    </message>
    <message>
        <source>Open a project file (.oistudio or .oi.yaml)</source>
        <translation>Abrir un archivo de proyecto (.oistudio u .oi.yaml)</translation>
    </message>
    <message>
        <source>Open the bundled sample project, a broadband provider, as a new unsaved project</source>
        <translation>Abrir el proyecto de ejemplo incluido, un proveedor de banda ancha, como un proyecto nuevo sin guardar</translation>
    </message>
    <message>
        <source>Save the project to its file</source>
        <translation>Guardar el proyecto en su archivo</translation>
    </message>
    <message>
        <source>Save the project under a new name or format</source>
        <translation>Guardar el proyecto con otro nombre o formato</translation>
    </message>
    <message>
        <source>Turn an event log (CSV or XES) into a draft journey, process and roles</source>
        <translation>Convertir un registro de eventos (CSV o XES) en un borrador de recorrido, proceso y roles</translation>
    </message>
    <message>
        <source>Close the studio, offering to save unsaved work</source>
        <translation>Cerrar la aplicación, con la opción de guardar el trabajo no guardado</translation>
    </message>
    <message>
        <source>Check the whole project and list every problem in the Problems panel</source>
        <translation>Comprobar todo el proyecto y listar cada problema en el panel Problemas</translation>
    </message>
    <message>
        <source>The studio&apos;s version and licence</source>
        <translation>La versión y la licencia de la aplicación</translation>
    </message>
    <message>
        <source>The version of Qt the studio is built with</source>
        <translation>La versión de Qt con la que se ha compilado la aplicación</translation>
    </message>
    <message>
        <source>Simulate the chosen scenario and show throughput, waits and the constraint</source>
        <translation>Simular el escenario elegido y mostrar el rendimiento, las esperas y la restricción</translation>
    </message>
    <message>
        <source>Stop the simulation that is running</source>
        <translation>Detener la simulación en curso</translation>
    </message>
    <message>
        <source>Take the simulated figures off the journey map and the process diagram</source>
        <translation>Retirar las cifras simuladas del mapa del recorrido y del diagrama de proceso</translation>
    </message>
    <message>
        <source>Use the whole screen for the studio</source>
        <translation>Usar toda la pantalla para la aplicación</translation>
    </message>
    <message>
        <source>Language, theme, autosave, simulation defaults, units and export settings</source>
        <translation>Idioma, tema, autoguardado, valores predeterminados de simulación, unidades y opciones de exportación</translation>
    </message>
    <message>
        <source>Show the welcome page: the sample, the templates and recent projects</source>
        <translation>Mostrar la página de bienvenida: el ejemplo, las plantillas y los proyectos recientes</translation>
    </message>
    <message>
        <source>Present the project to executives and record their decisions</source>
        <translation>Presentar el proyecto a los directivos y registrar sus decisiones</translation>
    </message>
    <message>
        <source>Save the executive review as a PDF deck, one slide per screen</source>
        <translation>Guardar la revisión ejecutiva como presentación PDF, una diapositiva por pantalla</translation>
    </message>
    <message>
        <source>Preview and save the vendor proof-of-concept specification</source>
        <translation>Previsualizar y guardar la especificación de prueba de concepto para proveedores</translation>
    </message>
    <message>
        <source>Find what would relieve the constraint, with its cost and the goals it meets</source>
        <translation>Encontrar qué aliviaría la restricción, con su coste y los objetivos que cumple</translation>
    </message>
    <message>
        <source>Read the user guide, offline</source>
        <translation>Leer la guía del usuario, sin conexión</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the studio</source>
        <translation>Todos los atajos de teclado de la aplicación</translation>
    </message>
    <message>
        <source>Delete the strategy, role, process or other item selected</source>
        <translation>Eliminar la estrategia, el rol, el proceso u otro elemento seleccionado</translation>
    </message>
    <message>
        <source>Change the id of the selected item everywhere it is used</source>
        <translation>Cambiar el id del elemento seleccionado en todos los lugares donde se usa</translation>
    </message>
    <message>
        <source>Click on any part of the window to learn what it is</source>
        <translation>Haga clic en cualquier parte de la ventana para saber qué es</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Deshacer la última edición</translation>
    </message>
    <message>
        <source>Redo the edit last undone</source>
        <translation>Rehacer la última edición deshecha</translation>
    </message>
    <message>
        <source>Everything in the project by kind: strategies, personas, journeys, roles, processes, requirements and scenarios. Double-click an item to open it in its editor; the context menu adds, renames and deletes.</source>
        <translation>Todo el contenido del proyecto por tipo: estrategias, personas, recorridos, roles, procesos, requisitos y escenarios. Haga doble clic en un elemento para abrirlo en su editor; el menú contextual permite añadir, cambiar el nombre y eliminar.</translation>
    </message>
    <message>
        <source>The selected item&apos;s details, ready to edit. Every change can be undone (Ctrl+Z).</source>
        <translation>Los detalles del elemento seleccionado, listos para editar. Todos los cambios se pueden deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Every edit of this session, newest last. Click an earlier line to go back to that point; click a later one to redo.</source>
        <translation>Todas las ediciones de esta sesión, la más reciente al final. Haga clic en una línea anterior para volver a ese punto; haga clic en una posterior para rehacer.</translation>
    </message>
    <message>
        <source>Run the simulation: choose a scenario and the number of replications, then Run (F5). The figures appear on the Results tab, the journey map and the process diagram.</source>
        <translation>Ejecute la simulación: elija un escenario y el número de réplicas y pulse Ejecutar (F5). Las cifras aparecen en la pestaña Resultados, en el mapa del recorrido y en el diagrama de proceso.</translation>
    </message>
    <message>
        <source>What the project&apos;s check found: errors that stop a simulation and warnings worth a look. Double-click a problem to go to the item it is about.</source>
        <translation>Lo que ha encontrado la comprobación del proyecto: errores que impiden simular y advertencias que conviene revisar. Haga doble clic en un problema para ir al elemento al que se refiere.</translation>
    </message>
    <message>
        <source>Project contents</source>
        <translation>Contenido del proyecto</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historial de ediciones</translation>
    </message>
    <message>
        <source>Add a customer-centric strategy with its goals and KPIs</source>
        <translation>Añadir una estrategia centrada en el cliente con sus objetivos y KPI</translation>
    </message>
    <message>
        <source>Add a persona, a customer the journeys follow</source>
        <translation>Añadir una persona, un cliente cuyos recorridos se siguen</translation>
    </message>
    <message>
        <source>Add a customer journey to map</source>
        <translation>Añadir un recorrido del cliente para mapear</translation>
    </message>
    <message>
        <source>Add a role, as-is or to-be</source>
        <translation>Añadir un rol, actual o futuro</translation>
    </message>
    <message>
        <source>Add a responsibility a role takes on</source>
        <translation>Añadir una responsabilidad que asume un rol</translation>
    </message>
    <message>
        <source>Add a work process to design</source>
        <translation>Añadir un proceso de trabajo para diseñar</translation>
    </message>
    <message>
        <source>Add a requirement on CRM technology</source>
        <translation>Añadir un requisito sobre la tecnología CRM</translation>
    </message>
    <message>
        <source>Add a what-if scenario to simulate</source>
        <translation>Añadir un escenario hipotético (what-if) para simular</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
</context>
<context>
    <name>oi::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Si&amp;mulation</source>
        <translation>Si&amp;mulación</translation>
    </message>
    <message>
        <source>&amp;Units and Export</source>
        <translation>&amp;Unidades y exportación</translation>
    </message>
    <message>
        <source>Settings for you on this computer, the same for every project.</source>
        <translation>Ajustes personales en este equipo, iguales para todos los proyectos.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Según el sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when the studio next starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved work is written; a crash loses at most this</source>
        <translation>Con qué frecuencia se escribe una copia de recuperación del trabajo no guardado; un bloqueo pierde como máximo este tiempo</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Autoguardado cada:</translation>
    </message>
    <message>
        <source>Show the &amp;welcome page at startup</source>
        <translation>Mostrar la página de &amp;bienvenida al iniciar</translation>
    </message>
    <message>
        <source>What a new project&apos;s simulation settings and the Simulation panel start with. A project you open keeps its own settings.</source>
        <translation>Los valores con los que empiezan los ajustes de simulación de un proyecto nuevo y el panel Simulación. Un proyecto que se abre conserva sus propios ajustes.</translation>
    </message>
    <message>
        <source>&amp;Replications:</source>
        <translation>&amp;Réplicas:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>How long each replication runs after its warm-up</source>
        <translation>Cuánto dura cada réplica después de su calentamiento</translation>
    </message>
    <message>
        <source>Run &amp;length:</source>
        <translation>&amp;Duración de la ejecución:</translation>
    </message>
    <message>
        <source>The start-up left out of every figure, while queues fill from empty</source>
        <translation>El arranque que se excluye de todas las cifras, mientras las colas se llenan desde vacías</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>&amp;Calentamiento:</translation>
    </message>
    <message>
        <source>The same seed gives the same figures, on every computer</source>
        <translation>La misma semilla da las mismas cifras en cualquier equipo</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>exactly the replications above</source>
        <translation>exactamente las réplicas indicadas arriba</translation>
    </message>
    <message>
        <source>until ± %1 % of the mean</source>
        <translation>hasta ± %1 % de la media</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Precisión:</translation>
    </message>
    <message>
        <source>How figures read in the studio, and what exports start with.</source>
        <translation>Cómo se muestran las cifras en la aplicación y con qué empiezan las exportaciones.</translation>
    </message>
    <message>
        <source>In the unit that reads best (35 s, 3 h 20 min, 2.2 days)</source>
        <translation>En la unidad que mejor se lee (35 s, 3 h 20 min, 2,2 días)</translation>
    </message>
    <message>
        <source>Always in minutes</source>
        <translation>Siempre en minutos</translation>
    </message>
    <message>
        <source>Always in hours</source>
        <translation>Siempre en horas</translation>
    </message>
    <message>
        <source>Always in days</source>
        <translation>Siempre en días</translation>
    </message>
    <message>
        <source>&amp;Durations:</source>
        <translation>&amp;Duraciones:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>150 dpi suits slides; 300 dpi suits print</source>
        <translation>150 ppp es adecuado para diapositivas; 300 ppp, para impresión</translation>
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation>&amp;Resolución PNG:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Vendor specification page:</source>
        <translation>Página de la especificación para &amp;proveedores:</translation>
    </message>
</context>
<context>
    <name>oi::app::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se han encontrado problemas.</translation>
    </message>
</context>
<context>
    <name>oi::app::ProcessesView</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Decision (xor)</source>
        <translation>Decisión (xor)</translation>
    </message>
    <message>
        <source>Parallel split</source>
        <translation>División paralela</translation>
    </message>
    <message>
        <source>Parallel join</source>
        <translation>Unión paralela</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>uniform %1–%2</source>
        <translation>uniforme %1–%2</translation>
    </message>
    <message>
        <source>triangular %1/%2/%3</source>
        <translation>triangular %1/%2/%3</translation>
    </message>
    <message>
        <source>exponential, mean %1</source>
        <translation>exponencial, media %1</translation>
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
        <translation>gamma %1 ± %2</translation>
    </message>
    <message>
        <source>Erlang-%1, mean %2</source>
        <translation>Erlang-%1, media %2</translation>
    </message>
    <message numerus="yes">
        <source>empirical (%n values)</source>
        <translation>
            <numerusform>empírica (%n valor)</numerusform>
            <numerusform>empírica (%n valores)</numerusform>
        </translation>
    </message>
    <message>
        <source>Process / step</source>
        <translation>Proceso / paso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Realizado por</translation>
    </message>
    <message>
        <source>Time (arrivals: between cases)</source>
        <translation>Tiempo (llegadas: entre casos)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
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
        <translation>días</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n pasos</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peaky arrivals (%n periods)</source>
        <translation>
            <numerusform>llegadas con picos (%n periodo)</numerusform>
            <numerusform>llegadas con picos (%n periodos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Processes&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every process of the project at a glance: its steps in flow order, the role that performs each task and the time it takes. The page is read-only: draw a process on the Process tab.&lt;/p&gt;&lt;p&gt;Processes linked to what is selected elsewhere are highlighted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Procesos&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Todos los procesos del proyecto de un vistazo: sus pasos en el orden del flujo, el rol que realiza cada tarea y el tiempo que requiere. La página es de solo lectura: dibuje un proceso en la pestaña Proceso.&lt;/p&gt;&lt;p&gt;Los procesos vinculados a lo seleccionado en otro lugar aparecen resaltados.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::app::ProjectTree</name>
    <message>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n pasos</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>New Strategy</source>
        <translation>Nueva estrategia</translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>New Journey</source>
        <translation>Nuevo recorrido</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>New Responsibility</source>
        <translation>Nueva responsabilidad</translation>
    </message>
    <message>
        <source>New Process</source>
        <translation>Nuevo proceso</translation>
    </message>
    <message>
        <source>New Requirement</source>
        <translation>Nuevo requisito</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Delete Responsibility</source>
        <translation>Eliminar responsabilidad</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>%1

Delete it and unlink it from %2?</source>
        <translation>%1

¿Desea eliminarlo y desvincularlo de %2?</translation>
    </message>
    <message>
        <source>Rename Id</source>
        <translation>Cambiar id</translation>
    </message>
    <message>
        <source>New id for “%1” (every reference follows):</source>
        <translation>Nuevo id para “%1” (todas las referencias se actualizan):</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rename Id…</source>
        <translation>Cambiar id…</translation>
    </message>
</context>
<context>
    <name>oi::app::RequirementsView</name>
    <message>
        <source>Process control</source>
        <translation>Control de procesos</translation>
    </message>
    <message>
        <source>Information management</source>
        <translation>Gestión de la información</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>No funcional</translation>
    </message>
    <message>
        <source>Must</source>
        <translation>Must</translation>
    </message>
    <message>
        <source>Should</source>
        <translation>Should</translation>
    </message>
    <message>
        <source>Could</source>
        <translation>Could</translation>
    </message>
    <message>
        <source>Won&apos;t</source>
        <translation>Won&apos;t</translation>
    </message>
    <message>
        <source>Requirements on CRM technology</source>
        <translation>Requisitos sobre la tecnología CRM</translation>
    </message>
    <message numerus="yes">
        <source>%n requirements the processes put on technology, for a vendor proof of concept.</source>
        <translation>
            <numerusform>%n requisito que los procesos imponen a la tecnología, para una prueba de concepto con proveedores.</numerusform>
            <numerusform>%n requisitos que los procesos imponen a la tecnología, para una prueba de concepto con proveedores.</numerusform>
        </translation>
    </message>
    <message>
        <source>linked to the selection</source>
        <translation>vinculados a la selección</translation>
    </message>
    <message>
        <source>Accepted when:</source>
        <translation>Se acepta cuando:</translation>
    </message>
    <message>
        <source>Needed by:</source>
        <translation>Lo necesita:</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Requirements&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What the processes ask of the technology, grouped by kind (process control, information management, non-functional), with each one&apos;s MoSCoW priority, acceptance criterion and the journey and process steps that need it.&lt;/p&gt;&lt;p&gt;The page is read-only: select a requirement in the Project panel to edit it in the Properties panel; the requirements linked to what is selected elsewhere are highlighted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Requisitos&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Lo que los procesos piden a la tecnología, agrupado por tipo (control de procesos, gestión de la información, no funcional), con la prioridad MoSCoW de cada uno, su criterio de aceptación y los pasos del recorrido y del proceso que lo necesitan.&lt;/p&gt;&lt;p&gt;La página es de solo lectura: seleccione un requisito en el panel Proyecto para editarlo en el panel Propiedades; los requisitos vinculados a lo seleccionado en otro lugar aparecen resaltados.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::app::SimulationPanel</name>
    <message>
        <source>Automatic warm-up</source>
        <translation>Calentamiento automático</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation>Mostrar resultados</translation>
    </message>
    <message>
        <source>The what-if variant to simulate</source>
        <translation>La variante hipotética que se simula</translation>
    </message>
    <message>
        <source> replications</source>
        <translation> réplicas</translation>
    </message>
    <message>
        <source>Run exactly the replications asked for, or add replications (up to 200) until every process&apos;s mean cycle time is known to within the share chosen</source>
        <translation>Ejecutar exactamente las réplicas solicitadas, o añadir réplicas (hasta 200) hasta conocer el tiempo de ciclo medio de cada proceso con la precisión elegida</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactamente</translation>
    </message>
    <message>
        <source>until ± %1 % of the mean</source>
        <translation>hasta ± %1 % de la media</translation>
    </message>
    <message>
        <source>Let MSER-5 choose where the start-up of the first replication ends, instead of the project&apos;s warm-up</source>
        <translation>Dejar que MSER-5 elija dónde termina el arranque de la primera réplica, en lugar del calentamiento del proyecto</translation>
    </message>
    <message>
        <source>Run the simulation to see throughput, waits, utilisation and the constraint on the Results tab; they are painted on the journey map and the process diagram too.</source>
        <translation>Ejecute la simulación para ver el rendimiento, las esperas, la utilización y la restricción en la pestaña Resultados; también se muestran en el mapa del recorrido y en el diagrama de procesos.</translation>
    </message>
    <message>
        <source>The dashboard, the scenario comparison, the run history and the text report</source>
        <translation>El panel, la comparación de escenarios, el historial de ejecuciones y el informe de texto</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Escenario:</translation>
    </message>
    <message>
        <source>The project changed after the run: its results were taken off the maps (the Results tab keeps them, marked). Run again (F5) for current figures.</source>
        <translation>El proyecto ha cambiado después de la ejecución: sus resultados se han retirado de los mapas (la pestaña Resultados los conserva, marcados). Vuelva a ejecutar (F5) para obtener cifras actuales.</translation>
    </message>
    <message>
        <source>The project is as simulated again: the results are back on the maps.</source>
        <translation>El proyecto vuelve a estar como se simuló: los resultados vuelven a aparecer en los mapas.</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>Simulating %1…</source>
        <translation>Simulando %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The finished run belonged to a project that is no longer open; it was set aside.</source>
        <translation>La ejecución terminada pertenecía a un proyecto que ya no está abierto; se ha descartado.</translation>
    </message>
    <message>
        <source>Cancelled; the previous results stay on the map.</source>
        <translation>Cancelada; los resultados anteriores se mantienen en el mapa.</translation>
    </message>
    <message>
        <source>The simulation stopped: %1</source>
        <translation>La simulación se ha detenido: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminado.</translation>
    </message>
    <message>
        <source>Done. The constraint is %1.</source>
        <translation>Terminado. La restricción es %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n replications were needed.</source>
        <translation>
            <numerusform>Se ha necesitado %n réplica.</numerusform>
            <numerusform>Se han necesitado %n réplicas.</numerusform>
        </translation>
    </message>
    <message>
        <source>MSER-5 chose a warm-up of %1.</source>
        <translation>MSER-5 ha elegido un calentamiento de %1.</translation>
    </message>
    <message>
        <source>The precision asked for was not reached within the replications allowed.</source>
        <translation>No se ha alcanzado la precisión solicitada con las réplicas permitidas.</translation>
    </message>
    <message>
        <source>The project was edited during the run: the figures describe it as it was when the run started.</source>
        <translation>El proyecto se editó durante la ejecución: las cifras lo describen tal como estaba al iniciarse la ejecución.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Kept in the project&apos;s run history.</source>
        <translation>Guardado en el historial de ejecuciones del proyecto.</translation>
    </message>
    <message>
        <source>The run could not be kept: %1</source>
        <translation>No se ha podido guardar la ejecución: %1</translation>
    </message>
    <message>
        <source>Scenario to simulate</source>
        <translation>Escenario que se va a simular</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>How many independent runs to average; more give narrower intervals</source>
        <translation>Cuántas ejecuciones independientes se promedian; más ejecuciones dan intervalos más estrechos</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
</context>
<context>
    <name>oi::app::SimulationRunner</name>
    <message>
        <source>A simulation is already running.</source>
        <translation>Ya hay una simulación en curso.</translation>
    </message>
</context>
<context>
    <name>oi::app::SpecDialog</name>
    <message>
        <source>Vendor Specification</source>
        <translation>Especificación para proveedores</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Executive &amp;summary</source>
        <translation>&amp;Resumen ejecutivo</translation>
    </message>
    <message>
        <source>&amp;Organisation change</source>
        <translation>Cambio &amp;organizativo</translation>
    </message>
    <message>
        <source>&amp;Processes, step by step</source>
        <translation>&amp;Procesos, paso a paso</translation>
    </message>
    <message>
        <source>Si&amp;zing from simulation</source>
        <translation>&amp;Dimensionamiento a partir de la simulación</translation>
    </message>
    <message>
        <source>Proof-of-&amp;concept scripts</source>
        <translation>Guiones de prueba de &amp;concepto</translation>
    </message>
    <message>
        <source>Scoring s&amp;heet</source>
        <translation>&amp;Hoja de puntuación</translation>
    </message>
    <message>
        <source>&amp;Traceability appendix</source>
        <translation>Anexo de &amp;trazabilidad</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Draft PoC Scenarios</source>
        <translation>&amp;Esbozar escenarios de PoC</translation>
    </message>
    <message>
        <source>A proof-of-concept script for every journey that has none, along its to-be process</source>
        <translation>Un guion de prueba de concepto para cada recorrido que no lo tenga, a lo largo de su proceso futuro</translation>
    </message>
    <message>
        <source>Draft PoC Scenarios</source>
        <translation>Esbozar escenarios de PoC</translation>
    </message>
    <message>
        <source>Every journey has a proof-of-concept scenario already (or links to no process).</source>
        <translation>Todos los recorridos tienen ya un escenario de prueba de concepto (o no están vinculados a ningún proceso).</translation>
    </message>
    <message>
        <source>&amp;Import Scoring Sheet…</source>
        <translation>&amp;Importar hoja de puntuación…</translation>
    </message>
    <message>
        <source>Choose .pdf, .html, .md, .json or .csv (the scoring sheet).</source>
        <translation>Elija .pdf, .html, .md, .json o .csv (la hoja de puntuación).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Import Scoring Sheet</source>
        <translation>Importar hoja de puntuación</translation>
    </message>
    <message>
        <source>Scoring sheet (*.csv);;All files (*)</source>
        <translation>Hoja de puntuación (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The scoring sheet was not imported: %1</source>
        <translation>No se ha importado la hoja de puntuación: %1</translation>
    </message>
    <message>
        <source>Save Vendor Specification</source>
        <translation>Guardar especificación para proveedores</translation>
    </message>
    <message>
        <source>specification</source>
        <translation>especificacion</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json);;Scoring sheet (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json);;Hoja de puntuación (*.csv)</translation>
    </message>
</context>
<context>
    <name>oi::app::WelcomePage</name>
    <message>
        <source>The ways into the studio: the sample project, a template, an empty project, a file or a project you had open. Help ▸ Welcome brings this page back.</source>
        <translation>Las formas de entrar en la aplicación: el proyecto de ejemplo, una plantilla, un proyecto vacío, un archivo o un proyecto que tenía abierto. Ayuda ▸ Bienvenida vuelve a mostrar esta página.</translation>
    </message>
    <message>
        <source>Welcome to Outside-In Studio</source>
        <translation>Bienvenido a Outside-In Studio</translation>
    </message>
    <message>
        <source>Model how the company should serve its customers from the outside in: &lt;b&gt;strategy&lt;/b&gt; sets goals, &lt;b&gt;roles&lt;/b&gt; change to meet them, &lt;b&gt;processes&lt;/b&gt; are re-engineered for those roles from the customer&apos;s journey, and only then does &lt;b&gt;technology&lt;/b&gt; get its requirements. The simulator shows the constraint before any technology is chosen.</source>
        <translation>Modele cómo debe servir la empresa a sus clientes de fuera hacia dentro: la &lt;b&gt;estrategia&lt;/b&gt; fija los objetivos, los &lt;b&gt;roles&lt;/b&gt; cambian para cumplirlos, los &lt;b&gt;procesos&lt;/b&gt; se rediseñan para esos roles a partir del recorrido del cliente, y solo entonces la &lt;b&gt;tecnología&lt;/b&gt; recibe sus requisitos. El simulador muestra la restricción antes de elegir ninguna tecnología.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Abrir el proyecto de ejemplo</translation>
    </message>
    <message>
        <source>A broadband provider&apos;s subscription journeys, roles, processes and scenarios, ready to simulate</source>
        <translation>Los recorridos de contratación, roles, procesos y escenarios de un proveedor de banda ancha, listos para simular</translation>
    </message>
    <message>
        <source>Start from the template “%1”</source>
        <translation>Empezar con la plantilla “%1”</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Empezar un proyecto vacío</translation>
    </message>
    <message>
        <source>A blank project to fill in yourself</source>
        <translation>Un proyecto en blanco para completar usted mismo</translation>
    </message>
    <message>
        <source>Open a project file…</source>
        <translation>Abrir un archivo de proyecto…</translation>
    </message>
    <message>
        <source>A .oistudio or .oi.yaml file on this computer</source>
        <translation>Un archivo .oistudio u .oi.yaml de este equipo</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>Show this page when the studio starts</source>
        <translation>Mostrar esta página al iniciar la aplicación</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Proyectos &amp;recientes</translation>
    </message>
    <message>
        <source>No recent projects yet</source>
        <translation>Aún no hay proyectos recientes</translation>
    </message>
</context>
<context>
    <name>oi::app::cli</name>
    <message>
        <source>Names the constraint of a scenario, capacity or coverage, and tries the remedies with common random numbers, best business case first.
Exit code: 0 done, 1 the project has errors or the scenario cannot be advised on, 2 usage or I/O error.</source>
        <translation>Identifica la restricción de un escenario, de capacidad o de cobertura, y prueba las soluciones con números aleatorios comunes, empezando por el mejor caso de negocio.
Código de salida: 0 terminado, 1 el proyecto tiene errores o no se puede analizar el escenario, 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>the project (.oi.yaml or .oistudio)</source>
        <translation>el proyecto (.oi.yaml o .oistudio)</translation>
    </message>
    <message>
        <source>the scenario to advise on</source>
        <translation>el escenario que se analiza</translation>
    </message>
    <message>
        <source>try up to N more staff at the constraint (default 2)</source>
        <translation>probar hasta N personas más en la restricción (por defecto 2)</translation>
    </message>
    <message>
        <source>replications per remedy, at least 2 (default: the project&apos;s)</source>
        <translation>réplicas por solución, al menos 2 (por defecto: las del proyecto)</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text o json</translation>
    </message>
    <message>
        <source>advise: give one project file and --scenario S.
</source>
        <translation>advise: indique un archivo de proyecto y --scenario S (el escenario).
</translation>
    </message>
    <message>
        <source>advise: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation>advise: --format debe ser &apos;text&apos; o &apos;json&apos;, se ha recibido &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>advise: --max-staff: expected a whole number from 1 to 20, got &apos;%1&apos;
</source>
        <translation>advise: --max-staff: se esperaba un número entero de 1 a 20, se ha recibido &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>advise: --replications: at least 2 are needed for the intervals, got &apos;%1&apos;.
</source>
        <translation>advise: --replications: se necesitan al menos 2 réplicas para los intervalos, se ha recibido &apos;%1&apos;.
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
        <translation>Por hora del día: %1.</translation>
    </message>
    <message>
        <source>%1: %2 has errors; fix them first (see &apos;outsidein-cli validate&apos;).
</source>
        <translation>%1: %2 tiene errores; corríjalos primero (véase &apos;outsidein-cli validate&apos;).
</translation>
    </message>
    <message>
        <source>Runs two or more scenarios with common random numbers and compares them with the first.
Exit code: 0 done, 1 the project has errors, a scenario or setting cannot be compared, or a simulation guard stopped a run, 2 usage or I/O error.</source>
        <translation>Ejecuta dos o más escenarios con números aleatorios comunes y los compara con el primero.
Código de salida: 0 terminado, 1 el proyecto tiene errores, no se puede comparar un escenario o un ajuste, o una protección de la simulación detuvo una ejecución, 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>the scenarios to compare, separated by commas; the first is the baseline</source>
        <translation>los escenarios que se comparan, separados por comas; el primero es la referencia</translation>
    </message>
    <message>
        <source>replications per scenario, at least 2 (default: the project&apos;s)</source>
        <translation>réplicas por escenario, al menos 2 (por defecto: las del proyecto)</translation>
    </message>
    <message>
        <source>random seed (default: the project&apos;s)</source>
        <translation>semilla aleatoria (por defecto: la del proyecto)</translation>
    </message>
    <message>
        <source>threads (default: all cores); results do not depend on it</source>
        <translation>hilos (por defecto: todos los núcleos); los resultados no dependen de ello</translation>
    </message>
    <message>
        <source>write the report to FILE instead of standard output</source>
        <translation>escribir el informe en FILE en lugar de la salida estándar</translation>
    </message>
    <message>
        <source>compare: give exactly one project file.
</source>
        <translation>compare: indique exactamente un archivo de proyecto.
</translation>
    </message>
    <message>
        <source>compare: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation>compare: --format debe ser &apos;text&apos; o &apos;json&apos;, se ha recibido &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>compare: --replications: a comparison needs at least 2 replications per scenario for its intervals, got &apos;%1&apos;.
</source>
        <translation>compare: --replications: una comparación necesita al menos 2 réplicas por escenario para sus intervalos, se ha recibido &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>compare: --seed: expected an unsigned whole number, got &apos;%1&apos;
</source>
        <translation>compare: --seed: se esperaba un número entero sin signo, se ha recibido &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>compare: --jobs: expected a whole number &gt;= 1, got &apos;%1&apos;
</source>
        <translation>compare: --jobs: se esperaba un número entero &gt;= 1, se ha recibido &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>compare: name at least two scenarios with --scenarios A,B (the first is the baseline); got %1.
</source>
        <translation>compare: nombre al menos dos escenarios con --scenarios A,B (el primero es la referencia); se ha recibido %1.
</translation>
    </message>
    <message>
        <source>compare: %1 has no scenario &apos;%2&apos;; its scenarios are: %3.
</source>
        <translation>compare: %1 no tiene ningún escenario &apos;%2&apos;; sus escenarios son: %3.
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>replications</source>
        <translation>réplicas</translation>
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
        <translation>Proyecto: %1
</translation>
    </message>
    <message>
        <source>compare: cannot write %1: %2
</source>
        <translation>compare: no se puede escribir %1: %2
</translation>
    </message>
    <message>
        <source>export: the project has no journey to export.
</source>
        <translation>export: el proyecto no tiene ningún recorrido que exportar.
</translation>
    </message>
    <message>
        <source>export: there is no journey &quot;%1&quot;; the project has %2.
</source>
        <translation>export: no existe el recorrido &quot;%1&quot;; el proyecto tiene %2.
</translation>
    </message>
    <message>
        <source>export: a journey is written as json or mermaid (.json, .mmd), not &quot;%1&quot;.
</source>
        <translation>export: un recorrido se escribe como json o mermaid (.json, .mmd), no como &quot;%1&quot;.
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
        <translation>Se ha escrito %1.
</translation>
    </message>
    <message>
        <source>export: processes are written as BPMN 2.0 XML (.bpmn or .xml), not &quot;%1&quot;.
</source>
        <translation>export: los procesos se escriben como BPMN 2.0 XML (.bpmn o .xml), no como &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>export: the project has no process to export.
</source>
        <translation>export: el proyecto no tiene ningún proceso que exportar.
</translation>
    </message>
    <message>
        <source>export: the specification is written as md, json or csv (the scoring sheet) here, not &quot;%1&quot;.
</source>
        <translation>export: aquí la especificación se escribe como md, json o csv (la hoja de puntuación), no como &quot;%1&quot;.
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
        <translation>Exporta parte de un proyecto en un formato de máquina o de texto; el formato se deduce de la
extensión de la salida, salvo que --format lo indique.
KIND journey: json (el JSON de recorrido de docs/journey-json.md) o mermaid (.mmd).
KIND bpmn: los procesos (todos, o los indicados con --process) como un único archivo BPMN 2.0
(.bpmn), con BPMN DI y datos de simulación BPSim.
KIND spec: la especificación de prueba de concepto para proveedores como Markdown con diagramas Mermaid (.md),
JSON (.json, docs/spec-schema.json) o su hoja de puntuación (.csv, UTF-8 con BOM).
Las imágenes (png, svg, pdf, html) las dibuja la aplicación: outsidein FILE --export KIND OUT.
Código de salida: 0 escrito, 1 nada que exportar, 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>what to export: journey, bpmn or spec</source>
        <translation>qué exportar: journey (recorrido), bpmn o spec (especificación)</translation>
    </message>
    <message>
        <source>the project to read (.oi.yaml or .oistudio)</source>
        <translation>el proyecto que se lee (.oi.yaml o .oistudio)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>el archivo que se escribe</translation>
    </message>
    <message>
        <source>the format, when OUT&apos;s extension does not say</source>
        <translation>el formato, cuando la extensión de OUT no lo indica</translation>
    </message>
    <message>
        <source>the journey to export (default: the first)</source>
        <translation>el recorrido que se exporta (por defecto: el primero)</translation>
    </message>
    <message>
        <source>bpmn: a process to export (repeat for several; default: every process)</source>
        <translation>bpmn: un proceso que exportar (repita la opción para varios; por defecto: todos los procesos)</translation>
    </message>
    <message>
        <source>export: give KIND, FILE and -o OUT.
</source>
        <translation>export: indique KIND, FILE y -o OUT.
</translation>
    </message>
    <message>
        <source>export: unknown KIND &quot;%1&quot;; this version exports %2.
</source>
        <translation>export: KIND &quot;%1&quot; desconocido; esta versión exporta %2.
</translation>
    </message>
    <message>
        <source>export: %1 is a picture; the studio draws it: outsidein %2 --export %3 %4
</source>
        <translation>export: %1 es una imagen; la dibuja la aplicación: outsidein %2 --export %3 %4
</translation>
    </message>
    <message>
        <source>export: %1 has no extension; name the format with --format.
</source>
        <translation>export: %1 no tiene extensión; indique el formato con --format.
</translation>
    </message>
    <message>
        <source>Imports the processes of a BPMN 2.0 file: tasks, exclusive and parallel gateways, start, end and
timer events, lanes (as roles, matched by name), sequence flows, the diagram, BPSim data.
Everything else is reported as a warning with its line. Writes a new project (-o) or adds
the processes to an existing one (--into, written in place unless -o is given too).
Exit code: 0 imported (warnings allowed), 1 the file is not BPMN, 2 usage or I/O error.</source>
        <translation>Importa los procesos de un archivo BPMN 2.0: tareas, compuertas exclusivas y paralelas, eventos de inicio, fin y
temporizador, carriles (como roles, asociados por nombre), flujos de secuencia, el diagrama y los datos BPSim.
Todo lo demás se notifica como advertencia con su línea. Escribe un proyecto nuevo (-o) o añade
los procesos a uno existente (--into, que se sobrescribe salvo que también se indique -o).
Código de salida: 0 importado (se admiten advertencias), 1 el archivo no es BPMN, 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>the BPMN file to read (.bpmn, .xml)</source>
        <translation>el archivo BPMN que se lee (.bpmn, .xml)</translation>
    </message>
    <message>
        <source>the project to write (.oi.yaml or .oistudio)</source>
        <translation>el proyecto que se escribe (.oi.yaml o .oistudio)</translation>
    </message>
    <message>
        <source>an existing project to add the processes to</source>
        <translation>un proyecto existente al que añadir los procesos</translation>
    </message>
    <message>
        <source>import-bpmn: give one BPMN file and -o OUT or --into PROJECT.
</source>
        <translation>import-bpmn: indique un archivo BPMN y -o OUT o --into PROJECT.
</translation>
    </message>
    <message>
        <source>import-bpmn: %1 is not a project file name (.oi.yaml or .oistudio).
</source>
        <translation>import-bpmn: %1 no es un nombre de archivo de proyecto (.oi.yaml o .oistudio).
</translation>
    </message>
    <message>
        <source>import-bpmn: cannot read %1: %2
</source>
        <translation>import-bpmn: no se puede leer %1: %2
</translation>
    </message>
    <message>
        <source>import-bpmn: %1
</source>
        <translation>import-bpmn: %1
</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3 into %4 (%5).
</source>
        <translation>Se han importado %1 y %2 de %3 en %4 (%5).
</translation>
    </message>
    <message>
        <source>import-log: --map needs KEY=COLUMN pairs, not &apos;%1&apos;.</source>
        <translation>import-log: --map necesita pares KEY=COLUMN, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>import-log: --map has no key &apos;%1&apos;; the keys are case, activity, time, start, resource, channel, customer, lifecycle and attribute.</source>
        <translation>import-log: --map no tiene la clave &apos;%1&apos;; las claves son case, activity, time, start, resource, channel, customer, lifecycle y attribute.</translation>
    </message>
    <message>
        <source>import-log: --feedback-map takes case, customer, step, score and comment as KEY=COLUMN, not &apos;%1&apos;.</source>
        <translation>import-log: --feedback-map admite case, customer, step, score y comment como KEY=COLUMN, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Drafts a project from an event log (CSV or XES): a process with tasks, xor gateways with the observed
shares, rework loops, arrivals by hour of the week, patience and roles with headcounts, durations
fitted by maximum likelihood; and a journey of the activities, linked to the tasks.
Columns named as process-mining tools name them are found by themselves; --map names the others.
Exit code: 0 drafted, 1 the file is not a log (or too many bad rows), 2 usage or write error.</source>
        <translation>Esboza un proyecto a partir de un registro de eventos (CSV o XES): un proceso con tareas, compuertas xor con las proporciones
observadas, bucles de retrabajo, llegadas por hora de la semana, paciencia y roles con sus dotaciones, duraciones
ajustadas por máxima verosimilitud; y un recorrido de las actividades, vinculado a las tareas.
Las columnas con los nombres que usan las herramientas de process mining se detectan automáticamente; --map indica las demás.
Código de salida: 0 esbozado, 1 el archivo no es un registro (o tiene demasiadas filas incorrectas), 2 error de uso o de escritura.</translation>
    </message>
    <message>
        <source>the event log (.csv or .xes)</source>
        <translation>el registro de eventos (.csv o .xes)</translation>
    </message>
    <message>
        <source>the draft project to write (.oi.yaml or .oistudio)</source>
        <translation>el proyecto borrador que se escribe (.oi.yaml o .oistudio)</translation>
    </message>
    <message>
        <source>which column holds what: case=COL,activity=COL,time=COL[,start=COL,resource=COL,channel=COL,customer=COL,lifecycle=COL,attribute=COL...]</source>
        <translation>qué contiene cada columna: case=COL,activity=COL,time=COL[,start=COL,resource=COL,channel=COL,customer=COL,lifecycle=COL,attribute=COL...]</translation>
    </message>
    <message>
        <source>the times&apos; format, as Qt writes it (dd.MM.yyyy HH:mm), or iso, epoch, epoch-ms; default: detected</source>
        <translation>el formato de las marcas de tiempo, como lo escribe Qt (dd.MM.yyyy HH:mm), o iso, epoch, epoch-ms; por defecto: detectado</translation>
    </message>
    <message>
        <source>the log&apos;s clock for times without a zone, e.g. +01:00 (default: the first zone in the log, else UTC)</source>
        <translation>el reloj del registro para las marcas de tiempo sin zona, p. ej. +01:00 (por defecto: la primera zona del registro; si no, UTC)</translation>
    </message>
    <message>
        <source>the draft&apos;s project and process name</source>
        <translation>el nombre del proyecto y del proceso del borrador</translation>
    </message>
    <message>
        <source>activities that complete a case; cases ending elsewhere count as abandoned</source>
        <translation>actividades que completan un caso; los casos que terminan en otro punto cuentan como abandonados</translation>
    </message>
    <message>
        <source>journey steps per stage (default 4)</source>
        <translation>pasos del recorrido por etapa (por defecto 4)</translation>
    </message>
    <message>
        <source>leave out ways fewer than this share of a node&apos;s cases take, 0-1 (default 0: keep all)</source>
        <translation>omitir los caminos que sigue una proporción de los casos de un nodo inferior a esta, 0-1 (por defecto 0: conservar todos)</translation>
    </message>
    <message>
        <source>stop after this many rows that cannot be read (default 1000)</source>
        <translation>detenerse tras este número de filas ilegibles (por defecto 1000)</translation>
    </message>
    <message>
        <source>the percentiles that bound each step metric&apos;s normal range (default 5-95)</source>
        <translation>los percentiles que delimitan el rango normal de cada métrica de paso (por defecto 5-95)</translation>
    </message>
    <message>
        <source>do not simulate the draft to compare it with the log (3 replications of its settings)</source>
        <translation>no simular el borrador para compararlo con el registro (3 réplicas con su configuración)</translation>
    </message>
    <message>
        <source>survey or complaint records (CSV: case or customer, step or touchpoint, score, comment) that set the steps&apos; observed emotion and pain points</source>
        <translation>registros de encuestas o reclamaciones (CSV: caso o cliente, paso o punto de contacto, puntuación, comentario) que fijan la emoción observada y los puntos de dolor de los pasos</translation>
    </message>
    <message>
        <source>the feedback&apos;s columns: case=COL,customer=COL,step=COL,score=COL,comment=COL</source>
        <translation>las columnas de las opiniones: case=COL,customer=COL,step=COL,score=COL,comment=COL</translation>
    </message>
    <message>
        <source>import-log: give one log and -o DRAFT.
</source>
        <translation>import-log: indique un registro y -o DRAFT.
</translation>
    </message>
    <message>
        <source>import-log: %1 is not a project file name (.oi.yaml or .oistudio).
</source>
        <translation>import-log: %1 no es un nombre de archivo de proyecto (.oi.yaml o .oistudio).
</translation>
    </message>
    <message>
        <source>import-log: --utc-offset takes +HH:MM or -HH:MM, not &apos;%1&apos;.
</source>
        <translation>import-log: --utc-offset admite +HH:MM o -HH:MM, no &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>import-log: --steps-per-stage takes a whole number of at least 1, --min-share a share from 0 to below 1, --max-bad-rows a whole number.
</source>
        <translation>import-log: --steps-per-stage admite un número entero igual o mayor que 1, --min-share una proporción desde 0 hasta menos de 1, --max-bad-rows un número entero.
</translation>
    </message>
    <message>
        <source>import-log: --range takes two percentiles, LOW-HIGH with 0 &lt;= LOW &lt; HIGH &lt;= 100, not &apos;%1&apos;.
</source>
        <translation>import-log: --range admite dos percentiles, LOW-HIGH con 0 &lt;= LOW &lt; HIGH &lt;= 100, no &apos;%1&apos;.
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
Caminos más frecuentes:
</translation>
    </message>
    <message>
        <source>
Task durations fitted (maximum likelihood, the lowest AIC; KS distance: the largest gap between observed and fitted shares):
</source>
        <translation>
Duraciones de tareas ajustadas (máxima verosimilitud, el AIC más bajo; distancia KS: la mayor diferencia entre las proporciones observadas y las ajustadas):
</translation>
    </message>
    <message>
        <source>
Normal ranges of the steps&apos; metrics (%1th to %2th percentile; outside: cases whose latest value is):
</source>
        <translation>
Rangos normales de las métricas de los pasos (del percentil %1 al %2; fuera: casos cuyo último valor lo está):
</translation>
    </message>
    <message>
        <source>
The draft simulated (3 replications of its settings) beside the log:
</source>
        <translation>
El borrador simulado (3 réplicas con su configuración) junto al registro:
</translation>
    </message>
    <message>
        <source>
The draft could not be simulated to compare it with the log: %1
</source>
        <translation>
No se ha podido simular el borrador para compararlo con el registro: %1
</translation>
    </message>
    <message>
        <source>cannot read it: %1.</source>
        <translation>no se puede leer: %1.</translation>
    </message>
    <message>
        <source>import-log: %1
</source>
        <translation>import-log: %1
</translation>
    </message>
    <message>
        <source>Merges shards of one simulation run (JSON from &apos;simulate --format json&apos; with different --first-replication) into the result of one run.
Exit code: 0 merged, 1 the shards do not belong together, 2 usage or I/O error.</source>
        <translation>Fusiona fragmentos de una ejecución de simulación (JSON de &apos;simulate --format json&apos; con distintos --first-replication, la primera réplica) en el resultado de una sola ejecución.
Código de salida: 0 fusionado, 1 los fragmentos no corresponden a la misma ejecución, 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>two or more results files</source>
        <translation>dos o más archivos de resultados</translation>
    </message>
    <message>
        <source>merge: give two or more results files (shards of one run), got %1.
</source>
        <translation>merge: indique dos o más archivos de resultados (fragmentos de una ejecución), se ha recibido %1.
</translation>
    </message>
    <message>
        <source>merge: --format must be &apos;text&apos; or &apos;json&apos;
</source>
        <translation>merge: --format debe ser &apos;text&apos; o &apos;json&apos;
</translation>
    </message>
    <message>
        <source>merge: cannot read %1: %2
</source>
        <translation>merge: no se puede leer %1: %2
</translation>
    </message>
    <message>
        <source>merge: %1: not a results JSON object (%2 at offset %3)
</source>
        <translation>merge: %1: no es un objeto JSON de resultados (%2 en la posición %3)
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
        <source>Renames an id and every reference to it (step roles and processes, requirement steps and
nodes, lanes, node roles, flows, scenario overrides, cross-training, driving strategies).
Nodes are named process/node. Refuses an id that is already taken.
Exit code: 0 renamed, 1 refused (the sentence says why), 2 usage or I/O error.</source>
        <translation>Cambia un id y todas sus referencias (roles y procesos de los pasos, pasos y nodos de los requisitos,
carriles, roles de los nodos, flujos, modificaciones de los escenarios, formación cruzada, estrategias impulsoras).
Los nodos se nombran como proceso/nodo. Rechaza un id que ya esté en uso.
Código de salida: 0 cambiado, 1 rechazado (el mensaje indica por qué), 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>what the id names: role, process, node, step, requirement, strategy, persona, journey, stage or scenario</source>
        <translation>qué nombra el id: role (rol), process (proceso), node (nodo), step (paso), requirement (requisito), strategy (estrategia), persona, journey (recorrido), stage (etapa) o scenario (escenario)</translation>
    </message>
    <message>
        <source>the id now</source>
        <translation>el id actual</translation>
    </message>
    <message>
        <source>the new id</source>
        <translation>el id nuevo</translation>
    </message>
    <message>
        <source>write here instead of FILE</source>
        <translation>escribir aquí en lugar de en FILE</translation>
    </message>
    <message>
        <source>rename: give FILE, --kind, --from and --to.
</source>
        <translation>rename: indique FILE, --kind, --from y --to.
</translation>
    </message>
    <message>
        <source>rename: --kind %1 names nothing that has an id.
</source>
        <translation>rename: --kind %1 no nombra nada que tenga id.
</translation>
    </message>
    <message>
        <source>rename: %1: %2 Nothing was written.
</source>
        <translation>rename: %1: %2 No se ha escrito nada.
</translation>
    </message>
    <message>
        <source>rename: %1
</source>
        <translation>rename: %1
</translation>
    </message>
    <message>
        <source>--%1: expected a number &gt;= %2, got &apos;%3&apos;</source>
        <translation>--%1: se esperaba un número &gt;= %2, se ha recibido &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--%1: expected a whole number &gt;= %2, got &apos;%3&apos;</source>
        <translation>--%1: se esperaba un número entero &gt;= %2, se ha recibido &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--seed: expected an unsigned whole number, got &apos;%1&apos;</source>
        <translation>--seed: se esperaba un número entero sin signo, se ha recibido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--shift-end: expected &apos;finish&apos; or &apos;hand-back&apos;, got &apos;%1&apos;</source>
        <translation>--shift-end: se esperaba &apos;finish&apos; o &apos;hand-back&apos;, se ha recibido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Runs the discrete-event simulation of a project.
Exit code: 0 done, 1 the project has errors or a simulation guard stopped the run, 2 usage or I/O error.</source>
        <translation>Ejecuta la simulación de eventos discretos de un proyecto.
Código de salida: 0 terminado, 1 el proyecto tiene errores o una protección de la simulación detuvo la ejecución, 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>simulate: give exactly one project file.
</source>
        <translation>simulate: indique exactamente un archivo de proyecto.
</translation>
    </message>
    <message>
        <source>simulate: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation>simulate: --format debe ser &apos;text&apos; o &apos;json&apos;, se ha recibido &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>simulate: --sweep: expected a whole number from 1 to 20, got &apos;%1&apos;
</source>
        <translation>simulate: --sweep: se esperaba un número entero de 1 a 20, se ha recibido &apos;%1&apos;
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
        <translation>simulate: no se puede escribir el registro de eventos %1: %2
</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>, scenario %1</source>
        <translation>, escenario %1</translation>
    </message>
    <message>
        <source>simulate: cannot write %1: %2
</source>
        <translation>simulate: no se puede escribir %1: %2
</translation>
    </message>
    <message>
        <source>Traceability of %1
</source>
        <translation>Trazabilidad de %1
</translation>
    </message>
    <message>
        <source>Strategy: %1
</source>
        <translation>Estrategia: %1
</translation>
    </message>
    <message>
        <source>Gaps
</source>
        <translation>Carencias
</translation>
    </message>
    <message>
        <source>  None: every strategy changes a role, every changed role has a task, and every role, journey step, process, requirement and customer need is on a chain.
</source>
        <translation>  Ninguna: cada estrategia cambia un rol, cada rol cambiado tiene una tarea, y cada rol, paso del recorrido, proceso, requisito y necesidad del cliente forma parte de una cadena.
</translation>
    </message>
    <message>
        <source>Coverage
</source>
        <translation>Cobertura
</translation>
    </message>
    <message>
        <source>Follows every strategy to the roles, processes, journey steps and requirements it drives,
lists what nothing explains (the gaps in the chain) and how far each layer covers the next.
Exit code: 0 traced (gaps are reported, not failures), 2 usage or I/O error.</source>
        <translation>Sigue cada estrategia hasta los roles, procesos, pasos del recorrido y requisitos que impulsa,
lista lo que nada explica (las carencias de la cadena) y hasta qué punto cada capa cubre la siguiente.
Código de salida: 0 trazado (las carencias se notifican, no son fallos), 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>text (names, for people) or json (ids)</source>
        <translation>text (nombres, para personas) o json (ids)</translation>
    </message>
    <message>
        <source>trace: give one FILE.
</source>
        <translation>trace: indique un FILE.
</translation>
    </message>
    <message>
        <source>trace: --format must be &apos;text&apos; or &apos;json&apos;
</source>
        <translation>trace: --format debe ser &apos;text&apos; o &apos;json&apos;
</translation>
    </message>
    <message>
        <source>
Feedback from %1: %2 on a scale from %3 to %4, %5:
</source>
        <translation>
Opiniones de %1: %2 en una escala de %3 a %4, %5:
</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4.
</source>
        <translation>Se ha escrito %1: %2, %3, %4.
</translation>
    </message>
</context>
<context>
    <name>oi::app::cli::Options</name>
    <message>
        <source>apply the overrides of scenario ID</source>
        <translation>aplicar las modificaciones del escenario ID</translation>
    </message>
    <message>
        <source>number of replications</source>
        <translation>número de réplicas</translation>
    </message>
    <message>
        <source>simulated time per replication, in the project&apos;s time unit</source>
        <translation>tiempo simulado por réplica, en la unidad de tiempo del proyecto</translation>
    </message>
    <message>
        <source>warm-up to discard, or &apos;auto&apos; for MSER-5</source>
        <translation>calentamiento que se descarta, o &apos;auto&apos; para MSER-5</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>semilla aleatoria</translation>
    </message>
    <message>
        <source>threads (default: all cores); results do not depend on it</source>
        <translation>hilos (por defecto: todos los núcleos); los resultados no dependen de ello</translation>
    </message>
    <message>
        <source>index of the first replication, for sharding</source>
        <translation>índice de la primera réplica, para fragmentar</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text o json</translation>
    </message>
    <message>
        <source>write every case step to FILE.csv (runs on one thread)</source>
        <translation>escribir cada paso de cada caso en FILE.csv (se ejecuta en un solo hilo)</translation>
    </message>
    <message>
        <source>what-if: +1..+N staff at the constraint, cross-training off</source>
        <translation>escenarios hipotéticos: +1..+N personas en la restricción, sin formación cruzada</translation>
    </message>
    <message>
        <source>add replications until the cycle-time half-width is at most X (e.g. 0.02 = 2 %) of the mean</source>
        <translation>añadir réplicas hasta que la semiamplitud del tiempo de ciclo sea como máximo X (p. ej. 0.02 = 2 %) de la media</translation>
    </message>
    <message>
        <source>cap for --precision (default 200)</source>
        <translation>límite para --precision (por defecto 200)</translation>
    </message>
    <message>
        <source>stop with an error after this many wall-clock seconds</source>
        <translation>detenerse con un error tras este número de segundos de reloj</translation>
    </message>
    <message>
        <source>node visits per case before it counts as looping (default 10000)</source>
        <translation>visitas a un nodo por caso antes de considerarlo un bucle (por defecto 10000)</translation>
    </message>
    <message>
        <source>cases in the system at once before the run stops as a runaway (default 1000000)</source>
        <translation>casos simultáneos en el sistema antes de detener la ejecución por desbordamiento (por defecto 1000000)</translation>
    </message>
    <message>
        <source>write the report to FILE instead of standard output</source>
        <translation>escribir el informe en FILE en lugar de la salida estándar</translation>
    </message>
    <message>
        <source>at a shift end a busy worker finishes the task (&apos;finish&apos;, the default) or hands it back (&apos;hand-back&apos;)</source>
        <translation>al final de un turno, una persona ocupada termina la tarea (&apos;finish&apos;, el valor por defecto) o la devuelve (&apos;hand-back&apos;)</translation>
    </message>
</context>
<context>
    <name>oi::editor</name>
    <message>
        <source>New strategy</source>
        <translation>Nueva estrategia</translation>
    </message>
    <message>
        <source>Add Strategy</source>
        <translation>Añadir estrategia</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nuevo recorrido</translation>
    </message>
    <message>
        <source>First stage</source>
        <translation>Primera etapa</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Añadir rol</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Nuevo proceso</translation>
    </message>
    <message>
        <source>Customer asks</source>
        <translation>El cliente solicita</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Add Process</source>
        <translation>Añadir proceso</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>Nuevo requisito</translation>
    </message>
    <message>
        <source>Add Requirement</source>
        <translation>Añadir requisito</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Add Scenario</source>
        <translation>Añadir escenario</translation>
    </message>
    <message>
        <source>New responsibility</source>
        <translation>Nueva responsabilidad</translation>
    </message>
    <message>
        <source>Add Responsibility</source>
        <translation>Añadir responsabilidad</translation>
    </message>
</context>
<context>
    <name>oi::editor::DecisionsTree</name>
    <message>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation>Cuestionada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No decisions yet: executives record them in the review (View ▸ Review).</source>
        <translation>Aún no hay decisiones: los directivos las registran en la revisión (Ver ▸ Revisión).</translation>
    </message>
</context>
<context>
    <name>oi::editor::DeleteEntityCommand</name>
    <message>
        <source>Delete %1 and Unlink It</source>
        <translation>Eliminar %1 y desvincularlo</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>This cannot be deleted here.</source>
        <translation>Esto no se puede eliminar aquí.</translation>
    </message>
</context>
<context>
    <name>oi::editor::DistributionField</name>
    <message>
        <source>fixed</source>
        <translation>fija</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponencial</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>triangular</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniforme</translation>
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
        <translation>gamma</translation>
    </message>
    <message>
        <source>Erlang</source>
        <translation>Erlang</translation>
    </message>
    <message>
        <source>from data (empirical)</source>
        <translation>a partir de datos (empírica)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Más probable</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Spread (sd)</source>
        <translation>Dispersión (de)</translation>
    </message>
    <message>
        <source>Phases (k)</source>
        <translation>Fases (k)</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>media %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>oi::editor::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>oi::editor::EntityProperties</name>
    <message>
        <source>Select a strategy, persona, role, process, requirement, scenario or responsibility to edit it, or &lt;a href=&quot;project&quot;&gt;edit the project itself&lt;/a&gt;: its name, client and currency.</source>
        <translation>Seleccione una estrategia, persona, rol, proceso, requisito, escenario o responsabilidad para editarlo, o &lt;a href=&quot;project&quot;&gt;edite el propio proyecto&lt;/a&gt;: su nombre, cliente y moneda.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
Id: %2</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyEditor</name>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>%1: no project is open</source>
        <translation>%1: no hay ningún proyecto abierto</translation>
    </message>
    <message>
        <source>%1: the project has no journey &quot;%2&quot;</source>
        <translation>%1: el proyecto no tiene ningún recorrido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&amp;Export Journey</source>
        <translation>&amp;Exportar recorrido</translation>
    </message>
    <message>
        <source>As &amp;PNG Image…</source>
        <translation>Como imagen &amp;PNG…</translation>
    </message>
    <message>
        <source>As &amp;SVG Drawing…</source>
        <translation>Como dibujo &amp;SVG…</translation>
    </message>
    <message>
        <source>As P&amp;DF…</source>
        <translation>Como P&amp;DF…</translation>
    </message>
    <message>
        <source>As &amp;HTML Page…</source>
        <translation>Como página &amp;HTML…</translation>
    </message>
    <message>
        <source>As &amp;Mermaid Text…</source>
        <translation>Como texto &amp;Mermaid…</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>Como &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Import Journey (JSON)…</source>
        <translation>&amp;Importar recorrido (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Print Journey…</source>
        <translation>Imp&amp;rimir recorrido…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Página HTML (*.html)</translation>
    </message>
    <message>
        <source>Mermaid journey (*.mmd)</source>
        <translation>Recorrido Mermaid (*.mmd)</translation>
    </message>
    <message>
        <source>Journey JSON (*.json)</source>
        <translation>JSON de recorrido (*.json)</translation>
    </message>
    <message>
        <source>Export Journey</source>
        <translation>Exportar recorrido</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Resolución (puntos por pulgada):</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Import Journey</source>
        <translation>Importar recorrido</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print Failed</source>
        <translation>Error al imprimir</translation>
    </message>
    <message>
        <source>Save the journey map as a picture for slides and e-mail</source>
        <translation>Guardar el mapa del recorrido como imagen para presentaciones y correo electrónico</translation>
    </message>
    <message>
        <source>Save the journey map as a drawing that stays sharp at any size</source>
        <translation>Guardar el mapa del recorrido como dibujo que se ve nítido a cualquier tamaño</translation>
    </message>
    <message>
        <source>Save the journey map as a PDF to print or send</source>
        <translation>Guardar el mapa del recorrido como PDF para imprimirlo o enviarlo</translation>
    </message>
    <message>
        <source>Save the journey as a web page to open in any browser</source>
        <translation>Guardar el recorrido como página web para abrirla en cualquier navegador</translation>
    </message>
    <message>
        <source>Save the journey as Mermaid text for wikis and Markdown documents</source>
        <translation>Guardar el recorrido como texto Mermaid para wikis y documentos Markdown</translation>
    </message>
    <message>
        <source>Save the journey as a JSON file another project or tool can import</source>
        <translation>Guardar el recorrido como archivo JSON que otro proyecto o herramienta puede importar</translation>
    </message>
    <message>
        <source>Add a journey saved as JSON, from another project or tool, to this project</source>
        <translation>Añadir a este proyecto un recorrido guardado como JSON desde otro proyecto o herramienta</translation>
    </message>
    <message>
        <source>Print the journey map shown</source>
        <translation>Imprimir el mapa del recorrido mostrado</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyGridItem</name>
    <message>
        <source>moment of truth</source>
        <translation>momento de la verdad</translation>
    </message>
    <message>
        <source>customer-initiated</source>
        <translation>iniciado por el cliente</translation>
    </message>
    <message>
        <source>observed in data</source>
        <translation>observado en datos</translation>
    </message>
    <message>
        <source>from research</source>
        <translation>de investigación</translation>
    </message>
    <message>
        <source>assumption (dashed)</source>
        <translation>supuesto (discontinuo)</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyProperties</name>
    <message>
        <source>Select a step to see its properties.</source>
        <translation>Seleccione un paso para ver sus propiedades.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Mover a la izquierda</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Mover a la derecha</translation>
    </message>
    <message numerus="yes">
        <source>Id %1 · %n step(s)</source>
        <translation>
            <numerusform>Id %1 · %n paso</numerusform>
            <numerusform>Id %1 · %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyScene</name>
    <message numerus="yes">
        <source>Link %n Items</source>
        <translation>
            <numerusform>Vincular %n elemento</numerusform>
            <numerusform>Vincular %n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyTitleBlock</name>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>process</source>
        <translation>proceso</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>requisito</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>punto de dolor</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>oportunidad</translation>
    </message>
    <message>
        <source>simulated:</source>
        <translation>simulado:</translation>
    </message>
    <message>
        <source>simulated (%1):</source>
        <translation>simulado (%1):</translation>
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
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Carriles</translation>
    </message>
    <message>
        <source>Show, hide and order the lanes</source>
        <translation>Mostrar, ocultar y ordenar los carriles</translation>
    </message>
    <message>
        <source>Find steps…</source>
        <translation>Buscar pasos…</translation>
    </message>
    <message>
        <source>No step matches &quot;%1&quot;.</source>
        <translation>Ningún paso coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Simulado:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Colours of the simulation results on the map: %1. Figures: %2.</source>
        <translation>Colores de los resultados de la simulación en el mapa: %1. Cifras: %2.</translation>
    </message>
    <message>
        <source>No journey yet</source>
        <translation>Aún no hay ningún recorrido</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>No hay ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Choose New Journey to start mapping one here.</source>
        <translation>Elija Nuevo recorrido para empezar a trazar uno aquí.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No persona chosen for this journey</source>
        <translation>No se ha elegido ninguna persona para este recorrido</translation>
    </message>
    <message>
        <source>Unknown persona &quot;%1&quot;</source>
        <translation>Persona desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Select &amp;All Steps</source>
        <translation>Seleccionar &amp;todos los pasos</translation>
    </message>
    <message>
        <source>&amp;Copy Steps</source>
        <translation>&amp;Copiar pasos</translation>
    </message>
    <message>
        <source>Cu&amp;t Steps</source>
        <translation>Cor&amp;tar pasos</translation>
    </message>
    <message>
        <source>&amp;Paste Steps</source>
        <translation>&amp;Pegar pasos</translation>
    </message>
    <message>
        <source>&amp;Delete Steps</source>
        <translation>&amp;Eliminar pasos</translation>
    </message>
    <message>
        <source>Add Sta&amp;ge</source>
        <translation>Añadir eta&amp;pa</translation>
    </message>
    <message>
        <source>Add St&amp;ep</source>
        <translation>Añadir pa&amp;so</translation>
    </message>
    <message>
        <source>D&amp;uplicate Steps</source>
        <translation>D&amp;uplicar pasos</translation>
    </message>
    <message>
        <source>&amp;Find Steps…</source>
        <translation>&amp;Buscar pasos…</translation>
    </message>
    <message>
        <source>&amp;Rename Step</source>
        <translation>Cambiar &amp;nombre del paso</translation>
    </message>
    <message>
        <source>Show &amp;To-Be Emotion</source>
        <translation>Mostrar emoción &amp;futura</translation>
    </message>
    <message>
        <source>&amp;New Journey</source>
        <translation>&amp;Nuevo recorrido</translation>
    </message>
    <message>
        <source>Delete &amp;Journey</source>
        <translation>Eliminar &amp;recorrido</translation>
    </message>
    <message>
        <source>Cut Step</source>
        <translation>Cortar paso</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n Steps</source>
        <translation>
            <numerusform>Cortar %n pasos</numerusform>
            <numerusform>Cortar %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nueva etapa</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nuevo recorrido</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Reset Lanes</source>
        <translation>Restablecer carriles</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Cambiar nombre de la etapa</translation>
    </message>
    <message>
        <source>Add Step to Stage</source>
        <translation>Añadir paso a la etapa</translation>
    </message>
    <message>
        <source>Move Stage Left</source>
        <translation>Mover etapa a la izquierda</translation>
    </message>
    <message>
        <source>Move Stage Right</source>
        <translation>Mover etapa a la derecha</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>The journey shown on the map</source>
        <translation>El recorrido que se muestra en el mapa</translation>
    </message>
    <message>
        <source>Find steps</source>
        <translation>Buscar pasos</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Mapa del recorrido</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Journey&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The customer&apos;s journey as a map: stages across the top, the steps under them, and lanes for touchpoints, pain points, opportunities and the emotion curve. Choose the journey at the top right; double-click a step or stage to rename it, drag steps to reorder them, and edit the selected step in the Properties panel.&lt;/p&gt;&lt;p&gt;After a simulation run each step shows how long customers wait there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Recorrido&lt;/b&gt;&lt;/p&gt;&lt;p&gt;El recorrido del cliente como mapa: las etapas en la parte superior, los pasos debajo de ellas y carriles para los puntos de contacto, los puntos de dolor, las oportunidades y la curva de emociones. Elija el recorrido arriba a la derecha; haga doble clic en un paso o una etapa para cambiarle el nombre, arrastre los pasos para reordenarlos y edite el paso seleccionado en el panel Propiedades.&lt;/p&gt;&lt;p&gt;Tras una ejecución de la simulación, cada paso muestra cuánto esperan allí los clientes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zoom in on the journey map</source>
        <translation>Acercar el mapa del recorrido</translation>
    </message>
    <message>
        <source>Zoom out to see more of the journey map</source>
        <translation>Alejar para ver más del mapa del recorrido</translation>
    </message>
    <message>
        <source>Zoom so the whole journey fits in the window</source>
        <translation>Ajustar el zoom para que todo el recorrido quepa en la ventana</translation>
    </message>
    <message>
        <source>Show the journey map at its actual size</source>
        <translation>Mostrar el mapa del recorrido a su tamaño real</translation>
    </message>
    <message>
        <source>Select every step of this journey</source>
        <translation>Seleccionar todos los pasos de este recorrido</translation>
    </message>
    <message>
        <source>Copy the selected steps, to paste them into this or another journey</source>
        <translation>Copiar los pasos seleccionados para pegarlos en este u otro recorrido</translation>
    </message>
    <message>
        <source>Remove the selected steps and keep them to paste elsewhere</source>
        <translation>Quitar los pasos seleccionados y conservarlos para pegarlos en otro lugar</translation>
    </message>
    <message>
        <source>Paste the copied steps after the selected step, or at the end of the journey</source>
        <translation>Pegar los pasos copiados después del paso seleccionado o al final del recorrido</translation>
    </message>
    <message>
        <source>Delete the selected steps from the journey</source>
        <translation>Eliminar los pasos seleccionados del recorrido</translation>
    </message>
    <message>
        <source>Add a stage at the end of the journey and name it</source>
        <translation>Añadir una etapa al final del recorrido y darle un nombre</translation>
    </message>
    <message>
        <source>Add a step after the selected one, or at the end of the last stage</source>
        <translation>Añadir un paso después del seleccionado o al final de la última etapa</translation>
    </message>
    <message>
        <source>Make a copy of the selected steps beside them</source>
        <translation>Hacer una copia de los pasos seleccionados junto a ellos</translation>
    </message>
    <message>
        <source>Find the next step whose title, action, touchpoint or pain points contain a word</source>
        <translation>Buscar el siguiente paso cuyo título, acción, punto de contacto o puntos de dolor contengan una palabra</translation>
    </message>
    <message>
        <source>Rename the selected step on the map</source>
        <translation>Cambiar el nombre del paso seleccionado en el mapa</translation>
    </message>
    <message>
        <source>Draw the customer&apos;s feelings after the redesign beside today&apos;s on the emotion curve</source>
        <translation>Dibujar en la curva de emociones lo que siente el cliente tras el rediseño junto a lo que siente hoy</translation>
    </message>
    <message>
        <source>Start a new journey with one empty stage</source>
        <translation>Empezar un nuevo recorrido con una etapa vacía</translation>
    </message>
    <message>
        <source>Delete the journey shown, with its stages and steps</source>
        <translation>Eliminar el recorrido mostrado, con sus etapas y pasos</translation>
    </message>
</context>
<context>
    <name>oi::editor::NodeForm</name>
    <message>
        <source>Start (customers arrive)</source>
        <translation>Inicio (llegan los clientes)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Exclusive gateway (one way out)</source>
        <translation>Compuerta exclusiva (una sola salida)</translation>
    </message>
    <message>
        <source>Parallel split</source>
        <translation>División paralela</translation>
    </message>
    <message>
        <source>Parallel join</source>
        <translation>Unión paralela</translation>
    </message>
    <message>
        <source>Timer (a wait)</source>
        <translation>Temporizador (una espera)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Scale to 100 %</source>
        <translation>Escalar al 100 %</translation>
    </message>
    <message>
        <source>Lower numbers are served first when work waits</source>
        <translation>Cuando el trabajo espera, los números más bajos se atienden primero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Realizado por</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Time between arrivals</source>
        <translation>Tiempo entre llegadas</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Paciencia</translation>
    </message>
    <message>
        <source>Branch shares</source>
        <translation>Proporciones de las ramas</translation>
    </message>
    <message>
        <source>The journey steps whose customer sets this work off; click one to open it</source>
        <translation>Los pasos del recorrido cuyo cliente desencadena este trabajo; haga clic en uno para abrirlo</translation>
    </message>
    <message>
        <source>Customer steps</source>
        <translation>Pasos del cliente</translation>
    </message>
    <message>
        <source>No journey step leads here yet.</source>
        <translation>Aún no hay ningún paso del recorrido que lleve aquí.</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retardo</translation>
    </message>
    <message numerus="yes">
        <source>by time of day: %n blocks over the period</source>
        <translation>
            <numerusform>por hora del día: %n bloque en el periodo</numerusform>
            <numerusform>por hora del día: %n bloques en el periodo</numerusform>
        </translation>
    </message>
    <message>
        <source>the same all day</source>
        <translation>igual todo el día</translation>
    </message>
    <message>
        <source>e.g. approved</source>
        <translation>p. ej., aprobado</translation>
    </message>
    <message>
        <source>The shares add up to 100 %.</source>
        <translation>Las proporciones suman 100 %.</translation>
    </message>
    <message>
        <source>The shares add up to %1 %, not 100 %.</source>
        <translation>Las proporciones suman %1 %, no 100 %.</translation>
    </message>
</context>
<context>
    <name>oi::editor::OrphansTree</name>
    <message>
        <source>Strategies that change no role (%1)</source>
        <translation>Estrategias que no cambian ningún rol (%1)</translation>
    </message>
    <message>
        <source>No role that names the strategy changes: every one is unchanged, or none names it.</source>
        <translation>No cambia ningún rol que nombre la estrategia: todos están sin cambios, o ninguno la nombra.</translation>
    </message>
    <message>
        <source>Roles no strategy explains (%1)</source>
        <translation>Roles que ninguna estrategia explica (%1)</translation>
    </message>
    <message>
        <source>The role names no strategy and has no task in a process that names one.</source>
        <translation>El rol no nombra ninguna estrategia y no tiene ninguna tarea en un proceso que nombre una.</translation>
    </message>
    <message>
        <source>Redesigned roles without a task (%1)</source>
        <translation>Roles rediseñados sin tarea (%1)</translation>
    </message>
    <message>
        <source>The role is moved, new or merged, yet no process gives it a task.</source>
        <translation>El rol está trasladado, es nuevo o está fusionado, pero ningún proceso le asigna una tarea.</translation>
    </message>
    <message>
        <source>Processes no journey step triggers (%1)</source>
        <translation>Procesos que ningún paso del recorrido desencadena (%1)</translation>
    </message>
    <message>
        <source>No journey step links to the process or to one of its nodes.</source>
        <translation>Ningún paso del recorrido está vinculado al proceso ni a uno de sus nodos.</translation>
    </message>
    <message>
        <source>Journey steps that trigger no process (%1)</source>
        <translation>Pasos del recorrido que no desencadenan ningún proceso (%1)</translation>
    </message>
    <message>
        <source>The step links to no process.</source>
        <translation>El paso no está vinculado a ningún proceso.</translation>
    </message>
    <message>
        <source>Requirements nothing needs (%1)</source>
        <translation>Requisitos que nada necesita (%1)</translation>
    </message>
    <message>
        <source>No journey step needs the requirement and it names no process node.</source>
        <translation>Ningún paso del recorrido necesita el requisito y no nombra ningún nodo de proceso.</translation>
    </message>
    <message>
        <source>Customer needs no journey step serves (%1)</source>
        <translation>Necesidades del cliente que ningún paso del recorrido atiende (%1)</translation>
    </message>
    <message>
        <source>No journey step lists the need as one it serves.</source>
        <translation>Ningún paso del recorrido incluye la necesidad entre las que atiende.</translation>
    </message>
</context>
<context>
    <name>oi::editor::PersonaForm</name>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>One job to be done per line</source>
        <translation>Un job to be done por línea</translation>
    </message>
    <message>
        <source>Whom this customer serves (business customers)</source>
        <translation>A quién atiende este cliente (clientes empresariales)</translation>
    </message>
    <message>
        <source>Add Need</source>
        <translation>Añadir necesidad</translation>
    </message>
    <message>
        <source>Remove Need</source>
        <translation>Quitar necesidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Jobs to be done</source>
        <translation>Jobs to be done</translation>
    </message>
    <message>
        <source>Customer&apos;s customer</source>
        <translation>Cliente del cliente</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
Id: %2</translation>
    </message>
    <message>
        <source>Type the need; its id is made from the text.</source>
        <translation>Escriba la necesidad; su id se genera a partir del texto.</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessEditor</name>
    <message>
        <source>Import &amp;BPMN…</source>
        <translation>Importar &amp;BPMN…</translation>
    </message>
    <message>
        <source>Import BPMN</source>
        <translation>Importar BPMN</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>Archivos BPMN 2.0 (*.bpmn *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Processes as BPMN…</source>
        <translation>Exportar procesos como BPMN…</translation>
    </message>
    <message>
        <source>Export BPMN</source>
        <translation>Exportar BPMN</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn)</source>
        <translation>Archivos BPMN 2.0 (*.bpmn)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Import BPMN %1</source>
        <translation>Importar BPMN %1</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>Se ha importado %1 de %2.</translation>
    </message>
    <message>
        <source>1 process</source>
        <translation>1 proceso</translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n procesos</numerusform>
            <numerusform>%n procesos</numerusform>
        </translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>%1: the project has no process &quot;%2&quot;</source>
        <translation>%1: el proyecto no tiene ningún proceso &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Process&lt;/b&gt;&lt;/p&gt;&lt;p&gt;One process as a diagram: events, tasks, gateways and the flows between them, with each task&apos;s role and duration. Choose the process above the diagram; add nodes from the palette on the left or with their one-letter keys, and drag from the handle on a node&apos;s right edge to another node to connect them.&lt;/p&gt;&lt;p&gt;After a simulation run each task shows how long cases wait there and how busy its role is, and the constraint is marked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Proceso&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un proceso como diagrama: eventos, tareas, compuertas y los flujos entre ellos, con el rol y la duración de cada tarea. Elija el proceso encima del diagrama; añada nodos desde la paleta de la izquierda o con su tecla de una letra, y arrastre desde el tirador del borde derecho de un nodo hasta otro nodo para conectarlos.&lt;/p&gt;&lt;p&gt;Tras una ejecución de la simulación, cada tarea muestra cuánto esperan allí los casos y lo ocupado que está su rol, y se marca la restricción.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add the processes of a BPMN 2.0 file, drawn in another modelling tool, to the project</source>
        <translation>Añadir al proyecto los procesos de un archivo BPMN 2.0 dibujado en otra herramienta de modelado</translation>
    </message>
    <message>
        <source>Save every process of the project as a BPMN 2.0 file other modelling tools can open</source>
        <translation>Guardar todos los procesos del proyecto como archivo BPMN 2.0 que otras herramientas de modelado pueden abrir</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessForm</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>What one completed case is worth, in the project&apos;s currency</source>
        <translation>Lo que vale un caso completado, en la moneda del proyecto</translation>
    </message>
    <message>
        <source>What one customer who gives up waiting costs, in the project&apos;s currency</source>
        <translation>Lo que cuesta un cliente que se cansa de esperar, en la moneda del proyecto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Variant of</source>
        <translation>Variante de</translation>
    </message>
    <message>
        <source>Value per completed case</source>
        <translation>Valor por caso completado</translation>
    </message>
    <message>
        <source>Cost per lost customer</source>
        <translation>Coste por cliente perdido</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Other processes are redesigns of this one, so it cannot be a redesign itself</source>
        <translation>Otros procesos son rediseños de este, así que no puede ser a su vez un rediseño</translation>
    </message>
    <message>
        <source>The process this one is a redesign of; it runs only in a scenario that puts it in its place</source>
        <translation>El proceso del que este es un rediseño; solo se ejecuta en un escenario que lo ponga en su lugar</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessView</name>
    <message>
        <source>Find a node…</source>
        <translation>Buscar un nodo…</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>&amp;Proceso:</translation>
    </message>
    <message>
        <source>No node matches “%1”.</source>
        <translation>Ningún nodo coincide con “%1”.</translation>
    </message>
    <message>
        <source>%1 (redesign of %2)</source>
        <translation>%1 (rediseño de %2)</translation>
    </message>
    <message>
        <source>As-is: %1 (read-only)</source>
        <translation>Actual: %1 (solo lectura)</translation>
    </message>
    <message>
        <source>To-be: %1 (read-only)</source>
        <translation>Futuro: %1 (solo lectura)</translation>
    </message>
    <message>
        <source>Add &amp;Start Event</source>
        <translation>Añadir evento de &amp;inicio</translation>
    </message>
    <message>
        <source>Add &amp;Task</source>
        <translation>Añadir &amp;tarea</translation>
    </message>
    <message>
        <source>Add E&amp;xclusive Gateway</source>
        <translation>Añadir compuerta e&amp;xclusiva</translation>
    </message>
    <message>
        <source>Add &amp;Parallel Split</source>
        <translation>Añadir división &amp;paralela</translation>
    </message>
    <message>
        <source>Add Parallel &amp;Join</source>
        <translation>Añadir &amp;unión paralela</translation>
    </message>
    <message>
        <source>Add Ti&amp;mer Event</source>
        <translation>Añadir evento de te&amp;mporizador</translation>
    </message>
    <message>
        <source>Add &amp;End Event</source>
        <translation>Añadir evento de &amp;fin</translation>
    </message>
    <message>
        <source>Cu&amp;t Nodes</source>
        <translation>Cor&amp;tar nodos</translation>
    </message>
    <message>
        <source>&amp;Copy Nodes</source>
        <translation>&amp;Copiar nodos</translation>
    </message>
    <message>
        <source>&amp;Paste Nodes</source>
        <translation>&amp;Pegar nodos</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All Nodes</source>
        <translation>Seleccionar &amp;todos los nodos</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>Alinear bordes &amp;izquierdos</translation>
    </message>
    <message>
        <source>Align &amp;Centres Vertically</source>
        <translation>Alinear &amp;centros verticalmente</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>Alinear bordes &amp;derechos</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>Alinear bordes &amp;superiores</translation>
    </message>
    <message>
        <source>Align &amp;Middles Horizontally</source>
        <translation>Alinear puntos &amp;medios horizontalmente</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>Alinear bordes i&amp;nferiores</translation>
    </message>
    <message>
        <source>Distribute &amp;Across</source>
        <translation>Distribuir &amp;horizontalmente</translation>
    </message>
    <message>
        <source>Distribute &amp;Down</source>
        <translation>Distribuir &amp;verticalmente</translation>
    </message>
    <message>
        <source>&amp;Lay Out Process</source>
        <translation>Distribuir proceso &amp;automáticamente</translation>
    </message>
    <message>
        <source>&amp;Find Node…</source>
        <translation>&amp;Buscar nodo…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Show As-Is &amp;Beside To-Be</source>
        <translation>Mostrar la situación actual &amp;junto a la futura</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Buscar un nodo</translation>
    </message>
    <message>
        <source>Process diagram</source>
        <translation>Diagrama de proceso</translation>
    </message>
    <message>
        <source>Other version of the process</source>
        <translation>Otra versión del proceso</translation>
    </message>
    <message>
        <source>Add a start event: where a case enters the process</source>
        <translation>Añadir un evento de inicio: donde un caso entra en el proceso</translation>
    </message>
    <message>
        <source>Add a task: work a role does, taking time</source>
        <translation>Añadir una tarea: trabajo que realiza un rol y que lleva tiempo</translation>
    </message>
    <message>
        <source>Add an exclusive gateway: the case takes one of its ways out</source>
        <translation>Añadir una compuerta exclusiva: el caso toma una de sus salidas</translation>
    </message>
    <message>
        <source>Add a parallel split: the case goes down all its ways at once</source>
        <translation>Añadir una división paralela: el caso sigue todas sus salidas a la vez</translation>
    </message>
    <message>
        <source>Add a parallel join: the case waits here until every way has arrived</source>
        <translation>Añadir una unión paralela: el caso espera aquí hasta que han llegado todas las ramas</translation>
    </message>
    <message>
        <source>Add a timer event: the case waits for a time to pass</source>
        <translation>Añadir un evento de temporizador: el caso espera a que pase un tiempo</translation>
    </message>
    <message>
        <source>Add an end event: where a case leaves the process</source>
        <translation>Añadir un evento de fin: donde un caso sale del proceso</translation>
    </message>
    <message>
        <source>Remove the selected nodes and keep them to paste elsewhere</source>
        <translation>Quitar los nodos seleccionados y conservarlos para pegarlos en otro lugar</translation>
    </message>
    <message>
        <source>Copy the selected nodes, to paste them into this or another process</source>
        <translation>Copiar los nodos seleccionados para pegarlos en este u otro proceso</translation>
    </message>
    <message>
        <source>Paste the copied nodes into the process shown</source>
        <translation>Pegar los nodos copiados en el proceso mostrado</translation>
    </message>
    <message>
        <source>Delete the selected nodes and flows</source>
        <translation>Eliminar los nodos y flujos seleccionados</translation>
    </message>
    <message>
        <source>Select every node of the process</source>
        <translation>Seleccionar todos los nodos del proceso</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their left edges</source>
        <translation>Alinear los nodos seleccionados por su borde izquierdo</translation>
    </message>
    <message>
        <source>Line the selected nodes up one above the other on their centres</source>
        <translation>Alinear los nodos seleccionados uno encima de otro por su centro</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their right edges</source>
        <translation>Alinear los nodos seleccionados por su borde derecho</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their top edges</source>
        <translation>Alinear los nodos seleccionados por su borde superior</translation>
    </message>
    <message>
        <source>Line the selected nodes up side by side on their middles</source>
        <translation>Alinear los nodos seleccionados uno junto a otro por su centro</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their bottom edges</source>
        <translation>Alinear los nodos seleccionados por su borde inferior</translation>
    </message>
    <message>
        <source>Space the selected nodes evenly from left to right</source>
        <translation>Distribuir los nodos seleccionados uniformemente de izquierda a derecha</translation>
    </message>
    <message>
        <source>Space the selected nodes evenly from top to bottom</source>
        <translation>Distribuir los nodos seleccionados uniformemente de arriba abajo</translation>
    </message>
    <message>
        <source>Arrange the whole process neatly from left to right</source>
        <translation>Ordenar todo el proceso de izquierda a derecha</translation>
    </message>
    <message>
        <source>Find a node of the process by its name</source>
        <translation>Buscar un nodo del proceso por su nombre</translation>
    </message>
    <message>
        <source>Zoom in on the process</source>
        <translation>Acercar el proceso</translation>
    </message>
    <message>
        <source>Zoom out to see more of the process</source>
        <translation>Alejar para ver más del proceso</translation>
    </message>
    <message>
        <source>Zoom so the whole process fits in the window</source>
        <translation>Ajustar el zoom para que todo el proceso quepa en la ventana</translation>
    </message>
    <message>
        <source>Show the process at its actual size</source>
        <translation>Mostrar el proceso a su tamaño real</translation>
    </message>
    <message>
        <source>Show the other version of this process below it, as-is beside to-be, read-only</source>
        <translation>Mostrar la otra versión de este proceso debajo, la actual junto a la futura, en solo lectura</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProjectForm</name>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>The company the redesign is for</source>
        <translation>La empresa para la que se hace el rediseño</translation>
    </message>
    <message>
        <source>Who prepared it</source>
        <translation>Quién lo ha preparado</translation>
    </message>
    <message>
        <source>Every time in the project (durations, shifts, windows) is in this unit.</source>
        <translation>Todos los tiempos del proyecto (duraciones, turnos, ventanas) están en esta unidad.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Tiempos en</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Created %1, last changed %2</source>
        <translation>Creado el %1, último cambio el %2</translation>
    </message>
    <message>
        <source>What the project&apos;s money is shown with: a sign goes before the amount (€1,240), letters after it (1,240 CHF). The amounts themselves do not change.</source>
        <translation>La moneda en que se muestran los importes del proyecto: un símbolo va delante del importe (€1.240) y las letras detrás (1.240 CHF). Los importes en sí no cambian.</translation>
    </message>
</context>
<context>
    <name>oi::editor::RequirementForm</name>
    <message>
        <source>How a tester knows the requirement is met</source>
        <translation>Cómo sabe un evaluador que el requisito se cumple</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Journey steps</source>
        <translation>Pasos del recorrido</translation>
    </message>
    <message>
        <source>Process nodes</source>
        <translation>Nodos de proceso</translation>
    </message>
</context>
<context>
    <name>oi::editor::ResponsibilityForm</name>
    <message>
        <source>Who does this work today</source>
        <translation>Quién realiza hoy este trabajo</translation>
    </message>
    <message>
        <source>Who does it after the redesign; another role than today&apos;s moves it</source>
        <translation>Quién lo realiza tras el rediseño; un rol distinto del actual lo traslada</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsabilidad</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Futuro</translation>
    </message>
    <message>
        <source>nobody (new)</source>
        <translation>nadie (nueva)</translation>
    </message>
    <message>
        <source>nobody (retired)</source>
        <translation>nadie (retirada)</translation>
    </message>
</context>
<context>
    <name>oi::editor::ResultsEditor</name>
    <message>
        <source>Results &amp;Dashboard</source>
        <translation>&amp;Panel de resultados</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios</source>
        <translation>&amp;Comparar escenarios</translation>
    </message>
    <message>
        <source>&amp;Advice on the Constraint</source>
        <translation>&amp;Recomendaciones sobre la restricción</translation>
    </message>
    <message>
        <source>Run &amp;History</source>
        <translation>&amp;Historial de ejecuciones</translation>
    </message>
    <message>
        <source>&amp;Text Report</source>
        <translation>Informe de &amp;texto</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Results&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What the last simulation run found: the dashboard with the headline figures and charts, the comparison of scenarios, the advice on the constraint, the history of runs and the full text report. Switch between them with the buttons at the top or the View menu.&lt;/p&gt;&lt;p&gt;Run a simulation with Simulate ▸ Run Simulation (F5); when the model changes the results are marked out of date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Resultados&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Lo que ha encontrado la última ejecución de la simulación: el panel con las cifras principales y los gráficos, la comparación de escenarios, las recomendaciones sobre la restricción, el historial de ejecuciones y el informe de texto completo. Cambie entre ellos con los botones de la parte superior o con el menú Ver.&lt;/p&gt;&lt;p&gt;Ejecute una simulación con Simular ▸ Ejecutar simulación (F5); cuando el modelo cambia, los resultados se marcan como desactualizados.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the headline figures and charts of the last simulation run</source>
        <translation>Mostrar las cifras principales y los gráficos de la última ejecución de la simulación</translation>
    </message>
    <message>
        <source>Run several scenarios and compare their figures against a baseline</source>
        <translation>Ejecutar varios escenarios y comparar sus cifras con una línea base</translation>
    </message>
    <message>
        <source>Show what would relieve the constraint most, and what it would gain</source>
        <translation>Mostrar qué aliviaría más la restricción y cuánto se ganaría</translation>
    </message>
    <message>
        <source>Show the earlier simulation runs of this project, to compare them</source>
        <translation>Mostrar las ejecuciones anteriores de la simulación de este proyecto para compararlas</translation>
    </message>
    <message>
        <source>Show the full results of the last run as plain text to copy</source>
        <translation>Mostrar los resultados completos de la última ejecución como texto sin formato para copiarlo</translation>
    </message>
</context>
<context>
    <name>oi::editor::RoleForm</name>
    <message>
        <source>No shift calendar: the headcount is on duty all day</source>
        <translation>Sin calendario de turnos: la dotación está de turno todo el día</translation>
    </message>
    <message>
        <source>Also takes the work of</source>
        <translation>También asume el trabajo de</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>sin coste asignado</translation>
    </message>
    <message>
        <source>Fully loaded cost of one person for one hour, in the project&apos;s currency</source>
        <translation>Coste total de una persona durante una hora, en la moneda del proyecto</translation>
    </message>
    <message>
        <source>Staff on duty per hour</source>
        <translation>Personal de turno por hora</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Work this role&apos;s staff may also take; lower priorities are taken first</source>
        <translation>Trabajo que también puede asumir el personal de este rol; las prioridades más bajas se asumen primero</translation>
    </message>
    <message>
        <source>Add Cross-Training</source>
        <translation>Añadir formación cruzada</translation>
    </message>
    <message>
        <source>Remove Cross-Training</source>
        <translation>Quitar formación cruzada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Driving strategy</source>
        <translation>Estrategia impulsora</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Dotación</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Coste por hora</translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation>Formación cruzada</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This calendar repeats every %1 time units, not every day; editing it here makes it a daily calendar.</source>
        <translation>Este calendario se repite cada %1 unidades de tiempo, no cada día; si lo edita aquí, se convierte en un calendario diario.</translation>
    </message>
    <message>
        <source>This calendar has blocks that do not start on the hour; editing it here rounds them.</source>
        <translation>Este calendario tiene bloques que no empiezan en punto; si lo edita aquí, se redondean.</translation>
    </message>
</context>
<context>
    <name>oi::editor::RoleMapEditor</name>
    <message>
        <source>As-Is and To-Be</source>
        <translation>Actual y futura</translation>
    </message>
    <message>
        <source>As-Is Only</source>
        <translation>Solo actual</translation>
    </message>
    <message>
        <source>To-Be Only</source>
        <translation>Solo futura</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Roles&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The organisation as a map: each role with the responsibilities it carries, as-is and to-be side by side, so a redesign shows who gains and who loses work. Choose As-Is Only or To-Be Only in the View menu to see one of them; click a role to edit it in the Properties panel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Roles&lt;/b&gt;&lt;/p&gt;&lt;p&gt;La organización como mapa: cada rol con las responsabilidades que asume, el actual y el futuro uno junto a otro, de modo que un rediseño muestra quién gana y quién pierde trabajo. Elija Solo actual o Solo futura en el menú Ver para ver solo uno de ellos; haga clic en un rol para editarlo en el panel Propiedades.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Mapa de roles</translation>
    </message>
    <message>
        <source>Show the roles as they are today beside the roles after the redesign</source>
        <translation>Mostrar los roles tal como son hoy junto a los roles tras el rediseño</translation>
    </message>
    <message>
        <source>Show only the roles as they are today</source>
        <translation>Mostrar solo los roles tal como son hoy</translation>
    </message>
    <message>
        <source>Show only the roles after the redesign</source>
        <translation>Mostrar solo los roles tras el rediseño</translation>
    </message>
</context>
<context>
    <name>oi::editor::ScenarioForm</name>
    <message>
        <source>The window repeats every %1 hours, not every day</source>
        <translation>La ventana se repite cada %1 horas, no cada día</translation>
    </message>
    <message>
        <source>add</source>
        <translation>añadir</translation>
    </message>
    <message>
        <source>set to</source>
        <translation>fijar en</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>1.5 × is half as many customers again; 0 × (only in a window) is none</source>
        <translation>1.5 × es la mitad más de clientes; 0 × (solo en una ventana) es ninguno</translation>
    </message>
    <message>
        <source>Demand changes all the time; clear it for a window of the day</source>
        <translation>La demanda cambia todo el tiempo; desactívelo para una ventana del día</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of the first process&apos;s customers that go to the other instead</source>
        <translation>La proporción de los clientes del primer proceso que van al otro en su lugar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Dotación</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Duration factor</source>
        <translation>Factor de duración</translation>
    </message>
    <message>
        <source>Also takes the work of</source>
        <translation>También asume el trabajo de</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Se ejecuta como</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Realizado por</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>From process</source>
        <translation>Desde el proceso</translation>
    </message>
    <message>
        <source>To process</source>
        <translation>Al proceso</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Demand of every process, scaled: 1.2 × is a fifth more customers</source>
        <translation>Demanda de todos los procesos, escalada: 1.2 × es una quinta parte más de clientes</translation>
    </message>
    <message>
        <source>As modelled</source>
        <translation>Como en el modelo</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off: nobody takes another role&apos;s work</source>
        <translation>Desactivada: nadie asume el trabajo de otro rol</translation>
    </message>
    <message>
        <source>A factor scales a task&apos;s duration: 0.8 takes a fifth less time</source>
        <translation>Un factor escala la duración de una tarea: 0.8 tarda una quinta parte menos</translation>
    </message>
    <message>
        <source>Staff on duty in a window of every day: add staff (a negative number takes staff away) or set how many are on duty</source>
        <translation>Personal de turno en una ventana de cada día: añada personal (un número negativo lo quita) o fije cuántas personas están de turno</translation>
    </message>
    <message>
        <source>Another role does the task in this scenario</source>
        <translation>Otro rol realiza la tarea en este escenario</translation>
    </message>
    <message>
        <source>Extra skills in this scenario: a role&apos;s staff also take another role&apos;s work; lower priorities are taken first</source>
        <translation>Competencias adicionales en este escenario: el personal de un rol asume también el trabajo de otro rol; las prioridades más bajas se asumen primero</translation>
    </message>
    <message>
        <source>A redesign of a process (a process that is a variant of it) runs in its place</source>
        <translation>Un rediseño de un proceso (un proceso que es una variante suya) se ejecuta en su lugar</translation>
    </message>
    <message>
        <source>Demand of one process scaled, all day or within a window of every day; a window needs arrivals given as rates or exponential</source>
        <translation>Demanda de un proceso escalada, todo el día o dentro de una ventana de cada día; una ventana necesita llegadas indicadas como tasas o exponenciales</translation>
    </message>
    <message>
        <source>A share of a process&apos;s customers goes to another process instead (a channel shift); the shares leaving one process add up to at most 100 %</source>
        <translation>Una proporción de los clientes de un proceso va a otro proceso en su lugar (un cambio de canal); las proporciones que salen de un proceso suman como máximo el 100 %</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Añadir rol</translation>
    </message>
    <message>
        <source>Remove Role</source>
        <translation>Quitar rol</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <source>Remove Task</source>
        <translation>Quitar tarea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation>Formación cruzada</translation>
    </message>
    <message>
        <source>Headcount per role</source>
        <translation>Dotación por rol</translation>
    </message>
    <message>
        <source>Staffing windows</source>
        <translation>Ventanas de dotación</translation>
    </message>
    <message>
        <source>Add Window</source>
        <translation>Añadir ventana</translation>
    </message>
    <message>
        <source>Remove Window</source>
        <translation>Quitar ventana</translation>
    </message>
    <message>
        <source>Duration factors</source>
        <translation>Factores de duración</translation>
    </message>
    <message>
        <source>Reassigned tasks</source>
        <translation>Tareas reasignadas</translation>
    </message>
    <message>
        <source>Add Reassignment</source>
        <translation>Añadir reasignación</translation>
    </message>
    <message>
        <source>Remove Reassignment</source>
        <translation>Quitar reasignación</translation>
    </message>
    <message>
        <source>Extra cross-training</source>
        <translation>Formación cruzada adicional</translation>
    </message>
    <message>
        <source>Add Cross-Training</source>
        <translation>Añadir formación cruzada</translation>
    </message>
    <message>
        <source>Remove Cross-Training</source>
        <translation>Quitar formación cruzada</translation>
    </message>
    <message>
        <source>Process variants</source>
        <translation>Variantes de proceso</translation>
    </message>
    <message>
        <source>Add Variant</source>
        <translation>Añadir variante</translation>
    </message>
    <message>
        <source>Remove Variant</source>
        <translation>Quitar variante</translation>
    </message>
    <message>
        <source>Demand changes</source>
        <translation>Cambios de demanda</translation>
    </message>
    <message>
        <source>Add Demand Change</source>
        <translation>Añadir cambio de demanda</translation>
    </message>
    <message>
        <source>Remove Demand Change</source>
        <translation>Quitar cambio de demanda</translation>
    </message>
    <message>
        <source>Diversions</source>
        <translation>Desvíos</translation>
    </message>
    <message>
        <source>Add Diversion</source>
        <translation>Añadir desvío</translation>
    </message>
    <message>
        <source>Remove Diversion</source>
        <translation>Quitar desvío</translation>
    </message>
</context>
<context>
    <name>oi::editor::StepForm</name>
    <message>
        <source>The customer starts this step</source>
        <translation>El cliente inicia este paso</translation>
    </message>
    <message>
        <source>A moment of truth</source>
        <translation>Un momento de la verdad</translation>
    </message>
    <message>
        <source>−2 very negative</source>
        <translation>−2 muy negativa</translation>
    </message>
    <message>
        <source>−1 negative</source>
        <translation>−1 negativa</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutral</translation>
    </message>
    <message>
        <source>+1 positive</source>
        <translation>+1 positiva</translation>
    </message>
    <message>
        <source>+2 very positive</source>
        <translation>+2 muy positiva</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Observed in data</source>
        <translation>Observado en datos</translation>
    </message>
    <message>
        <source>From research / interviews</source>
        <translation>De investigación / entrevistas</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>One pain point per line</source>
        <translation>Un punto de dolor por línea</translation>
    </message>
    <message>
        <source>One opportunity per line</source>
        <translation>Una oportunidad por línea</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Acción del cliente</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Emotion (as-is)</source>
        <translation>Emoción (actual)</translation>
    </message>
    <message>
        <source>Emotion (to-be)</source>
        <translation>Emoción (futura)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation>Añadir métrica</translation>
    </message>
    <message>
        <source>Remove Metric</source>
        <translation>Quitar métrica</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Customer needs it serves</source>
        <translation>Necesidades del cliente que atiende</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Nueva métrica</translation>
    </message>
    <message>
        <source>Journey step</source>
        <translation>Paso del recorrido</translation>
    </message>
    <message numerus="yes">
        <source>%n steps selected (showing “%1”)</source>
        <translation>
            <numerusform>%n paso seleccionado (se muestra “%1”)</numerusform>
            <numerusform>%n pasos seleccionados (se muestra “%1”)</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
</context>
<context>
    <name>oi::editor::StrategyChainsTree</name>
    <message>
        <source>Roles it changes or that work in its processes (%1)</source>
        <translation>Roles que cambia o que trabajan en sus procesos (%1)</translation>
    </message>
    <message>
        <source>Processes (%1)</source>
        <translation>Procesos (%1)</translation>
    </message>
    <message>
        <source>Journey steps (%1)</source>
        <translation>Pasos del recorrido (%1)</translation>
    </message>
    <message>
        <source>Requirements on technology (%1)</source>
        <translation>Requisitos sobre la tecnología (%1)</translation>
    </message>
    <message>
        <source>Customer needs served (%1)</source>
        <translation>Necesidades del cliente atendidas (%1)</translation>
    </message>
</context>
<context>
    <name>oi::editor::StrategyForm</name>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Medido en</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Estadístico</translation>
    </message>
    <message>
        <source>Met when</source>
        <translation>Se cumple cuando</translation>
    </message>
    <message>
        <source>At task</source>
        <translation>En la tarea</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>The executive who sets the strategy</source>
        <translation>El directivo que fija la estrategia</translation>
    </message>
    <message>
        <source>“Measured on” links a goal to a simulated process; its target is then checked against the results (a share from 0 to 1 for abandonment and utilisation): the statistic of the measure, at most or at least the target.</source>
        <translation>“Medido en” vincula un objetivo a un proceso simulado; su meta se comprueba entonces con los resultados (una proporción de 0 a 1 para el abandono y la utilización): el estadístico de la medida, como máximo o como mínimo la meta.</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Remove Goal</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose a process to measure this goal on.</source>
        <translation>Elija un proceso en el que medir este objetivo.</translation>
    </message>
    <message>
        <source>whole process</source>
        <translation>todo el proceso</translation>
    </message>
    <message>
        <source>Percentiles are taken of cycle times and waits; the rest are means</source>
        <translation>Los percentiles se calculan sobre tiempos de ciclo y esperas; el resto son medias</translation>
    </message>
    <message>
        <source>The goal is met when the result is at most, or at least, the target</source>
        <translation>El objetivo se cumple cuando el resultado es como máximo, o como mínimo, la meta</translation>
    </message>
    <message>
        <source>A wait at one task of the measured process, or over all its tasks</source>
        <translation>Una espera en una tarea del proceso medido, o en todas sus tareas</translation>
    </message>
    <message>
        <source>Whose utilisation is measured</source>
        <translation>De quién se mide la utilización</translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceMatrixModel</name>
    <message>
        <source>%1 of %2 strategies covered</source>
        <translation>%1 de %2 estrategias cubiertas</translation>
    </message>
    <message>
        <source>%1 of %2 roles covered</source>
        <translation>%1 de %2 roles cubiertos</translation>
    </message>
    <message>
        <source>%1 of %2 processes covered</source>
        <translation>%1 de %2 procesos cubiertos</translation>
    </message>
    <message>
        <source>%1 of %2 journey steps covered</source>
        <translation>%1 de %2 pasos del recorrido cubiertos</translation>
    </message>
    <message>
        <source>%1 of %2 requirements covered</source>
        <translation>%1 de %2 requisitos cubiertos</translation>
    </message>
    <message>
        <source>%1 of %2 process nodes covered</source>
        <translation>%1 de %2 nodos de proceso cubiertos</translation>
    </message>
    <message>
        <source>%1 of %2 customer needs covered</source>
        <translation>%1 de %2 necesidades del cliente cubiertas</translation>
    </message>
    <message>
        <source>Strategies × roles</source>
        <translation>Estrategias × roles</translation>
    </message>
    <message>
        <source>Roles × processes</source>
        <translation>Roles × procesos</translation>
    </message>
    <message>
        <source>Journey steps × processes</source>
        <translation>Pasos del recorrido × procesos</translation>
    </message>
    <message>
        <source>Requirements × journey steps</source>
        <translation>Requisitos × pasos del recorrido</translation>
    </message>
    <message>
        <source>Requirements × process nodes</source>
        <translation>Requisitos × nodos de proceso</translation>
    </message>
    <message>
        <source>Customer needs × journey steps</source>
        <translation>Necesidades del cliente × pasos del recorrido</translation>
    </message>
    <message>
        <source>%1 — %2: linked</source>
        <translation>%1 — %2: vinculados</translation>
    </message>
    <message>
        <source>%1 — %2: not linked</source>
        <translation>%1 — %2: no vinculados</translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceabilityEditor</name>
    <message>
        <source>Traceability</source>
        <translation>Trazabilidad</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Traceability&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The outside-in chain at a glance: which roles serve which strategies, which customer needs each journey step meets, and the other links down to the requirements, one matrix at a time with its coverage. Choose the matrix and filter it by name above it; under it are the gaps (what nothing links to), the chain of each strategy and the executive decisions.&lt;/p&gt;&lt;p&gt;Select a row or column header to select that entity everywhere; its whole chain lights up.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trazabilidad&lt;/b&gt;&lt;/p&gt;&lt;p&gt;La cadena outside-in de un vistazo: qué roles sirven a qué estrategias, qué necesidades del cliente atiende cada paso del recorrido y los demás vínculos hasta los requisitos, una matriz cada vez con su cobertura. Elija la matriz y fíltrela por nombre encima de ella; debajo están las carencias (lo que nada vincula), la cadena de cada estrategia y las decisiones ejecutivas.&lt;/p&gt;&lt;p&gt;Seleccione el encabezado de una fila o columna para seleccionar esa entidad en todas partes; se ilumina toda su cadena.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceabilityView</name>
    <message>
        <source>Gaps</source>
        <translation>Carencias</translation>
    </message>
    <message>
        <source>Chain of each strategy</source>
        <translation>Cadena de cada estrategia</translation>
    </message>
    <message>
        <source>Executive decisions</source>
        <translation>Decisiones ejecutivas</translation>
    </message>
    <message>
        <source>&amp;Matrix:</source>
        <translation>&amp;Matriz:</translation>
    </message>
    <message>
        <source>Filter rows and columns by name</source>
        <translation>Filtrar filas y columnas por nombre</translation>
    </message>
    <message>
        <source>Orphans and gaps</source>
        <translation>Huérfanos y carencias</translation>
    </message>
    <message>
        <source>Filter the matrix by name</source>
        <translation>Filtrar la matriz por nombre</translation>
    </message>
    <message>
        <source>Traceability matrix</source>
        <translation>Matriz de trazabilidad</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::AdviceView</name>
    <message numerus="yes">
        <source>%1 of %n met (%2 before)</source>
        <translation>
            <numerusform>%1 de %n cumplido (%2 antes)</numerusform>
            <numerusform>%1 de %n cumplidos (%2 antes)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Advise</source>
        <translation>&amp;Analizar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Add as &amp;What-If Scenario</source>
        <translation>Añadir como escenario &amp;hipotético</translation>
    </message>
    <message>
        <source>Remedy, best business case first</source>
        <translation>Solución, empezando por el mejor caso de negocio</translation>
    </message>
    <message>
        <source>Net a week</source>
        <translation>Neto por semana</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Choose a scenario and press Advise: the advisor names the constraint and tries the remedies with the same random numbers, best business case first.</source>
        <translation>Elija un escenario y pulse Analizar: el asesor identifica la restricción y prueba las soluciones con los mismos números aleatorios, empezando por el mejor caso de negocio.</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Escenario:</translation>
    </message>
    <message>
        <source>Trying the remedies…</source>
        <translation>Probando las soluciones…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No advice: %1</source>
        <translation>Sin recomendación: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>By time of day: %1.</source>
        <translation>Por hora del día: %1.</translation>
    </message>
    <message>
        <source>Not significant at 95 %: the gain may be chance.</source>
        <translation>No significativo al 95 %: la ganancia puede deberse al azar.</translation>
    </message>
    <message>
        <source>%1: %2 (before: %3)</source>
        <translation>%1: %2 (antes: %3)</translation>
    </message>
    <message>
        <source>Add What-If Scenario %1</source>
        <translation>Añadir escenario hipotético %1</translation>
    </message>
    <message>
        <source>Significant at 95 %: the whole 95 % interval of the gain is above zero.</source>
        <translation>Significativo al 95 %: todo el intervalo del 95 % de la ganancia está por encima de cero.</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Guardar gráfico como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Guardar gráfico como &amp;SVG…</translation>
    </message>
    <message>
        <source>Save Data as &amp;CSV…</source>
        <translation>Guardar datos como &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ComparisonTable</name>
    <message>
        <source>Process and figure</source>
        <translation>Proceso y cifra</translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <source>significant?</source>
        <translation>¿significativo?</translation>
    </message>
    <message>
        <source>process</source>
        <translation>proceso</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>%1 does not run it</source>
        <translation>%1 no lo ejecuta</translation>
    </message>
    <message>
        <source>%1 runs %2 in its place</source>
        <translation>%1 ejecuta %2 en su lugar</translation>
    </message>
    <message numerus="yes">
        <source>Mean over %n replications, ± the 95 % interval</source>
        <translation>
            <numerusform>Media de %n réplica, ± el intervalo del 95 %</numerusform>
            <numerusform>Media de %n réplicas, ± el intervalo del 95 %</numerusform>
        </translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>sin diferencia significativa</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message numerus="yes">
        <source>Better, and significant: the paired 95 % interval (%n pairs) excludes zero.</source>
        <translation>
            <numerusform>Mejor y significativo: el intervalo pareado del 95 % (%n par) excluye el cero.</numerusform>
            <numerusform>Mejor y significativo: el intervalo pareado del 95 % (%n pares) excluye el cero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Worse, and significant: the paired 95 % interval (%n pairs) excludes zero.</source>
        <translation>
            <numerusform>Peor y significativo: el intervalo pareado del 95 % (%n par) excluye el cero.</numerusform>
            <numerusform>Peor y significativo: el intervalo pareado del 95 % (%n pares) excluye el cero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The paired 95 % interval (%n pairs) spans zero: no significant difference.</source>
        <translation>
            <numerusform>El intervalo pareado del 95 % (%n par) incluye el cero: no hay diferencia significativa.</numerusform>
            <numerusform>El intervalo pareado del 95 % (%n pares) incluye el cero: no hay diferencia significativa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ComparisonView</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save Table as CSV…</source>
        <translation>Guardar tabla como CSV…</translation>
    </message>
    <message>
        <source>Tick the scenarios to compare; the first ticked is the baseline. Drag to reorder.</source>
        <translation>Marque los escenarios que desea comparar; el primero marcado es la referencia. Arrástrelos para reordenarlos.</translation>
    </message>
    <message>
        <source> replications each</source>
        <translation> réplicas cada uno</translation>
    </message>
    <message>
        <source>Every scenario runs with the same random numbers replication by replication (common random numbers), so each difference is paired. A change whose 95 % interval spans zero is no significant difference; significant changes are green when better and red when worse.</source>
        <translation>Todos los escenarios se ejecutan con los mismos números aleatorios réplica a réplica (números aleatorios comunes), así que cada diferencia es pareada. Un cambio cuyo intervalo del 95 % incluye el cero no es una diferencia significativa; los cambios significativos aparecen en verde si son mejores y en rojo si son peores.</translation>
    </message>
    <message>
        <source>Scenarios (the first ticked is the baseline):</source>
        <translation>Escenarios (el primero marcado es la referencia):</translation>
    </message>
    <message>
        <source>The project needs at least two scenarios to compare (Edit ▸ New ▸ Scenario).</source>
        <translation>El proyecto necesita al menos dos escenarios para comparar (Editar ▸ Nuevo ▸ Escenario).</translation>
    </message>
    <message>
        <source>Comparing %1…</source>
        <translation>Comparando %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The finished comparison belonged to a project that is no longer open; it was set aside.</source>
        <translation>La comparación terminada pertenecía a un proyecto que ya no está abierto; se ha descartado.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>The comparison stopped: %1</source>
        <translation>La comparación se ha detenido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replications of each in %1 s.</source>
        <translation>
            <numerusform>%n réplica de cada uno en %1 s.</numerusform>
            <numerusform>%n réplicas de cada uno en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project was edited meanwhile: the figures describe it as it was when they started.</source>
        <translation>El proyecto se editó entretanto: las cifras lo describen tal como estaba cuando empezaron.</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Guardar comparación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation>Escenarios que se van a comparar</translation>
    </message>
    <message>
        <source>Replications per scenario</source>
        <translation>Réplicas por escenario</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::KpiTile</name>
    <message>
        <source>The 95 % interval over the replications</source>
        <translation>El intervalo del 95 % sobre las réplicas</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ResultsDashboard</name>
    <message>
        <source>Run a simulation (Simulate ▸ Run Simulation, F5) to see here where the constraint is, how the goals fare and where the time goes.</source>
        <translation>Ejecute una simulación (Simular ▸ Ejecutar simulación, F5) para ver aquí dónde está la restricción, cómo van los objetivos y en qué se va el tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n replications of %2, the first %3 a warm-up</source>
        <translation>
            <numerusform>%1 — %n réplica de %2, de la que los primeros %3 son calentamiento</numerusform>
            <numerusform>%1 — %n réplicas de %2, de las que los primeros %3 son calentamiento</numerusform>
        </translation>
    </message>
    <message>
        <source>No constraint: no task had to wait for staff.</source>
        <translation>Sin restricción: ninguna tarea tuvo que esperar a personal.</translation>
    </message>
    <message>
        <source>The constraint is &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; at %3: busy %4 of the staff-time on duty, %5 of all waiting is there.</source>
        <translation>La restricción es &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; en %3: ocupado el %4 del tiempo de personal de turno; ahí se concentra el %5 de toda la espera.</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>By time of day: %1.</source>
        <translation>Por hora del día: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Replications were added until every process&apos;s mean cycle time was known within ± %1: %n were needed.</source>
        <translation>
            <numerusform>Se añadieron réplicas hasta conocer el tiempo de ciclo medio de cada proceso con un margen de ± %1: se necesitó %n.</numerusform>
            <numerusform>Se añadieron réplicas hasta conocer el tiempo de ciclo medio de cada proceso con un margen de ± %1: se necesitaron %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>MSER-5 chose the warm-up of %1 from the first replication&apos;s work in process.</source>
        <translation>MSER-5 eligió el calentamiento de %1 a partir del trabajo en curso de la primera réplica.</translation>
    </message>
    <message>
        <source>± is the 95 % interval over the replications; seed %1.</source>
        <translation>± es el intervalo del 95 % sobre las réplicas; semilla %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Goals of the strategy</source>
        <translation>Objetivos de la estrategia</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <source>The constraint</source>
        <translation>La restricción</translation>
    </message>
    <message>
        <source>Where the time goes</source>
        <translation>En qué se va el tiempo</translation>
    </message>
    <message>
        <source>The process whose cycle times are shown</source>
        <translation>El proceso cuyos tiempos de ciclo se muestran</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ResultsView</name>
    <message>
        <source>Run the simulation to read its report here.</source>
        <translation>Ejecute la simulación para leer aquí su informe.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>Comparar escenarios</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Historial de ejecuciones</translation>
    </message>
    <message>
        <source>Text Report</source>
        <translation>Informe de texto</translation>
    </message>
    <message>
        <source>The project has changed since this run: these figures describe it as it was then. Run the simulation again (F5) for current figures.</source>
        <translation>El proyecto ha cambiado desde esta ejecución: estas cifras lo describen tal como estaba entonces. Vuelva a ejecutar la simulación (F5) para obtener cifras actuales.</translation>
    </message>
    <message>
        <source>Text report</source>
        <translation>Informe de texto</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::RunDetails</name>
    <message>
        <source>&lt;p&gt;No run yet. &lt;i&gt;Simulate ▸ Run Simulation&lt;/i&gt; (F5) runs the scenario chosen in the Simulation panel; its results appear here and on the maps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no hay ninguna ejecución. &lt;i&gt;Simular ▸ Ejecutar simulación&lt;/i&gt; (F5) ejecuta el escenario elegido en el panel Simulación; sus resultados aparecen aquí y en los mapas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>Acerca de esta ejecución</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>%1 (first %2), seed %3</source>
        <translation>%1 (la primera %2), semilla %3</translation>
    </message>
    <message>
        <source>Each replication</source>
        <translation>Cada réplica</translation>
    </message>
    <message>
        <source>%1, of which the first %2 is warm-up (not measured)</source>
        <translation>%1, de los que los primeros %2 son calentamiento (no se miden)</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>chosen by MSER-5</source>
        <translation>elegido por MSER-5</translation>
    </message>
    <message>
        <source>Stopping rule</source>
        <translation>Regla de parada</translation>
    </message>
    <message>
        <source>until each mean cycle time is within ± %1</source>
        <translation>hasta que cada tiempo de ciclo medio esté dentro de ± %1</translation>
    </message>
    <message>
        <source>the replications asked for</source>
        <translation>las réplicas solicitadas</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <source>%1 events in %2 s</source>
        <translation>%1 eventos en %2 s</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>changed since the run: the figures describe it as it was</source>
        <translation>cambiado desde la ejecución: las cifras lo describen tal como era</translation>
    </message>
    <message>
        <source>as simulated (fingerprint %1)</source>
        <translation>tal como se simuló (huella %1)</translation>
    </message>
    <message>
        <source>Precision of the mean cycle time</source>
        <translation>Precisión del tiempo de ciclo medio</translation>
    </message>
    <message>
        <source>± %1 of the mean</source>
        <translation>± %1 de la media</translation>
    </message>
    <message>
        <source>no interval (fewer than two replications measured it)</source>
        <translation>sin intervalo (lo midieron menos de dos réplicas)</translation>
    </message>
    <message>
        <source>&lt;p&gt;A wider interval narrows with more replications: about half as wide for four times as many.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un intervalo más amplio se estrecha con más réplicas: aproximadamente a la mitad con el cuádruple de réplicas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::RunHistoryView</name>
    <message>
        <source>Open on the Dashboard</source>
        <translation>Abrir en el panel</translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>Comparar las dos</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Réplicas</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Restricción</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>Abrir ejecución</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>Eliminar ejecuciones</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the project&apos;s run history? This cannot be undone.</source>
        <translation>
            <numerusform>¿Desea eliminar %n ejecución del historial de ejecuciones del proyecto? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Desea eliminar %n ejecuciones del historial de ejecuciones del proyecto? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs are kept in .oistudio projects. Save this project as .oistudio (File ▸ Save As) to keep every run with its inputs and results.</source>
        <translation>Las ejecuciones se guardan en los proyectos .oistudio. Guarde este proyecto como .oistudio (Archivo ▸ Guardar como) para conservar cada ejecución con sus datos de entrada y resultados.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>run on unsaved edits</source>
        <translation>ejecución con cambios sin guardar</translation>
    </message>
    <message>
        <source>model changed since</source>
        <translation>modelo cambiado desde entonces</translation>
    </message>
    <message>
        <source>as now</source>
        <translation>como ahora</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>The figures describe the model as it was when the run started, not as it is now.</source>
        <translation>Las cifras describen el modelo tal como era al iniciarse la ejecución, no como es ahora.</translation>
    </message>
    <message>
        <source>The run history cannot be read: %1</source>
        <translation>No se puede leer el historial de ejecuciones: %1</translation>
    </message>
    <message>
        <source>No runs yet: every simulation of this project is kept here.</source>
        <translation>Aún no hay ejecuciones: aquí se guarda cada simulación de este proyecto.</translation>
    </message>
    <message>
        <source>Select one run to open it, or two to compare them (the earlier one is the baseline).</source>
        <translation>Seleccione una ejecución para abrirla, o dos para compararlas (la anterior es la referencia).</translation>
    </message>
    <message>
        <source>There is no run %1 in the history.</source>
        <translation>No hay ninguna ejecución %1 en el historial.</translation>
    </message>
    <message>
        <source>The run of %1 cannot be read: %2</source>
        <translation>No se puede leer la ejecución de %1: %2</translation>
    </message>
    <message>
        <source>From the run history: %1.</source>
        <translation>Del historial de ejecuciones: %1.</translation>
    </message>
    <message>
        <source>This run is marked: %1.</source>
        <translation>Esta ejecución está marcada: %1.</translation>
    </message>
    <message>
        <source>Two runs of the history, paired replication by replication.</source>
        <translation>Dos ejecuciones del historial, pareadas réplica a réplica.</translation>
    </message>
    <message>
        <source>Their seeds differ, so they share no random numbers: the intervals are wider.</source>
        <translation>Sus semillas son distintas, así que no comparten números aleatorios: los intervalos son más amplios.</translation>
    </message>
    <message>
        <source>A marked run describes the model as it was then.</source>
        <translation>Una ejecución marcada describe el modelo tal como era entonces.</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::PocScenarioForm</name>
    <message>
        <source>Add Step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>No PoC scenario selected. Add one, or draft one for each journey with Draft from Journeys.</source>
        <translation>No hay ningún escenario de PoC seleccionado. Añada uno, o esboce uno para cada recorrido con Esbozar a partir de los recorridos.</translation>
    </message>
    <message>
        <source>What the vendor demonstrates</source>
        <translation>Lo que demuestra el proveedor</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Role and task</source>
        <translation>Rol y tarea</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Steps of the PoC scenario</source>
        <translation>Pasos del escenario de PoC</translation>
    </message>
    <message>
        <source>What the customer does at this step</source>
        <translation>Lo que hace el cliente en este paso</translation>
    </message>
    <message>
        <source>The test data the buyer hands the vendor</source>
        <translation>Los datos de prueba que el comprador entrega al proveedor</translation>
    </message>
    <message>
        <source>What the evaluators must see</source>
        <translation>Lo que deben ver los evaluadores</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Customer&apos;s action</source>
        <translation>Acción del cliente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Requirement demonstrated</source>
        <translation>Requisito demostrado</translation>
    </message>
    <message>
        <source>Data the buyer provides</source>
        <translation>Datos que aporta el comprador</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Resultado esperado</translation>
    </message>
    <message>
        <source>Minutes allowed</source>
        <translation>Minutos permitidos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Steps the vendor demonstrates live</source>
        <translation>Pasos que el proveedor demuestra en vivo</translation>
    </message>
    <message>
        <source>(no journey)</source>
        <translation>(sin recorrido)</translation>
    </message>
    <message>
        <source>(no process)</source>
        <translation>(sin proceso)</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes in all</source>
        <translation>%1 minutos en total</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Buyer&apos;s data: %1
Expected: %2</source>
        <translation>Datos del comprador: %1
Esperado: %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Select a step to edit it</source>
        <translation>Seleccione un paso para editarlo</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(sin rol)</translation>
    </message>
    <message>
        <source>(no task)</source>
        <translation>(sin tarea)</translation>
    </message>
    <message>
        <source>(no requirement)</source>
        <translation>(sin requisito)</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::VendorComparison</name>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Puntuación ponderada</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Puntuados</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 de un máximo de %2</translation>
    </message>
    <message>
        <source>The weighted score as a share of the most a vendor could score (%1)</source>
        <translation>La puntuación ponderada como proporción del máximo que podría obtener un proveedor (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Knocked out: the Must %1 scored 0</source>
        <translation>Eliminado: el Must %1 obtuvo 0</translation>
    </message>
    <message>
        <source>Knocked out: the Musts %1 scored 0</source>
        <translation>Eliminado: los Must %1 obtuvieron 0</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>En cabeza</translation>
    </message>
    <message>
        <source>In the running</source>
        <translation>En la carrera</translation>
    </message>
    <message>
        <source>No vendors yet: add them, or import a filled-in scoring sheet.</source>
        <translation>Aún no hay proveedores: añádalos o importe una hoja de puntuación cumplimentada.</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::VendorPocEditor</name>
    <message>
        <source>Vendor PoC</source>
        <translation>PoC de proveedores</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::VendorPocPage</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Draft from Journeys</source>
        <translation>Esbozar a partir de los recorridos</translation>
    </message>
    <message>
        <source>Add a PoC scenario</source>
        <translation>Añadir un escenario de PoC</translation>
    </message>
    <message>
        <source>Remove the selected PoC scenario</source>
        <translation>Quitar el escenario de PoC seleccionado</translation>
    </message>
    <message>
        <source>Move the scenario up the script</source>
        <translation>Subir el escenario en el guion</translation>
    </message>
    <message>
        <source>Move the scenario down the script</source>
        <translation>Bajar el escenario en el guion</translation>
    </message>
    <message>
        <source>Draft a scenario for each journey that has none, along its to-be process</source>
        <translation>Esbozar un escenario para cada recorrido que no tenga ninguno, siguiendo su proceso futuro</translation>
    </message>
    <message>
        <source>PoC scenarios</source>
        <translation>Escenarios de PoC</translation>
    </message>
    <message>
        <source>PoC Scenarios</source>
        <translation>Escenarios de PoC</translation>
    </message>
    <message>
        <source>Vendors and Scoring</source>
        <translation>Proveedores y puntuación</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vendor PoC&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The proof-of-concept scenarios the vendors must demonstrate live, stored in the project: add, remove, reorder and edit them step by step. &lt;i&gt;Vendors and Scoring&lt;/i&gt; holds the vendors, the evaluators&apos; scores 0–3 per requirement, the weight of each priority and the comparison; a Must scored 0 knocks a vendor out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PoC de proveedores&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Los escenarios de prueba de concepto que los proveedores deben demostrar en vivo, guardados en el proyecto: añádalos, quítelos, reordénelos y edítelos paso a paso. &lt;i&gt;Proveedores y puntuación&lt;/i&gt; contiene los proveedores, las puntuaciones de 0 a 3 de los evaluadores por requisito, el peso de cada prioridad y la comparación; un Must puntuado con 0 elimina a un proveedor.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::VendorScoring</name>
    <message>
        <source>Add Vendor</source>
        <translation>Añadir proveedor</translation>
    </message>
    <message>
        <source>Remove Vendor</source>
        <translation>Quitar proveedor</translation>
    </message>
    <message>
        <source>Double-click a vendor to rename it</source>
        <translation>Haga doble clic en un proveedor para cambiarle el nombre</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Scores per requirement and vendor</source>
        <translation>Puntuaciones por requisito y proveedor</translation>
    </message>
    <message>
        <source>Vendor comparison</source>
        <translation>Comparación de proveedores</translation>
    </message>
    <message>
        <source>Weight per priority</source>
        <translation>Peso por prioridad</translation>
    </message>
    <message>
        <source>Scores per requirement: 0 not shown, 1 partly, 2 largely, 3 fully met</source>
        <translation>Puntuaciones por requisito: 0 no demostrado, 1 parcialmente, 2 en gran parte, 3 totalmente cumplido</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>0 not shown, 1 partly, 2 largely, 3 fully met; – not scored yet</source>
        <translation>0 no demostrado, 1 parcialmente, 2 en gran parte, 3 totalmente cumplido; – aún sin puntuar</translation>
    </message>
    <message>
        <source>Score of %1 for %2</source>
        <translation>Puntuación de %1 para %2</translation>
    </message>
</context>
<context>
    <name>oi::model</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>the file name is too long for this folder (at most %1 bytes, and a save needs %2 more for its temporary copy)</source>
        <translation>el nombre de archivo es demasiado largo para esta carpeta (como máximo %1 bytes, y al guardar se necesitan %2 más para la copia temporal)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>cannot name the temporary copy</source>
        <translation>no se puede dar nombre a la copia temporal</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;journey&quot;</source>
        <translation>se esperaba &quot;journey&quot; (la cabecera de un recorrido Mermaid)</translation>
    </message>
    <message>
        <source>expected &quot;task name: score 1-5: actors&quot;</source>
        <translation>se esperaba &quot;task name: score 1-5: actors&quot;</translation>
    </message>
    <message>
        <source>line 1: expected &quot;journey&quot;</source>
        <translation>línea 1: se esperaba &quot;journey&quot; (la cabecera de un recorrido Mermaid)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 3</source>
        <translation>se esperaba un número entero de 1 a 3</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>the file is over %1 MB; journey files are read up to that size.</source>
        <translation>el archivo supera los %1 MB; los archivos de recorrido se leen hasta ese tamaño.</translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation>posición %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;outsidein-journey&quot;</source>
        <translation>se esperaba &quot;outsidein-journey&quot; (el formato de recorrido)</translation>
    </message>
    <message>
        <source>only version 1 is supported</source>
        <translation>solo se admite la versión 1</translation>
    </message>
    <message>
        <source>the journey has more than %1 steps; journeys are read up to that many.</source>
        <translation>el recorrido tiene más de %1 pasos; los recorridos se leen hasta ese número de pasos.</translation>
    </message>
    <message>
        <source>There is nothing with the id &quot;%1&quot; to rename.</source>
        <translation>No hay nada con el id &quot;%1&quot; a lo que cambiar el nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to another parent than &quot;%2&quot;; an id can be renamed, not moved.</source>
        <translation>&quot;%1&quot; pertenece a un elemento padre distinto de &quot;%2&quot;; un id se puede cambiar, no mover.</translation>
    </message>
    <message>
        <source>The new id is empty.</source>
        <translation>El id nuevo está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: ids have no spaces and no &quot;/&quot;.</source>
        <translation>&quot;%1&quot; no puede ser un id: los ids no llevan espacios ni &quot;/&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has that id.</source>
        <translation>&quot;%1&quot; ya tiene ese id.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already taken.</source>
        <translation>El id &quot;%1&quot; ya está en uso.</translation>
    </message>
    <message>
        <source>unknown node type</source>
        <translation>tipo de nodo desconocido</translation>
    </message>
    <message>
        <source>role index out of range</source>
        <translation>índice de rol fuera de rango</translation>
    </message>
    <message>
        <source>expected an unsigned number</source>
        <translation>se esperaba un número sin signo</translation>
    </message>
    <message>
        <source>%1 is older than this program reads (3 or later): simulate the shards again</source>
        <translation>%1 es más antiguo de lo que este programa lee (3 o posterior): vuelva a simular los fragmentos</translation>
    </message>
    <message>
        <source>expected 16 hexadecimal digits</source>
        <translation>se esperaban 16 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>expected &apos;finish&apos; or &apos;hand-back&apos;</source>
        <translation>se esperaba &apos;finish&apos; o &apos;hand-back&apos;</translation>
    </message>
    <message>
        <source>missing: results written without replication data cannot be merged</source>
        <translation>falta: los resultados escritos sin datos de réplicas no se pueden fusionar</translation>
    </message>
    <message>
        <source>no replications</source>
        <translation>no hay réplicas</translation>
    </message>
    <message>
        <source>nothing to merge</source>
        <translation>no hay nada que fusionar</translation>
    </message>
    <message>
        <source>shard %1 has a different %2 from shard 1 (%3, not %4): not parts of one run</source>
        <translation>el fragmento %1 tiene un %2 distinto del fragmento 1 (%3, no %4): no son partes de una misma ejecución</translation>
    </message>
    <message>
        <source>shard %1 has a different model from shard 1 (its processes, nodes or roles differ): not parts of one run</source>
        <translation>el fragmento %1 tiene un modelo distinto del fragmento 1 (sus procesos, nodos o roles difieren): no son partes de una misma ejecución</translation>
    </message>
    <message>
        <source>the base model</source>
        <translation>el modelo base</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>huella %1</translation>
    </message>
    <message>
        <source>replication %1 appears in more than one shard</source>
        <translation>la réplica %1 aparece en más de un fragmento</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;</source>
        <translation>escenario desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;</source>
        <translation>escenario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a variant of process &apos;%3&apos;</source>
        <translation>%1: &apos;%2&apos; no es una variante del proceso &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; reassigned to unknown role &apos;%3&apos;</source>
        <translation>%1: &apos;%2&apos; reasignada al rol desconocido &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: headcount override for unknown role &apos;%2&apos;</source>
        <translation>%1: dotación modificada para el rol desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: headcount for role &apos;%2&apos; must be &gt;= 0</source>
        <translation>%1: la dotación del rol &apos;%2&apos; debe ser &gt;= 0</translation>
    </message>
    <message>
        <source>%1: the arrival multiplier must be &gt; 0</source>
        <translation>%1: el multiplicador de llegadas debe ser &gt; 0</translation>
    </message>
    <message>
        <source>%1: duration override for unknown node &apos;%2&apos; (expected process/node)</source>
        <translation>%1: duración modificada para el nodo desconocido &apos;%2&apos; (se esperaba proceso/nodo)</translation>
    </message>
    <message>
        <source>%1: duration factor for &apos;%2&apos; must be &gt; 0</source>
        <translation>%1: el factor de duración de &apos;%2&apos; debe ser &gt; 0</translation>
    </message>
    <message>
        <source>%1: cross-training added to unknown role &apos;%2&apos;</source>
        <translation>%1: formación cruzada añadida al rol desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: role &apos;%2&apos; cross-trained for unknown role &apos;%3&apos;</source>
        <translation>%1: el rol &apos;%2&apos; tiene formación cruzada para el rol desconocido &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: reassignment of unknown task &apos;%2&apos; (expected process/node)</source>
        <translation>%1: reasignación de la tarea desconocida &apos;%2&apos; (se esperaba proceso/nodo)</translation>
    </message>
</context>
<context>
    <name>oi::model::Reader</name>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>expected a whole number from -2 to 2</source>
        <translation>se esperaba un número entero de -2 a 2</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>se esperaba una lista de cadenas</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>valor desconocido &quot;%1&quot; (se esperaba uno de: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>se esperaba texto</translation>
    </message>
    <message>
        <source>expected %1 entries, found %2</source>
        <translation>se esperaban %1 entradas, se han encontrado %2</translation>
    </message>
    <message>
        <source>bad histogram bucket</source>
        <translation>intervalo de histograma incorrecto</translation>
    </message>
</context>
<context>
    <name>oi::model::detail</name>
    <message>
        <source>staffing for unknown role &apos;%1&apos;</source>
        <translation>dotación para el rol desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>staffing window for &apos;%1&apos; must satisfy 0 &lt;= from &lt; to &lt;= period</source>
        <translation>la ventana de dotación de &apos;%1&apos; debe cumplir 0 &lt;= from &lt; to &lt;= period</translation>
    </message>
    <message>
        <source>the staffing window for &apos;%1&apos; repeats every %2, which does not fit the role&apos;s shifts</source>
        <translation>la ventana de dotación de &apos;%1&apos; se repite cada %2, lo que no encaja con los turnos del rol</translation>
    </message>
    <message>
        <source>demand change for unknown process &apos;%1&apos;</source>
        <translation>cambio de demanda para el proceso desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the demand multiplier for &apos;%1&apos; cannot be negative</source>
        <translation>el multiplicador de demanda de &apos;%1&apos; no puede ser negativo</translation>
    </message>
    <message>
        <source>demand of &apos;%1/%2&apos; changes only in a window when its arrivals are a rate calendar or exponential</source>
        <translation>la demanda de &apos;%1/%2&apos; solo cambia en una ventana cuando sus llegadas son un calendario de tasas o exponenciales</translation>
    </message>
    <message>
        <source>the demand window for &apos;%1&apos; does not repeat with its arrivals</source>
        <translation>la ventana de demanda de &apos;%1&apos; no se repite con sus llegadas</translation>
    </message>
    <message>
        <source>diversion from &apos;%1&apos; to &apos;%2&apos; names an unknown process</source>
        <translation>el desvío de &apos;%1&apos; a &apos;%2&apos; nombra un proceso desconocido</translation>
    </message>
    <message>
        <source>the share diverted from &apos;%1&apos; must be between 0 and 1</source>
        <translation>la proporción desviada desde &apos;%1&apos; debe estar entre 0 y 1</translation>
    </message>
    <message>
        <source>process &apos;%1&apos; has no start node for diverted cases</source>
        <translation>el proceso &apos;%1&apos; no tiene ningún nodo de inicio para los casos desviados</translation>
    </message>
</context>
<context>
    <name>oi::review</name>
    <message>
        <source>At: %1</source>
        <translation>En: %1</translation>
    </message>
    <message>
        <source>Across the journey</source>
        <translation>En todo el recorrido</translation>
    </message>
    <message>
        <source>What technology must support</source>
        <translation>Lo que debe soportar la tecnología</translation>
    </message>
    <message>
        <source>Technology supports the redesign; it does not drive it.</source>
        <translation>La tecnología apoya el rediseño; no lo dirige.</translation>
    </message>
    <message>
        <source>no role yet</source>
        <translation>aún no hay ningún rol</translation>
    </message>
    <message>
        <source>no process yet</source>
        <translation>aún no hay ningún proceso</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún no hay ninguno</translation>
    </message>
    <message>
        <source>%1 requirements, %2 of them Must</source>
        <translation>%1 requisitos, %2 de ellos Must</translation>
    </message>
    <message>
        <source>From strategy to technology</source>
        <translation>De la estrategia a la tecnología</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation>Cuestionada</translation>
    </message>
    <message>
        <source>the %1 scenario and its remedy</source>
        <translation>el escenario %1 y su solución</translation>
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
        <translation>Molesta</translation>
    </message>
    <message>
        <source>Hurts</source>
        <translation>Duele</translation>
    </message>
    <message>
        <source>Drives customers away</source>
        <translation>Ahuyenta a los clientes</translation>
    </message>
    <message>
        <source>As %1 lives it</source>
        <translation>Tal como lo vive %1</translation>
    </message>
    <message>
        <source>Constraint: %1 — work waits while no %2 is on duty%3</source>
        <translation>Restricción: %1 — el trabajo espera mientras no hay personal de %2 de turno%3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Constraint: %1 — %2 busy %3 of the time</source>
        <translation>Restricción: %1 — %2 ocupado el %3 del tiempo</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Atiende: %1</translation>
    </message>
    <message>
        <source>the review could not be built: %1</source>
        <translation>no se ha podido generar la revisión: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>outsidein: --export deck writes a PDF; name the file OUT.pdf, not %1.
</source>
        <translation>outsidein: --export deck escribe un PDF; llame al archivo OUT.pdf, no %1.
</translation>
    </message>
    <message>
        <source>outsidein: %1 could not be opened; nothing was exported.
</source>
        <translation>outsidein: no se ha podido abrir %1; no se ha exportado nada.
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
        <translation>Nuestros clientes: %1.</translation>
    </message>
    <message>
        <source>Outside-in review</source>
        <translation>Revisión outside-in</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Además: %1</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>no longer done</source>
        <translation>ya no se realiza</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>Duties change</source>
        <translation>Cambian las funciones</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <source>%1 → %2 people</source>
        <translation>%1 → %2 personas</translation>
    </message>
    <message>
        <source>Roles for: %1</source>
        <translation>Roles para: %1</translation>
    </message>
    <message>
        <source>Other role changes</source>
        <translation>Otros cambios de roles</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>What the simulation says</source>
        <translation>Lo que dice la simulación</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Futuro</translation>
    </message>
    <message>
        <source>Not simulated yet: run the as-is and to-be scenarios in the studio, and the figures appear here.</source>
        <translation>Aún no se ha simulado: ejecute los escenarios actual y futuro en la aplicación y las cifras aparecerán aquí.</translation>
    </message>
    <message>
        <source>%1: time to complete</source>
        <translation>%1: tiempo para completar</translation>
    </message>
    <message>
        <source>%1: customers lost waiting</source>
        <translation>%1: clientes perdidos en espera</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Simulated for this review: %1 replications of each scenario.</source>
        <translation>Simulado para esta revisión: %1 réplicas de cada escenario.</translation>
    </message>
    <message>
        <source>From the latest stored run of each scenario.</source>
        <translation>A partir de la última ejecución guardada de cada escenario.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>como mínimo %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Too close to call</source>
        <translation>Demasiado ajustado para decidir</translation>
    </message>
    <message>
        <source>the model as it is</source>
        <translation>el modelo tal como está</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation>Simulado: %1</translation>
    </message>
</context>
<context>
    <name>oi::review::ReviewModel</name>
    <message>
        <source>Executive review</source>
        <translation>Revisión ejecutiva</translation>
    </message>
</context>
<context>
    <name>oi::review::ReviewView</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>sim</name>
    <message>
        <source>expected 16 hexadecimal digits</source>
        <translation>se esperaban 16 dígitos hexadecimales</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>expected a count &gt;= 0</source>
        <translation>se esperaba un recuento &gt;= 0</translation>
    </message>
</context>
</TS>

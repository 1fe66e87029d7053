<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Advisor</name>
    <message>
        <source>there is no scenario &apos;%1&apos;.</source>
        <translation>il n&apos;existe aucun scénario «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the scenario has no constraint: nothing waits for anyone.</source>
        <translation>le scénario n&apos;a aucune contrainte&#xa0;: rien n&apos;attend personne.</translation>
    </message>
    <message>
        <source>The constraint is %1: work waits while nobody who can do it is on duty%2 — more hours, not more people, remove it.</source>
        <translation>La contrainte est %1&#xa0;: le travail attend faute de personne habilitée en service%2 — ce sont des heures de présence, non des effectifs supplémentaires, qui la lèvent.</translation>
    </message>
    <message>
        <source>The constraint is %1, busy %2 of the time: work waits for want of people%3.</source>
        <translation>La contrainte est %1, occupé %2 du temps&#xa0;: le travail attend faute de personnel%3.</translation>
    </message>
    <message>
        <source>Suggested by the constraint advisor on scenario “%1”.</source>
        <translation>Proposé par le conseiller de contrainte sur le scénario «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A shift %1 for one %2</source>
        <translation>Une vacation %1 pour un %2</translation>
    </message>
    <message numerus="yes">
        <source>A shift %1 for %n staff as %2</source>
        <translation>
            <numerusform>Une vacation %1 pour %n personne en tant que %2</numerusform>
            <numerusform>Une vacation %1 pour %n personnes en tant que %2</numerusform>
        </translation>
    </message>
    <message>
        <source>One more %1%2</source>
        <translation>Un %1 de plus%2</translation>
    </message>
    <message numerus="yes">
        <source>%n more staff as %1%2</source>
        <translation>
            <numerusform>%n personne de plus en tant que %1%2</numerusform>
            <numerusform>%n personnes de plus en tant que %1%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cross-trained to help %2 %3</source>
        <translation>%1 formé en polyvalence pour épauler %2 %3</translation>
    </message>
    <message>
        <source>%1 cross-trained to help %2</source>
        <translation>%1 formé en polyvalence pour épauler %2</translation>
    </message>
    <message>
        <source>One more %1 (not the constraint)</source>
        <translation>Un %1 de plus (hors contrainte)</translation>
    </message>
    <message>
        <source>A fifth of %1 to %2</source>
        <translation>Un cinquième de %1 vers %2</translation>
    </message>
    <message>
        <source>Serving a fifth of the %1 customers of %2 outside those hours</source>
        <translation>Servir un cinquième des clients de %2 de la plage %1 en dehors de ces heures</translation>
    </message>
    <message>
        <source>The redesign “%1”</source>
        <translation>La refonte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no cycle time was measured for “%1”.</source>
        <translation>aucun temps de cycle n&apos;a été mesuré pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>, from %1 to %2</source>
        <translation>, de %1 à %2</translation>
    </message>
    <message>
        <source>%1 cuts the mean time to complete %2 by %3 (± %4)%5</source>
        <translation>%1 réduit le délai moyen de traitement de %2 de %3 (± %4)%5</translation>
    </message>
    <message>
        <source>%1 lengthens the mean time to complete %2 by %3 (± %4)</source>
        <translation>%1 allonge le délai moyen de traitement de %2 de %3 (± %4)</translation>
    </message>
    <message>
        <source>%1 makes no significant difference to the time to complete %2 (%3, ± %4)</source>
        <translation>%1 ne modifie pas significativement le délai de traitement de %2 (%3, ± %4)</translation>
    </message>
    <message>
        <source>, for %1 a week in staff</source>
        <translation>, pour %1 par semaine en personnel</translation>
    </message>
    <message>
        <source>, with %1 a week less spent on staff</source>
        <translation>, avec %1 par semaine de moins en personnel</translation>
    </message>
    <message>
        <source>, and saves %1 a week of lost customers and value</source>
        <translation>, et économise %1 par semaine en clients et valeur perdus</translation>
    </message>
    <message>
        <source>, and loses %1 a week of customers and value</source>
        <translation>, et fait perdre %1 par semaine en clients et valeur</translation>
    </message>
    <message numerus="yes">
        <source>, and %n fewer calls a week from customers asking where their case is</source>
        <translation>
            <numerusform>, et %n appel de moins par semaine de clients demandant où en est leur dossier</numerusform>
            <numerusform>, et %n appels de moins par semaine de clients demandant où en est leur dossier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BpmnExport</name>
    <message>
        <source>there is no process &quot;%1&quot;; the project has %2.</source>
        <translation>il n&apos;existe aucun processus «&#xa0;%1&#xa0;»&#xa0;; le projet contient %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>the project has no process to export.</source>
        <translation>le projet ne contient aucun processus à exporter.</translation>
    </message>
</context>
<context>
    <name>BpmnImport</name>
    <message>
        <source>a boundary event is not imported: the studio&apos;s tasks are not interrupted. The flows leaving it are left out too.</source>
        <translation>un événement intermédiaire attaché n&apos;est pas importé&#xa0;: les tâches du studio ne sont pas interrompues. Les flux qui en partent sont également ignorés.</translation>
    </message>
    <message>
        <source>data is not imported: the studio&apos;s processes model the work, not its data.</source>
        <translation>les données ne sont pas importées&#xa0;: les processus du studio modélisent le travail, non ses données.</translation>
    </message>
    <message>
        <source>annotations and groups are not imported.</source>
        <translation>les annotations et les groupes ne sont pas importés.</translation>
    </message>
    <message>
        <source>this kind of BPMN element is not imported.</source>
        <translation>ce type d&apos;élément BPMN n&apos;est pas importé.</translation>
    </message>
    <message>
        <source>a call activity is imported as one task; the process it calls is not.</source>
        <translation>une activité d&apos;appel est importée comme une seule tâche&#xa0;; le processus qu&apos;elle appelle ne l&apos;est pas.</translation>
    </message>
    <message numerus="yes">
        <source>a sub-process is imported as one task; the %n element(s) inside it are left out.</source>
        <translation>
            <numerusform>un sous-processus est importé comme une seule tâche&#xa0;; l&apos;élément qu&apos;il contient (%n) est ignoré.</numerusform>
            <numerusform>un sous-processus est importé comme une seule tâche&#xa0;; les %n éléments qu&apos;il contient sont ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>imported as an exclusive (xor) gateway: a case takes exactly one of its ways.</source>
        <translation>importé comme passerelle exclusive (XOR)&#xa0;: un cas emprunte exactement une de ses branches.</translation>
    </message>
    <message>
        <source>its %1 trigger is not kept: a start in the studio is a stream of arrivals (BPSim InterTriggerTimer or the start&apos;s properties).</source>
        <translation>son déclencheur %1 n&apos;est pas conservé&#xa0;: un début, dans le studio, est un flux d&apos;arrivées (BPSim InterTriggerTimer ou les propriétés du début).</translation>
    </message>
    <message>
        <source>its %1 result is not kept; it is imported as a plain end.</source>
        <translation>son résultat %1 n&apos;est pas conservé&#xa0;; il est importé comme une fin simple.</translation>
    </message>
    <message>
        <source>its %1 trigger is not kept; it is imported as a timer.</source>
        <translation>son déclencheur %1 n&apos;est pas conservé&#xa0;; il est importé comme minuterie.</translation>
    </message>
    <message>
        <source>imported as a timer with no delay, so the flow through it stays whole.</source>
        <translation>importé comme minuterie sans délai, afin que le flux qui le traverse reste entier.</translation>
    </message>
    <message>
        <source>its %1 trigger is not kept; it is imported as a timer with no delay, so the flow through it stays whole.</source>
        <translation>son déclencheur %1 n&apos;est pas conservé&#xa0;; il est importé comme minuterie sans délai, afin que le flux qui le traverse reste entier.</translation>
    </message>
    <message>
        <source>processing time</source>
        <translation>durée de traitement</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>arrivals</source>
        <translation>arrivées</translation>
    </message>
    <message>
        <source>this lane holds lanes of its own; the innermost lanes become roles.</source>
        <translation>ce couloir contient ses propres couloirs&#xa0;; les couloirs les plus internes deviennent des rôles.</translation>
    </message>
    <message>
        <source>another lane of this process has the same name; both become the role %1.</source>
        <translation>un autre couloir de ce processus porte le même nom&#xa0;; tous deux deviennent le rôle %1.</translation>
    </message>
    <message>
        <source>vertical lanes are drawn as horizontal swimlanes; their widths are not kept.</source>
        <translation>les couloirs verticaux sont dessinés comme des couloirs horizontaux&#xa0;; leurs largeurs ne sont pas conservées.</translation>
    </message>
    <message>
        <source>the process has no lanes; its tasks are given the role %1, after the pool.</source>
        <translation>le processus n&apos;a pas de couloirs&#xa0;; ses tâches reçoivent le rôle %1, d&apos;après le bassin.</translation>
    </message>
    <message>
        <source>this task is in no lane; it is given the role %1, after the pool.</source>
        <translation>cette tâche n&apos;appartient à aucun couloir&#xa0;; elle reçoit le rôle %1, d&apos;après le bassin.</translation>
    </message>
    <message>
        <source>it connects %1 %2, which is not imported, so it is left out.</source>
        <translation>il relie %1 %2, qui n&apos;est pas importé&#xa0;; il est donc ignoré.</translation>
    </message>
    <message>
        <source>it connects %1, which is no flow element of this process, so it is left out.</source>
        <translation>il relie %1, qui n&apos;est pas un élément de flux de ce processus&#xa0;; il est donc ignoré.</translation>
    </message>
    <message>
        <source>its condition is not kept: the studio routes cases by branch probability.</source>
        <translation>sa condition n&apos;est pas conservée&#xa0;: le studio oriente les cas selon la probabilité de chaque branche.</translation>
    </message>
    <message>
        <source>this parallel gateway both joins and splits; it is imported as an and-join, so an and-split must follow it.</source>
        <translation>cette passerelle parallèle à la fois joint et divise&#xa0;; elle est importée comme jonction ET, une division ET doit donc la suivre.</translation>
    </message>
    <message>
        <source>its branch probabilities add up to %1; they are read as percentages.</source>
        <translation>ses probabilités de branche totalisent %1&#xa0;; elles sont lues comme des pourcentages.</translation>
    </message>
    <message numerus="yes">
        <source>no branch probabilities (BPSim Probability) for the flows leaving it; each of its %n ways gets an equal share.</source>
        <translation>
            <numerusform>aucune probabilité de branche (BPSim Probability) pour les flux qui en partent&#xa0;; sa branche unique (%n) reçoit une part égale.</numerusform>
            <numerusform>aucune probabilité de branche (BPSim Probability) pour les flux qui en partent&#xa0;; chacune de ses %n branches reçoit une part égale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only some of the flows leaving it have a probability; the other %n share the rest equally.</source>
        <translation>
            <numerusform>seuls certains des flux qui en partent ont une probabilité&#xa0;; le flux restant (%n) se voit attribuer le reste.</numerusform>
            <numerusform>seuls certains des flux qui en partent ont une probabilité&#xa0;; les %n autres se partagent le reste à parts égales.</numerusform>
        </translation>
    </message>
    <message>
        <source>the process has no diagram (BPMN DI); it was laid out automatically.</source>
        <translation>le processus n&apos;a pas de diagramme (BPMN DI)&#xa0;; il a été disposé automatiquement.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) have no shape in the diagram; they were placed below it.</source>
        <translation>
            <numerusform>%n nœud n&apos;a pas de forme dans le diagramme&#xa0;; il a été placé en dessous.</numerusform>
            <numerusform>%n nœuds n&apos;ont pas de forme dans le diagramme&#xa0;; ils ont été placés en dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>the timer has no delay (BPSim ProcessingTime or a timeDuration); set it before simulating.</source>
        <translation>la minuterie n&apos;a pas de délai (BPSim ProcessingTime ou timeDuration)&#xa0;; définissez-le avant de simuler.</translation>
    </message>
    <message>
        <source>the start has no arrivals (BPSim InterTriggerTimer); set them before simulating.</source>
        <translation>le début n&apos;a pas d&apos;arrivées (BPSim InterTriggerTimer)&#xa0;; définissez-les avant de simuler.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) have no processing time (BPSim ProcessingTime): %1. Set their durations before simulating.</source>
        <translation>
            <numerusform>%n tâche n&apos;a pas de durée de traitement (BPSim ProcessingTime)&#xa0;: %1. Définissez sa durée avant de simuler.</numerusform>
            <numerusform>%n tâches n&apos;ont pas de durée de traitement (BPSim ProcessingTime)&#xa0;: %1. Définissez leurs durées avant de simuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a BPMN 2.0 file: it starts with &lt;%1&gt; (namespace &quot;%2&quot;), not with the &lt;definitions&gt; of %3. Nothing was imported.</source>
        <translation>Ce n&apos;est pas un fichier BPMN 2.0&#xa0;: il commence par &lt;%1&gt; (espace de noms «&#xa0;%2&#xa0;»), et non par l&apos;élément &lt;definitions&gt; de %3. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>this id is also used by the %1 on line %2; references go to the first.</source>
        <translation>cet identifiant est aussi utilisé par l&apos;élément %1 de la ligne %2&#xa0;; les références renvoient au premier.</translation>
    </message>
    <message>
        <source>Performer</source>
        <translation>Exécutant</translation>
    </message>
    <message>
        <source>a pool with no process of its own (a black box) is not imported.</source>
        <translation>un bassin sans processus propre (boîte noire) n&apos;est pas importé.</translation>
    </message>
    <message>
        <source>a message flow between pools is not imported; each pool becomes a process of its own.</source>
        <translation>un flux de messages entre bassins n&apos;est pas importé&#xa0;; chaque bassin devient un processus à part entière.</translation>
    </message>
    <message>
        <source>this element of the collaboration is not imported.</source>
        <translation>cet élément de la collaboration n&apos;est pas importé.</translation>
    </message>
    <message>
        <source>the relationship &quot;%1&quot; (another tool&apos;s data) is not imported.</source>
        <translation>la relation «&#xa0;%1&#xa0;» (données d&apos;un autre outil) n&apos;est pas importée.</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) were left out.</source>
        <translation>
            <numerusform>%n autre avertissement a été omis.</numerusform>
            <numerusform>%n autres avertissements ont été omis.</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first BPSim scenario is imported.</source>
        <translation>seul le premier scénario BPSim est importé.</translation>
    </message>
    <message>
        <source>BPSim times in %1 are converted to %2, the nearest time unit the studio has.</source>
        <translation>Les durées BPSim en %1 sont converties en %2, l&apos;unité de temps la plus proche dont dispose le studio.</translation>
    </message>
    <message>
        <source>the BPSim %1 is not a plain number or duration; it is not imported.</source>
        <translation>le paramètre BPSim %1 n&apos;est ni un nombre simple ni une durée&#xa0;; il n&apos;est pas importé.</translation>
    </message>
    <message>
        <source>its %1 holds several values (by calendar); only the first is imported.</source>
        <translation>son %1 contient plusieurs valeurs (par calendrier)&#xa0;; seule la première est importée.</translation>
    </message>
    <message>
        <source>its %1 (BPSim %2) holds no value the studio can read.</source>
        <translation>son %1 (BPSim %2) ne contient aucune valeur lisible par le studio.</translation>
    </message>
    <message>
        <source>its %1 (BPSim %2) is not imported: the studio has no such distribution.</source>
        <translation>son %1 (BPSim %2) n&apos;est pas importé&#xa0;: le studio ne dispose pas de cette loi de probabilité.</translation>
    </message>
    <message>
        <source>the headcount %1 of role %2 is rounded to %3.</source>
        <translation>l&apos;effectif %1 du rôle %2 est arrondi à %3.</translation>
    </message>
    <message>
        <source>the BPSim Quantity of role %1 is not a headcount; it is not imported.</source>
        <translation>la BPSim Quantity du rôle %1 n&apos;est pas un effectif&#xa0;; elle n&apos;est pas importée.</translation>
    </message>
    <message>
        <source>the patience holds no distribution the studio can read; it is not imported.</source>
        <translation>la patience ne contient aucune loi lisible par le studio&#xa0;; elle n&apos;est pas importée.</translation>
    </message>
    <message numerus="yes">
        <source>not imported (%n element(s)): the studio has no such parameter, or not on that kind of element.</source>
        <translation>
            <numerusform>non importé (%n élément)&#xa0;: le studio n&apos;a pas ce paramètre, ou pas sur ce type d&apos;élément.</numerusform>
            <numerusform>non importés (%n éléments)&#xa0;: le studio n&apos;a pas ce paramètre, ou pas sur ce type d&apos;élément.</numerusform>
        </translation>
    </message>
    <message>
        <source>the project already has a process %1; the imported one is added as %2.</source>
        <translation>le projet contient déjà un processus %1&#xa0;; le processus importé est ajouté sous le nom %2.</translation>
    </message>
    <message>
        <source>these parts of it are not imported: %1.</source>
        <translation>les éléments suivants n&apos;en sont pas importés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>BpmnReader</name>
    <message>
        <source>The file is %1 MB; BPMN files are read up to %2 MB, so nothing was imported.</source>
        <translation>Le fichier fait %1 Mo&#xa0;; les fichiers BPMN sont lus jusqu&apos;à %2 Mo, rien n&apos;a donc été importé.</translation>
    </message>
    <message>
        <source>The file declares a document type (&lt;!DOCTYPE&gt;). BPMN files never need one, and a DTD can pull in other files or expand entities without end, so the file is refused.</source>
        <translation>Le fichier déclare un type de document (&lt;!DOCTYPE&gt;). Les fichiers BPMN n&apos;en ont jamais besoin, et une DTD peut charger d&apos;autres fichiers ou développer des entités à l&apos;infini&#xa0;; le fichier est donc refusé.</translation>
    </message>
    <message>
        <source>The file uses the entity &amp;%1;, which is not one of XML&apos;s own; the file is refused.</source>
        <translation>Le fichier utilise l&apos;entité &amp;%1;, qui ne fait pas partie des entités propres à XML&#xa0;; le fichier est refusé.</translation>
    </message>
    <message>
        <source>The file has more than %1 elements; larger files are refused, so nothing was imported.</source>
        <translation>Le fichier contient plus de %1 éléments&#xa0;; les fichiers plus volumineux sont refusés, rien n&apos;a donc été importé.</translation>
    </message>
    <message>
        <source>Elements nest deeper than %1 levels here; such files are refused, so nothing was imported.</source>
        <translation>Les éléments sont imbriqués ici sur plus de %1 niveaux&#xa0;; de tels fichiers sont refusés, rien n&apos;a donc été importé.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: %1 Nothing was imported.</source>
        <translation>Le fichier n&apos;est pas un XML bien formé&#xa0;: %1 Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file holds no XML element; nothing was imported.</source>
        <translation>Le fichier ne contient aucun élément XML&#xa0;; rien n&apos;a été importé.</translation>
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
        <translation>Application</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Visite terrain</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Self-service device</source>
        <translation>Borne libre-service</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
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
        <translation>%1&#xa0;: le graphique n&apos;est pas encore affiché</translation>
    </message>
    <message>
        <source>%1: a chart is saved as .png or .svg</source>
        <translation>%1&#xa0;: un graphique s&apos;enregistre au format .png ou .svg</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Converts a project between .oi.yaml and .oistudio (chosen by extension).
Refuses to write when the input has errors.
Exit code: 0 written, 1 the input has errors, 2 usage or I/O error.</source>
        <translation>Convertit un projet entre .oi.yaml et .oistudio (selon l&apos;extension).
Refuse d&apos;écrire lorsque l&apos;entrée contient des erreurs.
Code de sortie&#xa0;: 0 écrit, 1 l&apos;entrée contient des erreurs, 2 erreur d&apos;utilisation ou d&apos;E/S.</translation>
    </message>
    <message>
        <source>the project to read</source>
        <translation>le projet à lire</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>convert: give exactly one input and one output file.
</source>
        <translation>convert&#xa0;: indiquez exactement un fichier d&apos;entrée et un fichier de sortie.
</translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation>%1 écrit.
</translation>
    </message>
    <message>
        <source>%1 has errors; nothing was written.
</source>
        <translation>%1 contient des erreurs&#xa0;; rien n&apos;a été écrit.
</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n processus</numerusform>
            <numerusform>%n processus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rôle</numerusform>
            <numerusform>%n rôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>check a project file and list every problem</source>
        <translation>vérifier un fichier de projet et lister tous les problèmes</translation>
    </message>
    <message>
        <source>convert between .oi.yaml and .oistudio</source>
        <translation>convertir entre .oi.yaml et .oistudio</translation>
    </message>
    <message>
        <source>run the discrete-event simulation</source>
        <translation>lancer la simulation à événements discrets</translation>
    </message>
    <message>
        <source>compare scenarios with common random numbers, each against the first</source>
        <translation>comparer des scénarios avec des nombres aléatoires communs, chacun par rapport au premier</translation>
    </message>
    <message>
        <source>name the constraint and rank the remedies by their business case</source>
        <translation>identifier la contrainte et classer les remèdes selon leur business case</translation>
    </message>
    <message>
        <source>write a journey as JSON or Mermaid, processes as BPMN (pictures: outsidein --export)</source>
        <translation>écrire un parcours en JSON ou Mermaid, des processus en BPMN (images&#xa0;: outsidein --export)</translation>
    </message>
    <message>
        <source>read the processes of a BPMN 2.0 file into a new or an existing project</source>
        <translation>lire les processus d&apos;un fichier BPMN 2.0 dans un projet nouveau ou existant</translation>
    </message>
    <message>
        <source>draft a process and a journey from an event log (CSV or XES)</source>
        <translation>ébaucher un processus et un parcours à partir d&apos;un journal d&apos;événements (CSV ou XES)</translation>
    </message>
    <message>
        <source>rename an id and every reference to it</source>
        <translation>renommer un identifiant et toutes ses références</translation>
    </message>
    <message>
        <source>merge sharded simulation results (JSON)</source>
        <translation>fusionner des résultats de simulation fragmentés (JSON)</translation>
    </message>
    <message>
        <source>follow each strategy to roles, processes, steps and requirements; list the gaps</source>
        <translation>suivre chaque stratégie jusqu&apos;aux rôles, processus, étapes et exigences&#xa0;; lister les lacunes</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options] FILE...

Outside-In Studio on the command line.

Commands:
</source>
        <translation>Utilisation&#xa0;: %1 &lt;commande&gt; [options] FICHIER...

Outside-In Studio en ligne de commande.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.
Options: -h, --help  this text;  -v, --version  the version.
</source>
        <translation>
Exécutez «&#xa0;%1 &lt;commande&gt; --help&#xa0;» pour les options d&apos;une commande.
Options&#xa0;: -h, --help  ce texte&#xa0;;  -v, --version  la version.
</translation>
    </message>
    <message>
        <source>%1: unknown command &apos;%2&apos;
</source>
        <translation>%1&#xa0;: commande inconnue «&#xa0;%2&#xa0;»
</translation>
    </message>
    <message numerus="yes">
        <source>Renamed %1 %2 to %3 and %n references to it in %4.
</source>
        <translation>
            <numerusform>%1 %2 renommé en %3, ainsi que %n référence dans %4.
</numerusform>
            <numerusform>%1 %2 renommé en %3, ainsi que %n références dans %4.
</numerusform>
        </translation>
    </message>
    <message>
        <source>  Strategies with a role: %1 of %2; roles that belong to a strategy: %3 of %4
</source>
        <translation>  Stratégies dotées d&apos;un rôle&#xa0;: %1 sur %2&#xa0;; rôles rattachés à une stratégie&#xa0;: %3 sur %4
</translation>
    </message>
    <message>
        <source>  Roles with a task: %1 of %2; processes with a task of a role: %3 of %4
</source>
        <translation>  Rôles dotés d&apos;une tâche&#xa0;: %1 sur %2&#xa0;; processus comportant une tâche d&apos;un rôle&#xa0;: %3 sur %4
</translation>
    </message>
    <message>
        <source>  Journey steps that trigger a process: %1 of %2; processes a step triggers: %3 of %4
</source>
        <translation>  Étapes de parcours qui déclenchent un processus&#xa0;: %1 sur %2&#xa0;; processus déclenchés par une étape&#xa0;: %3 sur %4
</translation>
    </message>
    <message>
        <source>  Requirements a journey step needs: %1 of %2; steps with a requirement: %3 of %4
</source>
        <translation>  Exigences requises par une étape de parcours&#xa0;: %1 sur %2&#xa0;; étapes dotées d&apos;une exigence&#xa0;: %3 sur %4
</translation>
    </message>
    <message>
        <source>  Requirements on a process node: %1 of %2; tasks and named nodes with a requirement: %3 of %4
</source>
        <translation>  Exigences portant sur un nœud de processus&#xa0;: %1 sur %2&#xa0;; tâches et nœuds nommés dotés d&apos;une exigence&#xa0;: %3 sur %4
</translation>
    </message>
    <message>
        <source>  Customer needs a journey step serves: %1 of %2; steps that serve a need: %3 of %4
</source>
        <translation>  Besoins client servis par une étape de parcours&#xa0;: %1 sur %2&#xa0;; étapes qui servent un besoin&#xa0;: %3 sur %4
</translation>
    </message>
    <message numerus="yes">
        <source>  Roles naming it or working in its processes (%n):
</source>
        <translation>
            <numerusform>  Rôles qui la citent ou travaillent dans ses processus (%n)&#xa0;:
</numerusform>
            <numerusform>  Rôles qui la citent ou travaillent dans ses processus (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No role names it or works in its processes.
</source>
        <translation>  Aucun rôle ne la cite ni ne travaille dans ses processus.
</translation>
    </message>
    <message numerus="yes">
        <source>  Processes (%n):
</source>
        <translation>
            <numerusform>  Processus (%n)&#xa0;:
</numerusform>
            <numerusform>  Processus (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No process names it or has a task of its roles.
</source>
        <translation>  Aucun processus ne la cite ni ne comporte de tâche de ses rôles.
</translation>
    </message>
    <message numerus="yes">
        <source>  Journey steps (%n):
</source>
        <translation>
            <numerusform>  Étape de parcours (%n)&#xa0;:
</numerusform>
            <numerusform>  Étapes de parcours (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No journey step is linked to its processes or roles.
</source>
        <translation>  Aucune étape de parcours n&apos;est liée à ses processus ou rôles.
</translation>
    </message>
    <message numerus="yes">
        <source>  Requirements (%n):
</source>
        <translation>
            <numerusform>  Exigence (%n)&#xa0;:
</numerusform>
            <numerusform>  Exigences (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message>
        <source>  No requirement follows from its journey steps or processes.
</source>
        <translation>  Aucune exigence ne découle de ses étapes de parcours ou processus.
</translation>
    </message>
    <message numerus="yes">
        <source>  Customer needs served (%n):
</source>
        <translation>
            <numerusform>  Besoin client servi (%n)&#xa0;:
</numerusform>
            <numerusform>  Besoins client servis (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message>
        <source>  Its journey steps serve no customer need.
</source>
        <translation>  Ses étapes de parcours ne servent aucun besoin client.
</translation>
    </message>
    <message numerus="yes">
        <source>  Roles with no strategy of their own and no task in a process that has one (%n):
</source>
        <translation>
            <numerusform>  Rôle sans stratégie propre ni tâche dans un processus qui en a une (%n)&#xa0;:
</numerusform>
            <numerusform>  Rôles sans stratégie propre ni tâche dans un processus qui en a une (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Journey steps linked to no process (%n):
</source>
        <translation>
            <numerusform>  Étape de parcours liée à aucun processus (%n)&#xa0;:
</numerusform>
            <numerusform>  Étapes de parcours liées à aucun processus (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Processes that no journey step triggers, through them or their nodes (%n):
</source>
        <translation>
            <numerusform>  Processus qu&apos;aucune étape de parcours ne déclenche, ni directement ni par leurs nœuds (%n)&#xa0;:
</numerusform>
            <numerusform>  Processus qu&apos;aucune étape de parcours ne déclenche, ni directement ni par leurs nœuds (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Requirements that no journey step needs and that name no process node (%n):
</source>
        <translation>
            <numerusform>  Exigence qu&apos;aucune étape de parcours ne requiert et qui ne cite aucun nœud de processus (%n)&#xa0;:
</numerusform>
            <numerusform>  Exigences qu&apos;aucune étape de parcours ne requiert et qui ne citent aucun nœud de processus (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Strategies that change no role, none of their roles being moved, new, merged or retired (%n):
</source>
        <translation>
            <numerusform>  Stratégie qui ne change aucun rôle, aucun de ses rôles n&apos;étant déplacé, nouveau, fusionné ou supprimé (%n)&#xa0;:
</numerusform>
            <numerusform>  Stratégies qui ne changent aucun rôle, aucun de leurs rôles n&apos;étant déplacé, nouveau, fusionné ou supprimé (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Customer needs that no journey step serves (%n):
</source>
        <translation>
            <numerusform>  Besoin client servi par aucune étape de parcours (%n)&#xa0;:
</numerusform>
            <numerusform>  Besoins client servis par aucune étape de parcours (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Roles that change (moved, new or merged) but have no task in any process (%n):
</source>
        <translation>
            <numerusform>  Rôle qui change (déplacé, nouveau ou fusionné) mais sans tâche dans aucun processus (%n)&#xa0;:
</numerusform>
            <numerusform>  Rôles qui changent (déplacés, nouveaux ou fusionnés) mais sans tâche dans aucun processus (%n)&#xa0;:
</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks a project file (.oi.yaml or .oistudio) and lists every problem.
Exit code: 0 no errors (warnings allowed), 1 errors found, 2 usage or I/O error.</source>
        <translation>Vérifie un fichier de projet (.oi.yaml ou .oistudio) et liste tous les problèmes.
Code de sortie&#xa0;: 0 aucune erreur (avertissements admis), 1 erreurs trouvées, 2 erreur d&apos;utilisation ou d&apos;E/S.</translation>
    </message>
    <message>
        <source>the project file(s) to check</source>
        <translation>le ou les fichiers de projet à vérifier</translation>
    </message>
    <message>
        <source>print errors only, no warnings</source>
        <translation>n&apos;afficher que les erreurs, sans les avertissements</translation>
    </message>
    <message>
        <source>validate: no file given.
</source>
        <translation>validate&#xa0;: aucun fichier indiqué.
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n erreur</numerusform>
            <numerusform>%1&#xa0;: %n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched no step</source>
        <translation>
            <numerusform>%n ne correspondait à aucune étape</numerusform>
            <numerusform>%n ne correspondaient à aucune étape</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey step(s)</source>
        <translation>
            <numerusform>%n étape de parcours</numerusform>
            <numerusform>%n étapes de parcours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>cases per hour</source>
        <translation>cas par heure</translation>
    </message>
    <message>
        <source>cases per day</source>
        <translation>cas par jour</translation>
    </message>
    <message>
        <source>cases per replication</source>
        <translation>cas par réplication</translation>
    </message>
    <message>
        <source>% of task starts</source>
        <translation>% des démarrages de tâche</translation>
    </message>
    <message>
        <source>Scenarios compared</source>
        <translation>Scénarios comparés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>95 % interval ±</source>
        <translation>intervalle à 95 % ±</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (mean over %n replications, ± its 95 % interval)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 (moyenne sur %n réplication, ± son intervalle à 95 %)</numerusform>
            <numerusform>%1&#xa0;: %2 (moyenne sur %n réplications, ± son intervalle à 95 %)</numerusform>
        </translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>intervalle à 95 %</translation>
    </message>
    <message>
        <source>Mean (%1)</source>
        <translation>Moyenne (%1)</translation>
    </message>
    <message>
        <source>Each scenario&apos;s mean with its 95 % interval; the table gives the paired differences, which common random numbers make tighter than these intervals suggest.</source>
        <translation>La moyenne de chaque scénario avec son intervalle à 95 %&#xa0;; le tableau donne les différences appariées, que les nombres aléatoires communs rendent plus resserrées que ne le suggèrent ces intervalles.</translation>
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
        <translation>%1, aucune différence significative</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 par heure</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>mean cycle time</source>
        <translation>temps de cycle moyen</translation>
    </message>
    <message>
        <source>90 % of cases done within</source>
        <translation>90 % des cas traités en moins de</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>customers lost (abandoned) per run</source>
        <translation>clients perdus (abandons) par exécution</translation>
    </message>
    <message>
        <source>mean wait per task</source>
        <translation>attente moyenne par tâche</translation>
    </message>
    <message>
        <source>tasks that had to wait</source>
        <translation>tâches ayant dû attendre</translation>
    </message>
    <message>
        <source>Scenarios compared: %1 (baseline), %2
</source>
        <translation>Scénarios comparés&#xa0;: %1 (référence), %2
</translation>
    </message>
    <message>
        <source>%1 replications of each, %2 long after a warm-up of %3, seed %4; replication i of every scenario draws the same random numbers (common random numbers).
</source>
        <translation>%1 réplications de chacun, d&apos;une durée de %2 après une période de chauffe de %3, graine %4&#xa0;; la réplication i de chaque scénario tire les mêmes nombres aléatoires (nombres aléatoires communs).
</translation>
    </message>
    <message>
        <source>Changes are against %1, with 95 % intervals from the paired replications.
</source>
        <translation>Les écarts sont mesurés par rapport à %1, avec des intervalles à 95 % issus des réplications appariées.
</translation>
    </message>
    <message>
        <source>  %1 does not run it
</source>
        <translation>  %1 ne l&apos;exécute pas
</translation>
    </message>
    <message>
        <source>  %1 runs %2 in its place
</source>
        <translation>  %1 exécute %2 à sa place
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
            <numerusform>une comparaison nécessite au moins deux scénarios, le premier servant de référence&#xa0;; reçu&#xa0;: %n.</numerusform>
            <numerusform>une comparaison nécessite au moins deux scénarios, le premier servant de référence&#xa0;; reçus&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no scenario &apos;%1&apos;.</source>
        <translation>il n&apos;existe aucun scénario «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; is named twice; compare each scenario once.</source>
        <translation>le scénario «&#xa0;%1&#xa0;» est cité deux fois&#xa0;; comparez chaque scénario une seule fois.</translation>
    </message>
    <message>
        <source>a comparison needs at least 2 replications per scenario for its intervals; got %1.</source>
        <translation>une comparaison nécessite au moins 2 réplications par scénario pour ses intervalles&#xa0;; reçu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>a comparison needs a fixed warm-up, the same for every scenario.</source>
        <translation>une comparaison nécessite une période de chauffe fixe, identique pour tous les scénarios.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;: %2</source>
        <translation>scénario «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Convert</name>
    <message>
        <source>%1: unknown output type; use a name ending in .oi.yaml or .oistudio.</source>
        <translation>%1&#xa0;: type de sortie inconnu&#xa0;; utilisez un nom se terminant par .oi.yaml ou .oistudio.</translation>
    </message>
</context>
<context>
    <name>DecisionEntry</name>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A note for the record (optional)</source>
        <translation>Une note pour le procès-verbal (facultatif)</translation>
    </message>
    <message>
        <source>Enter records it · Esc cancels · ↑ ↓ chooses what it is on</source>
        <translation>Entrée l&apos;enregistre · Échap annule · ↑ ↓ choisit l&apos;objet</translation>
    </message>
    <message>
        <source>Enter records it · Esc cancels</source>
        <translation>Entrée l&apos;enregistre · Échap annule</translation>
    </message>
</context>
<context>
    <name>DeleteEntity</name>
    <message>
        <source>requirement</source>
        <translation>exigence</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>stratégie</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>responsibility</source>
        <translation>responsabilité</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>proof-of-concept scenario</source>
        <translation>scénario de preuve de concept</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <source>There is nothing with the id “%1” to delete.</source>
        <translation>Il n&apos;existe aucun élément d&apos;identifiant «&#xa0;%1&#xa0;» à supprimer.</translation>
    </message>
    <message>
        <source>“%1” is still referred to by %2; unlink them too, or change them first.</source>
        <translation>«&#xa0;%1&#xa0;» est encore référencé par %2&#xa0;; supprimez aussi ces liens, ou modifiez d&apos;abord ces éléments.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted here.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être supprimé ici.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>%1: the %2 view has no picture to export.</source>
        <translation>%1&#xa0;: la vue %2 n&apos;a pas d&apos;image à exporter.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
</context>
<context>
    <name>EmotionChart</name>
    <message>
        <source>Delighted</source>
        <translation>Ravi</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Upset</source>
        <translation>Mécontent</translation>
    </message>
</context>
<context>
    <name>EmotionCurveItem</name>
    <message>
        <source>Drag a point to change the emotion; Shift-drag to set the to-be emotion. The ring is the to-be value.</source>
        <translation>Faites glisser un point pour modifier l&apos;émotion&#xa0;; Maj+glisser pour définir l&apos;émotion cible. L&apos;anneau indique la valeur cible.</translation>
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
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Process control</source>
        <translation>Pilotage des processus</translation>
    </message>
    <message>
        <source>Information management</source>
        <translation>Gestion de l&apos;information</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>Non fonctionnelle</translation>
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
        <translation>temps de cycle</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>attente</translation>
    </message>
    <message>
        <source>abandonment rate</source>
        <translation>taux d&apos;abandon</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>taux d&apos;occupation</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsabilité</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>log</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>simulated draft</source>
        <translation>ébauche simulée</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>mean cycle time</source>
        <translation>temps de cycle moyen</translation>
    </message>
    <message>
        <source>90 % of cases done within</source>
        <translation>90 % des cas traités en moins de</translation>
    </message>
    <message>
        <source>cycle times apart (earth mover&apos;s distance)</source>
        <translation>écart entre temps de cycle (distance du cantonnier)</translation>
    </message>
    <message>
        <source> (%1 of the mean)</source>
        <translation> (%1 de la moyenne)</translation>
    </message>
    <message>
        <source>completed per day</source>
        <translation>traités par jour</translation>
    </message>
    <message>
        <source>left without completing</source>
        <translation>sortis sans achèvement</translation>
    </message>
    <message>
        <source>arrivals %1:00–%2:00</source>
        <translation>arrivées %1:00–%2:00</translation>
    </message>
    <message>
        <source>largest gap between hourly arrival shares</source>
        <translation>plus grand écart entre parts horaires des arrivées</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>%1 per case</source>
        <translation>%1 par cas</translation>
    </message>
    <message numerus="yes">
        <source>… (%n step(s))</source>
        <translation>
            <numerusform>… (%n étape)</numerusform>
            <numerusform>… (%n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the case</source>
        <translation>le cas</translation>
    </message>
    <message>
        <source>the activity</source>
        <translation>l&apos;activité</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>l&apos;horodatage</translation>
    </message>
    <message>
        <source>the start time</source>
        <translation>l&apos;heure de début</translation>
    </message>
    <message>
        <source>the resource</source>
        <translation>la ressource</translation>
    </message>
    <message>
        <source>the channel</source>
        <translation>le canal</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>the lifecycle</source>
        <translation>le cycle de vie</translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos; (for %2); the columns are %3.</source>
        <translation>Aucune colonne ne s&apos;appelle «&#xa0;%1&#xa0;» (pour %2)&#xa0;; les colonnes sont %3.</translation>
    </message>
    <message>
        <source>No column holds %1 under a name I know; the columns are %2. Say which column holds the case, the activity and the time.</source>
        <translation>Aucune colonne ne contient %1 sous un nom connu&#xa0;; les colonnes sont %2. Indiquez quelles colonnes contiennent le cas, l&apos;activité et l&apos;horodatage.</translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos; (for a numeric attribute); the columns are %2.</source>
        <translation>Aucune colonne ne s&apos;appelle «&#xa0;%1&#xa0;» (pour un attribut numérique)&#xa0;; les colonnes sont %2.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MB; lines of a log are read up to that, so the file is refused. Is it an event log?</source>
        <translation>La ligne %1 dépasse %2 Mo&#xa0;; les lignes d&apos;un journal sont lues jusqu&apos;à cette taille, le fichier est donc refusé. S&apos;agit-il bien d&apos;un journal d&apos;événements&#xa0;?</translation>
    </message>
    <message>
        <source>The quote that opens a field on line %1 is never closed.</source>
        <translation>Le guillemet qui ouvre un champ à la ligne %1 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The file holds binary data, not text; it is not a CSV event log.</source>
        <translation>Le fichier contient des données binaires, et non du texte&#xa0;; ce n&apos;est pas un journal d&apos;événements CSV.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 (or CSV UTF-8) and import it again.</source>
        <translation>Le fichier est en texte UTF-16&#xa0;; enregistrez-le en UTF-8 (ou CSV UTF-8) et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file could not be read to its end.</source>
        <translation>Le fichier n&apos;a pas pu être lu jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>CSV, separated by tabs</source>
        <translation>CSV, séparé par des tabulations</translation>
    </message>
    <message>
        <source>CSV, separated by &apos;%1&apos;</source>
        <translation>CSV, séparé par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>attribute: %1</source>
        <translation>attribut&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date-time format: it has no year, month or day (write it as dd.MM.yyyy HH:mm, or iso, epoch, epoch-ms).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format de date-heure&#xa0;: il ne comporte ni année, ni mois, ni jour (écrivez-le sous la forme dd.MM.yyyy HH:mm, ou iso, epoch, epoch-ms).</translation>
    </message>
    <message>
        <source>The column %1 holds no times.</source>
        <translation>La colonne %1 ne contient aucun horodatage.</translation>
    </message>
    <message>
        <source>The times in column %1 (%2) are in no format I know; give their format, e.g. dd.MM.yyyy HH:mm.</source>
        <translation>Les horodatages de la colonne %1 (%2) sont dans un format inconnu&#xa0;; indiquez leur format, par ex. dd.MM.yyyy HH:mm.</translation>
    </message>
    <message>
        <source>Every date read could have the day or the month first; they were read as %1. Give the format if the month comes first.</source>
        <translation>Chaque date lue pourrait avoir le jour ou le mois en premier&#xa0;; elles ont été lues comme %1. Indiquez le format si le mois vient en premier.</translation>
    </message>
    <message numerus="yes">
        <source>has %n value(s) where the header has %1 columns.</source>
        <translation>
            <numerusform>a %n valeur alors que l&apos;en-tête compte %1 colonnes.</numerusform>
            <numerusform>a %n valeurs alors que l&apos;en-tête compte %1 colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>no case is named.</source>
        <translation>aucun cas n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>no activity is named.</source>
        <translation>aucune activité n&apos;est indiquée.</translation>
    </message>
    <message>
        <source>%1 is not a date in the format %2.</source>
        <translation>%1 n&apos;est pas une date au format %2.</translation>
    </message>
    <message>
        <source>no time is given.</source>
        <translation>aucun horodatage n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>%1 is after the time the activity ends (%2).</source>
        <translation>%1 est postérieur à l&apos;heure de fin de l&apos;activité (%2).</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Task durations are service times, from each activity&apos;s start to its completion.</source>
        <translation>Les durées des tâches sont des temps de service, du début de chaque activité à son achèvement.</translation>
    </message>
    <message>
        <source>Task durations are the times since the case&apos;s previous activity ended, waiting included (the log has completion times only); a case&apos;s first activity takes no time.</source>
        <translation>Les durées des tâches sont les temps écoulés depuis la fin de l&apos;activité précédente du cas, attente comprise (le journal ne contient que des heures de fin)&#xa0;; la première activité d&apos;un cas ne prend aucun temps.</translation>
    </message>
    <message>
        <source>Task durations are service times where the log has start times, else the times since the case&apos;s previous activity ended (waiting included).</source>
        <translation>Les durées des tâches sont des temps de service lorsque le journal contient des heures de début, sinon les temps écoulés depuis la fin de l&apos;activité précédente du cas (attente comprise).</translation>
    </message>
    <message>
        <source>The log names no resources: one role does every task, its headcount the observed work over the time at 80 % utilisation.</source>
        <translation>Le journal ne nomme aucune ressource&#xa0;: un seul rôle exécute toutes les tâches, son effectif correspondant au travail observé sur la période à un taux d&apos;occupation de 80 %.</translation>
    </message>
    <message>
        <source>The log has fewer than two cases: one arrival a day is assumed.</source>
        <translation>Le journal contient moins de deux cas&#xa0;: une arrivée par jour est supposée.</translation>
    </message>
    <message numerus="yes">
        <source>Cases arrive at random at one rate (exponential inter-arrival times, mean %1): %n case(s) from %2 to %3.</source>
        <translation>
            <numerusform>Les cas arrivent au hasard à un taux unique (inter-arrivées exponentielles, moyenne %1)&#xa0;: %n cas du %2 au %3.</numerusform>
            <numerusform>Les cas arrivent au hasard à un taux unique (inter-arrivées exponentielles, moyenne %1)&#xa0;: %n cas du %2 au %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrivals follow the log&apos;s rate for each hour of the week (the calendar starts Monday 00:00),</source>
        <translation>Les arrivées suivent le taux du journal pour chaque heure de la semaine (le calendrier commence le lundi à 00:00),</translation>
    </message>
    <message>
        <source>Arrivals follow the log&apos;s rate for each hour of the day,</source>
        <translation>Les arrivées suivent le taux du journal pour chaque heure de la journée,</translation>
    </message>
    <message>
        <source>since the counts per hour differ more than chance allows (chi-square %1 against %2 for one rate).</source>
        <translation>car les volumes horaires varient plus que le seul hasard ne le permet (khi-deux %1 contre %2 pour un taux unique).</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) ended without completing; patience is exponential with mean %1: the time cases waited before their activities, over the cases that left.</source>
        <translation>
            <numerusform>%n cas s&apos;est terminé sans achèvement&#xa0;; la patience suit une loi exponentielle de moyenne %1&#xa0;: le temps d&apos;attente des cas avant leurs activités, rapporté aux cas sortis.</numerusform>
            <numerusform>%n cas se sont terminés sans achèvement&#xa0;; la patience suit une loi exponentielle de moyenne %1&#xa0;: le temps d&apos;attente des cas avant leurs activités, rapporté aux cas sortis.</numerusform>
        </translation>
    </message>
    <message>
        <source>No case was seen ending without completing, so the draft has no patience.</source>
        <translation>Aucun cas ne s&apos;est terminé sans achèvement&#xa0;; l&apos;ébauche n&apos;a donc pas de patience.</translation>
    </message>
    <message>
        <source>an event log</source>
        <translation>un journal d&apos;événements</translation>
    </message>
    <message>
        <source>Draft from %1</source>
        <translation>Ébauche à partir de %1</translation>
    </message>
    <message>
        <source>Process in %1</source>
        <translation>Processus dans %1</translation>
    </message>
    <message>
        <source>Journey in %1</source>
        <translation>Parcours dans %1</translation>
    </message>
    <message>
        <source>%1 journey</source>
        <translation>Parcours %1</translation>
    </message>
    <message>
        <source>Some activities were only ever left by cases that did not complete; their way to the end is kept, so the draft has a way out.</source>
        <translation>Certaines activités n&apos;ont été quittées que par des cas non achevés&#xa0;; leur chemin vers la fin est conservé, afin que l&apos;ébauche ait une issue.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Cas ouvert</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>Première activité</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Après %1</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Cas clos</translation>
    </message>
    <message>
        <source>No column is named &apos;%1&apos;; the columns are %2.</source>
        <translation>Aucune colonne ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; les colonnes sont %2.</translation>
    </message>
    <message>
        <source>The feedback needs a score column and a step, case or customer column (score, csat, nps, rating; step, touchpoint; case; customer); the columns are %1.</source>
        <translation>Le retour client nécessite une colonne de score et une colonne d&apos;étape (ou de point de contact), de cas ou de client (score, csat, nps, rating&#xa0;; step, touchpoint&#xa0;; case&#xa0;; customer)&#xa0;; les colonnes sont %1.</translation>
    </message>
    <message>
        <source>no score is given.</source>
        <translation>aucun score n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The feedback has more than %1 responses; larger files are refused.</source>
        <translation>Le retour client contient plus de %1 réponses&#xa0;; les fichiers plus volumineux sont refusés.</translation>
    </message>
    <message numerus="yes">
        <source>More than %n row(s) could not be read, the first on line %1, so the feedback was not applied.</source>
        <translation>
            <numerusform>Plus de %n ligne n&apos;a pas pu être lue, la première à la ligne %1&#xa0;; le retour client n&apos;a donc pas été appliqué.</numerusform>
            <numerusform>Plus de %n lignes n&apos;ont pas pu être lues, la première à la ligne %1&#xa0;; le retour client n&apos;a donc pas été appliqué.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>min %1, mode %2, max %3</source>
        <translation>min %1, mode %2, max %3</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <source>mean %1, sd %2</source>
        <translation>moyenne %1, écart type %2</translation>
    </message>
    <message>
        <source>k %1, mean %2</source>
        <translation>k %1, moyenne %2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) from %1 to %2</source>
        <translation>
            <numerusform>%n valeur de %1 à %2</numerusform>
            <numerusform>%n valeurs de %1 à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 (times: %2); columns %3.</source>
        <translation>%1 lu (horodatages&#xa0;: %2)&#xa0;; colonnes %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas pu être lue et a été ignorée.</numerusform>
            <numerusform>%n lignes n&apos;ont pas pu être lues et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle transition(s) other than start, complete and abort (schedule, suspend, ...) were passed over.</source>
        <translation>
            <numerusform>%n transition de cycle de vie autre que start, complete et abort (schedule, suspend, ...) a été ignorée.</numerusform>
            <numerusform>%n transitions de cycle de vie autres que start, complete et abort (schedule, suspend, ...) ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) were never completed and were left out.</source>
        <translation>
            <numerusform>%n début n&apos;a jamais été achevé et a été ignoré.</numerusform>
            <numerusform>%n débuts n&apos;ont jamais été achevés et ont été ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more bad row(s).</source>
        <translation>
            <numerusform>... et %n autre ligne erronée.</numerusform>
            <numerusform>... et %n autres lignes erronées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %n case(s): %2</source>
        <translation>
            <numerusform>%1  %n cas&#xa0;: %2</numerusform>
            <numerusform>%1  %n cas&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(no activity)</source>
        <translation>(aucune activité)</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>loi</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>KS distance</source>
        <translation>distance KS</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>AIC</translation>
    </message>
    <message>
        <source>fixed (no time observed)</source>
        <translation>fixe (aucune durée observée)</translation>
    </message>
    <message>
        <source>fixed (too few times)</source>
        <translation>fixe (trop peu de durées)</translation>
    </message>
    <message>
        <source>empirical (no family within %1)</source>
        <translation>empirique (aucune famille à moins de %1)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>normal range</source>
        <translation>plage normale</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>outside (latest value)</source>
        <translation>hors plage (dernière valeur)</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>mean score</source>
        <translation>score moyen</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>émotion</translation>
    </message>
    <message>
        <source>pain-point candidates</source>
        <translation>points de friction potentiels</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Some texts are not UTF-8 (the first on line %1); they were read as Latin-1. Save the file as UTF-8 if names look wrong.</source>
        <translation>Certains textes ne sont pas en UTF-8 (le premier à la ligne %1)&#xa0;; ils ont été lus en Latin-1. Enregistrez le fichier en UTF-8 si des noms semblent erronés.</translation>
    </message>
    <message>
        <source>The log has more than %1 events; larger logs are refused. Import a shorter period.</source>
        <translation>Le journal contient plus de %1 événements&#xa0;; les journaux plus volumineux sont refusés. Importez une période plus courte.</translation>
    </message>
    <message>
        <source>The log has more than %1 different activities (the next one, &apos;%2&apos;, on line %3); no process drafted from it could be read. Is %4 the column that names the activity?</source>
        <translation>Le journal contient plus de %1 activités différentes (la suivante, «&#xa0;%2&#xa0;», à la ligne %3)&#xa0;; aucun processus ébauché à partir de celui-ci ne serait lisible. %4 est-elle bien la colonne qui nomme l&apos;activité&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>More than %n row(s) could not be read, the first on line %1, so the import stopped. Check which column holds what and the time format.</source>
        <translation>
            <numerusform>Plus de %n ligne n&apos;a pas pu être lue, la première à la ligne %1&#xa0;; l&apos;import a donc été interrompu. Vérifiez le contenu de chaque colonne et le format de l&apos;horodatage.</numerusform>
            <numerusform>Plus de %n lignes n&apos;ont pas pu être lues, la première à la ligne %1&#xa0;; l&apos;import a donc été interrompu. Vérifiez le contenu de chaque colonne et le format de l&apos;horodatage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time since the step before</source>
        <translation>Temps depuis l&apos;étape précédente</translation>
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
        <translation>jours</translation>
    </message>
    <message>
        <source>Times per case</source>
        <translation>Durées par cas</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is compressed; unpack it and import the .csv or .xes inside.</source>
        <translation>%1 est compressé&#xa0;; décompressez-le et importez le fichier .csv ou .xes qu&apos;il contient.</translation>
    </message>
    <message>
        <source>The log holds no events.</source>
        <translation>Le journal ne contient aucun événement.</translation>
    </message>
    <message>
        <source>No row of the log could be read as an event.</source>
        <translation>Aucune ligne du journal n&apos;a pu être lue comme un événement.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>Autre personnel</translation>
    </message>
    <message>
        <source>%1 staff</source>
        <translation>Personnel %1</translation>
    </message>
    <message>
        <source>%1 and %2 staff</source>
        <translation>Personnel %1 et %2</translation>
    </message>
    <message>
        <source>trace %1</source>
        <translation>trace %1</translation>
    </message>
    <message>
        <source>the event has no activity name.</source>
        <translation>l&apos;événement n&apos;a pas de nom d&apos;activité.</translation>
    </message>
    <message>
        <source>the event has no time.</source>
        <translation>l&apos;événement n&apos;a pas d&apos;horodatage.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the format %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date au format %2.</translation>
    </message>
    <message>
        <source>the file declares a document type (&lt;!DOCTYPE&gt;). XES logs never need one, and a DTD can pull in other files or expand entities without end, so the file is refused.</source>
        <translation>le fichier déclare un type de document (&lt;!DOCTYPE&gt;). Les journaux XES n&apos;en ont jamais besoin, et une DTD peut charger d&apos;autres fichiers ou développer des entités à l&apos;infini&#xa0;; le fichier est donc refusé.</translation>
    </message>
    <message>
        <source>the file uses the entity &amp;%1;, which is not one of XML&apos;s own; the file is refused.</source>
        <translation>le fichier utilise l&apos;entité &amp;%1;, qui ne fait pas partie des entités propres à XML&#xa0;; le fichier est refusé.</translation>
    </message>
    <message>
        <source>elements nest deeper than %1 levels; such files are refused.</source>
        <translation>les éléments sont imbriqués sur plus de %1 niveaux&#xa0;; de tels fichiers sont refusés.</translation>
    </message>
    <message>
        <source>the file is XML but not an XES log: its root is &lt;%1&gt;, not &lt;log&gt;.</source>
        <translation>le fichier est du XML mais pas un journal XES&#xa0;: sa racine est &lt;%1&gt;, et non &lt;log&gt;.</translation>
    </message>
    <message>
        <source>a trace has more than %1 events; such logs are refused.</source>
        <translation>une trace contient plus de %1 événements&#xa0;; de tels journaux sont refusés.</translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not well-formed XML: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: le fichier n&apos;est pas un XML bien formé&#xa0;: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date-time format.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format de date-heure.</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each counted once however many of their activities overlap (the log has start and end times).</source>
        <translation>Les effectifs correspondent au nombre maximal de personnes de chaque rôle au travail simultanément, chacune comptée une seule fois quel que soit le chevauchement de ses activités (le journal contient des heures de début et de fin).</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each activity taken to have been worked on for its median time since the case&apos;s previous activity, but not before the same person&apos;s previous completion (the log has completion times only).</source>
        <translation>Les effectifs correspondent au nombre maximal de personnes de chaque rôle au travail simultanément, chaque activité étant réputée avoir été traitée pendant sa durée médiane depuis l&apos;activité précédente du cas, mais pas avant la fin de l&apos;activité précédente de la même personne (le journal ne contient que des heures de fin).</translation>
    </message>
    <message>
        <source>Drafted from %1: %2, %3 and %4 from %5 to %6. The process&apos;s description says how each figure was estimated.</source>
        <translation>Ébauche à partir de %1&#xa0;: %2, %3 et %4 du %5 au %6. La description du processus indique comment chaque valeur a été estimée.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity type(s)</source>
        <translation>
            <numerusform>%n type d&apos;activité</numerusform>
            <numerusform>%n types d&apos;activité</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 and %3, %4, %5.</source>
        <comment>events of cases and activities, resources, channels</comment>
        <translation>%1 sur %2 et %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canaux</numerusform>
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
        <translation>%1 jours</translation>
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
        <translation>%1%3 %2</translation>
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
        <translation>%1 par heure</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
</context>
<context>
    <name>JourneyClipboard</name>
    <message>
        <source>The clipboard holds no journey steps.</source>
        <translation>Le presse-papiers ne contient aucune étape de parcours.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s steps come from an unknown version.</source>
        <translation>Les étapes du presse-papiers proviennent d&apos;une version inconnue.</translation>
    </message>
    <message>
        <source>Clipboard: %1</source>
        <translation>Presse-papiers&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JourneyGridItem</name>
    <message>
        <source>No stages yet: right-click here or use Add Stage to begin.</source>
        <translation>Aucune phase pour l&apos;instant&#xa0;: cliquez ici avec le bouton droit ou utilisez Ajouter une phase pour commencer.</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 étapes</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>cible</translation>
    </message>
</context>
<context>
    <name>JourneyLayout</name>
    <message>
        <source>(No stage)</source>
        <translation>(Aucune phase)</translation>
    </message>
</context>
<context>
    <name>JourneyOperations</name>
    <message>
        <source>New Journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Stages</source>
        <translation>
            <numerusform>Supprimer %n phases</numerusform>
            <numerusform>Supprimer %n phases</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Duplicate Step</source>
        <translation>Dupliquer l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n Steps</source>
        <translation>
            <numerusform>Dupliquer %n étapes</numerusform>
            <numerusform>Dupliquer %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste Step</source>
        <translation>Coller l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Steps</source>
        <translation>
            <numerusform>Coller %n étapes</numerusform>
            <numerusform>Coller %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Link Step</source>
        <translation>Lier l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source>Link %n Steps</source>
        <translation>
            <numerusform>Lier %n étapes</numerusform>
            <numerusform>Lier %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlink Step</source>
        <translation>Délier l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n Steps</source>
        <translation>
            <numerusform>Délier %n étapes</numerusform>
            <numerusform>Délier %n étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Customer journey · %1</source>
        <translation>Parcours client · %1</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Parcours client</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Moments de vérité</translation>
    </message>
    <message>
        <source>Where it hurts most</source>
        <translation>Là où le bât blesse</translation>
    </message>
</context>
<context>
    <name>JourneyPicture</name>
    <message>
        <source>Journey map exported by Outside-In Studio</source>
        <translation>Carte du parcours exportée par Outside-In Studio</translation>
    </message>
    <message>
        <source>%1: cannot draw the journey map</source>
        <translation>%1&#xa0;: impossible de dessiner la carte du parcours</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>%1: there is no journey to export</source>
        <translation>%1&#xa0;: aucun parcours à exporter</translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg, pdf, html, mmd or json)</source>
        <translation>%1&#xa0;: format d&apos;export inconnu «&#xa0;%2&#xa0;» (utilisez png, svg, pdf, html, mmd ou json)</translation>
    </message>
</context>
<context>
    <name>Lanes</name>
    <message>
        <source>Customer actions</source>
        <translation>Actions du client</translation>
    </message>
    <message>
        <source>Touchpoints &amp; channels</source>
        <translation>Points de contact et canaux</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Pain points &amp; opportunities</source>
        <translation>Points de friction et opportunités</translation>
    </message>
    <message>
        <source>Front stage</source>
        <translation>Front stage</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
    <message>
        <source>Back stage</source>
        <translation>Back stage</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Ligne d&apos;interaction interne</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Open the bundled sample project.</source>
        <translation>Ouvrir le projet d&apos;exemple fourni.</translation>
    </message>
    <message>
        <source>Show editor &lt;name&gt; first: journey, roles, process, processes, requirements, traceability or results (the simulation dashboard).</source>
        <translation>Afficher d&apos;abord l&apos;éditeur &lt;name&gt;&#xa0;: journey (parcours), roles (rôles), process (processus), processes (liste des processus), requirements (exigences), traceability (traçabilité) ou results (résultats&#xa0;: le tableau de bord de simulation).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Show editor number &lt;index&gt; first (0 = journey).</source>
        <translation>Afficher d&apos;abord l&apos;éditeur numéro &lt;index&gt; (0 = parcours).</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>Make the window &lt;W&gt;x&lt;H&gt; pixels (e.g. 1600x1000).</source>
        <translation>Donner à la fenêtre une taille de &lt;W&gt;x&lt;H&gt; pixels (par ex. 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>Save a PNG of the window to &lt;file&gt; and quit.</source>
        <translation>Enregistrer une image PNG de la fenêtre dans &lt;file&gt; et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Simulate &lt;scenario&gt; once the project is open.</source>
        <translation>Simuler le scénario &lt;scenario&gt; une fois le projet ouvert.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>Advise on the constraint of &lt;scenario&gt; once the project is open (the Results tab&apos;s Advice page).</source>
        <translation>Analyser la contrainte du scénario &lt;scenario&gt; une fois le projet ouvert (page Conseils de l&apos;onglet Résultats).</translation>
    </message>
    <message>
        <source>Open the executive review full screen (with --screenshot: save its first page).</source>
        <translation>Ouvrir la revue de direction en plein écran (avec --screenshot&#xa0;: enregistrer sa première page).</translation>
    </message>
    <message>
        <source>Paint &lt;kind&gt; (journey, roles or process) of the project to the file given after it (png, svg, pdf; html for a journey; deck: the executive review as a PDF) and quit, with no window.</source>
        <translation>Dessiner &lt;kind&gt; (journey, roles ou process) du projet dans le fichier indiqué ensuite (png, svg, pdf&#xa0;; html pour un parcours&#xa0;; deck&#xa0;: la revue de direction en PDF) puis quitter, sans fenêtre.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>With --export: the journey to paint.</source>
        <translation>Avec --export&#xa0;: le parcours à dessiner.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The process to paint (--export process) or to show (--view process).</source>
        <translation>Le processus à dessiner (--export process) ou à afficher (--view process).</translation>
    </message>
    <message>
        <source>Select &lt;kind:id&gt; once the project is open (e.g. role:service-agent), so its properties show.</source>
        <translation>Sélectionner &lt;kind:id&gt; une fois le projet ouvert (par ex. role:service-agent), pour en afficher les propriétés.</translation>
    </message>
    <message>
        <source>kind:id</source>
        <translation>kind:id</translation>
    </message>
    <message>
        <source>With --export to PNG: dots per inch (default 96).</source>
        <translation>Avec --export vers PNG&#xa0;: points par pouce (96 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Rename the open project to &lt;name&gt;, as an unsaved edit.</source>
        <translation>Renommer le projet ouvert en &lt;name&gt;, comme modification non enregistrée.</translation>
    </message>
    <message>
        <source>Start a studio of its own even when one is running (otherwise FILE opens in the running one).</source>
        <translation>Lancer un studio distinct même si un studio est déjà ouvert (sinon, FICHIER s&apos;ouvre dans celui qui est en cours d&apos;exécution).</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>%1 · %2 of %3</source>
        <translation>%1 · %2 sur %3</translation>
    </message>
</context>
<context>
    <name>PictureWriter</name>
    <message>
        <source>%1: %2 dpi is outside 24..1200</source>
        <translation>%1&#xa0;: %2 ppp est hors de la plage 24..1200</translation>
    </message>
    <message>
        <source>%1: a %2 × %3 pixel image is too large; choose a lower resolution</source>
        <translation>%1&#xa0;: une image de %2 × %3 pixels est trop grande&#xa0;; choisissez une résolution plus faible</translation>
    </message>
    <message>
        <source>%1: not enough memory for a %2 × %3 pixel image</source>
        <translation>%1&#xa0;: mémoire insuffisante pour une image de %2 × %3 pixels</translation>
    </message>
    <message>
        <source>%1: cannot encode the PNG image</source>
        <translation>%1&#xa0;: impossible d&apos;encoder l&apos;image PNG</translation>
    </message>
    <message>
        <source>%1: cannot draw the SVG drawing</source>
        <translation>%1&#xa0;: impossible de dessiner le graphique SVG</translation>
    </message>
    <message>
        <source>%1: cannot start printing</source>
        <translation>%1&#xa0;: impossible de lancer l&apos;impression</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF file</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier PDF</translation>
    </message>
</context>
<context>
    <name>PocScenarios</name>
    <message>
        <source>New PoC scenario</source>
        <translation>Nouveau scénario de PoC</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>Nouvel éditeur</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>&lt;project&gt;</source>
        <translation>&lt;projet&gt;</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>ProblemPlace</name>
    <message>
        <source>the project</source>
        <translation>le projet</translation>
    </message>
    <message>
        <source>%1 (role)</source>
        <translation>%1 (rôle)</translation>
    </message>
    <message>
        <source>%1 (journey)</source>
        <translation>%1 (parcours)</translation>
    </message>
    <message>
        <source>“%1” (journey step)</source>
        <translation>«&#xa0;%1&#xa0;» (étape de parcours)</translation>
    </message>
    <message>
        <source>“%1” (requirement)</source>
        <translation>«&#xa0;%1&#xa0;» (exigence)</translation>
    </message>
    <message>
        <source>%1 (scenario)</source>
        <translation>%1 (scénario)</translation>
    </message>
    <message>
        <source>%1 (strategy)</source>
        <translation>%1 (stratégie)</translation>
    </message>
    <message>
        <source>%1 (persona)</source>
        <translation>%1 (persona)</translation>
    </message>
    <message>
        <source>%1 › %2 (process step)</source>
        <translation>%1 › %2 (étape de processus)</translation>
    </message>
    <message>
        <source>%1, flow %2 (process)</source>
        <translation>%1, flux %2 (processus)</translation>
    </message>
    <message>
        <source>%1 (process)</source>
        <translation>%1 (processus)</translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation>, entrée %1</translation>
    </message>
</context>
<context>
    <name>ProcessEdit</name>
    <message>
        <source>There is no node “%1” in this process.</source>
        <translation>Il n&apos;existe aucun nœud «&#xa0;%1&#xa0;» dans ce processus.</translation>
    </message>
    <message>
        <source>A flow cannot lead from “%1” back to itself.</source>
        <translation>Un flux ne peut pas revenir de «&#xa0;%1&#xa0;» vers lui-même.</translation>
    </message>
    <message>
        <source>“%1” starts the process: nothing flows into it.</source>
        <translation>«&#xa0;%1&#xa0;» démarre le processus&#xa0;: aucun flux n&apos;y entre.</translation>
    </message>
    <message>
        <source>“%1” ends the process: nothing flows out of it.</source>
        <translation>«&#xa0;%1&#xa0;» termine le processus&#xa0;: aucun flux n&apos;en sort.</translation>
    </message>
    <message>
        <source>“%1” already leads to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» mène déjà à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no flow “%1” in this process.</source>
        <translation>Il n&apos;existe aucun flux «&#xa0;%1&#xa0;» dans ce processus.</translation>
    </message>
</context>
<context>
    <name>ProcessFragment</name>
    <message>
        <source>The clipboard holds no process nodes.</source>
        <translation>Le presse-papiers ne contient aucun nœud de processus.</translation>
    </message>
</context>
<context>
    <name>ProcessPage</name>
    <message>
        <source>Process · %1</source>
        <translation>Processus · %1</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
</context>
<context>
    <name>ProcessPicture</name>
    <message>
        <source>%1: there is no process to export</source>
        <translation>%1&#xa0;: aucun processus à exporter</translation>
    </message>
    <message>
        <source>Process diagram exported by Outside-In Studio</source>
        <translation>Diagramme de processus exporté par Outside-In Studio</translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg or pdf)</source>
        <translation>%1&#xa0;: format d&apos;export inconnu «&#xa0;%2&#xa0;» (utilisez png, svg ou pdf)</translation>
    </message>
</context>
<context>
    <name>ProcessResults</name>
    <message>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <source>long wait, busy ≥ 70 %</source>
        <translation>longue attente, occupation ≥ 70 %</translation>
    </message>
    <message>
        <source>short wait</source>
        <translation>attente courte</translation>
    </message>
    <message>
        <source>%1 did not run in %2: %3 ran in its place.</source>
        <translation>%1 ne s&apos;est pas exécuté dans %2&#xa0;: %3 s&apos;est exécuté à sa place.</translation>
    </message>
    <message>
        <source>%1 did not run in %2.</source>
        <translation>%1 ne s&apos;est pas exécuté dans %2.</translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation>attente %1</translation>
    </message>
    <message>
        <source>Mean wait %1 per visit; 90 % wait less than %2</source>
        <translation>Attente moyenne de %1 par passage&#xa0;; 90 % attendent moins de %2</translation>
    </message>
    <message>
        <source>Queue: %1 cases waiting on average, %2 at the longest (mean of the runs)</source>
        <translation>File d&apos;attente&#xa0;: %1 cas en attente en moyenne, %2 au maximum (moyenne des exécutions)</translation>
    </message>
    <message>
        <source>%1 visits per replication; %2 had to wait</source>
        <translation>%1 passages par réplication&#xa0;; %2 ont dû attendre</translation>
    </message>
    <message>
        <source>The constraint: %1 of all waiting is here</source>
        <translation>La contrainte&#xa0;: %1 de toute l&apos;attente se situe ici</translation>
    </message>
    <message>
        <source>constraint · %1 busy</source>
        <translation>contrainte · occupé %1</translation>
    </message>
    <message>
        <source>%1 busy</source>
        <translation>occupé %1</translation>
    </message>
    <message>
        <source>%1: busy %2 ± %3 of the staff-time on duty</source>
        <translation>%1&#xa0;: occupé %2 ± %3 du temps de présence du personnel</translation>
    </message>
    <message>
        <source>overtime after shifts ended: %1 per replication</source>
        <translation>heures supplémentaires après la fin des vacations&#xa0;: %1 par réplication</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean waits per visit and busy shares over %n replications</source>
        <translation>
            <numerusform>%1&#xa0;: attentes moyennes par passage et taux d&apos;occupation sur %n réplication</numerusform>
            <numerusform>%1&#xa0;: attentes moyennes par passage et taux d&apos;occupation sur %n réplications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean waits per visit over %n replications; the constraint is %2</source>
        <translation>
            <numerusform>%1&#xa0;: attentes moyennes par passage sur %n réplication&#xa0;; la contrainte est %2</numerusform>
            <numerusform>%1&#xa0;: attentes moyennes par passage sur %n réplications&#xa0;; la contrainte est %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessScene</name>
    <message>
        <source>Customer asks</source>
        <translation>Demande client</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Decision?</source>
        <translation>Décision&#xa0;?</translation>
    </message>
    <message>
        <source>In parallel</source>
        <translation>En parallèle</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Tout est terminé</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Contrainte</translation>
    </message>
</context>
<context>
    <name>ProjectIo</name>
    <message>
        <source>cannot open the file: %1.</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the file is %1 MB; project files are read up to %2 MB.</source>
        <translation>le fichier fait %1 Mo&#xa0;; les fichiers de projet sont lus jusqu&apos;à %2 Mo.</translation>
    </message>
    <message>
        <source>unknown file type; use a name ending in .oi.yaml, .yaml, .yml or .oistudio.</source>
        <translation>type de fichier inconnu&#xa0;; utilisez un nom se terminant par .oi.yaml, .yaml, .yml ou .oistudio.</translation>
    </message>
    <message>
        <source>Cannot save %1: unknown file type; use a name ending in .oi.yaml or .oistudio.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: type de fichier inconnu&#xa0;; utilisez un nom se terminant par .oi.yaml ou .oistudio.</translation>
    </message>
</context>
<context>
    <name>ProjectLock</name>
    <message>
        <source>another Outside-In Studio</source>
        <translation>une autre instance d&apos;Outside-In Studio</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1 (processus %2 sur %3)</translation>
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
        <translation>Modèle de base</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <source>Cycle time: %1</source>
        <translation>Temps de cycle&#xa0;: %1</translation>
    </message>
    <message>
        <source>These results carry no per-case distribution.</source>
        <translation>Ces résultats ne contiennent pas de distribution par cas.</translation>
    </message>
    <message>
        <source>No case of %1 completed after the warm-up.</source>
        <translation>Aucun cas de %1 ne s&apos;est achevé après la période de chauffe.</translation>
    </message>
    <message>
        <source>Cycle time (%1)</source>
        <translation>Temps de cycle (%1)</translation>
    </message>
    <message>
        <source>Cases (% of completed)</source>
        <translation>Cas (% des cas achevés)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>p50: %1</source>
        <translation>p50&#xa0;: %1</translation>
    </message>
    <message>
        <source>p90: %1</source>
        <translation>p90&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of the cases took %2 to %3</source>
        <translation>%1 des cas ont pris de %2 à %3</translation>
    </message>
    <message>
        <source>from (%1)</source>
        <translation>de (%1)</translation>
    </message>
    <message>
        <source>to (%1)</source>
        <translation>à (%1)</translation>
    </message>
    <message>
        <source>cases (% of completed)</source>
        <translation>cas (% des cas achevés)</translation>
    </message>
    <message numerus="yes">
        <source>%n cases, every replication pooled; the slowest 1 % lie beyond the right edge. p50 and p90: half and 90 % of the cases done within, each replication&apos;s, averaged.</source>
        <translation>
            <numerusform>%n cas, toutes réplications confondues&#xa0;; les 1 % les plus lents se situent au-delà du bord droit. p50 et p90&#xa0;: délais dans lesquels la moitié et 90 % des cas sont traités, calculés par réplication puis moyennés.</numerusform>
            <numerusform>%n cas, toutes réplications confondues&#xa0;; les 1 % les plus lents se situent au-delà du bord droit. p50 et p90&#xa0;: délais dans lesquels la moitié et 90 % des cas sont traités, calculés par réplication puis moyennés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean wait per task</source>
        <translation>Attente moyenne par tâche</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>Attente moyenne</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Contrainte</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>mean wait per visit (%1)</source>
        <translation>attente moyenne par passage (%1)</translation>
    </message>
    <message>
        <source>95 % interval ±</source>
        <translation>intervalle à 95 % ±</translation>
    </message>
    <message>
        <source>90 % wait less than (%1)</source>
        <translation>90 % attendent moins de (%1)</translation>
    </message>
    <message>
        <source>mean queue (cases)</source>
        <translation>file moyenne (cas)</translation>
    </message>
    <message>
        <source>visits per replication</source>
        <translation>passages par réplication</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in %2, done by %3
mean wait %4 per visit; 90 % wait less than %5
%6 cases waiting on average, %7 at the longest (mean of the runs)</source>
        <translation>%1 dans %2, réalisée par %3
attente moyenne de %4 par passage&#xa0;; 90 % attendent moins de %5
%6 cas en attente en moyenne, %7 au maximum (moyenne des exécutions)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Mean wait per visit (%1)</source>
        <translation>Attente moyenne par passage (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The %n tasks with the longest waits; the CSV file has every task.</source>
        <translation>
            <numerusform>La tâche (%n) avec l&apos;attente la plus longue&#xa0;; le fichier CSV contient toutes les tâches.</numerusform>
            <numerusform>Les %n tâches aux attentes les plus longues&#xa0;; le fichier CSV contient toutes les tâches.</numerusform>
        </translation>
    </message>
    <message>
        <source>hour of the day</source>
        <translation>heure de la journée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Role utilisation</source>
        <translation>Taux d&apos;occupation des rôles</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>busy (% of staff-time on duty)</source>
        <translation>occupé (% du temps de présence du personnel)</translation>
    </message>
    <message>
        <source>95 % interval ± (points)</source>
        <translation>intervalle à 95 % ± (points)</translation>
    </message>
    <message>
        <source>overtime per replication (%1)</source>
        <translation>heures supplémentaires par réplication (%1)</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <source>%1: busy %2 ± %3 of the staff-time on duty</source>
        <translation>%1&#xa0;: occupé %2 ± %3 du temps de présence du personnel</translation>
    </message>
    <message>
        <source>overtime after shifts ended: %1 per replication</source>
        <translation>heures supplémentaires après la fin des vacations&#xa0;: %1 par réplication</translation>
    </message>
    <message>
        <source>the constraint: %1 of all waiting is at %2</source>
        <translation>la contrainte&#xa0;: %1 de toute l&apos;attente se situe à %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Busy (% of time on duty)</source>
        <translation>Occupé (% du temps de présence)</translation>
    </message>
    <message>
        <source>Utilisation by hour of the day</source>
        <translation>Taux d&apos;occupation par heure de la journée</translation>
    </message>
    <message>
        <source>%1, %2: busy %3</source>
        <translation>%1, %2&#xa0;: occupé %3</translation>
    </message>
    <message>
        <source>Time of day (hh:mm)</source>
        <translation>Heure (hh:mm)</translation>
    </message>
    <message>
        <source>busy (%)</source>
        <translation>occupé (%)</translation>
    </message>
    <message>
        <source>Means over every day and replication of the run; a gap is an hour with nobody on duty.</source>
        <translation>Moyennes sur chaque jour et chaque réplication de l&apos;exécution&#xa0;; un vide correspond à une heure sans personne en service.</translation>
    </message>
    <message>
        <source>Cases waiting by hour of the day</source>
        <translation>Cas en attente par heure de la journée</translation>
    </message>
    <message>
        <source>%1, %2: %3 cases waiting on average</source>
        <translation>%1, %2&#xa0;: %3 cas en attente en moyenne</translation>
    </message>
    <message>
        <source>Cases waiting (mean)</source>
        <translation>Cas en attente (moyenne)</translation>
    </message>
    <message>
        <source>cases waiting (mean)</source>
        <translation>cas en attente (moyenne)</translation>
    </message>
    <message>
        <source>Cases waiting for each role&apos;s tasks, in every process; means over every day and replication.</source>
        <translation>Cas en attente pour les tâches de chaque rôle, dans tous les processus&#xa0;; moyennes sur chaque jour et chaque réplication.</translation>
    </message>
    <message>
        <source>Queue at the constraint by hour of the day</source>
        <translation>File d&apos;attente à la contrainte par heure de la journée</translation>
    </message>
    <message>
        <source>No constraint: no task had staff to wait for.</source>
        <translation>Aucune contrainte&#xa0;: aucune tâche n&apos;a dû attendre du personnel.</translation>
    </message>
    <message>
        <source>Nobody on duty</source>
        <translation>Personne en service</translation>
    </message>
    <message>
        <source>Cases waiting</source>
        <translation>Cas en attente</translation>
    </message>
    <message>
        <source>cases waiting at %1 (mean)</source>
        <translation>cas en attente à %1 (moyenne)</translation>
    </message>
    <message>
        <source>%1 on duty</source>
        <translation>%1 en service</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 at %2; means over every day and replication of the run.</source>
        <translation>%1 à %2&#xa0;; moyennes sur chaque jour et chaque réplication de l&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>ResultsReport</name>
    <message>
        <source>
Process %1
</source>
        <translation>
Processus %1
</translation>
    </message>
    <message>
        <source>  %1 cases arrived, %2 completed, %3 customers lost (abandoned); %4 still in process on average
</source>
        <translation>  %1 cas arrivés, %2 achevés, %3 clients perdus (abandons)&#xa0;; %4 encore en cours en moyenne
</translation>
    </message>
    <message>
        <source>  throughput %1; cycle time %2 (half of the cases within %3, 90 % within %4)
</source>
        <translation>  débit %1&#xa0;; temps de cycle %2 (la moitié des cas en moins de %3, 90 % en moins de %4)
</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>passages</translation>
    </message>
    <message>
        <source>mean wait</source>
        <translation>attente moyenne</translation>
    </message>
    <message>
        <source>90 % wait less than</source>
        <translation>90 % attendent moins de</translation>
    </message>
    <message>
        <source>mean queue</source>
        <translation>file moyenne</translation>
    </message>
    <message>
        <source>longest queue (mean of runs)</source>
        <translation>file la plus longue (moyenne des exécutions)</translation>
    </message>
    <message>
        <source>    %1 against M/M/%2 (Erlang C): mean wait %3 (simulated %4), share who wait %5 (simulated %6)
</source>
        <translation>    %1 comparé à M/M/%2 (Erlang C)&#xa0;: attente moyenne %3 (simulée %4), part des cas qui attendent %5 (simulée %6)
</translation>
    </message>
    <message>
        <source>  from %1 to %2: %3 of cases
</source>
        <translation>  de %1 à %2&#xa0;: %3 des cas
</translation>
    </message>
    <message>
        <source>
Goals (met only when the whole 95 % interval is on the right side of the target)
</source>
        <translation>
Objectifs (atteints uniquement si tout l&apos;intervalle à 95 % se situe du bon côté de la cible)
</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation>non simulé</translation>
    </message>
    <message>
        <source>
Money over the measured %1 (means per replication)
</source>
        <translation>
Coûts et valeur sur les %1 mesurés (moyennes par réplication)
</translation>
    </message>
    <message>
        <source>staff on duty</source>
        <translation>personnel en service</translation>
    </message>
    <message>
        <source>overtime</source>
        <translation>heures supplémentaires</translation>
    </message>
    <message>
        <source>lost to abandonment</source>
        <translation>perte due aux abandons</translation>
    </message>
    <message>
        <source>value of completed cases</source>
        <translation>valeur des cas achevés</translation>
    </message>
    <message>
        <source>net</source>
        <translation>net</translation>
    </message>
    <message numerus="yes">
        <source>%n replications (first %1), each %2 long after a warm-up of %3, seed %4
</source>
        <translation>
            <numerusform>%n réplication (première %1), d&apos;une durée de %2 après une période de chauffe de %3, graine %4
</numerusform>
            <numerusform>%n réplications (première %1), chacune d&apos;une durée de %2 après une période de chauffe de %3, graine %4
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events in %2 s, fingerprint %3
</source>
        <translation>%1 événements en %2 s, empreinte %3
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>
Role utilisation (busy staff-time / staff-time on duty)
</source>
        <translation>
Taux d&apos;occupation des rôles (temps occupé du personnel / temps de présence du personnel)
</translation>
    </message>
    <message>
        <source> ± %1</source>
        <translation> ± %1</translation>
    </message>
    <message>
        <source>overtime %1 of staff-time per replication</source>
        <translation>heures supplémentaires&#xa0;: %1 du temps du personnel par réplication</translation>
    </message>
    <message>
        <source>
Bottlenecks (score = (utilisation + share of all waiting) / 2)
</source>
        <translation>
Goulets d&apos;étranglement (score = (taux d&apos;occupation + part de toute l&apos;attente) / 2)
</translation>
    </message>
    <message>
        <source>busy %1</source>
        <translation>occupé %1</translation>
    </message>
    <message>
        <source>%1 of all waiting</source>
        <translation>%1 de toute l&apos;attente</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>The constraint is %1 (%2).
</source>
        <translation>La contrainte est %1 (%2).
</translation>
    </message>
    <message>
        <source>Constraint by time of day:
</source>
        <translation>Contrainte selon l&apos;heure de la journée&#xa0;:
</translation>
    </message>
    <message>
        <source>%1 of the waiting</source>
        <translation>%1 de l&apos;attente</translation>
    </message>
    <message>
        <source>
What-if sweep (common random numbers; change versus base, 95 %)
</source>
        <translation>
Balayage what-if (nombres aléatoires communs&#xa0;; écart par rapport à la base, 95 %)
</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cycle time %1</source>
        <translation>temps de cycle %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>écart %1</translation>
    </message>
    <message>
        <source>throughput %1</source>
        <translation>débit %1</translation>
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
        <translation>%1 par heure</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 par jour</translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation>temps de cycle</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>attente</translation>
    </message>
    <message>
        <source>customers lost</source>
        <translation>clients perdus</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>taux d&apos;occupation</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replications</source>
        <translation>
            <numerusform>%n réplication</numerusform>
            <numerusform>%n réplications</numerusform>
        </translation>
    </message>
    <message>
        <source>in place of %1</source>
        <translation>à la place de %1</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>%1 of %2 cases completed per replication</source>
        <translation>%1 des %2 cas achevés par réplication</translation>
    </message>
    <message>
        <source>Cases completed after the warm-up per unit of time, mean over %1.</source>
        <translation>Cas achevés après la période de chauffe par unité de temps, moyenne sur %1.</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Temps de cycle</translation>
    </message>
    <message>
        <source>half done within %1</source>
        <translation>la moitié traitée en moins de %1</translation>
    </message>
    <message>
        <source>90 % done within %1</source>
        <translation>90 % traités en moins de %1</translation>
    </message>
    <message>
        <source>From arrival to the end, for the cases completed after the warm-up. The median and the 90th percentile are each replication&apos;s, averaged over %1.</source>
        <translation>De l&apos;arrivée à la fin, pour les cas achevés après la période de chauffe. La médiane et le 90e centile sont calculés par réplication, puis moyennés sur %1.</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>%1 of arrivals gave up waiting</source>
        <translation>%1 des arrivées ont renoncé à attendre</translation>
    </message>
    <message>
        <source>still in process at the end: %1</source>
        <translation>encore en cours à la fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>still in process at the end: not recorded in this run</source>
        <translation>encore en cours à la fin&#xa0;: non enregistré dans cette exécution</translation>
    </message>
    <message>
        <source>Per replication: customers who abandoned while waiting (a failed transaction), and those still in the process when the run ended (engaged, without an outcome yet).</source>
        <translation>Par réplication&#xa0;: les clients qui ont abandonné pendant l&apos;attente (transaction échouée), et ceux encore dans le processus à la fin de l&apos;exécution (engagés, sans résultat à ce stade).</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>of the tasks had to wait</source>
        <translation>des tâches ont dû attendre</translation>
    </message>
    <message>
        <source>mean wait per task %1</source>
        <translation>attente moyenne par tâche %1</translation>
    </message>
    <message>
        <source>The share of task starts that waited for staff at all, and the mean wait per task start.</source>
        <translation>La part des démarrages de tâche qui ont dû attendre du personnel, et l&apos;attente moyenne par démarrage de tâche.</translation>
    </message>
    <message>
        <source>not simulated</source>
        <translation>non simulé</translation>
    </message>
    <message>
        <source>target: at most %1</source>
        <translation>cible&#xa0;: au plus %1</translation>
    </message>
    <message>
        <source>target: at least %1</source>
        <translation>cible&#xa0;: au moins %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>The whole 95 % interval is on the right side of the target.</source>
        <translation>Tout l&apos;intervalle à 95 % se situe du bon côté de la cible.</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>The whole 95 % interval is on the wrong side of the target.</source>
        <translation>Tout l&apos;intervalle à 95 % se situe du mauvais côté de la cible.</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>The 95 % interval straddles the target: more replications may decide it.</source>
        <translation>L&apos;intervalle à 95 % chevauche la cible&#xa0;: davantage de réplications pourraient trancher.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Simulating…</source>
        <translation>Simulation en cours…</translation>
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
        <translation>Back-office</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Terrain</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n on shift</source>
        <translation>
            <numerusform>%n en service</numerusform>
            <numerusform>%n en service</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 on shift</source>
        <translation>%1–%2 en service</translation>
    </message>
    <message numerus="yes">
        <source>%n staff</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 journey step</source>
        <translation>1 étape de parcours</translation>
    </message>
    <message numerus="yes">
        <source>%n journey steps</source>
        <translation>
            <numerusform>%n étape de parcours</numerusform>
            <numerusform>%n étapes de parcours</numerusform>
        </translation>
    </message>
    <message>
        <source>1 process task</source>
        <translation>1 tâche de processus</translation>
    </message>
    <message numerus="yes">
        <source>%n process tasks</source>
        <translation>
            <numerusform>%n tâche de processus</numerusform>
            <numerusform>%n tâches de processus</numerusform>
        </translation>
    </message>
    <message>
        <source>Journey steps: %1</source>
        <translation>Étapes de parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Process tasks: %1</source>
        <translation>Tâches de processus&#xa0;: %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>driven by “%1”</source>
        <translation>porté par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>As-is organisation</source>
        <translation>Organisation actuelle</translation>
    </message>
    <message>
        <source>To-be organisation</source>
        <translation>Organisation cible</translation>
    </message>
</context>
<context>
    <name>RoleMapPicture</name>
    <message>
        <source>as-is</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>as-is and to-be</source>
        <translation>actuel et cible</translation>
    </message>
    <message>
        <source>Roles, %1 — %2</source>
        <translation>Rôles, %1 — %2</translation>
    </message>
    <message>
        <source>Role map exported by Outside-In Studio</source>
        <translation>Carte des rôles exportée par Outside-In Studio</translation>
    </message>
    <message>
        <source>%1: unknown export format &quot;%2&quot; (use png, svg or pdf)</source>
        <translation>%1&#xa0;: format d&apos;export inconnu «&#xa0;%2&#xa0;» (utilisez png, svg ou pdf)</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Role changes, as-is → to-be</source>
        <translation>Évolution des rôles, actuel → cible</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>%1 has no run %2</source>
        <translation>%1 ne contient aucune exécution %2</translation>
    </message>
</context>
<context>
    <name>SimulationOverlay</name>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>%1: %2 %3 (the project&apos;s unit), mean over the simulated run</source>
        <translation>%1&#xa0;: %2 %3 (l&apos;unité du projet), moyenne sur l&apos;exécution simulée</translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation>attente %1</translation>
    </message>
    <message>
        <source>constraint · %1</source>
        <translation>contrainte · %1</translation>
    </message>
    <message>
        <source> · nobody on duty %1</source>
        <translation> · personne en service %1</translation>
    </message>
    <message>
        <source>wait per visit</source>
        <translation>attente par passage</translation>
    </message>
    <message>
        <source>process · %1 per case</source>
        <translation>processus · %1 par cas</translation>
    </message>
    <message>
        <source>waiting per case in the whole process</source>
        <translation>attente par cas dans l&apos;ensemble du processus</translation>
    </message>
    <message>
        <source>constraint · busy %1</source>
        <translation>contrainte · occupé %1</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <source>long wait, busy ≥ 70 %</source>
        <translation>longue attente, occupation ≥ 70 %</translation>
    </message>
    <message>
        <source>short wait</source>
        <translation>attente courte</translation>
    </message>
    <message>
        <source>mean waits per visit over the simulated run</source>
        <translation>attentes moyennes par passage sur l&apos;exécution simulée</translation>
    </message>
</context>
<context>
    <name>SimulationPage</name>
    <message>
        <source>Simulation, before anything is bought</source>
        <translation>La simulation, avant tout achat</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Staff cost a week</source>
        <translation>Coût du personnel par semaine</translation>
    </message>
    <message>
        <source>Customers and value saved a week</source>
        <translation>Clients et valeur préservés par semaine</translation>
    </message>
    <message>
        <source>Net gain a week</source>
        <translation>Gain net par semaine</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <source>should be text, not %1.</source>
        <translation>devrait être du texte, et non %1.</translation>
    </message>
    <message>
        <source>“%1” is not a distribution; expected one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une loi de probabilité&#xa0;; valeurs attendues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a window needs both from and to.</source>
        <translation>une fenêtre nécessite à la fois from et to.</translation>
    </message>
    <message>
        <source>the member “rates” should be a list, not %1.</source>
        <translation>le membre «&#xa0;rates&#xa0;» devrait être une liste, et non %1.</translation>
    </message>
    <message>
        <source>give either add (extra staff) or headcount (staff in the window), not both or neither.</source>
        <translation>indiquez soit add (personnel supplémentaire), soit headcount (effectif dans la fenêtre), mais pas les deux ni aucun.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <source>is empty, but should hold JSON.</source>
        <translation>est vide, mais devrait contenir du JSON.</translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at character %2).</source>
        <translation>n&apos;est pas un JSON valide (%1 au caractère %2).</translation>
    </message>
    <message>
        <source>should be a JSON list, not an object.</source>
        <translation>devrait être une liste JSON, et non un objet.</translation>
    </message>
    <message>
        <source>should be a JSON object, not a list.</source>
        <translation>devrait être un objet JSON, et non une liste.</translation>
    </message>
    <message>
        <source>should be an object, not %1.</source>
        <translation>devrait être un objet, et non %1.</translation>
    </message>
    <message>
        <source>the member “%1” should be an id, but it is missing or empty.</source>
        <translation>le membre «&#xa0;%1&#xa0;» devrait être un identifiant, mais il est absent ou vide.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>un nombre ou null</translation>
    </message>
    <message>
        <source>the member “%1” holds “%2”, which is not one of: %3.</source>
        <translation>le membre «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;», qui ne fait pas partie de&#xa0;: %3.</translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>une liste de nombres</translation>
    </message>
    <message>
        <source>the member “%1” should be %2, not %3.</source>
        <translation>le membre «&#xa0;%1&#xa0;» devrait être %2, et non %3.</translation>
    </message>
    <message>
        <source>cannot upgrade table %1, row %2: %3</source>
        <translation>impossible de mettre à niveau la table %1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot upgrade the document: %1</source>
        <translation>impossible de mettre à niveau le document&#xa0;: %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>the table is missing or lacks a column (%1), so the document is damaged.</source>
        <translation>la table est absente ou il lui manque une colonne (%1)&#xa0;; le document est donc endommagé.</translation>
    </message>
    <message>
        <source>the document holds more than %1 rows; documents are read up to that many.</source>
        <translation>le document contient plus de %1 lignes&#xa0;; les documents sont lus jusqu&apos;à ce nombre de lignes.</translation>
    </message>
    <message>
        <source>the table cannot be read (%1), so the document is damaged.</source>
        <translation>la table ne peut pas être lue (%1)&#xa0;; le document est donc endommagé.</translation>
    </message>
    <message>
        <source>table %1, row %2</source>
        <translation>table %1, ligne %2</translation>
    </message>
    <message>
        <source>should hold a whole number, not %1.</source>
        <translation>devrait contenir un nombre entier, et non %1.</translation>
    </message>
    <message>
        <source>holds %1, which is too large.</source>
        <translation>contient %1, qui est trop grand.</translation>
    </message>
    <message>
        <source>should hold 0 or 1, not %1.</source>
        <translation>devrait contenir 0 ou 1, et non %1.</translation>
    </message>
    <message>
        <source>should hold a number, not %1.</source>
        <translation>devrait contenir un nombre, et non %1.</translation>
    </message>
    <message>
        <source>should hold a finite number, not %1.</source>
        <translation>devrait contenir un nombre fini, et non %1.</translation>
    </message>
    <message>
        <source>holds %1, which is not one of: %2.</source>
        <translation>contient %1, qui ne fait pas partie de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>nothing (NULL)</source>
        <translation>rien (NULL)</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>table project</source>
        <translation>table project</translation>
    </message>
    <message>
        <source>should hold a whole number of at least 0, not %1.</source>
        <translation>devrait contenir un nombre entier supérieur ou égal à 0, et non %1.</translation>
    </message>
    <message>
        <source>the project row is missing.</source>
        <translation>la ligne du projet est absente.</translation>
    </message>
    <message>
        <source>table steps, row %1</source>
        <translation>table steps, ligne %1</translation>
    </message>
    <message>
        <source>refers to journey position %1, but there is no such journey.</source>
        <translation>fait référence à la position de parcours %1, mais ce parcours n&apos;existe pas.</translation>
    </message>
    <message>
        <source>refers to process position %1, but there is no such process.</source>
        <translation>fait référence à la position de processus %1, mais ce processus n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>cannot open the file: %1.</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>not an Outside-In Studio document (not an SQLite database, or damaged: %1).</source>
        <translation>ce n&apos;est pas un document Outside-In Studio (ce n&apos;est pas une base SQLite, ou elle est endommagée&#xa0;: %1).</translation>
    </message>
    <message>
        <source>an SQLite database, but not an Outside-In Studio document.</source>
        <translation>une base de données SQLite, mais pas un document Outside-In Studio.</translation>
    </message>
    <message>
        <source>the document holds a %1 named %2, which Outside-In Studio never writes; a file changed by another program is not opened.</source>
        <translation>le document contient un(e) %1 nommé(e) %2, qu&apos;Outside-In Studio n&apos;écrit jamais&#xa0;; un fichier modifié par un autre programme n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>the document is damaged (%1).</source>
        <translation>le document est endommagé (%1).</translation>
    </message>
    <message>
        <source>the document is damaged or truncated (%1).</source>
        <translation>le document est endommagé ou tronqué (%1).</translation>
    </message>
    <message>
        <source>the document is damaged: it has no schema version.</source>
        <translation>le document est endommagé&#xa0;: il n&apos;a pas de version de schéma.</translation>
    </message>
    <message>
        <source>the document has schema version %1, written by a newer Outside-In Studio; this version reads up to %2.</source>
        <translation>le document a la version de schéma %1, écrite par une version plus récente d&apos;Outside-In Studio&#xa0;; cette version lit jusqu&apos;à la %2.</translation>
    </message>
    <message>
        <source>no upgrade is known from schema version %1 to %2.</source>
        <translation>aucune mise à niveau n&apos;est connue de la version de schéma %1 vers la %2.</translation>
    </message>
    <message>
        <source>cannot upgrade the document.</source>
        <translation>impossible de mettre à niveau le document.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the member “capacity” should be a list, not %1.</source>
        <translation>le membre «&#xa0;capacity&#xa0;» devrait être une liste, et non %1.</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>1 journey</source>
        <translation>1 parcours</translation>
    </message>
    <message numerus="yes">
        <source>%n journeys</source>
        <translation>
            <numerusform>%n parcours</numerusform>
            <numerusform>%n parcours</numerusform>
        </translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n rôle</numerusform>
            <numerusform>%n rôles</numerusform>
        </translation>
    </message>
    <message>
        <source>1 process</source>
        <translation>1 processus</translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n processus</numerusform>
            <numerusform>%n processus</numerusform>
        </translation>
    </message>
    <message>
        <source>1 requirement</source>
        <translation>1 exigence</translation>
    </message>
    <message numerus="yes">
        <source>%n requirements</source>
        <translation>
            <numerusform>%n exigence</numerusform>
            <numerusform>%n exigences</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepDetailsItem</name>
    <message>
        <source>%1 — not in this project</source>
        <translation>%1 — absent de ce projet</translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation>Simulé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>research</source>
        <translation>étude</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>hypothèse</translation>
    </message>
    <message>
        <source>customer-initiated</source>
        <translation>à l&apos;initiative du client</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>moment de vérité</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>preuve&#xa0;: %1</translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation>Simulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Untitled step</source>
        <translation>Étape sans titre</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Simulated to-be</source>
        <translation>Cible simulée</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>No goals yet: add them to the strategy in the studio.</source>
        <translation>Aucun objectif pour l&apos;instant&#xa0;: ajoutez-les à la stratégie dans le studio.</translation>
    </message>
</context>
<context>
    <name>TechnologyPage</name>
    <message>
        <source>Technology supports, never drives</source>
        <translation>La technologie soutient, elle ne pilote jamais</translation>
    </message>
</context>
<context>
    <name>TitlePage</name>
    <message>
        <source>Executive review</source>
        <translation>Revue de direction</translation>
    </message>
</context>
<context>
    <name>TracePage</name>
    <message>
        <source>Traceability</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
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
        <translation>Id&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journey: %1</source>
        <translation>Parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Record Decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <source>Change Client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Change Author</source>
        <translation>Modifier l&apos;auteur</translation>
    </message>
    <message>
        <source>Change Project Description</source>
        <translation>Modifier la description du projet</translation>
    </message>
    <message>
        <source>Change Time Unit</source>
        <translation>Modifier l&apos;unité de temps</translation>
    </message>
    <message>
        <source>Change Currency</source>
        <translation>Modifier la devise</translation>
    </message>
    <message>
        <source>Change Simulation Settings</source>
        <translation>Modifier les paramètres de simulation</translation>
    </message>
    <message>
        <source>Rename Strategy</source>
        <translation>Renommer la stratégie</translation>
    </message>
    <message>
        <source>Change Strategy Statement</source>
        <translation>Modifier l&apos;énoncé de la stratégie</translation>
    </message>
    <message>
        <source>Change Strategy Owner</source>
        <translation>Modifier le responsable de la stratégie</translation>
    </message>
    <message>
        <source>Change Goals</source>
        <translation>Modifier les objectifs</translation>
    </message>
    <message>
        <source>Rename Persona</source>
        <translation>Renommer la persona</translation>
    </message>
    <message>
        <source>Change Persona Description</source>
        <translation>Modifier la description de la persona</translation>
    </message>
    <message>
        <source>Change Needs</source>
        <translation>Modifier les besoins</translation>
    </message>
    <message>
        <source>Change Jobs to Be Done</source>
        <translation>Modifier les jobs to be done</translation>
    </message>
    <message>
        <source>Change Customer&apos;s Customer</source>
        <translation>Modifier le client du client</translation>
    </message>
    <message>
        <source>Rename Role</source>
        <translation>Renommer le rôle</translation>
    </message>
    <message>
        <source>Change Department</source>
        <translation>Modifier le service</translation>
    </message>
    <message>
        <source>Change Office</source>
        <translation>Modifier le positionnement</translation>
    </message>
    <message>
        <source>Change Cost per Hour</source>
        <translation>Modifier le coût horaire</translation>
    </message>
    <message>
        <source>Change Kind of Role Change</source>
        <translation>Modifier le type de changement du rôle</translation>
    </message>
    <message>
        <source>Change Driving Strategy</source>
        <translation>Modifier la stratégie motrice</translation>
    </message>
    <message>
        <source>Change Headcount</source>
        <translation>Modifier l&apos;effectif</translation>
    </message>
    <message>
        <source>Change Shifts</source>
        <translation>Modifier les vacations</translation>
    </message>
    <message>
        <source>Change Cross-Training</source>
        <translation>Modifier la polyvalence</translation>
    </message>
    <message>
        <source>Rename Process</source>
        <translation>Renommer le processus</translation>
    </message>
    <message>
        <source>Change Process Description</source>
        <translation>Modifier la description du processus</translation>
    </message>
    <message>
        <source>Change Process Strategy</source>
        <translation>Modifier la stratégie du processus</translation>
    </message>
    <message>
        <source>Change Lanes</source>
        <translation>Modifier les couloirs</translation>
    </message>
    <message>
        <source>Change Flows</source>
        <translation>Modifier les flux</translation>
    </message>
    <message>
        <source>Change Original Process</source>
        <translation>Modifier le processus d&apos;origine</translation>
    </message>
    <message>
        <source>Change Value per Case</source>
        <translation>Modifier la valeur par cas</translation>
    </message>
    <message>
        <source>Change Cost per Lost Customer</source>
        <translation>Modifier le coût par client perdu</translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation>Renommer le nœud</translation>
    </message>
    <message>
        <source>Move Node</source>
        <translation>Déplacer le nœud</translation>
    </message>
    <message>
        <source>Change Lane</source>
        <translation>Modifier le couloir</translation>
    </message>
    <message>
        <source>Change Node Role</source>
        <translation>Modifier le rôle du nœud</translation>
    </message>
    <message>
        <source>Change Duration</source>
        <translation>Modifier la durée</translation>
    </message>
    <message>
        <source>Change Priority</source>
        <translation>Modifier la priorité</translation>
    </message>
    <message>
        <source>Change Arrivals</source>
        <translation>Modifier les arrivées</translation>
    </message>
    <message>
        <source>Change Arrival Calendar</source>
        <translation>Modifier le calendrier des arrivées</translation>
    </message>
    <message>
        <source>Change Patience</source>
        <translation>Modifier la patience</translation>
    </message>
    <message>
        <source>Change Requirement Kind</source>
        <translation>Modifier le type d&apos;exigence</translation>
    </message>
    <message>
        <source>Change Requirement Text</source>
        <translation>Modifier le texte de l&apos;exigence</translation>
    </message>
    <message>
        <source>Change Acceptance Criterion</source>
        <translation>Modifier le critère d&apos;acceptation</translation>
    </message>
    <message>
        <source>Change Requirement Steps</source>
        <translation>Modifier les étapes de l&apos;exigence</translation>
    </message>
    <message>
        <source>Change Requirement Nodes</source>
        <translation>Modifier les nœuds de l&apos;exigence</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>Change Scenario Description</source>
        <translation>Modifier la description du scénario</translation>
    </message>
    <message>
        <source>Change Scenario Headcount</source>
        <translation>Modifier l&apos;effectif du scénario</translation>
    </message>
    <message>
        <source>Change Arrival Multiplier</source>
        <translation>Modifier le multiplicateur d&apos;arrivées</translation>
    </message>
    <message>
        <source>Change Duration Factors</source>
        <translation>Modifier les facteurs de durée</translation>
    </message>
    <message>
        <source>Change Added Cross-Training</source>
        <translation>Modifier la polyvalence ajoutée</translation>
    </message>
    <message>
        <source>Change Process Variants</source>
        <translation>Modifier les variantes de processus</translation>
    </message>
    <message>
        <source>Change Reassigned Tasks</source>
        <translation>Modifier les tâches réaffectées</translation>
    </message>
    <message>
        <source>Change Staffing Windows</source>
        <translation>Modifier les fenêtres d&apos;effectif</translation>
    </message>
    <message>
        <source>Change Demand Changes</source>
        <translation>Modifier les évolutions de la demande</translation>
    </message>
    <message>
        <source>Change Diversions</source>
        <translation>Modifier les réorientations</translation>
    </message>
    <message>
        <source>Change Responsibility</source>
        <translation>Modifier la responsabilité</translation>
    </message>
    <message>
        <source>Change As-Is Owner</source>
        <translation>Modifier le titulaire actuel</translation>
    </message>
    <message>
        <source>Move Responsibility</source>
        <translation>Déplacer la responsabilité</translation>
    </message>
    <message>
        <source>Rename Id %1 to %2</source>
        <translation>Renommer l&apos;identifiant %1 en %2</translation>
    </message>
    <message>
        <source>Rename Journey</source>
        <translation>Renommer le parcours</translation>
    </message>
    <message>
        <source>Change Journey Persona</source>
        <translation>Modifier la persona du parcours</translation>
    </message>
    <message>
        <source>Change Journey Description</source>
        <translation>Modifier la description du parcours</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>Renommer l&apos;étape</translation>
    </message>
    <message>
        <source>Change Customer Action</source>
        <translation>Modifier l&apos;action du client</translation>
    </message>
    <message>
        <source>Change Touchpoint</source>
        <translation>Modifier le point de contact</translation>
    </message>
    <message>
        <source>Change Channel</source>
        <translation>Modifier le canal</translation>
    </message>
    <message>
        <source>Change Customer-Initiated</source>
        <translation>Modifier «&#xa0;à l&apos;initiative du client&#xa0;»</translation>
    </message>
    <message>
        <source>Change Emotion</source>
        <translation>Modifier l&apos;émotion</translation>
    </message>
    <message>
        <source>Change To-Be Emotion</source>
        <translation>Modifier l&apos;émotion cible</translation>
    </message>
    <message>
        <source>Change Evidence</source>
        <translation>Modifier la preuve</translation>
    </message>
    <message>
        <source>Change Pain Points</source>
        <translation>Modifier les points de friction</translation>
    </message>
    <message>
        <source>Change Opportunities</source>
        <translation>Modifier les opportunités</translation>
    </message>
    <message>
        <source>Change Moment of Truth</source>
        <translation>Modifier le moment de vérité</translation>
    </message>
    <message>
        <source>Change Metrics</source>
        <translation>Modifier les indicateurs</translation>
    </message>
    <message>
        <source>Change Front-Stage Roles</source>
        <translation>Modifier les rôles en front stage</translation>
    </message>
    <message>
        <source>Change Back-Stage Roles</source>
        <translation>Modifier les rôles en back stage</translation>
    </message>
    <message>
        <source>Change Step Processes</source>
        <translation>Modifier les processus de l&apos;étape</translation>
    </message>
    <message>
        <source>Change Step Requirements</source>
        <translation>Modifier les exigences de l&apos;étape</translation>
    </message>
    <message>
        <source>Change Needs Served</source>
        <translation>Modifier les besoins servis</translation>
    </message>
    <message>
        <source>Import Journey</source>
        <translation>Importer un parcours</translation>
    </message>
    <message>
        <source>Delete Journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>Add Stage</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Renommer la phase</translation>
    </message>
    <message>
        <source>Move Stage</source>
        <translation>Déplacer la phase</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Steps</source>
        <translation>
            <numerusform>Ajouter %n étapes</numerusform>
            <numerusform>Ajouter %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Steps</source>
        <translation>
            <numerusform>Supprimer %n étapes</numerusform>
            <numerusform>Supprimer %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Step</source>
        <translation>Déplacer l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Steps</source>
        <translation>
            <numerusform>Déplacer %n étapes</numerusform>
            <numerusform>Déplacer %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Start Event</source>
        <translation>Ajouter un événement de début</translation>
    </message>
    <message>
        <source>Add End Event</source>
        <translation>Ajouter un événement de fin</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Add Exclusive Gateway</source>
        <translation>Ajouter une passerelle exclusive</translation>
    </message>
    <message>
        <source>Add Parallel Split</source>
        <translation>Ajouter une division parallèle</translation>
    </message>
    <message>
        <source>Add Parallel Join</source>
        <translation>Ajouter une jonction parallèle</translation>
    </message>
    <message>
        <source>Add Timer Event</source>
        <translation>Ajouter un événement minuterie</translation>
    </message>
    <message>
        <source>Connect Nodes</source>
        <translation>Relier les nœuds</translation>
    </message>
    <message>
        <source>Reconnect Flow</source>
        <translation>Reconnecter le flux</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Nodes</source>
        <translation>
            <numerusform>Supprimer %n nœuds</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Flows</source>
        <translation>
            <numerusform>Supprimer %n flux</numerusform>
            <numerusform>Supprimer %n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Nodes</source>
        <translation>
            <numerusform>Coller %n nœuds</numerusform>
            <numerusform>Coller %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n Nodes</source>
        <translation>
            <numerusform>Aligner %n nœuds</numerusform>
            <numerusform>Aligner %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n Nodes</source>
        <translation>
            <numerusform>Répartir %n nœuds</numerusform>
            <numerusform>Répartir %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Lay Out Process</source>
        <translation>Disposer le processus</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Nodes</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft PoC Scenarios</source>
        <translation>Ébaucher les scénarios de PoC</translation>
    </message>
    <message>
        <source>Add PoC Scenario</source>
        <translation>Ajouter un scénario de PoC</translation>
    </message>
    <message>
        <source>Remove PoC Scenario</source>
        <translation>Supprimer le scénario de PoC</translation>
    </message>
    <message>
        <source>Move PoC Scenario</source>
        <translation>Déplacer le scénario de PoC</translation>
    </message>
    <message>
        <source>Rename PoC Scenario</source>
        <translation>Renommer le scénario de PoC</translation>
    </message>
    <message>
        <source>Set PoC Scenario Journey</source>
        <translation>Définir le parcours du scénario de PoC</translation>
    </message>
    <message>
        <source>Set PoC Scenario Process</source>
        <translation>Définir le processus du scénario de PoC</translation>
    </message>
    <message>
        <source>Add PoC Step</source>
        <translation>Ajouter une étape de PoC</translation>
    </message>
    <message>
        <source>Remove PoC Step</source>
        <translation>Supprimer l&apos;étape de PoC</translation>
    </message>
    <message>
        <source>Move PoC Step</source>
        <translation>Déplacer l&apos;étape de PoC</translation>
    </message>
    <message>
        <source>Edit PoC Customer Action</source>
        <translation>Modifier l&apos;action du client de l&apos;étape de PoC</translation>
    </message>
    <message>
        <source>Set PoC Step Role</source>
        <translation>Définir le rôle de l&apos;étape de PoC</translation>
    </message>
    <message>
        <source>Set PoC Step Task</source>
        <translation>Définir la tâche de l&apos;étape de PoC</translation>
    </message>
    <message>
        <source>Set PoC Step Requirement</source>
        <translation>Définir l&apos;exigence de l&apos;étape de PoC</translation>
    </message>
    <message>
        <source>Edit PoC Buyer&apos;s Data</source>
        <translation>Modifier les données de l&apos;acheteur de l&apos;étape de PoC</translation>
    </message>
    <message>
        <source>Edit PoC Expected Outcome</source>
        <translation>Modifier le résultat attendu de l&apos;étape de PoC</translation>
    </message>
    <message>
        <source>Set PoC Minutes Allowed</source>
        <translation>Définir les minutes accordées à l&apos;étape de PoC</translation>
    </message>
    <message>
        <source>Add Vendor</source>
        <translation>Ajouter un éditeur</translation>
    </message>
    <message>
        <source>Rename Vendor</source>
        <translation>Renommer l&apos;éditeur</translation>
    </message>
    <message>
        <source>Remove Vendor</source>
        <translation>Supprimer l&apos;éditeur</translation>
    </message>
    <message>
        <source>Set Vendor Score</source>
        <translation>Définir la note de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Set Priority Weights</source>
        <translation>Définir les poids des priorités</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>every need needs an id.</source>
        <translation>chaque besoin doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>the id %1 is used by another need (need ids are unique in the project).</source>
        <translation>l&apos;identifiant %1 est utilisé par un autre besoin (les identifiants de besoin sont uniques dans le projet).</translation>
    </message>
    <message>
        <source>no journey step serves the need %1; the chain starts at the customer&apos;s need.</source>
        <translation>aucune étape de parcours ne sert le besoin %1&#xa0;; la chaîne commence par le besoin du client.</translation>
    </message>
    <message>
        <source>no persona has the need %1.</source>
        <translation>aucune persona n&apos;a le besoin %1.</translation>
    </message>
    <message>
        <source>the need %1 is persona %2&apos;s, but this journey is persona %3&apos;s.</source>
        <translation>le besoin %1 appartient à la persona %2, mais ce parcours est celui de la persona %3.</translation>
    </message>
    <message>
        <source>severity is 1 (irritating), 2 (painful) or 3 (drives customers away), not %1.</source>
        <translation>la gravité vaut 1 (agaçant), 2 (pénible) ou 3 (fait fuir les clients), et non %1.</translation>
    </message>
    <message>
        <source>a signal below the normal range needs a low value to fall under.</source>
        <translation>un signal sous la plage normale nécessite une valeur basse à franchir vers le bas.</translation>
    </message>
    <message>
        <source>a signal above the normal range needs a high value to rise over.</source>
        <translation>un signal au-dessus de la plage normale nécessite une valeur haute à dépasser.</translation>
    </message>
    <message>
        <source>every responsibility needs an id.</source>
        <translation>chaque responsabilité doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>the id %1 is used by another responsibility.</source>
        <translation>l&apos;identifiant %1 est utilisé par une autre responsabilité.</translation>
    </message>
    <message>
        <source>the responsibility has no text.</source>
        <translation>la responsabilité n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>no role has the id %1.</source>
        <translation>aucun rôle n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>role %1 is retired, so it takes on no to-be responsibilities; give this one to the role that takes it over, or choose another kind of change.</source>
        <translation>le rôle %1 est supprimé&#xa0;: il ne reprend donc aucune responsabilité cible&#xa0;; confiez celle-ci au rôle qui la reprend, ou choisissez un autre type de changement.</translation>
    </message>
    <message>
        <source>utilisation is measured for a role; name it.</source>
        <translation>le taux d&apos;occupation se mesure pour un rôle&#xa0;; indiquez-le.</translation>
    </message>
    <message>
        <source>this measure is taken on a process; name it.</source>
        <translation>cette mesure porte sur un processus&#xa0;; indiquez-le.</translation>
    </message>
    <message>
        <source>no process has the id %1.</source>
        <translation>aucun processus n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>only the wait is measured at one node.</source>
        <translation>seule l&apos;attente se mesure sur un nœud.</translation>
    </message>
    <message>
        <source>process %1 has no node %2.</source>
        <translation>le processus %1 n&apos;a pas de nœud %2.</translation>
    </message>
    <message>
        <source>percentiles exist for cycle time and wait only; use the mean here.</source>
        <translation>les centiles n&apos;existent que pour le temps de cycle et l&apos;attente&#xa0;; utilisez ici la moyenne.</translation>
    </message>
    <message>
        <source>this target is a share between 0 and 1 (0 % to 100 %), not %1.</source>
        <translation>cette cible est une part comprise entre 0 et 1 (0 % à 100 %), et non %1.</translation>
    </message>
    <message>
        <source>the target cannot be negative.</source>
        <translation>la cible ne peut pas être négative.</translation>
    </message>
    <message>
        <source>a cost cannot be negative.</source>
        <translation>un coût ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>a value cannot be negative.</source>
        <translation>une valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <source>the contacts go to process &quot;%1&quot;, which the project does not have.</source>
        <translation>les contacts vont au processus «&#xa0;%1&#xa0;», que le projet ne contient pas.</translation>
    </message>
    <message>
        <source>process &quot;%1&quot; has no start event to take the contacts.</source>
        <translation>le processus «&#xa0;%1&#xa0;» n&apos;a pas d&apos;événement de début pour recevoir les contacts.</translation>
    </message>
    <message>
        <source>a time cannot be negative.</source>
        <translation>une durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>a rate of contacts cannot be negative.</source>
        <translation>un taux de contacts ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>the flow has no id, so two flows between the same nodes cannot be told apart.</source>
        <translation>le flux n&apos;a pas d&apos;identifiant&#xa0;: deux flux entre les mêmes nœuds ne peuvent donc pas être distingués.</translation>
    </message>
    <message>
        <source>the id %1 is used by another flow of this process.</source>
        <translation>l&apos;identifiant %1 est utilisé par un autre flux de ce processus.</translation>
    </message>
    <message>
        <source>the process has no lane %1.</source>
        <translation>le processus n&apos;a pas de couloir %1.</translation>
    </message>
    <message>
        <source>a shape needs a width and a height above zero.</source>
        <translation>une forme doit avoir une largeur et une hauteur supérieures à zéro.</translation>
    </message>
    <message>
        <source>a lane needs a size above zero.</source>
        <translation>un couloir doit avoir une taille supérieure à zéro.</translation>
    </message>
    <message>
        <source>a variant redesigns an original process, not itself or another variant.</source>
        <translation>une variante refond un processus d&apos;origine, et non elle-même ni une autre variante.</translation>
    </message>
    <message>
        <source>the variant %1 has no node %2, so this step loses its link when the variant runs.</source>
        <translation>la variante %1 n&apos;a pas de nœud %2&#xa0;: cette étape perd donc son lien lorsque la variante s&apos;exécute.</translation>
    </message>
    <message>
        <source>max must not be smaller than min.</source>
        <translation>max ne doit pas être inférieur à min.</translation>
    </message>
    <message>
        <source>needs min ≤ mode ≤ max.</source>
        <translation>nécessite min ≤ mode ≤ max.</translation>
    </message>
    <message>
        <source>max must be larger than min (use fixed for a constant).</source>
        <translation>max doit être supérieur à min (utilisez fixed pour une constante).</translation>
    </message>
    <message>
        <source>the mean must be greater than zero.</source>
        <translation>la moyenne doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>the standard deviation must be greater than zero.</source>
        <translation>l&apos;écart type doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>the standard deviation cannot be negative.</source>
        <translation>l&apos;écart type ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>k must be a whole number of at least 1.</source>
        <translation>k doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>needs at least one value.</source>
        <translation>nécessite au moins une valeur.</translation>
    </message>
    <message>
        <source>needs one weight per value (%1 values, %2 weights).</source>
        <translation>nécessite un poids par valeur (%1 valeurs, %2 poids).</translation>
    </message>
    <message>
        <source>weights must be zero or more and not all zero.</source>
        <translation>les poids doivent être positifs ou nuls, et pas tous nuls.</translation>
    </message>
    <message>
        <source>a task needs the role that performs it.</source>
        <translation>une tâche nécessite le rôle qui l&apos;exécute.</translation>
    </message>
    <message>
        <source>a task needs a duration distribution.</source>
        <translation>une tâche nécessite une loi de durée.</translation>
    </message>
    <message>
        <source>a timer needs a duration (its delay).</source>
        <translation>une minuterie nécessite une durée (son délai).</translation>
    </message>
    <message>
        <source>a start node needs arrivals: a distribution or a rate calendar.</source>
        <translation>un nœud de début nécessite des arrivées&#xa0;: une loi de probabilité ou un calendrier de taux.</translation>
    </message>
    <message>
        <source>the time between arrivals is always 0, so cases would arrive without end.</source>
        <translation>le temps entre arrivées vaut toujours 0&#xa0;: les cas arriveraient sans fin.</translation>
    </message>
    <message>
        <source>the period must be greater than zero.</source>
        <translation>la période doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>needs 0 ≤ from &lt; to ≤ period.</source>
        <translation>nécessite 0 ≤ from &lt; to ≤ period.</translation>
    </message>
    <message>
        <source>a rate cannot be negative.</source>
        <translation>un taux ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>no block has a rate above zero, so no case would ever arrive.</source>
        <translation>aucun bloc n&apos;a de taux supérieur à zéro&#xa0;: aucun cas n&apos;arriverait jamais.</translation>
    </message>
    <message>
        <source>only start nodes have arrivals and patience; they are ignored here.</source>
        <translation>seuls les nœuds de début ont des arrivées et une patience&#xa0;; elles sont ignorées ici.</translation>
    </message>
    <message>
        <source>a flow needs both ends.</source>
        <translation>un flux nécessite ses deux extrémités.</translation>
    </message>
    <message>
        <source>no node of this process has the id %1.</source>
        <translation>aucun nœud de ce processus n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>a probability must be between 0 and 1, not %1.</source>
        <translation>une probabilité doit être comprise entre 0 et 1, et non %1.</translation>
    </message>
    <message>
        <source>only flows leaving an xor gateway take a probability; it is ignored.</source>
        <translation>seuls les flux sortant d&apos;une passerelle XOR prennent une probabilité&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>every flow leaving an xor gateway needs a probability (%1 have none).</source>
        <translation>chaque flux sortant d&apos;une passerelle XOR nécessite une probabilité (%1 n&apos;en ont pas).</translation>
    </message>
    <message>
        <source>the probabilities of the flows leaving this xor gateway add up to %1, not 1.</source>
        <translation>les probabilités des flux sortant de cette passerelle XOR totalisent %1, et non 1.</translation>
    </message>
    <message>
        <source>an and-join with fewer than two incoming flows only passes cases through.</source>
        <translation>une jonction ET avec moins de deux flux entrants ne fait que laisser passer les cas.</translation>
    </message>
    <message>
        <source>this and-join waits for %1 incoming flows, but no and-split upstream sends a case down each of them together, so it can never fire.</source>
        <translation>cette jonction ET attend %1 flux entrants, mais aucune division ET en amont n&apos;envoie de cas simultanément sur chacun d&apos;eux&#xa0;: elle ne peut donc jamais se déclencher.</translation>
    </message>
    <message>
        <source>every node needs an id.</source>
        <translation>chaque nœud doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>the id %1 is used by another node of this process.</source>
        <translation>l&apos;identifiant %1 est utilisé par un autre nœud de ce processus.</translation>
    </message>
    <message>
        <source>the process has no nodes yet.</source>
        <translation>le processus n&apos;a pas encore de nœuds.</translation>
    </message>
    <message>
        <source>a start node cannot have incoming flows.</source>
        <translation>un nœud de début ne peut pas avoir de flux entrants.</translation>
    </message>
    <message>
        <source>an end node cannot have outgoing flows.</source>
        <translation>un nœud de fin ne peut pas avoir de flux sortants.</translation>
    </message>
    <message>
        <source>the process has no start node, so no case can enter it.</source>
        <translation>le processus n&apos;a pas de nœud de début&#xa0;: aucun cas ne peut donc y entrer.</translation>
    </message>
    <message>
        <source>the process has no end node, so no case can finish.</source>
        <translation>le processus n&apos;a pas de nœud de fin&#xa0;: aucun cas ne peut donc se terminer.</translation>
    </message>
    <message>
        <source>no flow from a start node reaches this node.</source>
        <translation>aucun flux issu d&apos;un nœud de début n&apos;atteint ce nœud.</translation>
    </message>
    <message>
        <source>a case reaching this node is stuck: it has no outgoing flow.</source>
        <translation>un cas atteignant ce nœud est bloqué&#xa0;: il n&apos;a pas de flux sortant.</translation>
    </message>
    <message>
        <source>this node is in a loop with no way out to an end node.</source>
        <translation>ce nœud fait partie d&apos;une boucle sans issue vers un nœud de fin.</translation>
    </message>
    <message>
        <source>has %1 outgoing flows, but only a gateway (xor or and-split) may branch; add one after this node.</source>
        <translation>a %1 flux sortants, mais seule une passerelle (XOR ou division ET) peut créer des branches&#xa0;; ajoutez-en une après ce nœud.</translation>
    </message>
    <message>
        <source>an and-split with fewer than two outgoing flows does not split anything.</source>
        <translation>une division ET avec moins de deux flux sortants ne divise rien.</translation>
    </message>
    <message>
        <source>the window %1–%2 must lie inside the period 0–%3, with from before to.</source>
        <translation>la fenêtre %1–%2 doit se situer dans la période 0–%3, avec from avant to.</translation>
    </message>
    <message>
        <source>the process %1 is given two variants.</source>
        <translation>le processus %1 reçoit deux variantes.</translation>
    </message>
    <message>
        <source>%1 is not a variant of %2; mark it with variant_of: %2.</source>
        <translation>%1 n&apos;est pas une variante de %2&#xa0;; marquez-le avec variant_of: %2.</translation>
    </message>
    <message>
        <source>%1 is a variant of %2, not of %3.</source>
        <translation>%1 est une variante de %2, et non de %3.</translation>
    </message>
    <message>
        <source>%1 is not a node of a process that runs in this scenario (write process/node).</source>
        <translation>%1 n&apos;est pas un nœud d&apos;un processus exécuté dans ce scénario (écrivez processus/nœud).</translation>
    </message>
    <message>
        <source>only tasks are done by a role; %1 is not a task.</source>
        <translation>seules les tâches sont exécutées par un rôle&#xa0;; %1 n&apos;est pas une tâche.</translation>
    </message>
    <message>
        <source>role %1 has no capacity in this scenario, so it cannot take over %2.</source>
        <translation>le rôle %1 n&apos;a pas de capacité dans ce scénario&#xa0;: il ne peut donc pas reprendre %2.</translation>
    </message>
    <message>
        <source>headcount cannot be negative (%1).</source>
        <translation>l&apos;effectif ne peut pas être négatif (%1).</translation>
    </message>
    <message>
        <source>role %1 works shifts repeating every %2; a staffing window must repeat every whole multiple or fraction of that, not every %3.</source>
        <translation>le rôle %1 travaille en vacations qui se répètent toutes les %2&#xa0;; une fenêtre d&apos;effectif doit se répéter selon un multiple entier ou une fraction de cette durée, et non toutes les %3.</translation>
    </message>
    <message>
        <source>the multiplier cannot be negative.</source>
        <translation>le multiplicateur ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>a multiplier of zero at all times leaves the process without demand; remove the process from the scenario instead.</source>
        <translation>un multiplicateur nul en permanence laisse le processus sans demande&#xa0;; retirez plutôt le processus du scénario.</translation>
    </message>
    <message>
        <source>the arrivals of %1 are not Poisson, so their demand cannot change in a window; give them as a rate calendar or exponential, or drop from and to.</source>
        <translation>les arrivées de %1 ne suivent pas une loi de Poisson&#xa0;: leur demande ne peut donc pas varier dans une fenêtre&#xa0;; indiquez-les sous forme de calendrier de taux ou de loi exponentielle, ou supprimez from et to.</translation>
    </message>
    <message>
        <source>the arrivals of %1 repeat every %2; the window must repeat every whole multiple or fraction of that, not every %3.</source>
        <translation>les arrivées de %1 se répètent toutes les %2&#xa0;; la fenêtre doit se répéter selon un multiple entier ou une fraction de cette durée, et non toutes les %3.</translation>
    </message>
    <message>
        <source>process %1 has no start node for the diverted cases to enter.</source>
        <translation>le processus %1 n&apos;a pas de nœud de début par lequel les cas réorientés peuvent entrer.</translation>
    </message>
    <message>
        <source>a process cannot divert cases to itself.</source>
        <translation>un processus ne peut pas réorienter des cas vers lui-même.</translation>
    </message>
    <message>
        <source>a share must be between 0 and 1 (0 % to 100 %), not %1.</source>
        <translation>une part doit être comprise entre 0 et 1 (0 % à 100 %), et non %1.</translation>
    </message>
    <message>
        <source>the shares diverted from %1 add up to more than 1 (100 %).</source>
        <translation>les parts réorientées depuis %1 totalisent plus de 1 (100 %).</translation>
    </message>
    <message>
        <source>a period without from and to changes nothing: the cross-training holds at any time.</source>
        <translation>une période sans from ni to ne change rien&#xa0;: la polyvalence s&apos;applique en permanence.</translation>
    </message>
    <message>
        <source>%1 is not a subject; write strategy/&lt;id&gt;, role/&lt;id&gt; or scenario/&lt;id&gt;.</source>
        <translation>%1 n&apos;est pas un sujet&#xa0;; écrivez strategy/&lt;id&gt; (stratégie), role/&lt;id&gt; (rôle) ou scenario/&lt;id&gt; (scénario).</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as yyyy-mm-dd (2026-12-01).</source>
        <translation>%1 n&apos;est pas une date&#xa0;; écrivez-la au format yyyy-mm-dd (2026-12-01).</translation>
    </message>
    <message>
        <source>%1 is not a node of a process (write process/node).</source>
        <translation>%1 n&apos;est pas un nœud de processus (écrivez processus/nœud).</translation>
    </message>
    <message>
        <source>the minutes allowed cannot be negative.</source>
        <translation>les minutes accordées ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <source>a score needs the id of the requirement it scores.</source>
        <translation>une note nécessite l&apos;identifiant de l&apos;exigence qu&apos;elle évalue.</translation>
    </message>
    <message>
        <source>the requirement is scored twice; keep one score.</source>
        <translation>l&apos;exigence est notée deux fois&#xa0;; ne conservez qu&apos;une note.</translation>
    </message>
    <message>
        <source>a score runs from 0 (not shown) to 3 (fully met), not %1.</source>
        <translation>une note va de 0 (non démontré) à 3 (entièrement satisfait), et non %1.</translation>
    </message>
    <message>
        <source>a priority weight runs from 0 to 1000, not %1.</source>
        <translation>un poids de priorité va de 0 à 1000, et non %1.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>role %1 has no staff but task %2 needs it; give it a headcount (or a shift with staff) or cross-train another role.</source>
        <translation>le rôle %1 n&apos;a pas de personnel, mais la tâche %2 en a besoin&#xa0;; attribuez-lui un effectif (ou une vacation pourvue) ou rendez un autre rôle polyvalent.</translation>
    </message>
    <message>
        <source>role %1 has no staff but tasks %2 need it; give it a headcount (or a shift with staff) or cross-train another role.</source>
        <translation>le rôle %1 n&apos;a pas de personnel, mais les tâches %2 en ont besoin&#xa0;; attribuez-lui un effectif (ou une vacation pourvue) ou rendez un autre rôle polyvalent.</translation>
    </message>
    <message>
        <source>the id holds the invisible character U+%1; ids are letters, digits and punctuation.</source>
        <translation>l&apos;identifiant contient le caractère invisible U+%1&#xa0;; les identifiants se composent de lettres, de chiffres et de signes de ponctuation.</translation>
    </message>
    <message>
        <source>no %1 has the id %2.</source>
        <translation>aucun élément %1 n&apos;a l&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>%1 is neither a process nor a process/node.</source>
        <translation>%1 n&apos;est ni un processus ni un processus/nœud.</translation>
    </message>
    <message>
        <source>the project needs a name.</source>
        <translation>le projet doit avoir un nom.</translation>
    </message>
    <message>
        <source>the horizon cannot be negative.</source>
        <translation>l&apos;horizon ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>the warm-up cannot be negative.</source>
        <translation>la période de chauffe ne peut pas être négative.</translation>
    </message>
    <message>
        <source>the warm-up must be shorter than the horizon.</source>
        <translation>la période de chauffe doit être plus courte que l&apos;horizon.</translation>
    </message>
    <message>
        <source>replications cannot be negative.</source>
        <translation>le nombre de réplications ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>every stage needs an id.</source>
        <translation>chaque phase doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>the id %1 is used by another stage of this journey.</source>
        <translation>l&apos;identifiant %1 est utilisé par une autre phase de ce parcours.</translation>
    </message>
    <message>
        <source>every step needs an id.</source>
        <translation>chaque étape doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>the id %1 is used by another step (step ids are unique in the project).</source>
        <translation>l&apos;identifiant %1 est utilisé par une autre étape (les identifiants d&apos;étape sont uniques dans le projet).</translation>
    </message>
    <message>
        <source>journey %1 has no stage %2.</source>
        <translation>le parcours %1 n&apos;a pas de phase %2.</translation>
    </message>
    <message>
        <source>the step has no title.</source>
        <translation>l&apos;étape n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>emotion must be between -2 and +2, not %1.</source>
        <translation>l&apos;émotion doit être comprise entre -2 et +2, et non %1.</translation>
    </message>
    <message>
        <source>every metric needs a name.</source>
        <translation>chaque indicateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>the normal range is empty: low is above high.</source>
        <translation>la plage normale est vide&#xa0;: la valeur basse dépasse la valeur haute.</translation>
    </message>
    <message>
        <source>the role has no name.</source>
        <translation>le rôle n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>a role is always trained for its own work.</source>
        <translation>un rôle est toujours formé à son propre travail.</translation>
    </message>
    <message>
        <source>a requirement needs its text.</source>
        <translation>une exigence nécessite un texte.</translation>
    </message>
    <message>
        <source>the arrival multiplier cannot be negative.</source>
        <translation>le multiplicateur d&apos;arrivées ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>the arrival multiplier must be greater than zero (no arrivals at all cannot be simulated).</source>
        <translation>le multiplicateur d&apos;arrivées doit être supérieur à zéro (l&apos;absence totale d&apos;arrivées ne peut pas être simulée).</translation>
    </message>
    <message>
        <source>a duration factor must be greater than zero.</source>
        <translation>un facteur de durée doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>no strategy explains this role (set its strategy, or give it a task in a process that has one).</source>
        <translation>aucune stratégie ne justifie ce rôle (définissez sa stratégie, ou attribuez-lui une tâche dans un processus qui en a une).</translation>
    </message>
    <message>
        <source>the step is linked to no process.</source>
        <translation>l&apos;étape n&apos;est liée à aucun processus.</translation>
    </message>
    <message>
        <source>no step needs this requirement and it names no process node.</source>
        <translation>aucune étape ne requiert cette exigence et elle ne cite aucun nœud de processus.</translation>
    </message>
    <message>
        <source>every %1 needs an id.</source>
        <translation>chaque élément %1 doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>the id %1 is used by another %2.</source>
        <translation>l&apos;identifiant %1 est utilisé par un autre élément %2.</translation>
    </message>
    <message>
        <source>overlaps block %1; the blocks of a calendar must not overlap.</source>
        <translation>chevauche le bloc %1&#xa0;; les blocs d&apos;un calendrier ne doivent pas se chevaucher.</translation>
    </message>
    <message>
        <source>implausible headcount %1; at most %2 staff can be simulated.</source>
        <translation>effectif invraisemblable&#xa0;: %1&#xa0;; au plus %2 personnes peuvent être simulées.</translation>
    </message>
</context>
<context>
    <name>VendorSpec</name>
    <message>
        <source>%1, live on the buyer&apos;s data</source>
        <translation>%1, en conditions réelles sur les données de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Requirement id</source>
        <translation>Id de l&apos;exigence</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Weighted total (score × weight)</source>
        <translation>Total pondéré (note × poids)</translation>
    </message>
    <message>
        <source>the scoring sheet is empty.</source>
        <translation>la grille d&apos;évaluation est vide.</translation>
    </message>
    <message>
        <source>the scoring sheet has no vendor columns after Weight.</source>
        <translation>la grille d&apos;évaluation n&apos;a pas de colonnes d&apos;éditeur après Weight.</translation>
    </message>
    <message>
        <source>column %1 of the first row names no vendor.</source>
        <translation>la colonne %1 de la première ligne ne nomme aucun éditeur.</translation>
    </message>
    <message>
        <source>row %1: the project has no requirement %2.</source>
        <translation>ligne %1&#xa0;: le projet ne contient pas d&apos;exigence %2.</translation>
    </message>
    <message>
        <source>row %1, column %2: a score is a whole number from 0 to 3, not “%3”.</source>
        <translation>ligne %1, colonne %2&#xa0;: une note est un nombre entier de 0 à 3, et non «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>row %1: requirement %2 is scored twice.</source>
        <translation>ligne %1&#xa0;: l&apos;exigence %2 est notée deux fois.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>run %1 of %2, scenario %3</source>
        <translation>exécution %1 sur %2, scénario %3</translation>
    </message>
    <message>
        <source>run %1 of %2, base model</source>
        <translation>exécution %1 sur %2, modèle de base</translation>
    </message>
    <message>
        <source>%1: size for %2 new cases per hour on average.</source>
        <translation>%1&#xa0;: dimensionner pour %2 nouveaux cas par heure en moyenne.</translation>
    </message>
    <message>
        <source>%1: size for a peak of %2 on duty at once; busiest hour from %3:00 at %4 busy.</source>
        <translation>%1&#xa0;: dimensionner pour un pic de %2 personnes en service simultanément&#xa0;; heure la plus chargée à partir de %3:00, à %4 d&apos;occupation.</translation>
    </message>
    <message>
        <source>%1: size for a peak of %2 on duty at once.</source>
        <translation>%1&#xa0;: dimensionner pour un pic de %2 personnes en service simultanément.</translation>
    </message>
    <message>
        <source>The constraint is %1 (%2 busy): its screens must stay fast at peak load.</source>
        <translation>La contrainte est %1 (occupé %2)&#xa0;: ses écrans doivent rester rapides en charge de pointe.</translation>
    </message>
    <message>
        <source>Vendor A</source>
        <translation>Éditeur A</translation>
    </message>
    <message>
        <source>Vendor B</source>
        <translation>Éditeur B</translation>
    </message>
    <message>
        <source>Vendor C</source>
        <translation>Éditeur C</translation>
    </message>
    <message>
        <source>Process control</source>
        <translation>Pilotage des processus</translation>
    </message>
    <message>
        <source>Information management</source>
        <translation>Gestion de l&apos;information</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>Non fonctionnelle</translation>
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
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation>Mis en question</translation>
    </message>
    <message>
        <source>very unhappy</source>
        <translation>très mécontent</translation>
    </message>
    <message>
        <source>unhappy</source>
        <translation>mécontent</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>happy</source>
        <translation>satisfait</translation>
    </message>
    <message>
        <source>delighted</source>
        <translation>ravi</translation>
    </message>
    <message>
        <source>MUST</source>
        <translation>MUST</translation>
    </message>
    <message>
        <source>OFFLINE / FIELD</source>
        <translation>HORS LIGNE / TERRAIN</translation>
    </message>
    <message>
        <source>Acceptance:</source>
        <translation>Acceptation&#xa0;:</translation>
    </message>
    <message>
        <source>to be agreed</source>
        <translation>à convenir</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse pour la direction</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Recommended remedy:</source>
        <translation>Remède recommandé&#xa0;:</translation>
    </message>
    <message>
        <source>The organisation change</source>
        <translation>L&apos;évolution de l&apos;organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Positionnement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Gives up</source>
        <translation>Abandonne</translation>
    </message>
    <message>
        <source>Takes on</source>
        <translation>Reprend</translation>
    </message>
    <message>
        <source>Driven by</source>
        <translation>Porté par</translation>
    </message>
    <message>
        <source>Process: %1</source>
        <translation>Processus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Stratégie&#xa0;:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation>Irritant&#xa0;:</translation>
    </message>
    <message>
        <source>Across the process</source>
        <translation>Sur l&apos;ensemble du processus</translation>
    </message>
    <message>
        <source>Sizing from simulation</source>
        <translation>Dimensionnement issu de la simulation</translation>
    </message>
    <message>
        <source>No simulation results are stored with the project; no sizing is stated.</source>
        <translation>Aucun résultat de simulation n&apos;est enregistré avec le projet&#xa0;; aucun dimensionnement n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>Proof-of-concept scripts</source>
        <translation>Scripts de preuve de concept</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Processus&#xa0;:</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minutes&#xa0;:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Role and task</source>
        <translation>Rôle et tâche</translation>
    </message>
    <message>
        <source>Buyer&apos;s data</source>
        <translation>Données de l&apos;acheteur</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Scoring sheet</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>knocked out: a Must scored 0</source>
        <translation>éliminé&#xa0;: un Must noté 0</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Requirements no step needs</source>
        <translation>Exigences requises par aucune étape</translation>
    </message>
    <message>
        <source>None: every requirement is needed by a process step.</source>
        <translation>Aucune&#xa0;: chaque exigence est requise par une étape de processus.</translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification: %1</source>
        <translation>Spécification de preuve de concept pour les éditeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification</source>
        <translation>Spécification de preuve de concept pour les éditeurs</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Users on duty per role by hour</source>
        <translation>Utilisateurs en service par rôle et par heure</translation>
    </message>
    <message>
        <source>The most users of each role on duty at once in each hour of the day; the peak in bold where staffing changes during the day, the shade darker the busier they were.</source>
        <translation>Nombre maximal d&apos;utilisateurs de chaque rôle en service simultanément à chaque heure de la journée&#xa0;; le pic est en gras lorsque l&apos;effectif varie au cours de la journée, et la teinte est d&apos;autant plus foncée que l&apos;activité était forte.</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>%1: size for concurrent open cases, %2 at the peak (in the hour from %3:00).</source>
        <translation>%1&#xa0;: dimensionner pour les cas ouverts simultanément, %2 au pic (dans l&apos;heure à partir de %3:00).</translation>
    </message>
</context>
<context>
    <name>YamlLimits</name>
    <message>
        <source>the file is %1 MB; project files are read up to %2 MB.</source>
        <translation>le fichier fait %1 Mo&#xa0;; les fichiers de projet sont lus jusqu&apos;à %2 Mo.</translation>
    </message>
    <message>
        <source>line %1 nests deeper than %2 levels; project files nest far less.</source>
        <translation>la ligne %1 est imbriquée sur plus de %2 niveaux&#xa0;; les fichiers de projet le sont bien moins.</translation>
    </message>
    <message>
        <source>the file expands to more than %1 values (aliases count each time they are used); project files are read up to that.</source>
        <translation>le fichier se développe en plus de %1 valeurs (les alias comptent à chaque utilisation)&#xa0;; les fichiers de projet sont lus jusqu&apos;à cette limite.</translation>
    </message>
    <message>
        <source>the file nests deeper than %1 levels.</source>
        <translation>le fichier est imbriqué sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>the file expands to more than %1 MB of text (aliases count each time they are used); project files are read up to that.</source>
        <translation>le fichier se développe en plus de %1 Mo de texte (les alias comptent à chaque utilisation)&#xa0;; les fichiers de projet sont lus jusqu&apos;à cette limite.</translation>
    </message>
</context>
<context>
    <name>YamlMigration</name>
    <message>
        <source>No upgrade is known from %1 to %2.</source>
        <translation>Aucune mise à niveau n&apos;est connue de %1 vers %2.</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>should be a map of keys and values, not %1.</source>
        <translation>devrait être un dictionnaire de clés et de valeurs, et non %1.</translation>
    </message>
    <message>
        <source>is required but missing.</source>
        <translation>est obligatoire mais absent.</translation>
    </message>
    <message>
        <source>should be %1, not %2.</source>
        <translation>devrait être %1, et non %2.</translation>
    </message>
    <message>
        <source>%1 is not a known value; use one of: %2.</source>
        <translation>%1 n&apos;est pas une valeur connue&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a whole number of zero or more</source>
        <translation>un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>should be text, not %1.</source>
        <translation>devrait être du texte, et non %1.</translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>une liste de nombres</translation>
    </message>
    <message>
        <source>should hold numbers only, not %1.</source>
        <translation>devrait contenir uniquement des nombres, et non %1.</translation>
    </message>
    <message>
        <source>appears twice in the same map; only the first is used.</source>
        <translation>apparaît deux fois dans le même dictionnaire&#xa0;; seule la première occurrence est utilisée.</translation>
    </message>
    <message>
        <source>is not a known key here and is ignored.</source>
        <translation>n&apos;est pas une clé connue ici et est ignoré.</translation>
    </message>
    <message>
        <source>should be a list, not %1.</source>
        <translation>devrait être une liste, et non %1.</translation>
    </message>
    <message>
        <source>has no format header; reading it as %1.</source>
        <translation>n&apos;a pas d&apos;en-tête de format&#xa0;; lu comme %1.</translation>
    </message>
    <message>
        <source>%1 is not an Outside-In Studio format; expected %2.</source>
        <translation>%1 n&apos;est pas un format Outside-In Studio&#xa0;; format attendu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the file is %1, written by a newer Outside-In Studio; this version reads up to %2.</source>
        <translation>le fichier est au format %1, écrit par une version plus récente d&apos;Outside-In Studio&#xa0;; cette version lit jusqu&apos;au format %2.</translation>
    </message>
    <message>
        <source>the file is not valid YAML: %1.</source>
        <translation>le fichier n&apos;est pas un YAML valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the file should be a map with format, project, roles, processes... at the top, not %1.</source>
        <translation>le fichier devrait être un dictionnaire avec format, project, roles, processes... au premier niveau, et non %1.</translation>
    </message>
    <message>
        <source>the file has no project section with the project&apos;s name.</source>
        <translation>le fichier n&apos;a pas de section project indiquant le nom du projet.</translation>
    </message>
    <message>
        <source>the file could not be read: %1.</source>
        <translation>le fichier n&apos;a pas pu être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>should be an id, not %1.</source>
        <translation>devrait être un identifiant, et non %1.</translation>
    </message>
    <message>
        <source>give either add (extra staff) or headcount (staff in the window), not both or neither.</source>
        <translation>indiquez soit add (personnel supplémentaire), soit headcount (effectif dans la fenêtre), mais pas les deux ni aucun.</translation>
    </message>
    <message>
        <source>a window needs both from and to.</source>
        <translation>une fenêtre nécessite à la fois from et to.</translation>
    </message>
    <message>
        <source>should be a whole number, not %1.</source>
        <translation>devrait être un nombre entier, et non %1.</translation>
    </message>
    <message>
        <source>should be a number, not %1.</source>
        <translation>devrait être un nombre, et non %1.</translation>
    </message>
    <message>
        <source>should be a whole number from 0 to 3, not %1.</source>
        <translation>devrait être un nombre entier de 0 à 3, et non %1.</translation>
    </message>
</context>
<context>
    <name>oi::app</name>
    <message>
        <source>outsidein: --export %1: unknown kind; this version exports %2.
</source>
        <translation>outsidein&#xa0;: --export %1&#xa0;: type inconnu&#xa0;; cette version exporte %2.
</translation>
    </message>
    <message>
        <source>outsidein: --export %1: %2 is not a format it writes; use %3.
</source>
        <translation>outsidein&#xa0;: --export %1&#xa0;: %2 n&apos;est pas un format pris en charge en écriture&#xa0;; utilisez %3.
</translation>
    </message>
    <message>
        <source>outsidein: %1 could not be opened; nothing was exported.
</source>
        <translation>outsidein&#xa0;: %1 n&apos;a pas pu être ouvert&#xa0;; rien n&apos;a été exporté.
</translation>
    </message>
    <message>
        <source>outsidein: %1
</source>
        <translation>outsidein&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification: %1</source>
        <translation>Spécification de preuve de concept pour les éditeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1.</source>
        <translation>impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Vendor proof-of-concept specification · version %1</source>
        <translation>Spécification de preuve de concept pour les éditeurs · version %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the studio writes the specification as .html or .pdf; outsidein-cli export spec writes .md, .json and .csv.</source>
        <translation>le studio écrit la spécification au format .html ou .pdf&#xa0;; outsidein-cli export spec écrit les formats .md, .json et .csv.</translation>
    </message>
    <message>
        <source>outsidein: --export spec: %1
</source>
        <translation>outsidein&#xa0;: --export spec&#xa0;: %1
</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l&apos;utilisateur est absent de cette version.</translation>
    </message>
    <message>
        <source>Outside-In Studio User Guide</source>
        <translation>Guide de l&apos;utilisateur d&apos;Outside-In Studio</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>oi::app::Autosaver</name>
    <message>
        <source>Cannot create the autosave folder %1.</source>
        <translation>Impossible de créer le dossier d&apos;enregistrement automatique %1.</translation>
    </message>
</context>
<context>
    <name>oi::app::DocumentManager</name>
    <message>
        <source>%1 is open in %2; only that instance saves to it.</source>
        <translation>%1 est ouvert dans %2&#xa0;; seule cette instance peut l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The bundled file could not be read.</source>
        <translation>Le fichier fourni n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>%1 is open read-only, because %2 has it open; save it under another name.</source>
        <translation>%1 est ouvert en lecture seule, car %2 l&apos;a déjà ouvert&#xa0;; enregistrez-le sous un autre nom.</translation>
    </message>
</context>
<context>
    <name>oi::app::EventLogWizard</name>
    <message>
        <source>Import Event Log</source>
        <translation>Importer un journal d&apos;événements</translation>
    </message>
    <message>
        <source>&amp;Add to Project</source>
        <translation>&amp;Ajouter au projet</translation>
    </message>
    <message>
        <source>Import Event Log %1</source>
        <translation>Importer un journal d&apos;événements %1</translation>
    </message>
    <message>
        <source>The draft from the event log is in the project; Undo takes it out again.</source>
        <translation>L&apos;ébauche issue du journal d&apos;événements est dans le projet&#xa0;; Annuler la retire à nouveau.</translation>
    </message>
</context>
<context>
    <name>oi::app::FitChart</name>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>%1: no durations observed</source>
        <translation>%1&#xa0;: aucune durée observée</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Observé&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 duration</source>
        <translation>1 durée</translation>
    </message>
    <message numerus="yes">
        <source>%n durations</source>
        <translation>
            <numerusform>%n durée</numerusform>
            <numerusform>%n durées</numerusform>
        </translation>
    </message>
    <message>
        <source>Fitted: expected cases per bar</source>
        <translation>Ajusté&#xa0;: cas attendus par barre</translation>
    </message>
    <message>
        <source>Duration (%1)</source>
        <translation>Durée (%1)</translation>
    </message>
    <message>
        <source>%1: observed durations and the fitted distribution</source>
        <translation>%1&#xa0;: durées observées et loi ajustée</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>oi::app::LogFilePage</name>
    <message>
        <source>Choose the Event Log</source>
        <translation>Choisir le journal d&apos;événements</translation>
    </message>
    <message>
        <source>An export from a CRM, ticketing, web-analytics or call-centre system: one row per activity of a case, with the case, the activity and when it happened.</source>
        <translation>Un export d&apos;un CRM, d&apos;un outil de ticketing, d&apos;analytique web ou de centre d&apos;appels&#xa0;: une ligne par activité d&apos;un cas, avec le cas, l&apos;activité et son horodatage.</translation>
    </message>
    <message>
        <source>A .csv or .xes file</source>
        <translation>Un fichier .csv ou .xes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;CSV&lt;/b&gt;: the next page shows the columns and the first rows as read; columns named as process-mining tools name them (case:concept:name, concept:name, time:timestamp, org:resource, lifecycle:transition) and common names such as Case ID, Activity or Start Time are recognised by themselves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;XES&lt;/b&gt; (IEEE 1849) logs are read with their standard extensions: concept, time, lifecycle and org.&lt;/p&gt;&lt;p&gt;Nothing in the project changes until you press &lt;i&gt;Add to Project&lt;/i&gt; at the end, and then as one step you can undo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;CSV&lt;/b&gt;&#xa0;: la page suivante affiche les colonnes et les premières lignes telles qu&apos;elles sont lues&#xa0;; les colonnes nommées comme dans les outils de process mining (case:concept:name, concept:name, time:timestamp, org:resource, lifecycle:transition) et les noms courants tels que Case ID, Activity ou Start Time sont reconnus automatiquement.&lt;/p&gt;&lt;p&gt;Les journaux &lt;b&gt;XES&lt;/b&gt; (IEEE 1849) sont lus avec leurs extensions standard&#xa0;: concept, time, lifecycle et org.&lt;/p&gt;&lt;p&gt;Rien ne change dans le projet tant que vous n&apos;avez pas cliqué sur &lt;i&gt;Ajouter au projet&lt;/i&gt; à la fin, et alors en une seule étape que vous pouvez annuler.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Log file:</source>
        <translation>Fichier &amp;journal&#xa0;:</translation>
    </message>
    <message>
        <source>Survey or complaint &amp;records (optional):</source>
        <translation>&amp;Enquêtes ou réclamations (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>A .csv with the case or customer, the step, a score (CSAT, NPS, …) and a comment</source>
        <translation>Un fichier .csv avec le cas ou le client, l&apos;étape, un score (CSAT, NPS, …) et un commentaire</translation>
    </message>
    <message>
        <source>Sets each step&apos;s observed emotion from the scores, and offers the comments of low scores as pain points.</source>
        <translation>Définit l&apos;émotion observée de chaque étape à partir des scores, et propose les commentaires des scores faibles comme points de friction.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Survey or Complaint Records</source>
        <translation>Enquêtes ou réclamations</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no file by that name.</source>
        <translation>Aucun fichier ne porte ce nom.</translation>
    </message>
    <message>
        <source>%1, %2: read as %3.</source>
        <translation>%1, %2&#xa0;: lu comme %3.</translation>
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
        <translation>Importer un journal d&apos;événements</translation>
    </message>
    <message>
        <source>Event logs (*.csv *.xes *.txt);;CSV files (*.csv *.txt);;XES files (*.xes);;All files (*)</source>
        <translation>Journaux d&apos;événements (*.csv *.xes *.txt);;Fichiers CSV (*.csv *.txt);;Fichiers XES (*.xes);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>oi::app::LogImportJob</name>
    <message>
        <source>The file holds no events that could be read.</source>
        <translation>Le fichier ne contient aucun événement lisible.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>oi::app::LogImportPage</name>
    <message>
        <source>Read as %1, times as %2.</source>
        <translation>Lu comme %1, horodatages comme %2.</translation>
    </message>
    <message>
        <source>%1 of %2 and %3; %4 and %5 named.</source>
        <translation>%1 sur %2 et %3&#xa0;; %4 et %5 nommés.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 cas</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 activité</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>1 resource</source>
        <translation>1 ressource</translation>
    </message>
    <message numerus="yes">
        <source>%n resources</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>1 channel</source>
        <translation>1 canal</translation>
    </message>
    <message numerus="yes">
        <source>%n channels</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canaux</numerusform>
        </translation>
    </message>
    <message>
        <source>Passed over: %1 other than start, complete and abort (schedule, suspend, …).</source>
        <translation>Ignoré&#xa0;: %1 autres que start, complete et abort (schedule, suspend, …).</translation>
    </message>
    <message>
        <source>1 lifecycle transition</source>
        <translation>1 transition de cycle de vie</translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle transitions</source>
        <translation>
            <numerusform>%n transition de cycle de vie</numerusform>
            <numerusform>%n transitions de cycle de vie</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1 never completed.</source>
        <translation>Écarté&#xa0;: %1 jamais achevé(s).</translation>
    </message>
    <message>
        <source>1 start</source>
        <translation>1 début</translation>
    </message>
    <message numerus="yes">
        <source>%n starts</source>
        <translation>
            <numerusform>%n début</numerusform>
            <numerusform>%n débuts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The log is read, its paths discovered and each task&apos;s duration fitted. The window stays responsive meanwhile; Stop ends the import at any time.</source>
        <translation>Le journal est lu, ses chemins découverts et la durée de chaque tâche ajustée. La fenêtre reste réactive pendant ce temps&#xa0;; Arrêter interrompt l&apos;import à tout moment.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Simulating the draft to compare it with the log…</source>
        <translation>Simulation de l&apos;ébauche pour la comparer au journal…</translation>
    </message>
    <message>
        <source>Discovering the paths and fitting the durations…</source>
        <translation>Découverte des chemins et ajustement des durées…</translation>
    </message>
    <message>
        <source>The import was stopped; nothing was added to the project. Go back to start it again.</source>
        <translation>L&apos;import a été interrompu&#xa0;; rien n&apos;a été ajouté au projet. Revenez en arrière pour le relancer.</translation>
    </message>
    <message>
        <source>The log cannot be imported: %1</source>
        <translation>Le journal ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read. Press Next to see what was found.</source>
        <translation>Lecture terminée. Cliquez sur Suivant pour voir les résultats.</translation>
    </message>
    <message>
        <source>Rows left out of the import because they could not be read: %1.</source>
        <translation>Lignes écartées de l&apos;import car illisibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Les %1 premières sont listées.</translation>
    </message>
    <message>
        <source>(the row)</source>
        <translation>(la ligne)</translation>
    </message>
</context>
<context>
    <name>oi::app::LogMappingPage</name>
    <message>
        <source>Say Which Column Holds What</source>
        <translation>Indiquer le contenu de chaque colonne</translation>
    </message>
    <message>
        <source>Columns the studio recognised are chosen already. The table below shows the first rows as the import will read them.</source>
        <translation>Les colonnes reconnues par le studio sont déjà sélectionnées. Le tableau ci-dessous montre les premières lignes telles que l&apos;import les lira.</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Cas&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activité&#xa0;:</translation>
    </message>
    <message>
        <source>Completed &amp;at:</source>
        <translation>&amp;Achevée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Started at:</source>
        <translation>&amp;Commencée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lifecycle:</source>
        <translation>C&amp;ycle de vie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resource or role:</source>
        <translation>&amp;Ressource ou rôle&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ustomer or segment:</source>
        <translation>Client o&amp;u segment&#xa0;:</translation>
    </message>
    <message>
        <source>When each activity was completed (or the only time the log gives).</source>
        <translation>Le moment où chaque activité a été achevée (ou le seul horodatage que donne le journal).</translation>
    </message>
    <message>
        <source>When the work began; with it durations are service times and headcounts come from the work in progress.</source>
        <translation>Le moment où le travail a commencé&#xa0;; avec lui, les durées sont des temps de service et les effectifs découlent du travail en cours.</translation>
    </message>
    <message>
        <source>A start/complete column, as XES logs have, instead of a start time.</source>
        <translation>Une colonne start/complete, comme dans les journaux XES, à la place d&apos;une heure de début.</translation>
    </message>
    <message>
        <source>As Qt writes formats: dd day, MM month, yyyy year, HH hour, mm minute, ss second; or iso, epoch (seconds) and epoch-ms.</source>
        <translation>Selon la notation des formats Qt&#xa0;: dd jour, MM mois, yyyy année, HH heure, mm minute, ss seconde&#xa0;; ou iso, epoch (secondes) et epoch-ms.</translation>
    </message>
    <message>
        <source>As the log says (UTC where it does not)</source>
        <translation>Selon le journal (UTC à défaut)</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>&amp;Format de l&apos;horodatage&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Numbers to keep per step (contacts, amount, …):</source>
        <translation>&amp;Nombres à conserver par étape (contacts, montant, …)&#xa0;:</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> étapes</translation>
    </message>
    <message>
        <source>th percentile</source>
        <translation>e centile</translation>
    </message>
    <message>
        <source>Normal &amp;range of a metric:</source>
        <translation>Plage &amp;normale d&apos;un indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Every case, unless the log says it was abandoned</source>
        <translation>Tous les cas, sauf si le journal indique qu&apos;ils ont été abandonnés</translation>
    </message>
    <message>
        <source>The activities, separated by commas, that finish a case. Cases that end elsewhere count as abandoned: they give the draft its customers&apos; patience.</source>
        <translation>Les activités, séparées par des virgules, qui terminent un cas. Les cas qui se terminent ailleurs sont comptés comme abandonnés&#xa0;: ils donnent à l&apos;ébauche la patience de ses clients.</translation>
    </message>
    <message>
        <source>Cases are &amp;done at:</source>
        <translation>Les cas sont &amp;terminés à&#xa0;:</translation>
    </message>
    <message>
        <source>A journey &amp;stage every:</source>
        <translation>Une &amp;phase de parcours toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>The draft</source>
        <translation>L&apos;ébauche</translation>
    </message>
    <message>
        <source>Choose a column…</source>
        <translation>Choisissez une colonne…</translation>
    </message>
    <message>
        <source>(not in the log)</source>
        <translation>(absent du journal)</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(détecté)</translation>
    </message>
    <message>
        <source>Some of the first rows cannot be read; the first: %1</source>
        <translation>Certaines des premières lignes sont illisibles&#xa0;; la première&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read as %1, times as %2.</source>
        <translation>Lu comme %1, horodatages comme %2.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>oi::app::LogPreview</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>oi::app::LogResultsPage</name>
    <message>
        <source>very good (%1 apart at most)</source>
        <translation>très bon (écart de %1 au plus)</translation>
    </message>
    <message>
        <source>good (%1 apart at most)</source>
        <translation>bon (écart de %1 au plus)</translation>
    </message>
    <message>
        <source>fair (%1 apart at most)</source>
        <translation>moyen (écart de %1 au plus)</translation>
    </message>
    <message>
        <source>poor (%1 apart at most)</source>
        <translation>médiocre (écart de %1 au plus)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Times observed</source>
        <translation>Durées observées</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Loi</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Goodness of fit</source>
        <translation>Qualité d&apos;ajustement</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Share of the way out</source>
        <translation>Part des sorties</translation>
    </message>
    <message>
        <source>Mean time between</source>
        <translation>Temps moyen entre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>People in the log</source>
        <translation>Personnes dans le journal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Normal range</source>
        <translation>Plage normale</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Outside the range</source>
        <translation>Hors plage</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Score moyen</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Pain-point candidates</source>
        <translation>Points de friction potentiels</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>In the log</source>
        <translation>Dans le journal</translation>
    </message>
    <message>
        <source>The draft simulated</source>
        <translation>L&apos;ébauche simulée</translation>
    </message>
    <message>
        <source>What the Log Says</source>
        <translation>Ce que dit le journal</translation>
    </message>
    <message>
        <source>Check the draft before it is added. Add to Project puts the process, the journey and the roles into the open project as one step you can undo, and opens them.</source>
        <translation>Vérifiez l&apos;ébauche avant de l&apos;ajouter. Ajouter au projet place le processus, le parcours et les rôles dans le projet ouvert en une seule étape que vous pouvez annuler, puis les ouvre.</translation>
    </message>
    <message>
        <source>&amp;Durations</source>
        <translation>&amp;Durées</translation>
    </message>
    <message>
        <source>&amp;Paths</source>
        <translation>&amp;Chemins</translation>
    </message>
    <message>
        <source>Show the ways taken by at &amp;least</source>
        <translation>Afficher les chemins empruntés par au &amp;moins</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>of the cases leaving an activity</source>
        <translation>des cas quittant une activité</translation>
    </message>
    <message>
        <source>Directly &amp;Follows</source>
        <translation>&amp;Successions directes</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Personnel</translation>
    </message>
    <message>
        <source>Normal &amp;Ranges</source>
        <translation>Plages &amp;normales</translation>
    </message>
    <message>
        <source>F&amp;eedback</source>
        <translation>&amp;Retours clients</translation>
    </message>
    <message>
        <source>Draft &amp;beside the Log</source>
        <translation>Ébauche &amp;face au journal</translation>
    </message>
    <message>
        <source>%1 with %2 become the process “%3” with %4, the journey “%5” with %6 and %7.</source>
        <translation>%1 avec %2 deviennent le processus «&#xa0;%3&#xa0;» avec %4, le parcours «&#xa0;%5&#xa0;» avec %6 et %7.</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 cas</translation>
    </message>
    <message numerus="yes">
        <source>%n cases</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tâche</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 role</source>
        <translation>1 rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n roles</source>
        <translation>
            <numerusform>%n rôle</numerusform>
            <numerusform>%n rôles</numerusform>
        </translation>
    </message>
    <message>
        <source>as observed (no family fits well)</source>
        <translation>tel qu&apos;observé (aucune famille ne s&apos;ajuste bien)</translation>
    </message>
    <message>
        <source>no times observed</source>
        <translation>aucune durée observée</translation>
    </message>
    <message>
        <source>From the activity&apos;s start to its completion.</source>
        <translation>Du début de l&apos;activité à son achèvement.</translation>
    </message>
    <message>
        <source>Since the case&apos;s previous activity ended (waiting included): the log has no start times for it.</source>
        <translation>Depuis la fin de l&apos;activité précédente du cas (attente comprise)&#xa0;: le journal ne contient pas d&apos;heure de début pour celle-ci.</translation>
    </message>
    <message>
        <source>The largest gap between the observed and the fitted share of durations up to any length (Kolmogorov–Smirnov distance %1).</source>
        <translation>Le plus grand écart entre la part observée et la part ajustée des durées jusqu&apos;à une longueur donnée (distance de Kolmogorov–Smirnov %1).</translation>
    </message>
    <message>
        <source>The log names no resources: headcounts are the work observed over the time, at 80 % utilisation.</source>
        <translation>Le journal ne nomme aucune ressource&#xa0;: les effectifs correspondent au travail observé sur la période, à un taux d&apos;occupation de 80 %.</translation>
    </message>
    <message>
        <source>The feedback was not applied: %1</source>
        <translation>Le retour client n&apos;a pas été appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on a scale from %2 to %3 set the steps&apos; observed emotion; %4 matched no step.</source>
        <translation>%1 sur une échelle de %2 à %3 ont défini l&apos;émotion observée des étapes&#xa0;; %4 ne correspondaient à aucune étape.</translation>
    </message>
    <message>
        <source>1 response</source>
        <translation>1 réponse</translation>
    </message>
    <message numerus="yes">
        <source>%n responses</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft process was simulated (three replications of its settings) and is shown beside the log: where they differ, refine the draft in the process editor.</source>
        <translation>L&apos;ébauche de processus a été simulée (trois réplications avec ses paramètres) et est présentée face au journal&#xa0;: là où ils divergent, affinez l&apos;ébauche dans l&apos;éditeur de processus.</translation>
    </message>
    <message>
        <source>The draft could not be simulated to compare it with the log: %1</source>
        <translation>L&apos;ébauche n&apos;a pas pu être simulée pour être comparée au journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>(the case begins)</source>
        <translation>(le cas commence)</translation>
    </message>
    <message>
        <source>(the case ends)</source>
        <translation>(le cas se termine)</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each counted once however many of their activities overlap: the log has start and end times.</source>
        <translation>Les effectifs correspondent au nombre maximal de personnes de chaque rôle au travail simultanément, chacune comptée une seule fois quel que soit le chevauchement de ses activités&#xa0;: le journal contient des heures de début et de fin.</translation>
    </message>
    <message>
        <source>Headcounts are the most people of each role at work at once, each activity taken to have been worked on for its median time since the case&apos;s previous activity, but not before the same person&apos;s previous completion: the log has completion times only.</source>
        <translation>Les effectifs correspondent au nombre maximal de personnes de chaque rôle au travail simultanément, chaque activité étant réputée avoir été traitée pendant sa durée médiane depuis l&apos;activité précédente du cas, mais pas avant la fin de l&apos;activité précédente de la même personne&#xa0;: le journal ne contient que des heures de fin.</translation>
    </message>
    <message>
        <source>%1 (headcount %2)</source>
        <translation>%1 (effectif %2)</translation>
    </message>
    <message>
        <source>Already in the project, and used as they are there, with their headcount, shifts and costs: %1.</source>
        <translation>Déjà présents dans le projet, et utilisés tels quels, avec leur effectif, leurs vacations et leurs coûts&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>oi::app::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>Ouvrir le projet d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Event Log…</source>
        <translation>&amp;Journal d&apos;événements…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Validate Project</source>
        <translation>&amp;Valider le projet</translation>
    </message>
    <message>
        <source>&amp;About Outside-In Studio</source>
        <translation>À &amp;propos d&apos;Outside-In Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>&amp;Lancer la simulation</translation>
    </message>
    <message>
        <source>S&amp;top Simulation</source>
        <translation>&amp;Arrêter la simulation</translation>
    </message>
    <message>
        <source>&amp;Clear Results from the Map</source>
        <translation>&amp;Effacer les résultats de la carte</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>&amp;Stratégie</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>Parc&amp;ours</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Pro&amp;cess</source>
        <translation>Pro&amp;cessus</translation>
    </message>
    <message>
        <source>Re&amp;quirement</source>
        <translation>E&amp;xigence</translation>
    </message>
    <message>
        <source>Sce&amp;nario</source>
        <translation>Scé&amp;nario</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Entity</source>
        <translation>&amp;Supprimer l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Rename &amp;Id…</source>
        <translation>Renommer l&apos;&amp;identifiant…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simuler</translation>
    </message>
    <message>
        <source>&amp;Advise on the Constraint…</source>
        <translation>&amp;Conseils sur la contrainte…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Outside-In Studio</source>
        <translation>Outside-In Studio</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
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
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>No templates installed</source>
        <translation>Aucun modèle installé</translation>
    </message>
    <message>
        <source>Open in the %1 View</source>
        <translation>Ouvrir dans la vue %1</translation>
    </message>
    <message>
        <source>Selected %1 in the project tree.</source>
        <translation>%1 sélectionné dans l&apos;arborescence du projet.</translation>
    </message>
    <message>
        <source>About Outside-In Studio</source>
        <translation>À propos d&apos;Outside-In Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Outside-In Studio %1&lt;/h3&gt;&lt;p&gt;Model how a company should serve its customers from the outside in: customer-centric strategy, the roles it redefines, the processes those roles run, and the requirements the processes put on CRM technology — with a discrete-event simulator that finds the constraint.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Outside-In Studio %1&lt;/h3&gt;&lt;p&gt;Modélisez la manière dont une entreprise devrait servir ses clients de l&apos;extérieur vers l&apos;intérieur&#xa0;: une stratégie centrée client, les rôles qu&apos;elle redéfinit, les processus que ces rôles exécutent et les exigences que ces processus imposent à la technologie CRM — avec un simulateur à événements discrets qui identifie la contrainte.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2. Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Outside-In projects (*.oistudio *.oi.yaml *.yaml *.yml);;Studio documents (*.oistudio);;YAML projects (*.oi.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Projets Outside-In (*.oistudio *.oi.yaml *.yaml *.yml);;Documents Studio (*.oistudio);;Projets YAML (*.oi.yaml *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Project Already Open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <source>%1 is open in %2.</source>
        <translation>%1 est ouvert dans %2.</translation>
    </message>
    <message>
        <source>Open it read-only? You can look at it and save it under another name, but only the other instance saves to this file.</source>
        <translation>L&apos;ouvrir en lecture seule&#xa0;? Vous pourrez le consulter et l&apos;enregistrer sous un autre nom, mais seule l&apos;autre instance peut enregistrer dans ce fichier.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Outside-In Studio has an autosaved copy of %1 that is newer than the file. It holds changes that were not saved.

Open the recovered copy?</source>
        <translation>Outside-In Studio dispose d&apos;une copie enregistrée automatiquement de %1, plus récente que le fichier. Elle contient des modifications non enregistrées.

Ouvrir la copie récupérée&#xa0;?</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Recovered the unsaved work on %1; save to keep it.</source>
        <translation>Le travail non enregistré sur %1 a été récupéré&#xa0;; enregistrez pour le conserver.</translation>
    </message>
    <message>
        <source>Opened %1 read-only: %2 has it open.</source>
        <translation>%1 ouvert en lecture seule&#xa0;: %2 l&apos;a déjà ouvert.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>%1 could not be saved. The file on disk is unchanged.

%2</source>
        <translation>%1 n&apos;a pas pu être enregistré. Le fichier sur le disque est inchangé.

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Studio document (*.oistudio);;YAML project, for git and hand editing (*.oi.yaml)</source>
        <translation>Document Studio (*.oistudio);;Projet YAML, pour git et l&apos;édition manuelle (*.oi.yaml)</translation>
    </message>
    <message>
        <source>%1 could not be saved.

%2</source>
        <translation>%1 n&apos;a pas pu être enregistré.

%2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes.
Do you want to save them?</source>
        <translation>%1 contient des modifications non enregistrées.
Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revue</translation>
    </message>
    <message>
        <source>Review &amp;Deck (PDF)…</source>
        <translation>&amp;Dossier de revue (PDF)…</translation>
    </message>
    <message>
        <source>Export Review Deck</source>
        <translation>Exporter le dossier de revue</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revue</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the review deck to %1</source>
        <translation>Dossier de revue écrit dans %1</translation>
    </message>
    <message>
        <source>Vendor &amp;Specification…</source>
        <translation>&amp;Spécification pour les éditeurs…</translation>
    </message>
    <message>
        <source>Responsi&amp;bility</source>
        <translation>Responsa&amp;bilité</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Bienvenue</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Démarrer un projet vide</translation>
    </message>
    <message>
        <source>Open a project file (.oistudio or .oi.yaml)</source>
        <translation>Ouvrir un fichier de projet (.oistudio ou .oi.yaml)</translation>
    </message>
    <message>
        <source>Open the bundled sample project, a broadband provider, as a new unsaved project</source>
        <translation>Ouvrir le projet d&apos;exemple fourni, un fournisseur d&apos;accès haut débit, comme nouveau projet non enregistré</translation>
    </message>
    <message>
        <source>Save the project to its file</source>
        <translation>Enregistrer le projet dans son fichier</translation>
    </message>
    <message>
        <source>Save the project under a new name or format</source>
        <translation>Enregistrer le projet sous un nouveau nom ou dans un autre format</translation>
    </message>
    <message>
        <source>Turn an event log (CSV or XES) into a draft journey, process and roles</source>
        <translation>Transformer un journal d&apos;événements (CSV ou XES) en ébauche de parcours, de processus et de rôles</translation>
    </message>
    <message>
        <source>Close the studio, offering to save unsaved work</source>
        <translation>Fermer le studio en proposant d&apos;enregistrer le travail non enregistré</translation>
    </message>
    <message>
        <source>Check the whole project and list every problem in the Problems panel</source>
        <translation>Vérifier l&apos;ensemble du projet et lister chaque problème dans le panneau Problèmes</translation>
    </message>
    <message>
        <source>The studio&apos;s version and licence</source>
        <translation>La version et la licence du studio</translation>
    </message>
    <message>
        <source>The version of Qt the studio is built with</source>
        <translation>La version de Qt avec laquelle le studio est compilé</translation>
    </message>
    <message>
        <source>Simulate the chosen scenario and show throughput, waits and the constraint</source>
        <translation>Simuler le scénario choisi et afficher le débit, les attentes et la contrainte</translation>
    </message>
    <message>
        <source>Stop the simulation that is running</source>
        <translation>Arrêter la simulation en cours</translation>
    </message>
    <message>
        <source>Take the simulated figures off the journey map and the process diagram</source>
        <translation>Retirer les valeurs simulées de la carte du parcours et du diagramme de processus</translation>
    </message>
    <message>
        <source>Use the whole screen for the studio</source>
        <translation>Utiliser tout l&apos;écran pour le studio</translation>
    </message>
    <message>
        <source>Language, theme, autosave, simulation defaults, units and export settings</source>
        <translation>Langue, thème, enregistrement automatique, valeurs par défaut de la simulation, unités et paramètres d&apos;export</translation>
    </message>
    <message>
        <source>Show the welcome page: the sample, the templates and recent projects</source>
        <translation>Afficher la page d&apos;accueil&#xa0;: l&apos;exemple, les modèles et les projets récents</translation>
    </message>
    <message>
        <source>Present the project to executives and record their decisions</source>
        <translation>Présenter le projet à la direction et consigner ses décisions</translation>
    </message>
    <message>
        <source>Save the executive review as a PDF deck, one slide per screen</source>
        <translation>Enregistrer la revue de direction en dossier PDF, une diapositive par écran</translation>
    </message>
    <message>
        <source>Preview and save the vendor proof-of-concept specification</source>
        <translation>Prévisualiser et enregistrer la spécification de preuve de concept pour les éditeurs</translation>
    </message>
    <message>
        <source>Find what would relieve the constraint, with its cost and the goals it meets</source>
        <translation>Trouver ce qui lèverait la contrainte, avec son coût et les objectifs atteints</translation>
    </message>
    <message>
        <source>Read the user guide, offline</source>
        <translation>Lire le guide de l&apos;utilisateur, hors ligne</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the studio</source>
        <translation>Tous les raccourcis clavier du studio</translation>
    </message>
    <message>
        <source>Delete the strategy, role, process or other item selected</source>
        <translation>Supprimer la stratégie, le rôle, le processus ou tout autre élément sélectionné</translation>
    </message>
    <message>
        <source>Change the id of the selected item everywhere it is used</source>
        <translation>Modifier l&apos;identifiant de l&apos;élément sélectionné partout où il est utilisé</translation>
    </message>
    <message>
        <source>Click on any part of the window to learn what it is</source>
        <translation>Cliquer sur n&apos;importe quelle partie de la fenêtre pour savoir de quoi il s&apos;agit</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo the edit last undone</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>Everything in the project by kind: strategies, personas, journeys, roles, processes, requirements and scenarios. Double-click an item to open it in its editor; the context menu adds, renames and deletes.</source>
        <translation>Tout le contenu du projet par type&#xa0;: stratégies, personas, parcours, rôles, processus, exigences et scénarios. Double-cliquez sur un élément pour l&apos;ouvrir dans son éditeur&#xa0;; le menu contextuel permet d&apos;ajouter, de renommer et de supprimer.</translation>
    </message>
    <message>
        <source>The selected item&apos;s details, ready to edit. Every change can be undone (Ctrl+Z).</source>
        <translation>Les détails de l&apos;élément sélectionné, prêts à être modifiés. Chaque modification peut être annulée (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Every edit of this session, newest last. Click an earlier line to go back to that point; click a later one to redo.</source>
        <translation>Toutes les modifications de cette session, la plus récente en dernier. Cliquez sur une ligne antérieure pour revenir à ce point, ou sur une ligne ultérieure pour la rétablir.</translation>
    </message>
    <message>
        <source>Run the simulation: choose a scenario and the number of replications, then Run (F5). The figures appear on the Results tab, the journey map and the process diagram.</source>
        <translation>Lancer la simulation&#xa0;: choisissez un scénario et le nombre de réplications, puis Lancer (F5). Les valeurs apparaissent dans l&apos;onglet Résultats, sur la carte du parcours et sur le diagramme de processus.</translation>
    </message>
    <message>
        <source>What the project&apos;s check found: errors that stop a simulation and warnings worth a look. Double-click a problem to go to the item it is about.</source>
        <translation>Ce qu&apos;a relevé la vérification du projet&#xa0;: les erreurs qui empêchent une simulation et les avertissements à examiner. Double-cliquez sur un problème pour accéder à l&apos;élément concerné.</translation>
    </message>
    <message>
        <source>Project contents</source>
        <translation>Contenu du projet</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Add a customer-centric strategy with its goals and KPIs</source>
        <translation>Ajouter une stratégie centrée client avec ses objectifs et ses KPI</translation>
    </message>
    <message>
        <source>Add a persona, a customer the journeys follow</source>
        <translation>Ajouter une persona, un client que suivent les parcours</translation>
    </message>
    <message>
        <source>Add a customer journey to map</source>
        <translation>Ajouter un parcours client à cartographier</translation>
    </message>
    <message>
        <source>Add a role, as-is or to-be</source>
        <translation>Ajouter un rôle, actuel ou cible</translation>
    </message>
    <message>
        <source>Add a responsibility a role takes on</source>
        <translation>Ajouter une responsabilité qu’un rôle assume</translation>
    </message>
    <message>
        <source>Add a work process to design</source>
        <translation>Ajouter un processus de travail à concevoir</translation>
    </message>
    <message>
        <source>Add a requirement on CRM technology</source>
        <translation>Ajouter une exigence envers la technologie CRM</translation>
    </message>
    <message>
        <source>Add a what-if scenario to simulate</source>
        <translation>Ajouter un scénario what-if à simuler</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
</context>
<context>
    <name>oi::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Si&amp;mulation</source>
        <translation>Si&amp;mulation</translation>
    </message>
    <message>
        <source>&amp;Units and Export</source>
        <translation>&amp;Unités et export</translation>
    </message>
    <message>
        <source>Settings for you on this computer, the same for every project.</source>
        <translation>Vos paramètres sur cet ordinateur, identiques pour tous les projets.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies when the studio next starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage du studio.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved work is written; a crash loses at most this</source>
        <translation>Fréquence d&apos;écriture d&apos;une copie de récupération du travail non enregistré&#xa0;; un plantage fait perdre au plus cet intervalle</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Enregistrement &amp;automatique toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Show the &amp;welcome page at startup</source>
        <translation>Afficher la page d&apos;&amp;accueil au démarrage</translation>
    </message>
    <message>
        <source>What a new project&apos;s simulation settings and the Simulation panel start with. A project you open keeps its own settings.</source>
        <translation>Valeurs initiales des paramètres de simulation d&apos;un nouveau projet et du panneau Simulation. Un projet que vous ouvrez conserve ses propres paramètres.</translation>
    </message>
    <message>
        <source>&amp;Replications:</source>
        <translation>&amp;Réplications&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How long each replication runs after its warm-up</source>
        <translation>Durée de chaque réplication après sa période de chauffe</translation>
    </message>
    <message>
        <source>Run &amp;length:</source>
        <translation>&amp;Durée d&apos;exécution&#xa0;:</translation>
    </message>
    <message>
        <source>The start-up left out of every figure, while queues fill from empty</source>
        <translation>Le démarrage exclu de toutes les valeurs, pendant que les files d&apos;attente se remplissent à partir de zéro</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>Période de &amp;chauffe&#xa0;:</translation>
    </message>
    <message>
        <source>The same seed gives the same figures, on every computer</source>
        <translation>La même graine donne les mêmes valeurs, sur tous les ordinateurs</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>exactly the replications above</source>
        <translation>exactement les réplications ci-dessus</translation>
    </message>
    <message>
        <source>until ± %1 % of the mean</source>
        <translation>jusqu&apos;à ± %1 % de la moyenne</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Précision&#xa0;:</translation>
    </message>
    <message>
        <source>How figures read in the studio, and what exports start with.</source>
        <translation>L&apos;affichage des valeurs dans le studio, et les réglages initiaux des exports.</translation>
    </message>
    <message>
        <source>In the unit that reads best (35 s, 3 h 20 min, 2.2 days)</source>
        <translation>Dans l&apos;unité la plus lisible (35 s, 3 h 20 min, 2,2 jours)</translation>
    </message>
    <message>
        <source>Always in minutes</source>
        <translation>Toujours en minutes</translation>
    </message>
    <message>
        <source>Always in hours</source>
        <translation>Toujours en heures</translation>
    </message>
    <message>
        <source>Always in days</source>
        <translation>Toujours en jours</translation>
    </message>
    <message>
        <source>&amp;Durations:</source>
        <translation>&amp;Durées&#xa0;:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>150 dpi suits slides; 300 dpi suits print</source>
        <translation>150 ppp convient aux diapositives&#xa0;; 300 ppp à l&apos;impression</translation>
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation>&amp;Résolution PNG&#xa0;:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Vendor specification page:</source>
        <translation>Format de page de la &amp;spécification pour les éditeurs&#xa0;:</translation>
    </message>
</context>
<context>
    <name>oi::app::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
</context>
<context>
    <name>oi::app::ProcessesView</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Decision (xor)</source>
        <translation>Décision (XOR)</translation>
    </message>
    <message>
        <source>Parallel split</source>
        <translation>Division parallèle</translation>
    </message>
    <message>
        <source>Parallel join</source>
        <translation>Jonction parallèle</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuterie</translation>
    </message>
    <message>
        <source>uniform %1–%2</source>
        <translation>uniforme %1–%2</translation>
    </message>
    <message>
        <source>triangular %1/%2/%3</source>
        <translation>triangulaire %1/%2/%3</translation>
    </message>
    <message>
        <source>exponential, mean %1</source>
        <translation>exponentielle, moyenne %1</translation>
    </message>
    <message>
        <source>normal %1 ± %2</source>
        <translation>normale %1 ± %2</translation>
    </message>
    <message>
        <source>lognormal %1 ± %2</source>
        <translation>log-normale %1 ± %2</translation>
    </message>
    <message>
        <source>gamma %1 ± %2</source>
        <translation>gamma %1 ± %2</translation>
    </message>
    <message>
        <source>Erlang-%1, mean %2</source>
        <translation>Erlang-%1, moyenne %2</translation>
    </message>
    <message numerus="yes">
        <source>empirical (%n values)</source>
        <translation>
            <numerusform>empirique (%n valeur)</numerusform>
            <numerusform>empirique (%n valeurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Process / step</source>
        <translation>Processus / étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Exécuté par</translation>
    </message>
    <message>
        <source>Time (arrivals: between cases)</source>
        <translation>Durée (arrivées&#xa0;: entre deux cas)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
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
        <translation>jours</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peaky arrivals (%n periods)</source>
        <translation>
            <numerusform>arrivées en pics (%n période)</numerusform>
            <numerusform>arrivées en pics (%n périodes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Processes&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every process of the project at a glance: its steps in flow order, the role that performs each task and the time it takes. The page is read-only: draw a process on the Process tab.&lt;/p&gt;&lt;p&gt;Processes linked to what is selected elsewhere are highlighted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Processus&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tous les processus du projet en un coup d&apos;œil&#xa0;: leurs étapes dans l&apos;ordre du flux, le rôle qui exécute chaque tâche et sa durée. La page est en lecture seule&#xa0;: dessinez un processus dans l&apos;onglet Processus.&lt;/p&gt;&lt;p&gt;Les processus liés à l&apos;élément sélectionné ailleurs sont mis en évidence.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::app::ProjectTree</name>
    <message>
        <source>Strategies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>New Strategy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation>Nouvelle persona</translation>
    </message>
    <message>
        <source>New Journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>New Responsibility</source>
        <translation>Nouvelle responsabilité</translation>
    </message>
    <message>
        <source>New Process</source>
        <translation>Nouveau processus</translation>
    </message>
    <message>
        <source>New Requirement</source>
        <translation>Nouvelle exigence</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Delete Responsibility</source>
        <translation>Supprimer la responsabilité</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1

Delete it and unlink it from %2?</source>
        <translation>%1

Le supprimer et le délier de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Rename Id</source>
        <translation>Renommer l&apos;identifiant</translation>
    </message>
    <message>
        <source>New id for “%1” (every reference follows):</source>
        <translation>Nouvel identifiant pour «&#xa0;%1&#xa0;» (toutes les références suivent)&#xa0;:</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Rename Id…</source>
        <translation>Renommer l&apos;identifiant…</translation>
    </message>
</context>
<context>
    <name>oi::app::RequirementsView</name>
    <message>
        <source>Process control</source>
        <translation>Pilotage des processus</translation>
    </message>
    <message>
        <source>Information management</source>
        <translation>Gestion de l&apos;information</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>Non fonctionnelle</translation>
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
        <translation>Exigences envers la technologie CRM</translation>
    </message>
    <message numerus="yes">
        <source>%n requirements the processes put on technology, for a vendor proof of concept.</source>
        <translation>
            <numerusform>%n exigence que les processus imposent à la technologie, pour une preuve de concept éditeur.</numerusform>
            <numerusform>%n exigences que les processus imposent à la technologie, pour une preuve de concept éditeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>linked to the selection</source>
        <translation>liées à la sélection</translation>
    </message>
    <message>
        <source>Accepted when:</source>
        <translation>Acceptée si&#xa0;:</translation>
    </message>
    <message>
        <source>Needed by:</source>
        <translation>Requise par&#xa0;:</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Requirements&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What the processes ask of the technology, grouped by kind (process control, information management, non-functional), with each one&apos;s MoSCoW priority, acceptance criterion and the journey and process steps that need it.&lt;/p&gt;&lt;p&gt;The page is read-only: select a requirement in the Project panel to edit it in the Properties panel; the requirements linked to what is selected elsewhere are highlighted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Exigences&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ce que les processus demandent à la technologie, regroupé par type (pilotage des processus, gestion de l&apos;information, non fonctionnel), avec pour chacune sa priorité MoSCoW, son critère d&apos;acceptation et les étapes de parcours et de processus qui en ont besoin.&lt;/p&gt;&lt;p&gt;La page est en lecture seule&#xa0;: sélectionnez une exigence dans le panneau Projet pour la modifier dans le panneau Propriétés&#xa0;; les exigences liées à l&apos;élément sélectionné ailleurs sont mises en évidence.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::app::SimulationPanel</name>
    <message>
        <source>Automatic warm-up</source>
        <translation>Période de chauffe automatique</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show Results</source>
        <translation>Afficher les résultats</translation>
    </message>
    <message>
        <source>The what-if variant to simulate</source>
        <translation>La variante what-if à simuler</translation>
    </message>
    <message>
        <source> replications</source>
        <translation> réplications</translation>
    </message>
    <message>
        <source>Run exactly the replications asked for, or add replications (up to 200) until every process&apos;s mean cycle time is known to within the share chosen</source>
        <translation>Exécuter exactement le nombre de réplications demandé, ou ajouter des réplications (jusqu&apos;à 200) jusqu&apos;à ce que le temps de cycle moyen de chaque processus soit connu à la part choisie près</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactement</translation>
    </message>
    <message>
        <source>until ± %1 % of the mean</source>
        <translation>jusqu&apos;à ± %1 % de la moyenne</translation>
    </message>
    <message>
        <source>Let MSER-5 choose where the start-up of the first replication ends, instead of the project&apos;s warm-up</source>
        <translation>Laisser MSER-5 déterminer où se termine la phase de démarrage de la première réplication, au lieu de la période de chauffe du projet</translation>
    </message>
    <message>
        <source>Run the simulation to see throughput, waits, utilisation and the constraint on the Results tab; they are painted on the journey map and the process diagram too.</source>
        <translation>Lancez la simulation pour voir le débit, les attentes, le taux d&apos;occupation et la contrainte dans l&apos;onglet Résultats&#xa0;; ils sont également reportés sur la carte du parcours et le diagramme de processus.</translation>
    </message>
    <message>
        <source>The dashboard, the scenario comparison, the run history and the text report</source>
        <translation>Le tableau de bord, la comparaison de scénarios, l&apos;historique des exécutions et le rapport texte</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>The project changed after the run: its results were taken off the maps (the Results tab keeps them, marked). Run again (F5) for current figures.</source>
        <translation>Le projet a été modifié après l&apos;exécution&#xa0;: ses résultats ont été retirés des cartes (l&apos;onglet Résultats les conserve, signalés comme tels). Relancez (F5) pour obtenir des chiffres à jour.</translation>
    </message>
    <message>
        <source>The project is as simulated again: the results are back on the maps.</source>
        <translation>Le projet est de nouveau tel que simulé&#xa0;: les résultats sont de retour sur les cartes.</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>Simulating %1…</source>
        <translation>Simulation de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The finished run belonged to a project that is no longer open; it was set aside.</source>
        <translation>L&apos;exécution terminée concernait un projet qui n&apos;est plus ouvert&#xa0;; elle a été mise de côté.</translation>
    </message>
    <message>
        <source>Cancelled; the previous results stay on the map.</source>
        <translation>Annulé&#xa0;; les résultats précédents restent sur la carte.</translation>
    </message>
    <message>
        <source>The simulation stopped: %1</source>
        <translation>La simulation s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Done. The constraint is %1.</source>
        <translation>Terminé. La contrainte est %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n replications were needed.</source>
        <translation>
            <numerusform>%n réplication a été nécessaire.</numerusform>
            <numerusform>%n réplications ont été nécessaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>MSER-5 chose a warm-up of %1.</source>
        <translation>MSER-5 a retenu une période de chauffe de %1.</translation>
    </message>
    <message>
        <source>The precision asked for was not reached within the replications allowed.</source>
        <translation>La précision demandée n&apos;a pas été atteinte dans le nombre de réplications autorisé.</translation>
    </message>
    <message>
        <source>The project was edited during the run: the figures describe it as it was when the run started.</source>
        <translation>Le projet a été modifié pendant l&apos;exécution&#xa0;: les chiffres le décrivent tel qu&apos;il était au lancement.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Kept in the project&apos;s run history.</source>
        <translation>Conservé dans l&apos;historique des exécutions du projet.</translation>
    </message>
    <message>
        <source>The run could not be kept: %1</source>
        <translation>L&apos;exécution n&apos;a pas pu être conservée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scenario to simulate</source>
        <translation>Scénario à simuler</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Réplications</translation>
    </message>
    <message>
        <source>How many independent runs to average; more give narrower intervals</source>
        <translation>Nombre d&apos;exécutions indépendantes à moyenner&#xa0;; plus elles sont nombreuses, plus les intervalles sont étroits</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
</context>
<context>
    <name>oi::app::SimulationRunner</name>
    <message>
        <source>A simulation is already running.</source>
        <translation>Une simulation est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>oi::app::SpecDialog</name>
    <message>
        <source>Vendor Specification</source>
        <translation>Spécification pour les éditeurs</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>Executive &amp;summary</source>
        <translation>&amp;Synthèse pour la direction</translation>
    </message>
    <message>
        <source>&amp;Organisation change</source>
        <translation>&amp;Évolution de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Processes, step by step</source>
        <translation>&amp;Processus, étape par étape</translation>
    </message>
    <message>
        <source>Si&amp;zing from simulation</source>
        <translation>&amp;Dimensionnement issu de la simulation</translation>
    </message>
    <message>
        <source>Proof-of-&amp;concept scripts</source>
        <translation>Scripts de preuve de &amp;concept</translation>
    </message>
    <message>
        <source>Scoring s&amp;heet</source>
        <translation>&amp;Grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Traceability appendix</source>
        <translation>Annexe de &amp;traçabilité</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Draft PoC Scenarios</source>
        <translation>&amp;Ébaucher les scénarios de PoC</translation>
    </message>
    <message>
        <source>A proof-of-concept script for every journey that has none, along its to-be process</source>
        <translation>Un script de preuve de concept pour chaque parcours qui n&apos;en a pas, le long de son processus cible</translation>
    </message>
    <message>
        <source>Draft PoC Scenarios</source>
        <translation>Ébaucher les scénarios de PoC</translation>
    </message>
    <message>
        <source>Every journey has a proof-of-concept scenario already (or links to no process).</source>
        <translation>Chaque parcours a déjà un scénario de preuve de concept (ou n&apos;est lié à aucun processus).</translation>
    </message>
    <message>
        <source>&amp;Import Scoring Sheet…</source>
        <translation>&amp;Importer une grille d&apos;évaluation…</translation>
    </message>
    <message>
        <source>Choose .pdf, .html, .md, .json or .csv (the scoring sheet).</source>
        <translation>Choisissez .pdf, .html, .md, .json ou .csv (la grille d&apos;évaluation).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import Scoring Sheet</source>
        <translation>Importer une grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Scoring sheet (*.csv);;All files (*)</source>
        <translation>Grille d&apos;évaluation (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The scoring sheet was not imported: %1</source>
        <translation>La grille d&apos;évaluation n&apos;a pas été importée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save Vendor Specification</source>
        <translation>Enregistrer la spécification pour les éditeurs</translation>
    </message>
    <message>
        <source>specification</source>
        <translation>specification</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json);;Scoring sheet (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json);;Grille d&apos;évaluation (*.csv)</translation>
    </message>
</context>
<context>
    <name>oi::app::WelcomePage</name>
    <message>
        <source>The ways into the studio: the sample project, a template, an empty project, a file or a project you had open. Help ▸ Welcome brings this page back.</source>
        <translation>Les points d&apos;entrée du studio&#xa0;: le projet d&apos;exemple, un modèle, un projet vide, un fichier ou un projet déjà ouvert. Aide ▸ Bienvenue rouvre cette page.</translation>
    </message>
    <message>
        <source>Welcome to Outside-In Studio</source>
        <translation>Bienvenue dans Outside-In Studio</translation>
    </message>
    <message>
        <source>Model how the company should serve its customers from the outside in: &lt;b&gt;strategy&lt;/b&gt; sets goals, &lt;b&gt;roles&lt;/b&gt; change to meet them, &lt;b&gt;processes&lt;/b&gt; are re-engineered for those roles from the customer&apos;s journey, and only then does &lt;b&gt;technology&lt;/b&gt; get its requirements. The simulator shows the constraint before any technology is chosen.</source>
        <translation>Modélisez la manière dont l&apos;entreprise devrait servir ses clients de l&apos;extérieur vers l&apos;intérieur&#xa0;: la &lt;b&gt;stratégie&lt;/b&gt; fixe les objectifs, les &lt;b&gt;rôles&lt;/b&gt; évoluent pour les atteindre, les &lt;b&gt;processus&lt;/b&gt; sont repensés pour ces rôles à partir du parcours client, et ce n&apos;est qu&apos;ensuite que la &lt;b&gt;technologie&lt;/b&gt; reçoit ses exigences. Le simulateur révèle la contrainte avant tout choix technologique.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Open the sample project</source>
        <translation>Ouvrir le projet d&apos;exemple</translation>
    </message>
    <message>
        <source>A broadband provider&apos;s subscription journeys, roles, processes and scenarios, ready to simulate</source>
        <translation>Les parcours d&apos;abonnement, rôles, processus et scénarios d&apos;un fournisseur d&apos;accès haut débit, prêts à être simulés</translation>
    </message>
    <message>
        <source>Start from the template “%1”</source>
        <translation>Partir du modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Démarrer un projet vide</translation>
    </message>
    <message>
        <source>A blank project to fill in yourself</source>
        <translation>Un projet vierge à compléter vous-même</translation>
    </message>
    <message>
        <source>Open a project file…</source>
        <translation>Ouvrir un fichier de projet…</translation>
    </message>
    <message>
        <source>A .oistudio or .oi.yaml file on this computer</source>
        <translation>Un fichier .oistudio ou .oi.yaml sur cet ordinateur</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Show this page when the studio starts</source>
        <translation>Afficher cette page au démarrage du studio</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>No recent projects yet</source>
        <translation>Aucun projet récent pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>oi::app::cli</name>
    <message>
        <source>Names the constraint of a scenario, capacity or coverage, and tries the remedies with common random numbers, best business case first.
Exit code: 0 done, 1 the project has errors or the scenario cannot be advised on, 2 usage or I/O error.</source>
        <translation>Identifie la contrainte d&apos;un scénario, de capacité ou de couverture horaire, et teste les remèdes avec des nombres aléatoires communs, le meilleur business case en premier.
Code de sortie&#xa0;: 0 terminé, 1 le projet contient des erreurs ou le scénario ne peut pas être analysé, 2 erreur d&apos;utilisation ou d&apos;E/S.</translation>
    </message>
    <message>
        <source>the project (.oi.yaml or .oistudio)</source>
        <translation>le projet (.oi.yaml ou .oistudio)</translation>
    </message>
    <message>
        <source>the scenario to advise on</source>
        <translation>le scénario à analyser</translation>
    </message>
    <message>
        <source>try up to N more staff at the constraint (default 2)</source>
        <translation>tester jusqu&apos;à N personnes de plus à la contrainte (2 par défaut)</translation>
    </message>
    <message>
        <source>replications per remedy, at least 2 (default: the project&apos;s)</source>
        <translation>réplications par remède, au moins 2 (par défaut&#xa0;: celles du projet)</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text ou json</translation>
    </message>
    <message>
        <source>advise: give one project file and --scenario S.
</source>
        <translation>advise&#xa0;: indiquez un fichier de projet et le scénario avec --scenario S.
</translation>
    </message>
    <message>
        <source>advise: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation>advise&#xa0;: --format doit valoir &apos;text&apos; ou &apos;json&apos;, reçu &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>advise: --max-staff: expected a whole number from 1 to 20, got &apos;%1&apos;
</source>
        <translation>advise&#xa0;: --max-staff&#xa0;: nombre entier de 1 à 20 attendu, reçu &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>advise: --replications: at least 2 are needed for the intervals, got &apos;%1&apos;.
</source>
        <translation>advise&#xa0;: --replications&#xa0;: au moins 2 réplications sont nécessaires pour les intervalles, reçu &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>advise: %1: %2
</source>
        <translation>advise&#xa0;: %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>By time of day: %1.</source>
        <translation>Selon l&apos;heure de la journée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2 has errors; fix them first (see &apos;outsidein-cli validate&apos;).
</source>
        <translation>%1&#xa0;: %2 contient des erreurs&#xa0;; corrigez-les d&apos;abord (voir &apos;outsidein-cli validate&apos;).
</translation>
    </message>
    <message>
        <source>Runs two or more scenarios with common random numbers and compares them with the first.
Exit code: 0 done, 1 the project has errors, a scenario or setting cannot be compared, or a simulation guard stopped a run, 2 usage or I/O error.</source>
        <translation>Exécute deux scénarios ou plus avec des nombres aléatoires communs et les compare au premier.
Code de sortie&#xa0;: 0 terminé, 1 le projet contient des erreurs, un scénario ou un paramètre ne peut pas être comparé, ou un garde-fou de simulation a arrêté une exécution, 2 erreur d&apos;utilisation ou d&apos;E/S.</translation>
    </message>
    <message>
        <source>the scenarios to compare, separated by commas; the first is the baseline</source>
        <translation>les scénarios à comparer, séparés par des virgules&#xa0;; le premier sert de référence</translation>
    </message>
    <message>
        <source>replications per scenario, at least 2 (default: the project&apos;s)</source>
        <translation>réplications par scénario, au moins 2 (par défaut&#xa0;: celles du projet)</translation>
    </message>
    <message>
        <source>random seed (default: the project&apos;s)</source>
        <translation>graine aléatoire (par défaut&#xa0;: celle du projet)</translation>
    </message>
    <message>
        <source>threads (default: all cores); results do not depend on it</source>
        <translation>threads (par défaut&#xa0;: tous les cœurs)&#xa0;; les résultats n&apos;en dépendent pas</translation>
    </message>
    <message>
        <source>write the report to FILE instead of standard output</source>
        <translation>écrire le rapport dans FILE au lieu de la sortie standard</translation>
    </message>
    <message>
        <source>compare: give exactly one project file.
</source>
        <translation>compare&#xa0;: indiquez exactement un fichier de projet.
</translation>
    </message>
    <message>
        <source>compare: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation>compare&#xa0;: --format doit valoir &apos;text&apos; ou &apos;json&apos;, reçu &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>compare: --replications: a comparison needs at least 2 replications per scenario for its intervals, got &apos;%1&apos;.
</source>
        <translation>compare&#xa0;: --replications&#xa0;: une comparaison nécessite au moins 2 réplications par scénario pour ses intervalles, reçu &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>compare: --seed: expected an unsigned whole number, got &apos;%1&apos;
</source>
        <translation>compare&#xa0;: --seed&#xa0;: nombre entier non signé attendu, reçu &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>compare: --jobs: expected a whole number &gt;= 1, got &apos;%1&apos;
</source>
        <translation>compare&#xa0;: --jobs&#xa0;: nombre entier &gt;= 1 attendu, reçu &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>compare: name at least two scenarios with --scenarios A,B (the first is the baseline); got %1.
</source>
        <translation>compare&#xa0;: indiquez au moins deux scénarios avec --scenarios A,B (le premier sert de référence)&#xa0;; reçu %1.
</translation>
    </message>
    <message>
        <source>compare: %1 has no scenario &apos;%2&apos;; its scenarios are: %3.
</source>
        <translation>compare&#xa0;: %1 ne contient pas de scénario &apos;%2&apos;&#xa0;; ses scénarios sont&#xa0;: %3.
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>replications</source>
        <translation>réplications</translation>
    </message>
    <message>
        <source>compare: %1: %2
</source>
        <translation>compare&#xa0;: %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Project: %1
</source>
        <translation>Projet&#xa0;: %1
</translation>
    </message>
    <message>
        <source>compare: cannot write %1: %2
</source>
        <translation>compare&#xa0;: impossible d&apos;écrire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>export: the project has no journey to export.
</source>
        <translation>export&#xa0;: le projet ne contient aucun parcours à exporter.
</translation>
    </message>
    <message>
        <source>export: there is no journey &quot;%1&quot;; the project has %2.
</source>
        <translation>export&#xa0;: il n&apos;existe aucun parcours «&#xa0;%1&#xa0;»&#xa0;; le projet contient %2.
</translation>
    </message>
    <message>
        <source>export: a journey is written as json or mermaid (.json, .mmd), not &quot;%1&quot;.
</source>
        <translation>export&#xa0;: un parcours s&apos;écrit en json ou mermaid (.json, .mmd), et non «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>export: %1
</source>
        <translation>export&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Wrote %1.
</source>
        <translation>%1 écrit.
</translation>
    </message>
    <message>
        <source>export: processes are written as BPMN 2.0 XML (.bpmn or .xml), not &quot;%1&quot;.
</source>
        <translation>export&#xa0;: les processus s&apos;écrivent en BPMN 2.0 XML (.bpmn ou .xml), et non «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <source>export: the project has no process to export.
</source>
        <translation>export&#xa0;: le projet ne contient aucun processus à exporter.
</translation>
    </message>
    <message>
        <source>export: the specification is written as md, json or csv (the scoring sheet) here, not &quot;%1&quot;.
</source>
        <translation>export&#xa0;: ici, la spécification s&apos;écrit en md, json ou csv (la grille d&apos;évaluation), et non «&#xa0;%1&#xa0;».
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
        <translation>Exporte une partie d&apos;un projet dans un format machine ou texte&#xa0;; le format découle de l&apos;extension
de la sortie, sauf si --format le précise.
KIND journey&#xa0;: json (le JSON de parcours de docs/journey-json.md) ou mermaid (.mmd).
KIND bpmn&#xa0;: les processus (tous, ou ceux désignés par --process) dans un seul fichier BPMN 2.0
(.bpmn), avec BPMN DI et les données de simulation BPSim.
KIND spec&#xa0;: la spécification de preuve de concept pour les éditeurs en Markdown avec diagrammes Mermaid (.md),
en JSON (.json, docs/spec-schema.json) ou sa grille d&apos;évaluation (.csv, UTF-8 avec BOM).
Les images (png, svg, pdf, html) sont dessinées par le studio&#xa0;: outsidein FILE --export KIND OUT.
Code de sortie&#xa0;: 0 écrit, 1 rien à exporter, 2 erreur d&apos;utilisation ou d&apos;E/S.</translation>
    </message>
    <message>
        <source>what to export: journey, bpmn or spec</source>
        <translation>ce qu&apos;il faut exporter&#xa0;: journey (parcours), bpmn (processus) ou spec (spécification)</translation>
    </message>
    <message>
        <source>the project to read (.oi.yaml or .oistudio)</source>
        <translation>le projet à lire (.oi.yaml ou .oistudio)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>the format, when OUT&apos;s extension does not say</source>
        <translation>le format, lorsque l&apos;extension de OUT ne l&apos;indique pas</translation>
    </message>
    <message>
        <source>the journey to export (default: the first)</source>
        <translation>le parcours à exporter (par défaut&#xa0;: le premier)</translation>
    </message>
    <message>
        <source>bpmn: a process to export (repeat for several; default: every process)</source>
        <translation>bpmn&#xa0;: un processus à exporter (à répéter pour plusieurs&#xa0;; par défaut&#xa0;: tous les processus)</translation>
    </message>
    <message>
        <source>export: give KIND, FILE and -o OUT.
</source>
        <translation>export&#xa0;: indiquez KIND, FILE et -o OUT.
</translation>
    </message>
    <message>
        <source>export: unknown KIND &quot;%1&quot;; this version exports %2.
</source>
        <translation>export&#xa0;: KIND inconnu «&#xa0;%1&#xa0;»&#xa0;; cette version exporte %2.
</translation>
    </message>
    <message>
        <source>export: %1 is a picture; the studio draws it: outsidein %2 --export %3 %4
</source>
        <translation>export&#xa0;: %1 est une image&#xa0;; le studio la dessine&#xa0;: outsidein %2 --export %3 %4
</translation>
    </message>
    <message>
        <source>export: %1 has no extension; name the format with --format.
</source>
        <translation>export&#xa0;: %1 n&apos;a pas d&apos;extension&#xa0;; précisez le format avec --format.
</translation>
    </message>
    <message>
        <source>Imports the processes of a BPMN 2.0 file: tasks, exclusive and parallel gateways, start, end and
timer events, lanes (as roles, matched by name), sequence flows, the diagram, BPSim data.
Everything else is reported as a warning with its line. Writes a new project (-o) or adds
the processes to an existing one (--into, written in place unless -o is given too).
Exit code: 0 imported (warnings allowed), 1 the file is not BPMN, 2 usage or I/O error.</source>
        <translation>Importe les processus d&apos;un fichier BPMN 2.0&#xa0;: tâches, passerelles exclusives et parallèles, événements de début, de fin et
minuteries, couloirs (comme rôles, rapprochés par nom), flux de séquence, diagramme, données BPSim.
Tout le reste est signalé par un avertissement avec sa ligne. Écrit un nouveau projet (-o) ou ajoute
les processus à un projet existant (--into, modifié sur place sauf si -o est aussi indiqué).
Code de sortie&#xa0;: 0 importé (avertissements admis), 1 le fichier n&apos;est pas du BPMN, 2 erreur d&apos;utilisation ou d&apos;E/S.</translation>
    </message>
    <message>
        <source>the BPMN file to read (.bpmn, .xml)</source>
        <translation>le fichier BPMN à lire (.bpmn, .xml)</translation>
    </message>
    <message>
        <source>the project to write (.oi.yaml or .oistudio)</source>
        <translation>le projet à écrire (.oi.yaml ou .oistudio)</translation>
    </message>
    <message>
        <source>an existing project to add the processes to</source>
        <translation>un projet existant auquel ajouter les processus</translation>
    </message>
    <message>
        <source>import-bpmn: give one BPMN file and -o OUT or --into PROJECT.
</source>
        <translation>import-bpmn&#xa0;: indiquez un fichier BPMN et -o OUT ou --into PROJECT.
</translation>
    </message>
    <message>
        <source>import-bpmn: %1 is not a project file name (.oi.yaml or .oistudio).
</source>
        <translation>import-bpmn&#xa0;: %1 n&apos;est pas un nom de fichier de projet (.oi.yaml ou .oistudio).
</translation>
    </message>
    <message>
        <source>import-bpmn: cannot read %1: %2
</source>
        <translation>import-bpmn&#xa0;: impossible de lire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>import-bpmn: %1
</source>
        <translation>import-bpmn&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3 into %4 (%5).
</source>
        <translation>%1 et %2 importés de %3 dans %4 (%5).
</translation>
    </message>
    <message>
        <source>import-log: --map needs KEY=COLUMN pairs, not &apos;%1&apos;.</source>
        <translation>import-log&#xa0;: --map attend des paires KEY=COLUMN, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>import-log: --map has no key &apos;%1&apos;; the keys are case, activity, time, start, resource, channel, customer, lifecycle and attribute.</source>
        <translation>import-log&#xa0;: --map n&apos;a pas de clé &apos;%1&apos;&#xa0;; les clés sont case, activity, time, start, resource, channel, customer, lifecycle et attribute.</translation>
    </message>
    <message>
        <source>import-log: --feedback-map takes case, customer, step, score and comment as KEY=COLUMN, not &apos;%1&apos;.</source>
        <translation>import-log&#xa0;: --feedback-map accepte case, customer, step, score et comment sous la forme KEY=COLUMN, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Drafts a project from an event log (CSV or XES): a process with tasks, xor gateways with the observed
shares, rework loops, arrivals by hour of the week, patience and roles with headcounts, durations
fitted by maximum likelihood; and a journey of the activities, linked to the tasks.
Columns named as process-mining tools name them are found by themselves; --map names the others.
Exit code: 0 drafted, 1 the file is not a log (or too many bad rows), 2 usage or write error.</source>
        <translation>Ébauche un projet à partir d&apos;un journal d&apos;événements (CSV ou XES)&#xa0;: un processus avec des tâches, des passerelles XOR avec les parts
observées, des boucles de reprise, les arrivées par heure de la semaine, la patience et des rôles avec leurs effectifs, des durées
ajustées par maximum de vraisemblance&#xa0;; et un parcours des activités, lié aux tâches.
Les colonnes nommées comme dans les outils de process mining sont reconnues automatiquement&#xa0;; --map désigne les autres.
Code de sortie&#xa0;: 0 ébauché, 1 le fichier n&apos;est pas un journal (ou trop de lignes erronées), 2 erreur d&apos;utilisation ou d&apos;écriture.</translation>
    </message>
    <message>
        <source>the event log (.csv or .xes)</source>
        <translation>le journal d&apos;événements (.csv ou .xes)</translation>
    </message>
    <message>
        <source>the draft project to write (.oi.yaml or .oistudio)</source>
        <translation>le projet ébauché à écrire (.oi.yaml ou .oistudio)</translation>
    </message>
    <message>
        <source>which column holds what: case=COL,activity=COL,time=COL[,start=COL,resource=COL,channel=COL,customer=COL,lifecycle=COL,attribute=COL...]</source>
        <translation>quelle colonne contient quoi&#xa0;: case=COL,activity=COL,time=COL[,start=COL,resource=COL,channel=COL,customer=COL,lifecycle=COL,attribute=COL...]</translation>
    </message>
    <message>
        <source>the times&apos; format, as Qt writes it (dd.MM.yyyy HH:mm), or iso, epoch, epoch-ms; default: detected</source>
        <translation>le format des horodatages, selon la notation Qt (dd.MM.yyyy HH:mm), ou iso, epoch, epoch-ms&#xa0;; par défaut&#xa0;: détecté</translation>
    </message>
    <message>
        <source>the log&apos;s clock for times without a zone, e.g. +01:00 (default: the first zone in the log, else UTC)</source>
        <translation>le fuseau du journal pour les horodatages sans fuseau, par ex. +01:00 (par défaut&#xa0;: le premier fuseau du journal, sinon UTC)</translation>
    </message>
    <message>
        <source>the draft&apos;s project and process name</source>
        <translation>le nom du projet et du processus ébauchés</translation>
    </message>
    <message>
        <source>activities that complete a case; cases ending elsewhere count as abandoned</source>
        <translation>activités qui achèvent un cas&#xa0;; les cas qui se terminent ailleurs sont comptés comme abandonnés</translation>
    </message>
    <message>
        <source>journey steps per stage (default 4)</source>
        <translation>étapes de parcours par phase (4 par défaut)</translation>
    </message>
    <message>
        <source>leave out ways fewer than this share of a node&apos;s cases take, 0-1 (default 0: keep all)</source>
        <translation>ignorer les chemins empruntés par moins de cette part des cas d&apos;un nœud, 0-1 (0 par défaut&#xa0;: tout conserver)</translation>
    </message>
    <message>
        <source>stop after this many rows that cannot be read (default 1000)</source>
        <translation>s&apos;arrêter après ce nombre de lignes illisibles (1000 par défaut)</translation>
    </message>
    <message>
        <source>the percentiles that bound each step metric&apos;s normal range (default 5-95)</source>
        <translation>les centiles qui bornent la plage normale de chaque indicateur d&apos;étape (5-95 par défaut)</translation>
    </message>
    <message>
        <source>do not simulate the draft to compare it with the log (3 replications of its settings)</source>
        <translation>ne pas simuler l&apos;ébauche pour la comparer au journal (3 réplications avec ses paramètres)</translation>
    </message>
    <message>
        <source>survey or complaint records (CSV: case or customer, step or touchpoint, score, comment) that set the steps&apos; observed emotion and pain points</source>
        <translation>enquêtes ou réclamations (CSV&#xa0;: cas ou client, étape ou point de contact, score, commentaire) qui définissent l&apos;émotion observée et les points de friction des étapes</translation>
    </message>
    <message>
        <source>the feedback&apos;s columns: case=COL,customer=COL,step=COL,score=COL,comment=COL</source>
        <translation>les colonnes du retour client&#xa0;: case=COL,customer=COL,step=COL,score=COL,comment=COL</translation>
    </message>
    <message>
        <source>import-log: give one log and -o DRAFT.
</source>
        <translation>import-log&#xa0;: indiquez un journal et -o DRAFT.
</translation>
    </message>
    <message>
        <source>import-log: %1 is not a project file name (.oi.yaml or .oistudio).
</source>
        <translation>import-log&#xa0;: %1 n&apos;est pas un nom de fichier de projet (.oi.yaml ou .oistudio).
</translation>
    </message>
    <message>
        <source>import-log: --utc-offset takes +HH:MM or -HH:MM, not &apos;%1&apos;.
</source>
        <translation>import-log&#xa0;: --utc-offset accepte +HH:MM ou -HH:MM, et non &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>import-log: --steps-per-stage takes a whole number of at least 1, --min-share a share from 0 to below 1, --max-bad-rows a whole number.
</source>
        <translation>import-log&#xa0;: --steps-per-stage accepte un nombre entier supérieur ou égal à 1, --min-share une part de 0 à moins de 1, --max-bad-rows un nombre entier.
</translation>
    </message>
    <message>
        <source>import-log: --range takes two percentiles, LOW-HIGH with 0 &lt;= LOW &lt; HIGH &lt;= 100, not &apos;%1&apos;.
</source>
        <translation>import-log&#xa0;: --range accepte deux centiles, LOW-HIGH avec 0 &lt;= LOW &lt; HIGH &lt;= 100, et non &apos;%1&apos;.
</translation>
    </message>
    <message>
        <source>import-log: %1: %2
</source>
        <translation>import-log&#xa0;: %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>
Most common paths:
</source>
        <translation>
Chemins les plus fréquents&#xa0;:
</translation>
    </message>
    <message>
        <source>
Task durations fitted (maximum likelihood, the lowest AIC; KS distance: the largest gap between observed and fitted shares):
</source>
        <translation>
Durées des tâches ajustées (maximum de vraisemblance, AIC le plus faible&#xa0;; distance KS&#xa0;: le plus grand écart entre parts observées et ajustées)&#xa0;:
</translation>
    </message>
    <message>
        <source>
Normal ranges of the steps&apos; metrics (%1th to %2th percentile; outside: cases whose latest value is):
</source>
        <translation>
Plages normales des indicateurs des étapes (du %1e au %2e centile&#xa0;; hors plage&#xa0;: cas dont la dernière valeur l&apos;est)&#xa0;:
</translation>
    </message>
    <message>
        <source>
The draft simulated (3 replications of its settings) beside the log:
</source>
        <translation>
L&apos;ébauche simulée (3 réplications avec ses paramètres) face au journal&#xa0;:
</translation>
    </message>
    <message>
        <source>
The draft could not be simulated to compare it with the log: %1
</source>
        <translation>
L&apos;ébauche n&apos;a pas pu être simulée pour être comparée au journal&#xa0;: %1
</translation>
    </message>
    <message>
        <source>cannot read it: %1.</source>
        <translation>impossible de le lire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>import-log: %1
</source>
        <translation>import-log&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Merges shards of one simulation run (JSON from &apos;simulate --format json&apos; with different --first-replication) into the result of one run.
Exit code: 0 merged, 1 the shards do not belong together, 2 usage or I/O error.</source>
        <translation>Fusionne les fragments d&apos;une même exécution de simulation (JSON issu de &apos;simulate --format json&apos; avec des premières réplications --first-replication différentes) en un résultat unique.
Code de sortie&#xa0;: 0 fusionné, 1 les fragments ne vont pas ensemble, 2 erreur d&apos;utilisation ou d&apos;E/S.</translation>
    </message>
    <message>
        <source>two or more results files</source>
        <translation>deux fichiers de résultats ou plus</translation>
    </message>
    <message>
        <source>merge: give two or more results files (shards of one run), got %1.
</source>
        <translation>merge&#xa0;: indiquez deux fichiers de résultats ou plus (fragments d&apos;une même exécution), reçu %1.
</translation>
    </message>
    <message>
        <source>merge: --format must be &apos;text&apos; or &apos;json&apos;
</source>
        <translation>merge&#xa0;: --format doit valoir &apos;text&apos; ou &apos;json&apos;
</translation>
    </message>
    <message>
        <source>merge: cannot read %1: %2
</source>
        <translation>merge&#xa0;: impossible de lire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>merge: %1: not a results JSON object (%2 at offset %3)
</source>
        <translation>merge&#xa0;: %1&#xa0;: pas un objet JSON de résultats (%2 à la position %3)
</translation>
    </message>
    <message>
        <source>merge: %1: %2
</source>
        <translation>merge&#xa0;: %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>merge: %1
</source>
        <translation>merge&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Renames an id and every reference to it (step roles and processes, requirement steps and
nodes, lanes, node roles, flows, scenario overrides, cross-training, driving strategies).
Nodes are named process/node. Refuses an id that is already taken.
Exit code: 0 renamed, 1 refused (the sentence says why), 2 usage or I/O error.</source>
        <translation>Renomme un identifiant et toutes ses références (rôles et processus des étapes, étapes et nœuds
des exigences, couloirs, rôles des nœuds, flux, surcharges des scénarios, polyvalence, stratégies motrices).
Les nœuds sont nommés processus/nœud. Refuse un identifiant déjà pris.
Code de sortie&#xa0;: 0 renommé, 1 refusé (le message explique pourquoi), 2 erreur d&apos;utilisation ou d&apos;E/S.</translation>
    </message>
    <message>
        <source>what the id names: role, process, node, step, requirement, strategy, persona, journey, stage or scenario</source>
        <translation>ce que l&apos;identifiant désigne&#xa0;: role (rôle), process (processus), node (nœud), step (étape), requirement (exigence), strategy (stratégie), persona, journey (parcours), stage (phase) ou scenario (scénario)</translation>
    </message>
    <message>
        <source>the id now</source>
        <translation>l&apos;identifiant actuel</translation>
    </message>
    <message>
        <source>the new id</source>
        <translation>le nouvel identifiant</translation>
    </message>
    <message>
        <source>write here instead of FILE</source>
        <translation>écrire ici au lieu de FILE</translation>
    </message>
    <message>
        <source>rename: give FILE, --kind, --from and --to.
</source>
        <translation>rename&#xa0;: indiquez FILE, --kind, --from et --to.
</translation>
    </message>
    <message>
        <source>rename: --kind %1 names nothing that has an id.
</source>
        <translation>rename&#xa0;: --kind %1 ne désigne rien qui ait un identifiant.
</translation>
    </message>
    <message>
        <source>rename: %1: %2 Nothing was written.
</source>
        <translation>rename&#xa0;: %1&#xa0;: %2 Rien n&apos;a été écrit.
</translation>
    </message>
    <message>
        <source>rename: %1
</source>
        <translation>rename&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--%1: expected a number &gt;= %2, got &apos;%3&apos;</source>
        <translation>--%1&#xa0;: nombre &gt;= %2 attendu, reçu &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--%1: expected a whole number &gt;= %2, got &apos;%3&apos;</source>
        <translation>--%1&#xa0;: nombre entier &gt;= %2 attendu, reçu &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--seed: expected an unsigned whole number, got &apos;%1&apos;</source>
        <translation>--seed&#xa0;: nombre entier non signé attendu, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--shift-end: expected &apos;finish&apos; or &apos;hand-back&apos;, got &apos;%1&apos;</source>
        <translation>--shift-end&#xa0;: &apos;finish&apos; ou &apos;hand-back&apos; attendu, reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Runs the discrete-event simulation of a project.
Exit code: 0 done, 1 the project has errors or a simulation guard stopped the run, 2 usage or I/O error.</source>
        <translation>Exécute la simulation à événements discrets d&apos;un projet.
Code de sortie&#xa0;: 0 terminé, 1 le projet contient des erreurs ou un garde-fou de simulation a arrêté l&apos;exécution, 2 erreur d&apos;utilisation ou d&apos;E/S.</translation>
    </message>
    <message>
        <source>simulate: give exactly one project file.
</source>
        <translation>simulate&#xa0;: indiquez exactement un fichier de projet.
</translation>
    </message>
    <message>
        <source>simulate: --format must be &apos;text&apos; or &apos;json&apos;, got &apos;%1&apos;
</source>
        <translation>simulate&#xa0;: --format doit valoir &apos;text&apos; ou &apos;json&apos;, reçu &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>simulate: --sweep: expected a whole number from 1 to 20, got &apos;%1&apos;
</source>
        <translation>simulate&#xa0;: --sweep&#xa0;: nombre entier de 1 à 20 attendu, reçu &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>simulate: %1: %2
</source>
        <translation>simulate&#xa0;: %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>simulate: </source>
        <translation>simulate&#xa0;: </translation>
    </message>
    <message>
        <source>simulate: cannot write the event log %1: %2
</source>
        <translation>simulate&#xa0;: impossible d&apos;écrire le journal d&apos;événements %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>, scenario %1</source>
        <translation>, scénario %1</translation>
    </message>
    <message>
        <source>simulate: cannot write %1: %2
</source>
        <translation>simulate&#xa0;: impossible d&apos;écrire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Traceability of %1
</source>
        <translation>Traçabilité de %1
</translation>
    </message>
    <message>
        <source>Strategy: %1
</source>
        <translation>Stratégie&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Gaps
</source>
        <translation>Lacunes
</translation>
    </message>
    <message>
        <source>  None: every strategy changes a role, every changed role has a task, and every role, journey step, process, requirement and customer need is on a chain.
</source>
        <translation>  Aucune&#xa0;: chaque stratégie change un rôle, chaque rôle changé a une tâche, et chaque rôle, étape de parcours, processus, exigence et besoin client s&apos;inscrit dans une chaîne.
</translation>
    </message>
    <message>
        <source>Coverage
</source>
        <translation>Couverture
</translation>
    </message>
    <message>
        <source>Follows every strategy to the roles, processes, journey steps and requirements it drives,
lists what nothing explains (the gaps in the chain) and how far each layer covers the next.
Exit code: 0 traced (gaps are reported, not failures), 2 usage or I/O error.</source>
        <translation>Suit chaque stratégie jusqu&apos;aux rôles, processus, étapes de parcours et exigences qu&apos;elle porte,
liste ce que rien n&apos;explique (les lacunes de la chaîne) et dans quelle mesure chaque niveau couvre le suivant.
Code de sortie&#xa0;: 0 tracé (les lacunes sont signalées, ce ne sont pas des échecs), 2 erreur d&apos;utilisation ou d&apos;E/S.</translation>
    </message>
    <message>
        <source>text (names, for people) or json (ids)</source>
        <translation>text (noms, pour les personnes) ou json (identifiants)</translation>
    </message>
    <message>
        <source>trace: give one FILE.
</source>
        <translation>trace&#xa0;: indiquez un FILE.
</translation>
    </message>
    <message>
        <source>trace: --format must be &apos;text&apos; or &apos;json&apos;
</source>
        <translation>trace&#xa0;: --format doit valoir &apos;text&apos; ou &apos;json&apos;
</translation>
    </message>
    <message>
        <source>
Feedback from %1: %2 on a scale from %3 to %4, %5:
</source>
        <translation>
Retour client de %1&#xa0;: %2 sur une échelle de %3 à %4, %5&#xa0;:
</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4.
</source>
        <translation>%1 écrit&#xa0;: %2, %3, %4.
</translation>
    </message>
</context>
<context>
    <name>oi::app::cli::Options</name>
    <message>
        <source>apply the overrides of scenario ID</source>
        <translation>appliquer les surcharges du scénario ID</translation>
    </message>
    <message>
        <source>number of replications</source>
        <translation>nombre de réplications</translation>
    </message>
    <message>
        <source>simulated time per replication, in the project&apos;s time unit</source>
        <translation>temps simulé par réplication, dans l&apos;unité de temps du projet</translation>
    </message>
    <message>
        <source>warm-up to discard, or &apos;auto&apos; for MSER-5</source>
        <translation>période de chauffe à écarter, ou &apos;auto&apos; pour MSER-5</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>graine aléatoire</translation>
    </message>
    <message>
        <source>threads (default: all cores); results do not depend on it</source>
        <translation>threads (par défaut&#xa0;: tous les cœurs)&#xa0;; les résultats n&apos;en dépendent pas</translation>
    </message>
    <message>
        <source>index of the first replication, for sharding</source>
        <translation>indice de la première réplication, pour la fragmentation</translation>
    </message>
    <message>
        <source>text or json</source>
        <translation>text ou json</translation>
    </message>
    <message>
        <source>write every case step to FILE.csv (runs on one thread)</source>
        <translation>écrire chaque étape de cas dans FILE.csv (s&apos;exécute sur un seul thread)</translation>
    </message>
    <message>
        <source>what-if: +1..+N staff at the constraint, cross-training off</source>
        <translation>what-if&#xa0;: +1..+N personnes à la contrainte, polyvalence désactivée</translation>
    </message>
    <message>
        <source>add replications until the cycle-time half-width is at most X (e.g. 0.02 = 2 %) of the mean</source>
        <translation>ajouter des réplications jusqu&apos;à ce que la demi-largeur de l&apos;intervalle du temps de cycle soit au plus X (par ex. 0.02 = 2 %) de la moyenne</translation>
    </message>
    <message>
        <source>cap for --precision (default 200)</source>
        <translation>plafond pour --precision (200 par défaut)</translation>
    </message>
    <message>
        <source>stop with an error after this many wall-clock seconds</source>
        <translation>s&apos;arrêter sur une erreur après ce nombre de secondes réelles</translation>
    </message>
    <message>
        <source>node visits per case before it counts as looping (default 10000)</source>
        <translation>passages par nœud et par cas avant de considérer une boucle (10000 par défaut)</translation>
    </message>
    <message>
        <source>cases in the system at once before the run stops as a runaway (default 1000000)</source>
        <translation>cas simultanément dans le système avant que l&apos;exécution ne s&apos;arrête comme emballée (1000000 par défaut)</translation>
    </message>
    <message>
        <source>write the report to FILE instead of standard output</source>
        <translation>écrire le rapport dans FILE au lieu de la sortie standard</translation>
    </message>
    <message>
        <source>at a shift end a busy worker finishes the task (&apos;finish&apos;, the default) or hands it back (&apos;hand-back&apos;)</source>
        <translation>en fin de vacation, un agent occupé termine la tâche (&apos;finish&apos;, par défaut) ou la rend (&apos;hand-back&apos;)</translation>
    </message>
</context>
<context>
    <name>oi::editor</name>
    <message>
        <source>New strategy</source>
        <translation>Nouvelle stratégie</translation>
    </message>
    <message>
        <source>Add Strategy</source>
        <translation>Ajouter une stratégie</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouvelle persona</translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>Ajouter une persona</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>First stage</source>
        <translation>Première phase</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Nouveau processus</translation>
    </message>
    <message>
        <source>Customer asks</source>
        <translation>Demande client</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Add Process</source>
        <translation>Ajouter un processus</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>Nouvelle exigence</translation>
    </message>
    <message>
        <source>Add Requirement</source>
        <translation>Ajouter une exigence</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Add Scenario</source>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <source>New responsibility</source>
        <translation>Nouvelle responsabilité</translation>
    </message>
    <message>
        <source>Add Responsibility</source>
        <translation>Ajouter une responsabilité</translation>
    </message>
</context>
<context>
    <name>oi::editor::DecisionsTree</name>
    <message>
        <source>On</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation>Mis en question</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No decisions yet: executives record them in the review (View ▸ Review).</source>
        <translation>Aucune décision pour l&apos;instant&#xa0;: la direction les enregistre dans la revue (Affichage ▸ Revue).</translation>
    </message>
</context>
<context>
    <name>oi::editor::DeleteEntityCommand</name>
    <message>
        <source>Delete %1 and Unlink It</source>
        <translation>Supprimer %1 et le délier</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>This cannot be deleted here.</source>
        <translation>Cet élément ne peut pas être supprimé ici.</translation>
    </message>
</context>
<context>
    <name>oi::editor::DistributionField</name>
    <message>
        <source>fixed</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>exponentielle</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>triangulaire</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>log-normale</translation>
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
        <translation>d&apos;après les données (empirique)</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Mode (plus probable)</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Spread (sd)</source>
        <translation>Dispersion (écart type)</translation>
    </message>
    <message>
        <source>Phases (k)</source>
        <translation>Phases (k)</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>oi::editor::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>oi::editor::EntityProperties</name>
    <message>
        <source>Select a strategy, persona, role, process, requirement, scenario or responsibility to edit it, or &lt;a href=&quot;project&quot;&gt;edit the project itself&lt;/a&gt;: its name, client and currency.</source>
        <translation>Sélectionnez une stratégie, une persona, un rôle, un processus, une exigence, un scénario ou une responsabilité pour le modifier, ou &lt;a href=&quot;project&quot;&gt;modifiez le projet lui-même&lt;/a&gt;&#xa0;: son nom, son client et sa devise.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
Id&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyEditor</name>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>%1: no project is open</source>
        <translation>%1&#xa0;: aucun projet n&apos;est ouvert</translation>
    </message>
    <message>
        <source>%1: the project has no journey &quot;%2&quot;</source>
        <translation>%1&#xa0;: le projet ne contient pas de parcours «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Export Journey</source>
        <translation>&amp;Exporter le parcours</translation>
    </message>
    <message>
        <source>As &amp;PNG Image…</source>
        <translation>En image &amp;PNG…</translation>
    </message>
    <message>
        <source>As &amp;SVG Drawing…</source>
        <translation>En dessin &amp;SVG…</translation>
    </message>
    <message>
        <source>As P&amp;DF…</source>
        <translation>En P&amp;DF…</translation>
    </message>
    <message>
        <source>As &amp;HTML Page…</source>
        <translation>En page &amp;HTML…</translation>
    </message>
    <message>
        <source>As &amp;Mermaid Text…</source>
        <translation>En texte &amp;Mermaid…</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>En &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Import Journey (JSON)…</source>
        <translation>&amp;Importer un parcours (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Print Journey…</source>
        <translation>Imp&amp;rimer le parcours…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Page HTML (*.html)</translation>
    </message>
    <message>
        <source>Mermaid journey (*.mmd)</source>
        <translation>Parcours Mermaid (*.mmd)</translation>
    </message>
    <message>
        <source>Journey JSON (*.json)</source>
        <translation>Parcours JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Journey</source>
        <translation>Exporter le parcours</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Résolution (points par pouce)&#xa0;:</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Import Journey</source>
        <translation>Importer un parcours</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Print Failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <source>Save the journey map as a picture for slides and e-mail</source>
        <translation>Enregistrer la carte du parcours comme image pour les diapositives et les e-mails</translation>
    </message>
    <message>
        <source>Save the journey map as a drawing that stays sharp at any size</source>
        <translation>Enregistrer la carte du parcours comme dessin vectoriel qui reste net à toute taille</translation>
    </message>
    <message>
        <source>Save the journey map as a PDF to print or send</source>
        <translation>Enregistrer la carte du parcours en PDF pour l&apos;imprimer ou l&apos;envoyer</translation>
    </message>
    <message>
        <source>Save the journey as a web page to open in any browser</source>
        <translation>Enregistrer le parcours comme page web à ouvrir dans n&apos;importe quel navigateur</translation>
    </message>
    <message>
        <source>Save the journey as Mermaid text for wikis and Markdown documents</source>
        <translation>Enregistrer le parcours en texte Mermaid pour les wikis et les documents Markdown</translation>
    </message>
    <message>
        <source>Save the journey as a JSON file another project or tool can import</source>
        <translation>Enregistrer le parcours dans un fichier JSON qu&apos;un autre projet ou outil peut importer</translation>
    </message>
    <message>
        <source>Add a journey saved as JSON, from another project or tool, to this project</source>
        <translation>Ajouter à ce projet un parcours enregistré en JSON, issu d&apos;un autre projet ou outil</translation>
    </message>
    <message>
        <source>Print the journey map shown</source>
        <translation>Imprimer la carte du parcours affichée</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyGridItem</name>
    <message>
        <source>moment of truth</source>
        <translation>moment de vérité</translation>
    </message>
    <message>
        <source>customer-initiated</source>
        <translation>à l&apos;initiative du client</translation>
    </message>
    <message>
        <source>observed in data</source>
        <translation>observé dans les données</translation>
    </message>
    <message>
        <source>from research</source>
        <translation>issu d&apos;études</translation>
    </message>
    <message>
        <source>assumption (dashed)</source>
        <translation>hypothèse (en pointillés)</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyProperties</name>
    <message>
        <source>Select a step to see its properties.</source>
        <translation>Sélectionnez une étape pour afficher ses propriétés.</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message numerus="yes">
        <source>Id %1 · %n step(s)</source>
        <translation>
            <numerusform>Id %1 · %n étape</numerusform>
            <numerusform>Id %1 · %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyScene</name>
    <message numerus="yes">
        <source>Link %n Items</source>
        <translation>
            <numerusform>Lier %n élément</numerusform>
            <numerusform>Lier %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oi::editor::JourneyTitleBlock</name>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>requirement</source>
        <translation>exigence</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>point de friction</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>opportunité</translation>
    </message>
    <message>
        <source>simulated:</source>
        <translation>simulé&#xa0;:</translation>
    </message>
    <message>
        <source>simulated (%1):</source>
        <translation>simulé (%1)&#xa0;:</translation>
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
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Couloirs</translation>
    </message>
    <message>
        <source>Show, hide and order the lanes</source>
        <translation>Afficher, masquer et ordonner les couloirs</translation>
    </message>
    <message>
        <source>Find steps…</source>
        <translation>Rechercher des étapes…</translation>
    </message>
    <message>
        <source>No step matches &quot;%1&quot;.</source>
        <translation>Aucune étape ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Simulé&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Colours of the simulation results on the map: %1. Figures: %2.</source>
        <translation>Couleurs des résultats de simulation sur la carte&#xa0;: %1. Chiffres&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No journey yet</source>
        <translation>Aucun parcours pour l&apos;instant</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Choose New Journey to start mapping one here.</source>
        <translation>Choisissez Nouveau parcours pour commencer à en cartographier un ici.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No persona chosen for this journey</source>
        <translation>Aucune persona choisie pour ce parcours</translation>
    </message>
    <message>
        <source>Unknown persona &quot;%1&quot;</source>
        <translation>Persona inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Select &amp;All Steps</source>
        <translation>Sélectionner &amp;toutes les étapes</translation>
    </message>
    <message>
        <source>&amp;Copy Steps</source>
        <translation>&amp;Copier les étapes</translation>
    </message>
    <message>
        <source>Cu&amp;t Steps</source>
        <translation>Co&amp;uper les étapes</translation>
    </message>
    <message>
        <source>&amp;Paste Steps</source>
        <translation>C&amp;oller les étapes</translation>
    </message>
    <message>
        <source>&amp;Delete Steps</source>
        <translation>&amp;Supprimer les étapes</translation>
    </message>
    <message>
        <source>Add Sta&amp;ge</source>
        <translation>Ajouter une &amp;phase</translation>
    </message>
    <message>
        <source>Add St&amp;ep</source>
        <translation>Ajouter une &amp;étape</translation>
    </message>
    <message>
        <source>D&amp;uplicate Steps</source>
        <translation>&amp;Dupliquer les étapes</translation>
    </message>
    <message>
        <source>&amp;Find Steps…</source>
        <translation>&amp;Rechercher des étapes…</translation>
    </message>
    <message>
        <source>&amp;Rename Step</source>
        <translation>Re&amp;nommer l&apos;étape</translation>
    </message>
    <message>
        <source>Show &amp;To-Be Emotion</source>
        <translation>Afficher l&apos;émotion &amp;cible</translation>
    </message>
    <message>
        <source>&amp;New Journey</source>
        <translation>&amp;Nouveau parcours</translation>
    </message>
    <message>
        <source>Delete &amp;Journey</source>
        <translation>Supprimer le &amp;parcours</translation>
    </message>
    <message>
        <source>Cut Step</source>
        <translation>Couper l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n Steps</source>
        <translation>
            <numerusform>Couper %n étapes</numerusform>
            <numerusform>Couper %n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Reset Lanes</source>
        <translation>Réinitialiser les couloirs</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Renommer la phase</translation>
    </message>
    <message>
        <source>Add Step to Stage</source>
        <translation>Ajouter une étape à la phase</translation>
    </message>
    <message>
        <source>Move Stage Left</source>
        <translation>Déplacer la phase à gauche</translation>
    </message>
    <message>
        <source>Move Stage Right</source>
        <translation>Déplacer la phase à droite</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>The journey shown on the map</source>
        <translation>Le parcours affiché sur la carte</translation>
    </message>
    <message>
        <source>Find steps</source>
        <translation>Rechercher des étapes</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Journey&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The customer&apos;s journey as a map: stages across the top, the steps under them, and lanes for touchpoints, pain points, opportunities and the emotion curve. Choose the journey at the top right; double-click a step or stage to rename it, drag steps to reorder them, and edit the selected step in the Properties panel.&lt;/p&gt;&lt;p&gt;After a simulation run each step shows how long customers wait there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Parcours&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Le parcours du client sous forme de carte&#xa0;: les phases en haut, les étapes en dessous, et des couloirs pour les points de contact, les points de friction, les opportunités et la courbe des émotions. Choisissez le parcours en haut à droite&#xa0;; double-cliquez sur une étape ou une phase pour la renommer, faites glisser les étapes pour les réordonner, et modifiez l&apos;étape sélectionnée dans le panneau Propriétés.&lt;/p&gt;&lt;p&gt;Après une simulation, chaque étape indique combien de temps les clients y attendent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zoom in on the journey map</source>
        <translation>Zoom avant sur la carte du parcours</translation>
    </message>
    <message>
        <source>Zoom out to see more of the journey map</source>
        <translation>Zoom arrière pour voir une plus grande partie de la carte du parcours</translation>
    </message>
    <message>
        <source>Zoom so the whole journey fits in the window</source>
        <translation>Zoomer pour que tout le parcours tienne dans la fenêtre</translation>
    </message>
    <message>
        <source>Show the journey map at its actual size</source>
        <translation>Afficher la carte du parcours à sa taille réelle</translation>
    </message>
    <message>
        <source>Select every step of this journey</source>
        <translation>Sélectionner toutes les étapes de ce parcours</translation>
    </message>
    <message>
        <source>Copy the selected steps, to paste them into this or another journey</source>
        <translation>Copier les étapes sélectionnées, pour les coller dans ce parcours ou dans un autre</translation>
    </message>
    <message>
        <source>Remove the selected steps and keep them to paste elsewhere</source>
        <translation>Retirer les étapes sélectionnées et les conserver pour les coller ailleurs</translation>
    </message>
    <message>
        <source>Paste the copied steps after the selected step, or at the end of the journey</source>
        <translation>Coller les étapes copiées après l&apos;étape sélectionnée, ou à la fin du parcours</translation>
    </message>
    <message>
        <source>Delete the selected steps from the journey</source>
        <translation>Supprimer les étapes sélectionnées du parcours</translation>
    </message>
    <message>
        <source>Add a stage at the end of the journey and name it</source>
        <translation>Ajouter une phase à la fin du parcours et la nommer</translation>
    </message>
    <message>
        <source>Add a step after the selected one, or at the end of the last stage</source>
        <translation>Ajouter une étape après celle qui est sélectionnée, ou à la fin de la dernière phase</translation>
    </message>
    <message>
        <source>Make a copy of the selected steps beside them</source>
        <translation>Dupliquer les étapes sélectionnées à côté d&apos;elles</translation>
    </message>
    <message>
        <source>Find the next step whose title, action, touchpoint or pain points contain a word</source>
        <translation>Rechercher l&apos;étape suivante dont le titre, l&apos;action, le point de contact ou les points de friction contiennent un mot</translation>
    </message>
    <message>
        <source>Rename the selected step on the map</source>
        <translation>Renommer l&apos;étape sélectionnée sur la carte</translation>
    </message>
    <message>
        <source>Draw the customer&apos;s feelings after the redesign beside today&apos;s on the emotion curve</source>
        <translation>Tracer le ressenti des clients après la refonte à côté du ressenti actuel sur la courbe des émotions</translation>
    </message>
    <message>
        <source>Start a new journey with one empty stage</source>
        <translation>Créer un nouveau parcours avec une phase vide</translation>
    </message>
    <message>
        <source>Delete the journey shown, with its stages and steps</source>
        <translation>Supprimer le parcours affiché, avec ses phases et ses étapes</translation>
    </message>
</context>
<context>
    <name>oi::editor::NodeForm</name>
    <message>
        <source>Start (customers arrive)</source>
        <translation>Début (arrivée des clients)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Exclusive gateway (one way out)</source>
        <translation>Passerelle exclusive (une seule sortie)</translation>
    </message>
    <message>
        <source>Parallel split</source>
        <translation>Division parallèle</translation>
    </message>
    <message>
        <source>Parallel join</source>
        <translation>Jonction parallèle</translation>
    </message>
    <message>
        <source>Timer (a wait)</source>
        <translation>Minuterie (une attente)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Scale to 100 %</source>
        <translation>Ramener à 100 %</translation>
    </message>
    <message>
        <source>Lower numbers are served first when work waits</source>
        <translation>Les numéros les plus bas sont servis en premier lorsque le travail attend</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Time between arrivals</source>
        <translation>Temps entre arrivées</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Patience</translation>
    </message>
    <message>
        <source>Branch shares</source>
        <translation>Parts des branches</translation>
    </message>
    <message>
        <source>The journey steps whose customer sets this work off; click one to open it</source>
        <translation>Les étapes de parcours dont le client déclenche ce travail&#xa0;; cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Customer steps</source>
        <translation>Étapes client</translation>
    </message>
    <message>
        <source>No journey step leads here yet.</source>
        <translation>Aucune étape de parcours ne mène encore ici.</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message numerus="yes">
        <source>by time of day: %n blocks over the period</source>
        <translation>
            <numerusform>selon l&apos;heure de la journée&#xa0;: %n bloc sur la période</numerusform>
            <numerusform>selon l&apos;heure de la journée&#xa0;: %n blocs sur la période</numerusform>
        </translation>
    </message>
    <message>
        <source>the same all day</source>
        <translation>identique toute la journée</translation>
    </message>
    <message>
        <source>e.g. approved</source>
        <translation>par ex. approuvé</translation>
    </message>
    <message>
        <source>The shares add up to 100 %.</source>
        <translation>Les parts totalisent 100 %.</translation>
    </message>
    <message>
        <source>The shares add up to %1 %, not 100 %.</source>
        <translation>Les parts totalisent %1 %, et non 100 %.</translation>
    </message>
</context>
<context>
    <name>oi::editor::OrphansTree</name>
    <message>
        <source>Strategies that change no role (%1)</source>
        <translation>Stratégies qui ne changent aucun rôle (%1)</translation>
    </message>
    <message>
        <source>No role that names the strategy changes: every one is unchanged, or none names it.</source>
        <translation>Aucun rôle citant la stratégie ne change&#xa0;: tous sont inchangés, ou aucun ne la cite.</translation>
    </message>
    <message>
        <source>Roles no strategy explains (%1)</source>
        <translation>Rôles qu&apos;aucune stratégie n&apos;explique (%1)</translation>
    </message>
    <message>
        <source>The role names no strategy and has no task in a process that names one.</source>
        <translation>Le rôle ne cite aucune stratégie et n&apos;a aucune tâche dans un processus qui en cite une.</translation>
    </message>
    <message>
        <source>Redesigned roles without a task (%1)</source>
        <translation>Rôles repensés sans tâche (%1)</translation>
    </message>
    <message>
        <source>The role is moved, new or merged, yet no process gives it a task.</source>
        <translation>Le rôle est déplacé, nouveau ou fusionné, mais aucun processus ne lui confie de tâche.</translation>
    </message>
    <message>
        <source>Processes no journey step triggers (%1)</source>
        <translation>Processus qu&apos;aucune étape de parcours ne déclenche (%1)</translation>
    </message>
    <message>
        <source>No journey step links to the process or to one of its nodes.</source>
        <translation>Aucune étape de parcours n&apos;est liée au processus ni à l&apos;un de ses nœuds.</translation>
    </message>
    <message>
        <source>Journey steps that trigger no process (%1)</source>
        <translation>Étapes de parcours qui ne déclenchent aucun processus (%1)</translation>
    </message>
    <message>
        <source>The step links to no process.</source>
        <translation>L&apos;étape n&apos;est liée à aucun processus.</translation>
    </message>
    <message>
        <source>Requirements nothing needs (%1)</source>
        <translation>Exigences dont rien n&apos;a besoin (%1)</translation>
    </message>
    <message>
        <source>No journey step needs the requirement and it names no process node.</source>
        <translation>Aucune étape de parcours ne requiert l&apos;exigence et elle ne cite aucun nœud de processus.</translation>
    </message>
    <message>
        <source>Customer needs no journey step serves (%1)</source>
        <translation>Besoins client qu&apos;aucune étape de parcours ne sert (%1)</translation>
    </message>
    <message>
        <source>No journey step lists the need as one it serves.</source>
        <translation>Aucune étape de parcours ne mentionne ce besoin parmi ceux qu&apos;elle sert.</translation>
    </message>
</context>
<context>
    <name>oi::editor::PersonaForm</name>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>One job to be done per line</source>
        <translation>Un job to be done par ligne</translation>
    </message>
    <message>
        <source>Whom this customer serves (business customers)</source>
        <translation>Les clients que ce client sert (clients professionnels)</translation>
    </message>
    <message>
        <source>Add Need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>Remove Need</source>
        <translation>Retirer le besoin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Jobs to be done</source>
        <translation>Jobs to be done</translation>
    </message>
    <message>
        <source>Customer&apos;s customer</source>
        <translation>Client du client</translation>
    </message>
    <message>
        <source>%1
Id: %2</source>
        <translation>%1
Id&#xa0;: %2</translation>
    </message>
    <message>
        <source>Type the need; its id is made from the text.</source>
        <translation>Saisissez le besoin&#xa0;; son identifiant est dérivé du texte.</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessEditor</name>
    <message>
        <source>Import &amp;BPMN…</source>
        <translation>Importer du &amp;BPMN…</translation>
    </message>
    <message>
        <source>Import BPMN</source>
        <translation>Importer du BPMN</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>Fichiers BPMN 2.0 (*.bpmn *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Processes as BPMN…</source>
        <translation>Exporter les processus en BPMN…</translation>
    </message>
    <message>
        <source>Export BPMN</source>
        <translation>Exporter en BPMN</translation>
    </message>
    <message>
        <source>BPMN 2.0 files (*.bpmn)</source>
        <translation>Fichiers BPMN 2.0 (*.bpmn)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import BPMN %1</source>
        <translation>Importer le BPMN %1</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%1 importé(s) depuis %2.</translation>
    </message>
    <message>
        <source>1 process</source>
        <translation>1 processus</translation>
    </message>
    <message numerus="yes">
        <source>%n processes</source>
        <translation>
            <numerusform>%n processus</numerusform>
            <numerusform>%n processus</numerusform>
        </translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>%1: the project has no process &quot;%2&quot;</source>
        <translation>%1&#xa0;: le projet ne contient pas de processus «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Process&lt;/b&gt;&lt;/p&gt;&lt;p&gt;One process as a diagram: events, tasks, gateways and the flows between them, with each task&apos;s role and duration. Choose the process above the diagram; add nodes from the palette on the left or with their one-letter keys, and drag from the handle on a node&apos;s right edge to another node to connect them.&lt;/p&gt;&lt;p&gt;After a simulation run each task shows how long cases wait there and how busy its role is, and the constraint is marked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Processus&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un processus sous forme de diagramme&#xa0;: événements, tâches, passerelles et flux qui les relient, avec le rôle et la durée de chaque tâche. Choisissez le processus au-dessus du diagramme&#xa0;; ajoutez des nœuds depuis la palette de gauche ou avec leur raccourci d&apos;une lettre, et faites glisser la poignée située sur le bord droit d&apos;un nœud vers un autre nœud pour les relier.&lt;/p&gt;&lt;p&gt;Après une simulation, chaque tâche indique combien de temps les cas y attendent et le taux d&apos;occupation de son rôle, et la contrainte est signalée.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add the processes of a BPMN 2.0 file, drawn in another modelling tool, to the project</source>
        <translation>Ajouter au projet les processus d&apos;un fichier BPMN 2.0, dessinés dans un autre outil de modélisation</translation>
    </message>
    <message>
        <source>Save every process of the project as a BPMN 2.0 file other modelling tools can open</source>
        <translation>Enregistrer tous les processus du projet dans un fichier BPMN 2.0 lisible par d&apos;autres outils de modélisation</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessForm</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>What one completed case is worth, in the project&apos;s currency</source>
        <translation>Ce que vaut un cas achevé, dans la devise du projet</translation>
    </message>
    <message>
        <source>What one customer who gives up waiting costs, in the project&apos;s currency</source>
        <translation>Ce que coûte un client qui renonce à attendre, dans la devise du projet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Variant of</source>
        <translation>Variante de</translation>
    </message>
    <message>
        <source>Value per completed case</source>
        <translation>Valeur par cas achevé</translation>
    </message>
    <message>
        <source>Cost per lost customer</source>
        <translation>Coût par client perdu</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Other processes are redesigns of this one, so it cannot be a redesign itself</source>
        <translation>D&apos;autres processus en sont des refontes&#xa0;: il ne peut donc pas être lui-même une refonte</translation>
    </message>
    <message>
        <source>The process this one is a redesign of; it runs only in a scenario that puts it in its place</source>
        <translation>Le processus dont celui-ci est une refonte&#xa0;; il ne s&apos;exécute que dans un scénario qui le met à sa place</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProcessView</name>
    <message>
        <source>Find a node…</source>
        <translation>Rechercher un nœud…</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>&amp;Processus&#xa0;:</translation>
    </message>
    <message>
        <source>No node matches “%1”.</source>
        <translation>Aucun nœud ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 (redesign of %2)</source>
        <translation>%1 (refonte de %2)</translation>
    </message>
    <message>
        <source>As-is: %1 (read-only)</source>
        <translation>Actuel&#xa0;: %1 (lecture seule)</translation>
    </message>
    <message>
        <source>To-be: %1 (read-only)</source>
        <translation>Cible&#xa0;: %1 (lecture seule)</translation>
    </message>
    <message>
        <source>Add &amp;Start Event</source>
        <translation>Ajouter un événement de &amp;début</translation>
    </message>
    <message>
        <source>Add &amp;Task</source>
        <translation>Ajouter une &amp;tâche</translation>
    </message>
    <message>
        <source>Add E&amp;xclusive Gateway</source>
        <translation>Ajouter une passerelle e&amp;xclusive</translation>
    </message>
    <message>
        <source>Add &amp;Parallel Split</source>
        <translation>Ajouter une &amp;division parallèle</translation>
    </message>
    <message>
        <source>Add Parallel &amp;Join</source>
        <translation>Ajouter une &amp;jonction parallèle</translation>
    </message>
    <message>
        <source>Add Ti&amp;mer Event</source>
        <translation>Ajouter un événement &amp;minuterie</translation>
    </message>
    <message>
        <source>Add &amp;End Event</source>
        <translation>Ajouter un événement de &amp;fin</translation>
    </message>
    <message>
        <source>Cu&amp;t Nodes</source>
        <translation>Co&amp;uper les nœuds</translation>
    </message>
    <message>
        <source>&amp;Copy Nodes</source>
        <translation>&amp;Copier les nœuds</translation>
    </message>
    <message>
        <source>&amp;Paste Nodes</source>
        <translation>C&amp;oller les nœuds</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All Nodes</source>
        <translation>Sélectionner &amp;tous les nœuds</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>Aligner les bords &amp;gauches</translation>
    </message>
    <message>
        <source>Align &amp;Centres Vertically</source>
        <translation>Aligner les &amp;centres verticalement</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>Aligner les bords &amp;droits</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>Aligner les bords &amp;supérieurs</translation>
    </message>
    <message>
        <source>Align &amp;Middles Horizontally</source>
        <translation>Aligner les &amp;milieux horizontalement</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>Aligner les bords &amp;inférieurs</translation>
    </message>
    <message>
        <source>Distribute &amp;Across</source>
        <translation>Répartir &amp;horizontalement</translation>
    </message>
    <message>
        <source>Distribute &amp;Down</source>
        <translation>Répartir &amp;verticalement</translation>
    </message>
    <message>
        <source>&amp;Lay Out Process</source>
        <translation>&amp;Disposer le processus</translation>
    </message>
    <message>
        <source>&amp;Find Node…</source>
        <translation>&amp;Rechercher un nœud…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Show As-Is &amp;Beside To-Be</source>
        <translation>Afficher l&apos;actuel à &amp;côté de la cible</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Rechercher un nœud</translation>
    </message>
    <message>
        <source>Process diagram</source>
        <translation>Diagramme de processus</translation>
    </message>
    <message>
        <source>Other version of the process</source>
        <translation>Autre version du processus</translation>
    </message>
    <message>
        <source>Add a start event: where a case enters the process</source>
        <translation>Ajouter un événement de début&#xa0;: là où un cas entre dans le processus</translation>
    </message>
    <message>
        <source>Add a task: work a role does, taking time</source>
        <translation>Ajouter une tâche&#xa0;: un travail effectué par un rôle, qui prend du temps</translation>
    </message>
    <message>
        <source>Add an exclusive gateway: the case takes one of its ways out</source>
        <translation>Ajouter une passerelle exclusive&#xa0;: le cas emprunte une seule de ses sorties</translation>
    </message>
    <message>
        <source>Add a parallel split: the case goes down all its ways at once</source>
        <translation>Ajouter une division parallèle&#xa0;: le cas emprunte toutes ses sorties à la fois</translation>
    </message>
    <message>
        <source>Add a parallel join: the case waits here until every way has arrived</source>
        <translation>Ajouter une jonction parallèle&#xa0;: le cas attend ici que toutes les branches soient arrivées</translation>
    </message>
    <message>
        <source>Add a timer event: the case waits for a time to pass</source>
        <translation>Ajouter un événement minuterie&#xa0;: le cas attend qu&apos;un délai s&apos;écoule</translation>
    </message>
    <message>
        <source>Add an end event: where a case leaves the process</source>
        <translation>Ajouter un événement de fin&#xa0;: là où un cas quitte le processus</translation>
    </message>
    <message>
        <source>Remove the selected nodes and keep them to paste elsewhere</source>
        <translation>Retirer les nœuds sélectionnés et les conserver pour les coller ailleurs</translation>
    </message>
    <message>
        <source>Copy the selected nodes, to paste them into this or another process</source>
        <translation>Copier les nœuds sélectionnés, pour les coller dans ce processus ou dans un autre</translation>
    </message>
    <message>
        <source>Paste the copied nodes into the process shown</source>
        <translation>Coller les nœuds copiés dans le processus affiché</translation>
    </message>
    <message>
        <source>Delete the selected nodes and flows</source>
        <translation>Supprimer les nœuds et les flux sélectionnés</translation>
    </message>
    <message>
        <source>Select every node of the process</source>
        <translation>Sélectionner tous les nœuds du processus</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their left edges</source>
        <translation>Aligner les nœuds sélectionnés sur leur bord gauche</translation>
    </message>
    <message>
        <source>Line the selected nodes up one above the other on their centres</source>
        <translation>Aligner les nœuds sélectionnés les uns au-dessus des autres sur leur centre</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their right edges</source>
        <translation>Aligner les nœuds sélectionnés sur leur bord droit</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their top edges</source>
        <translation>Aligner les nœuds sélectionnés sur leur bord supérieur</translation>
    </message>
    <message>
        <source>Line the selected nodes up side by side on their middles</source>
        <translation>Aligner les nœuds sélectionnés côte à côte sur leur milieu</translation>
    </message>
    <message>
        <source>Line the selected nodes up on their bottom edges</source>
        <translation>Aligner les nœuds sélectionnés sur leur bord inférieur</translation>
    </message>
    <message>
        <source>Space the selected nodes evenly from left to right</source>
        <translation>Répartir uniformément les nœuds sélectionnés de gauche à droite</translation>
    </message>
    <message>
        <source>Space the selected nodes evenly from top to bottom</source>
        <translation>Répartir uniformément les nœuds sélectionnés de haut en bas</translation>
    </message>
    <message>
        <source>Arrange the whole process neatly from left to right</source>
        <translation>Disposer proprement l&apos;ensemble du processus de gauche à droite</translation>
    </message>
    <message>
        <source>Find a node of the process by its name</source>
        <translation>Rechercher un nœud du processus par son nom</translation>
    </message>
    <message>
        <source>Zoom in on the process</source>
        <translation>Zoom avant sur le processus</translation>
    </message>
    <message>
        <source>Zoom out to see more of the process</source>
        <translation>Zoom arrière pour voir une plus grande partie du processus</translation>
    </message>
    <message>
        <source>Zoom so the whole process fits in the window</source>
        <translation>Zoomer pour que tout le processus tienne dans la fenêtre</translation>
    </message>
    <message>
        <source>Show the process at its actual size</source>
        <translation>Afficher le processus à sa taille réelle</translation>
    </message>
    <message>
        <source>Show the other version of this process below it, as-is beside to-be, read-only</source>
        <translation>Afficher l&apos;autre version de ce processus en dessous, l&apos;actuel à côté de la cible, en lecture seule</translation>
    </message>
</context>
<context>
    <name>oi::editor::ProjectForm</name>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>The company the redesign is for</source>
        <translation>L&apos;entreprise pour laquelle la refonte est menée</translation>
    </message>
    <message>
        <source>Who prepared it</source>
        <translation>Qui l&apos;a préparé</translation>
    </message>
    <message>
        <source>Every time in the project (durations, shifts, windows) is in this unit.</source>
        <translation>Toutes les durées du projet (durées, vacations, fenêtres) sont exprimées dans cette unité.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Durées en</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Created %1, last changed %2</source>
        <translation>Créé le %1, modifié le %2</translation>
    </message>
    <message>
        <source>What the project&apos;s money is shown with: a sign goes before the amount (€1,240), letters after it (1,240 CHF). The amounts themselves do not change.</source>
        <translation>La façon dont les montants du projet sont affichés&#xa0;: un symbole se place avant le montant (€1,240), des lettres après (1,240 CHF). Les montants eux-mêmes ne changent pas.</translation>
    </message>
</context>
<context>
    <name>oi::editor::RequirementForm</name>
    <message>
        <source>How a tester knows the requirement is met</source>
        <translation>Comment un testeur sait que l&apos;exigence est satisfaite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Journey steps</source>
        <translation>Étapes de parcours</translation>
    </message>
    <message>
        <source>Process nodes</source>
        <translation>Nœuds de processus</translation>
    </message>
</context>
<context>
    <name>oi::editor::ResponsibilityForm</name>
    <message>
        <source>Who does this work today</source>
        <translation>Qui effectue ce travail aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Who does it after the redesign; another role than today&apos;s moves it</source>
        <translation>Qui l&apos;effectue après la refonte&#xa0;; un autre rôle que l&apos;actuel le déplace</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsabilité</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>nobody (new)</source>
        <translation>personne (nouveau)</translation>
    </message>
    <message>
        <source>nobody (retired)</source>
        <translation>personne (supprimé)</translation>
    </message>
</context>
<context>
    <name>oi::editor::ResultsEditor</name>
    <message>
        <source>Results &amp;Dashboard</source>
        <translation>&amp;Tableau de bord des résultats</translation>
    </message>
    <message>
        <source>&amp;Compare Scenarios</source>
        <translation>&amp;Comparer les scénarios</translation>
    </message>
    <message>
        <source>&amp;Advice on the Constraint</source>
        <translation>Conseils sur la &amp;contrainte</translation>
    </message>
    <message>
        <source>Run &amp;History</source>
        <translation>&amp;Historique des exécutions</translation>
    </message>
    <message>
        <source>&amp;Text Report</source>
        <translation>&amp;Rapport texte</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Results&lt;/b&gt;&lt;/p&gt;&lt;p&gt;What the last simulation run found: the dashboard with the headline figures and charts, the comparison of scenarios, the advice on the constraint, the history of runs and the full text report. Switch between them with the buttons at the top or the View menu.&lt;/p&gt;&lt;p&gt;Run a simulation with Simulate ▸ Run Simulation (F5); when the model changes the results are marked out of date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Résultats&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ce qu&apos;a révélé la dernière simulation&#xa0;: le tableau de bord avec les chiffres clés et les graphiques, la comparaison des scénarios, les conseils sur la contrainte, l&apos;historique des exécutions et le rapport texte complet. Passez de l&apos;un à l&apos;autre avec les boutons en haut ou le menu Affichage.&lt;/p&gt;&lt;p&gt;Lancez une simulation avec Simuler ▸ Lancer la simulation (F5)&#xa0;; lorsque le modèle change, les résultats sont signalés comme périmés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the headline figures and charts of the last simulation run</source>
        <translation>Afficher les chiffres clés et les graphiques de la dernière simulation</translation>
    </message>
    <message>
        <source>Run several scenarios and compare their figures against a baseline</source>
        <translation>Exécuter plusieurs scénarios et comparer leurs valeurs à une référence</translation>
    </message>
    <message>
        <source>Show what would relieve the constraint most, and what it would gain</source>
        <translation>Montrer ce qui lèverait le mieux la contrainte, et ce que cela rapporterait</translation>
    </message>
    <message>
        <source>Show the earlier simulation runs of this project, to compare them</source>
        <translation>Afficher les simulations antérieures de ce projet, pour les comparer</translation>
    </message>
    <message>
        <source>Show the full results of the last run as plain text to copy</source>
        <translation>Afficher les résultats complets de la dernière exécution en texte brut, à copier</translation>
    </message>
</context>
<context>
    <name>oi::editor::RoleForm</name>
    <message>
        <source>No shift calendar: the headcount is on duty all day</source>
        <translation>Aucun calendrier de vacations&#xa0;: l&apos;effectif est en service toute la journée</translation>
    </message>
    <message>
        <source>Also takes the work of</source>
        <translation>Reprend aussi le travail de</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>Fully loaded cost of one person for one hour, in the project&apos;s currency</source>
        <translation>Coût complet d&apos;une personne pour une heure, dans la devise du projet</translation>
    </message>
    <message>
        <source>Staff on duty per hour</source>
        <translation>Personnel en service par heure</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Work this role&apos;s staff may also take; lower priorities are taken first</source>
        <translation>Travail que le personnel de ce rôle peut aussi prendre en charge&#xa0;; les priorités les plus basses sont prises en premier</translation>
    </message>
    <message>
        <source>Add Cross-Training</source>
        <translation>Ajouter une polyvalence</translation>
    </message>
    <message>
        <source>Remove Cross-Training</source>
        <translation>Retirer la polyvalence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Positionnement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Driving strategy</source>
        <translation>Stratégie motrice</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Coût horaire</translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation>Polyvalence</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This calendar repeats every %1 time units, not every day; editing it here makes it a daily calendar.</source>
        <translation>Ce calendrier se répète toutes les %1 unités de temps, et non chaque jour&#xa0;; le modifier ici le transforme en calendrier quotidien.</translation>
    </message>
    <message>
        <source>This calendar has blocks that do not start on the hour; editing it here rounds them.</source>
        <translation>Ce calendrier comporte des blocs qui ne commencent pas à l&apos;heure pile&#xa0;; les modifier ici les arrondit.</translation>
    </message>
</context>
<context>
    <name>oi::editor::RoleMapEditor</name>
    <message>
        <source>As-Is and To-Be</source>
        <translation>Actuel et cible</translation>
    </message>
    <message>
        <source>As-Is Only</source>
        <translation>Actuel uniquement</translation>
    </message>
    <message>
        <source>To-Be Only</source>
        <translation>Cible uniquement</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Roles&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The organisation as a map: each role with the responsibilities it carries, as-is and to-be side by side, so a redesign shows who gains and who loses work. Choose As-Is Only or To-Be Only in the View menu to see one of them; click a role to edit it in the Properties panel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rôles&lt;/b&gt;&lt;/p&gt;&lt;p&gt;L&apos;organisation sous forme de carte&#xa0;: chaque rôle avec les responsabilités qu&apos;il porte, actuel et cible côte à côte, pour qu&apos;une refonte montre qui gagne et qui perd du travail. Choisissez Actuel uniquement ou Cible uniquement dans le menu Affichage pour n&apos;en voir qu&apos;un&#xa0;; cliquez sur un rôle pour le modifier dans le panneau Propriétés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Carte des rôles</translation>
    </message>
    <message>
        <source>Show the roles as they are today beside the roles after the redesign</source>
        <translation>Afficher les rôles actuels à côté des rôles après la refonte</translation>
    </message>
    <message>
        <source>Show only the roles as they are today</source>
        <translation>Afficher uniquement les rôles actuels</translation>
    </message>
    <message>
        <source>Show only the roles after the redesign</source>
        <translation>Afficher uniquement les rôles après la refonte</translation>
    </message>
</context>
<context>
    <name>oi::editor::ScenarioForm</name>
    <message>
        <source>The window repeats every %1 hours, not every day</source>
        <translation>La fenêtre se répète toutes les %1 heures, et non chaque jour</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>set to</source>
        <translation>fixer à</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>1.5 × is half as many customers again; 0 × (only in a window) is none</source>
        <translation>1,5 × correspond à moitié plus de clients&#xa0;; 0 × (uniquement dans une fenêtre) à aucun</translation>
    </message>
    <message>
        <source>Demand changes all the time; clear it for a window of the day</source>
        <translation>La demande change en permanence&#xa0;; décochez pour une fenêtre de la journée</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of the first process&apos;s customers that go to the other instead</source>
        <translation>La part des clients du premier processus qui se reportent sur l&apos;autre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Duration factor</source>
        <translation>Facteur de durée</translation>
    </message>
    <message>
        <source>Also takes the work of</source>
        <translation>Reprend aussi le travail de</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>S&apos;exécute comme</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Réalisé par</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>From process</source>
        <translation>Processus d&apos;origine</translation>
    </message>
    <message>
        <source>To process</source>
        <translation>Processus de destination</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Demand of every process, scaled: 1.2 × is a fifth more customers</source>
        <translation>Demande de tous les processus, mise à l&apos;échelle&#xa0;: 1,2 × correspond à un cinquième de clients en plus</translation>
    </message>
    <message>
        <source>As modelled</source>
        <translation>Tel que modélisé</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Off: nobody takes another role&apos;s work</source>
        <translation>Désactivée&#xa0;: personne ne reprend le travail d&apos;un autre rôle</translation>
    </message>
    <message>
        <source>A factor scales a task&apos;s duration: 0.8 takes a fifth less time</source>
        <translation>Un facteur met à l&apos;échelle la durée d&apos;une tâche&#xa0;: 0,8 prend un cinquième de temps en moins</translation>
    </message>
    <message>
        <source>Staff on duty in a window of every day: add staff (a negative number takes staff away) or set how many are on duty</source>
        <translation>Personnel en service dans une fenêtre de chaque jour&#xa0;: ajoutez du personnel (un nombre négatif en retire) ou fixez l&apos;effectif en service</translation>
    </message>
    <message>
        <source>Another role does the task in this scenario</source>
        <translation>Un autre rôle réalise la tâche dans ce scénario</translation>
    </message>
    <message>
        <source>Extra skills in this scenario: a role&apos;s staff also take another role&apos;s work; lower priorities are taken first</source>
        <translation>Compétences supplémentaires dans ce scénario&#xa0;: le personnel d&apos;un rôle reprend aussi le travail d&apos;un autre rôle&#xa0;; les priorités les plus basses sont prises en premier</translation>
    </message>
    <message>
        <source>A redesign of a process (a process that is a variant of it) runs in its place</source>
        <translation>Une refonte d&apos;un processus (un processus qui en est une variante) s&apos;exécute à sa place</translation>
    </message>
    <message>
        <source>Demand of one process scaled, all day or within a window of every day; a window needs arrivals given as rates or exponential</source>
        <translation>Demande d&apos;un processus mise à l&apos;échelle, toute la journée ou dans une fenêtre de chaque jour&#xa0;; une fenêtre nécessite des arrivées exprimées en taux ou en loi exponentielle</translation>
    </message>
    <message>
        <source>A share of a process&apos;s customers goes to another process instead (a channel shift); the shares leaving one process add up to at most 100 %</source>
        <translation>Une part des clients d&apos;un processus se reporte sur un autre processus (un report de canal)&#xa0;; les parts quittant un même processus totalisent au plus 100 %</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Remove Role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>Add Task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Remove Task</source>
        <translation>Retirer la tâche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Cross-training</source>
        <translation>Polyvalence</translation>
    </message>
    <message>
        <source>Headcount per role</source>
        <translation>Effectif par rôle</translation>
    </message>
    <message>
        <source>Staffing windows</source>
        <translation>Fenêtres d&apos;effectif</translation>
    </message>
    <message>
        <source>Add Window</source>
        <translation>Ajouter une fenêtre</translation>
    </message>
    <message>
        <source>Remove Window</source>
        <translation>Retirer la fenêtre</translation>
    </message>
    <message>
        <source>Duration factors</source>
        <translation>Facteurs de durée</translation>
    </message>
    <message>
        <source>Reassigned tasks</source>
        <translation>Tâches réaffectées</translation>
    </message>
    <message>
        <source>Add Reassignment</source>
        <translation>Ajouter une réaffectation</translation>
    </message>
    <message>
        <source>Remove Reassignment</source>
        <translation>Retirer la réaffectation</translation>
    </message>
    <message>
        <source>Extra cross-training</source>
        <translation>Polyvalence supplémentaire</translation>
    </message>
    <message>
        <source>Add Cross-Training</source>
        <translation>Ajouter une polyvalence</translation>
    </message>
    <message>
        <source>Remove Cross-Training</source>
        <translation>Retirer la polyvalence</translation>
    </message>
    <message>
        <source>Process variants</source>
        <translation>Variantes de processus</translation>
    </message>
    <message>
        <source>Add Variant</source>
        <translation>Ajouter une variante</translation>
    </message>
    <message>
        <source>Remove Variant</source>
        <translation>Retirer la variante</translation>
    </message>
    <message>
        <source>Demand changes</source>
        <translation>Évolutions de la demande</translation>
    </message>
    <message>
        <source>Add Demand Change</source>
        <translation>Ajouter une évolution de la demande</translation>
    </message>
    <message>
        <source>Remove Demand Change</source>
        <translation>Retirer l&apos;évolution de la demande</translation>
    </message>
    <message>
        <source>Diversions</source>
        <translation>Réorientations</translation>
    </message>
    <message>
        <source>Add Diversion</source>
        <translation>Ajouter une réorientation</translation>
    </message>
    <message>
        <source>Remove Diversion</source>
        <translation>Retirer la réorientation</translation>
    </message>
</context>
<context>
    <name>oi::editor::StepForm</name>
    <message>
        <source>The customer starts this step</source>
        <translation>Le client initie cette étape</translation>
    </message>
    <message>
        <source>A moment of truth</source>
        <translation>Un moment de vérité</translation>
    </message>
    <message>
        <source>−2 very negative</source>
        <translation>−2 très négatif</translation>
    </message>
    <message>
        <source>−1 negative</source>
        <translation>−1 négatif</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutre</translation>
    </message>
    <message>
        <source>+1 positive</source>
        <translation>+1 positif</translation>
    </message>
    <message>
        <source>+2 very positive</source>
        <translation>+2 très positif</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Observed in data</source>
        <translation>Observé dans les données</translation>
    </message>
    <message>
        <source>From research / interviews</source>
        <translation>Issu d&apos;études / d&apos;entretiens</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>One pain point per line</source>
        <translation>Un point de friction par ligne</translation>
    </message>
    <message>
        <source>One opportunity per line</source>
        <translation>Une opportunité par ligne</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Action du client</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Emotion (as-is)</source>
        <translation>Émotion (actuel)</translation>
    </message>
    <message>
        <source>Emotion (to-be)</source>
        <translation>Émotion (cible)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Remove Metric</source>
        <translation>Retirer l&apos;indicateur</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Customer needs it serves</source>
        <translation>Besoins client servis</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>Journey step</source>
        <translation>Étape de parcours</translation>
    </message>
    <message numerus="yes">
        <source>%n steps selected (showing “%1”)</source>
        <translation>
            <numerusform>%n étape sélectionnée (affichage de «&#xa0;%1&#xa0;»)</numerusform>
            <numerusform>%n étapes sélectionnées (affichage de «&#xa0;%1&#xa0;»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>oi::editor::StrategyChainsTree</name>
    <message>
        <source>Roles it changes or that work in its processes (%1)</source>
        <translation>Rôles qu&apos;elle change ou qui travaillent dans ses processus (%1)</translation>
    </message>
    <message>
        <source>Processes (%1)</source>
        <translation>Processus (%1)</translation>
    </message>
    <message>
        <source>Journey steps (%1)</source>
        <translation>Étapes de parcours (%1)</translation>
    </message>
    <message>
        <source>Requirements on technology (%1)</source>
        <translation>Exigences envers la technologie (%1)</translation>
    </message>
    <message>
        <source>Customer needs served (%1)</source>
        <translation>Besoins client servis (%1)</translation>
    </message>
</context>
<context>
    <name>oi::editor::StrategyForm</name>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesuré sur</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>Met when</source>
        <translation>Atteint si</translation>
    </message>
    <message>
        <source>At task</source>
        <translation>À la tâche</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>The executive who sets the strategy</source>
        <translation>Le dirigeant qui fixe la stratégie</translation>
    </message>
    <message>
        <source>“Measured on” links a goal to a simulated process; its target is then checked against the results (a share from 0 to 1 for abandonment and utilisation): the statistic of the measure, at most or at least the target.</source>
        <translation>«&#xa0;Mesuré sur&#xa0;» relie un objectif à un processus simulé&#xa0;; sa cible est alors confrontée aux résultats (une part de 0 à 1 pour l&apos;abandon et le taux d&apos;occupation)&#xa0;: la statistique de la mesure, au plus ou au moins égale à la cible.</translation>
    </message>
    <message>
        <source>Add Goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Remove Goal</source>
        <translation>Retirer l&apos;objectif</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose a process to measure this goal on.</source>
        <translation>Choisissez un processus sur lequel mesurer cet objectif.</translation>
    </message>
    <message>
        <source>whole process</source>
        <translation>processus entier</translation>
    </message>
    <message>
        <source>Percentiles are taken of cycle times and waits; the rest are means</source>
        <translation>Les centiles portent sur les temps de cycle et les attentes&#xa0;; les autres statistiques sont des moyennes</translation>
    </message>
    <message>
        <source>The goal is met when the result is at most, or at least, the target</source>
        <translation>L&apos;objectif est atteint lorsque le résultat est au plus, ou au moins, égal à la cible</translation>
    </message>
    <message>
        <source>A wait at one task of the measured process, or over all its tasks</source>
        <translation>Une attente sur une tâche du processus mesuré, ou sur l&apos;ensemble de ses tâches</translation>
    </message>
    <message>
        <source>Whose utilisation is measured</source>
        <translation>Rôle dont le taux d&apos;occupation est mesuré</translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceMatrixModel</name>
    <message>
        <source>%1 of %2 strategies covered</source>
        <translation>%1 stratégies couvertes sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 roles covered</source>
        <translation>%1 rôles couverts sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 processes covered</source>
        <translation>%1 processus couverts sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 journey steps covered</source>
        <translation>%1 étapes de parcours couvertes sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 requirements covered</source>
        <translation>%1 exigences couvertes sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 process nodes covered</source>
        <translation>%1 nœuds de processus couverts sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 customer needs covered</source>
        <translation>%1 besoins client couverts sur %2</translation>
    </message>
    <message>
        <source>Strategies × roles</source>
        <translation>Stratégies × rôles</translation>
    </message>
    <message>
        <source>Roles × processes</source>
        <translation>Rôles × processus</translation>
    </message>
    <message>
        <source>Journey steps × processes</source>
        <translation>Étapes de parcours × processus</translation>
    </message>
    <message>
        <source>Requirements × journey steps</source>
        <translation>Exigences × étapes de parcours</translation>
    </message>
    <message>
        <source>Requirements × process nodes</source>
        <translation>Exigences × nœuds de processus</translation>
    </message>
    <message>
        <source>Customer needs × journey steps</source>
        <translation>Besoins client × étapes de parcours</translation>
    </message>
    <message>
        <source>%1 — %2: linked</source>
        <translation>%1 — %2&#xa0;: liés</translation>
    </message>
    <message>
        <source>%1 — %2: not linked</source>
        <translation>%1 — %2&#xa0;: non liés</translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceabilityEditor</name>
    <message>
        <source>Traceability</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Traceability&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The outside-in chain at a glance: which roles serve which strategies, which customer needs each journey step meets, and the other links down to the requirements, one matrix at a time with its coverage. Choose the matrix and filter it by name above it; under it are the gaps (what nothing links to), the chain of each strategy and the executive decisions.&lt;/p&gt;&lt;p&gt;Select a row or column header to select that entity everywhere; its whole chain lights up.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Traçabilité&lt;/b&gt;&lt;/p&gt;&lt;p&gt;La chaîne outside-in en un coup d&apos;œil&#xa0;: quels rôles servent quelles stratégies, quels besoins client chaque étape de parcours satisfait, et les autres liens jusqu&apos;aux exigences, une matrice à la fois avec sa couverture. Choisissez la matrice et filtrez-la par nom au-dessus&#xa0;; en dessous figurent les lacunes (ce à quoi rien n&apos;est lié), la chaîne de chaque stratégie et les décisions de la direction.&lt;/p&gt;&lt;p&gt;Sélectionnez un en-tête de ligne ou de colonne pour sélectionner cette entité partout&#xa0;; toute sa chaîne s&apos;illumine.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::editor::TraceabilityView</name>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Chain of each strategy</source>
        <translation>Chaîne de chaque stratégie</translation>
    </message>
    <message>
        <source>Executive decisions</source>
        <translation>Décisions de la direction</translation>
    </message>
    <message>
        <source>&amp;Matrix:</source>
        <translation>&amp;Matrice&#xa0;:</translation>
    </message>
    <message>
        <source>Filter rows and columns by name</source>
        <translation>Filtrer les lignes et les colonnes par nom</translation>
    </message>
    <message>
        <source>Orphans and gaps</source>
        <translation>Orphelins et lacunes</translation>
    </message>
    <message>
        <source>Filter the matrix by name</source>
        <translation>Filtrer la matrice par nom</translation>
    </message>
    <message>
        <source>Traceability matrix</source>
        <translation>Matrice de traçabilité</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::AdviceView</name>
    <message numerus="yes">
        <source>%1 of %n met (%2 before)</source>
        <translation>
            <numerusform>%1 sur %n atteint (%2 avant)</numerusform>
            <numerusform>%1 sur %n atteints (%2 avant)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Advise</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Add as &amp;What-If Scenario</source>
        <translation>Ajouter comme scénario &amp;what-if</translation>
    </message>
    <message>
        <source>Remedy, best business case first</source>
        <translation>Remède, meilleur business case en premier</translation>
    </message>
    <message>
        <source>Net a week</source>
        <translation>Net par semaine</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Choose a scenario and press Advise: the advisor names the constraint and tries the remedies with the same random numbers, best business case first.</source>
        <translation>Choisissez un scénario et cliquez sur Analyser&#xa0;: le conseiller identifie la contrainte et teste les remèdes avec les mêmes nombres aléatoires, le meilleur business case en premier.</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>Trying the remedies…</source>
        <translation>Test des remèdes…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No advice: %1</source>
        <translation>Aucun conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>By time of day: %1.</source>
        <translation>Selon l&apos;heure de la journée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not significant at 95 %: the gain may be chance.</source>
        <translation>Non significatif à 95 %&#xa0;: le gain peut être dû au hasard.</translation>
    </message>
    <message>
        <source>%1: %2 (before: %3)</source>
        <translation>%1&#xa0;: %2 (avant&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Add What-If Scenario %1</source>
        <translation>Ajouter le scénario what-if %1</translation>
    </message>
    <message>
        <source>Significant at 95 %: the whole 95 % interval of the gain is above zero.</source>
        <translation>Significatif à 95 %&#xa0;: l&apos;intervalle à 95 % du gain est entièrement supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Enregistrer le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Enregistrer le graphique en &amp;SVG…</translation>
    </message>
    <message>
        <source>Save Data as &amp;CSV…</source>
        <translation>Enregistrer les données en &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ComparisonTable</name>
    <message>
        <source>Process and figure</source>
        <translation>Processus et indicateur</translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <source>significant?</source>
        <translation>significatif&#xa0;?</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processus</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>%1 does not run it</source>
        <translation>%1 ne l&apos;exécute pas</translation>
    </message>
    <message>
        <source>%1 runs %2 in its place</source>
        <translation>%1 exécute %2 à sa place</translation>
    </message>
    <message numerus="yes">
        <source>Mean over %n replications, ± the 95 % interval</source>
        <translation>
            <numerusform>Moyenne sur %n réplication, ± l&apos;intervalle à 95 %</numerusform>
            <numerusform>Moyenne sur %n réplications, ± l&apos;intervalle à 95 %</numerusform>
        </translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>aucune différence significative</translation>
    </message>
    <message>
        <source>better</source>
        <translation>meilleur</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bon</translation>
    </message>
    <message numerus="yes">
        <source>Better, and significant: the paired 95 % interval (%n pairs) excludes zero.</source>
        <translation>
            <numerusform>Meilleur, et significatif&#xa0;: l&apos;intervalle apparié à 95 % (%n paire) exclut zéro.</numerusform>
            <numerusform>Meilleur, et significatif&#xa0;: l&apos;intervalle apparié à 95 % (%n paires) exclut zéro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Worse, and significant: the paired 95 % interval (%n pairs) excludes zero.</source>
        <translation>
            <numerusform>Moins bon, et significatif&#xa0;: l&apos;intervalle apparié à 95 % (%n paire) exclut zéro.</numerusform>
            <numerusform>Moins bon, et significatif&#xa0;: l&apos;intervalle apparié à 95 % (%n paires) exclut zéro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The paired 95 % interval (%n pairs) spans zero: no significant difference.</source>
        <translation>
            <numerusform>L&apos;intervalle apparié à 95 % (%n paire) inclut zéro&#xa0;: aucune différence significative.</numerusform>
            <numerusform>L&apos;intervalle apparié à 95 % (%n paires) inclut zéro&#xa0;: aucune différence significative.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ComparisonView</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save Table as CSV…</source>
        <translation>Enregistrer le tableau en CSV…</translation>
    </message>
    <message>
        <source>Tick the scenarios to compare; the first ticked is the baseline. Drag to reorder.</source>
        <translation>Cochez les scénarios à comparer&#xa0;; le premier coché sert de référence. Faites glisser pour réordonner.</translation>
    </message>
    <message>
        <source> replications each</source>
        <translation> réplications chacun</translation>
    </message>
    <message>
        <source>Every scenario runs with the same random numbers replication by replication (common random numbers), so each difference is paired. A change whose 95 % interval spans zero is no significant difference; significant changes are green when better and red when worse.</source>
        <translation>Chaque scénario s&apos;exécute avec les mêmes nombres aléatoires, réplication par réplication (nombres aléatoires communs)&#xa0;: chaque différence est donc appariée. Un écart dont l&apos;intervalle à 95 % inclut zéro n&apos;est pas une différence significative&#xa0;; les écarts significatifs sont en vert lorsqu&apos;ils sont meilleurs et en rouge lorsqu&apos;ils sont moins bons.</translation>
    </message>
    <message>
        <source>Scenarios (the first ticked is the baseline):</source>
        <translation>Scénarios (le premier coché sert de référence)&#xa0;:</translation>
    </message>
    <message>
        <source>The project needs at least two scenarios to compare (Edit ▸ New ▸ Scenario).</source>
        <translation>Le projet doit contenir au moins deux scénarios à comparer (Édition ▸ Nouveau ▸ Scénario).</translation>
    </message>
    <message>
        <source>Comparing %1…</source>
        <translation>Comparaison de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The finished comparison belonged to a project that is no longer open; it was set aside.</source>
        <translation>La comparaison terminée concernait un projet qui n&apos;est plus ouvert&#xa0;; elle a été mise de côté.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The comparison stopped: %1</source>
        <translation>La comparaison s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n replications of each in %1 s.</source>
        <translation>
            <numerusform>%n réplication de chacun en %1 s.</numerusform>
            <numerusform>%n réplications de chacun en %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project was edited meanwhile: the figures describe it as it was when they started.</source>
        <translation>Le projet a été modifié entre-temps&#xa0;: les chiffres le décrivent tel qu&apos;il était à leur lancement.</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Enregistrer la comparaison</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Scenarios to compare</source>
        <translation>Scénarios à comparer</translation>
    </message>
    <message>
        <source>Replications per scenario</source>
        <translation>Réplications par scénario</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::KpiTile</name>
    <message>
        <source>The 95 % interval over the replications</source>
        <translation>L&apos;intervalle à 95 % sur les réplications</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ResultsDashboard</name>
    <message>
        <source>Run a simulation (Simulate ▸ Run Simulation, F5) to see here where the constraint is, how the goals fare and where the time goes.</source>
        <translation>Lancez une simulation (Simuler ▸ Lancer la simulation, F5) pour voir ici où se situe la contrainte, comment se portent les objectifs et où passe le temps.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n replications of %2, the first %3 a warm-up</source>
        <translation>
            <numerusform>%1 — %n réplication de %2, dont les premiers %3 de période de chauffe</numerusform>
            <numerusform>%1 — %n réplications de %2, dont les premiers %3 de période de chauffe</numerusform>
        </translation>
    </message>
    <message>
        <source>No constraint: no task had to wait for staff.</source>
        <translation>Aucune contrainte&#xa0;: aucune tâche n&apos;a dû attendre du personnel.</translation>
    </message>
    <message>
        <source>The constraint is &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; at %3: busy %4 of the staff-time on duty, %5 of all waiting is there.</source>
        <translation>La contrainte est &lt;b style=&quot;color:%1&quot;&gt;%2&lt;/b&gt; à %3&#xa0;: occupé %4 du temps de présence du personnel, %5 de toute l&apos;attente s&apos;y concentre.</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>By time of day: %1.</source>
        <translation>Selon l&apos;heure de la journée&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Replications were added until every process&apos;s mean cycle time was known within ± %1: %n were needed.</source>
        <translation>
            <numerusform>Des réplications ont été ajoutées jusqu&apos;à ce que le temps de cycle moyen de chaque processus soit connu à ± %1 près&#xa0;: %n a été nécessaire.</numerusform>
            <numerusform>Des réplications ont été ajoutées jusqu&apos;à ce que le temps de cycle moyen de chaque processus soit connu à ± %1 près&#xa0;: %n ont été nécessaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>MSER-5 chose the warm-up of %1 from the first replication&apos;s work in process.</source>
        <translation>MSER-5 a retenu une période de chauffe de %1 d&apos;après le travail en cours de la première réplication.</translation>
    </message>
    <message>
        <source>± is the 95 % interval over the replications; seed %1.</source>
        <translation>± correspond à l&apos;intervalle à 95 % sur les réplications&#xa0;; graine %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Goals of the strategy</source>
        <translation>Objectifs de la stratégie</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>The constraint</source>
        <translation>La contrainte</translation>
    </message>
    <message>
        <source>Where the time goes</source>
        <translation>Où passe le temps</translation>
    </message>
    <message>
        <source>The process whose cycle times are shown</source>
        <translation>Le processus dont les temps de cycle sont affichés</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::ResultsView</name>
    <message>
        <source>Run the simulation to read its report here.</source>
        <translation>Lancez la simulation pour lire son rapport ici.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>Comparer les scénarios</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>Text Report</source>
        <translation>Rapport texte</translation>
    </message>
    <message>
        <source>The project has changed since this run: these figures describe it as it was then. Run the simulation again (F5) for current figures.</source>
        <translation>Le projet a changé depuis cette exécution&#xa0;: ces chiffres le décrivent tel qu&apos;il était alors. Relancez la simulation (F5) pour obtenir des chiffres à jour.</translation>
    </message>
    <message>
        <source>Text report</source>
        <translation>Rapport texte</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::RunDetails</name>
    <message>
        <source>&lt;p&gt;No run yet. &lt;i&gt;Simulate ▸ Run Simulation&lt;/i&gt; (F5) runs the scenario chosen in the Simulation panel; its results appear here and on the maps.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune exécution pour l&apos;instant. &lt;i&gt;Simuler ▸ Lancer la simulation&lt;/i&gt; (F5) exécute le scénario choisi dans le panneau Simulation&#xa0;; ses résultats apparaissent ici et sur les cartes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>À propos de cette exécution</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Réplications</translation>
    </message>
    <message>
        <source>%1 (first %2), seed %3</source>
        <translation>%1 (première %2), graine %3</translation>
    </message>
    <message>
        <source>Each replication</source>
        <translation>Chaque réplication</translation>
    </message>
    <message>
        <source>%1, of which the first %2 is warm-up (not measured)</source>
        <translation>%1, dont les premiers %2 de période de chauffe (non mesurés)</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Période de chauffe</translation>
    </message>
    <message>
        <source>chosen by MSER-5</source>
        <translation>choisie par MSER-5</translation>
    </message>
    <message>
        <source>Stopping rule</source>
        <translation>Règle d&apos;arrêt</translation>
    </message>
    <message>
        <source>until each mean cycle time is within ± %1</source>
        <translation>jusqu&apos;à ce que chaque temps de cycle moyen soit à ± %1 près</translation>
    </message>
    <message>
        <source>the replications asked for</source>
        <translation>les réplications demandées</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>%1 events in %2 s</source>
        <translation>%1 événements en %2 s</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>changed since the run: the figures describe it as it was</source>
        <translation>modifié depuis l&apos;exécution&#xa0;: les chiffres le décrivent tel qu&apos;il était</translation>
    </message>
    <message>
        <source>as simulated (fingerprint %1)</source>
        <translation>tel que simulé (empreinte %1)</translation>
    </message>
    <message>
        <source>Precision of the mean cycle time</source>
        <translation>Précision du temps de cycle moyen</translation>
    </message>
    <message>
        <source>± %1 of the mean</source>
        <translation>± %1 de la moyenne</translation>
    </message>
    <message>
        <source>no interval (fewer than two replications measured it)</source>
        <translation>aucun intervalle (moins de deux réplications l&apos;ont mesuré)</translation>
    </message>
    <message>
        <source>&lt;p&gt;A wider interval narrows with more replications: about half as wide for four times as many.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un intervalle plus large se resserre avec davantage de réplications&#xa0;: environ deux fois plus étroit pour quatre fois plus de réplications.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>oi::editor::results::RunHistoryView</name>
    <message>
        <source>Open on the Dashboard</source>
        <translation>Ouvrir dans le tableau de bord</translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>Comparer les deux</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Réplications</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Contrainte</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>Ouvrir l&apos;exécution</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Comparer les exécutions</translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>Supprimer les exécutions</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) from the project&apos;s run history? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n exécution de l&apos;historique des exécutions du projet&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n exécutions de l&apos;historique des exécutions du projet&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs are kept in .oistudio projects. Save this project as .oistudio (File ▸ Save As) to keep every run with its inputs and results.</source>
        <translation>Les exécutions sont conservées dans les projets .oistudio. Enregistrez ce projet au format .oistudio (Fichier ▸ Enregistrer sous) pour conserver chaque exécution avec ses données d&apos;entrée et ses résultats.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>run on unsaved edits</source>
        <translation>exécuté sur des modifications non enregistrées</translation>
    </message>
    <message>
        <source>model changed since</source>
        <translation>modèle modifié depuis</translation>
    </message>
    <message>
        <source>as now</source>
        <translation>identique à l&apos;actuel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>The figures describe the model as it was when the run started, not as it is now.</source>
        <translation>Les chiffres décrivent le modèle tel qu&apos;il était au lancement de l&apos;exécution, et non tel qu&apos;il est aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The run history cannot be read: %1</source>
        <translation>L&apos;historique des exécutions ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No runs yet: every simulation of this project is kept here.</source>
        <translation>Aucune exécution pour l&apos;instant&#xa0;: chaque simulation de ce projet est conservée ici.</translation>
    </message>
    <message>
        <source>Select one run to open it, or two to compare them (the earlier one is the baseline).</source>
        <translation>Sélectionnez une exécution pour l&apos;ouvrir, ou deux pour les comparer (la plus ancienne sert de référence).</translation>
    </message>
    <message>
        <source>There is no run %1 in the history.</source>
        <translation>L&apos;historique ne contient aucune exécution %1.</translation>
    </message>
    <message>
        <source>The run of %1 cannot be read: %2</source>
        <translation>L&apos;exécution du %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>From the run history: %1.</source>
        <translation>Extrait de l&apos;historique des exécutions&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This run is marked: %1.</source>
        <translation>Cette exécution est signalée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Two runs of the history, paired replication by replication.</source>
        <translation>Deux exécutions de l&apos;historique, appariées réplication par réplication.</translation>
    </message>
    <message>
        <source>Their seeds differ, so they share no random numbers: the intervals are wider.</source>
        <translation>Leurs graines diffèrent&#xa0;: elles ne partagent donc aucun nombre aléatoire et les intervalles sont plus larges.</translation>
    </message>
    <message>
        <source>A marked run describes the model as it was then.</source>
        <translation>Une exécution signalée décrit le modèle tel qu&apos;il était alors.</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::PocScenarioForm</name>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>No PoC scenario selected. Add one, or draft one for each journey with Draft from Journeys.</source>
        <translation>Aucun scénario de PoC sélectionné. Ajoutez-en un, ou ébauchez-en un pour chaque parcours avec Ébaucher à partir des parcours.</translation>
    </message>
    <message>
        <source>What the vendor demonstrates</source>
        <translation>Ce que l&apos;éditeur démontre</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Role and task</source>
        <translation>Rôle et tâche</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Steps of the PoC scenario</source>
        <translation>Étapes du scénario de PoC</translation>
    </message>
    <message>
        <source>What the customer does at this step</source>
        <translation>Ce que fait le client à cette étape</translation>
    </message>
    <message>
        <source>The test data the buyer hands the vendor</source>
        <translation>Les données de test que l&apos;acheteur remet à l&apos;éditeur</translation>
    </message>
    <message>
        <source>What the evaluators must see</source>
        <translation>Ce que les évaluateurs doivent constater</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Customer&apos;s action</source>
        <translation>Action du client</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Requirement demonstrated</source>
        <translation>Exigence démontrée</translation>
    </message>
    <message>
        <source>Data the buyer provides</source>
        <translation>Données fournies par l&apos;acheteur</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Minutes allowed</source>
        <translation>Minutes accordées</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Steps the vendor demonstrates live</source>
        <translation>Étapes que l&apos;éditeur démontre en direct</translation>
    </message>
    <message>
        <source>(no journey)</source>
        <translation>(aucun parcours)</translation>
    </message>
    <message>
        <source>(no process)</source>
        <translation>(aucun processus)</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 minutes in all</source>
        <translation>%1 minutes au total</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Buyer&apos;s data: %1
Expected: %2</source>
        <translation>Données de l&apos;acheteur&#xa0;: %1
Attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Select a step to edit it</source>
        <translation>Sélectionnez une étape pour la modifier</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(aucun rôle)</translation>
    </message>
    <message>
        <source>(no task)</source>
        <translation>(aucune tâche)</translation>
    </message>
    <message>
        <source>(no requirement)</source>
        <translation>(aucune exigence)</translation>
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
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Note pondérée</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Notées</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 sur %2 au maximum</translation>
    </message>
    <message>
        <source>The weighted score as a share of the most a vendor could score (%1)</source>
        <translation>La note pondérée rapportée à la note maximale qu&apos;un éditeur pourrait obtenir (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Knocked out: the Must %1 scored 0</source>
        <translation>Éliminé&#xa0;: le Must %1 a été noté 0</translation>
    </message>
    <message>
        <source>Knocked out: the Musts %1 scored 0</source>
        <translation>Éliminé&#xa0;: les Musts %1 ont été notés 0</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>En tête</translation>
    </message>
    <message>
        <source>In the running</source>
        <translation>Dans la course</translation>
    </message>
    <message>
        <source>No vendors yet: add them, or import a filled-in scoring sheet.</source>
        <translation>Aucun éditeur pour l&apos;instant&#xa0;: ajoutez-en, ou importez une grille d&apos;évaluation remplie.</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::VendorPocEditor</name>
    <message>
        <source>Vendor PoC</source>
        <translation>PoC des éditeurs</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::VendorPocPage</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Draft from Journeys</source>
        <translation>Ébaucher à partir des parcours</translation>
    </message>
    <message>
        <source>Add a PoC scenario</source>
        <translation>Ajouter un scénario de PoC</translation>
    </message>
    <message>
        <source>Remove the selected PoC scenario</source>
        <translation>Supprimer le scénario de PoC sélectionné</translation>
    </message>
    <message>
        <source>Move the scenario up the script</source>
        <translation>Remonter le scénario dans le déroulé</translation>
    </message>
    <message>
        <source>Move the scenario down the script</source>
        <translation>Descendre le scénario dans le déroulé</translation>
    </message>
    <message>
        <source>Draft a scenario for each journey that has none, along its to-be process</source>
        <translation>Ébaucher un scénario pour chaque parcours qui n&apos;en a pas, en suivant son processus cible</translation>
    </message>
    <message>
        <source>PoC scenarios</source>
        <translation>Scénarios de PoC</translation>
    </message>
    <message>
        <source>PoC Scenarios</source>
        <translation>Scénarios de PoC</translation>
    </message>
    <message>
        <source>Vendors and Scoring</source>
        <translation>Éditeurs et notation</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Vendor PoC&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The proof-of-concept scenarios the vendors must demonstrate live, stored in the project: add, remove, reorder and edit them step by step. &lt;i&gt;Vendors and Scoring&lt;/i&gt; holds the vendors, the evaluators&apos; scores 0–3 per requirement, the weight of each priority and the comparison; a Must scored 0 knocks a vendor out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PoC des éditeurs&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les scénarios de preuve de concept que les éditeurs doivent démontrer en direct, enregistrés dans le projet&#xa0;: ajoutez-les, supprimez-les, réordonnez-les et modifiez-les étape par étape. &lt;i&gt;Éditeurs et notation&lt;/i&gt; regroupe les éditeurs, les notes de 0 à 3 attribuées par les évaluateurs pour chaque exigence, le poids de chaque priorité et la comparaison&#xa0;; un Must noté 0 élimine un éditeur.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>oi::editor::spec::VendorScoring</name>
    <message>
        <source>Add Vendor</source>
        <translation>Ajouter un éditeur</translation>
    </message>
    <message>
        <source>Remove Vendor</source>
        <translation>Supprimer l&apos;éditeur</translation>
    </message>
    <message>
        <source>Double-click a vendor to rename it</source>
        <translation>Double-cliquez sur un éditeur pour le renommer</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Éditeurs</translation>
    </message>
    <message>
        <source>Scores per requirement and vendor</source>
        <translation>Notes par exigence et par éditeur</translation>
    </message>
    <message>
        <source>Vendor comparison</source>
        <translation>Comparaison des éditeurs</translation>
    </message>
    <message>
        <source>Weight per priority</source>
        <translation>Poids par priorité</translation>
    </message>
    <message>
        <source>Scores per requirement: 0 not shown, 1 partly, 2 largely, 3 fully met</source>
        <translation>Notes par exigence&#xa0;: 0 non démontré, 1 partiellement, 2 largement, 3 entièrement satisfait</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>Nouvel éditeur</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>0 not shown, 1 partly, 2 largely, 3 fully met; – not scored yet</source>
        <translation>0 non démontré, 1 partiellement, 2 largement, 3 entièrement satisfait&#xa0;; – pas encore noté</translation>
    </message>
    <message>
        <source>Score of %1 for %2</source>
        <translation>Note de %1 pour %2</translation>
    </message>
</context>
<context>
    <name>oi::model</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file name is too long for this folder (at most %1 bytes, and a save needs %2 more for its temporary copy)</source>
        <translation>le nom du fichier est trop long pour ce dossier (au plus %1 octets, et un enregistrement en nécessite %2 de plus pour sa copie temporaire)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot name the temporary copy</source>
        <translation>impossible de nommer la copie temporaire</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected &quot;journey&quot;</source>
        <translation>«&#xa0;journey&#xa0;» attendu (en-tête d&apos;un parcours Mermaid)</translation>
    </message>
    <message>
        <source>expected &quot;task name: score 1-5: actors&quot;</source>
        <translation>«&#xa0;task name: score 1-5: actors&#xa0;» attendu</translation>
    </message>
    <message>
        <source>line 1: expected &quot;journey&quot;</source>
        <translation>ligne 1&#xa0;: «&#xa0;journey&#xa0;» attendu (en-tête d&apos;un parcours Mermaid)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to 3</source>
        <translation>nombre entier de 1 à 3 attendu</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne de caractères attendue</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>the file is over %1 MB; journey files are read up to that size.</source>
        <translation>le fichier dépasse %1 Mo&#xa0;; les fichiers de parcours sont lus jusqu&apos;à cette taille.</translation>
    </message>
    <message>
        <source>offset %1: %2</source>
        <translation>position %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected &quot;outsidein-journey&quot;</source>
        <translation>«&#xa0;outsidein-journey&#xa0;» attendu (format de parcours JSON)</translation>
    </message>
    <message>
        <source>only version 1 is supported</source>
        <translation>seule la version 1 est prise en charge</translation>
    </message>
    <message>
        <source>the journey has more than %1 steps; journeys are read up to that many.</source>
        <translation>le parcours contient plus de %1 étapes&#xa0;; les parcours sont lus jusqu&apos;à ce nombre d&apos;étapes.</translation>
    </message>
    <message>
        <source>There is nothing with the id &quot;%1&quot; to rename.</source>
        <translation>Il n&apos;existe aucun élément d&apos;identifiant «&#xa0;%1&#xa0;» à renommer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to another parent than &quot;%2&quot;; an id can be renamed, not moved.</source>
        <translation>«&#xa0;%1&#xa0;» appartient à un autre parent que «&#xa0;%2&#xa0;»&#xa0;; un identifiant peut être renommé, non déplacé.</translation>
    </message>
    <message>
        <source>The new id is empty.</source>
        <translation>Le nouvel identifiant est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: ids have no spaces and no &quot;/&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un identifiant&#xa0;: les identifiants ne contiennent ni espaces ni «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already has that id.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà cet identifiant.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is already taken.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <source>unknown node type</source>
        <translation>type de nœud inconnu</translation>
    </message>
    <message>
        <source>role index out of range</source>
        <translation>indice de rôle hors limites</translation>
    </message>
    <message>
        <source>expected an unsigned number</source>
        <translation>nombre non signé attendu</translation>
    </message>
    <message>
        <source>%1 is older than this program reads (3 or later): simulate the shards again</source>
        <translation>%1 est antérieur à ce que ce programme sait lire (3 ou ultérieur)&#xa0;: simulez à nouveau les fragments</translation>
    </message>
    <message>
        <source>expected 16 hexadecimal digits</source>
        <translation>16 chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>expected &apos;finish&apos; or &apos;hand-back&apos;</source>
        <translation>&apos;finish&apos; ou &apos;hand-back&apos; attendu</translation>
    </message>
    <message>
        <source>missing: results written without replication data cannot be merged</source>
        <translation>absent&#xa0;: des résultats écrits sans données de réplication ne peuvent pas être fusionnés</translation>
    </message>
    <message>
        <source>no replications</source>
        <translation>aucune réplication</translation>
    </message>
    <message>
        <source>nothing to merge</source>
        <translation>rien à fusionner</translation>
    </message>
    <message>
        <source>shard %1 has a different %2 from shard 1 (%3, not %4): not parts of one run</source>
        <translation>le fragment %1 a un paramètre %2 différent de celui du fragment 1 (%3, et non %4)&#xa0;: ils ne font pas partie d&apos;une même exécution</translation>
    </message>
    <message>
        <source>shard %1 has a different model from shard 1 (its processes, nodes or roles differ): not parts of one run</source>
        <translation>le fragment %1 a un modèle différent de celui du fragment 1 (ses processus, nœuds ou rôles diffèrent)&#xa0;: ils ne font pas partie d&apos;une même exécution</translation>
    </message>
    <message>
        <source>the base model</source>
        <translation>le modèle de base</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>empreinte %1</translation>
    </message>
    <message>
        <source>replication %1 appears in more than one shard</source>
        <translation>la réplication %1 apparaît dans plusieurs fragments</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;</source>
        <translation>scénario inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos;</source>
        <translation>scénario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a variant of process &apos;%3&apos;</source>
        <translation>%1&#xa0;: &apos;%2&apos; n&apos;est pas une variante du processus &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; reassigned to unknown role &apos;%3&apos;</source>
        <translation>%1&#xa0;: &apos;%2&apos; réaffecté au rôle inconnu &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: headcount override for unknown role &apos;%2&apos;</source>
        <translation>%1&#xa0;: surcharge d&apos;effectif pour le rôle inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: headcount for role &apos;%2&apos; must be &gt;= 0</source>
        <translation>%1&#xa0;: l&apos;effectif du rôle &apos;%2&apos; doit être &gt;= 0</translation>
    </message>
    <message>
        <source>%1: the arrival multiplier must be &gt; 0</source>
        <translation>%1&#xa0;: le multiplicateur d&apos;arrivées doit être &gt; 0</translation>
    </message>
    <message>
        <source>%1: duration override for unknown node &apos;%2&apos; (expected process/node)</source>
        <translation>%1&#xa0;: surcharge de durée pour le nœud inconnu &apos;%2&apos; (processus/nœud attendu)</translation>
    </message>
    <message>
        <source>%1: duration factor for &apos;%2&apos; must be &gt; 0</source>
        <translation>%1&#xa0;: le facteur de durée de &apos;%2&apos; doit être &gt; 0</translation>
    </message>
    <message>
        <source>%1: cross-training added to unknown role &apos;%2&apos;</source>
        <translation>%1&#xa0;: polyvalence ajoutée au rôle inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: role &apos;%2&apos; cross-trained for unknown role &apos;%3&apos;</source>
        <translation>%1&#xa0;: rôle &apos;%2&apos; rendu polyvalent pour le rôle inconnu &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: reassignment of unknown task &apos;%2&apos; (expected process/node)</source>
        <translation>%1&#xa0;: réaffectation de la tâche inconnue &apos;%2&apos; (processus/nœud attendu)</translation>
    </message>
</context>
<context>
    <name>oi::model::Reader</name>
    <message>
        <source>expected a string</source>
        <translation>chaîne de caractères attendue</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected a whole number from -2 to 2</source>
        <translation>nombre entier de -2 à 2 attendu</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>liste de chaînes attendue</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;» (valeurs attendues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected %1 entries, found %2</source>
        <translation>%1 entrées attendues, %2 trouvées</translation>
    </message>
    <message>
        <source>bad histogram bucket</source>
        <translation>classe d&apos;histogramme invalide</translation>
    </message>
</context>
<context>
    <name>oi::model::detail</name>
    <message>
        <source>staffing for unknown role &apos;%1&apos;</source>
        <translation>effectif pour le rôle inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>staffing window for &apos;%1&apos; must satisfy 0 &lt;= from &lt; to &lt;= period</source>
        <translation>la fenêtre d&apos;effectif de &apos;%1&apos; doit respecter 0 &lt;= from &lt; to &lt;= period</translation>
    </message>
    <message>
        <source>the staffing window for &apos;%1&apos; repeats every %2, which does not fit the role&apos;s shifts</source>
        <translation>la fenêtre d&apos;effectif de &apos;%1&apos; se répète toutes les %2, ce qui ne correspond pas aux vacations du rôle</translation>
    </message>
    <message>
        <source>demand change for unknown process &apos;%1&apos;</source>
        <translation>évolution de la demande pour le processus inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the demand multiplier for &apos;%1&apos; cannot be negative</source>
        <translation>le multiplicateur de demande de &apos;%1&apos; ne peut pas être négatif</translation>
    </message>
    <message>
        <source>demand of &apos;%1/%2&apos; changes only in a window when its arrivals are a rate calendar or exponential</source>
        <translation>la demande de &apos;%1/%2&apos; ne varie dans une fenêtre que si ses arrivées sont un calendrier de taux ou une loi exponentielle</translation>
    </message>
    <message>
        <source>the demand window for &apos;%1&apos; does not repeat with its arrivals</source>
        <translation>la fenêtre de demande de &apos;%1&apos; ne se répète pas au même rythme que ses arrivées</translation>
    </message>
    <message>
        <source>diversion from &apos;%1&apos; to &apos;%2&apos; names an unknown process</source>
        <translation>la réorientation de &apos;%1&apos; vers &apos;%2&apos; cite un processus inconnu</translation>
    </message>
    <message>
        <source>the share diverted from &apos;%1&apos; must be between 0 and 1</source>
        <translation>la part réorientée depuis &apos;%1&apos; doit être comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>process &apos;%1&apos; has no start node for diverted cases</source>
        <translation>le processus &apos;%1&apos; n&apos;a pas de nœud de début pour les cas réorientés</translation>
    </message>
</context>
<context>
    <name>oi::review</name>
    <message>
        <source>At: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <source>Across the journey</source>
        <translation>Sur l&apos;ensemble du parcours</translation>
    </message>
    <message>
        <source>What technology must support</source>
        <translation>Ce que la technologie doit permettre</translation>
    </message>
    <message>
        <source>Technology supports the redesign; it does not drive it.</source>
        <translation>La technologie soutient la refonte&#xa0;; elle ne la pilote pas.</translation>
    </message>
    <message>
        <source>no role yet</source>
        <translation>aucun rôle pour l&apos;instant</translation>
    </message>
    <message>
        <source>no process yet</source>
        <translation>aucun processus pour l&apos;instant</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 requirements, %2 of them Must</source>
        <translation>%1 exigences, dont %2 Must</translation>
    </message>
    <message>
        <source>From strategy to technology</source>
        <translation>De la stratégie à la technologie</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Questioned</source>
        <translation>Mis en question</translation>
    </message>
    <message>
        <source>the %1 scenario and its remedy</source>
        <translation>le scénario %1 et son remède</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Agace</translation>
    </message>
    <message>
        <source>Hurts</source>
        <translation>Fait mal</translation>
    </message>
    <message>
        <source>Drives customers away</source>
        <translation>Fait fuir les clients</translation>
    </message>
    <message>
        <source>As %1 lives it</source>
        <translation>Tel que %1 le vit</translation>
    </message>
    <message>
        <source>Constraint: %1 — work waits while no %2 is on duty%3</source>
        <translation>Contrainte&#xa0;: %1 — le travail attend faute de %2 en service%3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Constraint: %1 — %2 busy %3 of the time</source>
        <translation>Contrainte&#xa0;: %1 — %2 occupé %3 du temps</translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation>Sert&#xa0;: %1</translation>
    </message>
    <message>
        <source>the review could not be built: %1</source>
        <translation>la revue n&apos;a pas pu être constituée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>outsidein: --export deck writes a PDF; name the file OUT.pdf, not %1.
</source>
        <translation>outsidein&#xa0;: --export deck écrit un PDF&#xa0;; nommez le fichier OUT.pdf, et non %1.
</translation>
    </message>
    <message>
        <source>outsidein: %1 could not be opened; nothing was exported.
</source>
        <translation>outsidein&#xa0;: %1 n&apos;a pas pu être ouvert&#xa0;; rien n&apos;a été exporté.
</translation>
    </message>
    <message>
        <source>outsidein: %1
</source>
        <translation>outsidein&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Our customers: %1.</source>
        <translation>Nos clients&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Outside-in review</source>
        <translation>Revue outside-in</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Également&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>no longer done</source>
        <translation>n&apos;est plus assuré</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>Duties change</source>
        <translation>Évolution des attributions</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>%1 → %2 people</source>
        <translation>%1 → %2 personnes</translation>
    </message>
    <message>
        <source>Roles for: %1</source>
        <translation>Rôles pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Other role changes</source>
        <translation>Autres évolutions de rôles</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>What the simulation says</source>
        <translation>Ce que dit la simulation</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Not simulated yet: run the as-is and to-be scenarios in the studio, and the figures appear here.</source>
        <translation>Pas encore simulé&#xa0;: exécutez les scénarios actuel et cible dans le studio, et les chiffres apparaîtront ici.</translation>
    </message>
    <message>
        <source>%1: time to complete</source>
        <translation>%1&#xa0;: délai de traitement</translation>
    </message>
    <message>
        <source>%1: customers lost waiting</source>
        <translation>%1&#xa0;: clients perdus pendant l&apos;attente</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Simulated for this review: %1 replications of each scenario.</source>
        <translation>Simulé pour cette revue&#xa0;: %1 réplications de chaque scénario.</translation>
    </message>
    <message>
        <source>From the latest stored run of each scenario.</source>
        <translation>D&apos;après la dernière exécution enregistrée de chaque scénario.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Too close to call</source>
        <translation>Trop serré pour trancher</translation>
    </message>
    <message>
        <source>the model as it is</source>
        <translation>le modèle en l&apos;état</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation>Simulé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>oi::review::ReviewModel</name>
    <message>
        <source>Executive review</source>
        <translation>Revue de direction</translation>
    </message>
</context>
<context>
    <name>oi::review::ReviewView</name>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
</context>
<context>
    <name>sim</name>
    <message>
        <source>expected 16 hexadecimal digits</source>
        <translation>16 chiffres hexadécimaux attendus</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>expected a count &gt;= 0</source>
        <translation>nombre &gt;= 0 attendu</translation>
    </message>
</context>
</TS>

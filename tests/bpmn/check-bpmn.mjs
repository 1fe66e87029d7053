// SPDX-License-Identifier: GPL-3.0-or-later
// Reads BPMN files as bpmn.io and Camunda Modeler do, with bpmn-moddle, and fails on anything they
// would complain about: any parser warning, a flow node without a BPMNShape, a sequence flow
// without a BPMNEdge of at least two waypoints.
//   node check-bpmn.mjs FILE.bpmn...      (run `npm ci` in this folder first)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** bpmn-moddle's class, or a sentence saying how to install it and exit 1. */
export async function loadModdle() {
  try {
    return (await import('bpmn-moddle')).BpmnModdle;
  } catch {
    const here = fileURLToPath(new URL('.', import.meta.url));
    console.error(`bpmn-moddle is not installed: run \`npm ci\` in ${here}`);
    process.exit(1);
  }
}

function flowElementsOf(container, nodes, flows) {
  for (const element of container.flowElements || []) {
    if (element.$instanceOf('bpmn:SequenceFlow')) flows.push(element);
    else if (element.$instanceOf('bpmn:FlowNode')) nodes.push(element);
    if (element.$instanceOf('bpmn:SubProcess')) flowElementsOf(element, nodes, flows);
  }
}

/** The problems of one BPMN document, as sentences; none when bpmn.io would open it cleanly. */
export async function checkBpmn(xml) {
  const BpmnModdle = await loadModdle();
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  const problems = warnings.map((w) => `bpmn-moddle warning: ${w.message}`);
  const nodes = [];
  const flows = [];
  for (const root of rootElement.rootElements || [])
    if (root.$instanceOf('bpmn:Process')) flowElementsOf(root, nodes, flows);
  const shapes = new Set();
  const edges = new Map();
  for (const diagram of rootElement.diagrams || [])
    for (const element of diagram.plane?.planeElement || []) {
      const id = element.bpmnElement?.id;
      if (!id) continue;
      if (element.$instanceOf('bpmndi:BPMNShape')) shapes.add(id);
      if (element.$instanceOf('bpmndi:BPMNEdge')) edges.set(id, (element.waypoint || []).length);
    }
  for (const node of nodes)
    if (!shapes.has(node.id)) problems.push(`${node.$type} ${node.id} has no BPMNShape`);
  for (const flow of flows)
    if ((edges.get(flow.id) || 0) < 2) problems.push(`bpmn:SequenceFlow ${flow.id} has no BPMNEdge with 2 or more waypoints`);
  if (nodes.length === 0) problems.push('no flow node at all');
  return { problems, nodes: nodes.length, flows: flows.length };
}

/** Checks each file and says so; true when all of them passed. */
export async function checkFiles(files) {
  let ok = true;
  for (const file of files) {
    const { problems, nodes, flows } = await checkBpmn(await readFile(file, 'utf8'));
    if (problems.length === 0) {
      console.log(`ok ${file}: ${nodes} flow nodes, ${flows} sequence flows`);
    } else {
      ok = false;
      for (const p of problems) console.log(`FAIL ${file}: ${p}`);
    }
  }
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node check-bpmn.mjs FILE.bpmn...');
    process.exit(2);
  }
  process.exit((await checkFiles(files)) ? 0 : 1);
}

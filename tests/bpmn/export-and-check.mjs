// SPDX-License-Identifier: GPL-3.0-or-later
// The CTest test bpmn_moddle: exports every process of each project given with
// `outsidein-cli export bpmn` (each process alone, and all of a project in one file) into a
// temporary folder, then checks every file with check-bpmn.mjs.
//   node export-and-check.mjs --cli PATH/outsidein-cli PROJECT.oi.yaml...
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkFiles, loadModdle } from './check-bpmn.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--cli');
if (at < 0 || at + 1 >= args.length || args.length < 3) {
  console.error('usage: node export-and-check.mjs --cli PATH/outsidein-cli PROJECT.oi.yaml...');
  process.exit(2);
}
const cli = args[at + 1];
const projects = args.filter((_, i) => i !== at && i !== at + 1);
const out = mkdtempSync(join(tmpdir(), 'oi-bpmn-'));
const exportBpmn = (project, file, processId) => {
  const extra = processId === undefined ? [] : ['--process', processId];
  execFileSync(cli, ['export', 'bpmn', project, '-o', file, ...extra], { stdio: ['ignore', 'ignore', 'inherit'] });
};

const BpmnModdle = await loadModdle();
const files = [];
for (const project of projects) {
  const name = basename(project).replace(/\.oi\.yaml$/, '');
  const all = join(out, `${name}.bpmn`);
  exportBpmn(project, all);
  files.push(all);
  // Our process ids: oi:id where the BPMN id had to differ, else the id itself.
  const { rootElement } = await new BpmnModdle().fromXML(readFileSync(all, 'utf8'));
  for (const root of rootElement.rootElements || []) {
    if (!root.$instanceOf('bpmn:Process')) continue;
    const id = root.$attrs?.['oi:id'] ?? root.id;
    const file = join(out, `${name}.${root.id}.bpmn`);
    exportBpmn(project, file, id);
    files.push(file);
  }
}
const ok = await checkFiles(files);
if (ok) rmSync(out, { recursive: true, force: true });
else console.log(`The exported files are kept in ${out}`);
process.exit(ok ? 0 : 1);

// `advc demo`: every stdlib estimator over the reference fixtures, as a short table, on the chosen backend
// (then, from the command, a short training run).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource, stdlibEstimators } from '../compiler/index.js';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Batch, Params } from '../runtime/batch.js';
import { acquireGpu } from './gpu.js';
import type { Backend } from '../runtime/backends.js';
import { createEstimator } from '../runtime/executor.js';
import { batchFromJsonValue } from '../runtime/io/json.js';

interface DemoBatch {
  file: string;
  estimator: string;
  params: Params;
  batch: Batch;
}

function loadFixtures(dir: string): DemoBatch[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { estimator?: string; params?: Params };
      return { file, estimator: doc.estimator ?? '', params: doc.params ?? {}, batch: batchFromJsonValue(doc) };
    });
}

/** The fixture made for this estimator, else the first (grpo-small first) that has every field it reads. */
function pick(fixtures: DemoBatch[], name: string, inputs: string[]): DemoBatch | undefined {
  const own = fixtures.find((f) => f.estimator === name);
  if (own) return own;
  const ordered = [...fixtures].sort((a, b) => +(b.file === 'grpo-small.json') - +(a.file === 'grpo-small.json'));
  return ordered.find((f) => inputs.every((i) => (f.batch as unknown as Record<string, unknown>)[i] !== undefined));
}

function firstRow(adv: Float32Array, batch: Batch, width = 6): string {
  const vals: string[] = [];
  for (let t = 0; t < batch.T && vals.length < width; t++) if (batch.response_mask[t]) vals.push(adv[t]!.toFixed(3));
  return vals.join(' ') + (batch.T > width ? ' ...' : '');
}

export async function demoCommand(backend: Backend = 'auto', fixtureDir = join(PACKAGE_ROOT, 'test', 'fixtures')): Promise<string> {
  const fixtures = loadFixtures(fixtureDir);
  const devices = new Set<string>();
  let timed = false;
  const rows: string[] = [];
  for (const name of stdlibEstimators()) {
    let row: string;
    try {
      const checked = checkSource({ name });
      const fx = pick(fixtures, name, checked.program.inputs);
      if (!fx) {
        rows.push(`${name.padEnd(30)} (no fixture has the fields it reads: ${checked.program.inputs.join(', ')})`);
        continue;
      }
      const params = Object.fromEntries(Object.entries(fx.params).filter(([k]) => checked.program.params.some((p) => p.name === k)));
      const est = await createEstimator(checked, backend, acquireGpu);
      devices.add(est.device);
      try {
        await est.run(fx.batch, params); // first run pays for pipeline warm-up
        const t0 = performance.now();
        const out = await est.run(fx.batch, params);
        timed ||= est.lastKernelMs.length > 0;
        const ms = est.lastKernelMs.length ? est.lastKernelMs.reduce((a, b) => a + b, 0) : performance.now() - t0;
        row = `${fx.file.replace(/\.json$/, '').padEnd(24)} ${String(est.kernels).padStart(7)}  ${ms.toFixed(3).padStart(7)}   ${firstRow(out.advantages, fx.batch)}`;
      } finally {
        est.destroy();
      }
    } catch (e) {
      row = `(skipped: ${(e as Error).message.split('\n')[0]})`;
    }
    rows.push(`${name.padEnd(30)} ${row}`);
  }
  // device time where the device has timestamp queries, else wall time around the run
  const head = `${'estimator'.padEnd(30)} ${'batch'.padEnd(24)} kernels  ${timed ? 'device ms' : ' wall ms'}   advantages of row 0`;
  return [`advc demo on ${[...devices].join(', ') || 'no device'}`, head, ...rows].join('\n');
}

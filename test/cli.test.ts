// The built `advc` command end to end: exit codes, messages, outputs against the reference fixtures, and
// that a failing command never leaves an output file behind.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errLines, runAdvc, type Result } from './helpers/cli.js';
import { readOutputs, writeBatch } from '../src/runtime/io/batch-file.js';
import { describeJudge, FIXTURE_DIR, judge, loadFixture } from './helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'advc-cli-'));
const GRPO_SMALL = join(FIXTURE_DIR, 'grpo-small.json');


function advc(...args: string[]): Promise<Result> {
  return runAdvc(dir, ...args);
}


function write(name: string, content: string | object): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The fixture's fields as nested arrays, to build broken batches from. */
function grpoInputs(): Record<string, unknown> {
  const f = loadFixture('grpo-small');
  const { B, T } = f.batch;
  const rows = (a: ArrayLike<number>) => Array.from({ length: B }, (_, r) => Array.from(a).slice(r * T, (r + 1) * T));
  return {
    responses: rows(f.batch.responses),
    response_mask: rows(f.batch.response_mask),
    token_level_rewards: rows(f.batch.token_level_rewards),
    index: Array.from(f.batch.index),
  };
}


afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('advc run', () => {
  it('writes JSON outputs that match the grpo fixture', async () => {
    const out = join(dir, 'grpo.json');
    const r = await advc('run', 'grpo', '--batch', GRPO_SMALL, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const summary = errLines(r).join('\n');
    expect(summary).toMatch(/^grpo: B=32 T=64 groups=4 on .+ kernels=1 wall /);
    const got = readOutputs(out);
    const fx = loadFixture('grpo-small');
    expect(got['advantages']!.shape).toEqual([32, 64]);
    const res = judge(fx, { advantages: got['advantages']!.data, returns: got['returns']!.data });
    expect(res.failed, describeJudge(fx, res)).toBe(0);
    expect(res.passed).toBeGreaterThan(0);
  });

  it('writes safetensors outputs that match the gae fixture, with its parameters given by --set', async () => {
    const out = join(dir, 'gae.safetensors');
    const fx = loadFixture('gae-small');
    const sets = Object.entries(fx.params).flatMap(([k, v]) => ['--set', `${k}=${v}`]);
    const r = await advc('run', 'gae', '--batch', join(FIXTURE_DIR, 'gae-small.json'), '--out', out, ...sets);
    expect(r.code, r.stderr).toBe(0);
    const got = readOutputs(out);
    expect(got['returns']!.shape).toEqual([fx.batch.B, fx.batch.T]);
    const res = judge(fx, { advantages: got['advantages']!.data, returns: got['returns']!.data });
    expect(res.failed, describeJudge(fx, res)).toBe(0);
  });

  it('--set changes the result: grpo with norm_adv_by_std_in_grpo=false equals dr_grpo, on GPU and interpreter', async () => {
    const [a, b, c] = ['set.json', 'dr.json', 'interp.json'].map((f) => join(dir, f));
    const r1 = await advc('run', 'grpo', '--batch', GRPO_SMALL, '--out', a!, '--set', 'norm_adv_by_std_in_grpo=false');
    const r2 = await advc('run', 'dr_grpo', '--batch', GRPO_SMALL, '--out', b!);
    const r3 = await advc('run', 'grpo', '--batch', GRPO_SMALL, '--out', c!, '--set', 'norm_adv_by_std_in_grpo=false', '--interpret');
    expect([r1.code, r2.code, r3.code], r1.stderr + r2.stderr + r3.stderr).toEqual([0, 0, 0]);
    expect(errLines(r3)[0]).toMatch(/^grpo: .*interpreter .*norm_adv_by_std_in_grpo=false/);
    const set = readOutputs(a!)['advantages']!.data;
    const dr = readOutputs(b!)['advantages']!.data;
    const interp = readOutputs(c!)['advantages']!.data;
    for (let i = 0; i < set.length; i++) {
      expect(set[i]).toBeCloseTo(dr[i]!, 6);
      expect(interp[i]).toBeCloseTo(dr[i]!, 5);
    }
    // Not the std-normalized advantage: the fixture (default parameters) differs somewhere.
    const std = loadFixture('grpo-small').expected.advantages;
    expect(set.some((v, i) => Math.abs(v - std[i]!) > 1e-3)).toBe(true);
  });
});

// Concurrent: every case fails before writing, so they share the folder safely.
describe.concurrent('bad input: exit 1, one clear line, no output file', () => {
  const inputs = grpoInputs();
  const cases: Array<{ what: string; args: () => string[]; message: RegExp }> = [
    {
      what: 'a missing field',
      args: () => ['grpo', '--batch', write('missing.json', { ...inputs, token_level_rewards: undefined })],
      message: /missing\.json: missing required field `token_level_rewards`/,
    },
    {
      what: 'a misspelled field',
      args: () => {
        const { token_level_rewards, ...rest } = inputs;
        return ['grpo', '--batch', write('misspelled.json', { ...rest, token_level_reward: token_level_rewards })];
      },
      message: /unknown field `token_level_reward`; did you mean `token_level_rewards`\?/,
    },
    {
      what: 'a shape mismatch',
      args: () => {
        const mask = (inputs['response_mask'] as number[][]).map((row) => row.slice(1));
        return ['grpo', '--batch', write('shape.json', { ...inputs, response_mask: mask })];
      },
      message: /field `response_mask` has shape \[32, 63\]; expected \[32, 64\]/,
    },
    {
      what: 'a non-finite reward (JSON overflow to Infinity)',
      args: () => {
        const rewards = (inputs['token_level_rewards'] as number[][]).map((row) => [...row]);
        rewards[5]![3] = 12345.5; // a sentinel, replaced by a literal that JSON parses as Infinity
        const text = JSON.stringify({ ...inputs, token_level_rewards: rewards }).replace('12345.5', '1e999');
        return ['grpo', '--batch', write('inf.json', text)];
      },
      message: /non-finite value Infinity at row 5, col 3/,
    },
    {
      what: 'a NaN reward in safetensors',
      args: () => {
        const fx = loadFixture('grpo-small');
        const rewards = Float32Array.from(fx.batch.token_level_rewards);
        rewards[7 * fx.batch.T + 2] = NaN;
        const path = join(dir, 'nan.safetensors');
        writeBatch(path, { ...fx.batch, token_level_rewards: rewards });
        return ['grpo', '--batch', path];
      },
      message: /non-finite value NaN\b.* at row 7, col 2$/,
    },
    {
      what: 'an empty batch',
      args: () => ['grpo', '--batch', write('empty.json', { responses: [], response_mask: [], token_level_rewards: [], index: [] })],
      message: /empty batch/,
    },
    {
      what: 'a batch without a field the estimator reads',
      args: () => ['gae', '--batch', GRPO_SMALL],
      message: /the batch has no field `values`, which gae reads/,
    },
    {
      what: 'an unknown estimator',
      args: () => ['grpp', '--batch', GRPO_SMALL],
      message: /unknown estimator 'grpp'; did you mean 'grpo'\?/,
    },
    {
      what: 'an unknown parameter',
      args: () => ['grpo', '--batch', GRPO_SMALL, '--set', 'epsilom=0.1'],
      message: /grpo has no parameter 'epsilom'; did you mean 'epsilon'\?/,
    },
    {
      what: 'a parameter of the wrong type',
      args: () => ['grpo', '--batch', GRPO_SMALL, '--set', 'norm_adv_by_std_in_grpo=2'],
      message: /parameter 'norm_adv_by_std_in_grpo' of grpo is a bool: use true or false/,
    },
    {
      what: 'a missing batch file',
      args: () => ['grpo', '--batch', join(dir, 'nope.json')],
      message: /nope\.json: cannot read: no such file/,
    },
  ];
  for (const c of cases) {
    it(c.what, async ({ expect }) => {
      const out = join(dir, 'never.json');
      const r = await advc('run', ...c.args(), '--out', out);
      expect(r.code, r.stderr).toBe(1);
      const lines = errLines(r);
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^advc: error: /);
      expect(lines[0]).toMatch(c.message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });
  }

  it('an output file with an unsupported extension is rejected before any work', async ({ expect }) => {
    const r = await advc('run', 'grpo', '--batch', GRPO_SMALL, '--out', join(dir, 'out.txt'));
    expect(r.code).toBe(1);
    expect(errLines(r)[0]).toMatch(/out\.txt: unsupported file extension `\.txt`/);
    expect(existsSync(join(dir, 'out.txt'))).toBe(false);
  });

  it('an unknown option is a usage error (exit 1) with a suggestion', async ({ expect }) => {
    const r = await advc('run', 'grpo', '--batch', GRPO_SMALL, '--out', join(dir, 'o.json'), '--sett', 'epsilon=1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown option '--sett'/);
    expect(r.stderr).toMatch(/Did you mean --set\?/);
    expect(existsSync(join(dir, 'o.json'))).toBe(false);
  });
});

describe('.adv sources', () => {
  const SYNTAX = 'estimator mine(eps = 1e-6) {\n  let s = score(\n  advantages = s * response_mask\n}\n';
  const DOMAIN =
    '// reduces a group value to rollouts\nestimator mine() {\n  let s = score()\n  let g = group_mean(s)\n' +
    '  let r = sum[rollout](g)\n  advantages = r * response_mask\n}\n';
  const GOOD =
    'estimator centered() {\n  let s = score()\n  advantages = (s - group_mean(s)) * response_mask\n}\n' +
    'estimator scaled(k = 2.0) {\n  let s = score()\n  advantages = k * (s - group_mean(s)) * response_mask\n}\n';

  it('check prints ok with every estimator of the file', async () => {
    const r = await advc('check', write('good.adv', GOOD));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('ok: centered, scaled\n');
  });

  it('a syntax error: file:line:col, the source line and a caret; exit 1, no output', async () => {
    const file = write('syntax.adv', SYNTAX);
    for (const args of [['check', file], ['run', file, '--batch', GRPO_SMALL, '--out', join(dir, 'syn-out.json')]]) {
      const r = await advc(...args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain("syntax.adv:3:14: error: expected ')', found '='");
      expect(r.stderr).toContain('3 |   advantages = s * response_mask\n  |              ^');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, 'syn-out.json'))).toBe(false);
  });

  it('a domain error names the domains and shows the span; exit 1, no output', async () => {
    const file = write('domain.adv', DOMAIN);
    const out = join(dir, 'dom-out.json');
    const r = await advc('run', file, '--batch', GRPO_SMALL, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('domain.adv:5:15: error: cannot reduce a group value to rollout');
    expect(r.stderr).toContain('5 |   let r = sum[rollout](g)\n  |               ^^^^^^^');
    expect(existsSync(out)).toBe(false);
    const c = await advc('check', file);
    expect(c.code).toBe(1);
    expect(c.stdout).toBe('');
    expect(c.stderr).toContain('cannot reduce a group value to rollout');
  });

  it('runs a user estimator with its own parameter', async () => {
    const file = write('good2.adv', GOOD);
    const [k2, k3] = [join(dir, 'k2.json'), join(dir, 'k3.json')];
    expect((await advc('run', file, '--batch', GRPO_SMALL, '--out', k2)).code).toBe(0);
    const r = await advc('run', file, '--batch', GRPO_SMALL, '--out', k3, '--set', 'k=3');
    expect(r.code, r.stderr).toBe(0);
    expect(errLines(r)[0]).toMatch(/^scaled: .*\(k=3\)/);
    const a2 = readOutputs(k2)['advantages']!.data;
    const a3 = readOutputs(k3)['advantages']!.data;
    expect(a2.some((v) => Math.abs(v) > 0.1)).toBe(true);
    for (let i = 0; i < a2.length; i++) expect(a3[i]).toBeCloseTo(1.5 * a2[i]!, 5);
  });
});

describe('explain, bench, doctor, list, help', () => {
  it('explain shows every stage by default', async () => {
    const r = await advc('explain', 'grpo');
    expect(r.code, r.stderr).toBe(0);
    for (const title of ['typed bindings', 'IR (as checked)', 'IR (optimized)', 'schedule', 'plan', 'WGSL'])
      expect(r.stdout).toContain(`== ${title} ==`);
    expect(r.stdout).toMatch(/let centered\s+: f32 @rollout/);
    expect(r.stdout).toMatch(/@compute @workgroup_size\(WG\)\nfn stage0/);
    expect(r.stdout).toContain('"format": "advc-plan/1"');
  });

  it('explain --stage plan prints only the plan JSON', async () => {
    const r = await advc('explain', 'gae', '--stage', 'plan');
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout) as { name: string; kernels: unknown[]; inputs: string[] };
    expect(plan.name).toBe('gae');
    expect(plan.inputs).toContain('values');
    expect(plan.kernels.length).toBeGreaterThan(0);
    const c = await advc('explain', 'grpo', '--stage', 'c');
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toMatch(/^#include <math.h>/);
    expect(c.stdout).toContain('static void stage0(vec3u wid, uint32_t lane)');
    expect(c.stdout).toContain('napi_register_module_v1');
    const bad = await advc('explain', 'gae', '--stage', 'cst');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/argument 'cst' is invalid/);
  });

  it('bench --json prints one JSON line with the timing fields', async () => {
    const r = await advc('bench', 'grpo', '--batch', GRPO_SMALL, '--repeat', '5', '--warmup', '1', '--warmup-ms', '0', '--json', '--profile', '--backend', 'webgpu');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(j).toMatchObject({ estimator: 'grpo', B: 32, T: 64, groups: 4, kernels: 1, repeat: 5, warmup: 1 });
    const fx = loadFixture('grpo-small');
    expect(j['tokens']).toBe(fx.batch.response_mask.reduce((a, m) => a + m, 0));
    expect(typeof j['device']).toBe('string');
    expect(j['wall_ms_median']).toBeGreaterThan(0);
    if (j['gpu_ms_median'] !== null) {
      expect(j['gpu_ms_median']).toBeGreaterThan(0);
      expect(Object.keys(j['kernel_ms_median'] as object)).toEqual(['stage0']);
    }
    expect(j['parts']).toBe(1);
    // --profile: the wall time split into host phases, which add up to about the wall time
    const phases = j['phase_ms_median'] as Record<string, number>;
    expect(Object.keys(phases)).toEqual(['prepare', 'upload', 'device', 'readBack']);
    for (const ms of Object.values(phases)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(phases['device']).toBeGreaterThan(0);
    expect(Object.values(phases).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual((j['wall_ms_median'] as number) * 2);
    expect(j['backend']).toBe('webgpu');
    // the CPU backend: no GPU time; its wall time is the layout and the kernels
    const c = await advc('bench', 'grpo', '--batch', GRPO_SMALL, '--repeat', '3', '--warmup', '1', '--json', '--profile', '--backend', 'cpu');
    expect(c.code, c.stderr).toBe(0);
    const cj = JSON.parse(c.stdout) as Record<string, unknown>;
    expect(cj).toMatchObject({ estimator: 'grpo', backend: 'cpu', gpu_ms_median: null, parts: 1 });
    expect(cj['device']).toMatch(/^cpu \((native|JavaScript), \d+ threads?\)$/);
    expect(Object.keys(cj['phase_ms_median'] as object)).toEqual(['prepare', 'kernels']);
    // and the process's CPU time during the kernels, which a batch this small runs on the main thread alone
    expect(cj['kernel_threads']).toBe(1);
    expect(cj['kernel_cpu_ms_median']).toBeGreaterThanOrEqual(0);
    const bad = await advc('bench', 'grpo', '--batch', GRPO_SMALL, '--repeat', '0');
    expect(bad.code).toBe(1);
    expect(errLines(bad)[0]).toBe("advc: error: --repeat expects an integer >= 1, got '0'");
  });

  it('doctor names the adapter and its limits', async () => {
    const r = await advc('doctor');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^adapter: \S/);
    expect(r.stdout).toMatch(/maxStorageBufferBindingSize\s+\d+/);
  });

  it('list shows the stdlib estimators with their defaults', async () => {
    const r = await advc('list');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^grpo\s+epsilon=0\.000001 norm_adv_by_std_in_grpo=true$/m);
    expect(r.stdout).toMatch(/^dr_grpo\s+epsilon=0\.000001 norm_adv_by_std_in_grpo=false$/m);
    expect(r.stdout).toMatch(/^gae\s+gamma=\S+ lam=\S+.*reads values$/m);
  });

  it('--help on every command, --version', async () => {
    const cmds = ['run', 'check', 'explain', 'compile', 'bench', 'serve', 'doctor', 'list', 'demo'];
    const helps = await Promise.all(cmds.map((cmd) => advc(cmd, '--help')));
    helps.forEach((r, i) => {
      expect(r.code, cmds[i]).toBe(0);
      expect(r.stdout, cmds[i]).toMatch(new RegExp(`^Usage: advc ${cmds[i]}`));
    });
    const v = await advc('--version');
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

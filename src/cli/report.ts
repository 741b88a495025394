// `advc report`: a batch through an estimator, written as one self-contained HTML page to inspect: each
// group's rollouts with their tokens coloured by final advantage or key-token value, and for the KTAE family
// the strongest keys with their 2x2 tables, Fisher p-values, information gain and direction.
import { extname } from 'node:path';
import { isEstimatorFile, type Checked } from '../compiler/index.js';
import { interpret } from '../compiler/interpreter.js';
import type { Batch, Outputs, Params } from '../runtime/batch.js';
import type { Backend } from '../runtime/backends.js';
import { createEstimator } from '../runtime/executor.js';
import { writeFileAtomic } from '../runtime/io/batch-file.js';
import { renderReport } from './report/html.js';
import { buildReport, hasKeyStatOutputs, type ReportModel } from './report/model.js';
import { loadTokenTexts } from './report/tokens.js';
import { UserError } from './errors.js';
import { acquireGpu } from './gpu.js';
import { loadBatch, loadChecked } from './load.js';
import { describeParams, parseSets } from './params.js';

export interface ReportOptions {
  batch: string;
  out: string;
  set?: string[];
  interpret?: boolean;
  backend?: Backend;
  tokenizer?: string;
  maxGroups: string;
  maxTokens: string;
  top: string;
}

/** Estimators whose statistics `ktae_report` computes with the same parameters. */
const KTAE_FAMILY = new Set(['ktae', 'grpo_ktae', 'dapo_ktae']);
const STATS_ESTIMATOR = 'ktae_report';

function positiveInt(text: string, option: string): number {
  const v = Number(text);
  if (!Number.isInteger(v) || v < 1) throw new UserError(`${option} expects a positive integer, got '${text}'`);
  return v;
}

/** Outputs, and where they were computed (the page says which). */
async function runEstimator(checked: Checked, batch: Batch, params: Params, useInterpreter: boolean, backend: Backend): Promise<{ outputs: Outputs; where: string }> {
  if (useInterpreter) return { outputs: interpret(checked.program, batch, params), where: 'reference interpreter' };
  const est = await createEstimator(checked, backend, acquireGpu);
  try {
    return { outputs: await est.run(batch, params), where: `${est.backend} backend (${est.device})` };
  } finally {
    est.destroy();
  }
}

/** The parameters of `given` that `target` declares (dapo_ktae's overlong settings are not ktae_report's). */
function sharedParams(given: Params, target: Checked): Params {
  const names = new Set(target.program.params.map((p) => p.name));
  return Object.fromEntries(Object.entries(given).filter(([n]) => names.has(n)));
}

/** A parameter's value for this run: given with --set, else the estimator's default (none if it has no such parameter). */
function paramValue(given: Params, c: Checked, name: string): number | undefined {
  const v = given[name] ?? c.program.params.find((p) => p.name === name)?.default;
  return v === undefined ? undefined : Number(v);
}

export async function reportCommand(estimator: string, opts: ReportOptions): Promise<ReportModel> {
  if (!['.html', '.htm'].includes(extname(opts.out).toLowerCase())) throw new UserError(`--out must name an .html file, got '${opts.out}'`);
  const limits = {
    maxGroups: positiveInt(opts.maxGroups, '--max-groups'),
    maxTokens: positiveInt(opts.maxTokens, '--max-tokens'),
    topKeys: positiveInt(opts.top, '--top'),
  };
  const checked = loadChecked(estimator);
  const prog = checked.program;
  const params = parseSets(opts.set ?? [], prog.params, prog.name);
  const batch = loadBatch(opts.batch, prog);
  // Load the tokenizer before the (slow) run, so a missing package or file fails at once.
  const tokenTexts = opts.tokenizer ? await loadTokenTexts(opts.tokenizer) : undefined;

  const family = !isEstimatorFile(estimator) && KTAE_FAMILY.has(estimator);
  let outputs: Outputs;
  let stats: Record<string, Float32Array> | undefined;
  let statsNote: string;
  let zeroTokenId: number | undefined;
  let where: string;
  const backend = opts.backend ?? 'auto';
  if (family) {
    const statsChecked = loadChecked(STATS_ESTIMATOR);
    const statsParams = sharedParams(params, statsChecked);
    const run = await runEstimator(statsChecked, batch, statsParams, opts.interpret ?? false, backend);
    stats = run.outputs;
    where = run.where;
    if (!hasKeyStatOutputs(stats)) throw new Error(`${STATS_ESTIMATOR} did not produce the key statistics`);
    zeroTokenId = paramValue(statsParams, statsChecked, 'zero_token_id');
    if (estimator === 'dapo_ktae') {
      // DAPO shapes the score before KTAE: its own advantages are shown; the tables use the unshaped score.
      outputs = (await runEstimator(checked, batch, params, opts.interpret ?? false, backend)).outputs;
      statsNote = `key statistics from ${STATS_ESTIMATOR} on the unshaped score (DAPO's overlong penalty can move a rollout between correct and wrong)`;
    } else {
      // ktae_report computes ktae's advantages with the same formula, so one run gives both.
      outputs = stats as Outputs;
      statsNote = `advantages and key statistics from ${STATS_ESTIMATOR} (the same formula as ${estimator})`;
    }
  } else {
    const run = await runEstimator(checked, batch, params, opts.interpret ?? false, backend);
    outputs = run.outputs;
    where = run.where;
    if (hasKeyStatOutputs(outputs)) {
      // an estimator written like ktae_report carries its own tables
      stats = outputs;
      zeroTokenId = paramValue(params, checked, 'zero_token_id');
    }
    statsNote = stats
      ? `key statistics from ${prog.name}'s own outputs`
      : outputs['key_values']
      ? `${prog.name} outputs key_values but no 2x2 tables (those come with ktae, grpo_ktae and dapo_ktae)`
      : `${prog.name} has no key-token values`;
  }

  const model = buildReport(batch, outputs, stats, limits, zeroTokenId);
  const texts = tokenTexts && model.groups.map((g) => g.rollouts.map((r) => tokenTexts(r.tokens.map((t) => t.id))));
  const html = renderReport(model, {
    estimator: prog.name,
    batchPath: opts.batch,
    B: batch.B,
    T: batch.T,
    params: describeParams(prog.params, params),
    executor: where,
    statsNote,
    ...limits,
    ...(texts && tokenTexts ? { texts, idText: (id: number) => tokenTexts([id])[0]!, tokenizer: opts.tokenizer } : {}),
  });
  writeFileAtomic(opts.out, html);
  const chips = model.groups.reduce((n, g) => n + g.rollouts.reduce((m, r) => m + r.tokens.length, 0), 0);
  process.stderr.write(
    `${prog.name}: report of ${model.groups.length}/${model.totalGroups} groups, ${chips} tokens shown` +
      `${model.cutRollouts ? `, ${model.cutRollouts} rollouts cut to ${limits.maxTokens} tokens` : ''} -> ${opts.out}\n`,
  );
  return model;
}

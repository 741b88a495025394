// The `advc` command line: commands, options and help. Each action returns what goes to stdout; errors
// propagate to main.ts, which maps them to exit codes.
import { Command, Option } from 'commander';
import type { BenchOptions } from './bench.js';
import { collect, EXPLAIN_STAGES } from './options.js';
import { BACKEND_HELP, BACKENDS, type Backend } from '../runtime/backends.js';
import { DEMO_OPTIONS, TASK_DEFAULTS, TRAIN_DEFAULTS, type TrainOptions } from '../trainer/defaults.js';
import { lossDefaults } from '../trainer/loss-config.js';
import type { ReportOptions } from './report.js';
import type { RunOptions } from './run.js';
import type { ServeOptions } from './serve.js';
import { version } from './version.js';

// Command modules are imported when their command runs: the compiler (parser set-up, stdlib) and Dawn take
// about a second to load, which `--help` and `--version` should not pay.

const ESTIMATOR_ARG = 'a stdlib estimator name (see `advc list`) or the path to a .adv file';

function out(text: string): void {
  if (text) process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('advc')
    .description('A declarative language and compiler for RL advantage estimators, run as fused WebGPU kernels.')
    .version(version(), '-V, --version')
    .exitOverride()
    .showSuggestionAfterError()
    .configureHelp({ sortSubcommands: false });

  program
    .command('run')
    .description('Run an estimator on a batch file and write its outputs (.json or .safetensors, atomically)')
    .argument('<estimator>', ESTIMATOR_ARG)
    .requiredOption('--batch <file>', 'batch file (.json or .safetensors) with verl field names')
    .requiredOption('--out <file>', 'output file (.json or .safetensors)')
    .option('--set <name=value>', 'set a parameter (repeatable)', collect)
    .option('--interpret', 'use the reference interpreter instead of a backend')
    .option('--allow-non-finite', 'write NaN and infinite output values (by default they are an error naming the output, row and position)')
    .addOption(new Option('--backend <backend>', BACKEND_HELP).choices(BACKENDS).default('auto'))
    .addHelpText(
      'after',
      '\nExamples:\n  advc run grpo --batch batch.safetensors --out adv.safetensors\n' +
        '  advc run my.adv --batch batch.json --out adv.json --set epsilon=1e-4 --set norm_adv_by_std_in_grpo=false',
    )
    .action(async (estimator: string, opts: RunOptions) => (await import('./run.js')).runCommand(estimator, opts));

  program
    .command('check')
    .description('Check a .adv file: prints `ok: <estimators>` or every error with its source line')
    .argument('<file>', 'a .adv file (or a stdlib estimator name)')
    .action(async (file: string) => out(`ok: ${(await import('./check.js')).checkFile(file).join(', ')}`));

  program
    .command('explain')
    .description('Show how an estimator compiles: typed bindings, IR before and after optimization, schedule, plan, WGSL, and the JavaScript and C of the CPU backend')
    .argument('<estimator>', ESTIMATOR_ARG)
    .addOption(new Option('--stage <stage>', 'which stage to show').choices(EXPLAIN_STAGES).default('all'))
    .action(async (estimator: string, opts: { stage: string }) => out((await import('./explain.js')).explainCommand(estimator, opts.stage)));

  program
    .command('compile')
    .description('Write <name>.wgsl, <name>.plan.json and <name>.ts (a module that needs only a WebGPU device), or with --target c a C library')
    .argument('<estimator>', ESTIMATOR_ARG)
    .requiredOption('--out <dir>', 'output folder (created if missing)')
    .addOption(new Option('--target <target>', 'webgpu: WGSL, plan and TypeScript module; c: <name>.c, <name>.h and lib<name>.so built by the C compiler (needs neither Node nor a GPU to run)').choices(['webgpu', 'c']).default('webgpu'))
    .action(async (estimator: string, opts: { out: string; target: 'webgpu' | 'c' }) => out((await (await import('./compile.js')).compileCommand(estimator, opts.out, opts.target)).join('\n')));

  program
    .command('bench')
    .description('Time an estimator on a batch: end-to-end wall time and GPU time (medians after warm-up)')
    .argument('<estimator>', ESTIMATOR_ARG)
    .requiredOption('--batch <file>', 'batch file (.json or .safetensors)')
    .option('--repeat <n>', 'timed runs', '20')
    .option('--warmup <n>', 'untimed runs first, at least', '3')
    .option('--warmup-ms <ms>', 'warm-up time, at least (until the allocator reuses freed outputs)', '500')
    .option('--set <name=value>', 'set a parameter (repeatable)', collect)
    .option('--json', 'print one JSON line')
    .option('--profile', 'also report where the wall time goes, and GPU ms per kernel')
    .option('--allow-non-finite', 'do not refuse NaN and infinite output values')
    .addOption(new Option('--backend <backend>', BACKEND_HELP).choices(BACKENDS).default('auto'))
    .addHelpText('after', '\nExamples:\n  advc bench grpo --batch batch.safetensors --repeat 50 --json\n  advc bench ktae --batch batch.safetensors --backend webgpu --profile')
    .action(async (estimator: string, opts: BenchOptions) => {
      const { benchCommand, formatBench } = await import('./bench.js');
      const r = await benchCommand(estimator, opts);
      out(opts.json ? JSON.stringify(r) : formatBench(r, opts.profile ?? false));
    });

  program
    .command('report')
    .description('Write an HTML page to inspect a batch: tokens coloured by advantage and key-token value, KTAE key statistics')
    .argument('<estimator>', ESTIMATOR_ARG)
    .requiredOption('--batch <file>', 'batch file (.json or .safetensors)')
    .requiredOption('--out <file>', 'the .html file to write')
    .option('--set <name=value>', 'set a parameter (repeatable)', collect)
    .option('--interpret', 'use the reference interpreter instead of a backend')
    .addOption(new Option('--backend <backend>', BACKEND_HELP).choices(BACKENDS).default('auto'))
    .option('--tokenizer <file>', 'a tokenizer.json to decode token ids (needs the npm package @huggingface/tokenizers)')
    .option('--max-groups <n>', 'groups shown', '16')
    .option('--max-tokens <n>', 'tokens shown per rollout', '512')
    .option('--top <n>', 'keys listed per direction, per group and overall', '10')
    .addHelpText('after', '\nExample:\n  advc report ktae --batch batch.safetensors --out report.html --tokenizer tokenizer.json')
    .action(async (estimator: string, opts: ReportOptions) => {
      await (await import('./report.js')).reportCommand(estimator, opts);
    });

  program
    .command('serve')
    .description('Answer run requests from other processes (any language) on a private Unix socket until SIGTERM: docs/serve-protocol.md')
    .option('--socket <path>', 'the Unix socket to create (its folder: private, created 0700 if missing); default: a new private folder under $XDG_RUNTIME_DIR or the temp folder')
    .option('--tcp <[host:]port>', 'listen on a loopback TCP port instead (127.0.0.1 unless ::1 or localhost is given; port 0: any free one)')
    .addOption(new Option('--backend <backend>', BACKEND_HELP).choices(BACKENDS).default('auto'))
    .option('--max-frame-mb <n>', 'largest request frame, header and tensors, in MiB', '2048')
    .option('--max-batch-tokens <n>', 'largest batch, B x T', String(2 ** 26))
    .option('--until-stdin-closes', 'also stop when standard input closes (a parent process that dies takes the server with it)')
    .option('--verbose', 'log each request to stderr')
    .addHelpText(
      'after',
      '\nThe first line on stdout says where it listens: `advc serve listening on unix:/run/user/1000/advc-serve-XXXX/advc.sock ...`.\n' +
        'Examples:\n  advc serve --backend webgpu\n  advc serve --socket ~/.advc/serve.sock --backend cpu\n  advc serve --tcp 7878',
    )
    .action(async (opts: ServeOptions) => (await import('./serve.js')).serveCommand(opts));

  program
    .command('doctor')
    .description('Show the WebGPU adapter, its features and limits, or how to get one')
    .action(async () => out(await (await import('./doctor.js')).doctorCommand()));

  program
    .command('list')
    .description('List the stdlib estimators with their parameters and defaults')
    .action(async () => out((await import('./list.js')).listCommand()));

  program
    .command('demo')
    .description('Run every stdlib estimator over the reference fixtures, then a short training run')
    .option('--no-train', 'only the estimator table')
    .option('--out <dir>', 'folder of the demo training run', 'runs/demo')
    .addOption(new Option('--backend <backend>', BACKEND_HELP).choices(BACKENDS).default('auto'))
    .action(async (opts: { train: boolean; out: string; backend: Backend }) => {
      out(await (await import('./demo.js')).demoCommand(opts.backend));
      if (!opts.train) return;
      process.stderr.write(`\nshort training run (advc train --estimator grpo_ktae --seed 1, ${DEMO_OPTIONS.steps} RL steps) -> ${opts.out}\n`);
      out(await (await import('./train.js')).trainCommand({ estimator: 'grpo_ktae', seed: '1', out: opts.out, backend: opts.backend }, DEMO_OPTIONS));
    });

  // Defaults as each task has them (countdown has its own policy size and schedule); the loss settings
  // by estimator family.
  const d = (key: keyof TrainOptions) => {
    const all = TRAIN_DEFAULTS[key];
    const cd = TASK_DEFAULTS.countdown?.[key];
    return `(default: ${String(all)}${cd !== undefined && cd !== all ? `; countdown: ${String(cd)}` : ''})`;
  };
  const grpoLoss = lossDefaults('grpo');
  const dapoLoss = lossDefaults('dapo');
  const trainOptions = (c: Command) =>
    c
      .option('--task <name>', `task family: add or mul (written-out carries), countdown (reach a target with + - *); rule-checked answers (default: ${TRAIN_DEFAULTS.task})`)
      .option('--digits <n>', `difficulty: digits of the first operand, or how many numbers countdown gives ${d('digits')}`)
      .option('--steps <n>', `RL steps ${d('steps')}`)
      .option('--sft-steps <n>', `most SFT warm-start steps ${d('sftSteps')}; SFT stops earlier once dev-set accuracy reaches ${TRAIN_DEFAULTS.sftTarget} (countdown: ${TASK_DEFAULTS.countdown?.sftTarget})`)
      .option('--prompts <n>', `prompts per RL step ${d('promptsPerStep')}`)
      .option('--group-size <n>', `rollouts per prompt ${d('groupSize')}`)
      .option('--lr <x>', `RL learning rate ${d('lr')}`)
      .option('--clip-low <x>', `PPO clip below 1 (default: ${grpoLoss.clipLow})`)
      .option('--clip-high <x>', `PPO clip above 1 (default: ${grpoLoss.clipHigh}; ${dapoLoss.clipHigh} for dapo estimators)`)
      .option('--clip-c <x>', `dual-clip bound on negative advantages (default: ${grpoLoss.clipC}; ${dapoLoss.clipC} for dapo)`)
      .option('--loss-agg <mode>', `token-mean, seq-mean-token-sum, seq-mean-token-mean or seq-mean-token-sum-norm (default: ${grpoLoss.lossAgg})`)
      .option('--kl-coef <x>', `low_var_kl penalty to the post-SFT reference (default: ${grpoLoss.klCoef})`)
      .option('--dynamic-sampling', 'drop groups whose accuracies are all equal and refill (default: on for dapo estimators, off otherwise)')
      .option('--no-dynamic-sampling', 'turn dynamic sampling off')
      .addOption(new Option('--backend <backend>', `${BACKEND_HELP}; this is the estimator's, the policy always runs on the WebGPU adapter`).choices(BACKENDS).default('auto'))
      .option('--quiet', 'no progress output');

  trainOptions(
    program
      .command('train')
      .description('Train a small reasoning policy with any estimator (SFT warm start, then RL) on the WebGPU adapter (a GPU, or lavapipe on the CPU)')
      .option('--estimator <name>', ESTIMATOR_ARG, 'grpo_ktae')
      .option('--seed <n>', `seed (same seed, same device: same run) (default: ${TRAIN_DEFAULTS.seed})`)
      .option('--out <dir>', 'write metrics.jsonl, curves.svg and checkpoints here (default: runs/<estimator>-<seed>)')
      .option('--resume', 'continue from the checkpoint in --out (an error when there is none)'),
  )
    .addHelpText('after', '\nExamples:\n  advc train --estimator grpo_ktae --seed 1 --out runs/ktae\n  advc train --task countdown --estimator grpo_ktae --seed 1')
    .action(async (opts) => out(await (await import('./train.js')).trainCommand(opts)));

  trainOptions(
    program
      .command('compare')
      .description('Train several estimators over several seeds; report final held-out accuracy and length with 95% intervals, paired differences and curves')
      .option('--estimators <list>', 'comma-separated estimators; the first is the baseline of the paired differences', 'grpo,grpo_ktae,dapo,dapo_ktae')
      .option('--seeds <n>', 'seeds per estimator (1..n, the same for every estimator)', '5')
      .option('--out <dir>', 'report folder', 'compare'),
  )
    .addHelpText('after', '\nExample:\n  advc compare --task countdown --estimators grpo,grpo_ktae --seeds 5 --out compare-countdown')
    .action(async (opts) => out(await (await import('./train.js')).compareCommand(opts)));

  return program;
}

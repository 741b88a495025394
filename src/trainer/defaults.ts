// The training runtime's options and their defaults, per task: kept free of imports (but types) so that
// the command line's help can show them without loading the trainer.
import type { LossSettings } from './loss-config.js';
import type { TaskName } from './tasks.js';

export interface TrainOptions {
  task: TaskName;
  /** Difficulty: digits of the first operand (add, mul) or count of given numbers (countdown). */
  digits: number;
  /** Number base of the operands. */
  base: number;
  /** How often the SFT teacher goes wrong: drops a due carry, or (countdown) gives up and slips (see TaskOptions.teacherSlip). */
  teacherSlip: number;
  /** RL steps. */
  steps: number;
  seed: number;
  /** Output directory (metrics.jsonl, curves.svg, checkpoints); none = keep everything in memory. */
  out?: string;
  /** Continue from out/checkpoint.json when it exists. */
  resume: boolean;
  layers: number;
  width: number;
  heads: number;
  ff: number;
  /** Most SFT steps. */
  sftSteps: number;
  sftLr: number;
  /**
   * SFT stops early once greedy accuracy on a separate dev set (not the held-out set) reaches this,
   * checked every 10 steps, so RL starts from partial competence whatever the seed (0 = never).
   */
  sftTarget: number;
  promptsPerStep: number;
  groupSize: number;
  lr: number;
  temperature: number;
  ppoEpochs: number;
  evalEvery: number;
  evalSize: number;
  checkpointEvery: number;
  /** Report dev-set accuracy through onProgress every N SFT steps (0 = never; for choosing sftSteps). */
  sftEvalEvery: number;
  /** Reuse post-SFT weights across runs with the same seed and shapes (used by compare). */
  sftCacheDir?: string;
  /** Loss settings; unset fields take the estimator's defaults (see lossDefaults). */
  loss: Partial<LossSettings>;
}

export const TRAIN_DEFAULTS: TrainOptions = {
  task: 'add',
  digits: 3,
  base: 5,
  teacherSlip: 0.6,
  steps: 80,
  seed: 1,
  resume: false,
  layers: 2,
  width: 48,
  heads: 4,
  ff: 96,
  sftSteps: 300,
  sftLr: 1e-2,
  sftTarget: 0.3,
  promptsPerStep: 16,
  groupSize: 8,
  lr: 2e-3,
  temperature: 1,
  ppoEpochs: 1,
  evalEvery: 10,
  evalSize: 256,
  checkpointEvery: 10,
  sftEvalEvery: 0,
  loss: {},
};

/**
 * Countdown needs a longer context (responses of up to 41 tokens) and a wider policy to learn to pick its
 * steps; its rewards are sparser (a sampled rollout is right far less often than the greedy answer), so
 * the RL learning rate is lower: Adam turns the noise of sparse-reward gradients into full-size steps.
 */
export const TASK_DEFAULTS: Partial<Record<TaskName, Partial<TrainOptions>>> = {
  countdown: { digits: 3, base: 10, width: 64, ff: 128, sftSteps: 400, sftTarget: 0.2, steps: 100, lr: 2e-4 },
};

/** A shortened run for `npm run demo` (about two minutes on two cores): fewer RL steps, a smaller held-out set. */
export const DEMO_OPTIONS: Partial<TrainOptions> = { steps: 40, evalEvery: 10, evalSize: 128 };


// Public API of the training runtime.
export { train, resolveOptions, taskDefaults, TRAIN_DEFAULTS, DEMO_OPTIONS, modelConfig, responseLength } from './train.js';
export type { TrainOptions, TrainArgs, TrainResult, MetricRow, StepRow, EvalRow, Progress } from './train.js';
export { lossDefaults, AGG_MODES } from './loss-config.js';
export type { LossSettings, LossHyper, AggMode } from './loss-config.js';
export { TRAINER_INPUTS, checkEstimatorInputs } from './rl-batch.js';
export { TASK_NAMES, makeTask, evalSet, decode } from './tasks.js';
export type { TaskName, Task, Problem } from './tasks.js';
export { panelsSvg, runCurvesSvg } from './plots.js';
export { compare } from './compare.js';
export type { CompareArgs, CompareResult, CompareSummary } from './compare.js';
export { GpuPolicy } from './policy.js';
export type { ModelConfig } from './model-config.js';

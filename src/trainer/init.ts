// Seeded initial weights: normal with std 1/sqrt(fan-in); the residual output projections use a
// fan-in scaled by 2*layers so that the residual stream starts near the embeddings.
import { paramLayout, type ModelConfig } from './model-config.js';
import { Rng } from '../rng.js';

export function initParams(cfg: ModelConfig, seed: number): Float32Array {
  const L = paramLayout(cfg);
  const p = new Float32Array(L.total);
  const rng = new Rng(seed);
  for (const t of L.tensors) {
    const std = 1 / Math.sqrt(t.fanIn);
    for (let i = 0; i < t.size; i++) p[t.off + i] = rng.normal() * std;
  }
  return p;
}

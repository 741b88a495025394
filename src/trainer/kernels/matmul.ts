// WGSL generator for the dense products of the policy, in the three shapes training needs:
//   forward   C[m,n]  = sum_k A[m,k] W[k,n]       (rows m may be a window of token positions)
//   backward  dA[m,k] = sum_n dC[m,n] W[k,n]      (W read transposed)
//   weights   dW[k,n] = sum_m A[m,k] dC[m,n]      (A read transposed; a reduction over all rows)
// llvmpipe runs workgroup invocations as SIMD lanes and turns every per-lane load into a gather,
// so the cost is the number of loads per FMA: each invocation owns an 8x8 output tile.
// The reduction order is fixed, so results are deterministic.

import { bindings } from './ops.js';

/** A matrix in a buffer: element (i, j) at off + i*stride + j. */
export interface Mat {
  off: number;
  stride: number;
}

/**
 * Only the layouts are compiled in (residual adds and ReLU masks are separate element-wise
 * kernels: an epilogue here doubles the compile time); shapes, offsets and the token window are uniforms, so one pipeline serves every layer and window (llvmpipe spends
 * seconds compiling each pipeline, so the number and size of distinct kernels matter).
 */
export interface MatmulVariant {
  /** A as stored: 'mk' = row-major over (output row, reduction), 'km' = (reduction, output row). */
  aLayout: 'mk' | 'km';
  /** B as stored: 'kn' = (reduction, output col), 'nk' = (output col, reduction). */
  bLayout: 'kn' | 'nk';
}

export interface MatmulShape {
  /** Output rows. Row m is read and written at token row (m / w) * T + t0 + m % w (w = rows, T = 0: identity). */
  rows: number;
  cols: number;
  depth: number;
  a: Mat;
  b: Mat;
  c: Mat;
  t0?: number;
  w?: number;
  T?: number;
}

const TM = 8;
const TN = 8;
export const MATMUL_WG = 64;

export const MM_STRUCT = `struct MM { rows: u32, cols: u32, depth: u32, aOff: u32, aStride: u32, bOff: u32, bStride: u32, cOff: u32,
  cStride: u32, t0: u32, w: u32, T: u32, p0: u32, p1: u32, p2: u32, p3: u32 }`;

/** The uniform words of one product (offsets and strides in floats). */
export function matmulUniform(s: MatmulShape): Uint32Array {
  if (s.cols % TN) throw new Error(`matmul: cols ${s.cols} not a multiple of ${TN}`);
  if (s.rows % TM) throw new Error(`matmul: rows ${s.rows} not a multiple of ${TM}`);
  return Uint32Array.from([
    s.rows, s.cols, s.depth, s.a.off, s.a.stride, s.b.off, s.b.stride, s.c.off,
    s.c.stride, s.t0 ?? 0, s.w ?? s.rows, s.T ?? 0, 0, 0, 0, 0,
  ]);
}

/**
 * An 8x8 output tile per invocation, scalar f32 loads (vec4 storage arrays take many seconds to
 * compile on llvmpipe), one reduction step per iteration: 16 loads feed 64 FMAs.
 */
export function matmulWGSL(s: MatmulVariant): string {
  const L: string[] = [];
  for (let i = 0; i < TM; i++) L.push(`let r${i} = ((m0 + ${i}u) / u.w) * u.T + u.t0 + (m0 + ${i}u) % u.w;`);
  for (let i = 0; i < TM; i++) for (let j = 0; j < TN; j++) L.push(`var c${i}_${j} = 0.0;`);
  L.push('for (var k = 0u; k < u.depth; k++) {');
  for (let i = 0; i < TM; i++) {
    const idx = s.aLayout === 'mk' ? `u.aOff + r${i} * u.aStride + k` : `u.aOff + k * u.aStride + m0 + ${i}u`;
    L.push(`  let a${i} = A[${idx}];`);
  }
  for (let j = 0; j < TN; j++) {
    const idx = s.bLayout === 'kn' ? `u.bOff + k * u.bStride + n0 + ${j}u` : `u.bOff + (n0 + ${j}u) * u.bStride + k`;
    L.push(`  let b${j} = B[${idx}];`);
  }
  for (let i = 0; i < TM; i++) for (let j = 0; j < TN; j++) L.push(`  c${i}_${j} = fma(a${i}, b${j}, c${i}_${j});`);
  L.push('}');
  for (let i = 0; i < TM; i++)
    for (let j = 0; j < TN; j++) {
      L.push(`C[u.cOff + r${i} * u.cStride + n0 + ${j}u] = c${i}_${j};`);
    }
  return `${MM_STRUCT}
${bindings({ A: 'read f32', B: 'read f32', C: 'rw f32', u: 'uniform MM' })}

@compute @workgroup_size(${MATMUL_WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let tiles = u.cols / ${TN}u;
  let m0 = (gid.x / tiles) * ${TM}u;
  if (m0 >= u.rows) { return; }
  let n0 = (gid.x % tiles) * ${TN}u;
  ${L.join('\n  ')}
}
`;
}

/** Workgroups for a product with `rows` output rows. */
export function matmulGroups(rows: number, cols: number): number {
  return Math.ceil(((rows / TM) * (cols / TN)) / MATMUL_WG);
}

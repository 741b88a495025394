// WGSL generator for the dense products of the policy, in the three shapes training needs:
//   forward   C[m,n]  = sum_k A[m,k] W[k,n]       (rows m may be a window of token positions)
//   backward  dA[m,k] = sum_n dC[m,n] W[k,n]      (W read transposed)
//   weights   dW[k,n] = sum_m A[m,k] dC[m,n]      (A read transposed; a reduction over all rows)
// llvmpipe runs workgroup invocations as SIMD lanes and turns every per-lane load into a gather,
// so the cost is the number of loads per FMA: each invocation owns an 8x8 output tile, loads vec4s
// and walks the reduction 4 at a time. The reduction order is fixed, so results are deterministic.
// All buffers are array<vec4<f32>>; offsets and strides are in floats and multiples of 4.

export const WINDOW_STRUCT = `struct Win { t0: u32, w: u32, pad0: u32, pad1: u32 }`;

/** A matrix in a buffer: element (i, j) at off + i*stride + j. */
export interface Mat {
  off: number;
  stride: number;
}

export interface MatmulSpec {
  /** Output rows; 'window' = seqs*w rows of the token window [t0, t0+w), mapped to token rows n*T+t. */
  rows: number | 'window';
  seqs?: number;
  T?: number;
  cols: number;
  depth: number;
  /** A as stored: 'mk' = row-major over (output row, reduction), 'km' = (reduction, output row). */
  aLayout: 'mk' | 'km';
  a: Mat;
  /** B as stored: 'kn' = (reduction, output col), 'nk' = (output col, reduction). */
  bLayout: 'kn' | 'nk';
  b: Mat;
  c: Mat;
  /** ReLU applied to A's elements as they are loaded (A holds a pre-activation). */
  reluA?: boolean;
  /** 'residual': C = X + AB; 'reluGrad': C = AB * (X > 0); X has C's layout. */
  epilogue?: 'store' | 'residual' | 'reluGrad';
}

const TM = 8;
const TN = 8;
export const MATMUL_WG = 64;

function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(`matmul: ${what}`);
}

export function matmulWGSL(s: MatmulSpec): string {
  check(s.cols % TN === 0, `cols ${s.cols} not a multiple of ${TN}`);
  check(s.depth % 4 === 0, `depth ${s.depth} not a multiple of 4`);
  for (const m of [s.a, s.b, s.c]) check(m.off % 4 === 0 && m.stride % 4 === 0, 'offsets and strides must be multiples of 4');
  if (s.rows === 'window') check((s.seqs ?? 0) % TM === 0, `seqs must be a multiple of ${TM}`);
  else check(s.rows % TM === 0, `rows ${s.rows} not a multiple of ${TM}`);
  check(!(s.rows === 'window' && s.aLayout === 'km'), 'a windowed product reads A row-major');
  const ep = s.epilogue ?? 'store';
  const relu = (v: string) => (s.reluA ? `max(${v}, vec4<f32>(0.0))` : v);
  const rowsExpr = s.rows === 'window' ? `${s.seqs}u * win.w` : `${s.rows}u`;
  const rowOf = (m: string) => (s.rows === 'window' ? `(${m} / win.w) * ${s.T}u + win.t0 + ${m} % win.w` : m);
  const L: string[] = [];
  const q = (x: number) => x / 4; // floats -> vec4 index
  // Row indices of the tile (token rows when windowed).
  for (let i = 0; i < TM; i++) L.push(`let r${i} = ${rowOf(`(m0 + ${i}u)`)};`);
  for (let i = 0; i < TM; i++) for (let v = 0; v < TN / 4; v++) L.push(`var c${i}_${v} = vec4<f32>(0.0);`);
  L.push(`for (var k = 0u; k < ${s.depth}u; k += 4u) {`);
  // A block: a{i} holds A[row i, k..k+3] ('mk'), or ak{kk} holds A[k+kk, m0..m0+7] as two vec4 ('km').
  if (s.aLayout === 'mk') {
    for (let i = 0; i < TM; i++) L.push(`  let a${i} = ${relu(`A[(${q(s.a.off)}u + r${i} * ${q(s.a.stride)}u + k / 4u)]`)};`);
  } else {
    for (let kk = 0; kk < 4; kk++)
      for (let h = 0; h < TM / 4; h++)
        L.push(`  let ak${kk}_${h} = ${relu(`A[${q(s.a.off)}u + (k + ${kk}u) * ${q(s.a.stride)}u + m0 / 4u + ${h}u]`)};`);
  }
  // B block: bk{kk}_{v} = B[k+kk, n0+4v..n0+4v+3].
  if (s.bLayout === 'kn') {
    for (let kk = 0; kk < 4; kk++)
      for (let v = 0; v < TN / 4; v++) L.push(`  let bk${kk}_${v} = B[${q(s.b.off)}u + (k + ${kk}u) * ${q(s.b.stride)}u + n0 / 4u + ${v}u];`);
  } else {
    // B stored (n, k): load 8 vec4s along k for columns n0..n0+7, then transpose in registers.
    for (let j = 0; j < TN; j++) L.push(`  let bn${j} = B[${q(s.b.off)}u + (n0 + ${j}u) * ${q(s.b.stride)}u + k / 4u];`);
    for (let kk = 0; kk < 4; kk++)
      for (let v = 0; v < TN / 4; v++)
        L.push(`  let bk${kk}_${v} = vec4<f32>(${[0, 1, 2, 3].map((j) => `bn${v * 4 + j}[${kk}]`).join(', ')});`);
  }
  for (let kk = 0; kk < 4; kk++)
    for (let i = 0; i < TM; i++) {
      const av = s.aLayout === 'mk' ? `a${i}[${kk}]` : `ak${kk}_${Math.floor(i / 4)}[${i % 4}]`;
      for (let v = 0; v < TN / 4; v++) L.push(`  c${i}_${v} += ${av} * bk${kk}_${v};`);
    }
  L.push('}');
  for (let i = 0; i < TM; i++)
    for (let v = 0; v < TN / 4; v++) {
      const idx = `${q(s.c.off)}u + r${i} * ${q(s.c.stride)}u + n0 / 4u + ${v}u`;
      let val = `c${i}_${v}`;
      if (ep === 'residual') val = `${val} + X[${idx}]`;
      if (ep === 'reluGrad') val = `select(vec4<f32>(0.0), ${val}, X[${idx}] > vec4<f32>(0.0))`;
      L.push(`C[${idx}] = ${val};`);
    }
  return `${WINDOW_STRUCT}
@group(0) @binding(0) var<storage, read> A: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read> B: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> C: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> X: array<vec4<f32>>;
@group(0) @binding(4) var<uniform> win: Win;

@compute @workgroup_size(${MATMUL_WG})
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  _ = X[0];
  _ = win.t0;
  let M = ${rowsExpr};
  let tm = gid.x / ${s.cols / TN}u;
  let m0 = tm * ${TM}u;
  if (m0 >= M) { return; }
  let n0 = (gid.x % ${s.cols / TN}u) * ${TN}u;
  ${L.join('\n  ')}
}
`;
}

/** Workgroups for a product with `rows` output rows. */
export function matmulGroups(rows: number, cols: number): number {
  return Math.ceil(((rows / TM) * (cols / TN)) / MATMUL_WG);
}

// The policy on the WebGPU device (a GPU, or lavapipe on the CPU): a decoder-only transformer (token + position embeddings, pre-RMSNorm
// blocks of causal multi-head attention and a ReLU MLP, a final RMSNorm and an untied output
// layer), with its forward pass over any window of token positions (so decoding reuses the keys
// and values of earlier positions), its backward pass, and AdamW. A whole generation, or a whole
// update, is recorded into one command buffer.
import { GpuCtx, type Kernel } from './gpu.js';
import { matmulGroups, matmulUniform, matmulWGSL, type MatmulShape, type MatmulVariant } from './kernels/matmul.js';
import * as K from './kernels/ops.js';
import type { LossHyper } from './loss-config.js';
import { paramLayout, type ModelConfig, type ParamLayout } from './model-config.js';

interface LayerActs {
  x: GPUBuffer; // block input (residual stream) [R, d]
  h1: GPUBuffer;
  r1: GPUBuffer;
  qkv: GPUBuffer;
  att: GPUBuffer;
  lse: GPUBuffer;
  xm: GPUBuffer;
  h2: GPUBuffer;
  r2: GPUBuffer;
  u: GPUBuffer; // MLP pre-activation
  a: GPUBuffer; // relu(u)
}

export interface AdamHyper {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  maxGradNorm: number;
}

export interface SampleOptions {
  seed: number;
  /** 0 means greedy decoding. */
  temperature: number;
  promptLen: number;
  eos: number;
  pad: number;
}

export interface Generation {
  tokens: Int32Array;
  logp: Float32Array;
  entropy: Float32Array;
  sumPiSquared: Float32Array;
}

const G = (n: number) => Math.ceil(n / K.WG);

export class GpuPolicy {
  readonly layout: ParamLayout;
  readonly rows: number;
  readonly params: GPUBuffer;
  readonly grads: GPUBuffer;
  readonly refParams: GPUBuffer;
  private m: GPUBuffer;
  private v: GPUBuffer;
  private norm: GPUBuffer;
  readonly tok: GPUBuffer;
  readonly lp: GPUBuffer;
  /** Per row while sampling: the entropy and the sum of squared probabilities of the distribution. */
  private gs: GPUBuffer;
  private acts: LayerActs[] = [];
  private xf: GPUBuffer;
  private hf: GPUBuffer;
  private rf: GPUBuffer;
  readonly logits: GPUBuffer;
  private dlogits: GPUBuffer;
  readonly stats: GPUBuffer;
  private tgt: GPUBuffer;
  private rowd: GPUBuffer;
  private dh: GPUBuffer;
  private dxA: GPUBuffer;
  private dxB: GPUBuffer;
  private datt: GPUBuffer;
  private dqkv: GPUBuffer;
  private du: GPUBuffer;
  private dummy: GPUBuffer;
  /** Never written: the residual gradient of the final norm. */
  private zeros: GPUBuffer;
  private sampU: GPUBuffer;
  private lossU: GPUBuffer;
  private adamU: GPUBuffer;
  private windows = new Map<string, GPUBuffer>();
  private mm = new Map<string, Kernel>();
  private k: Record<string, Kernel>;
  /** Optimizer steps taken (for Adam's bias correction). */
  step = 0;

  constructor(
    readonly ctx: GpuCtx,
    readonly cfg: ModelConfig,
    readonly seqs: number,
  ) {
    if (seqs % 8) throw new Error('the number of sequences per batch must be a multiple of 8');
    this.layout = paramLayout(cfg);
    const { d, ff, T } = cfg;
    const R = (this.rows = seqs * T);
    const f = (n: number, label: string) => ctx.buffer(n * 4, label);
    const P = this.layout.total;
    this.params = f(P, 'params');
    this.refParams = f(P, 'ref');
    this.grads = f(P, 'grads');
    this.m = f(P, 'adam.m');
    this.v = f(P, 'adam.v');
    this.norm = f(4, 'norm');
    this.tok = f(R, 'tok');
    this.lp = f(R, 'lp');
    this.gs = f(2 * R, 'gs');
    for (let l = 0; l < cfg.layers; l++) {
      this.acts.push({
        x: f(R * d, 'x'),
        h1: f(R * d, 'h1'),
        r1: f(R, 'r1'),
        qkv: f(R * 3 * d, 'qkv'),
        att: f(R * d, 'att'),
        lse: f(R * cfg.heads, 'lse'),
        xm: f(R * d, 'xm'),
        h2: f(R * d, 'h2'),
        r2: f(R, 'r2'),
        u: f(R * ff, 'u'),
        a: f(R * ff, 'a'),
      });
    }
    this.xf = f(R * d, 'xf');
    this.hf = f(R * d, 'hf');
    this.rf = f(R, 'rf');
    const vp = this.layout.vocabPadded;
    this.logits = f(R * vp, 'logits');
    this.dlogits = f(R * vp, 'dlogits');
    this.stats = f(R * 4, 'stats');
    this.tgt = f(R, 'tgt');
    this.rowd = f(R * 4, 'rowd');
    this.dh = f(R * d, 'dh');
    this.dxA = f(R * d, 'dxA');
    this.dxB = f(R * d, 'dxB');
    this.datt = f(R * d, 'datt');
    this.dqkv = f(R * 3 * d, 'dqkv');
    this.du = f(R * ff, 'du');
    this.dummy = f(4, 'dummy');
    this.zeros = f(R * d, 'zeros');
    this.sampU = ctx.uniform(new Uint32Array(8));
    this.lossU = ctx.uniform(new Uint32Array(8));
    this.adamU = ctx.uniform(new Uint32Array(8));
    this.k = {
      embed: ctx.kernel(K.embedFwd(cfg, this.layout, seqs)),
      rms: ctx.kernel(K.rmsFwd(cfg, seqs)),
      attn: ctx.kernel(K.attnFwd(cfg, seqs)),
      sample: ctx.kernel(K.sampleHead(cfg, vp, seqs)),
      loss: ctx.kernel(K.lossHead(cfg, vp, R)),
      rmsBwd: ctx.kernel(K.rmsBwd(cfg, R)),
      attnBwdQ: ctx.kernel(K.attnBwd(cfg, R, 0)),
      attnBwdKV: ctx.kernel(K.attnBwd(cfg, R, 1)),
      embedBwd: ctx.kernel(K.embedBwd(cfg, this.layout, seqs)),
      norm: ctx.kernel(K.gradNorm(P)),
      adam: ctx.kernel(K.adamw(P)),
      add: ctx.kernel(K.elementwise('add')),
      relu: ctx.kernel(K.elementwise('relu')),
      reluMask: ctx.kernel(K.elementwise('reluMask')),
    };
  }

  private win(t0: number, w: number): GPUBuffer {
    const key = `${t0}:${w}`;
    let b = this.windows.get(key);
    if (!b) {
      b = this.ctx.uniform([t0, w, 0, 0]);
      this.windows.set(key, b);
    }
    return b;
  }

  private mmUniforms = new Map<string, GPUBuffer>();

  private matmul(
    pass: GPUComputePassEncoder,
    variant: MatmulVariant,
    shape: MatmulShape,
    bufs: { a: GPUBuffer; b: GPUBuffer; c: GPUBuffer },
  ): void {
    const vk = JSON.stringify(variant);
    let kern = this.mm.get(vk);
    if (!kern) {
      kern = this.ctx.kernel(matmulWGSL(variant));
      this.mm.set(vk, kern);
    }
    const sk = JSON.stringify(shape);
    let u = this.mmUniforms.get(sk);
    if (!u) {
      u = this.ctx.uniform(matmulUniform(shape));
      this.mmUniforms.set(sk, u);
    }
    this.ctx.dispatch(pass, kern, [bufs.a, bufs.b, bufs.c, u], matmulGroups(shape.rows, shape.cols));
  }

  private ewUniforms = new Map<string, GPUBuffer>();

  /** Element-wise op on the rows [t0, t0+w) of every sequence (w = T: all rows) of [R, cols] buffers. */
  private ew(pass: GPUComputePassEncoder, kern: Kernel, x: GPUBuffer, y: GPUBuffer, cols: number, t0: number, w: number): void {
    const key = `${t0}:${w}:${cols}`;
    let u = this.ewUniforms.get(key);
    const count = this.seqs * w * cols;
    if (!u) {
      u = this.ctx.uniform([t0, w, this.cfg.T, cols, count, 0, 0, 0]);
      this.ewUniforms.set(key, u);
    }
    this.ctx.dispatch(pass, kern, [x, y, u], G(count));
  }

  /** Forward over positions [t0, t0+w) of every sequence with the given weights; fills logits there. */
  recordForward(pass: GPUComputePassEncoder, t0: number, w: number, params: GPUBuffer): void {
    const { cfg, ctx, k, seqs, layout: L } = this;
    const { d, ff, T } = cfg;
    const win = this.win(t0, w);
    const rowsNow = seqs * w;
    const fwd = (cols: number, depth: number, bOff: number): MatmulShape => ({
      rows: rowsNow,
      cols,
      depth,
      a: { off: 0, stride: depth },
      b: { off: bOff, stride: cols },
      c: { off: 0, stride: cols },
      t0,
      w,
      T,
    });
    const plain: MatmulVariant = { aLayout: 'mk', bLayout: 'kn' };
    ctx.dispatch(pass, k.embed, [params, this.tok, this.acts[0]?.x ?? this.xf, win], G(rowsNow * d));
    for (let l = 0; l < cfg.layers; l++) {
      const a = this.acts[l];
      const next = this.acts[l + 1]?.x ?? this.xf;
      const o = L.layers[l];
      ctx.dispatch(pass, k.rms, [a.x, a.h1, a.r1, win], G(rowsNow));
      this.matmul(pass, plain, fwd(3 * d, d, o.wqkv), { a: a.h1, b: params, c: a.qkv });
      ctx.dispatch(pass, k.attn, [a.qkv, a.att, a.lse, win], G(rowsNow * cfg.heads));
      this.matmul(pass, plain, fwd(d, d, o.wo), { a: a.att, b: params, c: a.xm });
      this.ew(pass, k.add, a.x, a.xm, d, t0, w);
      ctx.dispatch(pass, k.rms, [a.xm, a.h2, a.r2, win], G(rowsNow));
      this.matmul(pass, plain, fwd(ff, d, o.w1), { a: a.h2, b: params, c: a.u });
      this.ew(pass, k.relu, a.u, a.a, ff, t0, w);
      this.matmul(pass, plain, fwd(d, ff, o.w2), { a: a.a, b: params, c: next });
      this.ew(pass, k.add, a.xm, next, d, t0, w);
    }
    ctx.dispatch(pass, k.rms, [this.xf, this.hf, this.rf, win], G(rowsNow));
    this.matmul(pass, plain, fwd(L.vocabPadded, d, L.wout), { a: this.hf, b: params, c: this.logits });
  }

  /** Backward from dlogits (already written by the loss head) into `grads`. */
  private recordBackward(pass: GPUComputePassEncoder): void {
    const { cfg, ctx, k, rows: R, layout: L, params } = this;
    const { d, ff } = cfg;
    const vp = L.vocabPadded;
    // dW[k,n] = sum_r A[r,k] dC[r,n]
    const wgrad = (a: GPUBuffer, aStride: number, dc: GPUBuffer, cols: number, off: number) =>
      this.matmul(
        pass,
        { aLayout: 'km', bLayout: 'kn' },
        { rows: aStride, cols, depth: R, a: { off: 0, stride: aStride }, b: { off: 0, stride: cols }, c: { off, stride: cols } },
        { a, b: dc, c: this.grads },
      );
    // dA[r,i] = sum_j dC[r,j] W[i,j]
    const dgrad = (dc: GPUBuffer, depth: number, off: number, cols: number, out: GPUBuffer) =>
      this.matmul(
        pass,
        { aLayout: 'mk', bLayout: 'nk' },
        { rows: R, cols, depth, a: { off: 0, stride: depth }, b: { off, stride: depth }, c: { off: 0, stride: cols } },
        { a: dc, b: params, c: out },
      );
    wgrad(this.hf, d, this.dlogits, vp, L.wout);
    dgrad(this.dlogits, vp, L.wout, d, this.dh);
    ctx.dispatch(pass, k.rmsBwd, [this.dh, this.hf, this.rf, this.zeros, this.dxA], G(R));
    for (let l = cfg.layers - 1; l >= 0; l--) {
      const a = this.acts[l];
      const o = L.layers[l];
      wgrad(a.a, ff, this.dxA, d, o.w2);
      dgrad(this.dxA, d, o.w2, ff, this.du);
      this.ew(pass, k.reluMask, a.u, this.du, ff, 0, cfg.T);
      wgrad(a.h2, d, this.du, ff, o.w1);
      dgrad(this.du, ff, o.w1, d, this.dh);
      ctx.dispatch(pass, k.rmsBwd, [this.dh, a.h2, a.r2, this.dxA, this.dxB], G(R));
      wgrad(a.att, d, this.dxB, d, o.wo);
      dgrad(this.dxB, d, o.wo, d, this.datt);
      ctx.dispatch(pass, k.attnBwdQ, [a.qkv, a.att, a.lse, this.datt, this.dqkv], G(R * cfg.heads));
      ctx.dispatch(pass, k.attnBwdKV, [a.qkv, a.att, a.lse, this.datt, this.dqkv], G(R * cfg.heads));
      wgrad(a.h1, d, this.dqkv, 3 * d, o.wqkv);
      dgrad(this.dqkv, 3 * d, o.wqkv, d, this.dh);
      ctx.dispatch(pass, k.rmsBwd, [this.dh, a.h1, a.r1, this.dxB, this.dxA], G(R));
    }
    ctx.dispatch(pass, k.embedBwd, [this.dxA, this.tok, this.grads], G((cfg.vocab + cfg.T) * d));
  }

  private writeLoss(h: LossHyper): void {
    const b = new ArrayBuffer(32);
    const u = new Uint32Array(b);
    const f = new Float32Array(b);
    u[0] = K.LOSS_MODE[h.mode];
    f[1] = h.temperature > 0 ? 1 / h.temperature : 1;
    f[2] = h.clipLow;
    f[3] = h.clipHigh;
    f[4] = h.clipC;
    f[5] = h.klCoef;
    this.ctx.write(this.lossU, u);
  }

  private writeAdam(h: AdamHyper): void {
    const t = this.step;
    this.ctx.write(
      this.adamU,
      new Float32Array([h.lr, h.beta1, h.beta2, h.eps, h.weightDecay, 1 - h.beta1 ** t, 1 - h.beta2 ** t, h.maxGradNorm]),
    );
  }

  /** Uploads the token grid [seqs, T]. */
  setTokens(tokens: Int32Array): void {
    if (tokens.length !== this.rows) throw new Error('token grid size mismatch');
    this.ctx.write(this.tok, tokens);
  }

  /**
   * Uploads per-row loss inputs. Row n*T+t predicts token t+1: tgt = that token or -1 where it is
   * not trained on; rowd = (weight, advantage, old log-prob, ref log-prob).
   */
  setLossRows(tgt: Int32Array, rowd: Float32Array): void {
    this.ctx.write(this.tgt, tgt);
    this.ctx.write(this.rowd, rowd);
  }

  /**
   * Samples continuations of the prompts already in `tok` (positions [0, promptLen)). Row-aligned
   * outputs: row n*T+t holds the log-prob of the token at t+1 and the entropy and sum of squared
   * probabilities of the distribution it was drawn from.
   */
  async generate(o: SampleOptions): Promise<Generation> {
    const { cfg, ctx, k } = this;
    const b = new ArrayBuffer(32);
    const u = new Uint32Array(b);
    const i = new Int32Array(b);
    const f = new Float32Array(b);
    u[0] = o.seed >>> 0;
    u[1] = o.temperature > 0 ? 0 : 1;
    u[2] = o.promptLen;
    i[3] = o.eos;
    i[4] = o.pad;
    f[5] = o.temperature > 0 ? 1 / o.temperature : 1;
    u[6] = (o.seed * 2654435761) >>> 0;
    ctx.write(this.sampU, u);
    ctx.run((pass) => {
      this.recordForward(pass, 0, o.promptLen, this.params);
      for (let t = o.promptLen - 1; t < cfg.T - 1; t++) {
        if (t >= o.promptLen) this.recordForward(pass, t, 1, this.params);
        ctx.dispatch(pass, k.sample, [this.logits, this.tok, this.lp, this.win(t, 1), this.sampU, this.gs], G(this.seqs));
      }
    });
    const [tb, lb, gb] = await ctx.read([
      { buf: this.tok, bytes: this.rows * 4 },
      { buf: this.lp, bytes: this.rows * 4 },
      { buf: this.gs, bytes: this.rows * 8 },
    ]);
    const gs = new Float32Array(gb);
    return {
      tokens: new Int32Array(tb),
      logp: new Float32Array(lb),
      entropy: Float32Array.from({ length: this.rows }, (_, r) => gs[2 * r]),
      sumPiSquared: Float32Array.from({ length: this.rows }, (_, r) => gs[2 * r + 1]),
    };
  }

  /** Full forward + loss head on the uploaded tokens and rows, with the policy or the reference weights. */
  async logProbs(h: LossHyper, ref = false): Promise<Float32Array> {
    this.writeLoss({ ...h, mode: 'logp' });
    this.ctx.run((pass) => {
      this.recordForward(pass, 0, this.cfg.T, ref ? this.refParams : this.params);
      this.ctx.dispatch(pass, this.k.loss, [this.logits, this.tgt, this.rowd, this.dlogits, this.stats, this.lossU], G(this.rows));
    });
    return this.ctx.readF32(this.stats, this.rows * 4);
  }

  /** Records forward, loss, backward (and, unless `noUpdate`, clipping and AdamW) in one submit. */
  update(h: LossHyper, adam: AdamHyper, noUpdate = false): void {
    const { ctx, k } = this;
    this.writeLoss(h);
    if (!noUpdate) {
      this.step++;
      this.writeAdam(adam);
    }
    ctx.run((pass) => {
      this.recordForward(pass, 0, this.cfg.T, this.params);
      ctx.dispatch(pass, k.loss, [this.logits, this.tgt, this.rowd, this.dlogits, this.stats, this.lossU], G(this.rows));
      this.recordBackward(pass);
      if (!noUpdate) {
        ctx.dispatch(pass, k.norm, [this.grads, this.norm], 1);
        ctx.dispatch(pass, k.adam, [this.params, this.grads, this.m, this.v, this.norm, this.adamU], G(this.layout.total));
      }
    });
  }

  async readStats(): Promise<Float32Array> {
    return this.ctx.readF32(this.stats, this.rows * 4);
  }

  async readGradNorm(): Promise<number> {
    return (await this.ctx.readF32(this.norm, 1))[0];
  }

  setParams(p: Float32Array): void {
    this.ctx.write(this.params, p);
  }

  setRefParams(p: Float32Array): void {
    this.ctx.write(this.refParams, p);
  }

  /** Copies the current weights to the reference slot (the KL anchor). */
  snapshotRef(): void {
    const enc = this.ctx.device.createCommandEncoder();
    enc.copyBufferToBuffer(this.params, 0, this.refParams, 0, this.layout.total * 4);
    this.ctx.device.queue.submit([enc.finish()]);
  }

  async getState(): Promise<{ params: Float32Array; m: Float32Array; v: Float32Array }> {
    const n = this.layout.total * 4;
    const [p, m, v] = await this.ctx.read([
      { buf: this.params, bytes: n },
      { buf: this.m, bytes: n },
      { buf: this.v, bytes: n },
    ]);
    return { params: new Float32Array(p), m: new Float32Array(m), v: new Float32Array(v) };
  }

  setState(s: { params: Float32Array; m: Float32Array; v: Float32Array; step: number }): void {
    this.ctx.write(this.params, s.params);
    this.ctx.write(this.m, s.m);
    this.ctx.write(this.v, s.v);
    this.step = s.step;
  }

  async readGrads(): Promise<Float32Array> {
    return this.ctx.readF32(this.grads, this.layout.total);
  }

  /** Zeroes the optimizer moments (a fresh optimizer for a new phase). */
  resetOptimizer(): void {
    const z = new Float32Array(this.layout.total);
    this.ctx.write(this.m, z);
    this.ctx.write(this.v, z);
    this.step = 0;
  }
}

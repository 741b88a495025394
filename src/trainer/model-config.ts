// Shape of the policy and where each weight lives in the one flat parameter buffer.
// One flat buffer keeps the optimizer a single dispatch and a checkpoint a single array.

export interface ModelConfig {
  /** Real vocabulary size; logits are padded to a multiple of 8 and the padding is never sampled. */
  vocab: number;
  /** Context length (prompt + response). */
  T: number;
  d: number;
  heads: number;
  ff: number;
  layers: number;
}

export interface LayerOffsets {
  wqkv: number; // [d, 3d]
  wo: number; // [d, d]
  w1: number; // [d, ff]
  w2: number; // [ff, d]
}

export interface ParamLayout {
  vocabPadded: number;
  embed: number; // [vocab, d]
  pos: number; // [T, d]
  layers: LayerOffsets[];
  wout: number; // [d, vocabPadded]
  total: number;
  /** Per tensor: offset, fan-in (for init) and size; in order. */
  tensors: { name: string; off: number; size: number; fanIn: number }[];
}

export function padTo(x: number, m: number): number {
  return Math.ceil(x / m) * m;
}

export function validateConfig(c: ModelConfig): void {
  if (c.d % c.heads) throw new Error(`width ${c.d} not divisible by heads ${c.heads}`);
  if ((c.d / c.heads) % 4) throw new Error('head width must be a multiple of 4');
  if (c.d % 8 || c.ff % 8) throw new Error('width and ff must be multiples of 8');
}

export function paramLayout(c: ModelConfig): ParamLayout {
  validateConfig(c);
  const tensors: ParamLayout['tensors'] = [];
  let off = 0;
  const take = (name: string, rows: number, cols: number, fanIn: number) => {
    const at = off;
    tensors.push({ name, off: at, size: rows * cols, fanIn });
    off += padTo(rows * cols, 4);
    return at;
  };
  const vocabPadded = padTo(c.vocab, 8);
  const embed = take('embed', c.vocab, c.d, 1);
  const pos = take('pos', c.T, c.d, 1);
  const layers: LayerOffsets[] = [];
  for (let l = 0; l < c.layers; l++) {
    layers.push({
      wqkv: take(`l${l}.wqkv`, c.d, 3 * c.d, c.d),
      wo: take(`l${l}.wo`, c.d, c.d, c.d * 2 * c.layers),
      w1: take(`l${l}.w1`, c.d, c.ff, c.d),
      w2: take(`l${l}.w2`, c.ff, c.d, c.ff * 2 * c.layers),
    });
  }
  const wout = take('wout', c.d, vocabPadded, c.d);
  return { vocabPadded, embed, pos, layers, wout, total: off, tensors };
}

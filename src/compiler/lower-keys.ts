// Lowering, part 2: keyed tables. Building a group's table (hashing its valid tokens' keys), accumulating token
// values per key, per-key values and their count tables, and a token's lookup of its key's value. Cooperative
// kernels share a group's table among a workgroup with atomics; serial kernels own it, with plain loads and
// stores (the `h*` helpers below choose).
import { isKey, keyName } from './domains.js';
import type { Node } from './ir.js';
import { accumIdentityBits } from './schedule.js';
import type { CountTable } from './count-tables.js';
import { choosers, sharedUpdates, type Literals } from './exclusive-updates.js';
import { ValueLowering, NO_KEY, type Ctx } from './lower-values.js';
import {
  add,
  assign,
  bin,
  bitcast,
  bool,
  call,
  comment,
  conv,
  F,
  f32,
  fill,
  forUp,
  H,
  I,
  i32,
  ifS,
  letS,
  mul,
  not,
  ref,
  select,
  store,
  u32,
  uni,
  varS,
  type AtomicOp,
  type Expr,
  type Stmt,
} from './kernel-ir.js';

const FIRST_BIT = 0x80000000;

/** An f32's u32 conversion as the kernels do it (conv): truncated toward zero, saturating, NaN to 0. */
const saturatingU32 = (v: number): number => (v > 0 ? Math.min(Math.trunc(v), 0xffffffff) : 0);
const SLOT_MASK = 0x7fffffff;
/** the fewest slots an owned table starts with (4 KB of rows); see grow */
const OWNED_SLOTS = 1024;
/** a key-map memo entry's words (tag, inputs, value; see memoNodes), and the fewest nodes a memoized value has */
const MEMO_STRIDE = 8;
const MEMO_NODES = 16;
/** odd multipliers mixing a memo entry's inputs into its hash */
const MEMO_MIX = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1, 0xd3a2646c | 1];

export abstract class KeyLowering extends ValueLowering {
  /** the memo of the key map being lowered: its key and the names of its entries' base and count */
  private memoAt: { k: string; base: string; entries: string } | undefined;
  // ---- keyed-table memory: atomics when a workgroup shares the table, plain accesses when one invocation owns it ----
  private atomic(op: AtomicOp, index: Expr, ...args: Expr[]): Expr {
    return { k: 'atomic', ty: 'u32', op, at: { array: 'H', index }, args };
  }
  protected hLoad(index: Expr): Expr {
    return this.cooperative ? this.atomic('load', index) : H(index);
  }
  protected hStore(index: Expr, v: Expr): Stmt {
    return this.cooperative ? { k: 'do', e: this.atomic('store', index, v) } : store('H', index, v);
  }
  /** H[index] += v, or min / max */
  private hUpdate(op: 'add' | 'max' | 'min', index: Expr, v: Expr): Stmt {
    if (this.cooperative) return { k: 'do', e: this.atomic(op, index, v) };
    return store('H', index, op === 'add' ? add(H(index), v) : call(op, 'u32', H(index), v));
  }

  /** The token's slot word for key k: slot | first-occurrence bit, or NO_KEY for tokens without a key. */
  protected slotWord(k: string, c: Ctx): Expr {
    const key = `sw:${k}@${c.tk}`;
    for (let x: Ctx | undefined = c; x; x = x.parent) {
      const hit = x.cache.get(key);
      if (hit) return hit;
    }
    const name = this.fresh('sw');
    c.lines.push(letS(name, this.hLoad(add(uni(`oh_slot_${k}`), this.at(c)))));
    const r = ref(name);
    c.cache.set(key, r);
    return r;
  }

  /** A per-key value seen from a token: evaluated at the token's key slot, 0 for tokens without a key. */
  protected lookup(n: Node, c: Ctx, cacheKey: string): Expr {
    const k = keyName(n.domain);
    c.keyCtx ??= new Map();
    let kc = c.keyCtx.get(k);
    if (!kc) {
      const word = this.slotWord(k, c);
      // tokens without a key read row 0 (their value is discarded): an index in bounds costs nothing on a GPU and
      // spares a CPU backend an out-of-bounds read on every such token
      const slot = select(bin('!=', word, u32(NO_KEY)), bin('&', word, u32(SLOT_MASK)), u32(0));
      const ctx: Ctx = { level: 'key', t: c.t, tk: c.tk, slot, lines: c.lines, cache: new Map(), parent: c, foldVars: new Map() };
      kc = { ctx, word };
      c.keyCtx.set(k, kc);
    }
    const v = this.gen(n.id, kc.ctx);
    const name = this.fresh();
    c.lines.push(letS(name, select(bin('!=', kc.word, u32(NO_KEY)), v, this.zero(n.type)), n.id));
    const r = ref(name, n.type);
    c.cache.set(cacheKey, r);
    return r;
  }

  protected readAccum(n: Node & { op: 'reduce' }, slot: Expr): Expr {
    const at = this.hLoad(add(uni(`oh_${this.sched.stored.get(n.id)}`), slot));
    switch (this.sched.keyAccum.get(n.id)!) {
      case 'key-id':
        return conv('i32', bin('-', this.hLoad(add(uni(`oh_keys_${keyName(n.domain)}`), slot)), u32(1)));
      case 'u32-sum':
        return n.type === 'bool' ? bin('!=', at, u32(0)) : conv(n.type === 'i32' ? 'i32' : 'f32', at);
      case 'i32-max':
      case 'i32-min':
        return bitcast('i32', bin('^', at, u32(FIRST_BIT)));
      default:
        return this.fromF32(bitcast('f32', at), n.type);
    }
  }

  /** Where the group's i-th key keeps its values: its hash slot (shared tables) or its row (owned tables). */
  protected keySlot(k: string, i: Expr): Expr {
    const row = add(conv('u32', I('vbase', ref('g'))), i);
    return this.sched.keyTables === 'owned' ? row : this.hLoad(add(uni(`oh_list_${k}`), row));
  }

  /** The key accumulators of key k and their identities (as u32 bit patterns), by region. */
  private keyAccums(k: string): { region: string; init: number }[] {
    const out: { region: string; init: number }[] = [];
    for (const [id, kind] of this.sched.keyAccum)
      if (this.program.nodes[id]!.domain === `key:${k}` && kind !== 'key-id') out.push({ region: this.sched.stored.get(id)!, init: accumIdentityBits(kind) });
    return out;
  }

  /** Whether the key build marks each (rollout, key)'s first token: only where a node reads it (schedule.ts). */
  private marksFirst(k: string): boolean {
    return this.sched.hashRegions.some((r) => r.name === `seen_${k}`);
  }

  /** The probe of a key's hash slot: h = hash(key) & (cap - 1), then linear probing (names: x, h, cap). */
  private hashStart(x0: Expr, into: Stmt[], [xn, hn, capn] = ['x', 'h', 'cap']): void {
    // a 32-bit avalanche mix, so consecutive ids spread over the table
    const x = ref(xn);
    const mix = (shift: number, by?: number) => {
      const m = bin('^', x, bin('>>', x, u32(shift)));
      return by === undefined ? m : mul(m, u32(by));
    };
    into.push(varS(xn, 'u32', x0), assign(xn, mix(16, 0x7feb352d)), assign(xn, mix(15, 0x846ca68b)), varS(hn, 'u32', bin('&', mix(16), bin('-', ref(capn), u32(1)))));
  }

  /**
   * Owned tables grow before a rollout's tokens: the group's slots in use double until its keys, and as many
   * more as the rollout has positions, stay within 2/3 of them; the slots it grows to are emptied and its keys
   * (in its rows, in order) are hashed again. The check is once per rollout, not in the probe of every new key:
   * on a CPU-backed device a SIMD step runs its lanes' masked branches whether or not a lane takes them. The
   * slots in use stay few (a group has far fewer distinct keys than tokens), so the probes hit the cache; the
   * host's cap bounds the growth (it holds every possible key at a load of 2/3).
   */
  private grow(k: string): Stmt[] {
    const [h, used, lbase, nk, want] = ['h2', 'used', 'lbase', 'nk', 'want'].map((x) => ref(x));
    const rehash: Stmt[] = [];
    this.hashStart(bin('-', H(add(add(uni(`oh_keys_${k}`), lbase!), ref('i'))), u32(1)), rehash, ['x2', 'h2', 'used']);
    const slot = (at: Expr) => add(uni(`oh_table_${k}`), add(ref('base'), at));
    const roomy = bin('||', bin('>=', want!, ref('cap')), bin('<=', mul(add(nk!, uni('T')), u32(3)), mul(want!, u32(2))));
    return [
      varS('want', 'u32', used!),
      { k: 'loop', body: [ifS(roomy, [{ k: 'break' }]), assign('want', mul(want!, u32(2)))] },
      ifS(bin('!=', want!, used!), [
        this.emptySlots(k, want!),
        assign('used', want!),
        forUp('i', u32(0), nk!, u32(1), [
          ...rehash,
          { k: 'loop', body: [ifS(bin('==', H(slot(h!)), u32(0)), [{ k: 'break' }]), assign('h2', bin('&', add(h!, u32(1)), bin('-', used!, u32(1))))] },
          store('H', slot(h!), add(add(lbase!, ref('i')), u32(1))),
        ]),
      ]),
    ];
  }

  /** Zero an owned table's first n slots: a pass over some KB, cheaper than probing for each key's slot. */
  private emptySlots(k: string, n: Expr): Stmt {
    return fill('H', [add(uni(`oh_table_${k}`), ref('base'))], u32(0), n, u32(0));
  }

  protected keyBuild(k: string, nodes: number[], carried: number[], root: Ctx): void {
    const info = this.program.keys.find((x) => x.name === k)!;
    const walk: Stmt[] = [];
    const lines: Stmt[] = [];
    const rlines: Stmt[] = [];
    // the carried scans at every position (walk), the key's work at valid tokens (lines), which reads them
    const every = this.tokenCtx(root, rlines, walk);
    const blocked = this.blockAddends(carried, every);
    const scans = this.carryScans(carried, every, bin('>', ref('tt'), u32(0)));
    const c = this.child(every, 'token', lines);
    const keyExpr = this.gen(info.node, c);
    const owned = this.sched.keyTables === 'owned';
    // A key on the position (sum[position], key k = t) is its own slot in an owned table: t < T, and t is below
    // the group's slots (they hold every possible key), so slot t holds key t alone. The probe then ends at its
    // first slot, with no hashing and no growth; the first T slots are emptied up front.
    const bySlot = owned && this.program.nodes[info.node]!.op === 'pos';
    // owned tables probe the slots in use (see grow), shared ones all of the group's slots
    const mask = owned ? 'used' : 'cap';
    const [h, kk, j, base, lbase, nk] = ['h', 'kk', 'j', 'base', 'lbase', 'nk'].map((x) => ref(x));
    const next = assign('h', bin('&', add(h!, u32(1)), bin('-', ref(mask), u32(1))));
    // an owned row's values start when its key arrives (first-occurrence mark, accumulators' identities): five
    // stores to lines a new row brings into the cache anyway, where zeroing every row the table could hold (2/3
    // of its slots, about 1.7x the keys KTAE's groups have) up front was 7% of KTAE's kernel
    const inits = owned ? [...(this.marksFirst(k) ? [{ region: `seen_${k}`, init: 0 }] : []), ...this.keyAccums(k)] : this.keyAccums(k).filter((a) => a.init !== 0);
    const probe: Stmt[] = [];
    if (owned) {
      const e = ref('e');
      const r = ref('r');
      const seen = add(uni(`oh_seen_${k}`), r);
      probe.push(
        varS('r', 'u32', u32(0)),
        {
          k: 'loop',
          body: [
            comment('a slot holds its key\'s row + 1 (4 bytes: half the cache lines of a (key, row) pair); 0 is empty'),
            letS('e', add(uni(`oh_table_${k}`), add(base!, h!))),
            letS('cur', H(e)),
            ifS(bin('==', ref('cur'), u32(0)), [
              comment('a new key takes the group\'s next row, its values their starting ones'),
              assign('r', add(lbase!, nk!)),
              assign('nk', add(nk!, u32(1))),
              store('H', e, add(r, u32(1))),
              store('H', add(uni(`oh_keys_${k}`), r), kk!),
              ...inits.map((a) => store('H', add(uni(`oh_${a.region}`), r), u32(a.init))),
              { k: 'break' },
            ]),
            ifS(bin('==', H(bin('-', add(uni(`oh_keys_${k}`), ref('cur')), u32(1))), kk!), [assign('r', bin('-', ref('cur'), u32(1))), { k: 'break' }]),
            next,
          ],
        },
        ...(this.marksFirst(k)
          ? [
              comment('rollouts are visited in turn, so the last one that had the key tells a first occurrence'),
              letS('first', bin('!=', H(seen), add(j!, u32(1)))),
              comment('stored whether or not it changes: a store every lane makes is cheaper than a branch per lane'),
              store('H', seen, add(j!, u32(1))),
              assign('word', bin('|', r, select(ref('first', 'bool'), u32(FIRST_BIT), u32(0)))),
            ]
          : [assign('word', r)]),
      );
    } else {
      const at = add(add(uni(`oh_keys_${k}`), base!), h!);
      const slot = ref('slot');
      probe.push(
        {
          k: 'loop',
          body: [
            comment('most tokens repeat a key already in the table: a plain load finds it without a CAS'),
            letS('cur', this.hLoad(at)),
            ifS(bin('==', ref('cur'), kk!), [{ k: 'break' }]),
            ifS(bin('!=', ref('cur'), u32(0)), [next, { k: 'continue' }]),
            letS('prev', this.atomic('cas', at, u32(0), kk!)),
            ifS(bin('==', ref('prev'), u32(0)), [
              letS('at', this.atomic('add', add(uni(`oh_count_${k}`), ref('g')), u32(1))),
              this.hStore(add(add(uni(`oh_list_${k}`), lbase!), ref('at')), add(base!, h!)),
              ...inits.map((a) => this.hStore(add(add(uni(`oh_${a.region}`), base!), h!), u32(a.init))),
              { k: 'break' },
            ]),
            ifS(bin('==', ref('prev'), kk!), [{ k: 'break' }]),
            next,
          ],
        },
        letS('slot', add(base!, h!)),
        ...(this.marksFirst(k)
          ? [
              letS('bit', bin('<<', u32(1), bin('%', j!, u32(32)))),
              letS('seen', this.atomic('or', add(add(uni(`oh_seen_${k}`), mul(slot, uni('W'))), bin('/', j!, u32(32))), ref('bit'))),
              assign('word', bin('|', slot, select(bin('==', bin('&', ref('seen'), ref('bit')), u32(0)), u32(FIRST_BIT), u32(0)))),
            ]
          : [assign('word', slot)]),
      );
    }
    const updates = this.accumulate(k, nodes, c, ref('word'), owned ? { row: ref('r'), first: this.marksFirst(k) ? ref('first', 'bool') : undefined } : undefined);
    const key = ref('key', 'i32');
    const hashed: Stmt[] = [letS('kk', add(conv('u32', key), u32(1)))];
    if (bySlot) hashed.push(varS('h', 'u32', conv('u32', key)));
    else this.hashStart(conv('u32', key), hashed, ['x', 'h', mask]);
    const position = [
      ...walk,
      varS('word', 'u32', u32(NO_KEY)),
      ifS(bin('!=', I('response_mask', add(mul(ref('row'), uni('T')), ref('tt'))), i32(0)), [
        ...lines,
        letS('key', keyExpr),
        ifS(bin('>=', key, i32(0)), [...hashed, ...probe, ...updates]),
      ]),
      this.hStore(add(add(uni(`oh_slot_${k}`), mul(ref('row'), uni('T'))), ref('tt')), ref('word')),
    ];
    const tokens = blocked ? this.blockedTokenLoop(blocked.fill, position) : this.tokenLoop(u32(0), u32(1), position);
    const korder = this.sched.intRegions.some((r) => r.name === 'korder');
    const body: Stmt[] = [
      ...(blocked?.locals ?? []),
      comment('the group\'s slots: a power of two >= 1.5 x its possible keys (load <= 2/3), so probing masks, not divides'),
      letS('base', conv('u32', I('kbase', ref('g')))),
      letS('cap', bin('-', conv('u32', I('kbase', add(ref('g'), u32(1)))), base!)),
      letS('lbase', conv('u32', I('vbase', ref('g')))),
      ...(owned
        ? [
            varS('nk', 'u32', u32(0)),
            ...(bySlot
              ? [comment('a position is its own slot: the first T slots take every key'), varS('used', 'u32', call('min', 'u32', ref('cap'), uni('T')))]
              : [
                  comment('half the slots to start with (a key for every other token at a load of 2/3, more than text has): growing from a few rehashes the keys several times'),
                  varS('used', 'u32', call('max', 'u32', call('min', 'u32', ref('cap'), u32(OWNED_SLOTS)), bin('>>', ref('cap'), u32(1)))),
                ]),
            comment('empty them first: one sequential pass brings the group\'s slots into the cache before the probes, which land anywhere in them'),
            this.emptySlots(k, ref('used')),
          ]
        : []),
      forUp('j', ref('lid'), ref('n'), ref('WG'), [
        ...(korder ? [comment('longest rows first: the lanes\' rows end together')] : []),
        letS('row', conv('u32', I(korder ? 'korder' : 'members', add(ref('m0'), j!)))),
        ...rlines,
        ...(owned && !bySlot ? this.grow(k) : []),
        ...scans,
        tokens,
      ]),
    ];
    if (owned) body.push(store('H', add(uni(`oh_count_${k}`), ref('g')), nk!));
    root.lines.push(
      comment(
        owned
          ? `key-build ${k}: the group's rollouts in turn hash their valid tokens' keys; a key's first token in a rollout is marked`
          : `key-build ${k}: one thread per rollout hashes its valid tokens' keys into the group's table; a bit per (key, rollout) marks the rollout's first token of each key`,
      ),
      { k: 'block', body },
      ...this.barrier(),
    );
  }

  /** The storage barrier after a step whose stores the next steps read (cooperative kernels only). */
  protected barrier(scope: 'storage' | 'workgroup' = 'storage'): Stmt[] {
    return this.cooperative ? [{ k: 'barrier', scope }] : [];
  }

  /**
   * Updates of key reductions for the current token (in ctx c, whose slot word is `word`; `built`: the row and
   * first-occurrence flag it holds, where the key build has them): the values are computed in a child context
   * placed after the slot is known.
   */
  private accumulate(k: string, nodes: number[], c: Ctx, word: Expr, built?: { row: Expr; first?: Expr }): Stmt[] {
    if (!nodes.length) return [];
    const lines: Stmt[] = [];
    const vc = this.child(c, 'token', lines);
    vc.cache.set(`sw:${k}@${c.tk}`, word);
    // an owned key build's row and first-occurrence flag as it found them, rather than unpacked from the slot
    // word it just packed them into: the updates start sooner after the first-occurrence load
    const first = built?.first;
    if (first) for (const n of this.program.nodes) if (n.op === 'firstocc' && n.attrs.key === k) vc.cache.set(`${n.id}@${c.tk}`, first);
    const updates: Stmt[] = [];
    const row = built?.row ?? bin('&', word, u32(SLOT_MASK));
    const groups = sharedUpdates(this.program.nodes, this.sched.keyAccum, nodes);
    const merged = new Set(groups.flat());
    const sums = new Map<number, { region: Expr; add: Expr }>();
    for (const id of nodes) {
      const n = this.program.nodes[id] as Node & { op: 'reduce' };
      const src = this.program.nodes[n.args[0]!]!;
      const kind = this.sched.keyAccum.get(id)!;
      const at = add(uni(`oh_${this.sched.stored.get(id)}`), row);
      if (merged.has(id)) {
        sums.set(id, { region: uni(`oh_${this.sched.stored.get(id)}`), add: this.countAddend(src.id, vc) });
        continue;
      }
      const v = n.attrs.op === 'count' ? f32(1) : this.gen(src.id, vc);
      if (kind === 'u32-sum') updates.push(this.hUpdate('add', at, u32(1))); // a count: 1 for every token
      else if (kind === 'i32-max' || kind === 'i32-min') updates.push(this.hUpdate(kind === 'i32-max' ? 'max' : 'min', at, bin('^', bitcast('u32', v), u32(FIRST_BIT))));
      else {
        const fv = this.toF32(v, src.type);
        const old = bitcast('f32', ref('old'));
        const next = kind === 'f32-sum' ? add(old, fv) : call(kind === 'f32-max' ? 'max' : 'min', 'f32', old, fv);
        if (this.cooperative)
          updates.push({
            k: 'block',
            body: [
              varS('old', 'u32', this.hLoad(at)),
              {
                k: 'loop',
                body: [letS('prev', this.atomic('cas', at, ref('old'), bitcast('u32', next))), ifS(bin('==', ref('prev'), ref('old')), [{ k: 'break' }]), assign('old', ref('prev'))],
              },
            ],
          });
        else updates.push({ k: 'block', body: [letS('old', H(at)), store('H', at, bitcast('u32', next))] });
      }
    }
    // counts that are never nonzero together (see exclusive-updates.ts) share one update, at the address of the
    // one that is nonzero. A shared table skips the updates that add 0 (most per-class counts, for most tokens:
    // an atomic saved); an owned one adds whatever it is, since whether a token's count is 0 (its key's first
    // occurrence in the rollout) is a branch that no predictor learns, and the row is in the cache already
    for (const ids of groups) {
      const m = ids.map((id) => sums.get(id)!);
      const lits = choosers(this.program.nodes, ids);
      const chosen = lits.map((l) => [...l].map(([id, v]) => (v ? this.gen(id, vc) : not(this.gen(id, vc)))).reduce((a, b) => bin('&&', a, b)));
      const pick = (xs: Expr[]) => xs.slice(0, -1).reduceRight((acc, x, i) => select(chosen[i]!, x, acc), xs[xs.length - 1]!);
      // the update goes to the first member whose chooser holds (else the last): only that member can be nonzero
      // there, so it adds that member's addend alone, with its chooser's literals known (the last's: the others'
      // negations, where each is one literal). KTAE's presence counts add `first` instead of (correct and first)
      // + (not correct and first): a shorter chain after the first-occurrence load, 4% of the kernel
      const last: Literals = new Map(lits.every((l) => l.size === 1) ? lits.map((l) => [...l].map(([id, v]) => [id, !v] as const)[0]!) : []);
      const addends = ids.map((id, i) => {
        const known = this.child(vc, 'token', lines);
        for (const [x, v] of lits[i] ?? last) this.knownBool(known, x, v);
        return this.countAddend(this.program.nodes[id]!.args[0]!, known);
      });
      updates.push({
        k: 'block',
        body: [
          letS('add', m.length === 1 ? m[0]!.add : addends.every((x) => JSON.stringify(x) === JSON.stringify(addends[0])) ? addends[0]! : pick(addends)),
          ...this.unlessZero(ref('add'), [this.hUpdate('add', add(pick(m.map((x) => x.region)), row), ref('add'))]),
        ],
      });
    }
    return [...lines, ...updates];
  }

  /** Node x (a boolean) is v in context c, and so are its negations (not x is !v, ...). */
  private knownBool(c: Ctx, x: number, v: boolean): void {
    c.cache.set(`${x}`, bool(v));
    for (const n of this.program.nodes) if (n.op === 'un' && n.attrs.op === 'not' && n.args[0] === x) this.knownBool(c, n.id, !v);
  }

  /** `then` when v is nonzero (shared tables); always (owned ones: adding 0 is cheaper than a branch). */
  private unlessZero(v: Expr, then: Stmt[]): Stmt[] {
    return this.sched.keyTables === 'owned' ? then : [ifS(bin('!=', v, u32(0)), then)];
  }

  /**
   * What a token adds to a per-key integer sum, as u32, the conversion taken through selects and broadcasts to
   * their constants: a class count's `if correct then 1.0 else 0.0` becomes `select(correct, 1u, 0u)`, not a
   * float select and a saturating float conversion per token (a chain of compares and branches in C).
   */
  private countAddend(id: number, c: Ctx): Expr {
    const n = this.program.nodes[id]!;
    const a = n.args.map((x) => this.program.nodes[x]!);
    if (n.type === 'bool' || (n.op === 'cast' && a[0]!.type === 'bool')) return select(this.gen(n.type === 'bool' ? id : a[0]!.id, c), u32(1), u32(0));
    if (n.op === 'cast' && a[0]!.type === n.type) return this.countAddend(a[0]!.id, c);
    if (n.op === 'select') return select(this.gen(a[0]!.id, c), this.countAddend(a[1]!.id, c), this.countAddend(a[2]!.id, c));
    if (n.op === 'const') return u32(n.type === 'f32' ? saturatingU32(n.attrs.value) : n.attrs.value >>> 0);
    return conv('u32', this.gen(id, c));
  }

  protected keyReduce(k: string, nodes: number[], root: Ctx): void {
    const lines: Stmt[] = [];
    const rlines: Stmt[] = [];
    const c = this.tokenCtx(root, rlines, lines);
    const word = this.slotWord(k, c);
    const updates = this.accumulate(k, nodes, c, word);
    root.lines.push(
      comment(`key-reduce ${k}: ${nodes.map((x) => `%${x}`).join(', ')}`),
      this.eachRollout([...rlines, this.tokenLoop(ref('lid'), ref('WG'), [...lines, ifS(bin('!=', word, u32(NO_KEY)), updates)])]),
      ...this.barrier(),
    );
  }

  protected keyMap(id: number, tables: CountTable[], root: Ctx): void {
    const k = keyName(this.program.nodes[id]!.domain);
    for (const t of tables) if (!this.countTables.has(t.node)) this.countTable(k, t, root);
    const lines: Stmt[] = [];
    const c: Ctx = { ...this.child(root, 'key', lines), slot: ref('slot') };
    const n = this.program.nodes[id]!;
    this.tabled = new Map(tables.map((t) => [t.node, t]));
    this.memos = this.sched.keyTables === 'owned' ? this.memoNodes(id) : new Map();
    const stride = MEMO_STRIDE;
    this.memoAt = { k, base: `mbase${id}`, entries: `mentries${id}` };
    const v = this.compute(n, c);
    const memoized = this.memos.size > 0;
    this.tabled = new Map();
    this.memos = new Map();
    const nkeys = `nkeys${id}`;
    const [mbase, entries] = [ref(`mbase${id}`), ref(`mentries${id}`)];
    root.lines.push(
      comment(`key-map %${id}: once per distinct key of the group`),
      letS(nkeys, this.hLoad(add(uni(`oh_count_${k}`), ref('g')))),
      ...(memoized
        ? [
            comment(`its memo: the group's hash slots, free once its keys are built, as ${stride}-word entries (a tag, the inputs, the value), tags cleared`),
            letS(`mbase${id}`, conv('u32', I('kbase', ref('g')))),
            letS(`mentries${id}`, bin('/', bin('-', conv('u32', I('kbase', add(ref('g'), u32(1)))), mbase), u32(stride))),
            forUp('i', u32(0), entries, u32(1), [store('H', add(uni(`oh_table_${k}`), add(mbase, mul(ref('i'), u32(stride)))), u32(0))]),
          ]
        : []),
      forUp('i', ref('lid'), ref(nkeys), ref('WG'), [letS('slot', this.keySlot(k, ref('i'))), ...lines, store('F', ref('slot'), this.toF32(v, n.type), this.sched.stored.get(id))]),
      ...this.barrier(),
    );
  }

  /**
   * The parts of key map `root` worth memoizing per group: the largest f32 values (of at least MEMO_NODES
   * nodes) that read the key only through its accumulators (at most MEMO_STRIDE - 2 of them), not the key
   * itself, a stored per-key value or an unbound fold variable. A group's keys share few accumulator tuples (KTAE
   * at g8-2k-661k: 11,351 tuples of (a, b, tf counts) for 204,421 keys), and equal inputs give equal values.
   */
  private memoNodes(root: number): Map<number, number[]> {
    const nodes = this.program.nodes;
    const domain = nodes[root]!.domain;
    const reads = new Map<number, { inputs: Set<number>; size: number } | null>();
    const visit = (id: number): { inputs: Set<number>; size: number } | null => {
      const hit = reads.get(id);
      if (hit !== undefined) return hit;
      const n = nodes[id]!;
      let r: { inputs: Set<number>; size: number } | null;
      if (n.domain !== domain) r = { inputs: new Set(), size: 0 }; // the same for every key of the group
      else if (n.op === 'reduce') r = this.sched.keyAccum.get(id) === 'key-id' ? null : { inputs: new Set([id]), size: 1 };
      else if (this.sched.stored.has(id)) r = null;
      else {
        const parts = n.args.map(visit);
        r = parts.some((x) => x === null) ? null : { inputs: new Set(parts.flatMap((x) => [...x!.inputs])), size: 1 + parts.reduce((a, x) => a + x!.size, 0) };
      }
      reads.set(id, r);
      return r;
    };
    const out = new Map<number, number[]>();
    const seen = new Set<number>();
    const pick = (id: number): void => {
      const n = nodes[id]!;
      if (seen.has(id) || n.domain !== domain || n.op === 'reduce') return;
      seen.add(id);
      const r = visit(id);
      if (r && n.type === 'f32' && !this.foldDependent.has(id) && r.size >= MEMO_NODES && r.inputs.size <= MEMO_STRIDE - 2) out.set(id, [...r.inputs]);
      else n.args.forEach(pick);
    };
    pick(root);
    return out;
  }

  /** A memoized per-key value (see memoNodes): its group's entry for its inputs, else computed and entered. */
  protected memoRead(n: Node, c: Ctx): Expr {
    const { k, base, entries } = this.memoAt!;
    const words = this.memos.get(n.id)!.map((r) => {
      const w = this.fresh('mw');
      c.lines.push(letS(w, this.hLoad(add(uni(`oh_${this.sched.stored.get(r)}`), c.slot!))));
      return ref(w, 'u32');
    });
    const [h0, at, name] = [this.fresh('mh'), this.fresh('me'), this.fresh()];
    const mixed = words.reduce((h, w, i) => bin('^', h, mul(w, u32(MEMO_MIX[i]!))), u32(0));
    const e = ref(at, 'u32');
    const word = (i: number) => H(add(e, u32(i)));
    const lines: Stmt[] = [];
    const bc: Ctx = { ...c, lines, cache: new Map(), parent: c, foldVars: new Map(), keyCtx: undefined };
    const v = this.compute(n, bc);
    const has = bin('>', ref(entries, 'u32'), u32(0));
    c.lines.push(
      letS(h0, mixed),
      letS(at, add(uni(`oh_table_${k}`), add(ref(base, 'u32'), mul(bin('&', bin('^', ref(h0, 'u32'), bin('>>', ref(h0, 'u32'), u32(15))), bin('-', ref(entries, 'u32'), u32(1))), u32(MEMO_STRIDE))))),
      varS(name, 'f32'),
      ifS(
        [bin('==', word(0), u32(1)), ...words.map((w, i) => bin('==', word(i + 1), w))].reduce((a, b) => bin('&&', a, b), has),
        [assign(name, bitcast('f32', word(MEMO_STRIDE - 1)))],
        [...lines, assign(name, v), ifS(has, [store('H', e, u32(1)), ...words.map((w, i) => store('H', add(e, u32(i + 1)), w)), store('H', add(e, u32(MEMO_STRIDE - 1)), bitcast('u32', ref(name, 'f32')))])],
      ),
    );
    return ref(name, 'f32');
  }

  /**
   * Entry i of a count table: (a, b) = (i / (hb + 1), i % (hb + 1)) for two counts, a = i for one, stored at
   * a * (n + 1) + b. Only the pairs a key can have are evaluated: a count is at most its bound (presenceBound), so
   * a group of 64 with 30 correct rollouts fills 31 x 35 entries, not 65 x 65 (most of which had no valid table).
   */
  private countTable(k: string, t: CountTable, root: Ctx): void {
    const lines: Stmt[] = [];
    const c = this.child(root, 'key', lines);
    const two = t.counts.length === 2;
    const n1 = add(ref('n'), u32(1));
    const i = ref('i');
    const [ha, hb] = t.counts.map((x) => add(this.presenceBound(x, root), u32(1)));
    const a = two ? bin('/', i, hb!) : i;
    c.cache.set(`${t.counts[0]}`, conv('f32', a));
    if (two) c.cache.set(`${t.counts[1]}`, conv('f32', bin('%', i, hb!)));
    const v = this.gen(t.node, c);
    const flag = `tabled${t.node}`;
    const entries = two ? mul(ha!, hb!) : ha!;
    const at = two ? add(mul(a, n1), bin('%', i, hb!)) : i;
    this.countTables.add(t.node);
    root.lines.push(
      comment(`count table %${t.node}: its value for every presence count${two ? ' pair' : ''} of the group (when fewer than its keys)`),
      letS(flag, bin('<=', entries, this.hLoad(add(uni(`oh_count_${k}`), ref('g'))))),
      ifS(ref(flag, 'bool'), [forUp('i', ref('lid'), entries, ref('WG'), [...lines, store('F', add(mul(ref('g'), this.tableStride(t)), at), v, `table${t.node}`)])]),
      ...this.barrier(),
    );
  }

  /**
   * The largest value a presence count can take in the group: how many of its rollouts have the count's flag
   * (a rollout flag, counted once per kernel by every thread), or the rollout count for a per-token flag.
   */
  private presenceBound(count: number, root: Ctx): Expr {
    const w = this.program.nodes[this.program.nodes[this.program.nodes[count]!.args[0]!]!.args[1]!]!;
    if (w.domain === 'token' || isKey(w.domain)) return ref('n');
    const name = `bound${count}`;
    const hit = root.cache.get(name);
    if (hit) return hit;
    const rlines: Stmt[] = [];
    const addend = this.countAddend(w.id, this.child(root, 'rollout', rlines));
    root.lines.push(
      varS(name, 'u32', u32(0)),
      forUp('j', u32(0), ref('n'), u32(1), [letS('row', this.rowOf(ref('j'))), ...rlines, assign(name, add(ref(name, 'u32'), addend))]),
    );
    root.cache.set(name, ref(name, 'u32'));
    return ref(name, 'u32');
  }

  private tableStride(t: CountTable): Expr {
    const n1 = add(uni('N'), u32(1));
    return t.counts.length === 2 ? mul(n1, n1) : n1;
  }

  /** A tabulated value read at a key: its table entry, or computed when the group built no table. */
  protected tableRead(n: Node, c: Ctx): Expr {
    const t = this.tabled.get(n.id)!;
    const [a, b] = t.counts.map((x) => conv('u32', this.gen(x, c)));
    const at = b ? add(mul(a!, add(ref('n'), u32(1))), b) : a!;
    const name = this.fresh();
    const lines: Stmt[] = [];
    const bc: Ctx = { ...c, lines, cache: new Map(), parent: c, foldVars: new Map(), keyCtx: undefined };
    const v = this.compute(n, bc);
    c.lines.push(
      varS(name, 'f32'),
      ifS(ref(`tabled${n.id}`, 'bool'), [assign(name, F(`table${n.id}`, add(mul(ref('g'), this.tableStride(t)), at)))], [...lines, assign(name, v)]),
    );
    return ref(name, 'f32');
  }
}


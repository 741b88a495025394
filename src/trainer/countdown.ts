// Countdown-style target arithmetic: reach the target from some of the given numbers, each used at
// most once, with + - * (no negative intermediate results), one step per line.
//   prompt   "357:22"                       the numbers (one digit each), ':', the target (two digits)
//   concise  "3*5=15,15+7=22,>22."         steps "a op b = c" ended by ',', then '>' and the answer
//   verbose  "3+5=8,8+7=15,!3*5=15,15+7=22,>22."   '!' abandons an attempt and starts over
// The checker replays the steps: every operand must be available (a given number or an earlier
// result of the same attempt, each used once), every result right, and the answer the target, reached
// by the attempt's last step. The SFT teacher knows the shortest solution and the (possibly longer) one
// the problem was made from; it often writes a failed attempt first, sometimes gives up after it
// (answering what it reached), and slips on some results (carrying on from the wrong value): verbose
// solutions hold more chances to go wrong, so length and a few key tokens decide correctness.
import type { Rng } from '../rng.js';

export const CD_VOCAB = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '-', '*', '=', ',', '!', '>', '.', '_', ':'] as const;
export const CD_TOK = { plus: 10, minus: 11, times: 12, eq: 13, sep: 14, retry: 15, ans: 16, eos: 17, pad: 18, colon: 19 } as const;

/** The largest intermediate result or target: two digits keep steps short. */
export const CD_MAX = 99;

export interface Step {
  a: number;
  op: '+' | '-' | '*';
  b: number;
  c: number;
}

export interface CountdownProblem {
  nums: number[];
  target: number;
  /** The steps the problem was made from (they reach the target, not always in the fewest steps). */
  steps: Step[];
}

export interface TeacherOptions {
  /** Probability of writing failed attempts before the solution (verbose style). */
  verbose: number;
  /** After failed attempts: probability of answering with the last attempt's value instead of trying again. */
  giveUp: number;
  /** Per step already written: added probability of a wrong result (off by one or ten), carried on from. */
  slip: number;
}

const OPS = ['+', '-', '*'] as const;
const OP_TOK = { '+': CD_TOK.plus, '-': CD_TOK.minus, '*': CD_TOK.times } as const;

function apply(a: number, op: Step['op'], b: number): number {
  return op === '+' ? a + b : op === '-' ? a - b : a * b;
}

/** A random legal step on two of `pool`'s numbers (larger operand first), or none. */
function randomStep(pool: number[], rng: Rng): { i: number; j: number; step: Step } | undefined {
  for (let tries = 0; tries < 20; tries++) {
    const i = rng.int(pool.length);
    let j = rng.int(pool.length - 1);
    if (j >= i) j++;
    const [x, y] = pool[i] >= pool[j] ? [pool[i], pool[j]] : [pool[j], pool[i]];
    const op = OPS[rng.int(3)];
    const c = apply(x, op, y);
    if (c >= 0 && c <= CD_MAX) return { i, j, step: { a: x, op, b: y, c } };
  }
  return undefined;
}

/** Combines the whole pool at random: the steps and the value left. */
function randomChain(nums: number[], rng: Rng): { steps: Step[]; value: number } | undefined {
  const pool = [...nums];
  const steps: Step[] = [];
  while (pool.length > 1) {
    const s = randomStep(pool, rng);
    if (!s) return undefined;
    const [hi, lo] = s.i > s.j ? [s.i, s.j] : [s.j, s.i];
    pool.splice(hi, 1);
    pool.splice(lo, 1);
    pool.push(s.step.c);
    steps.push(s.step);
  }
  return { steps, value: pool[0] };
}

/** A problem of `n` numbers in 1..9 whose target (not one of them) combines two or more of them. */
export function drawCountdown(n: number, rng: Rng): CountdownProblem {
  for (;;) {
    const nums = Array.from({ length: n }, () => 1 + rng.int(9));
    const k = 2 + rng.int(n - 1);
    const chain = randomChain(nums.slice(0, k), rng);
    if (chain && chain.value >= 1 && !nums.includes(chain.value)) return { nums, target: chain.value, steps: chain.steps };
  }
}

/** Every legal step on two numbers of `pool` (larger operand first), in a fixed order, with the pool it leaves. */
function* moves(pool: number[]): Generator<{ step: Step; rest: number[] }> {
  for (let i = 0; i < pool.length; i++)
    for (let j = i + 1; j < pool.length; j++) {
      const [x, y] = pool[i] >= pool[j] ? [pool[i], pool[j]] : [pool[j], pool[i]];
      for (const op of OPS) {
        const c = apply(x, op, y);
        if (c >= 0 && c <= CD_MAX) yield { step: { a: x, op, b: y, c }, rest: [...pool.filter((_, q) => q !== i && q !== j), c] };
      }
    }
}

/** A shortest solution: the first found by iterative deepening over the moves in order. */
export function shortestSolution(nums: number[], target: number): Step[] {
  const search = (pool: number[], depth: number): Step[] | undefined => {
    if (depth === 0) return undefined;
    for (const { step, rest } of moves(pool)) {
      if (step.c === target) return [step];
      const more = search(rest, depth - 1);
      if (more) return [step, ...more];
    }
    return undefined;
  };
  for (let d = 1; d < nums.length; d++) {
    const s = search(nums, d);
    if (s) return s;
  }
  throw new Error(`no solution for ${nums.join(',')}:${target}`);
}

const digits = (x: number) => Array.from(String(x), Number);

function stepTokens(s: Step): number[] {
  return [...digits(s.a), OP_TOK[s.op], ...digits(s.b), CD_TOK.eq, ...digits(s.c), CD_TOK.sep];
}

/** A wrong result: off by one, or by ten when that stays in range. */
function slipped(c: number, rng: Rng): number {
  const d = rng.next() < 0.7 ? (rng.next() < 0.5 ? -1 : 1) : rng.next() < 0.5 ? -10 : 10;
  const v = c + d;
  return v >= 0 && v <= CD_MAX && v !== c ? v : c + 1 <= CD_MAX ? c + 1 : c - 1;
}

/**
 * Writes `steps` (with slips: a slipped result feeds the later steps that use it); returns the final value.
 * The k-th step of the response (from 0) slips with probability k * slip: the longer the response, the
 * likelier a mistake, as with a tired solver.
 */
function writeAttempt(steps: Step[], out: number[], rng: Rng | undefined, slip: number): number {
  const fix = new Map<number, number>(); // true value -> written value, for results that slipped
  let last = 0;
  for (const s of steps) {
    const a = fix.get(s.a) ?? s.a;
    const b = fix.get(s.b) ?? s.b;
    fix.delete(s.a);
    fix.delete(s.b);
    let c = apply(a, s.op, b);
    if (c < 0 || c > CD_MAX) c = s.c;
    const written = out.filter((t) => t === CD_TOK.eq).length;
    if (rng && slip > 0 && rng.next() < written * slip) c = slipped(c, rng);
    if (c !== s.c) fix.set(s.c, c);
    out.push(...stepTokens({ a, op: s.op, b, c }));
    last = c;
  }
  return last;
}

/** The teacher's response, EOS included; without `rng`, the concise correct solution. */
export function teach(p: CountdownProblem, rng?: Rng, t: TeacherOptions = { verbose: 0, giveUp: 0, slip: 0 }): number[] {
  const out = teachOnce(p, rng, t);
  // two long failed attempts may not fit the response window: then the teacher is concise
  return out.length <= countdownMaxResponse(p.nums.length) ? out : teachOnce(p, rng, { ...t, verbose: 0 });
}

function teachOnce(p: CountdownProblem, rng: Rng | undefined, t: TeacherOptions): number[] {
  const out: number[] = [];
  if (rng && rng.next() < t.verbose) {
    const chain = randomChain(p.nums, rng);
    if (chain) {
      // a failed attempt, stopped after one to all of its steps, unless it happens to reach the target
      const steps = chain.steps.slice(0, 1 + rng.int(chain.steps.length));
      if (!steps.some((s) => s.c === p.target)) {
        const value = writeAttempt(steps, out, rng, t.slip);
        if (rng.next() < t.giveUp) {
          out.push(CD_TOK.ans, ...digits(value), CD_TOK.eos);
          return out;
        }
        out.push(CD_TOK.retry);
      }
    }
  }
  // half of the time the way the problem was made, which may take more steps than needed
  const solution = rng && rng.next() < 0.5 ? p.steps : shortestSolution(p.nums, p.target);
  writeAttempt(solution, out, rng, rng ? t.slip : 0);
  out.push(CD_TOK.ans, ...digits(p.target), CD_TOK.eos);
  return out;
}

/** Reads a decimal number at `i`; [value, next index] or undefined. */
function readNumber(r: ArrayLike<number>, i: number): [number, number] | undefined {
  let v = 0;
  let k = i;
  while (k < r.length && r[k] <= 9 && k - i < 3) v = v * 10 + r[k++];
  return k > i && (k - i === 1 || r[i] !== 0) ? [v, k] : undefined;
}

/** True when the response is a legal derivation of the target ending in its answer line and EOS. */
export function checkCountdown(p: Pick<CountdownProblem, 'nums' | 'target'>, r: ArrayLike<number>): boolean {
  let pool = [...p.nums];
  let last = -1;
  let i = 0;
  const take = (v: number) => {
    const k = pool.indexOf(v);
    if (k < 0) return false;
    pool.splice(k, 1);
    return true;
  };
  while (i < r.length) {
    if (r[i] === CD_TOK.retry) {
      pool = [...p.nums];
      last = -1;
      i++;
      continue;
    }
    if (r[i] === CD_TOK.ans) {
      const ans = readNumber(r, i + 1);
      if (!ans || r[ans[1]] !== CD_TOK.eos) return false;
      return ans[0] === p.target && last === p.target;
    }
    const a = readNumber(r, i);
    if (!a) return false;
    const opTok = r[a[1]];
    const op = opTok === CD_TOK.plus ? '+' : opTok === CD_TOK.minus ? '-' : opTok === CD_TOK.times ? '*' : undefined;
    const b = op ? readNumber(r, a[1] + 1) : undefined;
    if (!op || !b || r[b[1]] !== CD_TOK.eq) return false;
    const c = readNumber(r, b[1] + 1);
    if (!c || r[c[1]] !== CD_TOK.sep) return false;
    if (!take(a[0]) || !take(b[0])) return false;
    const v = apply(a[0], op, b[0]);
    if (v !== c[0] || v < 0) return false;
    pool.push(v);
    last = v;
    i = c[1] + 1;
  }
  return false;
}

export function countdownPrompt(p: Pick<CountdownProblem, 'nums' | 'target'>): number[] {
  return [...p.nums, CD_TOK.colon, Math.floor(p.target / 10), p.target % 10];
}

/** Longest response allowed: a failed attempt and the solution, each step at most 9 tokens, '!', the answer. */
export function countdownMaxResponse(n: number): number {
  return 2 * (n - 1) * 9 + 1 + 4;
}

/** Values (0..CD_MAX) reachable from `nums` with one or more steps, each number used at most once. */
function reachable(nums: number[]): Set<number> {
  const out = new Set<number>();
  const walk = (pool: number[]) => {
    for (const { step, rest } of moves(pool)) {
      out.add(step.c);
      walk(rest);
    }
  };
  walk(nums);
  return out;
}

/** The number of distinct problems (multiset of numbers, target) with `n` numbers. */
export function countdownSpace(n: number): number {
  let count = 0;
  const walk = (nums: number[], from: number) => {
    if (nums.length === n) {
      for (const v of reachable(nums)) if (v >= 1 && !nums.includes(v)) count++;
      return;
    }
    for (let x = from; x <= 9; x++) walk([...nums, x], x);
  };
  walk([], 1);
  return count;
}

// Arithmetic tasks with a written-out scratchpad and a rule-based checker.
//   add: "047+385=" -> "213140>0432."     column by column from the least significant digit:
//        each column's sum digit then its carry, then '>' and the answer (fixed width).
//   mul: "347*8=" -> "657372>2776."   the same with a one-digit multiplier (carries up to 8).
//   countdown: "357:22" -> "3*5=15,15+7=22,>22."   reach the target from the numbers (see countdown.ts).
// Difficulty is the number of digits (and the base: operands may be written in base 2..10), or for
// countdown the number of given numbers. Prompts have a fixed length per task and difficulty, so every
// sequence of a batch starts decoding at the same position.
import { CD_TOK, CD_VOCAB, checkCountdown, countdownMaxResponse, countdownSpace, countdownPrompt, drawCountdown, teach, type CountdownProblem } from './countdown.js';
import { Rng } from '../rng.js';

export const VOCAB = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '*', '=', '>', '.', '_'] as const;
export const TOK = { plus: 10, times: 11, eq: 12, ans: 13, eos: 14, pad: 15 } as const;
export const VOCAB_SIZE = VOCAB.length;

export type TaskName = 'add' | 'mul' | 'countdown';
export const TASK_NAMES: TaskName[] = ['add', 'mul', 'countdown'];

export interface Problem {
  /** Operands of add and mul. */
  a?: number;
  b?: number;
  answer: number;
  prompt: number[];
  countdown?: CountdownProblem;
}

export interface TaskOptions {
  /** Number base of the operands (2..10); a smaller base means a smaller digit table to learn. */
  base?: number;
  /** Extra response tokens allowed beyond the worked solution's length. */
  slack?: number;
  /**
   * Probability that the SFT teacher drops a carry it should write (and then continues consistently
   * with the slip, giving a wrong answer): an imperfect demonstrator, so SFT reaches only partial
   * competence and RL against the checker has something to fix.
   */
  teacherSlip?: number;
}

export interface Task {
  name: TaskName;
  /** The token strings; the policy's vocabulary. */
  vocab: readonly string[];
  eos: number;
  pad: number;
  /** Difficulty: digits of the first operand, or the count of numbers (countdown). */
  digits: number;
  base: number;
  promptLen: number;
  /** Longest response the policy may write (the context is promptLen + maxResponse). */
  maxResponse: number;
  /** Length of the worked solutions (the longest correct response). */
  solutionLen: number;
  draw(rng: Rng): Problem;
  /** Tokens of the worked solution, EOS included; with `rng`, the teacher may slip (teacherSlip). */
  solve(p: Problem, rng?: Rng): number[];
  /** True when the response's final answer (after '>', up to EOS) is right. */
  check(p: Problem, response: ArrayLike<number>): boolean;
  key(p: Problem): string;
  /** How many distinct problems exist (bounds the held-out set). */
  space: number;
}

const digitsOf = (x: number, n: number, base = 10): number[] => Array.from(x.toString(base).padStart(n, '0'), (c) => parseInt(c, base));

export function decode(tokens: ArrayLike<number>, vocab: readonly string[] = VOCAB): string {
  return Array.from(tokens, (t) => vocab[t] ?? '?').join('');
}

export function makeTask(name: TaskName, digits: number, opts: TaskOptions = {}): Task {
  if (name === 'countdown') return countdownTask(digits, opts);
  const base = opts.base ?? 10;
  const slack = opts.slack ?? 4;
  const slip = opts.teacherSlip ?? 0;
  if (!(base >= 2 && base <= 10)) throw new Error('base must be 2..10');
  if (!TASK_NAMES.includes(name)) throw new Error(`unknown task '${name}' (known: ${TASK_NAMES.join(', ')})`);
  if (!(digits >= 1 && digits <= 6)) throw new Error('difficulty (digits) must be 1..6');
  const op = name === 'add' ? TOK.plus : TOK.times;
  const bDigits = name === 'add' ? digits : 1;
  const promptLen = digits + bDigits + 2;
  // columns: digit + carry each; '>'; answer up to digits+1; EOS
  const solutionLen = 2 * digits + 1 + (digits + 1) + 1;
  const hi = base ** digits;
  const ansDigits = digits + 1;
  const apply = (a: number, b: number) => (name === 'add' ? a + b : a * b);
  const task: Task = {
    name,
    vocab: VOCAB,
    eos: TOK.eos,
    pad: TOK.pad,
    digits,
    base,
    promptLen,
    maxResponse: solutionLen + slack,
    solutionLen,
    draw(rng) {
      const a = rng.int(hi);
      const b = rng.int(base ** bDigits);
      const prompt = [...digitsOf(a, digits, base), op, ...digitsOf(b, bDigits, base), TOK.eq];
      return { a, b, answer: apply(a, b), prompt };
    },
    solve(p, rng) {
      const ad = digitsOf(p.a!, digits, base).reverse();
      const bd = digitsOf(p.b!, bDigits, base).reverse();
      const out: number[] = [];
      const sum: number[] = [];
      let carry = 0;
      for (let i = 0; i < digits; i++) {
        const v = name === 'add' ? ad[i] + (bd[i] ?? 0) + carry : ad[i] * bd[0] + carry;
        sum.push(v % base);
        carry = Math.floor(v / base);
        if (carry > 0 && rng && slip > 0 && rng.next() < slip) carry = 0;
        out.push(v % base, carry);
      }
      sum.push(carry);
      // the answer (what the scratchpad implies) has a fixed width with leading zeros, so every
      // output position reads from a fixed place
      out.push(TOK.ans, ...sum.reverse(), TOK.eos);
      return out;
    },
    check(p, response) {
      let i = 0;
      while (i < response.length && response[i] !== TOK.ans) i++;
      if (i === response.length) return false;
      let s = '';
      for (i++; i < response.length && response[i] !== TOK.eos; i++) {
        const t = response[i];
        if (t > 9) return false;
        s += String(t);
      }
      if (i === response.length || s.length === 0) return false;
      return s.length <= ansDigits + 1 && parseInt(s, base) === p.answer;
    },
    key: (p) => `${p.a}${name === 'add' ? '+' : '*'}${p.b}`,
    space: name === 'add' ? base ** (2 * digits) : base ** (digits + 1),
  };
  return task;
}

/**
 * Countdown with `n` numbers (2..4). teacherSlip scales the teacher's mistakes: it writes a failed
 * attempt first half of the time, gives up after one with probability teacherSlip, and slips on the
 * k-th step of a response with probability k * teacherSlip / 4.
 */
function countdownTask(n: number, opts: TaskOptions): Task {
  if (!(n >= 2 && n <= 4)) throw new Error('countdown difficulty (count of numbers) must be 2..4');
  const slip = opts.teacherSlip ?? 0;
  const maxResponse = countdownMaxResponse(n);
  const cd = (p: Problem) => p.countdown!;
  return {
    name: 'countdown',
    vocab: CD_VOCAB,
    eos: CD_TOK.eos,
    pad: CD_TOK.pad,
    digits: n,
    base: 10,
    promptLen: n + 3,
    maxResponse,
    solutionLen: maxResponse,
    draw(rng) {
      const c = drawCountdown(n, rng);
      return { answer: c.target, prompt: countdownPrompt(c), countdown: c };
    },
    solve: (p, rng) => teach(cd(p), rng, { verbose: 0.5, giveUp: slip, slip: slip / 4 }),
    check: (p, r) => checkCountdown(cd(p), r),
    key: (p) => `${[...cd(p).nums].sort().join('')}:${cd(p).target}`,
    space: countdownSpace(n),
  };
}

/**
 * A fixed held-out set (its own seed, independent of the run's), and a sampler that avoids it.
 * `which` = 1 gives the dev set used to stop SFT (disjoint from the held-out set).
 */
export function evalSet(task: Task, size: number, which = 0): Problem[] {
  const rng = new Rng(0x5eed + task.digits * 7919 + task.base * 31 + TASK_NAMES.indexOf(task.name) + which * 104729);
  const skip = new Set(which > 0 ? evalSet(task, size, which - 1).map((p) => task.key(p)) : []);
  const seen = new Set<string>();
  const out: Problem[] = [];
  const n = Math.min(size, Math.floor(task.space / 4));
  while (out.length < n) {
    const p = task.draw(rng);
    if (seen.has(task.key(p)) || skip.has(task.key(p))) continue;
    seen.add(task.key(p));
    out.push(p);
  }
  return out;
}

export function trainSampler(task: Task, held: Problem[]): (rng: Rng) => Problem {
  const banned = new Set(held.map((p) => task.key(p)));
  return (rng) => {
    for (;;) {
      const p = task.draw(rng);
      if (!banned.has(task.key(p))) return p;
    }
  };
}

// Arithmetic tasks with a written-out scratchpad and a rule-based checker.
//   add: "047+385=" -> "213140>0432."     column by column from the least significant digit:
//        each column's sum digit then its carry, then '>' and the answer (fixed width).
//   mul: "347*8=" -> "657372>2776."   the same with a one-digit multiplier (carries up to 8).
// Difficulty is the number of digits (and the base: operands may be written in base 2..10). Prompts have a fixed length per task and difficulty, so every
// sequence of a batch starts decoding at the same position.
import { Rng } from '../rng.js';

export const VOCAB = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '*', '=', '>', '.', '_'] as const;
export const TOK = { plus: 10, times: 11, eq: 12, ans: 13, eos: 14, pad: 15 } as const;
export const VOCAB_SIZE = VOCAB.length;

export type TaskName = 'add' | 'mul';
export const TASK_NAMES: TaskName[] = ['add', 'mul'];

export interface Problem {
  a: number;
  b: number;
  answer: number;
  prompt: number[];
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
}

const digitsOf = (x: number, n: number, base = 10): number[] => Array.from(x.toString(base).padStart(n, '0'), (c) => parseInt(c, base));

export function decode(tokens: ArrayLike<number>): string {
  return Array.from(tokens, (t) => VOCAB[t] ?? '?').join('');
}

export function makeTask(name: TaskName, digits: number, opts: TaskOptions = {}): Task {
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
      const ad = digitsOf(p.a, digits, base).reverse();
      const bd = digitsOf(p.b, bDigits, base).reverse();
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
  };
  return task;
}

/**
 * A fixed held-out set (its own seed, independent of the run's), and a sampler that avoids it.
 * `which` = 1 gives the dev set used to stop SFT (disjoint from the held-out set).
 */
export function evalSet(task: Task, size: number, which = 0): Problem[] {
  const rng = new Rng(0x5eed + task.digits * 7919 + task.base * 31 + (task.name === 'mul' ? 1 : 0) + which * 104729);
  const skip = new Set(which > 0 ? evalSet(task, size, which - 1).map((p) => task.key(p)) : []);
  const seen = new Set<string>();
  const out: Problem[] = [];
  const space = task.name === 'add' ? task.base ** (2 * task.digits) : task.base ** (task.digits + 1);
  const n = Math.min(size, Math.floor(space / 4));
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

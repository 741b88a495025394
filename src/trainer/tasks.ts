// Arithmetic tasks with a written-out scratchpad and a rule-based checker.
//   add: "047+385=" -> "2131 40>432."     column by column from the least significant digit:
//        each column's sum digit then its carry, then '>' and the answer.
//   mul: "347*8=" -> "6 5 7 3 7 2>2776." the same with a one-digit multiplier (carries up to 8).
// Difficulty is the number of digits. Prompts have a fixed length per task and difficulty, so every
// sequence of a batch starts decoding at the same position.
import { Rng } from './rng.js';

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

export interface Task {
  name: TaskName;
  digits: number;
  promptLen: number;
  /** Longest response the policy may write (the context is promptLen + maxResponse). */
  maxResponse: number;
  /** Length of the worked solutions (the longest correct response). */
  solutionLen: number;
  draw(rng: Rng): Problem;
  /** Tokens of the worked solution, EOS included. */
  solve(p: Problem): number[];
  /** True when the response's final answer (after '>', up to EOS) is right. */
  check(p: Problem, response: ArrayLike<number>): boolean;
  key(p: Problem): string;
}

const digitsOf = (x: number, n: number): number[] => Array.from(String(x).padStart(n, '0'), Number);

export function decode(tokens: ArrayLike<number>): string {
  return Array.from(tokens, (t) => VOCAB[t] ?? '?').join('');
}

export function makeTask(name: TaskName, digits: number, slack = 4): Task {
  if (!TASK_NAMES.includes(name)) throw new Error(`unknown task '${name}' (known: ${TASK_NAMES.join(', ')})`);
  if (!(digits >= 1 && digits <= 6)) throw new Error('difficulty (digits) must be 1..6');
  const op = name === 'add' ? TOK.plus : TOK.times;
  const bDigits = name === 'add' ? digits : 1;
  const promptLen = digits + bDigits + 2;
  // columns: digit + carry each; '>'; answer up to digits+1; EOS
  const solutionLen = 2 * digits + 1 + (digits + 1) + 1;
  const hi = 10 ** digits;
  const apply = (a: number, b: number) => (name === 'add' ? a + b : a * b);
  const task: Task = {
    name,
    digits,
    promptLen,
    maxResponse: solutionLen + slack,
    solutionLen,
    draw(rng) {
      const a = rng.int(hi);
      const b = rng.int(10 ** bDigits);
      const prompt = [...digitsOf(a, digits), op, ...digitsOf(b, bDigits), TOK.eq];
      return { a, b, answer: apply(a, b), prompt };
    },
    solve(p) {
      const ad = digitsOf(p.a, digits).reverse();
      const bd = digitsOf(p.b, bDigits).reverse();
      const out: number[] = [];
      let carry = 0;
      for (let i = 0; i < digits; i++) {
        const v = name === 'add' ? ad[i] + (bd[i] ?? 0) + carry : ad[i] * bd[0] + carry;
        out.push(v % 10);
        carry = Math.floor(v / 10);
        out.push(carry);
      }
      out.push(TOK.ans, ...Array.from(String(p.answer), Number), TOK.eos);
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
      return s === String(p.answer);
    },
    key: (p) => `${p.a}${name === 'add' ? '+' : '*'}${p.b}`,
  };
  return task;
}

/** A fixed held-out set (its own seed, independent of the run's), and a sampler that avoids it. */
export function evalSet(task: Task, size: number): Problem[] {
  const rng = new Rng(0x5eed + task.digits * 7919 + (task.name === 'mul' ? 1 : 0));
  const seen = new Set<string>();
  const out: Problem[] = [];
  const space = task.name === 'add' ? 100 ** task.digits : 10 ** (task.digits + 1);
  const n = Math.min(size, Math.floor(space / 4));
  while (out.length < n) {
    const p = task.draw(rng);
    if (seen.has(task.key(p))) continue;
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

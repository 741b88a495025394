// Parser and CST -> AST: operator precedence and associativity, comments, shifts vs reductions, folds, functions,
// aliases and spans, checked on the AST through a compact S-expression printer.
import { describe, expect, test } from 'vitest';
import type { Decl, EstimatorDecl, Expr } from '../src/grammar/ast.js';
import { parseModule } from '../src/grammar/to-ast.js';

/** `(op a b)` for operators, `name` for names, `f[dom](args)` for calls, `x[t+k]` for shifts. */
function sexpr(e: Expr): string {
  switch (e.k) {
    case 'num':
      return e.isInt ? String(e.value) : `${e.value}f`;
    case 'bool':
      return String(e.value);
    case 'name':
      return e.name;
    case 'un':
      return `(${e.op} ${sexpr(e.e)})`;
    case 'bin':
      return `(${e.op} ${sexpr(e.l)} ${sexpr(e.r)})`;
    case 'if':
      return `(if ${sexpr(e.c)} ${sexpr(e.t)} ${sexpr(e.e)})`;
    case 'shift':
      return `${sexpr(e.e)}[t${e.offset >= 0 ? '+' : ''}${e.offset}]`;
    case 'call':
      return `${e.name}${e.domain ? `[${e.domain.name}]` : ''}(${e.args.map(sexpr).join(' ')})`;
    case 'fold':
      return `(${e.op} ${e.v} ${sexpr(e.lo)} ${sexpr(e.hi)} ${sexpr(e.body)})`;
  }
}

function parseOk(source: string): Decl[] {
  const { module, errors } = parseModule(source, 'p.adv');
  expect(errors).toEqual([]);
  return module.decls;
}

/** The AST of one expression, parsed as the value of `advantages`. */
function expr(src: string): string {
  const [d] = parseOk(`estimator e() {\n  advantages = ${src}\n}\n`);
  const s = (d as EstimatorDecl).body[0]!;
  return sexpr(s.e);
}

describe('precedence and associativity', () => {
  test('multiplication binds tighter than addition', () => {
    expect(expr('a + b * c')).toBe('(+ a (* b c))');
    expect(expr('a * b + c')).toBe('(+ (* a b) c)');
    expect(expr('a - b / c % d')).toBe('(- a (% (/ b c) d))');
  });

  test('binary operators of one level associate to the left', () => {
    expect(expr('a - b - c')).toBe('(- (- a b) c)');
    expect(expr('a / b / c')).toBe('(/ (/ a b) c)');
    expect(expr('a or b or c')).toBe('(or (or a b) c)');
  });

  test('power binds tighter than unary minus and associates to the right', () => {
    expect(expr('-x ** 2')).toBe('(- (** x 2))');
    expect(expr('a ** b ** c')).toBe('(** a (** b c))');
    expect(expr('a ** -b')).toBe('(** a (- b))');
    expect(expr('-a * b')).toBe('(* (- a) b)');
    expect(expr('--a')).toBe('(- (- a))');
  });

  test('not binds looser than comparisons and tighter than and/or', () => {
    expect(expr('not a and b')).toBe('(and (not a) b)');
    expect(expr('not x > 0 or y')).toBe('(or (not (> x 0)) y)');
    expect(expr('a or b and c')).toBe('(or a (and b c))');
    expect(expr('not not a')).toBe('(not (not a))');
  });

  test('comparisons sit between arithmetic and logic, and do not chain', () => {
    expect(expr('a + 1 < b * 2')).toBe('(< (+ a 1) (* b 2))');
    expect(expr('a <= b and c >= d')).toBe('(and (<= a b) (>= c d))');
    expect(expr('a == b or c != d')).toBe('(or (== a b) (!= c d))');
    expect(expr('(a < b) == (c < d)')).toBe('(== (< a b) (< c d))');
    for (const chained of ['a < b < c', 'x > 0 == y']) {
      const { errors } = parseModule(`estimator e() {\n  advantages = ${chained}\n}\n`, 'p.adv');
      expect(errors[0]).toMatchObject({ line: 2, col: 22 });
    }
  });

  test('parentheses override precedence', () => {
    expect(expr('(a + b) * c')).toBe('(* (+ a b) c)');
    expect(expr('(-x) ** 2')).toBe('(** (- x) 2)');
  });

  test('if/then/else extends as far right as possible and nests in the else branch', () => {
    expect(expr('if c then a else b + 1')).toBe('(if c a (+ b 1))');
    expect(expr('if c then a else if d then b else e')).toBe('(if c a (if d b e))');
    expect(expr('(if c then a else b) + 1')).toBe('(+ (if c a b) 1)');
  });

  test('numbers: integers, decimals and exponents', () => {
    expect(expr('1 + 2.5 + .5 + 1e-6 + 3.')).toBe('(+ (+ (+ (+ 1 2.5f) 0.5f) 0.000001f) 3f)');
  });
});

describe('comments and layout', () => {
  test('line comments are skipped anywhere, including at the end of the file without a newline', () => {
    const decls = parseOk(
      [
        '// leading comment',
        'estimator e() { // after the brace',
        '  // a whole line',
        '  let a = 1.0 // after a value',
        '  advantages = a * 2.0 //',
        '} // trailing without a newline',
      ].join('\n'),
    );
    const est = decls[0] as EstimatorDecl;
    expect(est.body.map((s) => `${s.k} ${s.name} = ${sexpr(s.e)}`)).toEqual(['let a = 1f', 'out advantages = (* a 2f)']);
  });

  test('a slash is division, two slashes start a comment', () => {
    expect(expr('a / b // c')).toBe('(/ a b)');
  });

  test('a parenthesis on the next line continues the previous statement (a call), as there are no separators', () => {
    const est = parseOk('estimator e() {\n  let u = a\n  (b)\n  advantages = u\n}\n')[0] as EstimatorDecl;
    expect(est.body.map((s) => sexpr(s.e))).toEqual(['a(b)', 'u']);
  });

  test('statements need no separators, and an expression may span lines', () => {
    const est = parseOk('estimator e() {\n  let a = 1.0\n    + 2.0 let b = a\n  advantages = b\n}\n')[0] as EstimatorDecl;
    expect(est.body.map((s) => sexpr(s.e))).toEqual(['(+ 1f 2f)', 'a', 'b']);
  });
});

describe('shifts vs reductions', () => {
  test('x[t+k] and x[t-k] are shifts', () => {
    expect(expr('x[t+1]')).toBe('x[t+1]');
    expect(expr('x[t-1]')).toBe('x[t-1]');
    expect(expr('x[t - 12]')).toBe('x[t-12]');
    expect(expr('(a + b)[t+2]')).toBe('(+ a b)[t+2]');
  });

  test('name[domain](args) is a reduction to that domain; name(args) reduces to the default domain', () => {
    expect(expr('sum[batch](x)')).toBe('sum[batch](x)');
    expect(expr('mean[group](x * 2)')).toBe('mean[group]((* x 2))');
    expect(expr('sum(x)')).toBe('sum(x)');
    expect(expr('count[tok]()')).toBe('count[tok]()');
  });

  test('a shift applies to the result of a call, and binds tighter than unary minus and power', () => {
    expect(expr('sum(x)[t+1]')).toBe('sum(x)[t+1]');
    expect(expr('-x[t-1]')).toBe('(- x[t-1])');
    expect(expr('x[t+1] ** 2')).toBe('(** x[t+1] 2)');
  });

  test('shifts nest inside reductions and arithmetic', () => {
    expect(expr('sum[rollout](m[t+1] * x[t-2])')).toBe('sum[rollout]((* m[t+1] x[t-2]))');
  });

  test('only the position t can be shifted', () => {
    const { errors } = parseModule('estimator e() {\n  advantages = x[s+1]\n}\n', 'p.adv');
    expect(errors.map((e) => [e.line, e.col, e.message])).toEqual([
      [2, 18, "expected the position 't' inside a shift such as x[t+1], found 's'"],
    ]);
  });
});

describe('folds', () => {
  test('a fold binds its variable over a range; the body extends to the right', () => {
    expect(expr('(sum k in a..b: k * 2)')).toBe('(sum k a b (* k 2))');
    expect(expr('(max j in int(x)..n + 1: f(j))')).toBe('(max j int(x) (+ n 1) f(j))');
    expect(expr('(prod k in i..j: x) + 1')).toBe('(+ (prod k i j x) 1)');
  });

  test('a fold can be the whole right-hand side and can nest', () => {
    expect(expr('sum k in a..b: sum j in k..b: j')).toBe('(sum k a b (sum j k b j))');
  });

  test('sum as a reduction is unaffected by the fold syntax', () => {
    expect(expr('sum(k) + sum[batch](x)')).toBe('(+ sum(k) sum[batch](x))');
  });

  test('integer literal bounds', () => {
    // `n..5`: the upper literal bound lexes as a number
    expect(expr('(sum k in n..5: k)')).toBe('(sum k n 5 k)');
  });
});

describe('declarations', () => {
  test('functions with an expression or a block body', () => {
    const decls = parseOk('fn f(a, b) = a + b\nfn g(x) {\n  let y = x * 2.0\n  y + 1.0\n}\nfn h() = 1.0\n');
    expect(decls.map((d) => d.k === 'fn' && `${d.name}(${d.params.map((p) => p.name).join(',')}) ${d.body.map((s) => s.name).join(',')} ${sexpr(d.result)}`)).toEqual([
      'f(a,b)  (+ a b)',
      'g(x) y (+ y 1f)',
      'h()  1f',
    ]);
  });

  test('estimator parameters with and without types', () => {
    const est = parseOk('estimator e(eps = 1e-6, n: int = 3, flag: bool = true, neg = -0.5) {\n  advantages = x\n}\n')[0] as EstimatorDecl;
    expect(est.params.map((p) => [p.name, p.type, sexpr(p.def)])).toEqual([
      ['eps', undefined, '0.000001f'],
      ['n', 'int', '3'],
      ['flag', 'bool', 'true'],
      ['neg', undefined, '(- 0.5f)'],
    ]);
  });

  test('an estimator without a parameter list', () => {
    const est = parseOk('estimator e {\n  advantages = x\n}\n')[0] as EstimatorDecl;
    expect(est.params).toEqual([]);
  });

  test('statements: let, key, output, and outputs by assignment', () => {
    const est = parseOk('estimator e() {\n  let a = 1\n  key tok = responses\n  output d = a\n  advantages = a\n  returns = a\n}\n')[0] as EstimatorDecl;
    expect(est.body.map((s) => `${s.k}${s.k === 'out' && s.explicit ? '!' : ''} ${s.name}`)).toEqual(['let a', 'key tok', 'out! d', 'out advantages', 'out returns']);
  });

  test('an alias gives another estimator new defaults', () => {
    const [alias] = parseOk('estimator dr = grpo(norm_adv_by_std_in_grpo = false, epsilon = 1e-3)\n');
    expect(alias!.k).toBe('alias');
    if (alias!.k !== 'alias') return;
    expect(alias.base).toBe('grpo');
    expect(alias.args.map((a) => `${a.name}=${sexpr(a.value)}`)).toEqual(['norm_adv_by_std_in_grpo=false', 'epsilon=0.001f']);
    expect(parseOk('estimator same = grpo()\n')[0]).toMatchObject({ k: 'alias', base: 'grpo', args: [] });
  });

  test('declarations keep source order', () => {
    const decls = parseOk('estimator a { advantages = x }\nfn f(x) = x\nestimator b = a()\n');
    expect(decls.map((d) => `${d.k}:${d.name}`)).toEqual(['estimator:a', 'fn:f', 'alias:b']);
  });
});

describe('spans', () => {
  test('binary nodes span from their left operand to their right operand', () => {
    const est = parseOk('estimator e() {\n  advantages = aa + bb * cc\n}\n')[0] as EstimatorDecl;
    const e = est.body[0]!.e;
    expect(e.span).toMatchObject({ file: 'p.adv', line: 2, col: 16, endLine: 2, endCol: 27 });
    if (e.k !== 'bin') throw new Error('expected a binary node');
    expect(e.r.span).toMatchObject({ line: 2, col: 21, endCol: 27 });
  });

  test('calls carry the span of the name and of the domain', () => {
    const est = parseOk('estimator e() {\n  advantages = mean[group](x)\n}\n')[0] as EstimatorDecl;
    const e = est.body[0]!.e;
    if (e.k !== 'call') throw new Error('expected a call');
    expect(e.nameSpan).toMatchObject({ line: 2, col: 16, endCol: 19 });
    expect(e.domain!.span).toMatchObject({ line: 2, col: 21, endCol: 25 });
  });
});

describe('syntax errors come with positions', () => {
  test('errors are data: line, column and length of the offending token', () => {
    const { errors } = parseModule('estimator e() {\n  let x 1.0\n  advantages = x\n}\n', 'p.adv');
    expect(errors).toEqual([{ message: "expected '=', found '1.0'", line: 2, col: 9, length: 3 }]);
  });

  test('the parser recovers and reports later declarations', () => {
    const { module, errors } = parseModule('fn f(x) = x +\nestimator e() {\n  advantages = f(1.0)\n}\n', 'p.adv');
    expect(errors.length).toBeGreaterThan(0);
    expect(module.decls.map((d) => d.name)).toContain('e');
  });
});

describe('numbers next to ranges', () => {
  test('reads `0..n` as a range from 0, not the number `0.`', async () => {
    const { checkSource } = await import('../src/compiler/index.js');
    const src = 'estimator e() {\n  let p = sum k in 0..int(sum(token_level_rewards)): float(k)\n  advantages = p * response_mask\n}\n';
    expect(() => checkSource({ source: src, file: 'range.adv' })).not.toThrow();
  });
});

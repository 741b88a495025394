// The kernels' fixed math helpers, written in the kernel IR once for every target: lgamma (with its table of
// log-factorials) and asin, in f32; the order keys of selections.
import { LOG_FACTORIALS } from './builtins.js';
import { add, assign, bin, bitcast, call, conv, f32, forUp, ifS, letS, load, mul, ref, select, sub, u32, varS, type Expr, type Fn, type KernelModule } from './kernel-ir.js';

const x = ref('x', 'f32');
/** Horner's scheme, highest coefficient first (a negative one subtracted) */
const poly = (t: Expr, coeffs: number[]): Expr => coeffs.slice(1).reduce((acc, c) => (c < 0 ? sub(mul(acc, t), f32(-c)) : add(mul(acc, t), f32(c))), f32(coeffs[0]!));

/**
 * lgamma in f32. Below 8, x = n + t with t in [0, 1): lgamma(2 + t) = t P(t) (a degree-8 polynomial fitted on
 * [0, 1], error 1e-10), then the recurrence Γ(x + 1) = x Γ(x) up or down as one log of a product; from 8 on,
 * Stirling's series. Absolute error below 5e-7 on (0.001, 8], relative about 1e-7 above. Integers up to 130 read
 * the correctly rounded log-factorial table: counts (Fisher's test) hit it exactly.
 */
const LGAMMA: Fn = {
  name: 'adv_lgamma',
  params: [{ name: 'x', ty: 'f32' }],
  ret: 'f32',
  body: [
    ifS(bin('&&', bin('&&', bin('>=', x, f32(1)), bin('<=', x, f32(130))), bin('==', x, call('floor', 'f32', x))), [
      { k: 'return', value: load('f32', 'ADV_LOG_FACTORIAL', sub(conv('u32', x), u32(1))) },
    ]),
    letS('n', call('floor', 'f32', x)),
    letS('t', sub(x, ref('n', 'f32'))),
    letS(
      'p',
      mul(
        ref('t', 'f32'),
        poly(ref('t', 'f32'), [-4.0540482615e-5, 2.7712747748e-4, -1.0005071002e-3, 2.7899825032e-3, -7.3533698776e-3, 2.0574887428e-2, -6.7351748141e-2, 3.2246701344e-1, 4.2278433521e-1]),
      ),
    ),
    varS('up', 'f32', f32(1)),
    forUp('j', f32(2), f32(8), f32(1), [assign('up', mul(ref('up', 'f32'), select(bin('<', ref('j', 'f32'), ref('n', 'f32')), add(ref('j', 'f32'), ref('t', 'f32')), f32(1))))]),
    letS(
      'down',
      select(bin('<', ref('n', 'f32'), f32(2)), select(bin('<', ref('n', 'f32'), f32(1)), mul(ref('t', 'f32'), add(f32(1), ref('t', 'f32'))), add(f32(1), ref('t', 'f32'))), f32(1)),
    ),
    letS('small', add(ref('p', 'f32'), call('log', 'f32', bin('/', ref('up', 'f32'), ref('down', 'f32'))))),
    letS('ix', bin('/', f32(1), x)),
    letS('ix2', mul(ref('ix', 'f32'), ref('ix', 'f32'))),
    letS(
      'series',
      mul(
        ref('ix', 'f32'),
        sub(f32(0.083333333333), mul(ref('ix2', 'f32'), sub(f32(0.0027777777778), mul(ref('ix2', 'f32'), sub(f32(0.00079365079365), mul(ref('ix2', 'f32'), f32(0.00059523809524))))))),
      ),
    ),
    letS('large', add(add(sub(mul(sub(x, f32(0.5)), call('log', 'f32', x)), x), f32(0.91893853320467)), ref('series', 'f32'))),
    // poles and non-positive inputs give +inf
    { k: 'return', value: select(bin('>', x, f32(0)), select(bin('<', x, f32(8)), ref('small', 'f32'), ref('large', 'f32')), f32(Infinity)) },
  ],
  doc: 'log|Γ(x)| in f32: a polynomial and the recurrence below 8, Stirling above',
};

/**
 * asin in f32 (WGSL's builtin may be off by 4e-4: it allows 4096 ulp). |x| <= 0.5: x + x z Q(z), z = x^2 (Q fitted
 * on [0, 0.25], error 1e-8); above, asin x = pi/2 - 2 asin(sqrt((1 - x) / 2)).
 */
const ASIN: Fn = {
  name: 'adv_asin',
  params: [{ name: 'x0', ty: 'f32' }],
  ret: 'f32',
  body: [
    letS('a', call('min', 'f32', call('abs', 'f32', ref('x0', 'f32')), f32(1))),
    letS('big', bin('>', ref('a', 'f32'), f32(0.5))),
    letS('s', select(ref('big', 'bool'), call('sqrt', 'f32', mul(sub(f32(1), ref('a', 'f32')), f32(0.5))), ref('a', 'f32'))),
    letS('z', mul(ref('s', 'f32'), ref('s', 'f32'))),
    letS('r', add(ref('s', 'f32'), mul(mul(ref('s', 'f32'), ref('z', 'f32')), poly(ref('z', 'f32'), [0.037773864697, 0.026725674177, 0.044970556333, 0.074990520333, 0.16666669496])))),
    letS('v', select(ref('big', 'bool'), sub(f32(1.5707963267948966), mul(f32(2), ref('r', 'f32'))), ref('r', 'f32'))),
    { k: 'return', value: select(bin('<', ref('x0', 'f32'), f32(0)), { k: 'un', ty: 'f32', op: '-', a: ref('v', 'f32') }, ref('v', 'f32')) },
  ],
  doc: 'asin in f32, within about 1e-7',
};

const SIGN = 0x80000000;
const ALL = 0xffffffff;

/** The order-preserving u32 image of an f32 (selections count its bytes): negatives flipped, positives' sign set. */
const ORDER_KEY: Fn = {
  name: 'adv_order_key',
  params: [{ name: 'x', ty: 'f32' }],
  ret: 'u32',
  body: [
    letS('bits', bitcast('u32', x)),
    { k: 'return', value: bin('^', ref('bits'), select(bin('!=', bin('>>', ref('bits'), u32(31)), u32(0)), u32(ALL), u32(SIGN))) },
  ],
  doc: "the f32's order-preserving u32 image: NaN above +inf, -0 below +0",
};

const ORDER_VALUE: Fn = {
  name: 'adv_order_value',
  params: [{ name: 'key', ty: 'u32' }],
  ret: 'f32',
  body: [{ k: 'return', value: bitcast('f32', bin('^', ref('key'), select(bin('!=', bin('>>', ref('key'), u32(31)), u32(0)), u32(SIGN), u32(ALL)))) }],
  doc: 'the f32 of an order key (adv_order_key inverted)',
};

/** Adds the helpers the kernels call (and their tables) to the module. */
export function addHelpers(m: KernelModule, calls: Set<string>): void {
  if (calls.has('adv_lgamma')) {
    m.tables.push({ name: 'ADV_LOG_FACTORIAL', ty: 'f32', values: LOG_FACTORIALS.map((v) => Math.fround(v)), doc: 'log(k!) for k = 0..129, correctly rounded: counts (Fisher\'s test) hit this table exactly' });
    m.functions.push(LGAMMA);
  }
  if (calls.has('adv_asin')) m.functions.push(ASIN);
  if (calls.has('adv_order_key')) m.functions.push(ORDER_KEY);
  if (calls.has('adv_order_value')) m.functions.push(ORDER_VALUE);
}

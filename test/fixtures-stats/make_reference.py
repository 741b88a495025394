#!/usr/bin/env python3
"""Reference values for test/stats-*.test.ts, computed independently of advc in float64.

Writes reference.json next to this script:
  lgamma: x values (float32-representable, as the GPU sees them) and scipy.special.gammaln(x) in float64;
  tables: every 2x2 table [[a, b], [c, d]] KTAE builds for a group of G rollouts (G = 1..16, G_c correct and
          G_w = G - G_c wrong, a = 0..G_c, b = 0..G_w, c = G_c - a, d = G_w - b) with
          scipy.stats.fisher_exact's two-sided p-value and numpy float64 evaluations of the formulas of
          spec/estimators.md section 6.3 (information gain in bits, KTAE's Cohen h, BM25 tf); only the proportions inside Cohen's h are
          formed in float32, as the official code forms them (see proportion32).

Run: python3 test/fixtures-stats/make_reference.py   (needs numpy and scipy, e.g. Debian's python3-scipy)
"""
import json
import os

import numpy as np
import scipy
from scipy.special import gammaln
from scipy.stats import fisher_exact

MAX_G = 16
BM25_K1 = 2.0
BM25_B = 0.5


def lgamma_points():
    xs = [float(i) for i in range(1, 201)]                       # integers: log-factorials
    xs += [i + 0.5 for i in range(0, 200)]                       # half-integers
    xs += list(np.logspace(-30, -1, 60))                         # tiny x: lgamma ~ -log x
    xs += list(np.linspace(0.01, 3.0, 300))                      # (0, 3]: both zeros of lgamma (1 and 2)
    xs += [1.0 + d for d in (-1e-3, -1e-5, 1e-5, 1e-3)] + [2.0 + d for d in (-1e-3, -1e-5, 1e-5, 1e-3)]
    xs += [7.999, 8.0, 8.001]                                    # the WGSL shift threshold
    xs += list(np.linspace(3.0, 50.0, 200))
    xs += list(np.logspace(np.log10(50.0), 4.0, 200))            # up to 1e4
    x32 = np.unique(np.array(xs, dtype=np.float32))              # what a Float32Array holds
    x64 = x32.astype(np.float64)
    return x64, gammaln(x64)


def plogp(p):
    return -p * np.log2(p) if p > 0 else 0.0


def entropy2(x1, x2):
    return plogp(x1 / (x1 + x2)) + plogp(x2 / (x1 + x2)) if x1 + x2 > 0 else 0.0


def information_gain(a, b, c, d):
    n = a + b + c + d
    if n == 0:
        return 0.0
    h_y = plogp((a + c) / n) + plogp((b + d) / n)
    h_y_given_x = (a + b) / n * entropy2(a, b) + (c + d) / n * entropy2(c, d)
    return h_y - h_y_given_x


def proportion32(x, total):
    """x / (total + 1e-10) in float32, as KTAE's float32 tensors compute it: the 1e-10 only turns 0/0 into 0 (it
    vanishes when added to a total >= 1). In float64 it would move asin(sqrt(1 - 1e-10)) 1e-5 below pi/2."""
    return np.float32(x) / (np.float32(total) + np.float32(1e-10))


def cohen_h(a, b, c, d):
    p1 = np.clip(np.float64(proportion32(a, a + c)), 0.0, 1.0)
    p2 = np.clip(np.float64(proportion32(b, b + d)), 0.0, 1.0)
    return float(np.arcsin(np.sqrt(p1)) - np.arcsin(np.sqrt(p2)))


def bm25_tf(count, length, avg):
    """KTAE's compute_tf for one class, with the table's presence count as the count and the class size as the
    class's token count (so every mixed table has a defined value)."""
    k_doc = BM25_K1 * (1.0 - BM25_B + BM25_B * length / avg)
    f = count / length
    return f * (BM25_K1 + 1.0) / (f + k_doc)


def tables():
    rows = []
    for g in range(1, MAX_G + 1):
        for gc in range(0, g + 1):
            gw = g - gc
            for a in range(0, gc + 1):
                for b in range(0, gw + 1):
                    c, d = gc - a, gw - b
                    p = float(fisher_exact([[a, b], [c, d]], alternative='two-sided').pvalue)
                    r1, c1, n = a + b, a + c, g
                    single = max(0, r1 + c1 - n) == min(r1, c1)
                    score = 0.0 if single else float(np.exp(-2.0 * p))
                    mixed = gc > 0 and gw > 0
                    avg = (gc + gw) / 2.0
                    tf_c = bm25_tf(a, gc, avg) if mixed else None
                    tf_w = bm25_tf(b, gw, avg) if mixed else None
                    rows.append({'t': [a, b, c, d], 'p': p, 'score': score, 'ig': information_gain(a, b, c, d),
                                 'h': cohen_h(a, b, c, d), 'tf_c': tf_c, 'tf_w': tf_w})
    return rows


def r12(v):
    """12 significant digits: far below every tolerance of the tests, and half the file size."""
    return None if v is None else float(f'{v:.12g}')


def main():
    x, lg = lgamma_points()
    rows = tables()
    out = {
        'generator': f'make_reference.py with numpy {np.__version__}, scipy {scipy.__version__}',
        'bm25': {'k1': BM25_K1, 'b': BM25_B},
        'lgamma': {'x': [float(v) for v in x], 'gammaln': [r12(v) for v in lg]},
        # one key per column keeps the file small: tables[i] = [a, b, c, d]
        'tables': [r['t'] for r in rows],
        'fisher_p': [r12(r['p']) for r in rows],
        'fisher_score': [r12(r['score']) for r in rows],
        'information_gain': [r12(r['ig']) for r in rows],
        'cohen_h': [r12(r['h']) for r in rows],
        'tf_c': [r12(r['tf_c']) for r in rows],
        'tf_w': [r12(r['tf_w']) for r in rows],
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'reference.json')
    with open(path, 'w') as f:
        json.dump(out, f, separators=(',', ':'))
        f.write('\n')
    print(f'{path}: {len(x)} lgamma points, {len(rows)} tables')


if __name__ == '__main__':
    main()

// The C kernels' inline exp (render-c.ts C_EXPF) against the C library's expf and against Math.exp, built with the
// kernels' flags: within one ulp of both on every 61st float (70 million, all exponents and both signs) and on the
// edges (overflow, underflow to subnormals and to 0, infinities, NaN), computed in a loop of their own as a token
// loop would (which the compiler may vectorize).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { C_EXPF } from '../src/compiler/render-c.js';
import { cCompiler } from '../src/runtime/native.js';

const EDGES = [
  0, -0, 1, -1, 1e-30, -1e-30, 88.72283, 88.722839, 88.72284, 88.7229, 89, 103.9, 104, 104.1, 200, 3.4e38, -87.33654, -87.3366, -100,
  -103.972, -103.9721, -103.97208, -103.98, -104, -104.1, -3.4e38, Infinity, -Infinity, NaN,
];

const HOST = `${C_EXPF}
#include <stdio.h>
#include <stdlib.h>
static uint32_t bits(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
static float fl(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }
/* ulps between two floats of the same sign (a different sign counts as far) */
static uint32_t ulps(float a, float b) {
  if (isnan(a) || isnan(b)) return isnan(a) && isnan(b) ? 0u : 0xffffffffu;
  const uint32_t x = bits(a), y = bits(b);
  if ((x ^ y) >> 31) return a == b ? 0u : 0xffffffffu;
  return x > y ? x - y : y - x;
}
#define BLOCK 4096
int main(int argc, char **argv) {
  static float xs[BLOCK], ys[BLOCK];
  uint64_t far = 0, off = 0, n = 0;
  for (uint64_t b = 0; b < (1ull << 32); b += 61u * BLOCK) {
    int m = 0;
    for (uint64_t c = b; c < b + 61u * BLOCK && c < (1ull << 32); c += 61u) xs[m++] = fl((uint32_t)c);
    for (int i = 0; i < m; i++) ys[i] = adv_expf(xs[i]);
    for (int i = 0; i < m; i++) {
      const uint32_t u = ulps(ys[i], expf(xs[i]));
      n++;
      if (u > 1u) { if (far++ < 5) printf("far %a %a %a\\n", xs[i], ys[i], expf(xs[i])); }
      else if (u == 1u) off++;
    }
  }
  printf("checked %llu one-ulp %llu far %llu\\n", (unsigned long long)n, (unsigned long long)off, (unsigned long long)far);
  for (int i = 1; i < argc; i++) {
    const float x = strtof(argv[i], NULL);
    printf("%a %u %u\\n", x, bits(adv_expf(x)), ulps(adv_expf(x), expf(x)));
  }
  return 0;
}
`;

test.skipIf(!cCompiler())('the C kernels exp is within one ulp of the C library and of Math.exp', () => {
  const dir = mkdtempSync(join(tmpdir(), 'advc-expf-'));
  try {
    writeFileSync(join(dir, 'expf.c'), `#include <math.h>\n#include <stdint.h>\n#include <string.h>\n${HOST}`);
    const { command, flags } = cCompiler()!;
    const cc = spawnSync(command, [...flags.filter((f) => f !== '-shared' && f !== '-fPIC'), '-o', join(dir, 'expf'), join(dir, 'expf.c'), '-lm'], { encoding: 'utf8' });
    expect(cc.status, cc.stderr).toBe(0);
    // many values in [-110, 110] for Math.exp too, besides the edges
    const xs = [...EDGES, ...Array.from({ length: 2000 }, (_, i) => -110 + i * 0.11 + 1e-3)].map((x) => String(Math.fround(x)));
    const r = spawnSync(join(dir, 'expf'), xs, { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const summary = lines.shift()!;
    const [, n, , far] = summary.match(/checked (\d+) one-ulp (\d+) far (\d+)/)!.map(Number) as number[];
    expect(n).toBeGreaterThan(70_000_000);
    expect(far, summary).toBe(0);
    const f = new Float32Array(1);
    const u = new Uint32Array(f.buffer);
    lines.forEach((line, i) => {
      const [, got, vsLibm] = line.split(' ');
      const x = Number(xs[i]);
      f[0] = Math.exp(x);
      const want = u[0]!;
      u[0] = Number(got);
      const value = f[0]!;
      if (Number.isNaN(x)) return expect(value).toBeNaN();
      expect(Number(vsLibm), `${x}`).toBeLessThanOrEqual(1);
      expect(Math.abs(Number(got) - want), `${x}: ${value} against Math.exp's ${Math.exp(x)}`).toBeLessThanOrEqual(1);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

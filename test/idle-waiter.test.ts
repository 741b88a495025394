// IdleWaiter: sleeping through most of a device wait must never make a wait much longer than the device
// work, also when the work gets faster (an oversleep must not feed on itself).
import { expect, test } from 'vitest';
import { IdleWaiter } from '../src/runtime/plan-runner.js';

/** A wait on "device work" that finishes `ms` after it was submitted, whenever the waiter starts polling. */
async function timedWait(w: IdleWaiter, ms: number): Promise<number> {
  const start = performance.now();
  await w.wait('kind', () => new Promise<void>((done) => setTimeout(done, Math.max(0, start + ms - performance.now()))));
  return performance.now() - start;
}

test('waits last about as long as the work, before and after learning, and follow it when it gets faster', async () => {
  const w = new IdleWaiter();
  w.enabled = true;
  for (let i = 0; i < 5; i++) expect(await timedWait(w, 80)).toBeLessThan(80 + 25);
  const later: number[] = [];
  for (let i = 0; i < 10; i++) later.push(await timedWait(w, 5));
  // the first faster waits oversleep (the estimate still says 80 ms); the last ones must not (a margin for
  // timer delays on a busy machine: an oversleep that feeds on itself stays above 50 ms here)
  expect(later.slice(-2).every((t) => t < 5 + 20), later.map((t) => t.toFixed(1)).join(' ')).toBe(true);
});

test('a disabled waiter only polls; the result of the wait is passed through', async () => {
  const w = new IdleWaiter();
  for (let i = 0; i < 3; i++) expect(await w.wait('k', async () => i * 2)).toBe(i * 2);
});

test('while it polls, the event loop turns about every half millisecond, not continuously', async () => {
  // Dawn's binding polls once per turn of the event loop; count the turns during a 30 ms wait
  const turns = async (w: IdleWaiter) => {
    let n = 0;
    let on = true;
    const spin = () => {
      n++;
      if (on) setImmediate(spin);
    };
    setImmediate(spin);
    await w.wait('poll', () => new Promise<void>((done) => setTimeout(done, 30)));
    on = false;
    return n;
  };
  const throttled = new IdleWaiter();
  throttled.enabled = true; // the first waits of a kind do not sleep: all 30 ms are polling
  const plain = new IdleWaiter();
  const [a, b] = [await turns(throttled), await turns(plain)];
  expect(a, `${a} turns throttled, ${b} plain`).toBeLessThan(150);
  expect(b).toBeGreaterThan(10 * a);
});

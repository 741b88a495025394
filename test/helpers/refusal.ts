// The checker's first error line for an estimator body (wrapped in `estimator bad()` of bad.adv), or 'accepted'.
import { checkSource } from '../../src/compiler/index.js';

export function refusal(body: string): string {
  try {
    checkSource({ source: `estimator bad() {\n${body}\n  advantages = response_mask * 1.0\n}\n`, file: 'bad.adv' });
  } catch (e) {
    return String((e as Error).message).split('\n')[0]!;
  }
  return 'accepted';
}

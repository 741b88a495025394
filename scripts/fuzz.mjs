// npm run fuzz -- --programs N [--seed S] [--every K]: runs test/fuzz/fuzz.ts through vitest with those settings.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const env = { ...process.env };
const names = { '--programs': 'ADVC_FUZZ_PROGRAMS', '--seed': 'ADVC_FUZZ_SEED', '--every': 'ADVC_FUZZ_EVERY' };
for (let i = 0; i < args.length; i++) {
  const name = names[args[i]];
  const value = args[i + 1];
  if (args[i] === '--help' || !name || value === undefined || !/^\d+$/.test(value)) {
    console.error('usage: npm run fuzz -- --programs N [--seed S] [--every K]\n  N random programs (default 1000), seed S (default random, printed), every K-th program also on native C and both WGSL schedules (default 10)');
    process.exit(args[i] === '--help' ? 0 : 1);
  }
  env[name] = value;
  i++;
}
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.fuzz.config.ts'], { stdio: 'inherit', env });
process.exit(r.status ?? 1);

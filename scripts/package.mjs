// `npm run package`: a self-contained advc for a machine without network (e.g. a GPU node): one bundled JS
// file, Dawn's native addon, this Node binary, the stdlib and the few files advc reads at run time, and a
// launcher. Writes <out>/ and <out>.tar.gz (unless --no-archive). Needs `npm run build` first.
//   node scripts/package.mjs [--out advc-bundle] [--no-archive]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
if (argv.includes('--help')) {
  console.log('usage: npm run package -- [--out DIR] [--no-archive]');
  process.exit(0);
}
const outFlag = argv.indexOf('--out');
const out = resolve(outFlag >= 0 ? argv[outFlag + 1] : join(root, 'advc-bundle'));
const entry = join(root, 'dist', 'cli', 'main.js');
if (!existsSync(entry)) {
  console.error('package: dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const platform = `${process.platform}-${process.arch}`;
const addon = join(root, 'node_modules', 'webgpu', 'dist', platform, 'dawn.node');
if (!existsSync(addon)) {
  console.error(`package: no Dawn addon for ${platform} in node_modules/webgpu`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [entry],
  outfile: join(out, 'advc.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies (ts-morph's TypeScript) use require, __filename and __dirname; an ESM bundle has none
  banner: {
    js: [
      "import { createRequire as __advcRequire } from 'node:module';",
      "import { fileURLToPath as __advcPath } from 'node:url';",
      "import { dirname as __advcDir } from 'node:path';",
      'const require = __advcRequire(import.meta.url);',
      'const __filename = __advcPath(import.meta.url);',
      'const __dirname = __advcDir(__filename);',
    ].join(' '),
  },
  // optional at run time (advc report --tokenizer): loaded only if installed next to the bundle
  external: ['@huggingface/tokenizers'],
  logLevel: 'warning',
});
// webgpu's loader looks for the addon in dist/<platform>/ next to the module that loads it (now advc.mjs)
mkdirSync(join(out, 'dist', platform), { recursive: true });
copyFileSync(addon, join(out, 'dist', platform, 'dawn.node'));
// `advc compile` embeds these runtime sources in the modules it writes
const { EMBEDDED_SOURCES } = await import(join(root, 'dist', 'compiler', 'codegen-ts.js'));
for (const p of ['stdlib', 'package.json', ...EMBEDDED_SOURCES, 'test/fixtures', 'bench/torch_baselines.py', 'examples']) {
  mkdirSync(dirname(join(out, p)), { recursive: true });
  cpSync(join(root, p), join(out, p), { recursive: true });
}
copyFileSync(process.execPath, join(out, 'node'));
chmodSync(join(out, 'node'), 0o755);
writeFileSync(
  join(out, 'advc'),
  [
    '#!/bin/sh',
    '# advc, self-contained: the Node binary, the bundled JS and Dawn sit next to this script.',
    'here=$(cd "$(dirname "$0")" && pwd)',
    'ADVC_HOME="$here" exec "$here/node" "$here/advc.mjs" "$@"',
    '',
  ].join('\n'),
);
chmodSync(join(out, 'advc'), 0o755);

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
console.log(`${out}/: advc.mjs ${mib(statSync(join(out, 'advc.mjs')).size)}, dawn.node ${mib(statSync(addon).size)}, node ${mib(statSync(process.execPath).size)}`);
if (!argv.includes('--no-archive')) {
  const archive = `${out}.tar.gz`;
  execFileSync('tar', ['-czf', archive, '-C', dirname(out), basename(out)]);
  console.log(`${archive}: ${mib(statSync(archive).size)} (copy it over, untar, run ${basename(out)}/advc doctor)`);
}

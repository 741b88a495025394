// Where advc's own files live (stdlib/, package.json, the plan runner source, fixtures, bench scripts): the
// package folder, two levels above this module in src/ or dist/; or ADVC_HOME, which the self-contained bundle
// (`npm run package`) sets, since its single JS file sits elsewhere.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = process.env['ADVC_HOME'] ? resolve(process.env['ADVC_HOME']) : resolve(dirname(fileURLToPath(import.meta.url)), '..');

// `input name: domain type [= fill]` declarations: batch fields an estimator reads beyond the standard table
// (a per-token process reward, per-rollout reward components), checked once and turned into table rows.
import type { Expr, InputDecl } from '../grammar/ast.js';
import { diagAt, type Diagnostic } from './diagnostics.js';
import type { InputField } from '../plan/format.js';
import { inputField } from './input-fields.js';

function literal(e: Expr): number | undefined {
  if (e.k === 'num') return e.value;
  if (e.k === 'un' && e.op === '-' && e.e.k === 'num') return -e.e.value;
  return undefined;
}

/** The declared fields by name; a bad declaration is reported and left out. */
export function declaredInputs(decls: InputDecl[], diags: Diagnostic[]): Map<string, InputField> {
  const out = new Map<string, InputField>();
  for (const d of decls) {
    if (inputField(d.name)) {
      diags.push(diagAt(d.nameSpan, `'${d.name}' is a standard batch field already; it needs no declaration`));
      continue;
    }
    const domain = d.domain.name;
    if (domain !== 'token' && domain !== 'rollout') {
      diags.push(diagAt(d.domain.span, `a batch field lives in token or rollout, not '${domain}'`, 'write e.g. `input process_reward: token float`'));
      continue;
    }
    const type = d.type.name;
    if (type !== 'float' && type !== 'int') {
      diags.push(diagAt(d.type.span, `a batch field holds float or int values, not '${type}'`));
      continue;
    }
    const fill = d.fill && literal(d.fill);
    if (d.fill && (fill === undefined || type !== 'float')) {
      diags.push(diagAt(d.fill.span, type === 'float' ? 'the value of an absent field must be a literal number' : 'only a float field can have a value for when it is absent'));
      continue;
    }
    const prev = out.get(d.name);
    if (prev && (prev.domain !== domain || prev.type !== type || prev.fill !== fill)) {
      diags.push(diagAt(d.nameSpan, `'${d.name}' is declared elsewhere as ${prev.domain} ${prev.type}${prev.fill === undefined ? '' : ` = ${prev.fill}`}`));
      continue;
    }
    out.set(d.name, {
      name: d.name,
      type,
      domain,
      required: false,
      ...(fill === undefined ? {} : { fill }),
      aliases: [],
      doc: `declared in ${d.span.file}:${d.span.line}`,
    });
  }
  return out;
}

// Token text for `advc report --tokenizer tokenizer.json`, decoded by the Hugging Face tokenizer library
// (@huggingface/tokenizers: pure JavaScript, reads a local tokenizer.json, no network). It is an optional
// dependency, loaded only when a tokenizer is given.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';

export const TOKENIZER_PACKAGE = '@huggingface/tokenizers';

/** The part of the library's Tokenizer that the report uses. */
interface HfTokenizer {
  decode(ids: number[], options?: { skip_special_tokens?: boolean; clean_up_tokenization_spaces?: boolean | null }): string;
  id_to_token(id: number): string | undefined;
}

type TokenizerClass = new (tokenizerJson: object, config: object) => HfTokenizer;

/** Turns one rollout's token ids into the text of each token. */
export type TokenTexts = (ids: number[]) => string[];

async function loadLibrary(): Promise<TokenizerClass> {
  // A variable specifier keeps the compiler from requiring the package at build time.
  const specifier: string = TOKENIZER_PACKAGE;
  let mod: { Tokenizer?: TokenizerClass };
  try {
    mod = (await import(specifier)) as { Tokenizer?: TokenizerClass };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new UserError(`--tokenizer needs the npm package ${TOKENIZER_PACKAGE}, which is not installed (npm install ${TOKENIZER_PACKAGE}@0.2.0)`);
    throw e;
  }
  if (typeof mod.Tokenizer !== 'function') throw new UserError(`${TOKENIZER_PACKAGE} has no Tokenizer export; install version 0.2.0`);
  return mod.Tokenizer;
}

function readJsonObject(path: string, what: string): object {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${path}: cannot read the ${what}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${path}: the ${what} is not valid JSON (${(e as Error).message})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new UserError(`${path}: the ${what} must be a JSON object`);
  return doc;
}

/**
 * Loads a tokenizer.json (and the tokenizer_config.json beside it, if there is one). Each token is decoded
 * in the context of the few tokens before it, so byte-level pieces of one character and word-start markers
 * come out as they read in the full text.
 */
export async function loadTokenTexts(path: string): Promise<TokenTexts> {
  const json = readJsonObject(path, 'tokenizer');
  const configPath = join(dirname(path), 'tokenizer_config.json');
  const config = existsSync(configPath) ? readJsonObject(configPath, 'tokenizer config') : {};
  const Tokenizer = await loadLibrary();
  let tok: HfTokenizer;
  try {
    tok = new Tokenizer(json, config);
  } catch (e) {
    throw new UserError(`${path}: not a tokenizer the library can load (${(e as Error).message})`);
  }
  return (ids) => decodeEach(tok, ids);
}

const CONTEXT = 3;
const opts = { skip_special_tokens: false, clean_up_tokenization_spaces: false };

/** Text without the replacement characters that an incomplete trailing UTF-8 sequence decodes to. */
function complete(text: string): string {
  return text.replace(/\uFFFD+$/, '');
}

function decodeEach(tok: HfTokenizer, ids: number[]): string[] {
  return ids.map((id, i) => {
    if (tok.id_to_token(id) === undefined) return `[${id}?]`;
    // context tokens unknown to the vocabulary would break the decode; they are left out of it
    const context = ids.slice(Math.max(0, i - CONTEXT), i).filter((c) => tok.id_to_token(c) !== undefined);
    // A character split over several byte-level tokens is shown on the token that completes it.
    const before = context.length ? complete(tok.decode(context, opts)) : ''; // the library rejects an empty list
    const withToken = complete(tok.decode([...context, id], opts));
    if (withToken.startsWith(before)) return withToken.slice(before.length);
    return tok.decode([id], opts);
  });
}

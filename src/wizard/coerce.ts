import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Code } from '../model/codes.ts';
import type { UsageProblem } from '../model/errors.ts';
import type { AnyInputSpec } from '../model/inputs.ts';

export type Coerced = { ok: true; value: unknown } | { ok: false; problem: UsageProblem };

const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

function fail(spec: AnyInputSpec, code: Code, given: unknown): Coerced {
  const shown = typeof given === 'string' ? given : JSON.stringify(given) ?? String(given);
  return { ok: false, problem: { code, input: spec.key, params: { given: shown.slice(0, 80), choices: (spec.choices ?? []).join(', ') } } };
}

/**
 * Text (flags, env, a prompt, a YAML string) into items. Host names and fixed choices hold no
 * separator, so a list of them is split on commas, semicolons and any white space, new lines
 * included (`mp01, mp02;mp03` or one per line, as pasted from a spreadsheet or a console):
 * `a, b;;c` → [a, b, c]. A path may hold spaces and semicolons (`C:\Program Files\...`): a list
 * of paths is split on commas and new lines only (Explorer's "Copy as path" of several files
 * gives one per line).
 */
export function splitList(text: string, spec: Pick<AnyInputSpec, 'path'> = {}): string[] {
  return text
    .split(spec.path ? /[,\r\n]+/ : /[,;\s]+/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * A path as Windows hands it over, as the tool opens it: the double quotes Explorer's "Copy as
 * path" puts around it removed (`"C:\Certs\cmg.pfx"`; a Windows path cannot hold a `"`), and a
 * leading `~`, `~/` or `~\` as the home folder (only some shells expand it, and only unquoted;
 * an answers file, an environment variable or a prompt never does). undefined for a value that is
 * only quotes: there is no path in it. Anything else is kept as given, for the file checks to judge.
 */
export function pathText(text: string, home: string = homedir()): string | undefined {
  const trimmed = text.trim();
  if (/^"*$/.test(trimmed)) return undefined;
  const quoted = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') && !trimmed.slice(1, -1).includes('"');
  const path = quoted ? trimmed.slice(1, -1) : text;
  if (path.trim() === '') return undefined;
  if (path === '~') return home;
  if (/^~[\\/]/.test(path)) return join(home, path.slice(2));
  return path;
}

/**
 * Turns a raw value from a flag, an environment variable or the answers file into the input's
 * type. Text sources (flags, env) give strings; the answers file gives YAML/JSON values, which
 * must already have the right type (a quoted "2" is not a VM count). Values outside a fixed
 * list of choices are usage errors too: there is nothing to validate in them.
 */
export function coerce(spec: AnyInputSpec, raw: unknown, fromText: boolean): Coerced {
  switch (spec.kind) {
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      if (fromText && typeof raw === 'string') {
        const word = raw.trim().toLowerCase();
        if (TRUE_WORDS.includes(word)) return { ok: true, value: true };
        if (FALSE_WORDS.includes(word)) return { ok: true, value: false };
      }
      return fail(spec, 'INPUT_NOT_BOOLEAN', raw);
    }
    case 'integer': {
      if (typeof raw === 'number' && Number.isSafeInteger(raw)) return { ok: true, value: raw };
      if (fromText && typeof raw === 'string' && /^-?\d{1,9}$/.test(raw.trim())) return { ok: true, value: Number(raw.trim()) };
      return fail(spec, 'INPUT_NOT_INTEGER', raw);
    }
    case 'choice': {
      if (typeof raw !== 'string') return fail(spec, 'INPUT_NOT_A_CHOICE', raw);
      const value = raw.trim();
      return spec.choices?.includes(value) ? { ok: true, value } : fail(spec, 'INPUT_NOT_A_CHOICE', raw);
    }
    case 'list': {
      let items: unknown[];
      if (typeof raw === 'string') items = splitList(raw, spec);
      else if (Array.isArray(raw)) items = raw.flatMap((item) => (typeof item === 'string' && fromText ? splitList(item, spec) : [item]));
      else return fail(spec, 'INPUT_NOT_A_LIST', raw);
      if (!items.every((item): item is string => typeof item === 'string' && item.length > 0)) return fail(spec, 'INPUT_NOT_A_LIST', raw);
      let trimmed = items.map((item) => item.trim());
      if (spec.path) {
        const paths = trimmed.map((item) => pathText(item));
        const empty = paths.indexOf(undefined);
        if (empty >= 0) return fail(spec, 'INPUT_PATH_EMPTY', trimmed[empty]);
        trimmed = paths as string[];
      }
      if (spec.choices) {
        const wrong = trimmed.find((item) => !spec.choices?.includes(item));
        if (wrong !== undefined) return fail(spec, 'INPUT_NOT_A_CHOICE', wrong);
      }
      return { ok: true, value: trimmed };
    }
    case 'string': {
      if (typeof raw === 'string' && raw.length > 0) {
        if (!spec.path) return { ok: true, value: raw };
        const path = pathText(raw);
        return path === undefined ? fail(spec, 'INPUT_PATH_EMPTY', raw) : { ok: true, value: path };
      }
      if (!fromText && typeof raw === 'number') return fail(spec, 'INPUT_NOT_TEXT', raw);
      return fail(spec, 'INPUT_NOT_TEXT', raw);
    }
    case 'records':
      return coerceRecords(spec, raw, fromText);
    case 'secret':
      // Secrets never arrive as values: see secrets.ts.
      return fail(spec, 'SECRET_AS_VALUE', '[REDACTED]');
  }
}

/**
 * A list of records: from the answers file, a YAML/JSON list of mappings; from a flag or the
 * environment, the same as JSON text. Each record may hold only the declared fields, text as
 * text and lists as lists (or text, split as a list of host names is: splitList); which fields a
 * record must have is a rule of the input (its validate), not a type.
 */
function coerceRecords(spec: AnyInputSpec, raw: unknown, fromText: boolean): Coerced {
  const fields = spec.fields ?? {};
  const notRecords = (reason: 'json' | 'list' | 'mapping' | 'field' | 'text' | 'items', index = 0, field = '') => ({
    ok: false as const,
    problem: { code: 'INPUT_NOT_RECORDS' as const, input: spec.key, params: { reason, index: index + 1, field: field.slice(0, 40), fields: Object.keys(fields).join(', ') } },
  });
  let value = raw;
  if (fromText && typeof raw === 'string') {
    try {
      value = JSON.parse(raw) as unknown;
    } catch {
      return notRecords('json');
    }
  }
  if (!Array.isArray(value)) return notRecords('list');
  const records: Array<Record<string, string | string[]>> = [];
  for (const [index, item] of value.entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return notRecords('mapping', index);
    const record: Record<string, string | string[]> = {};
    // Object.entries sees own keys only, so `__proto__` arrives as a plain (unknown) field.
    for (const [name, field] of Object.entries(item as Record<string, unknown>)) {
      const kind = Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (kind === undefined) return notRecords('field', index, name);
      if (kind === 'string') {
        if (typeof field !== 'string' || field.trim() === '') return notRecords('text', index, name);
        record[name] = field.trim();
      } else {
        const items = typeof field === 'string' ? splitList(field) : Array.isArray(field) ? field : undefined;
        if (!items || !items.every((entry): entry is string => typeof entry === 'string' && entry.trim() !== '')) return notRecords('items', index, name);
        record[name] = items.map((entry) => entry.trim());
      }
    }
    records.push(record);
  }
  return { ok: true, value: records };
}

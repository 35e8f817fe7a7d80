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

/** Comma-separated text (flags, env) into items: `a, b,,c` → [a, b, c]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
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
      if (typeof raw === 'string') items = splitList(raw);
      else if (Array.isArray(raw)) items = raw.flatMap((item) => (typeof item === 'string' && fromText ? splitList(item) : [item]));
      else return fail(spec, 'INPUT_NOT_A_LIST', raw);
      if (!items.every((item): item is string => typeof item === 'string' && item.length > 0)) return fail(spec, 'INPUT_NOT_A_LIST', raw);
      const trimmed = items.map((item) => item.trim());
      if (spec.choices) {
        const wrong = trimmed.find((item) => !spec.choices?.includes(item));
        if (wrong !== undefined) return fail(spec, 'INPUT_NOT_A_CHOICE', wrong);
      }
      return { ok: true, value: trimmed };
    }
    case 'string': {
      if (typeof raw === 'string' && raw.length > 0) return { ok: true, value: raw };
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
 * text and lists as lists (or comma-separated text); which fields a record must have is a rule
 * of the input (its validate), not a type.
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

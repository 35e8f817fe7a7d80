import { ALL_INPUTS } from '../steps/declarations.ts';
import { VERSION } from '../model/version.ts';
import { envName, flagName, type AnyInputSpec } from '../model/inputs.ts';
import type { Lang } from '../model/lang.ts';

function valueSchema(spec: AnyInputSpec): Record<string, unknown> {
  switch (spec.kind) {
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
      return { type: 'integer' };
    case 'choice':
      return { type: 'string', enum: spec.choices };
    case 'list': {
      const item = spec.choices ? { type: 'string', enum: spec.choices } : { type: 'string', minLength: 1 };
      // A comma-separated string is accepted too, as in flags and environment variables.
      return { oneOf: [{ type: 'array', items: item }, { type: 'string', minLength: 1 }] };
    }
    case 'secret':
      return { type: 'string', pattern: '^(env:[A-Za-z_][A-Za-z0-9_]*|file:.+|stdin|prompt)$' };
    case 'string':
      return { type: 'string', minLength: 1 };
    case 'records': {
      const properties: Record<string, unknown> = {};
      for (const [name, kind] of Object.entries(spec.fields ?? {})) {
        properties[name] = kind === 'string' ? { type: 'string', minLength: 1 } : { oneOf: [{ type: 'array', items: { type: 'string', minLength: 1 } }, { type: 'string', minLength: 1 }] };
      }
      return { type: 'array', items: { type: 'object', additionalProperties: false, properties } };
    }
  }
}

/** The same, or null: keywords other than `type`, `enum` and `oneOf` (pattern, minLength, items) constrain their own type only. */
function nullable(schema: Record<string, unknown>): Record<string, unknown> {
  if (Array.isArray(schema.oneOf)) return { ...schema, oneOf: [...(schema.oneOf as unknown[]), { type: 'null' }] };
  return { ...schema, type: [schema.type, 'null'], ...(Array.isArray(schema.enum) ? { enum: [...(schema.enum as unknown[]), null] } : {}) };
}

/**
 * JSON Schema (draft 2020-12) of the answers file, derived from the same declarations as the
 * flags, so an editor can check a file before cmg-setup does. Unknown keys are rejected; each
 * description is the input's help line in `lang`.
 */
export function answersSchema(lang: Lang): Record<string, unknown> {
  const properties: Record<string, unknown> = { $schema: { type: 'string' } };
  // An input only the command line or the environment may set has no place in the file (DESIGN.md rule 6).
  for (const spec of ALL_INPUTS.filter((candidate) => !candidate.commandLineOnly)) {
    const fallback = typeof spec.default === 'function' ? undefined : spec.default;
    // null: answered "none" (a skipped optional question, as a written answers file records it).
    properties[spec.key] = {
      ...nullable(valueSchema(spec)),
      description: `${spec.texts[lang].help} Flag ${flagName(spec.key)}, env ${envName(spec.key)}.`,
      ...(fallback !== undefined ? { default: fallback } : {}),
      'x-step': spec.step,
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://cmg-setup.invalid/schema/answers-${VERSION}.json`,
    title: 'cmg-setup answers file',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

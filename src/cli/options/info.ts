import type { Lang } from '../../model/lang.ts';
import type { SchemaOptions } from '../commands/schema.ts';
import type { StepsOptions } from '../commands/steps.ts';

/** Commander's options of `steps` as plain data (the language was read from the command line before commander). */
export function stepsOptions(options: { json?: boolean }, lang: Lang): StepsOptions {
  return { lang, json: options.json === true };
}

/** `schema` takes only the language. */
export function schemaOptions(lang: Lang): SchemaOptions {
  return { lang };
}

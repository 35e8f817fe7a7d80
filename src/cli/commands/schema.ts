import { catalogue } from '../../messages/i18n.ts';
import type { Lang } from '../../model/lang.ts';
import { jsonText } from '../../ui/json-text.ts';
import { answersSchema } from '../../wizard/schema.ts';
import type { CommandIO } from '../io.ts';

export interface SchemaOptions {
  lang: Lang;
}

/** `cmg-setup schema`: the JSON Schema of the answers file, on stdout. */
export async function schemaCommand({ lang }: SchemaOptions, io: Pick<CommandIO, 'stdout'>): Promise<void> {
  const text = catalogue(lang);
  io.stdout.write(jsonText(answersSchema((key) => text.inputs[key as keyof typeof text.inputs].help)));
}

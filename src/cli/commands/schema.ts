import type { Lang } from '../../model/lang.ts';
import { jsonText } from '../../ui/json-text.ts';
import { answersSchema } from '../../wizard/schema.ts';
import type { CommandIO } from '../io.ts';

export interface SchemaOptions {
  lang: Lang;
}

/** `cmg-setup schema`: the JSON Schema of the answers file, on stdout. */
export async function schemaCommand({ lang }: SchemaOptions, io: Pick<CommandIO, 'stdout'>): Promise<void> {
  io.stdout.write(jsonText(answersSchema(lang)));
}

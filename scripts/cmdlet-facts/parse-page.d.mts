// Types of parse-page.mjs, for the tests that import it.
export const ALL_SETS: '__AllParameterSets';

export interface SetMember {
  mandatory: boolean;
  position: number | null;
}

export interface ParameterFacts {
  type: string;
  aliases: string[];
  acceptedValues: string[] | null;
  pipeline: { byValue: boolean; byPropertyName: boolean };
  wildcards: boolean;
}

export interface Disagreement {
  parameter: string;
  set: string | null;
  field: string;
  syntax: unknown;
  parameters: unknown;
}

export interface PageFacts {
  defaultParameterSet: string | null;
  supportsShouldProcess: boolean;
  parameterSets: Record<string, { isDefault: boolean; parameters: Record<string, SetMember> }>;
  parameters: Record<string, ParameterFacts>;
  disagreements: Disagreement[];
}

export function parsePage(cmdlet: string, markdown: string): PageFacts;
export function syntaxChanges(before: PageFacts, after: PageFacts): string[];
export function describedOnly(facts: PageFacts): string[];

/**
 * A step's id: stable, it appears in file names, plan.json and the answers file. The ids and their
 * order are the registry's (src/steps/declarations.ts), the one list of steps; a test keeps them
 * unique and in kebab case.
 */
export type StepId = string;

/** What the Azure preflight gave the steps: its findings, or why it did not run. Free of the SDK. */
import type { StepFinding } from './findings.ts';

export type AzureOutcome = { ran: true; findings: StepFinding[] } | { ran: false; reason: 'offline' | 'no-sign-in' };

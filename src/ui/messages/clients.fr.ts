import type { RunbookEntry, Text } from './types.ts';

/** Step 8 (clients at scale): finding texts, artifact purposes, checks and runbook entries. */
export const clientCodesFr: Record<string, Text> = {};
export const clientPurposesFr: Record<string, string> = {};
export const clientVerifyFr: Record<string, string> = {};
export const clientRunbookEntriesFr: Record<string, RunbookEntry> = {};

import type { RunbookEntry, Text } from './types.ts';

/** Step 8 (clients at scale): finding texts, artifact purposes, checks and runbook entries. */
export const clientCodesEn: Record<string, Text> = {};
export const clientPurposesEn: Record<string, string> = {};
export const clientVerifyEn: Record<string, string> = {};
export const clientRunbookEntriesEn: Record<string, RunbookEntry> = {};

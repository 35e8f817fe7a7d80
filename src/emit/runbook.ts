/** RUNBOOK.md: the renderer lives in ./runbook/; this path stays for its importers. */
export { renderRunbook } from './runbook/index.ts';

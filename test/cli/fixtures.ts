/** Inputs shared by the end-to-end tests: valid values (from src/wizard/example.ts), as files. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** A complete, valid vmss answers set without a server certificate (so no file is needed). */
export const VALID_ANSWERS: Readonly<Record<string, unknown>> = {
  model: 'vmss',
  cloud: 'public',
  serviceName: 'contosocmg.contoso.com',
  clientAuth: 'pki',
  subscriptionId: '6d2e5f1a-3b4c-4d5e-8f90-a1b2c3d4e5f6',
  tenantId: 'b5d3c1a2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
  tenantName: 'contoso.onmicrosoft.com',
  serverAppClientId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  clientAppClientId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
  resourceGroup: 'rg-contoso-cmg',
  region: 'westeurope',
  vmCount: 2,
  trafficThresholdGb: 200,
  description: 'Contoso CMG (end-to-end test)',
  siteCode: 'P01',
  smsProvider: 'cm01.contoso.com',
  connectionPointServer: 'cmgcp01.contoso.com',
  managementPoints: ['mp01.contoso.com'],
  softwareUpdatePoints: ['sup01.contoso.com'],
  clientRollout: ['script', 'configmgr-baseline', 'gpo', 'intune'],
};

/** Writes `answers` (YAML) into `dir` and returns the file name, relative to `dir`. */
export function writeAnswers(dir: string, answers: Readonly<Record<string, unknown>>, name = 'answers.yaml'): string {
  writeFileSync(join(dir, name), stringify(answers));
  return name;
}

/** The eight step ids, in order: a contract (files, JSON and resume state use them). */
export const STEP_IDS = ['server-certificate', 'client-root', 'azure', 'gateway', 'site', 'connection-point', 'roles', 'clients'] as const;

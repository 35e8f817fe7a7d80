/**
 * Running generated scripts in PowerShell against the ConfigMgr stand-in (test/powershell/):
 * where pwsh is, whether the PowerShell suite runs, skips or fails for want of it, and one
 * harness process per batch of runs (pwsh takes about a second to start; a run takes tens of ms).
 * The batch and result shapes are documented in test/powershell/README.md.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HARNESS = join(ROOT, 'test', 'powershell', 'harness.ps1');

/** The PowerShell .ci/run installs (7.7.0 does not install as a global tool here). */
export const PWSH_VERSION = '7.6.10';
export const INSTALL_HINT = `dotnet tool install --global PowerShell --version ${PWSH_VERSION} (then ~/.dotnet/tools/pwsh), or run .ci/run`;
/** Set by .ci/run: a missing pwsh fails the PowerShell suite instead of skipping it. */
export const REQUIRE_VARIABLE = 'CMG_REQUIRE_PWSH';
export const SKIPPED_LINE = `PowerShell suite skipped: pwsh not found on PATH or in ~/.dotnet/tools. Install it with: ${INSTALL_HINT}`;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** pwsh on PATH, else the .NET global tool's ~/.dotnet/tools/pwsh; undefined when neither. */
export function findPwsh(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const names = process.platform === 'win32' ? ['pwsh.exe', 'pwsh.cmd'] : ['pwsh'];
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (!folder) continue;
    for (const name of names) {
      const candidate = join(folder, name);
      if (executable(candidate)) return candidate;
    }
  }
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  const tool = join(home, '.dotnet', 'tools', process.platform === 'win32' ? 'pwsh.exe' : 'pwsh');
  return executable(tool) ? tool : undefined;
}

export const hasPwsh = (env: NodeJS.ProcessEnv = process.env): boolean => findPwsh(env) !== undefined;
export const pwshRequired = (env: NodeJS.ProcessEnv = process.env): boolean => env[REQUIRE_VARIABLE] === '1';

/** What the PowerShell suite does on this machine: run, skip (with the one line of globalSetup), or fail. */
export function suiteMode(env: NodeJS.ProcessEnv = process.env): 'run' | 'skip' | 'fail' {
  if (hasPwsh(env)) return 'run';
  return pwshRequired(env) ? 'fail' : 'skip';
}

/**
 * `describe` for a PowerShell test file: runs it when pwsh is there; skips it when not (the one
 * line saying so is printed once, by test/powershell/global-setup.ts); and under
 * CMG_REQUIRE_PWSH=1 without pwsh, replaces it with one failing test that says how to install.
 */
export function describePowerShell(name: string, body: () => void): void {
  const mode = suiteMode();
  if (mode === 'run') describe(name, body);
  else if (mode === 'skip') describe.skip(name, body);
  else
    describe(name, () => {
      it(`needs pwsh (${REQUIRE_VARIABLE}=1)`, () => {
        throw new Error(`pwsh is required (${REQUIRE_VARIABLE}=1) but was found neither on PATH nor in ~/.dotnet/tools. Install it with: ${INSTALL_HINT}`);
      });
    });
}

// ---------------------------------------------------------------------------------------------
// The batch

export type RegistryType = 'String' | 'ExpandString' | 'DWord' | 'QWord' | 'MultiString' | 'Binary';

export interface StandInSeed {
  /**
   * SMS_Site properties (SiteCode required) plus smsProvider and the Set-CMSite settings so far;
   * `cloudGatewayWithEnhancedHttp`: whether this site's Set-CMManagementPoint (1902+) accepts
   * -EnableCloudGateway on an HTTP management point once Enhanced HTTP is on (UNDOCUMENTED: default
   * 'refused', standin/ConfigurationManager/behaviours.ps1).
   */
  sites?: Array<{
    SiteCode: string;
    smsProvider?: string;
    ServerName?: string;
    SiteName?: string;
    Version?: string;
    settings?: Record<string, unknown>;
    cloudGatewayWithEnhancedHttp?: 'accepted' | 'refused' | 'ignored';
    [property: string]: unknown;
  }>;
  /** Site systems, their Set-CMSiteSystemServer settings and their roles (ManagementPoint, SoftwareUpdatePoint, DistributionPoint, CloudManagementGatewayConnectionPoint), each with its settings. */
  siteSystems?: Array<{ server: string; siteCode: string; settings?: Record<string, unknown>; roles?: Record<string, Record<string, unknown>> }>;
  /** CMGs as SMS_AzureService properties (Name, ServiceCName, State, SiteCode...), and `progress`: the States Azure moves it to as the clock reaches each `at` (standin/ConfigurationManager/gateway-progress.ps1). */
  gateways?: Array<Record<string, unknown>>;
  /** HKLM:\ keys and their values. */
  registry?: Record<string, Record<string, { type: RegistryType; value: unknown }>>;
  /** Windows services and their status (e.g. CcmExec: 'Running'). */
  services?: Record<string, string>;
  /** The ConfigMgr client: its SMS_ActiveMPCandidate instances, and those it finds after CcmExec restarts. */
  client?: { mpCandidates?: Array<Record<string, unknown>>; mpCandidatesAfterRestart?: Array<Record<string, unknown>> };
  /**
   * Certificates by store: LocalMachine\My is what Get-ChildItem Cert:\LocalMachine\My lists; LocalMachine\Root and
   * LocalMachine\CA are where X509Chain finds the issuers. Absolute paths of files the test wrote.
   */
  certificates?: Partial<Record<'LocalMachine\\My' | 'LocalMachine\\Root' | 'LocalMachine\\CA' | 'LocalMachine\\REQUEST', Array<StandInStoreEntry>>>;
  /** The CAs certreq.exe -submit reaches (test/powershell/standin/environment/certification-authority.ps1). */
  certificationAuthorities?: StandInCertificationAuthority[];
  /** The keys certreq.exe -new makes, in order (base64 PKCS #8 DER); a new key once they run out or for another size. */
  requestKeys?: string[];
  /** What Get-Date reads until the script sleeps (ISO 8601); default 2026-03-01T00:00:00Z. */
  clock?: string;
  /** Entra apps the site has imported (standin/ConfigurationManager/onboarding.ps1): Id, ClientID, TenantID, AppType, Name... */
  aadApplications?: Array<Record<string, unknown>>;
  /** Azure services of the site: Id, Name, and AssociatedAadWebApplications unless the test leaves the property out. */
  azureServices?: Array<Record<string, unknown>>;
  /** The Entra tenant Microsoft Graph PowerShell reaches (graph-standin/graph.ps1); its modules are installed when it is given. */
  graph?: StandInGraph;
  /** Stand-in only: Entra tenant IDs whose imported server app predates 2309 (no http://localhost redirect); New-CMCloudManagementGateway fails for them from 2309 until Set-UpdateServerApplication runs. */
  outdatedServerApps?: string[];
}

/** Microsoft Graph stand-in: the tenant, who signs in, and its objects (Graph's camelCase properties). */
export interface StandInGraph {
  tenantId: string;
  account: string;
  /** false: the account may not grant Microsoft Graph app roles (an Application Administrator); default true. */
  canGrantAppRoles?: boolean;
  nextId?: number;
  applications?: Array<Record<string, unknown>>;
  servicePrincipals?: Array<Record<string, unknown>>;
  oauth2PermissionGrants?: Array<Record<string, unknown>>;
  appRoleAssignments?: Array<Record<string, unknown>>;
}

/** A parameter the docs name outside every SYNTAX block, as one site's cmdlet has it (test/powershell/standin/modelling.ps1). */
export interface StandInModelledParameter {
  /** The sets that take it; absent or [] = every set. */
  sets?: string[];
  mandatory?: boolean;
  /** A documented type name (String, Int32, Boolean...). */
  type?: string;
  /** An enum with these members (its type name is the stand-in's: CMStandIn.Modelled.*). */
  enum?: string[];
  /** A String with [ValidateSet()] of these values. */
  validateSet?: string[];
}

/** What the docs leave open, as this run's site has it (stand-in decisions made by the test: modelling.ps1). */
export interface StandInModelling {
  /** By cmdlet, then parameter: only parameters cmdlet-facts.json lists for the run's site version under releaseNoteFacts or disagreements. */
  parameters?: Record<string, Record<string, StandInModelledParameter>>;
  /** Which SMS_AzureService property -Name of Get-/Remove-CMCloudManagementGateway matches; default both. */
  gatewayName?: 'both' | 'ServiceCName' | 'Name' | 'Fqdn';
  /** The names of the roles' Props: community tooling's (default), or other names (none the scripts know). */
  roleProps?: 'community' | 'other';
}

/**
 * A certificate in a store: a file the test wrote (a .pfx with its password, or a .cer), or a
 * PKCS #12 a run put there (certreq -new in LocalMachine\\REQUEST, -accept in LocalMachine\\My;
 * base64, with whether its key is exportable and, for a request, what the INF asked for).
 */
export type StandInStoreEntry =
  | { pfx: string; password: string; exportable?: boolean }
  | { cer: string }
  | { pkcs12: string; password: string; exportable?: boolean; [property: string]: unknown };

/** A CA certreq.exe reaches, and the requests it received (a run's stateAfter gives them back). */
export interface StandInCertificationAuthority {
  /** What certreq -config names: "CAHostName\\CAName". Without -config certreq uses the only CA seeded. */
  config: string;
  /** The CA certificate and its key. */
  certificate: { pfx: string; password: string };
  /** An enterprise CA needs a template it publishes (templates); a standalone CA takes none. */
  enterprise?: boolean;
  templates?: string[];
  /** What the CA does with a request it accepts (default issue). */
  disposition?: 'issue' | 'pending' | 'deny';
  /** A pending request is issued by the time certreq -retrieve asks (a CA manager approved it). */
  approvePending?: boolean;
  /** A template that builds the subject from Active Directory: the subject the CA issues instead of the requested one. */
  issuedSubject?: string;
  /** Validity of an issued certificate from the stand-in's clock (default 730). */
  validityDays?: number;
  requests?: Array<Record<string, unknown>>;
}

export interface StandInRun {
  /** Echoed in the result. */
  id?: string;
  /** Absolute path of the script. */
  script: string;
  /** Splatted: & <script> @parameters. */
  parameters?: Record<string, unknown>;
  /** Adds -WhatIf. */
  whatIf?: boolean;
  /** ConfigMgr version (YYMM) the stand-in's cmdlets are built for. */
  siteVersion: string;
  seed?: StandInSeed;
  /** Instead of seed: the state an earlier run of the same batch (by id) left. */
  seedFrom?: string;
  /** Answers to Read-Host (and Get-Credential), in order. */
  readHost?: string[];
  /** Environment variables for the run (null removes one). */
  env?: Record<string, string | null>;
  /** PowerShell location and process working directory; default the script's folder. */
  cwd?: string;
  /** The ConfigurationManager module is already imported when the script starts. */
  moduleLoaded?: boolean;
  /** What the docs leave open about this site's cmdlets (default: nothing modelled, -Name matches both). */
  modelling?: StandInModelling;
  /**
   * Documented parameters the stand-in's cmdlets leave out, by cmdlet (`{ 'Set-CMSite': ['UseSmsGeneratedCert'] }`):
   * a console whose cmdlet predates a parameter no document dates (harness.ps1, Get-CMStandInFactsWithout).
   */
  withoutParameters?: Record<string, string[]>;
  /** With seed.graph: whether the Microsoft Graph PowerShell modules are installed (default true). */
  graphModules?: boolean;
  console?: {
    /** SMS_ADMIN_UI_PATH points at the stand-in module's bin\i386 (default true). */
    adminUiPath?: boolean;
    /** The module is importable by name (default: site version 2111 or later). */
    onPSModulePath?: boolean;
    /** Site codes whose CMSite drive the module's import creates (default none). */
    drivesOnImport?: string[];
  };
}

export interface StandInError {
  message: string;
  category: string;
  errorId: string;
  exceptionType: string;
  command: string | null;
  line: number | null;
}

export interface StandInCall {
  command: string;
  kind: 'ConfigMgr' | 'environment' | 'Graph';
  parameterSet: string | null;
  parameters: Record<string, unknown>;
  /** Whether it changed anything (false under -WhatIf or when ShouldProcess said no); null for reads. */
  performed: boolean | null;
  /** certreq.exe: the exit code it set. */
  exitCode?: number;
}

export interface StandInResult {
  id: string | null;
  exitCode: number;
  /** The terminating error that ended the script, if any. */
  error: StandInError | null;
  /** What the host showed: Write-Host lines and "What if:" lines, in order. */
  output: string[];
  warnings: string[];
  /** Non-terminating errors. */
  errors: StandInError[];
  information: string[];
  transcript: Array<{ stream: string; text: string }>;
  /** Objects the script wrote to the pipeline. */
  pipeline: unknown[];
  calls: StandInCall[];
  readHostPrompts: string[];
  stateAfter: Record<string, unknown>;
}

export interface BatchResult {
  pwsh: string;
  results: StandInResult[];
}

/**
 * Runs the batch in one pwsh process and returns one result per run, in order. The process gets a
 * HOME of its own, removed afterwards: the harness puts a run's CA certificates in .NET's
 * CurrentUser stores (under HOME on Linux), which must never be the developer's.
 */
export async function runBatch(runs: StandInRun[], options: { pwsh?: string; timeoutMs?: number } = {}): Promise<BatchResult> {
  const pwsh = options.pwsh ?? findPwsh();
  if (!pwsh) throw new Error(`pwsh not found. Install it with: ${INSTALL_HINT}`);
  const home = mkdtempSync(join(tmpdir(), 'cmg-pwsh-home-'));
  try {
    return await runHarness(pwsh, runs, home, options.timeoutMs ?? 120_000);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

async function runHarness(pwsh: string, runs: StandInRun[], home: string, timeoutMs: number): Promise<BatchResult> {
  const env = { ...process.env, HOME: home, CMG_STANDIN_PRIVATE_HOME: '1', POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off', POWERSHELL_CLI_TELEMETRY_OPTOUT: '1' };
  const child = spawn(pwsh, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', HARNESS], { stdio: ['pipe', 'pipe', 'pipe'], env });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const code = await new Promise<number | null>((resolvePromise, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (exit) => {
      clearTimeout(timer);
      resolvePromise(exit);
    });
    child.stdin.end(JSON.stringify({ runs }));
  });
  const out = Buffer.concat(stdout).toString('utf8');
  const err = Buffer.concat(stderr).toString('utf8');
  if (code !== 0) throw new Error(`the PowerShell harness exited with ${code}:\n${err}${out.slice(0, 2000)}`);
  try {
    return JSON.parse(out) as BatchResult;
  } catch {
    throw new Error(`the PowerShell harness wrote no JSON:\n${out.slice(0, 2000)}\n${err}`);
  }
}

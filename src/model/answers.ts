import type { Secret } from './secret.ts';

export const MODELS = ['vmss', 'classic'] as const;
export const CLOUDS = ['public', 'usgov'] as const;
export const CLIENT_AUTHS = ['pki', 'entra', 'token'] as const;
export const AZURE_AUTHS = ['cli', 'device-code', 'browser', 'service-principal', 'managed-identity', 'environment'] as const;
export const VM_SIZES = ['lab', 'standard', 'large'] as const;
export const CLIENT_ROLLOUTS = ['script', 'configmgr-baseline', 'gpo', 'intune'] as const;
/** How the site secures the CMG-enabled management points: the site's Enhanced HTTP option, or HTTPS with PKI web server certificates. */
export const MANAGEMENT_POINT_SECURITIES = ['enhanced-http', 'https'] as const;
/** What the client rollout does with ClientAlwaysOnInternet: set it to 1, remove it, or leave each client's value alone. */
export const ALWAYS_ON_INTERNET_ACTIONS = ['set', 'remove', 'leave'] as const;

export type Model = (typeof MODELS)[number];
export type Cloud = (typeof CLOUDS)[number];
export type ClientAuth = (typeof CLIENT_AUTHS)[number];
export type AzureAuth = (typeof AZURE_AUTHS)[number];
export type VmSize = (typeof VM_SIZES)[number];
export type ClientRollout = (typeof CLIENT_ROLLOUTS)[number];
export type ManagementPointSecurity = (typeof MANAGEMENT_POINT_SECURITIES)[number];
export type AlwaysOnInternetAction = (typeof ALWAYS_ON_INTERNET_ACTIONS)[number];

/**
 * A primary site of a hierarchy whose top-level site is a central administration site: the site
 * settings, the connection point and the MP/SUP settings belong to it (documented-facts.md
 * F-HIER-1, F-HIER-2). Fields are as given (coerce.ts); a required one may be missing until the
 * input's rules have run (domain/hierarchy.ts).
 */
export interface PrimarySite {
  siteCode: string;
  smsProvider: string;
  connectionPointServer: string;
  managementPoints: string[];
  softwareUpdatePoints?: string[];
}

/**
 * Every answer of every step, keyed exactly as DESIGN.md's answers table: flag `--kebab-case`,
 * env `CMG_SNAKE_CASE`. These names are a contract; add keys, never rename.
 */
export interface Answers {
  model: Model;
  cloud: Cloud;
  siteVersion: string;
  // 1 server-certificate
  serviceName: string;
  deploymentPrefix: string;
  serverCertPath?: string;
  serverCertPassword?: Secret;
  certTemplateGroup: string;
  /** AD CS template name (not its display name) the certreq INF asks an enterprise CA for; absent: a standalone CA. */
  certTemplate?: string;
  // 2 client-root
  clientAuth: ClientAuth;
  clientRootCerts: string[];
  // 3 azure
  subscriptionId: string;
  managementCertPath?: string;
  managementCertPassword?: Secret;
  subCaCerts: string[];
  tenantId?: string;
  /** The tenant's name as ConfigMgr records it (Import-CMAADServerApplication -TenantName), e.g. contoso.onmicrosoft.com. */
  tenantName?: string;
  /** No Entra apps yet: step 3 also writes the Microsoft Graph PowerShell script that creates them. */
  createEntraApps: boolean;
  /** Display names of the two app registrations (-AppName of Import-CMAADServerApplication and Import-CMAADClientApplication). */
  serverAppName: string;
  serverAppClientId?: string;
  /** Application ID URI of the server app (Expose an API; Import-CMAADServerApplication -AppIdUri). */
  serverAppIdUri?: string;
  clientAppName: string;
  clientAppClientId?: string;
  /** Expiry date (YYYY-MM-DD) of the server app's client secret; asked at run time when absent. */
  serverAppSecretExpiry?: string;
  /** Entra user discovery: Directory.Read.All on the server app, -EnableUserDiscovery on the Azure service. */
  entraUserDiscovery: boolean;
  /** Name of the Cloud Management Azure service in ConfigMgr (New-CMCloudManagementAzureService -Name). */
  azureServiceName: string;
  resourceGroup?: string;
  useExistingResourceGroup: boolean;
  azureAuth?: AzureAuth;
  azureClientId?: string;
  azureClientSecret?: Secret;
  armEndpoint?: string;
  // 4 gateway
  region: string;
  vmCount: number;
  vmSize: VmSize;
  verifyClientCrl: boolean;
  enforceTls12: boolean;
  contentEnabled: boolean;
  trafficThresholdGb?: number;
  trafficWarningPct: number;
  trafficCriticalPct: number;
  trafficStopService: boolean;
  description?: string;
  // 5 site
  siteCode: string;
  smsProvider: string;
  usePkiClientCert: boolean;
  clientsCheckCrl: boolean;
  /** The primary sites below a central administration site (siteCode/smsProvider); absent or empty: a standalone primary. */
  primarySites?: PrimarySite[];
  // 6 connection-point
  connectionPointServer: string;
  proxyServer?: string;
  proxyPort?: number;
  // 7 roles
  managementPoints: string[];
  softwareUpdatePoints: string[];
  distributionPoints: string[];
  managementPointSecurity: ManagementPointSecurity;
  managementPointsInternetOnly: boolean;
  // 8 clients
  /** The first form of the choice, kept so older answers files still work: true = set, false = leave alone (see clientAlwaysOnInternetAction). */
  clientAlwaysOnInternet?: boolean;
  clientAlwaysOnInternetAction: AlwaysOnInternetAction;
  clientRollout: ClientRollout[];
}

export type AnswerKey = keyof Answers;
export type PartialAnswers = Partial<Answers>;

/** The keys whose value is a secret (a password, a client secret): never a flag value, never in a file. */
export type SecretKey = { [K in AnswerKey]-?: NonNullable<Answers[K]> extends Secret ? K : never }[AnswerKey];

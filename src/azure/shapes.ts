/**
 * The shapes of the Resource Manager answers the checks read, checked by hand (a few fields each:
 * no schema library). A check needs every field it reads, with its type; an answer without one,
 * or of another kind altogether, is unreadable (exit 5), never read as "not available" or as an
 * empty list, and never a TypeError further on. Fields nobody reads are not looked at.
 *
 * Field names and types: the REST specs of the api-versions in api-versions.ts (the spec file of
 * each request is named there), which ARM fills in on every answer. Pageable lists may carry a
 * nextLink (arm.ts reads every page).
 */

/** A type guard over parsed JSON. */
export type Shape<T> = (value: unknown) => value is T;
type Of<S> = S extends Shape<infer T> ? T : never;

const string: Shape<string> = (value): value is string => typeof value === 'string';
const boolean: Shape<boolean> = (value): value is boolean => typeof value === 'boolean';

function listOf<T>(item: Shape<T>): Shape<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.every(item);
}

function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return (value): value is T | undefined => value === undefined || shape(value);
}

/** A JSON object (not an array, not null) with at least these fields; others are allowed. */
function objectWith<F extends Record<string, Shape<unknown>>>(fields: F): Shape<{ [K in keyof F]: Of<F[K]> }> {
  return (value): value is { [K in keyof F]: Of<F[K]> } =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.entries(fields).every(([key, shape]) => shape((value as Record<string, unknown>)[key]));
}

/** A pageable list's link to its next page: absent, null or a string (x-ms-pageable). */
const nextLink: Shape<string | null | undefined> = (value): value is string | null | undefined => value === undefined || value === null || typeof value === 'string';

/** Checks availability answers: `reason` is there only when the name is taken. */
const nameCheck = objectWith({ nameAvailable: boolean, reason: optional(string) });

export const SHAPES = {
  /** Subscriptions - Get (2022-12-01): `state` (Enabled, Warned, PastDue, Disabled, Deleted) and `tenantId`. */
  subscription: objectWith({ state: string, tenantId: string }),
  /** Permissions - List For Resource Group (2022-04-01, pageable): `value`, each with `actions` and `notActions`; `nextLink`. */
  permissions: objectWith({ value: listOf(objectWith({ actions: listOf(string), notActions: listOf(string) })), nextLink }),
  /** Providers - Get: `registrationState`, and `resourceTypes` with their `locations` (display names). */
  provider: objectWith({ registrationState: string, resourceTypes: listOf(objectWith({ resourceType: string, locations: listOf(string) })) }),
  /** Providers - Register: the provider again; only its `registrationState` is read. */
  registration: objectWith({ registrationState: string }),
  /** Resource Skus - List (2021-07-01): `value`, each with `resourceType`, `name` and `restrictions` (a `type` each). */
  skus: objectWith({ value: listOf(objectWith({ resourceType: string, name: string, restrictions: listOf(objectWith({ type: string })) })), nextLink }),
  /** Resource Groups - Get: its `location`. */
  resourceGroup: objectWith({ location: string }),
  /** Check Dns Name Availability (2023-09-01): `available`. */
  dnsName: objectWith({ available: boolean }),
  /** Vaults - Check Name Availability (2023-07-01). */
  keyVaultName: nameCheck,
  /** Vaults - List Deleted (2023-07-01, pageable): `value`, each with `name` and `properties.location`; `nextLink`. */
  deletedVaults: objectWith({ value: listOf(objectWith({ name: string, properties: objectWith({ location: string }) })), nextLink }),
  /** Storage Accounts - Check Name Availability (2023-05-01). */
  storageName: nameCheck,
} as const;

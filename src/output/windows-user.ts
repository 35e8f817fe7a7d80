/**
 * The SID of the account this process runs as, for icacls (owner-only.ts). A SID, not a name:
 * it names the token's user exactly, whatever the language of Windows, a renamed account or a
 * local account that shares its name with a domain one; icacls takes it as `*S-1-...`
 * (https://learn.microsoft.com/windows-server/administration/windows-commands/icacls, Remarks).
 *
 * `whoami /user /fo csv /nh` prints `"CONTOSO\admin","S-1-5-21-...-1104"`
 * (https://learn.microsoft.com/windows-server/administration/windows-commands/whoami); the SID is
 * taken as the last field of a line, so whoami's table reads too.
 */
const SID_AT_LINE_END = /(?:^|[\s",])(S-1-\d+(?:-\d+)+)"?\s*$/m;

/** The SID whoami printed, or undefined when there is none. */
export function sidFromWhoami(output: string): string | undefined {
  return SID_AT_LINE_END.exec(output)?.[1];
}

/** A whole output that is one `DOMAIN\account` and nothing else: what Wine's whoami prints, whatever its options. */
const ACCOUNT_ALONE = /^\s*([^\s\\"]+\\[^\s\\"]+)\s*$/;

/**
 * Whom icacls grants (owner-only.ts): `*<SID>` from Windows's whoami; where whoami prints only
 * the account, as Wine's does (it ignores /user, /fo and /nh), that account's name, which is the
 * token's user too (icacls takes a name or `*SID`). Undefined when the output is neither.
 */
export function trusteeFromWhoami(output: string): string | undefined {
  const sid = sidFromWhoami(output);
  if (sid !== undefined) return `*${sid}`;
  return ACCOUNT_ALONE.exec(output)?.[1];
}

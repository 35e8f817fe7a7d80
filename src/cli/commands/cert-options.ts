/** What the `cert` commands that may ask for a password share: the clock, JSON output, prompting, the language. */
export interface CertCommonOptions {
  now?: string;
  json?: boolean;
  interactive?: boolean;
  lang?: string;
}

/** A .pfx password's three sources: never a value on the command line. */
export interface PasswordSourceOptions {
  passwordStdin?: boolean;
  passwordFile?: string;
  passwordEnv?: string;
}

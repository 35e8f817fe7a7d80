import { Argument, Command, CommanderError, Help, Option } from 'commander';
import { catalogue } from '../messages/i18n.ts';
import { LANGS, langFromEnv, type Lang } from '../model/lang.ts';
import type { Catalogue } from '../messages/types.ts';
import { VERSION } from '../model/version.ts';
import { addRunOptions } from './wizard-options.ts';
import type { CompletionShell } from './completion/scripts.ts';
import type { InputOptions } from './input-options.ts';
import { closest, suggestOption } from './options/suggest.ts';
import { optionValue } from './argv.ts';
import { helpDocument } from './help/document.ts';
import { helpWidth, renderHelp } from './help/layout.ts';

/** --lang must be known before the help text is built, so it is read from argv first. */
export function languageFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  // The last --lang, as commander takes it (the command's own parseLang reads commander's value):
  // the two must agree, since only this language's catalogue is loaded (main.ts).
  const value = optionValue(argv, '--lang');
  return LANGS.find((lang) => lang === value) ?? langFromEnv(env);
}

/**
 * Every command of the program: commander's, with its errors in the catalogue's language
 * (catalogue().commander) and "did you mean …?" (commander's own is English and never suggests
 * for a short flag such as `-v`). The methods below are the ones commander calls for each error;
 * they are not in its typings. Values are quoted as commander quotes them; an option is shown by
 * its help term (`--out <dossier>` in French).
 */
class CliCommand extends Command {
  lang: Lang = 'en';

  override createCommand(name?: string): CliCommand {
    const command = new CliCommand(name);
    command.lang = this.lang;
    return command;
  }

  private get texts(): Catalogue['commander'] {
    return catalogue(this.lang).commander;
  }

  private didYouMean(suggestion: string | undefined): string {
    return suggestion === undefined ? '' : ` ${catalogue(this.lang).ui.didYouMean({ suggestion })}`;
  }

  /** One error line: the catalogue's "error: " and the text, then commander's own exit (a CommanderError with the code). */
  private fail(text: string, code: string, exitCode?: number): never {
    return this.error(`${this.texts.errorPrefix}${text}`, { code, ...(exitCode === undefined ? {} : { exitCode }) });
  }

  unknownOption(flag: string): never {
    const suggestion = suggestOption(flag, this.createHelp().visibleOptions(this));
    return this.fail(`${this.texts.unknownOption({ flag })}${this.didYouMean(suggestion)}`, 'commander.unknownOption');
  }

  /** Called by commander for an unknown subcommand of a command without an action; by the root's action guard otherwise. */
  unknownCommand(): never {
    const name = this.args[0] ?? '';
    const names = this.createHelp()
      .visibleCommands(this)
      .flatMap((command) => [command.name(), ...command.aliases()]);
    return this.fail(`${this.texts.unknownCommand({ name })}${this.didYouMean(closest(name, names))}`, 'commander.unknownCommand');
  }

  missingArgument(name: string): never {
    return this.fail(this.texts.missingArgument({ name }), 'commander.missingArgument');
  }

  optionMissingArgument(option: Option): never {
    return this.fail(this.texts.optionMissingArgument({ option: optionFlags(option, this.lang) }), 'commander.optionMissingArgument');
  }

  missingMandatoryOptionValue(option: Option): never {
    return this.fail(this.texts.mandatoryOption({ option: optionFlags(option, this.lang) }), 'commander.missingMandatoryOptionValue');
  }

  /** More operands than the command takes; the root allows them (its action guard says "unknown command"). */
  _excessArguments(received: string[]): void {
    if ((this as unknown as { _allowExcessArguments: boolean })._allowExcessArguments) return;
    const command = this.parent ? this.name() : '';
    this.fail(this.texts.excessArguments({ command, expected: this.registeredArguments.length, received: received.length }), 'commander.excessArguments');
  }

  /** An option's or argument's value its parser refuses (a value outside its choices). */
  _callParseArg(target: Option | Argument, value: string, previous: unknown, invalidArgumentMessage: string): unknown {
    try {
      return target.parseArg?.(value, previous);
    } catch (error) {
      if (!(error instanceof CommanderError) || error.code !== 'commander.invalidArgument') throw error;
      const reason = target.argChoices && !target.argChoices.includes(value) ? this.texts.allowedChoices({ choices: target.argChoices.join(', ') }) : error.message;
      let text: string;
      if (target instanceof Option) {
        const option = optionFlags(target, this.lang);
        // Commander says which source the value came from only in its own message.
        text = target.envVar !== undefined && invalidArgumentMessage.includes(` from env '${target.envVar}' `) ? this.texts.invalidEnvValue({ option, value, env: target.envVar, reason }) : this.texts.invalidOptionValue({ option, value, reason });
      } else {
        text = this.texts.invalidArgumentValue({ value, argument: target.name(), reason });
      }
      return this.fail(text, error.code, error.exitCode);
    }
  }
}

/** An option's flags with its value placeholder in the language (`--out <dir>`, `--out <dossier>`). */
function optionFlags(option: Option, lang: Lang): string {
  const placeholders: Readonly<Record<string, string>> = catalogue(lang).commander.placeholders;
  return option.flags.replace(/([<[])([^>\]]+)([>\]])/g, (whole, open: string, name: string, close: string) => (name in placeholders ? `${open}${placeholders[name]}${close}` : whole));
}

/**
 * Help in the run's language, laid out by help/layout.ts (the layout the helps printed
 * without the program share). Commander's own words (titles, `[options] [command]`, value
 * placeholders, the facts after a description) come from the catalogue; in English they are
 * commander's, byte for byte.
 */
function helpLayout(lang: Lang): Partial<Help> {
  const text = catalogue(lang).commander;
  const english = catalogue('en').commander;
  const titles = new Map(Object.entries(english.titles).map(([key, title]) => [title, text.titles[key as keyof typeof text.titles]]));
  const usageWords = new Map([
    [english.usageOptions, text.usageOptions],
    [english.usageCommand, text.usageCommand],
  ]);
  const localUsage = (usage: string): string =>
    usage
      .split(' ')
      .map((word) => usageWords.get(word) ?? word)
      .join(' ');
  /** Commander's "(choices: …, default: …, env: …)" after a description. */
  const withFacts = (description: string, facts: string[]): string => {
    if (facts.length === 0) return description;
    const parenthesis = `(${facts.join(', ')})`;
    return description ? `${description} ${parenthesis}` : parenthesis;
  };
  const choices = (values: readonly string[] | undefined): string[] => (values ? [text.choices({ value: values.map((value) => JSON.stringify(value)).join(', ') })] : []);
  return {
    showGlobalOptions: false,
    formatHelp(this: Help, cmd: Command, helper: Help): string {
      return renderHelp(helpDocument(cmd, helper), this.helpWidth ?? 80);
    },
    styleTitle: (title: string): string => titles.get(title) ?? title,
    commandUsage(this: Help, cmd: Command): string {
      return localUsage(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(this: Help, cmd: Command): string {
      return localUsage(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionTerm: (option: Option): string => optionFlags(option, lang),
    optionDescription(option: Option): string {
      const facts = choices(option.argChoices);
      // As commander: a default shown for an option that takes a value, or a boolean's true/false.
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && showDefault) facts.push(text.defaultValue({ value: option.defaultValueDescription || JSON.stringify(option.defaultValue) }));
      if (option.presetArg !== undefined && option.optional) facts.push(text.preset({ value: JSON.stringify(option.presetArg) }));
      if (option.envVar !== undefined) facts.push(text.env({ value: option.envVar }));
      return withFacts(option.description, facts);
    },
    argumentDescription(argument: Argument): string {
      const facts = choices(argument.argChoices);
      if (argument.defaultValue !== undefined) facts.push(text.defaultValue({ value: argument.defaultValueDescription || JSON.stringify(argument.defaultValue) }));
      return withFacts(argument.description, facts);
    },
  };
}

function addWizardOptions(command: Command, lang: Lang, mode: 'run' | 'plan', addInputOptions: InputOptions): Command {
  addInputOptions(command, lang);
  return addRunOptions(command, lang, { dryRunFlag: mode === 'run' });
}

/**
 * `cmg-setup cert ...`: a command that takes no input, so main.ts does not load the input
 * declarations. Only as the first word: after an option (`--lang fr cert ...`) they load, which
 * costs a few milliseconds and changes nothing else.
 */
export function takesNoInput(args: readonly string[]): boolean {
  return args[0] === 'cert';
}

/** The root's commands, `help` included: what the first word of a command line may name. */
export const ROOT_COMMANDS: readonly string[] = ['run', 'plan', 'steps', 'schema', 'cert', 'azure', 'completion', 'help'];

/**
 * The root runs the wizard, and its options are read only before the first word: a command line
 * whose first word is a command (`steps`, `plan ...`, `help`) needs them made only for the root's
 * help or the completion walk, not at once. Sixty-odd options cost a few milliseconds (issue 15).
 */
export function rootOptionsLater(args: readonly string[]): boolean {
  return args[0] !== undefined && ROOT_COMMANDS.includes(args[0]);
}

/** For a command line of takesNoInput; reaching it would mean a wizard command got through. */
const noInputOptions: InputOptions = () => {
  throw new Error('the input options were not loaded for this command line');
};

/**
 * The shells `cmg-setup completion <shell>` writes a script for, as commander's choices: the
 * scripts themselves load only for that command (completion/scripts.ts names the same shells).
 */
const COMPLETION_SHELLS: readonly CompletionShell[] = ['powershell', 'bash', 'zsh'];

/** The options each program makes only when their command is run (buildProgram's `lazily`), to make at once. */
const LATER_OPTIONS = new WeakMap<Command, Array<() => void>>();

/**
 * Makes every option of every command now, as `--help` of each would: the completion scripts
 * walk the whole program (src/cli/completion/walk.ts), the lazily made options of `run`, `plan`
 * and `azure check` included. Without the input options (takesNoInput) it would throw.
 */
export function makeEveryOption(program: Command): void {
  for (const make of LATER_OPTIONS.get(program) ?? []) make();
}

function wizardCommand(command: Command, lang: Lang, mode: 'run' | 'plan'): Command {
  return command.action(async (_options: unknown, self: Command) => {
    const [{ wizardCommand }, { wizardOptions }, { processIO }] = await Promise.all([import('./commands/wizard.ts'), import('./options/wizard.ts'), import('./process-io.ts')]);
    await wizardCommand(wizardOptions(self, mode), processIO());
  });
}

/** A .pfx password for a command of its own: the three secret sources, never a value. */
function addPasswordOptions(command: Command, text: Catalogue): Command {
  return command
    .addOption(new Option('--password-stdin', text.help.passwordStdin))
    .addOption(new Option('--password-file <path>', text.help.passwordFile))
    .addOption(new Option('--password-env <VAR>', text.help.passwordEnv));
}

/** What every `cert` command takes: the clock, JSON output, the language (and, where it may ask, --no-interactive). */
function addCommonOptions(command: Command, text: Catalogue, options: { interactive: boolean }): Command {
  command.addOption(new Option('--now <iso-date>', text.help.now)).addOption(new Option('--json', text.help.json));
  if (options.interactive) command.addOption(new Option('--no-interactive', text.help.noInteractive));
  return command.addOption(new Option('--lang <lang>', text.help.lang));
}

/**
 * Commands and options are built from the declarations; heavy modules load inside actions only.
 * @param addInputOptions the input options (input-options.ts), absent when takesNoInput(args).
 * @param rootOptions 'later' when the command line starts with a command (rootOptionsLater).
 */
export function buildProgram(lang: Lang, addInputOptions: InputOptions = noInputOptions, rootOptions: 'now' | 'later' = 'now'): Command {
  const text = catalogue(lang);
  const program = new CliCommand('cmg-setup');
  program.lang = lang;
  program
    .description(text.help.program)
    .version(VERSION, '-V, --version', text.help.version)
    .helpOption('-h, --help', text.commander.helpDescription)
    .enablePositionalOptions()
    // The root command runs the wizard, so commander would not add `help [command]` by itself;
    // `cert` and `azure` inherit this one (commander copies it to the subcommands made below).
    .helpCommand(text.commander.helpCommandTerm, text.commander.helpDescription)
    .exitOverride()
    .configureHelp(helpLayout(lang))
    .configureOutput({ getOutHelpWidth: () => helpWidth(process.stdout, process.env), getErrHelpWidth: () => helpWidth(process.stderr, process.env) });
  wizardCommand(program, lang, 'run');
  const run = wizardCommand(program.command('run').description(text.help.run), lang, 'run');
  const plan = wizardCommand(program.command('plan').description(text.help.plan), lang, 'plan');
  // Sixty-odd options per command: `run` and `plan` get theirs only when they are the command
  // being run, which keeps them out of the start-up of every other command.
  // Their help (`run --help`, `help run`) builds them too, and only theirs.
  const later: Array<() => void> = [];
  LATER_OPTIONS.set(program, later);
  const lazily = (command: Command, add: () => void): void => {
    let added = false;
    const once = (): void => {
      if (!added) add();
      added = true;
    };
    later.push(once);
    program.hook('preSubcommand', (_program, subcommand) => {
      if (subcommand === command) once();
    });
    command.on('beforeHelp', once);
  };
  // The root runs the wizard too. Under `cert ...` it is never the command run, and its options
  // are not made; after another command's name, only for the root's help (`help`) or completion.
  if (addInputOptions !== noInputOptions) {
    if (rootOptions === 'now') addWizardOptions(program, lang, 'run', addInputOptions);
    else lazily(program, () => addWizardOptions(program, lang, 'run', addInputOptions));
  }
  lazily(run, () => addWizardOptions(run, lang, 'run', addInputOptions));
  lazily(plan, () => addWizardOptions(plan, lang, 'plan', addInputOptions));
  // The root's help lists each command with its usage (`plan [options]`), so every option is
  // made for it too, as for each command's own help.
  if (addInputOptions !== noInputOptions) program.on('beforeHelp', () => makeEveryOption(program));

  program
    .command('steps')
    .description(text.help.steps)
    .addOption(new Option('--json', text.help.json))
    .addOption(new Option('--lang <lang>', text.help.lang))
    .action(async (options: { json?: boolean }) => {
      const [{ stepsCommand }, { stepsOptions }] = await Promise.all([import('./commands/steps.ts'), import('./options/info.ts')]);
      await stepsCommand(stepsOptions(options, lang), { stdout: process.stdout });
    });

  program
    .command('schema')
    .description(text.help.schema)
    .addOption(new Option('--lang <lang>', text.help.lang))
    .action(async () => {
      const [{ schemaCommand }, { schemaOptions }] = await Promise.all([import('./commands/schema.ts'), import('./options/info.ts')]);
      await schemaCommand(schemaOptions(lang), { stdout: process.stdout });
    });

  const cert = program.command('cert').description(text.help.cert);
  const lab = cert
    .command('lab')
    .description(text.help.certLab)
    .addOption(new Option('--service-name <fqdn>', text.help.certLabServiceName))
    .addOption(new Option('--out <dir>', text.help.certLabOut).default('./cmg-lab-pki'))
    .addOption(new Option('--model <model>', text.help.certLabModel).choices(['vmss', 'classic']).default('vmss'))
    .addOption(new Option('--force', text.help.force));
  addPasswordOptions(lab, text);
  addCommonOptions(lab, text, { interactive: true }).action(async (_options: unknown, self: Command) => {
    const [{ certLabCommand }, { certLabOptions }, { processIO }] = await Promise.all([import('./commands/cert-lab.ts'), import('./options/cert.ts'), import('./process-io.ts')]);
    await certLabCommand(certLabOptions(self), processIO());
  });

  const inspect = cert
    .command('inspect')
    .description(text.help.certInspect)
    .argument(`<${text.commander.fileArgument}>`)
    .addOption(new Option('--role <role>', text.help.certInspectRole).choices(['server', 'client-root', 'management']))
    .addOption(new Option('--service-name <fqdn>', text.help.certInspectServiceName))
    .addOption(new Option('--model <model>', text.help.certInspectModel).choices(['vmss', 'classic']).default('vmss'))
    .addOption(new Option('--cloud <cloud>', text.help.certInspectCloud).choices(['public', 'usgov']).default('public'));
  addPasswordOptions(inspect, text);
  addCommonOptions(inspect, text, { interactive: true }).action(async (file: string, _options: unknown, self: Command) => {
    const [{ certInspectCommand }, { certInspectOptions }, { processIO }] = await Promise.all([import('./commands/cert-inspect.ts'), import('./options/cert.ts'), import('./process-io.ts')]);
    await certInspectCommand(certInspectOptions(file, self), processIO());
  });

  const request = cert
    .command('request')
    .description(text.help.certRequest)
    .addOption(new Option('--service-name <fqdn>', text.help.certRequestServiceName))
    .addOption(new Option('--out <dir>', text.help.certRequestOut).default('./cmg-server-request'))
    .addOption(new Option('--key-size <bits>', text.help.certRequestKeySize).choices(['2048', '4096']).default('2048'))
    .addOption(new Option('--model <model>', text.help.certRequestModel).choices(['vmss', 'classic']).default('vmss'))
    .addOption(new Option('--cloud <cloud>', text.help.certInspectCloud).choices(['public', 'usgov']).default('public'))
    .addOption(new Option('--template <name>', text.help.certRequestTemplate))
    .addOption(new Option('--force', text.help.force));
  addCommonOptions(request, text, { interactive: false }).action(async (_options: unknown, self: Command) => {
    const [{ certRequestCommand }, { certRequestOptions }, { processIO }] = await Promise.all([import('./commands/cert-request.ts'), import('./options/cert.ts'), import('./process-io.ts')]);
    await certRequestCommand(certRequestOptions(self), processIO());
  });

  const azure = program.command('azure').description(text.help.azure);
  const check = azure
    .command('check')
    .description(text.help.azureCheck)
    .addOption(new Option('--answers <file>', text.help.answers))
    .addOption(new Option('--register-providers', text.help.registerProviders))
    .addOption(new Option('--azure-timeout <seconds>', text.help.azureTimeout))
    .addOption(new Option('--azure-deadline <seconds>', text.help.azureDeadline))
    .addOption(new Option('--json', text.help.json))
    .addOption(new Option('--no-interactive', text.help.noInteractive))
    .addOption(new Option('--lang <lang>', text.help.lang))
    .action(async (_options: unknown, self: Command) => {
      const [{ azureCheckCommand }, { azureCheckOptions }, { processIO }] = await Promise.all([import('./commands/azure-check.ts'), import('./options/azure-check.ts'), import('./process-io.ts')]);
      await azureCheckCommand(azureCheckOptions(self), processIO());
    });
  // The input options (flags for every answer) only when `azure check` is the command being run.
  let checkInputs = false;
  const addCheckInputs = (): void => {
    if (!checkInputs) addInputOptions(check, lang);
    checkInputs = true;
  };
  later.push(addCheckInputs);
  azure.hook('preSubcommand', (_azure, subcommand) => {
    if (subcommand === check) addCheckInputs();
  });
  check.on('beforeHelp', addCheckInputs);

  // A script for the shell's tab completion, walked from this very program (src/cli/completion/):
  // it needs every command's options, so the input declarations load for it as for --help.
  program
    .command('completion')
    .description(text.help.completion)
    .addArgument(new Argument('<shell>', text.help.completionShell).choices(COMPLETION_SHELLS))
    .addOption(new Option('--lang <lang>', text.help.lang))
    .action(async (shell: CompletionShell) => {
      const [{ completionCommand }, { completionTree }] = await Promise.all([import('./commands/completion.ts'), import('./completion/walk.ts')]);
      makeEveryOption(program);
      await completionCommand({ shell, tree: completionTree(program, lang) }, { stdout: process.stdout });
    });

  // The root runs the wizard, so commander would take `cmg-setup runn` for an argument too many:
  // it is an unknown command, with a suggestion. (Subcommands made above keep refusing extra arguments.)
  program.allowExcessArguments(true).hook('preAction', (_program, actionCommand) => {
    if (actionCommand === program && program.args.length > 0) program.unknownCommand();
  });

  program.on('afterHelp', (context: { write: (text: string) => void }) => context.write(rootHelpAfter(text)));
  return program;
}

/** What the root's help ends with, after the options and commands: examples and exit codes (also kept by the build for instant.ts). */
export function rootHelpAfter(text: Catalogue): string {
  return `\n${text.ui.helpExamples}\n\n${text.ui.helpExitCodes}\n\n`;
}

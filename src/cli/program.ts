import { Command, Option } from 'commander';
import { catalogue, langFromEnv } from '../messages/i18n.ts';
import { LANGS, type Lang } from '../model/lang.ts';
import type { Catalogue } from '../messages/types.ts';
import { VERSION } from '../model/version.ts';
import { addInputOptions, addRunOptions } from './wizard-options.ts';

/** --lang must be known before the help text is built, so it is read from argv first. */
export function languageFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index < 0 ? undefined : argv[index]?.includes('=') ? argv[index]?.split('=')[1] : argv[index + 1];
  return LANGS.find((lang) => lang === value) ?? langFromEnv(env);
}

function addWizardOptions(command: Command, lang: Lang, mode: 'run' | 'plan'): Command {
  addInputOptions(command, lang);
  return addRunOptions(command, lang, { dryRunFlag: mode === 'run' });
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

/** Commands and options are built from the declarations; heavy modules load inside actions only. */
export function buildProgram(lang: Lang): Command {
  const text = catalogue(lang);
  const program = new Command('cmg-setup')
    .description(text.help.program)
    .version(VERSION, '-V, --version', text.help.version)
    .enablePositionalOptions()
    // The root command runs the wizard, so commander would not add `help [command]` by itself.
    .helpCommand(true)
    .exitOverride()
    .configureHelp({ showGlobalOptions: false });
  wizardCommand(addWizardOptions(program, lang, 'run'), lang, 'run');
  const run = wizardCommand(program.command('run').description(text.help.run), lang, 'run');
  const plan = wizardCommand(program.command('plan').description(text.help.plan), lang, 'plan');
  // Sixty-odd options per command: `run` and `plan` get theirs only when they are the command
  // being run, which keeps them out of the start-up of every other command.
  program.hook('preSubcommand', (_program, subcommand) => {
    if (subcommand === run) addWizardOptions(run, lang, 'run');
    if (subcommand === plan) addWizardOptions(plan, lang, 'plan');
  });

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
    .addOption(new Option('--force', text.help.force));
  addPasswordOptions(lab, text);
  addCommonOptions(lab, text, { interactive: true }).action(async (_options: unknown, self: Command) => {
    const [{ certLabCommand }, { certLabOptions }, { processIO }] = await Promise.all([import('./commands/cert-lab.ts'), import('./options/cert.ts'), import('./process-io.ts')]);
    await certLabCommand(certLabOptions(self), processIO());
  });

  const inspect = cert
    .command('inspect')
    .description(text.help.certInspect)
    .argument('<file>')
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
  azure.hook('preSubcommand', (_azure, subcommand) => {
    if (subcommand === check) addInputOptions(check, lang);
  });

  program.addHelpText('after', `\n${text.ui.helpExamples}\n\n${text.ui.helpExitCodes}\n`);
  return program;
}

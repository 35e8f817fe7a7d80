import type { Catalogue } from './types.ts';

/** What commander says of its own, in English: its own words, byte for byte (src/cli/program.ts). */
export const commanderEn: Catalogue['commander'] = {
  titles: { usage: 'Usage:', arguments: 'Arguments:', options: 'Options:', globalOptions: 'Global Options:', commands: 'Commands:' },
  usageOptions: '[options]',
  usageCommand: '[command]',
  helpCommandTerm: 'help [command]',
  helpDescription: 'display help for command',
  fileArgument: 'file',
  placeholders: {
    value: 'value', items: 'items', json: 'json', path: 'path', VAR: 'VAR', file: 'file', 'iso-date': 'iso-date', seconds: 'seconds',
    dir: 'dir', lang: 'lang', fqdn: 'fqdn', role: 'role', model: 'model', cloud: 'cloud', bits: 'bits', name: 'name',
  },
  choices: (p) => `choices: ${p.value}`,
  defaultValue: (p) => `default: ${p.value}`,
  preset: (p) => `preset: ${p.value}`,
  env: (p) => `env: ${p.value}`,
  errorPrefix: 'error: ',
  unknownOption: (p) => `unknown option '${p.flag}'`,
  unknownCommand: (p) => `unknown command '${p.name}'`,
  missingArgument: (p) => `missing required argument '${p.name}'`,
  optionMissingArgument: (p) => `option '${p.option}' argument missing`,
  mandatoryOption: (p) => `required option '${p.option}' not specified`,
  excessArguments: (p) => `too many arguments${p.command ? ` for '${p.command}'` : ''}. Expected ${p.expected} argument${p.expected === 1 ? '' : 's'} but got ${p.received}.`,
  invalidOptionValue: (p) => `option '${p.option}' argument '${p.value}' is invalid. ${p.reason}`,
  invalidEnvValue: (p) => `option '${p.option}' value '${p.value}' from env '${p.env}' is invalid. ${p.reason}`,
  invalidArgumentValue: (p) => `command-argument value '${p.value}' is invalid for argument '${p.argument}'. ${p.reason}`,
  allowedChoices: (p) => `Allowed choices are ${p.choices}.`,
};

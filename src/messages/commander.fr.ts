import type { Catalogue } from './types.ts';

/** What commander says of its own, in French (src/cli/program.ts). */
export const commanderFr: Catalogue['commander'] = {
  titles: { usage: 'Utilisation :', arguments: 'Arguments :', options: 'Options :', globalOptions: 'Options globales :', commands: 'Commandes :' },
  usageOptions: '[options]',
  usageCommand: '[commande]',
  helpCommandTerm: 'help [commande]',
  helpDescription: 'afficher l\'aide de la commande',
  fileArgument: 'fichier',
  placeholders: {
    value: 'valeur', items: 'éléments', json: 'json', path: 'chemin', VAR: 'VAR', file: 'fichier', 'iso-date': 'date-iso', seconds: 'secondes',
    dir: 'dossier', lang: 'langue', fqdn: 'fqdn', role: 'rôle', model: 'modèle', cloud: 'cloud', bits: 'bits', name: 'nom',
  },
  choices: (p) => `choix : ${p.value}`,
  defaultValue: (p) => `par défaut : ${p.value}`,
  preset: (p) => `valeur sans argument : ${p.value}`,
  env: (p) => `env : ${p.value}`,
  errorPrefix: 'erreur : ',
  unknownOption: (p) => `option inconnue '${p.flag}'`,
  unknownCommand: (p) => `commande inconnue '${p.name}'`,
  missingArgument: (p) => `argument obligatoire manquant : '${p.name}'`,
  optionMissingArgument: (p) => `l'option '${p.option}' attend une valeur`,
  mandatoryOption: (p) => `l'option obligatoire '${p.option}' n'est pas indiquée`,
  excessArguments: (p) => {
    const expected = p.expected === 0 ? 'aucun attendu' : p.expected === 1 ? '1 attendu' : `${p.expected} attendus`;
    const received = p.received === 1 ? '1 reçu' : `${p.received} reçus`;
    return `trop d'arguments${p.command ? ` pour '${p.command}'` : ''} : ${expected}, ${received}.`;
  },
  invalidOptionValue: (p) => `valeur '${p.value}' refusée pour l'option '${p.option}'. ${p.reason}`,
  invalidEnvValue: (p) => `valeur '${p.value}' de la variable d'environnement '${p.env}' refusée pour l'option '${p.option}'. ${p.reason}`,
  invalidArgumentValue: (p) => `valeur '${p.value}' refusée pour l'argument '${p.argument}'. ${p.reason}`,
  allowedChoices: (p) => `Valeurs possibles : ${p.choices}.`,
};

import type { ChoiceTexts, InputTextsOf } from '../../model/inputs.ts';
import type { VmSize } from '../../model/answers.ts';
import { VM_SKUS } from '../../domain/azure-resources.ts';

/**
 * The help line and the prompt of each input this step declares (index.ts), in every language:
 * an input without its texts, or without one language, does not compile.
 */
export const inputTexts = {
  region: {
    en: { help: 'Azure region of the CMG (location name, e.g. westeurope).', prompt: 'Azure region (e.g. westeurope)' },
    fr: { help: 'Région Azure de la CMG (nom d\'emplacement, p. ex. westeurope).', prompt: 'Région Azure (p. ex. westeurope)' },
  },
  vmCount: {
    en: { help: 'Number of VM instances, 1-16.', prompt: 'Number of VM instances (1-16)' },
    fr: { help: 'Nombre d\'instances de VM, de 1 à 16.', prompt: 'Nombre d\'instances de VM (1-16)' },
  },
  vmSize: {
    // The console's sizes (VMSS_VM_SIZES); clients per VM from 2107: Lab 10, Standard 6,000, Large 10,000 (cmg-reference.md, current branch differences 5, S21).
    en: {
      help: 'VM size: lab (B2s), standard (A2_v2) or large (A4_v2).',
      prompt: 'VM size',
      choices: { lab: `${VM_SKUS.lab}, labs only (about 10 clients per VM)`, standard: `${VM_SKUS.standard}, the default (6,000 clients per VM)`, large: `${VM_SKUS.large} (10,000 clients per VM)` },
    },
    fr: {
      help: 'Taille des VM : lab (B2s), standard (A2_v2) ou large (A4_v2).',
      prompt: 'Taille des VM',
      choices: { lab: `${VM_SKUS.lab}, laboratoires seulement (environ 10 clients par VM)`, standard: `${VM_SKUS.standard}, par défaut (6 000 clients par VM)`, large: `${VM_SKUS.large} (10 000 clients par VM)` },
    },
  } satisfies ChoiceTexts<VmSize>,
  verifyClientCrl: {
    en: { help: 'Verify client certificate revocation (needs a CRL published on the internet).', prompt: 'Verify client certificate revocation?' },
    fr: { help: 'Vérifier la révocation des certificats clients (nécessite une CRL publiée sur Internet).', prompt: 'Vérifier la révocation des certificats clients ?' },
  },
  enforceTls12: {
    en: { help: 'Enforce TLS 1.2 on the CMG.', prompt: 'Enforce TLS 1.2?' },
    fr: { help: 'Appliquer TLS 1.2 sur la CMG.', prompt: 'Appliquer TLS 1.2 ?' },
  },
  contentEnabled: {
    en: { help: 'Let the CMG serve content from Azure storage.', prompt: 'Serve content from the CMG?' },
    fr: { help: 'Autoriser la CMG à distribuer du contenu depuis le stockage Azure.', prompt: 'Distribuer du contenu depuis la CMG ?' },
  },
  trafficThresholdGb: {
    en: { help: '14-day outbound traffic alert threshold in GB (unset: no alert).', prompt: '14-day outbound traffic alert threshold in GB' },
    fr: { help: 'Seuil d\'alerte du trafic sortant sur 14 jours, en Go (non défini : pas d\'alerte).', prompt: 'Seuil d\'alerte du trafic sortant sur 14 jours, en Go' },
  },
  trafficWarningPct: {
    en: { help: 'Percentage of the threshold that raises a warning alert.', prompt: 'Warning alert at (% of threshold)' },
    fr: { help: 'Pourcentage du seuil qui déclenche une alerte d\'avertissement.', prompt: 'Alerte d\'avertissement à (% du seuil)' },
  },
  trafficCriticalPct: {
    en: { help: 'Percentage of the threshold that raises a critical alert.', prompt: 'Critical alert at (% of threshold)' },
    fr: { help: 'Pourcentage du seuil qui déclenche une alerte critique.', prompt: 'Alerte critique à (% du seuil)' },
  },
  trafficStopService: {
    en: { help: 'Stop the CMG when the critical threshold is exceeded (1902+).', prompt: 'Stop the CMG at the critical threshold?' },
    fr: { help: 'Arrêter la CMG lorsque le seuil critique est dépassé (1902+).', prompt: 'Arrêter la CMG au seuil critique ?' },
  },
  description: {
    en: { help: 'CMG description shown in the console.', prompt: 'CMG description' },
    fr: { help: 'Description de la CMG affichée dans la console.', prompt: 'Description de la CMG' },
  },
} satisfies InputTextsOf<'region' | 'vmCount' | 'vmSize' | 'verifyClientCrl' | 'enforceTls12' | 'contentEnabled' | 'trafficThresholdGb' | 'trafficWarningPct' | 'trafficCriticalPct' | 'trafficStopService' | 'description'>;

import type { InterviewTexts } from './types.ts';

/** What the interview says between its questions, and the review before writing. */
export const interviewEn: InterviewTexts = {
  readyTitle: 'Have these ready:',
  ready: [
    'a service name (FQDN) for the CMG, the name on its server certificate;',
    'that certificate as a .pfx and its password, or a CA to request it from (step 1);',
    'the root and intermediate .cer files of your client certificates, if clients use PKI (step 2);',
    'your Azure subscription ID, Entra tenant ID and a resource group name (step 3);',
    'the site code, the SMS Provider\'s server, the connection point, management points and software update points (steps 5-7).',
  ],
  keys: 'Enter takes the offered value · ⇧Tab goes back a question · Esc or Ctrl+C stops.',
  backHint: '⇧Tab back',
  generalHeading: 'Before the steps · the model, the cloud, the site version',
  generalLines: { does: 'The model (virtual machine scale set, or the retired classic cloud service), the Azure cloud and the site\'s version.', runs: 'Nothing runs yet: these decide what every step writes.' },
  stepHeading: (p) => `Step ${p.number} of ${p.total} · ${p.title}`,
  recommended: 'Use the recommended settings for the advanced options (they are shown in the review, where you can change them)?',
  classicBanner: 'CLASSIC (RETIRED): documents an existing 1610-era CMG; a new CMG is a scale set (--model vmss).',
  classicContinue: 'Continue with the retired classic model?',
  refused: (p) => `${p.input} from ${p.source}: ${p.problem}. Give another value.`,
  certificateRead: (p) => `${p.path}: ${p.subject}, valid until ${p.notAfter}, thumbprint ${p.thumbprint}`,
  refusedBeforeAsking: 'These given values break a rule, so nothing was asked: fix them and run again.',
  stepProblems: 'Change this step\'s answers now? (No: they are reported again before anything is written)',
  reviewTitle: 'Review: every value, by step, and where it comes from',
  secretValue: '(secret)',
  noValue: '(none)',
  sources: { flag: 'flag', env: 'environment', answers: 'answers file', example: 'example', prompt: 'typed', default: 'default' },
  reviewQuestion: 'What now?',
  reviewFailed: 'Errors above: fix them (edit a step) before anything is written.',
  write: (p) => `Write ${p.count} files to ${p.path}`,
  edit: (p) => `Change: ${p.title}`,
  quit: 'Quit without writing',
};

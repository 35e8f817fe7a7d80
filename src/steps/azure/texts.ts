import type { Lang } from '../../model/lang.ts';
import type { StepTexts } from '../../model/step.ts';

/** Step 3's own texts in each language: its title, the 1610 article's title for it, and what the runbook says of it (params: the runbook's values, src/emit/runbook/context.ts). */
export const texts: Record<Lang, StepTexts> = {
  en: {
    title: 'Azure',
    classicTitle: 'Upload the management certificate to Azure',
    intro: {
      vmss: (p) =>
        `The CMG goes into subscription ${p.subscriptionId}, resource group ${p.resourceGroup} (${p.existingResourceGroup ? 'existing: it must be in the CMG region' : 'created by step 4'}), in the Microsoft Entra tenant ${p.tenantId}, through the Entra server app ${p.serverAppClientId}${p.clientAppClientId ? ` (client app ${p.clientAppClientId})` : ''}. Who does what in Azure is below, and under step 4. \`cmg-setup azure check\` checks the subscription, your role and the resource providers.`,
      classic: (p) =>
        `Configuration Manager needs an Azure management certificate to call the Azure API and set up the CMG: upload it to your subscription, and copy the subscription ID that goes with it, which step 4 asks for (${p.subscriptionId}). If your client certificates come from a subordinate CA and your enterprise PKI is not on the internet: once the CMG is set up (step 4), open its cloud service in the Azure portal and upload every subordinate CA certificate on the Certificates tab, note their thumbprints, and add the thumbprints to the site database with the script of this step${p.subCaCount ? '' : ' (give cmg-setup those certificates with --sub-ca-certs to get it)'}.`,
    },
  },
  fr: {
    title: 'Azure',
    classicTitle: 'Charger le certificat de gestion dans Azure',
    intro: {
      vmss: (p) =>
        `La passerelle est créée dans l'abonnement ${p.subscriptionId}, le groupe de ressources ${p.resourceGroup} (${p.existingResourceGroup ? 'existant : il doit se trouver dans la région de la passerelle' : "créé par l'étape 4"}), dans le locataire Microsoft Entra ${p.tenantId}, par l'application serveur Entra ${p.serverAppClientId}${p.clientAppClientId ? ` (application cliente ${p.clientAppClientId})` : ''}. Qui fait quoi dans Azure figure ci-dessous, et sous l'étape 4. \`cmg-setup azure check\` vérifie l'abonnement, votre rôle et les fournisseurs de ressources.`,
      classic: (p) =>
        `Configuration Manager a besoin d'un certificat de gestion Azure pour accéder à l'API Azure et configurer la passerelle de gestion cloud : chargez-le dans votre abonnement et copiez l'ID d'abonnement associé, que demande l'étape 4 (${p.subscriptionId}). Si vos certificats clients sont émis par une autorité de certification subordonnée et que votre PKI d'entreprise n'est pas sur Internet : une fois la passerelle configurée (étape 4), ouvrez son service cloud dans le portail Azure et chargez chaque certificat d'autorité subordonnée dans l'onglet Certificats, notez leurs empreintes numériques, puis ajoutez-les à la base de données du site avec le script de cette étape${p.subCaCount ? '' : ' (indiquez ces certificats à cmg-setup avec --sub-ca-certs pour l\'obtenir)'}.`,
    },
  },
};

/** What a CMG deployment asks of Azure: its resource providers and its scale-set VM sizes (read by the gateway step, the Azure checks and the runbook). */
import type { VmSize } from '../model/answers.ts';

/** Resource providers a CMG deployment needs registered (cmg-reference.md, current branch 4). */
export const RESOURCE_PROVIDERS = {
  vmss: ['Microsoft.KeyVault', 'Microsoft.Storage', 'Microsoft.Network', 'Microsoft.Compute'],
  classic: ['Microsoft.ClassicCompute', 'Microsoft.Storage'],
} as const;

/**
 * The three scale-set VM sizes: the Azure SKU, the console's label (setup page L91: "By default, the
 * **VM Size** is **Standard (A2_V2)**. ... **Large (A4_v2)** ... **Lab (B2s)**"), and the names a value
 * of -VMSSVMSize may carry for it. F-GW-2: the 2207 release notes add -VMSSVMSize with no type and no
 * values, so the script reads the values from the installed cmdlet and takes the one whose name,
 * letters and digits only, lower case, is one of these: the console's word, the SKU without its
 * Standard_ tier prefix, or the whole SKU. Never a value of its own.
 */
export const VMSS_VM_SIZES: Record<VmSize, { sku: string; console: string; names: readonly string[] }> = {
  lab: { sku: 'Standard_B2s', console: 'Lab (B2s)', names: ['lab', 'b2s', 'standardb2s'] },
  standard: { sku: 'Standard_A2_v2', console: 'Standard (A2_V2)', names: ['standard', 'a2v2', 'standarda2v2'] },
  large: { sku: 'Standard_A4_v2', console: 'Large (A4_v2)', names: ['large', 'a4v2', 'standarda4v2'] },
};

/** Scale-set VM sizes behind the console's Lab / Standard / Large (setup page L91; VMSS_VM_SIZES above). */
export const VM_SKUS = { lab: VMSS_VM_SIZES.lab.sku, standard: VMSS_VM_SIZES.standard.sku, large: VMSS_VM_SIZES.large.sku } as const;

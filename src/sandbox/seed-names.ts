import path from 'node:path';

/**
 * The project the sandbox files its seeds from flow files under (flow files name no project):
 * `flowkeeper import --project` against a sandbox started from a folder imports them all.
 */
export const SEED_PROJECT = { id: '65f1a2b3c4d5e6f7a8b9c000', name: 'Sandbox project' } as const;

/**
 * A seed's name, from its flow file's name, since flow files carry none: `retail-onboarding.yaml`
 * becomes `Retail onboarding`, so an import from the sandbox has names to name its files by.
 */
export function seedNameFromFile(filePath: string): string {
  const words = path.basename(filePath).replace(/\.(ya?ml|json)$/i, '').replace(/[-_]+/g, ' ').trim();
  return words === '' ? 'Flow' : words.charAt(0).toUpperCase() + words.slice(1);
}

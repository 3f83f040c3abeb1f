/**
 * Whether the pinned Ubuntu image exists in the regions a run may use, looked up with
 * `virtualMachineImages.get` before anything is created: Canonical keeps about two years of
 * images per SKU, and a version that has gone fails the VM create (PlatformImageNotFound) only
 * after the group and network exist.
 */
import { classifyArmError, readArmError } from '../../core/azure/classify-arm-error.js';
import { osImageVersionsCommand, ubuntuImage } from '../../core/azure/resource-specs.js';
import { BenchError } from '../../core/errors.js';
import type { ArmContext } from './arm-context.js';

/** The regions (of `regions`) where the pinned image version does not exist. */
export async function findRegionsWithoutOsImage(
  ctx: ArmContext,
  regions: readonly string[],
): Promise<string[]> {
  const missing = await Promise.all(
    regions.map(async (region) => {
      try {
        await ctx.compute.virtualMachineImages.get(
          region,
          ubuntuImage.publisher,
          ubuntuImage.offer,
          ubuntuImage.sku,
          ubuntuImage.version,
        );
        return undefined;
      } catch (error) {
        if (classifyArmError(error) === 'not-found') return region;
        const facts = readArmError(error);
        throw new BenchError(
          classifyArmError(error) === 'denied'
            ? 'AZURE_AUTHORIZATION_FAILED'
            : 'AZURE_REQUEST_FAILED',
          `Could not look up the Ubuntu image in ${region}: ${facts.code ?? facts.statusCode ?? 'error'}: ${facts.message}`,
          undefined,
          { cause: error },
        );
      }
    }),
  );
  return missing.filter((r): r is string => r !== undefined);
}

/** The error of a run whose pinned image is missing in `regions`. */
export function osImageMissingError(regions: readonly string[]): BenchError {
  const urn = `${ubuntuImage.publisher}:${ubuntuImage.offer}:${ubuntuImage.sku}:${ubuntuImage.version}`;
  return new BenchError(
    'AZURE_OS_IMAGE_MISSING',
    `The pinned image ${urn} does not exist in ${regions.join(', ')}; nothing was created.`,
    `List the versions that exist with \`${osImageVersionsCommand(regions[0] ?? 'westeurope')}\`, then pin one in ubuntuImage (src/core/azure/resource-specs.ts), or drop the region.`,
  );
}

/** Throws `AZURE_OS_IMAGE_MISSING` unless the pinned image exists in every region. */
export async function assertOsImageAvailable(
  ctx: ArmContext,
  regions: readonly string[],
): Promise<void> {
  const missing = await findRegionsWithoutOsImage(ctx, regions);
  if (missing.length > 0) throw osImageMissingError(missing);
}

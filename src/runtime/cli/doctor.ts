// `advc doctor`: is there a WebGPU adapter, and what can it do? The limits shown are the ones that bound
// batch sizes (storage binding size, buffers per stage) and dispatch shapes.
import { createRequire } from 'node:module';
import { acquireGpu } from './gpu.js';

const LIMITS = [
  'maxStorageBufferBindingSize',
  'maxBufferSize',
  'maxStorageBuffersPerShaderStage',
  'maxComputeWorkgroupStorageSize',
  'maxComputeInvocationsPerWorkgroup',
  'maxComputeWorkgroupSizeX',
  'maxComputeWorkgroupsPerDimension',
] as const;

function webgpuVersion(): string {
  try {
    return (createRequire(import.meta.url)('webgpu/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export async function doctorCommand(): Promise<string> {
  const gpu = await acquireGpu();
  const lines = [
    `adapter: ${gpu.adapterName}`,
    `runtime: node ${process.versions.node}, webgpu (Dawn) ${webgpuVersion()}`,
    `features: ${[...gpu.features].sort().join(', ') || '(none)'}`,
    `timestamps: ${gpu.hasTimestamps ? 'yes (advc bench reports GPU time)' : 'no (advc bench reports wall time only)'}`,
    'limits:',
  ];
  const lim = gpu.limits as unknown as Record<string, number>;
  for (const name of LIMITS) lines.push(`  ${name.padEnd(34)} ${lim[name]}`);
  return lines.join('\n');
}

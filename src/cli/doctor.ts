// `advc doctor`: is there a WebGPU adapter, and what can it do? The limits shown are the ones that bound
// batch sizes (storage binding size, buffers per stage) and dispatch shapes. Then the CPU backend: native
// kernels need a C compiler; which backend --backend auto picks.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { acquireGpu } from './gpu.js';
import { mayHaveHardwareGpu } from '../runtime/device.js';
import { isCpuAdapter } from '../runtime/executor.js';
import { cCompiler } from '../runtime/native.js';

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
  const cc = cCompiler();
  const threads = availableParallelism();
  lines.push(
    `cpu backend: ${cc ? `native kernels built by ${cc.command} (${cc.version})` : 'JavaScript (no C compiler: set CC or install gcc for native kernels)'}, ${threads} thread${threads === 1 ? '' : 's'}`,
    `--backend auto: ${!mayHaveHardwareGpu() ? 'cpu (no GPU device node on this machine)' : isCpuAdapter(gpu) ? 'cpu (the adapter is a software one)' : 'webgpu'}`,
  );
  return lines.join('\n');
}

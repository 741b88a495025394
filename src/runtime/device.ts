// WebGPU device acquisition through Dawn (npm `webgpu`).
// The object returned by `create()` owns Dawn's instance: if it is garbage-collected while a device
// from it lives, Dawn crashes the process. We keep it in a module-level slot until `releaseGpu()`.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requestDevice } from './request-device.js';

export interface Gpu {
  device: GPUDevice;
  adapterName: string;
  features: Set<string>;
  limits: GPUSupportedLimits;
  hasTimestamps: boolean;
}

export class NoAdapterError extends Error {}

let instance: GPU | undefined; // kept alive on purpose, see above
let shared: Promise<Gpu> | undefined;

const HOW_TO_GET_ONE =
  'no WebGPU adapter found. On a machine without a GPU install Mesa >= 24 software Vulkan (lavapipe): ' +
  'run `npm run setup` as root, or add Debian bookworm-backports and ' +
  '`apt-get install -t bookworm-backports mesa-vulkan-drivers libvulkan1`';

// loaded on first use (Dawn takes a while to load); a static specifier, so a bundler can follow it
async function dawn(): Promise<{ create: (opts: string[]) => GPU; globals: Record<string, unknown> }> {
  return (await import('webgpu')) as unknown as { create: (opts: string[]) => GPU; globals: Record<string, unknown> };
}

/**
 * Dawn's instance options. Where only a software adapter can answer (no GPU device node, see
 * mayHaveHardwareGpu), Dawn's robustness transform is turned off: lavapipe bounds-checks every storage access
 * itself (each lane's load and store compares its index with the buffer's size), so Dawn's clamp of every
 * index is a second check of the same thing; the kernels' indices are computed by the compiler over layouts
 * the host checked, as the native C kernels run them with no checks at all. KTAE at 661k tokens on lavapipe: 29
 * index clamps (umin) in the driver's NIR, 3 without; its kernel 21 -> 19.2 ms (GPU time), its threads' CPU
 * time about 2% less. A hardware GPU keeps them: nothing else catches an out-of-bounds access there.
 */
function dawnOptions(): string[] {
  return mayHaveHardwareGpu() ? [] : ['enable-dawn-features=disable_robustness'];
}

/** Creates a device with every optional feature we can use (see requestDevice). Prefer `getGpu()` for the shared one. */
export async function createGpu(): Promise<Gpu> {
  if (!process.env.XDG_RUNTIME_DIR) process.env.XDG_RUNTIME_DIR = mkdtempSync(join(tmpdir(), 'advc-xdg-'));
  const { create, globals } = await dawn();
  Object.assign(globalThis, globals);
  instance ??= create(dawnOptions());
  const got = await requestDevice(instance);
  if (!got) throw new NoAdapterError(HOW_TO_GET_ONE);
  const { adapter, device } = got;
  device.addEventListener('uncapturederror', (ev) => {
    // Surfaced on the next checked submit (executor uses error scopes); log so nothing is silent.
    process.stderr.write(`advc: WebGPU error: ${(ev as GPUUncapturedErrorEvent).error.message}\n`);
  });
  const info = adapter.info as GPUAdapterInfo & { description?: string };
  return {
    device,
    adapterName: info.description || info.device || info.vendor || 'unknown adapter',
    features: new Set([...device.features] as string[]),
    limits: device.limits,
    hasTimestamps: device.features.has('timestamp-query'),
  };
}

/**
 * False on a Linux machine with no GPU device node (/dev/dri/*, /dev/nvidia<N>, WSL's /dev/dxg): every Vulkan
 * driver of real hardware opens one, so only a software adapter could answer there, and `--backend auto` can
 * choose the CPU without loading Dawn. True elsewhere (other systems are asked through Dawn).
 */
export function mayHaveHardwareGpu(platform: string = process.platform, list: (dir: string) => string[] = readdirSync): boolean {
  if (platform !== 'linux') return true;
  const entries = (dir: string) => {
    try {
      return list(dir);
    } catch {
      return [];
    }
  };
  return entries('/dev/dri').length > 0 || entries('/dev').some((f) => /^nvidia\d+$|^dxg$/.test(f));
}

/** One device shared by the process. */
export function getGpu(): Promise<Gpu> {
  shared ??= createGpu().catch((e) => {
    shared = undefined;
    throw e;
  });
  return shared;
}

/** Destroys the shared device and drops Dawn's instance so Node can exit. */
export async function releaseGpu(): Promise<void> {
  if (shared) {
    const g = await shared.catch(() => undefined);
    // Destroying a device with work in flight (or right after creation) can abort Dawn on lavapipe.
    await g?.device.queue.onSubmittedWorkDone();
    g?.device.destroy();
    shared = undefined;
  }
  instance = undefined;
}

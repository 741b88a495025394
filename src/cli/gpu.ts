// The CLI's access to the shared device. Dawn on lavapipe can abort at exit when a device is destroyed while
// its queue is still starting up (seen with `doctor`, which submits nothing), so before releasing we wait
// for the queue to drain.
import { getGpu, releaseGpu, type Gpu } from '../runtime/device.js';

let acquired: Promise<Gpu> | undefined;

export function acquireGpu(): Promise<Gpu> {
  acquired ??= getGpu();
  return acquired;
}

export async function settleAndReleaseGpu(): Promise<void> {
  const gpu = await acquired?.catch(() => undefined);
  acquired = undefined;
  if (gpu) await gpu.device.queue.onSubmittedWorkDone().catch(() => undefined);
  await releaseGpu();
}

// A WebGPU device with what advc's kernels can use. Self-contained on purpose (no imports, only WebGPU):
// `advc compile` embeds this file verbatim in the module it generates, so embedders get the same device.

/** Optional features the kernels use where the adapter has them (subgroups: faster group reductions). */
export const OPTIONAL_FEATURES: GPUFeatureName[] = ['timestamp-query', 'subgroups', 'shader-f16'];

// The GPU objects of live devices. Dawn for Node frees its instance when the object from `create()` is
// garbage-collected, and a device that outlives it crashes the process: each is held until its device is lost
// (device.destroy() loses it).
const held = new Set<{ gpu: GPU }>();

/**
 * Requests an adapter and a device with the optional features it has and its largest storage bindings and
 * compute limits; undefined when there is no adapter.
 */
export async function requestDevice(gpu: GPU, powerPreference: GPUPowerPreference = 'high-performance'): Promise<{ adapter: GPUAdapter; device: GPUDevice } | undefined> {
  const adapter = await gpu.requestAdapter({ powerPreference });
  if (!adapter) return undefined;
  const lim = adapter.limits;
  const device = await adapter.requestDevice({
    requiredFeatures: OPTIONAL_FEATURES.filter((f) => adapter.features.has(f)),
    requiredLimits: {
      maxStorageBufferBindingSize: lim.maxStorageBufferBindingSize,
      maxBufferSize: lim.maxBufferSize,
      maxStorageBuffersPerShaderStage: lim.maxStorageBuffersPerShaderStage,
      maxComputeWorkgroupStorageSize: lim.maxComputeWorkgroupStorageSize,
      maxComputeInvocationsPerWorkgroup: lim.maxComputeInvocationsPerWorkgroup,
      maxComputeWorkgroupSizeX: lim.maxComputeWorkgroupSizeX,
    },
  });
  const entry = { gpu };
  held.add(entry);
  void device.lost.then(() => held.delete(entry));
  return { adapter, device };
}

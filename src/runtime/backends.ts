// The executors a command can choose (kept free of imports: the CLI's option definitions read it).
export const BACKENDS = ['auto', 'webgpu', 'cpu'] as const;
export type Backend = (typeof BACKENDS)[number];

export const BACKEND_HELP =
  'where the kernels run: webgpu (a WebGPU device), cpu (the kernels built as native code with the C compiler, or run as JavaScript without one; a thread per core), ' +
  'or auto (webgpu on a GPU; cpu when the only adapter is a software one such as lavapipe, or none)';

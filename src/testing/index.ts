/**
 * `hibob-link/testing`: MSW handlers emulating HiBob and a host backend, and the sandbox credentials.
 * Browser-safe; `startEmulatorServer` (Node only) is in ./node.ts.
 */
export { hibobApiHandlers, handlersFetch, SEARCHES_PER_MINUTE, type HibobApiHandlersOptions } from './emulator.js';
export { hostApiHandlers, type HostApiHandlersOptions } from './host.js';
export { sandboxCredentials, type SandboxScenario } from './sandbox.js';

/** `hibob-link/testing` for Node: everything browser-safe plus the emulator on a real HTTP server. */
export * from './index.js';
export { startEmulatorServer, type EmulatorServer, type EmulatorServerOptions } from './serve.js';

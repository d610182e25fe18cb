/** A local stand-in for the vendor's project-flow API, for trying configs and for tests. */
export { SandboxConfigError } from './errors.js';
export { startSandbox, type SandboxHandle, type SandboxOptions } from './server.js';
export { FLOW_META_KEYS, FlowStore, type FlowMeta, type FlowStoreOptions, type ProjectView, type SeedFlow, type SeedProject, type StoredFlow } from './store.js';
export { FaultSwitch, httpDate, parseFaultSpec, type Fault, type FaultSpec } from './faults.js';
export { RequestLog, type RequestLogEntry } from './request-log.js';
export { DEFAULT_SANDBOX_RATE, SlidingWindowLimiter, type RateLimitOptions } from './rate-limiter.js';
export { errorBody, type ErrorBody, type ErrorDetail } from './responses.js';
export { tokenHash } from './auth.js';
export { writeFileAtomic } from '../files/atomic-write.js';

/** The client side of `/v3/project-flows/{id}`: a paced, retrying HTTP client and its helpers. */
export { createFlowClient, type FlowClient, type FlowClientOptions } from './client.js';
export { compareConvergence, type Divergence } from './convergence.js';
export { ApiConfigError, ApiError, FlowkeeperError, InvalidBodyError, InvalidFlowIdError } from './errors.js';
export { assertFlowId, isFlowId } from './flow-id.js';
export { flowUrl, isLoopbackHost, parseApiUrl, projectUrl } from './api-url.js';
export { createPacer, DEFAULT_RATE, realSleep, type Pacer, type RateLimit, type ReleaseSlot, type Sleep } from './pacing.js';
export { createRedactor, LEAK_WINDOW, redactUrl, REDACTED, shownApiUrl, type Redactor } from './redact.js';
export type { ApiErrorDetail, FlowFailure, FlowResult, FlowSuccess, Project, ProjectResult, ProjectSuccess, RetryEvent } from './result.js';
export { backoffDelay, classifyNetworkError, DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, type RetryOptions } from './retry.js';

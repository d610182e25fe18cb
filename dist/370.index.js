export const id = 370;
export const ids = [370];
export const modules = {

/***/ 8370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createFlowClient: () => (/* binding */ createFlowClient)
});

// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
// EXTERNAL MODULE: ./lib/engine/json.js
var engine_json = __webpack_require__(4662);
// EXTERNAL MODULE: ./lib/token-rules.js
var token_rules = __webpack_require__(44828);
// EXTERNAL MODULE: ./lib/api/api-url.js
var api_url = __webpack_require__(91268);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./lib/api/retry.js
/**
 * The retry policy as pure functions: which failures are worth another attempt, how long to
 * wait before it, and how to read a `Retry-After` header. The loop that applies them is in
 * client.ts.
 */
/** Defaults: 5 attempts, backoff ceilings 0.5 s, 1 s, 2 s, 4 s (capped at 30 s), 2 minutes in all. */
const DEFAULT_RETRY = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, budgetMs: 120_000 };
/**
 * Statuses that say "try again later". 400/401/403/404/409/422 describe the request itself and
 * repeating it cannot change the answer, so every other status is final.
 */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
/** True when a response with this status may succeed if sent again. */
function isRetryableStatus(status) {
    return RETRYABLE_STATUSES.has(status);
}
const TRANSIENT_ERRNOS = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EAI_AGAIN', 'ECONNABORTED']);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const CLOSED_CODES = new Set(['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH']);
/**
 * Sorts an error thrown by undici into a reason and whether to retry. A PUT of the same body is
 * idempotent, so even a request that may have reached the server (a timeout, a reset) is safe
 * to send again. Unknown errors (a DNS name that does not exist, a TLS failure) are final.
 */
function classifyNetworkError(error) {
    const { name, code } = (typeof error === 'object' && error !== null ? error : {});
    if (name === 'TimeoutError' || (typeof code === 'string' && TIMEOUT_CODES.has(code)))
        return { reason: 'timeout', retryable: true };
    if (typeof code === 'string' && CLOSED_CODES.has(code))
        return { reason: 'socket-closed', retryable: true };
    if (typeof code === 'string' && TRANSIENT_ERRNOS.has(code))
        return { reason: code, retryable: true };
    if (typeof code === 'string' && code !== '')
        return { reason: code, retryable: false };
    return { reason: typeof name === 'string' && name !== '' ? name : 'unknown', retryable: false };
}
/**
 * Reads a Retry-After header as milliseconds from `nowMs`: delta-seconds or an HTTP date.
 * A date in the past means "now" (0). Anything else, or no header, is `undefined`, so the
 * caller falls back to its backoff.
 */
function parseRetryAfter(value, nowMs) {
    const raw = Array.isArray(value) ? value[0] : value;
    if (typeof raw !== 'string')
        return undefined;
    const text = raw.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    // An HTTP date always names a weekday or month; requiring a letter keeps Date.parse's
    // lenient guesses (`-5`, `1e3`) out.
    if (!/[a-z]/i.test(text))
        return undefined;
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - nowMs);
}
/**
 * Exponential backoff with full jitter: a uniform delay between 0 and
 * `min(maxDelayMs, baseDelayMs * 2^(retry - 1))`, so clients that failed together do not come
 * back together. `retry` counts from 1 (the wait before the second attempt).
 */
function backoffDelay(retry, options, random) {
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
    return Math.floor(random() * ceiling);
}

;// CONCATENATED MODULE: ./lib/api/attempt.js




const NETWORK_MESSAGES = {
    ECONNRESET: 'the connection was reset',
    ECONNREFUSED: 'the connection was refused (is the API reachable?)',
    EPIPE: 'the connection broke while sending',
    'socket-closed': 'the server closed the connection before answering',
};
function networkMessage(reason, timeoutMs, error, redact) {
    if (reason === 'timeout')
        return `no answer from the API within ${timeoutMs} ms`;
    const known = NETWORK_MESSAGES[reason];
    if (known)
        return `no answer from the API: ${known}`;
    const text = error instanceof Error ? error.message : String(error);
    return redact(`no answer from the API: ${reason}${text ? ` (${text})` : ''}`);
}
function detailsOf(value, redact) {
    if (!Array.isArray(value))
        return undefined;
    return value
        .filter((d) => (0,engine_json/* isObject */.Gv)(d))
        .map((d) => ({ field: redact(String(d.field ?? '')), message: redact(String(d.message ?? '')) }));
}
/** The largest answer read: a flow is a few kilobytes, and an answer is held whole to parse it. */
const MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
/**
 * The body as text, read chunk by chunk; undefined as soon as it passes `max` bytes (declared or
 * counted), when the rest is left unread and the connection dropped, so an endless answer costs
 * at most `max` bytes of memory.
 */
async function readCapped(body, declared, max) {
    if (typeof declared === 'string' && Number(declared) > max) {
        body.destroy();
        return undefined;
    }
    const parts = [];
    let length = 0;
    for await (const chunk of body) {
        length += chunk.length;
        // Leaving the loop destroys the stream, which aborts the request.
        if (length > max)
            return undefined;
        parts.push(chunk);
    }
    return Buffer.concat(parts, length).toString('utf8');
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * Sends one request and reads the whole answer, up to MAX_RESPONSE_BYTES. Never throws for network trouble or a refusal:
 * both come back as an outcome. Redirects are not followed, so the token is only ever sent to
 * the configured host.
 */
async function sendAttempt(req) {
    let status;
    let headers;
    let capped;
    try {
        const response = await (0,undici/* request */.Em)(req.url, {
            method: req.method,
            headers: req.headers,
            body: req.body,
            dispatcher: req.dispatcher,
            // One deadline for connect, headers and body: a server that trickles bytes cannot stall us.
            signal: req.signal ? AbortSignal.any([AbortSignal.timeout(req.timeoutMs), req.signal]) : AbortSignal.timeout(req.timeoutMs),
        });
        status = response.statusCode;
        headers = response.headers;
        capped = await readCapped(response.body, response.headers['content-length'], MAX_RESPONSE_BYTES);
    }
    catch (error) {
        // Cut by the client's stop, not by the server: the request may have been applied, and is not retried.
        if (req.signal?.aborted)
            return { ok: false, status: 0, code: 'Aborted', message: 'no answer: the run was stopped while the request was in flight', reason: 'aborted', retryable: false };
        const { reason, retryable } = classifyNetworkError(error);
        return { ok: false, status: 0, code: 'NetworkError', message: networkMessage(reason, req.timeoutMs, error, req.redact), reason, retryable };
    }
    // Not retried: the same request would get the same answer.
    if (capped === undefined)
        return { ok: false, status, code: 'ResponseTooLarge', message: `the API's answer was over ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB`, retryable: false };
    const json = parseJson(capped);
    if (status >= 200 && status < 300) {
        if ((0,engine_json/* isObject */.Gv)(json) && (0,engine_json/* isObject */.Gv)(json.data))
            return { ok: true, status, data: json.data };
        return { ok: false, status, code: 'InvalidResponse', message: `the API answered ${status} without a flow in "data"`, retryable: false };
    }
    const body = (0,engine_json/* isObject */.Gv)(json) ? json : {};
    const message = typeof body.message === 'string' && body.message !== '' ? body.message : `the API answered ${status} ${external_node_http_.STATUS_CODES[status] ?? ''}`.trim();
    const details = detailsOf(body.details, req.redact);
    const retryAfterMs = parseRetryAfter(headers['retry-after'], req.now());
    return {
        ok: false,
        status,
        code: typeof body.code === 'string' && body.code !== '' ? req.redact(body.code) : `Http${status}`,
        message: req.redact(message),
        ...(details ? { details } : {}),
        retryable: isRetryableStatus(status),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
}

// EXTERNAL MODULE: ./lib/api/errors.js
var errors = __webpack_require__(18937);
// EXTERNAL MODULE: ./lib/api/flow-id.js
var flow_id = __webpack_require__(76598);
// EXTERNAL MODULE: ./lib/api/pacing.js
var pacing = __webpack_require__(29622);
// EXTERNAL MODULE: ./lib/api/redact.js
var api_redact = __webpack_require__(16279);
;// CONCATENATED MODULE: ./lib/api/client.js











function positiveInteger(name, value) {
    if (!Number.isInteger(value) || value < 1)
        throw new errors/* ApiConfigError */.Vg(`${name} is ${JSON.stringify(value)}; expected a whole number of at least 1`);
    return value;
}
function nonNegative(name, value) {
    if (!Number.isFinite(value) || value < 0)
        throw new errors/* ApiConfigError */.Vg(`${name} is ${JSON.stringify(value)}; expected a number of at least 0`);
    return value;
}
function checkToken(token) {
    const problem = (0,token_rules/* tokenProblem */.j)(token);
    if (problem !== undefined)
        throw new errors/* ApiConfigError */.Vg(problem);
    return token;
}
/**
 * Builds a client. Every send goes through one pacer (no `rate.windowMs` sees more than
 * `rate.requests` sends, retries included) and at most `concurrency` operations run at once.
 * Throws {@link ApiConfigError} for an insecure or malformed URL, a malformed or short token (see
 * src/token-rules.ts) or bad numbers.
 */
function createFlowClient(options) {
    // Built first, so that a token pasted into the URL is hidden in the URL's own errors.
    const redact = (0,api_redact/* createRedactor */.lY)([options.token]);
    const base = (0,api_url/* parseApiUrl */.nV)(options.apiUrl, redact);
    const token = checkToken(options.token);
    const concurrency = positiveInteger('concurrency', options.concurrency ?? pacing/* DEFAULT_CONCURRENCY */.WH);
    const rate = options.rate ?? pacing/* DEFAULT_RATE */.L5;
    positiveInteger('rate.requests', rate.requests);
    positiveInteger('rate.windowMs', rate.windowMs);
    const retry = { ...DEFAULT_RETRY };
    for (const [key, value] of Object.entries(options.retry ?? {}))
        if (value !== undefined)
            retry[key] = value;
    positiveInteger('retry.maxAttempts', retry.maxAttempts);
    nonNegative('retry.baseDelayMs', retry.baseDelayMs);
    nonNegative('retry.maxDelayMs', retry.maxDelayMs);
    nonNegative('retry.budgetMs', retry.budgetMs);
    const timeoutMs = positiveInteger('timeoutMs', options.timeoutMs ?? 30_000);
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? pacing/* realSleep */.uk;
    const random = options.random ?? Math.random;
    const pacer = (0,pacing/* createPacer */.g3)(rate, { now, sleep });
    const limit = (0,p_limit/* default */.A)(concurrency);
    const agent = new undici/* Agent */.g6({ connections: concurrency });
    const headers = {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        'user-agent': 'flowkeeper',
    };
    function checkId(id) {
        // The error quotes the id; a token pasted in its place must not end up in that message.
        if (!(0,flow_id/* isFlowId */._6)(id))
            throw new errors/* InvalidFlowIdError */.Dr(redact(String(id)));
        return id;
    }
    const signal = options.signal;
    const STOPPED = { ok: false, status: 0, code: 'Aborted', message: 'not sent: the run was stopped', reason: 'aborted', retryable: false };
    /** A send slot, or undefined when the client is stopped first (the slot, if it comes later, is given back). */
    async function acquire() {
        if (!signal)
            return pacer.acquire();
        if (signal.aborted)
            return undefined;
        const turn = pacer.acquire();
        let onAbort;
        const stopped = new Promise((resolve) => {
            onAbort = () => resolve(undefined);
            signal.addEventListener('abort', onAbort, { once: true });
        });
        const won = await Promise.race([turn, stopped]);
        signal.removeEventListener('abort', onAbort);
        if (won === undefined)
            void turn.then((release) => release());
        return won;
    }
    /** One paced exchange; `sentAt` is when the pacer let it go; `sent` is false when nothing left. */
    async function attempt(method, url, body) {
        const release = await acquire();
        if (!release)
            return { outcome: STOPPED, sentAt: now(), sent: false };
        const sentAt = now();
        try {
            const outcome = await sendAttempt({
                method,
                url,
                headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
                body,
                dispatcher: agent,
                timeoutMs,
                now,
                redact,
                ...(signal ? { signal } : {}),
            });
            return { outcome, sentAt, sent: true };
        }
        finally {
            release();
        }
    }
    async function withRetries(method, id, body, url = (0,api_url/* flowUrl */.s8)(base, id)) {
        // The budget runs from the first send: time queued behind other flows is not retry time.
        let started;
        for (let attempts = 1;; attempts += 1) {
            const { outcome, sentAt, sent } = await attempt(method, url, body);
            // Attempts counts the requests that left: one stopped before sending is not one.
            if (!sent)
                return { ...outcome, attempts: attempts - 1 };
            started ??= sentAt;
            if (outcome.ok)
                return { ok: true, status: outcome.status, data: outcome.data, attempts };
            const { retryAfterMs, ...failure } = outcome;
            const result = { ...failure, attempts };
            if (!outcome.retryable)
                return result;
            if (attempts >= retry.maxAttempts)
                return { ...result, exhausted: 'attempts' };
            // Retry-After wins over the backoff and is not capped by maxDelayMs; the budget bounds it.
            const delayMs = retryAfterMs ?? backoffDelay(attempts, retry, random);
            if (now() - started + delayMs > retry.budgetMs)
                return { ...result, exhausted: 'budget' };
            if (outcome.status === 429)
                pacer.pauseUntil(now() + delayMs);
            options.onRetry?.({
                method,
                id,
                attempt: attempts,
                status: outcome.status,
                code: outcome.code,
                ...(outcome.reason !== undefined ? { reason: outcome.reason } : {}),
                delayMs,
                fromRetryAfter: retryAfterMs !== undefined,
            });
            await sleep(delayMs, signal);
        }
    }
    return {
        async putFlow(id, body) {
            const checked = checkId(id);
            if (!(0,engine_json/* isObject */.Gv)(body))
                throw new errors/* InvalidBodyError */.Ic(`the update body is ${(0,engine_json/* describeType */.MF)(body)}; expected an object`);
            const text = JSON.stringify(body);
            return limit(() => withRetries('PUT', checked, text));
        },
        async getFlow(id) {
            const checked = checkId(id);
            return limit(() => withRetries('GET', checked, undefined));
        },
        async deleteFlow(id) {
            const checked = checkId(id);
            return limit(() => withRetries('DELETE', checked, undefined));
        },
        async getProject(id) {
            // A project id is an ObjectId like a flow's, checked the same way before any request.
            const checked = checkId(id);
            const result = await limit(() => withRetries('GET', checked, undefined, (0,api_url/* projectUrl */.Vn)(base, checked)));
            return result.ok ? { ...result, data: result.data } : result;
        },
        close() {
            return agent.close();
        },
    };
}


/***/ })

};

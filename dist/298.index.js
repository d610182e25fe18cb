export const id = 298;
export const ids = [298,633,370];
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


/***/ }),

/***/ 60746:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ resolveBase)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _git_run_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73464);


const FETCH_HINT = 'A shallow clone lacks older commits: fetch them (git fetch --unshallow, or actions/checkout with fetch-depth: 0)';
/**
 * Finds the commit a run compares with. A ref that names no commit is a usage error when the run
 * depends on it (`missing: 'error'`), else a note and no base, so every flow counts as new.
 * `sendAll` says, for an error, how to run without the base.
 */
async function resolveBase(setting, cwd, missing, names, sendAll) {
    if (setting.ref === undefined) {
        if (!setting.mergeBaseByDefault)
            return { label: '(none)' };
        const found = await (0,_git_run_git_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultBaseRef */ .mK)(cwd);
        return found ? { commit: found.commit, label: found.name } : { label: '(no commits)' };
    }
    const commit = await (0,_git_run_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(setting.ref, cwd);
    if (commit)
        return { commit, label: setting.ref };
    const what = `${names.base} ${setting.ref} is not a commit in this repository`;
    if (missing === 'error') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(sendAll ? `${what}, so the changed flows are unknown and nothing was sent. ${FETCH_HINT}, or ${sendAll}.` : `${what}. ${FETCH_HINT}.`);
    }
    const sentence = `${what}, so every flow counts as new. ${FETCH_HINT} to compare with it.`;
    return { label: '(base not fetched)', note: sentence[0].toUpperCase() + sentence.slice(1) };
}


/***/ }),

/***/ 58633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  plan: () => (/* binding */ plan),
  planAgainstBase: () => (/* binding */ planAgainstBase),
  planLive: () => (/* binding */ planLive),
  planWorkingTree: () => (/* binding */ planWorkingTree)
});

// EXTERNAL MODULE: ./lib/api/api-url.js
var api_url = __webpack_require__(91268);
// EXTERNAL MODULE: ./lib/api/redact.js
var api_redact = __webpack_require__(16279);
// EXTERNAL MODULE: ./lib/engine/diagnostic.js
var diagnostic = __webpack_require__(27931);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/plan/live-plan.js
var live_plan = __webpack_require__(70289);
// EXTERNAL MODULE: ./lib/api/flow-id.js
var flow_id = __webpack_require__(76598);
// EXTERNAL MODULE: ./lib/engine/diff.js
var diff = __webpack_require__(51483);
;// CONCATENATED MODULE: ./lib/plan/plan-flows.js


/**
 * Matches flows by id between two sets and lists, per flow, what changed: added, removed,
 * moved and changed flows, field by field. Ids match without regard to letter case, as on the
 * server, even for flows not made by plannedFlowOf. Pure; removals come first, then `after` order.
 */
function planFlows(before, after) {
    const beforeById = new Map(before.map((flow) => [(0,flow_id/* canonicalFlowId */._s)(flow.id), flow]));
    const flows = [];
    const seen = new Set();
    for (const flow of after) {
        if (seen.has((0,flow_id/* canonicalFlowId */._s)(flow.id)))
            continue;
        seen.add((0,flow_id/* canonicalFlowId */._s)(flow.id));
        const previous = beforeById.get((0,flow_id/* canonicalFlowId */._s)(flow.id));
        if (!previous) {
            flows.push({ path: flow.path, id: flow.id, change: 'added', changes: (0,diff/* diffBodies */.MA)(undefined, flow.body), status: flow.status });
            continue;
        }
        // Only what a sync would send: a field the new body leaves out keeps its value on the server.
        const changes = (0,diff/* diffSent */.CY)(previous.body, flow.body);
        flows.push({
            path: flow.path,
            id: flow.id,
            change: changes.length ? 'changed' : 'unchanged',
            ...(previous.path !== flow.path ? { previousPath: previous.path } : {}),
            changes,
            status: flow.status,
        });
    }
    // Removals first: a delete is the one change a sync cannot undo, so it leads every view of a plan.
    const removed = [];
    for (const flow of before) {
        if (seen.has((0,flow_id/* canonicalFlowId */._s)(flow.id)))
            continue;
        seen.add((0,flow_id/* canonicalFlowId */._s)(flow.id));
        removed.push({ path: flow.path, id: flow.id, change: 'removed', changes: [], status: flow.status });
    }
    return [...removed, ...flows];
}

// EXTERNAL MODULE: ./lib/token-rules.js
var token_rules = __webpack_require__(44828);
// EXTERNAL MODULE: ./lib/app/base.js
var app_base = __webpack_require__(60746);
// EXTERNAL MODULE: ./lib/git/ref-reader.js
var ref_reader = __webpack_require__(86833);
// EXTERNAL MODULE: ./lib/app/flow-sets.js + 3 modules
var flow_sets = __webpack_require__(98029);
// EXTERNAL MODULE: ./lib/app/verdict.js
var app_verdict = __webpack_require__(77446);
;// CONCATENATED MODULE: ./lib/app/plan.js











/** The files a plan leaves out: those with errors (the plan is of valid flows only). */
function unplanned(validation) {
    return validation.files.filter((file) => file.errors.length > 0);
}
/** Both sides of a plan against a base commit, with the bodies: the first step of a plan and of a sync. */
async function planAgainstBase(source, validation, after, base, 
/** What each working-tree flow was resolved from: unchanged flows are then not read from git again. */
origins = [], 
/** A reader of the base commit already asked for its tree; closed here. */
reader) {
    const before = base.commit ? await (0,flow_sets/* flowsAtCommit */.I)(source, base.commit, origins, reader) : [];
    return { report: { base: base.label, ...(base.commit ? { baseCommit: base.commit } : {}), flows: planFlows(before, after), files: unplanned(validation) }, before, after, ...(base.commit ? { baseCommit: base.commit } : {}) };
}
/**
 * The working tree's flows and their plan against the base that `resolve` names. git answers in
 * processes of its own: the base commit and its tree are asked for while this thread reads the
 * working tree, rather than after it. A problem with the base is still reported after one with
 * the working tree, as when they were asked in turn.
 */
async function planWorkingTree(source, resolve) {
    const early = resolve().then((base) => {
        const reader = base.commit ? new ref_reader/* GitRefReader */.b(source.root, base.commit) : undefined;
        reader?.prefetch();
        return { base, reader };
    });
    early.catch(() => undefined);
    let working;
    try {
        working = await (0,flow_sets/* flowsInWorkingTree */.q)(source);
    }
    catch (error) {
        // The reader's git process would keep this process alive.
        early.then(({ reader }) => reader?.close(), () => undefined);
        throw error;
    }
    const { validation, flows, origins } = working;
    const { base, reader } = await early;
    return { validation, flows, base, plan: await planAgainstBase(source, validation, flows, base, origins, reader) };
}
/**
 * Compares each flow's PUT body in the working tree with the same flow (matched by id) at the
 * base commit: added, removed, moved and changed flows, field by field.
 */
async function plan(settings) {
    const { validation, base, plan: result } = await planWorkingTree(settings, () => (0,app_base/* resolveBase */.g)(settings.base, settings.cwd, settings.missingBase, settings.names));
    const verdict = (0,app_verdict/* verdictOf */.V)({ validation, plan: result, ...(settings.maxWarnings === undefined ? {} : { maxWarnings: settings.maxWarnings }) }, settings.names);
    return { validation, plan: result, notes: base.note ? [base.note] : [], ...verdict };
}
/**
 * Plans against the live API rather than a git ref, like Terraform's plan against real state:
 * each flow is read (GET) and the fields its body owns are compared with what the server holds.
 * A flow that cannot be read is a finding of the report.
 */
async function planLive(settings) {
    if (!settings.token)
        throw new errors/* UsageError */.eb(`no API token: set ${settings.names.token}`);
    const problem = (0,token_rules/* tokenProblem */.j)(settings.token);
    if (problem !== undefined)
        throw new errors/* UsageError */.eb(problem);
    // Checked here too, so that a bad URL is named as the user gave it (the client says `apiUrl`).
    (0,api_url/* parseApiUrl */.nV)(settings.apiUrl, (0,api_redact/* createRedactor */.lY)([settings.token]), settings.names.apiUrl);
    // Loaded on use: the HTTP client is most of the bundle, and a plan against git needs none of it.
    const { createFlowClient } = await Promise.all(/* import() */[__webpack_require__.e(473), __webpack_require__.e(370)]).then(__webpack_require__.bind(__webpack_require__, 8370));
    const client = createFlowClient({ apiUrl: settings.apiUrl, token: settings.token });
    try {
        const { validation, flows } = await (0,flow_sets/* flowsInWorkingTree */.q)(settings);
        const live = await (0,live_plan/* planAgainstApi */.zk)(flows, client);
        if (live.refused) {
            throw new errors/* ApiAuthError */.Nu(`the API refused the token (HTTP ${live.refused.status}: ${live.refused.message}), so no flow could be compared; check ${settings.names.credentials}`);
        }
        // Values come from the server: one that echoes the token back must not show it.
        const redact = (0,api_redact/* createRedactor */.lY)([settings.token]);
        const hidesSecret = (value) => value !== undefined && redact(JSON.stringify(value) ?? '') !== (JSON.stringify(value) ?? '');
        const scrub = (change) => ({
            ...change,
            ...(hidesSecret(change.before) ? { before: api_redact/* REDACTED */.XF } : {}),
            ...(hidesSecret(change.after) ? { after: api_redact/* REDACTED */.XF } : {}),
        });
        const unreadable = live.unreadable.map(({ flow, message }) => ({
            path: flow.path,
            id: flow.id,
            valid: false,
            errors: [{ ...(0,diagnostic/* diagnostic */.YK)('', `cannot read flow ${flow.id} from the API: ${message}`, 'api-read'), file: flow.path, line: 1, column: 1 }],
            warnings: [],
        }));
        const report = {
            base: `the API at ${(0,api_redact/* shownApiUrl */.jK)(settings.apiUrl, redact)}`,
            flows: live.flows.map((flow) => ({ ...flow, changes: flow.changes.map(scrub) })),
            files: [...unplanned(validation), ...unreadable],
        };
        // A stamp that holds the token (a server echoing it back) is left out, as any value would be.
        const stamps = new Map([...live.live].map(([id, stamp]) => [id, hidesSecret(stamp) ? {} : stamp]));
        // The server's side has no files: a live plan carries no bodies for journeys.
        const result = { report, before: [], after: flows, live: stamps };
        return { validation, plan: result, notes: [], ...(0,app_verdict/* verdictOf */.V)({ validation, plan: result }, settings.names) };
    }
    finally {
        await client.close();
    }
}


/***/ }),

/***/ 91298:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M1: () => (/* binding */ applySync),
  XX: () => (/* binding */ checkSyncSettings),
  sync: () => (/* binding */ sync)
});

// UNUSED EXPORTS: prepareSync

// EXTERNAL MODULE: ./lib/api/api-url.js
var api_url = __webpack_require__(91268);
// EXTERNAL MODULE: ./lib/api/client.js + 2 modules
var api_client = __webpack_require__(8370);
// EXTERNAL MODULE: ./lib/api/redact.js
var api_redact = __webpack_require__(16279);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/engine/diagnostic.js
var diagnostic = __webpack_require__(27931);
// EXTERNAL MODULE: ./lib/parse/locate.js + 2 modules
var locate = __webpack_require__(26989);
// EXTERNAL MODULE: ./lib/files/reader.js
var reader = __webpack_require__(44696);
// EXTERNAL MODULE: ./lib/files/resolve.js + 4 modules
var resolve = __webpack_require__(67700);
;// CONCATENATED MODULE: ./lib/sync/place-details.js





/**
 * Maps the server's 422 `details` back to the files of a flow, through the same field-path
 * positions the validator uses. The flow is read again: a 422 is rare, and keeping every
 * flow's syntax tree for it would cost memory on every sync.
 */
function detailsPlacer(cwd, root) {
    return async (flow, details) => {
        const cache = new resolve.FlowFileCache(reader/* workingTreeReader */.LE, cwd, root);
        const file = await cache.load(external_node_path_.resolve(cwd, flow.path));
        const layers = file?.readable ? (await (0,resolve.resolveFlowFile)(file, cache)).layers : [];
        return details.map((detail) => {
            const found = (0,diagnostic/* diagnostic */.YK)(String(detail.field ?? ''), String(detail.message ?? ''), 'api-validation');
            return layers.length ? (0,locate/* placeAcrossLayers */.D)(found, layers) : { ...found, file: flow.path };
        });
    };
}

// EXTERNAL MODULE: ./lib/engine/json.js
var json = __webpack_require__(4662);
;// CONCATENATED MODULE: ./lib/sync/flow-run.js
/** `HTTP 422 after 3 attempts: …`: a failed request in a sentence. */
function failureText(result) {
    const what = result.status === 0 ? `no answer (${result.reason ?? result.code})` : `HTTP ${result.status}`;
    const tries = result.attempts > 1 ? ` after ${result.attempts} attempts` : '';
    // A retryable failure that was not retried needs saying why, or it looks like a bug.
    const gaveUp = result.exhausted === 'budget' ? ' (gave up: the wait before the next attempt would overrun the retry time budget)' : '';
    return `${what}${tries}: ${result.message}${gaveUp}`;
}
/**
 * Whether a failed write may still have landed. A refusal (4xx) on the only attempt changed
 * nothing; no answer, or a server error, may have come after the server wrote the flow; and an
 * attempt retried after such a failure may have landed before the last one was refused.
 */
function mayHaveApplied(result) {
    // Attempts 0: the client refused the request before sending anything.
    return result.attempts > 0 && (result.status === 0 || result.status >= 500 || result.attempts > 1);
}
/** Whether an answer says the token is not accepted: the run cannot go on with it. */
function refusesToken(answer) {
    return !answer.ok && (answer.status === 401 || answer.status === 403);
}
/**
 * Sends one request and tells the run of its answer. The client reports refusals and network
 * failures as data; anything it throws is a bug or a bad input of one flow, which must not take
 * the other flows down with it.
 */
async function call(steps, request) {
    let answer;
    try {
        answer = await request();
    }
    catch (error) {
        answer = { ok: false, status: 0, code: 'ClientError', message: error.message, attempts: 0, retryable: false };
    }
    steps.onAnswer(answer);
    return answer;
}

;// CONCATENATED MODULE: ./lib/sync/staleness.js

/**
 * How the live flow differs from the stamp a reviewed plan recorded (`version 3 → 4`), or
 * undefined when it does not, or when the plan recorded none. Pure.
 */
function staleness(expected, live) {
    if (!expected)
        return undefined;
    const flow = (0,json/* isObject */.Gv)(live) ? live : {};
    const changes = [];
    for (const key of ['version', 'updatedAt']) {
        if (expected[key] === undefined)
            continue;
        const now = flow[key];
        if (now !== expected[key])
            changes.push(`${key} ${JSON.stringify(expected[key])} → ${now === undefined ? 'none' : JSON.stringify(now)}`);
    }
    return changes.length ? changes.join(', ') : undefined;
}

;// CONCATENATED MODULE: ./lib/sync/delete-one.js



const PAUSE = { status: 'paused' };
/** Whether a DELETE's failure still means the flow is gone: a retried delete whose first attempt landed. */
function goneAfterRetry(answer) {
    return !answer.ok && answer.status === 404 && answer.attempts > 1;
}
function deleteFlow(steps, id) {
    if (!steps.client.deleteFlow)
        throw new Error('this client cannot delete flows');
    return steps.client.deleteFlow(id);
}
/**
 * Deletes one flow as the vendor advises: read it, set an active flow to `paused` first, then
 * `DELETE`. A flow already gone is left alone; one that changed since a reviewed plan is refused
 * unless forced. A delete whose answer was lost is settled by reading the flow back.
 */
async function deleteOne(target, steps) {
    const flow = target.after;
    const base = { path: flow.path, id: flow.id };
    const run = { applied: 'no', result: { ...base, outcome: 'not-attempted' } };
    // Read even in a blind sync: whether the flow is active decides the pause.
    const read = await call(steps, () => steps.client.getFlow(flow.id));
    if (!read.ok) {
        if (read.status === 404)
            return { ...run, result: { ...base, outcome: 'unchanged', httpStatus: 404, message: 'already absent from the server' } };
        return { ...run, result: { ...base, outcome: 'failed', httpStatus: read.status, attempts: read.attempts, message: `could not read the flow before deleting it, so nothing was sent: ${failureText(read)}` } };
    }
    run.snapshot = read.data;
    const changed = staleness(target.expect, read.data);
    if (changed !== undefined && !steps.force) {
        return { ...run, result: { ...base, outcome: 'failed', httpStatus: read.status, message: `changed on the server since the plan (${changed}), so it was not deleted; plan again, or ${steps.hints.force} to delete it anyway` } };
    }
    let paused = '';
    if ((0,json/* isObject */.Gv)(read.data) && read.data.status === 'active') {
        run.written = PAUSE;
        const pause = await call(steps, () => steps.client.putFlow(flow.id, PAUSE));
        if (!pause.ok) {
            run.applied = mayHaveApplied(pause) ? 'unknown' : 'no';
            return { ...run, result: { ...base, outcome: 'failed', httpStatus: pause.status, attempts: pause.attempts, message: `could not set the active flow to paused before deleting it, so it was not deleted: ${failureText(pause)}` } };
        }
        run.applied = 'yes';
        paused = 'set to paused, then ';
    }
    const answer = await call(steps, () => deleteFlow(steps, flow.id));
    if (answer.ok || goneAfterRetry(answer)) {
        return { ...run, applied: 'yes', result: { ...base, outcome: 'deleted', httpStatus: answer.status, attempts: answer.attempts, ...(paused ? { message: 'set to paused, then deleted' } : {}) } };
    }
    const left = paused ? '; the flow is left paused' : '';
    if (mayHaveApplied(answer)) {
        const check = await call(steps, () => steps.client.getFlow(flow.id));
        if (!check.ok && check.status === 404)
            return { ...run, applied: 'yes', result: { ...base, outcome: 'deleted', httpStatus: answer.status, attempts: answer.attempts, message: `${paused}${failureText(answer)}; read back: the flow is gone` } };
        if (!check.ok)
            return { ...run, result: { ...base, outcome: 'unknown', httpStatus: answer.status, attempts: answer.attempts, message: `${paused}${failureText(answer)}; the flow may or may not be deleted: reading it back failed (${failureText(check)})` } };
    }
    return { ...run, result: { ...base, outcome: 'failed', httpStatus: answer.status, attempts: answer.attempts, message: `${paused}the delete failed: ${failureText(answer)}${left}` } };
}

;// CONCATENATED MODULE: ./lib/api/convergence.js

function walk(sent, returned, path, out) {
    if ((0,json/* isObject */.Gv)(sent)) {
        if (!(0,json/* isObject */.Gv)(returned)) {
            out.push({ field: path, sent, returned });
            return;
        }
        for (const key of Object.keys(sent)) {
            walk(sent[key], (0,json/* hasOwn */.$3)(returned, key) ? returned[key] : undefined, path === '' ? key : `${path}.${key}`, out);
        }
        return;
    }
    // Arrays replace wholesale, but the server fills defaults into their items (documentTemplates),
    // so items are compared key by key like objects; a different length is a divergence of the list.
    if (Array.isArray(sent)) {
        if (!Array.isArray(returned) || returned.length !== sent.length) {
            out.push({ field: path, sent, returned });
            return;
        }
        sent.forEach((item, index) => walk(item, returned[index], path === '' ? String(index) : `${path}.${index}`, out));
        return;
    }
    if (!(0,json/* jsonEqual */.Zm)(sent, returned))
        out.push({ field: path, sent, returned });
}
/**
 * After a 200, lists the fields of the sent body whose value the server does not hold as sent
 * ("did not converge"): a field it ignored, clamped or rewrote. Fields the body did not send are
 * not looked at; defaults the server adds inside sent objects and array items are not differences.
 */
function compareConvergence(sent, returned) {
    const out = [];
    walk(sent, returned, '', out);
    return out;
}

// EXTERNAL MODULE: ./lib/engine/merge.js
var merge = __webpack_require__(40534);
;// CONCATENATED MODULE: ./lib/sync/restore.js



/**
 * The body that puts back what a PUT of `sent` changed on a server that held `snapshot` before
 * it: each top-level field the body sent, as the snapshot holds it. A PUT merges sections key by
 * key and the body's sections are whole, so sending the snapshot's whole sections restores every
 * field the run wrote, those the earlier version never declared included. A section the server
 * did not show is restored as the server would have filled it: at its defaults. Pure.
 */
function restoreBody(snapshot, sent) {
    const complete = (0,merge/* applyPatch */.X6)((0,json/* isObject */.Gv)(snapshot) ? snapshot : {}, {});
    const body = {};
    for (const key of Object.keys(sent))
        if ((0,json/* hasOwn */.$3)(complete, key))
            body[key] = complete[key];
    return body;
}
/** Whether a server's flow holds every field of `body` as written (the server's defaults inside aside). */
function holds(serverFlow, body) {
    return compareConvergence(body, serverFlow).length === 0;
}

;// CONCATENATED MODULE: ./lib/sync/update-one.js





/** Reads a flow back after a write whose answer was lost, and says what the server holds. */
async function settleUnknown(flow, run, put, steps) {
    const lost = failureText(put);
    const read = await call(steps, () => steps.client.getFlow(flow.id));
    if (!read.ok) {
        run.result = { ...run.result, outcome: 'unknown', message: `${lost}; the server may hold either version: reading it back failed (${failureText(read)})` };
        return;
    }
    if (holds(read.data, flow.body)) {
        run.applied = 'yes';
        run.result = { ...run.result, outcome: 'updated', message: `${lost}; read back: the server holds the new body` };
    }
    else if (run.snapshot === undefined || holds(read.data, restoreBody(run.snapshot, flow.body))) {
        // Unread before the write (a blind sync), a flow without the new body did not take it.
        run.applied = 'no';
        run.result = { ...run.result, outcome: 'failed', message: `${lost}; read back: the server ${run.snapshot === undefined ? 'does not hold the new body' : 'still holds the flow as it was'}, so nothing was applied` };
    }
    else {
        run.applied = 'yes';
        run.result = { ...run.result, outcome: 'failed', message: `${lost}; read back: the server holds neither the flow as it was nor the new body` };
    }
}
/**
 * Reads the flow (unless the sync is blind), leaves it alone when the server already holds its
 * body or when it changed since a reviewed plan, else sends its body and judges what the server
 * holds after.
 */
async function updateOne(target, steps) {
    const flow = target.after;
    const base = { path: flow.path, id: flow.id };
    const run = { applied: 'no', result: { ...base, outcome: 'not-attempted' } };
    if (steps.readFirst) {
        const read = await call(steps, () => steps.client.getFlow(flow.id));
        if (!read.ok) {
            const why = read.status === 404 ? 'the server has no flow with this id (404); flows are created in the vendor console, not by a sync' : failureText(read);
            return { applied: 'no', result: { ...base, outcome: 'failed', httpStatus: read.status, attempts: read.attempts, message: `could not read the flow before sending it, so nothing was sent: ${why}` } };
        }
        run.snapshot = read.data;
        const changed = staleness(target.expect, read.data);
        if (changed !== undefined && !steps.force) {
            return { ...run, result: { ...base, outcome: 'failed', httpStatus: read.status, message: `changed on the server since the plan (${changed}), so nothing was sent; plan again, or ${steps.hints.force} to send it anyway` } };
        }
        if (holds(read.data, flow.body))
            return { ...run, result: { ...base, outcome: 'unchanged', message: 'matches the server' } };
    }
    run.written = flow.body;
    const put = await call(steps, () => steps.client.putFlow(flow.id, flow.body));
    run.result = { ...base, outcome: 'failed', httpStatus: put.status, attempts: put.attempts };
    if (put.ok) {
        run.applied = 'yes';
        const diverged = compareConvergence(flow.body, put.data);
        if (diverged.length === 0) {
            run.result.outcome = 'updated';
            return run;
        }
        const fields = diverged.map((d) => `${d.field} (sent ${(0,json/* quote */.hD)(d.sent, undefined, steps.redact)}, the server holds ${d.returned === undefined ? 'nothing' : (0,json/* quote */.hD)(d.returned, undefined, steps.redact)})`).join(', ');
        run.result.message = `did not converge: the server answered ${put.status} but did not take ${fields}`;
        return run;
    }
    // The last answer's 422 details stay with the flow, also when an earlier attempt sends it to a read-back.
    const details = put.details?.length ? await steps.placeDetails(flow, put.details) : undefined;
    if (mayHaveApplied(put)) {
        run.applied = 'unknown';
        await settleUnknown(flow, run, put, steps);
        if (details && run.result.outcome !== 'updated')
            run.result = { ...run.result, details };
        return run;
    }
    run.result = { ...run.result, message: failureText(put), ...(details ? { details } : {}) };
    return run;
}

;// CONCATENATED MODULE: ./lib/sync/run-sync.js




/** Words for the settings when the edge gives none. */
const DEFAULT_HINTS = { force: 'force it', allowDelete: 'allow deletes', credentials: 'the API token and the API URL' };
const FAILED = new Set(['failed', 'unknown']);
/** Puts back, as the server held them before the run, the fields this run wrote to one flow. */
async function rollBackOne(run, steps) {
    // A flow that failed keeps saying why.
    const earlier = FAILED.has(run.result.outcome) && run.result.message ? `${run.result.message}; ` : '';
    const body = restoreBody(run.snapshot, run.written ?? {});
    const answer = await call(steps, () => steps.client.putFlow(run.result.id, body));
    if (answer.ok && holds(answer.data, body)) {
        run.result = { ...run.result, outcome: 'rolled-back', httpStatus: answer.status, message: `${earlier}restored to what the server held before this run` };
        return;
    }
    const why = answer.ok ? `the server answered ${answer.status} but does not hold the restored fields` : failureText(answer);
    run.result = { ...run.result, outcome: 'rollback-failed', httpStatus: answer.status, message: `${earlier}rollback failed, the server may hold this run's body: ${why}` };
}
/**
 * Syncs each target with a pool of workers, in order: updates first, then, once every update
 * succeeded and only with `allowDelete`, deletes (a delete cannot be rolled back). Each flow is
 * read (GET) before it is written, unless `readFirst` is false: a flow the server already holds
 * is left `unchanged`, and what the server held is known for a rollback. The first request goes
 * alone, and the first 401 or 403 stops the run: a refused token sends no second request.
 * `stop` and `rollback` launch no new flow after the first failure; `rollback` then restores
 * every flow this run wrote to, or may have written to, as the server held it before. Every
 * target ends in exactly one state: updated, unchanged, deleted, failed, unknown, rolled back,
 * rollback failed, not deleted, or not attempted.
 */
async function runSync(options) {
    const { targets } = options;
    const hints = options.hints ?? DEFAULT_HINTS;
    const runs = targets.map(({ after }) => ({ applied: 'no', result: { path: after.path, id: after.id, outcome: 'not-attempted' } }));
    let refused;
    let firstAnswered;
    const firstAnswer = new Promise((resolve) => (firstAnswered = resolve));
    const steps = {
        client: options.client,
        readFirst: options.readFirst !== false,
        force: options.force === true,
        placeDetails: options.placeDetails,
        hints,
        ...(options.redact ? { redact: options.redact } : {}),
        onAnswer: (answer) => {
            if (refusesToken(answer))
                refused ??= answer;
            firstAnswered();
        },
    };
    let done = 0;
    let failed = 0;
    let halted = false;
    const stopped = () => halted || refused !== undefined || options.stop?.aborted === true;
    const runPhase = async (indexes, work) => {
        let next = 0;
        const worker = async (first) => {
            // The first request goes alone: a refused token then costs one request, not one per worker.
            if (!first)
                await firstAnswer;
            try {
                while (!stopped() && next < indexes.length) {
                    const index = indexes[next++];
                    const run = await work(targets[index]);
                    runs[index] = run;
                    done++;
                    if (FAILED.has(run.result.outcome)) {
                        failed++;
                        if (options.onFailure !== 'continue')
                            halted = true;
                    }
                    options.onProgress?.({ done, total: targets.length, failed, result: run.result });
                }
            }
            finally {
                // A first worker that sent nothing (a run stopped before it began) must not hold the others.
                if (first)
                    firstAnswered();
            }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, indexes.length)) }, (_, n) => worker(n === 0)));
    };
    const updates = [...targets.keys()].filter((i) => targets[i].action !== 'delete');
    const deletes = [...targets.keys()].filter((i) => targets[i].action === 'delete');
    await runPhase(updates, (target) => updateOne(target, steps));
    if (options.allowDelete && failed === 0) {
        firstAnswered();
        await runPhase(deletes, (target) => deleteOne(target, steps));
    }
    firstAnswered();
    // Every flow says why it ended as it did, also those the run never reached.
    const notSent = refused
        ? `not sent: the API refused the token (${failureText(refused)}); check ${hints.credentials}`
        : halted
            ? `not sent: an earlier flow failed and --on-failure is ${options.onFailure}`
            : options.stop?.aborted
                ? `not sent: ${String(options.stop.reason)}`
                : failed > 0 && deletes.length > 0
                    ? 'not deleted: a delete runs only once every update succeeded'
                    : undefined;
    for (const [index, run] of runs.entries()) {
        if (run.result.outcome !== 'not-attempted')
            continue;
        if (targets[index].action === 'delete' && !options.allowDelete)
            run.result = { ...run.result, outcome: 'not-deleted', message: `not deleted (${hints.allowDelete})` };
        else if (notSent)
            run.result.message = notSent;
    }
    if (refused) {
        for (const run of runs) {
            if (run.result.httpStatus === refused.status && FAILED.has(run.result.outcome) && !run.result.message?.includes(hints.credentials)) {
                run.result.message = `${run.result.message ?? failureText(refused)}; the API refused the token: check ${hints.credentials}`;
            }
        }
    }
    // A refused token cannot restore anything either.
    if (options.onFailure === 'rollback' && failed > 0 && !refused) {
        for (const run of runs) {
            if (run.applied !== 'no' && run.result.outcome !== 'deleted')
                await rollBackOne(run, steps);
        }
    }
    return runs.map((run) => run.result);
}

// EXTERNAL MODULE: ./lib/api/flow-id.js
var flow_id = __webpack_require__(76598);
// EXTERNAL MODULE: ./lib/engine/diff.js
var diff = __webpack_require__(51483);
// EXTERNAL MODULE: ./lib/sync/guard.js
var sync_guard = __webpack_require__(29642);
;// CONCATENATED MODULE: ./lib/sync/select-targets.js



const NO_DELETES = { allowed: false };
/**
 * Picks what to send from flows already read. Every target carries its body at the base commit
 * whenever `before` knows the flow. With `onlyChanged`, a flow of `before` that is no longer in
 * `flows` becomes a delete target (sent only when deletes are allowed). With `onlyChanged`, flows whose body would change nothing on
 * the server (the same, or only leaving fields out) are skipped and the guard judges the rest against the base; without, every flow is sent and only
 * the share rule could speak (counting every flow), so the guard is left to runs that compare.
 * Pure.
 */
function selectSyncTargets(flows, before, onlyChanged, guard, deletes = NO_DELETES) {
    // Ids match without regard to letter case, as on the server.
    const beforeById = new Map(before.map((flow) => [(0,flow_id/* canonicalFlowId */._s)(flow.id), flow]));
    const targets = [];
    const unchanged = [];
    for (const after of flows) {
        const previous = beforeById.get((0,flow_id/* canonicalFlowId */._s)(after.id));
        if (onlyChanged && previous && (0,diff/* diffSent */.CY)(previous.body, after.body).length === 0)
            unchanged.push(after);
        else
            targets.push(previous ? { after, before: previous } : { after });
    }
    // A flow whose file is gone since the base: known only when comparing with one.
    const kept = new Set(flows.map((flow) => (0,flow_id/* canonicalFlowId */._s)(flow.id)));
    const removed = onlyChanged ? before.filter((flow) => !kept.has((0,flow_id/* canonicalFlowId */._s)(flow.id))) : [];
    targets.push(...removed.map((flow) => ({ after: flow, before: flow, action: 'delete' })));
    // Only deletes that will be sent weigh with the guard; the others are reported, not sent.
    const judged = deletes.allowed ? targets : targets.filter((target) => target.action !== 'delete');
    const total = flows.length + (deletes.allowed ? removed.length : 0);
    return { targets, unchanged, blockedBy: onlyChanged ? (0,sync_guard/* guardReasons */.z)(judged, total, guard) : [] };
}

;// CONCATENATED MODULE: ./lib/sync/summarize.js
/** Counts of a sync report's outcomes. */
function summarizeSync(flows) {
    const count = (outcome) => flows.filter((f) => f.outcome === outcome).length;
    return {
        flows: flows.length,
        updated: count('updated') + count('would-update'),
        unchanged: count('unchanged'),
        deleted: count('deleted') + count('would-delete'),
        notDeleted: count('not-deleted'),
        failed: count('failed'),
        unknown: count('unknown'),
        notAttempted: count('not-attempted'),
        rolledBack: count('rolled-back'),
        rollbackFailed: count('rollback-failed'),
    };
}

// EXTERNAL MODULE: ./lib/token-rules.js
var token_rules = __webpack_require__(44828);
// EXTERNAL MODULE: ./lib/app/base.js
var app_base = __webpack_require__(60746);
// EXTERNAL MODULE: ./lib/app/duration.js
var duration = __webpack_require__(21411);
// EXTERNAL MODULE: ./lib/app/plan.js + 1 modules
var app_plan = __webpack_require__(58633);
// EXTERNAL MODULE: ./lib/app/verdict.js
var app_verdict = __webpack_require__(77446);
;// CONCATENATED MODULE: ./lib/app/sync.js













/**
 * Checks the settings that do not depend on any file, so a wrong one stops the run before
 * anything is read. A token given for a dry run must be usable too: it is the one the next,
 * real run will send.
 */
function checkSyncSettings(settings) {
    const { names } = settings;
    if (!settings.apiUrl)
        throw new errors/* UsageError */.eb(`no API URL: set ${names.apiUrl}`);
    const apiUrl = (0,api_url/* parseApiUrl */.nV)(settings.apiUrl, (0,api_redact/* createRedactor */.lY)([settings.token]), names.apiUrl);
    if (!(settings.concurrency >= 1))
        throw new errors/* UsageError */.eb(`${names.concurrency} must be at least 1`);
    if (!settings.token && !settings.dryRun)
        throw new errors/* UsageError */.eb(`no API token: set ${names.token} (or do a dry run)`);
    const problem = settings.token ? (0,token_rules/* tokenProblem */.j)(settings.token) : undefined;
    if (problem !== undefined)
        throw new errors/* UsageError */.eb(problem);
    if (!(settings.timeoutMs >= 1))
        throw new errors/* UsageError */.eb(`${names.timeout} must be a duration of at least 1 ms`);
    if (!settings.readFirst && settings.onFailure === 'rollback') {
        throw new errors/* UsageError */.eb(`${names.blind} cannot go with on-failure rollback: a rollback restores what each flow's read showed, and a blind sync reads nothing`);
    }
    return apiUrl;
}
/**
 * Validates every flow file, plans against the base and picks the flows to send. Reads files and
 * git, sends nothing. A base that names no commit stops the run when only changed flows are to
 * be sent (which flows changed would be unknown); otherwise it is a note.
 */
async function prepareSync(settings) {
    const { validation, flows, base, plan } = await (0,app_plan.planWorkingTree)(settings, () => (0,app_base/* resolveBase */.g)(settings.base, settings.cwd, settings.onlyChanged ? 'error' : 'note', settings.names, settings.names.sendAll));
    const onlyChanged = settings.onlyChanged && base.commit !== undefined;
    const selection = selectSyncTargets(flows, plan.before, onlyChanged, settings.guard, { allowed: settings.allowDelete });
    return { ...selection, validation, plan, base: onlyChanged ? base.label : null, notes: base.note ? [base.note] : [] };
}
/** The outcomes of a flow that leave a sync successful. */
const SUCCESSES = new Set(['updated', 'unchanged', 'deleted', 'not-deleted']);
/**
 * Sends the prepared flows, unless something forbids it: any invalid file (nothing is sent, a
 * partial sync would leave the server in a state the repository never described), the guard
 * without `force`, or a dry run. `ok` is true only when every flow ended updated, unchanged,
 * deleted, or not deleted by choice.
 */
async function applySync(prepared, settings, apiUrl, reporter = {}) {
    const redact = (0,api_redact/* createRedactor */.lY)([settings.token]);
    const unchanged = prepared.unchanged.map((f) => ({ path: f.path, id: f.id, outcome: 'unchanged' }));
    const pending = prepared.targets.map(({ after }) => ({ path: after.path, id: after.id, outcome: 'not-attempted' }));
    const report = {
        apiUrl: (0,api_redact/* shownApiUrl */.jK)(apiUrl.href.replace(/\/$/, ''), redact),
        dryRun: settings.dryRun,
        base: prepared.base,
        blockedBy: [],
        flows: [],
        requests: [],
        summary: summarizeSync([]),
    };
    const finish = (flows, ok) => {
        report.flows = [...flows, ...unchanged];
        report.summary = summarizeSync(report.flows);
        return { report, ok };
    };
    if (prepared.validation.summary.errors > 0) {
        // Each flow says why it was not sent, for reports read on their own.
        const invalid = new Set(prepared.validation.files.filter((file) => !file.valid).map((file) => file.path));
        const why = (f) => (invalid.has(f.path) ? 'not sent: this flow file has errors' : 'not sent: other flow files have errors');
        return finish(pending.map((f) => ({ ...f, message: why(f) })), false);
    }
    if (prepared.blockedBy.length > 0 && !settings.force) {
        report.blockedBy = prepared.blockedBy;
        return finish(pending, false);
    }
    if (settings.dryRun) {
        const sent = prepared.targets.filter((target) => target.action !== 'delete' || settings.allowDelete);
        report.requests = sent.map(({ after, action }) => action === 'delete' ? { method: 'DELETE', url: (0,api_redact/* shownApiUrl */.jK)((0,api_url/* flowUrl */.s8)(apiUrl, after.id), redact), body: null } : { method: 'PUT', url: (0,api_redact/* shownApiUrl */.jK)((0,api_url/* flowUrl */.s8)(apiUrl, after.id), redact), body: after.body });
        const dry = (target, f) => target.action !== 'delete' ? { ...f, outcome: 'would-update' } : settings.allowDelete ? { ...f, outcome: 'would-delete' } : { ...f, outcome: 'not-deleted', message: `not deleted (${settings.names.allowDelete})` };
        return finish(pending.map((f, index) => dry(prepared.targets[index], f)), true);
    }
    if (prepared.targets.length === 0)
        return finish([], true);
    await reporter.beforeSend?.();
    // Stopping (the deadline or an interrupt) starts no new flow; requests still in flight after a
    // grace are cut, so a server that never answers cannot hold the run.
    const cut = new AbortController();
    const client = (0,api_client.createFlowClient)({ apiUrl: apiUrl.href, token: settings.token ?? '', rate: settings.rate, concurrency: settings.concurrency, signal: cut.signal });
    const deadline = new AbortController();
    const stop = settings.stop ? AbortSignal.any([deadline.signal, settings.stop]) : deadline.signal;
    let graceTimer;
    const startGrace = () => {
        graceTimer = setTimeout(() => cut.abort(stop.reason), duration/* STOP_GRACE_MS */.Ts);
    };
    // A timer longer than 2^31 - 1 ms fires at once; such a deadline is as good as none.
    const deadlineTimer = setTimeout(() => deadline.abort(`the ${settings.names.timeout} of ${(0,duration/* formatDuration */.a3)(settings.timeoutMs)} passed`), Math.min(settings.timeoutMs, 2 ** 31 - 1));
    if (stop.aborted)
        startGrace();
    else
        stop.addEventListener('abort', startGrace, { once: true });
    // A server (or a proxy) that echoes the token back would otherwise show it in a "did not
    // converge" message or a 422 detail.
    const scrub = (f) => ({
        ...f,
        ...(f.message !== undefined ? { message: redact(f.message) } : {}),
        ...(f.details ? { details: f.details.map((d) => ({ ...d, message: redact(d.message), field: redact(d.field) })) } : {}),
    });
    try {
        const flows = await runSync({
            client,
            targets: prepared.targets,
            concurrency: settings.concurrency,
            onFailure: settings.onFailure,
            allowDelete: settings.allowDelete,
            readFirst: settings.readFirst,
            force: settings.force,
            hints: settings.names,
            placeDetails: detailsPlacer(settings.cwd, settings.root),
            redact,
            ...(reporter.syncProgress ? { onProgress: (progress) => reporter.syncProgress({ ...progress, result: scrub(progress.result) }) } : {}),
            stop,
        });
        if (stop.aborted)
            report.stopped = String(stop.reason);
        return finish(flows.map(scrub), flows.every((f) => SUCCESSES.has(f.outcome)));
    }
    finally {
        clearTimeout(deadlineTimer);
        clearTimeout(graceTimer);
        stop.removeEventListener('abort', startGrace);
        await client.close();
    }
}
/**
 * Validates, plans and sends each flow to `PUT /v3/project-flows/{id}`, paced and guarded. The
 * report holds the validation, the plan and every flow's outcome.
 */
async function sync(settings, reporter = {}) {
    const apiUrl = checkSyncSettings(settings);
    const prepared = await prepareSync(settings);
    const sent = await applySync(prepared, settings, apiUrl, reporter);
    const limits = settings.maxWarnings === undefined ? {} : { maxWarnings: settings.maxWarnings };
    const verdict = (0,app_verdict/* verdictOf */.V)({ validation: prepared.validation, plan: prepared.plan, sync: sent, ...limits }, settings.names);
    return { validation: prepared.validation, plan: prepared.plan, sync: sent.report, notes: prepared.notes, ...verdict };
}


/***/ })

};

export const id = 418;
export const ids = [418,633];
export const modules = {

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

/***/ 87418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SHARED_FOLDER: () => (/* binding */ SHARED_FOLDER),
  allEnvironmentPatterns: () => (/* binding */ allEnvironmentPatterns),
  planEnvironments: () => (/* binding */ planEnvironments),
  splitByEnvironment: () => (/* binding */ splitByEnvironment),
  validateEnvironments: () => (/* binding */ validateEnvironments)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/files/discover.js
var discover = __webpack_require__(44116);
// EXTERNAL MODULE: ./lib/files/match-paths.js
var match_paths = __webpack_require__(31007);
// EXTERNAL MODULE: ./lib/config/select-environment.js
var select_environment = __webpack_require__(83884);
;// CONCATENATED MODULE: ./lib/config/membership.js




/** The membership of every path under the config's environments (no two claim one file: the loader checks). */
async function environmentMembership(config, cwd) {
    const owners = config.environments.map((environment) => ({ name: environment.name, patterns: (0,select_environment/* environmentPatterns */.LH)(config, environment, cwd) }));
    const claimed = new Map();
    for (const { name, patterns } of owners) {
        for (const file of await (0,discover/* discoverFlowFiles */.x)(patterns, cwd).catch(() => []))
            if (!claimed.has(file))
                claimed.set(file, name);
    }
    return (path) => {
        const absolute = external_node_path_.resolve(cwd, path);
        return claimed.get(absolute) ?? owners.find(({ patterns }) => (0,match_paths.matchFlowPaths)([absolute], patterns, cwd).length > 0)?.name;
    };
}

// EXTERNAL MODULE: ./lib/files/validate-files.js + 1 modules
var validate_files = __webpack_require__(70720);
// EXTERNAL MODULE: ./lib/app/plan.js + 1 modules
var plan = __webpack_require__(58633);
// EXTERNAL MODULE: ./lib/app/validate.js
var validate = __webpack_require__(43781);
;// CONCATENATED MODULE: ./lib/app/environments.js







/** The folder of shared definitions (id-less bases), beside the config, checked with every environment. */
const SHARED_FOLDER = 'flows';
/** Every environment's files, and the shared folder when there is one: what a run without --env covers. */
async function allEnvironmentPatterns(config, cwd) {
    const patterns = config.environments.flatMap((environment) => (0,select_environment/* environmentPatterns */.LH)(config, environment, cwd));
    const shared = external_node_path_.join(config.root, SHARED_FOLDER);
    if ((await (0,promises_.stat)(shared).catch(() => undefined))?.isDirectory())
        patterns.push(external_node_path_.relative(cwd, shared).split(external_node_path_.sep).join('/') || '.');
    return patterns;
}
function splitValidation(validation, member, name) {
    return (0,validate_files/* summarize */.eh)(validation.files.filter((file) => member(file.path) === name));
}
function splitPlan(result, member, name) {
    const mine = (items) => items.filter((item) => member(item.path) === name);
    return {
        report: { ...result.report, flows: mine(result.report.flows), files: mine(result.report.files) },
        before: mine(result.before),
        after: mine(result.after),
        ...(result.live ? { live: result.live } : {}),
    };
}
/**
 * A run's report split per environment, production first: each file and each flow belongs to
 * the environment whose files name it (the loader makes that one at most), so a change to a
 * shared base shows in every environment whose flows extend it, with that environment's ids.
 */
async function splitByEnvironment(report, config, cwd) {
    const member = await environmentMembership(config, cwd);
    const environments = (0,select_environment/* reportOrder */.D$)(config.environments).map((environment) => ({
        name: environment.name,
        apiUrl: environment.apiUrl,
        validation: splitValidation(report.validation, member, environment.name),
        ...(report.plan ? { plan: splitPlan(report.plan, member, environment.name) } : {}),
    }));
    const shared = splitValidation(report.validation, member, undefined);
    // A flow (a file with an id) that no environment claims is checked, but no sync sends it.
    const strays = shared.files.filter((file) => file.id !== null).map((file) => `${file.path} (${file.id}) has an id but belongs to no environment of flowkeeper.yaml, so no sync sends it; list it under an environment's files, or drop its id to make it a base`);
    return { ...report, environments, shared, notes: [...report.notes, ...strays] };
}
/** `validate` over every environment and the shared files, reported per environment. */
async function validateEnvironments(settings, config) {
    const patterns = await allEnvironmentPatterns(config, settings.cwd);
    return splitByEnvironment(await (0,validate.validate)({ ...settings, patterns }), config, settings.cwd);
}
/** `plan` over every environment and the shared files (against a git ref), reported per environment. */
async function planEnvironments(settings, config) {
    const patterns = await allEnvironmentPatterns(config, settings.cwd);
    return splitByEnvironment(await (0,plan.plan)({ ...settings, patterns }), config, settings.cwd);
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

/***/ 43781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validate: () => (/* binding */ validate),
/* harmony export */   workersFor: () => (/* binding */ workersFor)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var _files_discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44116);
/* harmony import */ var _files_validate_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70720);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13411);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77446);





/** Threads cost start-up time and memory (each has its own heap): never for fewer files than this. */
const PARALLEL_FROM = 500;
/** Files each worker thread needs, when none are asked for, to pay for its start-up (measured in `npm run bench`). */
const FILES_PER_WORKER = 2500;
/**
 * The worker threads to validate `files` files with: as asked (within reason) for enough files;
 * otherwise one per FILES_PER_WORKER files, up to one fewer than the cores (this thread finds
 * the files, checks duplicate ids and writes the report), and none (this thread alone) unless
 * that gives at least two. On 2 cores one thread is fastest: it already keeps about 1.4 cores
 * busy (V8 collects garbage and compiles on helper threads). There, with 10,000 files, two
 * workers took 2.1 s against 1.64 s and 190 MB against 135 MB, and this thread checking a share
 * beside one worker took 2.35–2.45 s against 1.83 s, whatever the share (50–70%).
 */
function workersFor(files, asked, cores = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)()) {
    if (files < PARALLEL_FROM)
        return 1;
    if (asked !== undefined)
        return Math.max(1, Math.min(asked, cores * 2));
    const workers = Math.min(cores - 1, Math.floor(files / FILES_PER_WORKER));
    return workers >= 2 ? workers : 1;
}
/**
 * Validates every flow file the patterns name: each on its own, then resolved through its bases
 * as a complete flow. Bad files are findings in the report, never exceptions; a pattern that
 * matches nothing is a usage error.
 */
async function validate(settings) {
    const files = await (0,_files_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .discoverFlowFiles */ .x)(settings.patterns, settings.cwd);
    // Loaded on use: most runs keep no cache.
    const resultCache = settings.cacheLocation === undefined ? undefined : await (await __webpack_require__.e(/* import() */ 185).then(__webpack_require__.bind(__webpack_require__, 71185))).FileResultCache.open(settings.cacheLocation, _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x, settings.cwd);
    const workers = workersFor(files.length, settings.jobs);
    const validation = await (0,_files_validate_files_js__WEBPACK_IMPORTED_MODULE_2__/* .validateFlowFiles */ .cm)(files, { cwd: settings.cwd, root: settings.root, workers, ...(resultCache ? { resultCache } : {}) });
    await resultCache?.save(files);
    return { validation, notes: [], ...(0,_verdict_js__WEBPACK_IMPORTED_MODULE_4__/* .verdictOf */ .V)({ validation, ...(settings.maxWarnings === undefined ? {} : { maxWarnings: settings.maxWarnings }) }, settings.names) };
}


/***/ })

};

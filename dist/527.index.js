export const id = 527;
export const ids = [527,633,298];
export const modules = {

/***/ 52527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncReviewedPlanOrReplan: () => (/* binding */ syncReviewedPlanOrReplan)
/* harmony export */ });
/* unused harmony exports readPlanFile, staleReasons, planGuardReasons, preparePlannedSync, syncPlan */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _api_flow_id_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76598);
/* harmony import */ var _engine_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51483);
/* harmony import */ var _engine_json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4662);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(452);
/* harmony import */ var _plan_plan_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8551);
/* harmony import */ var _sync_guard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29642);
/* harmony import */ var _git_run_git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73464);
/* harmony import */ var _flow_sets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23824);
/* harmony import */ var _sync_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(91298);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(77446);












/** Reads and checks a plan file; a file that cannot be used is a usage error naming it and the field. */
async function readPlanFile(cwd, file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, file), 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`plan file ${file}: cannot read it (${error.code ?? error.message})`, { cause: error });
    }
    const reading = (0,_plan_plan_file_js__WEBPACK_IMPORTED_MODULE_5__/* .parsePlanFile */ .FU)(text);
    if (!reading.ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`plan file ${file}: ${reading.problem}`, { code: 'bad-plan' });
    return reading.plan;
}
const shortDigest = (digest) => digest.slice(0, 'sha256:'.length + 12);
/**
 * Why the working tree no longer resolves to the plan: each flow whose body differs, which moved,
 * is gone, is new, or is back after a planned delete; and the digest when it differs. Empty when
 * the plan still holds. Pure.
 */
function staleReasons(plan, flows) {
    const reasons = [];
    const current = new Map(flows.map((flow) => [(0,_api_flow_id_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalFlowId */ ._s)(flow.id), flow]));
    const planned = new Set();
    for (const entry of plan.flows) {
        const id = (0,_api_flow_id_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalFlowId */ ._s)(entry.id);
        planned.add(id);
        const flow = current.get(id);
        if (entry.action === 'delete') {
            if (flow)
                reasons.push(`${flow.path} (${id}): planned as a delete, but the working tree has the flow`);
            continue;
        }
        if (!flow)
            reasons.push(`${entry.path} (${id}): planned, but no flow file has this id now`);
        else if (flow.path !== entry.path)
            reasons.push(`${flow.path} (${id}): planned at ${entry.path}`);
        else if (!(0,_engine_json_js__WEBPACK_IMPORTED_MODULE_10__/* .jsonEqual */ .Zm)(flow.body, entry.body)) {
            const fields = (0,_engine_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffBodies */ .MA)(entry.body, flow.body).map((change) => change.field);
            reasons.push(`${flow.path} (${id}): its body differs from the planned one (${fields.join(', ') || 'key order'})`);
        }
    }
    for (const flow of flows)
        if (!planned.has((0,_api_flow_id_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalFlowId */ ._s)(flow.id)))
            reasons.push(`${flow.path} (${(0,_api_flow_id_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalFlowId */ ._s)(flow.id)}): not in the plan`);
    const digest = (0,_plan_plan_file_js__WEBPACK_IMPORTED_MODULE_5__/* .contentDigest */ .eZ)(flows);
    if (digest !== plan.digest)
        reasons.push(`the repository's digest is ${shortDigest(digest)}…, the plan's ${shortDigest(plan.digest)}…`);
    return reasons;
}
/**
 * What the guard says against a plan: the share rule over the flows it changes, and each change
 * the plan itself marks as weakening an active flow or taking one out of service. The base's
 * bodies are not in the plan, so its own marks are judged, in the guard's words.
 */
function planGuardReasons(plan, targets, totalFlows, guard) {
    const reasons = (0,_sync_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .guardReasons */ .z)(targets.map(({ after }) => ({ after })), totalFlows, guard);
    for (const entry of plan.flows.filter((flow) => flow.action === 'update')) {
        // Judged again with the engine's severity model, not taken from the file's own marks, so a
        // plan file made by an older flowkeeper (or edited) is held to the rules sync holds now.
        const changes = entry.changes.map(judgedOf);
        const statusChange = changes.find((change) => change.field === 'status');
        const wasActive = statusChange ? statusChange.before === 'active' : entry.status === 'active';
        if (statusChange?.severity === 'deactivates') {
            reasons.push(`${entry.path} (${entry.id}): takes an active flow out of service (status active → ${String(statusChange.after ?? 'draft')})`);
        }
        const weakening = changes.filter((change) => change.severity === 'weakens');
        if (weakening.length > 0 && (wasActive || entry.status === 'active')) {
            const fields = weakening.map((c) => `${c.field} ${JSON.stringify(c.before ?? null)} → ${JSON.stringify(c.after ?? null)}`).join(', ');
            reasons.push(`${entry.path} (${entry.id}): weakens verification of an active flow: ${fields}`);
        }
    }
    return reasons;
}
/** A plan file's change with its severity judged by the engine (a file's `weakens: false` cannot hide one). */
function judgedOf(change) {
    const judged = (0,_engine_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .judgedChange */ .Oi)(change.field, change.before, change.after);
    return change.weakens && !judged.weakens ? { ...judged, severity: 'weakens', weakens: true } : judged;
}
/** A plan file's flow as a plan report line. */
function flowPlanOf(entry) {
    return {
        path: entry.path,
        id: entry.id,
        change: entry.action === 'delete' ? 'removed' : entry.action === 'none' ? 'unchanged' : 'changed',
        ...(entry.previousPath !== undefined ? { previousPath: entry.previousPath } : {}),
        changes: entry.changes.map(judgedOf),
        ...(entry.status !== undefined ? { status: entry.status } : {}),
    };
}
/**
 * The flows a plan's deletes may name, by id: those its base commit holds, when that commit is an
 * ancestor of HEAD. A plan file comes from outside (an artifact of another run): without this, a
 * forged one could delete any flow the server has. Throws {@link StalePlanError} naming each
 * delete the repository's history does not back.
 */
async function flowsThePlanMayDelete(plan, source) {
    const deletes = plan.flows.filter((entry) => entry.action === 'delete');
    if (deletes.length === 0)
        return new Map();
    const commit = plan.against.kind === 'git' ? plan.against.commit : undefined;
    const unbacked = (why) => deletes.map((entry) => `${entry.path} (${(0,_api_flow_id_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalFlowId */ ._s)(entry.id)}): planned as a delete, but ${why}`);
    if (commit === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StalePlanError */ .Z(source.planFile, unbacked('the plan names no base commit to check it against'));
    if (!(await isAncestorOfHead(commit, source.root)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StalePlanError */ .Z(source.planFile, unbacked(`the plan's base commit ${commit.slice(0, 12)} is not in this branch's history`));
    const atBase = new Map((await (0,_flow_sets_js__WEBPACK_IMPORTED_MODULE_8__/* .flowsAtCommit */ .I)(source, commit)).map((flow) => [(0,_api_flow_id_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalFlowId */ ._s)(flow.id), flow]));
    const missing = deletes.filter((entry) => !atBase.has((0,_api_flow_id_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalFlowId */ ._s)(entry.id)));
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StalePlanError */ .Z(source.planFile, missing.map((entry) => `${entry.path} (${(0,_api_flow_id_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalFlowId */ ._s)(entry.id)}): planned as a delete, but the plan's base commit ${commit.slice(0, 12)} has no such flow`));
    }
    return atBase;
}
async function isAncestorOfHead(commit, root) {
    try {
        await (0,_git_run_git_js__WEBPACK_IMPORTED_MODULE_7__/* .git */ .$Y)(['merge-base', '--is-ancestor', commit, 'HEAD'], root);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Turns a reviewed plan into a sync of exactly its requests: reads the plan, resolves the working
 * tree, refuses the whole plan when the files no longer resolve to the planned bodies
 * ({@link StalePlanError}), and makes each `update` and `delete` a target, expecting the live
 * stamp the plan was made against. Reads files, sends nothing.
 */
async function preparePlannedSync(settings) {
    const plan = await readPlanFile(settings.cwd, settings.planFile);
    const { validation, flows } = await (0,_flow_sets_js__WEBPACK_IMPORTED_MODULE_8__/* .flowsInWorkingTree */ .q)(settings);
    const report = { base: plan.against.label, ...(plan.against.commit ? { baseCommit: plan.against.commit } : {}), flows: plan.flows.map(flowPlanOf), files: [] };
    const planResult = { report, before: [], after: flows };
    // Files with errors are reported as a sync reports them (and nothing is sent) before staleness.
    if (validation.summary.errors === 0) {
        const reasons = staleReasons(plan, flows);
        if (reasons.length > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StalePlanError */ .Z(settings.planFile, reasons);
    }
    const deletable = await flowsThePlanMayDelete(plan, settings);
    const byId = new Map(flows.map((flow) => [(0,_api_flow_id_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalFlowId */ ._s)(flow.id), flow]));
    const targets = [];
    const unchanged = [];
    for (const entry of plan.flows) {
        const expect = entry.live ? { expect: { ...entry.live } } : {};
        const current = byId.get(entry.id);
        if (entry.action === 'none') {
            if (current)
                unchanged.push(current);
        }
        else if (entry.action === 'update') {
            if (current)
                targets.push({ after: current, action: 'update', ...expect });
        }
        else {
            // The flow as the repository last held it, not as the file claims: a forged status cannot dodge the guard.
            const last = deletable.get((0,_api_flow_id_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalFlowId */ ._s)(entry.id));
            targets.push({ after: last, before: last, action: 'delete', ...expect });
        }
    }
    return {
        targets,
        unchanged,
        blockedBy: planGuardReasons(plan, targets, flows.length, settings.guard),
        validation,
        plan: planResult,
        base: plan.against.label,
        notes: [`applying the reviewed plan ${settings.planFile} (made by flowkeeper ${plan.flowkeeperVersion} against ${plan.against.label})`],
    };
}
/**
 * `sync --plan FILE`: sends exactly the plan's requests and nothing else, through the same
 * sync as `sync` (validity first, the guard unless `force`, pacing, retries, the live stamps).
 */
async function syncPlan(settings, reporter = {}) {
    const apiUrl = (0,_sync_js__WEBPACK_IMPORTED_MODULE_9__/* .checkSyncSettings */ .XX)(settings);
    const prepared = await preparePlannedSync(settings);
    const sent = await (0,_sync_js__WEBPACK_IMPORTED_MODULE_9__/* .applySync */ .M1)(prepared, settings, apiUrl, reporter);
    const limits = settings.maxWarnings === undefined ? {} : { maxWarnings: settings.maxWarnings };
    const verdict = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_11__/* .verdictOf */ .V)({ validation: prepared.validation, plan: prepared.plan, sync: sent, ...limits }, settings.names);
    return { validation: prepared.validation, plan: prepared.plan, sync: sent.report, notes: prepared.notes, ...verdict };
}
/**
 * Applies a reviewed plan when there is one and it still describes the repository; otherwise
 * (no file, or a stale plan) syncs as `sync` does, re-planning against the base, and says why in
 * the report's notes. A file that is not a plan is an error, never a reason to fall back.
 */
async function syncReviewedPlanOrReplan(settings, reporter = {}) {
    let fallback;
    try {
        return await syncPlan(settings, reporter);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .StalePlanError */ .Z)
            fallback = `the reviewed plan ${settings.planFile} is stale (${error.reasons.join('; ')}); planned again against the base instead`;
        else if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb && error.cause?.code === 'ENOENT')
            fallback = `no reviewed plan at ${settings.planFile}; planned again against the base instead`;
        else
            throw error;
    }
    const report = await (0,_sync_js__WEBPACK_IMPORTED_MODULE_9__.sync)(settings, reporter);
    return { ...report, notes: [fallback, ...report.notes] };
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
  planLive: () => (/* binding */ planLive)
});

// EXTERNAL MODULE: ./lib/api/api-url.js
var api_url = __webpack_require__(91268);
// EXTERNAL MODULE: ./lib/api/client.js + 2 modules
var api_client = __webpack_require__(8370);
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
// EXTERNAL MODULE: ./lib/app/flow-sets.js + 4 modules
var flow_sets = __webpack_require__(23824);
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
origins = []) {
    const before = base.commit ? await (0,flow_sets/* flowsAtCommit */.I)(source, base.commit, origins) : [];
    return { report: { base: base.label, ...(base.commit ? { baseCommit: base.commit } : {}), flows: planFlows(before, after), files: unplanned(validation) }, before, after, ...(base.commit ? { baseCommit: base.commit } : {}) };
}
/**
 * Compares each flow's PUT body in the working tree with the same flow (matched by id) at the
 * base commit: added, removed, moved and changed flows, field by field.
 */
async function plan(settings) {
    const { validation, flows, origins } = await (0,flow_sets/* flowsInWorkingTree */.q)(settings);
    const base = await (0,app_base/* resolveBase */.g)(settings.base, settings.cwd, settings.missingBase, settings.names);
    const result = await planAgainstBase(settings, validation, flows, base, origins);
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
    const client = (0,api_client/* createFlowClient */.k)({ apiUrl: settings.apiUrl, token: settings.token });
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
// EXTERNAL MODULE: ./lib/app/flow-sets.js + 4 modules
var flow_sets = __webpack_require__(23824);
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
    const { validation, flows, origins } = await (0,flow_sets/* flowsInWorkingTree */.q)(settings);
    const base = await (0,app_base/* resolveBase */.g)(settings.base, settings.cwd, settings.onlyChanged ? 'error' : 'note', settings.names, settings.names.sendAll);
    const plan = await (0,app_plan.planAgainstBase)(settings, validation, flows, base, origins);
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
    const client = (0,api_client/* createFlowClient */.k)({ apiUrl: apiUrl.href, token: settings.token ?? '', rate: settings.rate, concurrency: settings.concurrency, signal: cut.signal });
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


/***/ }),

/***/ 8551:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ parsePlanFile),
/* harmony export */   M8: () => (/* binding */ buildPlanFile),
/* harmony export */   We: () => (/* binding */ serializePlanFile),
/* harmony export */   eZ: () => (/* binding */ contentDigest)
/* harmony export */ });
/* unused harmony exports PLAN_FILE_VERSION, PLAN_SCHEMA_URL, canonicalJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _engine_error_mapping_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23335);
/* harmony import */ var _engine_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4662);
/* harmony import */ var _generated_validator_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23039);




/** The format version `plan --out` writes and `sync --plan` reads. */
const PLAN_FILE_VERSION = 1;
/** Where the plan file's schema is published, for editors. */
const PLAN_SCHEMA_URL = 'https://flowkeeper.dev/schema/plan.schema.json';
/** JSON with object keys sorted by UTF-16 code units and no whitespace: one text per value. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
    if ((0,_engine_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value)) {
        const keys = Object.keys(value)
            .filter((key) => value[key] !== undefined)
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/**
 * The digest of the repository content a plan came from (see plan.schema.json's `digest`): the
 * flows as `[path, id, body]`, sorted by path, as canonical JSON, hashed with sha256. Bodies are
 * resolved through their bases, so a base that changes a body changes the digest.
 */
function contentDigest(flows) {
    const entries = flows
        .map((flow) => [flow.path, flow.id.toLowerCase(), flow.body])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(entries), 'utf8').digest('hex')}`;
}
/**
 * The machine-readable plan: every flow of the report with its action (`update` for added and
 * changed flows, `none` for unchanged ones, `delete` for flows removed since the base), the
 * exact body, the field changes and, against the API, the live stamp. Pure.
 */
function buildPlanFile(source) {
    const afterById = new Map(source.after.map((flow) => [flow.id.toLowerCase(), flow]));
    const beforeById = new Map(source.before.map((flow) => [flow.id.toLowerCase(), flow]));
    const flows = [];
    for (const planned of source.report.flows) {
        if (planned.id === null)
            continue;
        const id = planned.id.toLowerCase();
        const removed = planned.change === 'removed';
        const flow = removed ? beforeById.get(id) : afterById.get(id);
        if (!flow)
            continue;
        const live = source.live?.get(id);
        flows.push({
            path: planned.path,
            ...(planned.previousPath !== undefined ? { previousPath: planned.previousPath } : {}),
            id,
            action: removed ? 'delete' : planned.change === 'unchanged' ? 'none' : 'update',
            ...(planned.status !== undefined ? { status: planned.status } : {}),
            body: flow.body,
            changes: planned.changes.map((change) => ({
                field: change.field,
                ...(change.before !== undefined ? { before: change.before } : {}),
                ...(change.after !== undefined ? { after: change.after } : {}),
                weakens: change.weakens,
            })),
            ...(live && (live.version !== undefined || live.updatedAt !== undefined) ? { live } : {}),
        });
    }
    return {
        $schema: PLAN_SCHEMA_URL,
        version: PLAN_FILE_VERSION,
        flowkeeperVersion: source.flowkeeperVersion,
        against: { kind: source.kind, label: source.report.base, ...(source.commit ? { commit: source.commit } : {}) },
        digest: contentDigest(source.after),
        flows,
    };
}
/** The plan file's text: indented JSON, one trailing newline. */
function serializePlanFile(plan) {
    return `${JSON.stringify(plan, null, 2)}\n`;
}
/**
 * Reads a plan file's text: JSON, then the format version (so an older or newer flowkeeper's
 * plan is named as such rather than as a shape error), then plan.schema.json. Problems are data.
 */
function parsePlanFile(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, problem: `is not JSON (${error.message}); expected a plan written by flowkeeper plan --out` };
    }
    if (!(0,_engine_json_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(value))
        return { ok: false, problem: `holds ${(0,_engine_json_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value, 40)}; expected a JSON object written by flowkeeper plan --out` };
    if (value.version !== PLAN_FILE_VERSION) {
        const written = typeof value.flowkeeperVersion === 'string' ? ` (written by flowkeeper ${(0,_engine_json_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value.flowkeeperVersion, 40)})` : '';
        return { ok: false, problem: `version is ${(0,_engine_json_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value.version, 40)}${written}; expected ${PLAN_FILE_VERSION}: make the plan again with this flowkeeper` };
    }
    if (!(0,_generated_validator_types_js__WEBPACK_IMPORTED_MODULE_2__/* .validatePlanFileSchema */ .Ny)(value)) {
        const problems = (0,_engine_error_mapping_js__WEBPACK_IMPORTED_MODULE_1__/* .mapSchemaErrors */ .F)(_generated_validator_types_js__WEBPACK_IMPORTED_MODULE_2__/* .validatePlanFileSchema */ .Ny.errors, '');
        const shown = problems.slice(0, 3).map((p) => p.message);
        const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
        return { ok: false, problem: `does not match plan.schema.json: ${shown.join('; ')}${more}` };
    }
    return { ok: true, plan: value };
}


/***/ })

};

export const id = 527;
export const ids = [527];
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
/* harmony import */ var _flow_sets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(98029);
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

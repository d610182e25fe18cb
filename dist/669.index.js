export const id = 669;
export const ids = [669];
export const modules = {

/***/ 27669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  savePlanFile: () => (/* binding */ savePlanFile)
});

// UNUSED EXPORTS: detailedExitCode, planFileOf, planHasChanges

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./lib/files/atomic-write.js



/**
 * A fresh name for a temporary copy of `file`: hidden, in the same folder, carrying the pid of
 * the process that writes it and a random part (`.data.json.4242.9f86d081884c.tmp`).
 */
function tempFileFor(file) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * The temporary files of `file` in its folder, as {@link tempFileFor} names them: what a writer
 * killed between writing and renaming leaves behind. Other files never match.
 */
async function tempFilesOf(file) {
    const dir = dirname(file);
    const prefix = `.${basename(file)}.`;
    let names;
    try {
        names = await readdir(dir);
    }
    catch {
        return [];
    }
    const found = [];
    for (const name of names) {
        if (!name.startsWith(prefix))
            continue;
        const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
        if (match)
            found.push({ path: join(dir, name), pid: Number(match[1]) });
    }
    return found;
}
/**
 * Replaces `file` with `text` so that a reader (or a crash) sees either the old content or the
 * new, never a mix: the text goes to a temporary file in the same directory (rename is only
 * atomic within one file system), is flushed to disk, and is renamed over the target. The
 * directory is flushed too, so the rename itself survives a power cut where the OS allows it.
 * On failure the temporary file is removed and `file` is as it was.
 */
async function writeFileAtomic(file, text, options = {}) {
    const dir = (0,external_node_path_.dirname)(file);
    const temp = tempFileFor(file);
    const existing = await (0,promises_.stat)(file).catch(() => undefined);
    const mode = existing?.isFile() ? existing.mode & 0o777 : (options.mode ?? 0o644);
    const handle = await (0,promises_.open)(temp, 'wx', mode);
    try {
        try {
            // open's mode is cut by the umask; an existing file's bits are copied exactly.
            if (existing?.isFile())
                await handle.chmod(mode);
            await handle.writeFile(text, 'utf8');
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, file);
    }
    catch (error) {
        await (0,promises_.rm)(temp, { force: true });
        throw error;
    }
    await syncDirectory(dir);
}
async function syncDirectory(dir) {
    try {
        const handle = await (0,promises_.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
    }
}

// EXTERNAL MODULE: ./lib/plan/plan-file.js
var plan_file = __webpack_require__(8551);
;// CONCATENATED MODULE: ./lib/app/plan-outcome.js




/** Whether a plan would change anything on the server: a flow added, changed or removed. */
function planHasChanges(report) {
    return (report.plan?.report.flows ?? []).some((flow) => flow.change !== 'unchanged');
}
/**
 * The exit code of `plan --detailed-exitcode`, as Terraform's: 0 when the plan succeeded and
 * there is nothing to change, 1 when it has errors (invalid files, flows the API would not
 * show, too many warnings), 2 when it succeeded and there are changes (removed flows included).
 */
function detailedExitCode(report) {
    if (report.exit !== 'ok')
        return 1;
    return planHasChanges(report) ? 2 : 0;
}
/**
 * The machine-readable plan of a run, for `plan --out`. A plan with errors (invalid files, or
 * flows the API would not show) is refused: it is not the plan of the whole repository, and
 * applying it would leave the server in a state the repository never described.
 */
function planFileOf(report, flowkeeperVersion) {
    const plan = report.plan;
    if (!plan)
        return { ok: false, reason: 'the run made no plan' };
    if (report.failure?.kind === 'errors' || report.failure?.kind === 'unreadable')
        return { ok: false, reason: `the plan has errors (${report.failure.message})` };
    return {
        ok: true,
        file: (0,plan_file/* buildPlanFile */.M8)({
            report: plan.report,
            after: plan.after,
            before: plan.before,
            kind: plan.live ? 'api' : 'git',
            ...(plan.baseCommit ? { commit: plan.baseCommit } : {}),
            ...(plan.live ? { live: plan.live } : {}),
            flowkeeperVersion,
        }),
    };
}
/**
 * Writes the run's plan file (whole: a temporary file renamed over it), or says why it may not
 * be written (see {@link planFileOf}); `shown` is how the edge names the file (`--out plan.json`).
 * A file that cannot be written is a usage error naming it.
 */
async function savePlanFile(report, file, cwd, shown, flowkeeperVersion) {
    const outcome = planFileOf(report, flowkeeperVersion);
    if (!outcome.ok)
        return { written: false, note: `${shown} was not written: ${outcome.reason}` };
    try {
        await writeFileAtomic(external_node_path_.resolve(cwd, file), (0,plan_file/* serializePlanFile */.We)(outcome.file));
    }
    catch (error) {
        throw new errors/* UsageError */.eb(`${shown}: cannot write the file (${error.message})`, { cause: error });
    }
    return { written: true, note: `the reviewed plan was written to ${file}` };
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

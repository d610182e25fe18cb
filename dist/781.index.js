export const id = 781;
export const ids = [781];
export const modules = {

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


/***/ }),

/***/ 77446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ verdictOf)
/* harmony export */ });
/* harmony import */ var _count_of_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37492);

/**
 * How a run ends and why, in order of what matters most: files with errors, flows the API would
 * not show, too many warnings, a guard that stopped the sync, flows that failed to sync. Pure.
 */
function verdictOf(inputs, names) {
    const { summary } = inputs.validation;
    const findings = (failure) => ({ exit: 'findings', failure });
    if (summary.errors > 0)
        return findings({ kind: 'errors', message: `${(0,_count_of_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .p)(summary.errors, 'error')} in ${(0,_count_of_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .p)(summary.invalid, 'flow file')}` });
    const unreadable = inputs.plan?.report.files.length ?? 0;
    if (unreadable > 0)
        return findings({ kind: 'unreadable', message: `${(0,_count_of_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .p)(unreadable, 'flow')} could not be read from the API` });
    if (inputs.maxWarnings !== undefined && summary.warnings > inputs.maxWarnings) {
        return findings({ kind: 'warnings', message: `${(0,_count_of_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .p)(summary.warnings, 'warning')}, more than ${names.maxWarnings} ${inputs.maxWarnings}` });
    }
    const sync = inputs.sync;
    if (sync && !sync.ok) {
        if (sync.report.blockedBy.length > 0) {
            return { exit: 'failure', failure: { kind: 'guard', message: `the guard stopped the sync (${(0,_count_of_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .p)(sync.report.blockedBy.length, 'reason')}); ${names.force} if this is intended` } };
        }
        const { failed, unknown, rollbackFailed, notAttempted } = sync.report.summary;
        const parts = [
            `${(0,_count_of_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .p)(failed + rollbackFailed + unknown, 'flow')} failed to sync`,
            ...(unknown > 0 ? [`${unknown} may or may not have been written (unknown)`] : []),
            ...(rollbackFailed > 0 ? [`restoring ${(0,_count_of_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .p)(rollbackFailed, 'flow')} failed, so the server may hold ${rollbackFailed === 1 ? 'its' : 'their'} new body`] : []),
            ...(sync.report.stopped !== undefined ? [`the run stopped early (${sync.report.stopped})${notAttempted > 0 ? `, leaving ${(0,_count_of_js__WEBPACK_IMPORTED_MODULE_0__/* .countOf */ .p)(notAttempted, 'flow')} not attempted` : ''}`] : []),
        ];
        return { exit: 'failure', failure: { kind: 'sync', message: parts.join('; ') } };
    }
    return { exit: 'ok' };
}


/***/ }),

/***/ 70720:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k2: () => (/* binding */ checkFlowFiles),
  eh: () => (/* binding */ summarize),
  cm: () => (/* binding */ validateFlowFiles)
});

// UNUSED EXPORTS: resultOf

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/api/flow-id.js
var flow_id = __webpack_require__(76598);
// EXTERNAL MODULE: ./lib/engine/diagnostic.js
var diagnostic = __webpack_require__(27931);
// EXTERNAL MODULE: ./lib/printable.js
var printable = __webpack_require__(96072);
// EXTERNAL MODULE: ./lib/reports/count-files.js
var count_files = __webpack_require__(52062);
// EXTERNAL MODULE: ./lib/reports/order.js
var order = __webpack_require__(58499);
// EXTERNAL MODULE: ./lib/parse/locate.js + 2 modules
var locate = __webpack_require__(26989);
;// CONCATENATED MODULE: ./lib/files/base-findings.js
/**
 * Where a finding is, whatever file's result lists it: a base's finding reached through several
 * files that extend it has one place (its message may differ, as each walk tells its own trail).
 */
function findingPlace(d, listedIn) {
    return `${d.severity}\u0000${d.file ?? listedIn}\u0000${d.line ?? 0}\u0000${d.column ?? 0}\u0000${d.rule}\u0000${d.field}`;
}
const isOwn = (d, path) => d.file === undefined || d.file === path;
/**
 * Tells each finding of a base once across a run: in the base's own result when it is listed,
 * else in the first base's result that meets it, else in the first flow's. Each other file that extends the base keeps a short
 * reference to it in place of an error (it stays invalid: a sync of it would fail), and nothing
 * in place of a warning. Results that change are new objects: results may be shared with the cache.
 */
function tellBaseFindingsOnce(results) {
    const owner = new Map();
    for (const result of results) {
        for (const d of [...result.errors, ...result.warnings])
            if (isOwn(d, result.path))
                owner.set(findingPlace(d, result.path), result.path);
    }
    // Then bases (no id) before flows: a chain's finding met by a base and a flow extending it
    // is the base's to tell, whatever order the files are listed in.
    for (const result of results) {
        if (result.id !== null)
            continue;
        for (const d of [...result.errors, ...result.warnings]) {
            const place = findingPlace(d, result.path);
            if (!owner.has(place))
                owner.set(place, result.path);
        }
    }
    return results.map((result) => {
        let changed = false;
        const errors = [];
        const warnings = [];
        for (const d of [...result.errors, ...result.warnings]) {
            const kept = d.severity === 'error' ? errors : warnings;
            if (isOwn(d, result.path)) {
                kept.push(d);
                continue;
            }
            const place = findingPlace(d, result.path);
            const told = owner.get(place);
            if (told === undefined || told === result.path) {
                owner.set(place, result.path);
                kept.push(d);
                continue;
            }
            changed = true;
            if (d.severity === 'error')
                errors.push({ ...d, message: `see ${told}${told === d.file ? '' : ` (the error is in the base ${d.file})`}` });
        }
        return changed ? { ...result, errors, warnings } : result;
    });
}

// EXTERNAL MODULE: ./lib/files/reader.js
var reader = __webpack_require__(44696);
;// CONCATENATED MODULE: ./lib/files/validate-files.js









// Parsing, the validators and the YAML libraries load only when some file is actually checked:
// a run answered wholly from the cache needs none of them.
const loadResolver = () => Promise.all(/* import() */[__webpack_require__.e(921), __webpack_require__.e(700), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 67700));
function byPosition(own) {
    return (a, b) => 
    // A broken chain first: it is the cause, and the flow is not judged past it.
    Number(a.rule !== 'extends') - Number(b.rule !== 'extends') ||
        Number(a.file !== own) - Number(b.file !== own) ||
        (0,order/* compareText */.n)(a.file ?? '', b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0);
}
/** One file's result from all its findings: repeats dropped, in reading order (the `extends` errors first). */
function resultOf(path, id, diagnostics) {
    const unique = (0,diagnostic/* dedupeDiagnostics */.E_)(diagnostics).sort(byPosition(path));
    const errors = unique.filter((d) => d.severity === 'error');
    return { path, id, valid: errors.length === 0, errors, warnings: unique.filter((d) => d.severity === 'warning') };
}
/** A report of these files, with their counts. */
function summarize(files) {
    return { files: [...files], summary: (0,count_files/* countFiles */.D)(files) };
}
/** A finding on the file as a whole, at its first line. */
function atFile(path, message, rule) {
    return { ...(0,diagnostic/* diagnostic */.YK)('', message, rule), file: path, line: 1, column: 1 };
}
/**
 * A file name with control characters cannot be shown as it is, nor named to `git cat-file`,
 * whose requests end at a newline: it is refused with an error. The file is still read: at a
 * base commit its flow must stay known to the plan and the guard, or renaming it would make its
 * flow new and let a weakening change through.
 */
function nameProblems(absolutePath, cache) {
    // Both names below are parts of the absolute path (or `..`): a printable one gives printable names.
    if (!(0,printable/* hasUnprintable */.BR)(absolutePath))
        return [];
    const shown = cache.displayPath(absolutePath);
    const inRoot = external_node_path_.relative(cache.root, absolutePath);
    if (!(0,printable/* hasUnprintable */.BR)(shown) && !(0,printable/* hasUnprintable */.BR)(inRoot))
        return [];
    const named = inRoot.startsWith('..') ? shown : inRoot.split(external_node_path_.sep).join('/');
    return [atFile(shown, `the file name ${(0,reader/* shownPath */.pS)(named)} holds control characters; expected a name of printable characters (rename the file)`, 'file')];
}
async function checkOne(absolutePath, cache, resolveFlowFile, options) {
    const refused = nameProblems(absolutePath, cache);
    const path = cache.displayPath(absolutePath);
    // A link out of the repository is never read: what it leads to is not the repository's.
    const file = await cache.loadNamed(absolutePath);
    if (file && 'outside' in file)
        return { absolutePath, bases: [], result: resultOf(path, null, [...refused, atFile(path, file.outside, 'file')]) };
    if (!file)
        return { absolutePath, bases: [], result: resultOf(path, null, [...refused, atFile(path, 'the file disappeared while flowkeeper was reading it', 'parse')]) };
    const diagnostics = [...refused, ...file.diagnostics];
    let bases = [];
    if (file.readable && !file.isBase) {
        const resolved = await resolveFlowFile(file, cache);
        diagnostics.push(...resolved.errors, ...resolved.warnings);
        options.onResolved?.(resolved);
        bases = resolved.layers.slice(0, -1).map((layer) => layer.absolutePath);
    }
    else if (file.readable && file.extends.length > 0) {
        const chain = await (await loadResolver()).checkBaseChain(file, cache);
        diagnostics.push(...chain.errors);
        bases = chain.layers.map((layer) => layer.absolutePath);
    }
    return { result: resultOf(file.path, file.id, diagnostics), absolutePath, bases };
}
// Two files for one flow would overwrite each other on every sync. The id's position is looked
// up only for a duplicate, by reading that file again through the same reader that checked it
// (the working tree, or a commit): positions cost a full parse, and keeping every file around
// for the rare duplicate would cost memory on every run.
async function duplicateIdErrors(checked, options) {
    // Keyed by the canonical id: ObjectIds are hex, so ids differing only in letter case are one flow.
    const firstById = new Map();
    let cache;
    for (const entry of checked) {
        const { result, absolutePath } = entry;
        if (result.id === null)
            continue;
        const key = (0,flow_id/* canonicalFlowId */._s)(result.id);
        const first = firstById.get(key);
        if (first === undefined) {
            firstById.set(key, { path: result.path, id: result.id });
            continue;
        }
        cache ??= new (await loadResolver()).FlowFileCache(options.reader ?? reader/* workingTreeReader */.LE, options.cwd, options.root);
        const file = await cache.loadOnce(absolutePath);
        const at = file ? (0,locate/* placeInFile */.Z)((0,diagnostic/* diagnostic */.YK)('id', '', 'duplicate-id'), file) : { ...(0,diagnostic/* diagnostic */.YK)('id', '', 'duplicate-id'), file: result.path, line: 1, column: 1 };
        const written = first.id === result.id ? '' : ` (written ${JSON.stringify(first.id)} there; ids ignore letter case)`;
        const duplicate = { ...at, message: `id ${JSON.stringify(result.id)} is already used by ${first.path}${written}; expected one file per flow` };
        // A new result rather than an edit: results may be shared with the cache.
        entry.result = { ...result, valid: false, errors: [...result.errors, duplicate] };
    }
}
/**
 * Checks files in this thread: each is parsed once, checked on its own, resolved through its
 * bases and judged as a complete flow. Duplicate ids across files are not looked at here.
 */
async function checkFlowFiles(absolutePaths, options) {
    if (absolutePaths.length === 0)
        return [];
    const { FlowFileCache, resolveFlowFile } = await loadResolver();
    const cache = new FlowFileCache(options.reader ?? reader/* workingTreeReader */.LE, options.cwd, options.root);
    // A few loops that each take the next file, rather than a queued promise per file: thousands
    // of pending promises and closures outlive young-generation collections and make each one slow.
    const checked = new Array(absolutePaths.length);
    let next = 0;
    const loop = async () => {
        while (next < absolutePaths.length) {
            const index = next++;
            checked[index] = await checkOne(absolutePaths[index], cache, resolveFlowFile, options);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, absolutePaths.length)) }, loop));
    return checked;
}
/**
 * Validates flow files: bad files become diagnostics, and the rest are still checked. Unchanged
 * files come from the result cache when one is given; the others are checked in this thread or
 * spread over worker threads.
 */
async function validateFlowFiles(absolutePaths, options) {
    const checked = absolutePaths.map((p) => {
        const hit = options.resultCache?.lookup(p);
        return hit ? { result: hit, absolutePath: p, bases: [] } : undefined;
    });
    const missing = absolutePaths.filter((_, index) => checked[index] === undefined);
    const useWorkers = (options.workers ?? 0) > 1 && !options.onResolved && !options.reader && missing.length > 0;
    const fresh = useWorkers
        ? await (await __webpack_require__.e(/* import() */ 761).then(__webpack_require__.bind(__webpack_require__, 68761))).checkInWorkers(missing, options, options.workers)
        : await checkFlowFiles(missing, options);
    let next = 0;
    const all = checked.map((entry) => entry ?? fresh[next++]);
    for (const entry of fresh) {
        // A broken chain depends on files that do not exist (yet), and a refused path on where a
        // link leads, which the file's stamp does not show: neither is cached.
        if (!entry.result.errors.some((d) => d.rule === 'extends' || d.rule === 'file'))
            options.resultCache?.store(entry.absolutePath, entry.bases, entry.result);
    }
    await duplicateIdErrors(all, options);
    return summarize(tellBaseFindingsOnce(all.map((c) => c.result)));
}


/***/ })

};

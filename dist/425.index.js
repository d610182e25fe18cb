export const id = 425;
export const ids = [425,7];
export const modules = {

/***/ 57330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readFlows)
/* harmony export */ });
/* harmony import */ var _pacing_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29622);

const refusesToken = (answer) => !answer.ok && (answer.status === 401 || answer.status === 403);
/**
 * Reads flows (GET) with a few in flight, the first one alone: a refused token (401, 403) costs
 * one request, and stops every read not yet sent.
 */
async function readFlows(client, ids, concurrency = _pacing_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONCURRENCY */ .WH) {
    const answers = ids.map(() => undefined);
    let refused;
    let next = 0;
    const worker = async () => {
        while (refused === undefined && next < ids.length) {
            const index = next++;
            const answer = await client.getFlow(ids[index]);
            answers[index] = answer;
            if (refusesToken(answer))
                refused ??= answer;
        }
    };
    // The first read goes alone; once it is answered (and accepted), the rest share the pool.
    if (ids.length > 0) {
        next = 1;
        const first = await client.getFlow(ids[0]);
        answers[0] = first;
        if (refusesToken(first))
            refused = first;
    }
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, ids.length - 1)) }, worker));
    return { answers, ...(refused ? { refused } : {}) };
}


/***/ }),

/***/ 98029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ flowsAtCommit),
  q: () => (/* binding */ flowsInWorkingTree)
});

// EXTERNAL MODULE: ./lib/files/discover.js
var discover = __webpack_require__(44116);
// EXTERNAL MODULE: ./lib/files/match-paths.js
var match_paths = __webpack_require__(31007);
// EXTERNAL MODULE: ./lib/files/validate-files.js + 1 modules
var validate_files = __webpack_require__(70720);
// EXTERNAL MODULE: ./lib/git/ref-reader.js
var ref_reader = __webpack_require__(86833);
// EXTERNAL MODULE: ./lib/api/flow-id.js
var flow_id = __webpack_require__(76598);
// EXTERNAL MODULE: ./lib/files/resolve.js + 4 modules
var resolve = __webpack_require__(67700);
;// CONCATENATED MODULE: ./lib/plan/planned-flow.js


/**
 * The planned flow of a resolved flow file; undefined for a base (a file without an id). The id
 * is made canonical here, where every flow of a plan or a sync is made, so the two sides of a
 * plan, the guard and the sync all match flows as the server does: without regard to case.
 */
function plannedFlowOf(resolved) {
    if (resolved.file.id === null)
        return undefined;
    return { path: resolved.file.path, id: (0,flow_id/* canonicalFlowId */._s)(resolved.file.id), body: (0,resolve.bodyOf)(resolved), status: resolved.flow.status };
}

// EXTERNAL MODULE: ./lib/reports/order.js
var order = __webpack_require__(58499);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/git/blob-id.js

/**
 * The id git gives these bytes as a blob (`git hash-object --no-filters`), in the hash of the
 * repository: SHA-1 ids are 40 hex digits, SHA-256 ids 64. Text is taken as its UTF-8 bytes,
 * hashed as it is encoded, without a copy of them.
 */
function blobIdOf(content, hexLength) {
    const length = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
    const hash = (0,external_node_crypto_.createHash)(hexLength === 64 ? 'sha256' : 'sha1').update(`blob ${length}\0`);
    return (typeof content === 'string' ? hash.update(content, 'utf8') : hash.update(content)).digest('hex');
}

;// CONCATENATED MODULE: ./lib/app/unchanged-flows.js



/**
 * The flows of the working tree that resolve to exactly the same flow at the commit, keyed by
 * absolute path: every file they were resolved from was read as a regular file, reached without
 * a link, and its bytes as read are the commit's blob at the same path. Such a flow's resolution
 * reads only those files, so reading it again from git would give the same body; a plan reuses
 * it and asks git only for the rest. Anything less certain (a link, a file missing at the
 * commit, a flow whose resolution had errors) is read from the commit.
 */
async function unchangedSince(reader, origins) {
    const realRoot = realPathOrUndefined(reader.root);
    const same = new Map();
    const unlinkedFolders = new Map();
    // No linked folder on the way: the working tree reaches the file as the commit's tree does.
    // Asked once per folder: thousands of flows share a few folders.
    const reachedAsInGit = (folder) => {
        let answer = unlinkedFolders.get(folder);
        if (answer === undefined) {
            answer = realRoot !== undefined && realPathOrUndefined(folder) === external_node_path_.join(realRoot, external_node_path_.relative(reader.root, folder));
            unlinkedFolders.set(folder, answer);
        }
        return answer;
    };
    const isSame = (file, text) => {
        let answer = same.get(file);
        if (answer === undefined) {
            answer = sameAtCommit(reader, file, text, reachedAsInGit);
            same.set(file, answer);
        }
        return answer;
    };
    const unchanged = new Map();
    await Promise.all(origins.map(async (origin) => {
        const checks = await Promise.all(origin.layers.map((file, index) => isSame(file, origin.texts[index])));
        const file = origin.layers.at(-1);
        if (file !== undefined && checks.every(Boolean))
            unchanged.set(file, origin.flow);
    }));
    return unchanged;
}
/**
 * Whether the working tree's file, as it was read for the flow, is the commit's blob at the same
 * path: its text (read with no link followed, clean UTF-8, so encoding it gives its bytes back)
 * hashed as git hashes a blob, compared with the commit's id. Nothing is read again.
 */
async function sameAtCommit(reader, file, text, reachedAsInGit) {
    if (text === undefined)
        return false;
    const oid = await reader.regularBlobId(file);
    if (oid === undefined || !reachedAsInGit(external_node_path_.dirname(file)))
        return false;
    return blobIdOf(text, oid.length) === oid;
}
function realPathOrUndefined(file) {
    try {
        return (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/app/flow-sets.js







function collector(into, origins) {
    return (resolved) => {
        const flow = plannedFlowOf(resolved);
        if (!flow)
            return;
        into.push(flow);
        if (origins && resolved.errors.length === 0)
            origins.push({ flow, layers: resolved.layers.map((layer) => layer.absolutePath), texts: resolved.layers.map((layer) => layer.directText) });
    };
}
const byPath = (a, b) => (0,order/* compareText */.n)(a.path, b.path);
/** The flows of the working tree, the validation of every file found, and what each flow was resolved from. */
async function flowsInWorkingTree(source) {
    const flows = [];
    const origins = [];
    const paths = await (0,discover/* discoverFlowFiles */.x)(source.patterns, source.cwd);
    const validation = await (0,validate_files/* validateFlowFiles */.cm)(paths, { cwd: source.cwd, root: source.root, onResolved: collector(flows, origins) });
    return { validation, flows: flows.sort(byPath), origins };
}
/**
 * The flows at a commit, resolved with the same code as the working tree; their errors are not
 * judged. Given the working tree's origins, a flow whose files are all unchanged since the
 * commit is taken from the working tree instead of being read and resolved again.
 */
async function flowsAtCommit(source, commit, origins = [], reader = new ref_reader/* GitRefReader */.b(source.root, commit)) {
    try {
        const paths = (0,match_paths.matchFlowPaths)(await reader.listFiles(), source.patterns, source.cwd);
        const unchanged = origins.length === 0 ? new Map() : await unchangedSince(reader, origins);
        const flows = [];
        const rest = [];
        for (const file of paths) {
            const flow = unchanged.get(file);
            if (flow)
                flows.push(flow);
            else
                rest.push(file);
        }
        await (0,validate_files/* validateFlowFiles */.cm)(rest, { cwd: source.cwd, root: source.root, reader, onResolved: collector(flows) });
        return flows.sort(byPath);
    }
    finally {
        reader.close();
    }
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

/***/ 31007:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   globFolder: () => (/* binding */ globFolder),
/* harmony export */   matchFlowPaths: () => (/* binding */ matchFlowPaths)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44116);
/* harmony import */ var _flow_file_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46260);




/**
 * Picks, from a list of absolute paths (for example the files of a git commit), those that the
 * user's patterns name: the file itself, anything under a folder, or a glob match. The same
 * reading of patterns as discoverFlowFiles, without touching the disk: discovery lists a glob's
 * folder (see globFolder) and picks from it here, so a commit and the working tree read globs alike.
 */
function matchFlowPaths(candidates, patterns, cwd) {
    const tests = patterns.map((pattern) => {
        if ((0,_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(pattern)) {
            const matcher = picomatch__WEBPACK_IMPORTED_MODULE_2__(pattern, { dot: false });
            return (file) => matcher(node_path__WEBPACK_IMPORTED_MODULE_0__.relative(cwd, file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/'));
        }
        const target = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, pattern);
        return (file) => file === target || file.startsWith(target + node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
    });
    return candidates
        .filter((file) => (0,_flow_file_name_js__WEBPACK_IMPORTED_MODULE_3__/* .isFlowFileName */ .Q)(file) && !file.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).includes('node_modules'))
        .filter((file) => tests.some((test) => test(file)))
        .sort();
}
/** The folder a glob searches: its path before the first wildcard, relative to the working directory. */
function globFolder(pattern) {
    return picomatch__WEBPACK_IMPORTED_MODULE_2__.scan(pattern).base;
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


/***/ }),

/***/ 86833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ GitRefReader)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _parse_decode_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85365);
/* harmony import */ var _files_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44696);
/* harmony import */ var _git_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82598);
/* harmony import */ var _run_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73464);






const SYMLINK = '120000';
/** Links followed on the way to one file before the chain counts as endless (Linux's limit). */
const MAX_LINKS = 40;
/** The longest target a link may hold (Linux's PATH_MAX). */
const PATH_MAX = 4096;
/**
 * Reads files as they were at one commit, through a single `git cat-file --batch` process, so
 * a plan over thousands of flows does not start thousands of processes. Files are asked for by
 * object id from the commit's tree (`ls-tree -l`), which gives every size before a byte is read
 * and names files whatever their names hold (a request to cat-file ends at a newline). Links are
 * followed within the commit as the working tree follows them.
 */
class GitRefReader {
    root;
    commit;
    process;
    chunks = [];
    body;
    waiting = [];
    failure;
    tree;
    folders = new Set();
    maxBytes;
    constructor(root, commit, 
    /** maxBytes: blobs larger than this are refused unread (default: the flow file limit, 1 MiB). */
    options = {}) {
        this.root = root;
        this.commit = commit;
        this.maxBytes = options.maxBytes ?? _parse_decode_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_FILE_BYTES */ .gZ;
    }
    /** Every file path (absolute) in the commit, links among them. */
    async listFiles() {
        return [...(await this.entries()).keys()].map((p) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, p));
    }
    async read(absolutePath) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(this.root, absolutePath).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(relative))
            return undefined;
        const at = await this.locate(relative);
        if ('outside' in at)
            return undefined;
        if ('endless' in at)
            return _files_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .refusals */ .Ke.endlessLink(at.endless);
        const { entry, link } = at;
        if (!entry) {
            if (this.folders.has(at.path))
                return link === undefined ? _files_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .refusals */ .Ke.notRegular('a folder') : _files_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .refusals */ .Ke.linkToFolder();
            return link === undefined ? undefined : _files_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .refusals */ .Ke.danglingLink(link);
        }
        if (entry.type !== 'blob')
            return link === undefined ? _files_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .refusals */ .Ke.notRegular('a submodule') : _files_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .refusals */ .Ke.linkTo('a submodule');
        // The size from the tree: a blob over the limit is never asked of git.
        if (entry.size > this.maxBytes)
            return _files_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .refusals */ .Ke.oversize(entry.size);
        return this.blob(entry.oid);
    }
    /** The path with the commit's links followed; outside the root when a link leads out of it. */
    async realPath(absolutePath) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(this.root, absolutePath).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(relative))
            return absolutePath;
        const at = await this.locate(relative);
        if ('outside' in at)
            return at.outside;
        if ('endless' in at)
            return absolutePath;
        return node_path__WEBPACK_IMPORTED_MODULE_1__.join(this.root, at.path);
    }
    /**
     * The object id of the regular file (not a link, not a submodule) at this exact path of the
     * commit; undefined for anything else. A path listed by the tree has no linked folder on its
     * way, so equal ids mean equal bytes reached the same way.
     */
    async regularBlobId(absolutePath) {
        const relative = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(this.root, absolutePath).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(relative))
            return undefined;
        const entry = (await this.entries()).get(relative);
        return entry && entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755') ? entry.oid : undefined;
    }
    /**
     * Asks git for the commit's tree now and starts the process that reads blobs, so that both are
     * ready when first needed; a failure is reported then, by whatever needs them. The caller
     * must {@link close} the reader whatever happens next.
     */
    prefetch() {
        this.entries().catch(() => undefined);
        // Started now, while this process is small: starting a child costs more as the heap grows.
        this.start();
    }
    /** Stops the git process. */
    close() {
        this.process?.stdin.end();
        this.process = undefined;
    }
    entries() {
        this.tree ??= (0,_run_git_js__WEBPACK_IMPORTED_MODULE_5__/* .git */ .$Y)(['ls-tree', '-r', '-z', '-l', '--full-tree', this.commit], this.root).then((out) => {
            const entries = new Map();
            for (const record of out.split('\0')) {
                const tab = record.indexOf('\t');
                if (tab < 0)
                    continue;
                const [mode = '', type = '', oid = '', size = ''] = record.slice(0, tab).split(/ +/);
                const file = record.slice(tab + 1);
                entries.set(file, { mode, type, oid, size: size === '-' ? Number.NaN : Number(size) });
                for (let slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1))
                    this.folders.add(file.slice(0, slash));
            }
            return entries;
        });
        return this.tree;
    }
    /**
     * Follows the links on the way to a path, folder by folder, as the file system would: a link's
     * target is read relative to the link's folder, `..` may not climb above the root, and more
     * than MAX_LINKS links make the chain endless.
     */
    async locate(relative) {
        const entries = await this.entries();
        let pending = relative.split('/');
        const done = [];
        let link;
        let links = 0;
        while (pending.length > 0) {
            const name = pending.shift();
            if (name === '' || name === '.')
                continue;
            if (name === '..') {
                if (done.length === 0)
                    return { outside: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(this.root, '..', ...pending) };
                done.pop();
                continue;
            }
            done.push(name);
            const entry = entries.get(done.join('/'));
            if (entry?.mode !== SYMLINK)
                continue;
            // A target longer than any path the system allows leads nowhere, and is not read.
            if (!(entry.size <= PATH_MAX))
                return { path: done.join('/'), entry: undefined, link: link ?? `(a target of ${entry.size} bytes)` };
            const answer = await this.blob(entry.oid);
            const target = answer instanceof Uint8Array ? Buffer.from(answer).toString('utf8') : '';
            link ??= target;
            if (++links > MAX_LINKS)
                return { endless: link };
            done.pop();
            if (node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(target))
                return { outside: node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(target, ...pending) };
            pending = [...target.split('/'), ...pending];
        }
        return { path: done.join('/'), entry: entries.get(done.join('/')), link };
    }
    blob(oid) {
        if (this.failure)
            return Promise.reject(this.failure);
        const child = this.start();
        return new Promise((resolve) => {
            this.waiting.push(resolve);
            child.stdin.write(`${oid}\n`);
        });
    }
    start() {
        if (this.process)
            return this.process;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd: this.root, env: (0,_git_env_js__WEBPACK_IMPORTED_MODULE_4__/* .gitEnvironment */ ._)() });
        child.stdout.on('data', (chunk) => {
            this.chunks.push(chunk);
            this.drain();
        });
        const fail = (error) => {
            this.failure = new _run_git_js__WEBPACK_IMPORTED_MODULE_5__/* .GitError */ .XS(`git cat-file failed: ${error.message}`, { cause: error });
            for (const resolve of this.waiting.splice(0))
                resolve(undefined);
        };
        child.on('error', fail);
        child.on('exit', (code) => {
            if (this.waiting.length)
                fail(new Error(`exited with code ${code}`));
        });
        this.process = child;
        return child;
    }
    /**
     * Answers requests as their bytes arrive. Each chunk is kept once and copied once, when its
     * blob is complete: joining every chunk onto what came before made a 40 MB blob take 49 s.
     * A blob over the limit is dropped chunk by chunk, never held.
     */
    drain() {
        for (;;) {
            if (!this.body) {
                const header = this.takeHeader();
                if (header === undefined)
                    return;
                if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                    this.waiting.shift()?.(undefined);
                    continue;
                }
                const [, type = '', sizeText] = header.split(' ');
                const size = Number(sizeText);
                this.body = { type, size, remaining: size + 1, parts: type === 'blob' && size <= this.maxBytes ? [] : undefined };
            }
            const body = this.body;
            while (body.remaining > 0 && this.chunks.length > 0) {
                const chunk = this.chunks[0];
                const taken = Math.min(chunk.length, body.remaining);
                body.parts?.push(chunk.subarray(0, taken));
                if (taken === chunk.length)
                    this.chunks.shift();
                else
                    this.chunks[0] = chunk.subarray(taken);
                body.remaining -= taken;
            }
            if (body.remaining > 0)
                return;
            this.body = undefined;
            const answer = body.parts ? Buffer.concat(body.parts, body.size + 1).subarray(0, body.size) : body.type === 'blob' ? _files_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .refusals */ .Ke.oversize(body.size) : undefined;
            this.waiting.shift()?.(answer);
        }
    }
    /** The next header line, taken from the chunks; undefined until a whole one has arrived. */
    takeHeader() {
        let first = this.chunks[0];
        if (!first)
            return undefined;
        let newline = first.indexOf(10);
        // A header is a few dozen bytes: joining the chunks it spans copies little.
        while (newline < 0 && this.chunks.length > 1) {
            first = Buffer.concat(this.chunks.splice(0, 2));
            this.chunks.unshift(first);
            newline = first.indexOf(10);
        }
        if (newline < 0)
            return undefined;
        const header = first.subarray(0, newline).toString('utf8');
        if (newline + 1 === first.length)
            this.chunks.shift();
        else
            this.chunks[0] = first.subarray(newline + 1);
        return header;
    }
}


/***/ }),

/***/ 70289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ ownedPart),
/* harmony export */   zk: () => (/* binding */ planAgainstApi)
/* harmony export */ });
/* unused harmony export liveStampOf */
/* harmony import */ var _api_read_flows_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57330);
/* harmony import */ var _engine_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51483);
/* harmony import */ var _engine_json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4662);



/** The part of a server's flow that a body owns: the same top-level fields, nothing else. */
function ownedPart(serverFlow, body) {
    const owned = {};
    if (!(0,_engine_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(serverFlow))
        return owned;
    for (const key of Object.keys(body))
        if ((0,_engine_json_js__WEBPACK_IMPORTED_MODULE_2__/* .hasOwn */ .$3)(serverFlow, key))
            owned[key] = serverFlow[key];
    return owned;
}
/**
 * The `version` and `updatedAt` of a GET answer, when they have the documented types: what a
 * reviewed plan expects to find on the server when it is applied. Anything else is left out.
 */
function liveStampOf(serverFlow) {
    if (!(0,_engine_json_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(serverFlow))
        return {};
    const { version, updatedAt } = serverFlow;
    return {
        ...(typeof version === 'number' && Number.isFinite(version) ? { version } : {}),
        ...(typeof updatedAt === 'string' && updatedAt.length <= 64 ? { updatedAt } : {}),
    };
}
/**
 * Plans against the live API rather than a git ref, like Terraform's plan against real state:
 * each flow is read (GET) and the fields its body owns are compared with what the server holds.
 * A flow the server does not know is `added` (a sync would get 404 for it); a flow that cannot
 * be read is reported with the reason in `error`. `live` keeps, by id, the stamp of each flow read.
 * The first read goes alone, and a refused token (401, 403) stops the reads: `refused` says so.
 */
async function planAgainstApi(flows, client) {
    const plans = [];
    const live = new Map();
    const unreadable = [];
    // A refused token stops the reads: the caller reports it, not one unreadable flow per file.
    const { answers, refused } = await (0,_api_read_flows_js__WEBPACK_IMPORTED_MODULE_0__/* .readFlows */ .m)(client, flows.map((flow) => flow.id));
    if (refused)
        return { flows: plans, unreadable, live, refused };
    flows.forEach((flow, index) => {
        const answer = answers[index];
        if (answer.ok) {
            live.set(flow.id, liveStampOf(answer.data));
            const changes = (0,_engine_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .diffSent */ .CY)(ownedPart(answer.data, flow.body), flow.body);
            plans.push({ path: flow.path, id: flow.id, change: changes.length ? 'changed' : 'unchanged', changes, status: flow.status });
        }
        else if (answer.status === 404) {
            plans.push({ path: flow.path, id: flow.id, change: 'added', changes: (0,_engine_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .diffBodies */ .MA)(undefined, flow.body), status: flow.status });
        }
        else {
            unreadable.push({ flow, message: answer.status === 0 ? `no answer (${answer.reason ?? answer.code}): ${answer.message}` : `HTTP ${answer.status}: ${answer.message}` });
        }
    });
    return { flows: plans, unreadable, live };
}


/***/ }),

/***/ 44828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ tokenProblem)
/* harmony export */ });
/* unused harmony export MIN_TOKEN_LENGTH */
/**
 * The rules an API token obeys wherever flowkeeper accepts one: the client, `sync` and
 * `plan --api-url`, the action's api-token, and the sandbox's own tokens. One place, so that a
 * token the sandbox takes is one the client takes too.
 */
/**
 * The fewest characters a token may have. A real token is a JWT, hundreds of characters long;
 * anything under 16 is a placeholder (`dev`) or a slip. It also keeps redaction sound: outputs
 * are scrubbed of every run of 12 characters of the token (see src/api/redact.ts), so a token
 * must be longer than that run to be hidden, and a short one would be found all over unrelated
 * text.
 */
const MIN_TOKEN_LENGTH = 16;
/**
 * Why `token` cannot be used, or undefined when it can. The message names `what` (the API
 * token, FLOWKEEPER_TOKEN, a sandbox token) and never quotes the token itself: control
 * characters or spaces would let it split the Authorization header, and a short one is refused
 * by its length.
 */
function tokenProblem(token, what = 'the API token') {
    if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
        return `${what} is empty or holds spaces, control or non-ASCII characters; expected visible ASCII characters (a JWT)`;
    }
    if (token.length < MIN_TOKEN_LENGTH) {
        return `${what} is ${token.length} character${token.length === 1 ? '' : 's'} long; expected at least ${MIN_TOKEN_LENGTH} (a JWT)`;
    }
    return undefined;
}


/***/ })

};

export const id = 668;
export const ids = [668];
export const modules = {

/***/ 18937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ InvalidFlowIdError),
/* harmony export */   Ic: () => (/* binding */ InvalidBodyError),
/* harmony export */   Vg: () => (/* binding */ ApiConfigError)
/* harmony export */ });
/* unused harmony export ApiError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);

/**
 * Errors the client throws. Problems the API reports (a 422, a 404, a dead network) are results,
 * not exceptions; these are for configuration and programmer errors, and for an edge that wants
 * to turn a failed result into an exit code. All extend the program-wide {@link FlowkeeperError}.
 */

/** The client was set up wrongly: an insecure or malformed API URL, a malformed token, bad numbers. */
class ApiConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowkeeperError */ .tF {
    constructor(message, options) {
        super('api-config', message, { ...options, exit: 'usage' });
    }
}
/** A flow id that is not a 24-hex ObjectId; raised before any request is made. */
class InvalidFlowIdError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowkeeperError */ .tF {
    /** The offending id, cut short, so a huge or hostile value cannot flood a message. */
    id;
    constructor(id) {
        const shown = id.length > 40 ? `${id.slice(0, 39)}…` : id;
        super('invalid-flow-id', `flow id ${JSON.stringify(shown)} is not valid; expected 24 hexadecimal characters (a MongoDB ObjectId)`);
        this.id = shown;
    }
}
/** An update body that is not a JSON object; raised before any request is made. */
class InvalidBodyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowkeeperError */ .tF {
    constructor(message) {
        super('invalid-body', message);
    }
}
/**
 * A request the API refused or that never got an answer, for an edge that turns a failed
 * result into an exception. `status` is 0 for network failures; `apiCode` is the server's
 * `code` (which says "Forbidden" on a 401, so branch on `status`).
 */
class ApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowkeeperError */ .tF {
    status;
    apiCode;
    attempts;
    details;
    reason;
    /** Builds the error from a failed result; its text is the result's, already redacted. */
    constructor(failure) {
        const where = failure.status === 0 ? (failure.reason ?? 'network') : `HTTP ${failure.status}`;
        const tries = failure.attempts === 1 ? '1 attempt' : `${failure.attempts} attempts`;
        super('api', `${failure.message} (${where}, ${tries})`);
        this.status = failure.status;
        this.apiCode = failure.code;
        this.attempts = failure.attempts;
        this.details = failure.details ?? [];
        this.reason = failure.reason;
    }
}


/***/ }),

/***/ 76598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _6: () => (/* binding */ isFlowId),
/* harmony export */   _s: () => (/* binding */ canonicalFlowId)
/* harmony export */ });
/* unused harmony export assertFlowId */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18937);

/** A MongoDB ObjectId: exactly 24 hexadecimal characters (the spec's 23-character ids are typos). */
const FLOW_ID = /^[0-9a-fA-F]{24}$/;
/** True when `id` is a well-formed flow id. */
function isFlowId(id) {
    return typeof id === 'string' && FLOW_ID.test(id);
}
/** Returns `id` unchanged when it is a well-formed flow id; throws {@link InvalidFlowIdError} otherwise. */
function assertFlowId(id) {
    if (!isFlowId(id))
        throw new InvalidFlowIdError(typeof id === 'string' ? id : String(id));
    return id;
}
/**
 * The form in which flow ids are compared, and shown by plans and syncs: lower case. ObjectIds
 * are hex, which ignores letter case, so `AB…` and `ab…` name one flow on the server.
 */
function canonicalFlowId(id) {
    return id.toLowerCase();
}


/***/ }),

/***/ 27931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ resultOf),
/* harmony export */   E_: () => (/* binding */ dedupeDiagnostics),
/* harmony export */   Pg: () => (/* binding */ DistinctDiagnostics),
/* harmony export */   YK: () => (/* binding */ diagnostic)
/* harmony export */ });
/** Builds a diagnostic with its keys in the documented order. */
function diagnostic(field, message, rule, severity = 'error') {
    return { field, message, severity, rule };
}
/** Builds a result whose `valid` flag is derived from its errors, never set on its own. */
function resultOf(errors, warnings) {
    return { valid: errors.length === 0, errors, warnings };
}
/** What makes two findings one: dedupeDiagnostics and DistinctDiagnostics compare by it. */
function identity(d) {
    return `${d.severity}\u0000${d.rule}\u0000${d.field}\u0000${d.message}`;
}
/**
 * Drops repeats of one finding (the patch check and the flow check both see a value that
 * landed), keeping the first. Same rule and field with another message is another finding:
 * a non-object baseline and a non-object patch are both reported at field "".
 */
function dedupeDiagnostics(diagnostics) {
    // Nothing to compare (most files, most flows): the same answer without a set and a copy.
    if (diagnostics.length < 2)
        return diagnostics.slice();
    const seen = new Set();
    return diagnostics.filter((d) => {
        const key = identity(d);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * Findings collected one at a time as {@link dedupeDiagnostics} keeps them (repeats dropped, the
 * first kept, in order), up to `max` of them: a caller that lists only the first few can stop
 * producing the rest once {@link DistinctDiagnostics.add} says so.
 */
class DistinctDiagnostics {
    /** The findings kept, at most `max`. */
    items = [];
    /** True once a new finding past `max` was offered: there are more than `items` holds. */
    overflowed = false;
    #max;
    #seen;
    constructor(max = Number.POSITIVE_INFINITY) {
        this.#max = max;
    }
    /** Keeps `d` unless it repeats one kept; false once past `max`, when offering more is wasted work. */
    add(d) {
        if (this.overflowed)
            return false;
        const key = identity(d);
        this.#seen ??= new Set();
        if (this.#seen.has(key))
            return true;
        if (this.items.length >= this.#max) {
            this.overflowed = true;
            return false;
        }
        this.#seen.add(key);
        this.items.push(d);
        return true;
    }
}


/***/ }),

/***/ 452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nu: () => (/* binding */ ApiAuthError),
/* harmony export */   Z: () => (/* binding */ StalePlanError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   tF: () => (/* binding */ FlowkeeperError)
/* harmony export */ });
/* unused harmony exports EXIT_CODES, exitCodeOfError */
/** The process exit code of each kind: 0 success, 1 findings or a failed operation, 2 usage. */
const EXIT_CODES = { ok: 0, findings: 1, failure: 1, usage: 2 };
/**
 * An error the program cannot go on from. `code` is stable and `exit` says how the run ends; the
 * edges (CLI, action) read both and turn them into an exit code or a failed step. Data problems
 * are never thrown: they are diagnostics.
 */
class FlowkeeperError extends Error {
    code;
    /** How a run that stops on this error ends. */
    exit;
    constructor(code, message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.code = code;
        this.name = new.target.name;
        this.exit = options?.exit ?? 'failure';
    }
}
/** The command line or an input was wrong: exit code 2. */
class UsageError extends FlowkeeperError {
    constructor(message, options) {
        super(options?.code ?? 'usage', message, { ...(options?.cause === undefined ? {} : { cause: options.cause }), exit: 'usage' });
    }
}
/** The exit code a run that stopped on `error` ends with: the error's own kind, else 1. */
function exitCodeOfError(error) {
    return EXIT_CODES[error instanceof FlowkeeperError ? error.exit : 'failure'];
}
/**
 * A reviewed plan no longer describes the repository (a flow file changed, appeared or went away
 * since it was made): nothing of it is sent. `reasons` names each flow and the digest.
 */
class StalePlanError extends FlowkeeperError {
    file;
    reasons;
    constructor(file, reasons) {
        super('stale-plan', `the plan ${file} is stale, so nothing was sent: ${reasons.join('; ')}. Make the plan again (flowkeeper plan --out) and review it.`, { exit: 'failure' });
        this.file = file;
        this.reasons = reasons;
    }
}
/** The API refused the token (401, 403): nothing can be read or written with it, so the run stops. */
class ApiAuthError extends FlowkeeperError {
    constructor(message) {
        super('api-auth', message, { exit: 'failure' });
    }
}


/***/ }),

/***/ 44696:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ke: () => (/* binding */ refusals),
/* harmony export */   LE: () => (/* binding */ workingTreeReader),
/* harmony export */   pS: () => (/* binding */ shownPath),
/* harmony export */   ps: () => (/* binding */ LINK),
/* harmony export */   vu: () => (/* binding */ isRefusal)
/* harmony export */ });
/* unused harmony export refusal */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96072);
/* harmony import */ var _parse_decode_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85365);





/** A refusal with its reason. */
function refusal(refused, rule = 'file') {
    return { refused, rule };
}
/** Whether a reader's answer is a refusal rather than the file's content. */
function isRefusal(value) {
    return typeof value === 'object' && value !== null && 'refused' in value;
}
/** What {@link FileReader.readTextUnlessLink} answers for a symlink, which it does not follow. */
const LINK = Symbol('link');
/** A path shown in a message: quoted, with control characters escaped. */
function shownPath(text) {
    return `"${(0,_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)(text)}"`;
}
function kindOf(info) {
    if (info.isDirectory())
        return 'a folder';
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
const EXPECTED_LINK = 'expected a symlink to a regular file inside the repository';
/**
 * The reasons a path is not read, worded once for the working tree and for a commit (where git
 * keeps a link as a blob holding its target), so both say the same of the same tree.
 */
const refusals = {
    danglingLink: (target) => refusal(`the file is a symlink to ${shownPath(target)}, which does not exist; ${EXPECTED_LINK}`),
    endlessLink: (target) => refusal(`the file is a symlink to ${shownPath(target)}, a chain of links that never ends; ${EXPECTED_LINK}`),
    // Followed, a link to a folder could lead back to a folder above it: the walk would never end.
    linkToFolder: () => refusal(`the file is a symlink to a folder, which flowkeeper does not follow; name the folder itself, or link each flow file`),
    linkTo: (kind) => refusal(`the file is a symlink to ${kind}; ${EXPECTED_LINK}`),
    notRegular: (kind) => refusal(`the path is ${kind}, which flowkeeper does not open; expected a regular file`),
    oversize: (bytes) => refusal((0,_parse_decode_js__WEBPACK_IMPORTED_MODULE_4__/* .oversizeMessage */ .Jc)(bytes), 'parse'),
};
/**
 * Why a path of the working tree is not read, or undefined when it is a regular file (itself or
 * through a symlink) within the size limit, or 'missing'. Asked of lstat and stat, never by
 * opening the path: opening a FIFO blocks until something writes to it, and a sparse file's
 * size says it is too large before a byte of it is read.
 */
function examine(absolutePath) {
    let info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolutePath, { throwIfNoEntry: false });
    if (!info)
        return 'missing';
    const link = info.isSymbolicLink();
    if (link) {
        const target = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(absolutePath, 'utf8');
        try {
            info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolutePath);
        }
        catch (error) {
            if (error.code === 'ELOOP')
                return refusals.endlessLink(target());
            if (isMissing(error))
                return refusals.danglingLink(target());
            throw error;
        }
    }
    if (!info.isFile()) {
        if (!link)
            return refusals.notRegular(kindOf(info));
        return info.isDirectory() ? refusals.linkToFolder() : refusals.linkTo(kindOf(info));
    }
    if (info.size > _parse_decode_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_FILE_BYTES */ .gZ)
        return refusals.oversize(info.size);
    return undefined;
}
/** Reads the working tree. Symlinks are followed here; whether they stay inside the repository is the caller's check. */
const workingTreeReader = {
    async read(absolutePath) {
        try {
            const problem = examine(absolutePath);
            if (problem === 'missing')
                return undefined;
            // Synchronous on purpose: flow files are small, parsing them is synchronous anyway, and
            // the promise API costs four thread-pool round trips per file (open, stat, read, close).
            return problem ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolutePath);
        }
        catch (error) {
            if (isMissing(error))
                return undefined;
            throw error;
        }
    },
    async readText(absolutePath) {
        try {
            const problem = examine(absolutePath);
            if (problem === 'missing')
                return undefined;
            // With an encoding, Node reads in one native call (open, read, close, decode): a third
            // of the cost of reading bytes through the JavaScript file system layer.
            return problem ?? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolutePath, 'utf8');
        }
        catch (error) {
            if (isMissing(error))
                return undefined;
            throw error;
        }
    },
    async readTextUnlessLink(absolutePath) {
        return readUnlessLink(absolutePath);
    },
    async realPath(absolutePath) {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolutePath);
        }
        catch {
            // A link to nothing still leads somewhere: out of the repository, or not.
            try {
                return node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(absolutePath), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(absolutePath, 'utf8'));
            }
            catch {
                return absolutePath;
            }
        }
    },
};
// O_NOFOLLOW makes opening a symlink fail, so it is never followed here; O_NONBLOCK makes opening
// a FIFO return at once instead of waiting for a writer. Where either is missing (Windows),
// every path takes the careful way.
const NO_FOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW === undefined || node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK === undefined ? undefined : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
// Reused by every read: reads are synchronous, so no two ever hold it at once.
const scratch = Buffer.allocUnsafe(64 * 1024);
/**
 * The working tree's fast read: open without following a link, then judge what was opened by
 * its descriptor. That is one open instead of two lstat calls before it, and no race between
 * the look and the read: a link or a FIFO put in place meanwhile is refused, not followed or
 * waited on. What is opened is never read unless it is a regular file within the size limit.
 * The path is opened before its kind is known, so a device node named like a flow file is
 * opened (never read); making one takes root, who owns the machine anyway.
 */
function readUnlessLink(absolutePath) {
    if (NO_FOLLOW === undefined)
        return LINK;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(absolutePath, NO_FOLLOW);
    }
    catch (error) {
        if (isMissing(error))
            return undefined;
        // ELOOP (EMLINK on BSD) is a link; the rest (a socket, no permission) is looked at closer,
        // by lstat and stat, which word the reason.
        return LINK;
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!info.isFile())
            return refusals.notRegular(kindOf(info));
        if (info.size > _parse_decode_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_FILE_BYTES */ .gZ)
            return refusals.oversize(info.size);
        return textOf(fd, info.size);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function textOf(fd, size) {
    // One byte more than the size, to see a file that grew since: it is read to its end.
    const room = size + 1;
    if (room <= scratch.length) {
        const length = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, scratch, 0, room, 0);
        if (length < room)
            return scratch.toString('utf8', 0, length);
    }
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd, 'utf8');
}
function isMissing(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}


/***/ }),

/***/ 85365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ cleanUtf8Text),
/* harmony export */   Jc: () => (/* binding */ oversizeMessage),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   pq: () => (/* binding */ decodeFlowFile)
/* harmony export */ });
/* harmony import */ var _engine_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27931);

/** Flow files are a few kilobytes; anything far larger is a mistake or an attack. */
const MAX_FILE_BYTES = 1024 * 1024;
/** What is said of a file over {@link MAX_FILE_BYTES}, whether its size came from the disk, git or its bytes. */
function oversizeMessage(bytes) {
    return `the file is ${bytes} bytes; flow files may be at most ${MAX_FILE_BYTES} bytes (1 MiB)`;
}
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
function problem(message) {
    return { ok: false, problem: { ...(0,_engine_diagnostic_js__WEBPACK_IMPORTED_MODULE_0__/* .diagnostic */ .YK)('', message, 'parse'), line: 1, column: 1 } };
}
/**
 * Turns a file's bytes into text: refuses oversized, binary and non-UTF-8 files with one
 * clear message, and drops a byte order mark (TextDecoder does, with ignoreBOM false).
 */
function decodeFlowFile(bytes) {
    if (bytes.length > MAX_FILE_BYTES) {
        return problem(oversizeMessage(bytes.length));
    }
    // A UTF-16 byte order mark: the NUL bytes that follow would otherwise make it look binary.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return problem('the file is UTF-16 text; expected UTF-8 (save it as UTF-8)');
    }
    if (bytes.includes(0))
        return problem('the file contains NUL bytes; expected a YAML or JSON text file');
    try {
        return { ok: true, text: utf8.decode(bytes) };
    }
    catch {
        return problem('the file is not valid UTF-8 text; expected a YAML or JSON text file');
    }
}
/**
 * The text of a file read straight to a string (Node's one-call UTF-8 read, much cheaper than
 * reading bytes), when that string is certainly what {@link decodeFlowFile} would make of the
 * bytes: small enough to be within the limit whatever its encoding, with no NUL and no U+FFFD
 * (the mark of bytes that are not UTF-8, a UTF-16 file among them). Undefined means: read the
 * bytes and decode them, which also explains what is wrong.
 */
function cleanUtf8Text(text) {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    if (text.length * 3 > MAX_FILE_BYTES || text.includes('\uFFFD') || text.includes('\0'))
        return undefined;
    // As TextDecoder with ignoreBOM false: one leading byte order mark is dropped.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}


/***/ }),

/***/ 26989:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ placeAcrossLayers),
  Z: () => (/* binding */ placeInFile)
});

;// CONCATENATED MODULE: ./lib/engine/rules/required-when.js
// The schema's cross-field rules (schema/flow.schema.json, allOf), by the field they require.
const RULES = {
    'documents.verificationMethods': { trigger: 'steps.document', when: 'is not skip' },
    'documents.documentTypes': { trigger: 'steps.document', when: 'is not skip' },
    'integrations.apiUrl': { trigger: 'integrations.source', when: 'is API' },
    'integrations.apiTestType': { trigger: 'integrations.source', when: 'is API' },
    'integrations.apiTestValue': { trigger: 'integrations.source', when: 'is API' },
};
/**
 * The field that makes `field` required, and when: a `required-when` finding whose field is not
 * written anywhere points there, since that is the line to change (or to complete).
 */
function requiredWhen(field) {
    return Object.hasOwn(RULES, field) ? RULES[field] : undefined;
}

;// CONCATENATED MODULE: ./lib/parse/parsed-source.js
/** Splits a diagnostic's dot path into segments ("" is the root). */
function splitField(field) {
    return field === '' ? [] : field.split('.');
}

;// CONCATENATED MODULE: ./lib/parse/locate.js


/** Rules whose diagnostic belongs on the key rather than on its value. */
const KEY_RULES = new Set(['unknown-key', 'read-only']);
function offsetFor(located, wanted, rule) {
    if (located.depth === wanted) {
        return KEY_RULES.has(rule) && located.keyOffset !== undefined ? located.keyOffset : located.valueOffset;
    }
    // A missing field is shown at the nearest enclosing key that is written down.
    return located.keyOffset ?? located.valueOffset;
}
/** Gives a diagnostic the position of its field in one file. */
function placeInFile(diagnostic, layer) {
    if (!layer.source)
        return { ...diagnostic, file: layer.path, line: diagnostic.line ?? 1, column: diagnostic.column ?? 1 };
    const segments = splitField(diagnostic.field);
    const located = layer.source.find(segments);
    const offset = offsetFor(located, segments.length, diagnostic.rule);
    const end = layer.source.endOf(offset);
    return { ...diagnostic, file: layer.path, ...layer.source.position(offset), endLine: end.line, endColumn: end.column };
}
/**
 * Finds the file a field of a resolved flow comes from, given its layers (lowest priority
 * first). The last layer that writes the field wins; a layer that writes a list or a scalar on
 * the way owns everything under it, because lists and scalars replace on merge. A field nobody
 * writes is shown at the deepest enclosing key, preferring the file being resolved.
 */
function placeAcrossLayers(diagnostic, layers) {
    // A required field that nobody writes is caused by the field that requires it: shown there
    // when that one is written.
    const cause = diagnostic.rule === 'required-when' ? requiredWhen(diagnostic.field) : undefined;
    if (cause && !writtenIn(diagnostic.field, layers) && writtenIn(cause.trigger, layers)) {
        return { ...placeWritten({ ...diagnostic, field: cause.trigger }, layers), field: diagnostic.field };
    }
    return placeWritten(diagnostic, layers);
}
/** Whether some layer writes the field itself (not only a key above it). */
function writtenIn(field, layers) {
    const segments = splitField(field);
    return layers.some((layer) => layer.source !== undefined && layer.source.find(segments).depth === segments.length);
}
function placeWritten(diagnostic, layers) {
    const segments = splitField(diagnostic.field);
    let best;
    for (let i = layers.length - 1; i >= 0; i--) {
        const layer = layers[i];
        if (!layer.source)
            continue;
        const located = layer.source.find(segments);
        if (located.depth === segments.length && segments.length > 0)
            return placeInFile(diagnostic, layer);
        if (located.depth === 0)
            continue;
        const replacesWholesale = located.throughList || located.kind !== 'map';
        if (replacesWholesale)
            return placeInFile(diagnostic, layer);
        if (!best || located.depth > best.located.depth)
            best = { layer, located };
    }
    return placeInFile(diagnostic, best?.layer ?? layers[layers.length - 1]);
}


/***/ }),

/***/ 80425:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ usePlainEnv)
/* harmony export */ });
/**
 * Replaces `process.env` with a plain object holding the same variables. The yaml parser reads
 * `process.env` once per token, and a plain object is far cheaper to read than Node's
 * environment proxy; parsing is most of a validate run. Only entry points call this (the CLI's
 * bin, the action's index, a validation worker): a library must not swap its host's environment.
 */
function usePlainEnv() {
    process.env = { ...process.env };
}


/***/ }),

/***/ 96072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ hasUnprintable),
/* harmony export */   RT: () => (/* binding */ unicodeEscape),
/* harmony export */   WW: () => (/* binding */ unprintableAt),
/* harmony export */   fk: () => (/* binding */ printableLines),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
// Characters that are not what they look like: C0 and C1 controls (ESC starts terminal escape
// sequences; CR and LF break the layout), the soft hyphen, the bidirectional marks, embeddings,
// overrides and isolates that make text read differently from what it is ("Trojan Source",
// CVE-2021-42574), zero-width and invisible formatting characters, the line and paragraph
// separators, the byte-order mark, and the Unicode tag characters that can smuggle hidden ASCII.
const INVISIBLE_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb\\u{e0000}-\\u{e0fff}';
const UNPRINTABLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
const HAS_UNPRINTABLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'u');
const UNPRINTABLE_BUT_LF = new RegExp(`(?!\\n)[${INVISIBLE_CLASS}]`, 'gu');
/** `\u202e` for a character of the Basic Multilingual Plane, `\u{e0041}` beyond it. */
function unicodeEscape(char) {
    const code = char.codePointAt(0);
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * Makes text from flow files safe to print anywhere a person reads it (terminal, Markdown,
 * annotations, Mermaid): control, bidi and invisible characters become visible `\uXXXX` escapes,
 * so a value can neither emit escape sequences, break a line, nor show other text than it holds.
 */
function printable(text) {
    return text.replace(UNPRINTABLE, unicodeEscape);
}
/** {@link printable}, but line feeds stay: for messages whose lines are meant (annotations, notes). */
function printableLines(text) {
    return text.replace(UNPRINTABLE_BUT_LF, unicodeEscape);
}
/** Whether {@link printable} would change the text: it holds a control, bidi or invisible character. */
function hasUnprintable(text) {
    // Printable ASCII alone, as nearly every key, value and path is, is answered by this loop: a
    // Unicode-aware match costs more. Anything else is for the expression.
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x20 || code > 0x7e)
            return HAS_UNPRINTABLE.test(text);
    }
    return false;
}
/** Each control, bidi or invisible character of the text, with its index in UTF-16 code units. */
function unprintableAt(text) {
    return [...text.matchAll(UNPRINTABLE)].map((match) => ({ index: match.index, char: match[0] }));
}


/***/ }),

/***/ 52062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ countFiles)
/* harmony export */ });
/**
 * Findings by place (file, line, column, rule, field): a base's finding, listed in full by one
 * file and referred to by the others that extend the base, counts once. A file's own findings
 * count as listed (they are distinct already).
 */
function distinct(files, pick) {
    const place = (d, path) => `${d.file ?? path}\u0000${d.line ?? 0}\u0000${d.column ?? 0}\u0000${d.rule}\u0000${d.field}`;
    const own = (d, path) => d.file === undefined || d.file === path;
    const told = new Set();
    let count = 0;
    for (const file of files) {
        for (const d of pick(file)) {
            if (!own(d, file.path))
                continue;
            count++;
            told.add(place(d, file.path));
        }
    }
    for (const file of files) {
        for (const d of pick(file)) {
            const at = place(d, file.path);
            if (own(d, file.path) || told.has(at))
                continue;
            count++;
            told.add(at);
        }
    }
    return count;
}
/** Counts over the files a report lists: how many, valid and invalid, errors and warnings. */
function countFiles(files) {
    const valid = files.filter((file) => file.valid).length;
    return {
        files: files.length,
        valid,
        invalid: files.length - valid,
        errors: distinct(files, (file) => file.errors),
        warnings: distinct(files, (file) => file.warnings),
    };
}


/***/ }),

/***/ 58499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
/**
 * Orders text by UTF-16 code units, as `Array.prototype.sort` does by default: the order file
 * lists are sorted in, the same on every machine whatever its locale, and free of the collator
 * that localeCompare sets up on first use (about 15 ms of every run that sorts two findings).
 */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};

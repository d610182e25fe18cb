export const id = 924;
export const ids = [924];
export const modules = {

/***/ 13924:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ApiAuthError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_5__.Nu),
/* harmony export */   drift: () => (/* binding */ drift),
/* harmony export */   driftChanges: () => (/* binding */ driftChanges)
/* harmony export */ });
/* harmony import */ var _api_api_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91268);
/* harmony import */ var _api_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8370);
/* harmony import */ var _api_read_flows_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57330);
/* harmony import */ var _api_redact_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(16279);
/* harmony import */ var _engine_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51483);
/* harmony import */ var _engine_weakens_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16878);
/* harmony import */ var _count_of_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37492);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(452);
/* harmony import */ var _plan_live_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70289);
/* harmony import */ var _token_rules_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(44828);
/* harmony import */ var _flow_sets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(23824);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77446);













/**
 * The fields where the server's flow differs from the file's PUT body, seen from the repository:
 * only the fields the body owns count (a section no file declares is the server's to keep), and
 * a change weakens when the server's value lets a person through with less than the file asks.
 */
function driftChanges(serverFlow, body) {
    return (0,_engine_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffSent */ .CY)((0,_plan_live_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .ownedPart */ .JZ)(serverFlow, body), body).map((change) => ({
        field: change.field,
        ...(change.after !== undefined ? { repository: change.after } : {}),
        ...(change.before !== undefined ? { server: change.before } : {}),
        weakens: (0,_engine_weakens_js__WEBPACK_IMPORTED_MODULE_4__/* .weakensVerification */ .I)(change.field, change.after, change.before),
    }));
}
function unreadableMessage(flow, answer) {
    if (answer.status === 404)
        return `the API has no flow ${flow.id} (HTTP 404: ${answer.message}); it was deleted there, or the file's id is wrong`;
    if (answer.status === 0)
        return `no answer (${answer.reason ?? answer.code}): ${answer.message}`;
    return `HTTP ${answer.status}: ${answer.message}`;
}
function driftVerdict(validation, report, settings) {
    const files = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_8__/* .verdictOf */ .V)({ validation, ...(settings.maxWarnings === undefined ? {} : { maxWarnings: settings.maxWarnings }) }, settings.names);
    if (files.exit !== 'ok')
        return files;
    if (report.unreadable.length > 0) {
        return { exit: 'findings', failure: { kind: 'unreadable', message: `${(0,_count_of_js__WEBPACK_IMPORTED_MODULE_9__/* .countOf */ .p)(report.unreadable.length, 'flow')} could not be read from the API, so ${report.unreadable.length === 1 ? 'its' : 'their'} drift is unknown` } };
    }
    if (report.drifted.length > 0 && settings.failOnDrift) {
        return { exit: 'findings', failure: { kind: 'drift', message: `${(0,_count_of_js__WEBPACK_IMPORTED_MODULE_9__/* .countOf */ .p)(report.drifted.length, 'flow')} on the server ${report.drifted.length === 1 ? 'differs from its file' : 'differ from their files'}: ${report.drifted.join(', ')}` } };
    }
    return { exit: 'ok' };
}
/**
 * Reads every flow of the repository from the API (GET) and reports, per flow, the fields where
 * the server no longer holds what the file says, like Terraform's drift detection. A flow the
 * API cannot show (404, 5xx, no answer) is a finding, not drift; a refused token (401, 403) stops
 * the run with {@link ApiAuthError}. Files with errors are reported and not compared.
 */
async function drift(settings) {
    if (!settings.apiUrl)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`no API URL: set ${settings.names.apiUrl}`);
    if (!settings.token)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`no API token: set ${settings.names.token}`);
    const problem = (0,_token_rules_js__WEBPACK_IMPORTED_MODULE_10__/* .tokenProblem */ .j)(settings.token);
    if (problem !== undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(problem);
    const redact = (0,_api_redact_js__WEBPACK_IMPORTED_MODULE_11__/* .createRedactor */ .lY)([settings.token]);
    // Checked here too, so that a bad URL is named as the user gave it (the client says `apiUrl`).
    (0,_api_api_url_js__WEBPACK_IMPORTED_MODULE_0__/* .parseApiUrl */ .nV)(settings.apiUrl, redact, settings.names.apiUrl);
    const client = (0,_api_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createFlowClient */ .k)({ apiUrl: settings.apiUrl, token: settings.token, ...(settings.retry ? { retry: settings.retry } : {}) });
    try {
        const { validation, flows: found } = await (0,_flow_sets_js__WEBPACK_IMPORTED_MODULE_7__/* .flowsInWorkingTree */ .q)(settings);
        // A file with errors says nothing the server should hold: it is reported, not compared.
        const invalid = new Set(validation.files.filter((file) => file.errors.length > 0).map((file) => file.path));
        const flows = found.filter((flow) => !invalid.has(flow.path));
        const { answers, refused } = await (0,_api_read_flows_js__WEBPACK_IMPORTED_MODULE_2__/* .readFlows */ .m)(client, flows.map((flow) => flow.id));
        if (refused) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ApiAuthError */ .Nu(`the API refused the token (HTTP ${refused.status}: ${refused.message}), so no flow could be checked for drift; set ${settings.names.token} to a valid token that may read project flows`);
        }
        // Values come from the server: one that echoes the token back must not show it.
        const hidesSecret = (value) => value !== undefined && redact(JSON.stringify(value) ?? '') !== (JSON.stringify(value) ?? '');
        const scrub = (change) => ({
            ...change,
            ...(hidesSecret(change.server) ? { server: _api_redact_js__WEBPACK_IMPORTED_MODULE_11__/* .REDACTED */ .XF } : {}),
        });
        const read = [];
        const unreadable = [];
        flows.forEach((flow, index) => {
            const answer = answers[index];
            if (answer.ok)
                read.push({ path: flow.path, id: flow.id, status: flow.status, changes: driftChanges(answer.data, flow.body).map(scrub) });
            else
                unreadable.push({ path: flow.path, id: flow.id, httpStatus: answer.status, message: unreadableMessage(flow, answer) });
        });
        const report = {
            apiUrl: (0,_api_redact_js__WEBPACK_IMPORTED_MODULE_11__/* .shownApiUrl */ .jK)(settings.apiUrl, redact),
            flows: read,
            unreadable,
            drifted: read.filter((flow) => flow.changes.length > 0).map((flow) => flow.id),
        };
        return { validation, drift: report, notes: [], ...driftVerdict(validation, report, settings) };
    }
    finally {
        await client.close();
    }
}


/***/ })

};

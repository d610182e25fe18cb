export const id = 761;
export const ids = [761];
export const modules = {

/***/ 68761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkInWorkers: () => (/* binding */ checkInWorkers)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);

/**
 * Spreads the files over worker threads, in contiguous shares so that files extending the same
 * bases mostly land in the same worker (each worker parses a base once), and returns the
 * verdicts in the order of `paths`.
 */
async function checkInWorkers(paths, options, workers) {
    const share = Math.ceil(paths.length / workers);
    const jobs = [];
    for (let start = 0; start < paths.length; start += share)
        jobs.push({ paths: paths.slice(start, start + share), cwd: options.cwd, root: options.root });
    const results = await Promise.all(jobs.map((job) => new Promise((resolve, reject) => {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(__webpack_require__.ab + "check-worker.js", { workerData: job });
        worker.once('message', (checked) => resolve(checked));
        worker.once('error', reject);
        worker.once('exit', (code) => {
            if (code !== 0)
                reject(new Error(`a validation worker stopped with exit code ${code}`));
        });
    })));
    return results.flat();
}


/***/ })

};

export const id = 7;
export const ids = [7];
export const modules = {

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


/***/ })

};

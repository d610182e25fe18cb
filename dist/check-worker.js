// Written by scripts/bundle.mjs: the bundled check worker (the bundle runs it in a worker thread).
import './index.js';

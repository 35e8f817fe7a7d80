#!/usr/bin/env node
// The CLI runs compiled JavaScript; `npm install` / `npm ci` build dist/ through `prepare`.
import '../dist/cmg-setup.js';

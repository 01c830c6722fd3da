#!/usr/bin/env node
// The installed command runs the compiled build (made by `npm run build`, which `npm ci` runs through `prepare`).
import '../dist/main.js';

/** Prints vitest's totals as the plain closing line CI reads: "tests: N passed, N failed, N skipped". */
import { readFileSync } from 'node:fs';

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const report = JSON.parse(readFileSync(new URL('../.vitest/results.json', import.meta.url), 'utf8')) as VitestJsonReport;
console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);

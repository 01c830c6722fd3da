import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report lets .ci/run close with a plain "N passed, N failed" line any CI can read.
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
  },
});

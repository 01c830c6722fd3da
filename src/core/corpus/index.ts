/** The corpus: loading, parsing and cleaning documents. */
export type * from './types.js';
export { loadCorpus, type LoadOptions } from './load.js';
export { parseDocument, isLoadProblem, documentKind, DEFAULT_MAX_FILE_BYTES, type ParseOptions } from './parseDocument.js';
export { docIdFromFile, assignDocIds } from './docId.js';
export { sortDateFrom } from './sortDate.js';

/**
 * `npm run eval`: precision and recall of extraction on the labelled seed set, per rule:
 * quotations and speakers, then figures. Public sets are measured by their own scripts
 * (eval-polnear.ts, eval-newsquant.ts), which need data fetched outside the repository.
 */
import { evalFigures, printFigures } from './eval-figures.js';
import { evalQuotes, formatQuotes } from './eval-quotes.js';

const verbose = process.argv.includes('--verbose');
console.log(formatQuotes(await evalQuotes(), verbose));
console.log();
printFigures(await evalFigures(), verbose);

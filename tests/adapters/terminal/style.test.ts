import { describe, expect, it } from 'vitest';
import { highlight, safe } from '../../../src/adapters/terminal/style.js';

describe('terminal text safety', () => {
  it('drops escape sequences and control characters but keeps newlines and tabs', () => {
    expect(safe('a\u001b[2Jb\u0007c\nd\te\u009bf')).toBe('a[2Jbc\nd\tef');
  });

  it('drops bidi overrides and isolates so text cannot be displayed reversed', () => {
    expect(safe('invoice\u202Eexe.pdf\u2066x\u2069')).toBe('invoiceexe.pdfx');
  });

  it('keeps highlights on the right words after cleaning', () => {
    expect(highlight('know your place', [[0, 4]], { color: true })).toBe('\u001b[1m\u001b[33mknow\u001b[0m your place');
  });
});

/** Field helpers shared by the config schemas. */
import { z } from 'zod';

/** An unset or blank variable is absent: `FOO=` in a .env file must not count as a value. */
export const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

export const booleanText = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''], { error: 'must be true or false' })
    .optional()
    .transform((value) => (value === undefined || value === '' ? fallback : ['true', '1', 'yes'].includes(value)));

/** A whole number in [min, max], written in the environment as text; unset or blank: `fallback`. */
function wholeNumberIn(min: number, max = Number.MAX_SAFE_INTEGER) {
  const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
  return (fallback: number, what: string) =>
    z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value === '') return fallback;
        const n = Number(value);
        if (!Number.isInteger(n) || n < min || n > max) {
          ctx.addIssue({ code: 'custom', message: `must be a whole number ${range} (${what}), not "${value}"` });
          return z.NEVER;
        }
        return n;
      });
}

export const positiveIntText = wholeNumberIn(1);

/** 0 or more; 0 usually means "off". */
export const wholeNumberText = wholeNumberIn(0);

/** A directory, "off" (null: e.g. a read-only deployment that keeps no cache), or unset (undefined: the caller picks the default). */
export const directoryOrOff = () =>
  optionalText.transform((value) => {
    if (value === undefined) return undefined;
    return ['off', 'none', 'false', '0'].includes(value.toLowerCase()) ? null : value;
  });

/** A TCP port; 0 lets the system choose one (tests). */
export const portText = (fallback: number) => wholeNumberIn(0, 65535)(fallback, 'the HTTP port; 0 picks a free one');

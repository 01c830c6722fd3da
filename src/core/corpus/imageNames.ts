/**
 * Saved pages glue an image's file name or alt text to the first word after the image:
 * "isil 1Early Tuesday" or "sect-map-ai2html-180Besides being". The name is lower-case and ends
 * in a digit (or an image extension) run straight into a capitalised word, which ordinary prose never does.
 */
const GLUED_IMAGE_NAME = /^\p{Ll}[\p{Ll}\d_. -]*?(?:\d|\.(?:jpe?g|png|gif|webp|svg))(?=\p{Lu}\p{Ll})/u;
const MAX_NAME_LENGTH = 60;
/** File names and alt texts are one to three words; more is prose. */
const MAX_NAME_SPACES = 2;

/** Applied to the first line of a block only: that is where an image sat. */
export function stripGluedImageName(line: string): string {
  const match = GLUED_IMAGE_NAME.exec(line);
  if (!match || match[0].length > MAX_NAME_LENGTH || match[0].split(' ').length - 1 > MAX_NAME_SPACES) return line;
  return line.slice(match[0].length);
}

/**
 * A national line's own words. Japan's tariff writes each line as "<the subheading's English text> —
 * <the line's own text>"; the page already names the subheading (in Chinese where we have it), so
 * repeating its English text before every line buries the words that tell two lines apart.
 * Other destinations' texts have no such prefix and are returned as they are.
 */
export function lineOwnText(desc: string): string {
  const i = desc.indexOf(' — ');
  const own = i >= 0 ? desc.slice(i + 3).trim() : desc;
  return own || desc;
}

/** Tokeniser for the English PSR coding (Annex 3A vocabulary). Pure, never throws. */

export type TokenKind = 'word' | 'num' | 'punct';
export interface Token {
  kind: TokenKind;
  /** words are lower-cased; numbers and punctuation as written */
  value: string;
  at: number;
}

export type TokenResult = { ok: true; tokens: Token[] } | { ok: false; reason: string; at: number };

/** Split into words, numbers (digits with at most one inner dot) and the punctuation , ; ( ) + : [ ] */
export function tokenize(text: string): TokenResult {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (j < text.length && /[A-Za-z]/.test(text[j])) j++;
      tokens.push({ kind: 'word', value: text.slice(i, j).toLowerCase(), at: i });
      i = j;
      continue;
    }
    if (/\d/.test(ch)) {
      let j = i;
      while (j < text.length && /\d/.test(text[j])) j++;
      if (text[j] === '.' && /\d/.test(text[j + 1] ?? '')) {
        j++;
        while (j < text.length && /\d/.test(text[j])) j++;
      }
      tokens.push({ kind: 'num', value: text.slice(i, j), at: i });
      i = j;
      continue;
    }
    if (',;()+:'.includes(ch)) {
      tokens.push({ kind: 'punct', value: ch, at: i });
      i++;
      continue;
    }
    return { ok: false, reason: 'unexpected-character', at: i };
  }
  return { ok: true, tokens };
}

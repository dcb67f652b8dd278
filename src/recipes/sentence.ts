/**
 * Marks a custom zod issue whose message is a whole sentence, to be shown as is. Other messages name
 * what was expected and are completed into "expected …, got …" (see explain-issues.ts).
 */
export const SENTENCE = { sentence: true } as const;

export function isSentence(params: unknown): boolean {
  return typeof params === 'object' && params !== null && 'sentence' in params && params.sentence === true;
}

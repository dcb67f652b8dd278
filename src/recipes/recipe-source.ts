import type { Document, LineCounter } from 'yaml';

/** One parsed recipe file, kept so any key path inside it can be mapped back to a line and column. */
export interface RecipeSource {
  /** The path as the user wrote it (or joined from an include); what messages show. */
  file: string;
  absolute: string;
  doc: Document.Parsed;
  /** The document as plain data (what the schema checks). */
  data: unknown;
  lineCounter: LineCounter;
}

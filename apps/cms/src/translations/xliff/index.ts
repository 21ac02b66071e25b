// What the translators' round trip needs: an entry's units, the XLIFF file, and a translation back.
export { applyUnits, unitsOf, wordFields, type ComponentSchemas, type EntryInput, type Refusal, type SchemaAttributes, type Unit, type WordFields } from './units';
export { messageUnits, readXliff, writeXliff, XliffError, type XliffFile } from './file';
export type { InlineContent, Leaf } from './inline';

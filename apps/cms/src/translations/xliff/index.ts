// What the translators' round trip needs: an entry's units, the XLIFF file, and a translation back.
export { applyUnits, numberReasons, type Refusal } from './apply';
export { wordFields, type ComponentSchemas, type EntryInput, type SchemaAttributes, type WordFields } from './fields';
export { unitsOf, type Unit } from './units';
export { messageUnits, readXliff, writeXliff, XliffError, type XliffFile } from './file';
export { plainText, type InlineContent, type Leaf } from './inline';

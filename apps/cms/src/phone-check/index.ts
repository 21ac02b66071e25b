export { BUILT_IN_HOTLINE, checkEntry, nearMissMessage, type KnownNumbers, type PhoneFinding } from './check';
export { findPhoneNumbers, nationalDigits } from './find';
export { editDistance, isNearMiss } from './near-miss';
export { entryTexts, fieldLabel, type Attributes, type ComponentAttributes } from './texts';

// Written by scripts/messages.mjs from the files in messages/: do not edit. A language that
// misses a message English has fails the typecheck here (Paraglide would show English).
import type english from '../../../messages/en.json';
import type messages_es from '../../../messages/es.json';
import type messages_fr from '../../../messages/fr.json';

type Complete<T extends Record<keyof typeof english, string>> = T;

export type CompleteLanguages = [Complete<typeof messages_es>, Complete<typeof messages_fr>];

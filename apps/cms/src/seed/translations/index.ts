// The seeded translations of the organisation's content, one module per language. Each is marked
// "not yet reviewed by a person" when it is imported.
import { es } from './es';
import { fr } from './fr';
import type { ContentTranslation } from './types';

export type TranslatedLocale = 'es' | 'fr';
export type { ContentTranslation, PageTranslation, SettingsTranslation } from './types';

export const contentTranslations: Record<TranslatedLocale, ContentTranslation> = { es, fr };

// Beside a translation's edit view: the English of each text, read-only, and what changed in the
// English since this language version was last saved (deleted words struck through, new words
// underlined), so a translator never works blind. From GET /admin/translations/source.
import { useEffect, useState } from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { diffWords } from 'diff';
import { useLocation, useParams } from 'react-router-dom';
import { CONTENT_TYPES } from '../content-types';

interface SourceText {
  id: string;
  label: string;
  english: string;
  before: string | null;
  changed: boolean;
}

const TRANSLATED = new Set<string>(Object.values(CONTENT_TYPES).flatMap((entry) => (entry.localized && entry.access === 'public' ? [entry.uid] : [])));

function Changes({ before, english }: { before: string; english: string }) {
  return (
    <p>
      {diffWords(before, english).map((part, index) =>
        part.added ? <ins key={index}>{part.value}</ins> : part.removed ? <del key={index}>{part.value}</del> : <span key={index}>{part.value}</span>,
      )}
    </p>
  );
}

export function TranslationSource() {
  const { slug: uid, id: documentId } = useParams<{ slug: string; id: string }>();
  const locale = new URLSearchParams(useLocation().search).get('plugins[i18n][locale]');
  const { get } = useFetchClient();
  const [texts, setTexts] = useState<SourceText[] | null>(null);
  const shown = !!uid && TRANSLATED.has(uid) && !!documentId && documentId !== 'create' && !!locale && locale !== 'en';
  useEffect(() => {
    if (!shown) return;
    const query = new URLSearchParams({ uid: uid!, documentId: documentId!, locale: locale! });
    get(`/admin/translations/source?${query}`)
      .then(({ data }) => setTexts((data as { data: SourceText[] }).data))
      .catch(() => setTexts(null));
  }, [get, shown, uid, documentId, locale]);
  if (!shown || !texts || texts.length === 0) return null;
  const changed = texts.filter((text) => text.changed).length;
  return (
    <Box tag="section" aria-labelledby="english-source" paddingTop={4} width="100%" data-testid="english-source">
      <Typography tag="h2" variant="sigma" id="english-source">
        English source
      </Typography>
      <Typography tag="p" variant="pi">
        {changed > 0 ? `${changed} changed in English since this translation was last saved.` : 'Read-only: edit the English in the English version.'}
      </Typography>
      {texts.map((text) => (
        <Box key={text.id} paddingTop={2}>
          <Typography tag="h3" variant="pi" fontWeight="bold">
            {text.label}
            {text.changed ? ' — changed in English' : ''}
          </Typography>
          {text.changed && text.before !== null ? <Changes before={text.before} english={text.english} /> : <p>{text.english}</p>}
        </Box>
      ))}
    </Box>
  );
}

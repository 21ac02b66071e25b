// Beside an entry's edit view: the phone numbers of its saved draft that are neither the hotline nor
// an agency's own (GET /admin/phone-numbers), so the editor checks each before publishing; a near
// miss of the hotline first, as its publish is refused.
import { useEffect, useState } from 'react';
import { Box, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useLocation, useParams } from 'react-router-dom';
import { CONTENT_TYPES } from '../content-types';

interface Finding {
  kind: 'near-miss' | 'unknown';
  field: string;
  number: string;
  hotline?: string;
}

const CHECKED = new Set<string>(Object.values(CONTENT_TYPES).flatMap((entry) => (entry.access === 'public' && entry.uid !== CONTENT_TYPES['site-setting'].uid ? [entry.uid] : [])));

export function NumbersPanel() {
  const { slug: uid, id: documentId } = useParams<{ slug: string; id: string }>();
  const locale = new URLSearchParams(useLocation().search).get('plugins[i18n][locale]') ?? '';
  const { get } = useFetchClient();
  const [findings, setFindings] = useState<Finding[]>([]);
  const shown = !!uid && CHECKED.has(uid) && !!documentId && documentId !== 'create';
  useEffect(() => {
    if (!shown) return;
    get(`/admin/phone-numbers?${new URLSearchParams({ uid: uid!, documentId: documentId!, locale })}`)
      .then(({ data }) => setFindings((data as { data: Finding[] }).data))
      .catch(() => setFindings([]));
  }, [get, shown, uid, documentId, locale]);
  if (!shown || findings.length === 0) return null;
  return (
    <Box tag="section" aria-labelledby="numbers-to-check" paddingTop={4} width="100%" data-testid="numbers-to-check">
      <Typography tag="h2" variant="sigma" id="numbers-to-check">
        Phone numbers to check
      </Typography>
      <ul>
        {findings.map((finding) => (
          <li key={`${finding.field} ${finding.number}`}>
            <Typography tag="p" textColor={finding.kind === 'near-miss' ? 'danger600' : undefined}>
              {finding.kind === 'near-miss'
                ? `${finding.number} (${finding.field}) looks like the hotline but is not it: the hotline is ${finding.hotline}. Publishing is refused until it is fixed.`
                : `${finding.number} (${finding.field}) is neither the hotline nor a council agency's number: check it is right before you publish.`}
            </Typography>
          </li>
        ))}
      </ul>
    </Box>
  );
}

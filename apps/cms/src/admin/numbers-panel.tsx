// Beside an entry's edit view: the phone numbers of its saved draft that are neither the hotline nor
// an agency's own (GET /admin/phone-numbers), so the editor checks each before publishing: a near
// miss of the hotline first, as its publish is refused; each other one with "It is right", which
// an editor's Publish waits for.
import { useCallback, useEffect, useState } from 'react';
import { Box, Button, Typography } from '@strapi/design-system';
import { unstable_useDocument as useDocument, useFetchClient } from '@strapi/strapi/admin';
import { useLocation, useParams } from 'react-router-dom';
import { CONTENT_TYPES } from '../content-types';

interface Finding {
  kind: 'near-miss' | 'unknown';
  field: string;
  number: string;
  hotline?: string;
  confirmed?: { by: string; at: string };
}

const CHECKED = new Set<string>(Object.values(CONTENT_TYPES).flatMap((entry) => (entry.access === 'public' && entry.uid !== CONTENT_TYPES['site-setting'].uid ? [entry.uid] : [])));

export function NumbersPanel() {
  const { slug: uid, id: documentId, collectionType } = useParams<{ slug: string; id: string; collectionType: string }>();
  const locale = new URLSearchParams(useLocation().search).get('plugins[i18n][locale]') ?? '';
  const { get, post } = useFetchClient();
  const [findings, setFindings] = useState<Finding[]>([]);
  const [refused, setRefused] = useState('');
  const shown = !!uid && CHECKED.has(uid) && !!documentId && documentId !== 'create';
  const load = useCallback(() => {
    get(`/admin/phone-numbers?${new URLSearchParams({ uid: uid!, documentId: documentId!, locale })}`)
      .then(({ data }) => setFindings((data as { data: Finding[] }).data))
      .catch(() => setFindings([]));
  }, [get, uid, documentId, locale]);
  // Read again after each save: the numbers are the saved draft's.
  const { document } = useDocument({ documentId, model: uid!, collectionType: collectionType!, params: { locale } }, { skip: !shown });
  const savedAt = (document as { updatedAt?: string } | undefined)?.updatedAt;
  useEffect(() => {
    if (shown) load();
  }, [shown, load, savedAt]);
  const confirm = async (number: string) => {
    try {
      await post('/admin/phone-numbers/confirm', { uid, documentId, locale, number });
      setRefused('');
      load();
    } catch (error) {
      setRefused((error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ?? 'The number could not be confirmed.');
    }
  };
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
                : finding.confirmed
                  ? `${finding.number} (${finding.field}): confirmed right by ${finding.confirmed.by.replace(/ <.*>$/, '')}.`
                  : `${finding.number} (${finding.field}) is neither the hotline nor a council agency's number: check it, and confirm it is right before you publish.`}
            </Typography>
            {finding.kind === 'unknown' && !finding.confirmed ? (
              <Button variant="secondary" size="S" onClick={() => confirm(finding.number)} aria-label={`Confirm ${finding.number} is right`}>
                It is right
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {refused ? (
        <Typography tag="p" role="alert" textColor="danger600">
          {refused}
        </Typography>
      ) : null}
    </Box>
  );
}

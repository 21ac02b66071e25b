// Beside an entry's edit view: its History in this language (GET /admin/history), newest first —
// when, who, what changed. Two versions open side by side as text, each changed field's words
// struck through and underlined; "Restore into draft" (Editors and administrators) writes one
// into the draft and reloads the form, to be checked and published like any edit.
import { useEffect, useState } from 'react';
import { Box, Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { unstable_useDocument as useDocument, useFetchClient } from '@strapi/strapi/admin';
import { diffWords } from 'diff';
import { useLocation, useParams } from 'react-router-dom';
import { CONTENT_TYPES } from '../content-types';

interface VersionSummary {
  documentId: string;
  publishedAt: string;
  publishedBy: string;
  changed: string[];
}

interface ComparedField {
  field: string;
  from: string;
  to: string;
  changed: boolean;
}

const KEPT = new Set<string>(Object.values(CONTENT_TYPES).flatMap((entry) => (entry.access === 'public' ? [entry.uid] : [])));
const SHOWN = 5;

const when = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const who = (actor: string) => actor.replace(/ <.*>$/, '');

function Words({ from, to, side }: { from: string; to: string; side: 'from' | 'to' }) {
  return (
    <span style={{ whiteSpace: 'pre-wrap' }}>
      {diffWords(from, to).map((part, index) => {
        if (part.added) return side === 'to' ? <ins key={index}>{part.value}</ins> : null;
        if (part.removed) return side === 'from' ? <del key={index}>{part.value}</del> : null;
        return <span key={index}>{part.value}</span>;
      })}
    </span>
  );
}

function Comparison({ from, to, fields }: { from: VersionSummary; to: VersionSummary; fields: ComparedField[] }) {
  const cell = { padding: '8px', verticalAlign: 'top', borderBottom: '1px solid #dcdce4' } as const;
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse' }} data-testid="history-comparison">
      <caption style={{ textAlign: 'left', paddingBottom: '8px' }}>
        <Typography variant="pi">{fields.filter((field) => field.changed).length} fields differ. Deleted words are struck through, added words underlined.</Typography>
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ ...cell, textAlign: 'left' }}>Field</th>
          <th scope="col" style={{ ...cell, textAlign: 'left' }}>{`${when(from.publishedAt)} (${who(from.publishedBy)})`}</th>
          <th scope="col" style={{ ...cell, textAlign: 'left' }}>{`${when(to.publishedAt)} (${who(to.publishedBy)})`}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.field} style={field.changed ? { background: '#fdf4dc' } : undefined}>
            <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: field.changed ? 700 : 400 }}>
              {field.field}
              {field.changed ? ' (changed)' : ''}
            </th>
            <td style={cell}>{field.changed ? <Words from={field.from} to={field.to} side="from" /> : <span style={{ whiteSpace: 'pre-wrap' }}>{field.from}</span>}</td>
            <td style={cell}>{field.changed ? <Words from={field.from} to={field.to} side="to" /> : <span style={{ whiteSpace: 'pre-wrap' }}>{field.to}</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HistoryPanel() {
  const { slug: uid, id, collectionType } = useParams<{ slug: string; id?: string; collectionType: string }>();
  const locale = new URLSearchParams(useLocation().search).get('plugins[i18n][locale]') ?? '';
  const { get, post } = useFetchClient();
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [mayRestore, setMayRestore] = useState(false);
  const [all, setAll] = useState(false);
  const [pair, setPair] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const [comparison, setComparison] = useState<{ from: VersionSummary; to: VersionSummary; fields: ComparedField[] } | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const documentId = id && id !== 'create' ? id : '';
  const shown = !!uid && KEPT.has(uid) && (documentId !== '' || !id);
  // Read again after each save or publish of the entry: a publish is a new version.
  const { document } = useDocument({ documentId: documentId || undefined, model: uid!, collectionType: collectionType!, params: { locale } }, { skip: !shown });
  const seen = JSON.stringify([(document as { updatedAt?: string } | undefined)?.updatedAt, (document as { status?: string } | undefined)?.status]);

  useEffect(() => {
    if (!shown) return;
    get(`/admin/history?${new URLSearchParams({ uid: uid!, documentId, locale })}`)
      .then(({ data }) => {
        const body = data as { data: VersionSummary[]; meta: { mayRestore: boolean } };
        setVersions(body.data);
        setMayRestore(body.meta.mayRestore);
        setPair({ from: body.data[1]?.documentId ?? '', to: body.data[0]?.documentId ?? '' });
      })
      .catch(() => setVersions([]));
  }, [get, shown, uid, documentId, locale, seen]);

  if (!shown || versions.length === 0) return null;

  const compare = async () => {
    const { data } = await get(`/admin/history/compare?${new URLSearchParams(pair)}`);
    setComparison((data as { data: { from: VersionSummary; to: VersionSummary; fields: ComparedField[] } }).data);
  };
  const restore = async (version: VersionSummary) => {
    setBusy(true);
    try {
      await post('/admin/history/restore', { version: version.documentId });
      setMessage(`The version of ${when(version.publishedAt)} is in the draft. Check it, then publish.`);
      window.location.reload();
    } catch (error) {
      setMessage((error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ?? 'The restore failed.');
      setBusy(false);
    }
  };
  const label = (version: VersionSummary) => `${when(version.publishedAt)}, ${who(version.publishedBy)}`;

  return (
    <Box tag="section" aria-labelledby="entry-history" paddingTop={4} width="100%" data-testid="entry-history">
      <Typography tag="h2" variant="sigma" id="entry-history">
        History
      </Typography>
      <Typography tag="p" variant="pi">
        Each publish of this language, newest first.
      </Typography>
      <ol style={{ paddingTop: '8px' }}>
        {(all ? versions : versions.slice(0, SHOWN)).map((version, index) => (
          <li key={version.documentId} style={{ paddingBottom: '8px' }}>
            <Typography tag="p" variant="omega" fontWeight="bold">
              {label(version)}
              {index === 0 ? ' (newest)' : ''}
            </Typography>
            <Typography tag="p" variant="pi">
              {version.changed.length > 0 ? `Changed: ${version.changed.join(', ')}` : 'First version kept'}
            </Typography>
            {mayRestore && index > 0 ? (
              <Button variant="tertiary" size="S" loading={busy} onClick={() => restore(version)} aria-label={`Restore the version of ${label(version)} into the draft`}>
                Restore into draft
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {versions.length > SHOWN ? (
        <Button variant="ghost" size="S" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${versions.length}`}
        </Button>
      ) : null}
      {message ? (
        <Typography tag="p" variant="pi" role="status">
          {message}
        </Typography>
      ) : null}
      {versions.length > 1 ? (
        <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2}>
          {(['from', 'to'] as const).map((side) => (
            <Field.Root key={side} name={`history-${side}`}>
              <Field.Label>{side === 'from' ? 'Compare' : 'with'}</Field.Label>
              <SingleSelect value={pair[side]} onChange={(value: string | number) => setPair({ ...pair, [side]: String(value) })}>
                {versions.map((version) => (
                  <SingleSelectOption key={version.documentId} value={version.documentId}>
                    {label(version)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          ))}
          <Modal.Root onOpenChange={(open: boolean) => (open ? void compare() : setComparison(null))}>
            <Modal.Trigger>
              <Button variant="secondary" fullWidth>
                Compare side by side
              </Button>
            </Modal.Trigger>
            <Modal.Content style={{ maxWidth: 'min(96vw, 72rem)', width: '100%' }}>
              <Modal.Header>
                <Modal.Title>Two versions side by side</Modal.Title>
              </Modal.Header>
              <Modal.Body>{comparison ? <Comparison {...comparison} /> : <Typography>Loading…</Typography>}</Modal.Body>
              <Modal.Footer>
                <Modal.Close>
                  <Button variant="tertiary">Close</Button>
                </Modal.Close>
              </Modal.Footer>
            </Modal.Content>
          </Modal.Root>
        </Flex>
      ) : null}
    </Box>
  );
}

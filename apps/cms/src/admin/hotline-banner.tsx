// The pending hotline change (src/hotline/two-person.ts), where editors cannot miss it: above every
// list and on every edit page of the content manager. Current and proposed numbers side by side,
// who proposed them and when, and Approve / Reject (the server decides who may).
import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';

type Numbers = Record<'phone' | 'sms' | 'tty' | 'url', string | null>;
interface Pending {
  documentId: string;
  current: Numbers;
  proposed: Numbers;
  proposedBy: string;
  createdAt: string;
}

const LABELS: [keyof Numbers, string][] = [
  ['phone', 'Phone'],
  ['sms', 'Text (SMS)'],
  ['tty', 'TTY'],
  ['url', 'Website'],
];

const SITE_SETTINGS = '/content-manager/single-types/api::site-setting.site-setting';

/**
 * On list pages the banner is one line with a link to Site settings, where the numbers and the
 * decision are: the full one, in a list's header, pushed the list's columns out of view.
 */
export function HotlineChangeBanner({ compact = false }: { compact?: boolean }) {
  const { get, post } = useFetchClient();
  const [change, setChange] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // "Hide" hides it on this page; the next page shows it again while the change waits.
  const [hidden, setHidden] = useState(false);

  const load = useCallback(async () => {
    const { data } = await get('/admin/hotline-changes/pending');
    setChange((data as { data: Pending | null }).data);
  }, [get]);
  useEffect(() => {
    load().catch(() => {});
  }, [load]);

  if (!change || hidden) return null;
  if (compact) {
    return (
      // It shares the list's row of actions: it shrinks and wraps rather than push the row wider.
      <Box paddingBottom={2} maxWidth="100%" style={{ minWidth: 0, maxWidth: 'min(100%, 28rem)' }} data-testid="hotline-change-banner">
        <Alert variant="danger" closeLabel="Hide" onClose={() => setHidden(true)} title="Hotline numbers waiting for a second person">
          <Link to={SITE_SETTINGS}>Review them in Site settings</Link>
        </Alert>
      </Box>
    );
  }
  const decide = async (decision: 'approve' | 'reject') => {
    setBusy(true);
    setProblem(null);
    try {
      await post(`/admin/hotline-changes/${change.documentId}/${decision}`, {});
      await load();
    } catch (error) {
      const message = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message;
      setProblem(message ?? 'That did not work. Reload the page and try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box paddingBottom={4} maxWidth="100%" data-testid="hotline-change-banner">
      <Alert variant="danger" closeLabel="Hide" onClose={() => setHidden(true)} title="Hotline numbers waiting for a second person">
        <Typography tag="p">
          {change.proposedBy} proposed new hotline numbers on {new Date(change.createdAt).toLocaleString()}. Visitors see the
          current ones until another Editor or administrator approves.
        </Typography>
        <table style={{ width: '100%', tableLayout: 'fixed', overflowWrap: 'anywhere' }}>
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">Current</th>
              <th scope="col">Proposed</th>
            </tr>
          </thead>
          <tbody>
            {LABELS.map(([field, label]) => (
              <tr key={field}>
                <th scope="row">{label}</th>
                <td>{change.current[field] ?? '—'}</td>
                <td>
                  <strong>{change.proposed[field] ?? '—'}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {problem && <Typography textColor="danger600">{problem}</Typography>}
        <Flex gap={2} paddingTop={2}>
          <Button onClick={() => decide('approve')} loading={busy}>
            Approve
          </Button>
          <Button variant="danger-light" onClick={() => decide('reject')} loading={busy}>
            Reject
          </Button>
        </Flex>
      </Alert>
    </Box>
  );
}

/** The one-line banner above every list. */
export const CompactHotlineChangeBanner = () => <HotlineChangeBanner compact />;

// The pending hotline change (src/hotline/two-person.ts), where editors cannot miss it: above every
// list and on every edit page of the content manager. Current and proposed numbers side by side,
// who proposed them and when, and Approve / Reject (the server decides who may).
import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

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

export function HotlineChangeBanner() {
  const { get, post } = useFetchClient();
  const [change, setChange] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const { data } = await get('/admin/hotline-changes/pending');
    setChange((data as { data: Pending | null }).data);
  }, [get]);
  useEffect(() => {
    load().catch(() => {});
  }, [load]);

  if (!change) return null;
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
    <Box paddingBottom={4} width="100%" data-testid="hotline-change-banner">
      <Alert variant="danger" closeLabel="Hide" title="Hotline numbers waiting for a second person">
        <Typography tag="p">
          {change.proposedBy} proposed new hotline numbers on {new Date(change.createdAt).toLocaleString()}. Visitors see the
          current ones until another Editor or administrator approves.
        </Typography>
        <table>
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

// "Export confirmed subscribers (CSV)" above the newsletter subscriptions list: downloads what the
// admin route in src/submissions/export.ts writes, with the signed-in editor's session.
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Button } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

const NEWSLETTER = 'api::newsletter-subscription.newsletter-subscription';

export function NewsletterExportButton() {
  const { slug } = useParams<{ slug: string }>();
  const { get } = useFetchClient();
  const [busy, setBusy] = useState(false);
  if (slug !== NEWSLETTER) return null;

  const download = async () => {
    setBusy(true);
    try {
      const { data } = await get('/admin/newsletter-export/subscribers.csv', { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `newsletter-subscribers-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="secondary" onClick={download} loading={busy}>
      Export confirmed subscribers (CSV)
    </Button>
  );
}

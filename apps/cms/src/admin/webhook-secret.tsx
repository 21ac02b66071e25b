// On a partner webhook's edit page: "New signing secret", which makes one (src/webhooks/admin-routes.ts)
// and shows it this once, to give the partner; the old one stops working at once. A subscription
// without a secret sends nothing.
import { useState } from 'react';
import { Box, Button, Field, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

const EDIT_PAGE = /\/content-manager\/collection-types\/api::partner-webhook\.partner-webhook\/([a-z0-9]+)/;

export function WebhookSecretButton() {
  const { post } = useFetchClient();
  const [secret, setSecret] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const documentId = EDIT_PAGE.exec(window.location.pathname)?.[1];
  if (!documentId) return null;
  const make = async () => {
    if (!window.confirm('Make a new signing secret? The current one stops working at once: the partner must use the new one.')) return;
    setProblem(null);
    try {
      const { data } = await post(`/admin/partner-webhooks/${documentId}/secret`, {});
      setSecret((data as { data: { secret: string } }).data.secret);
    } catch (error) {
      const message = (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message;
      setProblem(message ?? 'That did not work. Save the subscription first, then try again.');
    }
  };
  return (
    <Box paddingBottom={4} width="100%" data-testid="webhook-secret">
      <Button variant="secondary" onClick={make} fullWidth>
        New signing secret
      </Button>
      {secret && (
        <Box paddingTop={2}>
          <Field.Root hint="Shown this once: copy it now and give it to the partner by a safe channel. Events are signed with it from now on.">
            <Field.Label>Signing secret</Field.Label>
            <Field.Input readOnly value={secret} onFocus={(event: { target: HTMLInputElement }) => event.target.select()} />
            <Field.Hint />
          </Field.Root>
        </Box>
      )}
      {problem && (
        <Typography tag="p" textColor="danger600">
          {problem}
        </Typography>
      )}
    </Box>
  );
}

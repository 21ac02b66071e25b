// The Translations page (src/translations/admin-routes.ts): per language, how many entries are
// current, outdated, unreviewed or missing; an XLIFF file of what needs work (or of everything)
// for a translator; and the file back, imported as drafts with a report of what was refused.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Flex, Main, Typography } from '@strapi/design-system';
import { Layouts, useFetchClient } from '@strapi/strapi/admin';

type Counts = Record<'total' | 'current' | 'outdated' | 'unreviewed' | 'missing', number>;
interface LanguageSummary {
  locale: string;
  name: string;
  types: ({ model: string } & Counts)[];
  totals: Counts;
}
interface Report {
  locale: string;
  entries: number;
  units: number;
  refused: { id: string; reason: string }[];
  messages: Record<string, string>;
}

const TYPE_LABELS: Record<string, string> = {
  page: 'Pages',
  faq: 'FAQ',
  'guiding-principle': 'Guiding principles',
  resource: 'Resources',
  'council-agency': 'Council agencies',
};
const COLUMNS: [keyof Counts, string][] = [
  ['current', 'Current'],
  ['outdated', 'Outdated'],
  ['unreviewed', 'Unreviewed'],
  ['missing', 'Missing'],
  ['total', 'Entries'],
];

const messageOf = (error: unknown) =>
  (error as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ?? 'That did not work. Reload the page and try again.';

/** The interface texts of an import, as the site's message file of that language. */
function saveMessages(locale: string, messages: Record<string, string>) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([`${JSON.stringify(messages, null, 2)}\n`], { type: 'application/json' }));
  link.download = `messages-${locale}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}

function LanguageCard({ language, onImported }: { language: LanguageSummary; onImported: () => void }) {
  const { get, post } = useFetchClient();
  const [report, setReport] = useState<Report | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (scope: 'needed' | 'all') => {
    setProblem(null);
    try {
      const { data } = await get(`/admin/translations/export?locale=${language.locale}&scope=${scope}`, { responseType: 'blob' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(data);
      link.download = `maine-sten-${language.locale}-${scope}-${new Date().toISOString().slice(0, 10)}.xlf`;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  const upload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setProblem(null);
    setReport(null);
    try {
      const { data } = await post(`/admin/translations/import?locale=${language.locale}`, form);
      setReport((data as { data: Report }).data);
      onImported();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  const inputId = `translation-file-${language.locale}`;
  return (
    <Box tag="section" background="neutral0" padding={6} shadow="tableShadow" hasRadius aria-labelledby={`language-${language.locale}`}>
      <Typography tag="h2" variant="beta" id={`language-${language.locale}`}>
        {language.name}
      </Typography>
      <table>
        <caption className="sr-only">Translation status of each kind of content in {language.name}</caption>
        <thead>
          <tr>
            <th scope="col">Content</th>
            {COLUMNS.map(([key, label]) => (
              <th scope="col" key={key}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...language.types, { model: 'all', ...language.totals }].map((row) => (
            <tr key={row.model}>
              <th scope="row">{TYPE_LABELS[row.model] ?? 'All'}</th>
              {COLUMNS.map(([key]) => (
                <td key={key}>{row[key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Flex gap={2} paddingTop={4} wrap="wrap">
        <Button onClick={() => download('needed')}>Export what needs work (XLIFF)</Button>
        <Button variant="secondary" onClick={() => download('all')}>
          Export everything (XLIFF)
        </Button>
      </Flex>
      <form onSubmit={upload}>
        <Flex gap={2} paddingTop={4} wrap="wrap" alignItems="center">
          <label htmlFor={inputId}>
            <Typography>Translated file for {language.name}</Typography>
          </label>
          <input id={inputId} name="file" type="file" accept=".xlf,.xliff,application/xliff+xml" required />
          <Button type="submit" variant="secondary" loading={busy}>
            Import as drafts
          </Button>
        </Flex>
      </form>
      {problem && (
        <Box paddingTop={4}>
          <Alert variant="danger" closeLabel="Hide" title="Not imported" onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        </Box>
      )}
      {report && (
        <Box paddingTop={4} role="status">
          <Typography tag="p">
            {report.entries} entries ({report.units} texts) saved as drafts in {language.name}: review them, then publish.
            {report.refused.length > 0 ? ` ${report.refused.length} refused:` : ' Nothing was refused.'}
          </Typography>
          {Object.keys(report.messages).length > 0 && (
            <Flex gap={2} paddingTop={2} wrap="wrap" alignItems="center">
              <Typography tag="p">
                {Object.keys(report.messages).length} interface texts translated. They are part of the site's code: give them to a developer
                for apps/web/messages/{language.locale}.json.
              </Typography>
              <Button variant="tertiary" onClick={() => saveMessages(language.locale, report.messages)}>
                Download interface texts (JSON)
              </Button>
            </Flex>
          )}
          {report.refused.length > 0 && (
            <ul>
              {report.refused.map((refusal) => (
                <li key={refusal.id + refusal.reason}>
                  <code>{refusal.id}</code>: {refusal.reason}
                </li>
              ))}
            </ul>
          )}
        </Box>
      )}
    </Box>
  );
}

export default function TranslationsPage() {
  const { get } = useFetchClient();
  const [languages, setLanguages] = useState<LanguageSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const { data } = await get('/admin/translations/summary');
      setLanguages((data as { data: LanguageSummary[] }).data);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, [get]);
  useEffect(() => {
    load();
  }, [load]);
  return (
    <Main>
      <Layouts.Header
        title="Translations"
        subtitle="What each language needs, a file for the translator (XLIFF 2.0, which every translation tool reads), and the file back as drafts."
      />
      <Layouts.Content>
        {problem && <Alert variant="danger" closeLabel="Hide" title="Translations">{problem}</Alert>}
        <Flex direction="column" alignItems="stretch" gap={6}>
          {(languages ?? []).map((language) => (
            <LanguageCard key={language.locale} language={language} onImported={load} />
          ))}
        </Flex>
      </Layouts.Content>
    </Main>
  );
}

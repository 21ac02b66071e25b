// Admin panel customisation: the message shown under a field whose value does not
// fit its pattern. Strapi's own ("The value does not match the regex.") means nothing to an editor,
// and the field's help text is hidden while an error shows, so the message itself says what fits.
// The patterned fields here are the hotline numbers and web addresses.
// And an Export button on the newsletter subscriptions list (newsletter-export.tsx), and the
// pending hotline change on every list and edit page (hotline-banner.tsx), and a partner webhook's
// "New signing secret" (webhook-secret.tsx). And the Translations page (translations-page.tsx), and
// "What waits" on the home page (work-waiting-widget.tsx), and the Content Manager's menu in
// the order editors work in (content-menu.ts), and the English beside a translation's edit view
// (translation-source.tsx), and the phone numbers to check beside an entry (numbers-panel.tsx).
import { Bell, Earth } from '@strapi/icons';
import { MENU_HOOKS, orderContentLinks } from './content-menu';
import { CompactHotlineChangeBanner, HotlineChangeBanner } from './hotline-banner';
import { HistoryPanel } from './history-panel';
import { NewsletterExportButton } from './newsletter-export';
import { NumbersPanel } from './numbers-panel';
import { TranslationSource } from './translation-source';
import { WebhookSecretButton } from './webhook-secret';

interface AdminApp {
  registerHook: (name: string, fn: (args: never) => unknown) => void;
  widgets: {
    register: (widget: { id: string; icon: unknown; title: { id: string; defaultMessage: string }; component: () => Promise<() => unknown> }) => void;
  };
  addMenuLink: (link: {
    to: string;
    icon: unknown;
    intlLabel: { id: string; defaultMessage: string };
    permissions: unknown[];
    Component: () => Promise<{ default: unknown }>;
  }) => void;
  getPlugin: (name: string) => { injectComponent: (view: string, zone: string, component: { name: string; Component: () => unknown }) => void };
}
export default {
  register(app: AdminApp) {
    app.widgets.register({
      id: 'work-waiting',
      icon: Bell,
      title: { id: 'maine-sten.work-waiting', defaultMessage: 'What waits' },
      component: async () => (await import('./work-waiting-widget')).WorkWaitingWidget,
    });
    app.addMenuLink({
      to: 'translations',
      icon: Earth,
      intlLabel: { id: 'maine-sten.translations', defaultMessage: 'Translations' },
      permissions: [],
      Component: () => import('./translations-page'),
    });
  },
  config: {
    translations: {
      en: {
        'components.Input.error.validation.regex':
          'Not in the expected format. Phone numbers are written like 1-888-373-7888; text (SMS) and TTY numbers as digits only, like 233733 or 711; web addresses start with https://.',
      },
    },
  },
  bootstrap(app: AdminApp) {
    for (const hook of MENU_HOOKS) app.registerHook(hook, orderContentLinks);
    app.getPlugin('content-manager').injectComponent('listView', 'actions', {
      name: 'newsletter-export',
      Component: NewsletterExportButton,
    });
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', { name: 'webhook-secret', Component: WebhookSecretButton });
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', { name: 'numbers-to-check', Component: NumbersPanel });
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', { name: 'translation-source', Component: TranslationSource });
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', { name: 'entry-history', Component: HistoryPanel });
    app.getPlugin('content-manager').injectComponent('listView', 'actions', { name: 'hotline-change-listView', Component: CompactHotlineChangeBanner });
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', { name: 'hotline-change-editView', Component: HotlineChangeBanner });
  },
};

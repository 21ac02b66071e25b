// The /partners page's texts (the site adds the hotline card's snippets and the API, directory and
// feed addresses below them): for partner agencies, 211, state and school sites. Written for the
// site; the Spanish and French are in translations/. Editors change them like any page.
import { paragraph } from './blocks';
import type { PageSeed } from './pages';

export const partnersPage: PageSeed = {
  title: 'For partners',
  slug: 'partners',
  summary: 'Show the hotline on your site, and use our content, our directory and our feeds in your own systems.',
  order: 90,
  showInNavigation: false,
  showInFooter: true,
  body: [
    {
      __component: 'sections.rich-text',
      body: [
        paragraph(
          'The content of this site is open to the agencies of the Provider Council, to 211 and to state and school sites. The hotline card, the directory and the feeds below are free to use and need no sign-up.',
        ),
      ],
    },
    {
      __component: 'sections.rich-text',
      heading: 'Ask for an API token',
      body: [
        paragraph(
          'With a token of its own, your system reads the content API with a limit of its own instead of the one shared by anonymous visitors. Write to us through the contact page: say who you are, what you will build and how often it will ask. MECASA staff send the token by a safe channel; it reads published content only.',
        ),
        paragraph(
          'We can also tell your server the moment something is published, changed or removed: a small signed message (Standard Webhooks) saying what changed, never anyone’s personal details. Ask for it in the same message, with the address it should go to.',
        ),
      ],
    },
    { __component: 'sections.page-links', heading: 'Write to us', pageSlugs: ['contact'] },
  ],
};

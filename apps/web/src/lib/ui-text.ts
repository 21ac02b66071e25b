// Every piece of interface text the site's code writes (organisation content comes from the CMS).
// Kept in one place, ready for translation.
import type { ResourceCategory } from '@maine-sten/content-client';

export const ui = {
  skipToContent: 'Skip to main content',
  skipToQuickExit: 'Skip to the exit button',
  quickExit: 'Exit this page',
  quickExitHint: 'Leave this site quickly: press Shift 3 times or use the Exit button.',
  /** Filled in by quick-exit.js as keys are pressed; {n} is the number of presses left. */
  quickExitCountdown: 'Press {key} {n} more times to exit this page.',
  quickExitCountdownOne: 'Press {key} 1 more time to exit this page.',
  quickExitLeaving: 'Leaving this page…',
  hotlineCall: 'Call',
  hotlineText: 'Text',
  hotlineTty: 'TTY',
  hotlineWebsite: 'Website',
  mainNavigation: 'Main',
  footerNavigation: 'Site',
  home: 'Home',
  faqJumpTo: 'Questions on this page',
  resourcesFilterLabel: 'Show resources about',
  resourcesFilterAll: 'All topics',
  resourcesFilterSubmit: 'Show',
  resourcesNone: 'There are no resources in this category yet.',
  resourceNoLink: 'Link coming soon',
  resourceDownload: 'Download',
  agencyWebsite: 'Website',
  citationLabel: 'Source',
  cmsUnavailable:
    'Some of this site is temporarily unavailable. The hotline numbers above are always correct.',
  notFoundTitle: 'Page not found',
  notFoundText: 'We could not find that page. It may have moved. Try one of these instead:',
  errorTitle: 'This page is temporarily unavailable',
  errorText: 'Please try again in a few minutes. If you need help now, contact the hotline above.',
  badRequestTitle: 'We could not understand that request',
  homeLink: 'Go to the home page',
  previewBanner: 'Preview — not published. Visitors see the published version.',
  previewExit: 'Exit preview',
} as const;

export const categoryLabels: Record<ResourceCategory, string> = {
  statutes: 'Statutes',
  outreachMaterials: 'Outreach materials',
  modelPoliciesAndProtocols: 'Model policies and protocols',
  screeningTools: 'Screening tools',
  videoSeries: 'Video series',
  newsletter: 'Newsletter',
  training: 'Training',
  localMultidisciplinaryTeams: 'Local multidisciplinary teams',
  maineAntiTraffickingEfforts: 'Maine anti-trafficking efforts',
  supportFund: 'Support fund',
};

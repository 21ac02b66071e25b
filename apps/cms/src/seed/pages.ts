// Pages built from shared/seeds/000: every heading and sentence that is not an FAQ, a principle,
// an agency or the hotline notice lives in one of these pages, once. Summaries and the home page's
// link list are navigation text written for the site (not seed sentences); editors can change them.
import { paragraph, type Blocks } from './blocks';
import type { PrincipleGroup } from './guiding-principles';

interface RichTextSection {
  __component: 'sections.rich-text';
  heading?: string;
  body: Blocks;
}
interface BulletedListSection {
  __component: 'sections.bulleted-list';
  heading?: string;
  intro?: string;
  items: { text: string }[];
}
interface CitationSection {
  __component: 'sections.citation';
  marker?: string;
  text: string;
}
interface HotlineSection {
  __component: 'sections.hotline';
  heading?: string;
}
interface PageLinksSection {
  __component: 'sections.page-links';
  heading?: string;
  /** Slugs of the linked pages; the importer turns them into relations. */
  pageSlugs: string[];
}
interface GuidingPrinciplesSection {
  __component: 'sections.guiding-principles';
  heading?: string;
  group: PrincipleGroup;
  citationMarker?: string;
}
interface CouncilAgenciesSection {
  __component: 'sections.council-agencies';
  heading?: string;
  intro?: string;
}
interface FaqListSection {
  __component: 'sections.faq-list';
  heading?: string;
}
interface ResourceListSection {
  __component: 'sections.resource-list';
  heading?: string;
}
export type FormName = 'contact' | 'trainingRequest' | 'newsletter';
export type FormFieldName =
  | 'name' | 'email' | 'phone' | 'replyBy' | 'message' | 'organization' | 'role' | 'county'
  | 'audience' | 'audienceSize' | 'format' | 'preferredDates' | 'topics' | 'consent';
interface FormSection {
  __component: 'sections.form';
  form: FormName;
  fieldHelp?: { field: FormFieldName; help: string }[];
  submitLabel?: string;
  confirmationHeading: string;
  confirmationText: string;
}

export type SectionSeed =
  | RichTextSection
  | BulletedListSection
  | CitationSection
  | HotlineSection
  | PageLinksSection
  | GuidingPrinciplesSection
  | CouncilAgenciesSection
  | FaqListSection
  | ResourceListSection
  | FormSection;

export interface PageSeed {
  title: string;
  slug: string;
  summary: string;
  order: number;
  showInNavigation: boolean;
  showInFooter?: boolean;
  body: SectionSeed[];
}

const items = (texts: string[]) => texts.map((text) => ({ text }));

export const pages: PageSeed[] = [
  // The three calls to action of the seed text ("Contact us", "Bring training to your work or
  // community", "sign up for our e-newsletter"), each a page with its form. Written for the site;
  // the forms' own notice (not for emergencies, the hotline) is added by the site from settings.
  {
    title: 'Contact us',
    slug: 'contact',
    summary: 'Ask us about training, trained facilitators in your community, or our work.',
    order: 60,
    showInNavigation: false,
    showInFooter: true,
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Write to us about training, about trained facilitators in your community, or about the work of the Maine Sex Trafficking and Exploitation Network. MECASA staff read every message and answer within a few working days.',
          ),
        ],
      },
      {
        __component: 'sections.form',
        form: 'contact',
        fieldHelp: [
          { field: 'phone', help: 'Only if you would like us to call you back.' },
          {
            field: 'message',
            help: 'Please do not write details of a situation someone is in right now: for that, contact the hotline.',
          },
        ],
        submitLabel: 'Send message',
        confirmationHeading: 'Thank you, your message was sent',
        confirmationText:
          'MECASA staff will answer within a few working days, in the way you chose. If you need help now, contact the hotline at the top of this page.',
      },
    ],
  },
  {
    title: 'Request training',
    slug: 'request-training',
    summary: 'Bring training on sex trafficking and exploitation to your work or community.',
    order: 70,
    showInNavigation: false,
    showInFooter: true,
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Maine STEN trains professionals and community groups across Maine to identify and support victim/survivors of human trafficking. Tell us about your group, and we will contact you to plan the training together.',
          ),
        ],
      },
      {
        __component: 'sections.form',
        form: 'trainingRequest',
        fieldHelp: [
          { field: 'role', help: 'Your job or role in the organization.' },
          { field: 'audience', help: 'Who would attend, for example school nurses, shelter staff or a faith community.' },
          { field: 'audienceSize', help: 'About how many people, as a number.' },
          { field: 'preferredDates', help: 'Optional. Dates or months that would suit you.' },
          { field: 'topics', help: 'Optional. What you would like the training to cover.' },
        ],
        submitLabel: 'Send request',
        confirmationHeading: 'Thank you, your request was sent',
        confirmationText:
          'MECASA staff will contact you within a few working days to plan the training with you.',
      },
    ],
  },
  {
    title: 'Newsletter',
    slug: 'newsletter',
    summary: 'Sign up for the quarterly Maine STEN e-newsletter.',
    order: 80,
    showInNavigation: false,
    showInFooter: true,
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'A quarterly emailed newsletter for anti-trafficking providers and everyone who cares about the issue in Maine. We first send you an email to confirm your address, and every newsletter has a link to unsubscribe.',
          ),
        ],
      },
      {
        __component: 'sections.form',
        form: 'newsletter',
        submitLabel: 'Sign up',
        confirmationHeading: 'Check your email',
        confirmationText:
          'We sent you an email with a link to confirm your sign-up. Nothing else is sent until you confirm. If it does not arrive within an hour, look in your spam folder.',
      },
    ],
  },
  {
    title: 'About Maine STEN',
    slug: 'about',
    summary: 'Who we are, and the training, tools and advocacy we offer across Maine.',
    order: 10,
    showInNavigation: true,
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'The Maine Sex Trafficking and Exploitation Network provides training, technical assistance, and resources to direct service providers engaged in anti-trafficking efforts in Maine, as well as community awareness and public policy support. The effort is supported by a statewide Provider Council, and it is a program of the Maine Coalition Against Sexual Assault.',
          ),
        ],
      },
      {
        __component: 'sections.bulleted-list',
        intro: 'Our efforts include:',
        items: items([
          'Training and technical assistance for local anti-trafficking efforts, direct services providers, and multidisciplinary teams across the state regarding nationally-recognized best practices.',
          'Tools to support more effective provision of services to anti-trafficking providers, such as a trafficking Survivor Support Fund, a quarterly emailed newsletter, and resources such as shared screening tools.',
          'A web-based collection of resources with links to Maine anti-trafficking efforts, Maine and national statutes related to trafficking, outreach materials, and model policies and protocols.',
          'Public policy advocacy to support a Maine-based anti-trafficking response that is informed by effective nationally-recognized practices and which meets the needs of the Maine community.',
        ]),
      },
      // Where the list above mentions the newsletter and training: how to take part.
      { __component: 'sections.page-links', heading: 'Take part', pageSlugs: ['newsletter', 'request-training', 'contact'] },
    ],
  },
  {
    title: 'Our Philosophy',
    slug: 'philosophy',
    summary: 'The guiding principles we ask of victim services and of training and awareness efforts.',
    order: 20,
    showInNavigation: true,
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Maine’s anti-trafficking efforts have grown tremendously in recent years, and more efforts than ever are beginning to take shape in the state. Because the issue is so complex, it is critical that new efforts follow common principles to ensure the highest level of quality. For that reason, the Maine Sex Trafficking and Exploitation Network supports the following philosophy regarding victim services and training/awareness efforts.',
          ),
        ],
      },
      {
        __component: 'sections.guiding-principles',
        heading: 'Guiding Principles',
        group: 'foundational',
        citationMarker: '1',
      },
      { __component: 'sections.guiding-principles', heading: 'Victim services should be:', group: 'victimServices' },
      {
        __component: 'sections.guiding-principles',
        heading: 'Training and awareness efforts should be:',
        group: 'trainingAndAwareness',
      },
      {
        __component: 'sections.citation',
        marker: '1',
        text: 'Adapted from the Wisconsin Human Trafficking Protocol and Resource Manual, 2012.',
      },
    ],
  },
  {
    title: 'Maine STEN Provider Council',
    slug: 'provider-council',
    summary: 'The statewide council of direct service providers that guides our work, and its member agencies.',
    order: 30,
    showInNavigation: true,
    body: [
      {
        __component: 'sections.bulleted-list',
        heading: 'Purpose:',
        items: items([
          'To inform local service provision and training as it pertains to statewide systems and resources.',
          'To provide updates to local anti-trafficking multidisciplinary teams.',
          'To inform protocols and distribution of the Survivor Support Fund coordinated by MECASA.',
        ]),
      },
      {
        __component: 'sections.bulleted-list',
        heading: 'Efforts:',
        intro:
          'The Maine STEN Provider Council supports MECASA staff in prioritizing anti-trafficking efforts, and developing a coherent statewide response from direct service providers on these issues. Some of the projects worked on by the Provider Council include:',
        items: items([
          'Supporting and advising the statewide needs assessment;',
          'Consultation on statewide training and outreach materials;',
          'Feedback on statewide service needs and gaps;',
          'Approval of protocols for Survivor Support Fund distribution; and',
          'Evaluation of National Human Trafficking Hotline referral protocol.',
        ]),
      },
      {
        __component: 'sections.council-agencies',
        heading: 'Participants:',
        intro:
          'All direct service providers represented on the AG’s Trafficking Work Group and service provider chairs of local anti-trafficking multidisciplinary teams are invited to participate. Participating agencies include:',
      },
    ],
  },
  {
    title: 'Frequently Asked Questions',
    slug: 'faq',
    summary: 'Answers to common questions about human trafficking in Maine and how to help.',
    order: 40,
    showInNavigation: true,
    body: [{ __component: 'sections.faq-list' }],
  },
  {
    title: 'Resources',
    slug: 'resources',
    summary: 'Statutes, outreach materials, model policies, screening tools, training and more.',
    order: 50,
    showInNavigation: true,
    body: [{ __component: 'sections.resource-list' }],
  },
  {
    // Written for the site (the seeds have no such page): where to get help right now, and how to
    // visit the site more safely on a shared or watched device. Editors own this text.
    title: 'Get help now',
    slug: 'get-help',
    summary: 'Call, text or TTY the National Human Trafficking Hotline, and stay safer while you browse.',
    order: 5,
    showInNavigation: true,
    body: [
      { __component: 'sections.hotline', heading: 'Contact the hotline' },
      {
        __component: 'sections.rich-text',
        heading: 'Staying safe online',
        body: [
          paragraph(
            'If someone else uses or checks your phone or computer, they may be able to see which websites you visited.',
          ),
          paragraph(
            'The “Exit this page” button at the top of every page, or pressing the Shift key three times, opens a weather website straight away and replaces this page in the tab’s history. It cannot remove pages of this site that you opened before.',
          ),
          paragraph(
            'To remove your visits, delete the pages of this site from your browser’s history, or browse in a private (incognito) window, which keeps no history once it is closed.',
          ),
          paragraph(
            'If you think your device is being watched, use one the other person cannot check, such as a friend’s phone or a computer at a public library.',
          ),
        ],
      },
      { __component: 'sections.page-links', heading: 'Learn more', pageSlugs: ['about', 'faq'] },
    ],
  },
  {
    title: 'Maine Sex Trafficking and Exploitation Network',
    slug: 'home',
    summary: 'Training, resources and a statewide Provider Council against sex trafficking and exploitation in Maine.',
    order: 0,
    showInNavigation: false,
    body: [
      { __component: 'sections.hotline' },
      { __component: 'sections.page-links', pageSlugs: ['get-help', 'about', 'philosophy', 'provider-council', 'faq', 'resources'] },
    ],
  },
];

// FAQ entries from shared/seeds/002 ("Frequently Asked Questions"), each paragraph once.
// The seed's hotline number in the last answer was wrong (1-800-…); the answer now carries the
// {{hotline.phone}} token, which the site replaces with siteSetting.hotline.phone.
import { paragraph, bulletList, DONATE_LINK, type Blocks } from './blocks';
import { toSlug } from './slug';

export interface FaqSeed {
  question: string;
  answer: Blocks;
  order: number;
}

const entries: FaqSeed[] = [
  {
    question: 'What is human trafficking?',
    order: 1,
    answer: [
      paragraph(
        'Human trafficking is a criminal act, where individuals are compelled into labor and/or commercial sex work through force, fraud or coercion, for economic gain of a trafficker.',
      ),
      paragraph('Any minor in commercial sex work is a victim/survivor of human trafficking.'),
      paragraph(
        'Human trafficking is a legal distinction. Some people are victims of exploitation, which is the abuse of a position of vulnerability, differential power, or trust where someone profits monetarily or socially from the labor or commercial sex of another person.',
      ),
      paragraph(
        'All human trafficking is exploitive, but not all exploitive acts are legally human trafficking. Human trafficking is defined by federal and state laws.',
      ),
    ],
  },
  {
    question: 'Why does human trafficking happen?',
    order: 2,
    answer: [
      paragraph(
        'Human trafficking is part of a continuum of violence and vulnerability, and deeply tied with economic instability, lack of access to education, the demand for cheap goods and services, racism, sexism and in many cases trauma or addiction.',
      ),
      paragraph(
        'The same circumstances that make someone vulnerable to sex trafficking also make someone vulnerable to labor trafficking – people who experience a lack of opportunity or isolation, lack of access to basic needs and poverty leads them to seek out opportunities for employment and can be easily exploited.',
      ),
      paragraph(
        'The variables that make foreign born individuals especially vulnerable to trafficking and exploitation include being non-English speakers, discrimination and racism, their legal status and lack of knowledge of labor rights and remedies.',
      ),
    ],
  },
  {
    question: 'Is human trafficking happening in Maine?',
    order: 3,
    answer: [
      paragraph(
        'The first Maine human trafficking needs assessment estimates the prevalence of sex trafficking in Maine ranges between 200 and 300 cases annually and law enforcement have identified victim/survivors of human trafficking in every county in Maine. Currently, we do not have enough information to determine the prevalence of labor trafficking. We know that nationally labor trafficking is more common than sex trafficking, so we assume that the same is true in Maine.',
      ),
    ],
  },
  {
    question: 'What’s being done to prevent trafficking and educate the community?',
    order: 4,
    answer: [
      paragraph(
        "Many factors make an individual vulnerable to trafficking, such as child sexual abuse, family trauma, housing instability, lack of employment and educational opportunities, and poverty. Any programming that alleviates these vulnerabilities, such as child sexual abuse prevention, sexual assault, and domestic violence, as well as programming supporting at-risk youth and education around worker's rights, are preventative for human trafficking.",
      ),
      paragraph(
        'Targeted, education-based intervention like the My Life My Choice curriculum with at-risk youth by trained clinicians, advocates and survivors is also an effective means of prevention. Contact us to find out if there are trained facilitators in your community.',
        { words: 'Contact us', url: '/contact' },
      ),
      paragraph(
        'There is a statewide effort to train professionals who are most likely to already be working with victim/survivors of human trafficking to learn how to identify and support victim/survivors.',
      ),
      paragraph(
        'Additionally, in 2016 all Child Protection Services case workers were trained on the commercial sexual exploitation of children, and in 2017 human trafficking will be included as mandatory law enforcement training statewide.',
      ),
    ],
  },
  {
    question: 'Do we need more laws?',
    order: 5,
    answer: [
      paragraph(
        'Policy and legislation plays a role in responding to human trafficking in Maine, but it is only one piece of the puzzle. A study by the National Institute of Justice found that “comprehensive laws that invested in fiscal and human resources increased arrests and prosecutions for human trafficking… But what was more surprising is that harsher criminal penalties did not. These results suggest that, while harsher criminal sentences may be an ‘easy sell’ for state legislators, it does not produce law enforcement outcomes.”',
      ),
      paragraph(
        'Effective public policy to address human trafficking cannot only address offender accountability and increase prosecution, but must also address root causes of the issue as well as enhance safety, services, and dignity for victims.',
      ),
    ],
  },
  {
    question: 'How is human trafficking related to sex work?',
    order: 6,
    answer: [
      paragraph(
        'These issues are complicated and often depend on how a victim identifies, how the law defines the acts allegedly committed, whether there is a trafficker involved, and many other concerns.',
      ),
      paragraph(
        "Because human trafficking and working in the commercial sex industry both intersect with broader social concerns, such as poverty, classism, racism, and criminalized behavior, it isn't always a clear distinction between the individuals who are trafficked, exploited, trapped, stuck, forgotten, or making a choice by circumstance, and those who are making a free and informed choice. Individuals can exist across this spectrum throughout their lives.",
      ),
    ],
  },
  {
    question: 'How can we keep victims safe?',
    order: 7,
    answer: [
      paragraph(
        'The needs of human trafficking victims are significant because of their victimization and because of the underlying vulnerabilities that were often part of their lives before they became victims of trafficking. For example, 80% of clients working with the Preble Street Anti-Trafficking Coalition had unstable housing before they were trafficked; most of those surveyed also experienced a range of unaddressed previous trauma.',
      ),
      paragraph(
        'Supporting victims’ safety includes addressing safe and appropriate housing, medical and mental health treatment, dignity and respect from the criminal justice system, basic needs, stable residential status within the US and the opportunity to regain control and choice in their own lives. This is done through collaboration by multiple disciplinary agencies, all of whom have roles and responsibilities to the victim/survivor and to community partners.',
      ),
    ],
  },
  {
    question: 'How can I help?',
    order: 8,
    answer: [
      bulletList([
        // The site links DONATE_LINK to the Donate URL of Site settings, or shows plain text while it is empty.
        [
          'Donate to the Maine Sex Trafficking and Exploitation Network Victim Fund.',
          { words: 'Donate to the Maine Sex Trafficking and Exploitation Network Victim Fund', url: DONATE_LINK },
        ],
        ['Bring training to your work or community.', { words: 'Bring training to your work or community', url: '/request-training' }],
        'Engage in prevention efforts by supporting communities vulnerable to trafficking. That could include volunteering your time as a mentor at Big Brothers, Big Sisters or at Boys and Girls Clubs, at a local youth shelter or immigrant services provider or becoming a foster parent.',
        'Donate to agencies who support immigrants and refugees including immigrant rights, medical care and education and resources.',
        'Support survivor-lead programs, labor rights efforts and access to civil legal services.',
        'Avoid contributing to the exploitative culture of rescuing victims, rather than supporting their safety --keep information on your social media free of sensationalized images of trafficking, which perpetuate myths of how and why this occurs.',
        'Distribute outreach materials to your community schools, places of worship, service providers and law enforcement.',
        'Support the state’s efforts to fund services for victims and fair labor practices for workers.',
        [
          'Learn more about the issue, watch our Maine STEN sex trafficking video series and sign up for our e-newsletter.',
          { words: 'sign up for our e-newsletter', url: '/newsletter' },
        ],
        'Consider your own philosophy and values around how anti-trafficking work is done.',
        'Engage your agency in a conversation to define the issue of human trafficking and explore philosophical approaches to the work.',
        'Join your local anti-trafficking multidisciplinary team and support victim-centered, trauma-informed services.',
      ]),
    ],
  },
  {
    question: 'If I suspect human trafficking, what should I do?',
    order: 9,
    answer: [
      paragraph(
        'Call the National Human Trafficking Hotline, {{hotline.phone}}. They are prepared to offer resources and referrals, and can also gather tip data to identify trends and rates of human trafficking.',
      ),
    ],
  },
];

export const faqs = entries.map((entry) => ({ ...entry, slug: toSlug(entry.question) }));

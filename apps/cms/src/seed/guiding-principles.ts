// Guiding principles from shared/seeds/000 ("Our Philosophy"), in three groups (4 + 2 + 4).
// The Wisconsin citation is not repeated here: it is stored once, as a section of the Philosophy page.

export type PrincipleGroup = 'foundational' | 'victimServices' | 'trainingAndAwareness';

export interface GuidingPrincipleSeed {
  statement: string;
  group: PrincipleGroup;
  order: number;
}

const inGroup = (group: PrincipleGroup, statements: string[]): GuidingPrincipleSeed[] =>
  statements.map((statement, index) => ({ statement, group, order: index + 1 }));

export const guidingPrinciples: GuidingPrincipleSeed[] = [
  ...inGroup('foundational', [
    'Human trafficking violates a person’s human rights.',
    'There are many conditions that foster human trafficking, including: poverty, forced migration, racism, sexism, homophobia, xenophobia, and classism.',
    'The intersections of oppression (gender, immigration status, disability, history of abuse, economic status, ethnic background, sexual orientation, etc.) are risk factors for trafficking and present barriers to accessing services.',
    'Individuals and organizations alone cannot end the conditions that promote human trafficking, and a broad community response is necessary to make social and institutional change.',
  ]),
  ...inGroup('victimServices', [
    'Trauma-informed, evidenced-informed, and based on the empowerment model of service provision and recovery. An empowerment model of service provision is strengths-based, comprehensive and respects an individual’s autonomy and self-determination.',
    "Connected formally and informally with a survivor-centered, multi-disciplinary/ response, and informed by organizational policies and protocols. In a survivor-centered approach, the survivor's wishes, safety, and well-being take priority.",
  ]),
  ...inGroup('trainingAndAwareness', [
    'Built on existing statewide and/or regional training efforts and curricula.',
    'Reliant on local expertise and information and connected with local experts as well as statewide infrastructure.',
    'Strategically aimed at audiences where there is the highest risk for exploitation or the greatest opportunity for identification and referral.',
    'Inclusive of survivors in the development and implementation of programming.',
  ]),
];

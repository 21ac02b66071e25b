// French (fr) translation of the seed content. Many readers are survivors of trafficking and
// immigrants (many from Burundi, the DRC, Congo and Haiti) who read little English, so the text is
// plain French that Central African and Québécois readers both understand, says "vous", and says
// exactly what the English says: nothing added, nothing softened.
// Terms follow /work/shared/translation-glossary.md and apps/web/messages/fr.json (where the interface
// already chose a word, it wins: « ligne d’aide », « lettre d’information », « outils de repérage »,
// « équipes pluridisciplinaires »). People are named without a gender mark where French allows it
// (« personne survivante »), otherwise with the middle dot (survivant·e·s). Organisation and program
// names stay in English. Numbers come only from the English; hotline numbers only from {{hotline.phone}}.
import { bulletList, DONATE_LINK, paragraph } from '../blocks';
import type { ContentTranslation, FaqTranslation, PageTranslation, ResourceTranslation } from './types';

const items = (texts: string[]) => texts.map((text) => ({ text }));

// --- Pages (pages.ts and partners-page.ts), by slug ---------------------------------------------

const pages: Record<string, PageTranslation> = {
  contact: {
    title: 'Nous contacter',
    summary:
      'Posez-nous vos questions sur la formation, sur les animatrices et animateurs formés dans votre communauté, ou sur notre travail.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Écrivez-nous au sujet de la formation, des animatrices et animateurs formés dans votre communauté, ou du travail du Maine Sex Trafficking and Exploitation Network. Le personnel de MECASA lit chaque message et répond dans un délai de quelques jours ouvrables.',
          ),
        ],
      },
      {
        __component: 'sections.form',
        form: 'contact',
        fieldHelp: [
          { field: 'phone', help: 'Seulement si vous voulez que nous vous rappelions.' },
          {
            field: 'message',
            help: 'Merci de ne pas écrire les détails d’une situation que vit une personne en ce moment : pour cela, contactez la ligne d’aide.',
          },
        ],
        submitLabel: 'Envoyer le message',
        confirmationHeading: 'Merci, votre message a été envoyé',
        confirmationText:
          'Le personnel de MECASA vous répondra dans un délai de quelques jours ouvrables, de la façon que vous avez choisie. Si vous avez besoin d’aide maintenant, contactez la ligne d’aide en haut de cette page.',
      },
    ],
  },
  'request-training': {
    title: 'Demander une formation',
    summary:
      'Faites venir une formation sur la traite à des fins d’exploitation sexuelle et sur l’exploitation dans votre milieu de travail ou votre communauté.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Maine STEN forme des professionnel·le·s et des groupes communautaires dans tout le Maine, pour repérer et soutenir les victimes/survivant·e·s de la traite des êtres humains. Parlez-nous de votre groupe : nous vous contacterons pour préparer la formation ensemble.',
          ),
        ],
      },
      {
        __component: 'sections.form',
        form: 'trainingRequest',
        fieldHelp: [
          { field: 'role', help: 'Votre poste ou votre rôle dans l’organisme.' },
          {
            field: 'audience',
            help: 'Qui participerait, par exemple le personnel infirmier scolaire, le personnel d’un refuge ou un groupe religieux.',
          },
          { field: 'audienceSize', help: 'Environ combien de personnes, en chiffres.' },
          { field: 'preferredDates', help: 'Facultatif. Les dates ou les mois qui vous conviendraient.' },
          { field: 'topics', help: 'Facultatif. Ce que vous aimeriez que la formation aborde.' },
        ],
        submitLabel: 'Envoyer la demande',
        confirmationHeading: 'Merci, votre demande a été envoyée',
        confirmationText:
          'Le personnel de MECASA vous contactera dans un délai de quelques jours ouvrables pour préparer la formation avec vous.',
      },
    ],
  },
  newsletter: {
    title: 'Lettre d’information',
    summary: 'Abonnez-vous à la lettre d’information trimestrielle de Maine STEN, envoyée par e-mail.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Une lettre d’information trimestrielle envoyée par e-mail, pour les prestataires de la lutte contre la traite et pour toutes les personnes qui se sentent concernées par cette question dans le Maine. Nous vous envoyons d’abord un e-mail pour confirmer votre adresse, et chaque lettre contient un lien pour vous désabonner.',
          ),
        ],
      },
      {
        __component: 'sections.form',
        form: 'newsletter',
        submitLabel: 'S’abonner',
        confirmationHeading: 'Regardez vos e-mails',
        confirmationText:
          'Nous vous avons envoyé un e-mail avec un lien pour confirmer votre abonnement. Rien d’autre ne vous sera envoyé tant que vous n’aurez pas confirmé. Si l’e-mail n’arrive pas dans l’heure, regardez dans votre dossier de courrier indésirable (spam).',
      },
    ],
  },
  about: {
    title: 'À propos de Maine STEN',
    summary: 'Qui nous sommes, et la formation, les outils et le plaidoyer que nous proposons dans tout le Maine.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Le Maine Sex Trafficking and Exploitation Network offre de la formation, de l’assistance technique et des ressources aux prestataires de services directs qui agissent contre la traite dans le Maine. Il offre aussi de la sensibilisation auprès de la communauté et un soutien en matière de politiques publiques. Ce travail est soutenu par un Conseil des prestataires à l’échelle de l’État. C’est un programme de la Maine Coalition Against Sexual Assault (Coalition du Maine contre les agressions sexuelles).',
          ),
        ],
      },
      {
        __component: 'sections.bulleted-list',
        intro: 'Nos actions comprennent :',
        items: items([
          'De la formation et de l’assistance technique sur les bonnes pratiques reconnues à l’échelle nationale, pour les actions locales de lutte contre la traite, les prestataires de services directs et les équipes pluridisciplinaires de tout l’État.',
          'Des outils pour aider les prestataires de la lutte contre la traite à offrir des services plus efficaces, comme un Fonds de soutien aux survivant·e·s de la traite (Survivor Support Fund), une lettre d’information trimestrielle envoyée par e-mail et des ressources comme des outils de repérage partagés.',
          'Une collection de ressources en ligne, avec des liens vers les actions de lutte contre la traite dans le Maine, les lois du Maine et les lois nationales sur la traite, des documents de sensibilisation, ainsi que des politiques et protocoles types.',
          'Un plaidoyer en matière de politiques publiques, pour soutenir une réponse à la traite propre au Maine, fondée sur des pratiques efficaces reconnues à l’échelle nationale et qui répond aux besoins de la communauté du Maine.',
        ]),
      },
      { __component: 'sections.page-links', heading: 'Participer', pageSlugs: ['newsletter', 'request-training', 'contact'] },
    ],
  },
  philosophy: {
    title: 'Notre philosophie',
    summary:
      'Les principes directeurs que nous demandons aux services aux victimes et aux actions de formation et de sensibilisation.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'La lutte contre la traite dans le Maine s’est énormément développée ces dernières années, et plus d’actions que jamais commencent à prendre forme dans l’État. Comme la question est très complexe, il est essentiel que les nouvelles actions suivent des principes communs, pour garantir le plus haut niveau de qualité. C’est pourquoi le Maine Sex Trafficking and Exploitation Network soutient la philosophie suivante pour les services aux victimes et les actions de formation et de sensibilisation.',
          ),
        ],
      },
      {
        __component: 'sections.guiding-principles',
        heading: 'Principes directeurs',
        group: 'foundational',
        citationMarker: '1',
      },
      { __component: 'sections.guiding-principles', heading: 'Les services aux victimes devraient être :', group: 'victimServices' },
      {
        __component: 'sections.guiding-principles',
        heading: 'Les actions de formation et de sensibilisation devraient être :',
        group: 'trainingAndAwareness',
      },
      {
        __component: 'sections.citation',
        marker: '1',
        text: 'Adapté du Wisconsin Human Trafficking Protocol and Resource Manual, 2012.',
      },
    ],
  },
  'provider-council': {
    title: 'Conseil des prestataires de Maine STEN',
    summary:
      'Le conseil des prestataires de services directs, à l’échelle de l’État, qui guide notre travail, et ses organismes membres.',
    body: [
      {
        __component: 'sections.bulleted-list',
        heading: 'Objectifs :',
        items: items([
          'Guider les services et la formation au niveau local, pour ce qui touche aux systèmes et aux ressources de l’État.',
          'Tenir informées les équipes pluridisciplinaires locales de lutte contre la traite.',
          'Guider les protocoles et la distribution du Fonds de soutien aux survivant·e·s (Survivor Support Fund), coordonné par MECASA.',
        ]),
      },
      {
        __component: 'sections.bulleted-list',
        heading: 'Actions :',
        intro:
          'Le Conseil des prestataires de Maine STEN aide le personnel de MECASA à fixer les priorités de la lutte contre la traite, et à construire une réponse cohérente des prestataires de services directs sur ces questions, à l’échelle de l’État. Voici quelques-uns des projets sur lesquels le Conseil des prestataires a travaillé :',
        items: items([
          'Soutien et conseils pour l’évaluation des besoins à l’échelle de l’État ;',
          'Consultation sur les documents de formation et de sensibilisation à l’échelle de l’État ;',
          'Avis sur les besoins et les manques de services à l’échelle de l’État ;',
          'Approbation des protocoles de distribution du Fonds de soutien aux survivant·e·s ; et',
          'Évaluation du protocole d’orientation de la Ligne nationale contre la traite des êtres humains (National Human Trafficking Hotline).',
        ]),
      },
      {
        __component: 'sections.council-agencies',
        heading: 'Participation :',
        intro:
          'Sont invités à participer : tous les prestataires de services directs représentés au groupe de travail sur la traite du procureur général (AG’s Trafficking Work Group), et les prestataires de services qui président les équipes pluridisciplinaires locales de lutte contre la traite. Parmi les organismes participants :',
      },
    ],
  },
  faq: {
    title: 'Questions fréquentes',
    summary: 'Réponses aux questions courantes sur la traite des êtres humains dans le Maine et sur la façon d’aider.',
    body: [{ __component: 'sections.faq-list' }],
  },
  resources: {
    title: 'Ressources',
    summary: 'Lois, documents de sensibilisation, politiques types, outils de repérage, formation et plus encore.',
    body: [{ __component: 'sections.resource-list' }],
  },
  'get-help': {
    title: 'Obtenir de l’aide maintenant',
    summary:
      'Appelez la Ligne nationale contre la traite des êtres humains, envoyez-lui un SMS ou utilisez le TTY, et soyez plus en sécurité quand vous naviguez.',
    body: [
      { __component: 'sections.hotline', heading: 'Contacter la ligne d’aide' },
      {
        __component: 'sections.rich-text',
        heading: 'Rester en sécurité en ligne',
        body: [
          paragraph(
            'Si une autre personne utilise ou vérifie votre téléphone ou votre ordinateur, elle pourrait voir quels sites web vous avez visités.',
          ),
          paragraph(
            'Le bouton « Quitter cette page », en haut de chaque page, ouvre tout de suite un site de météo et remplace cette page dans l’historique de l’onglet. Appuyer trois fois sur la touche Maj fait la même chose. Cela ne peut pas effacer les pages de ce site que vous avez ouvertes avant.',
          ),
          paragraph(
            'Pour effacer vos visites, supprimez les pages de ce site de l’historique de votre navigateur, ou naviguez dans une fenêtre privée (incognito), qui ne garde aucun historique une fois fermée.',
          ),
          paragraph(
            'Si vous pensez que votre appareil est surveillé, utilisez-en un que l’autre personne ne peut pas vérifier, comme le téléphone d’une amie ou d’un ami, ou un ordinateur d’une bibliothèque publique.',
          ),
        ],
      },
      { __component: 'sections.page-links', heading: 'En savoir plus', pageSlugs: ['about', 'faq'] },
    ],
  },
  home: {
    title: 'Maine Sex Trafficking and Exploitation Network',
    summary:
      'Formation, ressources et un Conseil des prestataires à l’échelle de l’État, contre la traite à des fins d’exploitation sexuelle et l’exploitation dans le Maine.',
    body: [
      { __component: 'sections.hotline' },
      { __component: 'sections.page-links', pageSlugs: ['get-help', 'about', 'philosophy', 'provider-council', 'faq', 'resources'] },
    ],
  },
  partners: {
    title: 'Pour les partenaires',
    summary:
      'Affichez la ligne d’aide sur votre site, et utilisez notre contenu, notre annuaire et nos flux dans vos propres systèmes.',
    body: [
      {
        __component: 'sections.rich-text',
        body: [
          paragraph(
            'Le contenu de ce site est ouvert aux organismes du Conseil des prestataires, au 211 et aux sites de l’État et des écoles. La carte de la ligne d’aide, l’annuaire et les flux ci-dessous sont libres d’utilisation, sans inscription.',
          ),
        ],
      },
      {
        __component: 'sections.rich-text',
        heading: 'Demander un jeton d’API',
        body: [
          paragraph(
            'Avec son propre jeton, votre système lit l’API de contenu avec sa propre limite, au lieu de celle que partagent les visiteurs anonymes. Écrivez-nous depuis la page de contact : dites qui vous êtes, ce que vous allez construire et à quelle fréquence il interrogera l’API. Le personnel de MECASA vous envoie le jeton par un moyen sûr ; ce jeton ne lit que le contenu publié.',
          ),
          paragraph(
            'Nous pouvons aussi prévenir votre serveur dès qu’un contenu est publié, modifié ou retiré : un court message signé (Standard Webhooks) qui dit ce qui a changé, jamais les données personnelles de quiconque. Demandez-le dans le même message, avec l’adresse à laquelle il doit arriver.',
          ),
        ],
      },
      { __component: 'sections.page-links', heading: 'Écrivez-nous', pageSlugs: ['contact'] },
    ],
  },
};

// --- Frequently asked questions (faqs.ts), by the English question's slug ---------------------

const faqs: Record<string, FaqTranslation> = {
  'what-is-human-trafficking': {
    question: 'Qu’est-ce que la traite des êtres humains ?',
    answer: [
      paragraph(
        'La traite des êtres humains est un acte criminel. Des personnes sont contraintes au travail et/ou au commerce du sexe par la force, la fraude ou la coercition, pour le profit économique d’un trafiquant ou d’une trafiquante.',
      ),
      paragraph('Toute personne mineure dans le commerce du sexe est une victime/survivant·e de la traite des êtres humains.'),
      paragraph(
        'La traite des êtres humains est une catégorie juridique. Certaines personnes sont victimes d’exploitation. L’exploitation, c’est abuser d’une situation de vulnérabilité, d’un rapport de pouvoir inégal ou d’une relation de confiance, quand quelqu’un tire un profit financier ou social du travail ou du commerce du sexe d’une autre personne.',
      ),
      paragraph(
        'Toute traite des êtres humains est de l’exploitation, mais tous les actes d’exploitation ne sont pas de la traite des êtres humains au sens de la loi. La traite des êtres humains est définie par les lois fédérales et par les lois des États.',
      ),
    ],
  },
  'why-does-human-trafficking-happen': {
    question: 'Pourquoi la traite des êtres humains existe-t-elle ?',
    answer: [
      paragraph(
        'La traite des êtres humains fait partie d’un continuum de violence et de vulnérabilité. Elle est étroitement liée à l’instabilité économique, au manque d’accès à l’éducation, à la demande de biens et de services bon marché, au racisme, au sexisme et, dans de nombreux cas, aux traumatismes ou à la dépendance.',
      ),
      paragraph(
        'Les situations qui rendent une personne vulnérable à la traite à des fins d’exploitation sexuelle la rendent aussi vulnérable à la traite à des fins d’exploitation par le travail. Le manque de perspectives ou l’isolement, le manque d’accès aux besoins de base et la pauvreté poussent des personnes à chercher du travail, et elles peuvent alors être facilement exploitées.',
      ),
      paragraph(
        'Plusieurs facteurs rendent les personnes nées à l’étranger particulièrement vulnérables à la traite et à l’exploitation, notamment : ne pas parler anglais, la discrimination et le racisme, leur statut juridique, et le manque de connaissance de leurs droits au travail et des recours possibles.',
      ),
    ],
  },
  'is-human-trafficking-happening-in-maine': {
    question: 'La traite des êtres humains existe-t-elle dans le Maine ?',
    answer: [
      paragraph(
        'La première évaluation des besoins sur la traite des êtres humains dans le Maine estime qu’il y a entre 200 et 300 cas de traite à des fins d’exploitation sexuelle par an dans le Maine. Les forces de l’ordre ont repéré des victimes/survivant·e·s de la traite des êtres humains dans tous les comtés du Maine. Pour l’instant, nous n’avons pas assez d’informations pour savoir à quel point la traite à des fins d’exploitation par le travail est répandue. Nous savons qu’à l’échelle nationale, la traite à des fins d’exploitation par le travail est plus fréquente que la traite à des fins d’exploitation sexuelle : nous supposons donc que c’est aussi le cas dans le Maine.',
      ),
    ],
  },
  'whats-being-done-to-prevent-trafficking-and-educate-the-community': {
    question: 'Que fait-on pour prévenir la traite et sensibiliser la communauté ?',
    answer: [
      paragraph(
        'De nombreux facteurs rendent une personne vulnérable à la traite, comme les violences sexuelles subies dans l’enfance, les traumatismes familiaux, l’instabilité du logement, le manque de possibilités d’emploi et d’études, et la pauvreté. Tous les programmes qui réduisent ces vulnérabilités aident à prévenir la traite des êtres humains : par exemple les programmes de prévention des violences sexuelles envers les enfants, des agressions sexuelles et de la violence conjugale, ainsi que les programmes qui soutiennent les jeunes à risque et ceux qui informent sur les droits au travail.',
      ),
      paragraph(
        'Des interventions ciblées, fondées sur l’éducation, sont aussi un moyen de prévention efficace : par exemple le programme My Life My Choice, mené auprès de jeunes à risque par des personnes formées (thérapeutes, intervenant·e·s et personnes survivantes). Contactez-nous pour savoir s’il y a des animatrices et animateurs formés dans votre communauté.',
        { words: 'Contactez-nous', url: '/contact' },
      ),
      paragraph(
        'Une action à l’échelle de l’État forme les professionnel·le·s qui sont les plus susceptibles de travailler déjà avec des victimes/survivant·e·s de la traite des êtres humains, pour leur apprendre à repérer et à soutenir les victimes/survivant·e·s.',
      ),
      paragraph(
        'De plus, en 2016, tout le personnel chargé des dossiers aux Child Protection Services (services de protection de l’enfance) a été formé sur l’exploitation sexuelle des enfants à des fins commerciales. En 2017, la traite des êtres humains sera incluse dans la formation obligatoire des forces de l’ordre dans tout l’État.',
      ),
    ],
  },
  'do-we-need-more-laws': {
    question: 'Avons-nous besoin de plus de lois ?',
    answer: [
      paragraph(
        'Les politiques publiques et les lois jouent un rôle dans la réponse à la traite des êtres humains dans le Maine, mais ce n’est qu’une pièce du puzzle. Une étude du National Institute of Justice (Institut national de la justice des États-Unis) a montré que « les lois complètes, qui investissaient dans des ressources financières et humaines, ont augmenté les arrestations et les poursuites pour traite des êtres humains… Mais, plus surprenant, des peines pénales plus sévères n’ont pas eu cet effet. Ces résultats suggèrent que, même si des peines pénales plus sévères sont peut-être “faciles à vendre” pour les parlementaires des États, elles ne produisent pas de résultats pour les forces de l’ordre. »',
      ),
      paragraph(
        'Pour être efficaces contre la traite des êtres humains, les politiques publiques ne peuvent pas seulement faire répondre les auteurs de leurs actes et augmenter les poursuites. Elles doivent aussi s’attaquer aux causes profondes du problème, et améliorer la sécurité, les services et la dignité des victimes.',
      ),
    ],
  },
  'how-is-human-trafficking-related-to-sex-work': {
    question: 'Quel est le lien entre la traite des êtres humains et le travail du sexe ?',
    answer: [
      paragraph(
        'Ces questions sont complexes. Elles dépendent souvent de la façon dont une victime s’identifie, de la façon dont la loi définit les actes qui auraient été commis, de la présence ou non d’un trafiquant ou d’une trafiquante, et de bien d’autres éléments.',
      ),
      paragraph(
        'La traite des êtres humains et le travail dans le commerce du sexe sont tous les deux liés à des problèmes sociaux plus larges, comme la pauvreté, le classisme, le racisme et les comportements criminalisés. C’est pourquoi la différence n’est pas toujours claire entre les personnes victimes de traite, exploitées, piégées, coincées, oubliées ou qui font un choix imposé par les circonstances, et celles qui font un choix libre et éclairé. Au cours de leur vie, des personnes peuvent se trouver à différents points de cet éventail.',
      ),
    ],
  },
  'how-can-we-keep-victims-safe': {
    question: 'Comment pouvons-nous assurer la sécurité des victimes ?',
    answer: [
      paragraph(
        'Les victimes de la traite des êtres humains ont des besoins importants, à cause de ce qu’elles ont subi et à cause des vulnérabilités qui faisaient souvent déjà partie de leur vie avant qu’elles deviennent victimes de la traite. Par exemple, 80 % des personnes suivies par la Preble Street Anti-Trafficking Coalition n’avaient pas de logement stable avant d’être victimes de la traite ; la plupart des personnes interrogées avaient aussi vécu divers traumatismes passés qui n’avaient jamais été pris en charge.',
      ),
      paragraph(
        'Soutenir la sécurité des victimes, c’est répondre à plusieurs besoins : un logement sûr et adapté, des soins médicaux et de santé mentale, la dignité et le respect de la part du système de justice pénale, les besoins de base, un statut de résidence stable aux États-Unis, et la possibilité de reprendre le contrôle de leur propre vie et de faire leurs propres choix. Cela se fait grâce à la collaboration d’organismes de plusieurs disciplines, qui ont tous des rôles et des responsabilités envers la victime/survivant·e et envers les partenaires de la communauté.',
      ),
    ],
  },
  'how-can-i-help': {
    question: 'Comment puis-je aider ?',
    answer: [
      bulletList([
        [
          'Faites un don au fonds pour les victimes (Victim Fund) du Maine Sex Trafficking and Exploitation Network.',
          {
            words: 'Faites un don au fonds pour les victimes (Victim Fund) du Maine Sex Trafficking and Exploitation Network',
            url: DONATE_LINK,
          },
        ],
        [
          'Faites venir une formation dans votre milieu de travail ou votre communauté.',
          { words: 'Faites venir une formation dans votre milieu de travail ou votre communauté', url: '/request-training' },
        ],
        'Participez à la prévention en soutenant les communautés vulnérables à la traite. Par exemple : faire du mentorat bénévole chez Big Brothers, Big Sisters ou aux Boys and Girls Clubs, dans un refuge local pour les jeunes ou chez un prestataire de services aux personnes immigrantes, ou devenir famille d’accueil.',
        'Faites des dons aux organismes qui soutiennent les personnes immigrantes et réfugiées, notamment pour les droits des personnes immigrantes, les soins médicaux, l’éducation et les ressources.',
        'Soutenez les programmes dirigés par des personnes survivantes, les actions pour les droits au travail et l’accès à l’aide juridique en matière civile.',
        'Évitez de contribuer à la culture d’exploitation qui consiste à secourir les victimes plutôt qu’à soutenir leur sécurité : sur vos réseaux sociaux, ne publiez pas d’images sensationnalistes de la traite, qui entretiennent des mythes sur la façon dont elle se produit et sur ses causes.',
        'Distribuez des documents de sensibilisation dans votre communauté : écoles, lieux de culte, prestataires de services et forces de l’ordre.',
        'Soutenez les efforts de l’État pour financer les services aux victimes et des pratiques de travail équitables pour les personnes qui travaillent.',
        [
          'Informez-vous sur la question, regardez notre série de vidéos de Maine STEN sur la traite à des fins d’exploitation sexuelle et abonnez-vous à notre lettre d’information.',
          { words: 'abonnez-vous à notre lettre d’information', url: '/newsletter' },
        ],
        'Réfléchissez à votre propre philosophie et à vos valeurs sur la façon de mener le travail de lutte contre la traite.',
        'Lancez une discussion dans votre organisme pour définir la question de la traite des êtres humains et explorer différentes approches philosophiques de ce travail.',
        'Rejoignez votre équipe pluridisciplinaire locale de lutte contre la traite et soutenez des services centrés sur les victimes et tenant compte des traumatismes.',
      ]),
    ],
  },
  'if-i-suspect-human-trafficking-what-should-i-do': {
    question: 'Si je soupçonne un cas de traite des êtres humains, que dois-je faire ?',
    answer: [
      paragraph(
        'Appelez la Ligne nationale contre la traite des êtres humains (National Human Trafficking Hotline), au {{hotline.phone}}. Elle peut vous proposer des ressources et vous orienter vers des services. Elle peut aussi recueillir les signalements pour repérer les tendances et les taux de traite des êtres humains.',
      ),
    ],
  },
};

// --- Guiding principles (guiding-principles.ts), in the English order -------------------------
// Each group continues its heading on the Philosophy page: "Les services aux victimes devraient
// être :" (masculine plural) and "Les actions de formation et de sensibilisation devraient être :"
// (feminine plural).

const principles: ContentTranslation['principles'] = {
  foundational: [
    'La traite des êtres humains viole les droits humains d’une personne.',
    'De nombreuses conditions favorisent la traite des êtres humains, notamment : la pauvreté, la migration forcée, le racisme, le sexisme, l’homophobie, la xénophobie et le classisme.',
    'Les oppressions qui se croisent (genre, statut d’immigration, handicap, violences subies dans le passé, situation économique, origine ethnique, orientation sexuelle, etc.) sont des facteurs de risque de traite et font obstacle à l’accès aux services.',
    'Les personnes et les organismes ne peuvent pas, seuls, mettre fin aux conditions qui favorisent la traite des êtres humains : une large réponse de la communauté est nécessaire pour changer la société et les institutions.',
  ],
  victimServices: [
    'Tenant compte des traumatismes, fondés sur des preuves et basés sur le modèle d’autonomisation de la prestation de services et du rétablissement. Un modèle d’autonomisation de la prestation de services s’appuie sur les forces, est global et respecte l’autonomie et l’autodétermination de la personne.',
    'Liés, de façon formelle et informelle, à une réponse pluridisciplinaire centrée sur la personne survivante, et guidés par les politiques et les protocoles des organismes. Dans une approche centrée sur la personne survivante, les souhaits, la sécurité et le bien-être de cette personne passent en premier.',
  ],
  trainingAndAwareness: [
    'Fondées sur les actions de formation et les programmes de formation qui existent déjà à l’échelle de l’État et/ou de la région.',
    'Appuyées sur l’expertise et l’information locales, et liées aux spécialistes de la région ainsi qu’aux structures à l’échelle de l’État.',
    'Ciblées de façon stratégique sur les publics où le risque d’exploitation est le plus élevé, ou bien où les possibilités de repérage et d’orientation sont les plus grandes.',
    'Menées en associant les personnes survivantes à la conception et à la mise en œuvre des programmes.',
  ],
};

// --- Resources (resources.ts), by the English title's slug ------------------------------------

const resources: Record<string, ResourceTranslation> = {
  'maine-and-national-trafficking-statutes': {
    title: 'Lois du Maine et lois nationales sur la traite',
    summary: 'Les lois du Maine et les lois nationales en lien avec la traite.',
  },
  'outreach-materials': {
    title: 'Documents de sensibilisation',
    summary: 'Des documents à partager avec les écoles, les lieux de culte, les prestataires de services et les forces de l’ordre.',
  },
  'model-policies-and-protocols': {
    title: 'Politiques et protocoles types',
    summary: 'Des politiques et protocoles types pour les organismes qui interviennent face à la traite.',
  },
  'shared-screening-tools': {
    title: 'Outils de repérage partagés',
    summary: 'Des outils de repérage partagés entre les prestataires de la lutte contre la traite.',
  },
  'maine-sten-sex-trafficking-video-series': {
    title: 'Série de vidéos de Maine STEN sur la traite à des fins d’exploitation sexuelle',
    summary: 'Une série de vidéos de Maine STEN sur la traite à des fins d’exploitation sexuelle.',
  },
  'maine-sten-e-newsletter': {
    title: 'Lettre d’information de Maine STEN',
    summary: 'Une lettre d’information trimestrielle envoyée par e-mail, pour les prestataires de la lutte contre la traite.',
  },
  'training-and-technical-assistance': {
    title: 'Formation et assistance technique',
    summary:
      'De la formation pour les actions locales de lutte contre la traite, les prestataires de services directs et les équipes pluridisciplinaires.',
  },
  'my-life-my-choice-curriculum': {
    title: 'Programme My Life My Choice',
    summary:
      'Un programme de prévention fondé sur l’éducation, pour les jeunes à risque, mené par des animatrices et animateurs formés.',
  },
  'local-anti-trafficking-multidisciplinary-teams': {
    title: 'Équipes pluridisciplinaires locales de lutte contre la traite',
    summary: 'Des équipes locales qui coordonnent des services centrés sur les victimes et tenant compte des traumatismes.',
  },
  'maine-anti-trafficking-efforts': {
    title: 'Lutte contre la traite dans le Maine',
    summary: 'Des liens vers les actions de lutte contre la traite dans tout le Maine.',
  },
  'maine-human-trafficking-needs-assessment': {
    title: 'Évaluation des besoins sur la traite des êtres humains dans le Maine',
    summary: 'La première évaluation de la traite des êtres humains dans le Maine, à l’échelle de l’État.',
  },
  'survivor-support-fund': {
    title: 'Fonds de soutien aux survivant·e·s (Survivor Support Fund)',
    summary: 'Un fonds coordonné par MECASA qui soutient les personnes survivantes de la traite.',
  },
};

// --- Site settings ----------------------------------------------------------------------------

const settings: ContentTranslation['settings'] = {
  siteName: 'Maine STEN',
  hotlineLabel: 'Ligne nationale contre la traite des êtres humains',
  hotlineNotice:
    'Maine STEN n’est pas un prestataire de services directs. Pour accéder à des services immédiats dans le Maine, appelez la Ligne nationale contre la traite des êtres humains : {{hotline.phone}}.',
};

export const fr: ContentTranslation = { pages, faqs, principles, resources, settings };

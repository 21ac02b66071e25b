// Spanish and French versions of the pages, written for the site in plain language: every page's
// title and summary (for navigation), and the whole Get help page, with the line that the hotline
// helps callers in more than 200 languages. Other page bodies are not translated yet: the site
// shows them in English with a notice (the English seed text stays exactly as it is).
import { paragraph } from './blocks';
import type { SectionSeed } from './pages';

export type TranslatedLocale = 'es' | 'fr';

export interface PageTranslation {
  title: string;
  summary: string;
  /** The translated body; absent: the page's body is not translated yet. */
  body?: SectionSeed[];
}

export const pageTranslations: Record<TranslatedLocale, Record<string, PageTranslation>> = {
  es: {
    home: {
      title: 'Maine Sex Trafficking and Exploitation Network',
      summary: 'Capacitación, recursos y un Consejo de Proveedores estatal contra la trata y la explotación sexual en Maine.',
    },
    'get-help': {
      title: 'Ayuda inmediata',
      summary: 'Llame, envíe un mensaje de texto o use TTY para contactar la Línea Nacional contra la Trata de Personas, y navegue con más seguridad.',
      body: [
        { __component: 'sections.hotline', heading: 'Contacte la línea de ayuda' },
        {
          __component: 'sections.rich-text',
          body: [
            paragraph(
              'La Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline) atiende las 24 horas del día y puede ayudarle en más de 200 idiomas, con intérpretes.',
            ),
          ],
        },
        {
          __component: 'sections.rich-text',
          heading: 'Navegar con más seguridad',
          body: [
            paragraph('Si otra persona usa o revisa su teléfono o computadora, puede ver qué sitios web visitó.'),
            paragraph(
              'El botón «Salir de esta página», arriba en cada página, o pulsar la tecla Mayús tres veces, abre enseguida un sitio del tiempo y reemplaza esta página en el historial de la pestaña. No puede borrar las páginas de este sitio que abrió antes.',
            ),
            paragraph(
              'Para borrar sus visitas, elimine las páginas de este sitio del historial del navegador, o navegue en una ventana privada (de incógnito), que no guarda historial al cerrarla.',
            ),
            paragraph(
              'Si cree que alguien vigila su dispositivo, use uno que esa persona no pueda revisar, como el teléfono de una amistad o una computadora de una biblioteca pública.',
            ),
          ],
        },
        { __component: 'sections.page-links', heading: 'Más información', pageSlugs: ['about', 'faq'] },
      ],
    },
    about: {
      title: 'Sobre Maine STEN',
      summary: 'Quiénes somos, y la capacitación, las herramientas y la defensa que ofrecemos en todo Maine.',
    },
    philosophy: {
      title: 'Nuestra filosofía',
      summary: 'Los principios que pedimos a los servicios para víctimas y a las actividades de capacitación y sensibilización.',
    },
    'provider-council': {
      title: 'Consejo de Proveedores de Maine STEN',
      summary: 'El consejo estatal de proveedores de servicios directos que orienta nuestro trabajo, y sus agencias miembro.',
    },
    faq: {
      title: 'Preguntas frecuentes',
      summary: 'Respuestas a preguntas comunes sobre la trata de personas en Maine y cómo ayudar.',
    },
    resources: {
      title: 'Recursos',
      summary: 'Leyes, materiales de difusión, políticas modelo, herramientas de detección, capacitación y más.',
    },
    contact: {
      title: 'Contáctenos',
      summary: 'Pregúntenos sobre capacitación, facilitadores capacitados en su comunidad o nuestro trabajo.',
    },
    'request-training': {
      title: 'Solicitar capacitación',
      summary: 'Lleve capacitación sobre la trata y la explotación sexual a su trabajo o comunidad.',
    },
    newsletter: {
      title: 'Boletín',
      summary: 'Suscríbase al boletín electrónico trimestral de Maine STEN.',
    },
  },
  fr: {
    home: {
      title: 'Maine Sex Trafficking and Exploitation Network',
      summary:
        'Formation, ressources et un conseil de prestataires à l’échelle de l’État contre la traite et l’exploitation sexuelles dans le Maine.',
    },
    'get-help': {
      title: 'Obtenir de l’aide maintenant',
      summary:
        'Appelez, écrivez ou utilisez le TTY de la ligne nationale contre la traite des personnes, et naviguez plus prudemment.',
      body: [
        { __component: 'sections.hotline', heading: 'Contacter la ligne d’assistance' },
        {
          __component: 'sections.rich-text',
          body: [
            paragraph(
              'La ligne nationale contre la traite des personnes (National Human Trafficking Hotline) répond 24 heures sur 24 et peut vous aider dans plus de 200 langues, grâce à des interprètes.',
            ),
          ],
        },
        {
          __component: 'sections.rich-text',
          heading: 'Naviguer plus prudemment',
          body: [
            paragraph(
              'Si quelqu’un d’autre utilise ou vérifie votre téléphone ou votre ordinateur, cette personne peut voir quels sites vous avez visités.',
            ),
            paragraph(
              'Le bouton « Quitter cette page », en haut de chaque page, ou trois appuis sur la touche Maj, ouvre aussitôt un site météo et remplace cette page dans l’historique de l’onglet. Il ne peut pas effacer les pages de ce site ouvertes auparavant.',
            ),
            paragraph(
              'Pour effacer vos visites, supprimez les pages de ce site de l’historique de votre navigateur, ou naviguez dans une fenêtre privée, qui ne garde aucun historique une fois fermée.',
            ),
            paragraph(
              'Si vous pensez que votre appareil est surveillé, utilisez-en un que l’autre personne ne peut pas vérifier, comme le téléphone d’un ami ou un ordinateur d’une bibliothèque publique.',
            ),
          ],
        },
        { __component: 'sections.page-links', heading: 'En savoir plus', pageSlugs: ['about', 'faq'] },
      ],
    },
    about: {
      title: 'À propos de Maine STEN',
      summary: 'Qui nous sommes, et la formation, les outils et le plaidoyer que nous proposons dans tout le Maine.',
    },
    philosophy: {
      title: 'Notre philosophie',
      summary: 'Les principes que nous demandons aux services aux victimes et aux actions de formation et de sensibilisation.',
    },
    'provider-council': {
      title: 'Conseil des prestataires de Maine STEN',
      summary: 'Le conseil des prestataires de services directs de l’État qui guide notre travail, et ses organismes membres.',
    },
    faq: {
      title: 'Questions fréquentes',
      summary: 'Réponses aux questions courantes sur la traite des personnes dans le Maine et sur la façon d’aider.',
    },
    resources: {
      title: 'Ressources',
      summary: 'Lois, documents de sensibilisation, politiques types, outils de dépistage, formation et plus encore.',
    },
    contact: {
      title: 'Nous contacter',
      summary: 'Posez-nous vos questions sur la formation, les animateurs formés dans votre communauté ou notre travail.',
    },
    'request-training': {
      title: 'Demander une formation',
      summary: 'Faites venir une formation sur la traite et l’exploitation sexuelles dans votre milieu de travail ou votre communauté.',
    },
    newsletter: {
      title: 'Infolettre',
      summary: 'Abonnez-vous à l’infolettre trimestrielle de Maine STEN.',
    },
  },
};

export interface SettingsTranslation {
  siteName: string;
  hotlineLabel: string;
  hotlineNotice: string;
}

/** The site settings' texts; the numbers in the notice stay tokens, typed once in the shared hotline. */
export const settingsTranslations: Record<TranslatedLocale, SettingsTranslation> = {
  es: {
    siteName: 'Maine STEN',
    hotlineLabel: 'Línea Nacional contra la Trata de Personas',
    hotlineNotice:
      'Maine STEN no presta servicios directos. Para recibir ayuda inmediata en Maine, llame a la Línea Nacional contra la Trata de Personas: {{hotline.phone}}. Atiende en más de 200 idiomas.',
  },
  fr: {
    siteName: 'Maine STEN',
    hotlineLabel: 'Ligne nationale contre la traite des êtres humains',
    hotlineNotice:
      'Maine STEN ne fournit pas de services directs. Pour obtenir une aide immédiate dans le Maine, appelez la Ligne nationale contre la traite des êtres humains : {{hotline.phone}}. Elle répond dans plus de 200 langues.',
  },
};
